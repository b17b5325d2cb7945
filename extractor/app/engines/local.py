"""The local engine: a pool of worker processes on this machine, results in task order.

N worker processes (forked from a forkserver), each sent its next task while it works on the
current one, results back over a pipe. Results are handed on in task order through a bounded
reorder window: a task is sent only while it is fewer than `window` tasks ahead of the oldest
unfinished one, so memory stays flat whatever the count, and one slow input holds the output back
by at most the window. Time is bounded twice: a SIGALRM inside the worker raises
`ExtractionTimeout` after `timeout` seconds (the worker lives on), and a worker still silent
`grace` seconds later (stuck in C code) is killed and replaced; the tasks sent ahead to it go to
another worker. Only a pipeline that cannot be loaded at all stops the job (`EngineError`).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any

from ..inputs import Task
from .worker import EngineError, EngineStats, JobSpec, Processor, Result, error_result, peak_rss_kb


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




@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False
    inflight: deque = field(default_factory=deque)  # (seq, task) sent, in the order the worker runs them
    deadline: float | None = None  # for the task at the head of `inflight`
    done: int = 0
    retiring: bool = False  # takes no more tasks; stopped once its last one is back




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
        ctx = _context(getattr(self.spec.config, "model", None))
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


def _context(model: str | None):
    """Workers fork from a clean server process (forkserver), so none inherits this process's
    threads, locks or open files. The server loads and warms the pipeline once (`warm.py`), so a
    worker starts ready: the first result comes as soon as the server is up, and a replaced worker
    costs a fork. This process, the batch parent, never loads spaCy."""
    ctx = multiprocessing.get_context("forkserver")
    if model is not None:
        os.environ.setdefault("XF_WARM_MODEL", model)  # read by warm.py in the server, which starts with our environment
    ctx.set_forkserver_preload(["extractor.app.engines.local", "extractor.app.engines.warm"])
    return ctx


def _death(w: _Worker) -> str:
    code = w.process.exitcode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    what = w.inflight[0][1].id if w.inflight else "the input"
    return f"the worker process died while extracting {what} ({how}); the input may be too large for memory or trigger a bug"
