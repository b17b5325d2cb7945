"""Fuzzing every way into the extractor (issue 12): hostile inputs from a seeded generator
(`tests/fuzz/cases.py`: cut and mutated corpus articles, character soup, broken encodings, malformed
JSON rows, odd web pages, standard input), each checked for the contract: only documented errors,
strict JSON valid against the schema, spans that read back, and bounded time.

The numeric findings of issue 12 (values over a float, chains of 亿, a digit run before ".") are
read by `extractor/text/numerals.py`. `python -m tests.fuzz.run --seed N --count 10000` runs a fresh
seed at scale.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from .fuzz.cases import ENTRIES, describe, generate, run_case

SEED = 20261130
PER_ENTRY = 500
SLOW = 10.0  # seconds; the slowest case of a 10,000-case run takes about 2


def _failures(extractor, cases) -> list[str]:
    found = []
    for case in cases:
        outcome = run_case(extractor, case)
        problems = list(outcome.problems)
        if outcome.seconds > SLOW:
            problems.append(f"took {outcome.seconds:.1f} s")
        if problems:
            found.append(f"{describe(case)}\n    " + "\n    ".join(problems))
    return found


@pytest.mark.parametrize("entry", ENTRIES)
def test_hostile_inputs_meet_the_contract(extractor, entry):
    cases = generate(SEED, PER_ENTRY * len(ENTRIES), hostile_numerals=False)
    found = _failures(extractor, [c for c in cases if c.entry == entry])
    assert not found, f"{len(found)} failing cases:\n" + "\n".join(found[:10])


def test_issue_12_numerals_meet_the_contract(extractor):
    cases = [c for c in generate(SEED + 1, 1000) if c.family in ("numerals", "structure")]
    found = _failures(extractor, cases)
    assert not found, f"{len(found)} failing cases:\n" + "\n".join(found[:10])


# regression: honours' announcement-heading pattern once backtracked polynomially over such a run
# (150 spaces: 8 s, 250: 90 s) until its runs of spaces were made possessive
@pytest.mark.parametrize("text", [
    pytest.param("市妇联" + " " * 300 + "获评", id="ascii-spaces"),
    pytest.param("张三家庭" + "\u3000" * 300 + "荣获“全国最美家庭”称号。", id="ideographic-spaces"),
    pytest.param("区团委" + " " * 300 + "建成活动阵地12个。", id="inside-a-claim-sentence"),
])
def test_a_run_of_spaces_in_a_paragraph_takes_no_time(text):
    """Indentation and blank runs are common in text taken out of web pages. Run in a child with a
    time limit: a regular expression backtracking in C cannot be interrupted in this process."""
    code = "import sys; from extractor import extract; extract(sys.stdin.read())"
    subprocess.run([sys.executable, "-c", code], input=text.encode(), check=True, timeout=20)
