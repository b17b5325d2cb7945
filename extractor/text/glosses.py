"""Pinyin glosses: some scraped pages put the pinyin after characters, `就(jiu)业(ye)`, `服務(wù)`.

They cut words in two for every rule (the segmenter, a metric, a title), so a page that has them is
read without them: the glosses are removed from the text before the pipeline runs, the Article
carries that text as `source.text` (its spans index it), and a warning says how many were removed.
ANNOTATION.md annotates such pages without the glosses too.

A gloss is a parenthesised pinyin syllable (tone marks or none) right after a Chinese character, or
after another gloss (some pages repeat them: `业(ye)(ye)`). A
page needs several before any is removed: one `(app)` after a word is an aside, not a gloss.
"""
from __future__ import annotations

import re

MIN_GLOSSES = 3  # fewer are asides that happen to look like a syllable

_VOWELS = "aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# one syllable: an optional initial, one to three vowels, an optional final n / ng / r
_SYLLABLE = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[{_VOWELS}]{{1,3}}(?:ng|n|r)?"
_ONE = rf"[(（]{_SYLLABLE}[)）]"
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])(?:{_ONE})+")  # some pages repeat it: 业(ye)(ye)(ye)
_ONE_GLOSS = re.compile(_ONE)


def strip_glosses(text: str) -> tuple[str, int]:
    """The text without its pinyin glosses, and how many there were (0: the text is returned as is)."""
    found = sum(len(_ONE_GLOSS.findall(run)) for run in _GLOSS.findall(text))
    if found < MIN_GLOSSES:
        return text, 0
    return _GLOSS.sub("", text), found
