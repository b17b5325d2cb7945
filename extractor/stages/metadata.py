"""Stage: metadata. Title, outlet (来源), publication time, dateline (…讯/…电), reporters,
correspondents, editors, and the main reporting body.

Header lines are the lines before the first body paragraph (a paragraph with a full sentence);
publication times are read there and on labelled lines (发布时间, 更新时间) near the top. Names in
bylines are 2-4 characters followed by a separator, so a clause after a byline (记者段佳琪 周弦
莫道桑榆晚,…) is not taken for a name.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from . import doc as d
from .doc import EntityMention, MetaFacts, RemovedSpan

_CJK = "\u4e00-\u9fff"
_NAME = rf"[{_CJK}]{{2,4}}(?=[\s,，、)）|丨/]|$|通讯员|实习生|报道|摄|文|责任|审核)"
_NAME_RE = re.compile(_NAME)
_ANY_CJK = re.compile(f"[{_CJK}]")
_DATETIME = [
    (re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*(?:星期.)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"), "ymd"),
    (re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"), "dmy"),
]
_TIME_LABEL = re.compile(r"发布时间|更新时间|发布日期|时间[:：]|日期[:：]")
_OUTLET = re.compile(r"(?:^|[\s|丨])(?:信息)?来源[:：\s]\s*([^\s|丨,，:：]{2,20})", re.M)
_DATELINE = re.compile(rf"[·•\s]*(本报讯|[^\s，,。·“”]{{2,24}}?\d{{1,2}}月\d{{1,2}}日(?:讯|电)|[^\s，,。·“”]{{2,14}}?(?:讯|电))(?=[\s(（]|[{_CJK}])")
_ROLE = {
    "reporters": re.compile(rf"(?:记者|作者)[:：\s]*((?:{_NAME}[\s、]*)+)"),
    "correspondents": re.compile(rf"通讯员[:：\s]*((?:{_NAME}[\s、]*)+)"),
    "editors": re.compile(rf"(?:责任编辑|编辑|责编|审核|一审|二审|三审|终审)[丨|:：\s]*(?:值班主任|值班总编)?\s*((?:{_NAME}[ 、]*)+)"),
}
_ROLE_WORDS = {"记者", "通讯员", "实习生", "报道", "编辑", "责任编辑", "责编", "摄影", "审核", "作者", "值班主任", "值班总编"}
_OUTLETS = re.compile("报社|新闻网|日报|晚报|电视台|广播|网站|信息港")


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
    for role, pattern in _ROLE.items():
        spans = []
        for m in pattern.finditer(norm):
            for n in _NAME_RE.finditer(m.group(1)):
                if n.group(0) in _ROLE_WORDS:
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
    labelled = [ab for ab in top if _TIME_LABEL.search(norm[ab[0]:ab[1]])]
    for a, b in labelled + [ab for ab in header if ab not in labelled]:
        stop = b
        # a label on its own line (更新时间\n2006-02-27): read the next line too
        nxt = norm.find("\n", b + 1)
        if _TIME_LABEL.search(norm[a:b]) or norm[a:b].strip() in ("更新时间", "发布时间"):
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
        if _OUTLETS.search(text) or text in byline_names or norm[max(0, e.start - 1)] in "(（":
            continue
        return e.start, e.end
    for e in entities:
        if e.start >= header_end and e.label == "GPE":
            return e.start, e.end
    return None


@Language.factory("xf_metadata", assigns=d.attrs("xf_meta"),
                  requires=d.attrs("xf_paragraphs", "xf_body_start", "xf_removed", "xf_entities"), default_config={})
def make_metadata(nlp: Language, name: str) -> "MetadataFinder":
    return MetadataFinder()


class MetadataFinder:
    def __call__(self, doc: Doc) -> Doc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_metadata"
        ext.xf_meta = find_meta(norm, d.required(ext, "xf_paragraphs", stage), d.required(ext, "xf_body_start", stage),
                                d.removed(ext, stage), d.entities(ext, stage))
        return doc
