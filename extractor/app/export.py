"""`xfacts export RESULTS.jsonl --to OUT`: extraction results as tables an analyst can query.

Four tables, one row per fact, each keyed by the article's id (`articles.id`, `article_id` in the
others), values typed (numbers as DOUBLE, offsets as BIGINT, times as TIMESTAMP, lists as lists):

    articles   one row per output line: the source, meta, organisation, fact counts, and for an
               input that failed its `error_kind` / `error_message` (every other column null)
    claims     one row per claim: metric, value, value_max, unit, qualifier, modality, action ...
    honors     one row per honour: recipient, recipient_type, honor, level, issuer, verb ...
    actions    one row per action: name, goal

`OUT` says the format by its suffix:

    .duckdb    one DuckDB database file holding the four tables (created, or its four tables replaced)
    .parquet   one Parquet file per table: `x.parquet` -> x.articles.parquet, x.claims.parquet, ...
    .csv       one CSV file per table, named the same way (UTF-8, a header line; lists as JSON arrays)

Input is read line by line and written in chunks, so an archive of any size exports in flat
memory. A line that is not a JSON record stops the export before anything is replaced: nothing
half-written is left behind. pyarrow and duckdb come with the `export` extra.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

TABLES = ("articles", "claims", "honors", "actions")
FORMATS = {".duckdb": "duckdb", ".db": "duckdb", ".parquet": "parquet", ".csv": "csv"}
_CHUNK = 2000  # articles per written chunk

DESCRIPTION = """\
Export extraction results (the JSON lines of `xfacts batch`, or Articles of `xfacts FILE --compact`)
as four tables keyed by article id: articles, claims, honors, actions. The suffix of --to chooses
the format: .duckdb (one database), .parquet or .csv (one file per table: x.csv -> x.articles.csv,
x.claims.csv, x.honors.csv, x.actions.csv). Needs the `export` extra: pip install 'xfacts[export]'.
"""
EPILOG = """\
examples:
  xfacts export results.jsonl --to results.duckdb
  duckdb results.duckdb "SELECT unit, count(*), sum(value) FROM claims GROUP BY unit"
  xfacts export results.jsonl --to out/results.parquet   # out/results.claims.parquet ...
  xfacts export results.jsonl --to results.csv

