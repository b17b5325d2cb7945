"""Stage: claims, `_Article.under_notice_heading` (kept for the article, with the answers for the lines
walked over on the way up) against `_under_notice_heading`, the walk from each line up to the nearest
heading: at every line start of the corpus texts and of texts strung from headings, labels and long
lines, asked in order, in reverse and shuffled."""
from __future__ import annotations

import random

from extractor.stages import claims
from extractor.text.decode import decode

from .conftest import CORPUS


def _texts() -> list[str]:
    texts = [decode(p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(53)
    labels = sorted(claims._words("claims.reject", "notice_label"))
    lines = ["二、" + rng.choice(labels), rng.choice(labels) + "：", "活动总结", "一、基本情况。",
             "全县开展宣讲活动128场次，参与群众12000余人次，发放资料5000份。", "", " ", "短句", "12名"]
    for _ in range(300):
        texts.append("\n".join(rng.choice(lines) if rng.random() < 0.8 else rng.choice(labels)
                               for _ in range(rng.randint(0, 12))))
    return texts


def _article(text: str) -> claims._Article:
    return claims._Article(text, [], [], [(0, len(text))], [(0, len(text))], [])


def test_the_kept_answers_are_the_walks():
    rng = random.Random(59)
    for text in _texts():
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        expected = {s: claims._under_notice_heading(text, s) for s in starts}
        for order in (starts, starts[::-1], rng.sample(starts, len(starts))):
            art = _article(text)
            for s in order:
                assert art.under_notice_heading(s) == expected[s], (text[:60], s)
            assert all(art.under_notice_heading(s) == expected[s] for s in starts)
