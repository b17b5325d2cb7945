"""`segment.Words` cuts a text a run at a time, where a rule asks which word holds a character: its
answers are those of the whole text cut once (the words' ends, bisected), at every character."""
from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from extractor.stages.tokenizer import segmented
from extractor.text.decode import decode
from extractor.text.script import working_copy
from extractor.text.segment import Words, segmenter

from .conftest import CORPUS, corpus_ids


def _whole_cut(norm: str) -> list[int]:
    ends, at = [], 0
    for w in segmenter().cut(norm):
        at += len(w)
        ends.append(at)
    return ends


def _slow(norm: str, pos: int, ends: list[int] | None = None) -> tuple[int, int]:
    """The word holding norm[pos] in the whole text's cut, as the stages read the token ends."""
    ends = _whole_cut(norm) if ends is None else ends
    k = bisect_right(ends, pos)
    return ends[k - 1] if k else 0, ends[k] if k < len(ends) else len(norm)


LINES = [
    "昌邑市妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人。",
    "区残联负责人表示，今年共发放补贴3.5万元（其中10%用于培训）",
    "有三人获奖；逾千人参加：A-1号楼、B_2区 C&D+E#F 50%",
    "第一  第二\t第三\n\n一是加强领导\r\n二是落实责任\r\n",
    "www.example.com/a_b-3.pdf 以及 user.name@mail.cn 发来的附件3.docx",
    "𠀀𠀁两个字，又有【通知】——“十四五”规划…·《条例》",
    "",
    "一",
    "。",
    "\r\n",
    "ＡＢＣ１２３全角",
]

_ALPHABET = (list("的一二三四五六七八九十百千万亿零两个人次场名元户年月日是在和为有了与及等共计近约超过余多来几")
             + ["妇联", "社区", "居委会", "志愿者", "开展", "活动", "培训", "宣讲", "负责人", "表示", "城关镇"]
             + list("0123456789abcXYZ+#&._%-") + list(",，。;；:：!！?？、()（）“”\"《》")
             + list("【】—…·/~@'") + [" ", "  ", "\t", "\n", "\r\n", "\r", "𠀀", "\u3000"])


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def _corpus_norms() -> list[str]:
    return [working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text for i in corpus_ids()]


def _agrees_everywhere(norm: str, rng: random.Random) -> None:
    positions = list(range(len(norm)))
    rng.shuffle(positions)  # the runs cut and the last run kept are met in any order
    words, ends = Words(norm), _whole_cut(norm)
    for pos in positions:
        assert words.word_at(pos) == _slow(norm, pos, ends), (norm[max(0, pos - 10):pos + 10], pos)


@pytest.mark.parametrize("norm", LINES)
def test_a_run_cut_alone_gives_the_words_of_the_whole_text(norm):
    _agrees_everywhere(norm, random.Random(0))


def test_at_every_character_of_the_corpus():
    rng = random.Random(1)
    norms = _corpus_norms()
    assert len(norms) > 50
    for norm in norms:
        _agrees_everywhere(norm, rng)


def test_at_every_character_of_random_texts():
    rng = random.Random(2)
    for norm in _random_texts(3000, 3):
        _agrees_everywhere(norm, rng)  # cut whole where a carriage return stands
        _agrees_everywhere(norm.replace("\r", ""), rng)  # cut a run at a time


@pytest.mark.parametrize("norm", ["", "一", "开展活动", "有三人\r\n参加"])
def test_outside_the_text_as_the_ends_answer(norm):
    for pos in (-3, -1, len(norm), len(norm) + 4):
        assert Words(norm).word_at(pos) == _slow(norm, pos)


@pytest.mark.parametrize("text", LINES)
def test_given_ends_are_bisected_and_the_whole_cut_is_the_tokenizers(text):
    seg = segmented(text)
    norm, ends = seg.norm, seg.ends
    assert Words(norm).ends() == ends
    given = Words(norm, ends)
    assert all(given.word_at(pos) == _slow(norm, pos) for pos in range(-1, len(norm) + 2))


def test_the_tokenizer_cuts_nothing_until_asked():
    seg = segmented("开展特色宣讲128场次")
    assert seg._words is None and seg.index._ends is None
    assert seg.index.word_at(4) == (4, 6) and seg._words is None
    assert seg.words == ["开展", "特色", "宣讲", "128", "场次"] and seg.ends == [2, 4, 6, 9, 11]
