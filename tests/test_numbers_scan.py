"""The scan's shortcuts agree with the slow way they replace:

- the candidate search (`_CANDIDATE`) finds the start of every match of the pattern, and where it
  reads a plain number itself, the pattern reads the same quantity there (no sign, no magnitude
  after a space, no 余/多, no other branch);
- the separator a range needs is looked for once per stretch of text (`_Text.sep_from`), not once
  per number;
- the segmenter's answers about words are kept (`_is_word`)."""
import random

import pytest

from extractor.stages import numbers
from extractor.text.segment import segmenter

# lines written for these tests: plain numbers next to everything that makes a number less plain
_LINES = [
    "开展活动128场,服务3人,发放16.2万元,覆盖1.5亿人次,3万4000名,12千米",
    "2023-01-02召开,10:30开始,电话13812345678,编号AB123,版本1.2.3,IMG_2023",
    "\n1、第一项\n2.第二项\n12、三是\n第3届,第12.5名,百分之十五,千分之5",
    "3/4的人,7折,8.5折,九成,三分之一,3,000人,12,34人,1,234.5元",
    "3至5万元,3-5人,20–100小时,3 万人,1.4 万余户,30余场,5多元,3来自",
    "负3度,零下5度,同比-22.2%,a-3,11171号-1,-3人,x1,_2,.5,5.",
    "1点5,3点五十分,2.5点,四川,一些,一万三,十四五,三四十个,二〇二三年",
    "1234567人,123456人,0.0001,007号,9" + "9" * 12 + "元,1.2万亿,3千万,5百",
    "٣人,12٣,3\u00a0人,3\t人,3\n4,3、,3成,3折,3/,3:,3分,3分之1,3点",
    "1,2,3,4,12,345,1,2345,1.5,2,3万,4,5,6一,七,1,0001,3,a,5,.,一是,二、,三成,四折,五点五,六分之一,七 万,八余,九十,两三个,三百,一5,5一,.一,万一,第一,负一,零下一",
    "统一,一些,四川,有三人,三人行,一个人,两天,一年,十一,三个多月,一起,三字经,1一2,百分之一",
]
_ALPHABET = (list("0123456789" * 4) + list(".,-/:、~—至到 \n人个万亿千百十余多来第负成折分之点是%()")
             + list("零〇一二两三四五六七八九几壹贰拾") + list("aZ_") + ["٣", "\u00a0"])


def _random_lines(count: int) -> list[str]:
    rng = random.Random(20261130)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(1, 30))) for _ in range(count)]


def _first_match(text: str, pos: int) -> tuple[int, int, str | None] | None:
    """What the scan takes for the first match at or after `pos`: (start, end, branch)."""
    while True:
        c = numbers._CANDIDATE.search(text, pos)
        if c is None:
            return None
        if c.lastindex is not None:
            return c.start(), c.end(), "qty"
        m = numbers._pattern().match(text, c.start())
        if m is not None:
            return m.start(), m.end(), m.lastgroup
        pos = c.start() + 1


def _searched(text: str, pos: int) -> tuple[int, int, str | None] | None:
    m = numbers._pattern().search(text, pos)
    return (m.start(), m.end(), m.lastgroup) if m is not None else None


@pytest.mark.parametrize("text", _LINES + _random_lines(300))
def test_the_candidate_search_finds_what_the_pattern_finds(text):
    for pos in range(len(text) + 1):
        assert _first_match(text, pos) == _searched(text, pos), (text, pos)


@pytest.mark.parametrize("text", _LINES + _random_lines(300))
def test_a_plain_number_is_the_quantity_the_pattern_reads(text):
    for pos in range(len(text)):
        c = numbers._CANDIDATE.match(text, pos)
        if c is None or c.lastindex is None:
            continue
        m = numbers._pattern().match(text, pos)
        assert m is not None and m.lastgroup == "qty", (text, pos)
        assert m.span() == m.span("num") == c.span(), (text, pos)
        assert m.group("sign", "mag", "approx", "mag_after", "fnum") == (None,) * 5, (text, pos)


@pytest.mark.parametrize("text, plain", [
    ("共128场", ["128"]),
    ("发放16.2万元", ["16.2万"]),
    ("3千米", ["3千"]),
    ("3,000人", []),  # a thousands comma: the pattern reads it
    ("3,5,7号", ["7"]),  # a comma before a digit may be a thousands comma: the pattern decides
    ("3,人", ["3"]),
    ("1234567人", []),  # seven digits: a phone number may start there
    ("AB123", []),
    ("1.2.3", []),
    ("3 万人", []),  # a magnitude after a space
    ("30余场", []),
    ("同比-3%", []),  # a minus sign
    ("12、", []),
    ("7折", []),
    ("一个人", ["一"]),
    ("三百人", []),  # a numeral of several characters: the pattern reads it
    ("一是", []),
    ("二、", []),
    ("九成", []),
    ("十一", []),
    ("三个多月", ["三"]),  # 多 inside the unit is the quantity's own reading (`_split_unit`)
])
def test_plain_numbers(text, plain):
    """The numbers a scan of `text` reads as plain ones, left to right."""
    found, pos = [], 0
    while (c := numbers._CANDIDATE.search(text, pos)) is not None:
        if c.lastindex is not None:
            found.append(c.group())
            pos = c.end()
        else:
            m = numbers._pattern().match(text, c.start())
            pos = m.end() if m is not None else c.start() + 1
    assert found == plain


