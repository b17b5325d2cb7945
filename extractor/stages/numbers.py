"""Stage: numbers. Every number in the text, normalised, with what kind of number it is.

`quantities(text)` is the public reader (docs/quantities.md); the stage stores the same readings on
the Doc as `NumberMention`s. What is read:

- numerals of every script and their mixtures (`text/numerals.py`: 三百, 一千零十八, 3万4000, 壹佰,
  1.2万亿, 一万三, 二十几万, 三四十), signs (负三十二, -22.2%, 零下5度), units from `numbers.units.tsv`;
- qualifiers from `numbers.qualifiers.tsv` before (超过, 不少于), inside (30余场) and after (以上);
- ranges with every dash and 至/到 (3至5万元, 20–100小时, 10%-20%);
- shares and fractions (百分之十五, 千分之五, 三分之一, 3/4, 九成, 七五折);
- what is never a claim: dates, clock times, phone numbers, codes, ordinals (第三届, 一是, 一、),
  and numbers too large to be values (`too_large`).

A numeral is read only where it stands as a word: a Chinese numeral inside another word of the
segmenter (四川, 陆续, 收拾, 队伍, 统一) is a letter, and numbers inside URLs, e-mail addresses and
file names are not read at all.

One compiled regex reads the working copy, tried where the scan finds a character a number may
start on (`_CANDIDATE`, read by hand); the scan reads a plain number (128, 16.2万, 一) itself. Their digit runs are
possessive and every branch that starts on a digit looks behind for one, so the scan is linear
whatever the text (1 MB of digits followed by "." included); the values are exact and finite
(`numerals.BOUND`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final, NamedTuple

from .. import lexicon
from ..text import glosses, numerals, regex
from ..text.script import working_copy
from ..text.segment import Words, run_bounds, segmenter, tag
from . import doc as d
from .doc import NumberMention


class Quantity(NamedTuple):
    """One number expression of a text, as `quantities()` reads it (see docs/quantities.md)."""

    start: int  # [start, end) into the text, qualifier words and unit included
    end: int
    value: float  # the (lower) value, always finite; 0.0 where the kind has none (phone, code, too_large)
    value_max: float | None  # upper end of a range, else None
    unit: str  # as written after the number; money in 元 (万元/亿元 folded in), shares in %; "" if none
    qualifier: str  # exact, over, about, under
    kind: str  # number, percent, money, range, fraction; never a claim: date, time, phone, code, ordinal, too_large


def quantities(text: str) -> list[Quantity]:
    """Every number expression in `text` (any script, full-width or traditional), left to right."""
    return [_public(n) for n in find_numbers(working_copy(text).text)]


def find_numbers(norm: str, words: Words | None = None) -> list[NumberMention]:
    """Every number expression in a working-copy text, left to right (what the stage stores).

    `words`: the segmenter's words of `norm`, if they are at hand (the pipeline's tokenizer sets
    them); the same cut is made here otherwise, where asked. A page with pinyin glosses
    (2.6萬(wàn)人次) is read without them, its numbers spanning the glosses inside them."""
    if not _may_have_glosses(norm) or not glosses.has_glosses(norm):
        return _scan(norm, words)
    plain = glosses.Unglossed(norm)
    return [_in_text(n, plain) for n in _scan(plain.text)]


# what a gloss's syllable opens on: an initial (zh, ch, sh start on z, c, s) or a vowel
_GLOSS_OPENERS: Final = frozenset("bpmfdtnlgkhjqxrzcsyw" + glosses._VOWELS)


def _may_have_glosses(norm: str) -> bool:
    """Whether a bracket stands after an ideograph and before what a syllable opens on: where none
    does, `glosses.has_glosses` is False. Most texts hold brackets after ideographs, before more of
    them (（以下简称）, （记者）): answered here, compiled, where the interpreted `has_glosses` tried
    its pattern at each (tests/test_numents_scan.py holds the two to agree)."""
    for bracket in "(（":
        at = norm.find(bracket)
        while at != -1:
            if at and 0x3400 <= ord(norm[at - 1]) <= 0x9FFF and norm[at + 1:at + 2] in _GLOSS_OPENERS:
                return True
            at = norm.find(bracket, at + 1)
    return False


def _in_text(n: NumberMention, plain: glosses.Unglossed) -> NumberMention:
    """A number read in the plain text, with its offsets in the glossed text."""
    start, end = plain.start, plain.end
    (n_start, n_end, value, value_max, unit, unit_start, unit_end, kind, qualifier, numeral, num_start,
     num_end) = n  # unpacked (compiled, the tuple's slots are read in C; `_replace` is Python code)
    unit_start = end(unit_start) if unit_start == unit_end else start(unit_start)
    return _mention(start(n_start), end(n_end), value, value_max, unit, unit_start, end(unit_end), kind, qualifier,
                    numeral, start(num_start), end(num_end))


# -- the pattern ----------------------------------------------------------------------------------

_SP = "[ ]?"
_AR = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++)?"
_CN_DIGITS = "".join(numerals.DIGITS)
_NUMCH = numerals.CHARS
_REGULAR = "零〇一二两三四五六七八九几十百千万亿"
_FINANCIAL = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿"
# one numeral is written in one script: Arabic digits only where a place or magnitude came before
# (3万4000, 5万4千6百), Chinese digits never right after Arabic ones; financial numerals apart
# (队伍1260支 and 队伍三百支 hold no numeral 伍1260 or 伍三百)
_REGULAR_BODY = rf"(?:[十百千万亿]|(?<=[十百千万亿零〇]){_AR}|(?<!\d)[零〇一二两三四五六七八九几])*+"
_FINANCIAL_BODY = rf"[{_FINANCIAL}]*+"
_ELEMENT = rf"(?:{_AR}|[{_NUMCH}])"
# 三点五 is 3.5; 三点五十分 is a clock time: a decimal part never runs into 十/百/千
_DECIMAL = rf"(?:点[{_CN_DIGITS}]++(?![十拾百佰千仟])[万亿]*+)?"
# a numeral starts on a digit or a Chinese digit (十二 too); never inside another numeral (万一)
_RUN = (rf"(?:(?:(?<![\d.]){_AR}|(?<![{_REGULAR}])[零〇一二两三四五六七八九十]){_REGULAR_BODY}{_DECIMAL}"
        rf"|(?<![{_FINANCIAL}])[壹贰叁肆伍陆柒捌玖拾]{_FINANCIAL_BODY})(?!\.\d)")
_RUN_ANY = rf"{_ELEMENT}++{_DECIMAL}(?!\.\d)"
_SEP = "——|[-–—―~〜至到]"
# a minus sign follows neither a word nor a number nor a line start (a bullet): 同比-22.2%
_MINUS = r"(?<=[^A-Za-z0-9_.)\]%\s])[-−](?=\d)"
_CLAUSE_START = r"(?:(?<=[\n。;!?,:\s])|^)"
# what a minus sign may stand before: a rate, a measure, a sum (同比-22.2%, -5℃); counts are never negative
_SIGNED: Final = frozenset({"percent", "measure", "money", "temperature"})
_ALTERNATIVE = regex.compile(r"[(（]([\u4e00-\u9fff]{1,2})[)）]")
_BRACKET_OPENS: Final = frozenset("(（")  # what `_ALTERNATIVE` starts on: a cheap first test
_LINE_START = r"(?:(?<=\n)|^)"


class _Tables:
    """Everything the scan reads from the lexicons, built once per process (`_tables`). A plain
    class, not a NamedTuple: the compiled module reads its fields as struct fields, and the scan
    reads several per number."""

    units: dict[str, tuple[str, float]]  # unit -> (kind, factor)
    # first character -> (the longer units starting on it, longest first; the character if a unit, else "")
    units_by_start: dict[str, tuple[tuple[str, ...], str]]
    qualifiers: dict[tuple[str, str], str]  # (position, word) -> qualifier
    pre: re.Pattern  # a pre/bare qualifier ending where the number starts
    pre_ends: frozenset[str]  # the last characters of those words, 了 and a space: a cheap first test
    pre_reach: int
    post: re.Pattern
    post_starts: frozenset[str]
    unit_reach: int  # the longest unit
    suffix: re.Pattern  # what may follow a numeral inside one segmenter word: 三百余|场, 百场, 两千户
    not_number: frozenset[str]
    lead: frozenset[str]
    not_unit: re.Pattern
    not_unit_starts: frozenset[str]  # the first characters of those words: most units start on none
    phase_next: re.Pattern  # after 二期, 三期: a project's phase (三期工程)
    session_nouns: frozenset[str]  # 二期 right after one counts sessions held (培训班二期)
    holding: tuple[str, ...]  # 二期, 三期 right after one are sessions held (开展三期…培训)
    serving: tuple[str, ...]  # days right after one are days served (全年开放358天)
    # the three sets above as bits per ideograph (`_PRE_END`, `_POST_START`, `_NOT_UNIT_START`): `_edge`
    edges: bytes

    def __init__(self) -> None:
        units = {r["unit"]: (r["kind"], float(r["factor"] or 1)) for r in lexicon.rows("numbers.units")}
        quals = {(r["position"], r["word"]): r["qualifier"] for r in lexicon.rows("numbers.qualifiers")}
        pre_words = [w for (p, w) in quals if p in ("pre", "bare")]
        post_words = [w for (p, w) in quals if p == "post"]
        unit_alt = lexicon.alternation(units)
        rows = lexicon.rows("numbers.words")
        not_units = [r["word"] for r in rows if r["kind"] == "not_unit"]
        by_start: dict[str, list[str]] = {}
        for unit in sorted(units, key=len, reverse=True):
            by_start.setdefault(unit[0], []).append(unit)
        self.units = units
        self.units_by_start = {first: (tuple(w for w in words if len(w) > 1), first if first in units else "")
                               for first, words in by_start.items()}
        self.qualifiers = quals
        self.pre = regex.compile(rf"(?P<word>{lexicon.alternation(pre_words)})了?[ ]?$")
        self.pre_ends = frozenset({w[-1] for w in pre_words} | {"了", " "})
        self.pre_reach = max(map(len, pre_words)) + 2
        self.post = regex.compile(lexicon.alternation(post_words))
        self.post_starts = frozenset(w[0] for w in post_words)
        self.unit_reach = max(map(len, units))
        self.suffix = regex.compile(rf"(?:{unit_alt}|[余多来几万亿]|{lexicon.alternation(post_words)})+")
        self.not_number = frozenset(r["word"] for r in rows if r["kind"] == "not_number")
        self.lead = frozenset(r["word"] for r in rows if r["kind"] == "lead") | frozenset(pre_words)
        # (5部|分别获奖: 分别 after a count takes the noun's last letter, and the measure word stays one)
        self.not_unit = regex.compile(f"(?:{lexicon.alternation(not_units)})(?!别)")
        self.not_unit_starts = frozenset(w[0] for w in not_units)
        self.phase_next = regex.compile(lexicon.alternation(r["word"] for r in rows if r["kind"] == "phase_next"))
        self.session_nouns = frozenset(r["word"] for r in rows if r["kind"] == "session_noun")
        self.holding = tuple(r["word"] for r in rows if r["kind"] == "holding")
        self.serving = tuple(r["word"] for r in rows if r["kind"] == "serving")
        edges = bytearray(_CJK_LAST - _CJK_FIRST + 1)
        for bit, chars in ((_PRE_END, self.pre_ends), (_POST_START, self.post_starts),
                           (_NOT_UNIT_START, self.not_unit_starts)):
            for ch in chars:
                if _CJK_FIRST <= ord(ch) <= _CJK_LAST:
                    edges[ord(ch) - _CJK_FIRST] |= bit
        self.edges = bytes(edges)


# The scan asks of every number whether a qualifier may end before it or start after it, and of a
# unit whether a word that is none starts there: a character in a set, most often an ideograph.
# Compiled, `norm[pos] in the_set` makes a string of the character and hashes it; an ideograph's
# bits are one byte read (`_edge`; tests/test_numents_scan.py holds them to the sets)
_PRE_END: Final = 1
_POST_START: Final = 2
_NOT_UNIT_START: Final = 4


def _edge(lex: _Tables, text: str, pos: int, bit: int, chars: frozenset[str]) -> bool:
    """`text[pos:pos + 1] in chars`, where `chars` is the set of `lex` that `bit` stands for."""
    if pos >= len(text):
        return False
    code = ord(text[pos])
    if _CJK_FIRST <= code <= _CJK_LAST:
        return bool(lex.edges[code - _CJK_FIRST] & bit)
    return text[pos] in chars


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def _words(*positions: str) -> list[str]:
    return [w for (p, w) in _tables().qualifiers if p in positions]


# every match starts on a digit, a numeral, 第, 负 or a sign
_STARTS = rf"[\d{_NUMCH}第负\-−]"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    bare_after = "".join(sorted({w[-1] for w in _words("pre", "bare")}))
    # 6TB, 48GB: a unit of the lexicon in Latin letters after the digits makes a quantity, not a code (5G, 3D)
    latin_units = "|".join(sorted((r["unit"] for r in lexicon.rows("numbers.units") if r["unit"].isascii()
                                   and r["unit"].isalpha()), key=len, reverse=True)) or "(?!)"
    # the lookahead lets a search skip everything else at C speed (5x faster on report text than
    # trying each branch everywhere); the scan itself finds the starts with `_CANDIDATE`
    return regex.compile(
        rf"""
        (?={_STARTS})
        (?:
        (?=[\d\-])  # the branches below start on a digit (code: on a hyphen after letters)
        # and each needs a letter before it, a digit run ended by one of [-/.:] or a letter, or 7
        # digits: one test spares most numbers the four branches
        (?=(?<=[A-Za-z_])|\d++[-/.:A-Za-z_]|\d{{7}})
        (?:
          (?P<date>(?<!\d)\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?!\d)|(?<!\d)\d{{1,2}}\.\d{{1,2}}\.\d{{4}}(?!\d))
        | (?P<clock>(?<!\d)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d))
        | (?P<phone>(?<!\d)(?:\d{{3,4}}-)?\d{{7,8}}(?![\d万亿元])
                  |(?<!\d)1[3-9]\d{{9}}(?!\d)|(?<!\d)400-?\d{{3}}-?\d{{4}}(?!\d))
        | (?P<code>(?<=[A-Za-z_])-?\d[A-Za-z0-9_.\-]*+|(?<![\d.])\d++(?=[A-Za-z_])(?!(?:{latin_units})(?![A-Za-z_]))|(?<![\d.])\d++(?:\.\d++){{2,}})
        )
      | (?P<year>(?<![{_NUMCH}])[零〇一二三四五六七八九]{{4}}(?=年))
      | (?P<ordinal>第{_SP}(?P<onum>{_RUN_ANY})
               |{_CLAUSE_START}(?P<opener>[一二三四五六七八九十]{{1,3}})(?=是)
               |{_LINE_START}(?P<listed>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})(?=、|\.(?!\d)))
      | (?P<share>百分百|(?P<per>[百千])分之(?P<snum>{_RUN_ANY})
               (?:{_SP}(?P<ssep>{_SEP}){_SP}(?:[百千]分之)?(?P<snum2>{_RUN_ANY}))?)
      | (?=(?s:.){{1,3}}?[/成折])  # every fraction below has its mark in the first four characters
        (?P<fraction>(?<![\d/.])(?P<fa>\d{{1,2}})/(?P<fb>\d{{1,2}})(?![\d/])
               |(?<![{_NUMCH}])(?P<cheng>[一二两三四五六七八九十])成
               |(?<![{_NUMCH}\d.])(?P<zhe>[一二三四五六七八九]{{1,2}}|\d\.\d|\d{{1,2}})折)
      | (?P<qty>
          (?P<sign>负|零下|{_MINUS})?
          (?P<num>{_RUN}|(?<=[{bare_after}])[百千万]{_REGULAR_BODY}|(?<![{_NUMCH}\d])[百千万](?=[余多]))
          (?:
            分之(?P<fnum>{_RUN_ANY})
          | (?:[ ](?P<mag>[万亿]++))?
            (?:{_SP}(?P<approx>{lexicon.alternation(_words("approx"))})(?P<mag_after>[万亿]++)?)?
          )
        )
        )
        """,
        re.VERBOSE,
    )


# the ordinal branch of `_pattern` that opens on 第, alone: the only branch that may match there
# (tests/test_numents_scan.py holds the two to the same matches at every 第)
_ORDINAL_AFTER_DI: Final = regex.compile(rf"第{_SP}(?P<onum>{_RUN_ANY})")


@lru_cache(maxsize=1)
def _range_pattern() -> re.Pattern:
    """The upper end of a range after a number (3至5万, 3万元至5万元, 20 - 100小时), its unit written
    on both ends or on neither. Tried only where a dash or 至/到 stands close enough (`_tail`)."""
    units = lexicon.alternation(_tables().units)
    return regex.compile(
        rf"{_SP}(?P<unit1>{units})?{_SP}(?P<sep>{_SEP}){_SP}(?P<num2>{_RUN})(?(unit1){_SP}(?P=unit1))")


_SEP_STARTS: Final = "-–—―~〜至到"  # every character `_SEP` starts on
_SEP_START: Final = regex.compile(f"[{_SEP_STARTS}]")

# What no plain number stands before: what the pattern could read on (a digit, a decimal point, a
# numeral or magnitude, 点, 分之, a space before 万, 余/多/来), a date's, a clock's or a code's
# separator, a letter, and the marks of fractions and list numbers (3/4, 7折, 九成, 1、, 一是); a comma
# only before a digit (1,200: thousands)
_NOT_AFTER_PLAIN = rf"\d.\-/:、折成是点 分余多来A-Za-z_{_NUMCH}"
# Where a number may start, and the plain numbers the scan reads itself (by hand, `_next_start` and
# `_plain_end` below: this pattern is their definition, which the tests hold them to). Where the start is a plain number (128, 16.2万: no letter, point or digit before it, under
# 7 digits; 一, 三: one Chinese digit, no numeral before it; none of the above after either), it runs
# on to the number's end and the empty group takes part: every branch of `_pattern` but the quantity
# fails on such a number, and the quantity reads it with no sign, magnitude after a space or 余/多
# (tests/test_numbers_scan.py holds the two to agree). Most numbers of a report are plain (19 of 33
# matches an article), and a match of the pattern costs some five times reading them so.
_CANDIDATE: Final = regex.compile(
    rf"{_STARTS}(?:(?:(?<=(?<![A-Za-z_.\d])[0-9])[0-9]{{0,5}}+(?!\d)(?:\.[0-9]++)?[十百千万亿]*+"
    rf"|(?<=(?<![{_NUMCH}\d.])[一二两三四五六七八九]))(?![{_NOT_AFTER_PLAIN}]|,\d)())?")

# The scan reads `_CANDIDATE` by hand (`_next_start`, `_plain_end`; tests/test_numbers_scan.py holds
# the two to agree): the search was a regex call per number (its arguments parsed, a state made, a
# match object built) and a character class with a Unicode category tried on every character, a
# fifth of the stage; compiled, a loop reads a character's code without making a string of it.
_CJK_FIRST: Final = 0x4E00  # the CJK ideographs: most of a text, every start character but 〇 among them
_CJK_LAST: Final = 0x9FFF
# what a character is to `_CANDIDATE`, as bits
_START: Final = 1  # `_STARTS` holds it
_MAGNITUDE: Final = 2  # 十百千万亿
_CN_DIGIT: Final = 4  # 一二两三四五六七八九: a plain Chinese number
_NOT_AFTER: Final = 8  # no plain number stands before it (`_NOT_AFTER_PLAIN`)
_NOT_BEFORE_ARABIC: Final = 16  # no plain Arabic number stands after it: A-Za-z_. and digits
_NOT_BEFORE_CN: Final = 32  # no plain Chinese number stands after it: numerals, digits and .
_DIGIT: Final = 64  # \d: a digit of any script
_ASCII_DIGIT: Final = 128  # 0-9
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _flags_of(ch: str) -> int:
    """What `ch` is to `_CANDIDATE` (the classes of its pattern, as bits)."""
    digit = ch.isdecimal()  # what \d matches in a str pattern
    return ((_START if digit or ch in _NUMCH or ch in "第负-−" else 0)
            | (_MAGNITUDE if ch in "十百千万亿" else 0)
            | (_CN_DIGIT if ch in "一二两三四五六七八九" else 0)
            | (_NOT_AFTER if digit or ch in _LETTERS or ch in _NUMCH or ch in ".-/:、折成是点 分余多来_" else 0)
            | (_NOT_BEFORE_ARABIC if digit or ch in _LETTERS or ch in "_." else 0)
            | (_NOT_BEFORE_CN if digit or ch in _NUMCH or ch == "." else 0)
            | (_DIGIT if digit else 0)
            | (_ASCII_DIGIT if "0" <= ch <= "9" else 0))


_ASCII_FLAGS: Final = bytes(_flags_of(chr(code)) for code in range(0x80))


def _cjk_flags() -> bytes:
    """`_flags_of` of every ideograph: nought but for the few characters the classes list (no
    ideograph is a digit)."""
    table = bytearray(_CJK_LAST - _CJK_FIRST + 1)
    for ch in _NUMCH + "第负折成是点分余多来":
        if _CJK_FIRST <= ord(ch) <= _CJK_LAST:
            table[ord(ch) - _CJK_FIRST] = _flags_of(ch)
    return bytes(table)


_CJK_FLAGS: Final = _cjk_flags()


def _flags(text: str, pos: int) -> int:
    """`_flags_of(text[pos])`, read from a table where the character is ASCII or an ideograph
    (compiled, `ord(text[pos])` makes no string of it)."""
    code = ord(text[pos])
    if code < 0x80:
        return _ASCII_FLAGS[code]
    if _CJK_FIRST <= code <= _CJK_LAST:
        return _CJK_FLAGS[code - _CJK_FIRST]
    return _flags_of(text[pos])


def _next_start(text: str, pos: int, size: int) -> int:
    """Where `_CANDIDATE` matches next at or after `pos` (a character of `_STARTS`); `size` if nowhere."""
    while pos < size:
        code = ord(text[pos])
        if _CJK_FIRST <= code <= _CJK_LAST:  # most of a text: one byte read
            if _CJK_FLAGS[code - _CJK_FIRST] & _START:
                return pos
        elif code < 0x80:
            if _ASCII_FLAGS[code] & _START:
                return pos
        elif 0x2000 <= code <= 0x206F or (0x3000 <= code <= 0x303F and code != 0x3007):
            pass  # punctuation (“”—…, 、。《》): no digit there, and no start but 〇
        elif _flags_of(text[pos]) & _START:
            return pos
        pos += 1
    return size


def _plain_end(text: str, start: int, size: int) -> int:
    """Where the plain number `_CANDIDATE` reads at `start` ends (its empty group); -1 if none starts there."""
    flags = _flags(text, start)
    if flags & _ASCII_DIGIT:
        if start and _flags(text, start - 1) & _NOT_BEFORE_ARABIC:
            return -1
        end = start + 1
        limit = min(start + 6, size)  # possessive: six digits at most, then no digit
        while end < limit and _flags(text, end) & _ASCII_DIGIT:
            end += 1
        if end < size and _flags(text, end) & _DIGIT:
            return -1
        if end + 1 < size and text[end] == "." and _flags(text, end + 1) & _ASCII_DIGIT:
            end += 2
            while end < size and _flags(text, end) & _ASCII_DIGIT:
                end += 1
        # with the decimal part or without it: without it a point follows, which no plain number stands before
        while end < size and _flags(text, end) & _MAGNITUDE:
            end += 1
    elif flags & _CN_DIGIT:
        if start and _flags(text, start - 1) & _NOT_BEFORE_CN:
            return -1
        end = start + 1
    else:
        return -1
    if end < size:
        after = _flags(text, end)
        if after & _NOT_AFTER:
            return -1
        if text[end] == "," and end + 1 < size and _flags(text, end + 1) & _DIGIT:
            return -1
    return end


def _unit_at(lex: _Tables, text: str, pos: int) -> str:
    """The longest unit at text[pos:], "" if none (what an alternation of the units, longest first,
    matches): one dict look-up on the first character, where the alternation tries every unit."""
    if pos >= len(text):
        return ""
    found = lex.units_by_start.get(text[pos])
    if found is None:
        return ""
    longer, alone = found
    for unit in longer:
        # a slice compared, not text.startswith(unit, pos): compiled, a call with a position is a
        # generic method call, three times the slice
        if text[pos:pos + len(unit)] == unit:
            end = pos + len(unit)
            if unit[-1] == "日" and text[end:end + 1] in _DAY_WORD_NEXT:
                continue  # 50人|日前参加, 20人|日夜值守: 日 opens the next word, no 人日 (person-days)
            return unit
    return alone  # the first character is known to match: no call to say so


_DAY_WORD_NEXT: Final = frozenset("前夜常益")  # 日前, 日夜, 日常, 日益: words that open with 日


# what follows a number (`_tail`): unit ("" if none), unit start, unit end, the upper end of a
# range (None if none), where it all ends; a plain tuple, which the compiled module builds in C
_Tail = tuple[str, int, int, str | None, int]


def _next_sep(text: str, pos: int) -> int:
    """Where the first character a range's separator starts on stands at or after `pos`; len(text) if none."""
    found = _SEP_START.search(text, pos)
    return found.start() if found is not None else len(text)


