"""Stage: actions. Two readings of a clause taken by a shorter way agree with the way they replace:
a clause's end found by one search where its first mark is a stop (`scan.clause_end` otherwise), and
a clause's size counted with `str.split` instead of a pattern for spaces."""
import random
import re

import pytest

from extractor.stages import actions
from extractor.text import scan

PIECES = ["培训", "妇联", "“", "”", "「", "」", "（", "）", "(", ")", "【", "】", "《", "》", "。", "：", ":", "；",
          "！", "?", "，", "、", " ", "\u3000", "\t", "\xa0", "\u2028", "\n", "(jiu)", "abc", "6期"]


def _texts(seed: int, count: int = 600, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _size_by_pattern(text: str) -> int:
    # as the stage counted before: glosses, then every \s, then the quote marks dropped
    if "(" in text or "（" in text:
        text = actions._GLOSS.sub("", text)
    return len(re.sub(r"\s+", "", text).replace("“", "").replace("”", ""))


@pytest.mark.parametrize("text, size", [
    ("强化技能培训", 6),
    ("实施“红心向党”行动", 8),
    ("就(jiu)业(ye)培训", 4),
    ("技能 培训\u3000工作", 6),
    ("", 0),
])
def test_size(text, size):
    assert actions._size(text) == size


def test_size_counted_with_split_as_with_the_space_pattern():
    for text in _texts(1):
        assert actions._size(text) == _size_by_pattern(text), text
    # every character Python takes for a space, alone and between others
    for ch in map(chr, range(0x3100)):
        if ch.isspace() or re.fullmatch(r"\s", ch):
            assert actions._size(f"培{ch}训{ch}") == _size_by_pattern(f"培{ch}训{ch}") == 2, hex(ord(ch))


def test_clause_end_by_its_first_mark_as_by_the_scan():
    rng = random.Random(2)
    for text in _texts(2):
        for _ in range(4):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert actions._clause_end_from(text, start, end) == scan.clause_end(
                text, start, end, actions._CLAUSE_STOPS), (text, start, end)


@pytest.mark.parametrize("text, end", [
    ("二是强化技能培训。举办培训班6期", 8),
    ("实施“巾帼建功。行动”：培训", 11),
    ("（含追授1名：）其中", 10),
    ("没有句号的一段话", 8),
])
def test_clause_end(text, end):
    assert actions._clause_end_from(text, 0, len(text)) == end


def test_scopes_built_in_place_equal_those_of_the_constructor_and_replace():
    from extractor.stages.doc import ActionScope

    fields = (3, 40, "技能培训", 5, 9, (10, 14), 1, True, "actions.lead_in")
    s = actions._new_scope(*fields)
    assert type(s) is ActionScope and s == ActionScope(*fields)
    assert actions._ended(s, 55) == ActionScope(*fields)._replace(end=55)
    assert type(actions._ended(s, 55)) is ActionScope
    assert actions._turned_down(s, "actions.not_lone_lead_in") == ActionScope(*fields)._replace(
        governs=False, name_start=3, name_end=3, goal=None, rule="actions.not_lone_lead_in")
