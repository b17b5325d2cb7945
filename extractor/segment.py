"""Stage: segment. The pipeline's tokenizer: jieba's dictionary and algorithm, in Rust (jieba-rs).

FINDINGS.md measured jieba-rs (`rjieba`) at ~40x the speed of Python jieba with the same
dictionary, which is what lets full extraction run faster than Python jieba segmenting alone.
The segmenter is an instance with its own user dictionary (`segment.userdict.tsv`); the global
jieba state that spaCy's own zh tokenizer uses is never touched.

The tokenizer segments the working copy (simplified, half-width: see `script.py`) and builds the
`Doc` from the original's characters at the same offsets, so `doc.text` is the original; jieba's
POS tags are on `doc._.xf_tags` as (start, end, tag) offsets. The working copy is kept on `doc._.xf_norm`.
"""
from __future__ import annotations

from functools import lru_cache

import rjieba
from spacy.tokens import Doc
from spacy.util import registry

from . import lexicon
from .script import working_copy

for _name, _default in (("xf_text", None), ("xf_norm", None), ("xf_script", "simplified"), ("xf_tags", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    """The jieba-rs instance with the user dictionary applied, built once per process."""
    jb = rjieba.Jieba()
    for row in lexicon.rows("segment.userdict"):
        if row["action"] == "del":
            jb.add_word(row["word"], 0, None)  # frequency 0: the word can never win a cut
        else:
            jb.add_word(row["word"], int(row["freq"] or 0) or None, row["tag"] or None)
    return jb


def tag(text: str) -> list[tuple[str, str]]:
    """(word, POS) pairs for a snippet of working-copy text."""
    return segmenter().tag(text) if text else []


class JiebaSegmenter:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        copy = working_copy(text)
        offsets, pos = [], 0
        for word, tag_ in tag(copy.text):
            end = pos + len(word)
            offsets.append((pos, end, tag_))
            pos = end
        if pos != len(text):  # never expected; keep the Doc faithful to the text regardless
            offsets.append((pos, len(text), "x"))
        words = [text[a:b] for a, b, _ in offsets]
        # POS tags stay off the Token objects: interning them costs as much as building the Doc
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc._.xf_text = text  # `doc.text` joins every token anew on each access
        doc._.xf_norm = copy.text
        doc._.xf_script = copy.script
        doc._.xf_tags = offsets  # (start, end, POS) per token, for rules that scan without building Tokens
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
