"""Stage: script. The working copy every rule reads, and whether the original was traditional.

Rules are written once, for simplified characters and ASCII digits. The working copy maps the
original character for character (traditional -> simplified with OpenCC `t2s`, full-width ASCII
-> ASCII, ideographic space -> space, 「」 -> “”), so it always has the original's length and an offset in
one is the same offset in the other: spans found on the working copy point into the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

from . import regex

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0x00A0] = 0x20
# corner brackets are the traditional quote marks: rules read one kind of quote
_FULLWIDTH.update({ord("「"): ord("“"), ord("『"): ord("“"), ord("」"): ord("”"), ord("』"): ord("”")})
_CJK = regex.compile(r"[\u3400-\u9fff]")
# captured, so that `split` hands back each foldable character between the stretches around it
_FOLDABLE = regex.compile("([" + "".join(sorted(re.escape(chr(c)) for c in _FULLWIDTH)) + "])")
_FOLD_ONE = {chr(c): chr(to) for c, to in _FULLWIDTH.items()}


def _fold(text: str) -> str:
    # str.translate looks every character up (45-75 us an article), `sub` calls back into Python for
    # each one it folds (a Chinese comma is one); a split and a join fold them in C (9 us)
    parts = _FOLDABLE.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = map(_FOLD_ONE.__getitem__, parts[1::2])
    return "".join(parts)


@dataclass(frozen=True)
class WorkingCopy:
    text: str
    script: str  # "simplified" | "traditional"
    changed: int  # characters OpenCC changed


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def working_copy(original: str) -> WorkingCopy:
    folded = _fold(original)
    simplified = _t2s().convert(folded)
    if len(simplified) != len(folded):
        # a phrase rule changed the length: fall back to one character at a time, which cannot
        simplified = "".join(_one_char(ch) for ch in folded)
    if simplified == folded:
        return WorkingCopy(simplified, "simplified", 0)
    changed = sum(map(str.__ne__, folded, simplified))
    cjk = len(_CJK.findall(folded)) or 1
    script = "traditional" if changed >= 3 and changed / cjk >= 0.02 else "simplified"
    return WorkingCopy(simplified, script, changed)


@lru_cache(maxsize=8192)
def _one_char(ch: str) -> str:
    out = _t2s().convert(ch)
    return out if len(out) == 1 else ch