def _tail(lex: _Tables, text: str, pos: int, sep: int = -1, start: int = -1) -> _Tail:
    """What follows a number ending at `pos`: a range's upper end (its unit written on both ends,
    or on neither and then after the upper end), then a unit. As the pattern would read it with
    these parts in it: each the first way it can be read, the range first. `sep`: `_next_sep(text,
    pos)` if the caller knows it (the scan keeps it), else looked up here. `start`: where the number starts, if
    known: where two blanks stand right before it (`_set_off`), two may stand before its unit too."""
    num2: str | None = None
    if sep < 0:
        sep = _next_sep(text, pos)
    # a range needs its dash or 至 within a space, a unit and a space: most numbers have none near
    if sep < min(pos + lex.unit_reach + 3, len(text)):
        r = _range_pattern().match(text, pos)
        if r is not None:
            unit1 = r.group("unit1")
            if unit1:
                return unit1, r.start("unit1"), r.end("unit1"), r.group("num2"), r.end()
            num2, pos = r.group("num2"), r.end()
    at = pos
    wide = False
    if at < len(text) and text[at] == " ":
        at += 1  # 28.6万 人次: a blank; or a figure set off by two on each side, as a bold mark's are blanked
        # (读者**28.6万**人次; not …/2025-12345　　发布机构)
        if at < len(text) and text[at] == " " and _set_off(text, start):
            at, wide = at + 1, True
    unit = _unit_at(lex, text, at)
    if unit and wide and at + len(unit) < len(text) and "\u4e00" <= text[at + len(unit)] <= "\u9fff":
        unit = ""  # (调解组织  45  人民调解员: the next column of a table, whose first word a unit opens)
    if unit:
        return unit, at, at + len(unit), num2, at + len(unit)
    return "", pos, pos, num2, pos


