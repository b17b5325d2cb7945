"""Stage: claims, the shortcuts taken for speed, each against the slow way it stands in for: the clause
marks found by a walk over the characters' codes (`scan.ClauseIndex`) against a regex, the
kinds asked of the word index (`_Hits`) gathered as its matches are read against a plain search, the
rows and readings kept by one int key against the tables made afresh."""
from __future__ import annotations

import random
import re

from extractor.stages import claims
from extractor.text import scan
from extractor.text.decode import decode

from .conftest import CORPUS


def _texts() -> list[str]:
    """The corpus articles, and texts strung together from clause marks, brackets, quotes and the
    characters around them (nested and unbalanced brackets, a mark at either end, blanks)."""
    texts = [decode(p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(17)
    pieces = list(claims._DELIMS | frozenset(scan.OPEN + scan.CLOSE)) + ["开展", "12", "名", " ", "\t", "a", "（含", "〔", "】", "\r\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    return texts


def test_the_walk_finds_the_marks_the_regex_finds():
    marks = re.compile("[" + re.escape("".join(sorted(claims._DELIMS | frozenset(scan.OPEN + scan.CLOSE)))) + "]")
    for text in _texts():
        index = scan.ClauseIndex(text, claims._DELIMS)
        assert (index._at, index._mark) == ([m.start() for m in marks.finditer(text)], marks.findall(text)), text[:40]


def test_the_clause_bounds_are_those_of_the_scan():
    rng = random.Random(19)
    for text in _texts():
        stops = scan.ClauseIndex(text, claims._DELIMS)
        for _ in range(8):
            pos = rng.randrange(len(text) + 1)
            floor, ceiling = rng.randrange(pos + 1), rng.randrange(pos, len(text) + 1)
            for delims in (claims._DELIMS, claims._LIST_DELIMS):
                assert stops.clause_start(pos, floor, delims) == scan.clause_start(text, pos, floor, delims)
                assert stops.clause_end(pos, ceiling, delims) == scan.clause_end(text, pos, ceiling, delims)


def _index_texts() -> list[str]:
    """The corpus articles, and texts strung together from notice labels, division words and their
    neighbours (a word inside a longer one, one at the very end)."""
    texts = [decode(p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(23)
    pieces = (sorted(claims._words("claims.reject", "notice_label")) + sorted(claims._words("claims.reject", "division"))
              + ["个", "全县", "（", "\n", "，", "12", "的"])
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(300)]
    return texts


def test_the_first_notice_label_ends_where_a_plain_search_says():
    words = claims._words("claims.reject", "notice_label")
    for text in _index_texts():
        ends = [text.find(w, pos) + len(w) for w in words for pos in range(len(text)) if text.startswith(w, pos)]
        assert claims._Hits(text).first_end(claims._NOTICE_LABEL) == min(ends, default=claims._NOWHERE), text


def test_a_division_word_starts_where_a_plain_search_says():
    words = claims._words("claims.reject", "division")
    for text in _index_texts():
        hits = claims._Hits(text)
        for pos in range(len(text) + 1):
            assert hits.starts_at(pos, claims._DIVISION) == any(text.startswith(w, pos) for w in words), (text, pos)


def test_the_kept_rows_and_readings_are_those_made_afresh():
    """`_rows_for` and `_readings_for` keep their answers under one int: every key asked twice gives
    the table `_filters_for` and `_METRICS` give, whatever was asked in between; `_judge` runs a row
    when the candidate's marks hold its `only`, which gives `_filters_for`'s rows for those marks."""
    rng = random.Random(29)
    for _ in range(400):
        kind_bits = rng.getrandbits(len(claims._KIND_BITS)) & claims._FILTER_BITS
        marks = rng.getrandbits(len(claims._MARKS))
        for _ in range(2):
            run = tuple((rejects, rule) for rejects, rule, only in claims._rows_for(kind_bits) if only & marks == only)
            assert run == tuple((f.rejects, f.rule) for f in claims._filters_for(kind_bits, marks))
            assert claims._predicates_for(kind_bits, marks) == run
        bare, percent = rng.random() < 0.5, rng.random() < 0.5
        reading_bits = rng.getrandbits(len(claims._KIND_BITS)) & claims._READING_BITS
        expected = tuple((r.rule, r.read) for r in claims._METRICS
                         if (not r.needs or reading_bits & claims._bits(r.needs))
                         and (not r.only or r.only == ("bare" if bare else "counted") or (r.only == "percent" and percent)))
        for _ in range(2):
            assert claims._readings_for(reading_bits, bare, percent) == expected


def test_the_rows_of_every_sentence_kinds_hold_every_row_a_mark_set_may_run():
    """`_rows_for` holds the rows whose `needs` the kinds meet, in table order, and a candidate with any
    set of marks (all 2^11) runs `_filters_for`'s rows: for no kind, each kind alone and all of them."""
    every = (1 << len(claims._MARKS)) - 1
    for kind_bits in (0, claims._FILTER_BITS, *(1 << k for k in range(len(claims._KIND_BITS)))):
        kind_bits &= claims._FILTER_BITS
        rows = claims._rows_for(kind_bits)
        assert tuple((r, rule) for r, rule, _ in rows) == tuple((f.rejects, f.rule) for f, needs, _ in claims._FILTER_ROWS
                                                              if not needs or needs & kind_bits)
        for marks in range(every + 1):
            assert tuple((r, rule) for r, rule, only in rows if only & marks == only) == tuple(
                (f.rejects, f.rule) for f in claims._filters_for(kind_bits, marks))


def test_the_kept_rows_readings_and_tagged_windows_stay_at_most_the_bound():
    # a long run meets many sets of kinds and many windows: the tables are emptied when full, as the
    # lru_caches were bounded
    marks = (1 << len(claims._MARKS)) - 1
    for kind_bits in range(claims._KEPT + 50):
        claims._rows_for(kind_bits)
        claims._readings_for(kind_bits, False, False)
        assert len(claims._ROWS) <= claims._KEPT and len(claims._READINGS) <= claims._KEPT
    assert claims._predicates_for(3, marks) == tuple((f.rejects, f.rule) for f in claims._filters_for(3, marks))
    for k in range(claims._KEPT + 50):
        assert claims._tagged(f"第{k}次") == tuple(claims.tag(f"第{k}次"))
        assert len(claims._TAGGED) <= claims._KEPT


def test_matches_out_of_order_are_sorted_as_the_columns_were():
    """The automaton has always reported its matches by end; were it not to, `_Hits` sorts them by end,
    start and id, as it sorted its columns (`sorted(zip(ends, starts, ids))`)."""
    rng = random.Random(47)
    for _ in range(200):
        found = [(rng.randrange(40), s, s + rng.randint(1, 4)) for s in (rng.randrange(60) for _ in range(rng.randint(0, 20)))]
        rows = sorted(zip([e for _, _, e in found], [s for _, s, _ in found], [i for i, _, _ in found]))
        assert [(i, s, e) for e, s, i in rows] == sorted(found, key=claims._end_start_id)
