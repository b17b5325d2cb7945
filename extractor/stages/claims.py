"""Stage: claims. Which numbers report work done, what each one counted, under which action.

Every countable number (`numbers.py`) is a candidate, and goes one way:
1. filters (`_FILTERS`, an ordered table of named predicates) turn down what ANNOTATION.md says is
   not a claim: numbers outside the kept paragraphs or inside quoted names, allocation standards
   (每人1200元, 300元/人), ranks and gaps to another area's figure (比全国高20个百分点), population
   and jurisdiction sizes (全县11个乡镇), task targets, partners enlisted (联合11个部门), framework
   counts (两个标准, 出台12条举措), awards conferred elsewhere, statistics of the area (地区生产总值同比
   增长5.6%, a scenic area's visitors) and survey findings, sentences the end of the page cuts off.
   The first filter that holds names the rule, and the candidate is recorded on
   `doc._.xf_claims_rejected`;
2. the metric is chosen (`_METRICS`, an ordered table of named readings): the noun phrase a measure
   word introduces (2000余名|女性求职者), or that a bare count is written on to in a tally (4金3银),
   else the phrase before the number back to its clause's verb (开展|特色宣讲|128场次), else what the
   previous number counted (宣传资料70余种|15000余份) …; a candidate with no metric is turned down too;
3. modality is `planned` after a plan marker in the sentence (计划, 力争, 还将 …, or 将 + verb), and
   under a report's plan heading (三、2025年工作计划) to the next heading numbered as it is;
4. the action is the innermost governing stretch from `actions.py`.
A figure restated in the same article (a headline repeating the body, rounding it: 逾一亿元, or
tallying it: 3金2银 over 金牌3枚、银牌2枚) is kept once. (A page with pinyin glosses, 覆(fù)盖, is
read without them: the pipeline removes them before any stage runs, `text/glosses.py`.)
Words the rules read are data: `claims.lexicon.tsv` (what a metric is read from), `claims.reject.tsv`
(what turns a number down), `claims.modality.tsv`, and the honour verbs of `honors.triggers.tsv`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Final, NamedTuple

import ahocorasick_rs

from .. import lexicon
from ..text import regex, scan
from ..text.segment import tag
from . import doc as d
from .actions import Governing, action_at, numbering_style
from . import gazetteer
from .entities import gazetteer_places, surnames
from .home import HomeArea
from .doc import ActionScope, ClaimFact, NumberMention, Rejected, Span2
from .filters import Filter, check_table

_Tok = tuple[str, str, int, int]  # a word, its part-of-speech tag, its start and end in the text
# the module's constants are Final: compiled, each is a C static, not a look-up in the module's dict at
# every use (the rules read them for every candidate, many several times)
_DELIMS: Final = frozenset(",，。;；:：!！?？、\n●▍■◆•▪")
_NOT_LISTS: Final = frozenset(",，。;；:：!！?？\n●▍■◆•▪")  # the delimiters but the list mark 、
_GROUP_CLOSE: Final = regex.compile(r"[^,，。;；:：、]*等\s*$")  # …、B等|4个: the list's last item and 等
_GROUP_THEN_NOUN: Final = regex.compile(r"[^,，。;；:：、等]*等[\u4e00-\u9fff]{2,10}$")  # …、召夸等营业网点|21个: 等, then the noun
_LIST_DELIMS: Final = _DELIMS - {"、"}  # a list's items (困难户、孤寡老人等) are one phrase
_HARD_STOPS: Final = ",，;；:："  # where a partner verb's reach ends (联合公安、检察等|8个部门)
_NOUNISH: Final = {"n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "j", "vn", "an", "b", "eng"}
# allowed before the first noun: 服务|企业专员, 贫困|群众, 青年(t)|突击队, 未成年人(l)
_LEADING: Final = {"v", "vn", "vd", "a", "ad", "t", "l", "nr", "s", "f"}
_REACHES: Final = "达"  # 率达|98.5%: a verb of reaching the tagger writes on to the noun before the figure
_FILLERS: Final = frozenset(",，)）的")  # passed over at a phrase's start, with the joins of a list
_FUNCTION_TAGS: Final = frozenset("pcud")  # prepositions, conjunctions, particles, adverbs: 为, 等, 共
# a phrase says what was counted only with one of these (nouns, verbs, adjectives, idioms, names)
_CONTENT_TAGS: Final = frozenset("nvaijlbze")
_PLACE_MIN: Final = 3  # a tagged place or body name shorter than this is more often a common noun (农村, 城镇)
_BIG_MAGNITUDES: Final = regex.compile("[万亿]")  # 67.8万妇女: a bare number with one of these counts the noun after it
_UNNAMED_UNITS: Final = ("个", "项", "条", "类", "")
_ORDINAL_MEASURES: Final = frozenset("届批期次轮")
_BRACKET_MARKS: Final = frozenset("()（）")
_COMPOUND_HEADS: Final = frozenset({"n", "ng", "nz", "j"})  # 示范|项目, 示范|岗: the noun a verb before it modifies
_PLACE_NAME_MAX: Final = 8  # a township's or a village's name with its suffix  # 第八|届, 第二|批: what an ordinal's numeral leaves unread  # the measure words of a framework count (两个标准, 四项机制)

# windows, in characters
_BECAME_REACH: Final = 16  # 单位|成功创建|省级示范基地: how long what the counted became may be
_AFTER_REACH: Final = 40  # how far the noun phrase after a measure word may run
_CLAUSE_REST_REACH: Final = 30  # how much of the clause after the number may stand as its metric (24000余人次|参与)
_QUOTED_NAME_REACH: Final = 30  # a quote longer than this around a number is speech, not a name (“12445 n”)
_LIST_GAP: Final = 2  # 3771人、13660人和22812人: counts listed side by side stand this close
_LABEL_REACH: Final = 8  # 浏览次数:|226次: how far before the number a page's label may start
_NOTE_SCOPE_REACH: Final = 6  # (全国共有|1077所: how far before the number a count note's bracket may open
_SCOPE_REACH: Final = 4  # 全县|11个乡镇: how far before the number a scope word may end
_SESSION_REACH: Final = 8  # 七届|三次: a session number follows 届 at once, or the body it numbers (十八届人大|二次)
_NEXT_WORD_REACH: Final = 4  # the word read after 计划 or 将 to tell a plan from a name
_FRAMEWORK_MAX: Final = 10  # a framework count is small (两个标准, 六大行动)
_REQUIRED_MIN: Final = regex.compile(r"不少于|至少|不低于|最少")  # 每年…不少于12场: a requirement, whatever its size
_YEARLY_MIN: Final = 10  # 每年…60场: a year's work counted; 每年…2次 is a routine's rhythm
_MOTTO_MAX: Final = 32  # a motto's characters (十六字方针, 二十四字): never a text's length
_IDIOM_BELOW: Final = 2  # 一对一, 一大批: a Chinese numeral below this is an idiom, not a count
_TALLY_NOUN_MAX: Final = 4  # 4金|3银, 2集体|、1个人: the noun a bare count is written on to is one short word
_TALLY_BELOW: Final = 1000  # and the count is small: 12345|热线|1.2万件 is a hotline's number, not a tally
_TOTAL_FACTOR: Final = 3  # a sum this many times every per-head sum of its sentence is what was paid out in all
# a headline's rounded figure (逾一亿元) restates a body figure within these bounds (body / headline)
_HEADING_MAX: Final = 20  # a line this short that ends on no sentence mark is a heading
_NUMBERING: Final = r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．])?\s*"
_ROUNDED: Final = {"over": (1.0, 1.25), "about": (0.9, 1.1), "under": (0.8, 1.0)}
_SENTENCE_CLOSERS: Final = "。！？!?…”」』)）"  # a text that ends on none of these is cut off by the end of the page


# -- lexicons ---------------------------------------------------------------------------------------

@cache
def _words(name: str, kind: str) -> frozenset[str]:
    return frozenset(lexicon.by_kind(name, kind))


def _alt(name: str, kind: str) -> str:
    return lexicon.alternation(_words(name, kind))


@lru_cache(maxsize=1)
def _honor_verbs() -> frozenset[str]:
    """The honours stage's triggers (获评, 荣膺, 被评为's 评为 …), read from its lexicon, never copied."""
    return frozenset(lexicon.words("honors.triggers"))


class _Lex:
    """The word sets the phrase readers test for every word they read and `_marks_of` for every
    candidate, looked up once: a `_words` call builds and hashes its key each time (180 calls an article).
    A plain class: compiled, its fields are read in C (a NamedTuple's by a look-up on its type)."""

    def __init__(self) -> None:
        def words(kind: str) -> frozenset[str]:
            return _words("claims.lexicon", kind)

        self.scope = words("scope")
        self.scope_body = words("scope_body")
        # a one-character scope and a body written on to it (各|村, 全|县): the words whose first character
        # is a scope and whose rest is a body, made once (compiled, testing each word's first character and
        # rest made two new strings; tests/test_claims_scope.py)
        self.scope_compounds = frozenset(a + b for a in self.scope if len(a) == 1 for b in self.scope_body)
        self.join = words("join")
        self.leading = words("leading")
        self.trailing = words("trailing")
        self.aspect = words("aspect")
        self.cut = words("cut")
        self.head = words("head")
        self.light = words("light")
        self.honour = words("honour")
        self.participate = words("participate")
        self.manner = words("manner")
        self.stop = words("stop")
        self.condition = words("condition")
        self.together = words("together")
        self.valuation = words("valuation")
        self.currency = words("currency")
        self.examples = words("examples")
        self.honour_verbs = _honor_verbs()
        # the units of money and percentages the numbers stage reads (numbers.units.tsv): a metric is never one
        # alone (a measure word may be: 单位, 个人)
        self.units = frozenset(r["unit"] for r in lexicon.rows("numbers.units") if r["kind"] in ("money", "percent"))
        self.duration = _words("claims.reject", "duration")
        self.vacuous = words("vacuous")
        self.state = words("state")
        self.division = _words("claims.reject", "division")
        self.incident_units = _words("claims.reject", "incident_unit")  # what incidents are counted in (`_occurred`)
        # what opens a sub-item's clause (其中…) or says where the counted live: a tuple, for startswith
        self.sub_item_openings = tuple(_words("claims.reject", "sub_item") | _words("claims.reject", "spread"))
        # what a metric made only of these says nothing of what was counted (with scopes: `_empty_metric`)
        self.empty = self.light | self.trailing | self.leading


# `_lex()` and `_patterns()`, made on the first call and kept. Not lru_cache: the rules ask for them
# about 180 times an article, and a compiled function reads a module list in a fraction of what an
# lru_cache call costs (a call through Python, a key, a dict look-up)
_MADE_LEX: Final[list[_Lex]] = []
_MADE_PATTERNS: Final[list[dict[str, re.Pattern]]] = []


def _lex() -> _Lex:
    if not _MADE_LEX:
        _MADE_LEX.append(_Lex())
    return _MADE_LEX[0]


def _patterns() -> dict[str, re.Pattern]:
    if not _MADE_PATTERNS:
        _MADE_PATTERNS.append(_make_patterns())
    return _MADE_PATTERNS[0]


def _make_patterns() -> dict[str, re.Pattern]:
    return {
        # (模拟赛16场: a lookalike holds 拟 without planning anything)
        "planned": regex.compile(rf"(?:{_alt('claims.modality', 'lookalike')})|({_alt('claims.modality', 'planned')})"),
        "actual": regex.compile(rf"{_alt('claims.modality', 'actual')}|(?<=[,，;；])实际(?=[\u4e00-\u9fff])"),
        "done": regex.compile(_alt("claims.modality", "done")),
        "plan_verb": regex.compile(rf"(?:{_alt('claims.modality', 'lookalike')})|"
                                rf"({_alt('claims.modality', 'plan_verb')})"),
        "future": regex.compile(rf"(?:{_alt('claims.modality', 'lookalike')})|({_alt('claims.modality', 'future')})"),
        "lookalike": regex.compile(_alt("claims.modality", "lookalike")),
        "clause_future": regex.compile(rf"(?:{_alt('claims.modality', 'lookalike')})|({_alt('claims.modality', 'clause_future')})"),
        "rank": regex.compile(_alt("claims.reject", "rank")),
        "not_work": regex.compile(_alt("claims.reject", "not_work")),
        # (目标人群覆盖率: the population a service aims at, no target figure)
        "target": regex.compile(rf"(?!{_alt('claims.reject', 'target_lookalike')})(?:{_alt('claims.reject', 'target')})"),
        "fulfilled": regex.compile(_alt("claims.reject", "fulfilled")),
        "carried_out": regex.compile(_alt("claims.reject", "carried_out")),
        # (联合县内6家银行, 联合辖区9家共建单位: the partners may be placed, in the body's own area)
        "partner_end": regex.compile(rf"(?:{_alt('claims.reject', 'partner')})(?:辖区内?|[县市区镇乡省]内)?\s*$"),
        "partner": regex.compile(_alt("claims.reject", "partner")),
        "body_end": regex.compile(rf"(?:{_alt('claims.reject', 'body')})$"),
        "body_start": regex.compile(rf"(?:{_alt('claims.reject', 'body')})(?=[\u4e00-\u9fff])"),
        "total": regex.compile(_alt("claims.reject", "total")),
        "conferral": regex.compile(_alt("claims.reject", "conferral")),
        "national": regex.compile(_alt("claims.reject", "national")),
        "national_name": regex.compile(_alt("claims.reject", "national_name")),
        "within": regex.compile(_alt("claims.reject", "within")),
        "received": regex.compile(rf"^\s*(?:{lexicon.alternation(_honor_verbs())})"),
        # 3人|被团省委评为…, 22人|荣获…: an honour verb, passive or not, right after the counts, or after the
        # frame of where it was won (86人次|在省级以上学科竞赛中|获奖)
        "honour_verb": regex.compile(rf"\s*(?:(?:{_alt('claims.lexicon', 'honour')})[^,，。;；:：、]{{0,12}}?"
                                  r"|在[^,，。;；:：、]{1,16}?中)?"
                                  rf"({lexicon.alternation(_honor_verbs() | _words('claims.reject', 'conferral'))})"),
        "participate": regex.compile(rf"\s*(?:{_alt('claims.lexicon', 'manner')})?(?:{_alt('claims.lexicon', 'participate')})"),
        "threshold_end": regex.compile(rf"(?:{_alt('claims.reject', 'threshold')})\s*$"),
        "condition_next": regex.compile(r"\s*(?:以上|以下)?\s*的"),
        "bound_before": regex.compile(r"(?:超过|超|高于|多于|不少于|不低于|低于|少于|不足|不到)"),
        "bound_after": regex.compile(r"(?:以上|以下)$"),
        "page_counter": regex.compile(rf"(?:{_alt('claims.reject', 'page_counter')})(?:量|次数|数)?\s*[:：]\s*$"),
        "aside_open": regex.compile(rf"[(（]\s*(?:{_alt('claims.reject', 'aside')})"),
        "share": regex.compile(r"占(?!比)"),
        # 由2019年的|8万元|增至, 由|61%|提升至: a starting value, between 由 (or 从) and the change to another
        "change_from": regex.compile(r"[由从](?!事|业|于)[^,，。;；:：由从]{0,12}?$"),
        # (至今, 为主: no value after it; the change reaches a number)
        "change_to_next": regex.compile(rf"(?:的水平)?(?:(?:{_alt('claims.lexicon', 'change')})(?:到|至|为)|到|至)"
                                        rf"(?!今|止|主)(?=[^,，。;；]{{0,12}}\d)"),
        # 由|2019年的8万元增至2024年的|62万元: the value reached, its start and change before it
        "change_reached": regex.compile(rf"[由从](?!事|业|于)[^,，。;；:：由从]{{0,24}}?(?:的水平)?"
                                        rf"(?:(?:{_alt('claims.lexicon', 'change')})(?:到|至|为)|到|至)"
                                        rf"(?:[^,，。;；:：]{{0,8}}的)?$"),
        "survey": regex.compile(_alt("claims.reject", "survey")),
        "delegation_end": regex.compile(rf"(?:{_alt('claims.reject', 'delegation')})\s*$"),
        "kin_next": regex.compile(rf"(?:{_alt('claims.reject', 'kin')})"),
        "kin_pair_end": regex.compile(rf"(?:{_alt('claims.reject', 'kin_pair')})$"),
        # 2.9万名|持证残疾人的获得感: the people counted, then a sense they feel
        "sense_after": regex.compile(rf"[^\d,，。;；:：]{{0,12}}?的(?:{_alt('claims.reject', 'sense')})"),
        # 团结带领|全县|约|21.3万名, 团结带领全村386户|1243名, 团结带领全县56所中小学的|4.3万名: a lead verb, the whole area,
        # the count, or the one before it and its noun
        "constituency_end": regex.compile(rf"(?:{_alt('claims.reject', 'lead')})\s*(?:{_alt('claims.reject', 'scope')})"
                                          rf"(?:{_alt('claims.reject', 'level')})\s*(?:[约近超逾]?[\d.]+万?[余多]?[户名人位个所家支]"
                                          r"(?:[\u4e00-\u9fff“”]{1,10}?(?:的|、|和|及))?)?"
                                          r"\s*[约近超逾]?\s*$"),
        "base_next": regex.compile(r"中\s*[,，:：]"),
        "base_noun_next": regex.compile(r"[\u4e00-\u9fff]{2,8}?中\s*[,，:：]"),
        # 全县|11个乡镇, 全镇辖|3个管区, 全市有|12个镇: a scope, and the verb that says it holds them
        "scope_end": regex.compile(rf"(?:{_alt('claims.reject', 'scope')})(?:{_alt('claims.reject', 'level')})?"
                                rf"(?P<holds>共?有)?$"),
        "tally": regex.compile(_alt("claims.reject", "tally")),
        "division": regex.compile(rf"个?(?:{_alt('claims.reject', 'division')})(?:[(（][^)）]{{0,8}}[)）])?"),
        "vague_place": regex.compile(_alt("claims.reject", "place")),
        # 全市|312个人民调解委员会共调解, 全市|67所中小学均建立: a scope right before the count, and bodies of
        # a kind after it that together (共, 均) did what the clause tells
        "scope_right_before": regex.compile(rf"(?:{_alt('claims.reject', 'scope')})(?:{_alt('claims.reject', 'level')})$"),
        "members_next": regex.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{_alt('claims.reject', 'body')}|{_alt('claims.reject', 'institution')})"
                                      rf"(?:共|均|都|全部|全员)"),  # (全区13个派出所全员上阵: all their staff at work)
        "all_next": regex.compile(rf"\s*(?:{_alt('claims.reject', 'all')})"),
        # 实现18个乡镇|全覆盖。: every division covered, said at the clause's end (not 为23个村全覆盖安装…)
        "all_covered_next": regex.compile(rf"\s*(?:[(（][^()（）]{{1,12}}[)）])?\s*(?:{_alt('claims.reject', 'all_covered')})(?=[，,。；;！!\s]|$)"),
        "framework_next": regex.compile(_alt("claims.reject", "framework")),
        "framework_end": regex.compile(rf"(?:{_alt('claims.reject', 'framework')})\Z"),
        # 培训人次:|12560 — a label that names a count (not 邮编:610000)
        "table_label": regex.compile(rf"(?:^|(?<=[\s,，;；。]))([\u4e00-\u9fff“”]{{0,14}}"
                                  rf"(?:{_alt('claims.lexicon', 'table_label')}))\s*[:：]\s*$"),
        "allocation": regex.compile(r"每(?<!平均每)[\u4e00-\u9fff]"),  # (每 first: a search looks for it alone)
        # 每人, 每户, 每村, 每月: a standard per head, per unit or per short period (每年 alone says what a year brings)
        "per_unit": regex.compile(r"每(?<!平均每)(?!年度?(?![\u4e00-\u9fff]?[人户]))[\u4e00-\u9fff]"),
        "per_after": regex.compile(r"\s*/\s*[\u4e00-\u9fff]"),
        # 七届|三次, 十八届人大|二次会议: a session number after 届, or after the body 届 numbers, before its 会议
        "session_before": regex.compile(r"届\s*$|届(?:人大|政协|党代会|人民代表大会|代表大会|委员会|常委会)\s*$"),
        "trailing_count": regex.compile(r"(?<![\d.])[\d一二两三四五六七八九十]+(?:\.\d+)?\s*\S{0,3}\s*$"),
        "quoted": regex.compile(r"“[^”]*”"),
        # 比全国高|20个百分点, 均高出全国|5个百分点, 高于全省平均水平|3个百分点
        # 图书、学习用品等|价值, 口罩、消毒液等|折合人民币: a list of examples a value prices, no noun of its own
        # after 等 (…等防疫物资折合 names what was priced)
        "valued_examples": regex.compile(rf"等(?:{_alt('claims.lexicon', 'valuation')})(?:{_alt('claims.lexicon', 'currency')})?\s*$"),
        "benchmark": regex.compile(rf"(?:{_alt('claims.reject', 'compare')})(?:全(?:{_alt('claims.reject', 'benchmark')})"
                                rf"|(?:{_alt('claims.reject', 'benchmark')})?(?:{_alt('claims.reject', 'reference')}))"),
        "one_of_next": regex.compile(rf"[^,，。;；:：、\d]{{0,16}}?(?:{_alt('claims.reject', 'one_of')})"),
        # 占全国|4.3%|的耕地: the share describes a noun
        "attribute_next": regex.compile(r"\s*(?:以上|以下|左右)?的(?=[\u4e00-\u9fff“])"),
        # 十二条|举措, 5类|关心关爱“一线”的|政策措施: a provision word heads what was counted
        "provision_next": regex.compile(rf"(?:[^,，。;；:：、]{{0,12}}?的)?[^,，。;；:：、的]{{0,6}}?"
                                     rf"(?:{_alt('claims.reject', 'provision')})"),
        "provision_end": regex.compile(rf"(?:{_alt('claims.reject', 'provision')})\Z"),
        "goal_share": regex.compile(rf"(?:{_alt('claims.reject', 'goal')})的\s*$"),
        # 全市|9个县市区的…, 所辖区域内的|27个村级人民调解委员会的…
        "holder_end": regex.compile(rf"(?:{_alt('claims.reject', 'scope')})(?:{_alt('claims.reject', 'level')})?内?的?\s*$"),
        "held_next": regex.compile(rf"[^,，。;；:：、的]{{0,12}}?(?:{_alt('claims.reject', 'division')}|"
                                rf"{_alt('claims.reject', 'body')})的"),
        "enlist": regex.compile(_alt("claims.reject", "enlist")),
        "area_statistic": regex.compile(_alt("claims.reject", "area_statistic")),
        "rate_of": regex.compile(_alt("claims.reject", "rate_of")),
        # 审批用时压缩至|3个工作日, 平均到达时间缩短至|12分钟: an indicator, then a verb of its result (not 培训周期为5天,
        # 承诺时限为3个工作日)
        "indicator_end": regex.compile(rf"(?:{_alt('claims.lexicon', 'indicator')})(?:压缩|缩短|降低|减少|下降|降)(?:至|到)?\s*$"),
        "per_head": regex.compile(_alt("claims.reject", "per_head")),
        # ,比上年增长|62%: a clause that is only a growth rate
        "growth_clause": regex.compile(rf"\s*(?:{_alt('claims.reject', 'since')})?(?:{_alt('claims.reject', 'growth')})"
                                    rf"(?:了|达到|达|为)?\s*$"),
        "milestone_next": regex.compile(rf"\s*(?:{_alt('claims.reject', 'milestone')})"),
        # 24小时|值班: a word right after the unit (not 的, a qualifier or a particle that ends the phrase)
        "qualified_next": regex.compile(r"(?![的地得以之余多左前后内起来])[\u4e00-\u9fff]"),
        "means": regex.compile(_alt("claims.reject", "means")),
        "means_open": regex.compile(rf"\s*(?:{_alt('claims.reject', 'means')})"),
        # 完成年度目标任务|3600人次|的118.6%: the target's figure, then the share of it reached
        "share_next": regex.compile(r"\s*的\s*(?=[\d一二三四五六七八九十百])"),
        "became": regex.compile(rf"\s*(?:成功)?(?:{_alt('claims.lexicon', 'became')})为?"),
        # (同志|为2024年度莲都区“巾帼建功标兵”称号): a title conferred, a year and an area before its quote marks at most
        "conferred_title": regex.compile(r"为?(?:\d{4}年度?)?(?:[\u4e00-\u9fff]{1,6}?[省市县区州旗镇乡])?“[^“”\n]{2,30}”(?:荣誉)?(?:称号)?"),
        # (|8户), (全国共|1077所): a count note's opening
        "note_open": regex.compile(rf"[(（](?:全(?:{_alt('claims.reject', 'level')})共?有?)?$"),
        "commended": regex.compile(rf"(?:{_alt('claims.reject', 'commended')})"),
        "own_share": regex.compile(rf"(?:{_alt('claims.reject', 'own_share')})(?:{_alt('claims.reject', 'level')}|校|院|局|会|单位)"),
        "scope_word": regex.compile(rf"全(?:{_alt('claims.reject', 'level')})"),
        "wide_scope": regex.compile(_alt("claims.reject", "wide_scope")),
        # 稳定在|156万亩|以上: a floor a figure is to be held above
        "floor_before": regex.compile(rf"(?:{_alt('claims.reject', 'floor')})\s*$"),
        "floor_next": regex.compile(r"\s*以上"),
        "ensure": regex.compile(_alt("claims.reject", "ensure")),
        "print_run_end": regex.compile(rf"(?:{_alt('claims.reject', 'print_run')})\s*[:：]?\s*$"),
        "band_next": regex.compile(r"\s*之间"),
        "undone": regex.compile(_alt("claims.reject", "undone")),
        "ongoing": regex.compile(_alt("claims.reject", "ongoing")),
        "payment": regex.compile(_alt("claims.reject", "payment")),
        "remainder": regex.compile(_alt("claims.reject", "remainder")),
        "elevation": regex.compile(rf"(?:{_alt('claims.reject', 'elevation')})(?:约|在|为|达|高达)?\s*$"),
        "race_before": regex.compile(rf"(?:{_alt('claims.reject', 'race_before')})\s*$"),
        "race_after": regex.compile(rf"\s*(?:{_alt('claims.reject', 'race_after')})(?!道)"),  # (跑道: a track laid)
        # 距|县城, 距离|镇政府所在地: a place of two characters or more between 距 and the number
        # (巡河距离累计1200公里: 累计 after 距离 names no place)
        "distance": regex.compile(rf"(?:{_alt('claims.reject', 'distance')})(?!离)"
                                  rf"(?![\u4e00-\u9fff]*(?:{_alt('claims.reject', 'total')}|达))[\u4e00-\u9fff]{{2,12}}\s*$"),
        # 户均救助标准|不超过5000元, 补助上限为|2000元: what a standard allows, not what was done
        # 二、检查范围 / 活动对象: / 本次检查范围为: a notice's label, its numbering and 本次 passed over
        # (表彰项目及名额: a second label joined on by 及, 和 or 与)
        "notice_label": regex.compile(rf"{_NUMBERING}(?:本次|此次)?[\u4e00-\u9fff]{{0,2}}"
                                   rf"(?:[\u4e00-\u9fff]{{1,4}}[及和与])?(?:{_alt('claims.reject', 'notice_label')})"),
        "notice_link": regex.compile(rf"\s*(?:[:：]|(?:{_alt('claims.reject', 'notice_link')}))"),
        "required": regex.compile(_alt("claims.reject", "required")),
        "notice_title": regex.compile(rf"(?:{_alt('claims.reject', 'notice_title')})\s*(?:\n|$)"),
        "plan_title": regex.compile(_alt("claims.reject", "plan_title")),
        "summary_title": regex.compile(_alt("claims.reject", "summary_title")),
        "whole_area": regex.compile(_alt("claims.reject", "whole_area")),
        # 占总数的|42.9%: what share of a whole a figure is
        # 占总数的|42.9%, 占比|超过三成: a share of the whole the figure before it belongs to
        "share_of_whole": regex.compile(rf"\s*占(?:{_alt('claims.lexicon', 'whole_of')})?的?(?:比例?|比重)?(?:为|达)?\s*$"),
        "completion_rate": regex.compile(_alt("claims.modality", "completion")),
        # the noun after a count, then a word that says all of them (6件|申请|均, 12名学员|全部)
        "all_of_them": regex.compile(rf"([\u4e00-\u9fff]{{2,8}}?)(?:{_alt('claims.lexicon', 'all_of_them')})"),
        # 一等奖奖金3000元, 二等奖各1500元: what a prize pays (the placings are the honours stage's lexicon rows)
        "prize_money": regex.compile(rf"(?:[一二三四五六七八九特]等奖|{lexicon.alternation(lexicon.by_kind('honors.titles', 'rank_prize'))})"
                                     r"(?:作品|获得者)?(?:奖金)?各?\s*$"),
        # 发布机构：郑宅镇人民政府: the header's issuer, a town's government (`_Article.governs`)
        "town_government": regex.compile(rf"(?:{_alt('claims.reject', 'issuer_label')})[:：]\s*[\u4e00-\u9fff]{{1,8}}?([镇乡])"
                                         rf"(?:{_alt('claims.reject', 'government')})"),
        "shared_by": regex.compile(rf"\s*(?:{_alt('claims.lexicon', 'shared')})"),
        "plan_heading": regex.compile(_alt("claims.modality", "plan_heading")),
        # 陆某, 王某某, 某农业公司: a party anonymised (not 某县, 某市: a place a text written for a test names so)
        # (not 关于某, 面向某, 和某: a surname that is also a function word, or one after 关 and 面, opens no party)
        "anonymised_party": regex.compile(rf"(?<![关面对由])(?:{lexicon.alternation(w for w in lexicon.words('entities.surnames') if w not in _FUNCTION_SURNAMES)})某某?"
                                          r"|某[\u4e00-\u9fff]{0,4}?(?:公司|企业|厂|商行|合作社|门店)"),
        "task_heading": regex.compile(_alt("claims.modality", "task_heading")),
        "problem_heading": regex.compile(_alt("claims.reject", "problem_heading")),
        # 三、典型案例, ▍典型事故案例, 【警情通报】, （二）以案说法：, 第三部分　典型案例: a heading over cases told (a few
        # words before the case word)
        "case_result": regex.compile(_alt("claims.reject", "case_result")),
        "case_work": regex.compile(_alt("claims.reject", "case_work")),
        # (附：执行工作典型案例（节选）: an annex of cases, an excerpt of them)
        "case_heading": regex.compile(rf"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|[▍■◆●▶►]"
                                      rf"|第[一二三四五六七八九十]+部分|附[:：]?)?\s*【?"
                                      rf"(?:[\u4e00-\u9fff]{{0,4}}(?:{_alt('claims.reject', 'case_heading')})|{_alt('claims.reject', 'case_heading_bare')})"
                                      rf"(?:发布|分析|剖析|解读)?】?"
                                      rf"(?:[（(](?:节选|摘编|摘要|部分)[)）])?\s*[:：]?\s*"),
        "fixed_heading": regex.compile(_alt("claims.reject", "fixed_heading")),
        "rank_move": regex.compile(rf"\s*(?:{_alt('claims.reject', 'rank_unit')})"),
        "bulletin": regex.compile(_alt("claims.reject", "bulletin")),
        "bulletin_end": regex.compile(rf"(?:{_alt('claims.reject', 'bulletin_manner')})?(?:{_alt('claims.reject', 'bulletin_end')})"),
        # 按每台最高补贴1.1万元|的标准, 200元|的补助标准发放: 标准 ends its phrase (not 1.2万亩|的高标准农田)
        "standard_after": regex.compile(rf"\s*的(?:{_alt('claims.reject', 'standard_of')})?标准(?=[，,。；;、）)\s]|$|发放|给予|执行|进行|为)"),
        "result_heading": regex.compile(_alt("claims.modality", "result_heading")),
        # 3轮|强降雨天气过程, 4次|强降雨过程: a weather event counted (its strength words before it), ending its phrase;
        # not a noun it names (发布3次|暴雨预警, 200万元|暴雨灾害救助资金, 12处|降雨监测站)
        "weather_after": regex.compile(rf"\s*[强大暴特较]{{0,3}}(?:{_alt('claims.reject', 'weather')})(?:天气)?(?:过程)?"
                                       rf"(?=[，,。；;、）)\s]|$)"),
        "elapsed_end": regex.compile(rf"(?:{_alt('claims.reject', 'elapsed')})[约近共]?\s*$"),
        # 上半年|全市|共|发生|火灾|187起: when, where, then what happened, up to the count (not 查处发生在…的问题23起,
        # 处置辖区发生的火灾|12起, 火灾发生起数同比减少15起)
        # (京昆高速涞水段共发生事故|6起, 农村道路发生事故|5起: where they happened before the verb)
        "occurred_clause": regex.compile(rf"\s*(?:其中)?(?:{_alt('claims.reject', 'when')}|\d{{1,4}}年|\d{{1,2}}月份?)*"
                                         rf"(?:全(?:{_alt('claims.reject', 'level')})|辖区|区域内|(?P<place>[\u4e00-\u9fff]{{2,10}}?(?:{_alt('claims.reject', 'place_end')})))?(?:共|累计|共计)?"
                                         rf"(?:{_alt('claims.reject', 'occurred')})(?!在)[^\s,，。;；:：、的]{{0,20}}"),
        # 死亡|1人, 死亡失踪|2人, 直接财产损失|93.6万元: the clause is the toll (not 为群众挽回损失|268万元)
        # 造成6人|死亡, 17人|受伤: the toll written the other way round, the count before the word
        # (not before a noun of people: 救治12名受伤群众 counts people helped; 造成3人受伤住院, 2人死亡的事故 are the toll)
        "casualty_next": regex.compile(rf"(?:{_alt('claims.reject', 'casualty')})(?!{_alt('claims.reject', 'people_after')})"),
        "toll_closes": regex.compile(r"及?以上|以下|的|[,，。;；、）)\n]|$"),
        "casualty_end": regex.compile(rf"(?:{_alt('claims.reject', 'casualty')})[约近共达]?$"),
        "casualty_clause": regex.compile(rf"\s*(?:其中)?(?:{_alt('claims.reject', 'toll_prefix')})*"
                                         rf"(?:{_alt('claims.reject', 'casualty')})+(?:人数)?[约近共达]?\s*"),
        "limit_end": regex.compile(rf"(?:{_alt('claims.reject', 'limit')})(?:[^,，。;；:：]{{0,12}}(?:总数|总额|总量|总和)的)?\s*$"),
        # (a share's bound may name what it is of: 获奖比例不高于参评作品的25%)
        "limit_share_end": regex.compile(rf"(?:{_alt('claims.reject', 'limit')})(?:[^,，。;；:：]{{0,12}}的)?\s*$"),
        "limit_start": regex.compile(rf"(?:{_alt('claims.reject', 'limit')})"),
        "standard_end": regex.compile(rf"(?:{_alt('claims.reject', 'standard')})(?:{_alt('claims.reject', 'cap')})?\s*$"),
    }


# -- scanning helpers ------------------------------------------------------------------------------

# `bisect.bisect_right` and `bisect_left` over a list of ints, written out: compiled, a call to the
# bisect module is a look-up of its attribute and a call through Python (about 1000 instructions, a
# candidate asks several), a loop over a typed list a few dozen (tests/test_claims_bisect.py holds them
# to agree with the module's)

def _matches(pattern: re.Pattern, text: str, pos: int, end: int) -> list[re.Match]:
    """`list(pattern.finditer(text, pos, end))`, found by `search` from the end of each match: compiled,
    `finditer` makes a scanner and looks its method up by name (about 1400 instructions), more than the
    searches cost (none or one match, mostly). After an empty match `finditer` has a rule of its own:
    a pattern that makes one (none the rules read does) is left to it (tests/test_claims_matches.py)."""
    found: list[re.Match] = []
    m = pattern.search(text, pos, end)
    while m is not None:
        if m.end() == m.start():
            return list(pattern.finditer(text, pos, end))
        found.append(m)
        m = pattern.search(text, m.end(), end)
    return found


