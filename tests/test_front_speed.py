"""The front stages' shortcuts (entities, clean, metadata) answer as the slow way they stand for:
on every case of the corpus and of random texts."""
from __future__ import annotations

import random
import re
from bisect import bisect_right

import pytest

from extractor.stages import entities
from extractor.stages.tokenizer import segmented
from extractor.text.decode import decode
from extractor.text.segment import Words, tag_at

from .conftest import CORPUS, corpus_ids
from .test_words import _whole_cut

_ALPHABET = (list("的一二三四五六七八九十是在和为有了与及等共各全省市县区州镇乡委总村")
             + list("王李张刘陈杨黄赵欧阳司马")  # surnames, single and compound
             + ["妇联", "总工会", "团委", "残联", "社区", "居委会", "乡镇", "城关镇", "昌邑市", "潍坊", "东胜区",
                "表示", "指出", "讲话", "说", "主持", "同志", "家庭", "书记", "主任", "护士长", "开展", "活动"]
             + list("0123456789abc") + list(",，。;；:：!！?？、()（）“”\"《》") + [" ", "\t", "\n", "\u3000"])


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 50))) for _ in range(count)]


def _corpus_norms() -> list[str]:
    return [segmented(decode((CORPUS / f"{i}.txt").read_bytes()).text).norm for i in corpus_ids()]


# -- entities: a rank character at a run's start starts a word ----------------------------------

def test_a_run_starts_a_word():
    """`_rank_stands_alone` answers True without cutting where a run starts: the word holding that
    character starts there, in the lazy index and in the whole text's cut alike."""
    asked = 0
    for norm in _corpus_norms() + _random_texts(3000, 1):
        words, ends = Words(norm), _whole_cut(norm)
        for pos in range(len(norm)):
            if pos == 0 or norm[pos - 1] in entities._RUN_ENDS:
                asked += 1
                assert words.word_at(pos)[0] == pos, (norm[max(0, pos - 8):pos + 8], pos)
                k = bisect_right(ends, pos)
                assert (ends[k - 1] if k else 0) == pos, (norm[max(0, pos - 8):pos + 8], pos)
    assert asked > 10000


_RANK_PATTERN = re.compile(r"[省市县区州镇乡](?!委|总)")


@pytest.mark.parametrize("text,pos,rank", [
    ("县妇联", 0, True), ("县委书记", 0, False), ("市总工会", 0, False), ("市妇联", 0, True), ("区总", 0, False),
    ("全市", 1, True), ("妇联", 0, False), ("乡", 0, True),
])
def test_one_character_rank_table(text, pos, rank):
    assert entities._one_character_rank(text, pos) is rank
    assert bool(_RANK_PATTERN.match(text, pos)) is rank


def test_one_character_rank_as_the_pattern():
    for norm in _corpus_norms() + _random_texts(2000, 2):
        for pos in range(len(norm)):
            assert entities._one_character_rank(norm, pos) == bool(_RANK_PATTERN.match(norm, pos)), (norm, pos)


# -- entities: a word's tag read from the word alone ---------------------------------------------

def test_a_words_tag_alone_is_its_tag_in_the_run():
    """`_word_tag` (the word tagged alone where jieba reads it as one word) gives `tag_at`'s tag for
    every word of two or three characters of the corpus and of random texts."""
    asked = 0
    for norm in _corpus_norms() + _random_texts(1500, 3):
        at = 0
        for end in _whole_cut(norm):
            if 2 <= end - at <= 3:
                asked += 1
                assert entities._word_tag(norm, at, end) == tag_at(norm, at, end), norm[at:end]
            at = end
    assert asked > 10000


# -- entities: a speaker is sought only where a surname may open the word before the verb -------

def _speakers_the_slow_way(norm: str, words: Words) -> list[tuple[int, int]]:
    """The jieba_nr rule as it read every speech verb: the word before it cut, then tagged in its run."""
    single, not_names = entities.surnames(), entities._not_names()
    out = []
    for m in entities._speech().finditer(norm):
        if m.start() == 0:
            continue
        start, end = words.word_at(m.start() - 1)
        if end != m.start():
            continue
        word = norm[start:end]
        if (2 <= len(word) <= 3 and word[0] in single and word not in not_names
                and tag_at(norm, start, end) in ("nr", "nrfg")):
            out.append((start, end))
    return out


def test_speakers_as_the_slow_way():
    found = 0
    for norm in _corpus_norms() + _random_texts(4000, 4):
        words = Words(norm)
        fast = [(e.start, e.end) for e in entities._persons(norm, words, entities._word_starts(norm))
                if e.rule == "entities.person.jieba_nr"]
        slow = _speakers_the_slow_way(norm, Words(norm))
        assert fast == slow, norm
        found += len(slow)
    assert found > 20


# -- entities: organisations (the rank read by two look-ups) ------------------------------------

def _orgs_the_slow_way(norm: str, words: Words) -> list[tuple[int, int, str]]:
    """`_orgs` as it read the text: the rank by its pattern, `_rank_stands_alone` asked of every one that
    names no class of bodies (各乡镇)."""
    after_place, prefixed, quoted, breaker = entities._org_patterns()
    out = []
    for p in entities._places(norm):
        m = after_place.match(norm, p.end)
        if m and m.end() > p.end and not breaker.search(m.group(0)):
            out.append((p.start, m.end(), "entities.org.place_suffix"))
    for m in prefixed.finditer(norm):
        if _PLACE_END_RANK.match(norm, max(0, m.start() - 1)) and m.start() > 0:
            continue  # 临州|市总工会: 州 ends a place's name (a pattern, as the fast way tests two characters)
        if not _RANK_PATTERN.match(norm, m.start()) or (not entities._a_class_of_bodies(norm, m.start())
                                                        and entities._rank_stands_alone(norm, m.start(), words)):
            out.append((m.start(), m.end(), "entities.org.abbrev"))
    for m in quoted.finditer(norm):
        out.append((m.start(), m.end(), "entities.org.quoted"))
    return out


_PLACE_END_RANK = re.compile(r"(?![省市县区州镇乡各])[\u4e00-\u9fff]州[省市县区州镇乡]")
_ORG_ALPHABET = _ALPHABET + ["中国", "全国", "全省", "共青团", "团中央", "共青团中央", "团市委", "市总", "区总",
                             "妇女联合会", "联合会", "委员会", "协会", "中心", "服务中心", "公司", "局", "政府",
                             "人民政府", "获", "评为", "“", "”", "北京", "山东省", "东城区"]


def test_orgs_as_the_slow_way():
    rng = random.Random(5)
    randoms = ["".join(rng.choice(_ORG_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(6000)]
    found = 0
    for norm in _corpus_norms() + randoms:
        fast = [(e.start, e.end, e.rule) for e in entities._orgs(norm, entities._places(norm), Words(norm))]
        assert fast == _orgs_the_slow_way(norm, Words(norm)), norm
        found += len(fast)
    assert found > 2000
