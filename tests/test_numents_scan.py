"""Shortcuts of the numbers scan (round 8), each against the slow way it replaces:

- a text with no bracket between an ideograph and what a pinyin syllable opens on has no glosses
  (`_may_have_glosses` before `glosses.has_glosses`);
- 负 before anything but a digit or a numeral starts no match of the pattern (the scan steps on
  without trying it);
- the longest unit at a position is the first of its first character's units that the text holds
  there (`_unit_at`, by slices), as the alternation of every unit reads it."""
from __future__ import annotations

import re
import random

import pytest

from extractor import lexicon
from extractor.stages import numbers
from extractor.text import glosses
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS, corpus_ids


def _corpus() -> list[str]:
    return [working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text for i in corpus_ids()]


# brackets after and before everything a gloss's neighbours may be: ideographs, syllables, initials
# alone, vowels with tone marks, Latin words, digits, other brackets
_GLOSS_PIECES = (list("就业服务城镇人数的") + ["(", ")", "（", "）", "(ye)", "(wù)", "（fu）", "(app)", "(AI)", "(含)",
                 "(zh", "ang)", "2", "(er)", "A", " ", "\n", "ü", "(nü)", "((ba))", "(ye)(ye)", "(x", "(ǖ)", "（Z）"])


def _random_texts(pieces: list[str], count: int, seed: int, longest: int = 25) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_no_glosses_where_no_bracket_may_open_one(source):
    """`_may_have_glosses` is False only where `has_glosses` is: it never hides a glossed text."""
    texts = _corpus() if source == "corpus" else _random_texts(_GLOSS_PIECES, 5000, 8)
    glossed = 0
    for text in texts:
        expected = glosses.has_glosses(text)
        glossed += expected
        assert numbers._may_have_glosses(text) or not expected, text
    if source == "random":
        assert 500 < glossed < 4500  # both answers, many times


_SIGN_PIECES = list("负责负担负3一十百万千余多第-−.,%人元 \n") + ["负", "负", "零下", "٣", "壹", "拾", "a"]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_fu_before_no_number_starts_no_match(source):
    """Where 负 stands before no character of `_STARTS` (or ends the text), the pattern matches
    nothing there: the scan's step past it without a match call loses nothing."""
    texts = _corpus() if source == "corpus" else _random_texts(_SIGN_PIECES, 3000, 9, 12)
    skipped = 0
    for text in texts:
        at = text.find("负")
        while at != -1:
            if not (at + 1 < len(text) and numbers._flags(text, at + 1) & numbers._START):
                skipped += 1
                assert numbers._pattern().match(text, at) is None, (text, at)
            at = text.find("负", at + 1)
    assert skipped > 20


def _unit_by_alternation(text: str, pos: int) -> str:
    """The slow way: the alternation of every unit, longest first, tried at `pos`; a unit of two characters or
    more ending in 日 before a word that opens with 日 (工作日|前: 日前) is passed over, as `_unit_at` passes it."""
    for m in _UNITS_EACH:
        found = m.match(text, pos)
        if found is not None and not (len(found.group()) > 1 and found.group()[-1] == "日"
                                      and text[found.end():found.end() + 1] in numbers._DAY_WORD_NEXT):
            return found.group()
    return ""


_UNITS = numbers.regex.compile(lexicon.alternation(numbers._tables().units))
# each unit alone, longest first (what the alternation tries in turn)
_UNITS_EACH = [numbers.regex.compile(re.escape(u)) for u in sorted(numbers._tables().units, key=len, reverse=True)]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_the_unit_at_a_position_is_the_alternations(source):
    units = list(numbers._tables().units)
    rng = random.Random(10)
    texts = _corpus() if source == "corpus" else [
        "".join(rng.choice(units + list("人个万元米千百次场名户多余")) for _ in range(rng.randint(0, 6)))
        for _ in range(3000)]
    for text in texts:
        for pos in range(len(text) + 1):
            assert numbers._unit_at(numbers._tables(), text, pos) == _unit_by_alternation(text, pos), (text, pos)


_NAME_PIECES = list("附件报告.。1203") + [".pdf", ".PDF", ".docx", ".jpg", ".7z", ".x", ".", "IMG_", "a.b", ".ſ", "\u212a",
                                          ".html", "5.5", " ", "\n"]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_no_file_name_where_every_point_is_a_decimal_point(source):
    """`_may_have_extension` is False only where `_FILE_EXT` finds nothing."""
    texts = _corpus() if source == "corpus" else _random_texts(_NAME_PIECES, 5000, 12, 8)
    named = 0
    for text in texts:
        expected = numbers._FILE_EXT.search(text) is not None
        named += expected
        assert numbers._may_have_extension(text) or not expected, text
    if source == "random":
        assert 500 < named < 4500


def test_the_edge_bits_are_the_sets():
    """`_edge` answers `text[pos:pos + 1] in the_set` for each of its three sets, at every character
    of the corpus, every character of the sets, the ends of a text and past them."""
    lex = numbers._tables()
    sets = ((numbers._PRE_END, lex.pre_ends), (numbers._POST_START, lex.post_starts),
            (numbers._NOT_UNIT_START, lex.not_unit_starts))
    every = "".join(sorted(set(lex.pre_ends | lex.post_starts | lex.not_unit_starts))) + "一人了 \n余多以上下近约超A3。"
    for text in _corpus() + [every, ""]:
        for pos in range(len(text) + 2):
            for bit, chars in sets:
                assert numbers._edge(lex, text, pos, bit, chars) == (text[pos:pos + 1] in chars), (text, pos, bit)


_DI_PIECES = list("第第第 一二十百千万亿点五零〇两几壹拾3.,5%届名次个-") + ["12", "1,234", "3.5", "5.", ".5", "点五十", "٣", "a"]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_at_di_the_ordinal_branch_alone_matches_as_the_pattern(source):
    """At every 第 the pattern matches where `_ORDINAL_AFTER_DI` does, as far, with the same
    numeral, as an ordinal; and nowhere else."""
    texts = _corpus() if source == "corpus" else _random_texts(_DI_PIECES, 4000, 13, 10)
    matched = 0
    for text in texts:
        at = text.find("第")
        while at != -1:
            whole, alone = numbers._pattern().match(text, at), numbers._ORDINAL_AFTER_DI.match(text, at)
            assert (whole is None) == (alone is None), (text, at)
            if whole is not None and alone is not None:
                matched += 1
                assert whole.lastgroup == "ordinal", (text, at)
                assert (whole.span(), whole.span("onum")) == (alone.span(), alone.span("onum")), (text, at)
            at = text.find("第", at + 1)
    assert matched > 50
