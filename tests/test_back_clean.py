"""Stage: clean, the shortcuts taken for speed, each against the slow way it stands in for: the
sentences cut where a plain search finds the stops (`clean._stop_positions`) against the sentences
cut where `_STOP_RUN`'s matches end, on the corpus and on random texts of stops, closing marks, line
breaks and long stretches (cut at MAX_SENTENCE)."""
from __future__ import annotations

import random

import pytest

from extractor.stages import clean
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS, SHARED


def _slow_sentences(norm: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`clean.sentences` as it was: every sentence ends where a match of the pattern does."""
    out = []
    for p_start, p_end in paragraphs:
        start = p_start
        stop = clean._STOP_RUN if norm.find("\n", p_start, p_end) < 0 else clean._SENTENCE_END
        for m in stop.finditer(norm, p_start, p_end):
            end = m.end()
            if end - start > clean.MAX_SENTENCE:
                out.extend(clean._bounded(norm, start, end))
            elif end > start:
                out.append((start, end))
            start = end
        if start < p_end:
            out.extend(clean._bounded(norm, start, p_end))
    return out


def _corpus() -> list[str]:
    dirs = (CORPUS, SHARED / "corpus" / "dev")
    return [working_copy(decode(p.read_bytes()).text).text for c in dirs if c.is_dir() for p in sorted(c.glob("*.txt"))]


def _random_texts(count: int) -> list[str]:
    """Stops in runs, closing marks after them or alone, line breaks, spaces, and now and then a
    stretch longer than MAX_SENTENCE, so that runs meet paragraph ends and forced cuts."""
    rng = random.Random(29)
    pieces = [*clean._STOPS, *clean._CLOSERS, "\n", " ", "开展", "培训", "12", "，", "、", "“", "a"]
    texts = []
    for _ in range(count):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, 40))]
        if rng.random() < 0.1:
            parts.insert(rng.randint(0, len(parts)), "工作" * rng.randint(150, 450))
        texts.append("".join(parts))
    return texts


def _paragraph_sets(norm: str, rng: random.Random) -> list[list[tuple[int, int]]]:
    """The stage's own paragraphs, whole lines (a stop at either end), and random stretches in order,
    some holding a line break (the other pattern's way)."""
    lines, pos = [], 0
    for line in norm.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    cuts = sorted(rng.sample(range(len(norm) + 1), min(len(norm) + 1, 6)))
    stretches = [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    return [clean.kept_paragraphs(norm, clean.find_removed(norm)), lines, stretches]


def test_sentences_end_where_the_pattern_ends_them():
    rng = random.Random(31)
    texts = _corpus() + _random_texts(3000)
    assert len(texts) > 3000
    for norm in texts:
        for paragraphs in _paragraph_sets(norm, rng):
            assert clean.sentences(norm, paragraphs) == _slow_sentences(norm, paragraphs), norm[:60]


@pytest.mark.parametrize("norm", ["", "。", "开展培训。", "开展培训。。！”其后", "开展”。", "a;b!c?", "培训。\n开展。)",
                                  "“好！”他说。", "。。。"])
def test_sentences_table(norm):
    for paragraphs in ([(0, len(norm))], [(0, len(norm) // 2), (len(norm) // 2, len(norm))]):
        assert clean.sentences(norm, paragraphs) == _slow_sentences(norm, paragraphs)


def test_the_stops_are_the_pattern_s_first_class():
    # `_STOPS` and `_CLOSERS` are the pattern's two classes, written once more for plain searches
    assert clean._STOP_RUN.pattern == f"[{clean._STOPS}][{clean._STOPS}]*[{clean._CLOSERS}]?"
