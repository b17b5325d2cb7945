"""Assemble: `source.text_sha256` folds the spaces inside each paragraph as the pattern `[^\\S\\n]+`
does; the paragraphs without a space (most) are passed over by `str.split`."""
import random
import re

import pytest

from extractor import assemble

_FOLD = re.compile(r"[^\S\n]+")
PIECES = ["妇联", "培训", " ", "  ", "\u3000", "\t", "\xa0", "\u2028", "\r", "\x0b", "\x1c", "\x85", "\n", "a", "。"]


@pytest.mark.parametrize("paragraph, folded", [
    ("县妇联开展培训", "县妇联开展培训"),
    ("县妇联  开展\u3000培训", "县妇联 开展 培训"),
    (" 边上 ", " 边上 "),
    ("", ""),
])
def test_folded(paragraph, folded):
    assert assemble._folded(paragraph) == folded


def test_folded_as_the_pattern_on_random_paragraphs():
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
        assert assemble._folded(text) == _FOLD.sub(" ", text), repr(text)
    for ch in map(chr, range(0x3100)):
        assert assemble._folded(f"培{ch}训") == _FOLD.sub(" ", f"培{ch}训"), hex(ord(ch))


def test_text_hash_as_folding_the_joined_paragraphs():
    norm = "标题\n县妇联  开展培训。\n\n 第二段\t有空格 \n末段"
    paragraphs = [(0, 2), (3, 13), (16, 23), (25, 27)]
    body = _FOLD.sub(" ", "\n".join(norm[a:b] for a, b in paragraphs))
    import hashlib
    assert assemble._text_hash(norm, paragraphs) == hashlib.sha256(body.encode()).hexdigest()


@pytest.mark.parametrize("paragraph, folded", [
    ("县妇联 开展\t\t培训", "县妇联 开展 培训"),  # joined: edges are not spaces
    ("县妇联\u3000开展 培训。", "县妇联 开展 培训。"),
    ("县妇联 \n 开展", "县妇联 \n 开展"),  # a line break inside: the pattern's, which keeps it
    ("\u3000县妇联  开展", " 县妇联 开展"),  # a space at an edge: the pattern's
])
def test_folded_by_joining_its_pieces_or_the_pattern(paragraph, folded):
    assert assemble._folded(paragraph) == folded == _FOLD.sub(" ", paragraph)
