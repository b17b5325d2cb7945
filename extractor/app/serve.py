"""`xfacts serve`: the extractor as an HTTP service (FastAPI on uvicorn; the `serve` extra).

    GET  /health     {"status": "ok", "version", "ruleset", "model"} once the pipeline is loaded
    POST /extract    one article -> its Article (the bytes `xfacts FILE --compact` prints, without the
                     newline). The body is one of:
                       application/json      {"text": "...", "id": "optional"}
                       multipart/form-data   a `file` (read by its name's suffix, like a FILE of the
                                             CLI: .txt, .html, .jsonl of one row, .gz) and an optional `id`
                       anything else         the article's bytes (text, a page, gzip ...), told from
                                             the bytes or `?format=`; `?id=` names it
    POST /batch      a JSON array of texts or {"text", "id"} objects -> a JSON array, in order, of
                     Articles and error records (`{"id", "source", "error": {"kind", "message"}}`)
    GET  /docs, /openapi.json   the OpenAPI schema, built from the Pydantic models of the contract

Every input goes through `inputs` and `engines.worker.extract_loaded`, as on the command line, so
the same bytes give the same Article. Ids default as on the command line: a file's stem, else the
first 12 hex digits of the SHA-256 of the bytes.

Limits. A request body over `max_body` bytes gets 413 before it is read into memory; an article
over `max_bytes` gets 413 too. Each request has `timeout` seconds of extraction (a /batch shares
them: items left when they run out get `timeout` records). Extraction runs on one thread holding
the one pipeline, so requests are extracted one at a time; `--workers N` runs N processes.

Errors are the CLI's kinds, as `{"id", "source", "error": {"kind", "message"}}` for an input that
cannot be extracted (422; 413 for `too_large`) and `{"error": {"kind": "usage", ...}}` for a
request that is not well formed (400). A bug is a 500 of kind `internal`, never a traceback.
"""
import argparse
import asyncio
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from ..contract import errors
from . import inputs

DESCRIPTION = """\
Serve the extractor over HTTP: POST /extract (a text, an uploaded file or raw bytes -> an Article),
POST /batch (a JSON array of texts -> Articles and error records), GET /health, and the OpenAPI
schema at /docs and /openapi.json. Needs the `serve` extra: pip install 'xfacts[serve]'.
"""
EPILOG = """\
examples:
  xfacts serve                                   # http://127.0.0.1:8000/docs
  curl -s localhost:8000/extract -H 'content-type: application/json' -d '{"text": "市妇联开展宣讲12场次。"}'
  curl -s localhost:8000/extract -F file=@corpus/changyi-fulian-2023.txt
  curl -s localhost:8000/extract --data-binary @page.html -H 'content-type: text/html'
  curl -s localhost:8000/batch -H 'content-type: application/json' -d '["开展宣讲12场次。", "培训妇女300人次。"]'
"""

_ENV = "XF_SERVE_SETTINGS"  # how `--workers N` hands the settings to the worker processes
_STATUS = {"too_large": 413}  # every other input error is 422
_DRAIN_LIMIT = 512 * 1024 * 1024  # an over-long body is read and dropped up to this, so the client hears the 413


class ExtractRequest(BaseModel):
    """One article as text."""

    text: str = Field(description="the article's text")
    id: str | None = Field(default=None, description="its id; default: the first 12 hex digits of the SHA-256 of "
                                                     "the text's UTF-8 bytes")


class Problem(BaseModel):
    """A request that is not well formed (kind `usage`) or a bug (kind `internal`)."""

    error: dict[str, str]


@dataclass(frozen=True)
class ServeSettings:
    model: str = "auto"
    max_bytes: int = inputs.DEFAULT_MAX_BYTES  # one article
    max_body: int = 16_000_000  # one request
    timeout: float = 60.0  # seconds of extraction per request


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = parser.description or DESCRIPTION
    parser.epilog = parser.epilog or EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    defaults = ServeSettings()
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="server processes (default: 1)")
    parser.add_argument("--model", default=defaults.model, help="spaCy pipeline for the NER stage (default: auto)")
    parser.add_argument("--max-bytes", type=int, default=defaults.max_bytes, metavar="N",
                        help=f"largest article, in bytes (default {defaults.max_bytes:,})")
    parser.add_argument("--max-body", type=int, default=defaults.max_body, metavar="N",
                        help=f"largest request body, in bytes (default {defaults.max_body:,})")
    parser.add_argument("--timeout", type=float, default=defaults.timeout, metavar="SECONDS",
                        help=f"extraction time allowed per request (default {defaults.timeout:g})")


