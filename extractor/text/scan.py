"""Bracket-aware scanning of the working copy, shared by the stages that read clauses.

A quoted name or a bracketed aside (“春风送岗位行动”, (含追授1名)) is one unit: a comma inside it
never ends the clause around it.

A scan never walks the text character by character: one regex finds the stops and brackets in the
stretch it reads, and only those are looked at.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from . import regex

OPEN, CLOSE = "“「『《(（【", "”」』》)）】"
# Final: compiled, read as C statics (ClauseIndex reads them for every mark it walks)
_OPEN: Final = frozenset(OPEN)
_CLOSE: Final = frozenset(CLOSE)


@lru_cache(maxsize=64)
def _marks(stops: frozenset[str]) -> re.Pattern:
    """A pattern for any stop or bracket."""
    return regex.compile("[" + re.escape("".join(sorted(stops | _OPEN | _CLOSE))) + "]")


@lru_cache(maxsize=4)  # the article being read
def _reversed(norm: str) -> str:
    return norm[::-1]


def _frozen(stops) -> frozenset[str]:
    return stops if isinstance(stops, frozenset) else frozenset(stops)


def clause_start(norm: str, pos: int, floor: int, stops: str | set[str] | frozenset[str]) -> int:
    """Scan back from `pos` (not below `floor`) to just after the nearest stop outside brackets."""
    stops, size = _frozen(stops), len(norm)
    # the text read backwards, so that the regex finds the nearest mark first and stops there
    m = _first_stop(_marks(stops).finditer(_reversed(norm), size - pos, size - floor), stops, _CLOSE, _OPEN)
    return size - m.start() if m else floor


def clause_end(norm: str, pos: int, ceiling: int, stops: str | set[str] | frozenset[str]) -> int:
    """Scan forward from `pos` (not past `ceiling`) to the nearest stop outside brackets."""
    stops = _frozen(stops)
    m = _first_stop(_marks(stops).finditer(norm, pos, ceiling), stops, _OPEN, _CLOSE)
    return m.start() if m else ceiling


def _first_stop(marks: Iterator[re.Match], stops: frozenset[str], entering: frozenset[str],
                leaving: frozenset[str]) -> re.Match | None:
    """The first stop among `marks` outside brackets; `entering` are the brackets met first, in the
    order the marks are read, on the way into a bracketed stretch."""
    depth = 0
    for m in marks:
        ch = m.group()
        if ch in entering:
            depth += 1
        elif ch in leaving:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return m
    return None


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
    brackets) are found once, by one pass, instead of a regex per call. `stops` given to a call must
    be among the index's `stops`. The walk over the marks is `_first_stop`'s: a mark that is neither
    a bracket nor one of the stops asked for is passed over (tests/test_scan.py checks both agree)."""

    def __init__(self, norm: str, stops: frozenset[str]) -> None:
        self._at = [m.start() for m in _marks(stops).finditer(norm)]
        self._mark = [norm[i] for i in self._at]

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
