"""Batch inputs: find the files an archive holds, give each a stable id, and read each as text.

`discover` turns the command line (files, directories walked recursively, glob patterns, `-` for a
list of paths on standard input) into one sorted list of `InputFile`s; `tasks` expands it into
`Task`s, one per article (a `.jsonl` file gives one per row). `load` reads one task into a
`Loaded` document for the extractor. Formats, by suffix, each optionally gzipped (`a.txt.gz`):

    .txt .text          bytes in UTF-8 (with or without BOM), GB18030/GBK or Big5: the extractor decodes them
    .html .htm .xhtml   a web page: main text by trafilatura, the page title and publish time as meta hints
    .jsonl .ndjson      one JSON object a line, the article in its `--text-field` (default "text");
                        its "title" and "published_at" fields, where present, become meta hints

Ids: the file name without its suffixes (`a.txt.gz` -> `a`). Where two inputs share that stem,
each gets its path relative to the folder the colliding files have in common instead
(`2023/a.txt`, `2024/a.txt`). A `.jsonl` row is `<file id>:<line number>` (1-based; blank lines
are not rows). The ids depend only on the set of inputs, so the same command gives the same ids.

Nothing is skipped silently: a path that does not exist, or a glob that matches nothing, becomes
a task that fails with `unreadable`; files found while walking a directory whose suffix is none of
the above are not inputs, and are listed in `Discovery.ignored` for the batch summary to report.

This module imports nothing of the pipeline: it reads inputs and raises `errors.InputError`s.
"""
from __future__ import annotations

import glob
import gzip
import json
import os
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from ..contract import errors

FORMATS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
DEFAULT_TEXT_FIELD = "text"
# Raw bytes read for one input at most (after gunzip); the extractor's own limit by default
DEFAULT_MAX_BYTES = 8_000_000
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class InputFile:
    """One file of the job, or a command-line path that names nothing (`problem` says why)."""

    path: str  # as given on the command line or found by the walk; recorded as `source.path`
    id: str
    format: str  # "text" | "html" | "jsonl"
    compressed: bool
    problem: str | None = None


@dataclass(frozen=True)
class Task:
    """One article to extract: a file, or one row of a `.jsonl` file."""

    id: str
    path: str
    format: str
    compressed: bool = False
    line: int | None = None  # 1-based line of a .jsonl row
    data: bytes | None = None  # the raw bytes, when already read (a .jsonl row; inputs shipped to Ray)
    problem: str | None = None  # why the input cannot be read at all (a missing path)
    problem_kind: str = "unreadable"  # the error kind of `problem`

    @property
    def source(self) -> dict:
        """The `source` of this task's error record."""
        return {"path": self.path} if self.line is None else {"path": self.path, "line": self.line}


@dataclass
class Discovery:
    files: list[InputFile]
    ignored: list[str] = field(default_factory=list)  # found in a walked directory, not an input format

    @property
    def has_rows(self) -> bool:
        """Whether some file expands into several tasks (the task count is not known up front)."""
        return any(f.format == "jsonl" and f.problem is None for f in self.files)


@dataclass(frozen=True)
class Loaded:
    """What the extractor reads: raw `data` (it decodes), or `text` already decoded."""

    data: bytes | None = None
    text: str | None = None
    encoding: str = "utf-8"
    meta_hints: dict | None = None


def split_suffix(name: str) -> tuple[str, str | None, bool]:
    """`a.b.txt.gz` -> (`a.b`, "text", True); the format is None for an unknown suffix."""
    base, compressed = name, False
    if base.lower().endswith(".gz"):
        base, compressed = base[:-3], True
    stem, ext = os.path.splitext(base)
    return stem or base, FORMATS.get(ext.lower()), compressed


