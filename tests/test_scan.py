"""Shared scanning (scan.py): clause bounds that step over quotes and brackets, and the anchored
scans the stages use instead of trying a pattern at every character. Each is checked against the
plain way of doing the same thing: a walk over every character, and `finditer`."""
import random
import re

import pytest

from extractor.stages import actions, entities
from extractor.text import scan


def _walk_start(text, pos, floor, stops):
    depth = 0
    for i in range(pos - 1, floor - 1, -1):
        if text[i] in scan.CLOSE:
            depth += 1
        elif text[i] in scan.OPEN:
            depth = max(0, depth - 1)
        elif depth == 0 and text[i] in stops:
            return i + 1
    return floor


def _walk_end(text, pos, ceiling, stops):
    depth = 0
    for i in range(pos, ceiling):
        if text[i] in scan.OPEN:
            depth += 1
        elif text[i] in scan.CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and text[i] in stops:
            return i
    return ceiling


CLAUSES = [
    # text, position, (clause start, clause end) with , and 。 as stops
    ("开展活动,覆盖群众1.5万人。", 9, (5, 14)),
    ("实施“春风,送岗位”行动,帮扶300人", 15, (13, 19)),
    ("(含追授1名,另有2名)共表彰20人", 13, (0, 18)),
    ("无标点的一句话", 3, (0, 7)),
]


@pytest.mark.parametrize("text,pos,bounds", CLAUSES, ids=[c[0] for c in CLAUSES])
def test_clause_bounds_step_over_quotes_and_brackets(text, pos, bounds):
    stops = frozenset(",。")
    assert (scan.clause_start(text, pos, 0, stops), scan.clause_end(text, pos, len(text), stops)) == bounds


def test_clause_bounds_equal_a_walk_over_every_character():
    rng = random.Random(5)
    alphabet = list("ab,，。“”()（）《》、和")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        pos = rng.randint(0, len(text))
        floor, ceiling = rng.randint(0, pos), rng.randint(pos, len(text))
        for stops in (frozenset(",，。"), "、和"):
            assert scan.clause_start(text, pos, floor, stops) == _walk_start(text, pos, floor, set(stops))
            assert scan.clause_end(text, pos, ceiling, stops) == _walk_end(text, pos, ceiling, set(stops))


def test_a_clause_index_gives_the_bounds_a_walk_gives():
    """`ClauseIndex` finds the marks once per text; for any subset of its stops it answers as a walk."""
    rng = random.Random(11)
    alphabet = list("ab,，。;“”()（）《》、和\n")
    index_stops = frozenset(",，。;、和\n")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        index = scan.ClauseIndex(text, index_stops)
        pos = rng.randint(0, len(text))
        floor, ceiling = rng.randint(0, pos), rng.randint(pos, len(text))
        for stops in (index_stops, frozenset(",，。"), frozenset("、和"), frozenset()):
            assert index.clause_start(pos, floor, stops) == _walk_start(text, pos, floor, stops)
            assert index.clause_end(pos, ceiling, stops) == _walk_end(text, pos, ceiling, stops)


def test_a_clause_index_holds_every_mark_where_it_stands():
    # the index reads its marks off the text split at them: each at its place (a character beyond the
    # BMP counted as one), none missed
    rng = random.Random(12)
    alphabet = list("ab,，。;“”()（）《》、和\n") + ["\U00020000", "𠀀字"]
    stops = frozenset(",，。;、和\n")
    marks = re.compile("[" + re.escape("".join(sorted(stops | scan._OPEN | scan._CLOSE))) + "]")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        index = scan.ClauseIndex(text, stops)
        assert index._at == [m.start() for m in marks.finditer(text)], text
        assert index._mark == [text[i] for i in index._at], text


@pytest.mark.parametrize("pos,floor,ceiling", [(0, 0, 0), (3, 5, 2), (-2, -4, 40), (40, 0, 50), (5, 5, 5), (9, -3, 9)])
def test_a_clause_index_reads_bounds_outside_the_text_as_the_scan(pos, floor, ceiling):
    stops = frozenset(",。")
    for text in ("开展活动,覆盖“群众,1.5”万人。另有", "无标点的一句话", ""):
        index = scan.ClauseIndex(text, stops)
        assert index.clause_start(pos, floor, stops) == scan.clause_start(text, pos, floor, stops)
        assert index.clause_end(pos, ceiling, stops) == scan.clause_end(text, pos, ceiling, stops)