# -- where the words are ---------------------------------------------------------------------------

class _Segments:
    """The segmenter's words: the Doc's in the pipeline, else cut where the scan asks (`Words`).

    A word is a dictionary word: a longer token that jieba's HMM guessed (有三人, 逾千人: a verb or
    a qualifier glued onto a numeral) counts as its characters, as a cut without HMM gives them.
    """

    def __init__(self, norm: str, words: Words | None = None) -> None:
        self._norm = norm
        self._words = words if words is not None else Words(norm)

    def word_at(self, pos: int) -> tuple[int, int]:
        """[start, end) of the word holding norm[pos]."""
        start, end = self._words.word_at(pos)
        if end - start > 1 and not _is_word(self._norm[start:end]):
            return pos, pos + 1
        return start, end


# the segmenter's answer per word, kept: the words around numbers repeat (一个, 人次, 万元), and a
# dict look-up costs a tenth of the call into the segmenter; the memo stops growing when full
_WORDS: Final[dict[str, bool]] = {}
_WORDS_SIZE: Final = 8192


def _is_word(text: str) -> bool:
    known = _WORDS.get(text)
    if known is None:
        known = bool(segmenter().has_word(text))
        if len(_WORDS) < _WORDS_SIZE:
            _WORDS[text] = known
    return known


