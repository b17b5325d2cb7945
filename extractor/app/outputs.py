"""Outputs, for every command: files written whole or not at all, folders checked before the work,
and names made safe to show on a terminal.

A file is written to a temporary name beside it and renamed over it once complete, so a full disk,
a quota or a kill leaves either the old file or the new one, never a truncated one, and never a
stray temporary file. Failures are `errors.OutputFault` (kind `output`), whose message names the
path and the system's reason; the commands print it as one `error[output]` line and exit 2.
"""
from __future__ import annotations

import os
import re
import tempfile

from ..contract import errors


def write_whole(path: str | os.PathLike, text: str | bytes) -> None:
    """Write `text` (a str as UTF-8, bytes as they are) to `path` through a temporary file in the same
    folder; raise `OutputFault`, with nothing left behind, when it cannot be written."""
    path = os.fspath(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    folder = os.path.dirname(path) or os.curdir
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        os.fchmod(fd, _MODE)  # mkstemp makes it private; the file is an ordinary output
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise errors.OUTPUT(printable(path), reason(e)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _file_mode()  # what open() would give a new file


def writable_folder(path: str | os.PathLike, create: bool = True) -> None:
    """Make sure files can be created in folder `path` (made first where `create`), before any
    work is done: raise `OutputFault` otherwise. A probe file is created and removed, since
    permissions say nothing to root and nothing about a read-only mount."""
    path = os.fspath(path)
    if os.path.exists(path) and not os.path.isdir(path):
        raise errors.OUTPUT(printable(path), "it is a file, not a folder")
    try:
        if create:
            os.makedirs(path, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path, prefix=".", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise errors.OUTPUT(printable(path), reason(e)) from None


def reason(e: OSError) -> str:
    return e.strerror or str(e) or type(e).__name__


# control characters (C0, DEL, C1: a name holding ESC can move the cursor, recolour or retitle a
# terminal), bidirectional overrides (they reorder what is shown), lone surrogates (bytes of a
# name that is not UTF-8), and line and paragraph separators
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` safe to print on one terminal line: each unsafe character written as an escape
    (`\\x1b`, `\\u202e`; a byte of a name that is not UTF-8 as `\\xNN`)."""
    return _UNSAFE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    c = ord(m.group())
    if 0xDC80 <= c <= 0xDCFF:  # Python's escape for a byte that is not UTF-8
        return f"\\x{c - 0xDC00:02x}"
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
