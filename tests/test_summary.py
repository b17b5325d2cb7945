"""`xfacts summary`: totals of a results file, as tables or JSON."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from extractor.app.summary import print_tables, summarise

from .conftest import ROOT


def claim(metric, value, unit, modality="achieved"):
    return {"metric": metric, "value": value, "unit": unit, "modality": modality}


def article(id, claims=(), honors=(), duplicate_of=None):
    return {"id": id, "claims": list(claims), "honors": [{"level": level} for level in honors], "actions": [],
            "duplicate_of": duplicate_of}


def error(id, kind):
    return {"id": id, "source": {"path": f"{id}.txt"}, "error": {"kind": kind, "message": "..."}}


@pytest.mark.parametrize("records,metrics,levels,kinds", [
    ([article("a", [claim("宣讲", 12, "场次"), claim("宣讲", 8, "场次"), claim("贷款", 1.5e6, "元")])],
     [("宣讲", "场次", 2, 20), ("贷款", "元", 1, 1500000)], {}, {}),
    ([article("a", [claim("培训", 300, "人次"), claim("培训", 500, "人次", "planned")])],
     [("培训", "人次", 1, 300)], {}, {}),
    ([article("a", [claim("宣讲", 12, "场次")], ["national"]),
      article("b", [claim("宣讲", 12, "场次")], ["national"], duplicate_of="a")],
     [("宣讲", "场次", 1, 12)], {"national": 1}, {}),
    ([article("a", honors=["county", "national", "county"]), error("b", "empty"), error("c", "binary"),
      error("d", "empty")],
     [], {"county": 2, "national": 1}, {"empty": 2, "binary": 1}),
    ([article("a", [claim("增长", 12.5, "%"), claim("增长", 0.25, "%")])], [("增长", "%", 2, 12.75)], {}, {}),
], ids=["sums-per-metric-and-unit", "planned-left-out", "reprints-left-out", "levels-and-error-kinds",
        "fractions-kept"])
def test_summarise(records, metrics, levels, kinds):
    totals = summarise(records)
    assert [(r["metric"], r["unit"], r["claims"], r["total"]) for r in totals["claims_by_metric"]] == metrics
    assert totals["honors_by_level"] == levels
    assert totals["errors_by_kind"] == kinds


def test_article_counts():
    records = [article("a", [claim("宣讲", 12, "场次"), claim("宣讲", 3, "场次", "planned")], ["county"]),
               article("b", [claim("宣讲", 12, "场次")], duplicate_of="a"), error("c", "empty")]
    assert summarise(records)["articles"] == {"records": 3, "extracted": 2, "failed": 1, "reprints": 1, "claims": 3,
                                              "planned_claims": 1, "honors": 1, "actions": 0}


def test_tables_show_every_section_and_cut_long_lists():
    records = [article("a", [claim(f"指标{n}", n, "个") for n in range(1, 41)], ["national"]), error("b", "empty")]
    out = io.StringIO()
    print_tables(summarise(records), top=5, file=out)
    text = out.getvalue()
    for heading in ("Achieved claims per metric and unit", "Achieved claims per unit", "Honours per level",
                    "Failed inputs per error kind"):
        assert heading in text
    assert "the first 5 of 40" in text and "指标40" in text and "指标1 " not in text
    assert "2 records: 1 articles extracted" in text


def test_the_command_prints_json(tmp_path):
    results = tmp_path / "results.jsonl"
    records = [article("a", [claim("宣讲", 12, "场次")], ["county"]), error("b", "timeout")]
    results.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    r = subprocess.run([sys.executable, "-m", "extractor", "summary", str(results), "--json"], cwd=ROOT,
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == summarise(records)
    results.write_text('{"id": "a", "claims": []}\nnot json\n', "utf-8")
    r = subprocess.run([sys.executable, "-m", "extractor", "summary", str(results)], cwd=ROOT, capture_output=True,
                       timeout=120)
    assert r.returncode == 1 and b"line 2" in r.stderr
