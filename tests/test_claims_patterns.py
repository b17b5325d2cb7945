"""Stage: claims, patterns written to open with the character every match opens with, the condition on
what stands before it as a look-behind after it (a search then looks for that character alone): the
same matches as the look-behind first, on random stretches of the characters they read."""
from __future__ import annotations

import random
import re

import pytest

from extractor.stages import claims

REWRITTEN = [  # (the pattern as it was, the pattern as it is)
    (r"(?<![从自由至止\d年])到\s*(?:\d{4}|二[〇零][〇零一二三四五六七八九]{2})\s*年(?:底|末|年底)?\s*[,，]",
     claims._DEADLINE.pattern),
    (r"(?<!平均)每[\u4e00-\u9fff]", claims._patterns()["allocation"].pattern),
    (r"(?<!平均)每(?!年度?(?![\u4e00-\u9fff]?[人户]))[\u4e00-\u9fff]", claims._patterns()["per_unit"].pattern),
]
PIECES = ["到", "从", "至", "年", "2025", "二〇二五", " ", "，", "底", "平均", "每", "人", "户", "年度", "月", "开展", "1"]


@pytest.mark.parametrize("before,after", REWRITTEN, ids=["deadline", "allocation", "per_unit"])
def test_a_pattern_opened_by_its_character_matches_as_the_look_behind_first(before, after):
    old, new = re.compile(before), re.compile(after)
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 9)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for method in ("search", "match"):
            a, b = getattr(old, method)(text, start, end), getattr(new, method)(text, start, end)
            assert (a and a.span()) == (b and b.span()), (text, start, end, method)
