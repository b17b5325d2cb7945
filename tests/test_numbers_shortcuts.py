"""Shortcuts the numbers stage takes, each against the slower way it replaces."""
from __future__ import annotations

import random

import pytest

from extractor.stages import numbers
from extractor.text import glosses
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS, corpus_ids

_PIECES = (list("就业服务城镇人数的了和") + ["(", ")", "（", "）", "(ye)", "(wù)", "（fu）", "(app)", "(AI)", "(含)"]
           + ["(zh", "ang)", "2", "(er)", "A", " ", "\n", "(", "ü", "(nü)", "((ba))", "(ye)(ye)"])


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def _corpus() -> list[str]:
    return [working_copy(decode((CORPUS / f"{i}.txt").read_bytes()).text).text for i in corpus_ids()]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_has_glosses_is_the_patterns_search(source):
    """`has_glosses` finds bracketed syllables and tests the character before each, where the
    pattern's lookahead was tried at every character: the same answer."""
    texts = _corpus() if source == "corpus" else _random_texts(5000, 1)
    answers = []
    for text in texts:
        expected = glosses._GLOSS.search(text) is not None
        assert glosses.has_glosses(text) == expected, text
        answers.append(expected)
    if source == "random":
        assert 500 < sum(answers) < 4500  # both answers, many times


_SEP_PIECES = list("-–—―~〜至到") + list("3万元人次，。 第一二十百") + ["5", "12", "至少", "到位", "\n"]


@pytest.mark.parametrize("source", ["corpus", "random"])
def test_the_separators_found_by_find_are_the_classs(source):
    """The scan reads where a range's separator may stand from one list of them (str.find per
    character), where `_next_sep` searched the class from each number: the same at every position."""
    rng = random.Random(5)
    texts = _corpus() if source == "corpus" else [
        "".join(rng.choice(_SEP_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        t = numbers._Text(text, text, None)
        for pos in range(len(text) + 2):
            assert t.sep_from(pos) == numbers._next_sep(text, pos), (text, pos)


def test_the_separator_walk_answers_in_any_order():
    """`sep_from` walks on from where it last answered, and looks up afresh for a step back: the
    same answers as the class's search whatever the order of the questions."""
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(_SEP_PIECES) for _ in range(rng.randint(0, 30)))
        t = numbers._Text(text, text, None)
        positions = [rng.randint(0, len(text) + 1) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.5:
            positions.sort()
        for pos in positions:
            assert t.sep_from(pos) == numbers._next_sep(text, pos), (text, positions, pos)


def _blanked_as_it_was(norm: str, spans: list[tuple[int, int]]) -> str:
    chars = list(norm)
    for a, b in spans:
        chars[a:b] = "\x00" * (b - a)
    return "".join(chars)


def test_blanked_is_the_character_list_way():
    """URLs, e-mail addresses and file names (spans that may overlap, in any order) blanked from the
    pieces between them: what blanking a list of the text's characters gives."""
    rng = random.Random(11)
    for _ in range(3000):
        norm = "".join(rng.choice("ab网址3.") for _ in range(rng.randint(0, 40)))
        spans = []
        for _ in range(rng.randint(1, 4)):
            a = rng.randint(0, len(norm))
            spans.append((a, rng.randint(a, len(norm))))
        assert numbers._blanked(norm, spans) == _blanked_as_it_was(norm, spans), (norm, spans)
