"""`python -m extractor eval GOLD_DIR`: score the extractor against gold files (spec/ANNOTATION.md).

GOLD_DIR holds `<id>.txt` and `<id>.gold.json` pairs. The extractor runs on each `.txt` (one
pipeline, loaded once), or predictions are read from `--pred`: a batch output (`results.jsonl`)
or a folder of `<id>.json`. The matching and the totals are those of `shared/tools/score.py`, the
project's scorer, rule for rule (a test runs both on the same predictions):

- a claim matches a gold claim of the same article when the values agree within 0.5 %, the units
  are equal and the metrics overlap (one holds the other, or they share at least half of the
  shorter one's characters); planned claims are not scored; each gold claim takes at most one
  prediction, greedily in gold order;
- an honor matches when recipients and honors each contain one another (either way);
- precision, recall and F1 for claims and honors; among matched pairs, the share with the right
  qualifier, action (where the gold names one) and level.

On top of score.py's lines, each article lists what to look at when improving rules: gold facts
missed, predicted facts that match nothing (spurious, with the rule that produced them), and
matched facts whose qualifier, action or level is wrong. `--brief` prints only score.py's lines;
`--json` prints score.py's totals object plus `per_article` with the same lists.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

QUALIFIERS = {"exact", "over", "about", "under"}
IGNORED_MODALITIES = {"planned", "target", "plan"}

DESCRIPTION = """\
Score the extractor against gold annotations: GOLD_DIR holds <id>.txt articles and <id>.gold.json
files in the format of spec/ANNOTATION.md. Prints a line per article with the facts missed,
spurious or mis-labelled, then precision/recall/F1 for claims and honors and the qualifier,
action and level accuracy (the same figures as shared/tools/score.py).
"""


# ---- matching: shared/tools/score.py, function for function ------------------------------------


def name_of(x):
    if isinstance(x, dict):
        return x.get("name") or x.get("brand") or x.get("title")
    return x


# pinyin glosses some pages put after characters (服務(wù)): names are compared without them
_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]")


def strip_quotes(s):
    s = _GLOSS.sub("", s or "")
    return s.strip().strip("“”\"'《》「」『』 ").replace("“", "").replace("”", "").replace('"', "")


def overlaps(a, b):
    a, b = strip_quotes(a), strip_quotes(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short, long_ = sorted((a, b), key=len)
    return sum(1 for ch in set(short) if ch in long_) >= len(set(short)) / 2


def contains_either(a, b):
    a, b = strip_quotes(a), strip_quotes(b)
    return bool(a) and bool(b) and (a in b or b in a)


def same_value(g, p):
    try:
        g, p = float(g), float(p)
    except (TypeError, ValueError):
        return False
    return abs(g - p) <= 0.005 * max(abs(g), 1e-9)


def same_unit(g, p):
    return strip_quotes(str(g)) == strip_quotes(str(p or ""))


def claim_match(g, p):
    return same_value(g["value"], p.get("value")) and same_unit(g["unit"], p.get("unit")) and overlaps(
        g["metric"], p.get("metric") or p.get("subject") or ""
    )


def honor_match(g, p):
    return contains_either(g["recipient"], p.get("recipient") or "") and contains_either(
        g["honor"], p.get("honor") or p.get("title") or ""
    )


def greedy(gold, pred, match):
    """[(gold index, pred index)]: each gold fact takes the first unused prediction it matches."""
    pairs, used = [], set()
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in used and match(g, p):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def prf(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---- one article ---------------------------------------------------------------------------------


@dataclass
class ArticleScore:
    id: str
    failed: str | None = None  # why there is no prediction
    claims_gold: int = 0
    claims_pred: int = 0
    claims_matched: int = 0
    honors_gold: int = 0
    honors_pred: int = 0
    honors_matched: int = 0
    qualifier_right: int = 0
    action_scored: int = 0
    action_right: int = 0
    level_right: int = 0
    missed_claims: list[dict] = field(default_factory=list)
    spurious_claims: list[dict] = field(default_factory=list)
    missed_honors: list[dict] = field(default_factory=list)
    spurious_honors: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)  # matched pairs with a wrong qualifier/action/level

    def details(self) -> dict:
        return {
            "id": self.id, "failed": self.failed,
            "claims": {"gold": self.claims_gold, "predicted": self.claims_pred, "matched": self.claims_matched,
                       "missed": self.missed_claims, "spurious": self.spurious_claims},
            "honors": {"gold": self.honors_gold, "predicted": self.honors_pred, "matched": self.honors_matched,
                       "missed": self.missed_honors, "spurious": self.spurious_honors},
            "wrong": self.wrong,
        }


def score_article(id: str, gold: dict, pred: dict | None, failed: str | None = None,
                  rejected: list[dict] | None = None) -> ArticleScore:
    """One article's counts and lists. `rejected`: the candidates the extractor turned down, each
    `{"fact", "text", "rule", "detail"}` (from `Extractor.explain`); a missed gold fact is shown with
    the candidate that was it and the rule that turned it down, where one was."""
    s = ArticleScore(id, failed=failed if pred is None else None)
    if pred is None:
        s.failed = s.failed or "no prediction"
        pred = {}
    pc = [c for c in pred.get("claims") or [] if (c.get("modality") or "") not in IGNORED_MODALITIES]
    ph = pred.get("honors") or []
    gc, gh = gold["claims"], gold["honors"]
    cpairs = greedy(gc, pc, claim_match)
    hpairs = greedy(gh, ph, honor_match)
    s.claims_gold, s.claims_pred, s.claims_matched = len(gc), len(pc), len(cpairs)
    s.honors_gold, s.honors_pred, s.honors_matched = len(gh), len(ph), len(hpairs)
    for i, j in cpairs:
        g, p = gc[i], pc[j]
        predicted = p.get("qualifier") or "exact"
        if predicted == g["qualifier"]:
            s.qualifier_right += 1
        else:
            s.wrong.append({"fact": "claim", "field": "qualifier", "gold": g["qualifier"], "predicted": predicted,
                            "claim": _claim(g), "raw": p.get("raw"), "rule": p.get("rule")})
        if g.get("action"):
            s.action_scored += 1
            if overlaps(g["action"], name_of(p.get("action")) or ""):
                s.action_right += 1
            else:
                s.wrong.append({"fact": "claim", "field": "action", "gold": g["action"],
                                "predicted": name_of(p.get("action")), "claim": _claim(g), "rule": p.get("rule")})
    for i, j in hpairs:
        g, p = gh[i], ph[j]
        predicted = p.get("level") or "unknown"
        if predicted == g["level"]:
            s.level_right += 1
        else:
            s.wrong.append({"fact": "honor", "field": "level", "gold": g["level"], "predicted": predicted,
                            "honor": _honor(g), "rule": p.get("rule")})
    matched_g = {i for i, _ in cpairs}
    matched_p = {j for _, j in cpairs}
    s.missed_claims = [_claim(c) for i, c in enumerate(gc) if i not in matched_g]
    for c in s.missed_claims:
        c.update(_why_missed_claim(c, rejected or []))
    s.spurious_claims = [_claim(c, pred=True) for j, c in enumerate(pc) if j not in matched_p]
    matched_g = {i for i, _ in hpairs}
    matched_p = {j for _, j in hpairs}
    s.missed_honors = [_honor(h) for i, h in enumerate(gh) if i not in matched_g]
    for h in s.missed_honors:
        h.update(_why_missed_honor(h, rejected or []))
    s.spurious_honors = [_honor(h, pred=True) for j, h in enumerate(ph) if j not in matched_p]
    return s


def _why_missed_claim(gold: dict, rejected: list[dict]) -> dict:
    """The turned-down candidate that reads as the gold claim's figure, and the rule that turned it
    down: the same value and unit, the one whose reading shares the metric first."""
    from ..stages.numbers import quantities

    found = []
    for r in rejected:
        if r["fact"] != "claim":
            continue
        for q in quantities(r["text"]):
            unit = "元" if q.kind == "money" else q.unit
            if same_value(gold["value"], q.value) and same_unit(gold["unit"], unit):
                found.append(r)
                break
    if not found:
        return {}
    best = max(found, key=lambda r: overlaps(gold["metric"], r["detail"]))
    return {"candidate": best["text"], "rejected_by": best["rule"], "read_as": best["detail"]}


def _why_missed_honor(gold: dict, rejected: list[dict]) -> dict:
    """The turned-down candidate whose evidence holds the gold recipient or title."""
    names = [strip_quotes(gold["recipient"]), strip_quotes(gold["honor"])]
    found = [r for r in rejected if r["fact"] == "honor"
             and any(n and n in strip_quotes(r["text"] + " " + r["detail"]) for n in names)]
    if not found:
        return {}
    best = max(found, key=lambda r: sum(bool(n) and n in strip_quotes(r["text"] + " " + r["detail"]) for n in names))
    return {"candidate": best["text"], "rejected_by": best["rule"], "read_as": best["detail"]}


def _claim(c: dict, pred: bool = False) -> dict:
    out = {k: c.get(k) for k in ("action", "metric", "value", "unit", "qualifier")}
    out["action"] = name_of(out["action"])
    if pred:
        out.update({k: c[k] for k in ("raw", "rule", "span") if k in c})
    return out


def _honor(h: dict, pred: bool = False) -> dict:
    out = {k: h.get(k) for k in ("recipient", "honor", "level")}
    if pred:
        out.update({k: h[k] for k in ("rule", "span") if k in h})
    return out


# ---- totals ----------------------------------------------------------------------------------------


def totals(scores: list[ArticleScore]) -> dict:
    """score.py's totals object, key for key."""
    ctp = sum(s.claims_matched for s in scores)
    htp = sum(s.honors_matched for s in scores)
    act_n = sum(s.action_scored for s in scores)
    cp, cr, cf = prf(ctp, sum(s.claims_pred for s in scores), sum(s.claims_gold for s in scores))
    hp, hr, hf = prf(htp, sum(s.honors_pred for s in scores), sum(s.honors_gold for s in scores))
    return {
        "articles": len(scores), "failed": sum(1 for s in scores if s.failed),
        "claims": {"precision": round(cp, 4), "recall": round(cr, 4), "f1": round(cf, 4),
                   "gold": sum(s.claims_gold for s in scores), "predicted": sum(s.claims_pred for s in scores),
                   "matched": ctp},
        "honors": {"precision": round(hp, 4), "recall": round(hr, 4), "f1": round(hf, 4),
                   "gold": sum(s.honors_gold for s in scores), "predicted": sum(s.honors_pred for s in scores),
                   "matched": htp},
        "qualifier_accuracy": round(sum(s.qualifier_right for s in scores) / ctp, 4) if ctp else None,
        "action_accuracy": round(sum(s.action_right for s in scores) / act_n, 4) if act_n else None,
        "level_accuracy": round(sum(s.level_right for s in scores) / htp, 4) if htp else None,
    }


