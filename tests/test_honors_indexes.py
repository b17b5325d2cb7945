"""The look-up structures the honours stage builds for speed agree with the slow way they replace:
`titles.Endings` with `str.endswith`, the sentence walk of `_Ctx.sentence_words` with a search per
sentence, the written-out heading pattern with the counted one. Texts written for these tests."""
import itertools
import random
import re

import pytest

from extractor.stages import honors, titles

_WORD_LISTS = [
    ("家庭", "村", "服务中心", "委员会", "站"),
    ("主任", "长", "书记"),
    ("x",),
    ("", "家"),  # an empty word ends every text: the look-up hands over to str.endswith
    (),
]
_TEXTS = ["", "家", "王大海家庭", "大庭", "村\n", "东风村村委会主任", "县妇联服务中心", "站长", "城关镇\n", "服务中心站"]


@pytest.mark.parametrize("words", _WORD_LISTS, ids=lambda w: "|".join(w) or "none")
def test_endings_agree_with_endswith(words):
    ends = titles.Endings(words)
    for text in _TEXTS:
        n = len(text)
        for start, end in itertools.product(range(-2, n + 3), repeat=2):
            assert ends.end(text, start, end) == text.endswith(words, start, end), (text, start, end)


def test_title_lexicon_endings_agree():
    w = honors._words()
    for kind, listed in w.titles.words_of.items():
        ends = w.titles.endings[kind]
        for text in ("全国最美家庭", "市级先进集体", "优秀共产党员", "国家队", "一等奖", "人才培养计划", "金牌4枚"):
            assert ends.end(text, 0, len(text)) == text.endswith(listed), (kind, text)


_ARTICLE = ("县妇联召开年度工作会议。会上，王大海家庭获评全国最美家庭；李小红被市妇联评为优秀志愿者。"
            "一、县级文明家庭（3户）：\n张三家庭、李四家庭、王五家庭\n"
            "下一步，县妇联将继续开展活动。表彰名单如下：东风村（2个）\n（ 12名）：王明")


def _sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[。；\n]", text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


@pytest.mark.parametrize("order", ["text", "reversed"])
def test_sentence_words_agree_with_a_search_per_sentence(order):
    sentences = _sentences(_ARTICLE)
    if order == "reversed":
        sentences = sentences[::-1]
    ctx = honors._Ctx(_ARTICLE, [], None)
    found = ctx.sentence_words(sentences)
    for (a, b), present in zip(sentences, found):
        words = ctx.words_in(a, b)
        slow = words if words or honors._LIST_COUNT_COLON.search(_ARTICLE, a, b) else None
        assert present == slow, _ARTICLE[a:b]
    assert any(p is not None and not p for p in found)  # a list's count alone opens a sentence to reading


_LINES = ["", "一、县级文明家庭（3户）：", "2023年度全县“最美家庭”名单", "张三家庭、李四家庭、王五家庭" * 3,
          "为深入贯彻落实党的精神，进一步激发广大妇女群众的积极性，市妇联于近日组织开展了评选活动，共评选出100户家庭。",
          "一 二 三 四 五 六 七 八 九 十 " * 6 + "名单", "（12名）" * 10 + "表彰" * 22, "表彰" * 22]


_HEADINGS = ["一、县级文明家庭（3户）：", "（二）先进个人名单", "十一.优秀志愿者 ( 12 名 ) :", "  三、  最美家庭  名单 ：  ",
             "一、二、三、四", "一、名单", "四、abc名单", "五、abcd名单名单", "第一批示范村名单(5个)", "名单（3人）",
             "一、" + "长" * 40, "一、" + "长" * 38 + "名单", "一、" + "长" * 41, "长" * 40 + "（8名）", "长" * 41,
             "一、三好学生\n名单", "一、ab\ncd名单", "  ", "（一）abc（2名）", "一、abc（2名）：", "十、a b c", "(一)ab:",
             "附：长长长长名单（按姓氏笔画排序）", "二、长长长长名单（排名不分先后）：", "长长长长（以姓氏笔画为序）", "长长长长（按级别排列）",
             "长长长长（按123排序）", "长长长长（排序说明）",
             "四、长长长长（队伍）（3支队伍、3名个人）", "长长长长（12名同志）", "长长长长（3个集体，2名个人）"]


