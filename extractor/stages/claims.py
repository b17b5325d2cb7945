"""Stage: claims. Which numbers report work done, what each one counted, under which action.

Every countable number (`numbers.py`) is a candidate, and goes one way:
1. filters (`_FILTERS`, an ordered table of named predicates) turn down what ANNOTATION.md says is
   not a claim: numbers outside the kept paragraphs or inside quoted names, allocation standards
   (每人1200元, 300元/人), ranks, population and jurisdiction sizes (全县11个乡镇), task targets,
   partners enlisted (联合11个部门), framework counts (两个标准), awards conferred elsewhere. The
   first filter that holds names the rule, and the candidate is recorded on
   `doc._.xf_claims_rejected`;
2. the metric is chosen (`_METRICS`, an ordered table of named readings): the noun phrase a measure
   word introduces (2000余名|女性求职者), else the phrase before the number back to its clause's
   verb (开展|特色宣讲|128场次), else what the previous number counted (宣传资料70余种|15000余份) …;
   a candidate with no metric is turned down too;
3. modality is `planned` after a plan marker in the sentence (计划, 力争, 还将 …, or 将 + verb);
4. the action is the innermost governing stretch from `actions.py`.
A figure restated in the same article (a headline repeating the body) is kept once.
Words the rules read are data: `claims.lexicon.tsv` (what a metric is read from), `claims.reject.tsv`, `claims.modality.tsv`,
and the honour verbs of `honors.triggers.tsv`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..text import scan
from ..text.segment import tag
from . import doc as d
from .actions import action_at
from .doc import ClaimFact, NumberMention, Rejected, Span2
from .filters import Filter, check_table, first_rejecting

_DELIMS = frozenset(",，。;；:：!！?？、\n●▍■◆•▪")
_HARD_STOPS = ",，;；:："  # where a partner verb's reach ends (联合公安、检察等|8个部门)
_NOUNISH = {"n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "j", "vn", "an", "b", "eng"}
# allowed before the first noun: 服务|企业专员, 贫困|群众, 青年(t)|突击队, 未成年人(l)
_LEADING = {"v", "vn", "vd", "a", "ad", "t", "l", "nr"}
_BIG_MAGNITUDES = re.compile("[万亿]")  # 67.8万妇女: a bare number with one of these counts the noun after it
_UNNAMED_UNITS = ("个", "项", "条", "类", "")  # the measure words of a framework count (两个标准, 四项机制)

# windows, in characters
_AFTER_REACH = 40  # how far the noun phrase after a measure word may run
_CLAUSE_REST_REACH = 30  # how much of the clause after the number may stand as its metric (24000余人次|参与)
_QUOTED_NAME_REACH = 30  # a quote longer than this around a number is speech, not a name (“12445 n”)
_SCOPE_REACH = 4  # 全县|11个乡镇: how far before the number a scope word may end
_SESSION_REACH = 2  # 七届|三次: a session number follows 届 at once
_NEXT_WORD_REACH = 4  # the word read after 计划 or 将 to tell a plan from a name
_FRAMEWORK_MAX = 10  # a framework count is small (两个标准, 六大行动)
_IDIOM_BELOW = 2  # 一对一, 一大批: a Chinese numeral below this is an idiom, not a count


# -- lexicons ---------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _words(name: str, kind: str) -> frozenset[str]:
    return frozenset(lexicon.by_kind(name, kind))


def _alt(name: str, kind: str) -> str:
    return lexicon.alternation(_words(name, kind))


@lru_cache(maxsize=1)
def _honor_verbs() -> frozenset[str]:
    """The honours stage's triggers (获评, 荣膺, 被评为's 评为 …), read from its lexicon, never copied."""
    return frozenset(lexicon.words("honors.triggers"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    return {
        "planned": re.compile(_alt("claims.modality", "planned")),
        "plan_verb": re.compile(rf"(?:{_alt('claims.modality', 'lookalike')})|({_alt('claims.modality', 'plan_verb')})"),
        "future": re.compile(rf"(?:{_alt('claims.modality', 'lookalike')})|({_alt('claims.modality', 'future')})"),
        "rank": re.compile(_alt("claims.reject", "rank")),
        "not_work": re.compile(_alt("claims.reject", "not_work")),
        "target": re.compile(_alt("claims.reject", "target")),
        "fulfilled": re.compile(_alt("claims.reject", "fulfilled")),
        "partner_end": re.compile(rf"(?:{_alt('claims.reject', 'partner')})\s*$"),
        "partner": re.compile(_alt("claims.reject", "partner")),
        "body_end": re.compile(rf"(?:{_alt('claims.reject', 'body')})$"),
        "total": re.compile(_alt("claims.reject", "total")),
        "conferred": re.compile(rf"(?:{_alt('claims.reject', 'conferral')})(?:了|的)?\s*$"),
        "national": re.compile(_alt("claims.reject", "national")),
        "scope_end": re.compile(rf"(?:{_alt('claims.reject', 'scope')})(?:{_alt('claims.reject', 'level')})?$"),
        "division": re.compile(rf"个?(?:{_alt('claims.reject', 'division')})"),
        "framework_next": re.compile(_alt("claims.reject", "framework")),
        "framework_end": re.compile(rf"(?:{_alt('claims.reject', 'framework')})\Z"),
        "table_label": re.compile(r"[\u4e00-\u9fff“”]{2,16}\s*[:：]\s*$"),
        "allocation": re.compile(r"(?<!平均)每[\u4e00-\u9fff]"),
        "per_after": re.compile(r"\s*/\s*[\u4e00-\u9fff]"),
        "session_before": re.compile(r"届\s*$"),
        "trailing_count": re.compile(r"[\d一二两三四五六七八九十]+\S{0,3}$"),
        "quoted": re.compile(r"“[^”]*”"),
    }


# -- scanning helpers ------------------------------------------------------------------------------

def _clause_start(norm: str, pos: int, floor: int) -> int:
    return scan.clause_start(norm, pos, floor, _DELIMS)


def _clause_end(norm: str, pos: int, ceiling: int) -> int:
    return scan.clause_end(norm, pos, ceiling, _DELIMS)


@lru_cache(maxsize=256)  # the same window is read by several rules of one claim, one right after another
def _tokens(norm: str, start: int, end: int) -> tuple[tuple[str, str, int, int], ...]:
    pairs = tag(norm[start:end])
    ends = list(accumulate([len(w) for w, _ in pairs], initial=start))
    return tuple((w, t, a, b) for (w, t), a, b in zip(pairs, ends, ends[1:]))


def _trim(norm: str, start: int, end: int) -> Span2:
    while start < end and norm[start] in " \t,，、":
        start += 1
    while end > start and norm[end - 1] in " \t":
        end -= 1
    return start, end


def _noun_phrase_after(norm: str, start: int, end: int, skip_to: dict[int, int]) -> tuple[int, int, bool] | None:
    """The noun phrase that a measure word introduces: 2000余名|女性求职者|牵线搭桥 -> 女性求职者.
    The flag says whether the phrase opens with a verb (服务|企业专员)."""
    # 1800余名|6周岁以上|留守儿童: an age or a date inside the phrase is passed over
    pos = skip_to.get(start, start)
    while pos < end and norm[pos] in " \t":
        pos += 1
    if norm.startswith("的", pos):
        pos += 1
    phrase_start, phrase_end, seen_noun, quote_end, lead_verb = pos, pos, False, -1, False
    w_end = pos
    for word, t in tag(norm[pos:end]):  # read a word or two in; no window is shared, so none is cached
        w_start, w_end = w_end, w_end + len(word)
        if w_start < quote_end:
            continue
        if w_start == pos and (word in _honor_verbs() or word in ("被", "被评为")):
            return None  # 1人|荣获…: what was counted is the honour, read by a later reading
        if word.startswith("“"):
            close = norm.find("”", w_start, end)
            if close < 0:
                break
            quote_end = phrase_end = close + 1
            seen_noun = True
            continue
        if t in _NOUNISH or (t in _LEADING and not seen_noun):
            if w_start == pos:
                lead_verb = t in ("v", "vd")
            phrase_end = w_end
            seen_noun = seen_noun or t in _NOUNISH or (t in ("l", "nr") and w_start == pos)
            continue
        if word == "的" and seen_noun and lead_verb:  # 具有时代影响力的|杰出代表: a relative clause; the head follows
            head = _noun_phrase_after(norm, w_end, end, {})
            if head:
                return head[0], head[1], False
        break
    if not seen_noun or phrase_end <= phrase_start:
        return None
    return phrase_start, phrase_end, lead_verb


@lru_cache(maxsize=256)  # a sum's phrase is read twice: to decide, then as its metric
def _phrase_before(norm: str, start: int, end: int) -> Span2 | None:
    """What a number counts when the phrase precedes it: 共开展特色宣讲|128场次 -> 特色宣讲."""
    toks = list(_tokens(norm, start, end))
    trailing = _words("claims.lexicon", "trailing")
    while toks and (toks[-1][0] in trailing or not toks[-1][0].strip()):
        toks.pop()
    if not toks:
        return None
    cut = _words("claims.lexicon", "cut")
    for i in reversed([i for i, tk in enumerate(toks) if tk[0] in cut]):
        rest = _strip_leading(toks[i + 1:])
        if rest:
            return _trim(norm, rest[0][2], rest[-1][3])
    rest = _strip_leading(toks)
    return _trim(norm, rest[0][2], rest[-1][3]) if rest else None


def _strip_leading(toks):
    lead = _words("claims.lexicon", "leading")
    i = 0
    while i < len(toks) and (toks[i][0] in lead or not toks[i][0].strip() or toks[i][0] in "、,，和及与)）的"):
        i += 1
    return toks[i:]


def _inside_quotes(norm: str, s_start: int, pos: int) -> bool:
    """Inside a quoted name (“12445 n”, 《…2023〕17号》), not inside quoted speech."""
    for open_, close in (("“", "”"), ("《", "》")):
        i = norm.rfind(open_, s_start, pos)
        if i >= 0 and norm.find(close, i, pos) < 0:
            j = norm.find(close, pos, pos + _QUOTED_NAME_REACH)
            if j >= 0 and j - i <= _QUOTED_NAME_REACH:
                return True
    return False


class _Names:
    """Which characters of the text stand inside a place or organisation name."""

    def __init__(self, size: int, spans) -> None:
        self._inside = bytearray(size)
        for start, end in spans:
            self._inside[start:end] = b"\1" * (end - start)

    def covers(self, pos: int) -> bool:
        return 0 <= pos < len(self._inside) and self._inside[pos] == 1


# -- the candidate ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Article:
    """What every candidate of one article reads."""

    norm: str
    paragraphs: list[tuple[int, int]]
    para_starts: list[int]
    sentences: list[tuple[int, int]]
    sent_starts: list[int]
    ages: list[NumberMention]
    skip_to: dict[int, int]  # a non-countable number's start -> its end: a noun phrase reads past it
    names: _Names


@dataclass(eq=False)
class _Candidate:
    """A countable number, and the stretches around it that the filters and readings look at.
    Every stretch is computed when a rule first asks for it, so a number turned down early costs little."""

    art: _Article
    n: NumberMention
    floor: int  # the phrase before may not reach back past this (the previous claim or number)
    prev_metric: Span2 | None  # what the number right before counted, when nothing stands between

    @property
    def norm(self) -> str:
        return self.art.norm

    @cached_property
    def sentence(self) -> tuple[int, int]:
        return self.art.sentences[bisect.bisect_right(self.art.sent_starts, self.n.start) - 1]

    @cached_property
    def clause_start(self) -> int:
        return _clause_start(self.norm, self.n.start, self.sentence[0])

    @cached_property
    def before_start(self) -> int:
        """Where the phrase before the number may start: its clause, not before the floor."""
        return max(self.clause_start, self.floor, self.sentence[0])

    @cached_property
    def clause_end(self) -> int:
        return _clause_end(self.norm, self.n.end, self.sentence[1])

    @property
    def before(self) -> str:
        return self.norm[self.before_start:self.n.start]

    @property
    def clause(self) -> str:
        return self.norm[self.clause_start:self.clause_end]

    @property
    def is_bare(self) -> bool:
        return self.n.kind == "bare"

    @cached_property
    def noun_after(self) -> tuple[int, int, bool] | None:
        """The noun phrase right after the number (28名|法律顾问), whatever is made of it."""
        n = self.n
        if self.is_bare and not _BIG_MAGNITUDES.search(self.norm, n.num_start, n.num_end):
            return None  # a bare number needs 万/亿 to count the noun after it (67.8万妇女)
        return _noun_phrase_after(self.norm, n.end, min(self.clause_end, n.end + _AFTER_REACH), self.art.skip_to)

    @cached_property
    def metric_after(self) -> Span2 | None:
        """`noun_after` when it is what the number counted. Not when a verb opens it and a noun
        phrase precedes the number (招募大学生志愿者约90名|担任辅导员: what they did), nor for a sum,
        rate or measure that names its noun before it (贷款1000万元|用于…)."""
        after = self.noun_after
        if after is None:
            return None
        if after[2] and _noun_before(self.norm, self.before_start, self.n.start):
            return None
        if self.n.kind in ("money", "percent", "measure") and not self.norm.startswith("的", self.n.end):
            # unless nothing but a verb is there (落实|90万元|专项资金; ● 12.6万小时 全年志愿服务总时长)
            before = _phrase_before(self.norm, self.before_start, self.n.start) if self.before.strip() else None
            if before is not None and self.norm[before[0]:before[1]] not in _words("claims.lexicon", "cut"):
                return None
        return after[0], after[1]

    @cached_property
    def reading(self) -> tuple[Span2, str] | None:
        """The metric and the id of the reading that found it (first of `_METRICS` that reads one)."""
        for rule, read in _METRICS:
            span = read(self)
            if span is not None and span[1] > span[0]:
                return span, rule
        return None

    def detail(self) -> str:
        """What the candidate read as, for people looking at a rejection."""
        metric = self.__dict__.get("reading")
        if metric is not None:
            return self.norm[metric[0][0]:metric[0][1]]
        return self.norm[self.before_start:self.n.end]


# -- filters: the first that holds turns the candidate down ------------------------------------------

def _outside_body(c: _Candidate) -> bool:
    k = bisect.bisect_right(c.art.para_starts, c.n.start) - 1
    return k < 0 or c.n.end > c.art.paragraphs[k][1]


def _count_note(c: _Candidate) -> bool:
    norm, n = c.norm, c.n
    return norm[max(0, n.start - 1):n.start] in ("(", "（") and norm[n.end:n.end + 1] in (")", "）")


def _age_population(c: _Candidate) -> bool:
    return any(c.clause_start <= a.start < c.n.start for a in c.art.ages)


def _quoted_name(c: _Candidate) -> bool:
    return _inside_quotes(c.norm, c.sentence[0], c.n.start)


def _idiom_numeral(c: _Candidate) -> bool:
    return c.n.numeral == "chinese" and c.n.value < _IDIOM_BELOW


def _session_number(c: _Candidate) -> bool:
    return bool(_patterns()["session_before"].search(c.norm, max(c.sentence[0], c.n.start - _SESSION_REACH),
                                                     c.n.start))


def _rank(c: _Candidate) -> bool:
    return bool(_patterns()["rank"].search(c.clause))


def _population(c: _Candidate) -> bool:
    return bool(_patterns()["not_work"].search(c.clause))


def _target(c: _Candidate) -> bool:
    p = _patterns()
    return bool(p["target"].search(c.before)) and not p["fulfilled"].search(c.clause)


def _partner(c: _Candidate) -> bool:
    return bool(_patterns()["partner_end"].search(c.before))


def _allocation(c: _Candidate) -> bool:
    p = _patterns()
    return bool(p["per_after"].match(c.norm, c.n.end) or p["allocation"].search(c.before))


def _per_head_sum(c: _Candidate) -> bool:
    """每人慰问1200元, 其中每人资助3000元: a sum in a sentence that states a standard, unless its clause
    reports a total."""
    p = _patterns()
    return (c.n.kind == "money" and bool(p["allocation"].search(c.norm, c.sentence[0], c.clause_end))
            and not p["total"].search(c.norm, c.clause_start, c.n.start))


def _jurisdiction(c: _Candidate) -> bool:
    p, norm, n = _patterns(), c.norm, c.n
    window = max(c.sentence[0], n.start - _SCOPE_REACH)
    scope = p["scope_end"].search(norm, window, n.start)
    if scope is None or norm[:scope.start()].endswith(tuple(_words("claims.reject", "reach"))):
        return False
    return bool(p["division"].match(norm, n.unit_end if n.unit else n.end))


def _conferred_elsewhere(c: _Candidate) -> bool:
    p = _patterns()
    return bool(p["conferred"].search(c.before)) and bool(p["national"].search(c.norm, c.n.end, c.clause_end))


def _inside_name(c: _Candidate) -> bool:
    return c.art.names.covers(c.n.num_start)


def _target_head(c: _Candidate) -> bool:
    after = c.noun_after
    return after is not None and bool(_patterns()["target"].search(c.norm, after[0], after[1]))


def _partner_body(c: _Candidate) -> bool:
    after, norm, s_start = c.noun_after, c.norm, c.sentence[0]
    if after is None or not _patterns()["body_end"].search(norm[after[0]:after[1]]):
        return False
    hard_start = max(norm.rfind(ch, s_start, c.n.start) for ch in _HARD_STOPS) + 1
    return bool(_patterns()["partner"].search(norm, max(hard_start, s_start), c.n.start))


def _framework(c: _Candidate) -> bool:
    p, n, after = _patterns(), c.n, c.metric_after
    if n.value > _FRAMEWORK_MAX or n.unit not in _UNNAMED_UNITS:
        return False
    return bool(p["framework_next"].match(c.norm, n.end) or (after and p["framework_end"].search(c.norm, *after)))


def _no_metric(c: _Candidate) -> bool:
    return c.reading is None


def _metric_not_work(c: _Candidate) -> bool:
    start, end = c.reading[0]
    return bool(_patterns()["not_work"].search(c.norm, start, end))


_FILTERS: tuple[Filter, ...] = (
    Filter("claims.reject.outside_body", _outside_body, "page furniture, or a line the clean stage cut away"),
    Filter("claims.reject.count_note", _count_note, "a count alone in brackets restates one: 绵阳市最美志愿者(12名)"),
    Filter("claims.reject.age_population", _age_population, "a population by age: 60周岁以上老年人4.6万人"),
    Filter("claims.reject.quoted_name", _quoted_name, "inside a quoted name: “12445 n”, 《…2023〕17号》"),
    Filter("claims.reject.idiom_numeral", _idiom_numeral, "a small Chinese numeral in an idiom: 一对一, 一大批"),
    Filter("claims.reject.session_number", _session_number, "a meeting's number: 七届三次(执委)"),
    Filter("claims.reject.rank", _rank, "a ranking: 在全省排第1位"),
    Filter("claims.reject.population", _population, "a population or area figure: 户籍人口, 面积"),
    Filter("claims.reject.target", _target, "a task or indicator figure not reported as met: 任务38283座"),
    Filter("claims.reject.partner", _partner, "partners enlisted: 联合11个部门"),
    Filter("claims.reject.allocation", _allocation, "an allocation standard: 每人1200元, 300元/人"),
    Filter("claims.reject.per_head_sum", _per_head_sum, "a sum beside a per-head standard: 每人慰问1200元"),
    Filter("claims.reject.jurisdiction", _jurisdiction, "the size of a jurisdiction: 全县11个乡镇"),
    Filter("claims.reject.conferred_elsewhere", _conferred_elsewhere,
           "awards an issuer conferred nationwide: 团中央授予296个团组织全国五四红旗团委称号"),
    Filter("claims.reject.inside_name", _inside_name, "a numeral inside a place or organisation name: 三台县"),
    Filter("claims.reject.target_head", _target_head, "a target counted: 省下达的1000人目标任务"),
    Filter("claims.reject.partner_body", _partner_body, "partners enlisted: 联合公安、检察等8个部门"),
    Filter("claims.reject.framework", _framework, "the shape of a scheme: 两个标准, 四个抓手"),
    Filter("claims.reject.no_metric", _no_metric, "nothing says what the number counted"),
    Filter("claims.reject.metric_not_work", _metric_not_work, "what it counted is a population or area"),
)
check_table(_FILTERS)

# turned down before its place in the text is read: the numbers around it read on through it
_TRANSPARENT = frozenset({"claims.reject.outside_body", "claims.reject.count_note"})


# -- metric readings: the first that reads a phrase names what was counted ---------------------------

def _read_after(c: _Candidate) -> Span2 | None:
    return c.metric_after


def _read_table_line(c: _Candidate) -> Span2 | None:
    """培训人次:12,560 — a figure table written as lines: the label is the metric."""
    if not c.is_bare or c.metric_after is not None:
        return None
    n = c.n
    label = _patterns()["table_label"].search(c.norm, c.before_start, n.start)
    if not (label and c.clause_end <= n.end and n.numeral == "arabic"):
        return None
    return _trim(c.norm, label.start(), label.start() + len(label.group(0).rstrip(" :：")))


def _read_before(c: _Candidate) -> Span2 | None:
    if c.is_bare or not c.before.strip():
        return None
    return _phrase_before(c.norm, c.before_start, c.n.start)


def _read_previous(c: _Candidate) -> Span2 | None:
    return None if c.is_bare else c.prev_metric


def _read_clause_rest(c: _Candidate) -> Span2 | None:
    """24000余人次|参与: the rest of the clause after the number."""
    if c.is_bare or c.clause_end - c.n.end < 2:
        return None
    return _trim(c.norm, c.n.end, min(c.clause_end, c.n.end + _CLAUSE_REST_REACH))


def _read_previous_clause(c: _Candidate) -> Span2 | None:
    """…集中慰问活动慰问一线劳动者795名,|共计13.5万元: a bare total counts what the clause before was
    about. Clauses that only state a standard (每人5000元) are passed over."""
    if c.is_bare:
        return None
    p, norm, s_start = _patterns(), c.norm, c.sentence[0]
    end = c.before_start - 1
    while end > s_start:
        start = _clause_start(norm, end, s_start)
        first_digit = p["trailing_count"].search(norm[start:end])
        stop = start + first_digit.start() if first_digit else end
        if not p["allocation"].match(norm, start):
            if first_digit:  # 集中慰问活动慰问一线劳动者795名: what the clause was about precedes its count
                span = _trim(norm, start, stop)
            else:  # 为86名大学生发放一次性创业补贴: the clause's object
                span = _phrase_before(norm, start, end) or (0, 0)
            if span[1] - span[0] >= 2:
                return span
        end = start - 1
    return None


_METRICS: tuple[tuple[str, Callable[[_Candidate], Span2 | None]], ...] = (
    ("claims.metric_after", _read_after),
    ("claims.table_line", _read_table_line),
    ("claims.metric_before", _read_before),
    ("claims.metric_previous", _read_previous),
    ("claims.metric_after_verb", _read_clause_rest),
    ("claims.metric_previous_clause", _read_previous_clause),
)


def _noun_before(norm: str, c_start: int, pos: int) -> bool:
    """Is there a noun phrase of three characters or more right before the number?"""
    found = _phrase_before(norm, c_start, pos) if pos > c_start else None
    if not found or found[1] - found[0] < 3 or found[1] != _trim(norm, c_start, pos)[1]:
        return False
    toks = _tokens(norm, found[0], found[1])
    return bool(toks) and toks[-1][1] in _NOUNISH


# -- modality --------------------------------------------------------------------------------------

def _blank_quote(m: re.Match) -> str:
    return "”" * len(m.group(0))


def _modality(norm: str, s_start: int, pos: int) -> str:
    p = _patterns()
    # a quoted name (“友好昌邑,童享未来”) may hold 未来 or 计划 without being a plan
    head = norm[s_start:pos]
    if "“" in head:
        head = p["quoted"].sub(_blank_quote, head)
    if p["planned"].search(head):
        return "planned"
    for marker, next_tags in (("plan_verb", ("v", "p", "t", "m", "d")), ("future", ("v", "d", "p", "c"))):
        for m in p[marker].finditer(head):
            if m.group(1) is None:
                continue  # 将近, 计划书
            nxt = tag(norm[s_start + m.end(): s_start + m.end() + _NEXT_WORD_REACH])
            if nxt and nxt[0][1][:1] in next_tags:
                return "planned"  # 计划新建, 计划从2018年, 将新建; not 见习计划, 将服务站建到社区
    return "achieved"


# -- the finder ------------------------------------------------------------------------------------

def _judge(c: _Candidate, scopes) -> ClaimFact | Rejected:
    """A candidate's path: filters, metric, modality, action."""
    f = first_rejecting(_FILTERS, c)
    if f is not None:
        return Rejected(c.n.start, c.n.end, f.rule, c.detail())
    (metric_start, metric_end), rule = c.reading
    s_start, s_end = c.sentence
    scope = action_at(scopes, c.n.start)
    return ClaimFact(c.n, metric_start, metric_end, s_start, s_end, scope.name if scope else None,
                     scope.name_start if scope else None, _modality(c.norm, s_start, c.n.start), rule)


