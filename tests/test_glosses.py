"""Pinyin glosses after characters (`就(jiu)业(ye)`) are removed before the rules read a page."""
import pytest

from extractor.text.glosses import MIN_GLOSSES, Unglossed, has_glosses, strip_glosses

ROWS = [
    ("plain-syllables", "城(cheng)镇(zhen)新增就(jiu)业(ye)2万人", "城镇新增就业2万人", 4),
    ("tone-marks", "社区服務(wù)中心開(kāi)展活動(dòng)12场", "社区服務中心開展活動12场", 3),
    ("full-width-brackets", "妇（fu）女（nü）群众（zhong）参加", "妇女群众参加", 3),
    ("finals-n-ng-r", "帮(bang)扶(fu)困难(nan)儿(er)童", "帮扶困难儿童", 4),
    ("repeated", "就業(ye)(ye)(ye)人(ren)(ren)数", "就業人数", 5),
]

KEPT = [
    ("one-aside", "配备除颤仪(AED)两台,推出应用(app)一个"),
    ("too-few", "就(jiu)业(ye)人数增加"),
    ("numbered-items", "（1）开展宣讲；（2）组织培训；（3）走访慰问"),
    ("after-latin", "APP(app)下载(xia)量(liang)"),
    ("english-words", "举办了讲座(lecture)和展览(exhibition)及论坛(forum)"),
]


@pytest.mark.parametrize("case,text,expected,count", ROWS, ids=[r[0] for r in ROWS])
def test_glosses_are_removed(case, text, expected, count):
    assert strip_glosses(text) == (expected, count)


@pytest.mark.parametrize("case,text", KEPT, ids=[k[0] for k in KEPT])
def test_what_is_not_a_page_of_glosses_is_left_as_it_is(case, text):
    assert strip_glosses(text) == (text, 0)


NO_BRACKET = [("plain", "城镇新增就业2万人"), ("pinyin-without-brackets", "就jiu业ye服fu务wu人ren员yuan"), ("empty", "")]
FEW_SYLLABLES = [  # brackets, but fewer bracketed syllables than a page of glosses needs
    ("brackets-no-syllable", "（一）开展宣讲（二）组织培训（三）走访慰问"),
    ("two-syllables-apart", "健身操(cao)表演，又称广场舞(wu)，吸引群众300人"),
    ("syllables-not-after-a-character", "(ba)(ma)、2(er)人"),
    ("two-glosses-and-an-aside", "就(jiu)业(ye)服务应用(app)"),
]
EVERY = [(r[0], r[1]) for r in ROWS] + KEPT + NO_BRACKET + FEW_SYLLABLES


@pytest.mark.parametrize("case,text", EVERY, ids=[e[0] for e in EVERY])
def test_the_bracket_shortcut_answers_as_the_pattern_does(case, text):
    # a text without a bracket, or with fewer bracketed syllables than a page needs, is answered without
    # trying the pattern: the answers must be the pattern's
    from extractor.text.glosses import _GLOSS, _ONE_GLOSS

    found = sum(len(_ONE_GLOSS.findall(run)) for run in _GLOSS.findall(text))
    assert has_glosses(text) == (found > 0)
    assert strip_glosses(text)[1] == (found if found >= MIN_GLOSSES else 0)


def test_a_page_needs_several_glosses():
    text = "就(jiu)业(ye)服(fu)务"
    assert strip_glosses(text[:8]) == (text[:8], 0)  # two glosses: asides
    assert strip_glosses(text)[1] == MIN_GLOSSES


def test_a_page_with_glosses_is_read_without_them_and_carries_that_text(extractor):
    raw = "今年以来，县人社局实现城(cheng)镇(zhen)新增就(jiu)业(ye)(ye)8370人，发放创(chuang)业担保贷款7.02亿元。"
    article = extractor.extract_bytes(raw.encode("utf-8"), id="glossed")
    text = article.source.text
    assert text == strip_glosses(raw)[0]
    assert any("pinyin glosses" in w for w in article.warnings)
    assert [c.value for c in article.claims] == [8370, 702_000_000]
    assert all("(" not in c.metric and c.metric in "城镇新增就业创业担保贷款" for c in article.claims)
    for c in article.claims:
        assert text[c.span.start:c.span.end] == c.raw and text[c.metric_span.start:c.metric_span.end] == c.metric


def test_a_page_without_glosses_carries_no_text(extractor):
    article = extractor.extract_bytes("县妇联开展宣讲12场次(含线上)。".encode("utf-8"), id="plain")
    assert article.source.text is None and not article.warnings


# -- the text without its glosses, with the maps between the two (what quantities() reads through)

@pytest.mark.parametrize("text,plain", [
    ("服務(wù)群眾", "服務群眾"),
    ("就(jiu)業(ye)(ye)(ye)8.37萬(wan)(wan)人", "就業8.37萬人"),
    ("覆（fù）盖", "覆盖"),
    # not glosses: an abbreviation, a note in brackets, a gloss after no Chinese character
    ("人工智能(AI)课程", "人工智能(AI)课程"),
    ("示范点(含省级)", "示范点(含省级)"),
    ("12(ab)", "12(ab)"),
])
def test_plain_text(text, plain):
    assert Unglossed(text).text == plain
    assert has_glosses(text) == (plain != text)


def test_offsets_map_both_ways():
    text = "发放救(jiù)助金48万(wàn)元。"
    u = Unglossed(text)
    a = u.text.index("救助金")
    assert text[u.start(a):u.end(a + 3)] == "救(jiù)助金"
    b = u.text.index("48万元")
    assert text[u.start(b):u.end(b + 4)] == "48万(wàn)元"
    for pos in range(len(u.text) + 1):
        assert u.to_plain(u.start(pos)) == pos and u.to_plain(u.end(pos)) == pos


# -- the pattern opens on the bracket (sought by its character class) instead of a lookahead tried
# at every character: the same matches as the pattern it replaces

def _slow_gloss():
    import re

    from extractor.text.glosses import _ONE

    return re.compile(rf"(?=[(（])(?<=[\u3400-\u9fff])(?:{_ONE})+")


def _random_texts(n: int):
    import random

    rng = random.Random(6)
    pieces = ["(", ")", "（", "）", "就", "業", "a", "ye", "zh", "ng", "ù", "2", " ", "，", "(ye)", "（nü）", "(app)", "〇"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40))) for _ in range(n)]


def test_the_bracket_first_pattern_matches_as_the_lookahead_one():
    from extractor.text.glosses import _GLOSS

    slow = _slow_gloss()
    texts = [e[1] for e in EVERY] + _random_texts(5000)
    assert sum(slow.search(t) is not None for t in texts) > 500  # the random texts hold glosses too
    for text in texts:
        assert [m.span() for m in _GLOSS.finditer(text)] == [m.span() for m in slow.finditer(text)], text
        assert _GLOSS.sub("", text) == slow.sub("", text), text
        assert has_glosses(text) == (slow.search(text) is not None), text
