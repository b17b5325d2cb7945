"""Entities: overlapping mentions are settled a run of overlapping ones at a time (`_resolve`); the
choice is the one ranking every mention of the text gives (longest first, then the rule's priority)."""
import random
from pathlib import Path

import pytest

from extractor.stages.doc import EntityMention
from extractor.stages.entities import _PRIORITY, _resolve, find_entities
from extractor.stages.tokenizer import segmented
from extractor.text.decode import decode

ROOT = Path(__file__).resolve().parent.parent


def _ranked_all(found: list[EntityMention]) -> list[EntityMention]:
    """The slow way: every mention ranked, each taken where no better one stands. Mentions that tie
    on the ranking are taken in their fields' order (as `_resolve` settles them)."""
    ranked = sorted(sorted(set(found)), key=lambda e: (-(e.end - e.start), _PRIORITY.get(e.rule, 9), e.start))
    taken: list[EntityMention] = []
    used = bytearray(max((e.end for e in found), default=0))
    for e in ranked:
        if used.find(1, e.start, e.end) < 0:
            taken.append(e)
            used[e.start:e.end] = b"\1" * (e.end - e.start)
    return sorted(taken, key=lambda e: (e.start, e.end))


RULES = [*_PRIORITY, "entities.model"]
LABELS = {"entities.model": "ORG"}


def _mention(start: int, end: int, rule: str) -> EntityMention:
    return EntityMention(start, end, LABELS.get(rule, rule.split(".")[1].upper()), "rules", rule)


TABLE = [
    ("none", []),
    ("apart", [_mention(0, 3, "entities.gpe.gazetteer"), _mention(5, 9, "entities.org.abbrev")]),
    ("touching", [_mention(0, 3, "entities.gpe.gazetteer"), _mention(3, 6, "entities.org.abbrev")]),
    ("place-in-organisation", [_mention(0, 3, "entities.gpe.gazetteer"), _mention(0, 5, "entities.org.place_suffix")]),
    ("tie-by-priority", [_mention(2, 5, "entities.person.jieba_nr"), _mention(2, 5, "entities.person.byline")]),
    ("chain", [_mention(0, 4, "entities.gpe.gazetteer"), _mention(3, 6, "entities.org.abbrev"),
               _mention(5, 10, "entities.loc.suffix"), _mention(12, 14, "entities.person.title")]),
    ("empty-span", [_mention(3, 3, "entities.model"), _mention(0, 5, "entities.org.quoted")]),
    ("repeated", [_mention(1, 4, "entities.gpe.township")] * 3),
]


@pytest.mark.parametrize("case,found", TABLE, ids=[t[0] for t in TABLE])
def test_runs_are_settled_as_ranking_every_mention(case, found):
    assert _resolve(list(found)) == _ranked_all(found)


def test_random_mentions_are_settled_as_ranking_every_mention():
    rng = random.Random(13)
    for _ in range(4000):
        found = []
        for _ in range(rng.randrange(0, 14)):
            start = rng.randrange(0, 40)
            found.append(_mention(start, start + rng.randrange(1, 9), rng.choice(RULES)))  # no rule finds an empty span
        rng.shuffle(found)
        assert _resolve(found) == _ranked_all(found), found


def test_corpus_mentions_are_settled_as_ranking_every_mention(monkeypatch):
    import extractor.stages.entities as entities

    seen = []
    monkeypatch.setattr(entities, "_resolve", lambda found: seen.append(list(found)) or _resolve(found))
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        seg = segmented(decode(path.read_bytes()).text)
        find_entities(seg.norm, seg.index)
    assert len(seen) > 20 and any(len(_ranked_all(f)) < len(set(f)) for f in seen)  # overlaps among them
    for found in seen:
        assert _resolve(found) == _ranked_all(found)
