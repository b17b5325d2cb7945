"""Segmentation: jieba's dictionary and algorithm, in Rust (jieba-rs).

FINDINGS.md measured jieba-rs (`rjieba`) at ~40x the speed of Python jieba with the same
dictionary, which is what lets full extraction run faster than Python jieba segmenting alone.
The segmenter is an instance with its own user dictionary (`segment.userdict.tsv`); the global
jieba state that spaCy's own zh tokenizer uses is never touched.

The pipeline's tokenizer (`stages/tokenizer.py`) segments the working copy (see `script.py`) with it.

POS tags are not computed for the whole text: jieba-rs's tagger costs three times its segmenter,
and the rules read a tag only here and there. `tag_at` tags just the stretch between two
punctuation marks around a token, which gives the same tag as tagging the whole text: jieba cuts
and tags each run of CJK/alphanumeric characters on its own, and punctuation ends every run.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from .. import lexicon


def _jieba_class() -> Any:
    """rjieba's `Jieba` class, loaded from its compiled module without running the package's
    `__init__`, which builds a default instance at import (a tenth of a second and a dictionary's
    memory in every process) that this project never uses: it keeps its own, with its own words."""
    spec = importlib.util.find_spec("rjieba")  # a top-level package is found without being imported
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for path in sorted(Path(folder).glob("rjieba*.so")) + sorted(Path(folder).glob("rjieba*.pyd")):
            loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(path))
            module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path, loader=loader)
            if module_spec is not None:
                module = importlib.util.module_from_spec(module_spec)
                loader.exec_module(module)
                return module.Jieba
    import rjieba  # a layout this loader does not know: the package itself

    return rjieba.Jieba


@lru_cache(maxsize=1)
def segmenter() -> Any:
    """The jieba-rs instance with the user dictionary applied, built once per process."""
    jb = _jieba_class()()
    for row in lexicon.rows("segment.userdict"):
        if row["action"] == "del":
            jb.add_word(row["word"], 0, None)  # frequency 0: the word can never win a cut
        else:
            jb.add_word(row["word"], int(row["freq"] or 0) or None, row["tag"] or None)
    return jb


@lru_cache(maxsize=1)
def _retagged() -> dict[str, str]:
    """Words jieba's dictionary tags wrongly (选手 v), with their right tag: jieba-rs keeps a word's
    tag when the word is added again, so the user dictionary cannot mend it."""
    return {row["word"]: row["tag"] for row in lexicon.rows("segment.userdict") if row["action"] == "tag"}


def tag(text: str) -> list[tuple[str, str]]:
    """(word, POS) pairs for a snippet of working-copy text."""
    if not text:
        return []
    words = segmenter().tag(text)
    fixes = _retagged()
    # a look-up per word cut (a few) rather than a search of the text for every word retagged (sixty)
    for word, _ in words:
        if word in fixes:
            return [(w, fixes.get(w, t)) for w, t in words]
    return words


def is_word(text: str) -> bool:
    """Whether `text` is a word of the segmenter's dictionary (志愿者), not one its HMM put together (资文斌)."""
    return bool(segmenter().has_word(text))


def common_words(text: str) -> bool:
    """Whether jieba reads all of `text` as common words: nouns, verbal nouns, set phrases (项目建设, 团委书记,
    初三年级), where a person's name gets a name's tag (李思远 nr) or pieces of odd tags (才|让|卓玛)."""
    return all(t in _COMMON_TAGS for _, t in tag(text))


_COMMON_TAGS: Final = frozenset({"n", "vn", "an", "b", "t", "nz", "ng", "l", "i", "j"})


# every one of these ends jieba's runs of CJK/alphanumeric characters (its RE_HAN), in any version
_RUN_ENDS: Final = frozenset("\n\t ,，。;；:：!！?？、()（）“”\"《》")


