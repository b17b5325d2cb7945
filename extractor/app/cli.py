"""The command line: `xfacts FILE...` (the same as `python -m extractor FILE...`), plus `batch`,
`summary`, `export`, `serve`, `eval` and `schema`.

Every command reads its inputs through `inputs` and extracts them through `engines.worker`'s
`extract_loaded`, so a file gives the same Article whichever command reads it. Errors are one line
on stderr (`error[KIND]: message`) and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from ..contract import errors
from . import inputs, outputs

PROG = "xfacts"
_SUBCOMMANDS = {
    "batch": "batch",
    "summary": "summary",
    "export": "export",
    "serve": "serve",
    "eval": "evaluate",
}

DESCRIPTION = """\
Extract activity facts (claims, honours, programmes, entities, metadata) from Chinese press
releases as JSON Articles (the format: docs/contract.md, or `xfacts schema`). One FILE prints its
Article on stdout (a .jsonl FILE: one line per row); several need --out-dir.

FILE is a text file (UTF-8, GBK/GB18030 or Big5), a web page (.html/.htm: its main text, title,
time, outlet and editors), a .jsonl file (one article per row), any of them gzipped (.gz), or -
for standard input (its format is told from its bytes, or set with --format).
"""
EPILOG = """\
commands:
  xfacts FILE...                   this help: extract single files
  xfacts batch INPUT... --out F    whole archives: directories, globs, parallel, resumable
  xfacts summary RESULTS.jsonl     totals per metric and unit, honours per level, errors per kind
  xfacts export RESULTS.jsonl --to out.duckdb|out.parquet|out.csv
                                   tables articles, claims, honors, actions
  xfacts serve                     an HTTP service (POST /extract, POST /batch, GET /health)
  xfacts eval GOLD_DIR             score against gold files (format: docs/gold-format.md)
  xfacts schema                    the JSON Schema of the output
each has its own --help. `python -m extractor` is the same command as `xfacts`.