def discover(args: Iterable[str], stdin: TextIO | None = None, exclude: Iterable[str] = ()) -> Discovery:
    """Expand command-line inputs into files, sorted by path, each listed once, with unique ids.

    `exclude`: files and folders that are never inputs (the batch's own output, pages and cache).
    """
    found: dict[str, tuple[str, bool]] = {}  # real path -> (path as shown, named explicitly)
    problems: list[tuple[str, str]] = []
    ignored: list[str] = []
    excluded = [os.path.realpath(p) for p in exclude]

    def add(path: str, explicit: bool) -> None:
        real = os.path.realpath(path)
        if not any(real == x or real.startswith(x + os.sep) for x in excluded):
            found.setdefault(real, (path, explicit))

    def walk(top: str) -> None:
        for root, dirs, files in os.walk(top, onerror=lambda e: problems.append((e.filename, e.strerror))):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                if split_suffix(name)[1] is None:
                    ignored.append(path)
                else:
                    add(path, False)

    def expand(arg: str) -> None:
        if os.path.isdir(arg):
            walk(arg)
        elif os.path.exists(arg):
            add(arg, True)
        elif _GLOB_CHARS.search(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                problems.append((arg, "no file matches this pattern"))
            for match in matches:
                walk(match) if os.path.isdir(match) else add(match, True)
        else:
            problems.append((arg, "no such file or directory"))

    for arg in args:
        if arg == "-":
            if stdin is None:
                raise ValueError("'-' given but there is no standard input to read paths from")
            for line in stdin:
                if line.strip():
                    expand(line.rstrip("\r\n"))
        else:
            expand(arg)

    entries = []  # (path, format, compressed, problem)
    for path, explicit in found.values():
        _, fmt, compressed = split_suffix(os.path.basename(path))
        # a file named explicitly is read whatever its suffix: as text, where the extractor can say
        # what it really is (binary, empty, ...)
        entries.append((path, fmt or "text", compressed, None))
    entries += [(path, "text", False, why) for path, why in problems]
    entries.sort(key=lambda e: e[0])
    ids = _unique_ids([e[0] for e in entries])
    files = [InputFile(path, i, fmt, comp, why) for (path, fmt, comp, why), i in zip(entries, ids)]
    return Discovery(files, sorted(ignored))


def _unique_ids(paths: list[str]) -> list[str]:
    """File stems; where stems collide, paths relative to the colliding files' common folder."""
    stems = [split_suffix(os.path.basename(p))[0] for p in paths]
    groups: dict[str, list[int]] = defaultdict(list)
    for n, stem in enumerate(stems):
        groups[stem].append(n)
    ids = list(stems)
    for members in groups.values():
        if len(members) < 2:
            continue
        absolute = [os.path.abspath(paths[n]) for n in members]
        common = os.path.commonpath([os.path.dirname(a) for a in absolute])
        for n, a in zip(members, absolute):
            ids[n] = os.path.relpath(a, common).replace(os.sep, "/")
    # a relative path can still collide with another file's plain stem (`x/a.txt` vs a file whose
    # stem is `x/a` cannot exist, but `a.txt` vs a stem `a.txt` from `a.txt.html` can): number them
    seen: dict[str, int] = {}
    for n, i in enumerate(ids):
        if i in seen:
            seen[i] += 1
            ids[n] = f"{i}#{seen[i]}"
        else:
            seen[i] = 1
    return ids


def tasks(discovery: Discovery, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Task]:
    """One task per article, in the files' order; `.jsonl` rows are read lazily, a file at a time."""
    for f in discovery.files:
        if f.problem is not None:
            yield Task(f.id, f.path, f.format, f.compressed, problem=f.problem)
        elif f.format == "jsonl":
            yield from _rows(f, max_bytes)
        else:
            yield Task(f.id, f.path, f.format, f.compressed)


def _rows(f: InputFile, max_bytes: int) -> Iterator[Task]:
    line = 0
    try:
        with (gzip.open(f.path, "rb") if f.compressed else open(f.path, "rb")) as stream:
            for line, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                if len(raw) > max_bytes:
                    yield Task(f"{f.id}:{line}", f.path, "jsonl", line=line, problem_kind="too_large",
                               problem=f"line {line} is {len(raw):,} bytes, over the {max_bytes:,}-byte limit")
                    continue
                yield Task(f"{f.id}:{line}", f.path, "jsonl", line=line, data=raw)
    except (OSError, EOFError, zlib.error) as e:
        # the rows before the damage are kept; the damage itself is one more record, never a gap
        line += 1
        yield Task(f"{f.id}:{line}", f.path, "jsonl", line=line,
                   problem=f"reading stopped at line {line}: {_reason(e)}")


def _reason(e: BaseException) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__


def read_raw(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes as stored (still gzipped, for a .gz); raise `unreadable` / `too_large`."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            # asking for max_bytes + 1 would allocate that much for every small file; a size of 0 may
            # be a pipe or /proc, read up to the limit
            data = fh.read(min(size, max_bytes) + 1 if size else max_bytes + 1)
            if size and len(data) > size:  # the file grew while being read: read on, to the limit
                data += fh.read(max_bytes + 1 - len(data))
    except OSError as e:
        raise errors.UNREADABLE(path, _reason(e)) from None
    if len(data) > max_bytes:
        raise errors.TOO_LARGE(path, os.path.getsize(path), max_bytes)
    return data


def gunzip(data: bytes, what: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Decompress, refusing to inflate past `max_bytes` (a gzip bomb is an input error, not an OOM)."""
    out = bytearray()
    try:
        while data:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += d.decompress(data, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                raise errors.TOO_LARGE(f"{what} (decompressed)", len(out), max_bytes)
            if not d.eof:
                raise errors.UNREADABLE(what, "the gzip stream is truncated")
            data = d.unused_data  # concatenated gzip members
    except zlib.error as e:
        raise errors.UNREADABLE(what, f"not a valid gzip file ({e})") from None
    return bytes(out)


def load(task: Task, text_field: str = DEFAULT_TEXT_FIELD, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read one task's article; raise an `errors.InputError` when it cannot be read."""
    what = task.path if task.line is None else f"{task.path} line {task.line}"
    if task.problem is not None:
        raise problem_error(task.problem_kind, what, task.problem)
    data = task.data if task.data is not None else read_raw(task.path, max_bytes)
    if task.compressed:
        data = gunzip(data, what, max_bytes)
    if task.format == "html":
        return html_document(data, what)
    if task.format == "jsonl":
        return jsonl_document(data, what, text_field)
    return Loaded(data=data)


def problem_error(kind: str, what: str, problem: str) -> errors.InputError:
    """The InputError of a task known to fail before it is read."""
    if kind == "unreadable":
        return errors.UNREADABLE(what, problem)
    classes = {cls.kind: cls for cls in errors.InputError.__subclasses__()}
    return classes.get(kind, errors.InputError)(problem)


def jsonl_document(raw: bytes, what: str, text_field: str) -> Loaded:
    try:
        row = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise errors.UNREADABLE(what, f"not a JSON object ({e})") from None
    if not isinstance(row, dict):
        raise errors.UNREADABLE(what, f"a JSON {type(row).__name__}, not an object")
    if text_field not in row:
        fields = ", ".join(list(row)[:8]) or "none"
        raise errors.UNREADABLE(what, f"no {text_field!r} field (fields: {fields}); choose one with --text-field")
    text = row[text_field]
    if not isinstance(text, str):
        raise errors.UNREADABLE(what, f"field {text_field!r} is a {type(text).__name__}, not a string")
    hints = {k: row[k] for k in ("title", "published_at") if isinstance(row.get(k), str) and row[k].strip()}
    return Loaded(text=text, encoding="utf-8", meta_hints=hints or None)


# ---- web pages ------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}


def decode_html(data: bytes, what: str) -> tuple[str, str]:
    """A page's text and encoding: BOM, then the declared charset, then UTF-8, then detection."""
    if not data.strip():
        raise errors.EMPTY(what)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if b"\x00" in data[:65536]:
        raise errors.BINARY(what, "it contains NUL bytes")
    candidates = []
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        candidates.append(_ALIASES.get(name, name))
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8"]).best()
    if best is None:
        raise errors.UNDECODABLE(what)
    encoding = _ALIASES.get(best.encoding.replace("_", "-"), best.encoding.replace("_", "-"))
    return data.decode(encoding, errors="replace"), encoding


# htmldate's format with a time; a page that gives only a day yields T00:00:00, cut back to the day
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S"}


def html_document(data: bytes, what: str) -> Loaded:
    """The page's main text (trafilatura), with its title and publish time as meta hints."""
    import trafilatura

    page, encoding = decode_html(data, what)
    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise errors.EmptyInput(f"{what} is a web page with no main text that could be found")
    hints = {}
    if doc.title:
        hints["title"] = doc.title.strip()
    if doc.date:
        hints["published_at"] = doc.date.removesuffix("T00:00:00")
    return Loaded(text=text, encoding=encoding, meta_hints=hints or None)
