"""Compiled regular expressions that outlive the process: the rules' patterns, compiled once.

The rules build a few hundred patterns from their lexicons (alternations of hundreds of words,
classes of every CJK character), and Python compiles each anew in every process: on this machine
that is the largest part of a cold start after importing spaCy. `compile` keeps what Python's
compiler produces for a pattern (its opcode list, group counts and names) in a cache file, and
builds the pattern object straight from it in the next process (`_sre.compile`, the last step of
`re.compile`), so only what is new is compiled.

The cache is plain data, keyed by the exact Python build (its opcodes change between versions) and
by the pattern's source and flags; anything unexpected in it (another Python, a damaged file) is
ignored and the pattern compiled as usual. It lives in `$XF_CACHE_DIR` (default
`~/.cache/xfacts`); `XF_CACHE_DIR=off` turns it off. It is written at exit, whole or not at all.
"""
from __future__ import annotations

import atexit
import os
import marshal
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's regex engine, which `re` itself calls
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

_KEY = f"{sys.implementation.name}-{sys.hexversion}-{getattr(_sre, 'MAGIC', 0)}"
_entries: dict[tuple[str, int], tuple] | None = None
_used: set[tuple[str, int]] = set()  # what this process compiled: the cache keeps these, no more
_new = 0


def _cache_file() -> Path | None:
    where = os.environ.get("XF_CACHE_DIR", "")
    if where.lower() in ("off", "none", "0"):
        return None
    folder = Path(where) if where else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "xfacts"
    return folder / f"regex-{_KEY}.marshal"


def _load() -> dict[tuple[str, int], tuple]:
    global _entries
    if _entries is None:
        _entries = {}
        path = _cache_file()
        if path is not None and _sre is not None:
            try:
                with open(path, "rb") as fh:
                    data = marshal.load(fh)  # plain data: marshal cannot run code, as pickle could
                if isinstance(data, dict) and data.get("key") == _KEY:
                    _entries = data["patterns"]
            except (OSError, EOFError, KeyError, TypeError, ValueError):
                pass
        atexit.register(_save)
    return _entries


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the cache where it holds the pattern."""
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    entries = _load()
    _used.add((pattern, flags))
    entry = entries.get((pattern, flags))
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):  # not what this Python's engine takes
            del entries[(pattern, flags)]
    entry = _compiled(pattern, flags)
    global _new
    entries[(pattern, flags)] = entry
    _new += 1
    return _sre.compile(pattern, *entry)


def _compiled(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern (the same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints and strings only: the cache is marshalled (RegexFlag and the parser's dict types are not)
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def _save() -> None:
    path = _cache_file()
    if not _new or path is None or _entries is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                kept = {k: v for k, v in _entries.items() if k in _used}  # patterns no rule uses any more go
                marshal.dump({"key": _KEY, "patterns": kept}, fh)
            os.replace(tmp, path)  # whole or not at all
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass  # a cache that cannot be written costs the next process its compile time, nothing more


def starts(words) -> str:
    """`(?=[...])`: a lookahead for the first characters of `words`, to put before their alternation.

    Python's engine tries an alternation's words one after the other wherever it is reached; the
    lookahead is one character-class test, so a pattern reached at most positions of a text (a word
    list after a one-character prefix, after a lazy run) fails there at once. It matches nothing the
    alternation would not: every word starts with one of these characters."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words if w}))) + "])"
