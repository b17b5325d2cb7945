"""Clean: a line is tried against the markers only where one of their words stands in it.
The words read from a pattern must be in every match of it (else a junk line would be kept), and
the stage must find what trying every marker on every line finds."""
import re

import pytest

from extractor.stages import clean
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS, corpus_ids

WORDS = [
    (r"热线[:：]?\s*\d", {"热线"}),
    (r"(举报|咨询)电话", {"举报电话", "咨询电话"}),  # an alternation of words joined to the word after it
    (r"打印本页|【打印】|^打印$", {"打印"}),  # a word that holds another is left out: a match holding it holds that one
    (r"返回顶部|返回首页", {"返回顶部", "返回首页"}),  # the parser's common prefix, joined to what follows
    (r"^(来源|作者)[:丨|\s]", {"来源", "作者"}),  # a class holding a category gives no words
    (r"^\s*<[^>]+>", {"<"}),
    (r"记者.{0,24}(通讯员|报道)", {"记者"}),
    (r"a(?:bc)?d", {"ad", "abcd"}),  # an optional run: there, or not
    (r"(?:xy)+z", {"xy"}),
    (r"分享[:]?$|^分享到", {"分享"}),  # a union over the branches, less the words that hold another
    (r"[甲乙]丙", {"甲丙", "乙丙"}),
    (r"^\(?(记者|文)[ :]", {"记者 ", "记者:", "文 ", "文:"}),  # not the space and colon of prose
    (r"热线[:：]?\s*\d", {"热线"}),
    (r"(?<=县)妇联(?!主席)", {"妇联"}),  # a lookaround matches no character
    (r"(?i:ab)cd", {"cd"}),  # a case-blind group: its letters may be written otherwise
    (r"a.b", {"a"}),  # any character breaks the run; a and b tie, the first is kept
    # 81 strings are too many to join: the run starts again at the second class
    (r"[一二三四五六七八九][一二三四五六七八九]年", {c + "年" for c in "一二三四五六七八九"}),
    (r"[甲乙]", {"甲", "乙"}),
]
NO_WORDS = [r"\d{3,4}-?\d{7,8}", r"^.{0,3}$", r"[^,，]+", r"ab|\d", r"(?i)copyright", r"x*", r"(?=报道)"]


@pytest.mark.parametrize("pattern,words", WORDS, ids=[w[0] for w in WORDS])
def test_words_every_match_holds(pattern, words):
    assert clean._words_of(re.compile(pattern)) == words


@pytest.mark.parametrize("pattern", NO_WORDS)
def test_patterns_that_need_no_word(pattern):
    assert clean._words_of(re.compile(pattern)) is None


LINES = [
    "新闻热线：0536-1234567", "分享到: 微信", "分享", "  打印  ", "【打印】【关闭】", "返回顶部",
    "来源:某某网", "作者 张三", "<div class=x>", "记者 李四 通讯员 王五 报道", "首页 | 登录 | 注册",
    "某县妇联开展宣讲128场次，覆盖群众1.5万人。", "(记者 赵六)", "index.shtml", "Copyright 2024",
    "未经本网授权不得转载", "诚邀各界人士合作", "扫一扫 关注公众号", "某城棋牌网页版注册送88元",
]


def _corpus_lines() -> list[str]:
    return [line for i in corpus_ids()
            for line in working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text.split("\n")]


def test_every_match_of_the_table_patterns_holds_one_of_their_words():
    import random

    rng = random.Random(5)
    checked = 0
    for pattern, _ in WORDS:
        compiled = re.compile(pattern)
        words = clean._words_of(compiled)
        alphabet = sorted(set(re.sub(r"[\\^$?*+.{}()|\[\]]", "", pattern)) | set(" :\n2AB")) + sorted(words)
        for _ in range(1500):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
            for m in compiled.finditer(text):
                assert any(w in m.group(0) for w in words), (pattern, text)
                checked += 1
    assert checked > 1000


def test_every_marker_match_holds_one_of_its_words():
    for marker in clean._markers():
        words = clean._words_of(marker.pattern)
        if words is None:
            continue
        for line in LINES + _corpus_lines():
            if marker.pattern.search(line.strip()):
                assert any(w in line for w in words), (marker.rule, line)


def _every_marker_on_every_line(norm: str) -> list[tuple[int, int]]:
    """The slow way: every line a candidate for every marker."""
    hits, pos = [], 0
    for line in norm.split("\n"):
        hits.extend((pos, i) for i in range(len(clean._markers())))
        pos += len(line) + 1
    return hits


def test_removed_as_when_every_marker_is_tried_on_every_line(monkeypatch):
    texts = ["\n".join(LINES), "\n\n" + "\n".join(LINES) + "\n\n"]
    texts += [working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text for i in corpus_ids()]
    fast = [clean.find_removed(t) for t in texts]
    monkeypatch.setattr(clean, "_marker_hits", _every_marker_on_every_line)
    slow = [clean.find_removed(t) for t in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 50  # the corpus has junk lines: the comparison means something


def test_a_marker_without_words_is_tried_on_every_line(monkeypatch):
    """Where a pattern yields no words, its marker is tried on every line, empty ones too."""
    reading = clean._words_of
    wordless = {m.rule for m in clean._markers()} & {"clean.header.labelled", "clean.byline.credit"}
    monkeypatch.setattr(clean, "_words_of", lambda p: None if any(
        m.pattern is p and m.rule in wordless for m in clean._markers()) else reading(p))
    clean._marker_words.cache_clear()
    try:
        assert clean._marker_words()[2]  # the markers tried everywhere
        texts = ["\n".join(LINES), "\n\n来源:某某网\n\n\n(记者 赵六)\n"]
        fast = [clean.find_removed(t) for t in texts]
        monkeypatch.setattr(clean, "_marker_hits", _every_marker_on_every_line)
        assert fast == [clean.find_removed(t) for t in texts]
        assert any(r.rule in wordless for r in fast[1])
    finally:
        clean._marker_words.cache_clear()