def _inside_word(lex: _Tables, seg: _Segments, norm: str, start: int, end: int) -> bool:
    """Is the Chinese numeral norm[start:end] a letter of another word (四川, 统一, 一些, 一起)?"""
    w_start, w_end = seg.word_at(start)
    if w_start < start and norm[w_start:start] not in lex.lead:
        return True
    if w_start == start and w_end >= end and norm[w_start:w_end] in lex.not_number:
        return True  # (一点 a little; 一点二六亿: the numeral runs on past the word, a decimal)
    if w_end < end:
        _, w_end = seg.word_at(end - 1)
    return w_end > end and not _is_suffix(lex, norm[end:w_end])


# `_Tables.suffix`'s answer per text, kept as `_WORDS` is: the rest of a word after a numeral repeats (些, 起, 个)
_SUFFIXES: Final[dict[str, bool]] = {}


def _is_suffix(lex: _Tables, text: str) -> bool:
    known = _SUFFIXES.get(text)
    if known is None:
        known = lex.suffix.fullmatch(text) is not None
        if len(_SUFFIXES) < _WORDS_SIZE:
            _SUFFIXES[text] = known
    return known


def _whole_word(t: _Text, start: int, end: int, joins_at: int = -1) -> bool:
    """Is norm[start:end] a word of its own (超过; not the 超 of 超市, the 约 of 签约)? It may run on
    into the number at `joins_at` (近三年), and follow a lead glued onto it (共约300人)."""
    w_start, _ = t.seg.word_at(start)
    if w_start != start and t.norm[w_start:start] not in t.lex.lead:
        return False
    _, w_end = t.seg.word_at(end - 1)
    return w_end == end or end == joins_at