def _bisect_right(a: list[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _bisect_left(a: list[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """`tag`, kept: two in five windows the rules tag hold a text tagged before (the same stretch read
    by several rules, or the phrase after one number read again as the phrase before the next). Kept in
    `_TAGGED`, a dict read in C once compiled, where an lru_cache is a call through Python that builds a
    key (about 50 questions an article; emptied when full, as the lru_cache was bounded)."""
    words = _TAGGED.get(text)
    if words is None:
        if len(_TAGGED) >= _KEPT:
            _TAGGED.clear()
        words = _TAGGED[text] = tuple(tag(text))
    return words


_TAGGED: Final[dict[str, tuple[tuple[str, str], ...]]] = {}


def _tokens(norm: str, start: int, end: int) -> list[_Tok]:
    """The tagged words of norm[start:end] with their places in the text: a new list, the caller's to
    change (`_phrase_of` pops from it)."""
    toks: list[_Tok] = []
    for w, t in _tagged(norm[start:end]):
        size = len(w)
        toks.append((w, t, start, start + size))
        start += size
    return toks


def _trim(norm: str, start: int, end: int) -> Span2:
    """norm[start:end] without the blanks and list joins (" \t,，、") that open it and the blanks that
    end it. The characters are read by their codes: compiled, `ord(norm[i])` reads a code without making
    a string of the character, which `norm[i] in "..."` makes (tests/test_claims_trim.py)."""
    while start < end and _is_lead_blank(ord(norm[start])):
        start += 1
    while end > start and _is_end_blank(ord(norm[end - 1])):
        end -= 1
    while start < end and _is_open_bracket(ord(norm[start])) and not _closes_within(norm, start, end):
        # 1360人次（|同比增长|12.5%）: the bracket of an aside the figure stands in opens no phrase
        start += 1
        while start < end and _is_lead_blank(ord(norm[start])):
            start += 1
    return start, end


def _is_open_bracket(code: int) -> bool:
    return code == 0xFF08 or code == 0x28  # （(


def _closes_within(norm: str, start: int, end: int) -> bool:
    return norm.find("）", start, end) >= 0 or norm.find(")", start, end) >= 0


def _is_blank(code: int) -> bool:
    return code == 0x20 or code == 0x09  # " ", "\t"


def _is_end_blank(code: int) -> bool:
    # 整改隐患（|共312处）: a bracket the phrase opened and the number's aside closes is no part of it
    return code == 0x20 or code == 0x09 or code == 0xFF08 or code == 0x28  # " \t（("


def _is_lead_blank(code: int) -> bool:
    # 2.|火灾隐患整改清单: the point of a list's number is no part of the phrase after it; nor a closing mark
    # (“X”|客户端下载量, （…）|251300元): what closes a phrase never opens one
    return (code == 0x20 or code == 0x09 or code == 0x2C or code == 0xFF0C or code == 0x3001  # " \t,，、"
            or code == 0x2E or code == 0xFF0E  # ".．"
            or code == 0x201D or code == 0xFF09 or code == 0x29 or code == 0x3011)  # ”）)】


_STATE_TAGS: Final = frozenset({"a", "an"})  # 困难 (an): a state the people counted are in, before 的


def _noun_phrase_after(norm: str, start: int, end: int, skip_to: dict[int, int],
                       honours: bool = True) -> tuple[int, int, bool] | None:
    """The noun phrase that a measure word introduces: 2000余名|女性求职者|牵线搭桥 -> 女性求职者.
    The flag says whether the phrase opens with a verb (服务|企业专员). `honours`: whether an honour
    verb or a verb of conferral may stand in norm[start:end] (False: none does, and `honour_verb`,
    which needs one, is not tried)."""
    # 1800余名|6周岁以上|留守儿童: an age or a date inside the phrase is passed over, and an ordinal with
    # its measure word (10名|第八届|道德模范)
    pos = skip_to.get(start, start)
    if pos > start and norm[start] == "第" and norm[pos:pos + 1] in _ORDINAL_MEASURES:
        pos += 1
    while pos < end and norm[pos] in " \t":
        pos += 1
    if pos >= end:
        return None  # nothing to read (the number ends its clause, as three in four do): no phrase, no verb
    if honours and _patterns()["honour_verb"].match(norm, pos, end):
        return None  # 3人|被市总工会评为…: what was counted is the honour, read by a later reading
    if norm.startswith("的", pos):
        pos += 1
    phrase_start, phrase_end, seen_noun, quote_end, lead_verb = pos, pos, False, -1, False
    place_end = -1  # 9名|阆中市|优秀共青团干部: a place opening the phrase is where, not what
    w_end = pos
    lex = _lex()
    honour_verbs, honour, participate, manner, stop = lex.honour_verbs, lex.honour, lex.participate, lex.manner, lex.stop
    stative = False  # whether the phrase so far ends on a state (生活困难) or a condition met (符合条件)
    for word, t in _tagged(norm[pos:end]):  # read a word or two in
        w_start, w_end = w_end, w_end + len(word)
        if w_start < quote_end:
            continue
        if w_start == pos and (word in _DIRECTIONS or word[:1] in _DIRECTIONS and len(word) > 2 and t in _NAME_TAGS):
            # 380余人次|沿西江…开展, 120人次|向…, 沿青岚河 (the tagger glues the preposition to a river's name it does
            # not know): a preposition of direction, no noun (not 36名|外|包人员, 12家|沿海|企业)
            return None
        if word in honour_verbs or word in honour:
            if w_start == pos:
                return None  # 1人|荣获…: what was counted is the honour, read by a later reading
            break  # 14名职工|荣获…
        if word in participate or word in manner:
            if w_start == pos:
                return None  # 5人|参加培训: the people counted are named before the count, or by what they joined
            break  # 38名选手|参加比赛
        if word in stop and seen_noun:
            break  # 30户贫困户|全部脱贫
        if word.startswith("“"):
            close = norm.find("”", w_start, end)
            if close < 0:
                break
            quote_end = phrase_end = close + 1
            seen_noun = True
            continue
        if w_start == quote_end and t.startswith("v") and _noun_next(norm, w_end, end):
            phrase_end = w_end  # 8个|“红色物业”示范|项目: after a quoted name, a verb before a noun modifies it
            continue
        if t == "ns" and len(word) >= _PLACE_MIN and w_start == max(pos, place_end):
            phrase_end = place_end = w_end
            continue
        # (6个村|开设课堂: the tagger names 村 zg after a measure word it glued to it, 个村; not 村（社区）, whose note and
        # what they did the phrase reads on to)
        nounish = t in _NOUNISH or t == "zg" and not norm.startswith(("（", "("), w_end)
        if nounish or (t in _LEADING and not seen_noun):
            if w_start == pos:
                lead_verb = t in ("v", "vd")
            phrase_end = w_end
            seen_noun = seen_noun or nounish or (t in ("l", "nr", "t") and w_start == pos)
            stative = t in _STATE_TAGS or word in lex.condition
            continue
        # 具有时代影响力的|杰出代表, 生活困难的|老党员, 符合条件的|困难群众: a relative clause (a verb's, a state's, a
        # condition's); the head follows
        if word == "的" and seen_noun and (lead_verb or stative):
            head = _noun_phrase_after(norm, w_end, end, {}, honours)
            if head:
                return head[0], head[1], False
        break
    if place_end > phrase_start and (not seen_noun or place_end >= phrase_end):
        return phrase_start, place_end, False  # 5个|石桥村: only a place
    if not seen_noun or phrase_end <= phrase_start:
        return None
    return max(phrase_start, place_end), phrase_end, lead_verb


_DIRECTIONS: Final = frozenset({"沿", "向", "往", "朝"})  # prepositions of where one goes


def _ends_on_verb(norm: str, span: Span2) -> bool:
    """吉克阿伍先是自己试种: a phrase that ends on a verb, whose object is still to come."""
    toks = [tok for tok in _tokens(norm, *span) if tok[0].strip()]
    return bool(toks) and toks[-1][1] == "v" and len(toks) > 1


def _noun_next(norm: str, pos: int, end: int) -> bool:
    """Is the word at `pos` a noun that ends the phrase (“红色物业”示范|项目, not “五老”指导|青少年|学习)?"""
    words = _tagged(norm[pos:min(end, pos + 2 * _NEXT_WORD_REACH)])
    if not words or words[0][1] not in _COMPOUND_HEADS:
        return False
    return len(words) == 1 or not words[1][1][:1] in ("v", "n")


def _phrase_before(norm: str, start: int, end: int, names: _Names) -> Span2 | None:
    """What a number counts when the phrase precedes it: 共开展特色宣讲|128场次 -> 特色宣讲."""
    return _phrase_of(norm, _tokens(norm, start, end), names, subject=False)


def _phrase_of(norm: str, toks: list[_Tok], names: _Names, subject: bool) -> Span2 | None:
    """The noun phrase that ends `toks`: after the last cut verb (开展|特色宣讲), without a scope or a
    place before it (全县|…, 孙家村|贫困户). A cut verb right before the number is the head of a noun
    after a noun (技术指导|210次, 基层关工委组织|11个); else it is the verb whose doings were counted
    (全县累计培训|1200人次, 培训了|三次), unless it says nothing of them (全县完成|1200人): then the
    phrase is looked for before it (`subject`), where a scope or a place alone is not one; a place
    alone right before the number heads a breakdown (其中|保华镇|2户10人) and is the metric."""
    lex = _lex()
    trailing, aspect = lex.trailing, lex.aspect
    toks = _complements_joined(toks, lex.cut)
    verbal = False
    while toks:
        if toks[-1][0] in trailing or not toks[-1][0].strip():
            verbal = verbal or toks[-1][0] in aspect
            toks.pop()
        elif len(toks) > 1 and toks[-2][0] + toks[-1][0] in trailing:
            del toks[-2:]  # 覆盖率提高|到|73.6%: the tagger cuts the verb of the level reached from its 到
        else:
            break
    if toks and toks[-1][0].endswith(_REACHES) and len(toks[-1][0]) > 1:
        word, t, start, end = toks[-1]  # 组建率达|98.5%: the tagger glues 达 to the noun before it
        toks[-1] = (word[:-1], t, start, end - 1)
        if word[:-1] in trailing:
            toks.pop()  # 准确率|均达|100%: 均 too says nothing of what was counted
    if not toks:
        return None
    cut = lex.cut
    cuts = [i for i, tk in enumerate(toks) if tk[0] in cut]
    if not cuts:
        rest = _strip_leading(toks, names)
        # 人民调解委员会|共|调解矛盾纠纷: who did it, then the total's adverb, then what was counted
        together = max((j for j in range(1, len(rest) - 1) if rest[j][0] in lex.together), default=0)
        if together:
            rest = rest[together + 1:]
        if subject and all(_is_place(tk, names) or _is_filler(tk) for tk in rest):
            return None  # 石桥村|开展12次: the place did it
        return _span_of(norm, rest) if any(tk[1][:1] in _CONTENT_TAGS for tk in rest) else None
    i = cuts[-1]
    rest = _strip_leading(toks[i + 1:], names)
    if rest and i > 0 and any(tk[0] in lex.valuation for tk in rest) and (
            toks[i - 1][0] in lex.join or toks[i][0] == "等" and all(tk[0] in lex.valuation or tk[0] in lex.currency for tk in rest)):
        # 慰问金及|慰问|物资折合人民币 (a cut word inside the list), 图书、学习用品等|价值 (the value alone after 等)
        goods = _goods_before(norm, toks[:i], names)
        if goods is not None:
            return _trim(norm, goods, rest[-1][3])
    if len(rest) == 1 and rest[0][2] == toks[i + 1][2] and (len(rest[0][0]) == 1 or (
            rest[0][0] in lex.head and toks[i][0] not in lex.light)):
        # 办结|率, 救助|服务, 帮扶|资金: a head noun right after the verb makes a noun of it; read on
        rest = _strip_leading(toks[(cuts[-2] + 1 if len(cuts) > 1 else 0):], names)
    if rest:
        return _span_of(norm, rest)
    if not verbal and i > 0 and toks[i][1][:1] not in _FUNCTION_TAGS and _is_modifier(toks[i - 1], names):
        # 基层关工委组织|11个, 技术指导|210次
        return _span_of(norm, _strip_leading(toks[(cuts[-2] + 1 if len(cuts) > 1 else 0):i + 1], names))
    if toks[i][0] in lex.light:
        return _phrase_of(norm, toks[:i], names, subject=True)
    return toks[i][2], toks[i][3]


def _goods_after(norm: str, start: int, end: int) -> Span2 | None:
    """学习和生活用品, 米、面、油、棉被等慰问物资: the goods a value before them priced, to the end of their last
    noun before the clause goes on (a preposition, an adverb, a particle) or stops; None if no noun follows."""
    lex = _lex()
    last = -1
    modifying = True  # before the first noun, or right after 等: a modifier may stand before the next noun
    for word, tag, _, b in _tokens(norm, start, end):
        if tag[:1] in ("n", "j", "q") or tag == "vn":  # (米, a grain the tagger takes for a measure word)
            last, modifying = b, False
        elif word in lex.join:
            continue
        elif word in lex.examples:
            modifying = True  # 米、面、油等|慰问|物资
        elif modifying and tag[:1] in ("v", "a", "b"):
            continue  # 学习|和生活用品: a modifier before its noun (the tagger calls 学习 a verb)
        else:
            break  # …设备|用于检测: the clause goes on with a verb of its own
    return _trim(norm, start, last) if last > start else None


# 进商户活动, “进校园”活动: the last of the places a campaign went to (进社区、进商户), after a 、
_VISITS_LISTED: Final = regex.compile(r"\s*“?进[\u4e00-\u9fff]")


def _only_a_value(norm: str, phrase: Span2) -> bool:
    """价值, 困难群众送去价值, 折合: a phrase that ends in a value's word right after its verb, or is that word
    alone: it says only that a value follows."""
    toks = [tok for tok in _tokens(norm, *phrase) if tok[0].strip()]
    return bool(toks) and toks[-1][0] in _lex().valuation and (len(toks) == 1 or toks[-2][1][:1] == "v")


def _goods_before(norm: str, toks: list[_Tok], names: _Names) -> int | None:
    """Where the goods a value prices start, when they run up to the cut before the value (图书、学习用品|等|价值,
    慰问金及|慰问|物资折合人民币): the nouns and the joins between them, back to the verb before them (捐赠|图书)."""
    join = _lex().join
    start = None
    for tok in reversed(toks):
        if tok[0] in join:
            continue
        if not (tok[1][:1] in ("n", "j") or tok[1] == "vn") or _is_scope(tok) or _is_place(tok, names):
            break
        start = tok[2]
    return start


def _is_modifier(tok: _Tok, names: _Names) -> bool:
    """A word that can modify a noun and says what was counted (应急救护|培训, 技术|指导), not where or
    when (全县, 石桥村, 累计) and not a verb of its own (开展)."""
    word, lex = tok[0], _lex()
    return (tok[1][:1] in _CONTENT_TAGS and not _is_scope(tok) and not _is_place(tok, names)
            and not (word in lex.leading or word in lex.trailing or word in lex.cut))


def _span_of(norm: str, toks: list[_Tok]) -> Span2 | None:
    # typed a list (here and in `_strip_leading`): compiled, an item of a Sequence is read by a generic call
    return _trim(norm, toks[0][2], toks[-1][3]) if toks else None


def _is_scope(tok: _Tok) -> bool:
    """该市, 全县, 本次, 我市, 各村: where or when, not what was counted."""
    return _is_scope_word(tok[0], tok[1])


def _is_scope_word(word: str, t: str, lex: _Lex | None = None) -> bool:
    """`lex`: `_lex()`, passed by a caller that tests many words."""
    if lex is None:
        lex = _lex()
    return t == "r" or word in lex.scope or word in lex.scope_compounds


def _is_place(tok: _Tok, names: _Names) -> bool:
    """A place or body name: one the entities stage found, or a word the tagger calls one, long enough
    not to be a common noun it mistags (农村, 城镇, 普及)."""
    if names.covers(tok[2]) and names.covers(tok[3] - 1):
        return True
    return tok[1] == "ns" and len(tok[0]) >= _PLACE_MIN


def _complements_joined(toks: list[_Tok], cut: frozenset[str]) -> list[_Tok]:
    """评选|出|优秀作品, 评选|出旗级|最美家庭: the tagger cuts the directional complement 出 off its verb, alone or glued
    to the noun after it; it is the verb's (the verb's token reaches over it), and the noun is what was counted. Glued,
    only where the verb with 出 is a cut word itself (实现|出口 stays the export)."""
    if not any(tk[0][:1] == "出" for tk in toks):
        return toks
    out: list[_Tok] = []
    for tk in toks:
        prev = out[-1] if out else None
        if prev is not None and prev[0] in cut and tk[0][:1] == "出" and (len(tk[0]) == 1 or prev[0] + "出" in cut):
            out[-1] = (prev[0], prev[1], prev[2], tk[2] + 1)
            if len(tk[0]) > 1:
                out.append((tk[0][1:], tk[1], tk[2] + 1, tk[3]))
            continue
        out.append(tk)
    return out


def _strip_leading(toks: list[_Tok], names: _Names) -> list[_Tok]:
    """Drops what opens a phrase without being what was counted: 各类, 今年, a scope (全县), and a
    place or body name when something follows it (孙家村|贫困户); `[]` when nothing else is there."""
    lex = _lex()  # once: the tests below read it for every word
    lead, join = lex.leading, lex.join
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok[0]
        if word in lead or not word.strip() or word in _FILLERS or word in join or _is_scope_word(word, tok[1], lex):
            i += 1
            continue
        if _is_place(tok, names):
            j = i
            while j < len(toks) and (_is_place(toks[j], names) or toks[j][0] in _FILLERS or toks[j][0] in join):
                j += 1
            if j < len(toks):
                i = j
                continue
        break
    return toks[i:]  # a new list: the caller's to change


def _is_filler(tok: _Tok) -> bool:
    return tok[0] in _FILLERS or tok[0] in _lex().join


def _inside_quotes(norm: str, s_start: int, pos: int) -> bool:
    """Inside a quoted name (“12445 n”, 《…2023〕17号》), not inside quoted speech. (The two kinds of
    quotes asked in turn: compiled, a loop over a tuple of pairs walks a Python iterator.)"""
    return _inside_quote(norm, s_start, pos, "“", "”") or _inside_quote(norm, s_start, pos, "《", "》")


def _inside_quote(norm: str, s_start: int, pos: int, open_: str, close: str) -> bool:
    i = norm.rfind(open_, s_start, pos)
    if i >= 0 and norm.find(close, i, pos) < 0:
        j = norm.find(close, pos, pos + _QUOTED_NAME_REACH)
        if j >= 0 and j - i <= _QUOTED_NAME_REACH:
            return True
    return False


class _Names:
    """Which characters of the text stand inside a place or organisation name."""

    def __init__(self, size: int, spans: Sequence[tuple[int, int]]) -> None:
        # the names as stretches, those that overlap or touch made one, in order: a question about a place
        # is a bisect (compiled, a bytearray's slices, or a set of places, are written by generic calls
        # that cost more than the questions; tests/test_claims_names.py holds this to the bytearray)
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(spans):
            start, end = max(start, 0), min(end, size)
            if start >= end:
                continue
            if ends and start <= ends[-1]:
                if end > ends[-1]:
                    ends[-1] = end
            else:
                starts.append(start)
                ends.append(end)
        self._starts, self._ends = starts, ends

    def covers(self, pos: int) -> bool:
        k = _bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def any_in(self, start: int, end: int) -> bool:
        """Whether a name holds any character of [start, end)."""
        k = _bisect_right(self._starts, end - 1) - 1
        return end > start and k >= 0 and self._ends[k] > start


# the kinds of lexicon words the rules test before their regex (`_Candidate.kinds`; `Filter.needs`), as
# "lexicon:kind"; the automaton of `_Hits` holds their words
_GUARD_KEYS: Final[set[str]] = set()


def _guard(name: str, kind: str) -> str:
    key = f"{name}:{kind}"
    _GUARD_KEYS.add(key)
    return key


_AREA_STATISTIC: Final = _guard("claims.reject", "area_statistic")
_BODY: Final = _guard("claims.reject", "body")
_COMMENDED: Final = _guard("claims.reject", "commended")
_COMPARE: Final = _guard("claims.reject", "compare")
_CONFERRAL: Final = _guard("claims.reject", "conferral")
_NATIONAL: Final = _guard("claims.reject", "national")
_DELEGATION: Final = _guard("claims.reject", "delegation")
_LEAD: Final = _guard("claims.reject", "lead")
_DIVISION: Final = _guard("claims.reject", "division")
_ENLIST: Final = _guard("claims.reject", "enlist")
_FLOOR: Final = _guard("claims.reject", "floor")
_MEANS: Final = _guard("claims.reject", "means")
_MEMBERSHIP: Final = _guard("claims.reject", "membership")
_MILESTONE: Final = _guard("claims.reject", "milestone")
_NOT_WORK: Final = _guard("claims.reject", "not_work")
_NOTICE_LABEL: Final = _guard("claims.reject", "notice_label")
_ONE_OF: Final = _guard("claims.reject", "one_of")
_PAGE_COUNTER: Final = _guard("claims.reject", "page_counter")
_PARTNER: Final = _guard("claims.reject", "partner")
_PRINT_RUN: Final = _guard("claims.reject", "print_run")
_PROVISION: Final = _guard("claims.reject", "provision")
_RANK: Final = _guard("claims.reject", "rank")
_RANKING: Final = _guard("claims.reject", "ranking")
_SCOPE: Final = _guard("claims.reject", "scope")
_STANDARD: Final = _guard("claims.reject", "standard")
_STANDING: Final = _guard("claims.reject", "standing")
_SURVEY: Final = _guard("claims.reject", "survey")
_TARGET: Final = _guard("claims.reject", "target")
_THRESHOLD: Final = _guard("claims.reject", "threshold")
_TOTAL: Final = _guard("claims.reject", "total")
_UNDONE: Final = _guard("claims.reject", "undone")
_ONGOING: Final = _guard("claims.reject", "ongoing")
_DISTANCE: Final = _guard("claims.reject", "distance")
_ELEVATION: Final = _guard("claims.reject", "elevation")
_OCCURRED: Final = _guard("claims.reject", "occurred")
_CASUALTY: Final = _guard("claims.reject", "casualty")
_PARTICIPATE: Final = _guard("claims.lexicon", "participate")
_RESPECTIVELY: Final = _guard("claims.lexicon", "respectively")


def _anywhere(key: str) -> str:
    """The mark of a kind's words occurring anywhere in the text (for a rule whose match may run on
    past the candidate's sentence, or that reads another line)."""
    return key + "@text"


# the honour verbs (the honours stage's triggers) and the verbs of conferral: what `honour_verb` needs
_HONOUR: Final = "honors.triggers"
_HONOUR_KINDS: Final = frozenset({_HONOUR, _CONFERRAL})
_PLAN_KINDS: Final = frozenset({_guard("claims.modality", k) for k in ("planned", "plan_verb", "future", "clause_future")})
# characters that rules read for before the number, found with the words: nearly every candidate meets
# these rules, and most sentences hold none of their characters
_OPEN_BRACKET: Final = "char:open_bracket"  # an aside (`_aside`)
_OPEN_QUOTE: Final = "char:open_quote"  # a quoted name (`_inside_quotes`)
_LENTICULAR: Final = "char:lenticular"  # a line in lenticular brackets (`_bracketed_line`)
_SESSION: Final = "char:session"  # a meeting's number (`_session_number`)
_ANONYMISED: Final = "char:anonymised"  # a party named as reports anonymise one (`_case_told`)
_CHAR_KINDS: Final = {_OPEN_BRACKET: ("(", "（"), _OPEN_QUOTE: ("“", "《"), _LENTICULAR: ("【",), _SESSION: ("届",),
                      _ANONYMISED: ("某",)}

# marks of a candidate itself (`Filter.only`), each a condition some filters cannot hold without
# (`_marks_of` says which a candidate has, in this order)
_AFTER_REJECTED: Final = "after_rejected"  # the countable before it in its sentence was turned down (`rejected_before`)
_AGES: Final = "ages"  # the article states an age somewhere
_RANGE: Final = "range"  # a range (3500元至8000元)
_MONEY: Final = "money"
_PERCENT: Final = "percent"
_UNNAMED_UNIT: Final = "unnamed_unit"  # a unit of `_UNNAMED_UNITS` (个, 项, none): says nothing of what was counted
_VAGUE_NUMERAL: Final = "vague_numeral"  # 几 or 数 in its numeral (十几, 数十)
_SMALL_CHINESE: Final = "small_chinese"  # a Chinese numeral below `_IDIOM_BELOW` (一对一)
_DURATION: Final = "duration"  # a unit of duration (小时)
_CUT_OFF: Final = "cut_off"  # in the last sentence of a text that ends on no sentence mark
_CLOSED_AFTER: Final = "closed_after"  # a closing bracket right after it
_MARKS: Final = (_AFTER_REJECTED, _AGES, _RANGE, _MONEY, _PERCENT, _UNNAMED_UNIT, _VAGUE_NUMERAL, _SMALL_CHINESE, _DURATION,
          _CUT_OFF, _CLOSED_AFTER)


class _Words(NamedTuple):
    """The words of the kinds the rules test (`_guard`), in one automaton, and for each word (by its
    id in the automaton) the kinds it belongs to, and the marks (`_anywhere`) its occurrence in a text
    gives (as `_KIND_BITS` flags): made once per process, not per text."""

    automaton: ahocorasick_rs.AhoCorasick
    kinds_of: list[frozenset[str]]
    bits_of: list[int]  # `kinds_of` as flags (of the kinds some rule reads)
    anywhere_bits_of: list[int]  # the `_anywhere` marks as flags
    asked_of: list[int]  # `_ASKED` flags: the kinds whose starts or first end `_Hits` gathers as it reads


# the kinds a rule asks `_Hits` where their words start (a division word after every number: `_division_at`)
# or where the first one ends (a notice's label above a line: `_notice_part`): gathered in the pass
# that reads the matches (a set built later, by a second walk testing each word's kinds, cost more)
_ASKED: Final = (_DIVISION, _NOTICE_LABEL)
_DIVISION_FLAG: Final = 1
_NOTICE_LABEL_FLAG: Final = 2
_NOWHERE: Final = 1 << 62  # past the end of any text


@lru_cache(maxsize=1)
def _word_automaton() -> _Words:
    kinds: dict[str, set[str]] = {}
    for key in sorted(_GUARD_KEYS):
        name, kind = key.split(":")
        for word in _words(name, kind):  # a kind the lexicon does not declare fails here, loudly
            kinds.setdefault(word, set()).add(key)
    for word in _honor_verbs():
        kinds.setdefault(word, set()).add(_HONOUR)
    for key, chars in _CHAR_KINDS.items():
        for ch in chars:
            kinds.setdefault(ch, set()).add(key)
    words = sorted(kinds)
    # a DFA: a few hundred words make a small one, and it searches in two thirds of the NFA's time
    auto = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA)
    kinds_of = [frozenset(kinds[w]) for w in words]
    asked_of = [sum(1 << k for k, kind in enumerate(_ASKED) if kind in of) for of in kinds_of]
    return _Words(auto, kinds_of, [_bits(k) for k in kinds_of], [_bits(frozenset(map(_anywhere, k))) for k in kinds_of],
                  asked_of)


class _Hits:
    """Where the words of the kinds the rules test occur in the text, found in one pass (Aho-Corasick,
    every occurrence, overlapping ones too). A rule whose regex needs a word of some kind inside a
    stretch cannot hold where no word of that kind occurs there: `bits` answers that for a sentence,
    once; the filter table passes over the rows that need an absent kind (`Filter.needs`), and the
    readings test it before running their regex."""

    def __init__(self, norm: str) -> None:
        known = _word_automaton()
        self._kinds_of = known.kinds_of
        # typed: compiled, a match of a known shape is unpacked in C, an untyped one by iterating over it;
        # the automaton reports the matches as it passes their ends: by end (`bits` reads them so)
        found: list[tuple[int, int, int]] = known.automaton.find_matches_as_indexes(norm, overlapping=True)
        # the matches are kept as the automaton gives them, with a column of their ends to bisect: columns
        # of their starts and ids as well cost an int made afresh for each (most places are past 256)
        ends: list[int] = []
        anywhere_bits_of, asked_of = known.anywhere_bits_of, known.asked_of
        everywhere, division_starts, notice_end, last_end, by_end = 0, set(), _NOWHERE, 0, True
        for i, start, end in found:  # one pass for the ends, the text's marks and the kinds asked
            by_end = by_end and end >= last_end
            last_end = end
            ends.append(end)
            everywhere |= anywhere_bits_of[i]
            asked = asked_of[i]
            if asked:
                if asked & _DIVISION_FLAG:
                    division_starts.add(start)
                if asked & _NOTICE_LABEL_FLAG and end < notice_end:
                    notice_end = end
        if not by_end:  # never so in the versions seen; the matches are then sorted here
            found = sorted(found, key=_end_start_id)
            ends = [e for _, _, e in found]
        self._found, self._ends = found, ends
        self._bits_of = known.bits_of
        self._everywhere: int = everywhere
        self._division_starts: set[int] = division_starts
        self._notice_end: int = notice_end
        self._first_end: dict[str, int] = {}
        self._starts_of: dict[str, set[int]] = {}

    def first_end(self, kind: str) -> int:
        """Where the first word of `kind` in the text ends (past the end of any text: none)."""
        if kind == _NOTICE_LABEL:
            return self._notice_end
        end = self._first_end.get(kind)
        if end is None:
            kinds_of = self._kinds_of
            end = self._first_end[kind] = min((e for i, _, e in self._found if kind in kinds_of[i]), default=_NOWHERE)
        return end

    def starts_at(self, pos: int, kind: str) -> bool:
        """Does a word of `kind` start at `pos`? (The starts of a division word, asked at every
        candidate, are gathered as the matches are read; those of another kind on the first question.)"""
        if kind == _DIVISION:
            return pos in self._division_starts
        starts = self._starts_of.get(kind)
        if starts is None:
            kinds_of = self._kinds_of
            starts = self._starts_of[kind] = {s for i, s, _ in self._found if kind in kinds_of[i]}
        return pos in starts

    def bits(self, start: int, end: int) -> int:
        """The kinds of the words that occur wholly inside norm[start:end], and (`_anywhere`) those
        that occur in the text, as `_KIND_BITS` flags (of the kinds some rule reads). Asked once per
        sentence (`_Article.sentence_bits` keeps it): the words ending inside the stretch, by a bisect
        on their ends, those starting in it among them."""
        bits, found, bits_of = self._everywhere, self._found, self._bits_of
        for k in range(_bisect_right(self._ends, start), _bisect_right(self._ends, end)):
            i, word_start, _ = found[k]
            if word_start >= start:
                bits |= bits_of[i]
        return bits


def _end_start_id(match: tuple[int, int, int]) -> tuple[int, int, int]:
    """A match (id, start, end) of the automaton keyed by its end, then its start and id."""
    return match[2], match[1], match[0]


# -- the candidate ---------------------------------------------------------------------------------

class _Article:
    """What every candidate of one article reads. A plain class, not a frozen dataclass: compiled, it is
    made and read in C (a frozen dataclass is made by Python code that sets its fields one by one)."""

    def __init__(self, norm: str, numbers: list[NumberMention], countable: list[bool],
                 paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                 entity_spans: Sequence[tuple[int, int]], body_start: int = 0) -> None:
        self.norm = norm
        self.body_start = body_start
        self.entity_spans = entity_spans
        self._home = HomeArea(norm, entity_spans, body_start)
        self._notice: bool | None = None  # `is_notice`, read once
        self._plan: bool | None = None  # `is_plan`, read once
        self._town_government: str | None = None  # `governs`: the division whose government the header names
        self.paragraphs = paragraphs
        self.para_starts = [s for s, _ in paragraphs]
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        countables = self.countables = [n for n, counts in zip(numbers, countable) if counts]
        self.countable_starts = [n.start for n in countables]
        # is each countable listed side by side with the next (`_listed`)?
        self.listed_next = [_listed(norm, a, b) for a, b in pairwise(countables)]
        self.ages = [n for n in numbers if n.kind == "age"]
        # a non-countable number's start -> its end: a noun phrase reads past it
        self.skip_to = {n.start: n.end for n, counts in zip(numbers, countable) if not counts}
        self.names = _Names(len(norm), entity_spans)
        self.hits = _Hits(norm)
        self.stops = scan.ClauseIndex(norm, _DELIMS)
        self.text_end = len(norm.rstrip())  # where the text ends, trailing blanks aside
        # each sentence's kinds of words (`_Hits.bits`), asked by every candidate in it; -1: not asked yet
        self._sentence_bits = [-1] * len(sentences)
        # `_under_notice_heading` of each line start asked: the numbers of one line share the heading above it
        self._notice_heading: dict[int, bool] = {}
        # `_table_cell` of each candidate asked (by its start): a table's figure is asked by a filter, a
        # reading and the verdict
        self.table_cells: dict[int, tuple[Span2, Span2, Span2 | None] | None] = {}
        # `_total_row` of each line start asked, for the figures past its label's reach
        self.total_rows: dict[int, bool] = {}

    def is_notice(self) -> bool:
        """Whether the header titles a notice, a plan or a proposal (关于开展…活动的通知, 实施方案): a
        document that asks for work, not one that reports it."""
        if self._notice is None:
            self._notice = _patterns()["notice_title"].search(self.norm, 0, self._title_end()) is not None
        return self._notice

    def governs(self, division: str) -> bool:
        """Whether the header names the government of a 镇 or 乡 (`division`) as the page's source or issuer
        (发布机构：郑宅镇人民政府): the town reporting its own area (全镇实现…)."""
        if division not in _TOWN_GOVERNMENTS:
            return False
        if self._town_government is None:
            found = _patterns()["town_government"].search(self.norm, 0, self._title_end())
            self._town_government = found.group(1) if found else ""
        return self._town_government == division

    def is_plan(self) -> bool:
        """Whether the header titles a year's plan of work (2025年工作要点, …工作要点及上半年进展): the tasks
        it sets, with their floors (不少于40项, 10个以上), are targets, whatever progress it adds."""
        if self._plan is None:
            p, norm = _patterns(), self.norm
            found = p["plan_title"].search(norm, 0, self._title_end())
            if found is not None:
                line = norm.rfind("\n", 0, found.start()) + 1
                line_end = norm.find("\n", found.end())
                # (2024年工作总结和2025年工作要点: a summary first on the title's line, whose results are no targets)
                found = found if p["summary_title"].search(norm, line, len(norm) if line_end < 0 else line_end) is None else None
            self._plan = found is not None
        return self._plan

    def _title_end(self) -> int:
        """Where the header ends: its first lines where the page has no header."""
        norm, end = self.norm, 0
        for _ in range(_TITLE_LINES):
            nxt = norm.find("\n", end) + 1
            if nxt <= 0:
                break
            end = nxt
        return max(end, self.body_start)

    def home(self) -> gazetteer.Place | None:
        """The area the reporting body is at home in (`HomeArea.area`)."""
        return self._home.area()

    def sentence_of(self, pos: int) -> int:
        """The index of the last sentence starting at or before `pos` (-1: none)."""
        return _bisect_right(self.sent_starts, pos) - 1

    def sentence_bits(self, k: int) -> int:
        """`hits.bits` of sentence k, kept: the candidates of a sentence share it (a list read by index
        costs less than the hits' cache, keyed by a tuple made for each question)."""
        bits = self._sentence_bits[k]
        if bits < 0:
            start, end = self.sentences[k]
            bits = self._sentence_bits[k] = self.hits.bits(start, end)
        return bits

    def under_notice_heading(self, line_start: int) -> bool:
        """`_under_notice_heading`, kept for the article, with the answers for the lines walked over on
        the way up: a line under a line that is no heading has that line's answer, so each line of the
        article is read once, not once for every line below it that holds a number (a dict read in C,
        where the lru_cache it replaces was a call through Python with a key of the text and the place;
        tests/test_claims_headings.py holds the two to agree)."""
        known, norm = self._notice_heading, self.norm
        under = known.get(line_start)
        if under is not None:
            return under
        under, walked, end = False, [line_start], line_start - 1
        while end > 0:
            start = norm.rfind("\n", 0, end) + 1
            verdict = _heading_verdict(norm, start, end)
            if verdict is not None:
                under = verdict
                break
            above = known.get(start)
            if above is not None:
                under = above
                break
            walked.append(start)
            end = start - 1
        for start in walked:
            known[start] = under
        return under

    def index_of(self, start: int, guess: int = -1) -> int:
        """The place among the countables of the first one starting at or after `start` (a bisect);
        `guess`, the place a walk in order gives, is taken when it is that place (the bisect's answer
        whenever the countable at `guess` starts at `start` and none before it does)."""
        starts = self.countable_starts
        if 0 <= guess < len(starts) and starts[guess] == start and (guess == 0 or starts[guess - 1] < start):
            return guess
        return _bisect_left(starts, start)


class _Counts:
    """The counts listed side by side that a number belongs to (3771人、13660人和22812人|荣获…). Made for
    two candidates in five: a plain class, made in C once compiled (a NamedTuple is made by its
    `__new__`, Python code that the interpreter runs)."""

    def __init__(self, place: int, size: int, start: int, end: int) -> None:
        self.place = place  # this number's place among them, from 0
        self.size = size
        self.start = start  # where the first of them starts
        self.end = end  # where the last of them ends: what follows the list is said of each


class _Candidate:
    """A countable number, and the stretches around it that the filters and readings look at.
    The stretches nearly every filter reads (its sentence and clause bounds, the text before it) are
    computed at once, as plain attributes: all but a few candidates reach the filters that read them,
    and an attribute costs a fraction of a property's call. The rest (the counts listed with it and
    their bounds, read for a fifth of the candidates; the noun phrases around it) are computed when a
    rule first asks for them and kept (explicitly, not with `functools.cached_property`, which a
    mypyc-compiled class recomputes on every access; a flag per stretch, not a set of names)."""

    def __init__(self, art: _Article, n: NumberMention, floor: int, prev_metric: Span2 | None,
                 rejected_before: str = "", sentence: int = -2, index: int = -1) -> None:
        """`sentence`, `index`: where `find_claims`, which walks the numbers in order, found the number's
        sentence (`_Article.sentence_of`) and its place among the countables (`_Article.index_of`)
        (-2, -1: not known, looked up here)."""
        self.art = art
        self.n = n
        # the number's bounds, read by nearly every rule: a field of a NamedTuple is read by a look-up on
        # its type, a field of this class in C
        start = self.start = n.start
        end = self.end = n.end
        norm = self.norm = art.norm
        self.floor = floor  # the phrase before may not reach back past this (the previous claim or number)
        self.prev_metric = prev_metric  # what the number right before counted, when nothing stands between
        # the rule that turned down the countable before, in its sentence, as not work done ("": none did)
        self.rejected_before = rejected_before
        # with its sentence, the kinds of lexicon words in it, and (`_anywhere`) in the text: a rule that
        # needs a word of a kind absent where it reads cannot hold (see `_Hits`); as `_KIND_BITS` flags, the
        # key of the filter and reading tables
        k = art.sentence_of(start) if sentence == -2 else sentence
        if k < 0 or art.sentences[k][1] < end:
            self.sentence: tuple[int, int] = (start, end)  # outside every sentence (page furniture)
            self.kinds: int = art.hits.bits(start, end)
        else:
            self.sentence = art.sentences[k]
            self.kinds = art.sentence_bits(k)
        s_start, s_end = self.sentence
        stops = art.stops
        self.clause_start: int = stops.clause_start(start, s_start, _DELIMS)
        self.clause_end: int = stops.clause_end(end, s_end, _DELIMS)
        # where the phrase before the number may start: its clause, not before the floor
        # (two maxima of two: compiled, a max of three is a call of the builtin through Python)
        self.before_start: int = max(max(self.clause_start, floor), s_start)
        self.before: str = norm[self.before_start:start]
        self.is_bare: bool = n.kind == "bare"
        # the number's place among the article's countable numbers
        self.index: int = art.index_of(start, index)
        self._counts: _Counts | None = None  # with `_rest_end` and `_list_start`: `_read_list`
        self._rest_end: int = -1
        self._list_start: int = -1
        self._noun_after: tuple[int, int, bool] | None = None
        self._phrase_before: Span2 | None = None
        self._metric_after: Span2 | None = None
        self._tally_noun: Span2 | None = None
        self._reading: tuple[Span2, str] | None = None
        # which of the optional stretches above are computed
        self._has_noun_after: bool = False
        self._has_phrase_before: bool = False
        self._has_metric_after: bool = False
        self._has_tally_noun: bool = False
        self._has_reading: bool = False

    @property
    def clause(self) -> str:
        return self.norm[self.clause_start:self.clause_end]

    @property
    def counts(self) -> _Counts:
        """The counts listed side by side that the number belongs to (itself alone, mostly)."""
        if self._counts is None:
            return self._read_list()
        return self._counts

    @property
    def rest_end(self) -> int:
        """Where the clause after the listed counts ends (a list, 银奖、铜奖和爱心奖, ends it nowhere)."""
        if self._counts is None:
            self._read_list()
        return self._rest_end

    @property
    def list_start(self) -> int:
        """Where the clause of the first of the listed counts starts."""
        if self._counts is None:
            self._read_list()
        return self._list_start

    def _read_list(self) -> _Counts:
        n, art, norm = self.n, self.art, self.norm
        s_start, s_end = self.sentence
        nums, listed = art.countables, art.listed_next
        i = j = self.index
        while i > 0 and listed[i - 1]:
            i -= 1
        while j + 1 < len(nums) and listed[j]:
            j += 1
        counts = self._counts = _Counts(self.index - i, j - i + 1, nums[i].start, nums[j].end)
        # most counts are listed with no other and their clause is bounded by a mark other than 、 (or by
        # the sentence): then these are the clause's bounds, not walked for again (the walk for
        # _LIST_DELIMS, _DELIMS less 、, from the same place stops at the same mark: any stop before it
        # would have stopped the first walk)
        if counts.end == self.end and (self.clause_end == s_end or norm[self.clause_end] != "、"):
            self._rest_end = self.clause_end
        else:
            self._rest_end = art.stops.clause_end(counts.end, s_end, _LIST_DELIMS)
        if counts.start == self.start and (self.clause_start == s_start or norm[self.clause_start - 1] != "、"):
            self._list_start = self.clause_start
        else:
            self._list_start = art.stops.clause_start(counts.start, s_start, _LIST_DELIMS)
        return counts

    @property
    def noun_after(self) -> tuple[int, int, bool] | None:
        """The noun phrase right after the number (28名|法律顾问), whatever is made of it."""
        if not self._has_noun_after:
            self._has_noun_after = True
            n = self.n
            if not self.is_bare or _BIG_MAGNITUDES.search(self.norm, n.num_start, n.num_end):
                # a bare number needs 万/亿 to count the noun after it (67.8万妇女)
                # the phrase is read inside the sentence: an honour verb there is one of its kinds of words
                self._noun_after = _noun_phrase_after(self.norm, self.end, min(self.clause_end, self.end + _AFTER_REACH),
                                                      self.art.skip_to, bool(self.kinds & _HONOUR_BITS))
        return self._noun_after

    @property
    def tally_noun(self) -> Span2 | None:
        """4金3银1铜, 2集体、1个人, 9个市州51县区: a bare number written right on to a noun counts it
        when it stands in a run of counts, each written right after the noun of the one before; alone
        (6楼, 500强, 3D) it counts nothing."""
        if not self._has_tally_noun:
            self._has_tally_noun = True
            self._tally_noun = self._read_tally_noun()
        return self._tally_noun

    def _read_tally_noun(self) -> Span2 | None:
        n, norm, nums = self.n, self.norm, self.art.countables
        if not self.is_bare or n.numeral != "arabic" or n.value >= _TALLY_BELOW:
            return None
        toks = _tokens(norm, self.end, min(self.sentence[1], self.end + _TALLY_NOUN_MAX + 2))
        if not toks or not _is_tally_noun(toks[0]):
            return None
        noun, noun_end = toks[0][0], toks[0][3]
        join = _words("claims.lexicon", "join")
        nxt = nums[self.index + 1] if self.index + 1 < len(nums) else None
        prev = nums[self.index - 1] if self.index > 0 else None
        # a tally counts different things (金, 银, 铜); 6楼、7楼 names places
        if nxt is not None and (nxt.start == noun_end or (nxt.start == noun_end + 1 and norm[noun_end] in join)):
            return (toks[0][2], noun_end) if not norm.startswith(noun, nxt.unit_end if nxt.unit else nxt.end) else None
        if prev is not None and 0 < self.start - prev.end <= _TALLY_NOUN_MAX + 1:
            between = _tokens(norm, prev.end, self.start)
            words = [t for t in between if t[0] not in join]
            # one noun, right after the count before (its join, if any, after the noun)
            if len(words) == 1 and between[0] == words[0] and _is_tally_noun(words[0]) and words[0][0] != noun:
                return toks[0][2], noun_end
        return None

    @property
    def phrase_before(self) -> Span2 | None:
        """The noun phrase before the number, back to its clause's verb (开展|特色宣讲|128场次); a list
        of examples is read whole (困难户、孤寡老人等|120户)."""
        if not self._has_phrase_before:
            self._has_phrase_before = True
            if self.before.strip():
                start, end = self.before_start, self.start
                if _ends_with_examples(self.before) or _patterns()["valued_examples"].search(self.before) or (
                        _VISITS_LISTED.match(self.norm, self.before_start) and self.norm.endswith("、", 0, self.before_start)):
                    # 开展反诈宣传进社区、|进商户活动|58场: the places a campaign went to, a list read whole with its head
                    start = max(self.floor, self.art.stops.clause_start(self.start, self.sentence[0], _LIST_DELIMS))
                aside = _ASIDE_BEFORE.search(self.before)
                if aside is not None:
                    opened = _open_bracket(self.norm, self.clause_start, self.before_start + aside.start())
                    if opened > self.clause_start and _DIGIT_IN.search(self.norm, opened, self.before_start + aside.start()):
                        # 完成市下达任务（55.9万亩、22.8万吨）的|101.6%: the phrase before the aside, past its figures
                        start, end = self.clause_start, opened
                phrase = _phrase_before(self.norm, start, end, self.art.names)
                if phrase is not None and self.norm.startswith("的", self.end) and _only_a_value(self.norm, phrase):
                    # 送去价值|6万余元|的学习和生活用品: the goods after 的 are what was counted
                    phrase = _goods_after(self.norm, self.end + 1, self.sentence[1])  # (across its list's 、)
                self._phrase_before = phrase
        return self._phrase_before

    @property
    def metric_after(self) -> Span2 | None:
        """`noun_after` when it is what the number counted. Not when a verb opens it and a noun
        phrase precedes the number (招募大学生志愿者约90名|担任辅导员: what they did), nor for a sum,
        rate or measure that names its noun before it (贷款1000万元|用于…)."""
        if not self._has_metric_after:
            self._has_metric_after = True
            self._metric_after = self._read_metric_after()
        return self._metric_after

    def _read_metric_after(self) -> Span2 | None:
        after = self.noun_after
        if after is None:
            return None
        if after[2] and _noun_before(self.norm, self.before_start, self.start, self.art.names):
            return None
        if len(self.n.unit) == 1 and self.start - self.before_start >= 2 and self.norm.endswith(self.n.unit, 0, self.start) and (
                "\u4e00" <= self.norm[self.start - 2] <= "\u9fff"):
            return None  # 支持脱贫户|1130户|发展生产: a noun ending on the number's unit names what was counted, whatever follows
        if self.n.kind in ("money", "percent", "measure") and not self.norm.startswith("的", self.end):
            # unless nothing but a verb is there (落实|90万元|专项资金; ● 12.6万小时 全年志愿服务总时长)
            before = self.phrase_before
            if before is not None and self.norm[before[0]:before[1]] not in _lex().cut and (
                    after[2] or not _ends_on_verb(self.norm, before)):
                return None  # (试种了|20亩|青花椒: a verb before the measure, its object after it, is what was measured)
        if self.norm[after[0]:after[1]] in _lex().vacuous:
            # 4家单位|成功创建|省级示范基地: what the units became is what was counted
            became = _patterns()["became"].match(self.norm, after[1], self.clause_end)
            if became is not None:
                # its object runs to the clause's end (省级“双学双比”示范基地: 示范 is tagged a verb)
                rest = _trim(self.norm, became.end(), self.clause_end)
                if 0 < rest[1] - rest[0] <= _BECAME_REACH:
                    return rest
        if self.norm[after[0]:after[1]] in _words("claims.lexicon", "holder"):
            # 8名|同志|2024年度莲都区“巾帼建功标兵”称号: who a title was conferred on, then the title: both
            title = _patterns()["conferred_title"].match(self.norm, after[1], self.clause_end)
            if title is not None and (self.norm.endswith("称号", 0, title.end()) or _CONFERRED.search(
                    self.norm, self.sentence[0], self.start) or self.norm.startswith("为", after[1]) and _SELECTED.search(
                    self.norm, self.sentence[0], self.start)):  # (选派20名同志到县“政务服务中心”: no title conferred)
                return after[0], title.end()
        return after[0], after[1]

    @property
    def reading(self) -> tuple[Span2, str] | None:
        """The metric and the id of the reading that found it (first of `_METRICS` that reads one)."""
        if not self._has_reading:
            self._has_reading = True
            for rule, read in _readings_for(self.kinds & _READING_BITS, self.is_bare, self.n.kind == "percent"):
                span = read(self)
                if span is not None:
                    span = _settled(self.norm, span)
                if span is not None and _is_phrase(self.norm, span):
                    self._reading = span, rule
                    break
        return self._reading

    @property
    def metric(self) -> Span2:
        """The metric; read only once `claims.reject.no_metric` has let the candidate through."""
        reading = self.reading
        if reading is None:
            raise ValueError("a candidate with no metric has no metric span")
        return reading[0]

    @property
    def metric_rule(self) -> str:
        reading = self.reading
        if reading is None:
            raise ValueError("a candidate with no metric has no reading")
        return reading[1]

    def detail(self) -> str:
        """What the candidate read as, for people looking at a rejection."""
        if self._reading is not None:
            return self.norm[self._reading[0][0]:self._reading[0][1]]
        return self.norm[self.before_start:self.end]


def _is_tally_noun(tok: _Tok) -> bool:
    return tok[1][:1] in ("n", "j") and tok[1] != "nx" and len(tok[0]) <= _TALLY_NOUN_MAX and (
        tok[0] not in _words("claims.lexicon", "address"))  # (3楼305室: a room, no tally)


def _listed(norm: str, a: NumberMention, b: NumberMention) -> bool:
    """Are `a` and `b` counts listed side by side (3771人、13660人, 500次和200次)?"""
    return 0 < b.start - a.end <= _LIST_GAP and norm[a.end:b.start].strip() in _lex().join


# a bracketed aside closing right before the number (…任务（55.9万亩）的|101.6%)
_ASIDE_BEFORE: Final = regex.compile(r"[)）]\s*的?\s*$")


def _ends_with_examples(before: str) -> bool:
    return before.rstrip().endswith(tuple(_lex().examples))


# -- filters: the first that holds turns the candidate down ------------------------------------------

def _cut_off(c: _Candidate) -> bool:
    """…1个项目在第七届全国青年志愿服务项目大赛| and …严格落实行政执法三项制| (the page ends there): a
    sentence cut off by the end of the text before it says what was counted (its noun broken off) or
    what became of it (a count opening its clause, with no verb after it)."""
    norm = c.norm
    end = c.art.text_end
    if not end or norm[end - 1] in _SENTENCE_CLOSERS or c.sentence[1] < end:  # more text after its sentence
        return False
    after = c.noun_after
    if after is not None and after[1] >= end:
        return len(_tokens(norm, after[0], after[1])[-1][0]) == 1  # 三项|制: a word broken off
    if after is None or norm[c.clause_start:c.start].strip():
        return False  # 志愿者人数:|1200人 ends a table line, not a broken sentence
    return not any(t[1].startswith("v") and t[1] != "vn" for t in _tokens(norm, after[1], end))


def _starting_value(c: _Candidate) -> bool:
    """覆盖率由|61%|提升至92%: the value a change starts from is what was there before the work, not
    work done; the value it reaches is the claim (`_read_change`)."""
    norm, p = c.norm, _patterns()
    if norm.find("由", c.clause_start, c.start) < 0 and norm.find("从", c.clause_start, c.start) < 0:
        return False
    return p["change_from"].search(norm, c.clause_start, c.start) is not None and (
        p["change_to_next"].match(norm, c.end) is not None)


def _outside_body(c: _Candidate) -> bool:
    k = _bisect_right(c.art.para_starts, c.start) - 1
    return k < 0 or c.end > c.art.paragraphs[k][1]


def _bracketed_line(c: _Candidate) -> bool:
    """【亚博体育官方网站 首存即送100%】: a line that is one lenticular bracket is a tag, a heading or an
    injected ad; a heading has no figures, the others report no work."""
    norm = c.norm
    start = norm.rfind("\n", 0, c.start) + 1
    if norm.find("【", start, c.start) < 0:  # a line opening with one holds it before the number
        return False
    end = norm.find("\n", c.end)
    line = norm[start:end if end >= 0 else len(norm)].strip()
    return line.startswith("【") and line.endswith("】") and line.count("】") == 1


def _count_note(c: _Candidate) -> bool:
    """最美家庭(8户), 名单(全国共1077所): a count alone in brackets, or a scope's total, restates or sizes
    what is named before it; not the count of a list's heading that nothing else states (`_heading_count`)."""
    norm = c.norm
    if not _bracket_closes_after(norm, c.end):  # tested first: rare, and a slice costs less than a search
        return False
    return bool(_patterns()["note_open"].search(norm, max(0, c.start - _NOTE_SCOPE_REACH), c.start)) and not _heading_count(c)


def _heading_count(c: _Candidate) -> bool:
    """一、全区“五好”离退休干部党支部（3个）: the count of a list's heading, its bracket closing the line, is the count of what
    the list holds, a claim where the article states it nowhere else (评选出…先进集体3个 before the list restates it)."""
    norm = c.norm
    close = c.end + 1
    line_end = norm.find("\n", close)
    line_end = len(norm) if line_end < 0 else line_end
    if norm[c.end:close] not in (")", "）") or norm[close:line_end].strip():
        return False
    line_start = norm.rfind("\n", 0, c.start) + 1
    if _SENTENCE_MARKS.search(norm, line_start, c.start) is not None:
        return False
    if _NOMINATED.search(norm, line_start, c.start) is not None or any(
            _NOMINATED.search(norm, a, b) is not None for a, b in _run_above(norm, line_start)):
        return False  # 一、宜春市三八红旗手推荐对象（2名）, 一、拟推荐单位及人员名单: those put forward, no honour conferred yet
    digits = _LEADING_DIGITS.match(norm, c.start)
    if digits is None or not _once(norm, digits.group(), c.start):
        return False  # 获得一等奖3个 / 一等奖（3名）: the count stated again, in any unit
    return not _under_counted_heading(norm, line_start)


def _once(norm: str, digits: str, at: int) -> bool:
    """Whether the count `digits` stands nowhere else in the text as a count (3个, 3名, 3户: whatever the unit)."""
    return all(m.start() == at or m.group() != digits for m in _ANY_COUNT.finditer(norm))


def _under_counted_heading(norm: str, line_start: int) -> bool:
    """Whether a heading above, in the same run of lines, counts a list the line's list is a part of: a line whose bracket
    counts its list (（16名，按单位排列）, 一、文明单位（18个）) and whose number is of another kind than the line's (一、
    over （一）, or over none); a heading numbered as the line is (一、 then 二、), a sibling, is passed over."""
    kind = _heading_kind(norm, line_start)
    return any(_COUNTED_LINE.search(norm, a, b) is not None and _heading_kind(norm, a) != kind
               for a, b in _run_above(norm, line_start))


def _run_above(norm: str, line_start: int) -> Iterator[Span2]:
    """The lines above the one at `line_start`, nearest first, up to the first of prose: one that holds a sentence's end,
    or a comma outside brackets (a post's sentences may end on a pictograph; （按镇排列，排名不分先后） is a note)."""
    end = line_start - 1
    while end > 0:
        start = norm.rfind("\n", 0, end) + 1
        if norm.find("。", start, end) >= 0 or _COMMA.search(_BRACKETED.sub("", norm[start:end])) is not None:
            return
        yield start, end
        end = start - 1


def _heading_kind(norm: str, line_start: int) -> str:
    """How a heading's line is numbered (the actions stage's numbering styles: 一、, （一）, 1., (1), ▍ …), else the mark
    it opens with (📍, a bracket: （16名，按单位排列） is a note under its heading), else nothing."""
    start = line_start
    while norm[start:start + 1] in (" ", "\t", "\u3000"):
        start += 1
    style = numbering_style(norm, start)
    if style is not None:
        return style
    first = norm[start:start + 1]
    return first if _MARK_FIRST.match(first) else ""


_SENTENCE_MARKS: Final = regex.compile(r"[。，,；;：:]")
_NOMINATED: Final = regex.compile(r"推荐|候选|拟")
_BRACKETED: Final = regex.compile(r"[(（][^()（）\n]*[)）]")
_COMMA: Final = regex.compile(r"[，,]")
_LEADING_DIGITS: Final = regex.compile(r"\d+")
_ANY_COUNT: Final = regex.compile(r"(?<![\d.．])\d+(?=[个名户家人项所支])")
_MARK_FIRST: Final = regex.compile(r"[^\u4e00-\u9fff\w\s“”《]")
# （16名，按单位排列）, 名单（20个）: a count in brackets closing its line
_COUNTED_LINE: Final = regex.compile(r"[(（]\d+[个名户家人项所支](?:[，,][^()（）\n]{0,12})?[)）]\s*$")


def _callout(c: _Candidate) -> bool:
    """526场 / 4.2万人次 / 依托…开展宣讲526场，…; ▶ 23.6公里 / 完成国省道改造23.6公里; 【3个】新成立联合党支部3个: a figure
    alone on its line (a bullet, a bracket or a bar beside it at most), or in brackets opening one, which the lines after it
    (or its own line) tell again in a sentence: one claim, the sentence's."""
    norm = c.norm
    line = norm.rfind("\n", 0, c.start) + 1
    line_end = norm.find("\n", c.end)
    line_end = len(norm) if line_end < 0 else line_end
    raw = norm[c.start:c.end]
    bracketed = norm.startswith("【", line) and norm.find("】", c.end, line_end) == c.end
    if bracketed:
        return norm.find(raw, c.end + 1, line_end) >= 0
    if _CALLOUT_OPEN.fullmatch(norm[line:c.start]) is None or _CALLOUT_RESIDUE.fullmatch(norm[c.end:line_end]) is None:
        return False  # (2021年 | 58人 | 97人: a table's row, its label first)
    reach = line_end
    for _ in range(_CALLOUT_LINES):  # the sentence that tells it stands within the next lines (the next call-outs between)
        nxt = norm.find("\n", reach + 1)
        reach = len(norm) if nxt < 0 else nxt
    at = norm.find(raw, line_end, reach)
    while at >= 0:
        # the figure whole (5公里 is not in 15公里), in a sentence (not the next card's 12座)
        told_in = norm.rfind("\n", 0, at) + 1
        told_end = norm.find("\n", at)
        told_end = len(norm) if told_end < 0 else told_end
        if norm[at - 1] not in _DIGITS and norm[at - 1] not in ".．" and _CLAUSE_MARK.search(norm, told_in, told_end):
            return True
        at = norm.find(raw, at + 1, reach)
    return False


# what may stand beside a figure called out on its line: blanks, a bullet, a bar, another figure (▶ 5条 ｜ 30辆)
_CALLOUT_RESIDUE: Final = regex.compile(r"[ \t\u3000▶►●•◆▍■★☆|｜丨↑↓+＋\-－]*(?:[0-9０-９.．%％]+[\u4e00-\u9fff]{0,3}[ \t\u3000|｜丨]*)*")
# (figures before it only after a bullet: ▶ 5条 ｜ 30辆; 2021年 | 58人 | 97人 is a table's row)
_CALLOUT_OPEN: Final = regex.compile(r"[ \t\u3000]*(?:[▶►●•◆▍■★☆][ \t\u3000]*(?:[0-9０-９.．%％]+[\u4e00-\u9fff]{0,3}[ \t\u3000|｜丨]*)*)?")
_CALLOUT_LINES: Final = 3  # the lines after a call-out where the sentence that tells its figure again stands


def _compound_measure(c: _Candidate) -> bool:
    """4米87 (跳远成绩), 3分20秒: a figure whose unit runs straight on into more digits, the next unit's part of one measure;
    read by its first unit alone, the value is wrong."""
    return c.end < len(c.norm) and c.norm[c.end] in _DIGITS and c.norm[c.end - 1] in _FIRST_OF_TWO_UNITS


_DIGITS: Final = frozenset("0123456789０１２３４５６７８９")
# the units a measure in two runs on from (米|87 厘米, 分|20 秒, 小时|30 分, 斤|2 两, 元|5 角); not a count's (312户|1180人: two
# counts of one place side by side)
_FIRST_OF_TWO_UNITS: Final = frozenset("米秒分时斤元尺")


def _bracket_closes_after(norm: str, end: int) -> bool:
    """A bracket closes right after `end`, or after a note on the order of a list (十大杰出青年（10名|，
    按姓氏笔画排序）)."""
    after = norm[end:end + 1]
    return after in (")", "）") or after in ("，", ",", "；", ";") and _NOTE_CLOSES.match(norm, end) is not None


_NOTE_CLOSES: Final = regex.compile(r"[，,；;][^()（）\n，,。；;]{1,12}[)）]")


def _page_counter(c: _Candidate) -> bool:
    return bool(_patterns()["page_counter"].search(c.norm, max(c.sentence[0], c.start - _LABEL_REACH), c.start))


def _aside(c: _Candidate) -> bool:
    """1000个(含100个示范户), 481名同志(含追授1名): part of a figure restated in brackets."""
    norm, n = c.norm, c.n
    opened = _open_bracket(norm, c.sentence[0], c.start)
    return opened >= 0 and bool(_patterns()["aside_open"].match(norm, opened))


def _open_bracket(norm: str, start: int, end: int) -> int:
    """Where the bracket stands that norm[start:end] opens and leaves open at its end; -1 if none."""
    opened = max(norm.rfind("(", start, end), norm.rfind("（", start, end))
    if opened < 0 or max(norm.rfind(")", opened, end), norm.rfind("）", opened, end)) >= 0:
        return -1
    return opened


def _survey(c: _Candidate) -> bool:
    """调查显示,85%的受访者…: what a survey found, not work done."""
    return bool(_patterns()["survey"].search(c.norm, c.sentence[0], c.clause_end))


def _constituency(c: _Candidate) -> bool:
    """团结带领全县21.3万名妇女, 团结引领全市约16万名科技工作者: the people of the body's whole area that it leads, its
    constituency; not 带领全村32户贫困户发展产业 (who a work reached, no verb of leading a constituency)."""
    return bool(_patterns()["constituency_end"].search(c.norm, max(c.clause_start, c.start - _CONSTITUENCY_REACH), c.start))


def _served_population(c: _Candidate) -> bool:
    """全县2.9万名持证残疾人的获得感、幸福感: the people of the body's whole area, counted to say whose sense of gain the
    work raised; not 为2180名残疾人提供…服务 (who a work reached)."""
    after = c.n.unit_end if c.n.unit else c.end
    if c.norm.find("的", after, min(c.clause_end, after + _SENSE_REACH)) < 0:  # (a find first: a regex costs more)
        return False
    p = _patterns()
    # (the whole area's: 全县 right before the count; 为86名老人送餐提升老人的幸福感 counts whom a work reached)
    return p["sense_after"].match(c.norm, after, c.clause_end) is not None and p["scope_right_before"].search(
        c.norm, max(c.sentence[0], c.start - _SCOPE_REACH), c.start) is not None


_SENSE_REACH: Final = 13  # characters: the people's noun, then 的


_CONSTITUENCY_REACH: Final = 30  # characters: the lead verb, the area, a count before this one and its noun


def _delegation(c: _Candidate) -> bool:
    """市妇联主席王丽一行5人: the size of a visiting party, not work done."""
    return bool(_patterns()["delegation_end"].search(c.before))


def _age_population(c: _Candidate) -> bool:
    """60周岁以上老年人4.6万人: a population by age; not 为0至6岁儿童|提供|康复救助213人 or
    为65岁以上老年人免费|体检|3200人次, work done for it (a verb between the age and the number that
    says more than that the group is, has or makes up so many)."""
    if not c.art.ages:
        return False
    if _part_of_kept(c):
        return False  # 共发展党员186名,|其中35岁以下青年党员121名: the figure's part by age, work done
    cut = _lex().cut

    def works(start: int, end: int, strict: bool) -> bool:
        return any((tok[0] in cut and not (strict and tok[0] in _STATIVE)) or tok[1] in ("v", "vn") and tok[0] not in _STATIVE
                   for tok in _tokens(c.norm, start, end))

    # (全年救助0-17岁残疾儿童486名, 惠及80周岁以上老年人5.2万余人: the verb before the age did the work too; not
    # 现有60周岁以上老年人4.6万人)
    return any(c.clause_start <= a.start < c.start and not works(a.end, c.start, False)
               and not works(c.clause_start, a.start, True) for a in c.art.ages)


def _part_of_kept(c: _Candidate) -> bool:
    """A sub-item (其中…, and the items listed after it) of a figure of work done before it in its sentence
    (共发展党员186名, 救助困难群众860人), the figure just before it not turned down; not of a place's size
    (居民2860户、7900余人,其中…: no verb of work counted them)."""
    if c.rejected_before or c.index == 0:
        return False
    norm = c.norm
    clause = max(c.sentence[0], max(norm.rfind(mark, c.sentence[0], c.start) for mark in _PART_CLAUSE_MARKS) + 1)
    if not norm[clause:c.start].lstrip().startswith(_lex().sub_item_openings):
        return False
    k = c.index - 1
    while k >= 0 and c.art.countables[k].end > clause:
        k -= 1
    if k < 0 or c.art.countables[k].start < c.sentence[0]:
        return False
    same = k
    while same >= 0 and c.art.countables[same].start >= c.sentence[0] and c.art.countables[same].unit != c.n.unit:
        same -= 1
    if same >= 0 and c.art.countables[same].start >= c.sentence[0]:
        k = same  # 签约2.14万人，签约率78.5%，其中65岁及以上老年人8620人: the part of the figure counted as it is
    head = c.art.countables[k]
    head_clause = c.art.stops.clause_start(head.start, c.sentence[0], _LIST_DELIMS)
    if any(norm.find(word, head_clause, head.start) >= 0 for word in _words("claims.reject", "standing")):
        return False  # 全县登记在册老年人4.6万人: what there is (在册), not work done
    toks = _tokens(norm, head_clause, head.start)
    # (a verb, or a set phrase holding one: 发展党员 is one word to the tagger)
    return any(tok[1] in ("v", "vn", "l") and tok[0] not in _STATIVE for tok in toks)


_PART_CLAUSE_MARKS: Final = "，,；;：:"


# verbs that state a population rather than work done for it (60岁以上老年人占|21%, 共有|1.2万人)
_STATIVE: Final = frozenset({"有", "是", "为", "占", "共有", "现有", "达", "达到", "已达", "已有", "超过", "约", "计", "共计", "合计", "居住", "生活",
                             "保有", "拥有", "辖", "下辖", "总"})


def _quoted_name(c: _Candidate) -> bool:
    return _inside_quotes(c.norm, c.sentence[0], c.start)


def _scheme_name(c: _Candidate) -> bool:
    """发放两项补贴4862.3万元: a small Chinese numeral counting the kinds of a scheme, glued to its noun, and a
    figure right after them: the scheme's name (残疾人两项补贴), which the figure's metric reads through."""
    n = c.n
    if n.numeral != "chinese" or n.value > _SCHEME_MAX or n.unit not in _SCHEME_UNITS:
        return False
    return _SCHEME_THEN_FIGURE.match(c.norm, n.unit_end) is not None


def _kin(c: _Candidate) -> bool:
    """两个孩子也先后考上了大学, 把两个孩子培养成了大学生, 两个儿子: one's kin in a person's story, counted in Chinese
    numerals (a work's count of children is written in figures: 资助36名孩子); a pair named by their kinship before
    their count (夫妻二人坚持…, 婆媳两人): who they are."""
    n = c.n
    if n.numeral == "chinese" and n.value <= _KIN_MAX and n.unit in _PAIR_UNITS and _patterns()["kin_pair_end"].search(
            c.norm, max(0, c.start - _KIN_PAIR_REACH), c.start) is not None:
        return True
    if n.numeral != "chinese" or n.value > _KIN_MAX or _patterns()["kin_next"].match(c.norm, n.unit_end if n.unit else c.end) is None:
        return False
    # whose they are: the count opens its clause (两个孩子也…), after a possessive at most, or follows a verb of raising
    # them (供养两个孩子); not 资助了五名孩子, 结对帮扶三个孩子 (whom a work reached)
    before = c.norm[c.clause_start:c.start]
    return _KIN_OPENING.fullmatch(before) is not None or _RAISING_END.search(before) is not None


_KIN_OPENING: Final = regex.compile(r"\s*(?:[她他其]的|家里|膝下)?(?:还|也|都)?(?:把|将)?\s*")
_RAISING_END: Final = regex.compile(r"(?:供养|抚养|养育|育有|培养|辅导|照顾|拉扯|生育|生下)了?\s*$")


_KIN_MAX: Final = 5
_KIN_PAIR_REACH: Final = 2  # the pair's word right before the count (夫妻|二人)
_PAIR_UNITS: Final = frozenset({"人", "", None})  # 夫妻二人, 夫妻俩
_SCHEME_MAX: Final = 5
_SCHEME_UNITS: Final = frozenset({"项", "类"})
_SCHEME_THEN_FIGURE: Final = regex.compile(r"[\u4e00-\u9fff]{1,6}?[0-9０-９]")


def _idiom_numeral(c: _Candidate) -> bool:
    # (提高百分之一, 千分之六点八: a rate; 百分之一的希望: a saying)
    return c.n.numeral == "chinese" and c.n.value < _IDIOM_BELOW and (c.n.kind != "percent" or c.norm.startswith("的", c.end))


def _session_number(c: _Candidate) -> bool:
    start = max(c.sentence[0], c.start - _SESSION_REACH)
    if c.norm.find("届", start, c.start) < 0:  # the pattern's one word: a find costs less than a search
        return False
    return bool(_patterns()["session_before"].search(c.norm, start, c.start))


def _rank(c: _Candidate) -> bool:
    return bool(_patterns()["rank"].search(c.clause))


def _total_row(c: _Candidate) -> bool:
    """合　计　　18.0　　14.6　　81.1%: a figure on a table's row of totals (its first cell 合计, 总计, padded or
    not), whatever its cells read as: the sum of the rows above, restated."""
    norm = c.norm
    line = norm.rfind("\n", 0, c.start) + 1
    # (the label is a short first cell: the gap after it is looked for near the line's start, not across a
    # line of any length for every figure on it)
    reach = line + _TOTAL_LABEL_REACH
    if c.start < reach:
        return _total_label(norm, line, c.start)
    # past the reach every figure of the line asks the same: read once a line (a table's row holds several)
    known = c.art.total_rows.get(line)
    if known is None:
        known = c.art.total_rows[line] = _total_label(norm, line, reach)
    return known


def _total_label(norm: str, line: int, end: int) -> bool:
    """Whether the line starting at `line` opens with a cell of totals (合计, 总计) ending before `end`."""
    m = _TABLE_GAP.search(norm, line, end)
    if m is None:
        return False
    first = norm[line:m.start()].replace(" ", "").replace("\u3000", "").replace("\t", "")
    return first in _words("claims.reject", "total_label")


_TOTAL_LABEL_REACH: Final = 24  # characters: 合　　计 padded, with the blanks before it, and the gap's start


def _rank_move(c: _Candidate) -> bool:
    """较上年前移2个位次, 上升3个名次: how far a ranking moved, counted in places of it, not work done."""
    return _patterns()["rank_move"].match(c.norm, c.end) is not None


def _ranked_row(c: _Candidate) -> bool:
    """第1名｜某某物流有限公司｜8426.3万元｜97.60分: a figure in a row of a ranking table is the ranked
    body's own (its tax, its jobs, its score), not work the reporting body did. A row is a ranking's when
    its first cell is a placing (第1名), or a bare number under a header whose first cell is 排名, 名次."""
    norm = c.norm
    line_start = norm.rfind("\n", 0, c.start) + 1
    bar = norm.find("|", line_start, c.start)
    if bar < 0:
        return False
    first = norm[line_start:bar].strip()
    if _PLACING_CELL.fullmatch(first):
        return True
    if not _ROW_NUMBER.fullmatch(first):
        return False
    # the header: the first line of the block of rows above (each line with a bar)
    header = line_start
    for _ in range(_RANKED_ROWS):  # (a bounded walk: each row of a long table asks again)
        if header <= 0:
            break
        above = norm.rfind("\n", 0, header - 1) + 1
        if norm.find("|", above, header - 1) < 0:
            break
        header = above
    head_bar = norm.find("|", header, line_start)
    return head_bar >= 0 and norm[header:head_bar].strip() in _words("claims.lexicon", "rank_column")


_PLACING_CELL: Final = regex.compile(r"第\s*[0-9一二三四五六七八九十]{1,3}\s*名")
_ROW_NUMBER: Final = regex.compile(r"[0-9]{1,3}")
_RANKED_ROWS: Final = 120  # the rows a ranking table's header is looked for above a row


def _benchmark(c: _Candidate) -> bool:
    """比全国高20个百分点, 高于全省平均水平3个百分点: the gap between the body's figure and another
    area's or an average, not work done (同比增长15%, 比上年增长 measure the body's own past: claims)."""
    start = c.list_start
    if c.index - c.counts.place > 0:  # not back past the figure before the counts listed with this one
        start = max(start, c.art.countables[c.index - c.counts.place - 1].end)
    return bool(_patterns()["benchmark"].search(c.norm, start, c.start))


def _one_of(c: _Candidate) -> bool:
    """是全国5个粮食净调出大省之一: the size of a set the body belongs to, not work done."""
    return bool(_patterns()["one_of_next"].match(c.norm, c.end))


def _score_weight(c: _Candidate) -> bool:
    """理论成绩占30%、实操成绩占70%, 总成绩按理论占30%、实操占70%计算: how a contest's or an exam's score is weighed, a rule
    of the scoring, no work done."""
    start = c.start
    if not c.norm.startswith("占", start - 1) and not c.norm.startswith("的", start - 1):
        return False  # (a look at one character first: the pattern needs 占, or 占总成绩的, right before the share)
    return _SCORE_PART.search(c.norm, max(c.clause_start, start - _SCORE_PART_REACH), start) is not None


# 理论成绩占|30%, 实际操作考核占|70%, 实操成绩占总成绩的|70%: a part of a score and its weight
_SCORE_PART: Final = regex.compile(r"(?:理论|实操|实际操作|笔试|面试|技能操作)[^,，。;；、]{0,4}占(?:总成绩|总分)?的?$")
_SCORE_PART_REACH: Final = 14  # characters


def _share_attribute(c: _Candidate) -> bool:
    """以占全国4.3%的耕地,生产了占全国6%的粮食: a share that describes a noun, not a share reached
    (表彰面占全县教师总数的36%)."""
    p = _patterns()
    return (c.n.kind == "percent" and bool(p["share"].search(c.norm, c.clause_start, c.start))
            and bool(p["attribute_next"].match(c.norm, c.end)))


def _population(c: _Candidate) -> bool:
    if c.n.unit.endswith("次") or c.n.unit in _words("claims.reject", "transaction"):
        return False  # 作业面积92万亩次, 服务人口3万人次, 办理户籍业务3.6万笔: times or transactions, work done
    if _SHARE_OF_POPULATION.match(c.norm, c.clause_end) and not any(
            tok[1] in ("v", "vn") and tok[0] not in _STATIVE and tok[0] not in _words("claims.lexicon", "state")
            for tok in _tokens(c.norm, c.clause_start, c.clause_end)):  # (持证残疾人: a state, no work)
        # 全县60周岁以上老年人已达10.6万人，|占户籍总人口的25.8%: a share of the population, itself a population (not
        # 累计接种新冠疫苗12.5万人，占常住人口的85.3%: the share the work reached)
        return True
    return _names_population(c.norm, c.clause_start, c.clause_end) and not _extent_of_work(c)


# ，占户籍总人口的25.8%, ，占常住人口的21.6%: the clause after a figure says what share of the population it is
_SHARE_OF_POPULATION: Final = regex.compile(r"[，,]\s*占(?:全[县市区镇省])?(?:户籍|常住|辖区)?(?:总人口|人口)")


def _extent_of_work(c: _Candidate) -> bool:
    """拆除违法建设156处，|面积2.1万平方米, 改造老旧小区5个，涉及居民1400余户，|建筑面积约16.8万平方米: an area
    opening its clause right after a clause that counted work done with a verb of work (its figure taken,
    ending that clause) is the extent of that work, not the area of a place."""
    norm = c.norm
    if c.rejected_before or c.index <= 0 or not _AREA_OPENING.match(norm, c.clause_start, c.start):
        return False
    prev = c.art.countables[c.index - 1]
    if prev.start < c.sentence[0] or norm[prev.end:c.clause_start].strip(" \u3000,，、") or not prev.countable or (
            prev.unit not in _words("claims.reject", "area_holder")):
        return False  # (走访企业12家，面积…: the firms visited hold the land, not the work)
    prev_clause = c.art.stops.clause_start(prev.start, c.sentence[0], _DELIMS)
    return _worked(norm, prev_clause, prev.start) and not _patterns()["wide_scope"].search(norm, prev_clause, prev.start)


# 面积, 建筑面积约, 占地面积: a clause that opens with the area it gives
_AREA_OPENING: Final = regex.compile(r"\s*(?:总|建筑|占地|改造|整治|拆除)?面积")


def _names_population(norm: str, start: int, end: int, verbs_from: int = -1) -> bool:
    """户籍人口, 辖区面积: a population or an area; not an area worked (粮食播种面积, 托管服务面积),
    whose verb of work stands after `verbs_from` (default `start`)."""
    p = _patterns()
    verbs_from = start if verbs_from < 0 else verbs_from
    for m in _matches(p["not_work"], norm, start, end):
        if m.group() in _words("claims.reject", "per_head_base") and (p["rate_of"].search(norm, m.end(), end) or p[
                "per_head"].search(norm, max(start, m.start() - _PER_HEAD_REACH), m.start())):
            continue  # 常住人口签约率, 人均公园绿地面积, 每万人口…拥有量: a rate or a per-head result, not the population
        # 全省粮食播种面积: a wide area's statistic, which a province's own body reports more rarely
        if not (m.group() in _words("claims.reject", "worked") and _worked(norm, verbs_from, m.start())
                and not p["wide_scope"].search(norm, verbs_from, m.start())
                and (m.group() != "人口" or _people_reached(norm, verbs_from, m.start(), m.end()))):
            return True
    return False


# a population or an area that a rate or a per-head figure is taken over (ANNOTATION.md: per-capita figures and
# rates reported as results are claims)
_PER_HEAD_REACH: Final = 8


def _people_reached(norm: str, start: int, end: int, after: int) -> bool:
    """受益人口4.6万人, 脱贫人口小额信贷2860万元: the people a work reached, named by the verb right before 人口,
    that verb saying they were reached (受益), or 人口 only a modifier of what was counted (…人口|小额信贷); not a
    place's people (流动人口, 外出务工人口, 出生人口, 全县脱贫人口2.3万人: 人口 the head, before its figure), nor
    what there is (有脱贫人口), nor a verb inside a noun (流行区|人口)."""
    toks = _tokens(norm, start, end)
    if not toks or any(tok[0] in _STATIVE for tok in toks):
        return False
    reached = _words("claims.reject", "reached")
    # (新增和改善|农村供水|人口: the verb that reached them may stand before what reached them, nouns; not 受益于…政策全村
    # 脱贫人口, where the people are the village's)
    if any(tok[0] in reached and tok[1] in ("v", "vn") and all(t[1][:1] in ("n", "c") or t[1] == "vn" for t in toks[k + 1:])
           for k, tok in enumerate(toks)):
        return True
    return toks[-1][1] in ("v", "vn") and not _PEOPLE_HEAD_NEXT.match(norm, after)


# what follows 人口 when it is the head of what was counted: its figure, or a copula or qualifier before it
_PEOPLE_HEAD_NEXT: Final = regex.compile(r"\s*(?:[\d０-９一二三四五六七八九十两百千万]|达|为|共|约|近|超|逾|累计|总|有|[,，。;；、]|$)")


def _worked(norm: str, start: int, end: int) -> bool:
    """Is there a verb of work before `end` in its clause (播种|面积, 托管服务|面积, 完成|水土流失综合治理
    面积, 收回|土地面积), other than one that states what there is (现有|耕地面积)?"""
    return any(tok[1] in ("v", "vn") and tok[0] not in _STATIVE for tok in _tokens(norm, start, end))


def _target(c: _Candidate) -> bool:
    """任务38283座, 考核指标23.1万亩: a target's figure, unless the clause reports it met (完成任务120%)
    or gives the share of it reached (为年度目标的105%); 完成年度任务3600人次|的118.6%: the figure
    before the share is the target's."""
    p = _patterns()
    if c.n.kind == "percent" and p["goal_share"].search(c.before):
        return False
    target = p["target"].search(c.before)
    if not target:
        return False
    # the verb that carried the tasks out stands before the task word, maybe before a list of them
    # (参与防汛、森林防灭火等任务40余次); not after it (任务是组织群众参与培训500人次: the task's own verb)
    norm, s_start = c.norm, c.sentence[0]
    start = max(s_start, norm.rfind("，", s_start, c.start) + 1, norm.rfind(",", s_start, c.start) + 1,
                norm.rfind("；", s_start, c.start) + 1)
    reach, clause = min(start, c.clause_start), c.clause
    # 完成抽检2150批次（年度任务4000批次）: an aside in brackets names the task, and the verb before it did
    # the figure before it
    opened = _open_bracket(norm, reach, c.start)
    if opened >= 0:
        reach, clause = opened + 1, norm[opened + 1:c.clause_end]
    if p["carried_out"].search(norm, reach, c.before_start + target.start()):
        return False
    # (圆满完成A、B等大型活动安保任务36次: the verb that met them stands before a list the clause's 、 cut, a list of
    # names with no figure of its own; not 完成固定资产投资12亿元、年度目标任务15亿元, whose verb did the first item)
    done = p["fulfilled"].search(clause) is not None or (
        reach < c.clause_start and p["fulfilled"].search(norm, reach, c.clause_start) is not None
        and not _countable_between(c, reach, c.clause_start))
    return not done or bool(p["share_next"].match(norm, c.end))


def _countable_between(c: _Candidate, start: int, end: int) -> bool:
    starts = c.art.countable_starts
    i = _bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _milestone(c: _Candidate) -> bool:
    """连续7年站稳800亿斤台阶, 突破10万人大关: a round level the real figure stays above or passes."""
    return bool(_patterns()["milestone_next"].match(c.norm, c.end))


def _floor(c: _Candidate) -> bool:
    """确保粮食播种面积稳定在156万亩以上: a floor the body commits to hold, not a figure reached; not
    安置帮教率保持在98%以上, a level held."""
    norm, n = c.norm, c.n
    p = _patterns()
    return (bool(p["floor_before"].search(norm, c.before_start, c.start))
            and bool(p["ensure"].search(norm, c.clause_start, c.start))) and (
        norm[c.start:c.end].endswith("以上") or bool(p["floor_next"].match(norm, c.end)))


def _service_hours(c: _Candidate) -> bool:
    """24小时值班值守, 开通24小时心理热线: hours written right before what they qualify say how a service
    runs. Not 累计服务3000小时, 培训24小时以上."""
    return c.n.unit in _lex().duration and bool(_patterns()["qualified_next"].match(c.norm, c.end))


def _notice_part(c: _Candidate) -> bool:
    """检查范围：全市6家燃气经营企业…, 二、活动对象 over 全县120名留守儿童…: what a notice covers,
    whom it is for or what it requires, under its label or heading, is not work done."""
    p, norm, n = _patterns(), c.norm, c.n
    line_start = norm.rfind("\n", 0, c.start) + 1
    if c.kinds & _NOTICE_LABEL_BIT:  # a label is read in the sentence, before the number
        label = p["notice_label"].match(norm, max(line_start, c.sentence[0]), c.start)
        if label is not None and p["notice_link"].match(norm, label.end(), c.start):
            return True
    if c.art.hits.first_end(_NOTICE_LABEL) > line_start - 1:
        return False  # no heading above can be one: none of the lines above holds a label word
    if _PAST_FRAME.match(norm, c.sentence[0]):
        return False  # 五、工作要求 / …。2021年以来，我县累计命名…186户: what was done before the notice, reported
    return c.art.under_notice_heading(line_start)


# 2024年，, 2021年以来，, 2024年首届评选活动中，: a sentence that opens with a year it reports on
_PAST_FRAME: Final = regex.compile(r"\s*\d{4}年(?:以来|来|[^,，。;；:：]{0,12}中)?[,，]")


def _under_notice_heading(norm: str, line_start: int) -> bool:
    """Is the nearest heading above the line starting at `line_start` a notice's label (二、活动对象)?"""
    end = line_start - 1
    while end > 0:
        start = norm.rfind("\n", 0, end) + 1
        verdict = _heading_verdict(norm, start, end)
        if verdict is not None:
            return verdict
        end = start - 1
    return False


def _heading_verdict(norm: str, start: int, end: int) -> bool | None:
    """For the line norm[start:end]: None when it is no heading, else whether it is a notice's label."""
    line = norm[start:end].strip()
    if line and len(line) <= _HEADING_MAX and line[-1] not in "。;；!！?？":
        return bool(_patterns()["notice_label"].fullmatch(line.rstrip(":：")))
    return None


# 据县统计局数据，…, 据市统计局测算，…: a sentence that opens by citing the statistics office (not its 民意调查, a poll)
_STATISTICS_SOURCE: Final = regex.compile(r"据[\u4e00-\u9fff]{0,6}?统计(?:局|部门)(?:数据|测算|统计|初步统计|快报)?[,，]")


def _statistics_office(c: _Candidate) -> bool:
    """据县统计部门测算，全年全县共接待国内游客412.6万人次: a sentence that opens by citing the statistics office
    reports its figures, the area's, not the body's work."""
    start = c.sentence[0]
    while start < c.start and c.norm[start] in " \t\u3000":
        start += 1
    return c.norm.startswith("据", start) and _STATISTICS_SOURCE.match(c.norm, start, c.start) is not None


def _area_statistic(c: _Candidate) -> bool:
    """地区生产总值同比增长5.6%, 景区接待游客1500万人次: a statistic of the area, not the body's work; but
    a government's or a zone's own report of what it achieved (城东镇实现地区生产总值98.6亿元, 完成交通固定资产
    投资14.8亿元: 实现 or 完成 right before the statistic, no whole area named before it as 全县 names one)."""
    norm = c.norm
    m = _patterns()["area_statistic"].search(norm, c.clause_start, c.start)
    if m is None:
        return False
    verb = _ACHIEVED_STATISTIC.search(norm, max(c.clause_start, m.start() - _STATISTIC_GAP), m.start())
    whole = _patterns()["whole_area"].search(norm, c.clause_start, m.start())
    if whole is not None:
        return not c.art.governs(whole.group()[1:])  # (全镇… in a town government's report: its own)
    if verb is not None:
        return False
    # 规上工业增加值同比增长6.9% in a town government's report, no other area named in its clause (我县, 浦江县,
    # 据县统计局…): the town's own
    if not (c.art.governs("镇") or c.art.governs("乡")):
        return True
    return _OTHER_AREA.search(norm, c.sentence[0], m.start()) is not None or c.art.names.any_in(c.clause_start, m.start())


_TOWN_GOVERNMENTS: Final = frozenset({"镇", "乡"})


# 实现|地区生产总值, 完成|住建领域|固定资产投资: the body's report of a figure it achieved (a sector's few words between)
_ACHIEVED_STATISTIC: Final = regex.compile(r"(?:实现|完成)[\u4e00-\u9fff]{0,4}$")
_STATISTIC_GAP: Final = 6
# 全县实现地区生产总值: the area's figure, whoever reports it; but a town's government reports 全镇… as its own
_OTHER_AREA: Final = regex.compile(r"[全我本该][国省市县区州]|统计局")  # (a town's page citing its county: 据县统计局, 我县)


def _means_apposition(c: _Candidate) -> bool:
    """依托上元观镇、桔园镇两个“科技小院”,帮助…: the count restates the names listed right before it, in a
    phrase saying what the work relied on; the work is counted after it. Not 依托760个教育基地."""
    p, norm = _patterns(), c.norm
    opening = p["means_open"].match(norm, c.list_start, c.start)
    if opening is None:
        return False
    items = _list_items([tok for tok in _tokens(norm, opening.end(), c.start) if tok[0].strip()])
    return len(items) >= 2 and all(_names_a_place(norm, item, c.art.names) for item in items)


def _named_items(c: _Candidate) -> bool:
    """“粤菜师傅”“广东技工”“南粤家政”三项工程, 依托“青年讲师团”“红领巾巡讲团”两支队伍: the count says how many names
    the quote marks right before it listed, no work done; not 开展“送法进村”“法律体检”活动36场 (another number)."""
    norm, start = c.norm, c.start
    if norm[start - 1:start] != "”":
        return False
    if c.n.unit not in _NAMING_UNITS:
        return False  # (“道德讲堂”“文明实践”2场: sessions held, no count of the names)
    run = _QUOTED_RUN.search(norm, max(c.sentence[0], start - _QUOTED_RUN_REACH), start)
    return run is not None and norm.count("“", run.start(), run.end()) == c.n.value


def _listed_words(c: _Candidate) -> bool:
    """收到书法、摄影、文学三个门类的作品: a count in words of as many kinds as the words listed with 、 right before it
    say; no work done (a count of work is written in digits: 新建公厕、停车场2个 is counted)."""
    if c.n.numeral != "chinese" or c.n.unit not in _NAMING_UNITS or c.norm[c.start - 1:c.start] == "”":
        return False
    words = _LISTED_WORDS.search(c.norm, max(c.sentence[0], c.start - _LISTED_WORDS_REACH), c.start)
    if words is None or words.group().count("、") + 1 != c.n.value:
        return False
    if _WHERE_LISTED.search(c.norm, words.start(), c.norm.find("、", words.start())) is None:
        return True
    # (在悦来镇、苏家店镇建成|两个…中心: the words say where, a verb after them, and the count what was built there; not
    # 在汊河、新安两个镇: the places counted)
    last = c.norm.rfind("、", words.start(), c.start) + 1
    return not any(tag[:1] == "v" for _, tag, _, _ in _tokens(c.norm, last, c.start))


_LISTED_WORDS: Final = regex.compile(r"[\u4e00-\u9fff]{2,}(?:、[\u4e00-\u9fff]{2,6})+$")
_LISTED_WORDS_REACH: Final = 40
_WHERE_LISTED: Final = regex.compile(r"在")  # 在悦来镇、…: the listed words are places where the work was done


_NAMING_UNITS: Final = frozenset({"项", "个", "支", "类", "种", "条", "张", "件", "大", "方面"})  # units that count kinds and things named


_QUOTED_RUN: Final = regex.compile(r"(?:“[^“”\n]{1,20}”(?:、|和|及)?){2,}$")  # two quoted names or more, side by side
_QUOTED_RUN_REACH: Final = 120  # characters


def _names_a_place(norm: str, item: list[_Tok], names: _Names) -> bool:
    """上元观镇, 桔园镇, 城关社区: a place name, found as one or written with a division's suffix."""
    text = norm[item[0][2]:item[-1][3]]
    if len(item) == 1 and _is_place(item[0], names):
        return True
    return len(text) <= _PLACE_NAME_MAX and text.endswith(tuple(_words("claims.reject", "division")))


def _partner(c: _Candidate) -> bool:
    return bool(_patterns()["partner_end"].search(c.before))


def _own_size(c: _Candidate) -> bool:
    """中心下设6个科室, 全区现有持证残疾人1.36万人: what a body or a place consists of, not work done;
    but 全县共有120个单位|获评… reports honours."""
    membership, standing = _words("claims.reject", "membership"), _words("claims.reject", "standing")
    toks = _tokens(c.norm, c.before_start, c.start)
    if any(tok[0] in membership for tok in toks):
        return True
    if c.norm[c.before_start - 1:c.before_start] == "、" and (_GROUP_CLOSE.match(c.before) or _GROUP_THEN_NOUN.match(c.before)):
        # 拥有友谊关、凭祥铁路口岸等4个国家一类口岸, 下辖中枢、马街等营业网点21个: the verb stands before the list
        # the count closes
        listed = scan.clause_start(c.norm, c.before_start, c.sentence[0], _NOT_LISTS)
        if any(tok[0] in membership for tok in _tokens(c.norm, listed, c.before_start)):
            return True
    if c.norm[c.before_start - 1:c.before_start] == "、" and not any(
            tok[0] in _words("claims.lexicon", "cut") or _modified_verb(tok[0]) for tok in toks):
        # 全市现有中小学、幼儿园|87所, 全区现有工会组织2380个、会员|21.6万人: 现有 stands before the list, and its
        # scope reaches every item with no verb of its own (not 现有幸福院45所、今年新建|12所)
        toks = _tokens(c.norm, scan.clause_start(c.norm, c.before_start, c.sentence[0], _NOT_LISTS), c.start)
    if not any(tok[0] in standing and (_owned_by_place(c, toks, k)) for k, tok in enumerate(toks)):
        return False
    p = _patterns()
    honoured = p["honour_verb"].search(c.norm, c.end, c.rest_end)
    # (…党员要以受表彰的先进典型为榜样: an honour verb before 的 describes someone else, not the counted)
    return not (honoured is not None and not c.norm.startswith("的", honoured.end())
                or p["participate"].search(c.norm, c.end, c.rest_end))


# what the figures of a jurisdiction (辖8个村、142个村民小组, 辖区面积0.8平方公里) are turned down as
_AFTER_JURISDICTION: Final = frozenset({"claims.reject.jurisdiction", "claims.reject.part_of_rejected",
                                        "claims.reject.population"})
_MORE_OF_IT: Final = frozenset({"共有", "现有"})  # what opens a clause of more of a place's size


def _owned_by_place(c: _Candidate, toks: list[_Tok], k: int) -> bool:
    """Whose is what 现有 counts? A scope's (全区|现有), a place's (平和县|实有), an institution's (学校|现有, 医院|现有), or, when
    it opens its clause, the subject of a sentence that says what it is in a clause before (医院是一所…医院,
    |现有职工, 文昌是著名侨乡,|现有海外乡亲); not a team's (服务队|现有志愿者120余人: volunteers deployed)."""
    if k > 0:
        prev = toks[k - 1][0]
        # (平和县|实有个体工商户: a place named, its own stock)
        return (_is_scope(toks[k - 1]) or prev.endswith(tuple(_words("claims.reject", "institution")))
                or toks[k - 1][1] == "ns")
    if c.norm[c.clause_start:toks[k][2]].strip() or c.clause_start <= c.sentence[0]:
        return False
    if toks[k][0] in _MORE_OF_IT and c.rejected_before in _AFTER_JURISDICTION and c.norm.find(
            "辖", c.sentence[0], c.clause_start) >= 0:
        # 全镇辖8个村（社区），|共有农户1.12万户: the place whose size the clause before gave, more of it; not what
        # they did after it (…，共有86支代表队|报名参赛: the clause goes on with a verb; …现有贫困户320户，|全部实现
        # 稳定脱贫: the next clause says all of them were done)
        nxt = c.norm[c.rest_end + 1:c.rest_end + 3] if c.rest_end < c.sentence[1] else ""
        return not any(tok[1][:1] == "v" for tok in _tokens(c.norm, c.end, c.rest_end)) and not nxt.startswith(
            tuple(_words("claims.lexicon", "all_of_them")))
    # (三中始建于1958年，是一所…高级中学，|现有教学班48个: the copula in any clause before; 平罗县境内黄河干流长98.6公里，
    # |现有小型水库5座: the place the sentence opens with, its subject)
    before = _tokens(c.norm, c.sentence[0], c.clause_start)
    return any(tok[0] in _words("claims.reject", "copula") for tok in before) or bool(before) and _is_place(before[0], c.art.names)


def _print_run(c: _Candidate) -> bool:
    """(共印30份): a document's print run, in its distribution line."""
    return bool(_patterns()["print_run_end"].search(c.norm, c.sentence[0], c.start))


def _band(c: _Candidate) -> bool:
    """月薪在3500元至8000元之间, 时长控制在40至60分钟之间: a band a figure is kept in, offered or
    allowed, not an amount of work done."""
    norm, n = c.norm, c.n
    if n.value_max is None or not norm[c.before_start:c.start].rstrip().endswith("在"):
        return False
    return norm[c.start:c.end].endswith("之间") or bool(_patterns()["band_next"].match(norm, c.end))


def _top_places(c: _Candidate) -> bool:
    """包揽前三名, 中考前100名中, 排名后三位: the first or last places of a ranking, a rank and no count
    (ANNOTATION.md: ranks are no claims)."""
    norm = c.norm
    if c.n.unit in _PLACE_UNITS and _LAST_PLACES.search(norm, max(0, c.start - 4), c.start):
        return True  # 考评得分排名后三位: the last places of a ranking
    if c.n.unit not in _PLACE_UNITS or norm[max(0, c.start - 1):c.start] != "前" or norm[max(0, c.start - 2):c.start] == "目前":
        return False
    # (春节前200名志愿者, 活动开始前50名党员: 前 is "before", and the people counted follow as a noun)
    after = _tagged(norm[c.end:c.end + _NEXT_WORD_REACH])
    return not after or not after[0][1].startswith("n")


_PLACE_UNITS: Final = frozenset({"名", "位"})
_LAST_PLACES: Final = regex.compile(r"(?:排名|排|名次|位列|位居)(?:后|倒数)$")


def _formula(c: _Candidate) -> bool:
    """完成率=完成数/年度任务×100%: an operand of a formula, no figure reported."""
    before = c.norm[max(0, c.start - 1):c.start]
    return bool(before) and before in _FORMULA_SIGNS


_FORMULA_SIGNS: Final = "×÷"  # (not =: 完成率=85% may report a figure)


def _joined_letters(cells: list[Span2]) -> list[Span2]:
    """A header's cells with runs of one-letter cells joined (类　　别 is one cell, 类别, set wide)."""
    out: list[Span2] = []
    for a, b in cells:
        if out and b - a == 1 and out[-1][1] - out[-1][0] == 1:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _table_plan(c: _Candidate) -> bool:
    """年度目标　1000: a figure under a column that holds a plan, no result (年度目标, 计划; not 计划完成率)."""
    cell = _table_cell(c)
    if cell is None:
        return False
    head = c.norm[cell[1][0]:cell[1][1]]
    return any(w in head for w in _words("claims.lexicon", "plan_column")) and not any(
        w in head for w in _words("claims.lexicon", "done_column"))


def _row_label(c: _Candidate) -> bool:
    """5.属于三类内部事务信息　0　0　0: a figure in Chinese numerals inside the label of a table's row (words on
    both sides of it in its cell) whose other cells after it hold figures only: part of the row's name, the
    row's figures are in its cells (新建5个口袋公园|100 states its work in Arabic figures)."""
    if c.n.numeral != "chinese":
        return False
    norm = c.norm
    line_start = norm.rfind("\n", 0, c.start) + 1
    line_end = norm.find("\n", c.end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm.find("\t", line_start, line_end) < 0 and norm.find("|", line_start, line_end) < 0:
        return False
    cells = _row_cells(norm, line_start, line_end)
    k = next((i for i, (a, b) in enumerate(cells) if a <= c.start < b), -1)
    if k < 0 or k == len(cells) - 1:
        return False
    a, b = cells[k]
    if not (_CJK_IN.search(norm, a, c.start) and _CJK_IN.search(norm, c.end, b)):
        return False
    return all(_FIGURE_CELL.fullmatch(norm, x, y) for x, y in cells[k + 1:])


# a cell that holds a figure and nothing else, or a dash for none
_FIGURE_CELL: Final = regex.compile(r"[-—]|[0-9]+(?:\.[0-9]+)?%?")


def _distance(c: _Candidate) -> bool:
    """该村距县城46公里, 距林缘100米: how far a place lies, in a length, from the place named after 距 (a
    word the segmenter may glue to the place, 距林缘); not 巡河距离累计1200公里, where no place follows."""
    # (read by characters: the segmenter glues 距 to either side, 村距|镇政府, 距林缘)
    return c.n.unit in _words("claims.reject", "length") and bool(
        _patterns()["distance"].search(c.norm, c.before_start, c.start))


def _elevation(c: _Candidate) -> bool:
    """该村海拔2900米, 平均海拔约1800米: how high a place lies, its measure, not work done."""
    return c.n.unit in _words("claims.reject", "length") and bool(_patterns()["elevation"].search(c.norm, c.before_start, c.start))


def _race(c: _Candidate) -> bool:
    """男子100米：马俊杰, 初中女子800米第一名, 4×100米接力: a race of a sports meet named by its length, not work done."""
    if c.n.unit not in _words("claims.reject", "length"):
        return False
    p = _patterns()
    return bool(p["race_before"].search(c.norm, c.before_start, c.start) or p["race_after"].match(c.norm, c.end))


def _undone(c: _Candidate) -> bool:
    """全区仍有约60万亩耕地尚未完成改造, 其余15处正在整改: what is still to be done, not work done."""
    p = _patterns()
    if p["undone"].search(c.norm, c.end, c.rest_end):
        return True
    return bool(p["ongoing"].search(c.norm, c.end, c.rest_end) and p["remainder"].search(c.norm, c.clause_start, c.start))


def _multiple_of(c: _Candidate) -> bool:
    """按不低于当地低保标准的1.3倍确定, 是全省平均水平的2倍: a multiple of a standard or of another figure, what a
    figure is set or compared against; not the body's own growth (增长了1.2倍)."""
    return c.n.unit == "倍" and c.norm.endswith("的", 0, c.start)


def _standard(c: _Candidate) -> bool:
    """户均救助标准不超过5000元, 补助上限为2000元: what a standard allows; 按每人每月200元的标准发放:
    the standard the figure is (not 300户的标准化改造, 1.2万亩的高标准农田); 月薪3500元: what a post pays."""
    p = _patterns()
    end = p["standard_end"].search(c.norm, c.before_start, c.start)
    if end is not None and c.norm.startswith(_WAGES, end.start()) and c.norm.endswith(_AVERAGED, 0, end.start()):
        end = None  # 毕业生平均月薪约3800元: a wage reached on average, an outcome, no post's pay
    return end is not None or p["standard_after"].match(c.norm, c.end) is not None


_WAGES: Final = ("月薪", "日薪", "年薪", "时薪")
_AVERAGED: Final = ("平均", "人均")


def _award_total(c: _Candidate) -> bool:
    """本届云川市新闻奖共评出获奖作品126件: how many works a named award was given to in all, the awarding
    body's count (the reporting body's own share, 7件作品获奖, is told apart); a contest's own prize
    classes (共评出一等奖2个、二等奖4个) are counted by whoever held it, and are not this, nor the works its
    own selection chose where its paragraph names no award (县文联…开展…文艺作品评选活动…共评出获奖作品27件)."""
    total = _AWARD_TOTAL.search(c.norm, c.before_start, c.start)
    return total is not None and _AWARD_NAMED.search(c.norm, c.norm.rfind("\n", 0, c.start) + 1, total.start()) is not None


_AWARD_TOTAL: Final = regex.compile(r"评(?:选)?出获奖作品\s*$")
_AWARD_NAMED: Final = regex.compile(r"[\u4e00-\u9fff”]{2}奖")  # 云川市新闻奖, “巴陵文艺奖: an award named


def _weather(c: _Candidate) -> bool:
    """全县先后出现3轮强降雨天气过程, 汛期遭遇5轮强降雨过程: what the weather did, counted; no work done (the work
    against it, 转移群众1200人, is counted by its own figures)."""
    return c.n.unit in _WEATHER_UNITS and _patterns()["weather_after"].match(c.norm, c.end) is not None


_WEATHER_UNITS: Final = frozenset(("轮", "次", "场", "波", "轮次"))  # what weather events are counted in


def _nominees(c: _Candidate) -> bool:
    """从各校推荐的58名候选人中择优, 韩治国等3名同志已被列为…拟表彰人选: those put forward for an honour, not
    yet given it: no work done (the honoured, counted, are)."""
    return _NOMINEES.match(c.norm, c.end) is not None or _NOMINEES_BEFORE.search(c.norm, c.before_start, c.start) is not None


# (候选人 right after the count, or a clause after it that lists them among the proposed: 被列为…拟表彰人选,
# 推荐3名职工为…候选人; or 候选人, 拟推荐 right before it: 推荐候选人3名, 拟推荐以下2名同志为…人选); not 作为后备人选,
# nor 老人|选配
_NOMINEES: Final = regex.compile(r"[\u4e00-\u9fff]{0,4}?候选(?:人|对象|单位|集体)"
                                 r"|[^,，。;；\n]{0,8}?(?:被|已)?(?:列为|确定为|推荐为)[^,，。;；\n]{0,30}?(?:拟表彰|拟推荐|候选|人选)"
                                 r"|[^,，。;；\n]{0,8}?(?<![作成])为[^,，。;；\n]{0,40}?候选(?:人|对象|单位|集体)")
_NOMINEES_BEFORE: Final = regex.compile(r"候选(?:人|对象|单位|集体)\s*$|拟(?:推荐|表彰)[^,，。;；\n]{0,10}$")


def _legal_range(c: _Candidate) -> bool:
    """处200元以上3000元以下罚款, 并处1万元以上5万元以下: a rule's range (a fine, a term), both of its ends;
    no figure of work done."""
    norm = c.norm
    raw_end = norm[max(c.start, c.end - 2):c.end]
    if raw_end == "以上":
        return _LEGAL_RANGE_UPPER.match(norm, c.end) is not None
    if raw_end == "以下":
        return norm[max(0, c.start - 2):c.start] == "以上"
    return False


_LEGAL_RANGE_UPPER: Final = regex.compile(r"[0-9.万千百十一二三四五六七八九]+[^\s,，。;；:：0-9]{0,3}?以下")


def _elapsed(c: _Candidate) -> bool:
    """整个演练历时1个多小时: how long an event lasted, not work done; not an average reported as a result
    (审批平均用时28个工作日)."""
    return bool(_patterns()["elapsed_end"].search(c.norm, c.before_start, c.start)) and (
        c.norm.find("平均", c.clause_start, c.start) < 0)


def _within(c: _Candidate) -> bool:
    """做到24小时内响应, 30分钟内到场: a time limit the work keeps to (内 right after the span of time), no
    amount of work (服务时长3400小时 is one)."""
    # (48小时|内容涵盖…: 内 opens another word)
    return c.norm.startswith("内", c.n.unit_end) and not c.norm.startswith("内容", c.n.unit_end) and (
        c.n.unit in _words("claims.lexicon", "duration") or c.n.unit in _words("claims.lexicon", "time_span"))


def _occurred(c: _Candidate) -> bool:
    """全市共发生火灾187起, 全年辖区发生水上交通事故3件: incidents that happened in an area, its record, not
    the body's work (a count of occurrences reported as a result, 发生起数同比减少, is not this)."""
    if c.n.unit not in _lex().incident_units:
        return False
    m = _patterns()["occurred_clause"].fullmatch(c.norm, c.before_start, c.start)
    if m is None:
        return False
    # (京昆高速涞水段|发生事故6起: where they happened; 及时处置高速路段|发生事故6起: work on them, a verb in it; but
    # 振兴大道路段, 解放路段: a verb that names a road, its road word right after it)
    if m.group("place") is None:
        return True
    words = _tagged(m.group("place"))
    return not any(tag[:1] == "v" and not (k + 1 < len(words) and words[k + 1][0] in _words("claims.reject", "road"))
                   for k, (_, tag) in enumerate(words))


# 明确, 配备, 由…组成: what assigns one of each, or says a team is made of them
_SCHEME_WORDS: Final = regex.compile(r"明确|配备|配齐|落实|组成|包联")


def _scheme_of_ones(c: _Candidate) -> bool:
    """明确1名县级领导、1个责任单位、1个工作专班, 由1名全科医生、1名护士组成: one of each, listed side by side,
    is a scheme or a team's make-up, not work counted."""
    if c.n.value != 1 or c.n.value_max is not None:
        return False
    art, (s_start, s_end) = c.art, c.sentence
    start = art.stops.clause_start(c.start, s_start, _LIST_DELIMS)
    end = art.stops.clause_end(c.end, s_end, _LIST_DELIMS)
    if not _SCHEME_WORDS.search(c.norm, start, end):
        return False  # 新建1个文化广场、1个卫生室, 一等奖1个、二等奖1个: ones counted, no scheme named
    # each item of the list (between 、) counts with its last figure: 对86个项目逐一明确|1名县级领导、1个责任单位
    items = 0
    while start < end:
        stop = c.norm.find("、", start, end)
        stop = end if stop < 0 else stop
        last = _bisect_left(art.countable_starts, stop) - 1
        if last >= 0 and art.countables[last].start >= start:
            n = art.countables[last]
            if n.value != 1 or n.value_max is not None:
                return False
            items += 1
        start = stop + 1
    return items >= 2


def _incident_record(c: _Candidate) -> bool:
    """住宅火灾23起, 电气原因引发火灾41起: incidents counted by their kind, the area's record of what happened;
    not 扑救火灾36起, where the body handled them."""
    if c.n.unit not in _lex().incident_units:
        return False
    start, end = c.metric
    if not c.norm.endswith(tuple(_words("claims.reject", "incident_noun")), start, end):
        return False
    before = c.norm[c.sentence[0]:end]  # (接处警1200起，其中火灾136起: calls the body handled, broken down)
    return not any(word in before for word in _words("claims.reject", "handled"))


def _casualty(c: _Candidate) -> bool:
    """死亡1人，受伤3人，直接财产损失93.6万元, 造成6人死亡、17人受伤: the toll of what happened, never work done."""
    p = _patterns()
    if c.n.unit in _PEOPLE_UNITS and p["casualty_next"].match(c.norm, c.n.unit_end):
        return True
    if c.n.unit in _PEOPLE_UNITS and p["casualty_end"].search(c.norm, max(c.before_start, c.start - _CASUALTY_REACH), c.start) and (
            p["toll_closes"].match(c.norm, c.n.unit_end)):
        # 未发生一次死亡|3人以上的较大事故: people counted by a casualty word, a toll or a class of incidents (not
        # 救治受伤|12名群众: the people helped, named after the count)
        return True
    return bool(p["casualty_clause"].fullmatch(c.norm, c.before_start, c.start))


_CASUALTY_REACH: Final = 4  # the longest casualty word, and a qualifier before the figure (死亡约)


_PEOPLE_UNITS: Final = frozenset({"人", "名"})
_CONFERRED: Final = regex.compile(r"授予|命名|评为|表彰为|确定为")  # a verb that confers the title after the holders
# a verb that selects the holders, then 为 and the title (评选白玉梅等10名同志为“X”, 评定…等6个单位为“X”)
_SELECTED: Final = regex.compile(r"评选|评定|认定|确定")


_CONCENTRATIONS: Final = frozenset({"微克/立方米", "毫克/立方米", "毫克/升"})


def _limit(c: _Candidate) -> bool:
    """每班招收学生不超过40人, 获奖比例不超过参赛作品总数的40%: a bound on what may be, not what was done."""
    # (not a bound read as the figure's own qualifier: 平均单张处方不超过80元 reports how one kept within it)
    p = _patterns()
    if c.norm.startswith("的", c.n.unit_end) and p["limit_start"].match(c.norm, c.n.start, c.n.num_start):
        return True  # 连同不超过1500字的事迹材料: a bound describing what is asked for, its own qualifier
    if c.n.unit in _CONCENTRATIONS and p["limit_start"].match(c.norm, c.n.start, c.n.num_start):
        return True  # 排放浓度不高于10毫克/立方米: a concentration's bound is the standard kept to, no reading of it
    return bool(p["limit_share_end" if c.n.kind == "percent" else "limit_end"].search(c.norm, c.before_start, c.start))


def _part_of_rejected(c: _Candidate) -> bool:
    """A sub-item of a figure turned down (全区现有持证残疾人1.36万人,其中重度残疾人4280人), the next
    item of its list (该县下辖12个乡镇、186个行政村), or a clause with no verb of its own that goes on
    with the description (该县现辖13个镇,在校高中生约1.8万人)."""
    if not c.rejected_before:
        return False
    previous = c.art.countables[c.index - 1]
    if _in_closed_aside(c.norm, c.sentence[0], previous.start, previous.end, c.clause_start):
        return False  # 抽检2150批次（年度任务4000批次）,|完成率53.8%: the clause goes on with what came before the aside
    if c.rejected_before in _NOT_SHARED:
        # 全县21个派出所全员参与，|破获案件126起: who did the work, then the work, the claim; 培训时长近3个小时，|参训群众
        # 200余人: how long it took, then who came
        return False
    if c.rejected_before == "claims.reject.bound_condition" and previous.end > c.clause_start:
        return False  # 其中10亿元以上|项目2个: the bound turned down qualifies what this count counts
    if c.rejected_before == "claims.reject.distance" and previous.end > c.clause_start and c.norm.startswith("的", previous.end):
        return False  # 硬化距乡政府8公里的|洪墩村道路3.2公里: the distance places what this count counts
    if c.rejected_before == "claims.reject.bracketed_bound" and not any(
            ch in "）)" for ch in c.norm[previous.end:c.start].rstrip("）) \u3000")):
        # 捐款（单笔1万元以下，|共412笔）, 五星级志愿者（…1500小时以上）|126名: the floor defines what the note or the class
        # after it counts, no figure to share (a count further on is judged as any)
        return False
    opening = c.norm[c.clause_start:c.start].lstrip()
    if c.rejected_before == "claims.reject.total_before_own_share" and _patterns()["own_share"].search(opening):
        return False  # …受到表彰,其中我校5人: the body's own share is what it reports
    lex = _lex()
    if opening.startswith(lex.sub_item_openings):
        return True  # 其中…; …海外乡亲120多万人,|分布在50多个国家: where the counted live
    if c.rejected_before in _FRAMED_LISTS and c.norm.startswith("、", previous.end) and (
            c.n.kind != "money" or previous.kind == "money") and _DONE_IN_ITEM.search(c.norm, previous.end, c.start) is None:
        # 任务为改造小区26个、|涉及居民2180户: the next item of a list under the frame turned down, with no word of work
        # done (not 、已完成改造136公里, 、累计发放低保金1260万元) and no sum after counts (、发放小额信贷3600万元)
        return True
    if _verbless(c):
        return True
    if (c.n.kind == "percent" and c.clause_start > c.sentence[0] and c.rejected_before not in _RESTATING
            and (_patterns()["growth_clause"].match(opening) or _patterns()["share_of_whole"].match(opening))):
        # 景区接待游客1500万人次,|比上年增长62%: how the figure before changed; 共发生事故6起，|占总数的42.9%:
        # what share of a whole it is
        return True
    between = _tokens(c.norm, previous.end, c.start)
    if c.rejected_before in _SIZE_VERDICTS and all(tok[1][:1] == "n" or tok[1] == "zg" for tok in between) and _ends_count_run(c):
        # 全村辖4个村民小组|218户|896人: the counts of one size, nothing but a noun between them (村民|组: the tagger's
        # bound morpheme, zg, ends it too) and no phrase of their own after (not 全县12个乡镇|近50支青年团队报名参赛)
        return True
    if c.rejected_before in _OWN_SIZE_RUN and _names_more_of_it(c, between):
        return True
    join = lex.join
    division = lex.division  # 村 is tagged as nothing in particular
    # 19个镇(街道)、|504个村: a bracketed note on the item before is part of it
    return (any(tok[0] in join for tok in between)
            and all(tok[0] in join or tok[0] in division or tok[0] in _BRACKET_MARKS or tok[1][:1] in ("n", "j", "q")
                    for tok in between))


# verdicts on a frame the whole list stands under (a plan's task, a sub-item of what was turned down)
_FRAMED_LISTS: Final = frozenset({"claims.reject.target", "claims.reject.part_of_rejected"})
# (…的17批次不合格样品中，|食用农产品11批次: the parts after the whole a share is taken from are what is reported)
_NOT_SHARED: Final = frozenset({"claims.reject.scope_members", "claims.reject.hours_taken", "claims.reject.vote_tally",
                                "claims.reject.share_base"})
_DONE_IN_ITEM: Final = regex.compile(r"已|完成|实际|累计|超额|全年|共计")


def _in_closed_aside(norm: str, s_start: int, start: int, end: int, before: int) -> bool:
    """Whether the number at start..end sits in brackets that open after `s_start` and close before
    `before` (（年度任务4000批次）, not 村（社区）312个, where the brackets hold a word)."""
    return _open_bracket(norm, s_start, start) >= 0 and any(mark in norm[end:before] for mark in "）)")


def _ends_count_run(c: _Candidate) -> bool:
    """Whether the count's clause ends right after it (after its noun, when a bare count is written
    on to one: 辖9镇3|乡, or a short noun after its measure word: 辖10个镇2个|街道), or another number
    follows it at once."""
    tally = c.tally_noun
    after_start = tally[1] if tally else c.end
    after = c.norm[after_start:c.clause_end].strip()
    if not after or after[0].isdigit():
        return True
    # 辖10个镇2个|街道: its noun alone to the clause's end, a division as the count before it named
    division = _lex().division
    return len(after) <= _DIVISION_NOUN and all(tok[1][:1] == "n" or tok[0] in division
                                                for tok in _tokens(c.norm, after_start, c.clause_end))


_DIVISION_NOUN: Final = 4  # the longest noun a count of divisions ends its clause with (街道, 行政村, 居委会)


def _names_more_of_it(c: _Candidate, between: list[_Tok]) -> bool:
    """公司现有110千伏变电站6座、|35千伏变电站17座，|10千伏线路112条: the items of what a body has run on
    after it, a noun and its count each (a figure inside the noun, a voltage, is no verb), until a verb
    stands before or after a count (…，为2300人发放补贴 is work again)."""
    if not between or not between[0][0] in _RUN_ON_MARKS:
        return False
    lex = _lex()
    state, cut = lex.state, lex.cut
    if any(tok[1][:1] not in _RUN_ON_TAGS and tok[0] not in _RUN_ON_MARKS or _does(tok, state, cut) for tok in between):
        return False
    after = _tokens(c.norm, c.end, c.rest_end) if c.rest_end > c.end else []
    return not any(_does(tok, state, cut) for tok in after)


_RUN_ON_MARKS: Final = frozenset({"、", "，", ","})
_RUN_ON_TAGS: Final = ("n", "m", "q", "j")
# what a body has: the counts that run on after it share its verdict
_OWN_SIZE_RUN: Final = frozenset({"claims.reject.own_size", "claims.reject.part_of_rejected"})


# the verdicts on a figure that states what there is: the counts run on with it share them
_SIZE_VERDICTS: Final = frozenset({"claims.reject.jurisdiction", "claims.reject.population", "claims.reject.own_size",
                                   "claims.reject.part_of_rejected"})


def _verbless(c: _Candidate) -> bool:
    """The clause before the number is a noun phrase and no more: no verb but one that says what state
    the counted are in (在校|高中生, 持证|残疾人)."""
    start = c.list_start  # a list's items (…200名、全国优秀社工机构50家) share their clause's verb
    if c.index > 0 and c.art.countables[c.index - 1].end > start:
        return False  # the clause holds an earlier figure
    before = [tok for tok in _tokens(c.norm, start, c.start) if tok[0].strip()]
    lex = _lex()
    state, cut = lex.state, lex.cut
    # the stretch before is read first: nothing there, or a verb, settles it without tagging the one after
    if not before or any(_does(tok, state, cut) for tok in before):
        return False
    if any(tok[0] in _BEFORE_A_VERB for tok in before[:-1]):
        return False  # 至今已|资助学子三百余名: what follows 已 is a verb, though jieba tags it a noun
    after = _tokens(c.norm, c.end, c.rest_end) if c.rest_end > c.end else []  # …6人|获评…: a verb after
    return not any(_does(tok, state, cut) for tok in after)


# adverbs that stand before a verb only (已资助, 已经建成, 累计帮扶)
_BEFORE_A_VERB: Final = frozenset({"已", "已经", "累计", "先后"})


def _does(tok: _Tok, state: frozenset[str], cut: frozenset[str]) -> bool:
    """A verb of the clause's own (a cut verb, or any verb but one of state)."""
    return tok[0] in cut or (tok[1].startswith("v") and tok[0] not in state)


def _share_base(c: _Candidate) -> bool:
    """该校86名教职工中,12人…: the whole a share is taken from."""
    if c.norm.find("中", c.end, c.clause_end + 1) < 0:  # the phrase after ends by clause_end
        return False
    after = c.noun_after
    if after is None:
        # 检出的17批次|不合格样品中，: after 的, a noun phrase the noun reading passes over (不合格 opens on an adverb), up
        # to 中 (not 学生中，有180多人|考入高中，: a verb's object)
        return c.norm.endswith("的", 0, c.start) and bool(_patterns()["base_noun_next"].match(c.norm, c.end))
    return bool(_patterns()["base_next"].match(c.norm, after[1]))


def _threshold(c: _Candidate) -> bool:
    """对服务时长满100小时的志愿者授予…: a condition, not a result."""
    p = _patterns()
    return (bool(p["threshold_end"].search(c.norm, c.list_start, c.counts.start))
            and bool(p["condition_next"].match(c.norm, c.counts.end)))


def _bound_condition(c: _Candidate) -> bool:
    """收入超50万元的村达7个, 年销售额500万元以上的企业12家: a bound (超, 以上) on what qualifies the
    things a later count in the clause counts is a condition, not a result."""
    if c.n.qualifier not in ("over", "under") or c.counts.size > 1:
        return False
    p, n = _patterns(), c.n
    if not p["condition_next"].match(c.norm, c.counts.end):
        # 其中5亿元以上|项目|2个, 超千万美元|项目|2个: a sum or a measure bounded, written straight onto a noun (a
        # count's noun is what it counts: 带动1000名以上|妇女|增收)
        return n.kind in _SIZES and _bounded(c) and _bounds_a_noun(c)
    if c.norm.endswith("在", 0, n.start):
        return True  # 对补贴额在5万元以上的机具全部核验: 在 a bound of 的 what: the things that qualify
    # a comparison, not an estimate (3000余户的农户, 近300户的家庭 are how many were helped)
    if not _bounded(c):
        return False
    return _later_count(c) or _bounds_a_noun(c)


def _bracketed_bound(c: _Candidate) -> bool:
    """五星级志愿者（服务时长1500小时以上）126名, 一、单位捐款（1万元以上）, 需空腹（禁食8小时以上）: a floor in a bracketed
    note defines what the note follows, a condition, not a result."""
    p, norm, n = _patterns(), c.norm, c.n
    if not p["bound_after"].search(norm, n.unit_end, n.end):
        return False
    opened = _open_bracket(norm, c.sentence[0], n.start)
    if opened < 0:
        return False
    closes = [at for at in (norm.find("）", c.end, c.sentence[1]), norm.find(")", c.end, c.sentence[1])) if at >= 0]
    if not closes or any(ch in _NOTE_STOPS for ch in norm[c.end:min(closes)]):
        return False
    # the note defines a class: a count of it follows (…（…以上）126名), or the line ends on it (一、单位捐款（1万元以上）),
    # or it defines a list (捐赠名单（…以上）); not a result told in an aside (开展服务（累计服务300小时以上），受到好评)
    if (p["total"].search(norm, opened + 1, n.start) or n.unit.endswith("次")) and _FIGURE_BEFORE_NOTE.search(
            norm, max(c.sentence[0], opened - _FIGURE_REACH), opened):
        # 开展义诊活动12场（服务群众3000人次以上）: a total or a count of times noted on a figure, a result; not on a
        # title or a class (奖金奖（累计献血40次以上）：, 五星级志愿者（累计服务200次以上）36名)
        return False
    after = _NOTE_END.match(norm, min(closes) + 1)
    return after is not None or norm.endswith("名单", c.sentence[0], opened)


_FIGURE_BEFORE_NOTE: Final = regex.compile(r"[\d一二三四五六七八九十两][^\s\d（(，,。；;]{0,3}$")  # 12场|（…）
_FIGURE_REACH: Final = 5
_NOTE_STOPS: Final = frozenset("。！？；;")  # (a note's items may stand a 、 or a ， apart)
_NOTE_END: Final = regex.compile(r"[ \t\u3000]*(?:[\d一二三四五六七八九十两]|[\n:：]|$)")


def _bounded(c: _Candidate) -> bool:
    """超50万元, 2000万元以上: a bound written before the number or after its unit."""
    p, n = _patterns(), c.n
    return bool(p["bound_before"].match(c.norm, n.start, n.num_start) or p["bound_after"].search(c.norm, n.unit_end, n.end))


def _bounds_a_noun(c: _Candidate) -> bool:
    """The bound ends a noun's modifier (5亿元以上|项目, 30吨以上的|车辆): after the noun phrase, a later count
    in the clause counts the things so bounded (其中5亿元以上项目|2个), or a verb says what they do or what is
    done to them (…的车辆|禁止驶入, …的村|实现全覆盖): the bound is inside the clause's subject. Not
    完成投资1.2亿元以上的项目建设 (nothing after the noun phrase), nor 筹集800万元以上|用于 (no noun); a share
    (95%以上的行政村|建立了…) or a count (带动1000名以上妇女|就业) tells how many did the work or had it done."""
    norm, start = c.norm, c.counts.end
    m = _patterns()["condition_next"].match(norm, start)
    if m:
        start = m.end()
    toks = [tok for tok in _tokens(norm, start, c.clause_end) if tok[0].strip()]
    k = 0
    while k < len(toks) and (toks[k][1] == "vn" or toks[k][1][:1] not in _NOT_IN_A_NOUN_PHRASE):
        k += 1
    if k == 0 or k == len(toks):
        return False
    if _later_count(c):
        return True
    if c.n.kind not in _SIZES:
        return False  # 95%以上的行政村|建立了…, 带动1000名以上|妇女|就业: how many of the things did it
    if toks[k][1] == "d" and k + 1 < len(toks):
        k += 1  # …的团队|须|提前预约
    return toks[k][1][:1] == "v"


# the kinds of figure that size a thing rather than count the things (numbers.units.tsv)
_SIZES: Final = frozenset({"money", "measure"})

# what a noun phrase (its nouns, the adjectives and the odd characters the tagger names in it: 村 zg) does not
# hold: verbs, numbers, punctuation, prepositions, adverbs, particles, conjunctions, pronouns
_NOT_IN_A_NOUN_PHRASE: Final = frozenset("vmxpducr")


def _later_count(c: _Candidate) -> bool:
    after = c.index + 1
    return after < len(c.art.countables) and c.art.countables[after].start < c.clause_end


def _allocation(c: _Candidate) -> bool:
    p = _patterns()
    # each pattern tried only where its one fixed character is (a blank or the slash of 300元/人 right
    # after the number, 每 before it): most candidates have neither, and a string test costs a fraction
    # of a regex call
    after = c.norm[c.end:c.end + 1]
    if (after == "/" or after.isspace()) and p["per_after"].match(c.norm, c.end):
        return True
    if c.n.kind == "money" and p["prize_money"].search(c.norm, c.clause_start, c.start):
        return True  # 大赛设一等奖奖金3000元，二等奖各1500元: what a prize pays, a standard
    if "每" not in c.before:
        return False
    if c.n.kind != "money" and c.n.value >= _YEARLY_MIN and not p["per_unit"].search(c.before) and not (
            _REQUIRED_MIN.search(c.norm, c.clause_start, c.n.num_start)):
        return False  # 每年开展科普巡展60至80场: the work a year brings, not a standard (每月谈心1次 is a routine)
    return bool(p["allocation"].search(c.before))


def _per_head_sum(c: _Candidate) -> bool:
    """每人慰问1200元, 其中每人资助3000元; 发放1000元慰问金,…每人也是慰问1200元: a sum in a sentence
    that states a standard (before the sum, or as a per-head sum anywhere in it), unless its clause
    reports a total or the sum is many times every per-head sum stated (按每户2至3万元的标准…,
    发放救助金296万元: what was paid out in all)."""
    p = _patterns()
    if c.n.kind != "money" or p["total"].search(c.norm, c.clause_start, c.start):
        return False
    standards = _per_head_sums(c)
    opened = max(c.norm.rfind(ch, c.sentence[0], c.start) for ch in ",，;；") + 1
    if _AVERAGE_OF.search(c.norm, max(opened, c.sentence[0]), c.start) and c.n.value not in standards:
        # 城乡低保月人均补差分别达到512元、368元: an average paid, reported as a result beside the standard (not 按每户
        # 2000元标准发放，户均发放2000元: the standard said again)
        return False
    if not (standards or any(_sets_standard(c, m) for m in p["allocation"].finditer(c.norm, c.sentence[0], c.clause_end))):
        return False
    return not (standards and c.n.value >= _TOTAL_FACTOR * max(standards))


_PERIODS: Final = frozenset("月周天日年")  # 每月, 每周: how often, after 每


def _sets_standard(c: _Candidate, m: re.Match) -> bool:
    """Whether the 每 of `m` sets the standard of the candidate's sum: in the sum's own clause, yes; in another,
    unless it says how often and its clause pays out nothing (每月定期进村入校，…，码洋41.2万元; not 每月向特困人员发放
    护理补贴，发放金额300元), or it stands in a quoted slogan (“高质效办好每一个案件”); 对每安置1名残疾人…的基地，给予
    一次性奖励3000元 does."""
    if m.start() >= c.clause_start:
        return True
    opened = scan.clause_start(c.norm, m.start(), c.sentence[0], _DELIMS)
    if _quoted_at(c.norm, opened, m.start()):
        return False
    if c.norm[m.end() - 1] not in _PERIODS:
        return True
    closed = scan.clause_end(c.norm, m.end(), c.clause_start, _DELIMS)
    return _patterns()["payment"].search(c.norm, m.end(), closed) is not None


def _quoted_at(norm: str, start: int, pos: int) -> bool:
    """Whether `pos` stands inside quote marks (curly or straight) opened after `start`."""
    return norm.count("“", start, pos) > norm.count("”", start, pos) or norm.count('"', start, pos) % 2 == 1

_AVERAGE_OF: Final = regex.compile(r"[人户月年]均")  # 人均补差, 户均增收, 月均: an average, what was paid out per head


def _per_head_sums(c: _Candidate) -> list[float]:
    """The sums of the candidate's sentence stated per head (每人1200元, 300元/人), upper ends of ranges."""
    p, norm, (s_start, s_end) = _patterns(), c.norm, c.sentence
    first = _bisect_left(c.art.countable_starts, s_start)
    sums: list[float] = []
    for m in c.art.countables[first:]:
        if m.start >= s_end:
            break
        if m.kind == "money" and m is not c.n and (
                p["per_after"].match(norm, m.end)
                or p["allocation"].search(norm, c.art.stops.clause_start(m.start, s_start, _DELIMS), m.start)):
            sums.append(m.value_max if m.value_max is not None else m.value)
    return sums


def _jurisdiction(c: _Candidate) -> bool:
    """全县11个乡镇, 全市有12个镇, 9个县(市、区)均建成…, 将辖区划分为8个网格: every division of a jurisdiction, counted;
    not 走访全县11个乡镇, where going there is the work."""
    p, norm, n = _patterns(), c.norm, c.n
    division = _division_at(c, n.unit_end if n.unit else c.end)
    if division is None or norm.startswith(_DWELLERS, division.end()) and not norm.startswith(_LONG, division.end()):
        return False  # (全村23户|村民榜上有名: the people of a division, no division)
    if p["all_next"].match(norm, division.end()) or p["all_covered_next"].match(norm, division.end()):
        return True
    if _DIVIDED_INTO.search(norm, max(c.clause_start, c.start - _DIVIDED_REACH), c.start):
        return True  # 将辖区划分为8个网格: the parts an area was divided into, its own structure
    window = max(c.sentence[0], c.start - _SCOPE_REACH)
    scope = p["scope_end"].search(norm, window, c.start)
    if scope is None:
        return False
    if scope.group("holds"):
        # 全市有12个镇,今后…: what the scope holds; 全市有12个镇完成…: how many of them did the work
        return not _verb_follows(norm, division.end(), c.rest_end)
    reach = next((w for w in _words("claims.reject", "reach") if norm.endswith(w, 0, scope.start())), None)
    if reach is None:
        return True
    # 深入全县11个乡镇|摸排…: a verb of going, with the work done there after it, says where the work was
    # (深入全县12个乡镇|的田间地头: whose places, read by claims.reject.scope_possessor)
    return (reach in _words("claims.reject", "move") and not norm.startswith("的", division.end())
            and _verb_follows(norm, division.end(), c.rest_end))


_DIVIDED_INTO: Final = regex.compile(r"(?:划分(?:为|成)?|划(?:为|成)|分为|分成)\s*$")  # 共划分|86个网格, 划分为|8个网格 (not 策划, 计划)
_DIVIDED_REACH: Final = 4  # characters: the verb of dividing right before the count
_DWELLERS: Final = ("民", "员", "长")  # 村民, 居民, 网格员, 网格长: a division's word that runs on into its people
_LONG: Final = ("长效", "长期", "长远", "长久", "长年")  # (126个行政村|长效保洁: a word of its own after the division)


def _hours_taken(c: _Candidate) -> bool:
    """坐车到县城要5个多小时, 连续值守36个小时: hours counted with 个, a few, say how long something took (提供服务3600个小时, a
    sum of service hours, is work done)."""
    # (近3个小时: read as 3个 before the word 小时)
    return (c.n.unit in _HOURS_WITH_GE or c.n.unit == "个" and c.norm.startswith(_HOURS_AFTER, c.n.unit_end)) and (
        c.n.value < _FEW_HOURS)


_HOURS_WITH_GE: Final = frozenset({"个小时", "个多小时", "个半小时"})
_FEW_HOURS: Final = 100
_HOURS_AFTER: Final = ("小时", "多小时", "半小时")


def _vote_tally(c: _Candidate) -> bool:
    """以126票当选, 收回有效票84票: the votes an election counted, no work done (群众投票2.6万余票, the votes a selection
    gathered from the public, are)."""
    if c.n.unit not in _BALLOTS:
        return False
    return c.start > 0 and c.norm[c.start - 1] == _BY or _patterns()["tally"].search(c.norm, *c.sentence) is not None


_BALLOTS: Final = ("票", "张")  # (共发出选票90张，收回有效票84票: the ballots an election counted)
_BY: Final = "以"  # 以126票当选: by so many votes


def _joined_network(c: _Candidate) -> bool:
    """把15个乡镇卫生院、186个村卫生室连成一张网, 拧成了一股绳: the facilities a body has, counted to say what a
    network joins, no work done."""
    if c.n.unit in _JOINED_PEOPLE and not _SCOPE_BEFORE.search(c.norm, max(0, c.start - 3), c.start):
        return False  # (把56名党员干部与120户困难群众结成帮扶对子: people deployed and served, the work itself)
    norm, (s_start, s_end) = c.norm, c.sentence
    start = max(norm.rfind(ch, s_start, c.start) for ch in _COMMAS_AND_STOPS) + 1
    if norm.find("把", max(start, s_start), c.start) < 0:
        return False
    ends = [at for at in (norm.find(ch, c.end, s_end) for ch in _COMMAS_AND_STOPS) if at >= 0]
    return _JOINED_INTO.search(norm, c.end, min(ends) if ends else s_end) is not None


_COMMAS_AND_STOPS: Final = "，,；;。"
_SCOPE_BEFORE: Final = regex.compile(r"全[县市镇乡村区]$")  # 把全村860户村民串成一条线: the village's people, its size
_JOINED_PEOPLE: Final = frozenset({"名", "人", "位", "户", "人次", "户次"})  # people and households joined, not facilities
# (拧成了‘一股绳’, 连成一张网, 串成一条线, 融为一体: what the 把 clause joins becomes one)
_JOINED_INTO: Final = regex.compile(r"(?:连|拧|串|织|结|融|聚|攥)(?:成|为)了?\s*[‘“']?(?:一张|一股|一体|一条|一个|一盘|一片|一根)")


def _scope_members(c: _Candidate) -> bool:
    """全市312个人民调解委员会共调解矛盾纠纷3860起, 全市67所中小学均建立少先队组织: every body of a kind in
    a jurisdiction, counted as who did the work the clause tells (共, 均 and a verb after them); the work
    is the claim, not how many did it."""
    p, norm, n = _patterns(), c.norm, c.n
    if p["scope_right_before"].search(norm, max(c.sentence[0], c.start - _SCOPE_REACH), c.start) is None:
        return False
    members = p["members_next"].match(norm, n.unit_end if n.unit else c.end, c.rest_end)
    # (after 共 the tagger may take the verb for a verbal noun: 共|排查 vn)
    return members is not None and any(t[1] in ("v", "vn") for t in _tokens(
        norm, members.end(), min(c.rest_end, members.end() + _NEXT_WORD_REACH)))


def _division_at(c: _Candidate, pos: int) -> re.Match | None:
    """`division` matched at `pos`; tried only where a division word (`_Hits`) starts there, or after 个."""
    hits, norm = c.art.hits, c.norm
    if not (hits.starts_at(pos, _DIVISION) or (norm.startswith("个", pos) and hits.starts_at(pos + 1, _DIVISION))):
        return None
    return _patterns()["division"].match(norm, pos)


def _verb_follows(norm: str, start: int, end: int) -> bool:
    return any(t[1] == "v" for t in _tokens(norm, start, end))


def _vague_places(c: _Candidate) -> bool:
    """销往十几个省市, 覆盖数十个国家和地区: a vague count of places says how far something reached,
    not a count of work done."""
    p, norm, n = _patterns(), c.norm, c.n
    numeral = norm[n.num_start:n.num_end]
    if "几" not in numeral and "数" not in numeral:
        return False
    after = n.unit_end if n.unit else c.end
    return bool(p["division"].match(norm, after) or p["vague_place"].match(norm, after))


def _scope_possessor(c: _Candidate) -> bool:
    """深入全市9个县市区的建筑工地, 对所辖区域内的27个村级人民调解委员会的部分组成人员: the parts a
    jurisdiction holds, counted to say whose were the places or people the work was on, not work done."""
    p, norm, n = _patterns(), c.norm, c.n
    return (bool(p["held_next"].match(norm, n.unit_end if n.unit else c.end))
            and bool(p["holder_end"].search(norm, c.before_start, c.start)))


def _enlisted_areas(c: _Candidate) -> bool:
    """组织五华、盘龙、西山等7个县区完成13家…建设: the body's own areas set to work, when the work they
    did is counted in the same clause, are who did it, not work done (覆盖9个市州, 走访全县11个乡镇:
    reaching them is; 指导12个村成立议事会: nothing else counts what was done)."""
    p, norm, n = _patterns(), c.norm, c.n
    division = _division_at(c, n.unit_end if n.unit else c.end)
    after = c.index + c.counts.size - c.counts.place
    if division is None or after >= len(c.art.countables) or c.art.countables[after].start >= c.rest_end:
        return False
    toks = _tokens(norm, division.start(), min(c.sentence[1], division.end() + _NEXT_WORD_REACH))
    whole = any(t[3] == division.end() for t in toks)  # 7个县区|完成, not 27个村|级…
    return whole and bool(p["enlist"].search(norm, c.list_start, c.start))


def _conferred_elsewhere(c: _Candidate) -> bool:
    """团中央授予296个团组织全国五四红旗团委称号、389个…, 对全国298名自强模范…进行表彰: a national
    issuer's list, counted for everyone. Not when the body's own area is named (其中,我省16个单位…) or the counted receive
    the title themselves (山西的…6人获评…)."""
    p, norm, n = _patterns(), c.norm, c.n
    conferrals = _matches(p["conferral"], norm, c.list_start, c.start)
    if conferrals:
        since = conferrals[-1].end()
    elif p["conferral"].search(norm, c.counts.end, c.rest_end):
        since = c.list_start  # 对全国298名自强模范…进行表彰
    else:
        return False
    if p["within"].search(norm, since, c.start) or p["received"].match(norm, c.counts.end):
        return False
    # the title: after the count, before it (表彰全国优秀社工机构50家), or quoted before it
    # (表彰的“中国青年志愿者优秀个人奖”共计260名)
    after = norm[c.end:c.rest_end]
    titles = [norm[m.start():m.end()] for m in _matches(p["quoted"], norm, since, c.start)]
    return (bool(p["national"].search(norm, since, c.start))
            or any(p["national"].search(t) or p["national_name"].search(t) for t in (after, *titles)))


def _total_before_own_share(c: _Candidate) -> bool:
    """全省共有150个单位、400名个人受到表彰。我市获奖名单如下; 全国共有600余名个人受到表扬,其中我市
    2人获评…: the whole list of a scope's commendation, when the body's own share of it is given after
    it, is everyone's total, whatever the scope (全省 is the body's own only for a provincial body)."""
    p, norm = _patterns(), c.norm
    scope = p["scope_word"].search(norm, c.list_start, c.start)
    if scope is None or not (p["commended"].search(norm, c.end, c.rest_end)
                             or p["conferral"].search(norm, scope.end(), c.start)):
        return False  # (全省共表彰先进集体100个: the verb of the commendation before the count)
    k = _bisect_right(c.art.sent_starts, c.start)  # the sentence after the candidate's
    end = c.art.sentences[k][1] if k < len(c.art.sentences) else c.sentence[1]
    share = p["own_share"].search(norm, c.rest_end, max(end, c.sentence[1]))
    # (全县累计有63人获评X。…我县又有3人当选: the county's own total, its share of another list after)
    return share is not None and norm[share.end() - 1:share.end()] != norm[scope.end() - 1:scope.end()]


def _commended_elsewhere(c: _Candidate) -> bool:
    """本年度全省共有200个团组织…受到团省委通报表扬 in a city's report, 丽水市本次共有12个集体和个人获此
    表彰，青田县、龙泉市各有3个… in one of 缙云县: a commendation's count for an area wider than the
    reporting body's, or beside it, is another's news (ANNOTATION.md: totals of awards conferred on
    others elsewhere are not claims). The body's area is read from its header."""
    p, norm = _patterns(), c.norm
    start = c.list_start
    home = c.art.home()
    if home is None:
        return False
    if not (p["commended"].search(norm, c.end, c.rest_end) or p["conferral"].search(norm, start, c.start)):
        return False
    # the area is the subject the count is told of: a scope or a place followed by what it holds
    # (全省共有, 丽水市本次, 青田县、龙泉市各有) or by the count; not one inside a title or a name
    # (获全国巾帼脱贫示范基地命名11个, 浙江昆阳实业有限公司等9家)
    scope = p["scope_word"].search(norm, start, c.start)
    if scope is not None and _tells_of(norm, scope.end(), c.start):
        wide = _SCOPE_RANK.get(norm[scope.start() + 1:scope.end()])
        if home.level == "county" and home.name.endswith("市") and wide == 2:
            wide = 3  # 全市 in a county-level city's report: its own
        return wide is not None and wide < _SCOPE_RANK_OF_LEVEL[home.level]
    for at, name, place in gazetteer_places(norm[start:c.start]):
        if place is not None and _tells_of(norm, start + at + len(name), c.start) and (
                not gazetteer.within(place, home) or place.code != home.code and gazetteer.within(home, place)):
            return True  # beside the body's area, or wider than it (重庆市共有5个区县 in a report of 秀山县)
    return False


def _tells_of(norm: str, end: int, count: int) -> bool:
    """Whether the area ending at `end` is the subject of the count at `count`: the count, or a word saying
    what it holds or did (共, 有, 各, 本次, 、 for the next area), follows it."""
    domain = _DOMAIN.match(norm, end, count) if norm[end:end + 1] not in _SUBJECT_NEXT else None
    if domain is not None and norm[domain.end():domain.end() + 1] in _SUBJECT_NEXT and norm[end - 3:end - 2] != "在":
        # 全市电力系统共有3个集体, 全省特殊教育领域仅有2人: the area's field, then what it holds (not 在全国电力行业
        # 累计获得, 在全省教育系统今年共有: a setting of the body's own)
        end = domain.end()
    if norm.startswith("有", end):  # 全省有200个; not 全国有机农产品基地38个 (有机, a word)
        return end + 1 == count
    return end == count or norm[end:end + 1] in _SUBJECT_NEXT or norm[end:count].isdigit()


_SUBJECT_NEXT: Final = frozenset("共各本、和及今去累已均仅")
_DOMAIN: Final = regex.compile(r"[\u4e00-\u9fff]{1,6}?(?:系统|领域|行业|战线)")


def _required_floor(c: _Candidate) -> bool:
    """储备编织袋不少于5000条, 开展宣讲不少于2场 in a notice: a floor it requires, not work done; in a year's
    plan of work (工作要点), any floor (不少于40项, 10个以上) its clause does not say was reached already."""
    n = c.n
    if n.qualifier != "over":
        return False
    p, art = _patterns(), c.art
    if art.is_plan() and (_bounded(c) or p["required"].search(c.norm, max(c.clause_start, n.start - 4), n.num_start)):
        # a bound, not an estimate (1460余条 is what was done)
        return not _done_in_clause(c.norm, art.sentences[art.sentence_of(n.start)][0], n.start)
    return p["required"].search(c.norm, max(c.clause_start, n.start - 4), n.num_start) is not None and art.is_notice()


_TITLE_LINES: Final = 4


def _national_figure(c: _Candidate) -> bool:
    """全国共有1800余所院校的6.1万余支队伍参赛, in the report of a body at home in a province, a city or
    a county (its header names one): the nation's figure, not the body's work; 吸引来自全国各地的参赛选手1.6万余人次,
    骗取全国各地46名被害人: where those the body's work reached came from, no nation's total."""
    norm = c.norm
    nation = norm.find("全国", c.list_start, c.start)
    return nation >= 0 and not norm.startswith("各地", nation + 2) and _tells_of(norm, nation + 2, c.start) and (
        c.art.home() is not None)


# what a scope word (全+level) spans, by rank (0 the widest), and the rank of a home's level
_SCOPE_RANK: Final = {"国": 0, "省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "旗": 3}
_SCOPE_RANK_OF_LEVEL: Final = {"provincial": 1, "prefectural": 2, "county": 3}


def _inside_name(c: _Candidate) -> bool:
    n = c.n
    if c.art.names.covers(n.num_start):
        return True
    # 三台乡, 十八台镇, 十家满族乡, 十八站鄂伦春族乡: a township named by a numeral and a word a count takes as its unit
    return n.numeral == "chinese" and n.unit in _PLACE_NAME_UNITS and _NUMBERED_PLACE.match(c.norm, n.unit_end) is not None


_PLACE_NAME_UNITS: Final = frozenset({"台", "家", "站", "道", "里"})
# (right after the unit, or after a people's name, 满族, 鄂伦春族: the township's word, not 乡镇, 乡村, 镇直 …; never a
# name's letters before it, 三家|石门镇企业)
_NUMBERED_PLACE: Final = regex.compile(r"(?:[\u4e00-\u9fff]{1,4}族)?(?:乡|镇|街道)(?![乡镇村直级])")


def _target_head(c: _Candidate) -> bool:
    after = c.noun_after
    return after is not None and bool(_patterns()["target"].search(c.norm, after[0], after[1]))


def _partner_body(c: _Candidate) -> bool:
    """联合公安、检察等8个部门, 依托民政、卫健等7个部门的联动机制: bodies enlisted or relied on are
    partners, not work done."""
    if not c.kinds & _BODY_BIT:  # the phrase after, in the sentence, ends on one
        return False
    p, after, norm, s_start = _patterns(), c.noun_after, c.norm, c.sentence[0]
    if after is None:
        return False
    hard_start = max(max(norm.rfind(ch, s_start, c.start) for ch in _HARD_STOPS) + 1, s_start)
    body = p["body_end"].search(norm[after[0]:after[1]])
    # the count closes a list of the bodies enlisted (联合A、B等19家单位, 依托A和7家乡镇卫生院), not a count of those
    # the work reached (联合县卫健局向12家乡镇卫生院捐赠…, 联合县人社局走访56家企业)
    closes_list = c.start > 0 and norm[c.start - 1] in _LIST_CLOSERS
    if closes_list:
        named = p["body_start"].match(norm, after[0], after[1]) if body is None else None
        if (body is not None or named is not None) and _JOINTLY.match(
                norm, after[1] if named is None else named.end()) is not None:
            return True  # 共青团中央等21个部门|联合印发通报: the bodies that acted together, counted as the doers
    if body is None:
        # 联合县农业农村局、县气象局等19家|单位设置科普展位: the bodies counted, then what the clause says they
        # did, read on as one phrase
        return closes_list and p["body_start"].match(norm, after[0], after[1]) is not None and (
            p["partner"].search(norm, hard_start, c.start) is not None)
    if body.group() in _words("claims.reject", "list_body") and not closes_list:
        return False
    partner = None
    for partner in p["partner"].finditer(norm, hard_start, c.start):
        pass  # (the last one before the count)
    if partner is not None and _works_on(norm, partner.end(), c.start):
        return False  # 联合税务、人社部门完成全市326家用人单位…审核: the count is what the partners' work reached
    return bool(partner is not None or p["means"].search(norm, hard_start, c.start))


def _works_on(norm: str, start: int, end: int) -> bool:
    """Whether a verb of the work done (完成, 走访, 开展: the lexicon's verbs cut from a metric, as jieba tags them) stands
    between the partners' word and the count: the count is then the work's object, no partner."""
    cut = _words("claims.lexicon", "cut")
    return any(tag.startswith("v") and word in cut for word, tag in _tagged(norm[start:end]))


# 等21个部门|联合印发, 等5家单位|共同发起: what the bodies a list closes did together
_JOINTLY: Final = regex.compile(r"(?:联合|共同)(?:印发|下发|发布|发文|命名|表彰|授予|主办|举办|发起|制定|出台)")


_LIST_CLOSERS: Final = "等和及、"


def _framework(c: _Candidate) -> bool:
    p, n, after = _patterns(), c.n, c.metric_after
    if n.value > _FRAMEWORK_MAX or n.unit not in _UNNAMED_UNITS:
        return False
    return bool(p["framework_next"].match(c.norm, c.end) or (after and p["framework_end"].search(c.norm, *after)))


_THINGS_DONE: Final = regex.compile(r"(?:办|办成|办理|解决|完成|做成|做好|干成)了?$")


def _motto(c: _Candidate) -> bool:
    """十六字方针, 八字工作法: a motto named by how many characters it has, a Chinese numeral glued to
    the noun it names; not a text's length (撰写报告5.6万字, 一天写下三千字)."""
    n = c.n
    if n.unit != "字" or n.numeral != "chinese" or n.value > _MOTTO_MAX:
        return False
    nxt = c.norm[n.unit_end:n.unit_end + 1]
    return "\u4e00" <= nxt <= "\u9fff" and nxt != "的"  # (撰写了三十字的总结: a text's length)


def _things_said(c: _Candidate) -> bool:
    """概括起来是三件事, 主要抓了三件事: the points a speaker goes on to list, counted as 件事 with nothing
    to say what they are (办好十件民生实事 names them): a way of speaking, not work counted."""
    if c.n.unit != "件" or c.reading is None or c.n.numeral != "chinese" or c.n.value > 10:
        return False  # (为群众办成300多件事, 承诺的10件事已全部完成: things done, counted)
    if _THINGS_DONE.search(c.norm, max(c.before_start, c.start - 3), c.start):
        return False
    start, end = c.metric
    return end - start == 1 and c.norm[start] == "事" and start == c.n.unit_end


def _items_named_before(c: _Candidate) -> bool:
    """…生活补贴惠及5872人,…护理补贴惠及6034人,|两项补贴|发放资金…: a small count opening its clause
    whose noun heads as many items named in the clauses before it refers back to them; the work is
    counted with them. Not 建成城东、城西等2个服务站, which counts the items it lists in its own clause."""
    n, norm, after = c.n, c.norm, c.metric_after
    if not (2 <= n.value <= _FRAMEWORK_MAX and n.unit in _UNNAMED_UNITS) or after is None:
        return False
    if norm[c.clause_start:c.start].strip() or c.clause_start <= c.sentence[0]:
        return False
    toks = [tok for tok in _tokens(norm, *after) if tok[0].strip()]
    if not toks:
        return False
    head = toks[-1][0]
    return len(head) >= 2 and norm.count(head, c.sentence[0], c.clause_start) >= n.value


def _provisions(c: _Candidate) -> bool:
    """印发…优化营商环境十二条举措, 出台5类关心关爱一线的政策措施, 三项制度: how many rules a scheme
    has, whatever their number, not work done (审查合同65件 is)."""
    p, norm, n = _patterns(), c.norm, c.n
    if n.unit not in _UNNAMED_UNITS:
        return False
    if p["provision_next"].match(norm, c.end):
        return True
    before = c.phrase_before  # 出台措施|12条
    return c.metric_after is None and before is not None and bool(p["provision_end"].search(norm, *before))


def _no_metric(c: _Candidate) -> bool:
    return c.reading is None


def _metric_not_work(c: _Candidate) -> bool:
    # the verb of work may stand before the metric (完成|水土流失综合治理面积): read from the clause's start
    return not c.n.unit.endswith("次") and c.n.unit not in _words("claims.reject", "transaction") and _names_population(
        c.norm, c.metric[0], c.metric[1], min(c.clause_start, c.metric[0])) and not _extent_of_work(c)


def _empty_metric(c: _Candidate) -> bool:
    """A metric that is only a scope or a verb that says nothing (该区累计开展, 完成)."""
    if c.metric_rule == "claims.metric_sum":
        return False  # 总计: says the figure is the sum of those before it
    return _says_nothing(c.norm, *c.metric)


def _says_nothing(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] is only scope words and verbs that say nothing (全部, 该区累计开展, 完成)."""
    lex = _lex()
    empty = lex.empty
    # only the words and their tags are read: the tagged window as it is, without the places `_tokens`
    # adds to each word (half the metrics are windows tagged for the first time)
    for word, t in _tagged(norm[start:end]):
        if not (word in empty or _is_scope_word(word, t, lex) or not word.strip()):
            return False
    return True


def _unit_as_metric(c: _Candidate) -> bool:
    return c.norm[c.metric[0]:c.metric[1]].strip() in _lex().units


def _case_told(c: _Candidate) -> bool:
    """在办理某农业公司非法占用农用地公益诉讼案中，涉案面积17.4亩; 该案原告系村民陆某，…涉案标的额12.6万元: a sentence
    that tells one case, its party named as the reports anonymise one (a surname and 某, 某 and a kind of firm), sizes
    the case with the figures after the case's word, no work done; but not a figure whose clause holds work the body did
    (…案，抓获犯罪嫌疑人12名; 为126名农民工追回工资: `claims.reject` case_work, case_result), nor one of cases the
    case named is an example of (审结张某某故意伤害案等刑事案件320件)."""
    s_start, s_end = c.sentence
    norm = c.norm
    case = _CASE_WORD.search(norm, s_start, c.start)
    if case is None:
        return False
    clause_start = scan.clause_start(norm, c.start, s_start, _CASE_CLAUSE_STOPS)
    clause_end = scan.clause_end(norm, c.end, s_end, _CASE_CLAUSE_STOPS)
    p = _patterns()
    if p["case_work"].search(norm, clause_start, clause_end) or p["case_result"].search(norm, clause_start, clause_end):
        return False
    # (…共有3件案例榜上有名，其中“王某等17名农民工追索劳动报酬案”入选…: a case's title quoted, an honour's subject)
    return any(norm.count("“", s_start, m.start()) <= norm.count("”", s_start, m.start())
               for m in p["anonymised_party"].finditer(norm, s_start, s_end))


# a case named (诈骗案, 该案, 案例一), not a plan, a motion or a file (方案, 议案, 提案, 档案, 预案, 备案), nor the cases a
# body handled counted (办理案件86件), nor one case as an example of many (…故意伤害案等刑事案件), nor the work on
# cases (立案, 结案率, 办案, 破案) or what a case involves (涉案)
_CASE_WORD: Final = regex.compile(r"(?<![方议提档预答草备图结立办破涉])案(?![件等率])")
_CASE_CLAUSE_STOPS: Final = frozenset("，,。；;：:\n")
_FUNCTION_SURNAMES: Final = frozenset("于向和全时")  # surnames that are also words of function (关于, 和, 全)


_FILTERS: Final[tuple[Filter, ...]] = (
    Filter("claims.reject.outside_body", _outside_body, "page furniture, or a line the clean stage cut away"),
    Filter("claims.reject.bracketed_line", _bracketed_line, "a line in lenticular brackets: 【首存即送100%】",
           needs=frozenset({_anywhere(_LENTICULAR)})),  # its line may start before its sentence
    Filter("claims.reject.count_note", _count_note,
           "a count alone in brackets restates one: 绵阳市最美志愿者(12名), 名单(全国共1077所)",
           only=frozenset({_CLOSED_AFTER})),
    Filter("claims.reject.callout", _callout,
           "a figure called out before the sentence that tells it (▶ 23.6公里 / 完成改造23.6公里。, 【3个】新建…3个): told twice"),
    Filter("claims.reject.compound_measure", _compound_measure,
           "a measure in two units read by its first (4米87 is 4.87 metres, 3分20秒 a time): no value of its own"),
    Filter("claims.reject.page_counter", _page_counter, "a page's hit counter: 浏览:226次",
           needs=frozenset({_PAGE_COUNTER})),
    Filter("claims.reject.part_of_rejected", _part_of_rejected,
           "a sub-item of a figure turned down: …现有持证残疾人1.36万人,其中重度残疾人4280人",
           only=frozenset({_AFTER_REJECTED})),
    Filter("claims.reject.notice_part", _notice_part, "what a notice covers or requires: 检查范围：全市6家企业",
           needs=frozenset({_anywhere(_NOTICE_LABEL)})),
    Filter("claims.reject.aside", _aside, "part of a figure restated in brackets: 1000个(含100个示范户)",
           needs=frozenset({_OPEN_BRACKET})),
    Filter("claims.reject.survey", _survey, "what a survey found: 调查显示,85%的受访者表示满意",
           needs=frozenset({_SURVEY})),
    Filter("claims.reject.area_statistic", _area_statistic, "a statistic of the area: 地区生产总值同比增长5.6%",
           needs=frozenset({_AREA_STATISTIC})),
    Filter("claims.reject.statistics_office", _statistics_office,
           "the statistics office's figures, cited by the sentence's opener: 据县统计局数据，…"),
    Filter("claims.reject.constituency", _constituency, "the people a body leads in its whole area: 团结带领全县21.3万名妇女",
           needs=frozenset({_LEAD})),
    # (no kind of word needed: the kinds' bits are all taken, and a find of 的 after the count first costs less)
    Filter("claims.reject.served_population", _served_population,
           "the people of a body's area, counted to say whose sense of gain rose: 全县2.9万名持证残疾人的获得感"),
    Filter("claims.reject.delegation", _delegation, "the size of a visiting party: 王丽一行5人",
           needs=frozenset({_DELEGATION})),
    Filter("claims.reject.age_population", _age_population, "a population by age: 60周岁以上老年人4.6万人",
           only=frozenset({_AGES})),
    Filter("claims.reject.quoted_name", _quoted_name, "inside a quoted name: “12445 n”, 《…2023〕17号》",
           needs=frozenset({_OPEN_QUOTE})),
    # (no kind of word needed: the kinds' bits are all taken, and the test of a Chinese numeral first costs less)
    Filter("claims.reject.kin", _kin, "one's kin in a person's story: 两个孩子也先后考上了大学"),
    Filter("claims.reject.scheme_name", _scheme_name, "the kinds a scheme's name counts, a figure after it: 两项补贴4862.3万元"),
    Filter("claims.reject.idiom_numeral", _idiom_numeral, "a small Chinese numeral in an idiom: 一对一, 一大批",
           only=frozenset({_SMALL_CHINESE})),
    Filter("claims.reject.session_number", _session_number, "a meeting's number: 七届三次(执委)",
           needs=frozenset({_SESSION})),
    Filter("claims.reject.cut_off", _cut_off, "a sentence the end of the page cuts off: …1个项目在第七届…大赛",
           only=frozenset({_CUT_OFF})),
    Filter("claims.reject.starting_value", _starting_value,
           "the value a change starts from: 覆盖率由61%提升至92%, 收入从不足3万元增至68万元"),
    Filter("claims.reject.rank", _rank, "a ranking: 在全省排第1位",
           needs=frozenset({_RANK})),
    Filter("claims.reject.total_row", _total_row, "a table's row of totals: 合　计　　18.0　　14.6"),
    Filter("claims.reject.rank_move", _rank_move, "how far a ranking moved: 前移2个位次",
           needs=frozenset({_RANKING})),
    Filter("claims.reject.ranked_row", _ranked_row, "a ranked body's own figure in a ranking table: 第1名｜某公司｜8426.3万元",
           needs=frozenset({_anywhere(_RANKING)})),
    Filter("claims.reject.benchmark", _benchmark, "the gap to another area's figure: 比全国高20个百分点",
           needs=frozenset({_COMPARE})),
    Filter("claims.reject.one_of", _one_of, "the size of a set the body belongs to: 全国5个产粮大省之一",
           needs=frozenset({_anywhere(_ONE_OF)})),
    Filter("claims.reject.score_weight", _score_weight, "how a score is weighed: 理论成绩占30%、实操成绩占70%",
           only=frozenset({_PERCENT})),
    Filter("claims.reject.share_attribute", _share_attribute, "a share describing a noun: 以占全国4.3%的耕地",
           only=frozenset({_PERCENT})),
    Filter("claims.reject.population", _population, "a population or area figure: 户籍人口, 面积",
           needs=frozenset({_NOT_WORK})),
    Filter("claims.reject.target", _target, "a task or indicator figure not reported as met: 任务38283座",
           needs=frozenset({_TARGET})),
    Filter("claims.reject.partner", _partner, "partners enlisted: 联合11个部门",
           needs=frozenset({_PARTNER})),
    Filter("claims.reject.named_items", _named_items, "how many names the quote marks before it listed: “A”“B”两项工程",
           needs=frozenset({_OPEN_QUOTE})),
    Filter("claims.reject.means_apposition", _means_apposition,
           "the named resources the work relied on, counted: 依托A镇、B镇两个“科技小院”",
           needs=frozenset({_MEANS})),
    # (after the named resources: 依托A镇、B镇两个…, the words listed are the resources the work relied on)
    Filter("claims.reject.listed_words", _listed_words, "how many kinds the words listed before it name: 书法、摄影、文学三个门类"),
    Filter("claims.reject.own_size", _own_size, "what a body consists of: 协会现有会员1200名",
           needs=frozenset({_MEMBERSHIP, _STANDING})),
    Filter("claims.reject.share_base", _share_base, "the whole a share is taken from: 86名教职工中,12人…"),
    Filter("claims.reject.service_hours", _service_hours, "hours that qualify a service: 24小时值班, 24小时热线",
           only=frozenset({_DURATION})),
    Filter("claims.reject.floor", _floor, "a floor committed to: 确保播种面积稳定在156万亩以上",
           needs=frozenset({_FLOOR})),
    Filter("claims.reject.milestone", _milestone, "a level a figure stays above: 站稳800亿斤台阶",
           needs=frozenset({_anywhere(_MILESTONE)})),
    Filter("claims.reject.threshold", _threshold, "a condition: 对服务时长满100小时的志愿者授予…",
           needs=frozenset({_THRESHOLD})),
    Filter("claims.reject.bound_condition", _bound_condition,
           "a bound on what a later count counts: 收入超50万元的村达7个"),
    Filter("claims.reject.bracketed_bound", _bracketed_bound,
           "a floor in a bracketed note, a condition: 五星级志愿者（服务时长1500小时以上）126名"),
    Filter("claims.reject.print_run", _print_run, "a document's print run: (共印30份)",
           needs=frozenset({_PRINT_RUN})),
    Filter("claims.reject.band", _band, "a band a figure is kept in: 月薪在3500元至8000元之间",
           only=frozenset({_RANGE})),
    Filter("claims.reject.top_places", _top_places, "the first places of a ranking: 包揽前三名, 前100名中"),
    Filter("claims.reject.formula", _formula, "an operand of a formula: 完成数/年度任务×100%"),
    Filter("claims.reject.table_plan", _table_plan, "a figure under a table's plan column: 年度目标　1000"),
    Filter("claims.reject.row_label", _row_label, "a figure inside a table row's label: 属于三类内部事务信息　0　0"),
    Filter("claims.reject.distance", _distance, "how far a place lies: 距县城46公里",
           needs=frozenset({_DISTANCE})),
    Filter("claims.reject.elevation", _elevation, "how high a place lies: 海拔2900米",
           needs=frozenset({_ELEVATION})),
    # (no guard: the kinds' bits are spent, and the unit's test comes first)
    Filter("claims.reject.race", _race, "a race named by its length: 男子100米, 4×100米接力"),
    Filter("claims.reject.undone", _undone, "what is still to be done: 仍有60万亩耕地尚未完成改造, 其余15处正在整改",
           needs=frozenset({_UNDONE, _ONGOING})),
    Filter("claims.reject.vote_tally", _vote_tally, "the votes an election counted: 以126票当选, 收回有效票84票"),
    Filter("claims.reject.hours_taken", _hours_taken, "how long something took, in hours counted with 个: 要走5个多小时"),
    Filter("claims.reject.allocation", _allocation, "an allocation standard: 每人1200元, 300元/人"),
    Filter("claims.reject.per_head_sum", _per_head_sum, "a sum beside a per-head standard: 每人慰问1200元",
           only=frozenset({_MONEY})),
    Filter("claims.reject.multiple_of", _multiple_of, "a multiple of another figure: 低保标准的1.3倍"),
    Filter("claims.reject.standard", _standard, "what a standard allows: 户均救助标准不超过5000元",
           needs=frozenset({_STANDARD})),
    Filter("claims.reject.jurisdiction", _jurisdiction, "the size of a jurisdiction: 全县11个乡镇",
           needs=frozenset({_anywhere(_DIVISION)})),
    Filter("claims.reject.scope_members", _scope_members,
           "every body of a kind in a jurisdiction, who did the work: 全市312个人民调解委员会共调解…",
           needs=frozenset({_SCOPE})),
    Filter("claims.reject.vague_places", _vague_places, "a vague count of places reached: 销往十几个省市",
           only=frozenset({_VAGUE_NUMERAL})),
    Filter("claims.reject.scope_possessor", _scope_possessor,
           "the parts of a jurisdiction whose places the work was on: 深入全市9个县市区的建筑工地",
           needs=frozenset({_SCOPE})),
    Filter("claims.reject.enlisted_areas", _enlisted_areas, "the body's own areas set to work: 组织…等7个县区完成…",
           needs=frozenset({_ENLIST})),
    Filter("claims.reject.conferred_elsewhere", _conferred_elsewhere,
           "awards an issuer conferred nationwide: 团中央授予296个团组织全国五四红旗团委称号",
           needs=frozenset({_CONFERRAL})),
    Filter("claims.reject.total_before_own_share", _total_before_own_share,
           "a scope's whole commendation list, the body's share given after it: 全省共有150个单位受到表彰。我市…",
           needs=frozenset({_COMMENDED, _CONFERRAL})),
    Filter("claims.reject.commended_elsewhere", _commended_elsewhere,
           "a commendation's count for an area wider than the body's or beside it: 全省共有200个团组织受到表扬",
           needs=frozenset({_COMMENDED, _CONFERRAL})),
    Filter("claims.reject.required_floor", _required_floor, "a floor a notice requires: 储备编织袋不少于5000条"),
    Filter("claims.reject.national_figure", _national_figure,
           "the nation's figure in an area's report: 全国共有1800余所院校参赛", needs=frozenset({_NATIONAL})),
    Filter("claims.reject.inside_name", _inside_name, "a numeral inside a place or organisation name: 三台县"),
    Filter("claims.reject.target_head", _target_head, "a target counted: 省下达的1000人目标任务",
           needs=frozenset({_TARGET})),
    Filter("claims.reject.joined_network", _joined_network,
           "facilities joined into a network, counted: 把15个乡镇卫生院、186个村卫生室连成一张网"),
    Filter("claims.reject.partner_body", _partner_body,
           "partners enlisted or relied on: 联合公安、检察等8个部门, 依托…等7个部门的联动机制",
           needs=frozenset({_PARTNER, _MEANS})),
    Filter("claims.reject.items_named_before", _items_named_before,
           "a count that refers back to the items named before it: …生活补贴…,…护理补贴…,两项补贴…",
           only=frozenset({_UNNAMED_UNIT})),
    Filter("claims.reject.framework", _framework, "the shape of a scheme: 两个标准, 四个抓手",
           only=frozenset({_UNNAMED_UNIT})),
    Filter("claims.reject.motto", _motto, "a motto named by its length: 十六字方针, 八字工作法"),
    Filter("claims.reject.things_said", _things_said, "the points a speaker lists: 主要抓了三件事"),
    Filter("claims.reject.limit", _limit, "a bound set, not work done: 每班不超过40人"),
    Filter("claims.reject.elapsed", _elapsed, "how long an event lasted: 演练历时1个多小时"),
    Filter("claims.reject.within", _within, "a time limit kept to: 24小时内响应"),
    Filter("claims.reject.occurred", _occurred, "incidents that happened: 全市共发生火灾187起",
           needs=frozenset({_OCCURRED})),
    Filter("claims.reject.case_told", _case_told,
           "a case told, its party anonymised: 在办理某农业公司非法占用农用地案中，涉案面积17.4亩",
           needs=frozenset({_ANONYMISED})),
    Filter("claims.reject.casualty", _casualty, "the toll of an incident: 死亡1人, 直接财产损失93.6万元",
           needs=frozenset({_CASUALTY})),
    Filter("claims.reject.legal_range", _legal_range, "a rule's range, both ends: 处200元以上3000元以下罚款"),
    Filter("claims.reject.award_total", _award_total, "an award's whole count: 共评出获奖作品126件"),
    Filter("claims.reject.weather", _weather, "a weather event counted: 出现3轮强降雨天气过程"),
    Filter("claims.reject.nominees", _nominees, "those put forward for an honour, not yet given it: 58名候选人"),
    Filter("claims.reject.provisions", _provisions, "how many rules a scheme has: 出台12条举措, 三项制度",
           needs=frozenset({_anywhere(_PROVISION)}),
           only=frozenset({_UNNAMED_UNIT})),
    Filter("claims.reject.none_counted", lambda c: c.n.value == 0 and c.n.value_max is None,
           "a count of none, no work done: 评论 0条, 发生安全事故0起"),
    Filter("claims.reject.no_metric", _no_metric, "nothing says what the number counted"),
    Filter("claims.reject.metric_not_work", _metric_not_work, "what it counted is a population or area",
           needs=frozenset({_anywhere(_NOT_WORK)})),
    Filter("claims.reject.empty_metric", _empty_metric, "the metric is only a scope or a verb: 该区累计开展|48场"),
    Filter("claims.reject.unit_as_metric", _unit_as_metric,
           "the metric is a unit of money or a percent sign alone, a table's unit column read before a rate: 亿元　　14.62　　9.4%"),
    Filter("claims.reject.incident_record", _incident_record, "incidents counted by their kind: 住宅火灾23起"),
    Filter("claims.reject.scheme_of_ones", _scheme_of_ones, "one of each, listed: 明确1名县级领导、1个责任单位"),
)
check_table(_FILTERS)


# every kind of word a table's row needs, as one bit of an int: a sentence's kinds (`_Hits.kinds`) and a
# candidate's marks are then keys of two ints, equal from one article to the next (a set of kinds,
# which holds the text's own `_anywhere` marks, is a new key in nearly every sentence: the tables
# were rebuilt for two candidates in three)
_KIND_BITS: Final[dict[str, int]] = {}


def _bits(kinds: frozenset[str]) -> int:
    """`kinds` as `_KIND_BITS` flags (kinds no table reads left out)."""
    bits = 0
    for kind in kinds:
        bits |= _KIND_BITS.get(kind, 0)
    return bits


def _bits_needed(needs: Sequence[frozenset[str]]) -> int:
    """The flags of the kinds in `needs` (each row's), each kind given a bit of its own the first time."""
    bits = 0
    for kinds in needs:
        for kind in sorted(kinds):
            bits |= _KIND_BITS.setdefault(kind, 1 << len(_KIND_BITS))
    return bits


_FILTER_BITS: Final[int] = _bits_needed([f.needs for f in _FILTERS])  # the kinds some filter needs


if not all(f.only <= frozenset(_MARKS) for f in _FILTERS):  # a mark no candidate has would drop its row
    raise ValueError("a filter's `only` names a mark `_marks_of` does not give")


# each row of `_FILTERS` with its `needs` as `_KIND_BITS` flags and its `only` as `_marks_of` flags: the
# rows a candidate may meet are chosen by tests of two ints (what `possible` answers with sets)
_FILTER_ROWS: Final[list[tuple[Filter, int, int]]] = [
    (f, _bits(f.needs), sum(1 << _MARKS.index(m) for m in f.only)) for f in _FILTERS]


@lru_cache(maxsize=4096)  # keys: the kinds some filter needs, in one sentence, and the marks of one candidate
def _filters_for(kind_bits: int, marks: int) -> tuple[Filter, ...]:
    """`_FILTERS` without the rows that need words of a kind absent around the candidate (`kind_bits`:
    the sentence's kinds as `_KIND_BITS` flags), nor those that cannot hold for a candidate like it
    (`Filter.only`; `marks` as `_marks_of` gives them): `possible`, over flags."""
    return tuple(f for f, needs, only in _FILTER_ROWS if (not needs or needs & kind_bits) and only & marks == only)


def _filters_of(c: _Candidate) -> tuple[Filter, ...]:
    """The rows of `_FILTERS` that may reject `c` (`_filters_for`)."""
    return _filters_for(c.kinds & _FILTER_BITS, _marks_of(c))


def _rows_for(kind_bits: int) -> tuple[tuple[Callable[[_Candidate], bool], str, int], ...]:
    """The rows of `_FILTERS` that may hold in a sentence with these kinds of words (`kind_bits`: its
    kinds as `_KIND_BITS` flags), as (predicate, rule id, `only` as `_marks_of` flags): what `_judge`
    reads of each row (compiled, an item of a tuple is read in C, a `Filter`'s field by a look-up on its
    type). A candidate runs those whose `only` its marks hold (`_predicates_for`). Kept in `_ROWS`
    under the kinds alone: the candidates of a sentence share them, and a key with the marks as well
    (a pair of ints) was new for one candidate in three, twice what the kinds alone are."""
    rows = _ROWS.get(kind_bits)
    if rows is None:
        if len(_ROWS) >= _KEPT:
            _ROWS.clear()
        rows = _ROWS[kind_bits] = tuple((f.rejects, f.rule, only) for f, needs, only in _FILTER_ROWS
                                        if not needs or needs & kind_bits)
    return rows


def _predicates_for(kind_bits: int, marks: int) -> tuple[tuple[Callable[[_Candidate], bool], str], ...]:
    """The (predicate, rule id) pairs `_judge` runs, in order, for a candidate with these marks in a
    sentence with these kinds of words: `_filters_for`'s rows, from `_rows_for`."""
    return tuple((rejects, rule) for rejects, rule, only in _rows_for(kind_bits) if only & marks == only)


# `_rows_for`'s answers by one int key (the kinds' flags, 40 bits, a small int): a dict read from
# compiled code costs a fraction of an lru_cache call (a call through Python that builds a tuple key);
# few keys (the sets of kinds of words sentences hold); at most this many of each (as the lru_caches
# they replace): an archive of millions of articles meets far more sentences' sets of kinds than the
# corpus, and each would be kept
_KEPT: Final = 4096
_ROWS: Final[dict[int, tuple[tuple[Callable[[_Candidate], bool], str, int], ...]]] = {}


def _marks_of(c: _Candidate) -> int:
    """Which of `_MARKS` the candidate has (bit i: `_MARKS[i]`): a third of the rows read for every
    candidate return at once for most (a money rule, a rule about a count after one turned down ...),
    and a call costs more than the test that rules it out here."""
    n, norm, end = c.n, c.norm, c.art.text_end
    numeral = norm[n.num_start:n.num_end]
    return ((c.rejected_before != "") | bool(c.art.ages) << 1 | (n.value_max is not None) << 2
            | (n.kind == "money") << 3 | (n.kind == "percent") << 4 | (n.unit in _UNNAMED_UNITS) << 5
            | ("几" in numeral or "数" in numeral) << 6 | (n.numeral == "chinese" and n.value < _IDIOM_BELOW) << 7
            | (n.unit in _lex().duration) << 8
            | (end > 0 and norm[end - 1] not in _SENTENCE_CLOSERS and c.sentence[1] >= end) << 9
            | _bracket_closes_after(norm, c.end) << 10)


# turned down before its place in the text is read: the numbers around it read on through it
# (其中5亿元以上|项目2个: the bound turned down is part of what the count after it counts)
_TRANSPARENT: Final = frozenset({"claims.reject.outside_body", "claims.reject.bracketed_line", "claims.reject.count_note",
                                 "claims.reject.bound_condition"})
# turned down as part of a word (一对一, 三台县, “1+3”): the phrase around it reads on through it
_PART_OF_WORD: Final = frozenset({"claims.reject.idiom_numeral", "claims.reject.inside_name", "claims.reject.quoted_name",
                                  "claims.reject.scheme_name"})
# turned down as a part of a figure restated, not as no work: a growth rate after it is the figure's
_RESTATING: Final = frozenset({"claims.reject.aside", "claims.reject.count_note"})
# turned down for want of a reading, not as a figure that is not work done: its sub-items stand alone
_NOT_READ: Final = frozenset({"claims.reject.no_metric", "claims.reject.empty_metric", "claims.reject.idiom_numeral",
                       "claims.reject.inside_name", "claims.reject.quoted_name"})


# -- metric readings: the first that reads a phrase names what was counted ---------------------------

def _read_after(c: _Candidate) -> Span2 | None:
    """The noun phrase after the number; for counted honours (2名“五老”|获评全国…先进个人) with the
    title its holders received: annotators name either the holders or the title, and the span holds both."""
    after = c.metric_after
    if after is not None and c.n.kind == "money" and c.norm.startswith("的", c.end) and c.phrase_before is not None and (
            c.phrase_before[0] > c.end):
        return None  # 价值3.6万元|的书包、文具等学习用品: the goods a value prices, read whole (`phrase_before`)
    if after is not None and _says_nothing(c.norm, *after):
        return None  # 困难群众2.1万人|全部纳入…: a scope word after the count, which the phrase before names
    if after is not None and (named := _beneficiaries(c, after[0])) is not None:
        return named  # 为27名无法到校就读的重度残疾儿童|提供…: the people the relative clause picks out
    if after is None or not (c.kinds & _HONOUR_BITS) or c.counts.size > 1:
        return after
    verb = _patterns()["honour_verb"].match(c.norm, after[1], c.rest_end)
    if verb is None or c.norm[after[1]:verb.start(1)].lstrip().startswith("在"):
        return after  # (43件作品|在省级以上展赛中获奖: where they won is no part of what was counted)
    title_end = _title(c, verb)[1]
    return (after[0], title_end) if title_end > verb.end(1) else after  # 4名青年被团中央表彰: no title


def _read_tally(c: _Candidate) -> Span2 | None:
    return c.tally_noun


def _read_table_line(c: _Candidate) -> Span2 | None:
    """培训人次:12,560 — a figure table written as lines: the label is the metric."""
    if not c.is_bare or c.metric_after is not None:
        return None
    n = c.n
    label = _patterns()["table_label"].search(c.norm, c.sentence[0], c.start)
    if not (label and c.clause_end <= c.end and n.numeral == "arabic"):
        return None
    return _trim(c.norm, label.start(1), label.end(1))


def _read_caption(c: _Candidate) -> Span2 | None:
    """帮助小微企业获得纳税信用贷款 / 9.2亿元: a figure alone on its line beside a caption line (a short phrase, no
    figure, no sentence's end: a page of figures set large) counts what the caption names. Captions and figures
    alternate down a page, and the run's first line says which of its captions is the figure's: a run that opens
    with a caption sets each above its figure, one that opens with a figure right after a sentence, a heading or
    another figure's line sets each below (3.6万条 / 全年刊发各类新闻稿件 / 5860余条 / 原创短视频); after a line that is
    none of these (全年为企业减免税费（含留抵退税）, a caption that reads as none), no caption is the figure's."""
    norm = c.norm
    line_start = norm.rfind("\n", 0, c.start) + 1
    line_end = norm.find("\n", c.end)
    line_end = len(norm) if line_end < 0 else line_end
    # (👉 11.6万吨, 📌 218人: a post's bullet or pictograph may lead the figure's line)
    if _after_bullet(norm, line_start, c.start) < c.start or norm[c.end:line_end].strip():
        return None
    # (a run of bulleted figures, a post's: its headings may open with a pictograph, and a caption with a note after its
    # comma is the one below its figure, never one above the next)
    bulleted = bool(norm[line_start:c.start].strip())
    above, below = _caption_run(c.art, norm, line_start, bulleted)
    if above is not None or below is False:
        return above
    caption = _line_after(norm, line_end)
    if below and not bulleted and caption is not None and _told_above(norm, line_start, norm[c.start:c.end]):
        return None  # (…粮食总产量11.6万吨。 / 11.6万吨 / 🐖 稳定生猪产能: the sentence's figure again, then the next heading)
    # (📌 26个 / 🏠 改造老旧小区: a line right under a figure is its caption, a pictograph before it or not)
    captioned = caption is not None and _is_caption(norm, caption, bulleted) and not _opens_a_part(norm, caption)
    if caption is not None and not captioned and below:
        # 👉 11.6万吨 / 粮食总产量，同比增长2.4%: a caption below may go on after its first clause (a note, another figure)
        first = _CAPTION_CLAUSE.match(norm, caption[0], caption[1])
        # (截至目前，…, 据统计，…: a time or a source opens the line, no caption)
        if first is not None and first.end() < caption[1] and not _NO_CAPTION_CLAUSE.fullmatch(norm, caption[0], first.end()):
            caption = _trim(norm, caption[0], first.end())
            captioned = caption[1] > caption[0] and _caption_line(norm, caption, bulleted)
    if below is None and (caption is None or not captioned or _run_ends_on_a_figure(c.art, norm, caption, bulleted)):
        # (…（含留抵退税） / 9.2亿元 / 帮助… / 3.1亿元 / 办理出口退税 / 1.6亿元: a run whose opening line reads as neither,
        # whose last figure has no caption below it, sets its captions above: each figure's is the line above it)
        above_line = _line_before(norm, line_start)
        return above_line if above_line is not None and _caption_line(norm, above_line, bulleted) else None
    return caption if captioned else None


def _told_above(norm: str, line_start: int, figure: str) -> bool:
    """Whether the line above the one at `line_start` ends a sentence that tells `figure` whole (not 2个 in 12个)."""
    above = _line_before(norm, line_start)
    return above is not None and scan.tells_whole(norm, *above, figure)


def _after_bullet(norm: str, start: int, end: int) -> int:
    """Where a line's text opens after its blanks and, at most, one bullet or pictograph (👉, 📌, ▶) and blanks."""
    pos = start
    while pos < end and norm[pos] in _LINE_BLANKS:
        pos += 1
    if pos < end and (norm[pos] in _ITEM_BULLETS or _PICTOGRAPH.match(norm, pos)):
        pos += 1
        while pos < end and (norm[pos] in _LINE_BLANKS or norm[pos] == _EMOJI_VARIANT):
            pos += 1
    return pos


_LINE_BLANKS: Final = " \t\u3000"
_EMOJI_VARIANT: Final = "\ufe0f"
_PICTOGRAPH: Final = regex.compile(f"[{scan.PICTOGRAPHS}]")
# 粮食总产量，…, 新建高标准农田（年度任务1.5万亩）: a caption's first clause, up to its comma or its note
_CAPTION_CLAUSE: Final = regex.compile(r"[^，,。；;（(\n]+")
# (截至目前，…, 据统计，…: a clause that is nothing but a time or a source; 全年粮食总产量 is a caption)
_NO_CAPTION_CLAUSE: Final = regex.compile(r"(?:截至|截止)[\u4e00-\u9fff0-9]{0,10}|据[\u4e00-\u9fff]{1,4}|其中|目前|同时|此外|今年以来|近年来|总的来看")


def _caption_line(norm: str, span: Span2, bulleted: bool = False) -> bool:
    """A caption's line (`_is_caption`) that opens no part of the page (`_opens_a_part`)."""
    return _is_caption(norm, span, bulleted) and not _opens_a_part(norm, span, bulleted)


def _line_after(norm: str, line_end: int) -> Span2 | None:
    """The next line after the one that ends at `line_end`, trimmed; None at the text's end."""
    if line_end >= len(norm):
        return None
    end = norm.find("\n", line_end + 1)
    return _trim(norm, line_end + 1, len(norm) if end < 0 else end)


def _line_before(norm: str, line_start: int) -> Span2 | None:
    """The line before the one that starts at `line_start`, trimmed; None at the text's start."""
    if line_start < 2:
        return None
    return _trim(norm, norm.rfind("\n", 0, line_start - 1) + 1, line_start - 1)


def _run_ends_on_a_figure(art: _Article, norm: str, caption: Span2, bulleted: bool) -> bool:
    """Whether the run of caption and figure lines that goes on down from `caption` ends on a figure's line."""
    end = caption[1]
    for _ in range(_CAPTION_RUN_MAX):
        line_end = norm.find("\n", end)
        figure = _line_after(norm, line_end) if line_end >= 0 else None
        if figure is None or not (figure[1] > figure[0] and _figure_alone(art, figure)):
            return False
        line_end = norm.find("\n", figure[1])
        nxt = _line_after(norm, line_end) if line_end >= 0 else None
        if nxt is None or not _caption_line(norm, nxt, bulleted):
            return True
        end = nxt[1]
    return False


def _caption_run(art: _Article, norm: str, line_start: int, bulleted: bool) -> tuple[Span2 | None, bool | None]:
    """How the run of caption and figure lines that alternate up from the figure line at `line_start` opens: the
    caption right above the figure where it opens with a caption (and False); else True where the line before its
    first figure sets the captions below (the text's start, a sentence's end, a heading, a line with a figure of its
    own), None where that line reads as neither caption nor any of these."""
    kind, first = _FIGURE_LINE, _FIGURE_LINE
    caption: Span2 | None = None
    pos = line_start
    for _ in range(_CAPTION_RUN_MAX):
        span = _line_before(norm, pos)
        if span is None:
            return (caption, False) if first == _CAPTION_LINE else (None, True)
        if kind == _FIGURE_LINE and _caption_line(norm, span, bulleted):
            if not bulleted and (_CAPTION_COMMA.search(norm, span[0] + _CAPTION_OPENER, span[1]) or _PICTOGRAPH.match(norm, span[0])):
                # (全县上下齐心协力，攻坚克难 / 26个 …, 🏗️ 城乡建设 / 26个 / 改造老旧小区: an opening line or a heading as
                # often as a caption above: the run's end decides, as for a line that reads as neither)
                return None, None
            kind = _CAPTION_LINE
        elif kind == _CAPTION_LINE and span[1] > span[0] and (_figure_alone(art, span) or _CJK_IN.search(
                norm, span[0], span[1]) is None and _DIGIT_IN.search(norm, span[0], span[1]) is not None):
            # (“1+3+N” / 全媒体传播矩阵: a scheme's formula set large in a figure's place)
            kind = _FIGURE_LINE
        else:
            if first == _CAPTION_LINE:
                return caption, False
            # the line before the run's first figure (完成投资3.2亿元 / 1526.8万人次 / 接待海内外游客: a figure's own line)
            opens_below = span[1] <= span[0] or norm[span[1] - 1] == "。" or _opens_a_part(norm, span, bulleted) or _DIGIT_IN.search(
                norm, span[0], span[1]) is not None
            return None, True if opens_below else None
        if caption is None:
            caption = span
        first = kind
        pos = norm.rfind("\n", 0, pos - 1) + 1  # the start of the line just read
    return (caption, False) if first == _CAPTION_LINE else (None, None)


def _opens_a_part(norm: str, span: Span2, bulleted: bool = False) -> bool:
    """【平台概况】, 二、工作成效: a heading's line, which opens a part of the page, no caption of a figure."""
    # (🍅 做强“田阳番茄”产业 over 👉 26万亩: a post's heading, a pictograph before it, over bulleted figures; over bare
    # ones, 🏠 改造老旧小区 / 26个 is a caption)
    return _PART_OPENING.match(norm, span[0], span[1]) is not None or bulleted and _PICTOGRAPH.match(norm, span[0]) is not None


_FIGURE_LINE: Final = 0
_CAPTION_LINE: Final = 1
_CAPTION_RUN_MAX: Final = 40  # lines walked up a page of figures: more than any page sets under one heading
_PART_OPENING: Final = regex.compile(r"[【\[]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]")


def _is_caption(norm: str, span: Span2, bulleted: bool = False) -> bool:
    """A short phrase alone on its line: no figure, no sentence's end, no list's name (获奖名单 / 12人)."""
    text = norm[span[0]:span[1]]
    # (能繁母猪存栏，保持在正常保有量区间: a clause and a note, the caption below a figure, no caption above the next; a
    # word that opens it, 其中，, may have its comma)
    return _CAPTION_MIN <= len(text) <= _CAPTION_MAX and text[-1] not in _CAPTION_ENDS and not _DIGIT_IN.search(
        text) and not text.endswith("名单") and not (bulleted and _CAPTION_COMMA.search(text, _CAPTION_OPENER))


def _figure_alone(art: _Article, span: Span2) -> bool:
    """Whether a figure, its number and unit, is all the line holds (a bullet or a pictograph before it or not)."""
    start = _after_bullet(art.norm, span[0], span[1])
    k = _bisect_left(art.countable_starts, start)
    return k < len(art.countables) and art.countables[k].start == start and art.countables[k].end == span[1]


_CAPTION_COMMA: Final = regex.compile("[,，]")
_CAPTION_OPENER: Final = 3  # (其中，: the comma after a caption's opening word, at most its third character)
_CAPTION_MIN: Final = 2
_CAPTION_MAX: Final = 30
_CAPTION_ENDS: Final = frozenset("。！？!?；;：:，,、”）)")


def _read_table_row(c: _Candidate) -> Span2 | None:
    """高考本科上线人数｜1136人｜增长6.4%: a figure in a later cell of a table's row (cells set apart by
    bars) counts what the row's first cell names, a label with no figure in it."""
    norm = c.norm
    if c.is_bare:
        return None  # 新增耕地（亩）｜1863: the unit the label notes is not read onto the figure
    line_start = norm.rfind("\n", 0, c.start) + 1
    bar = norm.find("|", line_start, c.start)
    if bar < 0:
        return None
    line_end = norm.find("\n", c.end)
    line_end = len(norm) if line_end < 0 else line_end
    own_start = norm.rfind("|", line_start, c.start) + 1
    own_end = norm.find("|", c.end, line_end)
    if (own_end if own_end >= 0 else line_end) - own_start > _TABLE_CELL or not (
            norm.count("|", line_start, line_end) >= 2 or _bar_in_line_next_to(norm, line_start, line_end)):
        return None  # 喜报|我市3个“妇女儿童之家”获得省级荣誉: a headline's tag, no table
    if _CJK_IN.search(norm, own_start, c.start) and not _CHANGE_CELL.fullmatch(norm[own_start:c.start].strip()):
        return None  # 乡村振兴｜新建大棚300个: a cell that names its own figure keeps its metric
    cell = _trim(norm, line_start, bar)
    if cell[1] - cell[0] < 2 or _DIGIT_IN.search(norm, cell[0], cell[1]) or not _CJK_IN.search(norm, cell[0], cell[1]):
        return None
    note = _UNIT_NOTE.search(norm, cell[0], cell[1])
    return (cell[0], note.start()) if note is not None and note.start() - cell[0] >= 2 else cell  # 新增耕地（亩）


def _read_table_cell(c: _Candidate) -> Span2 | None:
    """销售总额（亿元）　　16.5　　18.6　　112.7%, 新增耕地（亩）｜1863｜+12.4%: a figure filling a later cell of a
    table's row, under a header row, counts what the row's label cell names, without the unit the label
    notes in brackets; a bare figure takes that unit (`_judge`), and needs one. A figure under a plan's
    column is turned down (claims.reject.table_plan)."""
    cell = _table_cell(c)
    if cell is None or c.is_bare and (cell[2] is None or _noted_unit(c.norm, cell[2]) is None):
        return None
    if c.n.kind == "percent" and _CJK_IN.search(c.norm, *cell[1]) and not _PERIOD_HEAD.fullmatch(c.norm, *cell[1]):
        # 完成率　120%, 同比　+12.4%: a rate is named by its column (what the row's label is a rate of stays
        # in its row)
        note = _UNIT_NOTE.search(c.norm, *cell[1])
        return (cell[1][0], note.start()) if note is not None and note.start() - cell[1][0] >= 2 else cell[1]
    if (_LEVEL_LABEL.fullmatch(c.norm, *cell[0]) or _PERIOD_HEAD.fullmatch(c.norm, *cell[0])) and _CJK_IN.search(
            c.norm, *cell[1]) and not _place_label(c.art, c.norm, *cell[1]):  # (a column of a place names where, not what)
        # 县　级｜312件｜96件 under 赛事级别｜参赛作品｜获奖作品: a row labelled by a level or a period counts what its column
        # names (参赛作品), at that level
        note = _UNIT_NOTE.search(c.norm, *cell[1])
        return (cell[1][0], note.start()) if note is not None and note.start() - cell[1][0] >= 2 else cell[1]
    return cell[0]


# 县级, 县　级, 国家级: a row's label that is only a level
_LEVEL_LABEL: Final = regex.compile(r"\s*(?:国家|全国|省|自治区|市|州|地|县|区|旗|乡|镇|乡镇|村|校)[ \u3000]*级\s*")


# 本季度, 上半年, 2024年, 1-9月: a column named by the period its figures cover names no rate (the row's label does)
_PERIOD_HEAD: Final = regex.compile(r"\s*(?:本|上|下|今|全)?(?:季度|月|年|半年|周|期)(?:度)?\s*|\s*(?:\d{4}年(?:度)?|[一二三四]季度|上半年|下半年|\d{1,2}[-—－至]\d{1,2}月)\s*")


def _table_cell(c: _Candidate) -> tuple[Span2, Span2, Span2 | None] | None:
    """The label (without its unit note), the header cell above the figure, and the unit the label notes
    (inside its brackets), when the candidate fills a cell of a table's row under a header row; read once
    per candidate."""
    known = c.art.table_cells
    if c.start not in known:
        known[c.start] = _read_cell_of_table(c)
    return known[c.start]


def _read_cell_of_table(c: _Candidate) -> tuple[Span2, Span2, Span2 | None] | None:
    norm = c.norm
    line_start = norm.rfind("\n", 0, c.start) + 1
    line_end = norm.find("\n", c.end)
    line_end = len(norm) if line_end < 0 else line_end
    if norm.find("|", line_start, line_end) < 0 and norm.find("\t", line_start, line_end) < 0 and norm.find(
            "  ", line_start, line_end) < 0 and (line_end - line_start > _SHORT_ROW or norm.find(" ", line_start, line_end) < 0):
        return None
    if line_end - line_start > _SHORT_ROW and _one_cell(norm, line_start, line_end):
        return None  # (an indented paragraph: its indent is no gap between cells)
    cells = _row_cells(norm, line_start, line_end)
    if len(cells) < 2:
        return None
    if len(cells) == 2 and _UNIT_NOTE.search(norm, *cells[0]) is None:
        # (指标　完成数 / 平台派车（车次）　6842: a row of two cells whose label notes its unit; or whose header's
        # figure column does: 专业名称　招生人数（人） / 电子商务　236)
        two = _table_header(norm, line_start, 2)
        if two is None or len(two) != 2 or _UNIT_NOTE.search(norm, *two[1]) is None:
            return None
    k = next((i for i, (a, b) in enumerate(cells) if a <= c.start < b), -1)
    if k < 0:
        return None
    label_at = next((i for i, (a, b) in enumerate(cells) if _CJK_IN.search(norm, a, b)), -1)
    if not 0 <= label_at <= 1 or k <= label_at or _CJK_IN.search(norm, c.end, cells[k][1]) or _CJK_IN.search(
            norm, cells[k][0], c.start):
        return None  # (a cell of prose names its own figure)
    header = _table_header(norm, line_start, len(cells))
    # the columns read from the right: a header may join its first cells with one blank (序号　指标名称); a
    # row with fewer cells than its header left one empty, and which is not said
    if header is None or len(cells) - k > len(header) or len(cells) < len(header):
        return None
    a, b = cells[label_at]
    head = header[len(header) - (len(cells) - k)]
    label = norm[a:b].strip()
    if label.replace(" ", "") in _words("claims.reject", "total"):
        return None  # 合计　873　47, 合　计: the sum of the rows above, restated
    # a label that is a place's or a body's name (城关镇, 县人民医院), or ends with a division's word (石门镇,
    # 东湖街道: the entities may miss a place the gazetteer lacks): the row is that place's
    place_row = _place_label(c.art, norm, a, b)
    if place_row and _names_population(norm, head[0], head[1]):
        return None  # 城关镇　3200户　12000人　46平方公里: a place's population or area, no work done
    if _TIME_LABEL.fullmatch(norm, a, b) or place_row and _CJK_IN.search(norm, head[0], head[1]) and (
            b - a <= _PLACE_LABEL and norm.endswith(tuple(_words("claims.reject", "division")), a, b)):
        # 1月　112　5, 周湾镇　11800　10980　93.1: a month's or a division's row counts what its column's header
        # names (检查企业（家次）, 完成造林面积（亩）); a body's row (a donor's) is named by the body
        heading = norm[head[0]:head[1]]
        if "挽回" not in heading and any(word in heading for word in _words("claims.reject", "casualty")):
            return None  # 清河区　38　0　1　21.3 under 死亡（人）, 直接财产损失（万元）: an incident's toll, no work done
        noted = _UNIT_NOTE.search(norm, *head)
        if noted is None:
            return head, head, None
        return (head[0], noted.start()), head, (noted.start() + 1, noted.end() - 1)
    note = _UNIT_NOTE.search(norm, a, b)
    if note is not None and note.start() - a >= 2 and _noted_unit(norm, (note.start() + 1, note.end() - 1)) is not None:
        return (a, note.start()), head, (note.start() + 1, note.end() - 1)
    # else (物资捐赠（折价）: a note that is no unit) the unit its column's header notes (办证数（件）), or the row's cell under a unit column (计量单位)
    noted = _UNIT_NOTE.search(norm, *head)
    if noted is not None:
        return (a, b), head, (noted.start() + 1, noted.end() - 1)
    unit_heads = _words("claims.lexicon", "unit_column")
    for i in range(label_at + 1, len(cells)):
        at = len(header) - (len(cells) - i)
        if at >= 0 and norm[header[at][0]:header[at][1]] in unit_heads and cells[i][1] - cells[i][0] <= _UNIT_CELL and not (
                _DIGIT_IN.search(norm, *cells[i])):
            return (a, b), head, cells[i]
    return (a, b), head, None


def _last_cell(norm: str, span: Span2) -> Span2:
    """A phrase read across a gap between a table's cells (柏溪华联超市有限公司　　　大米|500袋): its part in the
    cell nearest the number, after the last gap."""
    if not _may_hold_gap(norm, span[0], span[1]):
        return span
    last = None
    for last in _TABLE_GAP.finditer(norm, span[0], span[1]):
        pass
    return span if last is None else _trim(norm, last.end(), span[1])


def _may_hold_gap(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] may hold a `_TABLE_GAP`: a tab, two spaces, or an ideographic space. Three
    searches for one character or two in C, where most phrases hold none, cost a fraction of the
    pattern's scan (its first character a class of three)."""
    return norm.find("\u3000", start, end) >= 0 or norm.find("\t", start, end) >= 0 or norm.find("  ", start, end) >= 0


def _settled(norm: str, span: Span2) -> Span2:
    """A reading's span as the metric: its table row's last cell, without the marks a post sets before its words."""
    span = _last_cell(norm, span)
    return span if _HAN_OR_QUOTE.match(norm, span[0]) else _without_marks(norm, span)


def _without_marks(norm: str, span: Span2) -> Span2:
    """💰城乡低保金, ——新增减税降费及退税缓费: a metric without the pictographs, dashes and bullets a post sets before its
    words (a figure called out, then its caption after a dash); 286家——检查定点医药机构: without the figure called out
    either, where the caption restates it (…机构286家) and the restated figure's metric reaches back to the line's start."""
    called = scan.CALLED_OUT.match(norm, span[0], span[1])
    start = called.end() if called is not None else span[0]
    marks = _LEADING_MARKS.match(norm, start, span[1])
    return (marks.end() if marks is not None else start, span[1])


_HAN_OR_QUOTE: Final = regex.compile(r"[\u4e00-\u9fff“《(（]")  # how nearly every metric opens: nothing to strip
_LEADING_MARKS: Final = regex.compile(rf"(?:[—–－~～·•●▶►▪◆■\-]|[{scan.PICTOGRAPHS}]\ufe0f?|\s)+")


def _is_phrase(norm: str, span: Span2) -> bool:
    """Whether a reading's span is a phrase: not empty, across no gap between a table's cells (5　　培训农民
    万人次 reads cells), and with a word in it (39000.00 and 251300元 are figures; AED is a word)."""
    if span[1] <= span[0] or _may_hold_gap(norm, span[0], span[1]) and _TABLE_GAP.search(norm, span[0], span[1]) is not None:
        return False
    if norm[span[0]].isdigit():  # 251300元: a figure and its unit, no phrase (5G基站, 4S店 are ones)
        return len(_LETTER.findall(norm, span[0], span[1])) >= 2
    return _WORD_IN.search(norm, span[0], span[1]) is not None


_LETTER: Final = regex.compile(r"[\u4e00-\u9fffA-Za-z]")


_WORD_IN: Final = regex.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2}")  # a Han character, or a Latin word (AED, APP)
_TABLE_GAP: Final = regex.compile(r"\t|[ \u3000]{2,}")  # what sets a table's cells apart in a row
_HEADER_WORD: Final = regex.compile(r"[^ \u3000\t|]+")  # a header's cell, where single blanks set the cells apart


def _row_cells(norm: str, start: int, end: int) -> list[Span2]:
    """The cells of the row norm[start:end]: set apart by bars, else by tabs or runs of two blanks or more,
    else (a row of short cells only: 1月　112　5　31.5) by single blanks; a label glued to the figure after
    it (农产品销售额（亿元）6.8) is two cells."""
    separator = _BAR_SEPARATOR if norm.find("|", start, end) >= 0 else _BLANK_SEPARATOR
    cells: list[Span2] = []
    pos = start
    for m in separator.finditer(norm, start, end):
        _add_cell(norm, pos, m.start(), cells)
        pos = m.end()
    _add_cell(norm, pos, end, cells)
    if len(cells) < 3 and separator is _BLANK_SEPARATOR and end - start <= _SHORT_ROW:
        short = [(m.start(), m.end()) for m in _SHORT_CELL.finditer(norm, start, end)]
        if len(short) >= 3 and all(b - a <= _SHORT_CELL_MAX for a, b in short):
            return short
    return cells


def _one_cell(norm: str, start: int, end: int) -> bool:
    """Whether `_row_cells` reads norm[start:end], a line too long for cells a single blank sets apart, as one
    cell at most: no bar, and no tab or run of blanks but at its edges (an indented paragraph of prose,
    which most lines of a report are), nor a figure glued to its label. Read without splitting the line."""
    if norm.find("|", start, end) >= 0:
        return False
    while start < end and _is_blank(ord(norm[start])):
        start += 1
    while end > start and _is_blank(ord(norm[end - 1])):
        end -= 1
    if norm.find("\t", start, end) >= 0 or norm.find("  ", start, end) >= 0:
        return False
    cells: list[Span2] = []
    _add_cell(norm, start, end, cells)
    return len(cells) < 2


def _add_cell(norm: str, start: int, end: int, cells: list[Span2]) -> None:
    a, b = _trim(norm, start, end)
    if b <= a:
        return
    glued = _GLUED_FIGURE.search(norm, a, b)
    if glued is not None and _CJK_IN.search(norm, a, glued.start()):
        cells.append((a, glued.start() + 1))
        cells.append((glued.end(), b))
        return
    spaced = _SPACED_FIGURE.search(norm, a, b)
    if spaced is not None and spaced.start() > a and norm.find(" ", a, spaced.start()) < 0:
        # 违法建房占用耕地　|14: a label, one blank, the row's first figure (not 醉酒驾驶　起　96: a label, its unit)
        cells.append((a, spaced.start()))
        cells.append((spaced.end(), b))
    else:
        cells.append((a, b))


_RULE_ROW: Final = regex.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-{0,}:?[ \t]*")


# ├────┼────┤, ┌──┬──┐: a rule drawn with box-drawing characters between a table's rows (its bars │ read as |)
_BOX_RULE: Final = regex.compile(r"[ \t]*[\u2500-\u257f][\u2500-\u257f \t|+=-]*")


def _table_header(norm: str, line_start: int, width: int) -> list[Span2] | None:
    """The header row of the table whose row of `width` cells starts at `line_start`: the nearest line
    above with no digit and two cells or more, every line up to it a row of as many cells."""
    above = line_start
    for _ in range(_RANKED_ROWS):
        if above <= 0:
            return None
        end = above - 1
        above = norm.rfind("\n", 0, end) + 1
        cells = _row_cells(norm, above, end)
        if _RULE_ROW.fullmatch(norm, above, end) or _BOX_RULE.fullmatch(norm, above, end):
            continue  # | --- | :---: |: the rule under a header written for a markdown view; ├──┼──┤: one drawn
        if not _DIGIT_IN.search(norm, above, end):
            if len(cells) < 2:
                return None
            cells = _joined_letters(cells)
            if len(cells) < width:
                # 单位　　年度目标　完成值　完成率 over 家　　120　　136　　113.3%: a header that sets its last
                # cells apart by one blank only, where the rows use more: as many cells as the rows, read so
                finer = [(m.start(), m.end()) for a, b in cells for m in _HEADER_WORD.finditer(norm, a, b)]
                if len(finer) == width:
                    return finer
            return cells
        if len(cells) != width:
            return None
    return None


def _noted_unit(norm: str, note: Span2) -> NumberMention | None:
    """The figure 1 written with the unit norm[note[0]:note[1]] (亿元: 10^8 元), as the numbers stage
    reads it; None where the note is no unit it knows."""
    from .numbers import find_numbers  # (the stage before; imported where it is needed, once a table is read)

    written = "1" + norm[note[0]:note[1]]
    found = find_numbers(written)
    unit = found[0] if found else None
    if unit is None or not unit.countable or unit.kind == "bare" or unit.start != 0 or unit.end != len(written):
        return None
    return unit


def _with_noted_unit(norm: str, n: NumberMention, note: Span2) -> NumberMention:
    """A bare figure with the unit its row's label notes (（亿元）, （人次）, （%）), read as the numbers
    stage reads a figure written with it."""
    unit = _noted_unit(norm, note)
    if unit is None:
        return n
    factor = unit.value
    return n._replace(value=round(n.value * factor, 6), value_max=round(n.value_max * factor, 6) if n.value_max is not None else None,
                      unit=unit.unit, unit_start=note[0] + unit.unit_start - 1, unit_end=note[0] + unit.unit_end - 1,
                      kind=unit.kind)


_UNIT_CELL: Final = 4  # the longest unit a unit column's cell writes (平方公里)
_SHORT_ROW: Final = 60  # the longest row whose cells a single blank may set apart
_PLACE_LABEL: Final = 8  # the longest row label read as a place's name by its division word
_SHORT_CELL_MAX: Final = 12
_SHORT_CELL: Final = regex.compile(r"[^\s]+")
_TIME_LABEL: Final = regex.compile(r"(?:\d{4}年度?)?(?:\d{1,2}月(?:份)?|[一二三四]季度|上半年|下半年|\d{4}年度?)")
_BAR_SEPARATOR: Final = regex.compile(r"\|")
_BLANK_SEPARATOR: Final = regex.compile(r"\t|[ \u3000]{2,}")
# a cell that ends in a figure a single blank sets apart from the Chinese label before it (the row's
# other cells set apart by runs of blanks)
_SPACED_FIGURE: Final = regex.compile(r"(?<=[\u4e00-\u9fff]) (?=[0-9][0-9.,]*$)")
_GLUED_FIGURE: Final = regex.compile(r"[)）] ?(?=[≥≤约近]?[0-9])")  # 农产品销售额（亿元）|6.8, 经费（万元）　|186


def _bar_in_line_next_to(norm: str, line_start: int, line_end: int) -> bool:
    """Whether the line before or after norm[line_start:line_end] holds a bar: a row among rows."""
    before = norm.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    after_end = norm.find("\n", line_end + 1)
    return (before >= 0 and norm.find("|", before, line_start) >= 0) or (
        line_end < len(norm) and norm.find("|", line_end, after_end if after_end >= 0 else len(norm)) >= 0)


_TABLE_CELL: Final = 16  # the longest cell that holds a figure (增长6.4%, 1136人): a row's cell, not a sentence
_CHANGE_CELL: Final = regex.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|减少|增加|上升)?(?:约|近|超|逾)?")
_UNIT_NOTE: Final = regex.compile(r"[(（][^()（）]{1,4}[)）]\s*$")  # the unit a label notes in brackets: （亩）
_DIGIT_IN: Final = regex.compile(r"[0-9]")
_CJK_IN: Final = regex.compile(r"[\u4e00-\u9fff]")


_SHARE_OF_PREVIOUS: Final = regex.compile(r"[\s(（,，]*占")  # 54件|（占|62.8%: the share the count before it makes
_SHARE_TAIL: Final = regex.compile(r"[(（,，]\s*占\s*$")
_LIST_REACH: Final = 200  # how far back a count on a list looks for the list's name
# (在)第九届金华市道德模范评选中， / 在…表彰的先进集体中，: what the count is among
_AMONG_FRAME: Final = regex.compile(r"(?:^|(?<=[，,。；;：:\s]))在?([^，,。；;：:“”]{3,40}?)(?:评选|表彰|名单|榜单)?中[，,]")

def _read_honour(c: _Candidate) -> Span2 | None:
    """6人|获评“优秀志愿者”, 3人|被团省委评为…: counted honours with no noun after the count are
    counted by the title. Counts listed side by side before titles listed side by side take them in
    turn (3771人、13660人和22812人荣获银奖、铜奖和爱心奖)."""
    if c.is_bare or not (c.kinds & _HONOUR_BITS):
        return None
    norm, counts = c.norm, c.counts
    verb = _patterns()["honour_verb"].match(norm, counts.end, c.rest_end)
    if verb is None:
        return None
    return _title(c, verb)


def _title(c: _Candidate, verb: re.Match) -> Span2:
    """From the honour verb after the counts to the end of the title (or titles) it confers."""
    norm, counts = c.norm, c.counts
    end, after = c.rest_end, c.index + counts.size - counts.place
    nxt = next((m for m in c.art.countables[after:] if not _glued(norm, m)), None)
    if nxt is not None and nxt.start < end:
        # …荣获全国五一劳动奖章、|1个企业班组荣获…: the title ends where the next count's clause starts
        end = max(verb.end(1), c.art.stops.clause_start(nxt.start, verb.end(1), _DELIMS) - 1)
    toks = _tokens(norm, verb.end(1), end)
    suffix = _words("claims.lexicon", "title_suffix")
    while toks and (toks[-1][0] in suffix or not toks[-1][0].strip()):
        toks.pop()
    while toks and toks[0][0] in ("了", "的"):
        toks.pop(0)
    if not toks:
        # 我县有2人|榜上有名: the title is the list's, named before the count (“浙江好人榜”, X名单)
        return _list_named_before(c) or (verb.start(1), verb.end(1))  # 12人|被表彰
    items = _list_items(toks)
    if counts.size > 1 and len(items) == counts.size and counts.place > 0:
        own = _span_of(norm, items[counts.place])
        if own is not None:
            return own
    if counts.size > 1 and len(items) == counts.size:
        toks = items[0]
    # with its verb, the metric holds both what annotators write: the title (获评|“最美家庭”) and,
    # where the title is long, the verb (获评)
    return _trim(norm, verb.start(1), toks[-1][3])


def _list_named_before(c: _Candidate) -> Span2 | None:
    """…发布“浙江好人榜”，全省共98人上榜。我县有2人|榜上有名 / 公布X名单，我县3户家庭|入选: the list a
    count with no title after its verb is on, named before the count in its sentence or the one before,
    within its paragraph: a quoted name, else what stands before 名单 in its clause."""
    norm = c.norm
    line = norm.rfind("\n", 0, c.start) + 1
    frame = _AMONG_FRAME.search(norm, max(c.sentence[0], line), c.start)
    if frame is not None:  # 第九届金华市道德模范评选中，我县又有3人|当选: the frame's own
        return frame.span(1)
    stop = max(norm.rfind("。", line, c.sentence[0] - 1) + 1, line, c.start - _LIST_REACH)
    listed = norm.rfind("名单", stop, c.start)
    quote = norm.rfind("”", stop, c.start)
    if quote > listed:
        opened = norm.rfind("“", stop, quote)
        return (opened, quote + 1) if opened >= 0 and quote - opened > 2 else None
    if listed < 0:
        return None
    start = max(norm.rfind(ch, stop, listed) for ch in "，,；;。：:的布示选") + 1
    return (max(start, stop), listed) if listed - max(start, stop) >= 3 else None


def _list_items(toks: list[_Tok]) -> list[list[_Tok]]:
    """A phrase's items, split at the joins outside quotes (银奖、铜奖和爱心奖 -> 银奖 | 铜奖 | 爱心奖)."""
    join = _words("claims.lexicon", "join")
    items: list[list[_Tok]] = [[]]
    depth = 0
    for tok in toks:
        depth += tok[0].count("“") - tok[0].count("”")
        if depth == 0 and tok[0] in join:
            items.append([])
        else:
            items[-1].append(tok)
    return [item for item in items if item]


def _read_participants(c: _Candidate) -> Span2 | None:
    """…楼栋长代表等近280人|参加本次活动: when nothing before the count but a list of examples or of
    kinds of people summed up (书记、委员和青年代表共300余人|参加会议) names those counted, what they took
    part in does. A count written right on to the list's last kind (干部和群众代表600余人|现场观礼) counts
    that kind, read before it."""
    if not c.kinds & _PARTICIPATE_BIT or c.is_bare:  # the verb is read after the counts, in the sentence
        return None
    # the verb right after the counts, looked for first: one match, where the test of what stands
    # before tags two windows, and most counts have no such verb after them
    verb = _patterns()["participate"].match(c.norm, c.counts.end, c.rest_end)
    if verb is None:
        return None
    before = c.phrase_before
    if before is not None and not _ends_with_examples(c.before) and not (
            any(tok[0] in _words("claims.lexicon", "join") for tok in _tokens(c.norm, before[0], before[1]))
            and _words("claims.reject", "total") & {tok[0] for tok in _tokens(c.norm, before[1], c.start)}):
        return None
    return _trim(c.norm, verb.start(), min(c.rest_end, c.counts.end + _CLAUSE_REST_REACH))


def _read_share(c: _Candidate) -> Span2 | None:
    """表彰面|占全县教师总数的|36%: a share names its part before 占."""
    if c.n.kind != "percent":
        return None
    shares = _matches(_patterns()["share"], c.norm, c.before_start, c.start)
    if not shares:
        return None
    part = _phrase_before(c.norm, c.before_start, shares[-1].start(), c.art.names)
    if part is None and c.prev_metric is not None and _SHARE_TAIL.search(c.norm, max(0, c.start - 4), c.start):
        return c.prev_metric  # A类建议54件（占62.8%）: the share is of what the count before it counted
    return part


def _read_respectively(c: _Candidate) -> Span2 | None:
    """秸秆综合利用率和畜禽资源化利用率分别达93%、83%: items listed before 分别 take the counts listed
    after it in turn."""
    if c.is_bare or not c.kinds & _RESPECTIVELY_BIT:
        return None
    counts, norm = c.counts, c.norm
    if counts.size < 2:
        return None
    start = c.list_start
    if c.index - counts.place > 0:
        before = c.art.countables[c.index - counts.place - 1]
        if not _inside_quotes(norm, c.sentence[0], before.start):  # (开展“两个健康”宣讲、…分别为: a name's numeral)
            start = max(start, before.end)
    marker = None
    for tok in reversed(_tokens(norm, start, counts.start)):
        if tok[0] in _words("claims.lexicon", "respectively"):
            marker = tok
            break
    if marker is None:
        return None
    phrase = _phrase_before(norm, start, marker[2], c.art.names)
    if phrase is None:
        return None
    items = _list_items(_tokens(norm, phrase[0], phrase[1]))
    return _span_of(norm, items[counts.place]) if len(items) == counts.size else None


def _read_change(c: _Candidate) -> Span2 | None:
    """村集体经济收入由2019年的8万元增至2024年的|62万元, 覆盖率由61%提升至|92%: the value a change reaches
    counts what the phrase before 由 (or 从) names."""
    norm = c.norm
    if norm.find("由", c.clause_start, c.start) < 0 and norm.find("从", c.clause_start, c.start) < 0:
        return None
    m = _patterns()["change_reached"].search(norm, c.clause_start, c.start)
    if m is None or not any(c.clause_start <= n.start and n.end <= m.end() and m.start() < n.start
                            for n in c.art.countables[max(0, c.index - 2):c.index]):
        return None  # a starting value, a countable one, stands between: 从3月至5月 has none
    return _phrase_before(norm, c.clause_start, m.start(), c.art.names)


def _read_before(c: _Candidate) -> Span2 | None:
    if c.is_bare:
        return None
    phrase = c.phrase_before
    if phrase is not None and _TIME_PHRASE.fullmatch(c.norm, *phrase):
        return None  # 截至目前已完成|1260座: a time, not what was counted (the clause before names it)
    if phrase is not None and c.n.unit in _PEOPLE_UNITS and c.norm[phrase[1]:c.start].strip() == "等" and (
            _names_people(c.norm, *phrase)):
        return None  # 将陈秀琴等|8人列入…, 刘小红等|6人入围: the people are members of the count, not what it counts
    return phrase


_NAME_TAGS: Final = frozenset({"nr", "ns", "nz"})  # the tagger reads some names as places (马东): the surname decides


def _names_people(norm: str, start: int, end: int) -> bool:
    """Whether every item of the list in [start, end) is a person's name, a verb or an adverb at most before it (将陈秀琴,
    推选张丽华、李明): a name the tagger reads as one (a person's, or a place's or another name's: 马东) of two or three
    characters, or four with a compound surname, after a surname. An item that says more of the person (“五老”志愿者王贵芬,
    荣获X的廖振华) names what they are, and is read as before."""
    join, names = _lex().join, surnames()
    items: list[str] = [""]
    said = False  # whether an item so far holds a word of content before its name
    surname = ""  # a surname the tagger cut off as a word of its own (田|玉兰), before the rest of its name
    for word, tag, _, _ in _tokens(norm, start, end):
        if word in join:
            if said or surname:
                return False
            items.append("")
        elif tag in _NAME_TAGS:
            items[-1] += surname + word
            surname = ""
        elif not items[-1] and not surname and len(word) == 1 and word in names:
            surname = word
        elif items[-1] or surname or tag[:1] not in _FUNCTION_TAGS and tag[:1] != "v" or word.startswith("“"):
            said = True
    if surname:
        return False
    return not said and all(2 <= len(name) <= 4 and (name[0] in names or name[:2] in names) and (len(name) < 4 or name[:2] in names)
                            for name in items)


# a time that opens a clause of work done: 截至目前, 截至6月底, 今年以来, 目前
_DONE_OF_PLAN: Final = regex.compile(r"\s*(?:(?:截至|截止到?|到)?(?:目前|现在|当前|\d{1,2}月底|\d{1,2}月\d{1,2}日|年底))?"
                                     r"(?:已经|已)(?:完成|实现)(?:了)?\s*")
_TIME_PHRASE: Final = regex.compile(r"(?:截至|截止到?|到)?(?:目前|现在|今年|当前|\d{1,2}月底|\d{1,2}月\d{1,2}日|年底|\d{4}年底?)?(?:以来)?"
                                    r"(?<=.)")


def _place_label(art: _Article, norm: str, start: int, end: int) -> bool:
    """A label that is a place's or a body's name (城关镇, 县人民医院), or ends with a division's word (石门镇,
    东湖街道: the entities may miss a place the gazetteer lacks)."""
    return (art.names.covers(start) and art.names.covers(end - 1)
            or 2 <= end - start <= _PLACE_LABEL and norm.endswith(tuple(_words("claims.reject", "division")), start, end))


def _read_label(c: _Candidate) -> Span2 | None:
    """城镇新增就业：|2316人; 农村劳动力转移就业：新增|1.12万人，累计|9.6万余人: an indicator's label opening its
    line (after its list number), then a colon and clauses that hold nothing before their figures but a verb of the count (新增,
    累计, 完成): the label is what each figure counted."""
    if c.is_bare:
        return None
    norm = c.norm
    line = norm.rfind("\n", 0, c.start) + 1
    colon = _LABEL_COLON.search(norm, line, c.start)
    if colon is None or norm.startswith(_QUOTE_OPENS, colon.end()):
        return None  # (马建华：“我们把5个卫生院…: a speaker's name, then what they said)
    numbered = _LINE_NUMBER.match(norm, line, colon.start())  # (1.售电量：, （三）综合线损率：: the list's number)
    label = _trim(norm, numbered.end() if numbered else line, colon.start())
    if not 2 <= label[1] - label[0] <= _INDICATOR_REACH or any(ch in _DELIMS or ch.isdigit() for ch in norm[label[0]:label[1]]):
        return None
    text = norm[label[0]:label[1]]
    if text in _words("claims.lexicon", "note_label") or _TIME_LABEL.fullmatch(text) or _place_label(c.art, norm, *label):
        return None  # 备注：, 上半年：, 城关镇：: a note, a time or a place, no indicator
    if label[1] - label[0] <= _SPEAKER_NAME and scan.opens_lines(norm, norm[label[0]:colon.end()], _SPEAKER_TURNS) and (
            _INTERVIEWER.search(norm) is not None):
        return None  # 记者：… / 沈立华：我们把15个卫生院… / 沈立华：今年…: who answers an interviewer, turn after turn
    toks = [tok for tok in _tokens(norm, max(c.clause_start, colon.end()), c.start) if tok[0].strip()]
    # what may stand between the colon and the figure: the words of a count (累计, 共, 完成) and at most one
    # verb (累计新增1.12万人); 完成培训560人次 names its own metric
    light = _words("claims.lexicon", "light")
    trailing = _words("claims.lexicon", "trailing")
    verbs = [tok for tok in toks if tok[0] not in light and tok[0] not in trailing]
    if verbs and "".join(tok[0] for tok in toks) in trailing:
        verbs = []  # (提升|至41.2%: a change to the value, one word of the lexicon that jieba cuts in two)
    if len(verbs) > 1 or verbs and verbs[0][0] not in _words("claims.lexicon", "cut"):
        return None  # (累计|新增1.12万人: a count's words and one verb alone)
    clauses = norm[colon.end():c.clause_start]  # every clause before this one on the line reads the same
    return label if not _LABEL_BREAK.search(clauses) else None


_LABEL_COLON: Final = regex.compile(r"[:：]")
_SPEAKER_TURNS: Final = 2  # lines a label opens: a speaker's turns (an indicator's label opens one)
_SPEAKER_NAME: Final = 4  # characters: a name (欧阳文斌), not an indicator's label (培训人次 may be as short: the interviewer tells)
_INTERVIEWER: Final = regex.compile(r"(?:^|\n)[ \t\u3000]*(?:本报|本台)?(?:记者|问|主持人)[:：]")


_QUOTE_OPENS: Final = ("“", "「", "\"", "『")
_LINE_NUMBER: Final = regex.compile(_NUMBERING)
_LABEL_BREAK: Final = regex.compile(r"[。；;]")
_INDICATOR_REACH: Final = 16  # characters: an indicator's name, not a sentence


def _read_previous(c: _Candidate) -> Span2 | None:
    return None if c.is_bare else c.prev_metric


def _read_clause_rest(c: _Candidate) -> Span2 | None:
    """24000余人次|参与: the rest of the clause after the number."""
    if c.is_bare or c.clause_end - c.end < 2:
        return None
    return _beneficiaries(c, c.end) or _trim(c.norm, c.end, min(c.clause_end, c.end + _CLAUSE_REST_REACH))


def _beneficiaries(c: _Candidate, metric_start: int) -> Span2 | None:
    """为268名因中暑住院的困难职工发放慰问金, 为32名行动不便的老人提供…: after 为 and its count, a relative clause (…的)
    says which of them; the noun after it, up to the clause's verb, is what was counted, where the metric read would
    open before that 的 (无法, 行动不便: the relative clause's words)."""
    norm = c.norm
    if c.start == 0 or norm[c.start - 1] != "为" or c.is_bare:
        return None
    de = norm.find("的", c.end, min(c.clause_end, c.end + _RELATIVE_REACH))
    if de <= c.end or metric_start > de:
        return None
    start = end = de + 1
    for word, tag in _tagged(norm[start:c.clause_end]):
        if not word.strip() or tag[:1] in _NOT_IN_NOUN_PHRASE:
            break
        end += len(word)
    return (start, end) if end - start >= 2 else None


_RELATIVE_REACH: Final = 14  # characters from the count to the 的 that closes the relative clause naming its people
_NOT_IN_NOUN_PHRASE: Final = frozenset("vdpurcmqxyzf")  # the tags of a verb, an adverb, a pronoun …: the noun phrase ends


def _read_sum(c: _Candidate) -> Span2 | None:
    """参赛人数38182人,参赛人次490771次,总计528953人次: a total that adds up the figures before it in
    its sentence counts all of them; the word that says so (总计) is its metric."""
    if c.is_bare or not c.kinds & _TOTAL_BIT:
        return None
    trailing, totals = _words("claims.lexicon", "trailing"), _words("claims.reject", "total")
    toks = [tok for tok in _tokens(c.norm, c.before_start, c.start) if tok[0].strip()]
    if not toks or any(tok[0] not in trailing for tok in toks):
        return None
    word = next((tok for tok in toks if tok[0] in totals), None)
    if word is None:
        return None
    added, k = 0.0, c.index - 1
    while k >= 0 and c.art.countables[k].start >= c.sentence[0]:
        added += c.art.countables[k].value
        if c.index - k >= 2 and abs(added - c.n.value) <= 0.005 * c.n.value:
            return word[2], word[3]
        k -= 1
    return None


def _read_previous_clause(c: _Candidate) -> Span2 | None:
    """…集中慰问活动慰问一线劳动者795名,|共计13.5万元: a total with nothing before it but 共计 counts
    what the clause before was about. Clauses that only state a standard (每人5000元) are passed over."""
    if c.is_bare:
        return None
    p, norm, s_start = _patterns(), c.norm, c.sentence[0]
    trailing = _words("claims.lexicon", "trailing")
    # (新增AED62台，全县累计达318台: the whole area's running total of what the clause before counted)
    whole = p["whole_area"].match(norm, c.before_start)
    before = whole.end() if whole is not None else c.before_start
    # 计划改造农村户厕1500座，|截至目前已完成|1260座: a time and a verb of the plan's work done count what the clause
    # before planned: its object
    done = _DONE_OF_PLAN.fullmatch(norm, c.clause_start, c.start)
    if done is not None:
        end = c.clause_start - 1
        while end > s_start:
            start = c.art.stops.clause_start(end, s_start, _DELIMS)
            counted = p["trailing_count"].search(norm[start:end])
            if counted is not None:
                span = _phrase_before(norm, start, start + counted.start(), c.art.names)
                return span if span is not None and span[1] - span[0] >= 2 else None
            if not _TIME_PHRASE.fullmatch(norm, *_trim(norm, start, end)):
                return None  # (截至目前，|已完成…: a clause of a time alone is passed over)
            end = start - 1
        return None
    said = [tok for tok in _tokens(norm, before, c.start) if tok[0].strip() and tok[0] not in trailing]
    if len(said) == 1 and said[0][1] == "v":
        return _object_of_same_verb(c, said[0][0])  # 发放岗位补贴,|累计发放110.4万元
    if said:
        return None  # something stood before the number and said nothing of it (该局共完成|156件)
    end = c.before_start - 1
    while end > s_start:
        start = c.art.stops.clause_start(end, s_start, _DELIMS)
        first_digit = p["trailing_count"].search(norm[start:end])
        stop = start + first_digit.start() if first_digit else end
        if whole is not None and not first_digit:
            return None  # (…名单公布，全省共50家: a running total follows the clause that counted what was added)
        if not p["allocation"].match(norm, start):
            if first_digit:  # 集中慰问活动慰问一线劳动者795名: what the clause was about precedes its count
                span = _trim(norm, start, stop)
            else:  # 为86名大学生发放一次性创业补贴: the clause's object
                span = _phrase_before(norm, start, end, c.art.names) or (0, 0)
            if span[1] - span[0] >= 2:
                return span
        end = start - 1
    return None


def _object_of_same_verb(c: _Candidate, verb: str) -> Span2 | None:
    """按…标准发放高龄津贴,|累计发放9.72万元, 持续开展“法治进校园”巡讲,|累计开展126场次: the verb before the
    number says again the verb of the clause before it, whose object is what the number counts."""
    end = c.before_start - 1
    if end <= c.sentence[0]:
        return None
    start = c.art.stops.clause_start(end, c.sentence[0], _DELIMS)
    k = c.norm.rfind(verb, start, end)
    if k < 0:
        return None
    span = _trim(c.norm, k + len(verb), end)
    text = c.norm[span[0]:span[1]]
    if len(text) < 2 or _DIGIT_IN.search(text) is not None:
        return None
    # (投入资金改造校舍，投入1200万元: a verb before the last word makes it a clause, no object to count; a verb last,
    # 巡讲, names the work)
    bare = _QUOTED.sub("", text)
    words = [tok for tok in _tokens(bare, 0, len(bare)) if tok[0].strip()]
    return None if any(tok[1] == "v" for tok in words[:-1]) else span



class _Reading(NamedTuple):
    rule: str
    read: Callable[[_Candidate], Span2 | None]
    # as `Filter.needs`: a kind of lexicon word the reading finds nothing without, in the sentence
    needs: frozenset[str] = frozenset()
    # what the candidate must be for the reading to find anything ("": anything; "bare": a number with
    # no unit; "counted": one with a unit; "percent"). The reading alone still says the same.
    only: str = ""


_METRICS: Final[tuple[_Reading, ...]] = (
    _Reading("claims.table_row", _read_table_row, only="counted"),
    _Reading("claims.table_cell", _read_table_cell),
    _Reading("claims.metric_change", _read_change),
    _Reading("claims.metric_after", _read_after),
    _Reading("claims.metric_tally", _read_tally, only="bare"),
    _Reading("claims.table_line", _read_table_line, only="bare"),
    _Reading("claims.metric_caption", _read_caption),
    _Reading("claims.metric_honour", _read_honour, needs=_HONOUR_KINDS, only="counted"),
    _Reading("claims.metric_participants", _read_participants, needs=frozenset({_PARTICIPATE}), only="counted"),
    _Reading("claims.metric_share", _read_share, only="percent"),
    _Reading("claims.metric_respectively", _read_respectively, needs=frozenset({_RESPECTIVELY}), only="counted"),
    _Reading("claims.metric_label", _read_label, only="counted"),
    _Reading("claims.metric_before", _read_before, only="counted"),
    _Reading("claims.metric_previous", _read_previous, only="counted"),
    _Reading("claims.metric_after_verb", _read_clause_rest, only="counted"),
    _Reading("claims.metric_sum", _read_sum, needs=frozenset({_TOTAL}), only="counted"),
    _Reading("claims.metric_previous_clause", _read_previous_clause, only="counted"),
)


_READING_BITS: Final[int] = _bits_needed([r.needs for r in _METRICS])  # the kinds some reading needs
# the kinds the rules and readings test themselves (`_Candidate.kinds & ...`)
_HONOUR_BITS: Final[int] = _bits_needed([_HONOUR_KINDS])
_NOTICE_LABEL_BIT: Final[int] = _bits_needed([frozenset({_NOTICE_LABEL})])
_BODY_BIT: Final[int] = _bits_needed([frozenset({_BODY})])
_PARTICIPATE_BIT: Final[int] = _bits_needed([frozenset({_PARTICIPATE})])
_RESPECTIVELY_BIT: Final[int] = _bits_needed([frozenset({_RESPECTIVELY})])
_TOTAL_BIT: Final[int] = _bits_needed([frozenset({_TOTAL})])
_PLAN_BITS: Final[int] = _bits_needed([_PLAN_KINDS])
if len(_KIND_BITS) + len(_MARKS) > 62:  # a key past 62 bits is an object a compiled module hashes more slowly
    raise ValueError("more kinds of words and marks than bits of a small int (`_predicates_for`'s key)")


def _readings_for(kind_bits: int, bare: bool,
                  percent: bool) -> tuple[tuple[str, Callable[[_Candidate], Span2 | None]], ...]:
    """`_METRICS` (as (rule, reading) pairs) without the readings that cannot find anything for a
    candidate in a sentence with these kinds of words (as `_KIND_BITS` flags), bare or not, a
    percentage or not: a bare number is read by three of twelve, a counted one by nine at most, and
    each reading passed over is a call that would have returned at once. Kept in `_READINGS` under
    one int (few keys; a dict read costs a fraction of an lru_cache call)."""
    key = kind_bits << 2 | bare << 1 | percent
    readings = _READINGS.get(key)
    if readings is None:
        if len(_READINGS) >= _KEPT:
            _READINGS.clear()
        readings = _READINGS[key] = tuple(
            (r.rule, r.read) for r in _METRICS
            if (not r.needs or kind_bits & _bits(r.needs))
            and (not r.only or r.only == ("bare" if bare else "counted") or (r.only == "percent" and percent)))
    return readings


_READINGS: Final[dict[int, tuple[tuple[str, Callable[[_Candidate], Span2 | None]], ...]]] = {}


def _noun_before(norm: str, c_start: int, pos: int, names: _Names) -> bool:
    """Is there a noun phrase of three characters or more right before the number?"""
    found = _phrase_before(norm, c_start, pos, names) if pos > c_start else None
    if not found or found[1] - found[0] < 3 or found[1] != _trim(norm, c_start, pos)[1]:
        return False
    toks = _tokens(norm, found[0], found[1])
    return bool(toks) and toks[-1][1] in _NOUNISH


# -- modality --------------------------------------------------------------------------------------

def _blank_quote(m: re.Match) -> str:
    return "”" * len(m.group(0))


def _modality(norm: str, s_start: int, pos: int) -> str:
    p = _patterns()
    # 原计划培训500人次，实际培训|680人次: what the sentence says was done, after its plan
    actual = None
    for actual in _matches(p["actual"], norm, s_start, pos):
        pass
    if actual is not None:
        s_start = actual.end()
    done = _done_in_clause(norm, s_start, pos)
    if done:
        s_start = done  # 力争上半年开工，目前已完成|投资1200万元: what its clause says was done
    elif p["completion_rate"].search(norm, max(s_start, pos - _COMPLETION_REACH), pos):
        # 计划改造1500座，已完成1260座，|完成率84%: after a clause that says what was done, the share done of the
        # plan the sentence named before it, read in its own clause (下一步…，确保…完成率达到100% stays a plan)
        clause = _clause_start(norm, s_start, pos)
        if clause - 1 > s_start and _done_in_clause(norm, s_start, clause - 1):
            s_start = clause
    # 力争…，取得以下成绩：培训…: a colon announcing a list (以下, 如下) after a clause with no plan marker of its
    # own opens results, whatever the sentence planned before it (not a label: 报名地点：)
    colon = max(norm.rfind("：", s_start, pos - 1), norm.rfind(":", s_start, pos - 1))
    if colon > s_start:
        clause = max(s_start, max(norm.rfind(ch, s_start, colon) for ch in "，,；;") + 1)
        if _LIST_LEAD.search(norm, clause, colon) and _modality(norm, clause, colon + 1) == "achieved":
            s_start = colon + 1
    # a quoted name (“友好昌邑,童享未来”) may hold 未来 or 计划 without being a plan
    head = norm[s_start:pos]
    if "“" in head:
        head = p["quoted"].sub(_blank_quote, head)
    if any(m.group(1) is not None for m in p["planned"].finditer(head)) or _DEADLINE.search(head):
        return "planned"
    if _PLAN_SCOPE.search(head, _clause_start(norm, s_start, pos) - s_start) and not _DONE_AFTER.match(norm, pos):
        return "planned"  # 全县纳入改造计划的城镇老旧小区共|38个: what the plan holds, not what was done (…的42个小区已全部完工)
    for marker, next_tags in _PLAN_MARKERS:
        for m in _matches(p[marker], head, 0, len(head)):
            if m.group(1) is None or p["lookalike"].match(norm, s_start + m.start(1)):
                continue  # 将近, 计划书; 为1.1万对计划|怀孕夫妇: a lookalike that runs past the head's end
            if marker == "plan_verb" and head[m.end():].strip() and _SHARE_OF_PLAN.search(head, 0, m.start(1)):
                continue  # 完成年度计划120公里的|107%, …，其中|县道36.2公里: the plan whose share was done; only its own
                # figure, right after it, is planned
            if marker == "clause_future" and any(ch in _DELIMS and ch != "、" for ch in head[m.end():]):
                continue  # 要巩固成果，去年…已有39个: the clause after it tells what was done (a list's
                # items after 、 share its verb: 要完成植树造林2万亩、森林抚育3.5万亩)
            if len(m.group(1)) == 1 and not _word_of_its_own(norm, s_start, s_start + m.start(1)):
                continue  # 主要, 需要, 要求: the character is a letter of another word
            nxt = _tagged(norm[s_start + m.end(): s_start + m.end() + _NEXT_WORD_REACH])
            if nxt and (nxt[0][1][:1] in next_tags or nxt[0][0] in _words("claims.lexicon", "cut")
                        or nxt[0][1] == "a" and len(nxt) > 1 and nxt[1][1][:1] == "v"
                        or _modified_verb(nxt[0][0])):
                return "planned"  # 计划新建, 计划从2018年, 将新建, 计划新|引进; not 见习计划, 将服务站建到社区
    return "achieved"


_COMPLETION_REACH: Final = 12  # characters before the figure: the rate's own clause


def _clause_start(norm: str, s_start: int, pos: int) -> int:
    """Where the clause of `pos` starts, within the sentence from `s_start`: after its last comma, semicolon or colon."""
    return max(s_start, max(norm.rfind(ch, s_start, pos) for ch in "，,；;：:") + 1)

# 纳入改造计划的, 列入2023年度计划的: what a plan holds, counted in its clause
_PLAN_SCOPE: Final = regex.compile(r"(?:列入|纳入)[^,，。;；:：]{0,12}计划的")
_DONE_AFTER: Final = regex.compile(r"[^,，。;；:：]*?(?:已|均已|全部|完工|建成|完成)")  # in the figure's clause, after it
# 完成年度计划|, 完成全年投资计划|: what was done is measured against the plan named after it
_SHARE_OF_PLAN: Final = regex.compile(r"完成了?[^,，。;；:：\d]{0,6}$")
# 到2025年底，县域内就诊率稳定在90%以上: a deadline opening its clause sets a target (what was reached by a date
# is told 截至…, or with 已 in the figure's clause, which `_done_in_clause` reads first); not 从2019年到2023年
_DEADLINE_REACH: Final = 80  # characters before a figure that a deadline opening its sentence may stand (a bound: a
# sentence cut from a page with no stops is searched from near the figure, not from its start for every figure)
# (到 first, then what may not stand before it: a search looks for 到 alone, not at every character)
_DEADLINE: Final = regex.compile(r"到(?<![从自由至止\d年]到)\s*(?:\d{4}|二[〇零][〇零一二三四五六七八九]{2})\s*年(?:底|末|年底)?\s*[,，]")


def _done_in_clause(norm: str, s_start: int, pos: int) -> int:
    """Where a word saying the work was done already (已, 已经) ends, in the clause of the number at
    `pos`; 0 if none. Not an 已 that qualifies what the number counts (对已建成的20个站点, 已脱贫的1200户: 的
    right before the number), nor 已有 before another verb (计划在已有基础上新增500个); a plan word before
    it is no matter (全县计划改造的危房已完成120户, 按计划已完成投资800万元)."""
    p = _patterns()
    clause = _clause_start(norm, s_start, pos)
    for m in p["done"].finditer(norm, clause, pos):
        if not (len(m.group()) > 1 or _word_of_its_own(norm, clause, m.start())):
            continue
        if norm[m.end():pos].rstrip().endswith("的"):
            return 0
        if m.group().endswith("有") and any(tag[:1] == "v" or word in _words("claims.lexicon", "cut") or _modified_verb(word)
                                            for word, tag in _tagged(norm[m.end():pos])):
            return 0  # 在已有基础上|新增500个: 已有 qualifies a noun, another verb counts
        return m.end()
    return 0


def _modified_verb(word: str) -> bool:
    """新开工, 新建: an adjective and a verb that the tagger took together for a name (nz, ns); read
    apart, they are what 计划新|引进 is (not 新城, 新疆: no verb after the adjective)."""
    if len(word) < 2:
        return False
    head = _tagged(word[0])
    rest = _tagged(word[1:])
    return bool(head and rest) and head[0][1] == "a" and len(rest) == 1 and rest[0][1][:1] == "v"


def _planned_list(norm: str, s_start: int) -> bool:
    """主要预期目标是：A；B；C: the sentence is an item after the first of a list that a colon opens, in
    its paragraph, after a plan marker: the items are the plan's (sentences end at ；, the marker's
    reach with them)."""
    para = max(norm.rfind("\n", 0, s_start), norm.rfind("。", 0, s_start)) + 1
    colon = max(norm.rfind("：", para, s_start), norm.rfind(":", para, s_start))
    if colon <= para:
        return False
    # the marker in the colon's own clause (力争…，取得以下成绩：, 将…作为重点，开展了以下工作： are results)
    clause = max(para, max(norm.rfind(ch, para, colon) for ch in "，,；;") + 1)
    return _modality(norm, clause, colon + 1) == "planned"  # (取得新成效：, an `actual`, holds its colon)


_ITEM_ENDS: Final = "；;"  # what ends an item of a list inside a sentence


_LIST_LEAD: Final = regex.compile(r"以下|如下")  # a colon's clause that announces a list

# a marker's kind, and what the word after it must be tagged for the marker to say a plan
_PLAN_MARKERS: Final = (("plan_verb", ("v", "p", "t", "m", "d", "l")), ("future", ("v", "d", "p", "c")),
                        ("clause_future", ("v", "d", "p", "c")))


def _word_of_its_own(norm: str, s_start: int, at: int) -> bool:
    """Whether the segmenter, reading the clause from its start, cuts the character at `at` as a word of
    its own (要|筹集, not 主要 or 要求)."""
    start = max(s_start, at - _CLAUSE_WORD_REACH)
    for delim in "，,；;：:":
        start = max(start, norm.rfind(delim, start, at) + 1)
    pos = start
    for word, _ in _tagged(norm[start:at + 1 + _NEXT_WORD_REACH]):
        if pos >= at:
            return pos == at and len(word) == 1
        if pos + len(word) > at:
            return False
        pos += len(word)
    return False


_CLAUSE_WORD_REACH: Final = 12  # the characters before a marker the segmenter reads it with


# -- the finder ------------------------------------------------------------------------------------

def _judge(c: _Candidate, scopes) -> ClaimFact | Rejected:
    """A candidate's path: filters, metric, modality, action."""
    # `first_rejecting(_filters_of(c), c)`, over the rows of its sentence's kinds, each run when the
    # candidate's marks hold its `only` (`_predicates_for`)
    marks = _marks_of(c)
    for rejects, rule, only in _rows_for(c.kinds & _FILTER_BITS):
        if only & marks == only and rejects(c):
            return tuple.__new__(Rejected, (c.start, c.end, rule, c.detail()))  # see `_judge`'s ClaimFact
    # read one at a time: compiled, unpacking a pair of a pair and a string walks a Python iterator
    metric_start, metric_end = c.metric
    rule = c.metric_rule
    s_start, s_end = c.sentence
    # a plan marker is a word of claims.modality before the number, in its sentence
    modality = _modality(c.norm, s_start, c.start) if c.kinds & _PLAN_BITS or _DEADLINE.search(
        c.norm, max(s_start, c.start - _DEADLINE_REACH), c.start) else "achieved"
    if modality == "achieved" and metric_start >= c.end and c.kinds & _PLAN_BITS:
        modality = _modality(c.norm, metric_start, metric_end)  # 其余7个|要在上半年落实到位: what they are to do
    if modality == "achieved" and s_start and c.norm[s_start - 1] in _ITEM_ENDS and _planned_list(c.norm, s_start):
        modality = "planned"
    scope = action_at(scopes, c.start)
    n = c.n
    if rule == "claims.table_cell" and c.is_bare:
        note = _table_cell(c)
        if note is not None and note[2] is not None:
            n = _with_noted_unit(c.norm, n, note[2])  # 新增耕地（亩）｜1863: the unit its row's label notes
    if rule == "claims.metric_tally" and metric_end - metric_start == 1 and metric_start == c.end:
        # 4金|3银: a one-character noun right after a bare count stands where a measure word stands, and
        # is its unit as ANNOTATION.md defines it (what is written after the number); 51|县区 has none
        n = n._replace(end=metric_end, unit=c.norm[metric_start:metric_end], unit_start=metric_start,
                       unit_end=metric_end)
    # made by tuple's own constructor: a NamedTuple's `__new__` is Python code that the interpreter runs (3%
    # of the compiled stage went to making the verdicts); the same tuple, of the same type
    return tuple.__new__(ClaimFact, (n, metric_start, metric_end, s_start, s_end, scope.name if scope else None,
                                     scope.name_start if scope else None, modality, rule))


def _figure_labels_apart(norm: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """【268笔】帮助中小微企业获得信用贷款268笔: a figure set in brackets to open its line, which the line's sentence
    states again, is a sentence of its own, so that the statement's metric is read without the label."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        label = _FIGURE_LABEL.match(norm, start, end)
        if label is not None and _restates(norm, label.group(1), label.end(), end):
            out.append((start, label.end()))
            out.append((label.end(), end))
        else:
            out.append((start, end))
    return out


def _restates(norm: str, figure: str, start: int, end: int) -> bool:
    """Whether norm[start:end] states `figure` again, whole (not 【1个】 in 31个, nor 【12】 in 1200)."""
    at = norm.find(figure, start, end)
    while at >= 0:
        if not norm[at - 1:at].isdigit() and not (at + len(figure) < len(norm) and (
                norm[at + len(figure)].isdigit() or norm[at + len(figure)] in ".．")):
            return True
        at = norm.find(figure, at + 1, end)
    return False


_FIGURE_LABEL: Final = regex.compile(r"\s*【\s*([0-9０-９][0-9０-９.．,，]*[^\s【】0-9０-９]{0,6})\s*】")


def find_claims(norm: str, numbers: list[NumberMention], paragraphs: list[tuple[int, int]],
                sentences: list[tuple[int, int]], scopes, body_start: int = 0,
                entity_spans: Sequence[tuple[int, int]] = ()) -> tuple[list[ClaimFact], list[Rejected]]:
    """The claims of one article, and the candidates turned down (each with the rule that did)."""
    plans = _plan_sections(norm, scopes)
    problems = _problem_sections(norm, scopes)
    cases = _case_sections(norm, scopes)
    bulletin = _bulletin_section(norm, scopes, body_start)
    scopes = Governing(scopes)  # built once: each claim's action is then a look-up, not a scan of every heading
    numbers = _indicator_durations(norm, numbers)
    countable = [n.countable for n in numbers]  # a property of a NamedTuple: a call, made once per number
    if norm.find("【") >= 0:
        sentences = _figure_labels_apart(norm, sentences)
    art = _Article(norm, numbers, countable, paragraphs, sentences, entity_spans, body_start)
    claims: list[ClaimFact] = []
    rejected: list[Rejected] = []
    prev_end, prev_metric, prev_number, prev_counts = -1, None, None, False
    turned_down: tuple[int, str] = (-1, "")  # the sentence whose last countable was turned down, and the rule
    place = 0  # the number's place among the countables, when it is one
    for n, counts in zip(numbers, countable):
        # 宣传资料70余种|15000余份: one metric, two units; 分别完成年度计划的105.86%、|114.95%: one metric, listed
        # (two countables in a row are neighbours among the countables: whether they are listed is known)
        adjacent = prev_number is not None and (n.start == prev_number.end or (
            prev_counts and counts and art.listed_next[place - 1]) or (
            n.kind == "percent" and _SHARE_OF_PREVIOUS.fullmatch(norm, prev_number.end, n.start) is not None))
        prev_number, prev_counts = n, counts
        if not counts:
            prev_end = n.end
            continue
        sentence = art.sentence_of(n.start)
        verdict = _judge(_Candidate(art, n, prev_end, prev_metric if adjacent else None,
                                    turned_down[1] if turned_down[0] == sentence else "", sentence, place), scopes)
        place += 1
        if isinstance(verdict, ClaimFact) and problems and any(a <= n.start < b for a, b in problems):
            # under 三、存在的问题: what is lacking, sized by its figures
            verdict = tuple.__new__(Rejected, (n.start, n.end, "claims.reject.problem_section", norm[n.start:n.end]))
        if isinstance(verdict, ClaimFact) and cases and any(a <= n.start < b for a, b in cases) and not _case_result(norm, n):
            # under 三、典型案例: the figures size a case told (a loss, a fine, goods seized), no work done
            verdict = tuple.__new__(Rejected, (n.start, n.end, "claims.reject.case_section", norm[n.start:n.end]))
        if isinstance(verdict, ClaimFact) and bulletin is not None and bulletin[0] <= n.start < bulletin[1]:
            # 一、综合 / 全县地区生产总值412.6亿元: an area's statistics, the bulletin the article publishes
            verdict = tuple.__new__(Rejected, (n.start, n.end, "claims.reject.bulletin", norm[n.start:n.end]))
        if isinstance(verdict, ClaimFact):
            if plans and verdict.modality == "achieved" and any(a <= n.start < b for a, b in plans) and not (
                    _done_in_clause(norm, verdict.sentence_start, n.start)):
                verdict = verdict._replace(modality="planned")  # under 三、2025年工作计划: what is to be done
            claims.extend(_sharing(norm, verdict, art.names))  # (the metrics in the order they are written)
            claims.append(verdict)
            prev_metric = (verdict.metric_start, verdict.metric_end)
            prev_end = max(n.end, verdict.metric_end)
            turned_down = (-1, "")
        else:
            rejected.append(verdict)
            # (a size turned down is a count whatever it is written on to: 辖11镇|2乡)
            if verdict.rule not in _TRANSPARENT and (verdict.rule in _SIZE_VERDICTS or not _inside_word(norm, n, verdict.rule)):
                prev_end, prev_metric = n.end, None
                turned_down = (sentence, verdict.rule) if verdict.rule not in _NOT_READ else (-1, "")
    kept, restated = _dedupe(norm, claims, body_start)
    return kept, rejected + restated


def _sharing(norm: str, claim: ClaimFact, names: _Names) -> list[ClaimFact]:
    """报送及时率、准确率均达100%: the metrics listed before the claim's, 均 after it, share its figure: a claim
    each (the same number its evidence). Each item ends as the claim's metric does (…率, …率), within the
    claim's clause; none where 均 does not follow the metric."""
    start, end = claim.metric_start, claim.metric_end
    if not _patterns()["shared_by"].match(norm, end) or start < 2 or norm[start - 1] != "、":
        return []
    head, lex = norm[end - 1], _lex()
    out: list[ClaimFact] = []
    item_end = start - 1
    while item_end > claim.sentence_start and norm[item_end] == "、" and len(out) < _MAX_SHARING:
        item_start = item_end
        while item_start > claim.sentence_start and norm[item_start - 1] not in _ITEM_EDGES:
            item_start -= 1
        if not 2 <= item_end - item_start <= _MAX_SHARED_ITEM or norm[item_end - 1] != head:
            break
        # (全县2024年报送及时率: the scope and the time before the first item are no part of it)
        toks = _tokens(norm, item_start, item_end)
        while toks and (toks[0][1] in ("m", "t") or toks[0][0] in lex.leading or _is_scope_word(toks[0][0], toks[0][1], lex)):
            toks.pop(0)  # (全县|2024|年: a scope and a time before the first item, in either order)
        item = _span_of(norm, _strip_leading(toks, names))
        if item is None:
            break
        out.append(claim._replace(metric_start=item[0], metric_end=item[1], rule="claims.metric_shared"))
        item_end = item_start - 1
    return out[::-1]


_ITEM_EDGES: Final = frozenset("、，,；;：:。\n（(")
_MAX_SHARED_ITEM: Final = 12
_MAX_SHARING: Final = 6


def _indicator_durations(norm: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers, a duration read as a measure where it is an average or an indicator reported as a result
    (平均住院日7.8天, 平均办理时限压缩至3.5个工作日, 平均调解周期18.6天, and the change its next clause gives:
    ，同比下降0.5天), or a count of days (优良天数为172天): ANNOTATION.md's averages reported as results. Any other duration stays a time, no
    claim (为期100天, 历时3天)."""
    out: list[NumberMention] | None = None
    indicator_at = -1  # where the sentence's last indicator duration ended
    for i, n in enumerate(numbers):
        if n.kind != "time" or n.unit not in _words("claims.lexicon", "duration"):
            continue
        clause = max(norm.rfind(ch, 0, n.start) for ch in _CLAUSE_BREAKS) + 1
        before = norm[clause:n.start]
        follows = indicator_at >= 0 and not any(ch in "。；;\n" for ch in norm[indicator_at:clause]) and (
            _CHANGE_OPENING.match(before))
        if "平均" in before and "平均每" not in before or _patterns()["indicator_end"].search(before) or follows or (
                n.unit == "天" and _DAY_COUNT.search(before)):
            if out is None:
                out = list(numbers)
            out[i] = n._replace(kind="measure")
            indicator_at = n.end
    return numbers if out is None else out


_CLAUSE_BREAKS: Final = "，,。；;：:\n"
# 优良天数为172天, 重污染天数2天: a count of the days an indicator was met or missed (not 为期100天, a span, nor
# 培训天数为5天 or 教学天数190天, how long a piece of work lasts)
_DAY_COUNT: Final = regex.compile(r"(?:优良|达标|超标|污染)天数(?:为|是|达到?|共计?|累计)?\s*$")
# ，同比下降0.5天, ，较上季度缩短0.6分钟: the change of the indicator before it (not 分别缩短0.6分钟和1.1分钟, whose
# figures pair with indicators that no reading pairs them with)
_CHANGE_OPENING: Final = regex.compile(r"\s*(?:同比|环比|较|比)[^,，。;；分]{0,6}?(?:下降|缩短|减少|降低|提高|增加|延长)")


def _bulletin_section(norm: str, scopes: Sequence[ActionScope], body_start: int) -> Span2 | None:
    """Where the statistics of an area's economy stand, in an article whose headline names the bulletin
    that publishes them (沭河县2024年国民经济和社会发展统计公报（摘要）): from its first heading in the body
    (一、综合) to the first heading after it that names a line of work (（一）扎实开展经济普查: the bureau's
    own work, told after the bulletin), or to the end; None in any other article. What comes before
    (县统计局召开新闻发布会，…) is the body's news."""
    p = _patterns()
    if p["bulletin"].search(norm, 0, body_start) is None:
        return None
    first = next((s for s in scopes if s.start >= body_start), None)
    if first is None:
        return None
    # (the verb opens the name, after a manner word at most: 二、农业生产稳步推进 is a bulletin's part, its verb last)
    end = next((s.start for s in scopes if s.start > first.start and s.name is not None and s.name_end > s.name_start
                and p["bulletin_end"].match(norm, s.name_start, s.name_end) is not None), len(norm))
    return first.start, end


def _plan_sections(norm: str, scopes: Sequence[ActionScope]) -> list[Span2]:
    """The stretches a report's plan heading governs (三、2025年工作计划, 下一步工作打算): from the heading
    to the next heading numbered as it is (四、), or to the end. The actions stage reads such a heading as a
    part of the report, no line of work (`actions.not_report_part`)."""
    p = _patterns()
    return _part_sections(norm, scopes, lambda line: (
        p["plan_heading"].search(line) is not None or p["task_heading"].search(line) is not None
        and not _SECTION_STYLES[1].match(line)) and p["result_heading"].search(line) is None)  # (一、2024年工作计划完成情况: the results)


def _problem_sections(norm: str, scopes: Sequence[ActionScope]) -> list[Span2]:
    """The stretches a report's heading of its shortcomings governs (三、存在的问题, 存在问题和下一步打算): what
    is still lacking, told with the figures that size it (仍有3个村…不足20万元), no work done."""
    p = _patterns()
    # (二、存在问题整改情况 reports what was fixed; 存在问题和下一步打算 is a plan's part too: not this)
    return _part_sections(norm, scopes, lambda line: p["problem_heading"].search(line) is not None and (
        p["result_heading"].search(line) is None and p["plan_heading"].search(line) is None
        and p["fixed_heading"].search(line) is None))


def _case_result(norm: str, n: NumberMention) -> bool:
    """处罚款5万元, 追回违规医保基金6.4万元: what the body did to the case, in the figure's clause before it."""
    clause = max(norm.rfind(ch, 0, n.start) for ch in _CASE_CLAUSE_MARKS) + 1
    return _patterns()["case_result"].search(norm, clause, n.start) is not None


_CASE_CLAUSE_MARKS: Final = "，,。；;：:\n"


def _case_sections(norm: str, scopes: Sequence[ActionScope]) -> list[Span2]:
    """The stretches a heading over the cases a report tells governs (三、典型案例, 【警情通报】; not 二、创新案例, a
    report's own practice): from the
    heading's line to the next heading of its depth or above, or the text's end."""
    out: list[Span2] = []
    if not any(norm.find(word) >= 0 for word in _words("claims.reject", "case_heading") | _words("claims.reject", "case_heading_bare")):
        return out  # (a few plain searches: most texts hold none of the words)
    pattern = _patterns()["case_heading"]
    for i, s in enumerate(scopes):
        line_end = norm.find("\n", s.start)
        line_end = len(norm) if line_end < 0 else line_end
        if pattern.fullmatch(norm, s.start, line_end) is None:
            continue
        # (案例一：…, a case of the part at the part's depth, goes on in it)
        end = next((t.start for t in scopes[i + 1:] if t.depth <= s.depth and t.start >= line_end
                    and _CASE_ITEM.match(norm, t.start) is None), len(norm))
        out.append((line_end, end))
    return out


_CASE_ITEM: Final = regex.compile(r"\s*(?:案例|案件)[一二三四五六七八九十\d]+")


def _part_sections(norm: str, scopes: Sequence[ActionScope], heads: Callable[[str], bool]) -> list[Span2]:
    """The stretches that the report's parts whose heading `heads` holds for govern (see `_plan_sections`)."""
    out: list[Span2] = []
    parts = [s for s in scopes if s.rule == "actions.not_report_part"]
    for i, s in enumerate(parts):
        line = norm[s.start:s.end].strip()
        colon = _LABEL_END.search(line) if line.endswith("。") else None
        if not heads(line if colon is None else line[:colon.start()]):
            continue  # (编者按：…讲述新一年的发展思路。: a label's note, a sentence, not a plan's heading; what it names is
            # before its colon; 第二部分：2025年工作思路, a heading, names it after)
        if line[:1] in _ITEM_BULLETS and _CLAUSE_MARK.search(line):
            # ▶下一步，社区计划…: a list's item, a sentence, its own line only (its clauses are read as plans), no part's
            # heading (◆ 2025年工作计划 is one)
            continue
        style = next((p for p in _SECTION_STYLES if p.match(line)), None)
        if style is None and _TITLE_GOES_ON.search(norm, max(0, s.start - 12), s.start):
            continue  # …2024年工作总结和2025年|工作计划: a title's end on the next line, no heading
        # an unnumbered one (下一步工作打算) runs to the report's next part (二、存在问题), not over it: a
        # title's second half on a line of its own (…2024年工作总结和2025年|工作计划) precedes the results
        end = next((p.start for p in parts[i + 1:] if p.start >= s.end), len(norm)) if style is None else len(norm)
        pos = s.end
        while pos < end:
            nxt = norm.find("\n", pos)
            line_end = nxt if nxt >= 0 else len(norm)
            line = norm[pos:line_end].strip()
            # (the report's annex, 附表 / 附件1：…, is no part of its plan, numbered or not)
            if style is not None and style.match(line) or _ANNEX_LINE.match(line) and not _plan_annex(norm, pos, line_end):
                end = pos
                break
            pos = line_end + 1
        out.append((s.end, end))
    return out


_LABEL_END: Final = regex.compile("[:：]")


def _plan_annex(norm: str, start: int, end: int) -> bool:
    """附件：2025年重点项目计划表 (or 附表 and that title on the next line): the plan's own annex."""
    nxt = norm.find("\n", end + 1)
    text = norm[start:nxt if nxt >= 0 else len(norm)]
    p = _patterns()
    return bool(p["plan_heading"].search(text)) and not p["result_heading"].search(text)


_ANNEX_LINE: Final = regex.compile(r"附[表件]\s*[0-9一二三四五六七八九十]*\s*(?:[:：]|$)")
# a line that cannot end there: a conjunction or a year, then the line break (and blanks)
_TITLE_GOES_ON: Final = regex.compile(r"(?:[和及与暨]|\d{4}年度?)[ \t\u3000]*\n[ \t\u3000]*$")

_ITEM_BULLETS: Final = frozenset("▶►●•◆◇■□▪★☆√✓")
_CLAUSE_MARK: Final = regex.compile("[，,。；;]")
# the numbering styles of a report's sections: a plan section ends at the next heading of its style
_SECTION_STYLES: Final = (regex.compile(r"[一二三四五六七八九十]+[、.．]"), regex.compile(r"[(（][一二三四五六七八九十]+[)）]"),
                          regex.compile(r"\d+[、.．]"))


def _inside_word(norm: str, n: NumberMention, rule: str) -> bool:
    """一等奖, 十佳标兵, 三台县: a numeral turned down as part of a word stays in the phrase around it."""
    return _glued(norm, n) or rule in _PART_OF_WORD


def _glued(norm: str, n: NumberMention) -> bool:
    """A number with no unit written on to the word after it (十佳, 二十大, 一等奖)."""
    return not n.unit and n.end < len(norm) and "\u4e00" <= norm[n.end] <= "\u9fff"


def _same(a: str, b: str) -> bool:
    a, b = a.strip("“”\"'《》「」 "), b.strip("“”\"'《》「」 ")
    return a == b or _quoted_in(a, b) or _quoted_in(b, a)


def _quoted_in(a: str, b: str) -> bool:
    """共表彰优秀共产党员|30名, then the decision's 授予张建军等30名|同志“沁水县优秀共产党员”称号: a metric that
    is the title the other metric quotes, the same honoured counted again."""
    if len(a) < 3 or "“" not in b:
        return False
    ranked = _RANK_FOR_PLACE.fullmatch(a)
    return any(a in m.group(1) or ranked is not None and _ranked_title(ranked, m.group(1)) for m in _QUOTED.finditer(b))


def _ranked_title(ranked: re.Match, title: str) -> bool:
    """评选出旗级最美家庭|15户, then 授予…等15户|家庭“科左后旗最美家庭”称号: the rank's word (旗级) stands for the place the
    title names (科左后旗), a place of that rank."""
    rank, rest = ranked.group(1), ranked.group(2)
    return title.endswith(rest) and len(title) > len(rest) and title[-len(rest) - 1] == rank


_QUOTED: Final = regex.compile(r"“([^“”]+)”")
_RANK_FOR_PLACE: Final = regex.compile(r"([省市县区旗镇乡])级“?([^“”]{2,})”?")


def _other_rows(norm: str, a: ClaimFact, b: ClaimFact) -> bool:
    """Two cells of a table in rows of their own (完成率 100% of two projects): one column's header names
    both, and neither restates the other."""
    return a.rule == _TABLE_CELL_RULE and b.rule == _TABLE_CELL_RULE and norm.find(
        "\n", min(a.number.start, b.number.start), max(a.number.start, b.number.start)) >= 0


def _dedupe(norm: str, claims: list[ClaimFact], body_start: int) -> tuple[list[ClaimFact], list[Rejected]]:
    """A headline figure restated in the body, or a figure restated with the same metric, is kept once."""
    kept: list[ClaimFact] = []
    dropped: list[ClaimFact] = []
    same_figure: dict[tuple[float, str, str], list[int]] = {}  # (value, unit, modality) -> places in `kept`
    for c in claims:
        places = same_figure.setdefault((c.number.value, c.number.unit, c.modality), [])
        # a sum's total (…,合计1200场) that equals a figure already given restates it; so does a table's cell
        # that equals a figure the prose gives (the report's 附表 of its indicators), under its row's label
        twin_at = next((i for i in places if kept[i].number.start < body_start or c.rule == "claims.metric_sum"
                        or _same(norm[kept[i].metric_start:kept[i].metric_end], norm[c.metric_start:c.metric_end])
                        and not _other_rows(norm, kept[i], c)
                        or (kept[i].rule == _TABLE_CELL_RULE) != (c.rule == _TABLE_CELL_RULE) and _share_a_word(
                            norm[kept[i].metric_start:kept[i].metric_end], norm[c.metric_start:c.metric_end])
                        or _all_of_them(norm, c, kept[i]) or _label_restated(norm, kept[i], c)),
                       None)
        if twin_at is None:
            places.append(len(kept))
            kept.append(c)
            continue
        twin = kept[twin_at]
        if (twin.number.start < body_start <= c.number.start) or (twin.action is None and c.action is not None) or (
                twin.rule == _TABLE_CELL_RULE and c.rule != _TABLE_CELL_RULE) or _label_restated(norm, twin, c):
            # the body's statement has the fuller context (its metric, its action) than the headline's
            kept[twin_at], c = c, twin
        dropped.append(c)
    rounded = [h for h in kept if h.number.start < body_start and (_rounds_a_body_figure(norm, h, kept, body_start)
                                                                   or _tallies_a_body_figure(norm, h, kept, body_start))]
    kept = [c for c in kept if c not in rounded]
    dropped += rounded
    return kept, [Rejected(c.number.start, c.number.end, "claims.reject.restated", norm[c.metric_start:c.metric_end])
                  for c in dropped]


_TABLE_CELL_RULE: Final = "claims.table_cell"
_CAPTION_DASHES: Final = "—–－"  # what sets a figure called out apart from its caption


def _label_restated(norm: str, label: ClaimFact, c: ClaimFact) -> bool:
    """【3.1万人次】落实困难群众医疗救助3.1万人次, 286家——检查定点医药机构286家: a figure set in brackets, or before a dash, to
    open its line (a page of figures), which the line's sentence states again: the sentence's, with its metric, is the
    claim."""
    a = label.number
    if not (a.end < c.number.start and norm.find("\n", a.end, c.number.start) < 0):
        return False
    if a.start > 0 and norm[a.start - 1] == "【" and norm.startswith("】", a.end):
        return True
    # (286家——检查定点医药机构286家: the figure opens its line, a dash after it, and its caption states it again)
    return norm[a.end:a.end + 1] in _CAPTION_DASHES and not norm[norm.rfind("\n", 0, a.start) + 1:a.start].strip()


def _all_of_them(norm: str, c: ClaimFact, twin: ClaimFact) -> bool:
    """收到申请6件…。6件申请均在法定期限内办结: the figure said again of all of them (均, 全部, 都 after
    its noun), the noun one the figure before named."""
    m = _patterns()["all_of_them"].match(norm, c.number.end)
    return m is not None and m.group(1) in norm[twin.metric_start:twin.metric_end]


def _share_a_word(a: str, b: str) -> bool:
    """Whether two metrics share two characters running (救助资金 and 发放救助资金; not 妇女之家 and 改造公园)."""
    return any(a[i:i + 2] in b for i in range(len(a) - 1))


def _tallies_a_body_figure(norm: str, headline: ClaimFact, kept: list[ClaimFact], body_start: int) -> bool:
    """夺得3金2银5铜 over a body's 金牌3枚、银牌2枚、铜牌5枚: a headline's tally restates the body's counts."""
    if headline.rule != "claims.metric_tally":
        return False
    noun = norm[headline.metric_start:headline.metric_end]
    return any(c.number.start >= body_start and c.number.value == headline.number.value
               and c.modality == headline.modality and noun in norm[c.metric_start:c.metric_end] for c in kept)


def _rounds_a_body_figure(norm: str, headline: ClaimFact, kept: list[ClaimFact], body_start: int) -> bool:
    """募集善款逾一亿元 over a body's 募集善款一亿零三百二十万元: a headline rounds the body's figure."""
    bounds = _ROUNDED.get(headline.number.qualifier)
    if bounds is None or headline.number.value <= 0:
        return False
    h_metric = norm[headline.metric_start:headline.metric_end].strip("“”")
    for c in kept:
        same_unit = c.number.unit == headline.number.unit or c.number.kind == headline.number.kind == "money"
        if c.number.start < body_start or not same_unit or c.modality != headline.modality:
            continue
        metric = norm[c.metric_start:c.metric_end].strip("“”")
        ratio = c.number.value / headline.number.value
        if bounds[0] <= ratio <= bounds[1] and (h_metric in metric or metric in h_metric):
            return True
    return False


class ClaimFinder:
    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_claims"
        ext.xf_claims, ext.xf_claims_rejected = find_claims(
            norm, d.numbers(ext, stage), d.required(ext, "xf_paragraphs", stage),
            d.required(ext, "xf_sentences", stage), d.actions(ext, stage), d.required(ext, "xf_body_start", stage),
            [(e.start, e.end) for e in d.entities(ext, stage) if e.label in ("GPE", "ORG")])
        return doc
