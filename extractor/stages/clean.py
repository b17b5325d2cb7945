"""Stage: clean. Page furniture and junk are found and recorded, never deleted.

The text is left whole (every offset must keep pointing into the original); junk lines and
injected spam fragments are recorded on `doc._.xf_removed`, and the kept lines become the
paragraphs (`doc._.xf_paragraphs`) and sentences (`doc._.xf_sentences`) the later stages read.
Markers are data: `clean.markers.tsv`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..text import regex
from . import doc as d
from .doc import RemovedSpan


@dataclass(frozen=True)
class _Marker:
    pattern: re.Pattern
    kind: str
    max_len: int
    scope: str
    rule: str


@lru_cache(maxsize=1)
def _markers() -> tuple[_Marker, ...]:
    return tuple(
        _Marker(regex.compile(r["pattern"]), r["kind"], int(r["max_len"] or 0), r["scope"], r["rule"])
        for r in lexicon.rows("clean.markers")
    )


_SEPARATORS = "-_|—,，。 \t"
_SENTENCE_END = regex.compile(r"[。!?！？;；]+[”’」』)]?|\n")
_CJK = regex.compile(r"[\u3400-\u9fff]")
_PROSE_MARK = regex.compile("[。,，]")


def find_removed(norm: str) -> list[RemovedSpan]:
    removed: list[RemovedSpan] = []
    pos = 0
    for line in norm.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        hit = _classify(stripped)
        if hit is None:
            continue
        marker, m = hit
        if marker.scope == "fragment":
            cut = max(line.rfind(ch, 0, line.find(m.group(0))) for ch in _SEPARATORS)
            frag_start = start + (cut + 1 if cut >= 0 else 0)
            body_before = norm[start:frag_start]
            if len(_CJK.findall(body_before)) < 4:
                frag_start = start  # hardly any text before the spam: the whole line is junk
            removed.append(RemovedSpan(frag_start, end, marker.kind, marker.rule))
        else:
            removed.append(RemovedSpan(start + (len(line) - len(line.lstrip())), start + len(line.rstrip()),
                                       marker.kind, marker.rule))
    return removed


_Searches = tuple[tuple[re.Pattern, _Marker], ...]


@lru_cache(maxsize=1)
def _by_length() -> tuple[list[int], list[_Searches]]:
    """The markers that apply to a line, in table order, by its length: most lines are body prose,
    longer than every `max_len`, and only the markers without one are tried on them."""
    markers = _markers()
    limits = sorted({m.max_len for m in markers if m.max_len})
    buckets = [tuple((m.pattern, m) for m in markers if not m.max_len or m.max_len >= bound)
               for bound in [*limits, limits[-1] + 1 if limits else 1]]
    return limits, buckets


def _classify(line: str):
    limits, buckets = _by_length()
    for pattern, marker in buckets[bisect_left(limits, len(line))]:
        m = pattern.search(line)
        if m:
            return marker, m
    return None


def kept_paragraphs(norm: str, removed: list[RemovedSpan]) -> list[tuple[int, int]]:
    """Line spans with the removed parts cut away; empty and Chinese-less lines dropped."""
    cuts = sorted((r.start, r.end) for r in removed)
    paragraphs, pos, i = [], 0, 0
    for line in norm.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while i < len(cuts) and cuts[i][1] <= start:
            i += 1
        for cut_start, cut_end in cuts[i:]:
            if cut_start >= end:
                break
            if cut_start <= start:
                start = max(start, cut_end)
            else:
                end = min(end, cut_start)
        while start < end and norm[start].isspace():
            start += 1
        while end > start and norm[end - 1].isspace():
            end -= 1
        if end > start and _CJK.search(norm, start, end):
            paragraphs.append((start, end))
    return paragraphs


MAX_SENTENCE = 400  # longer runs are cut at a comma: it bounds every per-sentence scan downstream


def sentences(norm: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for p_start, p_end in paragraphs:
        start = p_start
        for m in _SENTENCE_END.finditer(norm, p_start, p_end):
            end = m.end()
            if end - start > MAX_SENTENCE:
                out.extend(_bounded(norm, start, end))
            elif end > start:
                out.append((start, end))
            start = end
        if start < p_end:
            out.extend(_bounded(norm, start, p_end))
    return out


# a forced cut never falls between two of these: it would split a figure (12|8场次) between sentences
_FIGURE = frozenset("0123456789.,%０１２３４５６７８９零〇一二两三四五六七八九十百千万亿")


def _bounded(norm: str, start: int, end: int):
    while end - start > MAX_SENTENCE:
        cut = max(norm.rfind(ch, start, start + MAX_SENTENCE) for ch in ",，、 ")
        if cut > start:
            cut += 1
        else:
            cut = start + MAX_SENTENCE
            while cut > start + MAX_SENTENCE // 2 and norm[cut - 1] in _FIGURE and norm[cut] in _FIGURE:
                cut -= 1
        yield start, cut
        start = cut
    if end > start:
        yield start, end


class Cleaner:
    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        removed = find_removed(norm)
        paragraphs = kept_paragraphs(norm, removed)
        ext.xf_removed = removed
        ext.xf_paragraphs = paragraphs
        ext.xf_sentences = sentences(norm, paragraphs)
        ext.xf_body_start = body_start(norm, paragraphs)
        return doc


def body_start(norm: str, paragraphs: list[tuple[int, int]]) -> int:
    """Where the body begins: the first paragraph that reads as prose (a sentence of 30+ characters).
    What comes before is the header: title, outlet, date lines."""
    for p_start, p_end in paragraphs:
        if len(_CJK.findall(norm, p_start, p_end)) >= 30 and _PROSE_MARK.search(norm, p_start, p_end):
            return p_start
    return paragraphs[0][0] if paragraphs else 0