def find_claims(norm: str, numbers: list[NumberMention], paragraphs: list[tuple[int, int]],
                sentences: list[tuple[int, int]], scopes, body_start: int = 0,
                entity_spans: Sequence[tuple[int, int]] = ()) -> tuple[list[ClaimFact], list[Rejected]]:
    """The claims of one article, and the candidates turned down (each with the rule that did)."""
    art = _Article(norm, paragraphs, [s for s, _ in paragraphs], sentences, [s for s, _ in sentences],
                   [n for n in numbers if n.kind == "age"], {n.start: n.end for n in numbers if not n.countable},
                   _Names(len(norm), entity_spans))
    claims: list[ClaimFact] = []
    rejected: list[Rejected] = []
    prev_end, prev_metric, prev_number_end = -1, None, -1
    for n in numbers:
        adjacent = n.start == prev_number_end  # 宣传资料70余种|15000余份: one metric, two units
        prev_number_end = n.end
        if not n.countable:
            prev_end = n.end
            continue
        verdict = _judge(_Candidate(art, n, prev_end, prev_metric if adjacent else None), scopes)
        if isinstance(verdict, ClaimFact):
            claims.append(verdict)
            prev_metric = (verdict.metric_start, verdict.metric_end)
            prev_end = max(n.end, verdict.metric_end)
        else:
            rejected.append(verdict)
            if verdict.rule not in _TRANSPARENT:
                prev_end, prev_metric = n.end, None
    kept, restated = _dedupe(norm, claims, body_start)
    return kept, rejected + restated


