"""text/gloss: a text without its pinyin glosses, and the offsets between the two. Rows written for this test."""
import pytest

from extractor.text.gloss import Unglossed, has_glosses


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