# -- URLs, e-mail addresses, file names ---------------------------------------------------------------

_URL = regex.compile(r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+=%]+")
_EMAIL_DOMAIN = regex.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_FILE_EXT = regex.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|txt|csv|zip|rar|7z|jpe?g|png|gif|bmp|mp3|mp4|avi|html?)"
                       r"(?![A-Za-z0-9])", re.IGNORECASE)
# the last character before a position that cannot be part of an e-mail user name / of the Latin
# tail of a file name (附件3.pdf, IMG_2023.jpg; a Chinese name's own numbers are read as usual)
_NOT_LOCAL = regex.compile(r"(?s:.*)[^A-Za-z0-9._%+\-]")
_NOT_FILE = regex.compile(r"(?s:.*)[^A-Za-z0-9_\-.]")
_REACH = 64  # the longest user name or file name looked back for


def _name_before(pos: int, norm: str, stop: re.Pattern) -> int:
    """Where a name ending at `pos` starts: after the last `stop` character, at most _REACH back."""
    floor = max(0, pos - _REACH)
    last = stop.match(norm, floor, pos)
    return last.end() if last else floor


def _shielded(norm: str) -> str:
    """The text with URLs, e-mail addresses and file names blanked out (same length): no numbers there."""
    spans: list[tuple[int, int]] = []
    if "://" in norm or "www." in norm:
        spans += [m.span() for m in _URL.finditer(norm)]
    at = norm.find("@")
    while at != -1:
        local = _name_before(at, norm, _NOT_LOCAL)
        domain = _EMAIL_DOMAIN.match(norm, at + 1)
        if local < at and domain:
            spans.append((local, domain.end()))
        at = norm.find("@", at + 1)
    if _may_have_extension(norm):
        for m in _FILE_EXT.finditer(norm):
            name = _name_before(m.start(), norm, _NOT_FILE)
            if name < m.start():
                spans.append((name, m.end()))
    return _blanked(norm, spans) if spans else norm


def _may_have_extension(norm: str) -> bool:
    """Whether a point stands before anything but a digit (7 aside: .7z): where none does,
    `_FILE_EXT` matches nothing. A report's points are decimal points (16.2万): str.find answers for
    them, where the pattern's search cost a fiftieth of the stage (tests/test_numents_scan.py)."""
    at = norm.find(".")
    while at != -1:
        following = norm[at + 1:at + 2]
        if not "0" <= following <= "9" or following == "7":  # (a point ending the text: True, no harm)
            return True
        at = norm.find(".", at + 1)
    return False


def _blanked(norm: str, spans: list[tuple[int, int]]) -> str:
    """`norm` with every span (they may overlap) blanked by NULs: the pieces between them joined,
    where a list of every character of the text was made and joined again."""
    pieces: list[str] = []
    done = 0
    for a, b in sorted(spans):
        if b <= done:
            continue
        a = max(a, done)
        pieces.append(norm[done:a])
        pieces.append("\x00" * (b - a))
        done = b
    pieces.append(norm[done:])
    return "".join(pieces)


# -- the scan ---------------------------------------------------------------------------------------

class _Text:
    """One scan's text, its words and the tables: what every reading below consults."""

    def __init__(self, norm: str, scan: str, words: Words | None) -> None:
        self.norm = norm
        self.scan = scan  # `norm` with URLs, e-mail addresses and file names blanked: what is scanned
        self.seg = _Segments(norm, words)
        self.lex = _tables()
        self._seps: list[int] | None = None  # where `_SEP_STARTS` stand in `scan`, found when first asked
        self._next = 0  # the first of `_seps` at or after the position last asked about

    def sep_from(self, pos: int) -> int:
        """`_next_sep(self.scan, pos)`, read from where every separator stands: each of their
        characters found by str.find, at memchr speed, where the class was tested at every
        character (45k -> 36k instructions an article, callgrind over the compiled build, most of
        them now the bisect); a text holds few of them."""
        seps = self._seps
        if seps is None:
            seps = self._seps = _separators(self.scan)
        # the scan asks from left to right: the answer is where the last one was, or a few further
        # (a bisect, a generic call, cost more than the walk); looked up afresh only for a step back
        k = self._next
        if k and seps[k - 1] >= pos:
            k = bisect_left(seps, pos)
        while k < len(seps) and seps[k] < pos:
            k += 1
        self._next = k
        return seps[k] if k < len(seps) else len(self.scan)


def _separators(text: str) -> list[int]:
    """Where each character of `_SEP_STARTS` stands in `text`, in order."""
    found: list[int] = []
    for ch in _SEP_STARTS:
        at = text.find(ch)
        while at != -1:
            found.append(at)
            at = text.find(ch, at + 1)
    found.sort()
    return found


def _set_off(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] == " " and text[start - 2] == " "


def _scan(norm: str, words: Words | None = None) -> list[NumberMention]:
    scan = _shielded(norm)
    t = _Text(norm, scan, words)
    found: list[NumberMention] = []
    match = _pattern().match
    search = _pattern().search
    size = len(scan)
    pos = 0
    while True:
        start = _next_start(scan, pos, size)
        if start == size:
            break
        mention: NumberMention | None
        plain_end = _plain_end(scan, start, size)
        if plain_end >= 0:  # a plain number (`_CANDIDATE`): what the pattern would read
            pos = plain_end
            tail = _tail(t.lex, scan, pos, t.sep_from(pos), start)
            mention = _quantity(t, tail, start, scan[start:pos], start, pos, None)
            pos = tail[4]  # the scan goes on after the range and the unit
            if mention is not None:
                found.append(mention)
            continue
        if scan[start] == "负" and not (start + 1 < size and _flags(scan, start + 1) & _START):
            # 负责, 负担: a sign needs a number after it, and 负 opens no other branch of the pattern;
            # the scan goes on from the next character, as the pattern's search would (its matches
            # start where `_next_start` stops), without the two calls
            pos = start + 1
            continue
        if scan[start] == "第":
            # 第三届, 第12名: of the pattern's branches only the ordinal's opens on 第, and it alone
            # matches there as the whole pattern does (a fifth of its instructions); where it does not,
            # the scan steps on as after 负
            o = _ORDINAL_AFTER_DI.match(scan, start)
            if o is None:
                pos = start + 1
            else:
                pos = o.end()
                found.append(_ordinal_number(o.group("onum"), start, pos))
            continue
        m = match(scan, start)
        if m is None:
            # no number starts here (负责, a line of dashes): the pattern's own search goes on, one
            # call where a run of such characters (第第第…) would cost two calls a character
            m = search(scan, start + 1)
            if m is None:
                break
            start = m.start()
        kind = m.lastgroup
        pos = m.end()
        if kind == "qty":
            if m.group("fnum") is None:
                tail = _tail(t.lex, scan, pos, t.sep_from(pos), start)
                num_start, num_end = m.span("num")
                mention = _quantity(t, tail, start, m.group("num"), num_start, num_end, m)
                pos = tail[4]
            else:
                mention = _fraction(m, t)
        elif kind == "share":
            mention = _share(m, t)
        elif kind == "fraction":
            mention = _fraction(m, t)
        elif kind == "ordinal":
            mention = _ordinal(m)
        elif kind == "year":
            mention = _plain(m.start(), m.end(), _year(m.group()), "date", "chinese")
        else:
            mention = _plain(m.start(), m.end(), 0.0, kind or "code")
        if mention is not None:
            found.append(mention)
    return found


