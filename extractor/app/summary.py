"""`xfacts summary RESULTS.jsonl`: what an archive holds, in totals.

Counts of articles (extracted, failed, reprints), the claims summed per metric and unit, honours
per level, and failed inputs per error kind. Totals add achieved claims only (a planned figure
is a target, not work done) and leave reprints out (an article carrying `duplicate_of` repeats
one already counted). A table on a terminal (rich), or one JSON object with `--json`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable

from .export import ExportError, read_records

DESCRIPTION = """\
Summarise extraction results (the JSON lines of `xfacts batch`): articles extracted and failed,
achieved claims summed per metric and unit (reprints left out), honours per level, errors per kind.
"""
EPILOG = """\
examples:
  xfacts summary results.jsonl
  xfacts summary results.jsonl --top 50
  xfacts summary results.jsonl --json | jq '.claims_by_metric[:5]'
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = parser.description or DESCRIPTION
    parser.epilog = parser.epilog or EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("results", nargs="+", metavar="RESULTS",
                        help="JSON lines of Articles and error records (- for standard input)")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    parser.add_argument("--top", type=int, default=25, metavar="N",
                        help="metric/unit rows shown in the table, largest counts first (default 25; 0: all); "
                             "--json lists all")


def run(args: argparse.Namespace) -> int:
    try:
        totals = summarise(read_records(args.results))
    except ExportError as e:
        print(f"error[results]: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(totals, ensure_ascii=False, indent=2))
    else:
        print_tables(totals, top=args.top)
    return 0


def summarise(records: Iterable[dict]) -> dict:
    """The totals of a stream of output records, as plain data (the `--json` object)."""
    articles = Counter()
    metrics: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0.0])
    units: dict[str, list] = defaultdict(lambda: [0, 0.0])
    levels = Counter()
    kinds = Counter()
    for r in records:
        articles["records"] += 1
        if "error" in r:
            articles["failed"] += 1
            kinds[(r.get("error") or {}).get("kind") or "unknown"] += 1
            continue
        articles["extracted"] += 1
        claims = r.get("claims") or []
        honors = r.get("honors") or []
        articles["claims"] += len(claims)
        articles["honors"] += len(honors)
        articles["actions"] += len(r.get("actions") or [])
        if r.get("duplicate_of"):
            articles["reprints"] += 1
            continue
        for c in claims:
            if c.get("modality") == "planned":
                articles["planned_claims"] += 1
                continue
            for key, table in (((c.get("metric") or "", c.get("unit") or ""), metrics), (c.get("unit") or "", units)):
                table[key][0] += 1
                table[key][1] += float(c.get("value") or 0)
        levels.update(h.get("level") or "unknown" for h in honors)
    return {
        "articles": {k: articles[k] for k in ("records", "extracted", "failed", "reprints", "claims",
                                              "planned_claims", "honors", "actions")},
        "claims_by_metric": [{"metric": m, "unit": u, "claims": n, "total": _number(t)}
                             for (m, u), (n, t) in sorted(metrics.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))],
        "claims_by_unit": [{"unit": u, "claims": n, "total": _number(t)}
                           for u, (n, t) in sorted(units.items(), key=lambda kv: (-kv[1][0], kv[0]))],
        "honors_by_level": dict(sorted(levels.items(), key=lambda kv: (-kv[1], kv[0]))),
        "errors_by_kind": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 4)


def _shown(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def print_tables(totals: dict, top: int = 25, file=None) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    out = file or sys.stdout
    console = Console(file=out, width=None if _isatty(out) else 120, highlight=False)
    a = totals["articles"]
    console.print(
        f"{a['records']} records: {a['extracted']} articles extracted ({a['reprints']} reprints), "
        f"{a['failed']} failed; {a['claims']} claims ({a['planned_claims']} planned, left out of the totals), "
        f"{a['honors']} honours, {a['actions']} actions")

    def table(heading: str, columns: list[str], rows: list[list[str]], numbers: int, capped: bool = False) -> None:
        shown = rows if top <= 0 or not capped else rows[:top]
        more = f" (the first {len(shown)} of {len(rows)}; --top 0 for all)" if len(shown) < len(rows) else ""
        console.print(f"\n[bold]{heading}[/bold]{more}")
        t = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for n, name in enumerate(columns):
            t.add_column(name, justify="left" if n < len(columns) - numbers else "right")
        for row in shown or [["(none)", *[""] * (len(columns) - 1)]]:
            t.add_row(*row)
        console.print(t)

    rows = totals["claims_by_metric"]
    table("Achieved claims per metric and unit, reprints left out", ["metric", "unit", "claims", "total"],
          [[r["metric"], r["unit"], str(r["claims"]), _shown(r["total"])] for r in rows], 2, capped=True)
    rows = totals["claims_by_unit"]
    table("Achieved claims per unit", ["unit", "claims", "total"],
          [[r["unit"], str(r["claims"]), _shown(r["total"])] for r in rows], 2, capped=True)
    for heading, counts, label in (("Honours per level", totals["honors_by_level"], "level"),
                                   ("Failed inputs per error kind", totals["errors_by_kind"], "kind")):
        table(heading, [label, "count"], [[k, str(n)] for k, n in counts.items()], 1)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