exit status: 0 all inputs extracted; 1 some input could not be extracted (one line each on
stderr; the other inputs are still written); 2 bad usage, or an output that cannot be written
(one error[output] line: a missing or read-only folder, a full disk).
"""


def _extract_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION, epilog=EPILOG,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", metavar="FILE",
                    help="article files (.txt, .html/.htm, .jsonl, optionally .gz), or - for standard input")
    ap.add_argument("--out-dir", metavar="DIR", help="write DIR/<id>.json for each article instead of printing")
    ap.add_argument("--html", metavar="PATH", help="also write a self-contained review page (one article only)")
    ap.add_argument("--format", choices=("auto", "text", "html", "jsonl"), default="auto",
                    help="how to read standard input (default: auto, told from its bytes); files are read "
                         "by their suffix")
    ap.add_argument("--text-field", default=inputs.DEFAULT_TEXT_FIELD, metavar="NAME",
                    help="the field of a .jsonl row that holds the article (default: text)")
    ap.add_argument("--id-field", default=inputs.DEFAULT_ID_FIELD, metavar="NAME",
                    help="the field of a .jsonl row that is its id, where present (default: id)")
    ap.add_argument("--model", default="auto",
                    help="statistical NER: 'auto' (zh_core_web_sm if installed), 'none', or a spaCy pipeline "
                         "name or directory (default: auto)")
    ap.add_argument("--max-bytes", type=int, default=inputs.DEFAULT_MAX_BYTES,
                    help=f"refuse larger inputs (default: {inputs.DEFAULT_MAX_BYTES})")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per article (default: 120)")
    ap.add_argument("--compact", action="store_true", help="one-line JSON instead of indented")
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return ap


def _version() -> str:
    from .. import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and (argv[0] in _SUBCOMMANDS or argv[0] == "schema"):
            return _subcommand(argv[0], argv[1:])
        return _extract(_extract_parser().parse_args(argv))
    except errors.OutputFault as e:
        say(str(e))
        return 2
    except errors.ExtractorError as e:
        say(str(e))
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; that is not an error of ours
        _quiet_stdout()
        return 141
    except OSError as e:  # standard output itself failed (a full disk, /dev/full)
        _quiet_stdout()
        say(str(errors.OUTPUT("standard output", outputs.reason(e))))
        return 2


def say(line: str) -> None:
    """One line on stderr, with whatever a file name brought in escaped (`outputs.printable`)."""
    print(outputs.printable(line), file=sys.stderr)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush at exit cannot fail again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _subcommand(name: str, argv: list[str]) -> int:
    if name == "schema":
        ap = argparse.ArgumentParser(prog=f"{PROG} schema",
                                     description="Print the JSON Schema of the Article (from the Pydantic models).")
        ap.parse_args(argv)
        from ..contract.schema import article_schema_json

        print(article_schema_json())
        return 0
    import importlib

    module = importlib.import_module(f".{_SUBCOMMANDS[name]}", __package__)
    ap = argparse.ArgumentParser(prog=f"{PROG} {name}", formatter_class=argparse.RawDescriptionHelpFormatter)
    if name == "eval":
        ap.description = EVAL_DESCRIPTION
    module.add_arguments(ap)
    return module.run(ap.parse_args(argv))


EVAL_DESCRIPTION = """\
Score the extractor against gold annotations: GOLD_DIR holds <id>.txt articles and <id>.gold.json
files (format: docs/gold-format.md; `corpus/` is such a folder). Prints a line per article with the
facts missed, spurious or mis-labelled, then precision/recall/F1 for claims and honours and the
qualifier, action and level accuracy.
"""


def _extract(args: argparse.Namespace) -> int:
    from ..contract.serialize import dumps
    from ..pipeline import Extractor, ExtractorConfig

    if len(args.files) > 1 and not args.out_dir:
        say("error[usage]: several FILEs need --out-dir DIR (or use `xfacts batch` for archives)")
        return 2
    if args.files.count("-") > 1:
        say("error[usage]: standard input (-) can be read once")
        return 2
    if args.html and len(args.files) > 1:
        say("error[usage]: --html takes one article; use `xfacts batch --html-dir DIR` for many")
        return 2
    # where the output cannot go, say so before reading or extracting anything
    if args.out_dir:
        outputs.writable_folder(args.out_dir)
    if args.html:
        outputs.writable_folder(os.path.dirname(args.html) or os.curdir)
    id_field = args.id_field or None
    failed = 0
    stdin_tasks: Iterable[inputs.Task] = []
    named = []
    for name in args.files:
        if name == "-":
            try:
                stdin_tasks = inputs.stdin_tasks(sys.stdin.buffer, args.format, args.max_bytes, id_field)
            except errors.InputError as e:  # gzip that will not open, or too large
                say(str(e))
                failed += 1
        elif Path(name).is_dir():
            say(str(errors.UNREADABLE(name, f"it is a directory (use `{PROG} batch {name}`)")))
            failed += 1
        else:
            named.append(name)
    discovery = inputs.discover(named)
    # a .jsonl input prints JSON Lines, one Article a row (read lazily: a dump may be large; standard
    # input too long for one article is such a dump, its rows a generator)
    stdin_rows = not isinstance(stdin_tasks, list) or any(t.format == "jsonl" for t in stdin_tasks)
    lines = any(f.format == "jsonl" for f in discovery.files) or stdin_rows
    if args.html and lines:
        say("error[usage]: --html takes one article, not a .jsonl file; use `xfacts batch --html-dir DIR`")
        return 2
    tasks = itertools.chain(inputs.tasks(discovery, args.max_bytes, id_field), stdin_tasks)
    extractor = Extractor(ExtractorConfig(model=args.model, max_bytes=args.max_bytes))
    out_dir = Path(args.out_dir) if args.out_dir else None
    taken: set[str] = set()  # file names written, case folded (some file systems ignore case)
    for task in tasks:
        extraction = _one(extractor, task, args)
        if extraction is None:
            failed += 1
            continue
        article, text = extraction
        payload = dumps(article, indent=None if (args.compact or lines) else 2)
        if out_dir:
            outputs.write_whole(out_dir / _file_name(article.id, taken), payload + "\n")
        else:
            sys.stdout.write(payload + "\n")
            sys.stdout.flush()  # a full disk is found here, at this article, not at exit
        if args.html:
            from .review.page import render_page

            outputs.write_whole(args.html, render_page(article, text))
    return 1 if failed else 0


def _one(extractor, task: inputs.Task, args: argparse.Namespace):
    """The Extraction of one task, or None after one line on stderr."""
    from .engines.worker import extract_loaded, time_limit

    try:
        with time_limit(args.timeout or None, task.what):
            loaded = inputs.load(task, args.text_field, args.max_bytes, args.id_field or None)
            return extract_loaded(extractor, task, loaded)
    except errors.ExtractorError as e:
        say(str(e))
    except Exception as e:  # a bug must cost one input, one line: never the others, never a traceback
        say(str(errors.INTERNAL(task.what, e)))
    return None


def _file_name(id: str, taken: set[str]) -> str:
    """`<id>.json`, where the id makes a plain file name (jsonl ids may hold ':' or '/'); never a
    name already written in this run, whatever its case (`X.txt` and `x.txt` on macOS or Windows)."""
    from .engines.worker import file_stem

    name, n = file_stem(id) + ".json", 1
    while name.casefold() in taken:
        n += 1
        name = file_stem(f"{id}#{n}") + ".json"
    taken.add(name.casefold())
    return name
