"""Stage: metadata. Title, outlet (来源), publication time, dateline (…讯/…电), reporters,
correspondents, editors, and the main reporting body.

Header lines are the lines before the first body paragraph (a paragraph with a full sentence);
publication times are read there and on labelled lines (发布时间, 更新时间) near the top. Names in
bylines are 2-4 characters followed by a separator, so a clause after a byline (记者段佳琪 周弦
莫道桑榆晚,…) is not taken for a name.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final, NamedTuple

from .. import lexicon
from ..text import regex, scan
from ..text.segment import tag as jieba_tags
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
_OUTLET_LEAD = len("|信息")  # the most an `_OUTLET` match holds before its 来源
_ANY_DIGIT = regex.compile(r"\d")  # what every `_DATETIME` match opens on
_CLOSES_DATELINE = regex.compile("[讯电]")  # what every `_DATELINE` match holds
_DATELINE = regex.compile(rf"[·•\s]*(本报讯|[^\s，,。·“”]{{2,24}}?\d{{1,2}}月\d{{1,2}}日(?:讯|电)|[^\s，,。·“”]{{2,14}}?(?:讯|电))(?=[\s(（]|[{_CJK}])")


class _Patterns(NamedTuple):
    time_label: re.Pattern
    roles: dict[str, re.Pattern]
    role_words: frozenset[str]
    outlets: re.Pattern
    portal: re.Pattern  # a government portal's name ends so (县人民政府)
    # the reporting body's words (`_organization`): see metadata.labels.tsv for each kind
    national: tuple[str, ...]
    scope: tuple[str, ...]
    generic_heads: frozenset[str]
    body_words: tuple[str, ...]
    party_departments: tuple[str, ...]
    local_places: tuple[str, ...]
    own: tuple[str, ...]
    town_government: tuple[str, ...]
    department: re.Pattern  # a body's name, then one of its departments (市残联|宣传文化部): group 1 the body
    bare_time_labels: frozenset[str]
    time_tails: tuple[str, ...]  # the last two characters of each time label
    time_reach: int  # the most a time label starts before its last two characters
    labels: re.Pattern  # what `roles` open on, any role's
    label_firsts: dict[str, frozenset[str]]  # the characters each role's labels start on


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    def words(kind: str) -> str:
        return lexicon.alternation(lexicon.by_kind("metadata.labels", kind))

    labels = lexicon.rows("metadata.labels")
    time_words = lexicon.by_kind("metadata.labels", "time_label") + lexicon.by_kind("metadata.labels", "time_label_colon")
    if min(map(len, time_words)) < 2:
        raise ValueError("metadata.labels: a time label of one character (its last two are what `_labelled` seeks)")
    name = f"(?:{_NAME}[\\s、]*)+"
    return _Patterns(
        # each word an alternative of its own: an alternation of words is sought by their first
        # characters, a group among them is tried at every character
        time_label=regex.compile("|".join([words("time_label"), *(f"{re.escape(w)}[:：]" for w in
                                                                   lexicon.by_kind("metadata.labels", "time_label_colon"))])),
        roles={
            "reporters": regex.compile(rf"(?:{words('reporter')})[:：\s]*({name})"),
            "correspondents": regex.compile(rf"(?:{words('correspondent')})[:：\s]*({name})"),
            "editors": regex.compile(rf"(?:{words('editor')})[丨|:：\s]*(?:{words('editor_post')})?\s*((?:{_NAME}[ 、]*)+)"),
        },
        role_words=frozenset(r["word"] for r in labels if r["kind"] in
                             ("reporter", "correspondent", "editor", "editor_post", "byline_word")),
        outlets=regex.compile(words("outlet_word")),
        portal=regex.compile(f"(?:{words('portal')})$"),
        national=tuple(lexicon.by_kind("metadata.labels", "national_body")),
        scope=tuple(lexicon.by_kind("metadata.labels", "scope")),
        generic_heads=frozenset(lexicon.by_kind("metadata.labels", "generic_head")),
        body_words=tuple(lexicon.by_kind("metadata.labels", "body_word")),
        party_departments=tuple(lexicon.by_kind("metadata.labels", "party_department")),
        local_places=tuple(lexicon.by_kind("metadata.labels", "local_place")),
        own=tuple(lexicon.by_kind("metadata.labels", "own")),
        town_government=tuple(lexicon.by_kind("metadata.labels", "town_government")),
        department=regex.compile(rf"(.*(?:{words('body_end')}))(?:[{_CJK}]{{0,10}}(?:{words('department')}))"),
        bare_time_labels=frozenset(lexicon.by_kind("metadata.labels", "time_label")),
        time_tails=tuple(sorted({w[-2:] for w in time_words})),
        time_reach=max(len(w) for w in time_words) - 2,
        labels=regex.compile(words("reporter") + "|" + words("correspondent") + "|" + words("editor")),
        label_firsts={role: frozenset(w[0] for w in lexicon.by_kind("metadata.labels", kind))
                      for role, kind in (("reporters", "reporter"), ("correspondents", "correspondent"),
                                         ("editors", "editor"))},
    )


# publication times and the outlet are read on the text's first lines (and the whole header)
_TOP_LINES = 25


def find_meta(norm: str, paragraphs, body_start: int, removed: list[RemovedSpan],
              entities: list[EntityMention]) -> MetaFacts:
    facts: dict = {}
    body = bool(paragraphs)
    header_end = body_start if body else len(norm)
    lines = _head_lines(norm, header_end)
    header = [(a, b) for a, b in lines if b <= header_end]
    facts["title"] = _title(norm, header, removed)
    top = lines[:_TOP_LINES]
    facts["published_at"] = _published(norm, header, top)
    m = _outlet(norm, min(len(norm), max(header_end, top[-1][1])))
    if m:
        facts["outlet"] = (m.start(1), m.end(1))
    if body:
        for p_start, p_end in paragraphs[:3]:
            if p_start < header_end:  # a dateline opens the body
                continue
            # a dateline ends in 讯 or 电; most paragraphs hold neither, and the pattern's lazy runs try
            # every length up to 24 before failing
            found = _DATELINE.match(norm, p_start, p_end) if _CLOSES_DATELINE.search(norm, p_start, p_end) else None
            if found:
                facts["dateline"] = (found.start(1), found.end(1))
                break
    patterns = _patterns()
    starts = _label_starts(norm)
    for role in patterns.roles:
        spans = []
        for m in _role_matches(norm, role, starts):
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


def _outlet(norm: str, end: int) -> re.Match | None:
    """`_OUTLET.search(norm, 0, end)`. Its pattern opens on no fixed character, so the engine tries it at
    every place: it is tried from just before the first 来源 (a match starts at most `_OUTLET_LEAD`
    characters before its 来源; `^` and the space or bar before it read the text itself, not where the search starts)."""
    first = norm.find("来源", 0, end)
    return _OUTLET.search(norm, max(0, first - _OUTLET_LEAD), end) if first >= 0 else None


def _datetime(pattern: re.Pattern, norm: str, start: int, end: int) -> re.Match | None:
    """`pattern.search(norm, start, end)` for a `_DATETIME` pattern, which opens on a digit: tried from the
    first digit, where there is one (the patterns open on no fixed character, and are tried at every place)."""
    digit = _ANY_DIGIT.search(norm, start, end)
    return pattern.search(norm, digit.start(), end) if digit else None


def _label_starts(norm: str) -> list[int]:
    """Every place a role's label may start (where `_patterns().roles` may match), in order, found by one
    scan for the labels of all roles instead of one per role. A label starts where the scan finds one
    or inside one it found (编辑 in 责任编辑): the scan tries every place outside its matches."""
    return [i for m in _patterns().labels.finditer(norm) for i in range(m.start(), m.end())]


def _role_matches(norm: str, role: str, starts: list[int]) -> list[re.Match]:
    """`_patterns().roles[role].finditer(norm)`, tried only where a label may start (`starts`, from
    `_label_starts`) on a character the role's own labels start on."""
    patterns = _patterns()
    firsts = patterns.label_firsts[role]
    return scan.matches_at(patterns.roles[role], norm, [i for i in starts if norm[i] in firsts])


