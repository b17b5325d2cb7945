"""Stage: metadata. Title, outlet (来源), publication time, dateline (…讯/…电), reporters,
correspondents, editors, and the main reporting body.

Header lines are the lines before the first body paragraph (a paragraph with a full sentence);
publication times are read there and on labelled lines (发布时间, 更新时间) near the top. Names in
bylines are 2-4 characters followed by a separator, so a clause after a byline (记者段佳琪 周弦
莫道桑榆晚,…) is not taken for a name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..text import regex
from . import doc as d
from .doc import EntityMention, MetaFacts, RemovedSpan

_CJK = "\u4e00-\u9fff"
_NAME = rf"[{_CJK}]{{2,4}}(?=[\s,，、)）|丨/]|$|通讯员|实习生|报道|摄|文|责任|审核)"
_NAME_RE = regex.compile(_NAME)
_ANY_CJK = regex.compile(f"[{_CJK}]")
_DATETIME = [
    (regex.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*(?:星期.)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"), "ymd"),
    (regex.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"), "dmy"),
]
_OUTLET = regex.compile(r"(?:^|[\s|丨])(?:信息)?来源[:：\s]\s*([^\s|丨,，:：]{2,20})", re.M)
_DATELINE = regex.compile(rf"[·•\s]*(本报讯|[^\s，,。·“”]{{2,24}}?\d{{1,2}}月\d{{1,2}}日(?:讯|电)|[^\s，,。·“”]{{2,14}}?(?:讯|电))(?=[\s(（]|[{_CJK}])")


class _Patterns(NamedTuple):
    time_label: re.Pattern
    roles: dict[str, re.Pattern]
    role_words: frozenset[str]
    outlets: re.Pattern
    bare_time_labels: frozenset[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    def words(kind: str) -> str:
        return lexicon.alternation(lexicon.by_kind("metadata.labels", kind))

    labels = lexicon.rows("metadata.labels")
    name = f"(?:{_NAME}[\\s、]*)+"
    return _Patterns(
        time_label=regex.compile(rf"{words('time_label')}|(?:{words('time_label_colon')})[:：]"),
        roles={
            "reporters": regex.compile(rf"(?:{words('reporter')})[:：\s]*({name})"),
            "correspondents": regex.compile(rf"(?:{words('correspondent')})[:：\s]*({name})"),
            "editors": regex.compile(rf"(?:{words('editor')})[丨|:：\s]*(?:{words('editor_post')})?\s*((?:{_NAME}[ 、]*)+)"),
        },
        role_words=frozenset(r["word"] for r in labels if r["kind"] in
                             ("reporter", "correspondent", "editor", "editor_post", "byline_word")),
        outlets=regex.compile(words("outlet_word")),
        bare_time_labels=frozenset(lexicon.by_kind("metadata.labels", "time_label")),
    )


def find_meta(norm: str, paragraphs, body_start: int, removed: list[RemovedSpan],
              entities: list[EntityMention]) -> MetaFacts:
    facts: dict = {}
    body = bool(paragraphs)
    header_end = body_start if body else len(norm)
    lines = _lines(norm)
    header = [(a, b) for a, b in lines if b <= header_end]
    removed_at = {(r.start, r.end) for r in removed}
    facts["title"] = _title(norm, header, removed, removed_at)
    top = [(a, b) for a, b in lines[:25]]
    facts["published_at"] = _published(norm, header, top)
    m = _OUTLET.search(norm, 0, min(len(norm), max(header_end, lines[min(len(lines), 25) - 1][1] if lines else 0)))
    if m:
        facts["outlet"] = (m.start(1), m.end(1))
    if body:
        for p_start, p_end in paragraphs[:3]:
            found = _DATELINE.match(norm, p_start, p_end)
            if found and p_start >= header_end:
                facts["dateline"] = (found.start(1), found.end(1))
                break
    patterns = _patterns()
    for role, pattern in patterns.roles.items():
        spans = []
        for m in pattern.finditer(norm):
            for n in _NAME_RE.finditer(m.group(1)):
                if n.group(0) in patterns.role_words:
                    break  # 记者 王亮家 通讯员 夏晓飞: the next role starts
                start = m.start(1) + n.start()
                spans.append((start, start + len(n.group(0))))
        seen, unique = set(), []
        for s in spans:
            if norm[s[0]:s[1]] not in seen:
                seen.add(norm[s[0]:s[1]])
                unique.append(s)
        facts[role] = tuple(unique)
    facts["organization"] = _organization(norm, entities, header_end, facts)
    return MetaFacts(**facts)


def _lines(norm: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in norm.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _title(norm, header, removed, removed_at):
    for a, b in header:
        text = norm[a:b].strip()
        if not _ANY_CJK.search(text) or len(text) > 60 or text.endswith("。"):
            continue
        if any(r.start <= a + 1 and r.end >= b - 1 for r in removed) or any(r.start < b and r.end > a and r.kind in ("header", "byline", "navigation", "share") for r in removed):
            continue
        if any(p.search(text) for p, _ in _DATETIME) or _OUTLET.search(text):
            continue
        lead = len(norm[a:b]) - len(norm[a:b].lstrip())
        return a + lead, a + lead + len(text)
    return None


def _published(norm, header, top) -> str | None:
    # labelled lines (发布时间: …) first, then the header's other lines
    labelled = [ab for ab in top if _patterns().time_label.search(norm[ab[0]:ab[1]])]
    for a, b in labelled + [ab for ab in header if ab not in labelled]:
        stop = b
        # a label on its own line (更新时间\n2006-02-27): read the next line too
        nxt = norm.find("\n", b + 1)
        if _patterns().time_label.search(norm[a:b]) or norm[a:b].strip() in _patterns().bare_time_labels:
            stop = nxt if nxt > 0 else len(norm)
        for pattern, order in _DATETIME:
            m = pattern.search(norm, a, stop)
            if m:
                iso = _iso(m, order)
                if iso:
                    return iso
    return None


def _iso(m: re.Match, order: str) -> str | None:
    g = m.groups()
    y, mo, d = (g[0], g[1], g[2]) if order == "ymd" else (g[2], g[1], g[0])
    y, mo, d = int(y), int(mo), int(d)
    if not (1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    if g[3] is None:
        return date
    return f"{date}T{int(g[3]):02d}:{int(g[4]):02d}:{int(g[5] or 0):02d}"


def _organization(norm, entities, header_end, facts: dict):
    byline_names = {norm[a:b] for role in ("reporters", "correspondents", "editors") for a, b in facts[role]}
    dateline_end = facts["dateline"][1] if facts.get("dateline") else header_end
    for e in entities:
        if e.start < max(header_end, dateline_end) or e.label != "ORG":
            continue
        text = norm[e.start:e.end]
        if _patterns().outlets.search(text) or text in byline_names or norm[max(0, e.start - 1)] in "(（":
            continue
        return e.start, e.end
    for e in entities:
        if e.start >= header_end and e.label == "GPE":
            return e.start, e.end
    return None


class MetadataFinder:
    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_metadata"
        ext.xf_meta = find_meta(norm, d.required(ext, "xf_paragraphs", stage), d.required(ext, "xf_body_start", stage),
                                d.removed(ext, stage), d.entities(ext, stage))
        return doc