def _mention(start: int, end: int, value: float, value_max: float | None, unit: str, unit_start: int,
             unit_end: int, kind: str, qualifier: str, numeral: str, num_start: int, num_end: int) -> NumberMention:
    """NumberMention(...) without its constructor: a NamedTuple's __new__ is Python code, even
    called from the compiled module; tuple.__new__ builds the same tuple in C (0.4 us less a number)."""
    return tuple.__new__(NumberMention, (start, end, value, value_max, unit, unit_start, unit_end, kind, qualifier,
                                         numeral, num_start, num_end))


def _one_by_one(norm: str, num_start: int, unit_start: int, unit_end: int) -> bool:
    """一页一页, 一件一件地: 一 and a measure word said twice over, the first or the second of them."""
    size = unit_end - num_start  # 一 and its measure word
    twice = norm[num_start:unit_end]
    return norm.startswith(twice, unit_end) or (num_start >= size and norm.startswith(twice, num_start - size))


def _plain(start: int, end: int, value: float, kind: str, numeral: str = "arabic") -> NumberMention:
    """A number that is never a claim: no unit, no qualifier."""
    return _mention(start, end, value, None, "", end, end, kind, "exact", numeral, start, end)


def _year(text: str) -> float:
    """二〇二三 -> 2023: a year written digit by digit."""
    return float("".join(str(numerals.DIGITS[c]) for c in text))


_TRUCKLOADS: Final = "车"
# (2021级电子商务1班: a cohort's year and its major before the class's number; not 2024级新生共编|20班, a verb's count)
_GRADE_BEFORE: Final = regex.compile(r"(?:[高初][一二三]|[一二三四五六七八九]年级|\d{2,4}级(?:(?![共编设开增分有为])[\u4e00-\u9fff]){0,8})$")
_GRADE_REACH: Final = 14


def _ordinal(m: re.Match) -> NumberMention:
    return _ordinal_number(m.group("onum") or m.group("opener") or m.group("listed"), m.start(), m.end())


def _ordinal_number(text: str, start: int, end: int) -> NumberMention:
    """The ordinal norm[start:end], its numeral `text` (三 of 第三届, 一 of 一、)."""
    read = numerals.parse(text)
    value = read.value if read is not None and not read.too_large else 0.0
    return _plain(start, end, value, "ordinal", "arabic" if text[0].isdigit() else "chinese")


def _qualify(t: _Text, start: int, end: int, qualifier: str, bare: bool = False) -> tuple[str, int, int] | None:
    """The qualifier words around the number norm[start:end]: (qualifier, new start, new end).
    None when the number is a bare magnitude (百, 千, 万) without the word that makes it one."""
    norm, lex = t.norm, t.lex
    qualified_before = False
    if start and _edge(lex, norm, start - 1, _PRE_END, lex.pre_ends):
        pre = lex.pre.search(norm, max(0, start - lex.pre_reach), start)
        if pre is not None:
            word = pre.group("word")
            position = "pre" if ("pre", word) in lex.qualifiers else "bare"
            if (position == "pre" or bare) and _whole_word(t, pre.start(), pre.end("word"), start):
                qualifier, start, qualified_before = lex.qualifiers[(position, word)], pre.start(), True
    if bare and not qualified_before:
        return None  # 千家万户: a magnitude alone is a number only after 近, 逾, 上 ...
    if _edge(lex, norm, end, _POST_START, lex.post_starts):
        post = lex.post.match(norm, end)
        if post is not None and _whole_word(t, end, post.end()):
            qualifier, end = lex.qualifiers[("post", post.group())], post.end()
    return qualifier, start, end


