"""Stage: claims, the indexes that stand in for a regex call (`_Hits`, the lexicon words found in one
pass): each answer is checked against the plain way of getting it, a string test at every place."""
from __future__ import annotations

import random

import pytest

from extractor.stages import claims
from extractor.text.decode import decode

from .conftest import CORPUS


def _texts() -> list[str]:
    """The corpus articles, and texts strung together from division words and their neighbours (a word
    inside a longer one, 个 before one, one at the very end)."""
    texts = [decode(p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))]
    words = sorted(claims._words("claims.reject", "division"))
    rng = random.Random(13)
    pieces = words + ["个", "全县", "（", "）", "，", "各", "12", "的"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    return texts


@pytest.mark.parametrize("kind", [claims._DIVISION, claims._BODY, claims._SCOPE])
def test_a_word_starts_where_the_index_says(kind):
    name, k = kind.split(":")
    words = claims._words(name, k)
    for text in _texts():
        hits = claims._Hits(text)
        for pos in range(len(text) + 1):
            assert hits.starts_at(pos, kind) == any(text.startswith(w, pos) for w in words), (text, pos)


def test_a_division_is_matched_where_the_regex_alone_matches():
    """`_division_at` tries the pattern only where the index finds a word it needs; it finds the same."""
    division = claims._patterns()["division"]

    class _Art:
        def __init__(self, text: str) -> None:
            self.hits = claims._Hits(text)

    class _Cand:
        def __init__(self, text: str) -> None:
            self.norm, self.art = text, _Art(text)

    for text in _texts():
        c = _Cand(text)
        for pos in range(len(text) + 1):
            got, plain = claims._division_at(c, pos), division.match(text, pos)  # type: ignore[arg-type]
            assert (got and got.span()) == (plain and plain.span()), (text, pos)