def _same_heading(text, a, b):
    slow = honors._heading_patterns()[0].fullmatch(text, a, b)
    assert honors._heading(text, a, b) == (
        honors._Heading(slow.start(1), slow.end(1), slow.group(2)) if slow else None), repr(text[a:b])


@pytest.mark.parametrize("line", _LINES + _HEADINGS)
def test_heading_read_from_both_ends_agrees_with_the_pattern(line):
    text = "前文。\n" + line + "\n后文"
    _same_heading(text, 4, 4 + len(line))
    _same_heading(line, 0, len(line))


def test_heading_agrees_on_lines_made_of_its_parts():
    """Every line of up to 5 parts drawn from the pieces a heading is made of (and a few it is not)."""
    parts = ["一", "十", "、", ".", "（", "(", ")", "）", " ", "\u3000", "\n", "名", "单", "名单", "3", "12", "人",
             ":", "：", "ab", "长长", "家庭", "按", "排序", "先后", "为序", "支", "队伍", "、"]
    rng = random.Random(7)
    for _ in range(20000):
        line = "".join(rng.choice(parts) for _ in range(rng.randint(0, 9)))
        _same_heading(line, 0, len(line))
        _same_heading("x" + line + "y", 1, 1 + len(line))
    for n in range(0, 48):  # around the title's shortest and longest
        for lead, tail in itertools.product(("", "一、", " （二） "), ("", "名单", "（3名）：", " 名单 (12人) : ")):
            line = lead + "长" * n + tail
            _same_heading(line, 0, len(line))


def test_opened_forms_open_with_their_words():
    """`_Sentence.opened` tries a form's pattern only where one of its words starts: each pattern must
    begin with the alternation of exactly those words."""
    from extractor import lexicon
    w = honors._words()
    for form in honors._OPENED:
        words = [r["word"] for r in lexicon.rows("honors.triggers") if r["form"] == form]
        assert words and w.form_words[form] == frozenset(words)
        assert w.triggers[form].pattern.startswith(f"(?:{lexicon.alternation(words)})"), form


_VERB_SENTENCES = [
    "县妇联表彰命名了10个“最美家庭”，评选表彰先进个人20名，表彰大会上表扬了志愿者。",
    "王红获评全国最美家庭，获得者李明获得了市级荣誉，获获评奖，并当选为县人大代表。",
    "市委授予李强“优秀党员”称号，表彰命名表彰了先进集体，命名为示范村，授予了张三奖章。",
    "此次评选共评出先进个人5名；推选出推选代表，选树典型，评选出评出优秀。",
    "2023年度全国最美家庭名单公布，我县王德明家庭榜上有名，榜上有名的还有李四。",
]


@pytest.mark.parametrize("text", _VERB_SENTENCES)
def test_opened_agrees_with_finditer(text):
    ctx = honors._Ctx(text, [], None)
    for a, b in _sentences(text) + [(0, len(text)), (3, len(text) - 5)]:
        s = honors._Sentence(ctx, a, b, 0, [], ctx.words_in(a, b))
        for form in honors._OPENED:
            fast = [(m.start(), m.end(), m.groups()) for m in s.opened(form)]
            slow = [(m.start(), m.end(), m.groups()) for m in ctx.words.triggers[form].finditer(text, a, b)]
            assert fast == slow, (form, text[a:b])


def test_guarded_patterns_hold_their_guard_words():
    """A sentence is searched for these patterns only when it holds the characters every match holds:
    the patterns must keep them outside any optional part."""
    t = honors._words().triggers
    assert t["relative"].pattern.endswith(")?的")  # …(?:称号|表彰)?的
    assert t["epithet_list"].pattern.startswith("(?:曾)?(?:获得|荣获|获)((?:“") and ")+)等(?:" in t["epithet_list"].pattern
    assert t["commend_frame"].pattern.startswith("对(") and f"(?:{'|'.join(honors._FRAME_VERBS)})了?(" in t["commend_frame"].pattern