def _same(a: str, b: str) -> bool:
    return a.strip("“”\"'《》「」 ") == b.strip("“”\"'《》「」 ")


def _dedupe(norm: str, claims: list[ClaimFact], body_start: int) -> tuple[list[ClaimFact], list[Rejected]]:
    """A headline figure restated in the body, or a figure restated with the same metric, is kept once."""
    kept: list[ClaimFact] = []
    dropped: list[ClaimFact] = []
    same_figure: dict[tuple[float, str, str], list[int]] = {}  # (value, unit, modality) -> places in `kept`
    for c in claims:
        places = same_figure.setdefault((c.number.value, c.number.unit, c.modality), [])
        twin_at = next((i for i in places if kept[i].number.start < body_start
                        or _same(norm[kept[i].metric_start:kept[i].metric_end], norm[c.metric_start:c.metric_end])), None)
        if twin_at is None:
            places.append(len(kept))
            kept.append(c)
            continue
        twin = kept[twin_at]
        if (twin.number.start < body_start <= c.number.start) or (twin.action is None and c.action is not None):
            # the body's statement has the fuller context (its metric, its action) than the headline's
            kept[twin_at], c = c, twin
        dropped.append(c)
    return kept, [Rejected(c.number.start, c.number.end, "claims.reject.restated", norm[c.metric_start:c.metric_end])
                  for c in dropped]


@Language.factory("xf_claims", assigns=d.attrs("xf_claims", "xf_claims_rejected"),
                  requires=d.attrs("xf_numbers", "xf_actions", "xf_paragraphs", "xf_sentences", "xf_body_start",
                                   "xf_entities"),
                  default_config={})
def make_claims(nlp: Language, name: str) -> "ClaimFinder":
    return ClaimFinder()


class ClaimFinder:
    def __call__(self, doc: Doc) -> Doc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_claims"
        ext.xf_claims, ext.xf_claims_rejected = find_claims(
            norm, d.numbers(ext, stage), d.required(ext, "xf_paragraphs", stage),
            d.required(ext, "xf_sentences", stage), d.actions(ext, stage), d.required(ext, "xf_body_start", stage),
            [(e.start, e.end) for e in d.entities(ext, stage) if e.label in ("GPE", "ORG")])
        return doc
