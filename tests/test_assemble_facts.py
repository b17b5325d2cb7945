"""Assemble: a claim's and an honour's spans, compared in place, are the min/max of their parts as
the contract describes them (the sentence span always holds the figure and the metric; an honour's
span covers recipient, verb and title)."""
import random

import pytest

from extractor import assemble
from extractor.stages.doc import ClaimFact, HonorFact, NumberMention

TEXT = "县妇联全年开展培训42期，培训农村妇女2100人次，获评全国最美家庭。" * 3


def _number(start: int, end: int, kind: str = "count") -> NumberMention:
    return NumberMention(start, end, 42.0, None, "期", end - 1, end, kind, "exact", "arabic", start, end - 1)


def _claim(start, end, metric, sentence, action=None):
    return ClaimFact(_number(start, end), metric[0], metric[1], sentence[0], sentence[1],
                     None if action is None else TEXT[action[0]:action[1]], None if action is None else action[0],
                     "achieved", "claims.count")


@pytest.mark.parametrize("claim, sentence_span", [
    (_claim(11, 14, (7, 9), (0, 15)), {"start": 0, "end": 15}),
    (_claim(11, 14, (7, 9), (8, 12)), {"start": 7, "end": 14}),  # a sentence cut inside the figure
    (_claim(11, 14, (15, 20), (0, 12)), {"start": 0, "end": 20}),  # the metric after the figure
    (_claim(11, 14, (14, 14), (12, 13)), {"start": 11, "end": 14}),
])
def test_claim_sentence_span_holds_the_claim(claim, sentence_span):
    assert assemble._claim(TEXT, claim)["sentence_span"] == sentence_span


def test_claim_fields_read_from_the_text():
    out = assemble._claim(TEXT, _claim(9, 12, (7, 9), (0, 15), action=(5, 9)))
    assert (out["raw"], out["metric"], out["action"], out["unit"], out["span"]) == ("42期", "培训", "开展培训", "期",
                                                                                    {"start": 9, "end": 12})
    assert assemble._claim(TEXT, _claim(11, 14, (7, 9), (0, 15)))["action"] is None
    money = ClaimFact(_number(11, 14, "money"), 7, 9, 0, 15, None, None, "achieved", "claims.count")
    assert assemble._claim(TEXT, money)["unit"] == "元"


def test_spans_as_min_and_max_on_random_facts():
    rng = random.Random(5)
    for _ in range(2000):
        a, b, m0, m1, s0, s1 = (rng.randint(0, 60) for _ in range(6))
        start, end = min(a, b), max(a, b)
        out = assemble._claim(TEXT, _claim(start, end, (m0, m1), (s0, s1)))
        assert out["sentence_span"] == {"start": min(s0, start, m0), "end": max(s1, end, m1)}
        spans = [tuple(sorted((rng.randint(0, 60), rng.randint(0, 60)))) for _ in range(3)]
        honor = HonorFact(spans[0], spans[1], spans[2], "national", None, "family", "honors.active")
        span = assemble._honor(TEXT, honor)["span"]
        assert span == {"start": min(s[0] for s in spans), "end": max(s[1] for s in spans)}
