"""Stage: claims, `_matches` (a pattern's matches found by `search` from the end of each, where compiled
code paid more for making `finditer`'s scanner than for the searches) against `finditer`: every
pattern of the rules on the corpus texts and on texts strung from the words they match, over random
stretches, and patterns that match the empty string (left to `finditer`)."""
from __future__ import annotations

import random
import re

from extractor.stages import claims
from extractor.text.decode import decode

from .conftest import CORPUS


def _spans(m_list):
    return [(m.start(), m.end(), m.groups()) for m in m_list]


def _texts() -> list[str]:
    texts = [decode(p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))][:40]
    rng = random.Random(41)
    pieces = sorted(claims._words("claims.reject", "conferral") | claims._words("claims.reject", "not_work")
                    | claims._words("claims.modality", "planned") | claims._words("claims.modality", "plan_verb"))
    pieces += ["“", "”", "占", "比", "将", "计划", "12", "，", "。", "全国"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(300)]
    return texts


def test_the_matches_are_those_of_finditer():
    rng = random.Random(43)
    patterns = list(claims._patterns().values())
    for text in _texts():
        for pattern in patterns:
            for _ in range(3):
                pos = rng.randint(0, len(text))
                end = rng.choice([len(text), rng.randint(pos, len(text)), len(text) + 5])
                assert _spans(claims._matches(pattern, text, pos, end)) == _spans(pattern.finditer(text, pos, end))


def test_a_pattern_matching_nothing_is_left_to_finditer():
    for pattern in (re.compile(r"x*"), re.compile(r"(?=a)"), re.compile(r"a|")):
        for text in ("", "a", "xxa", "axa", "baab"):
            for pos in range(len(text) + 1):
                assert _spans(claims._matches(pattern, text, pos, len(text))) == _spans(pattern.finditer(text, pos, len(text)))
