"""titles.Anchored: a pattern tried where its match must start, asked first whether the character
there may open a match (regex.first_chars, read by Python's regex parser). Its answers must be the
pattern's own: checked for every pattern the honours modules wrap, on their lexicon words and on
every short stretch of the corpus texts."""
from __future__ import annotations

import random
import re

import pytest

from extractor import lexicon
from extractor.stages import honors, recipients, titles
from extractor.text import regex
from .conftest import corpus_texts as _texts

# pattern -> what a match may open with (None: the reading cannot say, every text is tried)
FIRST_CHARS = [
    (r"abc", {"a"}),
    (r"a?bc", {"a", "b"}),
    (r"(?:x|yz)w", {"x", "y"}),
    (r"(?:了|为|其|得)", {"了", "为", "其", "得"}),
    (r"[我全][省市]", {"我", "全"}),
    (r"^(?:全县|各级)", {"全", "各"}),
    (r"(?:全国|国家级?)(?:和|及)?级", {"全", "国"}),
    (r"(?:ab)*c", {"a", "c"}),
    (r"(?:ab)+c", {"a"}),
    (r"a*", None),  # may be empty
    (r"(?:a|)b", {"a", "b"}),
    (r"(?:a|)", None),
    (r"\dx", None),  # a category
    (r"[a-z]x", None),  # a range
    (r"[^a]x", None),  # negated
    (r"(?=a)ab", None),  # a lookahead
    (r".x", None),
    (r"$", None),
]


@pytest.mark.parametrize("source,expected", FIRST_CHARS)
def test_first_chars(source, expected):
    found = regex.first_chars(re.compile(source))
    assert found == (frozenset(expected) if expected is not None else None)


def test_first_chars_case_folded():
    assert regex.first_chars(re.compile("ab", re.IGNORECASE)) is None
    assert regex.first_chars(re.compile("^ab", re.MULTILINE)) is None


def _wrapped() -> dict[str, titles.Anchored]:
    """Every Anchored pattern the honours modules read."""
    w = honors._words()
    found = {
        "recipients.scope": w.recipients.scope,
        "recipients.anaphora": w.recipients.anaphora,
        "recipients.pronoun": w.recipients.pronoun,
        "recipients._HOME_PLACE": recipients._HOME_PLACE,
        "titles.category": w.titles.category,
        "titles.lead": w.titles.lead,
        "titles._LEADING_PARTICLE": titles._LEADING_PARTICLE,
        "titles._LEVEL_JOIN": titles._LEVEL_JOIN,
        "honors.ranks.national": w.ranks.national,
        "honors._OWN_AREA": honors._OWN_AREA,
    }
    for name in ("EDITION",):  # a pattern that opens with ^ and a class of ranges: never guarded
        found[name] = titles.Anchored(getattr(titles, name))
    return found


def _words() -> list[str]:
    out: list[str] = []
    for name in ("honors.recipients", "honors.titles", "honors.levels", "honors.triggers", "honors.anaphors"):
        for row in lexicon.rows(name):
            out.extend(v for k, v in row.items() if k in ("word", "head", "ending") and v)
    return out


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or b is not None and a.span() == b.span() and a.groups() == b.groups())


def test_the_wrapped_patterns_are_guarded():
    """Each wrapped pattern (EDITION aside) has a set of first characters: the guard is at work."""
    for name, p in _wrapped().items():
        assert (p.firsts is None) == (name == "EDITION"), name


@pytest.mark.parametrize("name", sorted(_wrapped()))
def test_anchored_answers_as_the_pattern(name):
    anchored = _wrapped()[name]
    pattern = anchored.pattern
    rng = random.Random(name)
    samples: list[str] = []
    for word in _words():
        samples += [word, word + "县", "全" + word, word[1:], "我" + word, word + "\n"]
    for text in _texts():
        for _ in range(120):
            a = rng.randrange(len(text))
            samples.append(text[a:a + rng.randrange(1, 14)])
    samples += ["", " ", "\n", "全", "我县", "全国和省级五一劳动奖", "各级荣誉", "了解", "该公司", "他们"]
    for k, text in enumerate(samples):
        assert _same(anchored.match(text), pattern.match(text)), (name, text)
        assert _same(anchored.fullmatch(text), pattern.fullmatch(text)), (name, text)
        assert _same(anchored.search(text), pattern.search(text)), (name, text)
        if k % 4:
            continue  # offsets on a quarter of them
        for pos in (-1, 1, 2):
            for endpos in (len(text), len(text) - 1, len(text) + 3, 0):
                assert _same(anchored.match(text, pos, endpos), pattern.match(text, pos, endpos)), (name, text, pos, endpos)
                assert _same(anchored.fullmatch(text, pos, endpos), pattern.fullmatch(text, pos, endpos)), (
                    name, text, pos, endpos)
