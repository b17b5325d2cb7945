"""Stage: claims, `_Names` (the characters inside a place or organisation name, kept in a set) against
the slow way it replaces, a bytearray with each name's span written in, on the corpus' entity spans
and on random spans (overlapping, nested, empty, at either end of the text)."""
from __future__ import annotations

import random

from extractor.stages import claims


def _covers_slowly(size: int, spans: list[tuple[int, int]], pos: int) -> bool:
    inside = bytearray(size)
    for start, end in spans:
        inside[start:end] = b"\1" * (end - start)
    return 0 <= pos < len(inside) and inside[pos] == 1


def _cases() -> list[tuple[int, list[tuple[int, int]]]]:
    rng = random.Random(37)
    cases: list[tuple[int, list[tuple[int, int]]]] = [(0, []), (1, [(0, 1)]), (5, [(0, 0), (5, 5)]), (5, [(0, 5)])]
    for _ in range(300):
        size = rng.randint(0, 50)
        spans = []
        for _ in range(rng.randint(0, 8)):  # spans inside the text, as the entities stage gives them
            start = rng.randint(0, size)
            spans.append((start, rng.randint(start, min(size, start + 12))))
        cases.append((size, spans))
    return cases


def test_the_names_cover_what_the_bytearray_covers():
    for size, spans in _cases():
        names = claims._Names(size, spans)
        for pos in range(-2, size + 3):
            assert names.covers(pos) == _covers_slowly(size, spans, pos), (size, spans, pos)


def test_the_names_of_the_corpus_cover_what_the_bytearray_covers(monkeypatch, extractor):
    """The spans `find_claims` is given for every corpus article, asked at every character."""
    from .conftest import CORPUS

    made = claims._Names
    seen = [0]

    def names_checked(size, spans):
        names = made(size, spans)
        for pos in range(-1, size + 2):
            assert names.covers(pos) == _covers_slowly(size, list(spans), pos), (spans, pos)
        seen[0] += 1
        return names

    monkeypatch.setattr(claims, "_Names", names_checked)
    for path in sorted(CORPUS.glob("*.txt")):
        extractor.extract_file(path)
    assert seen[0] > 10
