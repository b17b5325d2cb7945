"""The honours modules' shortcuts of the speed round: each gives the answer of the way it replaces,
checked against that way on table texts, on stretches of the corpus texts and on random texts."""
from __future__ import annotations

import random
import re

import pytest

from extractor.stages import honors, recipients, titles
from extractor.stages.filters import first_rejecting
from extractor.text import scan
from .conftest import corpus_texts as _texts, stretches as _stretches


# characters the shortcuts read: digits of several scripts, numerals, verbs' first characters, marks
_ALPHABET = "0123456789０１２٣一二两三四五六七八九十百千万亿名个人位家户开展获评表彰授予命名颁发的等“”、，。 \n县市镇村王李张"


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 16))) for _ in range(count)]


COUNTS = ["14人", "王跃等100位同志", "城关镇卫生院", "十佳单位", "三八红旗手", "２名", "٣个", "全县", "", "百花村"]


@pytest.mark.parametrize("text", COUNTS)
def test_may_count_on_table(text):
    words = honors._words().recipients
    if words.number.search(text):
        assert recipients.may_count(text)


def test_may_count_where_number_matches():
    """`may_count` says no only where `number` (and so `counted`) finds nothing."""
    words = honors._words().recipients
    for text in _stretches(11, 150, 30) + _random_texts(12, 20000):
        if not recipients.may_count(text):
            assert words.number.search(text) is None, text
            assert words.counted.match(text) is None, text


def test_not_title_openings_as_startswith():
    tw = honors._words().titles
    words = tw.words_of.get("not_title", ())
    texts = [w + tail for w in words for tail in ("", "奖", "“")] + [w[:-1] for w in words] + _stretches(15, 100, 12)
    for text in texts:
        assert tw.not_title_openings.start(text) == text.startswith(words), text
    assert titles.Openings(["", "表彰"]).start("其他")  # an empty word starts every text


def test_issue_word_guard_on_titles():
    """`_issued` reads the pattern only where `_issue_word_in` finds a verb of naming in its reach:
    wherever the pattern matches a stretch, the guard says yes."""
    pattern = honors._words().triggers["issued"]
    rng = random.Random(16)
    table = ["团中央授予的全国五四红旗团委", "由省教育厅等三部门联合颁发的优秀教师", "省妇联命名的最美家庭", "全国三八红旗手"]
    for text in table + _texts():
        ctx = honors._Ctx(text, [], None)
        starts = range(len(text)) if len(text) < 40 else [rng.randrange(len(text)) for _ in range(300)]
        for a in starts:
            for b in (len(text), min(len(text), a + 8), min(len(text), a + 30)):
                if pattern.match(text, a, b) is not None:
                    assert honors._issue_word_in(ctx, a + honors._ISSUER_LEAST, min(b, a + honors._ISSUER_MOST)), (text[a:b],)


def test_first_rejecting_is_the_tables():
    """The stage's own walk over the rows gives the row `filters.first_rejecting` gives, candidate by
    candidate, over the corpus."""
    seen = 0
    original = honors._first_rejecting

    def both(c: honors._Candidate):
        nonlocal seen
        seen += 1
        found = original(c)
        assert found == first_rejecting(honors._FILTERS, c)
        return found

    honors._first_rejecting = both
    try:
        from extractor.pipeline import Extractor, ExtractorConfig
        extractor = Extractor(ExtractorConfig(model="none"))
        for text in _texts()[:60]:
            extractor.extract_text(text, id="t")
    finally:
        honors._first_rejecting = original
    assert seen > 100


def test_titled_memo_is_is_titled():
    ctx = honors._Ctx("", [], None)
    for text in ["全国最美家庭", "“书香校园”", "省级资金", "全国最美家庭"] + _stretches(17, 20, 12):
        assert ctx.is_titled(text) == titles.is_titled(text, ctx.words.titles), text


STOP_SETS = [honors._CLAUSE, honors._HARD, honors._COMMA_ITEMS, recipients._LIST_ITEMS, recipients._COMMA_ITEM,
             recipients._COMMAS, titles._LIST_SEPARATORS, titles._LIST_SEPARATORS | titles._CONJUNCTIONS]
_SCAN_ALPHABET = "，,。;；:：！?\n、和及与的县“”「」『』《》()（）【】 a1王"


def _scan_texts() -> list[str]:
    rng = random.Random(21)
    made = ["".join(rng.choice(_SCAN_ALPHABET) for _ in range(rng.randrange(0, 14))) for _ in range(1200)]
    return made + ["授予“青鸟”志愿服务队（含追授1名）“X”称号，A、B和C", "（一、二）和“甲，乙”及丙；丁"]


def _regex_marks(stops):
    return re.compile("[" + re.escape("".join(sorted(set(stops) | set(scan.OPEN) | set(scan.CLOSE)))) + "]")


def _first_stop(marks, stops, entering, leaving):
    depth = 0
    for m in marks:
        ch = m.group()
        if ch in entering:
            depth += 1
        elif ch in leaving:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return m
    return None


def _regex_start(norm, pos, floor, stops):
    """The scan as it was before its walk: a regex over the text read backwards finds the marks."""
    size = len(norm)
    m = _first_stop(_regex_marks(stops).finditer(norm[::-1], size - pos, size - floor), stops, scan.CLOSE, scan.OPEN)
    return size - m.start() if m else floor


def _regex_end(norm, pos, ceiling, stops):
    m = _first_stop(_regex_marks(stops).finditer(norm, pos, ceiling), stops, scan.OPEN, scan.CLOSE)
    return m.start() if m else ceiling


def test_clause_scans_are_the_bracket_aware_scans():
    """`scan.clause_start` and `clause_end`, walked by code point, give the regex scan's answer at every
    position of random texts of stops, brackets and quote marks (unbalanced ones too), with floors and
    ceilings inside and outside the text, and at random positions of the corpus texts."""
    for text in _scan_texts():
        n = len(text)
        for stops in STOP_SETS:
            for pos in range(-1, n + 2):
                for bound in (-1, 0, pos - 3, pos + 3, n, n + 1):
                    assert scan.clause_start(text, pos, bound, stops) == _regex_start(text, pos, bound, stops), (text, pos, bound)
                    assert scan.clause_end(text, pos, bound, stops) == _regex_end(text, pos, bound, stops), (text, pos, bound)
    rng = random.Random(22)
    for text in _texts():
        for _ in range(100):
            pos = rng.randrange(len(text) + 1)
            stops = rng.choice(STOP_SETS)
            floor, ceiling = max(0, pos - rng.randrange(200)), min(len(text), pos + rng.randrange(200))
            assert scan.clause_start(text, pos, floor, stops) == _regex_start(text, pos, floor, stops)
            assert scan.clause_end(text, pos, ceiling, stops) == _regex_end(text, pos, ceiling, stops)


def test_a_header_row_s_first_cell_is_read_as_all_its_cells_read_it():
    """`honors._first_header_cell` (the shortcut for prose paragraphs) gives `_header_cells(...)[0]`, on
    random rows of one- and two-character cells, blanks, bars and tabs."""
    rng = random.Random(5)
    pieces = ["年", "份", "年份", "荣誉", "序号", " ", "  ", "\u3000", "｜", "|", "\t", "授予单位", "开展"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for cell in (honors._CELL, honors._BARRED_CELL):
            cells = honors._header_cells(text, 0, len(text), cell)
            assert honors._first_header_cell(text, 0, len(text), cell) == (cells[0] if cells else ""), (text, cell)