def totals_line(t: dict) -> str:
    c, h = t["claims"], t["honors"]
    return (f"claims  P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}   "
            f"honors  P {h['precision']:.3f} R {h['recall']:.3f} F1 {h['f1']:.3f}   "
            f"qualifier {t['qualifier_accuracy']}  action {t['action_accuracy']}  level {t['level_accuracy']}"
            f"   failed {t['failed']}/{t['articles']}")


def article_lines(s: ArticleScore, brief: bool) -> list[str]:
    note = f"  FAILED {s.failed}" if s.failed else ""
    head = (f"{s.id:40s} claims {s.claims_matched:3d}/{s.claims_gold:3d} gold, {s.claims_pred:3d} pred   "
            f"honors {s.honors_matched:2d}/{s.honors_gold:2d} gold, {s.honors_pred:2d} pred{note}")
    lines = [head]
    if brief:
        return lines
    for c in s.missed_claims:
        lines.append(f"    missed   claim  {_claim_text(c)}{_turned_down(c)}")
    for c in s.spurious_claims:
        lines.append(f"    spurious claim  {_claim_text(c)}   raw {c.get('raw')!r} rule {c.get('rule')}")
    for h in s.missed_honors:
        lines.append(f"    missed   honor  {h['recipient']} — {h['honor']} ({h['level']}){_turned_down(h)}")
    for h in s.spurious_honors:
        lines.append(f"    spurious honor  {h['recipient']} — {h['honor']} ({h['level']})   rule {h.get('rule')}")
    for w in s.wrong:
        what = _claim_text(w["claim"]) if w["fact"] == "claim" else f"{w['honor']['recipient']} — {w['honor']['honor']}"
        lines.append(f"    wrong {w['field']:9s} {what}: {w['predicted']}, gold {w['gold']}   rule {w.get('rule')}")
    return lines


