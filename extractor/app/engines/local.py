"""The local engine: a pool of worker processes on this machine, results in task order.

N worker processes (forked from a forkserver), each sent its next tasks while it works on the
current one, results back over a pipe. While every worker has tasks queued, this process pauses
before it collects results (`_pause`), so that it wakes once for several of them: on a machine with
as many cores as workers, what it spends on each result is taken from the workers. Results are
handed on in task order through a bounded reorder window: a task is sent only while it is fewer
than `window` tasks ahead of the oldest unfinished one, so memory stays flat whatever the count,
and one slow input holds the output back by at most the window. Time is bounded twice: a SIGALRM
inside the worker raises `ExtractionTimeout` after `timeout` seconds (the worker lives on), and a
worker still silent `grace` seconds later (stuck in C code) is killed and replaced; the tasks sent
ahead to it go to another worker. Only a pipeline that cannot be loaded at all stops the job
(`EngineError`).
"""
from __future__ import annotations

import math
import multiprocessing
import os
import selectors
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
        started = time.perf_counter()
        result = processor(task)
        elapsed = time.perf_counter() - started
        # the peak only grows: reading it (from /proc) once every 16 inputs is enough for the stats
        peak = peak_rss_kb() if done % 16 == 0 else 0
        done += 1
        try:
            conn.send((seq, result, peak, elapsed))
        except OSError:
            return




@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False
    inflight: deque = field(default_factory=deque)  # (seq, task) sent, in the order the worker runs them
    # the data of the tasks in `inflight` after the first: what may wait in the pipe. Kept in step by
    # send and finished, not summed where asked: summing it in `takes` cost the batch process 10% more
    # CPU a line (0.079-0.086 -> 0.089-0.098 ms, 2 workers, 900 articles)
    ahead_bytes: int = 0
    deadline: float | None = None  # for the task at the head of `inflight`
    done: int = 0
    retiring: bool = False  # takes no more tasks; stopped once its last one is back

    def takes(self, task: Task, depth: int, max_tasks: int | None) -> bool:
        """Is this worker sent `task` now? Any task when it has none; behind others only a small
        one, while it holds fewer than `depth` and what waits in the pipe stays within
        `_AHEAD_TOTAL_BYTES`: a send that fits the socket buffer (about 200 KiB on Linux) cannot block."""
        if not self.ready or self.retiring:
            return False
        if max_tasks and self.done + len(self.inflight) >= max_tasks:
            return False
        if not self.inflight:
            return True
        size = _size(task)
        return (len(self.inflight) < depth and size <= _AHEAD_MAX_BYTES
                and self.ahead_bytes + size <= _AHEAD_TOTAL_BYTES)

    def send(self, item: tuple[int, Task]) -> None:
        if self.inflight:
            self.ahead_bytes += _size(item[1])
        self.inflight.append(item)
        self.conn.send(item)

    def finished(self) -> tuple[int, Task]:
        """The task at the head is back; the next one runs now, out of the pipe."""
        item = self.inflight.popleft()
        if self.inflight:
            self.ahead_bytes -= _size(self.inflight[0][1])
        return item


def _size(task: Task) -> int:
    return len(task.data) if task.data is not None else 0


# A worker is sent its next tasks while it works on the current one, so it never waits for the
# round trip and has work while the parent pauses (`_depth`, `_pause`).
_AHEAD_MAX_BYTES = 32 * 1024
_AHEAD_TOTAL_BYTES = 64 * 1024
_DEPTH_MAX = 8
_PAUSE_MAX = 0.006  # seconds: a result is written at most this much later than it could be
_TASK_TIME_WEIGHT = 0.2  # of each new task in the running mean of a task's time


def _depth(task_s: float) -> int:
    """Tasks a worker holds (the one it runs and those queued behind it), where a task takes `task_s`
    seconds (a running mean, 0 before the first is back): enough to outlast two of the parent's
    longest pauses, at least 2, at most `_DEPTH_MAX`. Slow tasks keep the queues short, so that at
    the end of a job no worker sits idle while another still holds several of them."""
    if task_s <= 0.0:
        return 2
    return max(2, min(_DEPTH_MAX, 1 + math.ceil(2 * _PAUSE_MAX / task_s)))