def _lines(norm: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in norm.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _head_lines(norm: str, header_end: int) -> list[tuple[int, int]]:
    """`_lines(norm)` up to the `_TOP_LINES`th line and the end of the header, whichever is later: no
    field is read below them, and an article runs to hundreds of lines. The header's lines are those
    before its last line break and the one it ends in."""
    wanted = max(_TOP_LINES, norm.count("\n", 0, header_end) + 1)
    pieces = norm.split("\n", wanted)  # the lines wanted, then the rest of the text in one piece
    out, pos = [], 0
    for line in pieces[:wanted]:
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _title(norm, header, removed):
    for a, b in header:
        text = norm[a:b].strip()
        if not _ANY_CJK.search(text) or len(text) > 60 or text.endswith("。"):
            continue
        if any(r.start <= a + 1 and r.end >= b - 1 for r in removed) or any(r.start < b and r.end > a and r.kind in ("header", "byline", "navigation", "share") for r in removed):
            continue
        if any(_datetime(p, text, 0, len(text)) for p, _ in _DATETIME) or _outlet(text, len(text)):
            continue
        lead = len(norm[a:b]) - len(norm[a:b].lstrip())
        return a + lead, a + lead + len(text)
    return None


def _published(norm, header, top) -> str | None:
    # labelled lines (发布时间: …) first, then the header's other lines
    time_label = _patterns().time_label
    labelled = _labelled(norm, top, time_label)
    is_labelled = set(labelled)
    for a, b in labelled + [ab for ab in header if ab not in is_labelled]:
        stop = b
        # a label on its own line (更新时间\n2006-02-27): read the next line too
        nxt = norm.find("\n", b + 1)
        if (a, b) in is_labelled or time_label.search(norm, a, b) or norm[a:b].strip() in _patterns().bare_time_labels:
            stop = nxt if nxt > 0 else len(norm)
        # every `_DATETIME` match opens on a digit: the line is read from its first, if it has one
        digit = _ANY_DIGIT.search(norm, a, stop)
        if digit is None:
            continue
        for pattern, order in _DATETIME:
            m = pattern.search(norm, digit.start(), stop)
            if m:
                iso = _iso(m, order)
                if iso:
                    return iso
    return None


def _labelled(norm: str, lines: list[tuple[int, int]], time_label: re.Pattern) -> list[tuple[int, int]]:
    """The lines that hold a time label. The label is tried only where its last two characters stand
    (时间, 日期: `_patterns().time_tails`), found by a plain search of the lines: the regex, opening on
    时 or 日, is tried at each of those common characters. A label holds no line break, so each one found
    lies in one line, and a line holding one has its first found."""
    if not lines:
        return []
    lo, hi = lines[0][0], lines[-1][1]
    p = _patterns()
    places: set[int] = set()
    for tail in p.time_tails:
        i = norm.find(tail, lo, hi)
        while i >= 0:
            places.update(range(max(lo, i - p.time_reach), i + 1))
            i = norm.find(tail, i + 1, hi)
    starts = [a for a, _ in lines]
    out: list[tuple[int, int]] = []
    for m in scan.matches_at(time_label, norm, sorted(places)):
        line = lines[bisect.bisect_right(starts, m.start()) - 1]
        if not out or out[-1] != line:
            out.append(line)
    return out


def _iso(m: re.Match, order: str) -> str | None:
    g = m.groups()
    y, mo, d = (g[0], g[1], g[2]) if order == "ymd" else (g[2], g[1], g[0])
    y, mo, d = int(y), int(mo), int(d)
    if not (1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    # printf-style: one call formats them all (an f-string formats each field by its spec: twice the time)
    date = "%04d-%02d-%02d" % (y, mo, d)
    if g[3] is None:
        return date
    return "%sT%02d:%02d:%02d" % (date, int(g[3]), int(g[4]), int(g[5] or 0))


def _organization(norm: str, entities: list[EntityMention], header_end: int, facts: dict) -> tuple[int, int] | None:
    """The main reporting body, as written: the body its source line names (来源：县残联; a department cut
    to its body, 市残联办公室 -> 市残联; not a news outlet, a portal or a department alone), else the body
    the headline opens with, else the body the text names most (not an issuer after 被/由, not a national
    body, not a portal); a short form (县科协, 本馆) given the fuller name the text writes for it (浦江县科协,
    绩溪县图书馆). None where the text names no body."""
    p = _patterns()
    byline_names = {norm[a:b] for role in ("reporters", "correspondents", "editors") for a, b in facts[role]}
    orgs = [e for e in entities if e.label == "ORG" and norm[e.start] != "“" and norm[e.start:e.end] not in byline_names]
    outlet = facts.get("outlet")
    if outlet is not None:
        a, b = outlet
        bracket = min((i for i in (norm.find("（", a, b), norm.find("(", a, b)) if i > a), default=b)
        b = bracket  # 县农业农村局（县乡村振兴局）: the body, not its second name
        text = norm[a:b]
        if not (p.outlets.search(text) or text.endswith("网") or p.portal.search(text)):
            body = p.department.fullmatch(norm, a, b)
            found = None
            if body is not None:
                found = _fullest(norm, body.start(1), body.end(1), orgs)  # 市残联|办公室
            elif not _department_alone(norm, a, b, p) and _names_a_body(norm, a, b, orgs, p):
                found = _fullest(norm, a, b, orgs)
            if found is not None and not norm.startswith(p.own, found[0]):
                return found  # (我局, 本馆 with no fuller name written: null rather than 我局)
    title = facts.get("title")
    if title is not None:
        opening = next((e for e in orgs if title[0] <= e.start <= title[0] + 1 and e.end <= title[1]), None)
        if opening is not None and not _not_the_reporter(norm, opening, p):
            return _fullest(norm, opening.start, opening.end, orgs)  # 金坛区残疾人托养中心获评…
    dateline_end = facts["dateline"][1] if facts.get("dateline") else header_end
    counts: dict[str, int] = {}
    first: dict[str, EntityMention] = {}
    for e in orgs:
        if e.start < max(header_end, dateline_end) or _issues(norm, e) or norm[max(0, e.start - 1)] in "(（":
            continue
        text = norm[e.start:e.end]
        if _not_the_reporter(norm, e, p):
            continue
        counts[text] = counts.get(text, 0) + 1
        first.setdefault(text, e)
    if counts:
        best = max(counts, key=lambda t: (counts[t], -first[t].start))
        return _fullest(norm, first[best].start, first[best].end, orgs)
    for e in entities:
        # a town or village reports on itself (大河镇, 竹坞村); a county, a city or a province is no body
        if e.start >= header_end and e.label == "GPE" and norm.endswith(p.local_places, e.start, e.end) and not _generic_body(
                norm[e.start:e.end]) and norm[e.start] not in _PRONOUNS:
            return e.start, e.end
    return None


_PRONOUNS: Final = "他她我你该"
_ISSUED_BEFORE: Final = ("被", "由", "经")  # 被省妇联评为: the body after it issues, it does not report


def _generic_body(text: str) -> bool:
    """全市中心, 镇中心, 县局, 深入社区: a scope, a rank with a body's kind, or a verb before it, no one body's name."""
    p = _patterns()
    if text.startswith(p.scope) or len(text) <= 3 and text[0] in _RANK_CHARS and text[1:] in p.generic_heads:
        return True
    words = jieba_tags(text)
    return bool(words) and words[0][1][:1] == "v"


_RANK_CHARS: Final = "省市县区镇乡"


def _issues(norm: str, e: EntityMention) -> bool:
    """被省妇联评为, 由市总工会颁发: the body issues what the report's subject received."""
    return norm[max(0, e.start - 1):e.start] in _ISSUED_BEFORE


def _not_the_reporter(norm: str, e: EntityMention, p: _Patterns) -> bool:
    """A body that is not the report's own: an issuer after 被/由/经, a national body, the county's
    leadership (县政府, 县人民政府; a town's own government may report: 镇人民政府), a news outlet (not a
    融媒体中心 reporting on itself), a scope or a fragment (`_generic_body`)."""
    text = norm[e.start:e.end]
    if _issues(norm, e) or text.startswith(p.national) or _generic_body(text):
        return True
    portal = p.portal.search(text)
    if portal is not None and not text[:portal.start()].endswith(p.town_government):
        return True
    return p.outlets.search(text) is not None and "融媒" not in text


def _names_a_body(norm: str, start: int, end: int, orgs: list[EntityMention], p: _Patterns) -> bool:
    """A source line that names a body (县妇联, 一个 ORG the text reads, or a name ending with a body's word),
    not a platform or a practice (网络, 学习强国, 转载)."""
    if any(e.start == start and e.end == end for e in orgs):
        return True
    text = norm[start:end]
    return text.endswith(p.body_words) or text.endswith(p.party_departments)




def _department_alone(norm: str, start: int, end: int, p: _Patterns) -> bool:
    """组织联络部, 科普部, 政治部: a department with no body of its own named (whose the page gives no word)."""
    return end - start <= _DEPARTMENT_MAX and p.department.fullmatch("某局" + norm[start:end]) is not None and not any(
        norm.find(w, start, end) >= 0 for w in p.body_words)


_DEPARTMENT_MAX: Final = 12


def _fullest(norm: str, start: int, end: int, orgs: list[EntityMention]) -> tuple[int, int]:
    """The fuller name the text writes for a short one: 县科协 -> 浦江县科协, 本馆 -> 绩溪县图书馆 (the first body
    named whose name ends with the short one, without 本/我/校/该); the short one where none is."""
    short = norm[start:end]
    tail = short[1:] if short.startswith(_patterns().own) else short
    if not tail:
        return start, end
    for e in orgs:
        if e.end - e.start > len(short) and norm.endswith(tail, e.start, e.end) and (e.start, e.end) != (start, end) and (
                not _generic_body(norm[e.start:e.end])):
            return e.start, e.end
    return start, end


class MetadataFinder:
    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_metadata"
        ext.xf_meta = find_meta(norm, d.required(ext, "xf_paragraphs", stage), d.required(ext, "xf_body_start", stage),
                                d.removed(ext, stage), d.entities(ext, stage))
        return doc