_STRETCHES = ["“全国三八红旗手”称号", "全国文明家庭等荣誉称号后", "市劳动模范称号后\n", "第三批全国示范村名单", "一等奖后",
              "全省技能大赛一等奖后", "优秀志愿者等10项荣誉称号", "先进集体的称号", "称号", "最美家庭\n", "省级文明村", "后"]


@pytest.mark.parametrize("stretch", _STRETCHES)
def test_clean_guards_change_nothing(stretch, monkeypatch):
    """`titles.clean` searches its end-anchored tail patterns only where `_ends_in` allows: the same
    titles as searching them everywhere."""
    words = honors._words().titles
    text = "获得" + stretch + "。"
    spans = [(a, b) for a in range(len(text)) for b in range(a, len(text) + 1)]
    guarded = [titles.clean(text, a, b, words) for a, b in spans]
    monkeypatch.setattr(titles, "_ends_in", lambda *args: True)
    assert guarded == [titles.clean(text, a, b, words) for a, b in spans]


_FRAMED = "近日，同时于2023年5月先后连续三年我县王大海家庭共计 、分别被评为其中屡次3名同志"


def test_only_frame_words_shortcut_agrees():
    """`recipients.only_frame_words` answers at once for a stretch whose first character no trim can
    take: the same as trimming it, over every span of a text of frame words, times and names."""
    from extractor.stages import recipients
    w = honors._words().recipients
    reader = recipients.Reader(_FRAMED, [], w)
    for a in range(len(_FRAMED)):
        for b in range(a, len(_FRAMED) + 1):
            t = recipients.trim_edges(reader, a, b)
            assert recipients.only_frame_words(reader, a, b) == (t[1] <= t[0]), _FRAMED[a:b]


def test_frame_end_guards_hold_the_patterns_words():
    """`_not_reported` searches its two end-anchored patterns only where a verb follows one of their
    words: the guard's words must be the pattern's."""
    from extractor import lexicon
    w = honors._words()
    for kind in ("not_before", "preposition"):
        assert w.triggers[kind].pattern == f"(?:{lexicon.alternation(w.frame_ends[kind].words)})$"


_TIMED = "于2023年5月近日，在12月3日同时“2024年度”一等奖金奖、二等奖和三等奖优秀奖“特等奖”第三届金奖"


def test_is_time_first_character_guard_agrees():
    """`recipients.is_time` matches its patterns only in a text that opens with a character one of
    their matches can open with: the same as matching them, over every span of a text of times,
    frame words and placings, and over every time word of the lexicon."""
    from extractor.stages import recipients
    w = honors._words().recipients
    reader = recipients.Reader(_TIMED, [], w)

    def slow(text):
        return bool(text) and (recipients._DATE.fullmatch(text) is not None or w.time.fullmatch(text) is not None)

    words = [m for m in re.findall(r"[^|()?:]+", w.time.pattern)]
    for text in [_TIMED[a:b] for a in range(len(_TIMED)) for b in range(a, len(_TIMED) + 1)] + words:
        assert recipients.is_time(reader, text) == slow(text), text


def test_is_rank_only_last_character_guard_agrees():
    """`titles.is_rank_only` makes a title bare and matches it only when its last character (quote
    marks left out) may end a placing: the same as matching every title, over every span of a text of
    placings, quotes and editions, and over every placing word of the lexicon."""
    words = honors._words().titles

    def slow(text):
        plain = titles.bare(text)
        return words.rank_prize.fullmatch(plain) is not None or titles._PLACINGS.fullmatch(plain) is not None

    lexicon_words = list(words.words_of.get("rank_prize", ()))
    texts = [_TIMED[a:b] for a in range(len(_TIMED)) for b in range(a, len(_TIMED) + 1)]
    for text in texts + lexicon_words + ["“" + t + "”" for t in lexicon_words] + ["2023年度" + t for t in lexicon_words]:
        assert titles.is_rank_only(text, words) == slow(text), text
