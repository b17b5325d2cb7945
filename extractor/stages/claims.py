"""Stage: claims. Which numbers report work done, what each one counted, under which action.

For every countable number (`numbers.py`) in a kept paragraph (`clean.py`):
1. filters drop what ANNOTATION.md says is not a claim: numbers inside quoted names, small Chinese
   numerals in idioms, allocation standards (每人1200元, 300元/人), ranking frames, population and
   jurisdiction sizes, task targets, partners enlisted, framework counts (两个标准);
2. the metric is found: the noun phrase after a measure word (2000余名|女性求职者), else the phrase
   before the number back to its clause's verb (开展|特色宣讲|128场次), else what the previous number
   counted (宣传资料70余种|15000余份);
3. modality is `planned` after a plan marker in the sentence (计划, 力争, 还将 …, or 将 + verb);
4. the action is the innermost governing stretch from `actions.py`.
A figure restated in the same article (a headline repeating the body) is kept once.
Words the rules read are data: `claims.lexicon.tsv`.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..text import scan
from ..text.segment import tag
from . import doc as d
from .actions import action_at
from .doc import ClaimFact, NumberMention

_DELIMS = frozenset(",，。;；:：!！?？、\n●▍■◆•▪")
_NOUNISH = {"n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "j", "vn", "an", "b", "eng"}
# allowed before the first noun: 服务|企业专员, 贫困|群众, 青年(t)|突击队, 未成年人(l)
_LEADING = {"v", "vn", "vd", "a", "ad", "t", "l", "nr"}
_HONOR_VERBS = {"荣获", "获评", "获得", "入选", "当选", "获", "被评为", "被"}


@lru_cache(maxsize=1)
def _lex() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in lexicon.rows("claims.lexicon"):
        out.setdefault(row["kind"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lex = _lex()
    return {
        "planned": re.compile(rf"(?:{lexicon.alternation(lex['planned'])})"),
        "rank": re.compile(lexicon.alternation(lex["rank"])),
        "not_work": re.compile(lexicon.alternation(lex["not_work"])),
        "target": re.compile(lexicon.alternation(lex["target"])),
        "partner_end": re.compile(rf"(?:{lexicon.alternation(lex['partner'])})\s*$"),
        "partner": re.compile(lexicon.alternation(lex["partner"])),
        "body": re.compile(rf"(?:{lexicon.alternation(lex['body'])})$"),
        "total": re.compile(lexicon.alternation(lex["total"])),
        "plan_word": re.compile("计划(?!书)"),
        "conferred": re.compile(r"(?:授予|表彰)(?:了|的)?\s*$"),
        "table_label": re.compile(r"[\u4e00-\u9fff“”]{2,16}\s*[:：]\s*$"),
        "allocation": re.compile(r"(?<!平均)每[\u4e00-\u9fff]"),
        "per_after": re.compile(r"\s*/\s*[\u4e00-\u9fff]"),
        "jurisdiction": re.compile(r"(?<!分赴|走访|深入|覆盖|遍及)(?<![赴到进至])(?:全|下辖|辖)(?:国|省|市|县|区|州|镇|乡|旗)?$"),
        "division_after": re.compile(r"个?(?:乡镇|行政村|村|社区|县市区|县区|市州|州市|县市|街道|乡|镇|县|区|市|州|盟|旗)"),
        "session_before": re.compile(r"届\s*$"),
        "future_jiang": re.compile(r"将(?!近)"),
        "fulfilled": re.compile("完成|实现|达成|超额"),
        "framework_next": re.compile(lexicon.alternation(lex["framework"])),
        "framework_end": re.compile(rf"(?:{lexicon.alternation(lex['framework'])})\Z"),
        "national_title": re.compile("全国|称号"),
        "wan_yi": re.compile("[万亿]"),
        "trailing_count": re.compile(r"[\d一二两三四五六七八九十]+\S{0,3}$"),
        "quoted": re.compile(r"“[^”]*”"),
    }


# -- scanning helpers ---------------------------------------------------------------------------

def _clause_start(norm: str, pos: int, floor: int) -> int:
    return scan.clause_start(norm, pos, floor, _DELIMS)


def _clause_end(norm: str, pos: int, ceiling: int) -> int:
    return scan.clause_end(norm, pos, ceiling, _DELIMS)


@lru_cache(maxsize=256)  # the same window is read by several rules of one claim, one right after another
def _tokens(norm: str, start: int, end: int) -> tuple[tuple[str, str, int, int], ...]:
    pairs = tag(norm[start:end])
    ends = list(accumulate([len(w) for w, _ in pairs], initial=start))
    return tuple((w, t, a, b) for (w, t), a, b in zip(pairs, ends, ends[1:]))


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " \t,，、":
        start += 1
    while end > start and norm[end - 1] in " \t":
        end -= 1
    return start, end


def _noun_phrase_after(norm: str, start: int, end: int, skip_to: dict[int, int]) -> tuple[int, int, bool] | None:
    """The noun phrase that a measure word introduces: 2000余名|女性求职者|牵线搭桥 -> 女性求职者."""
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
        if w_start == pos and word in _HONOR_VERBS:
            return None  # 1人|荣获…: what was counted is the honour, read by the fallback
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
def _phrase_before(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """What a number counts when the phrase precedes it: 共开展特色宣讲|128场次 -> 特色宣讲."""
    lex = _lex()
    toks = list(_tokens(norm, start, end))
    while toks and (toks[-1][0] in lex["trailing"] or not toks[-1][0].strip()):
        toks.pop()
    if not toks:
        return None
    cuts = [i for i, tk in enumerate(toks) if tk[0] in lex["cut"]]
    for i in reversed(cuts):
        rest = _strip_leading(toks[i + 1 :])
        if rest:
            return _trim(norm, rest[0][2], rest[-1][3])
    rest = _strip_leading(toks)
    return _trim(norm, rest[0][2], rest[-1][3]) if rest else None


def _strip_leading(toks):
    lead = _lex()["leading"]
    i = 0
    while i < len(toks) and (toks[i][0] in lead or not toks[i][0].strip() or toks[i][0] in "、,，和及与)）的"):
        i += 1
    return toks[i:]


class _Names:
    """Which characters of the text stand inside a place or organisation name."""

    def __init__(self, size: int, spans) -> None:
        self._inside = bytearray(size)
        for start, end in spans:
            self._inside[start:end] = b"\1" * (end - start)

    def covers(self, pos: int) -> bool:
        return 0 <= pos < len(self._inside) and self._inside[pos] == 1


# -- the finder ---------------------------------------------------------------------------------

def find_claims(norm: str, numbers: list[NumberMention], paragraphs: list[tuple[int, int]],
                sentences: list[tuple[int, int]], scopes, body_start: int = 0,
                entity_spans: Sequence[tuple[int, int]] = ()) -> list[ClaimFact]:
    p, lex = _patterns(), _lex()
    entities = _Names(len(norm), entity_spans)
    sent_starts = [s for s, _ in sentences]
    para_starts = [s for s, _ in paragraphs]
    skip_to = {n.start: n.end for n in numbers if not n.countable}
    claims: list[ClaimFact] = []
    prev_end, prev_metric, prev_number_end = -1, None, -1
    ages = [n for n in numbers if n.kind == "age"]
    for n in numbers:
        adjacent = n.start == prev_number_end  # 宣传资料70余种|15000余份: one metric, two units
        prev_number_end = n.end
        if not n.countable:
            prev_end = n.end
            continue
        if _count_note(norm, n):
            continue  # 年度任务(240人)的77.5%: a count restated in brackets; the phrase runs on through it
        k = bisect.bisect_right(para_starts, n.start) - 1
        if k < 0 or n.end > paragraphs[k][1]:
            continue  # page furniture, or a line cut away by the clean stage
        k = bisect.bisect_right(sent_starts, n.start) - 1
        s_start, s_end = sentences[k]
        clause_start = _clause_start(norm, n.start, s_start)
        if any(clause_start <= a.start < n.start for a in ages):
            prev_end, prev_metric = n.end, None
            continue  # 60周岁以上老年人4.6万人: a population by age, not work done
        fact = _claim(norm, n, s_start, s_end, clause_start, max(prev_end, s_start),
                      prev_metric if adjacent else None, skip_to, scopes, p, lex, entities)
        if fact is not None:
            claims.append(fact)
            prev_metric = (fact.metric_start, fact.metric_end)
            prev_end = max(n.end, fact.metric_end)
        else:
            prev_end, prev_metric = n.end, None
    return _dedupe(norm, claims, body_start)


def _claim(norm, n: NumberMention, s_start, s_end, clause_start, floor, prev_metric, skip_to, scopes, p, lex,
           entities: "_Names") -> ClaimFact | None:
    # the scan back from the number meets the same stop whatever the floor: only the floor differs
    c_start = max(clause_start, floor)
    c_end = after_end = _clause_end(norm, n.end, s_end)
    before = norm[c_start:n.start]
    clause = norm[clause_start:c_end]
    if _inside_quotes(norm, s_start, n.start):
        return None
    if n.numeral == "chinese" and n.value < 2:
        return None  # 一对一, 一大批, 一米高度: idioms, not counts
    if p["session_before"].search(norm, max(s_start, n.start - 2), n.start):
        return None  # 七届三次(执委): a meeting's number
    if p["rank"].search(clause) or p["not_work"].search(clause):
        return None
    if p["target"].search(before) and not p["fulfilled"].search(clause):
        return None
    if p["partner_end"].search(before):
        return None
    if p["per_after"].match(norm, n.end) or (p["allocation"].search(before)):
        return None
    if (n.kind == "money" and p["allocation"].search(norm, s_start, c_end)
            and not p["total"].search(norm, clause_start, n.start)):
        return None  # 每人慰问1200元 / 其中每人资助3000元: standards, unless the clause reports a total
    if p["jurisdiction"].search(norm, max(s_start, n.start - 4), n.start) and p["division_after"].match(norm, n.unit_end if n.unit else n.end):
        return None  # 全县11个乡镇: the size of a jurisdiction

    if p["conferred"].search(before) and p["national_title"].search(norm, n.end, c_end):
        return None  # 团中央授予296个团组织全国五四红旗团委称号: awards conferred on others elsewhere
    if entities.covers(n.num_start):
        return None  # 三台县, 六盘水市: a numeral inside a name
    if n.kind == "bare" and not p["wan_yi"].search(norm, n.num_start, n.num_end):
        # a bare number needs 万/亿 and a noun to be a count (67.8万妇女), unless it is a table's figure
        return _table_line(norm, n, c_start, after_end, s_start, s_end, scopes, p)
    after = _noun_phrase_after(norm, n.end, min(after_end, n.end + 40), skip_to)
    if after is not None:
        head = norm[after[0]:after[1]]
        if p["target"].search(head):
            return None  # 省下达的1000人目标任务: a target, not work done
        hard_start = max(norm.rfind(ch, s_start, n.start) for ch in ",，;；:：") + 1
        if p["body"].search(head) and p["partner"].search(norm, max(hard_start, s_start), n.start):
            return None  # 联合公安、检察等8个部门: partners enlisted
    if after is not None and after[2] and _noun_before(norm, c_start, n.start):
        after = None  # 招募大学生志愿者约90名|担任辅导员: a verb after the count starts what they did
    if n.kind in ("money", "percent", "measure") and not norm.startswith("的", n.end):
        # a sum, a rate or a measure names what it counts before it (贷款1000万元), unless nothing
        # but a verb is there (落实|90万元|专项资金; ● 12.6万小时 全年志愿服务总时长)
        before_metric = _phrase_before(norm, c_start, n.start) if before.strip() else None
        if before_metric is not None and norm[before_metric[0]:before_metric[1]] not in lex["cut"]:
            after = None
    if n.kind == "bare":
        if after is None:
            return _table_line(norm, n, c_start, after_end, s_start, s_end, scopes, p)
    if n.value <= 10 and n.unit in ("个", "项", "条", "类", "") and (
            p["framework_next"].match(norm, n.end) or (after and p["framework_end"].search(norm, after[0], after[1]))):
        return None  # 两个标准, 四个抓手, 两个发展规划: the shape of a scheme, not work done
    metric: tuple[int, int] | None
    if after is not None:
        metric, rule = (after[0], after[1]), "claims.metric_after"
    else:
        metric = _phrase_before(norm, c_start, n.start) if before.strip() else None
        rule = "claims.metric_before"
        if metric is None and prev_metric is not None:
            metric, rule = prev_metric, "claims.metric_previous"
        if metric is None:
            raw_end = after_end if after_end > n.end else n.end
            if raw_end - n.end >= 2:
                metric, rule = _trim(norm, n.end, min(raw_end, n.end + 30)), "claims.metric_after_verb"
        if metric is None:
            found = _previous_clause_subject(norm, c_start, s_start, p)
            if found:
                metric, rule = found, "claims.metric_previous_clause"
        if metric is None:
            return None
    if metric[1] <= metric[0]:
        return None
    if p["not_work"].search(norm, metric[0], metric[1]):
        return None
    scope = action_at(scopes, n.start)
    return ClaimFact(n, metric[0], metric[1], s_start, s_end, scope.name if scope else None,
                     scope.name_start if scope else None, _modality(norm, s_start, n.start, p), rule)


def _table_line(norm, n: NumberMention, c_start, after_end, s_start, s_end, scopes, p) -> ClaimFact | None:
    """培训人次:12,560 — a figure table written as lines: the label is the metric."""
    label = p["table_label"].search(norm, c_start, n.start)
    if not (label and after_end - n.end <= 0 and n.numeral == "arabic"):
        return None
    metric = _trim(norm, label.start(), label.start() + len(label.group(0).rstrip(" :：")))
    scope = action_at(scopes, n.start)
    return ClaimFact(n, metric[0], metric[1], s_start, s_end, scope.name if scope else None,
                     scope.name_start if scope else None, _modality(norm, s_start, n.start, p), "claims.table_line")


def _count_note(norm: str, n: NumberMention) -> bool:
    """绵阳市最美志愿者(12名), 任务(240人): a count alone in brackets restates one."""
    return norm[max(0, n.start - 1):n.start] in ("(", "（") and norm[n.end:n.end + 1] in (")", "）")


def _noun_before(norm, c_start, pos) -> bool:
    """Is there a noun phrase of three characters or more right before the number?"""
    found = _phrase_before(norm, c_start, pos) if pos > c_start else None
    if not found or found[1] - found[0] < 3 or found[1] != _trim(norm, c_start, pos)[1]:
        return False
    toks = _tokens(norm, found[0], found[1])
    return bool(toks) and toks[-1][1] in _NOUNISH


def _previous_clause_subject(norm, c_start, s_start, p) -> tuple[int, int] | None:
    """…集中慰问活动慰问一线劳动者795名,|共计13.5万元: a bare total counts what the clause before was about.
    Clauses that only state a standard (每人5000元) are passed over."""
    end = c_start - 1
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


def _inside_quotes(norm: str, s_start: int, pos: int) -> bool:
    """Inside a quoted name (“12445 n”, 《…2023〕17号》), not inside quoted speech."""
    for open_, close in (("“", "”"), ("《", "》")):
        i = norm.rfind(open_, s_start, pos)
        if i >= 0 and norm.find(close, i, pos) < 0:
            j = norm.find(close, pos, pos + 30)
            if j >= 0 and j - i <= 30:
                return True
    return False


def _blank_quote(m: re.Match) -> str:
    return "”" * len(m.group(0))


def _modality(norm: str, s_start: int, pos: int, p) -> str:
    # a quoted name (“友好昌邑,童享未来”) may hold 未来 or 计划 without being a plan
    head = norm[s_start:pos]
    if "“" in head:
        head = p["quoted"].sub(_blank_quote, head)
    if p["planned"].search(head):
        return "planned"
    for m in p["plan_word"].finditer(head):
        nxt = tag(norm[s_start + m.end(): s_start + m.end() + 4])
        if nxt and nxt[0][1][:1] in ("v", "p", "t", "m", "d"):
            return "planned"  # 计划新建, 计划从2018年; not 见习计划, 西部计划志愿者
    for m in p["future_jiang"].finditer(head):
        nxt = tag(norm[s_start + m.end(): s_start + m.end() + 4])
        if nxt and nxt[0][1][:1] in ("v", "d", "p", "c"):
            return "planned"  # 将 + verb is the future; 将 + noun is 把 (将服务站建到社区)
    return "achieved"


def _same(a: str, b: str) -> bool:
    return a.strip("“”\"'《》「」 ") == b.strip("“”\"'《》「」 ")


def _dedupe(norm: str, claims: list[ClaimFact], body_start: int) -> list[ClaimFact]:
    """A headline figure restated in the body, or a figure restated with the same metric, is kept once."""
    kept: list[ClaimFact] = []
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
            kept[twin_at] = c  # the restatement in a governed paragraph carries more
    return kept


@Language.factory("xf_claims", assigns=d.attrs("xf_claims"),
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
        ext.xf_claims = find_claims(norm, d.numbers(ext, stage), d.required(ext, "xf_paragraphs", stage),
                                    d.required(ext, "xf_sentences", stage), d.actions(ext, stage),
                                    d.required(ext, "xf_body_start", stage),
                                    [(e.start, e.end) for e in d.entities(ext, stage) if e.label in ("GPE", "ORG")])
        return doc
