"""Stage: claims, its binary searches (`_bisect_right`, `_bisect_left`, written out where compiled code
called the bisect module) against the module's, on sorted lists with repeats, empty ones and values
before, between and after every item."""
from __future__ import annotations

import bisect
import random

from extractor.stages import claims


def _lists() -> list[list[int]]:
    rng = random.Random(31)
    lists: list[list[int]] = [[], [0], [5], [5, 5], [1, 2, 3], [0, 0, 1, 1, 1, 9]]
    for _ in range(300):
        size = rng.randint(0, 40)
        lists.append(sorted(rng.randint(0, 60) for _ in range(size)))  # small values: many repeats
    return lists


def test_the_written_out_bisects_answer_as_the_module():
    for items in _lists():
        probes = set(range(-2, (items[-1] if items else 0) + 3)) | {1 << 40}
        for x in probes:
            assert claims._bisect_right(items, x) == bisect.bisect_right(items, x), (items, x)
            assert claims._bisect_left(items, x) == bisect.bisect_left(items, x), (items, x)


def test_the_article_finds_sentences_and_countables_as_the_module():
    """`sentence_of` and `index_of` on the starts of a real article, at every character."""
    from .conftest import CORPUS
    from extractor.text.decode import decode

    for path in sorted(CORPUS.glob("*.txt"))[:5]:
        text = decode(path.read_bytes()).text
        starts = sorted({i for i, ch in enumerate(text) if ch in "。\n"})
        for pos in range(len(text) + 1):
            assert claims._bisect_right(starts, pos) - 1 == bisect.bisect_right(starts, pos) - 1
            assert claims._bisect_left(starts, pos) == bisect.bisect_left(starts, pos)