def _turned_down(fact: dict) -> str:
    if "rejected_by" not in fact:
        return ""
    return f"   <- candidate {fact['candidate']!r} turned down by {fact['rejected_by']} (read as {fact['read_as']!r})"


def _claim_text(c: dict) -> str:
    value = c.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    action = f" [{c['action']}]" if c.get("action") else ""
    unit = f" {c['unit']}" if c.get("unit") else ""
    return f"{c.get('metric')} {value}{unit} ({c.get('qualifier') or 'exact'}){action}"


# ---- predictions -----------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> dict[str, dict]:
    golds = {}
    for f in sorted(gold_dir.glob("*.gold.json")):
        golds[f.name[: -len(".gold.json")]] = json.loads(f.read_text("utf-8"))
    return golds


def predictions_from(pred: Path, ids) -> Iterator[tuple[str, dict | None, str | None]]:
    """From a batch output (.jsonl: records by id) or a folder of <id>.json files."""
    if pred.is_dir():
        for i in ids:
            f = pred / f"{i}.json"
            yield i, (json.loads(f.read_text("utf-8")) if f.exists() else None), None if f.exists() else "no prediction file"
        return
    records = {}
    with pred.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                records.setdefault(record["id"], record)
    for i in ids:
        record = records.get(i)
        if record is None:
            yield i, None, f"no line with id {i!r} in {pred}"
        elif "error" in record:
            yield i, None, f"error[{record['error']['kind']}]: {record['error']['message']}"
        else:
            yield i, record, None


