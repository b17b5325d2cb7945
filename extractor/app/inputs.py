"""Inputs, for every command: find the files, give each article a stable id, and read each one.

The single-file command, `batch`, `serve` and the library all read through here, so the same bytes
give the same Article whichever way they come in. `discover` turns the command line (files,
directories walked recursively, glob patterns, `-` for a list of paths on standard input) into one
sorted list of `InputFile`s; `tasks` expands it into `Task`s, one per article (a `.jsonl` file gives
one per row); `bytes_tasks` does the same for bytes with no file name (standard input, an upload).
`load` reads one task into a `Loaded` document for the extractor. Formats, by suffix, each
optionally gzipped (`a.txt.gz`):

    .txt .text          bytes in UTF-8 (with or without BOM), GB18030/GBK or Big5: the extractor decodes them
    .html .htm .xhtml   a web page: its main text (trafilatura) with the lines around it that say who
                        wrote and published it (来源, 作者, 责任编辑 ...), the page title and publish
                        time as meta hints
    .jsonl .ndjson      one JSON object a line, the article in its `--text-field` (default "text");
                        its "title" and "published_at" fields, where present, become meta hints, and
                        every scalar field but the text and the id is kept (`source.fields`)

What the spans index. A text file's spans index its decoded bytes (line ends folded to \n); for a
page or a row they index the text `load` built, which the Article carries as `source.text`.
`source.sha256` always hashes the input's bytes: the file's (after gunzip), or the row's line.

Ids: the file name without its suffixes (`a.txt.gz` -> `a`). Where two inputs share that stem,
each gets its path relative to the folder the colliding files have in common instead
(`2023/a.txt`, `2024/a.txt`). A `.jsonl` row is its own `--id-field` (default "id") where it has
one, else `<file id>:<line number>` (1-based; blank lines are not rows); an id already taken gets
`#2`, `#3`... The ids depend only on the inputs, so the same command gives the same ids.

Nothing is skipped silently: a path that does not exist, or a glob that matches nothing, becomes
a task that fails with `unreadable`; files found while walking a directory whose suffix is none of
the above, or that are not regular files (a FIFO, a device, a dangling link), are not inputs, and
are listed in `Discovery.ignored`, and hidden files and folders
(`.name`) in `Discovery.hidden`, for the batch summary to report.

Bounded work. A walk or a `**` glob follows symbolic links but enters each real directory once,
so a link to a folder above it ends instead of looping. Reading stops one byte past `max_bytes`
(after gunzip, counted as the bytes stream in): a device, a FIFO or a gzip bomb is refused without
being held whole, and a `.jsonl` line longer than the limit is one `too_large` row, skipped without
being buffered. Runs of blank lines are skipped a block at a time.

Names. A file name that is not UTF-8 (Python's surrogate escapes) is read as GB18030 where it is
one (a GBK archive unpacked on a UTF-8 system), else its odd bytes are shown as `\\xNN`: ids,
`source.path` and messages hold that readable form (`readable`); the file is opened by its real name.

This module imports nothing of the pipeline: it reads inputs and raises `errors.InputError`s.
"""
from __future__ import annotations

import fnmatch
import gzip
import hashlib
import io
import json
import math
import os
import re
import tempfile
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
DEFAULT_ID_FIELD = "id"
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
    path: str | None  # None: bytes with no file (standard input, an upload)
    format: str
    compressed: bool = False
    line: int | None = None  # 1-based line of a .jsonl row
    data: bytes | None = None  # the raw bytes, when already read (a .jsonl row; inputs shipped to Ray)
    problem: str | None = None  # why the input cannot be read at all (a missing path)
    problem_kind: str = "unreadable"  # the error kind of `problem`

    @property
    def shown_path(self) -> str | None:
        """The path as the output shows it (`readable`)."""
        return None if self.path is None else readable(self.path)

    @property
    def source(self) -> dict:
        """The `source` of this task's error record."""
        path = self.shown_path
        return {"path": path} if self.line is None else {"path": path, "line": self.line}

    @property
    def what(self) -> str:
        """How messages name this input."""
        name = self.shown_path if self.path is not None else f"input {self.id}"
        return name if self.line is None else f"{name} line {self.line}"