def _quantity(t: _Text, tail: _Tail, start: int, num: str, num_start: int, num_end: int,
              m: re.Match | None) -> NumberMention | None:
    """The number norm[num_start:num_end] (`num`), its match starting at `start`, and what follows
    it (`tail`). `m`: the pattern's match, for a sign, a magnitude after a space and 余/多 after the
    number; None for a plain number, which has none of them."""
    norm, lex = t.norm, t.lex
    mag: str | None = None
    approx: str | None = None
    mag_after: str | None = None
    sign: str | None = None
    mag_end = approx_start = approx_end = mag_after_end = -1
    if m is not None:
        mag, approx, mag_after, sign = m.group("mag", "approx", "mag_after", "sign")
        if mag:
            mag_end = m.end("mag")
        if approx:
            approx_start, approx_end = m.span("approx")
        if mag_after:
            mag_after_end = m.end("mag_after")
    unit, unit_start, unit_end, num2, end = tail
    bare = num[0] in "百千万" and not approx  # 百余人, 千余名: 余/多 makes a bare magnitude a number
    chinese = not num[0].isdigit()
    if mag:  # 1.4 万余户: a magnitude set off by a space
        num, num_end = num + mag, mag_end

    if (unit and not (approx or num2) and _edge(lex, norm, unit_start, _NOT_UNIT_START, lex.not_unit_starts)
            and lex.not_unit.match(norm, unit_start)):
        unit, unit_start, unit_end, end = "", num_end, num_end, num_end  # 四部门: four departments
    if approx and not _approx_stands(t, approx_start, approx_end):
        approx = mag_after = num2 = None  # 3多元化, 3来自: not 余/多/来 after all
        unit, unit_start, unit_end, end = "", num_end, num_end, num_end
    # 5千米 is 5 km, 12百分点 12 points: a measure word may start on the numeral's last character, also
    # where what follows the numeral is no unit (10.27亿千瓦时: 瓦时 is none)
    if not (approx or num2) and len(num) > 1 and num[-1] in "十百千万亿":
        longer = _unit_at(lex, norm, num_end - 1)
        after = num_end - 1 + len(longer)
        if longer and not unit and after < len(norm) and "\u4e00" <= norm[after] <= "\u9fff" and (
                t.seg.word_at(after - 1)[1] > after):
            longer = ""  # (10千伏|安全检查, 110千伏|安乐变电站: the unit's last letter opens the next word, no kVA)
        if longer and lex.units[longer][0] != "money" and num_end - 1 + len(longer) >= unit_end:
            num, num_end = num[:-1], num_end - 1
            unit, unit_start, unit_end = longer, num_end, num_end + len(longer)
            end = max(end, unit_end)
    measure = unit  # the measure word that sets the kind; `unit` is as written
    if unit and not (approx or num2) and norm[unit_end:unit_end + 1] in _BRACKET_OPENS:
        unit_end, end = _alternative_unit(t, unit, unit_end, end)
        unit = norm[unit_start:unit_end]
    if unit == "个" and not (approx or num2):
        split = _split_unit(t, unit_end)
        if split is not None:
            measure, unit_end = split
            approx, unit, end = "多", norm[unit_start:unit_end], max(end, unit_end)
    if num == "一" and unit and not (approx or num2) and _one_by_one(norm, num_start, unit_start, unit_end):
        return None  # 一页一页, 一件一件: one by one, a manner and no count
    if unit == _TRUCKLOADS and chinese:
        # 两车剐蹭, 三车相撞: the vehicles of a crash; loads cleared are counted in figures (清理杂物320余车)
        if end == unit_end:
            end = unit_start
        unit = measure = ""
        unit_end = unit_start
    if unit == "栋" and _ADDRESS_NEXT.match(norm, unit_end):
        return _plain(num_start, unit_end, 0.0, "code")  # 3栋2单元: an address, no count of buildings
    if unit == "班" and chinese and len(num) == 1 and num_start and norm[num_start - 1] in "大中小":
        return _plain(num_start, unit_end, float(numerals.DIGITS.get(num, 0)), "ordinal", "chinese")  # 大二班: a class's name
    if unit == "班" and num_start >= 2 and _GRADE_BEFORE.search(norm, max(0, num_start - _GRADE_REACH), num_start):
        # 高一7班, 七年级3班: a school class's name after its grade, never classes counted
        return _plain(num_start, unit_end, float(num) if num.isdigit() else 0.0, "ordinal", "chinese" if chinese else "arabic")
    if unit == "期" and chinese and len(num) == 1 and not norm.endswith(lex.holding, 0, num_start) and (
            lex.phase_next.match(norm, unit_end) or num == "二" and num_start > 0 and norm[num_start - 1] not in lex.session_nouns):
        # 中心二期项目, 三期工程: a project's phase (two sessions are 两期, not 二期; 培训班二期 counts them)
        return _plain(num_start, unit_end, float(numerals.DIGITS.get(num, 0)), "ordinal", "chinese")
    if unit == _VILLAGE and chinese and len(num) == 1 and num != "两" and _named_village(norm, num_start, unit_end):
        return _plain(num_start, unit_end, float(numerals.DIGITS.get(num, 0)), "ordinal", "chinese")  # 东风二村: a name
    if num[0] == "0" and len(num) > 1 and num.isdigit() and not norm[norm.rfind("\n", 0, num_start) + 1:num_start].strip():
        return _plain(num_start, num_end, float(num), "ordinal")  # 02　家庭医生签约: a heading's number, no count
    if (num_start == 0 or norm[num_start - 1] == "\n") and _numbered_row(norm, num_start, num_end):
        return _plain(num_start, num_end, float(num), "ordinal")  # 4 张　磊 男 …: the row's number
    read = numerals.parse(num, measured=bool(unit))
    if read is None:
        return None
    if chinese and not bare and _inside_word(lex, t.seg, norm, num_start, num_end):
        return None  # 四川, 陆续, 统一, 一些, 十分
    kind, factor = lex.units.get(measure, ("bare", 1.0))
    if measure == _DAYS and norm.endswith(lex.serving, 0, start):
        kind = "count"  # 全年开放358天: the days a service kept open, work counted, no span of time
    if measure == _MOUTHS and num_start > 0 and norm[num_start - 1] == "家":
        kind = "household"  # 一家五口, 全家3口: a household's size, as 4口人 is
    if len(num) == 1 and num in numerals.FINANCIAL and kind != "money":
        return None  # 伍先生, 陆家: a financial digit alone counts only money (叁元)
    numeral = "chinese" if chinese else "arabic"
    if read.too_large:
        return _plain(start, end, 0.0, "too_large", numeral)
    value, value_max = read.value, read.value_max
    if mag_after:
        if mag_after not in numerals.STACKS:
            return None
        value = _stacked(num, value, numerals.STACKS[mag_after], bool(unit))
        num_end = mag_after_end
    if num2:
        read2 = numerals.parse(num2, measured=bool(unit))
        if read2 is None or read2.too_large or value_max is not None:
            return _plain(start, end, 0.0, "code", numeral)
        value, value_max = _range(num, value, num2, read2.value)
        if value_max is None:
            return _plain(start, end, 0.0, "code", numeral)  # 10-2, 3-1班: a score or a code
    if sign in ("-", "−") and kind not in _SIGNED:
        sign, start = None, num_start  # 11171号-1, -3人: a dash before a count, not a minus
    if sign:
        value = -value  # -3~5℃: the sign is the lower end's
    if kind == "money" and factor != 1.0:
        value *= factor
        value_max = value_max * factor if value_max is not None else None
    if value > numerals.BOUND or (value_max is not None and value_max > numerals.BOUND):
        return _plain(start, end, 0.0, "too_large", numeral)
    qualifier = lex.qualifiers[("approx", approx)] if approx else "about" if read.approximate else "exact"
    # most numbers have no qualifier word on either side: two character tests say so (`_qualify`'s own)
    if (bare or (start and _edge(lex, norm, start - 1, _PRE_END, lex.pre_ends))
            or _edge(lex, norm, end, _POST_START, lex.post_starts)):
        qualified = _qualify(t, start, end, qualifier, bare)
        if qualified is None:
            return None
        qualifier, start, end = qualified
    return _mention(start, end, _clean(value), _clean(value_max) if value_max is not None else None,
                         unit, unit_start, unit_end, kind, qualifier, numeral, num_start, num_end)


def _stacked(num: str, value: float, factor: float, measured: bool) -> float:
    """The value of `num` with a magnitude written after 余/多 (二千六百余|万): the magnitude multiplies what
    follows the last larger one in the number, not the whole (一亿|二千六百余万 is 1.26亿, not 1亿2600万万)."""
    cut = max((i for i, ch in enumerate(num) if numerals.STACKS.get(ch, 0.0) > factor), default=-1)
    if cut < 0 or cut == len(num) - 1:
        return value * factor
    high = numerals.parse(num[:cut + 1], measured=measured)
    low = numerals.parse(num[cut + 1:].lstrip("零〇"), measured=measured)
    if high is None or low is None:
        return value * factor
    return high.value + low.value * factor


_ADDRESS_NEXT: Final = regex.compile(r"[0-9０-９]+(?:单元|号|室)")  # after 3栋: the rest of an address


_VILLAGE: Final = "村"
# a word opening with one of these counts the villages after it (全镇三村, 这三村, 各村), names none
_SCOPE_FIRSTS: Final = frozenset("全各本该这那其每另余我")


def _named_village(norm: str, num_start: int, unit_end: int) -> bool:
    """东风二村, 永春三村, 厢黄三村: a numeral between a name and 村 numbers a village of that name, no count of
    villages; the word before it is a noun jieba reads (or holds the numeral, a name guessed whole), not a verb or a
    scope (走访三村, 帮扶三村两社区, 全镇三村, 我县两村); nor a phrase that counts on (一村一品)."""
    if num_start == 0 or not "\u4e00" <= norm[num_start - 1] <= "\u9fff" or norm[unit_end:unit_end + 1] in numerals.DIGITS:
        return False
    lo, hi = run_bounds(norm, num_start, num_start + 1)
    pos = lo
    for word, pos_tag in tag(norm[lo:hi]):
        end = pos + len(word)
        if end == num_start or pos < num_start < end:
            return pos_tag.startswith("n") and word[0] not in _SCOPE_FIRSTS
        if pos >= num_start:
            break
        pos = end
    return False


def _numbered_row(norm: str, num_start: int, num_end: int) -> bool:
    """序号 姓名 … / 3 王　军 男 / 4 张　磊 男: a whole number opening a line, a blank after it, where the
    line before or after opens with the number before or after it and a blank: a table's row numbers,
    whatever word follows (张, a surname, is also a measure word)."""
    num = norm[num_start:num_end]
    if not (num.isascii() and num.isdigit() and len(num) <= 3) or norm[num_end:num_end + 1] not in (" ", "\t"):
        return False
    value = int(num)
    before = norm.rfind("\n", 0, max(0, num_start - 1)) + 1 if num_start else -1
    after = norm.find("\n", num_end) + 1
    return (before >= 0 and _opens_with(norm, before, value - 1)) or (after > 0 and _opens_with(norm, after, value + 1))


def _opens_with(norm: str, line: int, value: int) -> bool:
    """Whether the line starting at `line` opens with `value` (as digits) and a blank."""
    digits = str(value)
    end = line + len(digits)
    return value >= 0 and norm[line:end] == digits and norm[end:end + 1] in (" ", "\t")


