"""Pinyin glosses: some pages follow characters with their reading in brackets (服務(wù), 萬(wan)(wan)元).

A gloss is never part of a word, a number or a unit, but it stands inside them: 3150万(wan)元 is one
sum, 任(ren)务 one word. `Unglossed` is the text without its glosses, with the maps between its
offsets and the text's, so that a stage can read the plain text and still report spans into the
original. A gloss follows a Chinese character or another gloss, in lower case (tones marked or not):
an abbreviation in brackets (人工智能(AI)) is not one.
"""
from __future__ import annotations

import re
from bisect import bisect_left

_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff)）])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv]{1,7}[)）]")


def has_glosses(text: str) -> bool:
    return _GLOSS.search(text) is not None


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
