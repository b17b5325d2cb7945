"""Character tests by code (titles.CodeSet, titles.is_han) in place of a string of the character looked
up in a set: each gives the set's answer, checked at every code point of the Basic Multilingual Plane
(and some beyond it) for the sets the honours modules ask, and the guards written with them give the
answers of the ways they replace on table texts, on corpus stretches and on random texts."""
from __future__ import annotations

import random
import re

import pytest

from extractor.stages import honors, recipients, titles
from extractor.text import scan
from .conftest import corpus_texts as _texts, stretches as _stretches

# every character a text may hold, surrogates left out (no str holds one alone in our texts)
_CODES = [c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF] + [0x10000, 0x20000, 0x2A6DF, 0x10FFFF]
_TEXT = "".join(chr(c) for c in _CODES)


def _sets() -> list[frozenset[str]]:
    """The sets of characters the stages ask by code: every Endings' last characters and every
    Openings' first ones of the lexicons, every wrapped pattern's first characters, the module sets."""
    w = honors._words()
    tw, rw = w.titles, w.recipients
    endings = list(tw.endings.values()) + list(w.frame_ends.values()) + [
        rw.head_words, rw.honorific_words, rw.post_words, rw.unnamed_words, rw.adverb_words]
    anchored = [tw.category, tw.lead, rw.scope, rw.anaphora, rw.pronoun, titles._LEADING_PARTICLE,
                titles._LEVEL_JOIN, recipients._HOME_PLACE, honors._OWN_AREA]
    return ([e.last for e in endings] + [tw.not_title_openings.first]
            + [a.firsts for a in anchored if a.firsts is not None]
            + [rw.lead_firsts, recipients._TAIL_LASTS, frozenset("一二两三四五六七八九十百千"),
               honors._HEADING_TAIL_LAST, honors._HEADING_LEAD_FIRST, frozenset(titles._QUOTE_MARKS),
               frozenset(), frozenset("a"), frozenset("\U00020000"), frozenset("ab\u4e00\uffff")])


@pytest.mark.parametrize("chars", _sets(), ids=lambda s: "".join(sorted(s))[:12] or "empty")
def test_code_set_is_the_set_at_every_code(chars):
    codes = titles.CodeSet(chars)
    for i, c in enumerate(_CODES):
        assert codes.has(_TEXT, i) == (chr(c) in chars), hex(c)
        assert codes.has_code(c) == (chr(c) in chars), hex(c)


def test_code_set_leaves_out_longer_strings():
    """A string of several characters is never one text[i]: the set's answer for it does not arise."""
    codes = titles.CodeSet(["ab", "c"])
    assert codes.has("c", 0) and not codes.has("a", 0) and not codes.has("b", 0)


def test_is_han_is_no_space_digit_or_mark():
    """Where `is_han` holds, the character is no space, no digit and in none of the edge and tail sets
    (the guards that skip those tests for it rely on this)."""
    marks = set(recipients._EDGE_MARKS) | set(titles._EDGE) | {"\n"}
    for i, c in enumerate(_CODES):
        ch = chr(c)
        assert titles.is_han(_TEXT, i) == (0x4E00 <= c <= 0x9FFF)
        if titles.is_han(_TEXT, i):
            assert not ch.isspace() and not ch.isdecimal() and ch not in marks, hex(c)


def _slow_stays_first(r: recipients.Reader, ch: str) -> bool:
    """`_stays_first` as it was, by the character and sets of strings."""
    return (ch not in recipients._EDGE_MARKS and ch not in r.words.lead_firsts and not ch.isspace() and not ch.isdecimal()
            and ch != "【"  # 【转载】: a page's tag, which the trim takes off
            and not "①" <= ch <= "⑳"  # ④漳源县: a list's circled number
            and not _PICTOGRAPH.fullmatch(ch))  # ✅ 3名农技人员: a post's pictograph


def _slow_stays_last(r: recipients.Reader, ch: str) -> bool:
    adverbs = r.words.adverb_words
    return adverbs.plain and ch not in recipients._TAIL_LASTS and ch not in adverbs.last and not _PICTOGRAPH.fullmatch(ch)


_PICTOGRAPH = re.compile(f"[{scan.PICTOGRAPHS}\ufe0f]")


