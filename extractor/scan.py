"""Bracket-aware scanning of the working copy, shared by the stages that read clauses.

A quoted name or a bracketed aside (“春风送岗位行动”, (含追授1名)) is one unit: a comma inside it
never ends the clause around it.

The rules ask for clause bounds thousands of times per article, so the text is not walked character
by character: the positions of its stops and brackets are found once per (text, stop set), with one
regex pass, and a scan steps only through those.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

OPEN, CLOSE = "“「『《(（【", "”」』》)）】"
_OPEN, _CLOSE = frozenset(OPEN), frozenset(CLOSE)


@lru_cache(maxsize=32)  # the stages of one article share a handful of (text, stop set) pairs
def _marks(norm: str, stops: frozenset[str]) -> tuple[list[int], str]:
    """Where in `norm` a stop or a bracket stands, and which character it is."""
    pattern = re.compile("[" + re.escape("".join(sorted(stops | _OPEN | _CLOSE))) + "]")
    found = pattern.finditer(norm)
    positions, chars = [], []
    for m in found:
        positions.append(m.start())
        chars.append(m.group())
    return positions, "".join(chars)


def _frozen(stops) -> frozenset[str]:
    return stops if isinstance(stops, frozenset) else frozenset(stops)


def clause_start(norm: str, pos: int, floor: int, stops: str | set[str] | frozenset[str]) -> int:
    """Scan back from `pos` (not below `floor`) to just after the nearest stop outside brackets."""
    stops = _frozen(stops)
    positions, chars = _marks(norm, stops)
    depth = 0
    for k in range(bisect.bisect_left(positions, pos) - 1, -1, -1):
        i = positions[k]
        if i < floor:
            break
        ch = chars[k]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return i + 1
    return floor


def clause_end(norm: str, pos: int, ceiling: int, stops: str | set[str] | frozenset[str]) -> int:
    """Scan forward from `pos` (not past `ceiling`) to the nearest stop outside brackets."""
    stops = _frozen(stops)
    positions, chars = _marks(norm, stops)
    depth = 0
    for k in range(bisect.bisect_left(positions, pos), len(positions)):
        i = positions[k]
        if i >= ceiling:
            break
        ch = chars[k]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return i
    return ceiling


def near(pattern: re.Pattern, text: str, anchor: re.Pattern, back: range) -> list[re.Match]:
    """What `pattern.finditer(text)` finds, for a pattern whose every match starts `d` characters
    (d in `back`) before where `anchor` matches; only those starts are tried.

    Python's regex engine tries a pattern that opens with a character class (a name: [\\u4e00-\\u9fff]{2})
    at every such character of the text; a rare anchor (镇|乡|社区, 同志|家庭) is found at C speed.
    The matches are those of `finditer`: leftmost first, none overlapping the one before.
    """
    starts = sorted({m.start() - d for m in anchor.finditer(text) for d in back})
    found, done = [], 0
    for i in starts:
        if i < done:
            continue
        m = pattern.match(text, i) if i >= 0 else None
        if m:
            found.append(m)
            done = max(m.end(), i + 1)
    return found
