"""Stage: actions. The headings under which an article groups its report, and the stretch each governs.

ANNOTATION.md ("Actions") is the spec. A heading is one of:
- a line of its own (`actions.section_line`): numbered (一、 （二） 1、 第三 ▍) or a short unnumbered line
  followed by body prose. It governs the paragraphs below it up to the next heading line of its own
  numbering style or of an outer one; styles nest in the order they first appear (一、 outside （一）).
- a numbered paragraph (`actions.numbered_paragraph`): 一、 and a heading clause, with the body in the
  same paragraph; it governs the paragraph.
- an opener (`actions.opener`): 一是, 其次, （1） at a sentence start and a heading clause; it governs up
  to the next opener or the end of its paragraph.
- a lead-in sentence (`actions.lead_in`): a paragraph's short first sentence without figures, ending in
  。 or ：, followed by the body; it governs the paragraph.
- a programme paragraph: one that opens by launching a programme (`actions.launches_programme`:
  实施“X”行动,…), that frames itself with one (`actions.programme_frame`: 在“X”行动中,…), or that says
  one was rolled out (`actions.programme_rolled_out`: “X”项目全面铺开); it governs the paragraph.

A heading is named by the quoted brand it launches or works on, else by the named programme it launches
(without the launching verb), else by its own text without numbering and final 。/：.

What looks like a heading but is not a line of work (an indicator or report-part heading, an opener
followed by a report sentence, a scene, an attribution, a transition, a quote, the article's lead, a
headline, a caption, a line naming only a recipient) is recorded as a scope that governs nothing, its
`rule` (`actions.not_*`) saying why. It still ends the stretch of the heading before it of its own
kind; an enclosing heading goes on governing. A programme merely mentioned mid-paragraph is nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..text import scan
from . import doc as d
from .doc import ActionScope, EntityMention, NumberMention

# ANNOTATION.md's "about 20 characters": the longest heading clause (a lead-in sentence, an opener's
# clause before its first 。, a short unnumbered line), counted without quote marks, spaces and pinyin
# glosses. Longer, it reads as a report sentence. "About": a clause that spells out a brand
# (以“提升全民科学素质,助力科技自主自强”为主题) runs a little over 20.
HEADING_CLAUSE_MAX = 22
# A numbered line may spell out its line of work at more length (一、城乡低保工作开展情况) and still be
# a heading; beyond this it is a paragraph that happens to have no 。.
SECTION_LINE_MAX = 40
# A lead-in sentence stands for its paragraph only where the article groups its report under such
# sentences: one lone short first sentence is a scene or a lead (冬至阳生,岁回律转。), not a heading.
LEAD_IN_SIBLINGS_MIN = 2
# An unnumbered line is a heading only when body prose follows: a paragraph with at least this many
# Chinese characters and a comma or full stop (what `clean.body_start` calls prose).
BODY_PROSE_MIN = 30
# The longest attribution before a rolled-out programme (报告还称,“X”项目全面铺开).
ATTRIBUTION_MAX = 8

DEPTH_SECTION, DEPTH_PARAGRAPH, DEPTH_OPENER = 0, 1, 2

_CN = "一二三四五六七八九十"
_CJK = "\u4e00-\u9fff"
_SENTENCE_STOP = re.compile("[。;；!！?？]")  # what `_patterns()["opener"]` may follow
# the end of a heading clause, outside brackets and quotes
_CLAUSE_STOPS = frozenset("。;；!！?？:：")
# numbering at the start of a line or paragraph, by style; styles nest in the order an article uses them
_NUMBERING = (
    ("marker", re.compile(r"[▍■◆▶►]\s*")),
    ("cn_comma", re.compile(rf"[{_CN}]+[、.．]\s*")),
    ("cn_bracket", re.compile(rf"[（(][{_CN}]+[)）]\s*")),
    ("arabic_comma", re.compile(r"\d{1,2}[、．.](?!\d)\s*")),
    ("arabic_bracket", re.compile(r"[（(]\d{1,2}[)）]\s*")),
    ("circled", re.compile(r"[①-⑳]\s*")),
    ("ordinal", re.compile(rf"第[{_CN}]+(?:部分|章|节)?[、,，:：]\s*|第[{_CN}]+(?:部分|章|节)\s*")),
)
_FRAMEWORK = re.compile(rf"^[{_CN}两]+[大个项类条进级]|\d")  # “六大行动”, “四个抓手”: a scheme, not a brand
_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]")  # 服務(wù): a pinyin gloss
_QUOTED = re.compile(r"“([^”\n]{1,30})”")
_DIGIT = re.compile(r"[0-9０-９]")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_PROSE_MARK = re.compile("[。,，]")
_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"[●•·・◦○▪\-]")  # a list item: body, never a heading
_BRACKETS = tuple("[【(（")  # a line or sentence opening with one is an aside: a credit, a caption, an editor's note


class _Clause(NamedTuple):
    start: int
    end: int  # before the stop
    stop: str  # the stop that ends it ("" at the paragraph's end)


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    kinds = ("suffix", "quoted_suffix", "verb", "launched", "frame_close", "report_part", "opener",
             "attribution", "transition", "lead", "scene", "quote", "subject", "copula", "caption", "result", "comparative")
    return {kind: lexicon.alternation(lexicon.by_kind("actions.lexicon", kind)) for kind in kinds}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    return {
        # an opener stands at a sentence start (`scan.matches_at` tries only those places)
        "opener": re.compile(rf"(?:^|(?<=[。;；!！?？]))\s*(?:{w['opener']}|第[{_CN}]+[,，、是]|[（(](?:\d{{1,2}}|[{_CN}]+)[)）]|[①-⑳])"),
        "verb": re.compile(rf"(?:{w['verb']})"),
        # 实施“红心向党”巾帼行动: the brand, then what completes the programme's name
        "quoted_programme": re.compile(rf"“([^”\n]{{1,30}})”([{_CJK}]{{0,12}}?(?:{w['suffix']}|{w['quoted_suffix']}))?"),
        # 乡村工匠培育工程, 重点企业用工调度保障行动: a programme named without quote marks
        "plain_programme": re.compile(rf"[{_CJK}]{{2,18}}?(?:{w['suffix']})"),
        "plain_programme_bounded": re.compile(rf"[{_CJK}]{{2,18}}?(?:{w['suffix']})(?=[,，。;；:：\s]|$)"),
        "suffix_end": re.compile(rf"(?:{w['suffix']})$"),
        "launched": re.compile(rf"(?:{w['launched']})"),
        "frame": re.compile(rf"在(?=“)"),
        "frame_close": re.compile(rf"(?:{w['frame_close']})[,，]"),
        "attribution_prefix": re.compile(rf"[^,，。“]{{0,{ATTRIBUTION_MAX}}}?(?:称|显示|介绍|获悉|悉|了解到?)[,，:：]"),
        "report_part": re.compile(w["report_part"]),
        "result": re.compile(rf"(?:{w['result']})$|{w['comparative']}"),
        "attribution": re.compile(rf"(?:{w['attribution']})"),
        "transition": re.compile(rf"(?:{w['transition']})"),
        "lead": re.compile(rf"(?:{w['lead']})"),
        "scene": re.compile(w["scene"]),
        "quote": re.compile(w["quote"]),
        "subject": re.compile(rf"(?:{w['subject']})"),
        "copula": re.compile(w["copula"]),
        "caption": re.compile(w["caption"]),
    }


# ---------------------------------------------------------------------------------------------------
# reading a clause


def _clause(norm: str, start: int, p_end: int) -> _Clause:
    """From `start` to the first stop outside quotes and brackets (or the paragraph's end)."""
    end = scan.clause_end(norm, start, p_end, _CLAUSE_STOPS)
    return _Clause(start, end, norm[end] if end < p_end else "")


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub("“”", text)


def _size(text: str) -> int:
    """Characters a reader counts: quote marks, glosses and spaces are nothing."""
    return len(_SPACE.sub("", _GLOSS.sub("", text)).replace("“", "").replace("”", ""))


def _has_figures(norm: str, start: int, end: int, numbers: list[NumberMention], *, digits: bool = True) -> bool:
    """A count, an amount (or with `digits`, any digit: a date too) outside quote marks: a brand like
    “5·8人道公益日” is a name, not a report."""
    quoted = [m.span() for m in _QUOTED.finditer(norm, start, end)]
    if digits and _DIGIT.search(_outside_quotes(norm[start:end])):
        return True
    return any(n.countable and start <= n.num_start < end and not any(a <= n.num_start < b for a, b in quoted)
               for n in numbers)


def _has_words(norm: str, start: int, end: int, numbers: list[NumberMention]) -> bool:
    """Chinese text other than figures and their units."""
    chars = list(norm[start:end])
    for n in numbers:
        lo, hi = max(n.start, start), min(max(n.end, n.unit_end), end)
        chars[lo - start:hi - start] = [" "] * max(0, hi - lo)
    return bool(_CJK_CHAR.search("".join(chars)))


def _starts_with_entity(start: int, entities: list[EntityMention]) -> bool:
    return any(e.start == start and e.label in ("ORG", "PERSON", "GPE") for e in entities)


def _names_a_part_or_result(text: str) -> str | None:
    """工作亮点, 下一步打算: a part of the report; 政治引领更加有力, 基层治理成效明显: a result."""
    p = _patterns()
    if p["report_part"].search(text):
        return "actions.not_report_part"
    if p["result"].search(text.rstrip("。:： ")):
        return "actions.not_result"
    return None


def _not_a_line_of_work(norm: str, c: _Clause, entities: list[EntityMention]) -> str | None:
    """Why a short first sentence is not a heading (the rule id), or None if it may be one."""
    p = _patterns()
    text = norm[c.start:c.end]
    why = _names_a_part_or_result(text)
    if why:
        return why
    if p["attribution"].match(text):
        return "actions.not_attribution"
    if p["transition"].match(text):
        return "actions.not_transition"
    if p["lead"].match(text):
        return "actions.not_lead"
    if _QUOTED.fullmatch(text.strip()) or p["quote"].search(text):
        return "actions.not_quote"
    if p["scene"].search(text):
        return "actions.not_scene"
    if p["subject"].match(text) or _starts_with_entity(c.start, entities) or p["copula"].search(text):
        return "actions.not_statement"
    if text.startswith(_BRACKETS):
        return "actions.not_caption"
    return None


# ---------------------------------------------------------------------------------------------------
# naming


class _Name(NamedTuple):
    start: int
    end: int
    rest: int  # where the heading goes on after the programme (its goal), or -1: named by its text


def _brand(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """The one quoted brand of a heading clause (frameworks like “六大行动” are not brands)."""
    found = [m for m in _QUOTED.finditer(norm, start, end) if not _FRAMEWORK.match(m.group(1))]
    names = {m.group(1) for m in found}
    return (found[0].start(1), found[0].end(1)) if len(names) == 1 else None


def _programme_at(norm: str, pos: int, end: int, *, verb_required: bool) -> _Name | None:
    """A programme opening at `pos`, after a launching verb (required or not): 实施“红心向党”巾帼行动,
    深入实施乡村工匠培育工程,…; 妇女手工编织产业项目…"""
    p = _patterns()
    verb = p["verb"].match(norm, pos, end)
    if verb:
        pos = verb.end()
    elif verb_required:
        return None
    m = p["quoted_programme"].match(norm, pos, end)
    if m and not _FRAMEWORK.match(m.group(1)) and (m.group(2) or p["suffix_end"].search(m.group(1))):
        return _Name(m.start(1), m.end(1), m.end())
    # after a verb the programme ends the clause (深入实施乡村工匠培育工程,); without one it may be the
    # subject of a short heading clause (妇女手工编织产业项目支撑妇女创业)
    m = p["plain_programme_bounded" if verb else "plain_programme"].match(norm, pos, end)
    if m and not _FRAMEWORK.match(m.group(0)):
        return _Name(m.start(), m.start() + len(m.group(0)), m.end())
    return None


def _name(norm: str, start: int, end: int) -> _Name:
    """The brand it works on > the programme it launches > its own text (without the final stop)."""
    brand = _brand(norm, start, end)
    if brand:
        return _Name(brand[0], brand[1], -1)
    found = _programme_at(norm, start, end, verb_required=False)
    if found:
        return found
    while end > start and (norm[end - 1].isspace() or norm[end - 1] in "。:："):
        end -= 1
    return _Name(start, end, -1)


def _goal(norm: str, name: _Name, clause_end: int) -> tuple[int, int] | None:
    """The aim a heading states after its programme: 实施“红心向党”巾帼行动,|强化政治引领|。"""
    if name.rest < 0:
        return None
    tail_start = name.rest
    while tail_start < clause_end and norm[tail_start] in ",，:： ":
        tail_start += 1
    tail = norm[tail_start:clause_end]
    return (tail_start, clause_end) if 2 <= len(tail) <= 24 and "“" not in tail else None


# ---------------------------------------------------------------------------------------------------
# the kinds of heading


class _Heading(NamedTuple):
    """What one place of the text is: a heading (name set) or a non-action (name None, rule says why)."""

    start: int
    name: _Name | None
    goal: tuple[int, int] | None
    rule: str


def _heading(start: int, norm: str, name: _Name, clause_end: int, rule: str) -> _Heading:
    return _Heading(start, name, _goal(norm, name, clause_end), rule)


def _heading_clause(norm: str, start: int, p_end: int, numbers, entities, rule: str) -> _Heading:
    """What follows an opener or a paragraph's numbering: a programme, a heading clause or a report sentence."""
    c = _clause(norm, start, p_end)
    found = _programme_at(norm, start, c.end, verb_required=True)
    if found:  # 一是实施乡村工匠培育工程,…: a launched programme, whatever the sentence goes on to report
        return _heading(start, norm, found, c.end, rule)
    text = norm[c.start:c.end]
    why = _names_a_part_or_result(text)
    if why:
        return _Heading(start, None, None, why)
    if _size(text) > HEADING_CLAUSE_MAX or _has_figures(norm, c.start, c.end, numbers) or not text.strip():
        return _Heading(start, None, None, "actions.not_report_sentence")
    if c.stop in "!！?？":
        return _Heading(start, None, None, "actions.not_quote")
    return _heading(start, norm, _name(norm, c.start, c.end), c.end, rule)


def _section_line(norm: str, start: int, end: int, numbers) -> _Heading:
    """A numbered line: 一、城乡低保工作开展情况, （二）“助残就业”帮扶行动, ▍“三下乡”社会实践."""
    why = _names_a_part_or_result(norm[start:end])
    if why:
        return _Heading(start, None, None, why)
    if _has_figures(norm, start, end, numbers, digits=False):
        return _Heading(start, None, None, "actions.not_report_sentence")  # a list item reporting a figure
    name = _name(norm, start, end)
    if name.end <= name.start:
        return _Heading(start, None, None, "actions.not_report_sentence")
    return _heading(start, norm, name, end, "actions.section_line")


def _plain_line(norm: str, start: int, end: int, after_body: bool, next_is_prose: bool,
                entities, numbers) -> _Heading | None:
    """A short unnumbered line followed by the section's body (思想引领 贯穿全年); None: not heading-like
    at all (a long line, a line nothing follows)."""
    p = _patterns()
    text = norm[start:end]
    if _size(text) > HEADING_CLAUSE_MAX or "。" in text or not next_is_prose:
        return None
    if not after_body or text.endswith(("!", "！", "?", "？")) or text.startswith(("—", "-")):
        return _Heading(start, None, None, "actions.not_headline")
    if p["caption"].search(text) or p["attribution"].match(text) or text.startswith(_BRACKETS):
        return _Heading(start, None, None, "actions.not_caption")
    if _names_only(norm, start, end, entities):
        return _Heading(start, None, None, "actions.not_recipient_line")
    why = _names_a_part_or_result(text)
    if why:
        return _Heading(start, None, None, why)
    if any(n.countable for n in numbers if start <= n.num_start < end) or _DIGIT.search(text):
        return _Heading(start, None, None, "actions.not_report_sentence")
    why = _not_a_line_of_work(norm, _Clause(start, end, ""), entities)
    if why:
        return _Heading(start, None, None, why)
    return _heading(start, norm, _name(norm, start, end), end, "actions.section_line")


def _names_only(norm: str, start: int, end: int, entities: list[EntityMention]) -> bool:
    """A line that only names a body, a person or a place (the recipient of what follows)."""
    covered = [(e.start, e.end) for e in entities if start <= e.start and e.end <= end]
    rest = list(norm[start:end])
    for a, b in covered:
        rest[a - start:b - start] = [" "] * (b - a)
    return bool(covered) and not _CJK_CHAR.search("".join(rest))


def _programme_paragraph(norm: str, start: int, p_end: int) -> _Heading | None:
    """A paragraph that opens by launching a programme, frames itself with one, or says one was rolled out."""
    p = _patterns()
    c = _clause(norm, start, p_end)
    found = _programme_at(norm, start, p_end, verb_required=True)
    if found:
        return _heading(start, norm, found, c.end, "actions.launches_programme")
    frame = p["frame"].match(norm, start, p_end)
    if frame:
        found = _programme_at(norm, frame.end(), p_end, verb_required=False)
        if found and p["frame_close"].match(norm, found.rest, p_end):
            return _Heading(start, found._replace(rest=-1), None, "actions.programme_frame")
    cited = p["attribution_prefix"].match(norm, start, p_end)
    at = cited.end() if cited else start
    found = _programme_at(norm, at, p_end, verb_required=False)
    if found and p["launched"].match(norm, found.rest, p_end):
        return _Heading(start, found._replace(rest=-1), None, "actions.programme_rolled_out")
    return None


def _lead_in(norm: str, start: int, p_end: int, body_start: int, numbers, entities) -> _Heading | None:
    """A paragraph's short first sentence without figures, ending in 。 or ：, followed by the body;
    None where the first sentence is long (an ordinary paragraph)."""
    c = _clause(norm, start, p_end)
    text = norm[c.start:c.end]
    if c.stop not in ("。", ":", "：") or not text.strip() or _size(text) > HEADING_CLAUSE_MAX:
        return None
    if start < body_start:
        return _Heading(start, None, None, "actions.not_headline")
    if not _has_words(norm, c.end + 1, p_end, numbers):
        return None  # no body follows (邮箱:…, 全年助餐服务:217.6万人次): a line or a table row
    if _has_figures(norm, c.start, c.end, numbers):
        return _Heading(start, None, None, "actions.not_report_sentence")
    why = _not_a_line_of_work(norm, c, entities)
    if why:
        return _Heading(start, None, None, why)
    return _heading(start, norm, _name(norm, c.start, c.end), c.end, "actions.lead_in")


# ---------------------------------------------------------------------------------------------------
# the walk


def _numbering(line: str) -> tuple[str, int] | None:
    for style, pattern in _NUMBERING:
        m = pattern.match(line)
        if m:
            return style, m.end()
    return None


def _is_prose(norm: str, start: int, end: int) -> bool:
    return len(_CJK_CHAR.findall(norm, start, end)) >= BODY_PROSE_MIN and bool(_PROSE_MARK.search(norm, start, end))


def _scope(h: _Heading, end: int, depth: int) -> ActionScope:
    if h.name is None:
        return ActionScope(h.start, end, None, h.start, h.start, None, depth, False, h.rule)
    return ActionScope(h.start, end, None, h.name.start, h.name.end, h.goal, depth, True, h.rule)


def find_actions(norm: str, paragraphs: list[tuple[int, int]], *, body_start: int = 0,
                 entities: list[EntityMention] = (), numbers: list[NumberMention] = ()) -> list[ActionScope]:
    """Every heading and non-action of the text, each with the stretch it governs (non-actions govern
    nothing). `name` is filled in from the working copy."""
    scopes: list[ActionScope] = []
    sections: list[tuple[str, int]] = []  # (style, index in scopes) of the open heading lines, outermost first
    text_end = paragraphs[-1][1] if paragraphs else 0
    lead_ins: list[int] = []  # indexes of lead-in headings, kept only if they have siblings

    def close_sections(style: str, at: int) -> None:
        for k, (s, _) in enumerate(sections):
            if s == style:
                for _, i in sections[k:]:
                    scopes[i] = scopes[i]._replace(end=at)
                del sections[k:]
                return

    for k, (p_start, p_end) in enumerate(paragraphs):
        line = norm[p_start:p_end]
        if _BULLET.match(line):
            continue
        numbered = _numbering(line)
        body = p_start + (numbered[1] if numbered else 0)
        first = _clause(norm, body, p_end)
        alone = not norm[first.end + 1:p_end].strip() if first.stop else True
        heading: _Heading | None = None
        depth = DEPTH_PARAGRAPH
        if numbered and numbered[0] == "marker" or (numbered and alone and p_end - p_start <= SECTION_LINE_MAX
                                                    and first.stop in ("", "。", ":", "：")):
            heading, style = _section_line(norm, body, first.end, numbers), numbered[0]
            heading = heading._replace(start=p_start)
        elif not numbered and alone and not first.stop:
            nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            heading, style = _plain_line(norm, p_start, p_end, p_start >= body_start,
                                         bool(nxt) and _is_prose(norm, *nxt), entities, numbers), "plain"
        if heading is not None:
            close_sections(style, p_start)
            if heading.name is not None:
                sections.append((style, len(scopes)))
                scopes.append(_scope(heading, text_end, DEPTH_SECTION))
            else:
                scopes.append(_scope(heading, p_end, DEPTH_SECTION))
            continue
        if numbered:
            close_sections(numbered[0], p_start)
            heading = _heading_clause(norm, body, p_end, numbers, entities, "actions.numbered_paragraph")
            heading = heading._replace(start=p_start)
        elif not _patterns()["opener"].match(line):
            heading = _programme_paragraph(norm, p_start, p_end)
            if heading is None:
                heading = _lead_in(norm, p_start, p_end, body_start, numbers, entities)
                if heading is not None and heading.name is not None:
                    lead_ins.append(len(scopes))
        if heading is not None:
            scopes.append(_scope(heading, p_end, depth))
        scopes.extend(_openers(norm, p_start, p_end, numbers, entities, numbered=numbered is not None))
    if len(lead_ins) < LEAD_IN_SIBLINGS_MIN:
        for i in lead_ins:
            s = scopes[i]
            scopes[i] = s._replace(governs=False, name_start=s.start, name_end=s.start, goal=None,
                                   rule="actions.not_lone_lead_in")
    return [s._replace(name=norm[s.name_start:s.name_end]) if s.governs else s for s in scopes]


def _openers(norm: str, p_start: int, p_end: int, numbers, entities, *, numbered: bool) -> list[ActionScope]:
    """一是…二是… inside a paragraph: each governs up to the next one or the paragraph's end. A paragraph's
    own numbering ((一), 第三,) is its heading, not an opener."""
    line = norm[p_start:p_end]
    starts = [*([] if numbered else [0]), *(m.end() for m in _SENTENCE_STOP.finditer(line))]
    found = scan.matches_at(_patterns()["opener"], line, starts)
    out = []
    for i, m in enumerate(found):
        o_start, o_end = p_start + m.start(), p_start + m.end()
        while o_start < o_end and norm[o_start].isspace():
            o_start += 1
        end = p_start + found[i + 1].start() if i + 1 < len(found) else p_end
        h = _heading_clause(norm, o_end, end, numbers, entities, "actions.opener")._replace(start=o_start)
        out.append(_scope(h, end, DEPTH_OPENER))
    return out


def action_at(scopes: list[ActionScope], pos: int) -> ActionScope | None:
    """The innermost governing stretch that holds `pos` (None: no action)."""
    best = None
    for s in scopes:
        if s.governs and s.contains(pos) and (best is None or (s.depth, s.start) >= (best.depth, best.start)):
            best = s
    return best if best is not None and best.name else None


@Language.factory("xf_actions", assigns=d.attrs("xf_actions"),
                  requires=d.attrs("xf_paragraphs", "xf_body_start", "xf_entities", "xf_numbers"), default_config={})
def make_actions(nlp: Language, name: str) -> "ActionFinder":
    return ActionFinder()


class ActionFinder:
    def __call__(self, doc: Doc) -> Doc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_actions"
        ext.xf_actions = find_actions(norm, d.required(ext, "xf_paragraphs", stage),
                                      body_start=d.required(ext, "xf_body_start", stage),
                                      entities=d.entities(ext, stage), numbers=d.numbers(ext, stage))
        return doc