def run_bounds(norm: str, start: int, end: int) -> tuple[int, int]:
    """The stretch between punctuation around norm[start:end]: jieba reads it the same alone or in the text."""
    lo = start
    while lo > 0 and not _ends_run(norm, lo - 1):
        lo -= 1
    hi, size = end, len(norm)
    while hi < size and not _ends_run(norm, hi):
        hi += 1
    return lo, hi


def _ends_run(norm: str, at: int) -> bool:
    """Whether norm[at] is one of `_RUN_ENDS`. A Chinese character, most of a text, is answered by
    its code alone: compiled, `ord(norm[at])` reads it without making a string of the character,
    which the set look-up makes and hashes (run_bounds in the numbers stage: 50k -> 15k
    instructions an article, callgrind over the compiled build)."""
    code = ord(norm[at])
    return not 0x4E00 <= code <= 0x9FFF and norm[at] in _RUN_ENDS


def tag_at(norm: str, start: int, end: int) -> str | None:
    """jieba's POS for the token norm[start:end], read in its run; None if jieba cuts it otherwise there."""
    lo, hi = run_bounds(norm, start, end)
    pos = lo
    for word, t in tag(norm[lo:hi]):
        if pos == start:
            return t if pos + len(word) == end else None
        pos += len(word)
        if pos > start:
            return None
    return None


class Words:
    """The segmenter's words of one working-copy text: which word holds a character (`word_at`).

    Built from the words' ends where the text was cut whole (a spaCy Doc's tokens), or cut here, a
    run at a time, where a rule asks: jieba cuts each run between punctuation on its own (see
    `tag_at`), so a run cut alone gives the words the whole text gives there, and every character
    of `_RUN_ENDS` is a word of its own. The rules ask about a dozen runs an article (a sixth of its
    text): cutting the whole text, and making a string of each of its words, cost three times that
    (tests/test_words.py holds the two ways to agree at every character)."""

    def __init__(self, norm: str, ends: list[int] | None = None) -> None:
        self.norm = norm
        # a carriage return before a line feed makes one word of the two, across a run's end:
        # such a text is cut whole
        self._ends = ends if ends is not None or "\r" not in norm else _cut_ends(norm)
        self._runs: dict[int, list[int]] = {}  # a run's start -> where its words end (offsets in norm)
        self._lo = self._hi = 0  # the run `_last` holds, [lo, hi): the next question is often about it
        self._last: list[int] = []

    def ends(self) -> list[int]:
        """Where every word ends, the whole text cut once (for whoever needs every token)."""
        if self._ends is None:
            self._ends = _cut_ends(self.norm)
        return self._ends

    def word_at(self, pos: int) -> tuple[int, int]:
        """[start, end) of the word holding norm[pos]."""
        norm = self.norm
        ends = self._ends
        if ends is None and not 0 <= pos < len(norm):
            ends = self.ends()  # not a character of the text: answered as the words' ends answer it
        if ends is not None:
            k = bisect_right(ends, pos)
            return ends[k - 1] if k else 0, ends[k] if k < len(ends) else len(norm)
        if norm[pos] in _RUN_ENDS:
            return pos, pos + 1
        lo, hi = self._lo, self._hi
        if not lo <= pos < hi:
            lo, hi = run_bounds(norm, pos, pos + 1)
            if hi - lo == 1:
                return lo, hi  # a run of one character is a word: nothing to cut
            run = self._runs.get(lo)
            if run is None:
                run = self._runs[lo] = _cut_ends(norm[lo:hi], lo)
            self._lo, self._hi, self._last = lo, hi, run
        run = self._last
        k = bisect_right(run, pos)
        return run[k - 1] if k else lo, run[k]


def _cut_ends(text: str, offset: int = 0) -> list[int]:
    """Where each of the segmenter's words of `text` ends, counted from `offset`: `accumulate(map(len,
    words), initial=offset)[1:]`, which costs twice this loop once compiled (mypyc adds native
    integers and reads a string's length in C)."""
    ends: list[int] = []
    pos = offset
    for w in segmenter().cut(text):
        pos += len(w)
        ends.append(pos)
    return ends
