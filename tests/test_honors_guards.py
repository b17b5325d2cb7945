"""The honours modules' cheap tests before a reading: each says no only where the reading finds
nothing (or changes nothing). Checked against the reading itself, on table stretches and on every
short stretch of the corpus texts."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractor.stages import honors, recipients
from extractor.text.decode import decode


def _texts() -> list[str]:
    roots = (Path("corpus"), Path("/work/shared/corpus/dev"))
    return [decode(p.read_bytes()).text for root in roots if root.exists() for p in sorted(root.glob("*.txt"))]


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

