"""The per-task work every engine shares: one `Processor` (one loaded pipeline) turns a task into a
`Result` (its output line), and never raises for a task.

Failure is per task: whatever goes wrong with one input (an input error, an exception in the
extractor, a time limit) becomes that input's error record. Error kinds beyond the InputError
ones: `timeout`, `crashed` (the worker process died: reported by the engine), `internal` (an
unexpected exception: a bug, reported with its type).
"""
from __future__ import annotations

import hashlib
import importlib
import os
import resource
import signal
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ...contract import errors
from .. import inputs
from ..inputs import Task
from ..outputs import write_whole

DEFAULT_TIMEOUT = 120.0  # seconds for one input; a 2 MB article extracts in well under that
DEFAULT_FACTORY = "extractor:Extractor"


class EngineError(Exception):
    """The job cannot go on (no worker can load the pipeline, or the Ray job failed)."""


@dataclass(frozen=True)
class JobSpec:
    """Everything a worker needs to build its extractor and process tasks (pickled to workers)."""

    config: Any = None  # an ExtractorConfig; None: the factory's default
    text_field: str = inputs.DEFAULT_TEXT_FIELD
    id_field: str | None = inputs.DEFAULT_ID_FIELD
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
    line: bytes  # one JSON line in UTF-8, no newline: an Article (duplicate_of unset) or an ErrorRecord
    error: str | None = None  # the error kind; None for an Article
    text_sha256: str | None = None
    cached: bool = False
    page: str | None = None  # page HTML, with JobSpec.pages_inline
    # an output beside the line that could not be written: the line is still good (the batch
    # summary reports these; they never turn an Article into an error record)
    page_error: str | None = None
    cache_error: str | None = None


def error_result(task: Task, kind: str, message: str) -> Result:
    from ...contract.models import ErrorRecord
    from ...contract.serialize import dumps_bytes

    record = ErrorRecord(id=task.id, source=task.source, error={"kind": kind, "message": message})
    return Result(task.id, dumps_bytes(record), error=kind)


def index_row(record: dict) -> dict:
    """The --html-dir index row (see review.page.write_index) of an output record, parsed."""
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


# names a page may not take: the batch's own index page (any case: some file systems ignore it)
_RESERVED_PAGES = frozenset({"index"})


def page_name(id: str) -> str:
    """A file name for an id's page; an input named `index` must not overwrite the batch's index.html."""
    return file_stem(id, _RESERVED_PAGES) + ".html"


def file_stem(id: str, reserved: frozenset[str] = frozenset()) -> str:
    """A file name (without suffix) for an id, one per id: ids may hold '/', ':' and '#'; such an id,
    or one in `reserved` (any case), gets a hash of the id after its safe form."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in id)
    if safe == id and id.lower() not in reserved and not id.startswith(".") and len(id.encode()) <= _MAX_STEM:
        return id
    while len(safe.encode()) > _MAX_STEM:  # a file name is at most 255 bytes; the hash keeps it unique
        safe = safe[:len(safe) * 3 // 4]
    return f"{safe}-{hashlib.sha1(id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


_MAX_STEM = 180  # bytes: room for the hash and a suffix within the 255 a file name may have


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
            ["xfacts-batch-cache-2", self.ruleset, _version(), repr(spec.config), spec.text_field, str(spec.id_field),
             _models_in(self.extractor), ""]
        ).encode()
        from ...contract.models import Article, ErrorRecord
        from ...contract.serialize import dumps_bytes

        self._Article, self._ErrorRecord, self._dumps = Article, ErrorRecord, dumps_bytes

    def __call__(self, task: Task) -> Result:
        what = task.id
        try:
            with time_limit(self.spec.timeout, what):
                return self._process(task)
        except errors.ExtractorError as e:  # InputError subclasses, ExtractionTimeout, ...
            return error_result(task, e.kind, e.message)
        except Exception as e:  # noqa: BLE001 - a bug on one input must not cost the others
            return error_result(task, "internal", errors.INTERNAL(task.what, e).message)

    def _process(self, task: Task) -> Result:
        spec = self.spec
        if task.problem is None:
            data = task.data if task.data is not None else inputs.read_raw(task.path, spec.max_bytes, task.compressed)
            if task.compressed:
                data = inputs.gunzip(data, task.what, spec.max_bytes)
            task = _replace(task, data=data, compressed=False)
        key = self._cache_key(task) if spec.cache_dir and task.problem is None else None
        article = self._cache_get(key, task) if key else None
        text = None
        if article is None:
            loaded = inputs.load(task, spec.text_field, spec.max_bytes, spec.id_field)  # raises the task's problem
            article, text = extract_loaded(self.extractor, task, loaded)
        line = self._dumps(article)
        result = Result(task.id, line, text_sha256=article.source.text_sha256, cached=text is None)
        if key and text is not None:
            result.cache_error = self._cache_put(key, line)
        if spec.html_dir:
            if text is None:  # a cache hit: the Article without the text its spans index
                from ...pipeline import spanned_text

                text = spanned_text(article, task.data)
            try:
                result.page = self._page(article, text)
            except errors.OutputFault as e:
                result.page_error = e.message
        return result

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
            "source": article.source.model_copy(update={"path": task.shown_path}),
        })

    def _cache_put(self, key: str, entry: bytes) -> str | None:
        """Store an entry (whole or not at all: a reader sees all of it or none); the reason when
        it cannot be, which only costs time on a later run."""
        path = self._cache_path(key)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_whole(path, entry)
        except OSError as e:
            return errors.OUTPUT(path, e.strerror or str(e)).message
        except errors.OutputFault as e:
            return e.message
        return None

    # -- pages --------------------------------------------------------------------------------

    def _page(self, article, text: str) -> str | None:
        """Write the review page, or return it (remote workers: the driver writes it); raise
        `OutputFault` when it cannot be written."""
        from ..review.page import render_page

        if self.spec.pages_inline:
            return render_page(article, text)
        write_whole(os.path.join(self.spec.html_dir, page_name(article.id)), render_page(article, text))
        return None


def extract_loaded(extractor: Any, task: Task, loaded: inputs.Loaded):
    """Extract one loaded task: the `Extraction` (Article and the text its spans index). Every
    command extracts an input through here, so the same input gives the same Article."""
    return extractor.extract_with_text(loaded.data, id=task.id, path=task.shown_path, text=loaded.text,
                                       encoding=loaded.encoding, meta_hints=loaded.meta_hints, fields=loaded.fields,
                                       what=task.what)


def _replace(task: Task, **changes) -> Task:
    from dataclasses import replace

    return replace(task, **changes)


def _version() -> str:
    from ... import __version__

    return __version__


def _models_in(extractor: Any) -> str:
    """Name and version of each statistical model the pipeline loaded (model "auto" picks up one
    once it is installed, and its entities then change the output)."""
    found = []
    for name, pipe in getattr(getattr(extractor, "pipe", None), "pipeline", []):
        meta = getattr(getattr(pipe, "model", None), "meta", None)
        if isinstance(meta, dict):
            found.append(f"{name}={meta.get('lang')}_{meta.get('name')}-{meta.get('version')}")
    return ",".join(found)


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
class EngineStats:
    workers_started: int = 0
    workers_lost: int = 0  # died or killed mid-task
    ruleset: str | None = None
    first_ready: float | None = None  # time.monotonic() when the first worker could take a task
    worker_peak_rss_kb: int = 0  # the largest peak RSS any worker reported (local engine)