Column reference: docs/usage.md (export).
"""


class ExportError(Exception):
    """The results cannot be read or exported (a line that is not a record, an output that cannot be written)."""


class MissingExtra(ExportError):
    pass


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = parser.description or DESCRIPTION
    parser.epilog = parser.epilog or EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("results", nargs="+", metavar="RESULTS",
                        help="JSON lines of Articles and error records (- for standard input)")
    parser.add_argument("--to", required=True, metavar="OUT", help="OUT.duckdb, OUT.parquet or OUT.csv")


def run(args: argparse.Namespace) -> int:
    fmt = FORMATS.get(Path(args.to).suffix.lower())
    if fmt is None:
        print(f"error[usage]: --to {args.to}: the suffix must be one of {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    try:
        counts, written = export(args.results, args.to)
    except MissingExtra as e:
        print(f"error[missing_extra]: {e}", file=sys.stderr)
        return 2
    except ExportError as e:
        print(f"error[export]: {e}", file=sys.stderr)
        return 1
    shown = ", ".join(f"{counts[t]} {t}" for t in TABLES)
    print(f"export: {shown} -> {', '.join(written)}", file=sys.stderr)
    return 0


def export(results: Iterable[str], out: str) -> tuple[dict[str, int], list[str]]:
    """Write the tables of `results` (paths, `-` for stdin) to `out`; return row counts and files."""
    fmt = FORMATS[Path(out).suffix.lower()]
    pa = _require("pyarrow", "pyarrow")
    schemas = _schemas(pa)
    sink = {"duckdb": _DuckDBSink, "parquet": _ParquetSink, "csv": _CsvSink}[fmt](out, schemas)
    counts = dict.fromkeys(TABLES, 0)
    try:
        for chunk in _chunks(read_records(results), _CHUNK):
            rows = _rows(chunk)
            for table in TABLES:
                counts[table] += len(rows[table])
                sink.write(table, pa.Table.from_pylist(rows[table], schema=schemas[table]))
        written = sink.commit()
    except BaseException:
        sink.abort()
        raise
    return counts, written


def _require(module: str, package: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"export needs {package}, which is not installed: pip install 'xfacts[export]'") from None


# ---- reading ------------------------------------------------------------------------------------


def read_records(paths: Iterable[str]) -> Iterator[dict]:
    """The records (Articles and error records, parsed) of JSON-lines result files, `-` for stdin."""
    for path in paths:
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as e:
            raise ExportError(f"cannot read {path}: {e.strerror or e}") from None
        with stream if path != "-" else contextlib.nullcontext(stream):
            for number, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except ValueError:
                    record = None
                if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                    raise ExportError(
                        f"line {number} of {path} is not an Article or error record (a batch cut short: "
                        "finish it with `xfacts batch ... --resume`)")
                yield record


def _chunks(records: Iterator[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---- the tables ---------------------------------------------------------------------------------


def _schemas(pa) -> dict:
    s, i64, i32, f64 = pa.string(), pa.int64(), pa.int32(), pa.float64()
    names = pa.list_(s)
    ts = pa.timestamp("us")
    span = [("span_start", i64), ("span_end", i64)]
    return {
        "articles": pa.schema([
            ("id", s), ("error_kind", s), ("error_message", s), ("path", s), ("line", i64), ("sha256", s),
            ("encoding", s), ("script", s), ("text_sha256", s), ("title", s), ("outlet", s),
            ("published_at", ts), ("published_at_text", s), ("dateline", s), ("organization", s),
            ("reporters", names), ("correspondents", names), ("editors", names), ("duplicate_of", s),
            ("claims", i32), ("honors", i32), ("actions", i32), ("entities", i32), ("warnings", names),
            ("fields", s), ("extractor_version", s), ("ruleset", s),
        ]),
        "claims": pa.schema([
            ("article_id", s), ("n", i32), ("action", s), ("metric", s), ("value", f64), ("value_max", f64),
            ("unit", s), ("qualifier", s), ("modality", s), ("raw", s), *span,
            ("metric_start", i64), ("metric_end", i64), ("sentence_start", i64), ("sentence_end", i64), ("rule", s),
        ]),
        "honors": pa.schema([
            ("article_id", s), ("n", i32), ("recipient", s), ("recipient_type", s), ("honor", s), ("level", s),
            ("issuer", s), ("verb", s), *span, ("rule", s),
        ]),
        "actions": pa.schema([
            ("article_id", s), ("n", i32), ("name", s), ("goal", s), *span, ("rule", s),
        ]),
    }


def _rows(records: list[dict]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for r in records:
        rows["articles"].append(_article_row(r))
        key = r["id"]
        for n, c in enumerate(r.get("claims") or []):
            rows["claims"].append({
                "article_id": key, "n": n, "action": c.get("action"), "metric": c.get("metric"),
                "value": c.get("value"), "value_max": c.get("value_max"), "unit": c.get("unit"),
                "qualifier": c.get("qualifier"), "modality": c.get("modality"), "raw": c.get("raw"),
                **_span(c.get("span")), **_span(c.get("metric_span"), "metric"),
                **_span(c.get("sentence_span"), "sentence"), "rule": c.get("rule"),
            })
        for n, h in enumerate(r.get("honors") or []):
            rows["honors"].append({
                "article_id": key, "n": n, "recipient": h.get("recipient"), "recipient_type": h.get("recipient_type"),
                "honor": h.get("honor"), "level": h.get("level"), "issuer": h.get("issuer"), "verb": h.get("verb"),
                **_span(h.get("span")), "rule": h.get("rule"),
            })
        for n, a in enumerate(r.get("actions") or []):
            rows["actions"].append({
                "article_id": key, "n": n, "name": a.get("name"), "goal": a.get("goal"), **_span(a.get("span")),
                "rule": a.get("rule"),
            })
    return rows


def _article_row(r: dict) -> dict:
    source = r.get("source") or {}
    error = r.get("error")
    if error:
        return {"id": r["id"], "error_kind": error.get("kind"), "error_message": error.get("message"),
                "path": source.get("path"), "line": source.get("line")}
    meta = r.get("meta") or {}
    extractor = r.get("extractor") or {}
    published = meta.get("published_at")
    fields = source.get("fields")
    return {
        "id": r["id"], "path": source.get("path"), "line": None, "sha256": source.get("sha256"),
        "encoding": source.get("encoding"), "script": source.get("script"), "text_sha256": source.get("text_sha256"),
        "title": meta.get("title"), "outlet": meta.get("outlet"), "published_at": _timestamp(published),
        "published_at_text": published, "dateline": meta.get("dateline"), "organization": r.get("organization"),
        "reporters": meta.get("reporters") or [], "correspondents": meta.get("correspondents") or [],
        "editors": meta.get("editors") or [], "duplicate_of": r.get("duplicate_of"),
        "claims": len(r.get("claims") or []), "honors": len(r.get("honors") or []),
        "actions": len(r.get("actions") or []), "entities": len(r.get("entities") or []),
        "warnings": r.get("warnings") or [],
        "fields": None if fields is None else json.dumps(fields, ensure_ascii=False, sort_keys=True),
        "extractor_version": extractor.get("version"), "ruleset": extractor.get("ruleset"),
    }


def _span(span: dict | None, prefix: str = "span") -> dict:
    span = span or {}
    return {f"{prefix}_start": span.get("start"), f"{prefix}_end": span.get("end")}


def _timestamp(value) -> datetime | None:
    """An ISO 8601 time as written by the extractor (a day alone is its midnight); None otherwise."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


