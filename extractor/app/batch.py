"""`python -m extractor batch INPUT... --out results.jsonl`: a whole archive, one JSON line per input.

Order. Lines are written in input order (inputs sorted by path; `.jsonl` rows in file order),
whatever the number of workers: the engines hand results on in task order (see engines/). So a
run that was killed wrote a prefix of that order, and `--resume` appends the rest in the same order:
a resumed run's output is byte for byte what an uninterrupted run writes.

Crash safety. The output is only ever appended to, one whole line per `write` call, fsynced about
once a second and at the end; nothing already written is rewritten. `--resume` reads the existing
output, cuts a torn last line (a kill mid-write, or a power cut's garbage tail) back to the last
complete JSON line, and skips every input whose id it holds. Error records count as done: an input
that failed is not tried again (delete its line to retry it). A complete line in the middle that is
not JSON means something else edited the file: the run stops rather than guess.

Reprints. The first input (in input order) with a given `source.text_sha256` is the original;
each later one is written with `duplicate_of` set to the original's id. Across `--resume` the
map is rebuilt from the existing output. `--cache DIR` keeps each input's result under the hash of
its bytes (and of the ruleset, version and settings): an unchanged input is not extracted again.

Errors are data. Every input gives exactly one line: an Article or an error record
(`{"id", "source", "error": {"kind", "message"}}`), whatever failed (reading, decoding, the
extractor, the time limit, the worker process). The exit status is 0 once every input has its line
and at least one is an Article; 1 when a path named on the command line does not exist (or a
pattern matches nothing) or when no input could be extracted (each still has its line); 2 when the
job could not run (no pipeline, an output that is not ours, or one that cannot be written: one
`error[output]` line, the output cut back to its last whole line); 130 when interrupted.

Outputs beside the lines. A review page (`--html-dir`) or cache entry that cannot be written (a full
disk) is a warning in the summary, never an error record: the Article is in the output, the index
does not link the missing page, and no partial or temporary file is left (`outputs.write_whole`).
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..contract import errors
from . import engines, inputs
from .engines import EngineError, JobSpec
from .outputs import printable, reason, writable_folder, write_whole

DESCRIPTION = """\
Extract every article of an archive: one JSON line per input, an Article or an error record, in
input order (inputs sorted by path). INPUT is a file, a directory (walked recursively for .txt,
.html/.htm, .jsonl and their .gz), a glob pattern, or - to read a list of paths from standard input.
Each .jsonl row is one input; its --id-field is its id and its other scalar fields are kept.
"""
EPILOG = """\
exit status: 0 every input has its line and at least one is an Article; 1 a named path does not
exist, or no input could be extracted (the summary on stderr counts the errors of each kind);
2 the job cannot run, or an output cannot be written (error[output]); 130 interrupted (finish
with --resume).

examples:
  xfacts batch archive/ --out results.jsonl
  xfacts batch archive/ --out results.jsonl --resume      # after a crash or Ctrl-C
  find archive -name '*.txt' | xfacts batch - --out results.jsonl
  xfacts batch dump.jsonl.gz --text-field content --id-field url --out results.jsonl
  xfacts batch archive/ --out results.jsonl --engine ray --ray-address HEAD:6379
  xfacts summary results.jsonl; xfacts export results.jsonl --to results.duckdb

