"""Filters as data: an ordered table of named predicates over a candidate.

A stage that proposes candidates (a number that may be a claim, a recipient and title that may be
an honour) keeps each filter as a row `Filter(rule_id, predicate, why)`. The first row whose
predicate holds rejects the candidate; its id is recorded on the Doc (`Rejected`), so `eval` can say
which rule turned down a gold fact, and a table test can name the rule it exercises.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple


class Filter(NamedTuple):
    rule: str  # stable id: "claims.reject.allocation"
    rejects: Callable[[Any], bool]  # the predicate: True rejects the candidate
    why: str  # one line for people: "an allocation standard (每人1200元), not work done"
    # what the predicate cannot hold without: one of these marks (kinds of words a stage finds once in
    # the text around a candidate) present. Empty: no such condition. `possible` passes over a filter
    # whose marks are all absent without calling it; the predicate alone still says the same.
    needs: frozenset[str] = frozenset()
    # what the candidate itself must be for the predicate to hold: all of these marks (cheap facts a
    # stage states about each candidate: its kind, its unit, ...). Empty: no such condition. `possible`,
    # given the candidate's marks, passes over a filter lacking one; the predicate alone still says the same.
    only: frozenset[str] = frozenset()


def first_rejecting(filters: Sequence[Filter], candidate: Any) -> Filter | None:
    """The first filter, in table order, that rejects `candidate`; None when all let it through."""
    for f in filters:
        if f.rejects(candidate):
            return f
    return None


def possible(filters: Sequence[Filter], present: frozenset[str],
             marks: frozenset[str] | None = None) -> tuple[Filter, ...]:
    """The filters, in table order, that may hold where only the marks in `present` occur, for a
    candidate with the `marks` given (None: not known, every filter's `only` taken as met)."""
    return tuple(f for f in filters if (not f.needs or not f.needs.isdisjoint(present))
                 and (marks is None or f.only <= marks))


def check_table(filters: Sequence[Filter]) -> None:
    """Ids are unique within a table (called once where the table is built)."""
    seen: set[str] = set()
    for f in filters:
        if f.rule in seen:
            raise ValueError(f"filter id {f.rule!r} appears twice")
        seen.add(f.rule)
