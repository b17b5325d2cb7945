"""`numerals.parse`'s shortcut for simple Arabic numerals, against the tokenizing reader it replaces."""
from __future__ import annotations

import random

import pytest

from extractor.stages import numbers
from extractor.text import numerals
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS, corpus_ids


def _corpus_numerals() -> list[str]:
    """Every numeral the scan reads in the corpus (the texts `parse` is asked about)."""
    found = []
    for i in corpus_ids():
        text = working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text
        found += [text[n.num_start:n.num_end] for n in numbers.find_numbers(text)]
    return found


def _random_numerals(count: int, seed: int) -> list[str]:
    """Shapes near the shortcut's edges: leading noughts, separators in and out of place, long
    literals, zero, a magnitude or two, a point without digits, other numerals after."""
    rng = random.Random(seed)
    pieces = ["0", "1", "9", "00", "5", ",", ",000", ",12", ".", ".5", ".05", "万", "亿", "万亿", "十", "三", "点五"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(count)]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_simple_numerals_read_as_the_tokens_read_them(source):
    """`_read_simple` (where `_SIMPLE` matches) gives what `_read` gives, measured or not: the same
    value to the bit, too_large and None alike."""
    texts = _corpus_numerals() if source == "corpus" else _random_numerals(20000, 3)
    simple = 0
    for text in texts:
        m = numerals._SIMPLE.fullmatch(text)
        if m is None or len(text) > numerals._CACHED_LENGTH:
            continue
        simple += 1
        for measured in (False, True):
            assert numerals._read_simple(m) == numerals._read(text, measured), text
    assert simple > (100 if source == "corpus" else 1000)


def test_the_edges_of_the_shortcut():
    """Zero before a magnitude is no numeral, a value past BOUND is too large, a decimal stays exact."""
    cases = {"0万": None, "0.0亿": None, "0.0": numerals.Numeral(0.0, None, False, False),
             "999999999亿": numerals.Numeral(0.0, None, False, True),
             "1,234.5万": numerals.Numeral(12345000.0, None, False, False),
             "0.1": numerals.Numeral(0.1, None, False, False)}
    for text, expected in cases.items():
        m = numerals._SIMPLE.fullmatch(text)
        assert m is not None
        assert numerals._read_simple(m) == expected == numerals._read(text, False), text
