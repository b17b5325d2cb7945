"""End to end on `corpus/` (the seed article and this project's own articles, each with gold):
scores, evidence, determinism. The dev corpus in ../shared is scored by `python -m extractor eval`
and the before-stop hook, not here: it is not part of this repository."""
from __future__ import annotations

import json

import pytest

from extractor.serialize import dumps

from .conftest import CORPUS, corpus_ids


@pytest.fixture(scope="module")
def articles(extractor):
    return {i: extractor.extract_file(CORPUS / f"{i}.txt") for i in corpus_ids()}


def _texts(i):
    from extractor.decode import decode

    return decode((CORPUS / f"{i}.txt").read_bytes()).text


@pytest.mark.parametrize("article_id", corpus_ids())
def test_every_fact_reads_back_from_its_span(articles, article_id):
    article, text = articles[article_id], _texts(article_id)
    for c in article.claims:
        assert text[c.span.start:c.span.end] == c.raw
        assert text[c.metric_span.start:c.metric_span.end] == c.metric
    for h in article.honors:
        evidence = text[h.span.start:h.span.end]
        assert h.recipient in evidence and h.honor in evidence
    for e in article.entities:
        assert text[e.span.start:e.span.end] == e.text
    for r in article.removed:
        assert text[r.span.start:r.span.end] == r.text
    for a in article.actions:
        assert text[a.span.start:a.span.end] == a.name


def _overlaps(a, b):
    strip = lambda s: (s or "").replace("“", "").replace("”", "").strip()
    a, b = strip(a), strip(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short, long_ = sorted((a, b), key=len)
    return sum(1 for ch in set(short) if ch in long_) >= len(set(short)) / 2


def _matches(gold, pred, match):
    used, pairs = set(), []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and match(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def _claim_match(g, p):
    return abs(g["value"] - p.value) <= 0.005 * max(abs(g["value"]), 1e-9) and g["unit"] == p.unit and _overlaps(g["metric"], p.metric)


def _honor_match(g, p):
    strip = lambda s: s.replace("“", "").replace("”", "")
    r, h = strip(g["recipient"]), strip(g["honor"])
    return (r in strip(p.recipient) or strip(p.recipient) in r) and (h in strip(p.honor) or strip(p.honor) in h)


def test_corpus_scores(articles):
    """The same matching as ../shared/tools/score.py, over corpus/."""
    tp = npred = ngold = htp = hpred = hgold = qual = lvl = 0
    for i, article in articles.items():
        gold = json.loads((CORPUS / f"{i}.gold.json").read_text("utf-8"))
        pred = [c for c in article.claims if c.modality != "planned"]
        pairs = _matches(gold["claims"], pred, _claim_match)
        hpairs = _matches(gold["honors"], article.honors, _honor_match)
        tp, npred, ngold = tp + len(pairs), npred + len(pred), ngold + len(gold["claims"])
        htp, hpred, hgold = htp + len(hpairs), hpred + len(article.honors), hgold + len(gold["honors"])
        qual += sum(g["qualifier"] == p.qualifier for g, p in pairs)
        lvl += sum(g["level"] == p.level for g, p in hpairs)
    f1 = 2 * tp / (npred + ngold)
    hf1 = 2 * htp / (hpred + hgold)
    assert f1 >= 0.9, f"claims F1 {f1:.3f}"
    assert hf1 >= 0.9, f"honors F1 {hf1:.3f}"
    assert qual / tp >= 0.95 and lvl / htp >= 0.9


def test_seed_article_is_extracted_exactly(articles):
    gold = json.loads((CORPUS / "changyi-fulian-2023.gold.json").read_text("utf-8"))
    article = articles["changyi-fulian-2023"]
    assert len(_matches(gold["claims"], article.claims, _claim_match)) == len(gold["claims"]) == len(article.claims)
    assert len(_matches(gold["honors"], article.honors, _honor_match)) == len(gold["honors"]) == len(article.honors)
    assert [a.name for a in article.actions] == gold["actions"]
    assert article.organization == gold["organization"] and article.meta.published_at == gold["published_at"]
    assert any(r.kind in ("hotline", "tips") for r in article.removed)


def test_same_bytes_give_identical_json(extractor):
    from extractor import Extractor, ExtractorConfig

    path = CORPUS / "changyi-fulian-2023.txt"
    first = dumps(extractor.extract_file(path), indent=2)
    second = dumps(Extractor(ExtractorConfig(model="none")).extract_file(path), indent=2)
    assert first == second
    assert json.loads(first)["extractor"]["ruleset"]


def test_every_fact_names_its_rule(articles):
    for article in articles.values():
        for fact in [*article.claims, *article.honors, *article.actions, *article.removed]:
            assert fact.rule and "." in fact.rule


@pytest.mark.parametrize("article_id,encoding,script", [
    ("xf-fenglin-gonghui-gbk", "gb18030", "simplified"),
    ("xf-lanshan-kexie-big5", "big5", "traditional"),
    ("xf-qingxi-fulian-fanti", "utf-8", "traditional"),
])
def test_source_encoding_and_script(articles, article_id, encoding, script):
    source = articles[article_id].source
    assert (source.encoding, source.script) == (encoding, script)
