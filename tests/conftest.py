"""Shared fixtures. `corpus/` holds the seed article and the articles this project wrote, each with a
gold file; `../shared/corpus/dev` (beside the checkout, where present) holds the dev articles."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    from extractor import Extractor, ExtractorConfig

    return Extractor(ExtractorConfig(model="none"))


def corpus_ids() -> list[str]:
    return sorted(p.name[: -len(".gold.json")] for p in CORPUS.glob("*.gold.json"))


def corpus_texts() -> list[str]:
    """The decoded text of every article of `corpus/` and of the dev set (where it is beside the checkout)."""
    from extractor.text.decode import decode

    roots = (CORPUS, SHARED / "corpus" / "dev")
    return [decode(p.read_bytes()).text for root in roots if root.exists() for p in sorted(root.glob("*.txt"))]


def stretches(seed: int, per_text: int, longest: int) -> list[str]:
    """`per_text` random stretches of each corpus text, each up to `longest` characters (empty ones too)."""
    import random

    rng = random.Random(seed)
    out = []
    for text in corpus_texts():
        for _ in range(per_text):
            a = rng.randrange(len(text))
            out.append(text[a:a + rng.randrange(0, longest)])
    return out
