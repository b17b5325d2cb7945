"""Full extraction against jieba segmentation alone, on the same text, in one run.

    python benchmarks/bench_extract.py [--copies 200] [--repeat 3]

Prints characters per second (CPU time of this process) for: Python jieba (`jieba.lcut`, the
reference implementation), jieba-rs (`rjieba`, the segmenter the pipeline uses), the spaCy Doc with
our tokenizer alone, and full extraction to a validated Article; then the ratios. Ratios from one run
are what to compare: this machine is small and noisy, absolute figures are not.
Text: every article in corpus/ (the seed and the project's own), `--copies` times over, each copy
with a numbered line appended so that no two texts are the same.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing


def _texts(copies: int) -> list[str]:
    from extractor.text.decode import decode

    texts = [decode(p.read_bytes()).text for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return [f"{t}\n（编号{n}）\n" for n in range(copies) for t in texts]


def _rate(fn, texts: list[str], repeat: int) -> float:
    chars = sum(len(t) for t in texts)
    times = []
    for _ in range(repeat):
        start = time.process_time()
        for t in texts:
            fn(t)
        times.append(time.process_time() - start)
    return chars / min(times)  # other load on the machine only ever slows a run down


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import jieba
    import rjieba

    import extractor.stages.claims
    from extractor import Extractor, ExtractorConfig

    jieba.setLogLevel(60)
    jieba.initialize()
    extractor = Extractor(ExtractorConfig(model="none"))
    texts = _texts(args.copies)
    extractor.extract_text(texts[0], id="warm-up")
    rj = rjieba.Jieba()

    rates = {
        "jieba.lcut (Python jieba)": _rate(jieba.lcut, texts, args.repeat),
        "rjieba.cut (jieba-rs)": _rate(rj.cut, texts, args.repeat),
        "tokenizer only (spaCy Doc)": _rate(extractor.nlp.make_doc, texts, args.repeat),
        "full extraction (Article)": _rate(lambda t: extractor.extract_text(t, id="b"), texts, args.repeat),
    }
    chars = sum(len(t) for t in texts)
    rules = "compiled" if not extractor.stages.claims.__file__.endswith(".py") else "run from source"
    print(f"text: {len(texts)} articles, {chars:,} characters; best of {args.repeat} runs; rule modules {rules}")
    for name, rate in rates.items():
        print(f"  {name:30s} {rate:>14,.0f} chars/s")
    full = rates["full extraction (Article)"]
    print(f"full extraction / jieba.lcut        = {full / rates['jieba.lcut (Python jieba)']:.2f}x")
    print(f"full extraction / rjieba.cut        = {full / rates['rjieba.cut (jieba-rs)']:.3f}x")
    print(f"articles/s (full extraction)        = {full / (chars / len(texts)):.1f}")


if __name__ == "__main__":
    main()
