"""Engines that run batch tasks: a local pool of worker processes, or Ray Data.

Both call the same `Processor` on each task, in a process that built one `Extractor` (the spaCy
pipeline is loaded once per worker process or Ray actor), and both yield `Result`s in task order,
so the batch writer above them is the same and so is its output, byte for byte.

Failure is per task: whatever goes wrong with one input (an input error, an exception in the
extractor, a time limit, the worker process dying) becomes that input's error record and the job
goes on. Only a pipeline that cannot be loaded at all stops the job (`EngineError`).

Local engine: N spawned processes, one task in flight each, a result back over a pipe. Results
are handed on in task order through a bounded reorder window: a task is sent only while it is
fewer than `window` tasks ahead of the oldest unfinished one, so memory stays flat whatever the
count, and one slow input delays the output by at most the window. Time is bounded twice: a
SIGALRM inside the worker raises `ExtractionTimeout` after `timeout` seconds (the worker lives
on), and a worker still silent `grace` seconds later (stuck in C code) is killed and replaced.
"""
from __future__ import annotations

import hashlib
import importlib
import multiprocessing
import os
import pickle
import signal
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any

from . import errors, inputs
from .inputs import Task

DEFAULT_TIMEOUT = 120.0  # seconds for one input; a 2 MB article extracts in well under that
DEFAULT_FACTORY = "extractor:Extractor"


class EngineError(Exception):
    """The job cannot go on (no worker can load the pipeline, or the Ray job failed)."""


@dataclass(frozen=True)
class JobSpec:
    """Everything a worker needs to build its extractor and process tasks (pickled to workers)."""

    config: Any = None  # an ExtractorConfig; None: the factory's default
    text_field: str = inputs.DEFAULT_TEXT_FIELD
    max_bytes: int = inputs.DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    cache_dir: str | None = None
    html_dir: str | None = None
    pages_inline: bool = False  # return page HTML in the Result instead of writing it (remote workers)
    factory: str = DEFAULT_FACTORY  # "module:callable" building the extractor from `config`


@dataclass(slots=True)
class Result:
    """One task's outcome: its output line and what the batch needs to know about it."""

    id: str
    line: str  # one JSON line, no newline: an Article (duplicate_of unset) or an ErrorRecord
    error: str | None = None  # the error kind; None for an Article
    text_sha256: str | None = None
    size: int = 0  # bytes of input read
    cached: bool = False
    page: str | None = None  # page HTML, with JobSpec.pages_inline


# ---- the per-task work, shared by every engine --------------------------------------------------


def error_result(task: Task, kind: str, message: str) -> Result:
    from .models import ErrorRecord
    from .serialize import dumps

    record = ErrorRecord(id=task.id, source=task.source, error={"kind": kind, "message": message})
    return Result(task.id, dumps(record), error=kind)


def index_row(record: dict) -> dict:
    """The --html-dir index row (see visualize.write_index) of an output record, parsed."""
    if "error" in record:
        return {"id": record["id"], "href": None, "claims": 0, "honors": 0,
                "error": record["error"]["kind"], "units": {}, "actions": {}}
    claims = record.get("claims") or []
    actions = Counter({a["name"]: 0 for a in record.get("actions") or []})
    actions.update(c["action"] for c in claims if c.get("action"))
    return {
        "id": record["id"], "href": page_name(record["id"]), "claims": len(claims),
        "honors": len(record.get("honors") or []), "error": None,
        "units": dict(Counter(c["unit"] for c in claims)), "actions": dict(actions),
    }


