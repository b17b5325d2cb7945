"""Stage: claims, the kinds of words and the marks as flags of an int (`_KIND_BITS`, `_marks_of`): the
tables of filters and readings keyed by them are those the sets of kinds and marks give (`possible`)."""
from __future__ import annotations

import random

from extractor.stages import claims
from extractor.stages.filters import possible
from extractor.text.decode import decode

from .conftest import CORPUS


def _kinds_needed() -> list[str]:
    return sorted(set().union(*(f.needs for f in claims._FILTERS), *(r.needs for r in claims._METRICS)))


def test_every_kind_a_table_needs_has_a_bit_of_its_own():
    bits = [claims._KIND_BITS[k] for k in _kinds_needed()]
    assert len(set(bits)) == len(bits) and all(b > 0 and b & (b - 1) == 0 for b in bits)
    assert max(bits) < 1 << 62


def _kinds_by_search(text: str, start: int, end: int) -> frozenset[str]:
    """The kinds of the automaton's words found wholly in text[start:end] by a plain search, and the
    `_anywhere` marks of those found anywhere in the text."""
    known = claims._word_automaton()
    words = sorted(set().union(*[claims._words(*key.split(":")) for key in claims._GUARD_KEYS],
                               claims._honor_verbs(), *claims._CHAR_KINDS.values()))
    found: set[str] = set()
    for i, word in enumerate(words):  # the automaton's words, in its order
        kinds = known.kinds_of[i]
        if text.find(word, start, end) >= 0:
            found |= kinds
        if word in text:
            found |= {claims._anywhere(k) for k in kinds}
    return frozenset(found)


def test_the_flags_of_a_stretch_are_those_of_the_kinds_found_in_it():
    rng = random.Random(5)
    texts = [decode(path.read_bytes()).text for path in sorted(CORPUS.glob("*.txt"))[:12]]
    texts += ["全县联合(12个部门)“将”届【】", ""]
    for text in texts:
        hits = claims._Hits(text)
        for _ in range(12):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert hits.bits(start, end) == claims._bits(_kinds_by_search(text, start, end)), (text[:20], start, end)


def test_the_kinds_the_rules_test_have_bits():
    for key in [claims._NOTICE_LABEL, claims._BODY, claims._PARTICIPATE, claims._RESPECTIVELY, claims._TOTAL,
                *claims._HONOUR_KINDS, *claims._PLAN_KINDS]:
        assert key in claims._KIND_BITS, key


def test_the_filters_for_the_flags_are_those_for_the_sets():
    rng = random.Random(7)
    needed = _kinds_needed() + ["claims.reject:nothing_needs_it"]
    for _ in range(3000):
        kinds = frozenset(k for k in needed if rng.random() < 0.3)
        marks = rng.getrandbits(len(claims._MARKS))
        mark_set = frozenset(m for i, m in enumerate(claims._MARKS) if marks >> i & 1)
        expected = possible(claims._FILTERS, kinds, mark_set)
        assert claims._filters_for(claims._bits(kinds) & claims._FILTER_BITS, marks) == expected
        for bare in (False, True):
            for percent in (False, True):
                readings = tuple((r.rule, r.read) for r in claims._METRICS
                                 if (not r.needs or not r.needs.isdisjoint(kinds))
                                 and (not r.only or r.only == ("bare" if bare else "counted")
                                      or (r.only == "percent" and percent)))
                assert claims._readings_for(claims._bits(kinds) & claims._READING_BITS, bare, percent) == readings


def test_the_judge_runs_the_rows_of_the_table_in_order():
    """`_judge` reads each row as a (predicate, rule) pair (`_predicates_for`): the same rows, in order."""
    rng = random.Random(9)
    for _ in range(500):
        kind_bits = rng.getrandbits(len(claims._KIND_BITS)) & claims._FILTER_BITS
        marks = rng.getrandbits(len(claims._MARKS))
        rows = claims._filters_for(kind_bits, marks)
        assert claims._predicates_for(kind_bits, marks) == tuple((f.rejects, f.rule) for f in rows)