def _slow_is_time(r: recipients.Reader, text: str) -> bool:
    if not text or text[0] not in r.words.lead_firsts and not text[0].isdecimal():
        return False
    return recipients._DATE.fullmatch(text) is not None or r.words.time.fullmatch(text) is not None


def test_trim_guards_by_code_at_every_character():
    r = recipients.Reader(_TEXT, [], honors._words().recipients)
    for i in range(len(_TEXT)):
        ch = _TEXT[i]
        assert recipients._stays_first(r, _TEXT, i) == _slow_stays_first(r, ch), hex(ord(ch))
        assert recipients._stays_last(r, _TEXT, i) == _slow_stays_last(r, ch), hex(ord(ch))


_ALPHABET = "于在2023年5月1日近日先后同时其中连续三年第十届共计 　\n、，:：“”王李县市０٣一二"


def test_is_time_is_the_patterns():
    r = recipients.Reader("", [], honors._words().recipients)
    rng = random.Random(31)
    made = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 10))) for _ in range(20000)]
    words = [w for ws in honors._words().titles.words_of.values() for w in ws]
    for text in made + _stretches(32, 200, 12) + words + [chr(c) for c in _CODES[::7]]:
        assert recipients.is_time(r, text) == _slow_is_time(r, text), text


def _slow_may_count(text: str) -> bool:
    return any(ch.isdecimal() or ch in "一二两三四五六七八九十百千" for ch in text)


def test_may_count_by_table():
    rng = random.Random(33)
    made = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 10))) for _ in range(20000)]
    for text in made + _stretches(34, 100, 20) + [chr(c) for c in _CODES[::3]]:
        assert recipients.may_count(text) == _slow_may_count(text), text


def _slow_heading_opening(norm: str, start: int, end: int) -> tuple[bool, bool, bool]:
    """The three character tests `_heading` makes, by the character, as they were."""
    tail = end > start and (norm[end - 1].isspace() or norm[end - 1] in honors._HEADING_TAIL_LAST)
    spaced = start < end and norm[start].isspace()
    lead = start < end and norm[start] in honors._HEADING_LEAD_FIRST
    return tail, spaced, lead


def test_heading_by_code_is_the_pattern():
    """`_heading` (its character tests now by code) is the heading pattern on every line of the corpus
    and on lines made of what a heading holds."""
    rng = random.Random(35)
    alphabet = "一二三、.．（()）名单12个：: 　\n最美家庭单位王"
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 50))) for _ in range(5000)]
    for text in _texts():
        lines.extend(text.split("\n"))
    for line in lines:
        assert honors._heading(line, 0, len(line)) == honors._slow_heading(line, 0, len(line)), line
    # and the character tests themselves, at every code
    for c in _CODES[::5]:
        ch = chr(c)
        tail, spaced, lead = _slow_heading_opening(ch, 0, 1)
        assert (honors._HEADING_TAIL_CODES.has(ch, 0) or not titles.is_han(ch, 0) and ch.isspace()) == tail
        assert (not titles.is_han(ch, 0) and ch.isspace()) == spaced
        assert honors._HEADING_LEAD_CODES.has(ch, 0) == lead


def test_endings_and_openings_are_endswith_and_startswith():
    tw = honors._words().titles
    rw = honors._words().recipients
    endings = list(tw.endings.values()) + [rw.head_words, rw.post_words, rw.unnamed_words, rw.adverb_words]
    texts = _stretches(36, 60, 14) + [w + t for w in tw.words_of.get("head", ())[:50] for t in ("", "”", "\n")]
    for text in texts:
        for e in endings:
            for a, b in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 1))):
                assert e.end(text, a, b) == text.endswith(e.words, a, b), (text, a, b)
        assert tw.not_title_openings.start(text) == text.startswith(tw.not_title_openings.words), text


def test_rank_only_guard_is_the_patterns():
    """`is_rank_only`'s guard (the last character, quote marks left out, by code) says no only where
    both patterns fail on the bare title."""
    tw = honors._words().titles
    words = [w for ws in tw.words_of.values() for w in ws]
    texts = words + ["“" + w + "”" for w in words] + ["一、二、三等奖", "“金奖”", "”", ""] + _stretches(37, 60, 10)
    for text in texts:
        plain = titles.bare(text)
        slow = tw.rank_prize.fullmatch(plain) is not None or titles._PLACINGS.fullmatch(plain) is not None
        assert titles.is_rank_only(text, tw) == slow, text
