"""Stage: claims, `_is_scope_word` (a scope and a body written on to it looked up among the compounds
made once) against the slow way, the word's first character tested as a scope and its rest as a body:
every word of the corpus' tagging and words strung from scopes, bodies and their neighbours."""
from __future__ import annotations

import random

from extractor.stages import claims
from extractor.text.decode import decode
from extractor.text.segment import tag

from .conftest import CORPUS


def _is_scope_word_slowly(word: str, t: str) -> bool:
    lex = claims._lex()
    return t == "r" or word in lex.scope or (word[0] in lex.scope and word[1:] in lex.scope_body)


def _words() -> list[tuple[str, str]]:
    words = [pair for p in sorted(CORPUS.glob("*.txt"))[:30] for pair in tag(decode(p.read_bytes()).text)]
    lex = claims._lex()
    rng = random.Random(67)
    pieces = sorted(lex.scope) + sorted(lex.scope_body) + ["村", "县", "各", "全", "本", "开展", "12", "的", "该"]
    for _ in range(3000):
        words.append(("".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))), rng.choice(["n", "r", "v", "ns"])))
    return words


def test_the_compounds_are_the_first_character_and_the_rest():
    for word, t in _words():
        if word:
            assert claims._is_scope_word(word, t) == _is_scope_word_slowly(word, t), (word, t)
