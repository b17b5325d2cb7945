"""The Ray engine: the same job on Ray Data (one pipeline per actor), results in task order.

Inputs are read on the driver and shipped, so only the machine running the command needs them.
"""
from __future__ import annotations

import os
import pickle
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ...contract import errors
from .. import inputs
from ..inputs import Task
from .worker import EngineError, EngineStats, JobSpec, Processor, Result, _replace, error_result


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
            return _replace(task, data=inputs.read_raw(task.path, self.spec.max_bytes, task.compressed))
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