def run(args: argparse.Namespace) -> int:
    missing = _missing_packages()
    if missing:
        print(f"error[missing_extra]: serve needs {' and '.join(missing)}, not installed: pip install 'xfacts[serve]'",
              file=sys.stderr)
        return 2
    import uvicorn

    if args.workers < 1:
        print("error[usage]: --workers must be 1 or more", file=sys.stderr)
        return 2
    settings = ServeSettings(model=args.model, max_bytes=args.max_bytes, max_body=args.max_body, timeout=args.timeout)
    os.environ[_ENV] = json.dumps(asdict(settings))
    try:
        app_from_environment()  # load the pipeline here first: a model that cannot load is an error now
    except errors.ExtractorError as e:
        print(str(e), file=sys.stderr)
        return 1
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="info")
    return 0


def _missing_packages() -> list[str]:
    from importlib.util import find_spec

    wanted = {"fastapi": ["fastapi"], "uvicorn": ["uvicorn"], "python-multipart": ["python_multipart", "multipart"]}
    return [package for package, modules in wanted.items() if not any(find_spec(m) for m in modules)]


_app_cache: dict[str, object] = {}


def app_from_environment():
    """The app for the settings in the environment (uvicorn's factory; one per process)."""
    key = os.environ.get(_ENV, "{}")
    if key not in _app_cache:
        _app_cache[key] = create_app(ServeSettings(**json.loads(key)))
    return _app_cache[key]


