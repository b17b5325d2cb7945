"""Entities: whether a rank character stands alone (县|妇联, 城关镇|妇联) is read from the word jieba
tags alone where the window around it holds its whole run; it must agree with tagging the window."""
import bisect

import pytest

from extractor.stages import entities
from extractor.stages.tokenizer import segmented
from extractor.text.decode import decode

from .conftest import CORPUS, corpus_ids


def _by_the_window(norm: str, pos: int, token_ends: list[int]) -> bool:
    """The slow way: the window around the character tagged every time."""
    k = bisect.bisect_right(token_ends, pos)
    start = token_ends[k - 1] if k else 0
    if start == pos:
        return True
    end = token_ends[k] if k < len(token_ends) else len(norm)
    return end == pos + 1 and any(a == start and a + len(w) == end and t in ("ns", "nsf")
                                  for a, w, t in entities.words_near(norm, pos))


SENTENCES = [
    "城关镇妇联组织开展活动。",
    "各社区居委会开展宣讲。",
    "某某市妇联联合市总工会开展活动",
    "县妇联、区总工会、乡镇人大",
    "东胜区和南山区的居民",
    # runs longer than the window on either side: the window, not the run, is read
    "在" * 30 + "昌邑市妇联" + "开展" * 20,
    "各乡镇" + "和" * 40,
    "城关镇",
]


def _texts() -> list[str]:
    return SENTENCES + [decode((CORPUS / f"{i}.txt").read_bytes()).text for i in corpus_ids()]


def test_a_rank_stands_alone_as_the_window_reads_it():
    asked = 0
    for text in _texts():
        seg = segmented(text)
        norm, ends = seg.norm, seg.ends
        for pos, ch in enumerate(norm):
            if ch in "省市县区州镇乡":
                asked += 1
                assert entities._rank_stands_alone(norm, pos, seg.index) == _by_the_window(norm, pos, ends), (norm[max(0, pos - 8):pos + 8], pos)
    assert asked > 500


@pytest.mark.parametrize("text,pos,alone", [
    ("城关镇妇联开展活动", 2, True),  # ends a place's name
    ("各社区居委会开展活动", 2, False),  # ends a common word
    ("县妇联开展活动", 0, True),  # starts a word
])
def test_rank_characters(text, pos, alone):
    seg = segmented(text)
    assert entities._rank_stands_alone(seg.norm, pos, seg.index) is alone