def predictions_extracted(gold_dir: Path, ids, model: str) -> Iterator[tuple[str, dict | None, str | None, list[dict]]]:
    """Run the extractor (one pipeline for all) on each <id>.txt; with each Article, the candidate
    facts its rules turned down."""
    from .. import Extractor, ExtractorConfig
    from ..contract.errors import ExtractorError
    from ..contract.serialize import dumps

    ex = Extractor(ExtractorConfig(model=model))
    for i in ids:
        path = gold_dir / f"{i}.txt"
        try:
            (article, text), rejected = ex.explain(path.read_bytes(), id=i, path=str(path))
        except OSError as e:
            yield i, None, f"cannot read {path}: {e.strerror}", []
            continue
        except ExtractorError as e:
            yield i, None, str(e), []
            continue
        turned_down = [{"fact": r.fact, "text": text[r.start:r.end], "rule": r.rule, "detail": r.detail}
                       for r in rejected]
        yield i, json.loads(dumps(article)), None, turned_down


def evaluate(gold_dir: Path, pred: Path | None = None, model: str = "auto") -> tuple[list[ArticleScore], dict]:
    golds = load_gold(gold_dir)
    if pred is not None:
        source = ((i, p, why, []) for i, p, why in predictions_from(pred, golds))
    else:
        source = predictions_extracted(gold_dir, golds, model)
    scores = [score_article(i, golds[i], p, why, turned_down) for i, p, why, turned_down in source]
    return scores, totals(scores)


# ---- the command ----------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = parser.description or DESCRIPTION
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of <id>.txt and <id>.gold.json")
    parser.add_argument("--pred", metavar="PATH",
                        help="score these predictions instead of running the extractor: a batch output "
                             "(.jsonl) or a folder of <id>.json")
    parser.add_argument("--json", action="store_true", help="one JSON object: the totals and per_article lists")
    parser.add_argument("--brief", action="store_true", help="only the per-article counts and the totals")
    if not any("--model" in a.option_strings for a in parser._actions):
        parser.add_argument("--model", default="auto", help="spaCy pipeline for the NER stage (default: auto)")


def run(args: argparse.Namespace) -> int:
    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        print(f"error[usage]: {gold_dir} is not a directory", file=sys.stderr)
        return 2
    pred = Path(args.pred) if args.pred else None
    if pred is not None and not pred.exists():
        print(f"error[usage]: {pred} does not exist", file=sys.stderr)
        return 2
    try:
        if not load_gold(gold_dir):
            print(f"error[usage]: no *.gold.json in {gold_dir}", file=sys.stderr)
            return 2
        scores, t = evaluate(gold_dir, pred, getattr(args, "model", "auto"))
    except (ValueError, KeyError) as e:  # a gold or prediction file that is not in the format
        print(f"error[gold]: unusable gold or prediction file: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({**t, "per_article": [s.details() for s in scores]}, ensure_ascii=False))
        return 0
    for s in scores:
        print("\n".join(article_lines(s, args.brief)))
    print(totals_line(t))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor eval")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
