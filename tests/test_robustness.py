"""Whatever the text, extraction returns a valid Article whose spans read back: mutated corpus
snippets and random character soup (seeded, so a failure reproduces)."""
import random

import pytest

from extractor import extract
from extractor.contract import errors

from .conftest import CORPUS

ALPHABET = list("0123456789,.%-~至到余多约近“”「」()（）\n 、;:：第届年月日万亿元人名个场次被获评授予命名为等全国省市县区镇") + [
    chr(c) for c in range(0x4E00, 0x4E00 + 300)]


def _samples(n: int):
    rng = random.Random(20261128)
    base = "".join(p.read_text("utf-8") for p in sorted(CORPUS.glob("changyi*.txt")))
    for _ in range(n):
        size = rng.randint(1, 300)
        if rng.random() < 0.5:
            yield "".join(rng.choice(ALPHABET) for _ in range(size))
        else:
            k = rng.randint(0, len(base) - size - 1)
            yield "".join(ch if rng.random() > 0.05 else rng.choice(ALPHABET) for ch in base[k:k + size])


@pytest.mark.parametrize("text", list(_samples(300)))
def test_any_text_gives_a_valid_grounded_article(text):
    try:
        article = extract(text, id="fuzz")
    except errors.InputError:
        return  # empty or Chinese-less: a clear error is the right answer
    for c in article.claims:
        assert text[c.span.start:c.span.end] == c.raw
        assert c.span.start >= c.sentence_span.start
    for h in article.honors:
        evidence = text[h.span.start:h.span.end]
        assert h.recipient in evidence and h.honor in evidence
