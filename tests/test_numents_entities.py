"""Shortcuts of the entities stage (round 8), each against the slow way it replaces."""
from __future__ import annotations

import random

import pytest

from extractor.stages import entities
from extractor.stages.doc import EntityMention
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS, corpus_ids


def _corpus() -> list[str]:
    return [working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text for i in corpus_ids()]


def _slow_window(norm: str, pos: int) -> tuple[int, int]:
    """`_window` as it was: every character looked up in `_RUN_ENDS`."""
    lo = pos
    while lo > 0 and pos - lo < entities._WINDOW and norm[lo - 1] not in entities._RUN_ENDS:
        lo -= 1
    hi, size = pos, len(norm)
    while hi < size and hi - pos < entities._WINDOW and norm[hi] not in entities._RUN_ENDS:
        hi += 1
    return lo, hi


def test_no_run_end_is_an_ideograph():
    """`_ends_run` answers an ideograph by its code: none of `_RUN_ENDS` may be one."""
    assert not any(0x4E00 <= ord(ch) <= 0x9FFF for ch in entities._RUN_ENDS)


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_the_window_is_the_set_look_ups(source):
    rng = random.Random(11)
    pieces = list(entities._RUN_ENDS) + list("社区居委会市县镇乡村中国人民abc123") + ["\u3007", "\U00020000", "\uff01"]
    texts = _corpus() if source == "corpus" else [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 80))) for _ in range(2000)]
    for text in texts:
        for pos in range(len(text)):
            assert entities._window(text, pos) == _slow_window(text, pos), (text, pos)


def test_a_rule_mention_is_the_named_tuple():
    made = entities._rule_mention(3, 7, "ORG", "entities.org.abbrev")
    expected = EntityMention(3, 7, "ORG", "rules", "entities.org.abbrev")
    assert type(made) is EntityMention and made == expected and made.rule == expected.rule


def test_the_places_are_places_in():
    """`_places` reads the automaton's matches without their names: the spans `places_in` gives."""
    for text in _corpus():
        assert [(p.start, p.end) for p in entities._places(text)] == [(s, e) for s, e, _ in entities.places_in(text)]