def create_app(settings: ServeSettings | None = None, extractor=None):
    """A FastAPI app serving one extractor (built from `settings` unless given)."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse, Response
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from .. import __version__
    from ..contract.models import Article, ErrorRecord, without_surrogates
    from ..contract.serialize import dumps
    from ..pipeline import Extractor, ExtractorConfig
    from .engines.worker import extract_loaded, time_limit

    settings = settings or ServeSettings()
    extractor = extractor or Extractor(ExtractorConfig(model=settings.model, max_bytes=settings.max_bytes))
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xfacts-extract")

    def record(kind: str, message: str, id: str = "", source: dict | None = None) -> dict:
        return {"id": id, "source": source or {"path": None}, "error": {"kind": kind, "message": message}}

    def problem(status: int, kind: str, message: str) -> Response:
        return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status)

    def extract_tasks(tasks: list[inputs.Task], deadline: float, max_bytes: int) -> list[tuple[str, str | None]]:
        """(JSON line, error kind or None) for each task, in order: run on the extraction thread."""
        out = []
        for task in tasks:
            left = deadline - time.monotonic()
            try:
                if left <= 0:
                    raise errors.ExtractionTimeout(
                        f"{task.what} was not extracted: the request's {settings.timeout:g} s were used up")
                with time_limit(left, task.what):
                    loaded = inputs.load(task, max_bytes=max_bytes)
                    article, _ = extract_loaded(extractor, task, loaded)
                out.append((dumps(article), None))
            except errors.ExtractorError as e:
                out.append((dumps(ErrorRecord(**record(e.kind, e.message, task.id, task.source))), e.kind))
            except Exception as e:  # noqa: BLE001 - a bug costs this input, never the server
                out.append((dumps(ErrorRecord(**record("internal", f"{type(e).__name__}: {e}", task.id,
                                                       task.source))), "internal"))
        return out

    async def run_tasks(tasks: list[inputs.Task]) -> list[tuple[str, str | None]]:
        deadline = time.monotonic() + settings.timeout
        future = asyncio.get_running_loop().run_in_executor(pool, extract_tasks, tasks, deadline, settings.max_bytes)
        # the time limit inside stops Python code; a call stuck in C code is answered here all the same
        try:
            return await asyncio.wait_for(asyncio.shield(future), settings.timeout + 5)
        except asyncio.TimeoutError:
            message = f"extraction took longer than {settings.timeout:g} s"
            return [(dumps(ErrorRecord(**record("timeout", message, t.id, t.source))), "timeout") for t in tasks]

    app = FastAPI(
        title="xfacts", version=__version__,
        description="Chinese press releases -> structured facts (claims, honours, actions, metadata), each with "
                    "the character span it was read from. The Article format is the contract in docs/contract.md.",
    )
    app.add_middleware(_BodyLimit, limit=settings.max_body)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return problem(400, "usage", f"the request is not well formed: {where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        kind = {413: "too_large", 404: "usage", 405: "usage"}.get(exc.status_code, "usage")
        return problem(exc.status_code, kind, str(exc.detail))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        return problem(500, "internal", f"{type(exc).__name__}: {exc} (a bug; please report it with the input)")

    error_responses = {
        400: {"model": Problem, "description": "the request is not well formed"},
        413: {"model": ErrorRecord, "description": "the body or the article is too large"},
        422: {"model": ErrorRecord, "description": "the input cannot be extracted: empty, binary, undecodable, "
                                                   "no Chinese text, unreadable, or over the time limit"},
    }

    @app.get("/health")
    async def health() -> dict:
        return {"status": "ok", "version": __version__, "ruleset": extractor.ruleset, "model": settings.model}

    @app.post(
        "/extract", responses={200: {"model": Article, "description": "the Article"}, **error_responses},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}, "id": {"type": "string"}}}},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        }}},
    )
    async def extract(request: Request, id: str | None = None, format: str = "auto") -> Response:
        """One article: JSON text, an uploaded file, or the article's bytes as the body."""
        if format not in ("auto", "text", "html", "jsonl"):
            return problem(400, "usage", f"format must be auto, text, html or jsonl, not {format!r}")
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        path = None
        if content_type == "application/json":
            try:
                body = ExtractRequest.model_validate_json(await request.body())
            except ValidationError as e:
                first = e.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "body"
                return problem(400, "usage", f'the JSON body must be {{"text": ..., "id": ...}}: {where}: {first["msg"]}')
            data, id, format = without_surrogates(body.text)[0].encode("utf-8"), body.id, "text"
        elif content_type == "multipart/form-data":
            form = await request.form()
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                return problem(400, "usage", "a multipart request needs a `file` field holding the article")
            data = await upload.read()
            path = Path(upload.filename or "").name or None
            stem, suffix_format, _ = inputs.split_suffix(path) if path else (None, None, False)
            given = form.get("id")
            id = given if isinstance(given, str) and given else stem
            format = suffix_format or format  # read by its name, as the command line reads a FILE
        else:
            data = await request.body()
        id = id or _hash_id(data)
        try:
            tasks = inputs.bytes_tasks(data, id, format, path, settings.max_bytes)
        except errors.InputError as e:  # a gzip body that cannot be opened, or opens too large
            return JSONResponse(record(e.kind, e.message, id, {"path": path}), status_code=_STATUS.get(e.kind, 422))
        if len(tasks) != 1:
            return problem(400, "usage", f"the body holds {len(tasks)} articles (JSON lines): post them to /batch")
        ((line, kind),) = await run_tasks(tasks)
        if kind is None:
            return Response(line, media_type="application/json")
        return Response(line, media_type="application/json",
                        status_code=500 if kind == "internal" else _STATUS.get(kind, 422))

    @app.post("/batch", responses={200: {"description": "an Article or an error record per item, in order",
                                         "content": {"application/json": {"schema": {
                                             "type": "array", "items": {"anyOf": [
                                                 {"$ref": "#/components/schemas/Article"},
                                                 {"$ref": "#/components/schemas/ErrorRecord"}]}}}}},
                                   400: error_responses[400], 413: error_responses[413]})
    async def batch(items: list[ExtractRequest | str]) -> Response:
        """Several articles as text: each gets its line, an Article or an error record (errors are data)."""
        tasks = []
        for item in items:
            text, given = (item, None) if isinstance(item, str) else (item.text, item.id)
            # JSON may spell a lone surrogate ("\\ud800"), which UTF-8 cannot hold: U+FFFD instead,
            # which the extractor counts as a replaced character
            data = without_surrogates(text)[0].encode("utf-8")
            tasks += inputs.bytes_tasks(data, given or _hash_id(data), "text", None, settings.max_bytes)
        lines = await run_tasks(tasks)
        return Response("[" + ",".join(line for line, _ in lines) + "]", media_type="application/json")

    return app


def _hash_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


class _BodyLimit:
    """Refuse a request body over `limit` bytes with 413, by its Content-Length before reading it, and
    while reading one sent in chunks; the rest of it is read and dropped so the client hears why."""

    class _TooLarge(Exception):
        pass

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send, receive, int(declared))
            return
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise self._TooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except self._TooLarge:
            if not started:
                await self._refuse(send, receive, received)

    async def _refuse(self, send, receive, size: int) -> None:
        # the server stops reading once the response is sent, and a client still sending would see
        # the connection reset instead of the answer: the body is read and dropped first (up to a bound)
        drained = 0
        while drained < _DRAIN_LIMIT:
            message = await receive()
            if message["type"] != "http.request":
                break
            drained += len(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = json.dumps({"error": {"kind": "too_large", "message":
                                     f"the request body is over the {self.limit:,}-byte limit (--max-body)"}}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
