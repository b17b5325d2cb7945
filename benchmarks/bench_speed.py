"""Speed against Python jieba, from the first article to the millionth: one run, every figure a ratio
to jieba measured in the same run, with the spread over repeats. Figures, never a pass/fail test.

    pip install '.[bench]'                        # Python jieba, the yardstick
    python benchmarks/bench_speed.py              # a few minutes on 2 cores
    python benchmarks/bench_speed.py --quick      # fewer articles and repeats, for a smoke run
    python benchmarks/bench_speed.py --json

1. Cold start: `xfacts FILE` (a fresh process: import, load the pipeline, extract one short article,
   print it) against `python -c "import jieba; jieba.lcut(text)"` on the same file, wall time, the
   two alternating. Ratio of the medians [target <= 1.0].
2. Batch first record: `xfacts batch DIR --workers 1 --out F` started fresh; seconds until the first
   whole line is in F [target <= 1.5 s]; also as a ratio to jieba's cold start.
3. Steady state, marginal cost per article: in this process, pipeline loaded, CPU time of
   `Extractor.extract_text` against `jieba.lcut` on the same texts, the two alternating in slices of
   20 articles; cost ratio extraction / jieba, median of the repeats [target <= 0.5]. Also through
   `batch --workers 1`: (time of the last line - time of the first) / (articles - 1), against jieba's CPU time per
   article measured just before, and the same with 2 workers: the speed-up, one worker and two
   alternating, as the ratio of the medians and the spread of single pairs [target >= 1.8].
Texts: every article of corpus/ and, where it is beside the checkout, ../shared/corpus/dev, copied
with a numbered line appended, so that no text is seen twice.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
PYTHON = sys.executable
# -P: the child's path is the environment's, not the working directory first. Run from the checkout's
# root, `python -m extractor` imported ./extractor, the source, instead of the build that `pip install .`
# installed (compiled) and that this process measures in process
XFACTS = [PYTHON, "-P", "-m", "extractor"]


def texts(count: int, run: int = 0) -> list[str]:
    from extractor.text.decode import decode

    base = [decode(p.read_bytes()).text for c in CORPORA if c.is_dir() for p in sorted(c.glob("*.txt"))]
    return [f"{base[n % len(base)]}\n（编号{n}-{run}）\n" for n in range(count)]


def spread(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3), "max": round(max(values), 3)}


def _wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def cold_start(path: Path, repeat: int) -> dict:
    jieba_code = ("import sys, jieba; jieba.setLogLevel(60); "
                  "print(len(jieba.lcut(open(sys.argv[1], encoding='utf-8').read())))")
    ours, theirs = [], []
    for _ in range(repeat):
        theirs.append(_wall([PYTHON, "-P", "-c", jieba_code, str(path)]))
        ours.append(_wall([*XFACTS, str(path), "--compact"]))
    return {"xfacts_s": spread(ours), "jieba_s": spread(theirs),
            "ratio": round(statistics.median(ours) / statistics.median(theirs), 2)}


def _lines_at(proc: subprocess.Popen, out: Path, want: int) -> tuple[float | None, float | None, int]:
    """Poll `out` while `proc` runs: when its first and its last whole line appeared. Only the bytes
    added since the last look are read, so the watching costs next to nothing: a watcher that read
    the whole file each time would take a core from the workers it measures."""
    start = time.perf_counter()
    first = last = None
    seen = 0
    fh = None
    try:
        while True:
            done = proc.poll() is not None
            if fh is None:
                try:
                    fh = open(out, "rb")  # noqa: SIM115 - kept open across the polls
                except OSError:
                    pass
            if fh is not None:
                seen += fh.read().count(b"\n")
            now = time.perf_counter() - start
            if seen and first is None:
                first = now
            if seen >= want:
                last = now
                break
            if done:
                break
            time.sleep(0.005)
    finally:
        if fh is not None:
            fh.close()
    proc.wait()
    return first, last, seen


def batch_run(folder: Path, workers: int, count: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "o.jsonl"
        proc = subprocess.Popen([*XFACTS, "batch", str(folder), "--workers", str(workers), "--out", str(out), "-q"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first, last, seen = _lines_at(proc, out, count)
    if first is None or last is None or seen < count:
        raise SystemExit(f"batch with {workers} worker(s) wrote {seen} of {count} lines")
    return {"first_record_s": first, "per_article_s": (last - first) / max(1, count - 1)}


_SLICE = 20  # articles: about 0.1 s of each side


def steady_state(count: int, repeat: int) -> dict:
    import jieba

    from extractor import Extractor, ExtractorConfig

    jieba.setLogLevel(60)
    jieba.initialize()
    ex = Extractor(ExtractorConfig(model="none"))
    for t in texts(20, -1):  # warm: first calls fill caches that every later article shares
        ex.extract_text(t, id="warm-up")
        jieba.lcut(t)
    ratios, jieba_per, ours_per = [], [], []
    clock = time.process_time
    for run in range(repeat):
        batch = texts(count, run)
        j = e = 0.0
        # in slices of a few articles, jieba's then ours: a shift in the machine's speed (a noisy
        # neighbour, the clock) falls on both sides of the ratio alike, which whole batches did not
        # ensure; a slice is long enough for each side to run with its own data in the caches, as
        # a worker that only extracts does
        for first in range(0, len(batch), _SLICE):
            part = batch[first:first + _SLICE]
            start = clock()
            for t in part:
                jieba.lcut(t)
            middle = clock()
            for n, t in enumerate(part, first):
                ex.extract_text(t, id=f"a{n}")
            e += clock() - middle
            j += middle - start
        ratios.append(e / j)
        jieba_per.append(j / count)
        ours_per.append(e / count)
    chars = sum(map(len, texts(count, 0)))
    return {"articles": count, "chars": chars, "cost_ratio": spread(ratios),
            "jieba_ms_per_article": round(statistics.median(jieba_per) * 1000, 3),
            "extract_ms_per_article": round(statistics.median(ours_per) * 1000, 3)}


def per_stage(count: int) -> dict:
    """Where the steady state's time goes: CPU per article of each stage of the runner `Extractor`
    uses (the plain one: see extractor/plain.py), and of assembling the Article, in ms."""
    from extractor import Extractor, ExtractorConfig
    from extractor import assemble
    from extractor.pipeline import _young_threshold
    from extractor.plain import PlainDoc, PlainPipeline
    from extractor.stages.tokenizer import segmented, set_extensions

    ex = Extractor(ExtractorConfig(model="none"))
    if not isinstance(ex.pipe, PlainPipeline):
        return {}
    for t in texts(20, -1):  # warm, as steady_state does
        ex.extract_text(t, id="warm-up")
    cost: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in ex.pipe.pipe_names}, "assemble": 0.0}
    batch = texts(count, -3)
    # with the collector's first threshold as `Extractor` sets it around an extraction: at Python's
    # default the collections land in whichever stage allocates the most (assembling the Article)
    with _young_threshold(ex.config.gc_young_threshold):
        for t in batch:
            start = time.process_time()
            doc = PlainDoc(t)
            set_extensions(doc._, t, segmented(t))
            cost["tokenizer"] += time.process_time() - start
            for name, stage in ex.pipe.pipeline:
                start = time.process_time()
                doc = stage(doc)
                cost[name] += time.process_time() - start
            start = time.process_time()
            assemble.article(doc, id="a", path=None, sha256="", encoding="utf-8", version="", ruleset="", warnings=[])
            cost["assemble"] += time.process_time() - start
    return {name: round(c / count * 1000, 3) for name, c in cost.items()}


def compiled() -> bool:
    import extractor.stages.claims

    return not extractor.stages.claims.__file__.endswith(".py")


def same_build_in_children() -> None:
    """The cold start and the batch runs time child processes: they must run the rule modules this
    process times in process, or the figures compare two builds."""
    import extractor.stages.claims

    here = extractor.stages.claims.__file__
    there = subprocess.run([PYTHON, "-P", "-c", "import extractor.stages.claims as c; print(c.__file__)"],
                           capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    if there != here:
        raise SystemExit(f"a child process imports {there}, this one {here}: run from an environment "
                         "where both find the same extractor")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=600, help="articles for the steady-state runs (default 600)")
    ap.add_argument("--repeat", type=int, default=3, help="repeats of each measure (default 3)")
    ap.add_argument("--quick", action="store_true", help="--articles 100 --repeat 2")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    try:
        import jieba  # noqa: F401  (the yardstick: Python jieba, not a dependency of the extractor)
    except ImportError:
        sys.exit("bench_speed.py measures against Python jieba: pip install '.[bench]' (or jieba) first")
    if args.quick:
        args.articles, args.repeat = 100, 2
    same_build_in_children()
    figures: dict = {"cpus": len(os.sched_getaffinity(0)), "rules": "compiled" if compiled() else "source"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        short = tmp / "short.txt"
        short.write_text(texts(1, -2)[0], "utf-8")
        figures["cold_start"] = cold_start(short, max(3, args.repeat * 2))
        figures["steady_state"] = steady = steady_state(args.articles, args.repeat)
        figures["steady_state"]["stages_ms_per_article"] = per_stage(args.articles)
        folder = tmp / "archive"
        folder.mkdir()
        for n, t in enumerate(texts(args.articles, 99)):
            (folder / f"a{n:06d}.txt").write_text(t, "utf-8")
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for _ in range(args.repeat):  # one worker then two, alternating: a change in the machine's load hits both
            for w in (1, 2):
                runs[w].append(batch_run(folder, w, args.articles))
    jieba_s = steady["jieba_ms_per_article"] / 1000
    one = [r["per_article_s"] for r in runs[1]]
    two = [r["per_article_s"] for r in runs[2]]
    figures["batch"] = {
        "first_record_s": spread([r["first_record_s"] for r in runs[1]]),
        "first_record_vs_jieba_cold_start": round(statistics.median([r["first_record_s"] for r in runs[1]])
                                                  / figures["cold_start"]["jieba_s"]["median"], 2),
        "one_worker_cost_ratio": spread([p / jieba_s for p in one]),
        "speedup_2_workers": round(statistics.median(one) / statistics.median(two), 2),
        # each repeat's pair (one worker, then two, on the same archive): how far a single run strays
        "speedup_2_workers_runs": spread([a / b for a, b in zip(one, two)]),
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    c, s, b = figures["cold_start"], figures["steady_state"], figures["batch"]
    print(f"{figures['cpus']} CPUs, rule modules {figures['rules']}; {s['articles']} articles, {s['chars']:,} chars")
    print(f"cold start: xfacts FILE {c['xfacts_s']['median']} s (min {c['xfacts_s']['min']}, max {c['xfacts_s']['max']})"
          f" vs jieba import+lcut {c['jieba_s']['median']} s -> ratio {c['ratio']}  [target <= 1.0]")
    print(f"batch --workers 1, first record after {b['first_record_s']['median']} s (min {b['first_record_s']['min']}, "
          f"max {b['first_record_s']['max']}), {b['first_record_vs_jieba_cold_start']}x jieba's cold start"
          f"  [target <= 1.5 s]")
    print(f"steady state, in process: {s['extract_ms_per_article']} ms an article vs jieba.lcut "
          f"{s['jieba_ms_per_article']} ms -> cost ratio {s['cost_ratio']['median']} (min {s['cost_ratio']['min']}, "
          f"max {s['cost_ratio']['max']})  [target <= 0.5]")
    stages = s["stages_ms_per_article"]
    if stages:
        print("  of which, ms an article: " + ", ".join(f"{k} {v}" for k, v in stages.items()))
    print(f"steady state, batch --workers 1: cost ratio {b['one_worker_cost_ratio']['median']} "
          f"(min {b['one_worker_cost_ratio']['min']}, max {b['one_worker_cost_ratio']['max']})")
    pairs = b["speedup_2_workers_runs"]
    print(f"batch, 2 workers vs 1: {b['speedup_2_workers']}x (ratio of the medians; single repeats "
          f"{pairs['min']}-{pairs['max']}x)  [target >= 1.8]")


if __name__ == "__main__":
    main()
