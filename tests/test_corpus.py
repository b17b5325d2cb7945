"""End to end on `corpus/` (the seed article and this project's own articles, each with gold):
scores, evidence, determinism. The dev corpus in ../shared is scored by `python -m extractor eval`
and the before-stop hook, not here: it is not part of this repository."""
from __future__ import annotations

import json

import pytest

from extractor.app import evaluate
from extractor.contract.serialize import dumps

from .conftest import CORPUS, corpus_ids


@pytest.fixture(scope="module")
def articles(extractor):
    return {i: extractor.extract_file(CORPUS / f"{i}.txt") for i in corpus_ids()}


def _texts(article):
    """The text the Article's spans index: its input decoded, or `source.text` where it carries one
    (a page read without its pinyin glosses)."""
    from extractor.pipeline import spanned_text

    return spanned_text(article, (CORPUS / f"{article.id}.txt").read_bytes())


@pytest.mark.parametrize("article_id", corpus_ids())
def test_every_fact_reads_back_from_its_span(articles, article_id):
    article = articles[article_id]
    text = _texts(article)
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


def _scores(articles):
    """The matching of ../shared/tools/score.py (ported in `extractor.evaluate`), over corpus/."""
    return {i: evaluate.score_article(i, json.loads((CORPUS / f"{i}.gold.json").read_text("utf-8")),
                                      article.model_dump(mode="json"))
            for i, article in articles.items()}


def test_corpus_scores(articles):
    t = evaluate.totals(list(_scores(articles).values()))
    assert t["claims"]["f1"] >= 0.9, t
    assert t["honors"]["f1"] >= 0.9, t
    assert t["qualifier_accuracy"] >= 0.95 and t["level_accuracy"] >= 0.9 and t["action_accuracy"] >= 0.9, t


def test_seed_article_is_extracted_exactly(articles):
    gold = json.loads((CORPUS / "changyi-fulian-2023.gold.json").read_text("utf-8"))
    article = articles["changyi-fulian-2023"]
    score = _scores({"changyi-fulian-2023": article})["changyi-fulian-2023"]
    assert score.claims_matched == score.claims_gold == score.claims_pred == 27
    assert score.honors_matched == score.honors_gold == score.honors_pred == 8
    assert not score.wrong
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


@pytest.mark.parametrize("article_id", corpus_ids())
def test_batch_lines_are_the_compact_json_in_utf8(articles, article_id):
    """A batch line is made as bytes (`dumps_bytes`, pydantic-core's own output) and never decoded:
    it must be exactly the compact JSON `dumps` gives, encoded."""
    from extractor.contract.serialize import dumps_bytes

    article = articles[article_id]
    assert dumps_bytes(article) == dumps(article).encode("utf-8")
    marked = article.model_copy(update={"duplicate_of": "原文-1"})
    assert dumps_bytes(marked) == dumps(marked).encode("utf-8")
