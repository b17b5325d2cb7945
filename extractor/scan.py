"""Bracket-aware scanning of the working copy, shared by the stages that read clauses.

A quoted name or a bracketed aside (“春风送岗位行动”, (含追授1名)) is one unit: a comma inside it
never ends the clause around it.
"""
from __future__ import annotations

OPEN, CLOSE = "“「『《(（【", "”」』》)）】"


def clause_start(norm: str, pos: int, floor: int, stops: set[str] | frozenset[str]) -> int:
    """Scan back from `pos` (not below `floor`) to just after the nearest stop outside brackets."""
    depth = 0
    for i in range(pos - 1, floor - 1, -1):
        ch = norm[i]
        if ch in CLOSE:
            depth += 1
        elif ch in OPEN:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return i + 1
    return floor


def clause_end(norm: str, pos: int, ceiling: int, stops: set[str] | frozenset[str]) -> int:
    """Scan forward from `pos` (not past `ceiling`) to the nearest stop outside brackets."""
    depth = 0
    for i in range(pos, ceiling):
        ch = norm[i]
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return i
    return ceiling
