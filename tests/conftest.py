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
