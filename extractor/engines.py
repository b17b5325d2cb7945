"""Engines that run batch tasks: a local pool of worker processes, or Ray Data.

Both call the same `Processor` on each task, in a process that built one `Extractor` (the spaCy
pipeline is loaded once per worker process or Ray actor), and both yield `Result`s in task order,
so the batch writer above them is the same and so is its output, byte for byte.

Failure is per task: whatever goes wrong with one input (an input error, an exception in the
extractor, a time limit, the worker process dying) becomes that input's error record and the job
goes on. Only a pipeline that cannot be loaded at all stops the job (`EngineError`).

Local engine: N worker processes (forked from a forkserver), each sent its next task while it
works on the current one, results back over a pipe. Results are handed on in task order through a
bounded reorder window: a task is sent only while it is fewer than `window` tasks ahead of the
oldest unfinished one, so memory stays flat whatever the count, and one slow input holds the
output back by at most the window. Time is bounded twice: a SIGALRM inside the worker raises
`ExtractionTimeout` after `timeout` seconds (the worker lives on), and a worker still silent
`grace` seconds later (stuck in C code) is killed and replaced; the tasks sent ahead to it go to
another worker.

Ray engine: see `RayEngine`. Error kinds beyond the InputError ones: `timeout`, `crashed` (the
worker process died), `internal` (an unexpected exception: a bug, reported with its type).
"""
from __future__ import annotations

import hashlib
import importlib
import multiprocessing
import os
import pickle
import resource
import signal
import tempfile
import threading
import time
import warnings
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


_alarm_message = [""]  # what the time limit running in the main thread reports


def _on_alarm(signum, frame):
    raise errors.ExtractionTimeout(_alarm_message[0])


@contextmanager
def time_limit(seconds: float | None, what: str):
    """Raise `ExtractionTimeout` in the body after `seconds`.

    In the main thread, SIGALRM. Elsewhere (a Ray Data actor runs its function in a thread), a
    timer thread raises the exception in this thread (PyThreadState_SetAsyncExc), which stops
    Python code at its next instruction; neither can stop a long call inside C code, which is why
    the local engine also kills a worker that stays silent past the limit.
    """
    if not seconds:
        yield
        return
    message = f"{what} took longer than {seconds:g} s to extract; raise --timeout if it really is that long"
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM"):
        # the handler stays installed (a worker sets a limit for every input: two system calls fewer
        # each time); it raises only while the timer it goes with is armed
        if signal.getsignal(signal.SIGALRM) is not _on_alarm:
            signal.signal(signal.SIGALRM, _on_alarm)
        _alarm_message[0] = message
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        return
    yield from _thread_time_limit(seconds, message)