def page_name(id: str) -> str:
    """A file name for an id's page: ids may hold '/', ':' and '#'."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in id)
    return f"{safe}-{hashlib.sha1(id.encode()).hexdigest()[:8]}.html" if safe != id else f"{id}.html"


@contextmanager
def time_limit(seconds: float | None, what: str):
    """Raise `ExtractionTimeout` in the body after `seconds` (main thread only, else unbounded)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum, frame):
        raise errors.ExtractionTimeout(
            f"{what} took longer than {seconds:g} s to extract; raise --timeout if it really is that long"
        )

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Processor:
    """Turns a task into a Result with one extractor, loaded once. Never raises for a task."""

    def __init__(self, spec: JobSpec):
        module, _, name = spec.factory.partition(":")
        build = getattr(importlib.import_module(module), name)
        if spec.config is None:
            self.extractor = build()
        else:
            self.extractor = build(spec.config)
        self.spec = spec
        self.ruleset = str(getattr(self.extractor, "ruleset", ""))
        self._key_prefix = "\0".join(
            ["xfacts-batch-cache-1", self.ruleset, _package_version(), repr(spec.config), spec.text_field, ""]
        ).encode()
        from .models import Article, ErrorRecord
        from .serialize import dumps

        self._Article, self._ErrorRecord, self._dumps = Article, ErrorRecord, dumps

    def __call__(self, task: Task) -> Result:
        what = task.id
        try:
            with time_limit(self.spec.timeout, what):
                return self._process(task)
        except errors.ExtractorError as e:  # InputError subclasses, ExtractionTimeout, ...
            return error_result(task, e.kind, e.message)
        except Exception as e:  # a bug on one input must not cost the others
            return error_result(task, "internal", f"{type(e).__name__}: {e}")

    def _process(self, task: Task) -> Result:
        spec = self.spec
        data = task.data if task.data is not None else (None if task.problem else inputs.read_raw(task.path, spec.max_bytes))
        if task.compressed and data is not None:
            data = inputs.gunzip(data, task.path, spec.max_bytes)
        task = _replace(task, data=data, compressed=False)
        key = self._cache_key(task) if spec.cache_dir and task.problem is None else None
        hit = self._cache_get(key, task) if key else None
        loaded = None
        if hit is not None:
            article, line = hit
            if article is None:  # an input error, as deterministic as an article
                kind = self._ErrorRecord.model_validate_json(line).error.kind
                return Result(task.id, line, error=kind, cached=True)
        else:
            try:
                loaded = inputs.load(task, spec.text_field, spec.max_bytes)
                article = self._extract(task, loaded)
            except errors.InputError as e:
                if key:
                    self._cache_put(key, "E" + self._dumps(self._error_record(task, e.kind, e.message)))
                raise
            line = self._dumps(article)
            if key:
                self._cache_put(key, "A" + line)
        result = Result(task.id, line, text_sha256=article.source.text_sha256, size=len(data or b""),
                        cached=hit is not None)
        if spec.html_dir:
            loaded = loaded or inputs.load(task, spec.text_field, spec.max_bytes)
            result.page = self._page(article, _page_text(loaded))
        return result

    def _extract(self, task: Task, loaded: inputs.Loaded):
        ex = self.extractor
        if loaded.text is not None:
            return ex.extract_text(loaded.text, id=task.id, path=task.path, encoding=loaded.encoding,
                                   meta_hints=loaded.meta_hints)
        return ex.extract_bytes(loaded.data, id=task.id, path=task.path, meta_hints=loaded.meta_hints)

    def _error_record(self, task: Task, kind: str, message: str):
        return self._ErrorRecord(id=task.id, source=task.source, error={"kind": kind, "message": message})

    # -- the content-hash cache: one file per (input bytes, format, ruleset, version, config) -----
    # An entry is "A" + an Article line or "E" + an ErrorRecord line (input errors only: a time
    # limit or a crash may not happen next time). A hit is re-stamped with the task's id and path.

    def _cache_key(self, task: Task) -> str:
        h = hashlib.sha256(self._key_prefix)
        h.update(task.format.encode() + b"\0")
        h.update(task.data)
        return h.hexdigest()

    def _cache_path(self, key: str) -> str:
        return os.path.join(self.spec.cache_dir, key[:2], key + ".json")

    def _cache_get(self, key: str, task: Task):
        """(article, line) for a hit, (None, line) for a cached input error, None for a miss."""
        try:
            with open(self._cache_path(key), encoding="utf-8") as fh:
                stored = fh.read()
        except OSError:
            return None
        try:
            if stored.startswith("E"):
                record = self._ErrorRecord.model_validate_json(stored[1:])
                return None, self._dumps(record.model_copy(update={"id": task.id, "source": task.source}))
            article = self._Article.model_validate_json(stored[1:])
        except ValueError:
            return None  # a damaged entry: extract again, and overwrite it
        article = article.model_copy(update={
            "id": task.id, "duplicate_of": None,
            "source": article.source.model_copy(update={"path": task.path}),
        })
        return article, self._dumps(article)

    def _cache_put(self, key: str, entry: str) -> None:
        path = self._cache_path(key)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(entry)
            os.replace(tmp, path)  # atomic: a reader sees the whole entry or none
        except OSError:
            pass  # a cache that cannot be written only costs time

    # -- pages --------------------------------------------------------------------------------

    def _page(self, article, text: str) -> str | None:
        from .visualize import write_page

        if not self.spec.pages_inline:
            write_page(article, text, os.path.join(self.spec.html_dir, page_name(article.id)))
            return None
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "page.html")
            write_page(article, text, path)
            with open(path, encoding="utf-8") as fh:
                return fh.read()


