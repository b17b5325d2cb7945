"""`python -m extractor eval` (extractor/evaluate.py): score.py's figures, plus what to fix.

The parity tests run `shared/tools/score.py` (beside the checkout) and `eval` on the same
predictions and require the same totals; they skip where shared/ is not there.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.app import evaluate
from extractor.app.batch import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
needs_score = pytest.mark.skipif(not SCORE.exists(), reason="shared/tools/score.py is not beside the checkout")


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory):
    """The project's corpus and, where present, the shared dev corpus, in one folder."""
    d = tmp_path_factory.mktemp("gold")
    for corpus in (ROOT / "corpus", DEV):
        for f in corpus.glob("*"):
            if f.name.endswith((".txt", ".gold.json")):
                shutil.copy(f, d / f.name)
    return d


@pytest.fixture(scope="module")
def batch_output(gold_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("pred") / "results.jsonl"
    assert run_batch(BatchOptions([str(p) for p in sorted(gold_dir.glob("*.txt"))], out=str(out), workers=2,
                                  quiet=True)).status == 0
    return out


def score_py(gold_dir, pred_dir) -> dict:
    r = subprocess.run([sys.executable, str(SCORE), str(gold_dir), str(pred_dir), "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


@needs_score
def test_totals_equal_score_py_on_the_corpus(gold_dir, batch_output, tmp_path):
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    for line in batch_output.read_text("utf-8").splitlines():
        record = json.loads(line)
        if "error" not in record:
            (pred_dir / f"{record['id']}.json").write_text(line, "utf-8")
    expected = score_py(gold_dir, pred_dir)
    assert expected["claims"]["gold"] > 0
    assert evaluate.evaluate(gold_dir, pred_dir)[1] == expected  # a folder of <id>.json, as score.py reads
    assert evaluate.evaluate(gold_dir, batch_output)[1] == expected  # a batch output
    assert evaluate.evaluate(gold_dir, model="auto")[1] == expected  # the extractor, run in-process


GOLD = {
    "id": "x", "organization": "某市妇联", "published_at": None, "actions": ["红心向党"],
    "claims": [
        {"action": "红心向党", "metric": "特色宣讲", "value": 128, "unit": "场次", "qualifier": "exact"},
        {"action": "红心向党", "metric": "覆盖妇女群众", "value": 15000, "unit": "人", "qualifier": "over"},
        {"action": None, "metric": "贷款", "value": 80000000, "unit": "元", "qualifier": "exact"},
    ],
    "honors": [
        {"recipient": "刘亦光家庭", "honor": "全国最美家庭", "level": "national"},
        {"recipient": "某中心", "honor": "全国巾帼文明岗", "level": "national"},
    ],
}
PRED = {
    "claims": [
        {"action": "红心向党", "metric": "宣讲", "value": 128.0, "unit": "场次", "qualifier": "exact",
         "modality": "achieved", "raw": "128场次", "rule": "r1"},
        {"action": None, "metric": "妇女群众", "value": 15000.0, "unit": "人", "qualifier": "exact",
         "modality": "achieved", "raw": "1.5万余人", "rule": "r2"},
        {"action": None, "metric": "热线", "value": 12338.0, "unit": "个", "qualifier": "exact",
         "modality": "achieved", "raw": "12338", "rule": "r3"},
        {"action": None, "metric": "贷款", "value": 1e8, "unit": "元", "qualifier": "exact",
         "modality": "planned", "raw": "1亿元", "rule": "r4"},
    ],
    "honors": [
        {"recipient": "刘亦光家庭", "honor": "全国最美家庭", "level": "provincial", "rule": "h1"},
        {"recipient": "张三", "honor": "优秀志愿者", "level": "unknown", "rule": "h2"},
    ],
}


def test_an_article_lists_missed_spurious_and_wrong_facts():
    s = evaluate.score_article("x", GOLD, PRED)
    assert (s.claims_gold, s.claims_pred, s.claims_matched) == (3, 3, 2)  # the planned claim is not scored
    assert [c["metric"] for c in s.missed_claims] == ["贷款"]
    assert [(c["metric"], c["rule"]) for c in s.spurious_claims] == [("热线", "r3")]
    assert [h["honor"] for h in s.missed_honors] == ["全国巾帼文明岗"]
    assert [h["recipient"] for h in s.spurious_honors] == ["张三"]
    wrong = {(w["field"], w["predicted"], w["gold"]) for w in s.wrong}
    assert wrong == {("qualifier", "exact", "over"), ("action", None, "红心向党"), ("level", "provincial", "national")}
    t = evaluate.totals([s])
    assert t["claims"]["precision"] == round(2 / 3, 4) and t["qualifier_accuracy"] == 0.5
    assert t["action_accuracy"] == 0.5 and t["level_accuracy"] == 0.0
    text = "\n".join(evaluate.article_lines(s, brief=False))
    assert "missed   claim  贷款 80000000 元 (exact)" in text and "spurious claim  热线" in text
    assert "wrong level" in text and "provincial, gold national" in text


def test_a_failed_article_counts_its_gold_as_missed():
    s = evaluate.score_article("x", GOLD, None, "error[empty]: x is empty")
    assert s.failed == "error[empty]: x is empty" and s.claims_matched == 0 and len(s.missed_claims) == 3
    assert evaluate.totals([s])["failed"] == 1


@needs_score
def test_synthetic_totals_equal_score_py(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir(), pred.mkdir()
    (gold / "x.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    (gold / "y.gold.json").write_text(json.dumps({**GOLD, "id": "y"}, ensure_ascii=False), "utf-8")
    (pred / "x.json").write_text(json.dumps(PRED, ensure_ascii=False), "utf-8")  # y has no prediction: failed
    assert evaluate.evaluate(gold, pred)[1] == score_py(gold, pred)


def test_command_output(gold_dir, batch_output, capsys):
    assert evaluate.main([str(gold_dir), "--pred", str(batch_output)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("claims  P ") and "failed 0/" in out[-1]
    assert any(line.startswith("changyi-fulian-2023") for line in out)
    assert evaluate.main([str(gold_dir), "--pred", str(batch_output), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"claims", "honors", "qualifier_accuracy", "per_article"} <= set(data)
    assert all({"missed", "spurious"} <= set(a["claims"]) for a in data["per_article"])
    assert evaluate.main([str(gold_dir), "--pred", str(batch_output), "--brief"]) == 0
    assert not any(line.startswith("    ") for line in capsys.readouterr().out.splitlines())


def test_unusable_arguments_exit_2(tmp_path, capsys):
    assert evaluate.main([str(tmp_path / "nope")]) == 2
    assert evaluate.main([str(tmp_path)]) == 2
    assert "no *.gold.json" in capsys.readouterr().err


def test_a_missed_gold_fact_is_shown_with_the_candidate_and_the_rule_that_turned_it_down(tmp_path):
    # gold files that disagree with the rules on purpose: a per-head standard and a counted title
    (tmp_path / "a.txt").write_text("县妇联开展走访活动，为困难妇女每人发放慰问金1200元。\n", "utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({
        "id": "a", "source_url": None, "organization": None, "published_at": None, "actions": [],
        "claims": [{"action": None, "metric": "慰问金", "value": 1200, "unit": "元", "qualifier": "exact"}],
        "honors": []}, ensure_ascii=False), "utf-8")
    scores, _ = evaluate.evaluate(tmp_path, model="none")
    (missed,) = scores[0].missed_claims
    assert missed["candidate"] == "1200元"
    assert missed["rejected_by"].startswith("claims.reject.")
    assert "turned down by claims.reject." in "\n".join(evaluate.article_lines(scores[0], brief=False))


def test_a_batch_output_has_no_candidates_to_show(tmp_path):
    s = evaluate.score_article("x", GOLD, PRED)
    assert all("rejected_by" not in c for c in s.missed_claims)
