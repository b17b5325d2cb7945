"""Numerals: one written number -> its exact value. Pure functions, no spaCy, no lexicon.

Reads what the number scan (`stages/numbers.py`) cut out as one numeral, in working-copy spelling
(simplified, half-width): Arabic (1,200 / 1.5), Chinese (三百, 一千零十八, 十八点六), financial (壹佰,
贰拾) and their mixtures (3万4000, 5万4千6百, 1.2万亿). It follows the written grammar:

- 十/百/千 multiply the digit before them; 万 multiplies what is below 万, 亿 everything below 亿;
  stacked magnitudes multiply (万亿 10^12, the archaic 万万 10^8, 亿亿 10^16); other stacks
  (十万万万, 亿万, 一亿亿亿) are not numbers;
- 零 stands for skipped places, and a 十 after it needs no digit (一千零十八 = 1018);
- a digit after the last unit without 零 is the spoken abbreviation of the next place down
  (一万三 = 13000, 两千四百五 = 2450), a 几 in a place is read as its lower bound 0 and marks the
  value approximate (二十几万 = 200000, about);
- two neighbouring digits one apart are a spoken range (三四十 = 30..40, 十五六 = 15..16), also
  approximate; any other digits side by side (三八, 五四, 二〇二三) are names or codes, not numbers.

Arithmetic is exact (int, Decimal for decimals) and finite: a value above `BOUND` comes back as
`too_large`, and no input, however long, overflows, raises or takes more than linear time.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, NamedTuple

from . import regex

BOUND: Final = 10**16  # beyond this a "number" in a report is an error or a code, never a value
_SAFE_DIGITS: Final = len(str(BOUND)) - 1  # digit strings this long are below BOUND, exact as floats
_MAX_TOKENS = 48  # the longest numeral below BOUND (一千零一万零一千零一亿…) has fewer elements

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MAGNITUDES = "万亿"
STACKS = {"万": 10**4, "亿": 10**8, "万万": 10**8, "万亿": 10**12, "亿亿": 10**16}
ABOUT = "几"
POINT = "点"
# financial numerals double as ordinary characters and surnames (陆续, 队伍, 大肆, 伍先生): the scan
# reads one standing alone only before a sum of money
FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
# every character a Chinese numeral may hold, for the scan's character classes
CHARS = "".join(DIGITS) + "".join(UNITS) + MAGNITUDES + ABOUT

Exact = int | Decimal
# thousands separators only in groups of three; possessive, so a long run is read once
_ARABIC = regex.compile(r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++)?")


class Numeral(NamedTuple):
    value: float  # lower end for spoken ranges; 0.0 when too_large
    value_max: float | None  # upper end of a spoken range (三四十), else None
    approximate: bool  # 几, or a spoken range
    too_large: bool  # above BOUND: never a value


class _Malformed(Exception):
    """Not a number as written (raised inside the parser only)."""


class _TooLarge(Exception):
    """A literal with more digits than any sane value (raised before converting it)."""


# token kinds
_DIGIT, _LITERAL, _UNIT, _STACK, _ZERO, _FRACTION = range(6)


def parse(text: str, *, measured: bool = False) -> Numeral | None:
    """The value of one numeral as written; None if it is not one.

    `measured`: a measure word follows it (两三个), which lets a spoken range end the numeral.
    """
    memo = _MEASURED if measured else _UNMEASURED
    if text in memo:
        return memo[text]
    if text.isdigit() and text.isascii() and len(text) <= _SAFE_DIGITS:
        read: Numeral | None = Numeral(float(text), None, False, False)  # most numbers: plain digits
    else:
        simple = _SIMPLE.fullmatch(text) if len(text) <= _CACHED_LENGTH else None
        read = _read_simple(simple) if simple is not None else _read(text, measured)
    if len(text) <= _CACHED_LENGTH and len(memo) < _MEMO_SIZE:
        memo[text] = read
    return read


def _read(text: str, measured: bool) -> Numeral | None:
    if not text:
        return None
    try:
        tokens = _tokens(text)
        pair = _spoken_range(tokens, measured)
        if pair is None:
            value, about = _evaluate(tokens)
            return _finish(value, None, about)
        low, _ = _evaluate(tokens[:pair + 1] + tokens[pair + 2:])
        high, _ = _evaluate(tokens[:pair] + tokens[pair + 1:])
        return _finish(low, high, True)
    except _Malformed:
        return None
    except _TooLarge:
        return Numeral(0.0, None, False, True)


# numerals repeat (三, 两千, 128, 1.5万): short ones are read once per process and looked up in a
# plain dict after that (a dict look-up costs less than building the reading anew, and than an
# lru_cache's call); the memo stops growing when full, so a stream of new numbers costs no memory
_CACHED_LENGTH: Final = 16
_MEMO_SIZE: Final = 4096
_MEASURED: Final[dict[str, Numeral | None]] = {}
_UNMEASURED: Final[dict[str, Numeral | None]] = {}


# The numbers that miss the memo are mostly Arabic, with a decimal part, a thousands separator or
# one magnitude after them (16.2, 3.5万, 1,200, 12亿): `_read_simple` reads them with the arithmetic
# `_evaluate` does for their two tokens, where the tokens cost two regex calls, lists and the loops
# (a fifth of the numbers stage an article; tests/test_numents_numerals.py holds the two to agree).
# Sixteen characters at most: every Decimal below is exact in the default context's 28 digits.
_SIMPLE = regex.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?([万亿]?)")


def _read_simple(m: re.Match) -> Numeral | None:
    """`_read` of a numeral `_SIMPLE` matched whole: a literal, then perhaps 万 or 亿."""
    whole, fraction, stack = m.group(1, 2, 3)
    digits = whole.replace(",", "")
    value: Exact = Decimal(digits + fraction) if fraction else int(digits)
    if stack:
        if not value:
            return None  # 0万: a magnitude with nothing to multiply
        value = value * STACKS[stack]
    if value > BOUND:
        return Numeral(0.0, None, False, True)
    return Numeral(float(value), None, False, False)


def parse_arabic(text: str) -> Exact:
    """1,200 -> 1200, 1.5 -> Decimal('1.5'); `_TooLarge` above BOUND without converting the digits."""
    if not _ARABIC.fullmatch(text):
        raise _Malformed
    digits = text.replace(",", "")
    whole, dot, _ = digits.partition(".")
    if len(whole.lstrip("0")) > len(str(BOUND)):
        raise _TooLarge
    return Decimal(digits) if dot else int(whole)


def _finish(value: Exact, value_max: Exact | None, about: bool) -> Numeral | None:
    if value > BOUND or (value_max is not None and value_max > BOUND):
        return Numeral(0.0, None, False, True)
    if value <= 0 and not (value == 0 and value_max is None and not about):
        return None  # 几十 (lower bound 0) says nothing; a plain 零 is 0
    return Numeral(float(value), float(value_max) if value_max is not None else None, about, False)


def _tokens(text: str) -> list[tuple[int, Exact, str]]:
    """(kind, value, text) per element: digits, Arabic literals, units, magnitude stacks, 零, decimals."""
    out: list[tuple[int, Exact, str]] = []
    i, n = 0, len(text)
    while i < n:
        if len(out) > _MAX_TOKENS:
            raise _Malformed  # 一二一二…, 一亿一亿…: no numeral below BOUND is this long
        ch = text[i]
        if "0" <= ch <= "9":
            m = _ARABIC.match(text, i)
            assert m is not None
            out.append((_LITERAL, parse_arabic(m.group()), m.group()))
            i = m.end()
        elif ch in "零〇":
            out.append((_ZERO, 0, ch))
            i += 1
        elif ch in DIGITS or ch == ABOUT:
            out.append((_DIGIT, DIGITS.get(ch, 0), ch))
            i += 1
        elif ch in UNITS:
            out.append((_UNIT, UNITS[ch], ch))
            i += 1
        elif ch in MAGNITUDES:
            j = i
            while j < n and text[j] in MAGNITUDES:
                j += 1
            stack = text[i:j]
            if stack not in STACKS:
                raise _Malformed  # 十万万万, 亿万, 一亿亿亿
            out.append((_STACK, STACKS[stack], stack))
            i = j
        elif ch == POINT:
            j = i + 1
            while j < n and text[j] in DIGITS:
                j += 1
            if j == i + 1:
                raise _Malformed
            out.append((_FRACTION, Decimal("0." + "".join(str(DIGITS[c]) for c in text[i + 1:j])), text[i:j]))
            i = j
        else:
            raise _Malformed
    return out


def _spoken_range(tokens: list[tuple[int, Exact, str]], measured: bool) -> int | None:
    """Index of the first of two neighbouring digits one apart (三四十, 两三个), if that is how it reads.

    Any other digits side by side raise `_Malformed`, as does a pair that ends the numeral with no
    measure word after it (十四五, 三四 alone are names, not ranges)."""
    found = None
    for k in range(len(tokens) - 1):
        (kind_a, a, text_a), (kind_b, b, text_b) = tokens[k], tokens[k + 1]
        if kind_a != _DIGIT or kind_b != _DIGIT:
            continue
        if found is not None or b != a + 1 or ABOUT in (text_a, text_b):
            raise _Malformed
        found = k
    if found is None:
        return None
    after = tokens[found + 2][0] if found + 2 < len(tokens) else None
    if after in (_UNIT, _STACK) or (after is None and measured):
        return found
    raise _Malformed  # 十四五 (a five-year plan), 三四 alone: a name, not a range


def _evaluate(tokens: list[tuple[int, Exact, str]]) -> tuple[Exact, bool]:
    """Value and approximate flag of a token list (no spoken range left in it)."""
    total: Exact = 0  # groups of 亿 and above
    big_last = 0  # the last 亿-level multiplier, to keep groups descending
    wan: Exact = 0  # the group of 万
    section: Exact = 0  # below 万
    place = 0  # the last unit within the section (10, 100, 1000), for descending order
    pending: Exact | None = None  # a digit or literal not yet multiplied
    plain = False  # pending is one digit (it may be an abbreviation)
    abbrev = 0  # the multiplier just consumed: a bare digit after it is one place down
    after_zero = False
    decimal = False
    about = False
    for index, (kind, value, text) in enumerate(tokens):
        if decimal and kind != _STACK:
            raise _Malformed  # nothing but a magnitude follows a decimal part (三点五万)
        if kind in (_DIGIT, _LITERAL):
            if pending is not None:
                raise _Malformed  # 三八, 五四: digits side by side
            if text == ABOUT:
                about = True
            pending = value
            plain = kind == _DIGIT or (isinstance(value, int) and value < 10 and len(text) == 1)
        elif kind == _UNIT:
            if pending is None:
                if not (index == 0 or after_zero):
                    raise _Malformed  # 百十: a unit needs its digit, except 十 leading or after 零
                base: Exact = 1
            else:
                if not plain and not (isinstance(pending, Decimal) and pending < 10):
                    raise _Malformed  # 12千
                base = pending
            assert isinstance(value, int)
            if place and value >= place:
                raise _Malformed  # 十百, 三十五百
            section += base * value
            place, abbrev, pending, after_zero = value, value, None, False
        elif kind == _ZERO:
            if pending is not None:
                raise _Malformed  # 二〇二三: a year's digits, not a number
            after_zero, abbrev = True, 0
        elif kind == _FRACTION:
            if pending is None and section == 0 and not after_zero:
                raise _Malformed
            section = section + (pending or 0) + value
            pending, decimal = None, True
        else:  # a magnitude stack
            assert isinstance(value, int)
            group: Exact = section + (pending or 0)
            if group == 0:
                if index != 0 and not about:
                    raise _Malformed  # 万 with nothing to multiply, inside a numeral
                group = 0 if about else 1  # 万 leading: a bare magnitude (近万人); 几万: lower bound 0
            if value == 10**4:
                if wan:
                    raise _Malformed  # 三万四万
                wan = group * value
            else:
                if big_last and value >= big_last:
                    raise _Malformed  # 一亿二亿
                total += (wan + group) * value
                wan, big_last = 0, value
            section, place, pending, after_zero, decimal = 0, 0, None, False, False
            abbrev = value
    if pending is not None:
        if plain and abbrev >= 100 and not after_zero:
            pending = pending * (abbrev // 10)  # 一万三, 两千四百五, 三百五
        section += pending
    return total + wan + section, about