@pytest.mark.parametrize("text", _LINES)
def test_the_separator_cursor_is_the_next_separator(text):
    t = numbers._Text(text, text, None)
    for pos in range(len(text) + 1):
        found = numbers._SEP_START.search(text, pos)
        assert t.sep_from(pos) == (found.start() if found else len(text)), (text, pos)


@pytest.mark.parametrize("text", _LINES)
def test_the_tail_reads_the_same_with_the_cursor(text):
    lex = numbers._tables()
    t = numbers._Text(text, text, None)
    for pos in range(len(text) + 1):
        assert numbers._tail(lex, text, pos, t.sep_from(pos)) == numbers._tail(lex, text, pos), (text, pos)


@pytest.mark.parametrize("word", ["一个", "人次", "一些", "四川", "有三人", "逾千人", "万元", "三百余"])
def test_the_kept_answer_is_the_segmenters(word):
    assert numbers._is_word(word) == bool(segmenter().has_word(word))
    assert numbers._is_word(word) == bool(segmenter().has_word(word))  # the second time from the memo


@pytest.mark.parametrize("text", ["些", "起", "个", "余", "万", "余人", "人次", "场次以上", "多元化", "", "来自"])
def test_the_kept_suffix_answer_is_the_patterns(text):
    lex = numbers._tables()
    assert numbers._is_suffix(lex, text) == (lex.suffix.fullmatch(text) is not None)
    assert numbers._is_suffix(lex, text) == (lex.suffix.fullmatch(text) is not None)


def _clean_as_it_was(value: float) -> float:
    if value.is_integer():
        return value
    rounded = round(value, 6)
    return float(int(rounded)) if rounded.is_integer() else rounded


@pytest.mark.parametrize("value", [0.0, -0.0, 3.0, -2.0, -2.5, 0.8 * 1e8, 1e16, 2.0**53 + 2, 4503599627370495.5,
                                   1 / 3, float("inf"), float("-inf"), float("nan")])
def test_clean_tests_integers_as_is_integer_did(value):
    assert repr(numbers._clean(value)) == repr(_clean_as_it_was(value))


def _by_hand(text: str, pos: int) -> tuple[int, int] | None:
    """What the scan reads by hand at or after `pos`: (start, end of the plain number or -1)."""
    start = numbers._next_start(text, pos, len(text))
    return None if start == len(text) else (start, numbers._plain_end(text, start, len(text)))


def _by_pattern(text: str, pos: int) -> tuple[int, int] | None:
    c = numbers._CANDIDATE.search(text, pos)
    return None if c is None else (c.start(), c.end() if c.lastindex is not None else -1)


def _every_character() -> list[str]:
    """Every character, and around plain numbers (after a digit, between a Chinese digit and a
    digit) every character below U+3100, the full-width forms, every digit of any script and every
    numeral character, and a sample of the other ideographs."""
    chars = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    near = ("".join(map(chr, range(0x3100))) + "".join(map(chr, range(0x3100, 0xD800, 97)))
            + "".join(map(chr, range(0xFF00, 0x10000))) + numbers._NUMCH + "".join(filter(str.isdecimal, chars)))
    return [chars, "".join("5" + c for c in near), "".join("三" + c + "2" for c in near)]


def _corpus_texts() -> list[str]:
    from extractor.text.decode import decode
    from extractor.text.script import working_copy

    from .conftest import CORPUS, corpus_ids
    return [working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text for i in corpus_ids()]


@pytest.mark.parametrize("source", ["lines", "random", "corpus", "every character"])
def test_the_scan_by_hand_reads_what_the_candidate_pattern_reads(source):
    """`_next_start` and `_plain_end` are `_CANDIDATE.search`, read by hand: the same start and the
    same plain number (or none) from every position."""
    texts = {"lines": _LINES, "random": _random_lines(3000), "corpus": None, "every character": None}[source]
    if source == "corpus":
        texts = _corpus_texts()
    elif source == "every character":
        texts = _every_character()
    plain = 0
    for text in texts:
        # every position of a short text; a long line of every character from one start to the next
        positions = range(len(text) + 1) if len(text) < 1000 else None
        pos = 0
        while pos <= len(text):
            found = _by_pattern(text, pos)
            assert _by_hand(text, pos) == found, (text, pos)
            plain += found is not None and found[1] >= 0
            if positions is None and found is None:
                break
            pos = pos + 1 if positions is not None else found[0] + 1
    assert plain  # plain numbers among them
