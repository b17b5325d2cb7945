"""The honours modules' cheap tests before a reading: each says no only where the reading finds
nothing (or changes nothing). Checked against the reading itself, on table stretches and on every
short stretch of the corpus texts."""
from __future__ import annotations

import random

import pytest

from extractor.stages import honors, recipients
from .conftest import corpus_texts as _texts


TRIMMED = [
    "2023年5月，城关镇卫生院",
    "城关镇卫生院先后",
    "其中，我县2个团队",
    "近日 张三",
    "县税务局连续三年",
    "我旗代表团共",
    "张三\n",
    "、李四、",
    "王五",
]


@pytest.mark.parametrize("text", TRIMMED)
def test_trim_edges_as_read(text):
    reader = recipients.Reader(text, [], honors._words().recipients)
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            assert recipients.trim_edges(reader, a, b) == recipients._trim_edges(reader, a, b), (text, a, b)


def test_trim_edges_on_the_corpus():
    """Where a stretch's first and last characters are kept (`_stays_first`, `_stays_last`), trimming
    it changes nothing: the shortcut's answer is the reading's on 200 stretches of each text."""
    rng = random.Random(5)
    words = honors._words().recipients
    for text in _texts():
        reader = recipients.Reader(text, [], words)
        for _ in range(200):
            a = rng.randrange(len(text))
            b = min(len(text), a + rng.randrange(0, 30))
            assert recipients.trim_edges(reader, a, b) == recipients._trim_edges(reader, a, b), (text[a:b], a, b)


def test_event_opens_with_zai():
    """`_verbs` searches the contest frame only where 在 stands before the verb: every match opens with it."""
    assert honors._words().event.pattern.startswith("在")


def test_list_count_follows_its_bracket():
    """`_Ctx` tries a list's count only at a bracket followed by a digit or a space: anywhere the
    pattern matches, one is."""
    rng = random.Random(7)
    samples = ["（12名）：", "( 3 个):", "（十二名）：", "（附件）", "（ 12名）:", "(１２名)："]
    alphabet = "（()）12 名个：:\u3000一"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9))) for _ in range(20000)]
    for text in _texts():
        samples += [text[p:p + 12] for p in range(len(text)) if text[p] in "(（"]
    for text in samples:
        if honors._LIST_COUNT_COLON.match(text):
            assert len(text) > 1 and (text[1].isdecimal() or text[1].isspace()), text


ANNOUNCED = [
    "获得一等奖的是：张三、李四。",
    "获奖单位分别是：城关镇、东风村。",
    "二、市级优秀志愿者名单：王五、赵六",
    "一、市级优秀志愿者（3名）：A、B、C",
    "优秀志愿者 （12名）:张三",
    "先进集体名单（8个）：东风村",
]


@pytest.mark.parametrize("text", ANNOUNCED)
def test_announce_without_a_count(text):
    """Where no list's count starts, the pattern without the bare count's branch finds what the whole
    pattern finds (`_announcements` reads a sentence so); where one does, the whole is read."""
    t = honors._words().triggers
    counted = any(honors._LIST_COUNT_COLON.match(text, p) for p in range(len(text)) if text[p] in "(（")
    whole = [(m.span(), m.groups()) for m in t["announce"].finditer(text)]
    if not counted:
        assert whole == [(m.span(), m.groups()) for m in t["announce_uncounted"].finditer(text)]


def test_announce_without_a_count_on_the_corpus():
    t = honors._words().triggers
    for text in _texts():
        for line in text.split("\n"):
            if not any(honors._LIST_COUNT_COLON.match(line, p) for p in range(len(line)) if line[p] in "(（"):
                assert [(m.span(), m.groups()) for m in t["announce"].finditer(line)] == [
                    (m.span(), m.groups()) for m in t["announce_uncounted"].finditer(line)], line


def test_guarded_patterns_open_with_their_word():
    """The searches guarded by a plain look for their first character: every match opens with it."""
    from extractor.stages import titles
    assert titles._LIST_END.pattern.startswith("等")


BUILT = ["创建示范户300个", "成功创建了全国文明城市", "建成省级示范点", "获评文明单位", "创建"]


@pytest.mark.parametrize("text", BUILT)
def test_built_at_as_the_pattern(text):
    """`_built_at` answers as the build pattern's fullmatch on every stretch (it tries the pattern only
    where the article's index says a build word starts)."""
    ctx = honors._Ctx(text, [], None)
    pattern = ctx.words.triggers["build"]
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            assert honors._built_at(ctx, a, b) == (pattern.fullmatch(text, a, b) is not None), (text, a, b)


def test_built_at_on_the_corpus():
    rng = random.Random(11)
    for text in _texts()[:60]:
        ctx = honors._Ctx(text, [], None)
        pattern = ctx.words.triggers["build"]
        for _ in range(300):
            a = rng.randrange(len(text))
            b = min(len(text), a + rng.randrange(0, 5))
            assert honors._built_at(ctx, a, b) == (pattern.fullmatch(text, a, b) is not None), (text[a:b], a, b)


SPLIT = ["“全国文明家庭”", "“最美家庭”称号", "“X”“Y”", "“文明村”以及", "以及“X”", " “X” ", "“X”和“Y”", "“X”、Y"]


@pytest.mark.parametrize("text", SPLIT)
def test_one_part_as_read(text):
    """Where `_one_part` holds (and quoted titles side by side are not several, as `split` asks first),
    the parts' reading finds the stretch whole."""
    from extractor.stages import titles
    words = honors._words().titles
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            if titles._one_part(text, a, b) and len(titles._adjacent_quotes(text, a, b)) <= 1:
                assert titles._split_parts(text, a, b, words) == [(a, b)], (text, a, b)


def test_one_part_on_the_corpus():
    from extractor.stages import titles
    words = honors._words().titles
    rng = random.Random(13)
    for text in _texts():
        quotes = [p for p in range(len(text)) if text[p] == "“"]
        for p in quotes[:20]:
            for _ in range(10):
                a, b = max(0, p - rng.randrange(0, 4)), min(len(text), p + rng.randrange(1, 30))
                if titles._one_part(text, a, b) and len(titles._adjacent_quotes(text, a, b)) <= 1:
                    assert titles._split_parts(text, a, b, words) == [(a, b)], (text[a:b], a, b)
