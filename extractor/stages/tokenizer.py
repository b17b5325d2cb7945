"""The pipeline's tokenizer: the working copy segmented by jieba-rs (`text/segment.py`).

It segments the working copy (simplified, half-width: `text/script.py`) and builds the `Doc` from
the original's characters at the same offsets, so `doc.text` is the original. Where each token ends
is on `doc._.xf_token_ends`; the working copy is on `doc._.xf_norm`.
"""
from __future__ import annotations

from itertools import accumulate

from spacy.tokens import Doc
from spacy.util import registry

from ..text.script import working_copy
from ..text.segment import segmenter
from . import doc as _doc  # noqa: F401  (declares the extensions set here)


class JiebaSegmenter:
    _MAX_CACHED = 500_000  # distinct words; an archive's vocabulary levels off far below this

    def __init__(self, vocab) -> None:
        self.vocab = vocab
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

    def __call__(self, text: str) -> Doc:
        copy = working_copy(text)
        words = segmenter().cut(copy.text)
        ends = list(accumulate(map(len, words)))
        if (ends[-1] if ends else 0) != len(text):  # never expected; keep the Doc faithful to the text regardless
            ends.append(len(text))
        if copy.text != text or len(words) != len(ends):
            words = [text[a:b] for a, b in zip([0, *ends[:-1]], ends)]
        # Doc takes orth hashes as well as strings (its stub says strings only)
        doc = Doc(self.vocab, words=self._orths(words), spaces=[False] * len(words))  # type: ignore[arg-type]
        ext = doc._  # one accessor: each `doc._` builds a new one
        ext.xf_text = text  # `doc.text` joins every token anew on each access
        ext.xf_norm = copy.text
        ext.xf_script = copy.script
        ext.xf_token_ends = ends  # token i is [ends[i - 1], ends[i]): for rules that scan without building Tokens
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


@registry.tokenizers("xf.jieba_segmenter.v1")
def create_segmenter():
    def make(nlp):
        return JiebaSegmenter(nlp.vocab)

    return make