_HONORIFIC = entities._person_patterns()[1]
ANCHORED = [
    # pattern, its anchor, how far before the anchor a match starts, the pieces random texts are made of
    (entities._TOWNSHIP, entities._TOWNSHIP_SUFFIX, range(2, 4), list("张王李镇乡村社区街道的在,， \n") + ["街道", "社区"]),
    (entities._LANDMARK, entities._LANDMARK_SUFFIX, range(2, 3), list("开元广场公园古城的到,，\n") + ["广场", "古镇"]),
    (_HONORIFIC, entities._HONORIFIC, range(2, 5), list("张王李欧阳明华同志家庭等3名位,，、推荐表彰") + ["同志", "等3名", "欧阳"]),
]


@pytest.mark.parametrize("pattern,anchor,back,pieces", ANCHORED, ids=["township", "landmark", "honorific"])
def test_anchored_scan_finds_what_finditer_finds(pattern, anchor, back, pieces):
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan.near(pattern, text, anchor, back)] == expected, text


def test_openers_are_tried_at_sentence_starts_only():
    opener = actions._patterns()["opener"]
    rng = random.Random(3)
    pieces = list("。;；!！?？：: 一二第是,，、") + ["一是", "二是", "其中", "第三,"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        starts = [0, *(m.end() for m in actions._SENTENCE_STOP.finditer(text))]
        assert [m.span() for m in scan.matches_at(opener, text, starts)] == [m.span() for m in opener.finditer(text)]


def test_matches_at_never_returns_overlapping_matches():
    pattern = re.compile("aa")
    assert [m.span() for m in scan.matches_at(pattern, "aaaa", [0, 1, 2])] == [(0, 2), (2, 4)]


@pytest.mark.parametrize("text,chars", [
    ("", "。；"), ("没有句号", "。"), ("一。二；三。", "。；"), ("。。", "。"), ("a;b;c", ";；"), ("问？答！", "?？!！"),
])
def test_positions_are_where_a_pattern_for_any_of_the_characters_matches(text, chars):
    assert scan.positions(text, chars) == [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]


def test_positions_agree_with_the_pattern_on_random_texts():
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice("。;；!！?？ab一") for _ in range(rng.randint(0, 30)))
        assert scan.positions(text, "。;；!") == [m.start() for m in re.finditer("[。;；!]", text)]


TOLD_WHOLE = [
    ("全年粮食总产量11.6万吨。", "11.6万吨", True),
    ("全年粮食总产量11.6万吨。", "1.6万吨", False),  # inside 11.6万吨
    ("新建站点12个。", "2个", False),
    ("新建站点１2个。", "2个", False),  # a full-width digit before it as well
    ("新建站点12个，改造2个。", "2个", True),  # the second telling stands on its own
    ("全年粮食总产量11.6万吨", "11.6万吨", False),  # no sentence ends there
    ("", "2个", False),
]


@pytest.mark.parametrize("text,figure,told", TOLD_WHOLE, ids=[f"{t}|{f}" for t, f, _ in TOLD_WHOLE])
def test_a_sentence_tells_a_figure_whole_only_where_no_digit_runs_into_it(text, figure, told):
    assert scan.tells_whole(text, 0, len(text), figure) is told


# a figure called out, then its caption after a dash: the end of the figure and its unit; no range (1—6月), no figure
# alone before a dash ending the line
CALLED_OUT = [
    ("286家——检查定点医药机构286家", "286家"),
    ("　36.2万元—追回违规资金36.2万元", "　36.2万元"),
    ("约1.5万余人次——参加培训", "约1.5万余人次"),
    ("８６场——开展宣讲", "８６场"),
    ("1—6月，全县新增就业", None),
    ("0—6岁儿童", None),
    ("2023——2025年", None),
    ("286家——", None),
    ("全县286家——", None),
]


@pytest.mark.parametrize("line,figure", CALLED_OUT, ids=[c[0] for c in CALLED_OUT])
def test_a_figure_called_out_before_its_caption(line, figure):
    m = scan.CALLED_OUT.match(line)
    assert (m.group() if m else None) == figure