@dataclass
class Discovery:
    files: list[InputFile]
    ignored: list[str] = field(default_factory=list)  # found in a walked directory, not an input format
    hidden: list[str] = field(default_factory=list)  # hidden files and folders a walk did not enter

    @property
    def has_rows(self) -> bool:
        """Whether some file expands into several tasks (the task count is not known up front)."""
        return any(f.format == "jsonl" and f.problem is None for f in self.files)


@dataclass(frozen=True)
class Loaded:
    """What the extractor reads: the input's `data`, and the `text` to extract where that is not the
    data decoded (a page's main text, a row's field); the extractor decodes `data` otherwise."""

    data: bytes
    text: str | None = None
    encoding: str | None = None
    meta_hints: dict | None = None
    fields: dict | None = None  # a .jsonl row's other scalar fields


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
    hidden: list[str] = []
    excluded = [os.path.realpath(p) for p in exclude]
    entered: set[tuple[int, int]] = set()  # real directories walked, by (device, inode)

    def add(path: str, explicit: bool) -> None:
        real = os.path.realpath(path)
        if not any(real == x or real.startswith(x + os.sep) for x in excluded):
            found.setdefault(real, (path, explicit))

    def first_visit(path: str) -> bool:
        try:
            st = os.stat(path)
        except OSError:
            return False
        key = (st.st_dev, st.st_ino)
        if key in entered:
            return False
        entered.add(key)
        return True

    def walk(top: str) -> None:
        if not first_visit(top):
            return
        # links are followed (an archive assembled from links is still read) but each real
        # directory is entered once: a link to a folder above it ends the descent
        for root, dirs, files in os.walk(top, followlinks=True,
                                         onerror=lambda e: problems.append((e.filename, e.strerror))):
            hidden.extend(os.path.join(root, d) for d in dirs if d.startswith("."))
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and first_visit(os.path.join(root, d)))
            for name in sorted(files):
                path = os.path.join(root, name)
                if name.startswith("."):
                    hidden.append(path)
                elif split_suffix(name)[1] is None or not os.path.isfile(path):
                    ignored.append(path)  # a FIFO or a device found in a folder is no article either
                else:
                    add(path, False)

    def expand(arg: str) -> None:
        if os.path.isdir(arg):
            walk(arg)
        elif os.path.exists(arg):
            add(arg, True)
        elif _GLOB_CHARS.search(arg):
            matches = sorted(glob_paths(arg))
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
    return Discovery(files, sorted(ignored), sorted(hidden))


