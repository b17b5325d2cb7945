"""Stage: claims, `_trim` (reading the characters' codes) against the slow way it replaces, membership
of each character in the strings of blanks and joins, on random stretches of texts strung from those
characters and their neighbours."""
from __future__ import annotations

import random

import pytest

from extractor import extract
from extractor.stages import claims


def _trim_slowly(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " \t,，、.．”）)】":
        start += 1
    while end > start and norm[end - 1] in " \t（(":
        end -= 1
    if start < end and norm[start] in "（(" and "）" not in norm[start:end] and ")" not in norm[start:end]:
        return _trim_slowly(norm, start + 1, end)
    return start, end


def test_the_trim_by_codes_is_the_trim_by_characters():
    rng = random.Random(61)
    pieces = [" ", "\t", ",", "，", "、", "。", "\n", "\u3000", "开展", "a", "12", ".", "、、", "，\t", "．", "（", "(", "）", "”", "】", ")"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert claims._trim(text, start, end) == _trim_slowly(text, start, end), (text, start, end)


ROWS = [  # (text, what a claim's metric reads)
    # the point of a list's number before the phrase, and a bracket the number's aside closes after it
    ("附件：\n1.检查单位名单\n2.消防隐患台账（共186处）", "消防隐患台账"),
    ("全年查处违法建设（共计43处）。", "查处违法建设"),
    # a closing quote before the phrase closes a brand's name, no part of what was counted
    ("打造“青山发布”客户端，全年客户端下载量超20万次。", "客户端下载量"),
    # a term jieba's dictionary cuts (疗|休养): the metric whole (not after the kinds listed: 红色教育、生态康养、非遗研学三类
    # restates them, `claims.reject.listed_words`)
    ("市总工会今年推出三类疗休养线路。", "疗休养线路"),
]
ROWS_OF_ASIDES = [  # (text, the metrics): the bracket of an aside the figure stands in opens no phrase
    ("全年接待来访侨胞1360人次（同比增长12.5%）。", ["接待来访侨胞", "同比增长"]),
    ("全年受理法律援助案件512件（其中刑事案件168件）。", ["法律援助案件", "其中刑事案件"]),
]


@pytest.mark.parametrize("text,metrics", ROWS_OF_ASIDES, ids=[r[1][1] for r in ROWS_OF_ASIDES])
def test_a_figure_in_an_aside_reads_its_metric_without_the_bracket(text, metrics):
    assert [c.metric for c in extract(text).claims] == metrics


@pytest.mark.parametrize("text,metric", ROWS, ids=[r[1] for r in ROWS])
def test_a_metric_keeps_no_list_point_and_no_open_bracket(text, metric):
    assert [c.metric for c in extract(text).claims] == [metric]


def test_the_gap_precheck_never_passes_over_a_gap():
    """`_may_hold_gap` answers False only where `_TABLE_GAP` finds nothing, on random stretches."""
    rng = random.Random(7)
    pieces = [" ", "  ", "\t", "\u3000", " \u3000", "开展", "a", "12", "，", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        if claims._TABLE_GAP.search(text, start, end) is not None:
            assert claims._may_hold_gap(text, start, end), (text, start, end)


def test_a_line_read_as_one_cell_splits_into_one_cell_at_most():
    """`_one_cell` (an indented paragraph's shortcut) answers True only where `_row_cells` finds fewer than
    two cells, on random long lines of prose, blanks, tabs, bars and figures."""
    rng = random.Random(11)
    prose = ["开展宣讲活动", "（万元）", "12", "6.8", "，", "。", "”", "、", "合计", " ", "农产品销售额（亿元）"]
    edges = ["", " ", "  ", "\t", "    ", " \t"]
    inside = ["", "", "", "  ", "\t", "|"]
    read_as_one = 0
    for _ in range(3000):
        body = "".join(rng.choice(prose) for _ in range(rng.randint(10, 30)))
        cut = rng.randint(0, len(body))
        text = rng.choice(edges) + body[:cut] + rng.choice(inside) + body[cut:] + rng.choice(edges)
        if len(text) <= claims._SHORT_ROW:
            continue
        if claims._one_cell(text, 0, len(text)):
            read_as_one += 1
            assert len(claims._row_cells(text, 0, len(text))) < 2, text
    assert read_as_one > 100  # (the shortcut is taken on many of them: the test reads it)

