"""Shortcuts of the text-level helpers around the stages, each against the slow way it replaced:
the pinyin gloss count (`glosses.strip_glosses`), on the corpus and on random texts of brackets,
syllables and characters."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractor.text import glosses
from extractor.text.decode import decode

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "corpus", ROOT.parent / "shared" / "corpus" / "dev")


def _slow_strip(text: str) -> tuple[str, int]:
    """strip_glosses as it was: every bracketed syllable found by the pattern, the glosses of each run."""
    if len(glosses._ONE_GLOSS.findall(text)) < glosses.MIN_GLOSSES:
        return text, 0
    found = sum(len(glosses._ONE_GLOSS.findall(run)) for run in glosses._GLOSS.findall(text))
    if found < glosses.MIN_GLOSSES:
        return text, 0
    return glosses._GLOSS.sub("", text), found


def _texts() -> list[str]:
    return [decode(p.read_bytes()).text for c in CORPORA if c.is_dir() for p in sorted(c.glob("*.txt"))]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(11)
    pieces = ["(", ")", "（", "）", "业", "就", "服務", "(ye)", "（jiu）", "(wù)", "(app)", "(zhuang)", "ye", "a", "ng",
              " ", "，", "。", "(1)", "（一）", "(", "x"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize("text", ["", "没有括号", "就(jiu)业(ye)", "就(jiu)业(ye)创(chuang)(chuang)业",
                                  "服務(wù)、(app)、(1)", "（一）就(jiu)业(ye)（二）创(chuang)业(ye)"])
def test_strip_glosses_table(text):
    assert glosses.strip_glosses(text) == _slow_strip(text)


def test_strip_glosses_as_before():
    texts = _texts() + _random_texts(20000)
    for text in texts:
        assert glosses.strip_glosses(text) == _slow_strip(text), text
        for at_least in (1, 2, 3, 5):
            assert glosses._syllables_fewer_than(text, at_least) is (len(glosses._ONE_GLOSS.findall(text)) < at_least)