def _alternative_unit(t: _Text, unit: str, unit_end: int, end: int) -> tuple[int, int]:
    """1200件(套), 50台(套), 4万人(次): an alternative measure word in brackets right after the unit is
    part of it, as written; the number counts in either (a unit of the same kind, the first setting it),
    and the phrase after the number starts past the bracket."""
    lex = t.lex
    m = _ALTERNATIVE.match(t.norm, unit_end)
    if m is None or lex.units.get(m.group(1), ("", 0.0))[0] != lex.units[unit][0]:
        return unit_end, end
    return m.end(), max(end, m.end())


def _split_unit(t: _Text, pos: int) -> tuple[str, int] | None:
    """三个|多|月, 3个|多|小时: 多 written inside a measure of time or length, after its 个. The
    measure word that sets the kind (个月, 小时) and where the unit so written ends; None elsewhere
    (3个|多功能室: 个 counts rooms)."""
    lex = t.lex
    if not t.norm.startswith("多", pos):
        return None
    after = _unit_at(lex, t.norm, pos + 1)
    if not after:
        return None
    unit = "个" + after if "个" + after in lex.units else after
    if lex.units[unit][0] not in ("time", "measure"):
        return None
    return unit, pos + 1 + len(after)


def _approx_stands(t: _Text, start: int, end: int) -> bool:
    """余/多/来 after a number, unless it starts a longer word (多元化, 来自)."""
    w_start, w_end = t.seg.word_at(start)
    return not (w_start == start and w_end > end and not _is_suffix(t.lex, t.norm[end:w_end]))


def _range(num: str, low: float, num2: str, high: float) -> tuple[float, float | None]:
    """Both ends of 3至5万: a magnitude written once, on the upper end, applies to both."""
    trailing = len(num2) - len(num2.rstrip("万亿"))
    if trailing and not any(c in "万亿" for c in num):
        stack = num2[-trailing:]
        base = numerals.parse(num2[:-trailing])
        if stack in numerals.STACKS and base is not None and low < base.value:
            low *= numerals.STACKS[stack]
    return (low, high) if high > low else (low, None)


def _share(m: re.Match, t: _Text) -> NumberMention | None:
    """百分之十五 -> 15 %; 千分之五 -> 5 ‰: shares written in words, in the unit their digits would be
    written with (as 2.35‰ is read)."""
    if m.group("snum") is None:  # 百分百
        qualified = _qualify(t, m.start(), m.end(), "exact")
        if qualified is None:
            return None
        return _mention(qualified[1], qualified[2], 100.0, None, "%", m.start(), m.end(), "percent",
                             qualified[0], "chinese", m.start(), m.end())
    read = numerals.parse(m.group("snum"))
    if read is None or read.too_large:
        return None
    unit = "%" if m.group("per") == "百" else "‰"
    value, value_max = read.value, read.value_max
    if m.group("snum2"):
        read2 = numerals.parse(m.group("snum2"))
        if read2 is None or read2.too_large or read2.value <= value:
            return None
        value_max = read2.value
    qualified = _qualify(t, m.start(), m.end(), "about" if read.approximate else "exact")
    if qualified is None:
        return None
    qualifier, start, end = qualified
    numeral = "arabic" if m.group("snum")[0].isdigit() else "chinese"
    return _mention(start, end, _clean(value), _clean(value_max) if value_max is not None else None, unit,
                         m.start(), m.start() + 3, "percent", qualifier, numeral, m.start("snum"), m.end("snum"))


def _fraction(m: re.Match, t: _Text) -> NumberMention | None:
    """三分之一, 3/4, 七五折: the share as a fraction of one (0.333333, 0.75, 0.75); 九成: 90 %."""
    value = 0.0
    if m.lastgroup == "qty":  # 三分之一: the qty branch read the denominator
        if m.group("sign"):
            return None
        den, nom = numerals.parse(m.group("num")), numerals.parse(m.group("fnum"))
        if den is None or nom is None or den.too_large or nom.too_large:
            return None
        value = nom.value / den.value if 0 < nom.value < den.value else 0.0
    elif m.group("fa"):
        a, b = int(m.group("fa")), int(m.group("fb"))
        if not 0 < a < b <= 10:
            return _plain(m.start(), m.end(), 0.0, "code")  # 6/30: a date or a code, not a share
        value = a / b
    else:
        if t.seg.word_at(m.end() - 1)[1] != m.end() or t.seg.word_at(m.start())[0] != m.start():
            return None  # 一成不变, 三成员, 折合
        digits = m.group("cheng") or m.group("zhe")
        if m.group("cheng"):
            value = (numerals.DIGITS.get(digits) or 10) / 10
        elif digits[0].isdigit():
            value = float(digits) / 10 if "." in digits or len(digits) == 1 else int(digits) / 100
        else:
            value = sum(numerals.DIGITS[c] / 10 ** (k + 1) for k, c in enumerate(digits))
    if not 0 < value < 1:
        return None
    qualified = _qualify(t, m.start(), m.end(), "exact")
    if qualified is None:
        return None
    qualifier, start, end = qualified
    if m.group("cheng"):
        # 满意度提升至九成以上: tenths of a whole are a share as 90% is, and read as one (unit %, the 成 its mark)
        return _mention(start, end, _clean(value * 100), None, "%", m.end() - 1, m.end(), "percent", qualifier,
                        "chinese", m.start(), m.end() - 1)
    numeral = "arabic" if m.group()[0].isdigit() else "chinese"
    return _mention(start, end, _clean(value), None, "", m.end(), m.end(), "fraction", qualifier, numeral,
                         m.start(), m.end())


_MOUTHS: Final = "口"  # the measure word of a household's members (一家五口) as of ponds and wells (山塘43口)
_DAYS: Final = "天"  # a span of time, but the days a service kept open after a verb of serving (全年开放358天)


def _clean(value: float) -> float:
    """Round away float noise (0.8 * 1e8 = 80000000.00000001); integers stay integral."""
    if value % 1.0 == 0.0:  # value.is_integer() (inf and nan too), without a call into a float object
        return value  # most counts: nothing to round
    rounded = round(value, 6)
    return float(int(rounded)) if rounded.is_integer() else rounded


# -- the public record --------------------------------------------------------------------------------

_CALENDAR = frozenset({"月", "日", "号", "年度", "世纪"})
_NEVER = {"date": "date", "clock": "time", "phone": "phone", "code": "code", "ordinal": "ordinal",
          "session": "ordinal", "fraction": "fraction", "too_large": "too_large"}


def _public(n: NumberMention) -> Quantity:
    kind = _NEVER.get(n.kind)
    unit = n.unit
    if kind is None:
        if n.kind == "time":
            calendar = n.unit in _CALENDAR or (n.unit == "年" and 1000 <= n.value < 3000)
            kind = "date" if calendar else "time"
        elif n.value_max is not None:
            kind = "range"
        else:
            kind = {"money": "money", "percent": "percent"}.get(n.kind, "number")
    if n.kind == "money":
        unit = currency(n.unit)
    return Quantity(n.start, n.end, n.value, n.value_max, unit, n.qualifier, kind)


def currency(unit: str) -> str:
    """The currency a money unit names, its magnitude left out: 元 for 万元 and 块钱, 美元 for 万美元."""
    base = unit.lstrip("万亿千百")
    return base if base.endswith("元") and base != "元" and len(base) == 2 else "元"


# -- the component ----------------------------------------------------------------------------------

class NumberFinder:
    def __init__(self, our_tokens: bool = False) -> None:
        # our tokenizer's tokens are the segmenter's words: reuse them; any other tokenizer's are not
        self._our_tokens = our_tokens

    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        _, norm = d.text_and_norm(doc)
        doc._.xf_numbers = find_numbers(norm, d.words(doc) if self._our_tokens else None)
        return doc
