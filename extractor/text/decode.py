"""Stage 0, decode: bytes -> text, and which encoding they were in.

A spaCy `Doc` starts from text, so this stage runs before the pipeline (in `pipeline.Extractor`).
UTF-8 (with or without BOM) is tried strictly first: it is by far the most common and a strict
decode never mistakes another encoding for it. Anything else goes to charset-normalizer, restricted
to the encodings Chinese archives actually use, so that short GBK or Big5 files are not read as
Latin-1 or Cyrillic.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..contract import errors

_CANDIDATES = ["gb18030", "big5", "utf_16", "utf_8"]
_CJK = re.compile(r"[\u3400-\u9fff]")
# control characters other than \t \n \r \f: text has (almost) none, binary formats are full of them
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, what: str = "input") -> Decoded:
    """Decode an article's bytes; raise an `InputError` subclass when they are not Chinese text."""
    if not data.strip():
        raise errors.EMPTY(what)
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig"), what)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(Decoded(data.decode("utf-16"), "utf-16"), what)
    sample = data[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise errors.BINARY(what, "it contains NUL or control bytes")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), what)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise errors.UNDECODABLE(what)
    encoding = best.encoding.replace("_", "-")
    if encoding == "gb2312" or encoding == "gbk":
        encoding = "gb18030"  # a superset: decoding as it never loses a character
    return _checked(Decoded(data.decode(encoding, errors="replace"), encoding), what)


def _checked(decoded: Decoded, what: str) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise errors.EMPTY(what)
    if not _CJK.search(text):
        raise errors.NO_CHINESE(what)
    if text.count("\ufffd") > max(16, len(text) // 100):
        raise errors.UNDECODABLE(what)
    return decoded
