"""Stage: claims, what `find_claims` hands each candidate from its walk over the numbers in order (the
sentence, the place among the countables, the sentence's kinds of words, kept per sentence) instead of
each candidate looking it up: on every corpus candidate, it is what the look-up gives."""
from __future__ import annotations

import bisect
import random

from extractor.stages import claims

from .conftest import CORPUS


def test_each_candidate_gets_what_its_own_look_ups_give(monkeypatch, extractor):
    judge, seen, differ = claims._judge, [0], []

    def judging_after_the_look_ups(c, scopes):
        art = c.art
        k = bisect.bisect_right(art.sent_starts, c.start) - 1
        sentence = (c.start, c.end) if k < 0 or art.sentences[k][1] < c.end else art.sentences[k]
        expected = (sentence, bisect.bisect_left(art.countable_starts, c.start), art.hits.bits(*sentence))
        if (c.sentence, c.index, c.kinds) != expected:
            differ.append((c.start, (c.sentence, c.index, c.kinds), expected))
        alone = claims._Candidate(art, c.n, c.floor, c.prev_metric, c.rejected_before)  # nothing handed over
        if (alone.sentence, alone.index, alone.kinds) != expected:
            differ.append((c.start, "alone"))
        seen[0] += 1
        return judge(c, scopes)

    monkeypatch.setattr(claims, "_judge", judging_after_the_look_ups)
    for path in sorted(CORPUS.glob("*.txt")):
        extractor.extract_file(path)
    assert seen[0] > 1000 and differ == []


def test_a_wrong_guess_of_a_place_falls_back_to_the_bisect():
    """`_Article.index_of` takes the walk's place only when it is the bisect's answer (equal starts too)."""

    class _Art:
        index_of = claims._Article.index_of

        def __init__(self, starts: list[int]) -> None:
            self.countable_starts = starts

    rng = random.Random(3)
    for _ in range(2000):
        starts = sorted(rng.randrange(40) for _ in range(rng.randrange(8)))
        art = _Art(starts)
        start = rng.randrange(42)
        for guess in range(-1, len(starts) + 2):
            assert art.index_of(start, guess) == bisect.bisect_left(starts, start), (starts, start, guess)
