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

The stages' prefilters read what a pattern's matches must hold from its parsed form, at load time:
`first_chars` (what a match may open with), `words_of` (words one of which every match holds),
`opens_text`.
"""
from __future__ import annotations

import atexit
import os
import marshal
import re
import sys
import tempfile
from pathlib import Path
from re import _constants as _sre_ops  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
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


# -- what a pattern's matches hold, read by Python's own regex parser --------------------------
# (load-time readings for the stages' prefilters: each is a sound over-approximation, tested
# against the patterns' own matches in tests/test_clean_words.py and tests/test_honors_anchored.py)

def _listed_chars(op: Any, av: Any) -> set[str] | None:
    """The characters an item matches where it is a literal or a class of listed characters (none
    negated); else None."""
    if op is _sre_ops.LITERAL:
        return {chr(av)}
    if op is _sre_ops.IN and all(kind is _sre_ops.LITERAL for kind, _ in av):
        return {chr(c) for _, c in av}
    return None


def opens_text(pattern: re.Pattern) -> bool:
    """Whether `pattern` opens with `^` (not multiline): a search matches where the text starts or
    nowhere."""
    parsed = list(_sre_parser.parse(pattern.pattern, pattern.flags))
    return not pattern.flags & re.MULTILINE and bool(parsed) and parsed[0][0] is _sre_ops.AT and (
        parsed[0][1] in (_sre_ops.AT_BEGINNING, _sre_ops.AT_BEGINNING_STRING))


def first_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters a match of `pattern` may open with, read by Python's own regex parser; None
    where this reading cannot say (a class of ranges or categories, a lookaround, a match that may
    be empty, case folded): a sound over-approximation, never a character a match may open with
    left out. A `^` (not multiline) is passed over: it holds where such a match may start at all."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    found, may_be_empty = _first_chars_of(list(_sre_parser.parse(pattern.pattern, pattern.flags)))
    return None if found is None or may_be_empty else frozenset(found)


def _first_chars_of(items: list[Any]) -> tuple[set[str] | None, bool]:
    """What a match of the sequence `items` may open with, and whether it may be empty."""
    found: set[str] = set()
    for op, av in items:
        if op is _sre_ops.AT and av in (_sre_ops.AT_BEGINNING, _sre_ops.AT_BEGINNING_STRING):
            continue  # zero width, where a match must start anyway
        item, may_be_empty = _first_chars_of_item(op, av)
        if item is None:
            return None, False
        found |= item
        if not may_be_empty:
            return found, False
    return found, True


def _first_chars_of_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    listed = _listed_chars(op, av)
    if listed is not None:
        return listed, False
    if op is _sre_ops.SUBPATTERN:
        return _first_chars_of(list(av[-1]))
    if op is _sre_ops.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in av[1]:
            found, may_be_empty = _first_chars_of(list(branch))
            if found is None:
                return None, False
            union |= found
            empty = empty or may_be_empty
        return union, empty
    if op in (_sre_ops.MAX_REPEAT, _sre_ops.MIN_REPEAT, _sre_ops.POSSESSIVE_REPEAT):
        low, _, item = av
        found, may_be_empty = _first_chars_of(list(item))
        return found, may_be_empty or low == 0
    return None, False  # anchors, classes of ranges or categories, lookarounds, anything else


def words_of(pattern: re.Pattern) -> frozenset[str] | None:
    """Words one of which every match of `pattern` contains, or None where the pattern (as far as
    this reading goes) needs none: a sound over-approximation, never a word a match may lack."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _words_of_sequence(list(_sre_parser.parse(pattern.pattern, pattern.flags)))


def _words_of_sequence(items: list[Any]) -> frozenset[str] | None:
    """A sequence's match holds a match of each of its items: the best item's words serve. Items
    that match exactly one of a few strings (a literal, a class of listed characters, an alternation
    of words, an anchor: "") are joined with their neighbours of that kind, so that `(记者|编辑)[ :]`
    gives 记者 , 编辑: ..., not the space and colon of prose (every line with one was a candidate)."""
    options: list[frozenset[str]] = []
    run: set[str] = {""}  # the strings the exact items read so far may match, one of which the match holds
    for op, av in [*items, (None, None)]:
        exact = _exact_strings(op, av) if op is not None else None
        if exact is not None:
            joined = {a + b for a in run for b in exact}
            if len(joined) <= _MAX_JOINED:
                run = joined
                continue
        if "" not in run:
            options.append(frozenset(run))
        run = {""} if exact is None else set(exact)  # a string too many: this item starts a new run
        words = _words_of_item(op, av) if op is not None and exact is None else None
        if words is not None:
            options.append(words)
    if not options:
        return None
    # the longest shortest word, then the fewest: the rarest to stand in a line of prose
    return max(map(_minimal, options), key=lambda ws: (min(map(len, ws)), -len(ws)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings that hold none of the others (a match holding 热线: holds 热线)."""
    return frozenset(a for a in strings if not any(b != a and b in a for b in strings))


_MAX_JOINED = 64  # strings a run of exact items may stand for (each becomes a word of the automaton)
# what matches no character: an anchor, a lookaround
_ZERO_WIDTH = (_sre_ops.AT, _sre_ops.ASSERT, _sre_ops.ASSERT_NOT)


def _exact_strings(op: Any, av: Any) -> set[str] | None:
    """The strings an item's match is always one of, where they are few; else None."""
    listed = _listed_chars(op, av)
    if listed is not None:
        return listed
    if op in _ZERO_WIDTH:
        return {""}
    if op is _sre_ops.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # (?i:...): a case the strings do not list
            return None
        return _exact_sequence(list(av[-1]))
    if op is _sre_ops.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _exact_sequence(list(branch))
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _MAX_JOINED else None
    if op in (_sre_ops.MAX_REPEAT, _sre_ops.MIN_REPEAT, _sre_ops.POSSESSIVE_REPEAT):
        low, high, item = av
        if high == 1:  # x or x? : once, or not at all
            strings = _exact_sequence(list(item))
            return None if strings is None else strings | {""} if low == 0 else strings
    return None


def _exact_sequence(items: list[Any]) -> set[str] | None:
    run: set[str] = {""}
    for op, av in items:
        exact = _exact_strings(op, av)
        if exact is None:
            return None
        run = {a + b for a in run for b in exact}
        if len(run) > _MAX_JOINED:
            return None
    return run


def _words_of_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre_ops.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None
        return _words_of_sequence(list(av[-1]))
    if op is _sre_ops.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _words_of_sequence(list(branch))
            if words is None:
                return None  # a branch that needs no word: the alternation needs none
            union |= words
        return frozenset(union)
    if op in (_sre_ops.MAX_REPEAT, _sre_ops.MIN_REPEAT, _sre_ops.POSSESSIVE_REPEAT):
        low, _, item = av
        return _words_of_sequence(list(item)) if low >= 1 else None
    return None  # anchors, classes of ranges or categories, lookarounds, anything else: no word
