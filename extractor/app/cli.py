"""The command line: `python -m extractor FILE...`, plus `batch`, `eval` and `schema`.

Errors are one line on stderr (`error[KIND]: message`) and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from ..contract import errors

_SUBCOMMANDS = ("batch", "eval", "schema")

EPILOG = """\
exit status: 0 all inputs extracted; 1 some input could not be extracted (one line each on
stderr); 2 bad usage. For whole archives (directories, globs, parallel, resumable), use
`python -m extractor batch --help`; to score against gold files, `python -m extractor eval --help`.
"""


def _extract_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m extractor",
        description="Extract activity facts (claims, honours, programmes, entities, metadata) from Chinese "
                    "press releases as JSON Articles (contract: ../shared/spec/CONTRACT.md). One FILE prints "
                    "its Article on stdout; several need --out-dir.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("files", nargs="+", metavar="FILE", help="article text files (UTF-8, GBK/GB18030 or Big5), or - for stdin")
    ap.add_argument("--out-dir", metavar="DIR", help="write DIR/<stem>.json for each FILE instead of printing")
    ap.add_argument("--html", metavar="PATH", help="also write a self-contained review page (one FILE only)")
    ap.add_argument("--model", default="auto",
                    help="statistical NER: 'auto' (zh_core_web_sm if installed), 'none', or a spaCy pipeline "
                         "name or directory (default: auto)")
    ap.add_argument("--max-bytes", type=int, default=8_000_000, help="refuse larger inputs (default: 8000000)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per file (default: 120)")
    ap.add_argument("--compact", action="store_true", help="one-line JSON instead of indented")
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return ap


def _version() -> str:
    from ..pipeline import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in _SUBCOMMANDS:
            return _subcommand(argv[0], argv[1:])
        return _extract(_extract_parser().parse_args(argv))
    except errors.ExtractorError as e:
        print(str(e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; that is not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _subcommand(name: str, argv: list[str]) -> int:
    if name == "schema":
        ap = argparse.ArgumentParser(prog="python -m extractor schema",
                                     description="Print the JSON Schema of the Article (from the Pydantic models).")
        ap.parse_args(argv)
        from ..contract.schema import article_schema_json

        print(article_schema_json())
        return 0
    if name == "batch":
        from . import batch as module
    else:
        from . import evaluate as module
    ap = argparse.ArgumentParser(prog=f"python -m extractor {name}", formatter_class=argparse.RawDescriptionHelpFormatter)
    module.add_arguments(ap)
    return module.run(ap.parse_args(argv))


class _Timeout(Exception):
    pass


def _extract(args: argparse.Namespace) -> int:
    from ..contract.serialize import dumps
    from ..pipeline import Extractor, ExtractorConfig

    if len(args.files) > 1 and not args.out_dir:
        print("error[usage]: several FILEs need --out-dir DIR (or use `batch` for archives)", file=sys.stderr)
        return 2
    if args.html and len(args.files) > 1:
        print("error[usage]: --html takes one FILE; use `batch --html-dir DIR` for many", file=sys.stderr)
        return 2
    extractor = Extractor(ExtractorConfig(model=args.model, max_bytes=args.max_bytes))
    out_dir = Path(args.out_dir) if args.out_dir else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in args.files:
        try:
            article, text = _one(extractor, name, args.timeout)
        except errors.ExtractorError as e:
            print(str(e), file=sys.stderr)
            failed += 1
            continue
        except _Timeout:
            print(f"error[timeout]: {name} took over {args.timeout:g} s; it was skipped", file=sys.stderr)
            failed += 1
            continue
        except Exception as e:  # a bug must cost one file, one line: never the other files, never a traceback
            print(f"error[internal]: {name}: {type(e).__name__}: {e} (a bug; please report it with the file)",
                  file=sys.stderr)
            failed += 1
            continue
        payload = dumps(article, indent=None if args.compact else 2)
        if out_dir:
            (out_dir / f"{article.id}.json").write_text(payload + "\n", encoding="utf-8")
        else:
            sys.stdout.write(payload + "\n")
        if args.html:
            from .review.page import write_page

            write_page(article, text, args.html)
    return 1 if failed else 0


def _one(extractor, name: str, timeout: float):
    def on_alarm(signum, frame):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            article = extractor.extract_bytes(data, id=_stdin_id(data), path=None)
        else:
            path = Path(name)
            if path.is_dir():
                raise errors.UNREADABLE(name, "it is a directory (use `python -m extractor batch DIR`)")
            article = extractor.extract_file(path)
        text = _original_text(article, name)
        return article, text
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _stdin_id(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()[:12]


def _original_text(article, name: str) -> str | None:
    """The decoded text the spans index into (for the review page)."""
    if name == "-":
        return None
    from ..text.decode import decode

    text = decode(Path(name).read_bytes(), name).text
    return text.replace("\r\n", "\n").replace("\r", "\n")
