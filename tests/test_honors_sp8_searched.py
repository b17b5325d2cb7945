"""titles.Searched: a pattern searched for only where a character it may open with stands. It finds
what the pattern's own search finds (the same span and groups), with offsets, on the lexicon's words,
on corpus stretches, on the corpus lines and on random texts of the patterns' first characters."""
from __future__ import annotations

import random
import re
import sys

import pytest

from extractor.stages import honors, titles
from extractor.text import regex
from .conftest import corpus_texts as _texts, stretches as _stretches


def _wrapped() -> list[titles.Searched]:
    """The stage's own wrapped patterns, and a table of others: a lookbehind, an anchor, a class, one
    the reading cannot say (first_codes None)."""
    w = honors._words()
    table = [r"(?<=[县市])\d+个", r"^省级", r"[、和及与]", r"\d+名", r"(?:表彰|命名)了?$", r".*等"]
    return [w.recipients.verb_guard, w.titles.marker_guard, w.title_mark] + [titles.Searched(regex.compile(p)) for p in table]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.groups() == b.groups()


@pytest.mark.parametrize("searched", _wrapped(), ids=lambda s: s.pattern.pattern[:20])
def test_searched_is_the_patterns_search(searched):
    rng = random.Random(41)
    firsts = sorted(regex.first_chars(searched.pattern) or "王")
    alphabet = "".join(firsts[:40]) + "王李县市省级、和了的“”12名个表彰 \n"
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14))) for _ in range(3000)]
    w = honors._words()
    words = [x for xs in w.titles.words_of.values() for x in xs]
    texts = made + words + _stretches(42, 40, 40)
    for text in texts:
        n = len(text)
        assert _same(searched.search(text), searched.pattern.search(text)), text
        for pos, endpos in ((1, n), (0, n - 1), (2, n - 2), (-3, n + 5), (n, n), (0, sys.maxsize), (3, 1)):
            assert _same(searched.search(text, pos, endpos), searched.pattern.search(text, pos, endpos)), (text, pos, endpos)
    for text in _texts():
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            assert _same(searched.search(text, pos, end), searched.pattern.search(text, pos, end)), line
            pos = end + 1


def test_stage_patterns_have_first_characters():
    """The wrapped patterns of the stage are read (a None would search every text, still right, but no
    faster)."""
    w = honors._words()
    for s in (w.recipients.verb_guard, w.titles.marker_guard, w.title_mark):
        assert s.first_codes is not None, s.pattern.pattern[:40]