def glob_paths(pattern: str) -> Iterator[str]:
    """`glob.glob(pattern, recursive=True)`'s paths, except that `**` enters each real directory once
    (glob follows a link to a folder above it round and round, until the path is too long)."""
    parts = pattern.split(os.sep)
    fixed = 0
    while fixed < len(parts) - 1 and not _GLOB_CHARS.search(parts[fixed]):
        fixed += 1
    base = os.sep.join(parts[:fixed]) if fixed else ""
    if fixed and not base:  # an absolute pattern: its first part is the empty string before "/"
        base = os.sep
    seen: set[tuple[int, int, int]] = set()

    def entries(folder: str) -> list[os.DirEntry]:
        try:
            with os.scandir(folder or os.curdir) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError:
            return []

    def is_dir(entry: os.DirEntry) -> bool:
        try:
            return entry.is_dir()
        except OSError:
            return False

    def join(folder: str, name: str) -> str:
        return os.path.join(folder, name) if folder else name

    def match(folder: str, i: int, fresh: bool = True) -> Iterator[str]:
        try:
            st = os.stat(folder or os.curdir)
        except OSError:
            return
        if (st.st_dev, st.st_ino, i) in seen:
            return
        seen.add((st.st_dev, st.st_ino, i))
        part, last = parts[i], i == len(parts) - 1
        if part == "**":
            if last:
                if fresh and folder:
                    yield join(folder, "")  # as glob: `a/**` is `a/` itself and all below it
                yield from (join(folder, e.name) for e in entries(folder) if not e.name.startswith("."))
            else:
                yield from match(folder, i + 1)  # ** matches no folder at all, too
            for e in entries(folder):
                if not e.name.startswith(".") and is_dir(e):
                    yield from match(join(folder, e.name), i, fresh=False)
            return
        if not _GLOB_CHARS.search(part):
            candidates = [part] if os.path.lexists(join(folder, part)) else []
        else:
            candidates = [e.name for e in entries(folder)
                          if fnmatch.fnmatchcase(e.name, part) and (part.startswith(".") or not e.name.startswith("."))]
        for name in candidates:
            path = join(folder, name)
            if last:
                yield path
            elif os.path.isdir(path):
                yield from match(path, i + 1)

    if fixed == len(parts) - 1 and not _GLOB_CHARS.search(parts[-1]):
        yield from ([pattern] if os.path.lexists(pattern) else [])
        return
    yield from dict.fromkeys(match(base, fixed))  # `**/x` may reach one path twice (zero folders, then one)


def _unique_ids(paths: list[str]) -> list[str]:
    """File stems; where stems collide, paths relative to the colliding files' common folder."""
    stems = [split_suffix(os.path.basename(p))[0] for p in paths]
    groups: dict[str, list[int]] = defaultdict(list)
    for n, stem in enumerate(stems):
        groups[stem].append(n)
    ids = [readable(stem) for stem in stems]
    for members in groups.values():
        if len(members) < 2:
            continue
        absolute = [os.path.abspath(paths[n]) for n in members]
        common = os.path.commonpath([os.path.dirname(a) for a in absolute])
        for n, a in zip(members, absolute):
            ids[n] = readable(os.path.relpath(a, common).replace(os.sep, "/"))
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


def tasks(discovery: Discovery, max_bytes: int = DEFAULT_MAX_BYTES,
          id_field: str | None = DEFAULT_ID_FIELD) -> Iterator[Task]:
    """One task per article, in the files' order; `.jsonl` rows are read lazily, a file at a time."""
    ids = _Ids(f.id for f in discovery.files)
    for f in discovery.files:
        if f.problem is not None:
            yield Task(f.id, f.path, f.format, f.compressed, problem=f.problem)
        elif f.format == "jsonl":
            try:
                stream = gzip.open(f.path, "rb") if f.compressed else open(f.path, "rb")
            except OSError as e:
                yield Task(f.id, f.path, "jsonl", problem=_reason(e))
                continue
            with stream:
                yield from _rows(stream, f.id, f.path, max_bytes, id_field, ids)
        else:
            yield Task(f.id, f.path, f.format, f.compressed)


