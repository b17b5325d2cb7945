"""The filter rows read by title alone (`honors._BY_TITLE`) are answered from one reading per title
(`_title_verdicts`): each such row gives, on every candidate of the corpus, the answer it gives for the
same title in another article, for another recipient, verb and rule; the walk with the kept answers
gives the row the tables give (also tests/test_honors_speed.py); the kept answers are bounded."""
from __future__ import annotations


from extractor.stages import honors
from extractor.stages.filters import first_rejecting
from extractor.stages.recipients import Recipient
from .conftest import corpus_texts as _texts


def _candidates() -> list[honors._Candidate]:
    seen: list[honors._Candidate] = []
    original = honors._first_rejecting

    def keep(c: honors._Candidate):
        seen.append(c)
        return original(c)

    honors._first_rejecting = keep
    try:
        from extractor.pipeline import Extractor, ExtractorConfig
        extractor = Extractor(ExtractorConfig(model="none"))
        for text in _texts():
            extractor.extract_text(text, id="t")
    finally:
        honors._first_rejecting = original
    return seen


def _elsewhere(c: honors._Candidate, ctx: honors._Ctx, kind: str | None, rule: str) -> honors._Candidate:
    """The same title, read for another recipient in another article by another construction."""
    pair = honors._Pair(Recipient(0, 2, kind), (4, 6), (2, 4), "某单位", rule, 1, False, (0, 1))
    return honors._Candidate(ctx, pair, "王某", c.title)


def test_rows_by_title_read_the_title_alone():
    rows = [(i, f) for i, f in enumerate(honors._FILTERS) if f.rule in honors._BY_TITLE]
    assert {f.rule for _, f in rows} == honors._BY_TITLE  # every name in the set is a row of the table
    others = [honors._Ctx("县妇联授予王某“最美家庭”称号。", [], None), honors._Ctx("", [], None, body_start=5)]
    candidates = _candidates()
    assert len(candidates) > 300  # 464 from corpus/ alone (a user's clone); more with the dev set beside it
    for c in candidates:
        for i, f in rows:
            here = f.rejects(c)
            for ctx in others:
                for kind, rule in ((None, "honors.weak"), ("person", "honors.grant"), ("collective", "honors.unpaired")):
                    assert f.rejects(_elsewhere(c, ctx, kind, rule)) == here, (f.rule, c.title)


def test_walk_with_kept_verdicts_is_the_tables():
    """Twice over the candidates: the second time every title's answers are kept already."""
    candidates = _candidates()
    for _ in range(2):
        for c in candidates:
            assert honors._first_rejecting(c) == first_rejecting(honors._FILTERS, c), c.title


def test_kept_verdicts_are_bounded():
    kept = honors._words().title_verdicts
    ctx = honors._Ctx("王某获评第1届优秀教师。", [], None)
    pair = honors._Pair(Recipient(0, 2, "person"), (4, 11), (2, 4), None, "honors.active", 1, True)
    for n in range(honors._KEPT_TITLES + 50):
        c = honors._Candidate(ctx, pair, "王某", f"第{n}届优秀教师")
        assert honors._first_rejecting(c) == first_rejecting(honors._FILTERS, c)
        assert len(kept) <= honors._KEPT_TITLES
