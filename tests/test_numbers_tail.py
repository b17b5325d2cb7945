"""The range and unit after a number are read by `_tail` (a dict of the units, a range pattern tried
only near a dash or 至), not by the scan's pattern: they agree with the pattern's own reading, the
alternation of every unit, longest first, at every position of these lines."""
import re

import pytest

from extractor import lexicon
from extractor.stages import numbers

_LINES = [
    "资助3至5万元，培训3-5场，覆盖20–100小时的课程",
    "发放3万元至5万元补贴，2千米到4千米的赛道，3 至 5 人",
    "共10%-20%，5个多小时，3个多功能室，12个百分点，6个工作日",
    "3点至5点五的会议，3元至5点三元，4 千米至5 千米",
    "一万三千人次，两三个月，7——9名，30~40平方米，1〜2个",
    "3单位，5单，8千瓦时，9千瓦，2平方公里，5平方米以上",
    "3  至5件，3 人 - 5 人，4部门，100℃，35‰",
]


def _slow(text: str, pos: int) -> tuple[str, int, int, str | None, int]:
    """What the scan's pattern read after a number before the tail had its own reader."""
    units = lexicon.alternation(numbers._tables().units)
    sp, sep, run = numbers._SP, numbers._SEP, numbers._RUN
    m = re.compile(
        rf"(?:{sp}(?P<unit1>{units})?{sp}(?P<sep>{sep}){sp}(?P<num2>{run})(?(unit1){sp}(?P=unit1)))?"
        rf"(?(unit1)|(?:{sp}(?P<unit>{units}))?)").match(text, pos)
    assert m is not None  # every part is optional
    name = "unit1" if m.group("unit1") else "unit" if m.group("unit") else None
    if name is None:
        return "", m.end(), m.end(), m.group("num2"), m.end()
    return m.group(name), m.start(name), m.end(name), m.group("num2"), m.end()


@pytest.mark.parametrize("text", _LINES)
def test_the_tail_reads_as_the_pattern_did(text):
    lex = numbers._tables()
    for pos in range(len(text) + 1):
        assert numbers._tail(lex, text, pos) == _slow(text, pos), (text, pos)


@pytest.mark.parametrize("text", _LINES)
def test_the_unit_look_up_is_the_longest_first_alternation(text):
    lex = numbers._tables()
    alternation = re.compile(lexicon.alternation(lex.units))
    for pos in range(len(text) + 1):
        m = alternation.match(text, pos)
        assert numbers._unit_at(lex, text, pos) == (m.group() if m else ""), (text, pos)
