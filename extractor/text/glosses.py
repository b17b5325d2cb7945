"""Pinyin glosses: some scraped pages put the pinyin after characters, `就(jiu)业(ye)`, `服務(wù)`.

They cut words in two for every rule (the segmenter, a metric, a title), so a page that has them is
read without them: the glosses are removed from the text before the pipeline runs, the Article
carries that text as `source.text` (its spans index it), and a warning says how many were removed.
ANNOTATION.md annotates such pages without the glosses too.

A gloss is a parenthesised pinyin syllable (tone marks or none) right after a Chinese character, or
after another gloss (some pages repeat them: `业(ye)(ye)`). A page needs several before any is
removed: one `(app)` after a word is an aside, not a gloss.

`quantities()`, which reads any text and answers offsets into it, reads such a text through
`Unglossed`: the text without its glosses, with the maps between its offsets and the text's.
"""
from __future__ import annotations

from bisect import bisect_left

from . import regex

MIN_GLOSSES = 3  # fewer are asides that happen to look like a syllable

_VOWELS = "aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# one syllable: an optional initial, one to three vowels, an optional final n / ng / r
_SYLLABLE = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[{_VOWELS}]{{1,3}}(?:ng|n|r)?"
_ONE = rf"[(（]{_SYLLABLE}[)）]"
# some pages repeat it: 业(ye)(ye)(ye). The bracket first, the character before it looked back at from
# behind the bracket: a pattern that opens on a character class is sought by the engine itself, a
# class at a time (its search's charset prefix); one that opens on a lookaround is tried at every
# character of the text. The same matches as `(?<=[\u3400-\u9fff])(?:{_ONE})+` (tests/test_glosses.py)
_GLOSS = regex.compile(rf"[(（](?<=[\u3400-\u9fff][(（]){_SYLLABLE}[)）](?:{_ONE})*")
_ONE_GLOSS = regex.compile(_ONE)


def _no_bracket(text: str) -> bool:
    # a gloss opens on a bracket, and most texts hold no bracket at all: a substring test answers
    # for them without a pattern
    return "(" not in text and "（" not in text


def strip_glosses(text: str) -> tuple[str, int]:
    """The text without its pinyin glosses, and how many there were (0: the text is returned as is)."""
    if _no_bracket(text):
        return text, 0
    # each gloss is a bracketed syllable, and bracketed syllables never overlap: a text holding fewer
    # than the minimum anywhere is answered without the pattern's lookbehind
    if _syllables_fewer_than(text, MIN_GLOSSES):
        return text, 0
    stripped = _GLOSS.sub("", text)
    # a run of glosses is bracketed syllables one after the other, and a syllable holds no bracket:
    # the glosses removed are the closing brackets removed (one substitution, four counts at C speed,
    # where a search of every run for its glosses cost 0.35 ms on a glossed page, from source)
    found = _closing_brackets(text) - _closing_brackets(stripped)
    if found < MIN_GLOSSES:
        return text, 0
    return stripped, found


def _closing_brackets(text: str) -> int:
    return text.count(")") + text.count("）")


def _syllables_fewer_than(text: str, at_least: int) -> bool:
    """`len(_ONE_GLOSS.findall(text)) < at_least`. A match opens on a bracket, found by str.find at
    memchr speed, where a pattern that opens on a class is tried at every character (sre: ~13 ns a
    character; 20 us an article with a bracket, from source, against 4 us); matches never overlap
    (a syllable holds no bracket), so each bracket where one matches is one of findall's."""
    count = 0
    for bracket in "(（":
        at = text.find(bracket)
        while at != -1:
            if _ONE_GLOSS.match(text, at):
                count += 1
                if count >= at_least:
                    return False
            at = text.find(bracket, at + 1)
    return True


def has_glosses(text: str) -> bool:
    """Whether `text` holds a gloss at all (`strip_glosses` asks for several)."""
    # a gloss is a bracketed syllable after a Chinese character: tried at each opening bracket, found
    # by str.find at memchr speed, where `_GLOSS`'s lookahead was tried at every character (the
    # numbers stage asks of every text: 8.9 -> 1.3-2.4 us an article from source, best of 30; a
    # regex scan for the two brackets alone takes 4.5)
    for bracket in "(（":
        at = text.find(bracket)
        while at != -1:
            if at and "\u3400" <= text[at - 1] <= "\u9fff" and _ONE_GLOSS.match(text, at):
                return True
            at = text.find(bracket, at + 1)
    return False


class Unglossed:
    """`text` without its glosses. Offsets: `to_plain` maps a text offset into the plain text;
    `start` and `end` map a plain span's start and (exclusive) end back into the text."""

    def __init__(self, text: str) -> None:
        kept: list[int] = []
        pos = 0
        for m in _GLOSS.finditer(text):
            kept.extend(range(pos, m.start()))
            pos = m.end()
        kept.extend(range(pos, len(text)))
        self._kept = kept  # the text offset of each plain character
        self._size = len(text)
        self.text = "".join(text[i] for i in kept)

    def to_plain(self, pos: int) -> int:
        """How many plain characters stand before text offset `pos` (a start or an exclusive end)."""
        return bisect_left(self._kept, pos)

    def start(self, pos: int) -> int:
        """The text offset of plain character `pos` (the text's end past the last one)."""
        return self._kept[pos] if pos < len(self._kept) else self._size

    def end(self, pos: int) -> int:
        """The text offset right after plain character `pos - 1`: an exclusive end, before any gloss
        that follows it."""
        return self._kept[pos - 1] + 1 if pos > 0 else 0
