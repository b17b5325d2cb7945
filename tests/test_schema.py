"""The contract: schemas/ is generated from the Pydantic models and must not drift from them."""
import json

from extractor import extract
from extractor.contract.schema import article_schema_json

from .conftest import ROOT


def test_committed_schema_matches_the_models():
    committed = (ROOT / "schemas" / "article.schema.json").read_text("utf-8").strip()
    assert committed == article_schema_json().strip(), "run: python -m extractor schema > schemas/article.schema.json"


def test_contract_fields_are_present():
    article = json.loads(extract("市妇联开展宣讲12场次。").model_dump_json())
    for field in ("schema_version", "id", "extractor", "source", "meta", "organization", "actions", "claims",
                  "honors", "entities", "removed", "warnings"):
        assert field in article
    assert article["schema_version"] == "1"
    assert set(article["extractor"]) >= {"version", "ruleset"}
    assert set(article["source"]) >= {"path", "sha256", "encoding", "script"}
    claim = article["claims"][0]
    assert set(claim) >= {"action", "metric", "value", "value_max", "unit", "qualifier", "modality", "raw", "span",
                          "sentence_span", "rule"}
