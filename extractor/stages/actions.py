"""Stage: actions. Programme headings, and the stretch of text each one governs.

Three kinds of structure, from the outside in:
- a section heading on its own line (一、残疾人康复提升工程; （二）“助残就业”帮扶行动), governing
  until the next section heading; an indicator heading (一、主要指标完成情况) ends a section and
  starts none;
- a paragraph that opens with a programme (实施“红心向党”巾帼行动,强化政治引领。), governing the
  paragraph;
- inline openers (一是/二是, 其次) inside a paragraph, governing until the next opener.
An opener or heading that names no programme (四是加强自身建设) still starts a stretch, with no
action. Only where a paragraph has none of these does an inline mention govern: a quoted brand
with a programme suffix (“锦绣计划”, “黔灵女”…行动) or a quoted brand that is the subject of the
clause (“假日学校”共筹集…), from the mention to the end of the paragraph. Brands listed side by
side (“A”“B”、“C”) are named in `actions[]` but govern nothing: the sentence is about all of them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..text import scan
from . import doc as d
from .doc import ActionScope

_CN = "一二三四五六七八九十"
_CJK = "\u4e00-\u9fff"
_SENTENCE_STOP = re.compile("[。;；!！?？]")  # what `_patterns()["opener"]` may follow
_CLAUSE_END = re.compile("[。;；]")
_CLAUSE_OPENING = re.compile(r"(^|[。,，;；:：\n]|其中|如|在)[\u4e00-\u9fff\d年]{0,10}$")  # then a brand
_SECTION = re.compile(rf"^\s*(?:[▍■◆▶►]\s*|[{_CN}]+[、.．]|[（(][{_CN}]+[)）]|\d{{1,2}}[、．](?!\d)|第[{_CN}]+(?:部分|章|节)?[、,，:：]?)\s*")
_FRAMEWORK = re.compile(rf"^[{_CN}两]+[大个项类条进级]|\d")


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {
        kind: lexicon.alternation(lexicon.by_kind("actions.lexicon", kind))
        for kind in ("suffix", "verb", "indicator", "opener", "inline_suffix")
    }


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    return {
        # 实施“红心向党”巾帼行动, 实施基层工会“强基”行动
        "quoted": re.compile(rf"(?:(?:{w['verb']})[{_CJK}]{{0,8}}?)?“([^”\n]{{1,20}})”([{_CJK}]{{0,12}}?(?:{w['suffix']}))?"),
        "plain": re.compile(rf"([{_CJK}]{{2,18}}?(?:{w['suffix']}))(?=[,，。;；:：\s]|$|[{_CJK}])"),
        "verb_start": re.compile(rf"(?:{w['verb']})"),
        "indicator": re.compile(w["indicator"]),
        "opener": re.compile(rf"(?:^|(?<=[。;；!！?？]))\s*(?:{w['opener']}|第[{_CN}]+[,，、是])"),
        "inline": re.compile(rf"“([^”\n]{{1,20}})”([{_CJK}]{{0,12}}?(?:{w['inline_suffix']}))?"),
        # “假日学校”共筹集…, “慈善工坊”是…项目: the brand is what the clause is about
        "subject_verb": re.compile(rf"(?:共|累计|已|先后|全年)?(?:{w['verb']}|筹集|培育|组织|开办|帮助|带动|覆盖|建成|发放|是)"),
        "suffix_end": re.compile(rf"(?:{w['suffix']})$"),
    }


def _programme(text: str, offset: int, *, allow_plain: bool, heading: bool = False):
    """(name, start, end, rest_start) of the programme a heading names, or None. A section heading
    line that opens with a quoted brand names it whatever follows (▍“三下乡”社会实践)."""
    p = _patterns()
    m = p["quoted"].match(text)
    if m and not _FRAMEWORK.match(m.group(1)) and (m.group(2) or p["verb_start"].match(text) or heading
                                                    or p["suffix_end"].search(m.group(1))):
        return m.group(1), offset + m.start(1), offset + m.end(1), m.end()
    if allow_plain:
        # a section heading may launch an unquoted programme: （四）开展巾帼维权护航行动
        verb = p["verb_start"].match(text)
        if verb and heading:
            m = p["plain"].match(text, verb.end())
            if m and not _FRAMEWORK.match(m.group(1)) and m.end() >= len(text.rstrip("。 ")) - 1:
                return m.group(1), offset + m.start(1), offset + m.end(1), m.end()
        elif not verb:
            m = p["plain"].match(text)
            if m and not _FRAMEWORK.match(m.group(1)):
                return m.group(1), offset + m.start(1), offset + m.end(1), m.end()
    return None


def _goal(text: str, rest: int, offset: int) -> tuple[int, int] | None:
    """The aim a heading states after its programme: 实施“红心向党”巾帼行动,|强化政治引领|。"""
    clause = _CLAUSE_END.split(text[rest:], maxsplit=1)[0]
    tail = clause.lstrip(",，:： ")
    start = offset + rest + len(clause) - len(tail)
    return (start, start + len(tail)) if 2 <= len(tail) <= 24 and "“" not in tail else None


def find_actions(norm: str, paragraphs: list[tuple[int, int]]) -> list[ActionScope]:
    p = _patterns()
    scopes: list[ActionScope] = []
    section: ActionScope | None = None
    text_end = paragraphs[-1][1] if paragraphs else 0
    for p_start, p_end in paragraphs:
        line = norm[p_start:p_end]
        head = _SECTION.match(line)
        if head and len(line) <= 40 and "。" not in line[:-1]:
            if section is not None:
                scopes[scopes.index(section)] = _ended(section, p_start)
            title = line[head.end():]
            found = None if p["indicator"].search(title) else _programme(title, p_start + head.end(),
                                                                         allow_plain=True, heading=True)
            name, n_start, n_end = (found[0], found[1], found[2]) if found else (None, p_start, p_start)
            section = ActionScope(p_start, text_end, name, n_start, n_end, None, 0, True, "actions.section_heading")
            scopes.append(section)
            continue
        structured = False
        body_start = p_start + (head.end() if head else 0)
        in_named_section = section is not None and section.name is not None
        # inside a named section, a paragraph opening 开展“X”活动 is an activity of that programme
        found = None if in_named_section else _programme(norm[body_start:p_end], body_start, allow_plain=bool(head))
        if found:
            name, n_start, n_end, rest = found
            scopes.append(ActionScope(p_start, p_end, name, n_start, n_end, _goal(norm[body_start:p_end], rest, body_start),
                                      1, True, "actions.paragraph_heading"))
            structured = True
        # an opener stands at the start of a sentence: only those places are tried
        for m in scan.matches_at(p["opener"], line, [0, *(m.end() for m in _SENTENCE_STOP.finditer(line))]):
            structured = True
            o_start, o_end = p_start + m.start(), p_start + m.end()
            found = _programme(norm[o_end:p_end], o_end, allow_plain=True)
            name, n_start, n_end, rest = found if found else (None, o_end, o_end, 0)
            goal = _goal(norm[o_end:p_end], rest, o_end) if found else None
            if scopes and scopes[-1].depth == 2 and scopes[-1].end == p_end and scopes[-1].start >= p_start:
                scopes[-1] = _ended(scopes[-1], o_start)
            scopes.append(ActionScope(o_start, p_end, name, n_start, n_end, goal, 2, True, "actions.opener"))
        if not structured and not any(s.depth == 0 and s.name and s.contains(p_start) for s in scopes):
            scopes.extend(_inline(norm, p_start, p_end))
    return scopes


def _ended(scope: ActionScope, end: int) -> ActionScope:
    return scope._replace(end=end)


_LIST_GAP = re.compile(r"^[\s、,，和及与以及]*$")


def _inline(norm: str, p_start: int, p_end: int) -> list[ActionScope]:
    mentions = []
    for m in _patterns()["inline"].finditer(norm, p_start, p_end):
        name = m.group(1)
        subject = _subject_position(norm, m.start()) and _patterns()["subject_verb"].match(norm, m.end())
        if not m.group(2) and not _patterns()["suffix_end"].search(name) and not subject:
            continue
        if _FRAMEWORK.match(name) or norm.startswith(("被", "获", "荣获"), m.end()):
            continue
        mentions.append(m)
    out: list[ActionScope] = []
    for i, m in enumerate(mentions):
        listed = any(
            _LIST_GAP.match(norm[a.end():b.start()]) for a, b in ((mentions[i - 1], m) if i else (m, m),
                                                                   (m, mentions[i + 1]) if i + 1 < len(mentions) else (m, m))
            if a is not b
        )
        out.append(ActionScope(m.start(), p_end, m.group(1), m.start(1), m.end(1), None, 3, not listed,
                               "actions.inline_list" if listed else "actions.inline_mention"))
    governing = [s for s in out if s.governs]
    for i, s in enumerate(governing[:-1]):
        out[out.index(s)] = _ended(s, governing[i + 1].start)
    return out


def _subject_position(norm: str, pos: int) -> bool:
    """A brand that opens its clause (after 。,; or 其中/作为…,) is what the clause is about."""
    before = norm[max(0, pos - 12):pos]
    return bool(_CLAUSE_OPENING.search(before))


def action_at(scopes: list[ActionScope], pos: int) -> ActionScope | None:
    """The innermost governing stretch that holds `pos` (None: no action)."""
    best = None
    for s in scopes:
        if s.governs and s.contains(pos) and (best is None or (s.depth, s.start) >= (best.depth, best.start)):
            best = s
    return best if best is not None and best.name else None


@Language.factory("xf_actions", assigns=d.attrs("xf_actions"), requires=d.attrs("xf_paragraphs"),
                  default_config={})
def make_actions(nlp: Language, name: str) -> "ActionFinder":
    return ActionFinder()


class ActionFinder:
    def __call__(self, doc: Doc) -> Doc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        ext.xf_actions = find_actions(norm, d.required(ext, "xf_paragraphs", "xf_actions"))
        return doc