def _page_text(loaded: inputs.Loaded) -> str:
    """The decoded original text the article's spans point into."""
    if loaded.text is not None:
        return loaded.text
    from .decode import decode

    return decode(loaded.data).text


def _replace(task: Task, **changes) -> Task:
    from dataclasses import replace

    return replace(task, **changes)


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("xfacts")
    except Exception:
        return "unknown"


# ---- local engine -------------------------------------------------------------------------------


def _worker_main(conn, spec: JobSpec) -> None:
    """A worker process: load the pipeline once, then answer tasks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        processor = Processor(spec)
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which stops the job
        kind = getattr(e, "kind", type(e).__name__)
        conn.send(("fatal", kind, str(e)))
        return
    conn.send(("ready", processor.ruleset, os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            return
        seq, task = message
        result = processor(task)
        try:
            conn.send((seq, result))
        except OSError:
            return


@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False
    seq: int | None = None  # the task in flight
    task: Task | None = None
    deadline: float | None = None
    done: int = 0


@dataclass
class EngineStats:
    workers_started: int = 0
    workers_lost: int = 0  # died or killed mid-task
    ruleset: str | None = None
    first_ready: float | None = None  # time.monotonic() when the first worker could take a task


@dataclass
class LocalEngine:
    """A pool of `workers` processes on this machine; `map` yields results in task order."""

    spec: JobSpec
    workers: int = field(default_factory=lambda: len(os.sched_getaffinity(0)))
    window: int | None = None  # tasks in flight or waiting to be written; default 64 per worker
    grace: float | None = None  # seconds after `timeout` before a silent worker is killed
    max_tasks_per_worker: int | None = None  # replace a worker after this many tasks
    stats: EngineStats = field(default_factory=EngineStats)

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        ctx = multiprocessing.get_context("spawn")
        limit = max(1, self.workers)
        window = self.window or 64 * limit
        timeout = self.spec.timeout
        grace = self.grace if self.grace is not None else (max(5.0, timeout * 0.5) if timeout else None)
        source = iter(tasks)
        exhausted = False
        backlog: deque[tuple[int, Task]] = deque()
        done: dict[int, Result] = {}
        pool: list[_Worker] = []
        next_seq = next_out = 0
        startup_failures = 0

        def spawn() -> None:
            parent, child = ctx.Pipe()
            process = ctx.Process(target=_worker_main, args=(child, self.spec), daemon=True, name="xfacts-worker")
            process.start()
            child.close()
            pool.append(_Worker(process, parent))
            self.stats.workers_started += 1

        def retire(w: _Worker, kind: str | None, message: str = "") -> None:
            nonlocal startup_failures
            if w.process.is_alive():
                w.process.kill()
            w.process.join()
            w.conn.close()
            pool.remove(w)
            if w.seq is not None:
                self.stats.workers_lost += 1
                done[w.seq] = error_result(w.task, kind, message)
            elif not w.ready:
                startup_failures += 1
                if startup_failures > 2 * limit:
                    raise EngineError(f"worker processes die while loading the pipeline (exit code {w.process.exitcode})")

        try:
            while True:
                busy = sum(1 for w in pool if w.seq is not None)
                while not exhausted and len(backlog) < limit - busy and next_seq - next_out < window:
                    try:
                        backlog.append((next_seq, next(source)))
                        next_seq += 1
                    except StopIteration:
                        exhausted = True
                while len(pool) < min(limit, busy + len(backlog)):
                    spawn()
                for w in pool:
                    if not backlog:
                        break
                    if w.ready and w.seq is None:
                        w.seq, w.task = backlog.popleft()
                        w.deadline = time.monotonic() + timeout + grace if timeout else None
                        w.conn.send((w.seq, w.task))
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                if exhausted and not backlog and next_out == next_seq:
                    return
                deadlines = [w.deadline for w in pool if w.deadline is not None and w.seq is not None]
                wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
                ready = set(wait([w.conn for w in pool] + [w.process.sentinel for w in pool], wait_for))
                for w in list(pool):
                    if w.conn in ready:
                        try:
                            message = w.conn.recv()
                        except (EOFError, OSError):
                            message = None
                        if message is None:
                            w.process.join(1)
                            retire(w, "crashed", _death(w))
                        elif message[0] == "ready":
                            w.ready = True
                            self.stats.ruleset = message[1]
                            self.stats.first_ready = self.stats.first_ready or time.monotonic()
                        elif message[0] == "fatal":
                            raise EngineError(message[2])
                        else:
                            seq, result = message
                            done[seq] = result
                            w.seq = w.task = w.deadline = None
                            w.done += 1
                            if self.max_tasks_per_worker and w.done >= self.max_tasks_per_worker:
                                w.conn.send(None)
                                retire(w, None)
                    elif w.process.sentinel in ready:
                        w.process.join(1)
                        retire(w, "crashed", _death(w))
                now = time.monotonic()
                for w in list(pool):
                    if w.seq is not None and w.deadline is not None and now >= w.deadline:
                        retire(w, "timeout", f"{w.task.id} was still being extracted after {timeout + grace:g} s "
                                             f"(--timeout {timeout:g} plus {grace:g} s); the worker was stopped")
        finally:
            for w in pool:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
            end = time.monotonic() + 5
            for w in pool:
                w.process.join(max(0.0, end - time.monotonic()))
                if w.process.is_alive():
                    w.process.kill()
                    w.process.join()
                w.conn.close()


def _death(w: _Worker) -> str:
    code = w.process.exitcode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    what = w.task.id if w.task is not None else "the input"
    return f"the worker process died while extracting {what} ({how}); the input may be too large for memory or trigger a bug"


# ---- Ray engine ---------------------------------------------------------------------------------


class RayProcessor:
    """A Ray Data callable class: one actor builds one Processor (one pipeline) and keeps it."""

    def __init__(self, spec: JobSpec):
        self.processor = Processor(spec)

    def __call__(self, batch: dict) -> dict:
        import numpy as np

        results = [pickle.dumps(self.processor(pickle.loads(t))) for t in batch["task"]]
        return {"n": batch["n"], "result": np.array(results, dtype=object)}


@dataclass
class RayEngine:
    """The same job on Ray Data: inputs are read here and shipped, so only this machine needs them.

    `address`: a running cluster ("ray://host:10001", "host:6379", "auto"); None starts a local
    Ray for the job (or uses RAY_ADDRESS when set). Tasks go in chunks of at most `chunk` inputs
    or `chunk_bytes` bytes, each a Ray dataset whose actors load the pipeline once.
    """

    spec: JobSpec
    workers: int = field(default_factory=lambda: len(os.sched_getaffinity(0)))
    address: str | None = None
    chunk: int = 10_000
    chunk_bytes: int = 256 * 1024 * 1024
    batch_size: int = 8
    quiet: bool = True
    stats: EngineStats = field(default_factory=EngineStats)

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        import ray

        started = False
        if not ray.is_initialized():
            import logging

            ray.init(address=self.address or os.environ.get("RAY_ADDRESS"), include_dashboard=False,
                     logging_level=logging.WARNING, log_to_driver=not self.quiet,
                     **({} if self.address or os.environ.get("RAY_ADDRESS") else {"num_cpus": max(1, self.workers)}))
            started = True
        try:
            import ray.data

            context = ray.data.DataContext.get_current()
            context.execution_options.preserve_order = True
            if hasattr(context, "enable_progress_bars"):
                context.enable_progress_bars = not self.quiet
            if hasattr(context, "print_on_execution_start"):
                context.print_on_execution_start = not self.quiet
            chunk: list[Task] = []
            size = 0
            for task in tasks:
                chunk.append(self._shipped(task))
                size += len(chunk[-1].data or b"")
                if len(chunk) >= self.chunk or size >= self.chunk_bytes:
                    yield from self._run(chunk)
                    chunk, size = [], 0
            if chunk:
                yield from self._run(chunk)
        finally:
            if started:
                ray.shutdown()

    def _shipped(self, task: Task) -> Task:
        if task.data is not None or task.problem is not None:
            return task
        try:
            return _replace(task, data=inputs.read_raw(task.path, self.spec.max_bytes))
        except errors.InputError as e:
            return _replace(task, problem=e.message, problem_kind=e.kind)

    def _run(self, chunk: list[Task]) -> Iterator[Result]:
        import ray.data

        items = [{"n": n, "task": pickle.dumps(t)} for n, t in enumerate(chunk)]
        dataset = ray.data.from_items(items).map_batches(
            RayProcessor, fn_constructor_args=(self.spec,), batch_size=self.batch_size,
            compute=ray.data.ActorPoolStrategy(size=max(1, min(self.workers, len(chunk)))), num_cpus=1,
        )
        waiting: dict[int, Result] = {}
        next_out = 0
        try:
            for row in dataset.iter_rows():
                waiting[int(row["n"])] = pickle.loads(row["result"])
                while next_out in waiting:
                    yield waiting.pop(next_out)
                    next_out += 1
        except Exception as e:  # noqa: BLE001 - Ray wraps worker failures in many types
            raise EngineError(f"the Ray job failed after {next_out} of {len(chunk)} inputs of this chunk: {e}") from e
        if next_out != len(chunk):
            raise EngineError(f"Ray returned {next_out} of {len(chunk)} results")