def bytes_tasks(data: bytes, id: str, format: str = "auto", path: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, id_field: str | None = DEFAULT_ID_FIELD) -> list[Task]:
    """The tasks of bytes that come without a file: standard input, an upload. `format` "auto" looks
    at the bytes (gzip, a web page, JSON lines, else text); a name's suffix, where there is one,
    is the caller's to turn into a format (`split_suffix`)."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, path or f"input {id}", max_bytes)
    if format == "auto":
        format = sniff(data)
    if format != "jsonl":
        return [Task(id, path, format, data=data)]
    return list(_rows(io.BytesIO(data), id, path, max_bytes, id_field, _Ids([id])))


def stdin_tasks(stream, format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
                id_field: str | None = DEFAULT_ID_FIELD) -> Iterable[Task]:
    """The tasks of a binary stream (standard input), read with bounded memory: one article is
    refused one byte past `max_bytes`; JSON lines (plain or gzipped) may go on for ever, and are
    spooled to a temporary file as they come (the id, a hash of all the bytes, needs the end)."""
    head = _read_upto(stream, max_bytes + 1)
    gzipped = head[:2] == b"\x1f\x8b"
    if not gzipped and len(head) <= max_bytes:
        return bytes_tasks(head, hashlib.sha256(head).hexdigest()[:12], format, None, max_bytes, id_field)
    peek = head
    if gzipped:
        try:
            peek = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 65536)
        except zlib.error as e:
            raise errors.UNREADABLE("standard input", f"not a valid gzip stream ({e})") from None
    if (format if format != "auto" else sniff(peek)) != "jsonl":
        if len(head) <= max_bytes:  # gzipped: one article, gunzipped up to the limit
            return bytes_tasks(head, hashlib.sha256(head).hexdigest()[:12], format, None, max_bytes, id_field)
        raise errors.TOO_LARGE("standard input", len(head), max_bytes, at_least=True)
    spool = tempfile.TemporaryFile()
    digest = hashlib.sha256()
    block = head
    while block:
        spool.write(block)
        digest.update(block)
        block = stream.read(_BLOCK)
    spool.seek(0)
    stdin_id = digest.hexdigest()[:12]

    def rows() -> Iterator[Task]:
        with spool:
            source = gzip.GzipFile(fileobj=spool, mode="rb") if gzipped else spool
            yield from _rows(source, stdin_id, None, max_bytes, id_field, _Ids([stdin_id]))

    return rows()


_TAG = re.compile(rb"<(!doctype|html|head|body|meta|title|div|p|table|article)\b", re.IGNORECASE)


def sniff(data: bytes) -> str:
    """The format of bytes with no name: "html", "jsonl" or "text"."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and _TAG.search(head):
        return "html"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0] if b"\n" in head else data.lstrip().split(b"\n", 1)[0]
        try:
            if isinstance(_json(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
    return "text"


class _Ids:
    """The ids handed out so far in one job: a taken one gets `#2`, `#3`..."""

    def __init__(self, taken: Iterable[str]):
        self._count = dict.fromkeys(taken, 1)

    def claim(self, wanted: str) -> str:
        n = self._count.get(wanted, 0) + 1
        self._count[wanted] = n
        if n == 1:
            return wanted
        while f"{wanted}#{n}" in self._count:
            n += 1
        self._count[f"{wanted}#{n}"] = 1
        return f"{wanted}#{n}"


def _rows(stream, file_id: str, path: str | None, max_bytes: int, id_field: str | None, ids: _Ids) -> Iterator[Task]:
    number = 0
    try:
        for number, raw in _lines(stream, max_bytes):
            if raw is None:
                yield Task(ids.claim(f"{file_id}:{number}"), path, "jsonl", line=number, problem_kind="too_large",
                           problem=f"line {number} is more than {max_bytes:,} bytes, over the limit (--max-bytes)")
                continue
            own = _row_id(raw, id_field)
            yield Task(ids.claim(own if own is not None else f"{file_id}:{number}"), path, "jsonl", line=number,
                       data=raw)
    except (OSError, EOFError, zlib.error) as e:
        # the rows before the damage are kept; the damage itself is one more record, never a gap
        number += 1
        yield Task(ids.claim(f"{file_id}:{number}"), path, "jsonl", line=number,
                   problem=f"reading stopped at line {number}: {_reason(e)}")


_BLOCK = 1 << 20
_BLANK = b" \t\n\r\x0b\x0c"  # what bytes.strip() strips
_CONTENT = re.compile(rb"[^ \t\n\r\x0b\x0c]")


def _lines(stream, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(1-based line number, line) for each non-blank line of a binary stream, without its line end;
    None for a line over `max_bytes`, whose rest is skipped unread. At most the limit and a block
    are held at a time; blank lines cost a C-level scan, not a Python step each."""
    buf = b""
    number = 0  # lines that end before `buf`
    dropped = 0  # blanks of the line in progress let go of (more than the limit of them)
    skipping = False  # inside a line over the limit: its bytes are dropped up to its end
    while True:
        block = stream.read(_BLOCK)
        if not block:
            break
        if skipping:
            end = block.find(b"\n")
            if end < 0:
                continue
            block, skipping = block[end + 1:], False
        buf += block
        start = 0
        while True:
            found = _CONTENT.search(buf, start)
            if found is None:  # only blank lines left: count the finished ones
                last = buf.rfind(b"\n", start)
                if last >= 0:
                    number += buf.count(b"\n", start, last + 1)
                    start, dropped = last + 1, 0
                break
            line_start = buf.rfind(b"\n", start, found.start()) + 1
            if line_start:
                number += buf.count(b"\n", start, line_start)
                start, dropped = line_start, 0
            end = buf.find(b"\n", found.start())
            if end < 0:
                break  # unfinished: wait for the next block
            number += 1
            yield number, (buf[start:end].rstrip(b"\r") if dropped + end - start <= max_bytes else None)
            start, dropped = end + 1, 0
        buf = buf[start:]
        if dropped + len(buf) > max_bytes:
            if not buf.translate(None, _BLANK):  # blanks with no line end yet: count them, hold none
                dropped += len(buf)
                buf = b""
            else:  # a line in progress over the limit: refuse it now, skip to its end
                number += 1
                yield number, None
                buf, dropped, skipping = b"", 0, True
    if buf.strip() and not skipping:
        number += 1
        yield number, (buf.rstrip(b"\r") if dropped + len(buf) <= max_bytes else None)


def _row_id(raw: bytes, id_field: str | None) -> str | None:
    """A row's own id: its `id_field` when that is a non-empty string or an integer."""
    if not id_field or id_field.encode() not in raw:
        return None
    try:
        value = _json(raw).get(id_field)
    except (ValueError, RecursionError, AttributeError):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return _SURROGATE.sub("\ufffd", value.strip())  # "\\ud800" in JSON: a str no output can hold
    return None


def _reason(e: BaseException) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__


_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(name: str) -> str:
    """A file name as text: one whose bytes are not UTF-8 (held by Python as surrogate escapes) is
    read as GB18030 where it is that, else its odd bytes are written `\\xNN`."""
    if name.isascii() or not _SURROGATE.search(name):
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeError:  # a lone surrogate that is no escaped byte: not from a file system
        return _SURROGATE.sub("\ufffd", name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def read_raw(path: str, max_bytes: int = DEFAULT_MAX_BYTES, compressed: bool = False) -> bytes:
    """The file's bytes as stored (still gzipped, for a .gz); raise `unreadable` / `too_large`.

    Reading stops one byte past the limit, so a device or a FIFO (`/dev/zero`) costs no more than
    that. A gzipped file may hold a little more than its content (headers, incompressible data).
    """
    limit = max_bytes + (max_bytes // 64 + 1024 if compressed else 0)
    try:
        with open(path, "rb") as fh:
            data = _read_upto(fh, limit + 1, os.fstat(fh.fileno()).st_size)
    except OSError as e:
        raise errors.UNREADABLE(readable(path), _reason(e)) from None
    if len(data) > limit:
        raise errors.TOO_LARGE(readable(path), len(data), limit, at_least=True)
    return data


def _read_upto(fh, n: int, size_hint: int = 0) -> bytes:
    """Up to `n` bytes of a binary stream, read a block at a time (never an `n`-byte buffer for a
    small file; a size of 0 may be a pipe or /proc, so it is only a hint)."""
    first = fh.read(min(size_hint + 1, n) if size_hint else min(_BLOCK, n))
    if not first or len(first) >= n:
        return first
    parts, got = [first], len(first)
    while got < n:
        block = fh.read(min(_BLOCK, n - got))
        if not block:
            break
        parts.append(block)
        got += len(block)
    return b"".join(parts)


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


def load(task: Task, text_field: str = DEFAULT_TEXT_FIELD, max_bytes: int = DEFAULT_MAX_BYTES,
         id_field: str | None = DEFAULT_ID_FIELD) -> Loaded:
    """Read one task's article; raise an `errors.InputError` when it cannot be read."""
    what = task.what
    if task.problem is not None:
        raise problem_error(task.problem_kind, what, task.problem)
    data = task.data if task.data is not None else read_raw(task.path, max_bytes, task.compressed)
    if task.compressed:
        data = gunzip(data, what, max_bytes)
    if len(data) > max_bytes:
        raise errors.TOO_LARGE(what, len(data), max_bytes)
    if task.format == "html":
        return html_document(data, what)
    if task.format == "jsonl":
        return jsonl_document(data, what, text_field, id_field)
    return Loaded(data=data)


def problem_error(kind: str, what: str, problem: str) -> errors.InputError:
    """The InputError of a task known to fail before it is read."""
    if kind == "unreadable":
        return errors.UNREADABLE(what, problem)
    classes = {cls.kind: cls for cls in errors.InputError.__subclasses__()}
    return classes.get(kind, errors.InputError)(problem)


_SCALARS = (str, int, float, bool, type(None))


def _json(raw: bytes):
    """A row parsed as strict JSON: NaN, Infinity and numbers too large for a float are not JSON
    values (RFC 8259) and would make output that is not JSON either. Raises ValueError (bad JSON,
    a too long integer) or RecursionError (nesting deeper than Python's stack)."""
    def constant(name: str):
        raise ValueError(f"{name} is not a JSON value")

    def number(text: str) -> float:
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(f"the number {text[:24]} is too large")
        return value

    return json.loads(raw, parse_constant=constant, parse_float=number)


def jsonl_document(raw: bytes, what: str, text_field: str = DEFAULT_TEXT_FIELD,
                   id_field: str | None = DEFAULT_ID_FIELD) -> Loaded:
    try:
        row = _json(raw)
    except (ValueError, RecursionError) as e:
        raise errors.UNREADABLE(what, f"not a JSON object ({_reason(e)})") from None
    if not isinstance(row, dict):
        raise errors.UNREADABLE(what, f"a JSON {type(row).__name__}, not an object")
    if text_field not in row:
        fields = ", ".join(list(row)[:8]) or "none"
        raise errors.UNREADABLE(what, f"no {text_field!r} field (fields: {fields}); choose one with --text-field")
    text = row[text_field]
    if not isinstance(text, str):
        raise errors.UNREADABLE(what, f"field {text_field!r} is a {type(text).__name__}, not a string")
    hints = {k: row[k] for k in ("title", "published_at") if isinstance(row.get(k), str) and row[k].strip()}
    fields = {k: v for k, v in row.items() if k not in (text_field, id_field) and isinstance(v, _SCALARS)}
    return Loaded(data=raw, text=text, encoding="utf-8", meta_hints=hints or None, fields=fields)


# ---- web pages ------------------------------------------------------------------------------

# htmldate's format with a time; a page that gives only a day yields T00:00:00, cut back to the day
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S"}


def html_document(data: bytes, what: str) -> Loaded:
    """A web page's article: its main text (trafilatura), with the lines around it that name the
    outlet, the authors and the editors; the page's title and publish time as meta hints."""
    import trafilatura
    from trafilatura.utils import load_html

    from ..text.decode import decode

    decoded = decode(data, what, html=True)
    tree = load_html(decoded.text)
    if tree is None:
        raise errors.EmptyInput(f"{what} is a web page with no main text that could be found")
    lines = page_lines(tree)  # before trafilatura, which prunes the tree it is given
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    main = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not main:
        raise errors.EmptyInput(f"{what} is a web page with no main text that could be found")
    hints = {}
    if doc.title:
        hints["title"] = doc.title.strip()
    if doc.date:
        hints["published_at"] = doc.date.removesuffix("T00:00:00")
    head, tail = surrounding_lines(lines, main.splitlines(), doc.title)
    text = "\n".join([*head, main, *tail])
    return Loaded(data=data, text=text, encoding=decoded.encoding, meta_hints=hints or None)


@dataclass(frozen=True)
class PageLine:
    """One line of a page as a browser lays it out (a block element's text), and how much of it is
    link text."""

    text: str
    link_chars: int
    furniture: bool = False  # inside <nav>, <aside>, or a <footer> that is not an <article>'s

    @property
    def link_density(self) -> float:
        chars = sum(not c.isspace() for c in self.text)
        return self.link_chars / chars if chars else 1.0


# elements that start a new line; everything else (span, a, em, font ...) flows within one
_BLOCKS = frozenset(
    "address article aside blockquote body br center dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split())
# elements whose text is never read
_UNREAD = frozenset("script style noscript template head select option textarea button svg iframe object".split())
# HTML5's own names for what is not the article (an <article>'s <footer> is its byline, so it counts)
_FURNITURE = frozenset(("nav", "aside"))
_SPACE = re.compile(r"\s+")


def page_lines(tree) -> list[PageLine]:
    """The visible lines of a parsed page, in document order, whitespace folded."""
    from lxml import etree

    lines: list[PageLine] = []
    parts: list[str] = []
    link_chars = 0
    in_link = unread = furniture = in_article = 0

    def add(text: str | None) -> None:
        nonlocal link_chars
        if text and not unread:
            parts.append(text)
            if in_link:
                link_chars += sum(not c.isspace() for c in text)

    def flush() -> None:
        nonlocal link_chars
        text = _SPACE.sub(" ", "".join(parts)).strip()
        if text:
            lines.append(PageLine(text, link_chars, furniture > 0))
        parts.clear()
        link_chars = 0

    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _UNREAD:
                unread += 1
                continue
            if tag in _BLOCKS:
                flush()
            in_link += tag == "a"
            in_article += tag == "article"
            furniture += tag in _FURNITURE or (tag == "footer" and not in_article)
            add(el.text)
        else:
            if tag in _UNREAD:
                unread -= 1
            else:
                if tag in _BLOCKS:
                    flush()
                in_link -= tag == "a"
                in_article -= tag == "article"
                furniture -= tag in _FURNITURE or (tag == "footer" and not in_article)
            add(el.tail)
    flush()
    return lines


# Around the main text, the lines that name its title, outlet, time, authors and editors stand
# next to it: they are short and mostly not links. Navigation, breadcrumbs, share bars and
# "previous / next article" links are mostly links, so the first such line ends the search.
_MAX_HEAD_LINES = 6
_MAX_TAIL_LINES = 3
_MAX_LINE_CHARS = 100
_MAX_LINK_DENSITY = 0.5


def surrounding_lines(lines: list[PageLine], main: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """The page lines just before and after the main text (`main`, its lines), from the title line
    on where the title stands there; nothing where the main text cannot be found among the lines."""
    keys = [line for line in (_key(m) for m in main) if line]
    if not keys:
        return [], []
    first = next((n for n, line in enumerate(lines) if keys[0][:40] in _key(line.text)), None)
    if first is None:
        return [], []
    last = next((n for n in range(first, len(lines)) if keys[-1][-40:] in _key(lines[n].text)), first)
    head: list[str] = []
    for line in reversed(lines[max(0, first - _MAX_HEAD_LINES):first]):
        if not _byline_like(line):
            break
        head.insert(0, line.text)
        if title and _key(line.text) == _key(title):
            break  # the headline: what stands above it belongs to the site, not the article
    tail: list[str] = []
    for line in lines[last + 1:last + 1 + _MAX_TAIL_LINES]:
        if not _byline_like(line):
            break
        tail.append(line.text)
    return head, tail


def _byline_like(line: PageLine) -> bool:
    return not line.furniture and len(line.text) <= _MAX_LINE_CHARS and line.link_density < _MAX_LINK_DENSITY


def _key(text: str) -> str:
    return _SPACE.sub("", text)
