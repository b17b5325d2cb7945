"""The rank reader's guards: `gazetteer.literary_at` is asked only of a text that opens with a
literary name (`_Ranks.literary`), and the bare rank word is tried only where its first character
stands (`_Ranks.bare`, an Anchored pattern): each gives the answer of asking every text."""
from __future__ import annotations


from extractor import lexicon
from extractor.stages import gazetteer, honors
from .conftest import stretches as _stretches


def _rank_texts() -> list[str]:
    names = [row["word"] for row in lexicon.rows("gazetteer.literary")]
    ranks = [row["word"] for row in lexicon.rows("honors.levels")]
    made = [n + tail for n in names for tail in ("", "最美五老", "区", "新区", "县", "好人")] + [n[:-1] for n in names]
    made += [r + tail for r in ranks for tail in ("", "五一劳动奖章", "级")] + ["全" + r for r in ranks]
    return made + _stretches(51, 100, 16) + [""]


def test_literary_guard_is_literary_at():
    literary = honors._words().ranks.literary
    for text in _rank_texts():
        if not literary.start(text):
            assert gazetteer.literary_at(text) is None, text


def test_bare_rank_guard_is_the_pattern():
    bare = honors._words().ranks.bare
    for text in _rank_texts():
        for pos in range(min(len(text), 4) + 1):
            m, slow = bare.match(text, pos), bare.pattern.match(text, pos)
            assert (m and (m.span(), m.groups())) == (slow and (slow.span(), slow.groups())), (text, pos)

