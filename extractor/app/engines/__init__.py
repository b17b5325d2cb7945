"""Engines that run batch tasks, all yielding `Result`s in task order so that the batch writer above
them, and its output, are the same whichever runs: `local` (a process pool on this machine) or
`ray` (Ray Data; imported only when asked for). `worker` holds the per-task work they share.
"""
from .local import LocalEngine
from .worker import (
                     DEFAULT_TIMEOUT,
                     EngineError,
                     EngineStats,
                     JobSpec,
                     Processor,
                     Result,
                     error_result,
                     file_stem,
                     index_row,
                     page_name,
                     peak_rss_kb,
                     time_limit,
)

__all__ = ["DEFAULT_TIMEOUT", "EngineError", "EngineStats", "JobSpec", "LocalEngine", "Processor", "Result",
           "error_result", "file_stem", "index_row", "page_name", "peak_rss_kb", "time_limit"]
