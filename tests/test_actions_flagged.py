"""Actions: `_Candidate.flagged`, one search for every word the filters' word patterns look for, says
no where each of those patterns finds nothing (the filters ask it first, and skip their patterns
where it says no). Checked against the patterns themselves: on texts built around each lexicon word,
on random texts of the words' characters, and on every line and clause of the corpus."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractor import lexicon
from extractor.stages import actions

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "corpus", ROOT.parent / "shared" / "corpus" / "dev")

# the patterns the filters skip where `flagged` says no, and how each is tried
GATED = (("report_part", "search"), ("problem", "search"), ("scene", "search"), ("quote", "search"),
         ("caption", "search"), ("copula", "search"), ("comparative", "search"), ("result_end", "search"),
         ("degree_change_end", "search"), ("attribution", "match"), ("transition", "match"), ("lead", "match"),
         ("subject", "match"))


def _agrees(text: str) -> None:
    p = actions._patterns()
    if p.flagged.search(text) is not None:
        return
    for name, how in GATED:
        assert getattr(p[name], how)(text) is None, (name, text)


def _words() -> list[str]:
    return [w for kind in actions._FLAGGED_KINDS for w in lexicon.by_kind("actions.lexicon", kind)]


def test_each_word_is_flagged():
    p = actions._patterns()
    for word in _words():
        assert p.flagged.search("开展" + word + "工作") is not None, word


@pytest.mark.parametrize("text", ["", "强化技能培训", "一是实施巾帼建功行动", "举办培训班6期。", "“护蕾成长”关爱行动"])
def test_table(text):
    _agrees(text)


def test_random_texts():
    rng = random.Random(7)
    chars = sorted({c for w in _words() for c in w} | set("工作开展，。：“”"))
    for _ in range(20000):
        _agrees("".join(rng.choice(chars) for _ in range(rng.randint(0, 12))))


def test_corpus_lines_and_clauses():
    paths = [p for c in CORPORA if c.is_dir() for p in sorted(c.glob("*.txt"))]
    if not paths:
        pytest.skip("no corpus")
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            _agrees(line)
            for clause in line.replace("，", "。").split("。"):
                _agrees(clause)