(`python -m extractor` is the same command as `xfacts`.) Output format: docs/contract.md.
"""


class OutputError(Exception):
    """The output file cannot be used (locked by another run, or damaged in the middle)."""


# a worker grows by about 1 KB an input (spaCy's string store, caches); a new one costs a pipeline load
DEFAULT_MAX_TASKS_PER_WORKER = 20_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = parser.description or DESCRIPTION
    parser.epilog = parser.epilog or EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, glob patterns, or - (paths on stdin)")
    parser.add_argument("--out", "-o", metavar="FILE", help="the JSONL output (default: standard output)")
    parser.add_argument("--resume", action="store_true",
                        help="keep --out and process only the inputs it does not hold yet")
    parser.add_argument("--workers", "-j", type=int, metavar="N",
                        help="worker processes (Ray actors with --engine ray); default: all cores")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local: a process pool on this machine (default); ray: Ray Data")
    parser.add_argument("--ray-address", metavar="ADDR",
                        help="a running Ray cluster (host:6379, ray://host:10001, auto); default: RAY_ADDRESS, "
                             "else a local Ray started for the job")
    parser.add_argument("--text-field", default=inputs.DEFAULT_TEXT_FIELD, metavar="NAME",
                        help="the field of a .jsonl row that holds the article (default: text)")
    parser.add_argument("--id-field", default=inputs.DEFAULT_ID_FIELD, metavar="NAME",
                        help="the field of a .jsonl row that is its id, where the row has it (default: id; "
                             "'' numbers rows FILE:LINE)")
    parser.add_argument("--cache", metavar="DIR", help="reuse results of inputs whose bytes are unchanged")
    parser.add_argument("--html-dir", metavar="DIR", help="also write a page per article and an index.html")
    parser.add_argument("--timeout", type=float, default=engines.DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"time limit per input, an error record past it (default {engines.DEFAULT_TIMEOUT:g}; 0: none)")
    parser.add_argument("--max-bytes", type=int, default=inputs.DEFAULT_MAX_BYTES, metavar="N",
                        help=f"largest input read, gunzipped (default {inputs.DEFAULT_MAX_BYTES:,})")
    if not _has_option(parser, "--model"):
        parser.add_argument("--model", default="auto", help="spaCy pipeline for the NER stage (default: auto)")
    parser.add_argument("--max-tasks-per-worker", type=int, default=DEFAULT_MAX_TASKS_PER_WORKER, metavar="N",
                        help="replace a worker process after N inputs, returning the memory it has grown by "
                             f"(local engine; default {DEFAULT_MAX_TASKS_PER_WORKER:,}; 0: never)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary on stderr")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list every file skipped (hidden, or not an input format) instead of the first few")


def _has_option(parser: argparse.ArgumentParser, option: str) -> bool:
    return any(option in action.option_strings for action in parser._actions)


@dataclass
class BatchOptions:
    inputs: list[str]
    spec: JobSpec = field(default_factory=JobSpec)
    out: str | None = None
    resume: bool = False
    workers: int | None = None
    engine: str = "local"
    ray_address: str | None = None
    quiet: bool = False
    verbose: bool = False
    max_tasks_per_worker: int | None = None  # local engine: replace a worker after this many inputs
    progress_interval: float = 10.0  # seconds between plain progress lines (stderr not a terminal)


@dataclass
class Summary:
    ok: int = 0
    errors: Counter = field(default_factory=Counter)
    skipped: int = 0  # already in the output (--resume)
    duplicates: int = 0
    cached: int = 0
    ignored: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)  # pages not written (their Articles are in the output)
    cache_errors: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    first_result: float | None = None
    finished: float | None = None
    interrupted: bool = False

    @property
    def done(self) -> int:
        return self.ok + sum(self.errors.values())

    def warnings(self, html_dir: str | None, cache_dir: str | None) -> list[str]:
        """Lines about outputs beside the JSONL that could not be written."""
        out = []
        for what, lost, folder, after in (
                ("review page", self.page_errors, html_dir,
                 "their Articles are in the output; the index does not link them"),
                ("cache entry", self.cache_errors, cache_dir, "a later run extracts those inputs again")):
            if lost:
                out.append(f"batch: warning: {len(lost)} {what}(s) could not be written under {folder} ({after}); "
                           f"the first: {lost[0]}")
        return out

    def line(self, out: str | None) -> str:
        took = (self.finished or time.monotonic()) - self.started
        errs = sum(self.errors.values())
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.errors.items()))
        extra = ", ".join(x for x in (f"{self.duplicates} duplicate" * bool(self.duplicates),
                                      f"{self.cached} from cache" * bool(self.cached)) if x)
        text = (f"batch: {self.done + self.skipped} inputs in {took:.1f} s: {self.ok} ok"
                f"{f' ({extra})' if extra else ''}, {errs} error{f' ({kinds})' if kinds else ''}, "
                f"{self.skipped} skipped as done")
        if out:
            text += f" -> {out}"
        if self.interrupted:
            text += "  [interrupted: run again with --resume to finish]"
        return text


def run(args: argparse.Namespace) -> int:
    """The `batch` command; returns the exit status."""
    if args.resume and not args.out:
        print("error[usage]: --resume needs --out FILE: it continues that file", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("error[usage]: --workers must be 1 or more", file=sys.stderr)
        return 2
    if args.max_tasks_per_worker < 0:
        print("error[usage]: --max-tasks-per-worker must be 0 (never) or more", file=sys.stderr)
        return 2
    from ..config import ExtractorConfig

    spec = JobSpec(
        config=ExtractorConfig(model=args.model, max_bytes=args.max_bytes), text_field=args.text_field,
        id_field=args.id_field or None, max_bytes=args.max_bytes, timeout=args.timeout or None, cache_dir=args.cache, html_dir=args.html_dir,
        pages_inline=args.engine == "ray",  # a remote actor's page is written here, not on its node
    )
    options = BatchOptions(
        inputs=args.inputs, spec=spec, out=args.out if args.out != "-" else None, resume=args.resume,
        workers=args.workers, engine=args.engine, ray_address=args.ray_address, quiet=args.quiet,
        verbose=args.verbose, max_tasks_per_worker=args.max_tasks_per_worker or None,
    )
    return run_batch(options).status


@dataclass
class Outcome:
    summary: Summary
    status: int
    stats: Any = None


def run_batch(options: BatchOptions, stdin: TextIO | None = None, stderr: TextIO | None = None) -> Outcome:
    """Run one batch job; every input gets exactly one line in the output."""
    stderr = stderr or sys.stderr

    def say(line: str) -> None:
        print(printable(line), file=stderr, flush=True)

    summary = Summary()
    try:
        # this run's own output is never one of its inputs, even where it lies among them
        ours = [p for p in (options.out, options.spec.html_dir, options.spec.cache_dir) if p]
        discovery = inputs.discover(options.inputs, stdin if stdin is not None else sys.stdin, exclude=ours)
    except ValueError as e:
        say(f"error[usage]: {e}")
        return Outcome(summary, 2)
    summary.ignored, summary.hidden = discovery.ignored, discovery.hidden
    spec = options.spec
    try:
        if spec.html_dir:
            writable_folder(spec.html_dir)
        output = JsonlOutput(options.out, resume=options.resume)
    except errors.OutputFault as e:
        say(str(e))
        return Outcome(summary, 2)
    except OutputError as e:
        say(f"error[output]: {e}")
        return Outcome(summary, 2)
    engine = _engine(options)
    progress = Progress(stderr, None if discovery.has_rows else len(discovery.files), options.quiet,
                        options.progress_interval)
    status = 0
    # SIGTERM stops the run like Ctrl-C: workers stopped, output flushed, resumable
    previous_term = signal.getsignal(signal.SIGTERM)
    take_term = previous_term in (signal.SIG_DFL, None) and threading.current_thread() is threading.main_thread()
    if take_term:
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        state = output.resume_state(want_rows=bool(spec.html_dir))
        if state.truncated and not options.quiet:
            say(f"batch: cut {state.truncated} bytes of an unfinished last line from {options.out}")
        rows = state.rows
        done = state.ids

        def pending() -> Iterator[inputs.Task]:
            for task in inputs.tasks(discovery, spec.max_bytes, spec.id_field):
                if task.id in done:
                    summary.skipped += 1
                    progress.update(summary)
                else:
                    yield task

        for result in engine.map(pending()):
            summary.first_result = summary.first_result or time.monotonic()
            line = result.line
            if result.error:
                summary.errors[result.error] += 1
            else:
                summary.ok += 1
                summary.cached += result.cached
                original = state.hashes.setdefault(result.text_sha256, result.id)
                if original != result.id:
                    line = mark_duplicate(line, original)
                    summary.duplicates += 1
            output.write(line)
            if result.cache_error:
                summary.cache_errors.append(result.cache_error)
            if spec.html_dir:
                if result.page is not None:  # written here for remote workers
                    try:
                        write_whole(os.path.join(spec.html_dir, engines.page_name(result.id)), result.page)
                    except errors.OutputFault as e:
                        result.page_error = e.message
                if result.page_error:
                    summary.page_errors.append(result.page_error)
                rows.append(engines.index_row(json.loads(line)))
            progress.update(summary)
        if spec.html_dir:
            from .review.page import render_index

            for row in rows:  # a page that could not be written (now or in an earlier run) is not linked
                if row["href"] and not os.path.exists(os.path.join(spec.html_dir, row["href"])):
                    row["href"] = None
            write_whole(os.path.join(spec.html_dir, "index.html"), render_index(rows))
    except KeyboardInterrupt:
        summary.interrupted = True
        status = 130
    except errors.OutputFault as e:
        say(str(e))
        status = 2
    except (EngineError, OutputError) as e:
        say(f"error[batch]: {e}")
        status = 2
    finally:
        if take_term:
            signal.signal(signal.SIGTERM, previous_term)
        try:
            output.close()
        except errors.OutputFault as e:
            if status != 2:
                say(str(e))
            status = 2
        progress.close()
        summary.finished = time.monotonic()
    for line in summary.warnings(spec.html_dir, spec.cache_dir):  # even with --quiet: something asked for is missing
        say(line)
    if not options.quiet:
        skipped = summary.hidden + summary.ignored
        if skipped:
            head = (f"batch: {len(skipped)} file(s) found in the folders were skipped ({len(summary.ignored)} not an "
                    f"input format, {len(summary.hidden)} hidden):")
            if options.verbose:
                say(head)
                for path in sorted(skipped):
                    say(f"  {path}")
            else:
                say(f"{head} {', '.join(sorted(skipped)[:5])}"
                    + (", ... (--verbose lists them all)" if len(skipped) > 5 else ""))
        say(summary.line(options.out))
    if status == 0:
        status = _failure_status(discovery, summary, stderr)
    return Outcome(summary, status, engine.stats)


def _failure_status(discovery: inputs.Discovery, summary: Summary, stderr: TextIO) -> int:
    """1 when a named input is missing or nothing could be extracted, with a line saying which."""
    missing = [f.path for f in discovery.files if f.problem is not None]
    if missing:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        print(printable(f"error[unreadable]: {len(missing)} input path(s) do not exist or match nothing: {shown}"),
              file=stderr)
        return 1
    if summary.ok == 0 and summary.skipped == 0:
        print("error[no_input]: no input could be extracted"
              + (" (there was none)" if not summary.done else f" ({summary.done} failed)"), file=stderr)
        return 1
    return 0


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _engine(options: BatchOptions):
    if options.engine == "ray":
        from .engines.ray import RayEngine

        return RayEngine(options.spec, workers=options.workers, address=options.ray_address,
                         quiet=options.quiet)
    return engines.LocalEngine(options.spec, workers=options.workers or len(os.sched_getaffinity(0)),
                               max_tasks_per_worker=options.max_tasks_per_worker)


_UNMARKED = b'"duplicate_of":null}'


def mark_duplicate(line: bytes, original: str) -> bytes:
    """The Article line with `duplicate_of` set, the bytes the model itself would write. The field is
    the Article's last, so the line ends with it: it is set in place, without parsing and validating
    the whole Article again in the parent (reprints are common in archives). pydantic writes a string
    as `json.dumps(ensure_ascii=False)` does (tests/test_batch.py checks both ways agree)."""
    if line.endswith(_UNMARKED):
        return line[: -len(b"null}")] + json.dumps(original, ensure_ascii=False).encode("utf-8") + b"}"
    from ..contract.models import Article
    from ..contract.serialize import dumps_bytes

    return dumps_bytes(Article.model_validate_json(line).model_copy(update={"duplicate_of": original}))


# ---- the output file --------------------------------------------------------------------------


@dataclass
class ResumeState:
    ids: set[str] = field(default_factory=set)
    hashes: dict[str, str] = field(default_factory=dict)  # text_sha256 -> id of the first article
    rows: list[dict] = field(default_factory=list)
    truncated: int = 0  # bytes of torn tail cut off


class JsonlOutput:
    """Append-only JSON Lines: whole lines, one write each, fsynced about once a second.

    Standard output when `path` is None. A file is locked (flock) for the run, so two runs never
    write one output; without `resume` it is emptied first. A line that cannot be written whole (a
    full disk, a quota) is cut off again, so the file ends with a complete line for `--resume`,
    and `errors.OutputFault` is raised.
    """

    def __init__(self, path: str | None, *, resume: bool = False, fsync_interval: float = 1.0):
        self.path = path
        self.resume = resume
        self.fsync_interval = fsync_interval
        self._last_sync = time.monotonic()
        self._unsynced = False
        self._end = 0  # offset after the last whole line written
        if path is None:
            self.fd = None
            return
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as e:
            raise errors.OUTPUT(path, reason(e)) from None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise OutputError(f"{path} is being written by another batch run") from None
        except OSError:
            pass  # a file system without locks (some network mounts): go on unlocked
        try:
            if not resume:
                os.ftruncate(self.fd, 0)
            self._end = os.lseek(self.fd, 0, os.SEEK_END)
        except OSError as e:
            os.close(self.fd)
            raise errors.OUTPUT(path, reason(e)) from None

    def resume_state(self, want_rows: bool = False) -> ResumeState:
        """Ids, reprint hashes (and index rows) of what the output holds; cuts a torn tail first."""
        state = ResumeState()
        if self.fd is None or not self.resume:
            return state
        good_end = 0  # offset just after the last complete JSON line
        bad_at: int | None = None  # line number of a complete line that is not JSON
        with open(self.path, "rb") as fh:
            offset = 0
            for number, raw in enumerate(fh, 1):
                offset += len(raw)
                if not raw.endswith(b"\n"):
                    break  # torn: the kill came mid-write
                try:
                    record = json.loads(raw)
                    record_id = record["id"]
                except (ValueError, TypeError, KeyError):
                    bad_at = bad_at or number
                    continue
                if bad_at is not None:
                    raise OutputError(
                        f"line {bad_at} of {self.path} is not a JSON record but later lines are: the file was "
                        f"edited or damaged; repair or remove that line, then resume")
                good_end = offset
                state.ids.add(record_id)
                sha = (record.get("source") or {}).get("text_sha256")
                if sha and "error" not in record:
                    state.hashes.setdefault(sha, record_id)
                if want_rows:
                    state.rows.append(engines.index_row(record))
            size = fh.seek(0, os.SEEK_END)
        if size > good_end:
            os.ftruncate(self.fd, good_end)
            os.fsync(self.fd)
            state.truncated = size - good_end
        self._end = good_end
        return state

    def write(self, line: bytes) -> None:
        """Write one line (UTF-8 JSON, no newline)."""
        if self.fd is None:
            try:
                sys.stdout.write(line.decode("utf-8") + "\n")  # a text stream, whatever wraps it (a pipe, a capture)
                sys.stdout.flush()
            except BrokenPipeError:
                raise
            except OSError as e:
                raise errors.OUTPUT("standard output", reason(e)) from None
            return
        data = line + b"\n"
        size = len(data)
        try:
            while data:  # a regular file takes it in one write; loop only for the odd short write
                data = data[os.write(self.fd, data):]
            self._end += size
            self._unsynced = True
            now = time.monotonic()
            if now - self._last_sync >= self.fsync_interval:
                os.fsync(self.fd)
                self._last_sync, self._unsynced = now, False
        except OSError as e:
            self._cut_back()
            raise errors.OUTPUT(self.path, f"{reason(e)}; the output ends with the last whole line, "
                                           f"finish with --resume once there is room") from None

    def _cut_back(self) -> None:
        """Remove what a failed write left of its line (--resume would cut it too)."""
        try:
            os.ftruncate(self.fd, self._end)
        except OSError:
            pass

    def close(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        try:
            if self._unsynced:
                os.fsync(fd)
        except OSError as e:
            raise errors.OUTPUT(self.path, reason(e)) from None
        finally:
            os.close(fd)  # releases the lock


# ---- progress ---------------------------------------------------------------------------------


class Progress:
    """A tqdm bar when `stream` is a terminal, a plain line every `interval` seconds otherwise."""

    def __init__(self, stream: TextIO, total: int | None, quiet: bool, interval: float = 10.0):
        self.stream, self.total, self.interval = stream, total, interval
        self.bar = None
        self.mode = "none" if quiet else ("bar" if _isatty(stream) else "plain")
        self._next = time.monotonic() + interval
        self._shown = 0
        if self.mode == "bar":
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=stream, dynamic_ncols=True, smoothing=0.05,
                            desc="batch")

    def update(self, summary: Summary) -> None:
        if self.mode == "none":
            return
        count = summary.done + summary.skipped
        if self.bar is not None:
            self.bar.update(count - self._shown)
            self._shown = count
            self.bar.set_postfix_str(f"ok {summary.ok} error {sum(summary.errors.values())}", refresh=False)
            return
        now = time.monotonic()
        if now >= self._next:
            self._next = now + self.interval
            of = f"/{self.total}" if self.total else ""
            rate = summary.done / max(1e-9, now - summary.started)
            print(f"batch: {count}{of} inputs, {summary.ok} ok, {sum(summary.errors.values())} error, "
                  f"{summary.skipped} skipped as done, {rate:.1f}/s", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def main(argv: list[str] | None = None) -> int:
    """`python -m extractor.batch ...`: the batch command without the CLI around it."""
    parser = argparse.ArgumentParser(prog="python -m extractor batch")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
