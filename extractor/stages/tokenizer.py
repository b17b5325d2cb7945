"""The pipeline's tokenizer: the working copy segmented by jieba-rs (`text/segment.py`).

It segments the working copy (simplified, half-width: `text/script.py`) and builds the `Doc` from
the original's characters at the same offsets, so `doc.text` is the original. The working copy is on
`doc._.xf_norm`. `segmented` does the work for both Docs a stage may be given (`doc.AnyDoc`):
`JiebaSegmenter` builds spaCy's, which needs every word, and puts where each token ends on
`doc._.xf_token_ends`; `plain.py` builds its own, which needs none: its `doc._.xf_words` cuts the
text where a rule asks which word holds a character (`segment.Words`; `doc.words` reads either).
"""
from __future__ import annotations

from typing import Any

from ..text.script import working_copy
from ..text.segment import Words, segmenter


class Segmented:
    """A text's working copy and its words, cut the first time they are asked for (`words`, `ends`):
    a Doc without spaCy never asks, its stages asking `index` about a few characters only."""

    def __init__(self, norm: str, script: str, size: int) -> None:
        self.norm = norm  # the working copy
        self.script = script
        self._size = size  # the original's length, which the working copy keeps
        self._words: list[str] | None = None
        self._ends: list[int] | None = None
        self.index = Words(norm)  # which word holds a character, cut where asked

    @property
    def words(self) -> list[str]:
        """The working copy's words."""
        if self._words is None:
            self._words = segmenter().cut(self.norm)
        return self._words

    @property
    def ends(self) -> list[int]:
        """Token i is [ends[i - 1], ends[i])."""
        if self._ends is None:
            ends = _ends(self.words)
            if (ends[-1] if ends else 0) != self._size:  # never expected; keep the Doc faithful to the text regardless
                ends.append(self._size)
            self._ends = ends
        return self._ends

    def original_words(self, text: str) -> list[str]:
        """The original's characters, cut where the working copy's words end."""
        words = self.words
        ends = self.ends
        if self.norm == text and len(words) == len(ends):
            return words
        return [text[a:b] for a, b in zip([0, *ends[:-1]], ends)]


def segmented(text: str) -> Segmented:
    copy = working_copy(text)
    return Segmented(copy.text, copy.script, len(text))


def _ends(words: list[str]) -> list[int]:
    """Where each word ends: `list(accumulate(map(len, words)))`, which costs twice this loop once
    compiled (0.016 -> 0.008 ms/article: mypyc adds native integers and reads a string's length in C)."""
    ends: list[int] = []
    pos = 0
    for w in words:
        pos += len(w)
        ends.append(pos)
    return ends


def set_extensions(ext: Any, text: str, seg: Segmented) -> None:
    """What the tokenizer sets on `doc._` (`ext`) of a Doc that may hold objects (`plain.PlainDoc`)."""
    _set_texts(ext, text, seg)
    ext.xf_words = seg.index


def _set_texts(ext: Any, text: str, seg: Segmented) -> None:
    ext.xf_text = text  # `doc.text` joins every token anew on each access
    ext.xf_norm = seg.norm
    ext.xf_script = seg.script


class JiebaSegmenter:
    _MAX_CACHED = 500_000  # distinct words; an archive's vocabulary levels off far below this

    def __init__(self, vocab) -> None:
        from spacy.tokens import (
            Doc,  # built only in a spaCy pipeline, which has imported spaCy
        )

        self.vocab = vocab
        self._doc_class = Doc
        self._orth: dict[str, int] = {}  # word -> its hash in the StringStore

    def _orths(self, words: list[str]) -> list[int]:
        # a Doc built from hashes skips spaCy's per-word string hashing (a third of building it)
        cache = self._orth
        try:
            return [cache[w] for w in words]
        except KeyError:  # a word not seen before: added to the StringStore once
            if len(cache) > self._MAX_CACHED:
                cache.clear()
            add = self.vocab.strings.add
            return [cache[w] if w in cache else cache.setdefault(w, add(w)) for w in words]

    def __call__(self, text: str) -> Any:
        seg = segmented(text)
        words = seg.original_words(text)
        # Doc takes orth hashes as well as strings (its stub says strings only)
        doc = self._doc_class(self.vocab, words=self._orths(words), spaces=[False] * len(words))  # type: ignore[arg-type]
        ext = doc._  # one accessor: each `doc._` builds a new one
        _set_texts(ext, text, seg)
        # a spaCy Doc holds plain data only (it goes through `to_bytes` and `DocBin`): the tokens'
        # ends, not the `Words` built from them (`doc.words`)
        ext.xf_token_ends = seg.ends
        return doc

    # spaCy serialises tokenizers with the pipeline; ours has no state beyond its data files
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaSegmenter":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "JiebaSegmenter":
        return self