def _pause(queued: int, task_s: float) -> float:
    """How long the parent may wait before it collects results, where every worker has at least
    `queued` tasks waiting behind the one it runs and a task takes `task_s` seconds: half the time
    the shortest queue lasts, at most `_PAUSE_MAX`; none before a first task's time is known, or
    where a worker has nothing queued (it would wait for the parent).

    Batch, 2 workers on 2 cores, 900 articles: the parent spent about 0.14 ms of CPU on each result
    when it woke for every one (a tenth of a worker's time on it), 0.08-0.09 ms with these pauses."""
    if queued < 1 or task_s <= 0.0:
        return 0.0
    return min(_PAUSE_MAX, 0.5 * queued * task_s)


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
        task_s = 0.0  # running mean of the time a worker takes for a task
        selector = selectors.DefaultSelector()  # every worker's pipe and process sentinel, kept across waits

        def spawn() -> None:
            parent, child = ctx.Pipe()
            process = ctx.Process(target=_worker_main, args=(child, self.spec), daemon=True, name="xfacts-worker")
            process.start()
            child.close()
            pool.append(_Worker(process, parent))
            selector.register(parent, selectors.EVENT_READ)
            selector.register(process.sentinel, selectors.EVENT_READ)
            self.stats.workers_started += 1

        def start_clock(w: _Worker) -> None:
            w.deadline = time.monotonic() + timeout + grace if timeout and w.inflight else None

        def retire(w: _Worker, kind: str | None = None, message: str = "") -> None:
            """Stop a worker; its task at hand fails with `kind`, the ones sent ahead go back."""
            nonlocal startup_failures
            if w.process.is_alive():
                w.process.kill()
            w.process.join()
            selector.unregister(w.conn)
            selector.unregister(w.process.sentinel)
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

        def crashed(w: _Worker) -> None:
            """A worker's pipe closed or its process ended without a word: its task at hand failed."""
            w.process.join(1)
            retire(w, "crashed", _death(w))

        def collect(w: _Worker) -> None:
            """Take one message from a worker whose pipe is readable."""
            nonlocal task_s
            try:
                message = w.conn.recv()
            except (EOFError, OSError):
                message = None
            if message is None:
                crashed(w)
            elif message[0] == "ready":
                w.ready = True
                self.stats.ruleset = message[1]
                self.stats.first_ready = self.stats.first_ready or time.monotonic()
            elif message[0] == "fatal":
                raise EngineError(message[2])
            else:
                seq, result, peak_rss, elapsed = message
                w.finished()
                done[seq] = result
                self.stats.worker_peak_rss_kb = max(self.stats.worker_peak_rss_kb, peak_rss)
                task_s = elapsed if not task_s else task_s + _TASK_TIME_WEIGHT * (elapsed - task_s)
                w.done += 1
                start_clock(w)
                if self.max_tasks_per_worker and w.done >= self.max_tasks_per_worker:
                    w.retiring = True
                if w.retiring and not w.inflight:
                    w.conn.send(None)
                    retire(w)

        try:
            while True:
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                depth = _depth(task_s)
                sent = sum(len(w.inflight) for w in pool)
                while not exhausted and len(backlog) + sent < limit * depth and next_seq - next_out < window:
                    try:
                        backlog.append((next_seq, next(source)))
                        next_seq += 1
                    except StopIteration:
                        exhausted = True
                capacity = sum(depth - len(w.inflight) for w in pool if not w.retiring)
                while len(pool) < limit and len(backlog) > capacity:
                    spawn()
                    capacity += depth
                for w in pool:
                    while backlog and w.takes(backlog[0][1], depth, self.max_tasks_per_worker):
                        w.send(backlog.popleft())
                        if len(w.inflight) == 1:
                            start_clock(w)
                if exhausted and not backlog and next_out == next_seq:
                    return
                deadlines = [w.deadline for w in pool if w.deadline is not None]
                wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
                pause = _pause(min(len(w.inflight) for w in pool) - 1, task_s) if pool else 0.0
                if pause:
                    time.sleep(pause if wait_for is None else min(pause, wait_for))
                ready = {key.fileobj for key, _ in selector.select(wait_for)}
                while ready:  # every message that came in meanwhile: several results for one wake-up
                    for w in list(pool):  # a copy: retire() removes from the pool
                        if w.conn in ready:
                            collect(w)
                        elif w.process.sentinel in ready:
                            crashed(w)
                    ready = {key.fileobj for key, _ in selector.select(0)}
                now = time.monotonic()
                for w in list(pool):  # a copy: retire() removes from the pool
                    if w.deadline is not None and now >= w.deadline:
                        retire(w, "timeout", f"{w.inflight[0][1].id} was still being extracted after "
                                             f"{timeout + grace:g} s (--timeout {timeout:g} plus {grace:g} s); "
                                             f"the worker was stopped")
        finally:
            selector.close()
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
