"""Stage 0, decode: bytes -> text, and which encoding they were in. The one decoder: text files and
web pages both come through here.

A spaCy `Doc` starts from text, so this stage runs before the pipeline (in `pipeline.Extractor`, and
for web pages in `app.inputs` before the main text is taken out of the page). A byte-order mark is
believed first; a web page's own `<meta charset>` next; then UTF-8 strictly, because it is by far
the most common and a strict decode never mistakes another encoding for it. Anything else goes to
charset-normalizer, restricted to the encodings Chinese archives actually use, so that short GBK or
Big5 files are not read as Latin-1 or Cyrillic.

Whatever the bytes, the result is text that UTF-8 can hold: a codec that yields lone surrogates
(UTF-7, a page declaring an escape codec) has them replaced with U+FFFD, counted in `replaced`, like
bytes no codec could read. Only `InputError`s are raised.

An article must be Chinese text (`NO_CHINESE`, `BINARY`, `UNDECODABLE` otherwise); a page is only
checked for being text at all, since the checks that matter apply to the main text found in it.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..contract import errors
from . import regex

_CANDIDATES = ["gb18030", "big5", "utf_16", "utf_8"]
_CJK = regex.compile(r"[\u3400-\u9fff]")
# control characters other than \t \n \r \f: text has (almost) none, binary formats are full of them
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# names a page may declare or a detector may report, and the codec that reads them without loss:
# GB18030 is a superset of GB2312 and GBK, so decoding as it never loses a character
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
            "big5-hkscs": "big5hkscs", "utf8": "utf-8", "utf-8": "utf-8"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str

    @property
    def replaced(self) -> int:
        """How many characters could not be decoded and were replaced with U+FFFD."""
        return self.text.count("\ufffd")


def decode(data: bytes, what: str = "input", *, html: bool = False) -> Decoded:
    """Decode an article's bytes (`html=True`: a web page's); raise an `InputError` subclass when
    they are not Chinese text (a page: not text at all)."""
    if not data.strip():
        raise errors.EMPTY(what)
    check = _page_checked if html else _checked
    if data.startswith(b"\xef\xbb\xbf"):
        return check(_decoded(data[3:], "utf-8", "utf-8-sig"), what)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16, whose BOM begins it
        return check(_not_binary(_decoded(data, "utf-32"), what), what)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # an odd length or a lone surrogate in UTF-16 is a few replaced characters, not a failure
        return check(_not_binary(_decoded(data, "utf-16"), what), what)
    sample = data[:65536]
    if b"\x00" in sample or (not html and _control_count(sample) > max(8, len(sample) // 200)):
        raise errors.BINARY(what, "it contains NUL or control bytes")
    candidates = [declared_charset(data)] if html else []
    for encoding in [*filter(None, candidates), "utf-8"]:
        try:
            return check(_decoded(data, encoding, strict=True), what)
        except (LookupError, UnicodeError, ValueError, TypeError):  # what a declared codec may raise
            continue
    from charset_normalizer import from_bytes  # only for bytes that are not UTF-8: most inputs never need it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise errors.UNDECODABLE(what)
    encoding = _codec(best.encoding)
    return check(_decoded(data, encoding), what)


def _control_count(sample: bytes) -> int:
    """How many bytes of `sample` are control characters (`_CONTROL_BYTES`): what deleting them takes
    away, counted in C (a pattern's findall tried every byte and made a list: 16 us an article)."""
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


_SURROGATE = regex.compile("[\ud800-\udfff]")


def _decoded(data: bytes, codec: str, name: str | None = None, strict: bool = False) -> Decoded:
    """`data` decoded (bad bytes replaced with U+FFFD unless `strict`), lone surrogates replaced too."""
    text = data.decode(codec, errors="strict" if strict else "replace")
    if not isinstance(text, str):  # a bytes-to-bytes codec named in a page
        raise LookupError(codec)
    # Python's UTF-8 decoder never yields a surrogate: it refuses their bytes (ED A0 80 ...), or
    # replaces them. Most inputs are read as UTF-8: nothing to look for (12 us an article)
    if not text.isascii() and codecs.lookup(codec).name != "utf-8":
        text = _SURROGATE.sub("\ufffd", text)
    return Decoded(text, name or codec)


_CONTROL_TEXT = regex.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _not_binary(decoded: Decoded, what: str) -> Decoded:
    """A byte-order mark says which encoding, not that what follows is text: the decoded text is
    checked for NULs and control characters as undecoded bytes are."""
    sample = decoded.text[:65536]
    if "\x00" in sample or len(_CONTROL_TEXT.findall(sample)) > max(8, len(sample) // 200):
        raise errors.BINARY(what, "it contains NUL or control characters")
    return decoded


def declared_charset(page: bytes) -> str | None:
    """The charset a web page declares in its first 8 KB (`<meta charset>`), as a codec name; None
    where it names no character encoding Python has (`x-unknown`, or a codec like `rot13`,
    `unicode_escape` or `idna` that is no way to store a page)."""
    found = _META_CHARSET.search(page[:8192])
    if not found:
        return None
    name = _codec(found.group(1).decode("ascii"))
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_ENCODINGS:
        return None
    return name


# text codecs Python has that no page is stored in: escapes, domain names, and UTF-7 (whose
# surrogates and '+' sequences make a page declaring it a trap, as browsers decided)
_NOT_PAGE_ENCODINGS = frozenset({"unicode-escape", "raw-unicode-escape", "unicode_escape", "raw_unicode_escape",
                                 "idna", "punycode", "utf-7", "undefined"})


def _codec(name: str) -> str:
    name = name.lower().replace("_", "-")
    return _ALIASES.get(name, name)


def _checked(decoded: Decoded, what: str) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise errors.EMPTY(what)
    if not _CJK.search(text):
        raise errors.NO_CHINESE(what)
    if decoded.replaced > max(16, len(text) // 100):
        raise errors.UNDECODABLE(what)
    return decoded


def _page_checked(decoded: Decoded, what: str) -> Decoded:
    if not decoded.text.strip():
        raise errors.EMPTY(what)
    return decoded
