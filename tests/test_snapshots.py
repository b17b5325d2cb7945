"""Every fact the extractor gives on each `corpus/` article, as a readable snapshot under
`tests/snapshots/`: any change to any fact shows up in review as a diff of these files.

After a change that is meant to change the output, rewrite them and read the diff:

    XF_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py
"""
from __future__ import annotations

import os

import pytest

from .conftest import CORPUS, ROOT, corpus_ids

SNAPSHOTS = ROOT / "tests" / "snapshots"
UPDATE = os.environ.get("XF_UPDATE_SNAPSHOTS") == "1"


def _value(v: float | None) -> str:
    if v is None:
        return "-"
    return str(int(v)) if float(v).is_integer() else repr(v)


def render(article) -> str:
    """One line per fact, in output order: what a reviewer wants to see change."""
    lines = [f"# {article.id}", f"organization: {article.organization}",
             f"published_at: {article.meta.published_at}", f"title: {article.meta.title}", ""]
    lines += [f"action  {a.name} | goal={a.goal} | {a.rule}" for a in article.actions]
    lines += [f"claim   {c.metric} = {_value(c.value)}{'..' + _value(c.value_max) if c.value_max is not None else ''} "
              f"{c.unit} | {c.qualifier} {c.modality} | action={c.action} | raw={c.raw} | {c.rule}"
              for c in article.claims]
    lines += [f"honor   {h.recipient} <- {h.honor} | {h.level} {h.recipient_type} | verb={h.verb} issuer={h.issuer} "
              f"| {h.rule}" for h in article.honors]
    lines += [f"removed {r.kind} | {r.text[:40]} | {r.rule}" for r in article.removed]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("article_id", corpus_ids())
def test_corpus_output_matches_its_snapshot(extractor, article_id):
    got = render(extractor.extract_file(CORPUS / f"{article_id}.txt"))
    path = SNAPSHOTS / f"{article_id}.txt"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(got, "utf-8")
    assert path.exists(), f"no snapshot for {article_id}: run with XF_UPDATE_SNAPSHOTS=1 and review it"
    assert got == path.read_text("utf-8"), (
        f"the output on corpus/{article_id}.txt changed: if that is intended, rewrite the snapshots "
        "(XF_UPDATE_SNAPSHOTS=1) and review the diff")


def test_every_snapshot_has_its_article():
    stale = sorted(p.stem for p in SNAPSHOTS.glob("*.txt") if p.stem not in corpus_ids())
    assert not stale, f"snapshots without a corpus article: {stale}"
