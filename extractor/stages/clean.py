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
from typing import Final

import ahocorasick_rs

from .. import lexicon
from ..text import regex, scan
from ..text.regex import words_of as _words_of
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
_NEVER_PROSE: Final = frozenset({"spam", "copyright", "ad"})  # kinds whose rows cut a line the body's work opened too
_SENTENCE_END = regex.compile(r"[。!?！？;；]+[”’」』)]?|\n")
# the same within a line: a pattern that opens on a character class is sought by Python's engine
# itself, a class at a time (its search's charset prefix); one that opens on a repeat or an
# alternation is tried at every character of the paragraph (sentences 0.024 -> 0.013 ms/article, hot)
_STOP_RUN = regex.compile(r"[。!?！？;；][。!?！？;；]*[”’」』)]?")
_CJK = regex.compile(r"[\u3400-\u9fff]")
_PROSE_MARK = regex.compile("[。,，]")
# each repetition has one way to match (the classes are disjoint): a failure costs one pass
_THIRTY_CJK = regex.compile(r"(?:[^\u3400-\u9fff]*[\u3400-\u9fff]){30}")


def find_removed(norm: str) -> list[RemovedSpan]:
    removed: list[RemovedSpan] = []
    hits = _marker_hits(norm)
    k, n_hits = 0, len(hits)
    while k < n_hits:  # only the lines where a marker's word stands: no other marker can match a line
        start = norm.rfind("\n", 0, hits[k][0]) + 1
        end = norm.find("\n", hits[k][0])
        if end < 0:
            end = len(norm)
        candidates: set[int] = set()
        while k < n_hits and hits[k][0] <= end:  # <=: at least the hit that found the line
            candidates.add(hits[k][1])
            k += 1
        line = norm[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        hit = _classify(stripped, candidates)
        if hit is None:
            continue
        marker, m = hit
        if marker.kind == "header" and _credits_the_work_above(norm, start, stripped):
            continue  # 书法《岚水长歌》（行书） / 　　作者：周墨林: a work's credit in a list of winners, no page header
        if marker.kind == "prose":
            # 开通服务热线0558-…: the body's work, before any furniture row could claim the line; but not the spam
            # injected into it, nor a footer run on into it (版权所有, 访问人数), which their own rows still cut
            markers = _markers()
            junk = _classify(stripped, {i for i in candidates if markers[i].kind in _NEVER_PROSE})
            if junk is None:
                continue
            marker, m = junk
        if marker.scope == "fragment":
            cut = max(line.rfind(ch, 0, line.find(m.group(0))) for ch in _SEPARATORS)
            frag_start = start + (cut + 1 if cut >= 0 else 0)
            body_before = norm[start:frag_start]
            if len(_CJK.findall(body_before)) < 4:
                frag_start = start  # hardly any text before the spam: the whole line is junk
            elif (whole := _junk_line(stripped, candidates)) is not None:
                # 【推广】鸿运28 注册即送88元彩金, ⊙ 点击领取春节红包 日赚500元 >>>: a row of a whole line's junk matches
                # the line, what opens the spam with it
                marker, frag_start = whole, start
            removed.append(RemovedSpan(frag_start, end, marker.kind, marker.rule))
        else:
            chrome = _chrome_at(line, candidates) if len(line) > _PROSE_BEFORE_CHROME else -1
            if marker.kind == "hotline" and chrome < 0:
                # 做实法律服务。全年提供法律咨询310人次…。职工法律服务热线0311-…实行专人值守。: the sentences before
                # the hotline's report the body's work; the hotline's sentence is the service offered
                kept = _glued_to_prose(line, m.start() + len(line) - len(line.lstrip()))  # (m is on the stripped line)
                if kept:
                    removed.append(RemovedSpan(start + kept, start + len(line.rstrip()), marker.kind, marker.rule))
                    continue
            # (a hotline before the chrome classified the line: the line is the service it offers, whole)
            glued = _glued_to_prose(line, chrome) if chrome >= 0 and (
                marker.kind in _PAGE_CHROME or chrome <= m.start() + len(line) - len(line.lstrip())) else 0
            removed.append(RemovedSpan(start + (glued if glued else len(line) - len(line.lstrip())),
                                       start + len(line.rstrip()), marker.kind, marker.rule))
    links = [link for r in removed if r.rule == _RELATED and _RELATED_READING.search(norm, r.start, r.end)
             for link in _related_links(norm, r.end)]
    links += [line for i, r in enumerate(removed) if r.rule == _COMMENTS and _COMMENTS_HEADING.fullmatch(norm, r.start, r.end)
              for line in _comment_lines(norm, r.end, _closing_comments(removed, i))]
    if links:
        taken = {r.start for r in removed}
        removed = sorted(removed + [link for link in links if link.start not in taken], key=_start_of)
    return removed


def _credits_the_work_above(norm: str, start: int, stripped: str) -> bool:
    """作者：周墨林 on the line right under a work (摄影《梯田晨曦》): the work's credit, not the page's byline."""
    if not stripped.startswith(_CREDIT_LABELS) or start < 2:
        return False
    above = norm[norm.rfind("\n", 0, start - 1) + 1:start - 1]
    return "《" in above and "》" in above


# the label of a work's credit (作者): the honours stage's header of an authors' column, one spelling for both
_CREDIT_LABELS: Final = lexicon.by_kind("honors.headers", "author")


def _junk_line(text: str, candidates: set[int]) -> _Marker | None:
    """The row of a whole line's junk (an ad's, a copyright's) that `text` matches, if any."""
    markers = _markers()
    hit = _classify(text, {i for i in candidates if markers[i].scope == "line" and markers[i].kind in _NEVER_PROSE})
    return hit[0] if hit is not None else None


def _glued_to_prose(line: str, at: int) -> int:
    """Where furniture glued to the end of a paragraph starts (…储银华说。（通讯员 汪晓燕）上一篇：…版权所有：…,
    a page whose line breaks were lost): after the last sentence's end before the marker at `at`, when
    thirty characters of prose or more come before it; 0 when the line is furniture as a whole."""
    cut = max(line.rfind(ch, 0, at) for ch in _PROSE_ENDS)
    if cut < 0 or not _THIRTY_CJK.match(line, 0, cut):
        return 0
    return cut + 1


def _chrome_at(line: str, candidates: set[int]) -> int:
    """Where the first of the page's chrome markers stands in the line (-1: none): a footer glued to a
    paragraph may hold a phone number after its 版权所有, which classified the line."""
    markers = _markers()
    found = [m.start() for i in candidates if markers[i].kind in _PAGE_CHROME
             for m in (markers[i].pattern.search(line),) if m is not None]
    return min(found) if found else -1


_PROSE_ENDS: Final = "。!！?？"
_PROSE_BEFORE_CHROME: Final = 30  # the Chinese characters of prose `_glued_to_prose` asks for (`_THIRTY_CJK`)
# the page's own chrome (上一篇, 版权所有, 分享到): glued to a paragraph, never its prose (a hotline line's
# sentences are the service it offers, taken out whole)
_PAGE_CHROME: Final = frozenset({"copyright", "navigation", "share"})
_RELATED: Final = "clean.navigation.related"  # the marker rule of navigation lines (相关阅读, 当前位置, 更多>>)
_RELATED_READING: Final = regex.compile(r"相关|推荐|延伸阅读")  # …of those, the ones that head links to other pages
_LINK_BULLETS: Final = "·•●▪◦■□◆◇▶►"


_COMMENTS: Final = "clean.navigation.comments"  # the marker rule of a comments section's lines (网友评论, 发表评论)
# …of those, the heading a section of readers' comments opens with (not 发表评论, a button)
_COMMENTS_HEADING: Final = regex.compile(r"(?:网友评论|精彩评论|热门评论|最新评论|全部评论|精选留言|评论区)[:：]?"
                                         r"\s*(?:[(（]\d+[)）])?")
_COMMENTS_REACH: Final = 3000


def _closing_comments(removed: list[RemovedSpan], i: int) -> int | None:
    """Where the comments line after removed[i] that closes its section (发表评论, 共3条评论) starts; None
    when the next furniture line is of another kind."""
    following = removed[i + 1] if i + 1 < len(removed) else None
    return following.start if following is not None and following.rule == _COMMENTS else None


def _comment_lines(norm: str, after: int, closing: int | None) -> list[RemovedSpan]:
    """网友评论： / 东工小团子 2025-05-05 / 为186名优秀团员点赞！…: the lines under a comments heading are
    readers' words, not the page's (their figures and praise are no claims, no honours): up to the line that
    closes them (发表评论) within reach; with none, to the page's end, and only for a
    heading in the page's second half (网友评论(0) near the top: a button by the headline, the body after it)."""
    if closing is not None and closing - after <= _COMMENTS_REACH:
        end = closing
    elif after < len(norm) // 2:
        return []
    else:
        end = len(norm)
    return [RemovedSpan(start + len(line) - len(line.lstrip()), start + len(line.rstrip()), "navigation",
                        "clean.navigation.comment_line")
            for start, line in _lines_after(norm, after, end) if line.strip()]


def _lines_after(norm: str, after: int, end: int) -> list[tuple[int, str]]:
    """The lines that follow the one holding `after`, up to `end`: where each starts, and its text."""
    lines: list[tuple[int, str]] = []
    pos = norm.find("\n", after, end)
    while 0 <= pos < end:
        start = pos + 1
        stop = norm.find("\n", start, end)
        if stop < 0:
            stop = end
        lines.append((start, norm[start:stop]))
        pos = stop if stop < end else -1
    return lines


def _start_of(r: RemovedSpan) -> int:
    return r.start


def _related_links(norm: str, after: int) -> list[RemovedSpan]:
    """相关阅读： / · 我县3个村入选省级森林村庄名单 / · …: the lines under a related-reading heading that
    open with a bullet are the titles of other pages, not this one's news (a village's honour in one
    is no honour of this article)."""
    links: list[RemovedSpan] = []
    for start, line in _lines_after(norm, after, len(norm)):
        stripped = line.lstrip()
        if not stripped or stripped[0] not in _LINK_BULLETS:
            break
        links.append(RemovedSpan(start + len(line) - len(stripped), start + len(line.rstrip()), "navigation",
                                 "clean.navigation.related_link"))
    return links


_Searches = tuple[tuple[re.Pattern, _Marker, int], ...]


@lru_cache(maxsize=1)
def _by_length() -> tuple[list[int], list[_Searches]]:
    """The markers that apply to a line, in table order, by its length: most lines are body prose,
    longer than every `max_len`, and only the markers without one are tried on them."""
    markers = _markers()
    limits = sorted({m.max_len for m in markers if m.max_len})
    buckets = [tuple((m.pattern, m, i) for i, m in enumerate(markers) if not m.max_len or m.max_len >= bound)
               for bound in [*limits, limits[-1] + 1 if limits else 1]]
    return limits, buckets


_TAG: Final = regex.compile(r"</?[A-Za-z!][^<>\n]{0,300}>")  # (not 浓度<35微克…>300天, prose's comparisons)


def _classify(line: str, candidates: set[int]) -> tuple[_Marker, re.Match] | None:
    """The first marker of the table (among `candidates`, by index) that matches the line. A line's
    length is that of its visible characters: a page's markup, blanked in the working copy or kept
    (<div class="share">分享到：<a class="wx">微信</a>…), is no prose."""
    limits, buckets = _by_length()
    visible = len(line) - line.count(" ") - line.count("\t") - line.count("\u3000")
    if "<" in line:
        visible -= sum(m.end() - m.start() - m.group().count(" ") for m in _TAG.finditer(line))
    for pattern, marker, i in buckets[bisect_left(limits, visible)]:
        if i in candidates:
            m = pattern.search(line)
            if m:
                return marker, m
    return None


# A line is tried against the markers only where one of their words stands in it. Each marker's
# pattern is read (Python's own regex parser) for a set of words one of which every match contains;
# one Aho-Corasick pass over the text finds them all. Most lines are body prose with none: the
# pass replaces a dozen regex searches per line (find_removed 0.090 -> 0.030 ms/article, hot).


@lru_cache(maxsize=1)
def _marker_words() -> tuple[ahocorasick_rs.AhoCorasick | None, list[list[int]], list[int]]:
    """The automaton over every marker's words, the markers each word stands for, and the markers
    with no words (tried on every line)."""
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    for i, marker in enumerate(_markers()):
        words = _words_of(marker.pattern)
        if words is None:
            always.append(i)
            continue
        for w in sorted(words):
            by_word.setdefault(w, []).append(i)
    if not by_word:
        return None, [], always
    # a DFA: half the NFA's time on this text (a few hundred states)
    auto = ahocorasick_rs.AhoCorasick(list(by_word), implementation=ahocorasick_rs.Implementation.DFA)
    return auto, list(by_word.values()), always


def _marker_hits(norm: str) -> list[tuple[int, int]]:
    """(position, marker index) for every place a marker's word stands, in text order; a marker
    without words is reported at the start of every line."""
    auto, markers_of, always = _marker_words()
    hits: list[tuple[int, int]] = []
    if auto is not None:
        # overlapping: every occurrence of every word (a word inside another is reported too)
        for w, start, _ in auto.find_matches_as_indexes(norm, overlapping=True):
            for i in markers_of[w]:
                hits.append((start, i))
    if always:
        pos = 0
        for line in norm.split("\n"):
            hits.extend((pos, i) for i in always)
            pos += len(line) + 1
    hits.sort()
    return hits


def kept_paragraphs(norm: str, removed: list[RemovedSpan]) -> list[tuple[int, int]]:
    """Line spans with the removed parts cut away; empty and Chinese-less lines dropped, but for a share set large on
    a line of its own under its label (抽检合格率 / 98.4%: a 数说 page's figure)."""
    cuts = sorted((r.start, r.end) for r in removed)
    paragraphs: list[tuple[int, int]] = []
    pos, i = 0, 0
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
        if end > start and (_CJK.search(norm, start, end) or _LONE_SHARE.fullmatch(norm, start, end) and paragraphs
                            and _next_line(norm, paragraphs[-1][1], start)
                            and _RATE_LABEL.search(norm, *paragraphs[-1]) is not None):
            paragraphs.append((start, end))
    return paragraphs


_LONE_SHARE: Final = regex.compile(r"[0-9]+(?:\.[0-9]+)?\s*[%％]")  # 98.4%: a share alone on its line
# 抽检合格率, 占比, 同比增长: a label that names a rate or a change, the line a share set large stands under (not 教育 / 35%,
# a poll's answer, nor 全市平均)
_RATE_LABEL: Final = regex.compile(r"(?:率|比重|比例|占比|增长|下降|增幅|降幅|提高|控制在)\s*[:：]?\s*$")


def _next_line(norm: str, end: int, start: int) -> bool:
    """Whether `start` opens the line right after the one that ends at `end`, blanks aside."""
    return norm.count("\n", end, start) == 1 and not norm[end:start].strip()


MAX_SENTENCE = 400  # longer runs are cut at a comma: it bounds every per-sentence scan downstream


def sentences(norm: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    stops = _stop_positions(norm)
    k, n_stops = 0, len(stops)
    for p_start, p_end in paragraphs:
        start = p_start
        # `kept_paragraphs` gives lines: a paragraph holds no line break (where one does, the
        # pattern that ends a sentence there too)
        if norm.find("\n", p_start, p_end) >= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(norm, p_start, p_end)]
        else:
            k = bisect_left(stops, p_start, k)
            ends, k = _stop_run_ends(norm, stops, k, n_stops, p_end)
        for end in ends:
            if end - start > MAX_SENTENCE:
                out.extend(_bounded(norm, start, end))
            elif end > start:
                out.append((start, end))
            start = end
        if p_end - start > MAX_SENTENCE:
            out.extend(_bounded(norm, start, p_end))
        elif start < p_end:
            out.append((start, p_end))  # what `_bounded` yields for a stretch no longer than MAX_SENTENCE
    return out


_STOPS = "。!?！？;；"  # what opens a `_STOP_RUN` and what it goes on with
_CLOSERS = "”’」』)"  # what may end it, once


def _stop_positions(norm: str) -> list[int]:
    """Where the `_STOPS` stand in the text, in order: a plain search for each finds them at memchr
    speed, where `_STOP_RUN` sought them a character at a time, one match object per sentence
    (sentences 0.130 -> 0.054 M instructions an article, compiled, in the whole pipeline)."""
    return scan.positions(norm, _STOPS)


def _stop_run_ends(norm: str, stops: list[int], k: int, n_stops: int, p_end: int) -> tuple[list[int], int]:
    """`[m.end() for m in _STOP_RUN.finditer(norm, p_start, p_end)]`, from `stops[k]`, the first stop at or
    after `p_start`, and the index of the first stop at or after `p_end`: a run is a stop and the stops
    right after it, then one closing mark if one follows; the next run is sought after its end."""
    ends: list[int] = []
    while k < n_stops and stops[k] < p_end:
        end = stops[k] + 1
        k += 1
        while k < n_stops and stops[k] == end and end < p_end:
            end += 1
            k += 1
        if end < p_end and norm[end] in _CLOSERS:
            end += 1
        ends.append(end)
    return ends, k


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
        # 30 Chinese characters matched, not listed and counted: most paragraphs asked are long ones
        if _PROSE_MARK.search(norm, p_start, p_end) and _THIRTY_CJK.match(norm, p_start, p_end):
            return p_start
    return paragraphs[0][0] if paragraphs else 0
