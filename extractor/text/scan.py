"""Bracket-aware scanning of the working copy, shared by the stages that read clauses.

A quoted name or a bracketed aside (“春风送岗位行动”, (含追授1名)) is one unit: a comma inside it
never ends the clause around it.

A scan walks the characters' codes and looks at a character only where a table of bytes made once
per set of stops (`_mark_table`) says it is a stop or a bracket.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

OPEN, CLOSE = "“「『《(（【", "”」』》)）】"
# Final: compiled, read as C statics (ClauseIndex reads them for every mark it walks)
_OPEN: Final = frozenset(OPEN)
# the pictographs a WeChat post sets around its headings and list marks (🚒 ✅ ⏱ ★ ⭐), as a character class's body
PICTOGRAPHS: Final = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50"
_CLOSE: Final = frozenset(CLOSE)


# 286家——检查定点医药机构286家, 428.6万元——追回医保基金428.6万元: a figure called out, then its caption after a dash
# (not 1—6月, 0—6岁: a range, a figure after the dash). The claims read the caption's figure, the actions no heading.
CALLED_OUT: Final = re.compile(
    r"[ \t\u3000]*[约近超逾]?[0-9０-９][0-9０-９.．,，]*[万亿]?[余多]?[\u4e00-\u9fff%％]{0,4}(?=[—–－]{1,2}[^0-9０-９—–－])")


def positions(text: str, chars: str) -> list[int]:
    """Where any of `chars` stands in `text`, in order: a plain search for each character finds them at
    memchr speed, where a pattern for any of them is tried at every character, one match at a time."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _frozen(stops) -> frozenset[str]:
    return stops if isinstance(stops, frozenset) else frozenset(stops)


# a stop set -> `_mark_table`'s answer (few keys: the stages' constant sets of stops)
_MARK_TABLES: Final[dict[frozenset[str], bytes]] = {}


def _mark_table(stops: frozenset[str]) -> bytes:
    """For each code up to the highest of a mark (a stop or a bracket), 1 where it is one: a walk reads
    a character's code and one byte of this, where a regex made a match object per mark and a
    string per character read costs as much (compiled, `ord(norm[i])` makes no string)."""
    table = _MARK_TABLES.get(stops)
    if table is None:
        marks = [ch for ch in stops | _OPEN | _CLOSE if len(ch) == 1]  # a longer "stop" is no character: never met
        flags = bytearray(max(map(ord, marks)) + 1)
        for ch in marks:
            flags[ord(ch)] = 1
        if len(_MARK_TABLES) >= 64:
            _MARK_TABLES.clear()
        table = _MARK_TABLES[stops] = bytes(flags)
    return table


def clause_start(norm: str, pos: int, floor: int, stops: str | set[str] | frozenset[str]) -> int:
    """Scan back from `pos` (not below `floor`) to just after the nearest stop outside brackets."""
    frozen = _frozen(stops)
    table = _mark_table(frozen)
    size = len(table)
    i = (pos if pos < len(norm) else len(norm)) - 1
    low = floor if floor > 0 else 0
    depth = 0
    while i >= low:  # read backwards, a closing bracket is the way in
        code = ord(norm[i])
        if code < size and table[code]:
            ch = norm[i]
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in frozen:
                return i + 1
        i -= 1
    return floor


def clause_end(norm: str, pos: int, ceiling: int, stops: str | set[str] | frozenset[str]) -> int:
    """Scan forward from `pos` (not past `ceiling`) to the nearest stop outside brackets."""
    frozen = _frozen(stops)
    table = _mark_table(frozen)
    size = len(table)
    i = pos if pos > 0 else 0
    high = ceiling if ceiling < len(norm) else len(norm)
    depth = 0
    while i < high:
        code = ord(norm[i])
        if code < size and table[code]:
            ch = norm[i]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in frozen:
                return i
        i += 1
    return ceiling


def near(pattern: re.Pattern, text: str, anchor: re.Pattern, back: range) -> list[re.Match]:
    """What `pattern.finditer(text)` finds, for a pattern whose every match starts `d` characters
    (d in `back`) before where `anchor` matches; only those starts are tried.

    Python's regex engine tries a pattern that opens with a character class (a name: [\\u4e00-\\u9fff]{2})
    at every such character of the text; a rare anchor (镇|乡|社区, 同志|家庭) is found at C speed.
    The matches are those of `finditer`: leftmost first, none overlapping the one before. The anchor
    is a plain alternation of words none of which starts inside another (村|社区, not 社区|区), so that
    its own non-overlapping matches are all the places it occurs.
    """
    return matches_at(pattern, text, sorted({m.start() - d for m in anchor.finditer(text) for d in back}))


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """What `pattern.finditer(text)` finds, given every place (in order) where a match may start."""
    found, done = [], 0
    for i in starts:
        if i < done:
            continue
        m = pattern.match(text, i) if i >= 0 else None
        if m:
            found.append(m)
            done = max(m.end(), i + 1)
    return found


class ClauseIndex:
    """`clause_start` and `clause_end` over one text, for many positions: the marks (stops and
    brackets) are found once, by one pass, instead of a walk per call. `stops` given to a call must
    be among the index's `stops`. A mark that is neither a bracket nor one of the stops asked for is
    passed over, as the scans pass over it (tests/test_scan.py checks both agree)."""

    def __init__(self, norm: str, stops: frozenset[str]) -> None:
        table = _mark_table(stops)
        size = len(table)
        at: list[int] = []
        mark: list[str] = []
        for i in range(len(norm)):
            code = ord(norm[i])
            if code < size and table[code]:
                at.append(i)
                mark.append(norm[i])
        self._at = at
        self._mark = mark

    def clause_start(self, pos: int, floor: int, stops: frozenset[str]) -> int:
        # the marks in [floor, pos), nearest first; read backwards, a closing bracket is the way in. One
        # bisect, and the floor tested per mark (a mark or two is read, mostly): claims asks this of every
        # candidate, and a second bisect and a range to walk cost more than the walk
        at, mark = self._at, self._mark
        k = bisect_left(at, pos) - 1
        depth = 0
        while k >= 0 and at[k] >= floor:
            ch = mark[k]
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in stops:
                return at[k] + 1
            k -= 1
        return floor

    def clause_end(self, pos: int, ceiling: int, stops: frozenset[str]) -> int:
        at, mark = self._at, self._mark
        k, size = bisect_left(at, pos), len(at)
        depth = 0
        while k < size and at[k] < ceiling:
            ch = mark[k]
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and ch in stops:
                return at[k]
            k += 1
        return ceiling


def opens_lines(norm: str, label: str, times: int) -> bool:
    """Whether `label` opens at least `times` lines of the text (after the line's blanks): a speaker's turns, a
    label said again line after line."""
    found, pos = 0, 0
    while found < times:
        at = norm.find(label, pos)
        if at < 0:
            return False
        if at == 0 or norm[at - 1] == "\n" or not norm[norm.rfind("\n", 0, at) + 1:at].strip():
            found += 1
        pos = at + len(label)
    return True


def tells_whole(norm: str, start: int, end: int, figure: str) -> bool:
    """Whether the text in [start, end) ends a sentence (on 。) that tells `figure` whole: not 2个 inside 12个 or 1.2个."""
    if end <= start or norm[end - 1] != "。":
        return False
    at = norm.find(figure, start, end)
    while at >= 0:
        if norm[at - 1:at] not in _FIGURE_DIGITS:
            return True
        at = norm.find(figure, at + 1, end)
    return False


_FIGURE_DIGITS: Final = frozenset("0123456789.．０１２３４５６７８９")