# ---- writing ------------------------------------------------------------------------------------
# Every sink writes beside its target first and only puts its files in place in `commit`, so an
# export that fails leaves the previous output as it was.


def _table_paths(out: str, suffix: str) -> dict[str, Path]:
    target = Path(out)
    stem = target.name[: -len(target.suffix)] if target.suffix else target.name
    return {t: target.with_name(f"{stem}.{t}{suffix}") for t in TABLES}


class _FileSink:
    suffix = ""

    def __init__(self, out: str, schemas: dict):
        self.paths = _table_paths(out, self.suffix)
        self.schemas = schemas
        self.writers: dict = {}
        for path in self.paths.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            for table, path in self.paths.items():
                self.writers[table] = self._open(str(path) + ".tmp", schemas[table])
        except OSError as e:
            self.abort()
            raise ExportError(f"cannot write {path}: {e.strerror or e}") from None

    def write(self, table: str, data) -> None:
        if data.num_rows:
            self.writers[table].write_table(self._prepared(data))

    def commit(self) -> list[str]:
        for writer in self.writers.values():
            writer.close()
        for path in self.paths.values():
            os.replace(str(path) + ".tmp", path)
        return [str(p) for p in self.paths.values()]

    def abort(self) -> None:
        for writer in self.writers.values():
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - cleaning up after the error that matters
                pass
        for path in self.paths.values():
            try:
                os.unlink(str(path) + ".tmp")
            except OSError:
                pass

    def _prepared(self, data):
        return data


class _ParquetSink(_FileSink):
    suffix = ".parquet"

    def _open(self, path: str, schema):
        import pyarrow.parquet as pq

        return pq.ParquetWriter(path, schema, compression="zstd")


class _CsvSink(_FileSink):
    """CSV has no lists: list columns are written as JSON arrays."""

    suffix = ".csv"

    def __init__(self, out: str, schemas: dict):
        import pyarrow as pa

        self._pa = pa
        flat = {t: pa.schema([pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f for f in s])
                for t, s in schemas.items()}
        super().__init__(out, flat)

    def _open(self, path: str, schema):
        import pyarrow.csv as pcsv

        return pcsv.CSVWriter(path, schema)

    def _prepared(self, data):
        pa = self._pa
        columns = []
        for column in data.columns:
            if pa.types.is_list(column.type):
                column = pa.array([None if v is None else json.dumps(v, ensure_ascii=False)
                                   for v in column.to_pylist()], pa.string())
            columns.append(column)
        return pa.table(columns, names=data.column_names)


class _DuckDBSink:
    """The four tables of a DuckDB file, replaced in one transaction (other tables are left alone)."""

    def __init__(self, out: str, schemas: dict):
        duckdb = _require("duckdb", "duckdb")
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        self.path = out
        try:
            self.con = duckdb.connect(out)
        except Exception as e:  # noqa: BLE001 - duckdb raises its own IOException, not OSError
            raise ExportError(f"cannot open {out} as a DuckDB database: {e}") from None
        self.con.begin()
        for table, schema in schemas.items():
            self.con.register("_xf_chunk", schema.empty_table())
            self.con.execute(f'CREATE OR REPLACE TABLE "{table}" AS SELECT * FROM _xf_chunk')
            self.con.unregister("_xf_chunk")

    def write(self, table: str, data) -> None:
        if data.num_rows:
            self.con.register("_xf_chunk", data)
            self.con.execute(f'INSERT INTO "{table}" SELECT * FROM _xf_chunk')
            self.con.unregister("_xf_chunk")

    def commit(self) -> list[str]:
        self.con.commit()
        self.con.close()
        return [self.path]

    def abort(self) -> None:
        try:
            self.con.rollback()
        finally:
            self.con.close()
