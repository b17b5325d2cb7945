"""Stage: metadata. The shortcuts taken for speed agree with the slow way they replace, on random texts
made of the pieces that matter and on rows written for the test."""
import random
import re

import pytest

from extractor.stages import metadata
from extractor import lexicon

PIECES = ["记者", "作者", "通讯员", "责任编辑", "编辑", "责编", "一审", "审核", "终审", "值班主任", "实习生", " ", "、", ":",
          "：", "|", "\n", "王亮", "李白蕾", "陆迪", "夏晓飞", "报道", "发布时间", "更新时间", "时间", "日期", "2023-06-19",
          "18:07", "今年以来", "，", "。", "妇联"]


def _texts(seed: int, count: int = 400, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_roles_read_at_their_labels_as_by_a_scan_of_the_text():
    roles = metadata._patterns().roles
    for text in _texts(1):
        starts = metadata._label_starts(text)
        for role, pattern in roles.items():
            assert [m.span() for m in metadata._role_matches(text, role, starts)] == \
                [m.span() for m in pattern.finditer(text)], text


@pytest.mark.parametrize("text, starts", [("责任编辑:陆迪", [0, 1, 2, 3]), ("记者 王亮", [0, 1]), ("一审核", [0, 1]),
                                          ("妇联", [])])
def test_label_starts(text, starts):
    assert metadata._label_starts(text) == starts


def test_head_lines_are_the_first_lines():
    rng = random.Random(2)
    for text in _texts(2, longest=120):
        lines = metadata._lines(text)
        header_end = rng.randint(0, len(text))
        head = metadata._head_lines(text, header_end)
        assert head == lines[:len(head)]
        assert lines[:metadata._TOP_LINES] == head[:metadata._TOP_LINES]
        assert [ab for ab in lines if ab[1] <= header_end] == [ab for ab in head if ab[1] <= header_end]


def test_labelled_lines_found_by_one_scan_as_line_by_line():
    label = metadata._patterns().time_label
    for text in _texts(3, longest=60):
        lines = metadata._lines(text)[:metadata._TOP_LINES]
        assert metadata._labelled(text, lines, label) == [(a, b) for a, b in lines if label.search(text[a:b])], text


HEAD_PIECES = ["来源", "信息来源", "来源:", "来源：", "|", "丨", " ", "\n", "齐鲁网", "中国妇女报", "2023", "-", "06", ".", "19",
               "年", "月", "日", "１２", "18:07", "23.01.2017", "星期一", "发布时间", "，"]


def _heads(seed: int, count: int = 600, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(HEAD_PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _span(m):
    return m.span() if m else None


def test_outlet_sought_from_its_first_label_as_from_the_start():
    rng = random.Random(4)
    for text in _heads(4):
        end = rng.randint(0, len(text))
        assert _span(metadata._outlet(text, end)) == _span(metadata._OUTLET.search(text, 0, end)), (text, end)


def test_times_sought_from_the_first_digit_as_from_the_start():
    rng = random.Random(5)
    for text in _heads(5):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for pattern, _ in metadata._DATETIME:
            assert _span(metadata._datetime(pattern, text, start, end)) == _span(pattern.search(text, start, end)), text


@pytest.mark.parametrize("text, outlet", [("来源:齐鲁网", "齐鲁网"), ("编辑 丨来源：中国妇女报", "中国妇女报"),
                                          ("信息来源 市妇联", "市妇联"), ("无来源:", None)])
def test_outlet(text, outlet):
    m = metadata._outlet(text, len(text))
    assert (m.group(1) if m else None) == outlet


def test_time_label_as_one_alternation_finds_what_the_label_and_colon_group_did():
    def words(kind):
        return lexicon.alternation(lexicon.by_kind("metadata.labels", kind))
    grouped = re.compile(rf"{words('time_label')}|(?:{words('time_label_colon')})[:：]")
    label = metadata._patterns().time_label
    for text in _texts(6) + _heads(6):
        assert [m.span() for m in label.finditer(text)] == [m.span() for m in grouped.finditer(text)], text
