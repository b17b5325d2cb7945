"""Stage: script. The working copy every rule reads, and whether the original was traditional.

Rules are written once, for simplified characters and ASCII digits. The working copy maps the
original character for character (traditional -> simplified with OpenCC `t2s`, full-width ASCII
-> ASCII, ideographic space -> space, 「」 -> “”, markup a scrape left in -> blanks), so it always has the
original's length and an offset in one is the same offset in the other: spans found on the working
copy point into the original.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import ahocorasick_rs
import opencc

from .. import lexicon
from . import regex

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0x00A0] = 0x20
# a table drawn with box-drawing bars (类别│立案（件）) sets its cells apart as one with | does
_FULLWIDTH.update({0x2502: ord("|"), 0x2503: ord("|")})
# corner brackets are the traditional quote marks: rules read one kind of quote
_FULLWIDTH.update({ord("「"): ord("“"), ord("『"): ord("“"), ord("」"): ord("”"), ord("』"): ord("”")})
_NOT_CJK = regex.compile(r"[^\u3400-\u9fff]+")
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


class WorkingCopy:
    """A plain class, not a frozen dataclass: compiled, a frozen dataclass is built by its Python
    `__init__` (`object.__setattr__` a field), a plain class by native code (one made an article)."""

    def __init__(self, text: str, script: str, changed: int) -> None:
        self.text = text
        self.script = script  # "simplified" | "traditional"
        self.changed = changed  # characters OpenCC changed


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# markup a bad scrape left in a text (…提质增效<br>, &nbsp;&nbsp;一是…): blanks in the working copy, of the
# same length; a tag that breaks a line (br, p, div) a line break
_MARKUP = regex.compile(r"<(?:/?(?:br|p|div|span|strong|b|em|font|section)\b[^<>\n]{0,200}|img\b[^<>\n]{0,300})/?>"
                        r"|&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#\d{1,6});"
                        r"|&(?:ldquo|rdquo|lsquo|rsquo|mdash|hellip);", re.IGNORECASE)
_LINE_TAGS = ("<br", "<p", "</p", "<div", "</div")
# an entity of a mark the rules read (&ldquo;海南省…&rdquo;): the mark, beside what it encloses, and blanks for the rest
_OPENING_MARKS: Final = {"&ldquo;": "“", "&lsquo;": "‘"}
_CLOSING_MARKS: Final = {"&rdquo;": "”", "&rsquo;": "’", "&mdash;": "—", "&hellip;": "…"}


# a text converted from Markdown keeps its bold marks (…三个重点。**一是聚焦产业发展。**安排…, 读者**28.6万**人次): markup
# too, blanked; never a masked number's or name's stars (138****6620, 张**、李**): no bold pair opens beside a digit
# or before a mark
_MARKDOWN_BOLD: Final = regex.compile(r"(?<![*\d])\*\*(?=[^*\s、，,；;：:。])([^*\n]{1,80}?)(?<=[^*\s])\*\*(?!\*)")


def _blank_markup(text: str) -> str:
    if "**" in text:
        text = _MARKDOWN_BOLD.sub(r"  \1  ", text)
    if "<" not in text and "&" not in text:
        return text
    return _MARKUP.sub(_blank, text)


def _blank(m: re.Match) -> str:
    tag = m.group()
    lower = tag.lower()
    if lower in _OPENING_MARKS:
        return " " * (len(tag) - 1) + _OPENING_MARKS[lower]
    if lower in _CLOSING_MARKS:
        return _CLOSING_MARKS[lower] + " " * (len(tag) - 1)
    return ("\n" if lower.startswith(_LINE_TAGS) else " ") + " " * (len(tag) - 1)


def working_copy(original: str) -> WorkingCopy:
    folded = _fold(_blank_markup(original))
    if _surely_unchanged(folded):
        return WorkingCopy(folded, "simplified", 0)  # what converting it gives, at a tenth of the cost
    simplified = _t2s().convert(folded)
    if len(simplified) != len(folded):
        # a phrase rule changed the length: fall back to one character at a time, which cannot
        simplified = "".join(_one_char(ch) for ch in folded)
    if simplified == folded:
        return WorkingCopy(simplified, "simplified", 0)
    changed = _changed(folded, simplified)
    script = "traditional" if changed >= 3 and changed / _cjk_count(folded) >= 0.02 else "simplified"
    return WorkingCopy(simplified, script, changed)


def _changed(a: str, b: str) -> int:
    """At how many places `a` and `b` (of one length) differ: `sum(map(str.__ne__, a, b))`, which makes
    a string of every character it compares (0.07-0.14 ms a converted article), as a few operations
    on the texts whole (0.003): the texts as integers of 32 bits a character, XORed, are 0 in a
    character's 32 bits where the two agree. OR-ing each character's bits into its low byte (the
    higher bytes take the next character's bits, never read), the low bytes that are 0 are the
    characters alike (tests/test_front_shortcuts.py checks it against the comparison)."""
    x = int.from_bytes(a.encode("utf-32-le", "surrogatepass"), "little") \
        ^ int.from_bytes(b.encode("utf-32-le", "surrogatepass"), "little")
    x |= x >> 16
    x |= x >> 8
    return len(a) - x.to_bytes(4 * len(a), "little")[::4].count(0)


def _cjk_count(text: str) -> int:
    """The Chinese characters of `text` (1 at least): what is left with the runs of others cut out,
    not a list of every one of them (`_CJK.findall`, twice the time)."""
    return len(_NOT_CJK.sub("", text)) or 1


@lru_cache(maxsize=8192)
def _one_char(ch: str) -> str:
    out = _t2s().convert(ch)
    return out if len(out) == 1 else ch


# OpenCC replaces each longest dictionary key it finds by the key's first value. A text holding no
# character that a one-character key changes (`chars`) and no longer changed key made only of other
# characters (`phrase`) holds no changed key at all: every key found in it maps to itself, and the
# conversion gives the text back. Most texts are simplified already: on the corpus 15 of 135 are
# converted, and the check costs 0.009 ms/article where t2s costs 0.021 (hot; 0.077 in a pipeline).


@lru_cache(maxsize=1)
def _changes() -> tuple[re.Pattern, tuple[str, ...], ahocorasick_rs.AhoCorasick | None] | None:
    """What the installed OpenCC's t2s can change (`script.changes.tsv`): the characters it changes,
    as a class (with every character beyond the BMP, so that the class stays one fast bitmap); the
    characters it changes in phrases only, and those phrases. None where the rows were read from
    another OpenCC version: every text is then converted."""
    rows = lexicon.rows("script.changes")
    if [r["text"] for r in rows if r["kind"] == "opencc_version"] != [str(getattr(opencc, "__version__", ""))]:
        return None
    chars = sorted({c for r in rows if r["kind"] == "chars" for c in r["text"] if c <= "\uffff"})
    char_class = regex.compile("[" + "".join(re.escape(c) for c in chars) + "\U00010000-\U0010ffff]")
    phrases = [r for r in rows if r["kind"] == "phrase"]
    # one changed character of each phrase: a text with none of these holds no phrase
    leads = tuple(sorted({r["changed"][0] for r in phrases}))
    auto = ahocorasick_rs.AhoCorasick([r["text"] for r in phrases], implementation=ahocorasick_rs.Implementation.DFA) \
        if phrases else None
    return char_class, leads, auto


def _surely_unchanged(folded: str) -> bool:
    """Whether t2s is certain to give `folded` back (False where it may not: then it is converted)."""
    changes = _changes()
    if changes is None:
        return False
    char_class, leads, phrases = changes
    if char_class.search(folded):
        return False
    if phrases is not None and any(c in folded for c in leads):  # `in` finds a character at C speed
        return not phrases.find_matches_as_indexes(folded)
    return True
