"""`xfacts export`: batch results as tables (DuckDB, Parquet, CSV) that count what the JSONL holds."""
from __future__ import annotations

import argparse
import csv
import io
import json
import shutil

import pytest

from extractor.app import export
from extractor.app.batch import BatchOptions, run_batch

from .conftest import CORPUS, ROOT

duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

# the analyst's questions of docs/usage.md, verbatim
QUERIES = {
    "totals per metric and unit per organisation and year": """
        SELECT a.organization, year(a.published_at) AS year, c.metric, c.unit,
               count(*) AS claims, sum(c.value) AS total
        FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.modality = 'achieved' AND a.duplicate_of IS NULL
        GROUP BY ALL ORDER BY total DESC""",
    "honours per level": """
        SELECT level, count(*) AS honours FROM honors GROUP BY level ORDER BY honours DESC""",
    "claims per action": """
        SELECT coalesce(action, '(none)') AS action, count(*) AS claims
        FROM claims GROUP BY ALL ORDER BY claims DESC""",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """A batch output holding text articles, a web page, .jsonl rows, a reprint and a failed input."""
    src = tmp_path_factory.mktemp("in")
    for name in ("changyi-fulian-2023", "hb-bannian-fulian", "xf-lanshan-kexie-big5"):
        shutil.copy(CORPUS / f"{name}.txt", src)
    shutil.copy(CORPUS / "changyi-fulian-2023.txt", src / "reprint.txt")
    shutil.copy(ROOT / "tests" / "data" / "county-news-page.html", src)
    rows = [{"id": "row-1", "url": "http://example.org/1", "text": "县残联为120名残疾人适配辅助器具，发放补贴约8万元。"},
            {"id": "row-2", "text": "   "}]
    (src / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    out = tmp_path_factory.mktemp("out") / "results.jsonl"
    outcome = run_batch(BatchOptions([str(src)], out=str(out), workers=1, quiet=True))
    assert outcome.status == 0
    return out


def totals(path) -> dict[str, int]:
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return {"articles": len(records), **{t: sum(len(r.get(t) or []) for r in records)
                                         for t in ("claims", "honors", "actions")}}


def test_duckdb_counts_what_the_jsonl_holds(results, tmp_path):
    expected = totals(results)
    assert expected["claims"] > 60 and expected["honors"] > 5 and expected["actions"] > 3
    db = tmp_path / "x.duckdb"
    assert export.run(argparse.Namespace(results=[str(results)], to=str(db))) == 0
    con = duckdb.connect(str(db), read_only=True)
    for table, n in expected.items():
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns").fetchall())
    assert types["value"] == "DOUBLE" and types["published_at"] == "TIMESTAMP" and types["span_start"] == "BIGINT"
    assert types["editors"] == "VARCHAR[]"
    row = con.execute("SELECT outlet, editors, year(published_at) FROM articles WHERE id = 'county-news-page'").fetchone()
    assert row == ("青禾县妇联", ["林思远"], 2024)
    assert con.execute("SELECT fields FROM articles WHERE id = 'row-1'").fetchone()[0] == '{"url": "http://example.org/1"}'
    assert con.execute("SELECT error_kind FROM articles WHERE id = 'row-2'").fetchone()[0] == "empty"
    assert con.execute("SELECT duplicate_of FROM articles WHERE id = 'reprint'").fetchone()[0] == "changyi-fulian-2023"
    for name, query in QUERIES.items():
        assert con.execute(query).fetchall(), name
    by_action = con.execute(QUERIES["claims per action"]).fetchall()
    assert sum(n for _, n in by_action) == expected["claims"]
    seed = con.execute("SELECT count(*), sum(value) FROM claims WHERE article_id = 'changyi-fulian-2023' "
                   "AND metric = '特色宣讲'").fetchone()
    assert seed == (1, 128.0)


def test_parquet_and_csv_count_the_same(results, tmp_path):
    expected = totals(results)
    assert export.run(argparse.Namespace(results=[str(results)], to=str(tmp_path / "x.parquet"))) == 0
    assert export.run(argparse.Namespace(results=[str(results)], to=str(tmp_path / "x.csv"))) == 0
    for table, n in expected.items():
        parquet = pq.read_table(tmp_path / f"x.{table}.parquet")
        assert parquet.num_rows == n, table
        with open(tmp_path / f"x.{table}.csv", encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.DictReader(fh)) == n, table
    schema = pq.read_schema(tmp_path / "x.claims.parquet")
    assert str(schema.field("value").type) == "double" and str(schema.field("n").type) == "int32"
    with open(tmp_path / "x.articles.csv", encoding="utf-8", newline="") as fh:
        page = next(r for r in csv.DictReader(fh) if r["id"] == "county-news-page")
    assert json.loads(page["editors"]) == ["林思远"]  # CSV has no lists: JSON arrays


def test_exporting_again_replaces_the_tables_and_keeps_others(results, tmp_path):
    db = tmp_path / "x.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE notes AS SELECT 1 AS n")
    con.close()
    for _ in range(2):
        assert export.run(argparse.Namespace(results=[str(results)], to=str(db))) == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == totals(results)["claims"]
    assert con.execute("SELECT n FROM notes").fetchone() == (1,)


def test_a_torn_line_stops_the_export_and_leaves_the_old_output(results, tmp_path, capsys):
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(results.read_bytes() + b'{"id": "cut-sho')
    target = tmp_path / "x.csv"
    assert export.run(argparse.Namespace(results=[str(results)], to=str(target))) == 0
    before = {p.name: p.read_bytes() for p in tmp_path.glob("x.*.csv")}
    assert export.run(argparse.Namespace(results=[str(torn)], to=str(target))) == 1
    assert "--resume" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in tmp_path.glob("x.*")} == before  # no .tmp left, nothing replaced


@pytest.mark.parametrize("module", ["pyarrow", "duckdb"])
def test_a_missing_extra_is_named(results, tmp_path, monkeypatch, capsys, module):
    monkeypatch.setitem(__import__("sys").modules, module, None)  # import fails as if not installed
    assert export.run(argparse.Namespace(results=[str(results)], to=str(tmp_path / "x.duckdb"))) == 2
    err = capsys.readouterr().err
    assert err.startswith("error[missing_extra]") and module in err and "xfacts[export]" in err


def test_an_unknown_format_is_a_usage_error(results, tmp_path, capsys):
    assert export.run(argparse.Namespace(results=[str(results)], to=str(tmp_path / "x.xlsx"))) == 2
    assert ".duckdb" in capsys.readouterr().err


def test_standard_input(results, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(results.read_bytes())))
    assert export.run(argparse.Namespace(results=["-"], to=str(tmp_path / "x.parquet"))) == 0
    assert pq.read_table(tmp_path / "x.claims.parquet").num_rows == totals(results)["claims"]
