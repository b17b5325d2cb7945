"""Stage: segment. The pipeline's tokenizer: jieba's dictionary and algorithm, in Rust (jieba-rs).

FINDINGS.md measured jieba-rs (`rjieba`) at ~40x the speed of Python jieba with the same
dictionary, which is what lets full extraction run faster than Python jieba segmenting alone.
The segmenter is an instance with its own user dictionary (`segment.userdict.tsv`); the global
jieba state that spaCy's own zh tokenizer uses is never touched.

The tokenizer segments the working copy (simplified, half-width: see `script.py`) and builds the
`Doc` from the original's characters at the same offsets, so `doc.text` is the original. Where
each token ends is on `doc._.xf_token_ends`; the working copy is on `doc._.xf_norm`.

POS tags are not computed for the whole text: jieba-rs's tagger costs three times its segmenter,
and the rules read a tag only here and there. `tag_at` tags just the stretch between two
punctuation marks around a token, which gives the same tag as tagging the whole text: jieba cuts
and tags each run of CJK/alphanumeric characters on its own, and punctuation ends every run.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

import rjieba
from spacy.tokens import Doc
from spacy.util import registry

from . import lexicon
from .script import working_copy

for _name, _default in (("xf_text", None), ("xf_norm", None), ("xf_script", "simplified"), ("xf_token_ends", None)):
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


# every one of these ends jieba's runs of CJK/alphanumeric characters (its RE_HAN), in any version
_RUN_ENDS = frozenset("\n\t ,，。;；:：!！?？、()（）“”\"《》")


def run_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    """The stretch between punctuation around norm[start:end]: jieba reads it the same alone or in the text."""
    lo = start
    while lo > 0 and norm[lo - 1] not in _RUN_ENDS:
        lo -= 1
    hi, size = end, len(norm)
    while hi < size and norm[hi] not in _RUN_ENDS:
        hi += 1
    return lo, hi


def tag_at(norm: str, start: int, end: int) -> str | None:
    """jieba's POS for the token norm[start:end], read in its run; None if jieba cuts it otherwise there."""
    lo, hi = run_bounds(norm, start, end)
    pos = lo
    for word, t in segmenter().tag(norm[lo:hi]):
        if pos == start:
            return t if pos + len(word) == end else None
        pos += len(word)
        if pos > start:
            return None
    return None


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