def _thread_time_limit(seconds: float, message: str):
    import ctypes

    class Timeout(errors.ExtractionTimeout):  # raised by class, with no arguments: it carries its message
        def __init__(self):
            super().__init__(message)

    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire():
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(Timeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        if state["fired"]:
            # the body ended before the exception was delivered: withdraw it, so that it cannot
            # go off later in code that is not ours
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


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
            ["xfacts-batch-cache-1", self.ruleset, _version(), repr(spec.config), spec.text_field,
             _models_in(self.extractor), ""]
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
        except Exception as e:  # noqa: BLE001 - a bug on one input must not cost the others
            return error_result(task, "internal", f"{type(e).__name__}: {e}")

    def _process(self, task: Task) -> Result:
        spec = self.spec
        if task.problem is None:
            data = task.data if task.data is not None else inputs.read_raw(task.path, spec.max_bytes)
            if task.compressed:
                data = inputs.gunzip(data, task.path, spec.max_bytes)
            task = _replace(task, data=data, compressed=False)
        key = self._cache_key(task) if spec.cache_dir and task.problem is None else None
        article = self._cache_get(key, task) if key else None
        loaded = None
        if article is None:
            loaded = inputs.load(task, spec.text_field, spec.max_bytes)  # raises the task's problem, if any
            article = self._extract(task, loaded)
        line = self._dumps(article)
        if key and loaded is not None:
            self._cache_put(key, line)
        result = Result(task.id, line, text_sha256=article.source.text_sha256, cached=loaded is None)
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

    # -- the content-hash cache: one file per (input bytes, format, ruleset, version, settings) ----
    # Articles only: an input error costs less to find again than to look up. A hit is re-stamped
    # with this task's id and path, so a renamed copy is a hit too.

    def _cache_key(self, task: Task) -> str:
        h = hashlib.sha256(self._key_prefix)
        h.update(task.format.encode() + b"\0")
        h.update(task.data)
        return h.hexdigest()

    def _cache_path(self, key: str) -> str:
        return os.path.join(self.spec.cache_dir, key[:2], key + ".json")

    def _cache_get(self, key: str, task: Task):
        """The cached Article, re-stamped with this task's id and path; None on a miss."""
        try:
            with open(self._cache_path(key), encoding="utf-8") as fh:
                article = self._Article.model_validate_json(fh.read())
        except (OSError, ValueError):
            return None  # absent, or a damaged entry: extract again, and overwrite it
        return article.model_copy(update={
            "id": task.id, "duplicate_of": None,
            "source": article.source.model_copy(update={"path": task.path}),
        })

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
        """Write the review page, or return it (remote workers: the driver writes it)."""
        from .visualize import render_page, write_page

        if self.spec.pages_inline:
            return render_page(article, text)
        write_page(article, text, os.path.join(self.spec.html_dir, page_name(article.id)))
        return None


def _page_text(loaded: inputs.Loaded) -> str:
    """The text the article's spans point into: decoded, line ends folded as the pipeline does."""
    text = loaded.text
    if text is None:
        from .decode import decode

        text = decode(loaded.data).text
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _replace(task: Task, **changes) -> Task:
    from dataclasses import replace

    return replace(task, **changes)


def _version() -> str:
    from . import __version__

    return __version__


def _models_in(extractor: Any) -> str:
    """Name and version of each statistical model the pipeline loaded (model "auto" picks up one
    once it is installed, and its entities then change the output)."""
    found = []
    for name, pipe in getattr(getattr(extractor, "nlp", None), "pipeline", []):
        meta = getattr(getattr(pipe, "model", None), "meta", None)
        if isinstance(meta, dict):
            found.append(f"{name}={meta.get('lang')}_{meta.get('name')}-{meta.get('version')}")
    return ",".join(found)


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
    done = 0
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            return
        seq, task = message
        result = processor(task)
        # the peak only grows: reading it (from /proc) once every 16 inputs is enough for the stats
        peak = peak_rss_kb() if done % 16 == 0 else 0
        done += 1
        try:
            conn.send((seq, result, peak))
        except OSError:
            return


def peak_rss_kb() -> int:
    """This process's peak resident memory, in KiB: VmHWM, which unlike ru_maxrss does not carry
    over the parent's peak through fork and exec."""
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False
    inflight: deque = field(default_factory=deque)  # (seq, task) sent, in the order the worker runs them
    deadline: float | None = None  # for the task at the head of `inflight`
    done: int = 0
    retiring: bool = False  # takes no more tasks; stopped once its last one is back


@dataclass
class EngineStats:
    workers_started: int = 0
    workers_lost: int = 0  # died or killed mid-task
    ruleset: str | None = None
    first_ready: float | None = None  # time.monotonic() when the first worker could take a task
    worker_peak_rss_kb: int = 0  # the largest peak RSS any worker reported (local engine)


# A worker is sent its next task while it works on the current one, so it never waits for the
# round trip. Only small tasks are sent ahead: a send that fits the socket buffer cannot block.
_DEPTH = 2
_AHEAD_MAX_BYTES = 32 * 1024


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
        ctx = _context()
        limit = max(1, self.workers)
        window = max(self.window or 64 * limit, 1)
        timeout = self.spec.timeout
        grace = self.grace if self.grace is not None else (max(5.0, timeout * 0.5) if timeout else None)
        source = iter(tasks)
        exhausted = False
        backlog: deque[tuple[int, Task]] = deque()  # read from `source`, not yet sent
        done: dict[int, Result] = {}  # finished, waiting for the ones before them
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

        def takes(w: _Worker, task: Task) -> bool:
            if not w.ready or w.retiring:
                return False
            if self.max_tasks_per_worker and w.done + len(w.inflight) >= self.max_tasks_per_worker:
                return False
            if not w.inflight:
                return True
            small = task.data is None or len(task.data) <= _AHEAD_MAX_BYTES
            return small and len(w.inflight) < _DEPTH

        def start_clock(w: _Worker) -> None:
            w.deadline = time.monotonic() + timeout + grace if timeout and w.inflight else None

        def retire(w: _Worker, kind: str | None = None, message: str = "") -> None:
            """Stop a worker; its task at hand fails with `kind`, the ones sent ahead go back."""
            nonlocal startup_failures
            if w.process.is_alive():
                w.process.kill()
            w.process.join()
            w.conn.close()
            pool.remove(w)
            if w.inflight:
                seq, task = w.inflight.popleft()
                self.stats.workers_lost += 1
                done[seq] = error_result(task, kind, message)
                backlog.extendleft(reversed(w.inflight))
            elif not w.ready:
                startup_failures += 1
                if startup_failures > 2 * limit:
                    raise EngineError(f"worker processes die while loading the pipeline (exit code {w.process.exitcode})")

        try:
            while True:
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                sent = sum(len(w.inflight) for w in pool)
                while not exhausted and len(backlog) + sent < limit * _DEPTH and next_seq - next_out < window:
                    try:
                        backlog.append((next_seq, next(source)))
                        next_seq += 1
                    except StopIteration:
                        exhausted = True
                capacity = sum(_DEPTH - len(w.inflight) for w in pool if not w.retiring)
                while len(pool) < limit and len(backlog) > capacity:
                    spawn()
                    capacity += _DEPTH
                for w in pool:
                    while backlog and takes(w, backlog[0][1]):
                        w.inflight.append(backlog.popleft())
                        w.conn.send(w.inflight[-1])
                        if len(w.inflight) == 1:
                            start_clock(w)
                if exhausted and not backlog and next_out == next_seq:
                    return
                deadlines = [w.deadline for w in pool if w.deadline is not None]
                wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
                ready = set(wait([w.conn for w in pool] + [w.process.sentinel for w in pool], wait_for))
                for w in list(pool):  # a copy: retire() removes from the pool
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
                            seq, result, peak_rss = message
                            w.inflight.popleft()
                            done[seq] = result
                            self.stats.worker_peak_rss_kb = max(self.stats.worker_peak_rss_kb, peak_rss)
                            w.done += 1
                            start_clock(w)
                            if self.max_tasks_per_worker and w.done >= self.max_tasks_per_worker:
                                w.retiring = True
                            if w.retiring and not w.inflight:
                                w.conn.send(None)
                                retire(w)
                    elif w.process.sentinel in ready:
                        w.process.join(1)
                        retire(w, "crashed", _death(w))
                now = time.monotonic()
                for w in list(pool):  # a copy: retire() removes from the pool
                    if w.deadline is not None and now >= w.deadline:
                        retire(w, "timeout", f"{w.inflight[0][1].id} was still being extracted after "
                                             f"{timeout + grace:g} s (--timeout {timeout:g} plus {grace:g} s); "
                                             f"the worker was stopped")
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


def _context():
    """Workers fork from a clean server process (forkserver), so none inherits this process's
    threads, locks or open files; the server imports the pipeline's code once, so starting (or
    replacing) a worker costs only building the spaCy pipeline."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["extractor.engines", "extractor.pipeline"])
    return ctx


def _death(w: _Worker) -> str:
    code = w.process.exitcode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    what = w.inflight[0][1].id if w.inflight else "the input"
    return f"the worker process died while extracting {what} ({how}); the input may be too large for memory or trigger a bug"


# ---- Ray engine ---------------------------------------------------------------------------------


class RayProcessor:
    """A Ray Data callable class: one actor builds one Processor (one pipeline) and keeps it."""

    spec: JobSpec = JobSpec()

    def __init__(self):
        # a pipeline that cannot load is reported with the first batch, so the driver stops the job
        # (an actor dying in its constructor would look like a crash on the inputs it was given)
        try:
            self.processor, self.fatal = Processor(self.spec), None
        except Exception as e:  # noqa: BLE001 - handed to the driver, which stops with it
            self.processor, self.fatal = None, str(e)

    def __call__(self, batch: dict) -> dict:
        import numpy as np

        if self.fatal is not None:
            results = [pickle.dumps(_Fatal(self.fatal))] * len(batch["task"])
        else:
            results = [pickle.dumps(self.processor(pickle.loads(t))) for t in batch["task"]]
        return {"n": batch["n"], "result": np.array(results, dtype=object)}


@dataclass
class _Fatal:
    message: str


@dataclass
class RayEngine:
    """The same job on Ray Data: inputs are read here and shipped, so only this machine needs them.

    `address`: a running cluster ("ray://host:10001", "host:6379", "auto"); None starts a local
    Ray for the job (or uses RAY_ADDRESS when set). Tasks go in chunks of at most `chunk` inputs
    or `chunk_bytes` bytes, each a Ray dataset whose actors load the pipeline once.

    An actor that dies is not restarted on the same input (Ray would retry it for ever): the
    dataset fails, the inputs after the last result are run again, and the failing stretch is
    halved until the one input that kills an actor is known; it gets a `crashed` error record.
    """

    spec: JobSpec
    workers: int | None = None  # actors; None: one per CPU of the cluster
    address: str | None = None
    chunk: int = 10_000
    chunk_bytes: int = 256 * 1024 * 1024
    batch_size: int = 8
    quiet: bool = True
    stats: EngineStats = field(default_factory=EngineStats)

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        import logging

        import ray

        started = False
        if not ray.is_initialized():
            address = self.address or os.environ.get("RAY_ADDRESS")
            local = {} if address else {"num_cpus": self.workers or len(os.sched_getaffinity(0))}
            ray.init(address=address, include_dashboard=False, log_to_driver=not self.quiet,
                     logging_level=logging.ERROR if self.quiet else logging.WARNING, **local)
            started = True
        try:
            import ray.data

            # the batch shows its own progress; Ray Data's bars and execution logs would say it twice
            logging.getLogger("ray.data").setLevel(logging.ERROR)
            context = ray.data.DataContext.get_current()
            context.execution_options.preserve_order = True
            for option in ("enable_progress_bars", "enable_operator_progress_bars", "print_on_execution_start",
                           "enable_auto_log_stats"):
                if hasattr(context, option):
                    setattr(context, option, False)
            if not self.workers:
                self.workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
            chunk: list[Task] = []
            size = 0
            for task in tasks:
                chunk.append(self._shipped(task))
                size += len(chunk[-1].data or b"")
                if len(chunk) >= self.chunk or size >= self.chunk_bytes:
                    yield from self._isolating(chunk)
                    chunk, size = [], 0
            if chunk:
                yield from self._isolating(chunk)
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

    def _isolating(self, chunk: list[Task]) -> Iterator[Result]:
        """Results of `chunk` in order; a stretch that kills actors is halved down to one input."""
        done = 0
        try:
            for result in self._run(chunk):
                done += 1
                yield result
            return
        except _ChunkFailed as failure:
            cause = failure.cause
        self._check_cluster(cause)
        self.stats.workers_lost += 1
        rest = chunk[done:]
        if len(rest) == 1:
            yield error_result(rest[0], "crashed", f"the Ray worker died while extracting {rest[0].id}; the input "
                                                   f"may be too large for memory or trigger a bug ({cause})")
            return
        # the culprit was among the first batches in flight: retry those apart from the rest
        head = max(1, min(len(rest) // 2, 2 * self.batch_size * self.workers))
        yield from self._isolating(rest[:head])
        yield from self._isolating(rest[head:])

    @staticmethod
    def _check_cluster(cause: str) -> None:
        import ray

        try:
            alive = ray.is_initialized() and ray.cluster_resources().get("CPU", 0) > 0
        except Exception:  # noqa: BLE001 - any failure to answer means the cluster is gone
            alive = False
        if not alive:
            raise EngineError(f"the Ray cluster stopped answering: {cause}")

    def _run(self, chunk: list[Task]) -> Iterator[Result]:
        import ray.data

        items = [{"n": n, "task": pickle.dumps(t)} for n, t in enumerate(chunk)]
        # the spec travels as a class attribute (pickled with the class), not as constructor arguments
        processor = type("RayProcessor", (RayProcessor,), {"spec": self.spec})
        with warnings.catch_warnings():
            # max_restarts has no named parameter yet (Ray 2.60) and passing it is deprecated; without
            # it, an input that kills its actor is retried on a new one for ever
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset = ray.data.from_items(items).map_batches(
                processor, batch_size=self.batch_size,
                compute=ray.data.ActorPoolStrategy(size=max(1, min(self.workers, len(chunk)))), num_cpus=1,
                max_restarts=0, max_task_retries=0,
            )
        waiting: dict[int, Result] = {}
        next_out = 0
        try:
            for row in dataset.iter_rows():
                result = pickle.loads(row["result"])
                if isinstance(result, _Fatal):
                    raise EngineError(result.message)
                waiting[int(row["n"])] = result
                while next_out in waiting:
                    yield waiting.pop(next_out)
                    next_out += 1
        except EngineError:
            raise
        except Exception as e:  # Ray wraps a dead actor in several exception types
            raise _ChunkFailed(f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}") from e
        if next_out != len(chunk):
            raise _ChunkFailed(f"Ray returned {next_out} of {len(chunk)} results")


class _ChunkFailed(Exception):
    def __init__(self, cause: str):
        super().__init__(cause)
        self.cause = cause
