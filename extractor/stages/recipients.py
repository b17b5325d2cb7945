"""The recipient grammar of the honours stage: which recipient candidate stands in a stretch of
text, what is left out of it, and what type it is.

Only candidates are read as recipients (ANNOTATION.md: the receiving person, body or place as
written): a named entity (PERSON, ORG, GPE), a phrase ending in an institution head (…康复中心,
…孙斜村, …项目), a counted group (14人, 王跃等100位同志, 云南省16个单位), a short name (贺彬), a name
after a post or an institution (护士长朱伟平, 我校李明), a quoted name (“城市高压气体冲击震源”), and an
anaphor resolved to the organisation of its kind before it (该公司, 该校). Frame words (其中, 近日),
times (于2021年6月), adverbs (先后, 分别) and honorifics (同志) are left out. A stretch that holds no
candidate is returned with type None, for the stage's filters to say what it is instead.

The words are data (`honors.recipients.tsv`, `honors.anaphors.tsv`, read by the honours stage and
handed in as `RecipientWords`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from .. import lexicon
from ..text import regex, scan, segment
from ..text.scan import clause_end, clause_start
from ..text.segment import tag_at
from . import gazetteer
from .doc import EntityMention, Span2
from ..text.segment import tag as segment_tags
from .entities import places_in, surnames, words_near
from .titles import Anchored, CodeSet, Endings, Searched, is_han

_HARD: Final = frozenset("。;；!！?？\n")
_CLAUSE: Final = _HARD | frozenset(",，:：")
_LIST_ITEMS: Final = frozenset("、和及与")
# a person's row in a list or a table: the name (周　慧: a two-character name padded to the width of
# three), a note in brackets (女, 土家族), blanks, then the first cell of where the person works
# 储建军　宁海县第一职业中学, ●林海燕（女）　路桥街道商会秘书长: a person's row (a list's bullet before it)
PERSON_ROW: Final = regex.compile(
    r"[ \t\u3000]*+(?:[●•·・◦○▪◆◇■□▶►][ \t\u3000]*+)?(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])"
    r"(?:[(（][\u4e00-\u9fff]{1,6}[)）])?[ \t\u3000]++(?P<rest>[^\s、,，;；]++).*")
MIN_AFFILIATION: Final = 5  # a first cell after the name this long is no name (names run to 4)
_CONJUNCTIONS: Final = frozenset("和及与")  # list words that may open a name too (和平社区, 和美村)
_COMMA_ITEM: Final = frozenset("、")
_COMMAS: Final = frozenset(",，")
_LIST_WORD: Final = regex.compile("[、和及与]")  # any of _LIST_ITEMS
_CJK: Final = "\u4e00-\u9fff"
_NAMED: Final = ("PERSON", "ORG", "GPE")
_NAME_TAGS: Final = ("nr", "nrfg", "nrt")
_NOUN_TAGS: Final = ("n", "ng", "nr", "a", "ag", "j")  # jieba's tags of a character that may end a name (波: j)
_HEAD_KINDS: Final = ("family", "place", "project", "organization")
NUMBER: Final = r"(?:\d+|[一二两三四五六七八九十百千]+)"
# how far back an anaphor (该公司) looks for the organisation it stands for
_ANAPHOR_REACH: Final = 1500
# 城关镇卫生院扎实推进工作: how long a subject phrase opening a clause may be
_MAX_OPENER: Final = 12
# how far back a pronoun (他, 她) looks for the person it stands for
_PRONOUN_REACH: Final = 1000
_FIRST_PERSON: Final = "我本"  # 我局, 本院: determiners by which the reporting body names itself
# 71岁的楼国华, 71岁的老党员: a person a paragraph introduces by age (a name no entity may mark, a surname
# the lexicon lacks)
_AGED_NAME: Final = regex.compile(r"\d+岁的[\u4e00-\u9fff]{2}")
_MAX_RECIPIENT: Final = 60
# 对获得X的20户家庭进行表彰: how long the noun after a count may be
_COUNTED_NOUN: Final = 6
_PASSIVE: Final = "被"
# 柏树|乡政府, 石桥|镇中心学校: a township's or a village's word after a name's length makes it the place's name (not
# 乡长, 镇长, 村民, 乡亲: a person's post or who they are)
_TOWN_AFTER_NAME: Final = regex.compile(r"[乡镇村](?![长民亲里])")
_LONG_NAME: Final = 4  # 阿依古丽: a four-character name with no Han surname
_TRANSLITERATED_SIZES: Final = (5, 6)  # 苏和巴特尔, 宝音德力格尔: a longer one, all letters of the transliteration tables
_SMALL_NUMBERS: Final = "一二三四五六七八九"
_PLACED: Final = regex.compile(r"[省市县区镇乡村]")
_HOME_PLACE: Final = Anchored(regex.compile(r"[我全][省市县区镇乡旗州盟村]"))  # 我省16个单位, 我旗代表团: the reporting body's own area
# 全县累计有1人, 启东市共有126名献血者, 全市先后有2人, 我县累计已有286人: the area before what it holds is no part of the count
_SCOPE_COUNT: Final = regex.compile(
    r"(?:[我全本][省市县区镇乡旗校村]|全体|(?P<area>[\u4e00-\u9fff]{1,8}?[省市县区镇乡旗]))?(?:共有|共计|共|另有|还有|又有|已有|有|累计|合计|先后|陆续)+")
# 曹杰、贺彬6人 / 东风小学、西湖中学两所学校: names, then their number and what they are
_TOTAL_AFTER_NAMES: Final = regex.compile(r"(?<=[\u4e00-\u9fff”)）])(\d{1,2}|[一二两三四五六七八九])\s*(?:名|位|人|个|家|所|支|户)[\u4e00-\u9fff]{0,4}$")
_TOTAL_MEASURE: Final = regex.compile(r"[名位人个家所支户]")  # the measure words of `_TOTAL_AFTER_NAMES`
_BODY_MEASURES: Final = frozenset("家所支")  # measure words of `_TOTAL_AFTER_NAMES` that count bodies, never people
_TOTAL_MEASURE_REACH: Final = 6  # the measure word, up to four characters of a noun, and a newline that ends the stretch
_TIME_TAIL: Final = regex.compile(r"(?:早在|于|在|自|从)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上旬|中旬|下旬|底|初)?$")
# 2023年5月, 1月5日 (the year said before, in 今年 or the dateline)
_TIME_HEAD: Final = regex.compile(r"(?:于|在)?(?:\d{4}年度?(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}日)?(?:上旬|中旬|下旬|底|初)?")
# 连续三年, 已连续5届, 第三次: a run of years or editions between the recipient and the verb
_RUN_HEAD_FIRSTS: Final = "已连先累再第"  # what _RUN_HEAD opens with
# （二）朝阳路、丹阳路被评为X: an item's number opening the clause is no part of the name
_ITEM_NUMBER: Final = regex.compile(r"[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")
_CIRCLED_NUMBER: Final = regex.compile(r"[①-⑳][、.．]?\s*")
# 八、站党委获评X, 3.县妇联荣获Y: a numbered line's number (a heading, an item of a list)
_LINE_NUMBER: Final = regex.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}(?:、|[.．](?!\d)))")
_LINE_NUMBER_FIRSTS: Final = "一二三四五六七八九十"  # what _LINE_NUMBER opens with, besides a digit
_POINT_OPENER: Final = regex.compile(r"[一二三四五六七八九十]是")  # 一是…二是…: the points of a list
_TIME_HEAD_FIRSTS: Final = "于在"  # what _TIME_HEAD opens with, besides a digit
_RUN_HEAD: Final = regex.compile(r"(?:已经?)?(?:连续|先后|累计|再次|第)[\d一二两三四五六七八九十]+(?:年|届|次|度|批)")  # 连续三年获评
_RUN_TAIL: Final = regex.compile(r"(?:已经?)?(?:连续|先后|累计|再次|第)[\d一二两三四五六七八九十]+(?:年|届|次|度|批)$")
_LEVEL_ONLY: Final = frozenset("省市县区州旗镇乡村")  # a level word before a place's head: its kind, not its name
_KIND_OF_AREA: Final = frozenset({"农村", "城乡", "乡村", "城市", "城区", "国省"})  # (农村公路: roads of a kind)
_ASPECT: Final = regex.compile(r"[了着]")  # a verb's aspect particle: no name holds one
_COUNT_TAIL: Final = regex.compile(r"(?:共|共计|累计|合计)$")
# 今年教师节前夕|又被评为, 在“三八”国际妇女节来临之际: a festival's time, no one who received anything
_FESTIVAL: Final = r"(?:第[\d一二三四五六七八九十]+个)?[\u4e00-\u9fff“”\d]{1,8}?节(?:前夕|期间|之际|来临之际|当天|前后)"
_FESTIVAL_TIME: Final = regex.compile(rf"(?:在|于)?{_FESTIVAL}")  # the whole stretch
# 建站以来, 成立以来, 服役期间: a time frame opening a clause
_SINCE_FRAME: Final = regex.compile(r"[\u4e00-\u9fff]{1,4}(?:以来|期间)")
_TAG_HEAD: Final = regex.compile(r"【[^】\n]{1,6}】")  # 【转载】, 【喜报】: a tag opening a headline
_SINCE_TAIL: Final = regex.compile(r"继(?:\d{4}年度?[、,，和及]?)+之?后$")  # 继2022年、2023年之后
_FESTIVAL_TAIL: Final = regex.compile(rf"[在于]{_FESTIVAL}$")  # after the name (护理组|在三八节前夕)
_DATE: Final = regex.compile(r"(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?")
_QUOTED: Final = regex.compile(r"“([^”]+)”")
_HAN: Final = regex.compile(f"[{_CJK}]+")
_ISSUER_MARK: Final = regex.compile(r"[被由]")
_AFFILIATION: Final = regex.compile(r"\s*[(（][^)）]{2,40}[)）]$")


class RecipientWords:
    """The recipient lexicons, compiled (by `compile_words`). A plain class: compiled, its fields are
    read as struct fields, not through a NamedTuple's getters (the grammar reads them at every step)."""

    kind_of_head: dict[str, str]  # head word -> recipient type
    head: re.Pattern  # a head at the end of a phrase
    classifier: str  # an alternation of the measure words that count recipients
    honorific: re.Pattern
    post: re.Pattern
    post_at: re.Pattern  # a post title, where it starts: 县妇联|主席王芳
    predicate: re.Pattern  # opens a predicate, not a subject: 是, 位于
    lead: re.Pattern
    lead_end: re.Pattern
    count_lead: re.Pattern
    count_lead_end: re.Pattern  # 各行业共计|100名: the lead-in ends right before the count
    adverb: re.Pattern
    frame: re.Pattern
    scope: Anchored
    unnamed: re.Pattern
    verb: re.Pattern
    time: re.Pattern
    anaphora: Anchored
    after_name: re.Pattern
    speech: re.Pattern  # 表示, 介绍: a verb of speaking after a name
    work: re.Pattern  # ends a line of work, not a body: …竞赛工作
    pronoun: Anchored  # 他, 她: stands for the person named before
    byline: re.Pattern  # 记者, 通讯员 before a name: who wrote the report
    stop_after_count: re.Pattern  # ends the noun after a count: a verb, a frame or speaking word
    number: re.Pattern  # a number and its measure word: 16个, 600余人
    number_at_end: re.Pattern  # the same, ending a phrase: 示范户300个
    counted: re.Pattern  # 16个单位, 王跃等100位同志, 54个集体、家庭、项目及个人, 2个“妇女儿童之家”
    two_groups: re.Pattern  # A等3支队伍|和|B等3名个人: two counted groups joined
    anaphor_endings: dict[str, tuple[str, ...]]  # 校 -> 学, 学院, 幼儿园
    makeup: re.Pattern  # 由退休教师组成的: a modifier that says what the body after it is made of
    # the words of the patterns anchored at the end (head, honorific, post, unnamed, adverb): a stretch
    # that ends with none of them cannot match, which its last characters say far faster than the regex
    head_words: Endings
    honorific_words: Endings
    post_words: Endings
    unnamed_words: Endings
    adverb_words: Endings
    # what `lead`, `count_lead`, `_RUN_HEAD` and `_TIME_HEAD` may open with, besides a space (\s) or a
    # digit (\d), which the regex engine reads as `str.isspace` and `str.isdecimal` do
    lead_firsts: frozenset[str]
    lead_codes: CodeSet  # the same, asked by code
    verb_guard: Searched  # `verb`, searched only where a verb's first character stands (most names hold none)
    family_heads: tuple[str, ...]  # the head words of a family (家庭)
    not_names: frozenset[str]  # words of two or three characters that open with a surname and name nobody (荣誉)
    kind_only: frozenset[str]  # heads that name a class of recipients, never one body said again (单位)

    def __init__(self, kind_of_head: dict[str, str], head: re.Pattern, classifier: str, honorific: re.Pattern,
                 post: re.Pattern, post_at: re.Pattern, predicate: re.Pattern, lead: re.Pattern,
                 lead_end: re.Pattern, count_lead: re.Pattern, count_lead_end: re.Pattern, adverb: re.Pattern,
                 frame: re.Pattern, scope: Anchored, unnamed: re.Pattern, verb: re.Pattern, time: re.Pattern,
                 anaphora: Anchored, after_name: re.Pattern, speech: re.Pattern, work: re.Pattern,
                 pronoun: Anchored, byline: re.Pattern, stop_after_count: re.Pattern, number: re.Pattern,
                 number_at_end: re.Pattern, counted: re.Pattern, two_groups: re.Pattern,
                 anaphor_endings: dict[str, tuple[str, ...]],
                 makeup: re.Pattern, head_words: Endings, honorific_words: Endings, post_words: Endings,
                 unnamed_words: Endings, adverb_words: Endings, lead_firsts: frozenset[str],
                 family_heads: tuple[str, ...], not_names: frozenset[str], kind_only: frozenset[str]) -> None:
        self.kind_of_head = kind_of_head
        self.not_names = not_names
        self.kind_only = kind_only
        self.head = head
        self.classifier = classifier
        self.honorific = honorific
        self.post = post
        self.post_at = post_at
        self.predicate = predicate
        self.lead = lead
        self.lead_end = lead_end
        self.count_lead = count_lead
        self.count_lead_end = count_lead_end
        self.adverb = adverb
        self.frame = frame
        self.scope = scope
        self.unnamed = unnamed
        self.verb = verb
        self.time = time
        self.anaphora = anaphora
        self.after_name = after_name
        self.speech = speech
        self.work = work
        self.pronoun = pronoun
        self.byline = byline
        self.stop_after_count = stop_after_count
        self.number = number
        self.number_at_end = number_at_end
        self.counted = counted
        self.two_groups = two_groups
        self.anaphor_endings = anaphor_endings
        self.makeup = makeup
        self.head_words = head_words
        self.honorific_words = honorific_words
        self.post_words = post_words
        self.unnamed_words = unnamed_words
        self.adverb_words = adverb_words
        self.lead_firsts = lead_firsts
        self.lead_codes = CodeSet(lead_firsts)
        self.verb_guard = Searched(verb)
        self.family_heads = family_heads


def compile_words(rows: Iterable[dict[str, str]], anaphors: Iterable[dict[str, str]]) -> RecipientWords:
    """`rows` of `honors.recipients.tsv` (word, kind); `anaphors` of `honors.anaphors.tsv` (head, ending)."""
    kinds: dict[str, list[str]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row["word"])

    def alt(*names: str) -> str:
        return lexicon.alternation(w for n in names for w in kinds.get(n, ()))

    endings: dict[str, list[str]] = {}
    for row in anaphors:
        endings.setdefault(row["head"], []).append(row["ending"])
    heads = {w: k for k in _HEAD_KINDS for w in kinds.get(k, ())}
    classifier = alt("classifier")
    return RecipientWords(
        kind_of_head=heads,
        head=regex.compile(rf"(?:{lexicon.alternation(heads)})$"),
        classifier=classifier,
        honorific=regex.compile(rf"(?:{alt('honorific')})$"),
        post=regex.compile(rf"(?:{alt('post')})$"),
        post_at=regex.compile(rf"[{_CJK}]{{0,4}}?(?:{alt('post')})"),
        predicate=regex.compile(alt("predicate")),
        lead=regex.compile(rf"(?:{alt('lead', 'time', 'adverb')}|[|｜丨:：\s])+"),
        lead_end=regex.compile(rf"(?:{alt('lead')})$"),
        count_lead=regex.compile(rf"(?:{alt('count_lead')})(?={NUMBER})"),
        count_lead_end=regex.compile(rf"(?:{alt('count_lead')})$"),
        # 恒达公司此前已获评, 张建国同志近日被评为: times as well as adverbs stand between the name and the verb
        adverb=regex.compile(rf"(?:{alt('adverb', 'adverb_tail', 'time')})+$"),
        frame=regex.compile(alt("frame")),
        scope=Anchored(regex.compile(rf"^(?:{alt('scope')})")),
        unnamed=regex.compile(rf"(?:{alt('unnamed')})$"),
        verb=regex.compile(alt("verb")),
        time=regex.compile(rf"(?:{alt('time')})"),
        anaphora=Anchored(regex.compile(rf"^(?:{alt('anaphora')})([{_CJK}]{{1,3}})$")),
        after_name=regex.compile(rf"(?:{alt('honorific', 'after_name')})"),
        speech=regex.compile(alt("speech")),
        work=regex.compile(rf"(?:{alt('work')})$"),
        pronoun=Anchored(regex.compile(alt("pronoun"))),
        byline=regex.compile(rf"(?:{alt('byline')})[\s:：]*$"),
        stop_after_count=regex.compile(alt("verb", "after_name", "speech", "frame", "honorific")),
        number=regex.compile(rf"{NUMBER}\s*(?:余|多)?\s*(?:{classifier})"),
        number_at_end=regex.compile(rf"\d+\s*(?:余|多)?\s*(?:{classifier})$"),
        counted=regex.compile(rf"^(?P<pre>.*?(?:等)?)\s*{NUMBER}\s*(?:余|多)?\s*(?:{classifier})"
                           rf"(?P<noun>[^\d,，。;；]{{0,16}})$"),
        two_groups=regex.compile(rf"(?P<first>[^、，,]+?等{NUMBER}\s*(?:{classifier})[{_CJK}]{{0,4}}?)(?:{alt('group_join')})"
                                 rf"(?P<second>[^、，,]+?等{NUMBER}\s*(?:{classifier})[{_CJK}]{{0,4}})"),
        anaphor_endings={k: tuple(v) for k, v in endings.items()},
        makeup=regex.compile(rf"(?:{alt('makeup')})的$"),
        head_words=Endings(heads),
        honorific_words=Endings(kinds.get("honorific", ())),
        post_words=Endings(kinds.get("post", ())),
        unnamed_words=Endings(kinds.get("unnamed", ())),
        adverb_words=Endings(kinds.get("adverb", []) + kinds.get("adverb_tail", []) + kinds.get("time", [])),
        family_heads=tuple(w for w, k in heads.items() if k == "family"),
        not_names=frozenset(kinds.get("not_name", ())),
        kind_only=frozenset(kinds.get("kind_only", ())),
        lead_firsts=frozenset(w[0] for n in ("lead", "time", "adverb", "count_lead") for w in kinds.get(n, ()) if w)
        | frozenset("|｜丨:：(（") | frozenset(_RUN_HEAD_FIRSTS + _TIME_HEAD_FIRSTS),
    )



class Recipient:
    """A recipient as read: its span and type, or type None when no candidate stands there. A plain
    class, as the lexicons are: compiled, it is made and read in C (a NamedTuple is made by Python
    code, its fields read through getters); nothing compares or unpacks one."""

    start: int
    end: int
    kind: str | None  # person, family, place, project, organization, collective; None: not a candidate
    anaphor: Span2 | None  # where 该公司 stands, when the span is what it stands for

    def __init__(self, start: int, end: int, kind: str | None, anaphor: Span2 | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.anaphor = anaphor


class Reader:
    """One article's recipients: its working copy, its named entities, the words."""

    def __init__(self, norm: str, entities: list[EntityMention], words: RecipientWords, body_start: int = 0):
        self.body_start = body_start  # the header ends here: its names (bylines, a site) are nobody a pronoun stands for
        self.norm = norm
        self.words = words
        self.named = [e for e in entities if e.label in _NAMED]
        self.ending_at: dict[int, list[EntityMention]] = {}
        self.starting_at: dict[int, list[EntityMention]] = {}  # in the order of `named`, as a scan finds them
        # a look-up, then a new list where none is: compiled, setdefault raises and clears a KeyError
        # for every new key (most are)
        for e in self.named:
            ending = self.ending_at.get(e.end)
            if ending is None:
                self.ending_at[e.end] = [e]
            else:
                ending.append(e)
            starting = self.starting_at.get(e.start)
            if starting is None:
                self.starting_at[e.start] = [e]
            else:
                starting.append(e)
        self.surnames = _surnames()
        # a name read as a person's once is one wherever it stands (jieba cuts 王|争艳 in some contexts)
        self.person_names = frozenset(norm[e.start:e.end] for e in self.named if e.label == "PERSON")
        # the names a byline gives (记者 王芳): the reporter's, never whom a pronoun stands for
        self.byline_names = frozenset(norm[e.start:e.end] for e in self.named if e.rule == "entities.person.byline")
        # what the grammar has read already: the constructions, their filters and the subject searches
        # ask for the same stretches again and again (one article, so the answers never change)
        self.trimmed: dict[Span2, Span2] = {}
        self.classified: dict[tuple[int, int, bool], Recipient | None] = {}
        self.tags: dict[Span2, str | None] = {}  # jieba's tag of a token, as `tag_at` reads it
        self.near: dict[int, list[tuple[int, str, str]]] = {}  # jieba's words around a position
        self.openers: dict[Span2, Recipient | None] = {}  # `clause_opener` by clause: the reporting
        # body's subject is looked for back from each verb that lacks one, over the same clauses


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return surnames()


def person_row(norm: str, start: int, end: int) -> bool:
    """孙红梅　某某家政服务有限公司总经理: a line that is a person's row of a list, a name that opens with a
    surname, blanks, then where the person works (a first cell too long for a name)."""
    m = PERSON_ROW.fullmatch(norm, start, end)
    return m is not None and len(m.group("rest")) >= MIN_AFFILIATION and norm[m.start("name")] in _surnames()


def _ends_with(norm: str, words: Endings, start: int, end: int) -> bool:
    """Whether a pattern `(?:words)$` can match in norm[start:end] (`$` matches at its end and before
    a newline that ends it): a guard that lets the regex run only where it may find something."""
    return words.end(norm, start, end) or (end > start and ord(norm[end - 1]) == 10
                                           and words.end(norm, start, end - 1))


def ends_with_post(r: Reader, text: str) -> bool:
    """Whether `text` ends with a post (县医院护士, 镇党委书记): no name of a person."""
    return _ends_with_post(r.words, text)


def _ends_with_post(w: RecipientWords, text: str) -> bool:
    """Whether `text` ends with a post (副院长, 发起人), read only where one of the posts' endings closes it."""
    return may_end(text, w.post_words) and w.post.search(text) is not None


def may_end(text: str, words: Endings, start: int = 0, end: int = -1) -> bool:
    """Whether a pattern `(?:words)$` (head, post, unnamed …) can match in text[start:end] (the whole
    text by default): the guard the stage puts before such a search."""
    return _ends_with(text, words, start, len(text) if end < 0 else end)


def _last_char_in(norm: str, chars: str, start: int, end: int) -> bool:
    """Whether the last character of norm[start:end] (before a newline that ends it) is one of `chars`:
    the last character a `…$` pattern must match."""
    if end > start and ord(norm[end - 1]) == 10:
        end -= 1
    return end > start and norm[end - 1] in chars


def _holds(norm: str, words: tuple[str, ...], start: int, end: int) -> bool:
    return any(norm.find(w, start, end) >= 0 for w in words)


def _tag_at(r: Reader, start: int, end: int) -> str | None:
    key = (start, end)
    if key not in r.tags:
        r.tags[key] = tag_at(r.norm, start, end)
    return r.tags[key]


def _words_near(r: Reader, pos: int) -> list[tuple[int, str, str]]:
    found = r.near.get(pos)
    if found is None:
        found = r.near[pos] = words_near(r.norm, pos)
    return found


def is_time(r: Reader, text: str) -> bool:
    """于2021年6月, 近日: a time, not who received anything."""
    if not text or not r.words.lead_codes.has(text, 0) and (is_han(text, 0) or not text[0].isdecimal()):
        return False  # both patterns open with 于, 在, a digit or a time word's first character (all in lead_firsts)
    return _DATE.fullmatch(text) is not None or r.words.time.fullmatch(text) is not None


def only_frame_words(r: Reader, start: int, end: int) -> bool:
    """屡次, 同时, 其中: nothing but frame words stand in the stretch."""
    if start < end and _stays_first(r, r.norm, start):
        return False
    a, b = trim_edges(r, start, end)
    return b <= a


def _stays_first(r: Reader, text: str, i: int) -> bool:
    """Whether a stretch that opens with text[i] keeps it when trimmed (so is never trimmed to nothing):
    no edge mark, and none of the head patterns can open with it; the tail patterns never take the
    first character (each cuts only after it). A Chinese character (most) is asked by its code only:
    it is no edge mark, space or digit."""
    if is_han(text, i):
        if r.words.lead_codes.has(text, i):
            return False
        if text[i] not in _LINE_NUMBER_FIRSTS:
            return True
        # 八、站党委: a line's number; 二是局机关被…授予: an opener of a list of points
        return not (i == 0 or text[i - 1] == "\n" or text[i + 1:i + 2] == "是")
    ch = text[i]
    return ch not in _EDGE_MARKS and not _is_pictograph(text, i) and ch not in r.words.lead_firsts and not ch.isspace() and not ch.isdecimal() and ch != "【" and not (
        "①" <= ch <= "⑳")


def trim(r: Reader, start: int, end: int) -> Span2:
    """Leave out frame words, times and adverbs before and after the recipient; when nothing else
    is there, the stretch stays as it is, for the filters to say what it is (于2021年6月, 屡次)."""
    trimmed = trim_edges(r, start, end)
    return trimmed if trimmed[1] > trimmed[0] else strip(r.norm, start, end)


def trim_edges(r: Reader, start: int, end: int) -> Span2:
    """The stretch without frame words, times and adverbs at its edges (possibly empty)."""
    norm = r.norm
    if start < end and _stays_first(r, norm, start) and _stays_last(r, norm, end - 1):
        return start, end  # most stretches open and end with characters no trim takes (~9k instructions saved)
    key = (start, end)
    found = r.trimmed.get(key)
    if found is None:
        found = r.trimmed[key] = _trim_edges(r, start, end)
    return found


# the last character each tail pattern of `_trim_edges` can end on (a time that holds 年, 月 or 日)
_TIME_TAIL_LAST: Final = "年月日旬底初"
_COUNT_TAIL_LAST: Final = "共计"
_RUN_TAIL_LAST: Final = "年届次度批"
_FESTIVAL_TAIL_LAST: Final = "夕间际天后"


def _word_runs_past(r: Reader, start: int, end: int) -> bool:
    """Whether the word jieba reads at `start` runs on past `end` as a verb or a common noun (继续, 就业; not 并于, a
    conjunction whose first character is the adverb, nor 曾立, a name jieba guesses: `_name_opens` asks about names)."""
    return any(at == start and at + len(word) > end and (tag[:1] == "v" or tag == "n") for at, word, tag in _words_near(r, start))


def _stays_last(r: Reader, text: str, i: int) -> bool:
    """Whether a stretch that ends with text[i] keeps it when trimmed: no edge mark, no newline (before
    which `$` matches too), and none of the tail patterns can end with it (an adverb's last
    character, those of a time, a total or a run)."""
    adverbs = r.words.adverb_words
    return adverbs.plain and not _TAIL_LAST_CODES.has(text, i) and not adverbs.last_codes.has(text, i) and not _is_pictograph(
        text, i)


# 县文化馆选送的|《萧砀梨花开》, …报送的|《一个都不能少》资助育人案例: who sent a work in, then the work (its title,
# and at most a few words of what kind of work it is, before or after it: 舞蹈《茶山春早》)
# the verbs of sending a work in or making it, which both readings below share (a work in title marks may be
# 推荐ed too)
_SENT_VERBS: Final = "选送|报送|推送|申报|创作|编排|拍摄"
_SENT_WORK: Final = regex.compile(rf"[^《》，,。；;]{{2,20}}?(?:{_SENT_VERBS}|推荐)的(?=[\u4e00-\u9fff]{{0,4}}《[^《》]{{1,30}}》"
                                  r"[\u4e00-\u9fff]{0,6}$)")
# 乡里选送的|土族刺绣项目, 县图书馆选送的|“黄河故事”少儿绘本剧: who sent it in, then a project by its head word, or a
# name in quote marks and a few words of what kind of work it is
_SENDER: Final = regex.compile(rf"[^《》“”，,。；;]{{2,20}}?(?:{_SENT_VERBS})的")
_QUOTED_WORK: Final = regex.compile(r"[\u4e00-\u9fff]{0,4}“[^“”]{1,20}”[\u4e00-\u9fff]{0,6}")


def _sent_project(w: RecipientWords, text: str) -> re.Match | None:
    sender = _SENDER.match(text)
    if sender is None:
        return None
    rest = text[sender.end():]
    quoted = _QUOTED_WORK.fullmatch(rest)
    if quoted is not None:
        # (“黄河故事”少儿绘本剧: its kind after it; not “最美教师”王丽娟, a person's epithet and name)
        tail = rest[rest.rfind("”") + 1:]
        head = w.head.search(tail) if tail else None
        return sender if not tail or head is not None and w.kind_of_head.get(head.group(0)) == "project" else None
    if _COUNT_OPENS.match(rest):
        return None  # 选送的|4件作品: a count of works, read as a count is
    head = w.head.search(rest)
    return sender if head is not None and w.kind_of_head.get(head.group(0)) == "project" and (
        head.start() >= _WORK_NAME_MIN and len(rest) <= _WORK_NAME_MAX) else None


# characters: a project's name before its head word (土族刺绣|项目), not the head alone (两市选送的|项目), nor a clause
_WORK_NAME_MIN: Final = 2
_WORK_NAME_MAX: Final = 14
_COUNT_OPENS: Final = regex.compile(r"[\d０-９一二三四五六七八九十两几多]")

# 《雁荡山下的灯》（林一帆）: a work's credits in brackets after its title (an author, a body), short, no other work
_WORK_CREDIT: Final = regex.compile(r"》[（(][^（）()《》]{1,24}[）)]$")
# (现年)46岁的葛振华: the age the person is introduced by, no part of who (现年 is a lead word)
_AGE_HEAD: Final = regex.compile(r"\d{1,3}周?岁的(?![他她])")  # (48岁的他: whom 他 stands for is read whole)


def _trim_edges(r: Reader, start: int, end: int) -> Span2:
    norm, w = r.norm, r.words
    for _ in range(4):
        before = start
        start, end = strip(norm, start, end)
        tag = _TAG_HEAD.match(norm, start, end) if start < end and norm[start] == "【" else None
        if tag is not None:
            start = tag.end()  # 【转载】永春3村入选X: the page's tag, no part of the name
        # most stretches open with none of the head patterns' first characters: none is tried then
        ch = norm[start] if start < end else ""
        m = (_RUN_HEAD.match(norm, start, end) or w.lead.match(norm, start, end) or w.count_lead.match(norm, start, end)
             or _TIME_HEAD.match(norm, start, end) or _ITEM_NUMBER.match(norm, start, end)
             or _AGE_HEAD.match(norm, start, end)) if ch and (
            ch in w.lead_firsts or ch.isspace() or ch.isdecimal()) else None
        if m is None and "①" <= ch <= "⑳":
            m = _CIRCLED_NUMBER.match(norm, start, end)  # ④漳源县被认定为X: a list's circled number, no part of the name
        if m is None and ch and (ch in _LINE_NUMBER_FIRSTS or ch.isdecimal()) and (start == 0 or norm[start - 1] == "\n"):
            m = _LINE_NUMBER.match(norm, start, end)
        if m is None and ch in _LINE_NUMBER_FIRSTS and norm.startswith("是", start + 1) and start + 2 < end:
            m = _POINT_OPENER.match(norm, start, end)  # 二是|局机关被…授予X: the point's opener, no part of who
        if m and m.end() > start and norm[start] in r.surnames and _name_opens(r, start, end):
            m = None  # 曾国辉：守护…, 曾小兰，女，…: the adverb's character is the surname of a name, no adverb
        if m and m.end() == start + 1 and _word_runs_past(r, start, m.end()):
            m = None  # 继续教育学院: a one-character adverb (继) that opens a longer word jieba reads, no adverb
        if m and m.end() > start:
            start = m.end()
        if start == before:
            break
    for _ in range(3):
        before = end
        start, end = strip(norm, start, end)
        # each tail pattern is searched only where the stretch ends as it must (the regexes, anchored
        # at the end, try every position before failing)
        m = w.adverb.search(norm, start, end) if _ends_with(norm, w.adverb_words, start, end) else None
        if m and m.start() > start:
            end = m.start()
        m = _TIME_TAIL.search(norm, start, end) if _last_char_in(norm, _TIME_TAIL_LAST, start, end) else None
        if m and m.end() > m.start() and m.start() > start and any(c in m.group() for c in "年月日"):
            end = m.start()
        m = _COUNT_TAIL.search(norm, start, end) if _last_char_in(norm, _COUNT_TAIL_LAST, start, end) else None
        if m and m.start() > start:
            end = m.start()  # 我旗代表团共获得: a total's adverb, not part of the name
        m = _RUN_TAIL.search(norm, start, end) if _last_char_in(norm, _RUN_TAIL_LAST, start, end) else None
        if m and m.start() > start:
            end = m.start()  # 县税务局连续三年被评为: how long it has held it, not who
        if _last_char_in(norm, _FESTIVAL_TAIL_LAST, start, end):
            since = _SINCE_TAIL.search(norm, start, end) if norm[end - 1] == "后" else None
            if since and since.start() > start:
                end = since.start()  # 我行|继2022年、2023年之后|再次获评: since when it holds it again, not who
            elif _FESTIVAL_TIME.fullmatch(norm, start, end):
                end = start  # 今年教师节前夕|又被评为: when, all of it (the subject is elided)
            else:
                m = _FESTIVAL_TAIL.search(norm, start, end)
                if m and m.start() > start:
                    end = m.start()
        if end == before:
            break
    return strip(norm, start, end)


_EDGE_MARKS: Final = " 、,，:：;；◆◇●○■□▲△★☆•·・▶►▪◦"  # what `strip` takes off both edges (and a list's bullets)
# what a stretch `_trim_edges` shortens at its end may end with (besides an adverb's last character)
_TAIL_LASTS: Final = frozenset(_TIME_TAIL_LAST + _COUNT_TAIL_LAST + _RUN_TAIL_LAST + _FESTIVAL_TAIL_LAST + _EDGE_MARKS + "\n")
_TAIL_LAST_CODES: Final = CodeSet(_TAIL_LASTS)


def strip(norm: str, start: int, end: int) -> Span2:
    # (✅ 3名农技人员获评X: a post's pictograph before who won it, no part of the name)
    while start < end and (norm[start] in _EDGE_MARKS or _is_pictograph(norm, start)):
        start += 1
    while end > start and (norm[end - 1] in _EDGE_MARKS or _is_pictograph(norm, end - 1)):
        end -= 1
    return start, end


def _is_pictograph(text: str, i: int) -> bool:
    ch = text[i]  # (a CJK character, most often asked, is none: the pattern is not tried)
    return ch >= "\u2600" and not "\u4e00" <= ch <= "\u9fff" and _PICTOGRAPH.match(text, i) is not None


_PICTOGRAPH: Final = regex.compile(f"[{scan.PICTOGRAPHS}\ufe0f]")


# the Chinese numerals `NUMBER` reads, by code point
_NUMERALS: Final = CodeSet("一二两三四五六七八九十百千")


def may_count(text: str) -> bool:
    """Whether `text` holds a digit or a Chinese numeral: where `number` (and `counted`, which opens its
    count with one) may match. Most stretches asked hold neither, which a walk over their code points
    says several times faster than the regex's search (~3000 instructions compiled); a Chinese
    character is never a digit (`\\d`, str.isdecimal), so only the others are asked."""
    for i in range(len(text)):
        c = ord(text[i])
        if 0x4E00 <= c <= 0x9FFF:
            if _NUMERALS.has_code(c):
                return True
        elif c < 128:
            if 48 <= c <= 57:
                return True
        elif text[i].isdecimal():
            return True
    return False


# …监管执法情况　12家企业: words, then a blank and a counted group (a headline's halves, a blank apart: the
# recipient is the group after it)
_HALF_BEFORE_COUNT: Final = regex.compile(r"[^\s、，,；;：:]{4,}[ \u3000]+(?=(?:\d+|[一二三四五六七八九十两]+)[家个名位人户支所])")


def read(r: Reader, start: int, end: int, commas: bool = False) -> list[Recipient]:
    """The recipients in a stretch: one item, or a list whose every item is a candidate."""
    a, b = strip(r.norm, start, end)
    since = _SINCE_FRAME.match(r.norm, a, b)
    if since is not None and (since.end() == b or only_frame_words(r, since.end(), b)):
        return [Recipient(start, start, None)]  # 建站以来先后获得…: since when, nobody named
    start, end = trim(r, start, end)
    half = _HALF_BEFORE_COUNT.match(r.norm, start, end)
    if half is not None:
        start = half.end()  # 天峨县前三季度网络零售额突破5亿元 3家网店|获评X: a headline's other half, a blank before the count
    if end <= start:
        return [Recipient(start, start, None)]
    row = _person_row(r, start, end)
    if row is not None:
        return [row]
    if commas:  # A(post)甲,B(post)乙: each clause names one recipient
        return [i for a, b in parts(r.norm, start, end, _COMMAS) for i in read(r, a, b)]
    listed = _listed_with_total(r, start, end)
    if listed:
        return listed
    whole = classify(r, start, end)
    if whole is None or whole.kind is None:
        modified = _after_modifier(r, start, end)
        if modified is not None:
            return [modified]
    if whole is not None and whole.kind == "collective":
        groups = _two_groups(r, start, end)
        if groups is not None:
            return groups  # A等3支队伍和B等3名个人: two counted groups, each a recipient
        return [whole]  # A、B等20个单位 and 54个集体、家庭、项目及个人 stay one recipient
    described = r.norm.find("的", start, whole.start) if whole is not None and whole.kind is not None else -1
    if (described >= 0 and whole is not None and whole.start > start and _LIST_WORD.search(r.norm, whole.start, whole.end) is None
            and _LIST_WORD.search(r.norm, described, whole.start) is None):
        # 县科技局、县科协联合选派的X服务团: the list is inside the modifier; X received it (not 桃溪镇救援队的
        # 李鹏和县消防救援大队的王海涛, a list of two, each with where the person works)
        return [whole]
    if whole is not None and whole.kind == "person" and _LIST_WORD.search(r.norm, whole.start, whole.end) is not None and (
            _LIST_WORD.search(r.norm, start, whole.start) is None):
        return [whole]  # 工程师孟和巴特尔: the name holds the list's word (孟和, a Mongolian name's part), no list
    # a stretch with no list word is one item: it is not split (both separator sets are list words)
    for separators in (_LIST_ITEMS, _COMMA_ITEM) if _LIST_WORD.search(r.norm, start, end) else ():
        pieces = parts(r.norm, start, end, separators)
        if len(pieces) > 1 and r.norm[pieces[-1][1] - 1] == "等" and pieces[-1][1] - pieces[-1][0] > 2:
            # A、B、C等榜上有名: the examples a list names, uncounted, each one of them (A、B等8个单位, counted, stays one)
            pieces[-1] = (pieces[-1][0], pieces[-1][1] - 1)
        if len(pieces) > 1 and separators is _LIST_ITEMS:
            pieces = _names_opening_with_and(r, pieces)
        if len(pieces) > 1:
            items = [classify(r, a, b, alone=False) for a, b in pieces]
            if not all(i is not None and i.kind is not None for i in items):
                items = names_among_names(r, pieces, items)
            if all(i is not None and i.kind is not None for i in items) and not _word_before_body(r, items, pieces) and not (
                    _one_department(r, pieces)):
                return [i for i in items if i is not None]
    if whole is not None:
        return [whole]
    return [_fallback(r, start, end)]


def _names_opening_with_and(r: Reader, pieces: list[Span2]) -> list[Span2]:
    """广宁县古水镇|和|兴种养专业合作社: a place's name, then a body's name that opens with 和 (和兴, 和平, 和美): one
    body, where the whole is one and the place alone ends on its division word."""
    out = list(pieces)
    i = 0
    while i + 1 < len(out):
        (a, b), (c, d) = out[i], out[i + 1]
        # (进结镇和县职业技术学校: a body that opens with its own rank's letter, 县, is a second item; so is one after a
        # body's name, 神河源景区和…)
        # (新源镇梅陇村和天峻县民族寄宿制中学: a second item that opens with a place or a body of its own)
        left = classify(r, a, b, alone=False) if r.norm[b:c] == "和" and r.norm[b - 1:b] in _PLACE_DIVISIONS and (
            r.norm[c:c + 1] not in _PLACE_DIVISIONS) and not r.starting_at.get(c) else None
        if left is not None and left.kind == "place":
            whole = classify(r, a, d, alone=False)
            if whole is not None and whole.kind == "organization" and (whole.start, whole.end) == (a, d):
                out[i:i + 2] = [(a, d)]
                continue
        i += 1
    return out


_PLACE_DIVISIONS: Final = frozenset("省市县区镇乡村")


def names_among_names(r: Reader, pieces: list[Span2], items: list[Recipient | None]) -> list[Recipient | None]:
    """民警谢卫东、资文斌、曹永红: in a list of people's names, an item of two or three characters that no word of
    the dictionary is (a rare surname's name, 资文斌, which the entity rules do not know) is a name too, and so is
    one of three or four letters of the transliteration tables (才让多杰); the items as they were where the others
    are not all people's names, two of them at least (one beside transliterated names only)."""
    known = [i for i in items if i is not None and i.kind is not None]
    if not known or any(i.kind != "person" for i in known):
        return items
    # (马成林、才让多杰: one name beside a Tibetan name whose every letter is of the transliteration tables)
    transliterated = len(known) < _NAMES_AROUND
    out: list[Recipient | None] = []
    for (a, b), item in zip(pieces, items):
        if item is None or item.kind is None:
            a, b = trim(r, a, b)
            text = r.norm[a:b]
            if transliterated or len(text) == _LONG_NAME:
                if not (_NAME_MAX <= len(text) <= _LONG_NAME and _transliterated_run(text)):
                    return items
                out.append(Recipient(a, b, "person"))
                continue
            noted = _NOTED_NAME.fullmatch(text)
            if noted is not None:  # 字丽芬(博南镇大坪村卫生室): the name, then where the person works
                b = a + noted.end(1)
                text = text[:noted.end(1)]
            if not (_NAME_MIN <= len(text) <= _NAME_MAX and all(is_han(text, i) for i in range(len(text)))) or (
                    segment.is_word(text) and not _name_in_dictionary(r, a, b)) or _PLACED.match(text) or (
                    text[-1] in _BODY_ENDERS):
                return items  # (县二中, 城关所: a body named short, no name)
            item = Recipient(a, b, "person")
        out.append(item)
    return out


def _name_in_dictionary(r: Reader, a: int, b: int) -> bool:
    """王治国 (tagged ns), 张德明 (nr): a three-character word of jieba's dictionary that opens with a surname and
    that it tags a name or a proper noun, none of a place's characters in it, nor a county's or city's name."""
    text = r.norm[a:b]
    return (len(text) == _NAME_MAX and text[0] in r.surnames and _tag_at(r, a, b) in _PROPER_TAGS
            and _PLACED.search(text) is None and text[-1] not in _LANDFORM_ENDS and not _stem_of_a_place(text))


_LANDFORM_ENDS: Final = frozenset("江河湖海山岭峰桥楼港湾庄岛溪")  # 金沙江, 张家湾: a place's word, tagged ns


_PROPER_TAGS: Final = frozenset(("nr", "ns", "nz"))
_NOTED_NAME: Final = regex.compile(r"([^()]{2,3})\([^()]{2,20}\)")  # a name and, in brackets, where the person works
_NAMES_AROUND: Final = 2
_BODY_ENDERS: Final = frozenset("中小局院所站队校办委会部处科室组社厂")
_NAME_MIN: Final = 2
_NAME_MAX: Final = 3


def _two_groups(r: Reader, start: int, end: int) -> list[Recipient] | None:
    """松阳县蓝天救援队等3支队伍和吴晓燕等3名个人: two counted groups, each read as one; None unless both are."""
    m = r.words.two_groups.fullmatch(r.norm, start, end)
    if m is None:
        return None
    groups = [classify(r, *m.span(part)) for part in ("first", "second")]
    if all(g is not None and g.kind == "collective" for g in groups):
        return [g for g in groups if g is not None]
    return None


def _one_department(r: Reader, pieces: list[Span2]) -> bool:
    """市妇联家庭和儿童工作部: a body's department whose name holds a conjunction. The last piece is a
    department (…部, …科, …处, …室) named by no place or body of its own, the first holds the body
    (an organisation) it belongs to."""
    norm = r.norm
    a, b = pieces[-1]
    if len(pieces) != 2 or not _DEPARTMENT_END.search(norm, a, b) or r.starting_at.get(a):
        return False
    first_start, first_end = pieces[0]
    between = norm[first_end:a]
    if "、" in between or not any(ch in _CONJUNCTIONS for ch in between):
        return False  # (城关镇卫生院党支部、文学院党支部: a list of two, its mark no conjunction)
    # (县公安局和治安科: a whole body and a section of its own, two; 市妇联家庭和儿童工作部: the body, then the
    # department's name, one)
    return any(e.label == "ORG" and first_start <= e.start and e.end < first_end for e in r.named)


_DEPARTMENT_END: Final = regex.compile(r"(?:工作部|部|科|处|室|股)$")


def _word_before_body(r: Reader, items: list[Recipient | None], pieces: list[Span2]) -> bool:
    """文化和旅游局, 农业与生态工程学院, 马列与思政教研室: one body whose name holds a conjunction, not a
    person and a body. The "person" is a common word that opens with a surname (文, 农, 马), which jieba
    knows as a word and not as a name; in a list that also holds a body, or a person read out of a longer
    stretch (农业与生态工程学院2021级学生马晓燕: where the person studies), it is the body's name's first half."""
    if not any(i is not None and (i.kind in ("organization", "place") or (i.start, i.end) != piece)
               for i, piece in zip(items, pieces)):
        return False
    for i in items:
        if i is not None and i.kind == "person" and i.end - i.start == 2 and r.norm[i.start:i.end] not in r.person_names and (
                r.norm[i.end:i.end + 1] in _CONJUNCTIONS):  # (文静、县第一中学: a list of two, its mark no conjunction)
            tag = _tag_at(r, i.start, i.end)
            if tag is not None and tag not in _NAME_TAGS:
                return True
    return False


def _person_row(r: Reader, start: int, end: int) -> Recipient | None:
    """徐长江　县人民医院心血管内科主任　2022年被评为X: a table's row opens with the person's name (padded
    to align the table: 刘　芳), then, a cell apart, where the person works and as what; the name is
    the recipient, the rest no part of it."""
    norm = r.norm
    if start > 0 and norm[start - 1] != "\n" or norm.find(" ", start, end) < 0:
        return None  # most stretches: no row, or no blank between cells
    m = PERSON_ROW.fullmatch(norm, start, end)
    if m is None or len(m.group("rest")) < MIN_AFFILIATION:
        return None
    a, b = m.span("name")
    if not (_is_short_name(r, norm[a:b].replace(" ", "")) or any(
            e.label == "PERSON" and e.end == b for e in r.starting_at.get(a, ()))):
        return None
    return Recipient(a, b, "person")


def _listed_with_total(r: Reader, start: int, end: int) -> list[Recipient]:
    """曹杰、贺彬、李国华6人: names followed by their number; one recipient each when they tally."""
    # the measure word stands in the last characters (a count, then up to four of a noun): the
    # pattern, anchored at the end, is searched only when one does
    if _TOTAL_MEASURE.search(r.norm, max(start, end - _TOTAL_MEASURE_REACH), end) is None:
        return []
    m = _TOTAL_AFTER_NAMES.search(r.norm, start, end)
    if m is None or "等" in r.norm[start:m.start()]:
        return []
    pieces = parts(r.norm, start, m.start(), _LIST_ITEMS)
    if len(pieces) != _number(m.group(1)):
        return []
    items = [classify(r, a, b, alone=False) for a, b in pieces]
    counted = r.norm[m.end(1):m.end()].lstrip()
    if any(i is not None and i.kind == "person" for i in items) and counted[:1] in _BODY_MEASURES and len(counted) > 1 and (
            not counted[1:].startswith(("家庭", "户"))):
        return []  # 马家庄、前屯、柳河3家基层社: bodies counted, their names cut short; the list stays whole
    if any(i is not None and i.kind == "person" for i in items):
        # 包铁宁、乌日娜、陈思远3名同学: the count tallies, so a name with no Han surname among names is one too
        items = [i if i is not None else _tallied_name(r, a, b) for i, (a, b) in zip(items, pieces)]
    if all(i is not None and i.kind not in (None, "collective") for i in items):
        return [i for i in items if i is not None]
    return []


def _tallied_name(r: Reader, a: int, b: int) -> Recipient | None:
    """A list item of two to four characters with no word of a body, a verb or a scope in it."""
    text = r.norm[a:b]
    w = r.words
    if not 2 <= len(text) <= _LONG_NAME or _HAN.fullmatch(text) is None or may_end(text, w.head_words) and w.head.search(text) or (
            w.verb_guard.search(text) or w.scope.match(text) or _ends_with_post(w, text)):
        return None
    return Recipient(a, b, "person")


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "两":
        return 2
    return _SMALL_NUMBERS.find(text) + 1 if len(text) == 1 else -1


def _opens_a_word(norm: str, pos: int) -> bool:
    """Whether jieba reads norm[pos] as the first of a longer word (和平, 和谐社区), not a word of its own, and
    that word is no place's (和县)."""
    return any(a == pos and len(word) >= 2 and t != "ns" for a, word, t in words_near(norm, pos))


# what a community or a village named by a word that opens with 和 (和平, 和谐) goes on with
_NAMED_AFTER: Final = ("社区", "村", "小区", "街道", "镇", "乡", "路", "小学", "中学", "幼儿园")


def parts(norm: str, start: int, end: int, separators: frozenset[str]) -> list[Span2]:
    """Items of a list at the top level: quoted and bracketed text is never split."""
    items, pos = [], start
    while pos < end:
        stop = clause_end(norm, pos, end, separators)
        if stop == pos and norm[pos] in _CONJUNCTIONS and (pos == start or norm[pos - 1] in _CONJUNCTIONS
                                                            or norm[pos - 1] == "、"):
            stop = clause_end(norm, pos + 1, end, separators)  # 向阳社区和和平社区, 和平社区和…: 和 opens 和平社区
        while pos < stop < end - 1 and norm[stop] in _CONJUNCTIONS and norm.startswith(_NAMED_AFTER, stop + 2) and (
                _opens_a_word(norm, stop)):
            # 迁陵镇和平社区: 和 opens the word 和平 that a community is named by, no list's join (县妇联和县总工会: 和县,
            # a county jieba knows; …服务队和丰城市…: no community's word after 和丰)
            stop = clause_end(norm, stop + 1, end, separators)
        item_end = stop - 1 if norm.startswith("以及", stop - 1) else stop
        items.append(strip(norm, pos, item_end))
        pos = stop + 1
    return [s for s in items if s[1] > s[0]]


# 其, the written language's he or she, alone as a recipient (授予其“X”称号, 其被…评为X): whom it stands for; never
# read inside a clause, where it opens 其中, 其他, 其余
THIRD_PERSON_OBJECT: Final = "其"
# a body named by the reporting one's word for itself, opening a clause (该院, 本校, 我局; not 我会, I will)
_BODY_ANAPHOR: Final = regex.compile(r"[该本我此][院校局所站馆队社中厂司委办团]")


def _body_between(r: Reader, start: int, end: int) -> bool:
    """Whether a clause of 其's sentence before its own, after `start`, is about a body (该院近年来发展迅速,
    县实验小学办学特色鲜明: it opens the clause as its subject): 其 after it is as likely the body. A body the
    person works in (在该院工作, 调入县人民医院) is none, nor one in 其's own clause, who grants or rates (市总工会
    授予其X)."""
    norm = r.norm
    start = scan.clause_start(norm, end, start, _SENTENCE_STOPS)  # its own sentence only
    own = scan.clause_start(norm, end, start, _CLAUSE)
    pos = start
    while pos < own:
        stop = scan.clause_end(norm, pos, own, _CLAUSE)
        a, b = trim_edges(r, pos, stop)
        if b - a >= 2 and not _WHERE_BEFORE.search(norm, pos, a):  # (在该院工作: where the person works)
            if _BODY_ANAPHOR.match(norm, a, b):
                return True
            subject = clause_subject(r, pos, stop)
            if subject is not None and subject.kind in ("organization", "place") and subject.start == a:
                return True
        pos = stop + 1
    return False


_SENTENCE_STOPS: Final = frozenset("。！？!?\n")
_WHERE_BEFORE: Final = regex.compile(r"[在从于到]|调入|进入")  # a preposition before a body: where, not who


def _fallback(r: Reader, start: int, end: int) -> Recipient:
    """No candidate spans the whole stretch: the one before a frame (A在…中荣获); else the stretch,
    unclassified, for the filters to name what it is."""
    norm, w = r.norm, r.words
    # a name runs to two characters at least; a pronoun is one (她凭借散文《采茶谣》获X)
    first = start + 1 if w.pronoun.fullmatch(norm, start, start + 1) else start + 2
    for m in w.frame.finditer(norm, first, end):
        if norm.startswith("所在", m.start() - 1):
            break  # 周建国所在的班组: where he works, no frame (A在…中) after a name
        a, b = trim(r, start, m.start())
        item = classify(r, a, b) if b > a else None
        if item is not None:
            return item
        break
    return Recipient(start, end, None)


def _outside_quotes_rfind(norm: str, ch: str, start: int, end: int) -> int:
    if ch not in scan.OPEN and ch not in scan.CLOSE and _BRACKET.search(norm, start, end) is None:
        return norm.rfind(ch, start, end)  # no quote or bracket: every occurrence is outside them
    depth = 0
    for i in range(end - 1, start - 1, -1):
        c = norm[i]
        if c in scan.CLOSE:
            depth += 1
        elif c in scan.OPEN:
            depth = max(0, depth - 1)
        elif c == ch and depth == 0:
            return i
    return -1


def unquoted(text: str) -> str:
    """The text without its quoted names: what a rule about the words around them reads."""
    return _QUOTED.sub("", text) if "“" in text else text


def classify(r: Reader, start: int, end: int, alone: bool = True) -> Recipient | None:
    """What kind of recipient candidate `[start, end)` is, if any. A short name (贺彬) counts in a
    list of names, and alone only where jieba reads it as a name (全面 starts with a surname too)."""
    key = (start, end, alone)
    if key in r.classified:
        return r.classified[key]
    found = _classify(r, start, end, alone)
    if found is None or found.kind is None:
        # 村党支部书记久美多杰, 县人民医院副院长吉克阿呷: a post closes off a name, whatever its surname
        found = name_after_post(r, start, end) or found
    r.classified[key] = found
    return found


def _stem_of_a_place(name: str) -> bool:
    """萧山, 阿尔山, 乌拉特: a county's or a city's name without its rank word (萧山区, 阿尔山市, 乌拉特前旗), which
    jieba may tag a person's name."""
    for rank in _RANK_WORDS:
        place = gazetteer.lookup(name + rank)
        if place is not None and not place.code.startswith(_OUTSIDE_THE_MAINLAND):
            return True
    return False


_RANK_WORDS: Final = ("市", "县", "区", "旗", "前旗", "中旗", "后旗")
# Taiwan's, Hong Kong's and Macao's districts (万里区, 中西区): their names are as often people's (万里)
_OUTSIDE_THE_MAINLAND: Final = ("71", "81", "82")


def _whole_place(name: str) -> bool:
    """启东市, 桐庐县: the name is a place of the gazetteer, whole."""
    return any(a == 0 and b == len(name) for a, b, _ in places_in(name))


def _classify(r: Reader, start: int, end: int, alone: bool) -> Recipient | None:
    norm, w = r.norm, r.words
    text = norm[start:end]
    if not text or end - start > _MAX_RECIPIENT:
        return None
    # a count is looked for only where a number and its measure word stand (`counted` tries every split)
    counted = w.counted.match(text) if may_count(text) and w.number.search(text) else None
    if counted and _counted_prefix_ok(r, start, counted):
        return Recipient(_after_verb_and_de(r, start, start + counted.end("pre")), end, "collective")
    scope = _SCOPE_COUNT.fullmatch(counted.group("pre")) if counted else None
    if scope is not None and scope.group("area") and not _whole_place(scope.group("area")):
        # 东湖社区共有5户家庭, 城关镇共有3名职工: a quarter or a place the gazetteer lacks, kept whole with its count
        return Recipient(start, end, "collective")
    if counted and (w.lead_end.search(counted.group("pre")) or scope is not None):
        # 培育推选4家单位, 全县共有3所学校: a verb or a scope before the count is not the recipient
        return Recipient(start + counted.end("pre"), end, "collective")
    honorific = w.honorific.search(text) if _ends_with(text, w.honorific_words, 0, len(text)) else None
    if honorific and honorific.start() >= 2:
        end = start + honorific.start()
        text = norm[start:end]
    home = _HOME_PLACE.match(text)
    if home and end - start > home.end() + 1:
        rest = classify(r, start + home.end(), end, alone)  # 我县陈秀兰家庭: the area is no part of the name
        if rest is not None and rest.kind == "organization" and rest.start not in r.starting_at:
            return Recipient(start, end, "organization")  # 我旗代表团: a body named by its kind, the area names it
        return rest if rest is not None and rest.kind != "collective" else None  # 我市多家单位: nobody named
    affiliated = _AFFILIATION.search(text) if _last_char_in(text, ")）", 0, len(text)) else None
    if affiliated and affiliated.start() >= 2:
        name = classify(r, start, start + affiliated.start(), alone=False)
        if name is not None and name.kind == "person":
            return name  # 何俊峰（市农业农村局）: where the person works is no part of the name
        if name is not None and name.kind in ("organization", "place"):
            return Recipient(start, end, name.kind)  # 县委宣传部（文明办）: a body and its other name, as written
    if w.pronoun.fullmatch(text):
        return _resolve_person(r, start, end)
    if text == THIRD_PERSON_OBJECT:
        meant = _resolve_person(r, start, end)
        if meant.kind == "person" and _body_between(r, meant.end, start):
            return Recipient(start, end, None)  # 院长王建国介绍，该院…，其被评为X: 其 is the body named since, as likely
        return meant
    if _FAMILY_PRONOUN.fullmatch(text):
        return _resolve_family(r, start, end)
    if text in _THIS_FAMILY:
        return _resolve_this_family(r, start, end)  # 这个家庭 as 该家庭: the family named last before it
    if text.startswith("这"):
        shown = demonstrative(r, start, end)
        if shown is not None:
            return shown
    anaphor = w.anaphora.match(text)
    if anaphor and anaphor.group(1) == _FAMILY and norm[start] not in _FIRST_PERSON:
        return _resolve_this_family(r, start, end)  # 该家庭: the family named last before it
    if anaphor and _part_of_anaphor(w, anaphor.group(1)):
        return Recipient(start, end, "organization")  # 我校团委, 本院团支部: a body of the reporting one, as written
    if anaphor and norm[start] in _FIRST_PERSON and w.head.search(anaphor.group(1)):
        # 我局, 本院: the reporting body names itself, as written (as 我县 is: ANNOTATION.md)
        return Recipient(start, end, w.kind_of_head.get(anaphor.group(1), "organization"))
    if anaphor and w.head.search(anaphor.group(1)):
        found = _resolve(r, start, end, anaphor.group(1))
        if found.kind is None and _HOME_PLACE.fullmatch(text):
            return Recipient(start, end, "place")  # 我县荣获…: the reporting body's own area, as written
        return found
    sent = _SENT_WORK.match(text) or _sent_project(w, text)
    if sent is not None:
        # 县文化馆选送的《萧砀梨花开》, 县教育局报送的《一个都不能少》资助育人案例: the work a body sent in, not the body
        return Recipient(start + sent.end(), end, "project")
    if text.endswith("》") and text.rfind("《") >= 0 and text.count("《") == text.count("》"):
        # 林秋白的散文集《山那边的灯火》, 调解案例《…》: a work, with whose it is, as written; not a phrase
        # with a verb before the title (印发《…》), nor a frame that makes the work the means (她凭借散文《…》)
        before = unquoted(text[:text.rfind("《")])
        if not w.verb_guard.search(before) and not w.frame.search(before):
            return Recipient(start, end, "project")
    credit = _WORK_CREDIT.search(text) if text.endswith((")", "）")) else None
    if credit is not None and text.rfind("《", 0, credit.start()) >= 0 and (
            text.count("《", 0, credit.start()) == text.count("》", 0, credit.start() + 1)):
        # 小说集《雁荡山下的灯》（林一帆）: a work and, in brackets, who made it, as written
        before = unquoted(text[:text.rfind("《", 0, credit.start())])
        if not w.verb_guard.search(before) and not w.frame.search(before):
            return Recipient(start, end, "project")
    plain = unquoted(text)
    if "的" in plain:
        return _person_after_modifier(r, start, end)
    epithet = _EPITHET.match(text) if text.startswith("“") else None
    if epithet is not None and epithet.end() < len(text):
        named = classify(r, start + epithet.end(), end, alone=False)
        if named is not None and named.kind == "person":
            return named  # “茶乡巧手”何春梅: a byname in quote marks before the name is no part of it
    if text.count("“") != text.count("”") or w.verb_guard.search(plain) or w.scope.match(text):
        return None
    if _ends_with(text, w.unnamed_words, 0, len(text)) and w.unnamed.search(text) or (
            _ends_with(text, w.post_words, 0, len(text)) and w.post.search(text) and not ends_with_person(r, end)):
        return None  # 获奖代表, 同学们: nobody is named
    entity = _entity_ending(r, start, end)
    if entity is not None and entity.label == "PERSON":
        return Recipient(entity.start, end, "person")
    if entity is not None and entity.start == start:
        return Recipient(start, end, "organization" if entity.label == "ORG" else "place")
    head = w.head.search(plain) if _ends_with(plain, w.head_words, 0, len(plain)) else None
    if head and head.start() == 0 and plain == text:
        if len(text) >= 2 and norm[end:end + 1] in _BACK_REFERENCE and w.kind_of_head.get(text) == "organization" and (
                text not in w.kind_only):
            # 合作社也被评为X, 书屋今年入选X: a body named before by its kind, said again of it (as 该合作社)
            found = _resolve(r, start, end, text)
            return found if found.kind is not None and found.end - found.start > len(text) else None
        return None  # 社区, 单位, 家庭 alone: a kind, not a name (“青春书屋”项目 has its name in quote marks)
    if head and _ASPECT.search(plain):
        return None  # 向大勇背着药箱走遍了全村11个村民小组: a clause that ends in a head word, no name
    if head and head.group() in _GIVEN_NAME_HEADS and len(text) <= 3 and (
            _is_short_name(r, text) and _reads_as_name(r, start, end)):
        return Recipient(start, end, "person")  # 李长河, 王天湖, 陈启学: a given name that ends as a river's, a lake's or a school's does
    if head and w.kind_of_head[head.group()] == "place" and head.start() >= 1 and (
            all(ch in _LEVEL_ONLY for ch in text[:head.start()]) or text[:head.start()] in _KIND_OF_AREA):
        return None  # 县公路与运输管理中心, 县乡公路, 农村公路: a place named by its level or area alone is a kind
    if head:
        return Recipient(start, end, w.kind_of_head[head.group()])
    if text.endswith("”") and "“" in text:
        return Recipient(start, end, "project")  # “城市高压气体冲击震源”, 游仙区“银龄课堂”
    if (_is_short_name(r, text) and (not alone or _reads_as_name(r, start, end) or _is_dotted_name(text)) or (
            _is_long_name(r, start, end))) and not _stem_of_a_place(text):
        return Recipient(start, end, "person")
    name = _name_after_post(r, start, end)
    if name is not None:
        return name
    if entity is not None:
        return Recipient(start, end, "organization" if entity.label == "ORG" else "place")
    return None


_EPITHET: Final = regex.compile(r"“[^“”]{2,12}”")


def _part_of_anaphor(w: RecipientWords, after: str) -> bool:
    """校团委 after 我: a body's head (校) and, after it, a name of two or more characters that ends in
    an organisation's head (团委): a part of the body the anaphor stands for, not the body itself."""
    rest = after[1:]
    if w.kind_of_head.get(after[0]) != "organization" or len(rest) < 2:
        return False
    if len(segment.segmenter().cut(after)) == 1:
        return False  # 该委员会, 该联合会: one word, the body's kind (委 of 委员会 is no body's head)
    head = w.head.search(rest)
    return head is not None and head.start() > 0 and w.kind_of_head.get(head.group()) == "organization"


def _person_after_modifier(r: Reader, start: int, end: int) -> Recipient | None:
    """山西的曹杰, 县妇联推荐的城关镇李家: a name after a modifier; a body named by its kind alone after
    one (…达到500次的服务队) is no name, unless the modifier says what the body is made of (由十名
    退休教师组成的宣讲团): then it describes the body, which is who received it."""
    cut = _outside_quotes_rfind(r.norm, "的", start, end)
    if cut < 0 or end - cut - 1 < 2:
        return None
    item = classify(r, cut + 1, end, alone=False)
    if item is None or item.kind is None:
        return None
    if item.kind == "person" or _named(r, item):
        return item
    if item.kind in ("organization", "project") and r.words.makeup.search(r.norm, start, cut + 1):
        return item
    return None


def _named(r: Reader, item: Recipient) -> bool:
    """A body with a name of its own: a place or a family, one that opens with an entity, or holds a
    quoted name or a person."""
    text = r.norm[item.start:item.end]
    return item.kind in ("place", "family", "collective") or "“" in text or any(e.start == item.start or (e.label == "PERSON" and item.start <= e.start)
                              for e in r.named if item.start <= e.start and e.end <= item.end)


def _after_modifier(r: Reader, start: int, end: int) -> Recipient | None:
    """县妇联推荐的青城镇巾帼家政服务站, 表现突出的陶家寨村人民调解委员会: a clause that ends in a verb or an adjective and
    的 before a body's name says who put it forward or what it did: the body alone is the recipient (none where a list
    follows 的: the modifier may be the whole list's)."""
    norm = r.norm
    de = norm.rfind("的", start, end)
    if de < start + 2 or _LIST_WORD.search(norm, de, end) or norm.count("“", start, de) != norm.count("”", start, de):
        return None
    tag = _tag_ending_at(r, de)
    if tag is None or tag[:1] not in ("v", "a"):
        return None
    a, b = strip(norm, de + 1, end)
    found = classify(r, a, b) if b - a >= 2 else None
    return found if found is not None and found.kind in ("organization", "place", "family") and (
        found.start, found.end) == (a, b) else None


def _after_verb_and_de(r: Reader, start: int, end: int) -> int:
    """我县推荐的县人民医院张国庆等3名, 县档案馆指导的A、B等5个: a clause that ends in a verb and 的 before a
    counted group's named examples says who put them forward, no part of the recipient, which begins after it."""
    norm = r.norm
    de = norm.rfind("的", start, end)
    if de < start + 2 or not norm.endswith("等", start, end) or norm.count("“", start, de) != norm.count("”", start, de):
        return start  # (“我的家”服务队等3支队伍: a 的 inside a quoted name)
    return de + 1 if _tag_ending_at(r, de) == "v" else start


def _tag_ending_at(r: Reader, pos: int) -> str | None:
    """jieba's tag of the word that ends at `pos` (the word before a 的), None where no word ends there."""
    return next((t for at, word, t in _words_near(r, pos) if at + len(word) == pos), None)


def _counted_prefix_ok(r: Reader, start: int, counted: re.Match) -> bool:
    """What stands before a count (`counted`: the text's match of `counted`): nothing, a place (云南省,
    我省), or named examples ending in 等."""
    pre = counted.group("pre").strip()
    if not pre or pre.endswith("等"):
        return not r.words.verb_guard.search(unquoted(pre))
    if _HOME_PLACE.fullmatch(pre):
        return True
    end = start + len(pre)
    if any(e.start == start and e.label == "GPE" for e in r.ending_at.get(end, ())):
        return True
    places = places_in(pre)
    if places and places[-1][1] == len(pre):
        return True
    # 县妇联3名干部, 办公室2名干部: a body's own members, counted (its name, or its kind alone)
    body = classify(r, start, end, alone=False) if len(pre) >= 2 else None
    return body is not None and body.kind == "organization" and body.start == start and body.end == end


def _entity_ending(r: Reader, start: int, end: int) -> EntityMention | None:
    ending = r.ending_at.get(end)
    if ending is None:
        return None
    inside = [e for e in ending if e.start >= start]
    return min(inside, key=lambda e: e.start) if inside else None


def ends_with_person(r: Reader, end: int) -> bool:
    return any(e.label == "PERSON" for e in r.ending_at.get(end, ()))


def _is_short_name(r: Reader, text: str) -> bool:
    """许雯雯, 贺彬: two or three characters that start with a surname, or four after a compound one
    (欧阳文斌); not a word of honours (荣誉, 殊荣, 荣誉接踵而至: 荣 is a surname too). 努尔兰·哈山: a
    transliterated name (`_is_dotted_name`). 王　芳: two padded with a blank to a list's width."""
    return (2 <= len(text) <= 3 and (text[0] in r.surnames or text[:2] in r.surnames)
            or len(text) == 4 and text[:2] in r.surnames) and _HAN.fullmatch(text) is not None and text not in r.words.not_names and (
        text[-1] not in _PLACE_LAST) or (
        _is_dotted_name(text)) or len(text) == 3 and text[0] in r.surnames and _PADDED_NAME.fullmatch(text) is not None


# 王　芳: a two-character name padded with a blank to the width of the three-character names of its list
_PADDED_NAME: Final = regex.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")


def _is_dotted_name(text: str) -> bool:
    """努尔兰·哈山, 阿依古丽·买买提: a transliterated name, parts of two to six letters of the transliteration
    tables set apart by a middle dot (not 中国梦·劳动美, a slogan's words)."""
    if not any(dot in text for dot in _NAME_DOTS) or not _DOTTED_NAME.fullmatch(text) or max(len(part) for part in _NAME_SPLIT.split(text)) < 3:
        return False  # (东方·明珠, 平安·和美: two-letter parts, a slogan's words)
    if text[0] in _JOINING_LETTERS:
        return False  # (书记和阿依登·沙肯: 和 joins the name to the post, it opens no name)
    letters = _transliteration()
    return all(ch in letters for ch in text if ch not in _NAME_DOTS)


def is_transliterated(text: str) -> bool:
    """Whether every letter of `text` is one of the transliteration tables' (萨仁图雅, 阿拉坦仓)."""
    return _transliterated_run(text)


def _transliterated_run(text: str) -> bool:
    """拉巴卓玛, 次仁多吉: every character a letter of the transliteration tables, the first no conjunction
    (主任和马大华: 和 joins, it opens no name)."""
    letters = _transliteration()
    return text[:1] not in _JOINING_LETTERS and all(ch in letters for ch in text)


_JOINING_LETTERS: Final = frozenset("和与及同跟")


@lru_cache(maxsize=1)
def _transliteration() -> frozenset[str]:
    return frozenset(lexicon.words("recipients.transliteration"))


_NAME_DOTS: Final = "·•・"
_NAME_SPLIT: Final = regex.compile("[·•・]")
_DOTTED_NAME: Final = regex.compile(r"[\u4e00-\u9fff]{2,6}(?:[·•・][\u4e00-\u9fff]{2,6}){1,2}")


def _is_long_name(r: Reader, start: int, end: int) -> bool:
    """阿依古丽, 斯琴高娃, 古丽娜尔: a name of four characters with no Han surname (Uyghur, Mongolian,
    Tibetan names), which jieba's dictionary holds as one word tagged a name, or whose every letter is of the tables
    where the article names it twice or more (as a name of five or six such letters is: 娜仁其其格). Its guesses at two or
    three characters are wild (FINDINGS.md); a four-character word it tags so is one it knows, and so is
    one of three every letter of which is of the transliteration tables (巴特尔, 乌力吉, 其木格)."""
    if end - start == _LONG_NAME:
        if _HAN.fullmatch(r.norm, start, end) is None:
            return False
        # (洛绒扎西, 次仁卓玛, which jieba cuts in two: every letter of the tables, and named again in the article)
        return _tag_at(r, start, end) in ("nr", "nrt") or _transliterated_run(r.norm[start:end]) and (
            r.norm.count(r.norm[start:end]) >= _NAMED_AGAIN)
    if end - start in _TRANSLITERATED_SIZES:
        # (娜仁其其格, 苏和巴特尔: five or six letters of the tables, named again in the article, as a feature names its
        # subject; said once, only after a post, `_name_after_post`)
        return _HAN.fullmatch(r.norm, start, end) is not None and _transliterated_run(r.norm[start:end]) and (
            r.norm.count(r.norm[start:end]) >= _NAMED_AGAIN)
    return end - start == 3 and _transliterated_run(r.norm[start:end]) and _tag_at(r, start, end) in ("nr", "nrt")


_NAMED_AGAIN: Final = 2  # mentions of a transliterated name that make it one (a phrase of its letters is said once)
# a river's, a lake's or a school's head that also ends given names (李长河, 王天湖, 陈启学), unlike 村, 县 (高冲村, 白石县
# read as names)
_GIVEN_NAME_HEADS: Final = frozenset({"河", "湖", "学"})


def _reads_as_name(r: Reader, start: int, end: int) -> bool:
    """A short name alone: jieba tags it a name, or (three characters) has no word of that spelling, or the
    article names it a person elsewhere (马建国, which jieba tags a place, after 今年58岁的马建国是…)."""
    tag = _tag_at(r, start, end)
    return tag in _NAME_TAGS or (end - start == 3 and tag is None) or r.norm[start:end] in r.person_names


def _name_after_post(r: Reader, start: int, end: int) -> Recipient | None:
    """北京佑安医院护士长朱伟平, 我校李明: the name after a post title or an institution (2 or 3
    characters, by where the post or institution ends; an institution needs a surname after it)."""
    norm, w = r.norm, r.words
    dot = max(norm.rfind(d, start, end) for d in _NAME_DOTS)
    for name_start in range(start + 2, dot):
        # 牧民|阿依登·沙肯: a transliterated name after a post, as long as its parts are
        if _ends_with(norm, w.post_words, start, name_start) and _is_dotted_name(norm[name_start:end]):
            return Recipient(name_start, end, "person")
    # (网格员|上官婉清: a compound surname and its given name, read before 婉清 alone)
    sizes = (_LONG_NAME, 2, 3) if end - start >= _LONG_NAME + 2 and norm[end - _LONG_NAME:end - 2] in r.surnames else (
        2, 3, _LONG_NAME)
    for size in sizes + _TRANSLITERATED_SIZES:
        name_start = end - size
        if name_start - start < 2:
            continue
        after_post = _ends_with(norm, w.post_words, start, name_start)
        after_head = _ends_with(norm, w.head_words, start, name_start)
        if not (after_post or after_head):
            continue  # no post or institution ends where the name would start: its tags are not read
        name = norm[name_start:end]
        if norm.endswith(_SCENE_CLOSERS, name_start, end) and _SCENE.search(norm, start, end) is not None:
            continue  # (林海鹏在焊工|大赛中: the end of the scene the clause sets, after a trade's word, no name)
        if size > _LONG_NAME and not (after_post and _HAN.fullmatch(name) and _transliterated_run(name)):
            continue  # (消防员|苏和巴特尔: after a post, five or six letters of the transliteration tables name a person)
        if not _HAN.fullmatch(name) or size == _LONG_NAME and not (
                _is_long_name(r, name_start, end) or after_post and (_transliterated_run(name) or name[:2] in r.surnames)):
            continue  # (所长|拉巴卓玛: after a post, four letters of the transliteration tables name a person, as a
            # compound surname and a given name do: 个体工商户|欧阳丽娟)
        # after a post, a name starts a word (工区长|小多吉; 我旗代表团|共 is none), or, after a post of
        # two characters or more, a surname opens it (村医|王德兵, which jieba reads 医王|德兵); after an
        # institution, a surname opens it
        post = w.post.search(norm, start, name_start) if after_post else None
        if post is not None and post.group() in _MODIFIER_POSTS and not (_is_short_name(r, name) or (
                size >= _LONG_NAME and _transliterated_run(name))):
            post = None  # 县青年讲堂, 青年先锋: 青年 also modifies a body's name; only a surname's name follows it, or
            # four letters or more of the transliteration tables (吞巴乡青年扎西顿珠)
        # (养护员|高振华, 网格员|高振华: a post's last letter after the word it ends, 养护|员, is a post of two letters or
        # more, though jieba glues 员 to the name: 员高)
        if (post is not None and (_starts_word(r, name_start) or (post.end() - post.start() >= 2 or post.start() > start or _glued(
                r, post.start(), end)) and _is_short_name(r, name))) or (
                after_head and w.head.search(norm, start, name_start) and _is_short_name(r, name)
                and not _verb_cut_into_a_name(r, name_start, end)):
            return Recipient(name_start, end, "person")
    return None


_MODIFIER_POSTS: Final = frozenset({"青年"})
_SCENE_CLOSERS: Final = ("中", "里", "上")  # what closes a scene (`_SCENE`): 在…大赛中


def _glued(r: Reader, post_start: int, end: int) -> bool:
    """康复师|顾晓玲, which jieba reads 康复|师顾晓玲: a name jieba took with the post's character before it."""
    return any(post_start <= a < end and a + len(word) == end and tag == "nr" for a, word, tag in _words_near(r, end - 1))


def _name_opens(r: Reader, start: int, end: int) -> bool:
    """Whether a person's name opens norm[start:end]: a PERSON the entities stage found there, or two or three
    characters jieba reads as a name, not cut short: one word (曾国辉), or the surname cut off as a word of
    its own before a given name it tags as one (曾|志强: 曾 an adverb to it, which stands before a verb, never
    before a name)."""
    if any(e.label == "PERSON" for e in r.starting_at.get(start, ())):
        return True
    words = [(a, word, t) for a, word, t in _words_near(r, start) if a >= start]
    if not words or words[0][0] != start:
        return False
    a, word, t = words[0]
    if len(word) == 1 and len(words) > 1 and words[1][2] in _NAME_TAGS and len(words[1][1]) <= 2:
        word, t = word + words[1][1], words[1][2]
    if not (2 <= len(word) <= 3 and a + len(word) <= end and t in _NAME_TAGS and _is_short_name(r, word)
            and not _cut_short(r, a + len(word))):
        return False
    # jieba's reading alone, where 曾 and a verb may read as a name (曾立|三等功: 立, read after 曾, is a verb; 曾|志强被评为:
    # 志强 a name): the adverb, not a surname, where a verb follows it
    following = segment_tags(r.norm[start + 1:min(end, start + 1 + _VERB_AFTER_ADVERB_REACH)])
    return not (following and following[0][1].startswith("v"))


_VERB_AFTER_ADVERB_REACH: Final = 4  # the characters after 曾 read to tell a verb (立三等功) from a given name


def _surname_and_given(r: Reader, a: int) -> bool:
    """陈|红霞|扎根社区: jieba cuts a three-character name as a surname and a given name, both tagged names,
    and a word starts right after them."""
    words = {start: (w, t) for start, w, t in _words_near(r, a)}
    first, second, after = words.get(a), words.get(a + 1), words.get(a + 3)
    return (first is not None and len(first[0]) == 1 and first[1] in _NAME_TAGS and second is not None
            and len(second[0]) == 2 and second[1] in _NAME_TAGS and after is not None)


def _cut_short(r: Reader, end: int) -> bool:
    """张大|勇走遍了…: jieba's name ends before a lone character it reads as a noun, which is as
    likely the name's own last character."""
    return any(a == end and len(w) == 1 and t in _NOUN_TAGS for a, w, t in _words_near(r, end))


def first_tag(r: Reader, pos: int) -> str | None:
    """jieba's tag of the word that starts at `pos` (read in its run); None when none starts there."""
    return next((t for a, _, t in _words_near(r, pos) if a == pos), None)


def _verb_cut_into_a_name(r: Reader, name_start: int, end: int) -> bool:
    """从事科|普工作: a name read after an institution's head (科) whose surname jieba reads in a word
    across the head (科普) and whose given name is a verb to it (工作): a line of work, no person. A junk
    word across them (规划科张|玉芳, 办汤|国平) leaves the name as it is."""
    across = any(a < name_start < a + len(word) and tag != "nr" for a, word, tag in _words_near(r, name_start))
    return across and (_tag_at(r, name_start + 1, end) or "").startswith("v")


def _body_word_at(r: Reader, pos: int) -> bool:
    """Whether the word jieba reads at `pos` is a body's kind (盛鑫|公司, 红星|合作社): what stands before it is
    the body's name, no person's."""
    kinds = r.words.kind_of_head
    return any(a == pos and len(word) >= 2 and (kinds.get(word) or kinds.get(word[-1])) == "organization"
               for a, word, _ in _words_near(r, pos))


def _starts_word(r: Reader, pos: int) -> bool:
    """Whether jieba starts a word at `pos` (read in its run between punctuation)."""
    return any(a == pos for a, _, _ in _words_near(r, pos))


_LIST_LINE: Final = regex.compile(r"[^,，。:：\n]{1,12}[:：]")  # 三等奖：A、B / 优秀组织奖：…: a list's line


_DIVISION_NEXT: Final = regex.compile(r"村|镇|乡|县|社区|街道|嘎查|苏木")
_PREPOSITIONS: Final = frozenset("向对给把")  # (为, 在, 与 open names too: 为民服务中心, 在线, 与会)


def _opens_on_preposition(r: Reader, a: int) -> bool:
    """向县红十字会…: the stretch at `a` opens on a preposition jieba tags so, not on a name the entities read (向东升)."""
    return r.norm[a] in _PREPOSITIONS and first_tag(r, a) == "p" and not any(
        e.label == "PERSON" for e in r.starting_at.get(a, ()))
_PLACE_LAST: Final = frozenset("镇乡县村")  # (白沙镇, 马堰村, which jieba may tag a name: a place's name, no person's)


def _resolve_person(r: Reader, start: int, end: int) -> Recipient:
    """他, 她: the person named last before it (张建国扎根一线三十年。他曾获…): a PERSON entity or a name
    jieba reads whole (three characters, tagged a name), within reach. One named in an earlier
    paragraph and only once gives way to the person the article names most (at least twice): a
    feature's subject, not a witness quoted in passing (储慧芳…。年轻医生王辉说，…。她被授予…). None when
    nobody stands there, or when jieba reads a name it cuts short (员工李|长河) after the one found: who
    is meant is then unsure."""
    norm = r.norm
    floor = max(0, start - _PRONOUN_REACH, r.body_start if r.body_start <= start else 0)
    people: list[tuple[int, int]] = []
    for e in r.named:
        if e.label == "PERSON" and floor <= e.start and e.end <= start and not r.words.byline.search(
                norm, max(0, e.start - 4), e.start):
            people.append((e.start, e.end))
    cut_short: list[int] = []  # where jieba reads a lone surname as a name (李|长河)
    at = floor
    for word, tag in segment_tags(norm[floor:start]):
        if tag in _NAME_TAGS:
            if len(word) == 3 and word[0] in r.surnames and _HAN.fullmatch(word) and not r.words.byline.search(
                    norm, max(0, at - 4), at) and not any(e.label != "PERSON" for e in r.starting_at.get(at, ())) and (
                    not r.words.predicate.match(norm, at)) and not _DIVISION_NEXT.match(norm, at + 3) and (
                    word[-1] not in _PLACE_LAST) and word[0] != word[1]:
                # (黄梅县, which jieba may tag a name, is the place the rules read; 曾任|青…: a predicate's verb, 曾任青|岚县;
                # 于家岭|村党支部书记: a village's name before its division word; 天刚|蒙蒙亮: a word that doubles its first
                # character, no surname and given name)
                people.append((at, at + 3))
            elif len(word) == 1 and word in r.surnames:
                cut_short.append(at)
        at += len(word)
    # a person named again where nothing marks the name (71岁的楼国华从教40年, or named once after a post in
    # the headline, 教师顾海峰, and then alone, which jieba cuts 顾|海峰): each mention counts
    for name in {norm[a:b] for a, b in people} | (r.person_names - r.byline_names):
        at = norm.find(name, floor, start)
        while at >= 0:
            people.append((at, at + len(name)))
            at = norm.find(name, at + 1, start)
    pronoun = norm[start:end]
    line_start = norm.rfind("\n", 0, start) + 1
    profile = _PROFILE_OPENING.match(norm, line_start, start)
    if profile is None and line_start > r.body_start and (not norm[line_start:start].strip() or r.words.pronoun.match(
            norm, line_start, start) or not any(a >= line_start for a, _ in people)):
        # 2．唐志伟，男，… / 该同志2016年加入…(本人…): a pronoun in a line a pronoun opens, under a profile's line, stands for
        # its person; so does one after words that name no one (3.刘海军，男，… / 今年1月，他驾车…。事后，他被…授予X)
        profile = _PROFILE_OPENING.match(norm, norm.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
    if profile is not None:
        # (李强，男，…。王芳，女，…。该同志…: the last profile before it is the one it stands for)
        for later in _ANOTHER_PROFILE.finditer(norm, profile.end(), start):
            profile = later
    named_at = (profile.span(1) if profile.group(1) is not None else profile.span(3)) if profile is not None else (0, 0)
    sex = profile.group(2) if profile is not None else None
    if profile is not None and not any(a >= profile.end() for a, _ in people) and (
            sex is None or _PRONOUN_SEX.get(norm[start], sex) == sex) and not _OTHER_PERSON.search(norm, profile.end(), start):
        # (…，女，…。她的丈夫阿苦拉哈是村医，他…: a pronoun of the other sex, or another person the paragraph brings in,
        # is not the profile's)
        # 2.侬秀英，女，壮族，…，本人2023年荣获X: the person whose profile opens the paragraph (read as a name or not), not
        # one named before it
        return Recipient(named_at[0], named_at[1], "person", (start, end))
    heading = _profile_heading(r, line_start) if profile is None and line_start > r.body_start else None
    if heading is not None and not any(a >= line_start and norm[a:b] != norm[heading[0]:heading[1]] for a, b in people):
        # ▍白志强（墨江县强军物流有限公司总经理） / 从部队汽车连退役后，白志强创办…。2023年，他获评X: the person the
        # heading line over the pronoun's paragraph names, never one of the sections before it
        return Recipient(heading[0], heading[1], "person", (start, end))
    form = _form_entry_name(norm, line_start) if profile is None else None
    if form is not None and not any(a >= form[0] for a, _ in people if (a, _) != form) and (
            _PRONOUN_SEX.get(norm[start], form[2]) == form[2]):
        # 姓名：才让东智 / 性别：男 / … / 事迹简介：…他被…授予X: the person of the form's entry the pronoun's field belongs
        # to (a name the reader may not know), never the entry's before it (姓名：马秀兰 …); not one of the other sex
        return Recipient(form[0], form[1], "person", (start, end))
    if not people:
        return Recipient(start, end, None, (start, end))
    nearest = max(people, key=lambda p: p[1])
    if any(pos >= nearest[1] for pos in cut_short):
        return Recipient(start, end, None, (start, end))
    before = norm.rfind(pronoun, floor, nearest[0])
    if before >= 0 and not any(ch in _CLAUSE for ch in norm[before + len(pronoun):nearest[0]]):
        # 他跟着“全国劳动模范”、老师傅陈跃华学艺。2012年，他…: the person the pronoun's own clause names
        # after it is its object; the pronoun goes on with whom the earlier one stands for
        earlier = _resolve_person(r, before, before + len(pronoun))
        return Recipient(earlier.start, earlier.end, earlier.kind, (start, end))
    chosen = nearest
    paragraph = norm.rfind("\n", 0, start) + 1
    if nearest[0] < paragraph:  # named in an earlier paragraph
        if _AGED_NAME.search(norm, paragraph, start) is not None:
            return Recipient(start, end, None, (start, end))  # 今年71岁的楼国华…，他被…: this paragraph's own person
        counts = {norm[a:b]: norm.count(norm[a:b]) for a, b in people}
        line = norm.rfind("\n", 0, nearest[0]) + 1
        line_end = norm.find("\n", nearest[1])
        if line_end < 0:
            line_end = len(norm)
        if counts[norm[nearest[0]:nearest[1]]] < 2 and _LIST_LINE.match(norm, line, line_end) and (
                norm.count("、", line, line_end) and norm.find("。", line, line_end) < 0):
            # 三等奖：张丽娟（县图书馆）、欧阳明（县林业局）/ …这并非田茂林第一次…，他曾获得X: one of a list's names,
            # named once, is no paragraph's subject: who 他 is goes unsure
            return Recipient(start, end, None, (start, end))
        most = max(people, key=lambda p: (counts[norm[p[0]:p[1]]], p[1]))
        # (2 / 吴秀兰 / …本人荣获X: a name alone on its line is a table row's, whom the row's text is about)
        if counts[norm[nearest[0]:nearest[1]]] < 2 <= counts[norm[most[0]:most[1]]] and not (
                norm[line:line_end].strip() == norm[nearest[0]:nearest[1]]):
            chosen = max((p for p in people if norm[p[0]:p[1]] == norm[most[0]:most[1]]), key=lambda p: p[1])
    if _met_in_passing(norm, chosen, start, pronoun):
        # (她常想起一次培训。“全国优秀乡村医生”郑怀山曾拉着她的手说…。2022年，她被授予X: a person a paragraph names after
        # it has said 她 of someone else is one the story meets, not whom a later sentence's 她 stands for: the person
        # the article names most, twice or more, where one is; else who is meant is unsure)
        kept = [p for p in people if not _met_in_passing(norm, p, start, pronoun)]
        named = {norm[a:b]: norm.count(norm[a:b]) for a, b in kept}
        best = max(kept, key=lambda p: (named[norm[p[0]:p[1]]], p[1])) if kept else None
        if best is None or named[norm[best[0]:best[1]]] < 2:
            return Recipient(start, end, None, (start, end))
        chosen = best
    if _name_cell_between(r, chosen[1], start):
        # 1 / 杨春林 / …事迹… / 2 / 吴秀兰 / …本人荣获X: a table's rows, one cell a line; a later row's name, not
        # read as one, stands nearer: who is meant is unsure
        return Recipient(start, end, None, (start, end))
    return Recipient(chosen[0], chosen[1], "person", (start, end))


def _met_in_passing(norm: str, person: tuple[int, int], start: int, pronoun: str) -> bool:
    """Whether the paragraph naming `person` said `pronoun` before the name (of the story's own subject), and the
    pronoun at `start` stands in a later sentence than the name's: the person is one the story meets (a teacher who
    said something, an apprentice), not whom the pronoun goes on to stand for. (In the name's own sentence, 同村的李桂兰
    也是受益者，她去年被评为X, the pronoun is the new person's.)"""
    a, b = person
    paragraph = norm.rfind("\n", 0, a) + 1
    said = norm.rfind(pronoun, paragraph, a)
    if said < 0 or not any(norm.find(ch, said, a) >= 0 for ch in _SENTENCE_STOPS):
        return False  # (她叫罗桂芬, 她就是村医罗桂芬: the pronoun's own sentence names whom it stands for)
    return any(norm.find(ch, b, start) >= 0 for ch in _SENTENCE_STOPS)


def _name_cell_between(r: Reader, start: int, end: int) -> bool:
    """Whether a line of norm[start:end] holds a name alone (吴秀兰, 潘　燕): a table's cell."""
    norm = r.norm
    line = norm.find("\n", start, end)
    while 0 <= line < end:
        nxt = norm.find("\n", line + 1, end)
        stop = nxt if nxt >= 0 else end
        cell = norm[line + 1:stop].strip()
        above = norm[norm.rfind("\n", 0, max(line, 0)) + 1:line].strip() if line > 0 else ""
        # (a table written one cell a line numbers its rows: 2 / 吴秀兰; not 全覆盖 or 齐参与 between lines of prose)
        if 2 <= len(cell) <= 4 and above.isdigit() and cell[0] in r.surnames and _NAME_CELL.fullmatch(cell):
            words = segment_tags(cell)
            if len(words) > 1 or words[0][1] in _NAME_TAGS:  # (汉族, 董事长, 高级: one word, no name)
                return True
        line = nxt
    return False


# 2.侬秀英，女，壮族，…: a paragraph that opens with a profile (its number, a name, its sex)
_PROFILE: Final = r"([\u4e00-\u9fff]{2,4})[，,]\s*([男女])[，,]"  # 黄秀兰，女，: a profile's name and sex
def _form_entry_name(norm: str, line_start: int) -> tuple[int, int, str] | None:
    """The name a form's entry gives (姓名：才让东智), and the sex its 性别 field gives (男, 女, or "" where none), for a
    field line at `line_start` (事迹简介：…): the entry's lines above it, field lines all, up to its 姓名 line; None where
    the line is no field or a line of another kind stands between."""
    if _FORM_FIELD.match(norm, line_start) is None:
        return None
    sex = ""
    end = line_start - 1
    for _ in range(_FORM_FIELDS):
        if end <= 0:
            return None
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end]
        named = _FORM_NAME.fullmatch(line)
        if named is not None:
            return start + named.start(1), start + named.end(1), sex
        if _FORM_FIELD.match(line) is None:
            return None
        field_sex = _FORM_SEX.fullmatch(line)
        if field_sex is not None:
            sex = field_sex.group(1)
        end = start - 1
    return None


# 性别：女, 推荐类别：见义勇为, 事迹简介：…: a field of a form's entry, its label opening the line (honours reads
# entries by these patterns too: FIELD_LABEL, a label with the field's words after it; NAME_FIELD, the label of the name)
_FORM_LABEL: Final = r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[:：]"
_NAME_LABEL: Final = r"[ \t\u3000]*姓[ \t\u3000]*名[:：][ \t\u3000]*"
_FORM_FIELD: Final = regex.compile(_FORM_LABEL)
FIELD_LABEL: Final = regex.compile(_FORM_LABEL + r"[ \t\u3000]*(?=\S)")
NAME_FIELD: Final = regex.compile(_NAME_LABEL)
_FORM_NAME: Final = regex.compile(_NAME_LABEL + r"([\u4e00-\u9fff·]{2,8})[ \t\u3000]*")
_FORM_SEX: Final = regex.compile(r"[ \t\u3000]*性[ \t\u3000]*别[:：][ \t\u3000]*([男女])[ \t\u3000]*")
_FORM_FIELDS: Final = 10  # the field lines an entry's 姓名 line may stand over


# …opening its line, after its number; or a name (padded or not), a blank and the person's age, no sex told
# (3.周　敏　45岁，县人民医院急诊科护士长)
_PROFILE_OPENING: Final = regex.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、]\s*)?(?:" + _PROFILE
                                        + r"|([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \t\u3000]+\d{1,3}岁[，,])")
_PRONOUN_SEX: Final = {"他": "男", "她": "女"}  # (本人, 其: either)
# ▍李国荣（联珠镇碧溪村党总支书记）, 【张梅（县人民医院护士长）】, 3. 王顺才（…调解员）: a line that heads a profile, the
# name and the post in brackets, nothing else
_PROFILE_HEADING: Final = regex.compile(r"[ \t\u3000]*(?:[▍■◆●【]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)?[ \t\u3000]*"
                                       r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
                                       r"[（(][^()（）\n]{2,30}[)）]】?[ \t\u3000]*")


def _profile_heading(r: Reader, line_start: int) -> Span2 | None:
    """The person a profile's heading line names, on the line right above `line_start`; None where that line is no
    such heading or its name opens with no surname's letter."""
    if line_start < 2:
        return None
    above = r.norm.rfind("\n", 0, line_start - 1) + 1
    m = _PROFILE_HEADING.fullmatch(r.norm, above, line_start - 1)
    if m is None or r.norm[m.start(1)] not in r.surnames:
        return None
    return m.span(1)
_ANOTHER_PROFILE: Final = regex.compile(r"(?<=[。；;])\s*" + _PROFILE)
# 丈夫, 妻子, 儿子…: kin or others the paragraph brings in, whom a pronoun after them may stand for
_OTHER_PERSON: Final = regex.compile(r"丈夫|妻子|爱人|儿子|女儿|父亲|母亲|公公|婆婆|徒弟|师傅")
_NAME_CELL: Final = regex.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,2}|[ \u3000][\u4e00-\u9fff])")


def _resolve_family(r: Reader, start: int, end: int) -> Recipient:
    """他家, 他们家: the family the text names last before it (钟永福家庭, in the headline or the body), as
    一家 or 家庭 after a name; None's kind where it names none."""
    norm = r.norm
    found: Span2 | None = None
    # the headline's, then the nearest before within reach: a bounded search for each pronoun
    for lo, hi in ((0, min(start, _HEADLINE_REACH)), (max(_HEADLINE_REACH, start - _PRONOUN_REACH), start)):
        at = norm.find("家庭", lo, hi)
        while at >= 0:
            for size in (3, 2):  # 表彰了王刚家庭: the name before 家庭, three characters or two
                if at - size >= lo and _is_short_name(r, norm[at - size:at]):
                    found = (at - size, at + 2)  # (全国五好家庭, a title, names no family)
                    break
            at = norm.find("家庭", at + 2, hi)
    if found is None:
        return Recipient(start, end, None, (start, end))
    return Recipient(found[0], found[1], "family", (start, end))


def _resolve_this_family(r: Reader, start: int, end: int) -> Recipient:
    """1.韦金梅家庭（东兰镇长江社区） / 该家庭三代同堂…。该家庭2021年被评为X: the family the anaphor's own paragraph names
    before it, by a name the article reads as a person's, or the family an entry's first line names alone, one or two
    lines above (its number before it or not, its place in brackets or the name in 【】: 韩尕西木家庭, 阿依古丽家庭, names
    the lexicon lacks, after a number); None's kind where neither names one. Other 家庭 of the paragraph (该家庭,
    “五好家庭”, 困难家庭, 被评为文明家庭) are passed over; nothing farther is read (an earlier entry's family is another's)."""
    norm = r.norm
    line_start = norm.rfind("\n", 0, start) + 1
    at = norm.rfind(_FAMILY, line_start, start)
    while at >= 0:
        for size in (4, 3, 2):
            # (镇妇联向王刚家庭送去慰问品: a name the entities read, or one the article names as a person; 于农民家庭,
            # 和困难家庭: no name; 被评为文明家庭: a title after its verb)
            a = at - size
            if a >= line_start and (norm[a:at] in r.person_names or any(
                    e.label == "PERSON" and e.start == a and e.end == at for e in r.named)) and norm[a - 1] not in _TITLE_VERB_ENDS:
                return Recipient(a, at + len(_FAMILY), "family", (start, end))
        at = norm.rfind(_FAMILY, line_start, at)
    above_end = line_start - 1
    for _ in range(_FAMILY_LINES_ABOVE):
        if above_end <= 0:
            break
        above_start = norm.rfind("\n", 0, above_end) + 1
        if _ENTRY_FAMILY_HEAD.fullmatch(norm, above_start, above_end) is not None:
            named = family_heading(r, above_start, above_end)
            if named is not None:
                return Recipient(named.start, named.end, "family", (start, end))
            break
        above_end = above_start - 1
    return Recipient(start, end, None, (start, end))


def family_heading(r: Reader, start: int, end: int) -> Recipient | None:
    """1.韦金梅家庭（东兰镇长江社区）, ◆陶正兰家庭（马白镇）, ▍王建华家庭: the family a line that heads an entry names alone
    (its number or bullet before it or not, its place in brackets or the name in 【】); None for any other line."""
    norm = r.norm
    head = _ENTRY_FAMILY_HEAD.fullmatch(norm, start, end)
    if head is None:
        return None
    a = head.start("name")
    # (a number says it is an entry, whatever the name; without one, the name opens with a surname: 1.五好家庭 no)
    if head.group("number") and norm[a] not in NOT_NAME_FIRSTS or norm[a] in r.surnames or norm[a:a + 2] in r.surnames:
        return Recipient(a, head.end("name") + len(_FAMILY), "family")
    return None


_FAMILY: Final = "家庭"
_THIS_FAMILY: Final = frozenset(lexicon.by_kind("honors.recipients", "this_family"))
_TITLE_VERB_ENDS: Final = "为评获得选予"  # 评为|, 获评|, 荣获|, 获得|, 入选|, 授予|: a title follows
# 1.韦金梅家庭（…）, 05　韩尕西木家庭, ▍王建华家庭: a name alone after the entry's number or bullet, opening its line
# (【王建国家庭】, 王建国家庭（城关镇）: the name alone on the line, in brackets or with its place after it)
# what opens an entry of a list, before the name that heads it: its number (1. 05 一、 （3） （三）) or a bullet
ENTRY_MARK: Final = r"(?:\d{1,2}[.．、]?|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,2}[)）]|[▍■◆●])"
_ENTRY_FAMILY_HEAD: Final = regex.compile(rf"[ \t\u3000]*(?P<number>{ENTRY_MARK})?[ \t\u3000]*【?"
                                          r"(?P<name>[\u4e00-\u9fff·]{2,6}?)家庭】?(?:[（(][^（）()\n]{1,20}[)）])?[ \t\u3000]*")
_FAMILY_LINES_ABOVE: Final = 2  # (1.王建国家庭 / 王建国夫妇… / 该家庭…: the entry's second paragraph)
# the first letters of a title that ends in 家庭 (五好家庭, 文明家庭, 最美家庭, 平安家庭, 绿色家庭, 健康家庭): after an entry's
# number or alone on a line, no family's name (also read by the actions stage: 1.五好家庭 heads no line of work's entry)
NOT_NAME_FIRSTS: Final = "五文最美好十星和幸书平绿健"
_FAMILY_PRONOUN: Final = regex.compile(r"(?:他|她)(?:们)?家")
_HEADLINE_REACH: Final = 300  # the page's first characters, where its headline names the family


def _resolve(r: Reader, start: int, end: int, head: str) -> Recipient:
    """该公司, 该社区, 我校: the nearest earlier organisation or place whose name ends the same way,
    an entity or a phrase that opens its clause (红星机械有限公司成立于…。该公司…)."""
    norm = r.norm
    floor = max(0, start - _ANAPHOR_REACH)
    endings = (head, *r.words.anaphor_endings.get(head, ()))
    # (an issuer after 被/由 is not the body an anaphor stands for: 刘伟被连云港市人民检察院记…；该院…)
    entity = next((e for e in reversed(r.named) if e.end <= start and e.end > floor and e.label != "PERSON"
                   and norm.endswith(endings, e.start, e.end) and e.end - e.start > len(head)
                   and not (e.start > 0 and norm[e.start - 1] in _ISSUER_BEFORE)), None)
    best: Recipient | None = None
    for ending in endings:
        phrase_end = norm.rfind(ending, floor, start)
        while phrase_end >= 0 and (best is None or phrase_end + len(ending) > best.end):
            a = clause_start(norm, phrase_end, floor, _CLAUSE)
            b = phrase_end + len(ending)
            # 现有学生1200名: the ending must end a word (学 of 学生 names no school); 学校, 医院 alone
            # are the kind, not a name
            founded = None
            for founded in _FOUNDED.finditer(norm, a, b):
                pass
            if founded is not None and b - founded.end() >= max(3, len(ending) + 1):
                a = founded.end()  # 陈秀兰牵头成立|秀兰手工刺绣专业合作社: the body founded, not its founder's clause
            item = classify(r, *trim(r, a, b)) if b - a >= max(3, len(ending) + 1) and _ends_a_word(norm, b) else None
            if item is None or r.words.predicate.match(norm, item.start):
                # 覃美兰创办了|凤岭县美兰壮锦手工专业合作社, 是|凤岭县…合作社的负责人: the object, the complement
                verb = max(norm.rfind("了", a, b), norm.rfind("是", a, b))
                if verb >= 0 and b - verb - 1 >= max(3, len(ending) + 1) and norm[verb + 1] not in _PREPOSITION_FIRST:
                    item = classify(r, *trim(r, verb + 1, b))  # (是对该局…的肯定: a preposition's object, no name)
            if item is not None and item.kind in ("organization", "place") and item.anaphor is None and not (
                    _in_scene(norm, a, b, start) or r.words.scope.match(norm[item.start:item.end])
                    or _kind_again(r, item.start, phrase_end)  # 她牵头成立合作社: the kind again, no name
                    or r.words.predicate.match(norm, item.start)  # 是对我局…: a predicate, no name
                    or _NOT_A_NAME.search(norm, item.start, item.end)):  # …示范村——全国共有994个村
                best = item  # 在全省县级医院排行中，该院…: the scene and a class of bodies are not the body
                break
            phrase_end = norm.rfind(ending, floor, phrase_end)
    if entity is not None and (best is None or entity.end >= best.end):
        return Recipient(entity.start, entity.end, "organization" if entity.label == "ORG" else "place", (start, end))
    if best is not None:
        return Recipient(best.start, best.end, best.kind, (start, end))
    return Recipient(start, end, None, (start, end))


def demonstrative(r: Reader, start: int, end: int) -> Recipient | None:
    """这家由社区…开办的食堂, 这个去年被…评为X的接待中心: a demonstrative, what is said of it, 的 and a body's kind, which
    stands for the body named before whose name ends with that kind, as 该食堂 does (type None where none does); None
    for any other stretch."""
    a, b = strip(r.norm, start, end)
    shown = _DEMONSTRATIVE.fullmatch(r.norm, a, b)
    if shown is None or r.words.head.search(shown.group(1)) is None:
        return None
    found = _resolve(r, a, b, shown.group(1))
    if found.kind is not None and (found.start < r.body_start or found.end - found.start <= len(shown.group(1)) + 1):
        # (小食堂托起“大民生”: the headline's kind and a word before it, no name; the body's own name is what it stands for)
        return Recipient(a, b, None, (a, b))
    return found


# 这家|由社区…开办的|食堂, 这个|…的|接待中心: a demonstrative, what is said of it, 的 and a body's kind (its head word)
_DEMONSTRATIVE: Final = regex.compile(r"这(?:个|家|所|座|支|处)[^，,。；;：:]{0,40}的([\u4e00-\u9fff]{1,4})")

# after a body named by its kind alone, a word that says the clause goes on about one named before
# (合作社也被评为, 书屋今年入选, 公司还获评)
_BACK_REFERENCE: Final = frozenset("也还又再今去此曾已被")
_PRONOUN_FIRST: Final = "她他我其"  # a phrase that opens with one is no name an anaphor stands for
_PREPOSITION_FIRST: Final = "对为向在把给被由该本"  # after 是 or 了, a preposition's object is no name


def _kind_again(r: Reader, start: int, head: int) -> bool:
    """她牵头成立合作社 (the head at `head`): a phrase that opens with a pronoun, or whose head is a verb's
    object or a preposition's (市残联将合作社列为…, 把合作社…), names a body by its kind again; it is no
    name an anaphor can stand for."""
    return r.norm[start] in _PRONOUN_FIRST or any(
        a + len(word) == head and (tag.startswith("v") and not _named_body_before(r, start, a, head) or tag in ("p", "d"))
        for a, word, tag in _words_near(r, head))


def _named_body_before(r: Reader, start: int, verb: int, head: int) -> bool:
    """县商会|调解|中心, 县妇联|维权|站: a body's name right before the verb, and a unit's kind after it (中心, 站), which
    makes the verb a word of the unit's name (what it does), no verb whose object is the kind (县残联资助合作社8家)."""
    return r.norm.startswith(_UNIT_KINDS, head) and any(
        e.end == verb and e.label in ("ORG", "GPE") for e in r.starting_at.get(start, ()))


_UNIT_KINDS: Final = ("中心", "站", "室", "所", "部", "科", "队")  # a body's unit named by what it does (调解中心)


_FOUNDED: Final = regex.compile(r"(?:成立|创办|创建|组建|领办)(?:了)?")  # a body's founding, before its name
_BRACKET: Final = regex.compile("[" + re.escape(scan.OPEN + scan.CLOSE) + "]")
_ISSUER_BEFORE: Final = "被由"
# a dash, a count, 被 or an honour's verb inside a phrase: a clause, no body's or place's name
# (入选X——这一批次全国共有994个村; 刘伟被连云港市人民检察院…); a list mark: several bodies, not the
# one an anaphor stands for (在“学习强国”、新华社客户端等上级平台刊发稿件。…该台被评为X)
_NOT_A_NAME: Final = regex.compile(r"——|\d+\s*[个家所名人户]|被|入选|获评|荣获|评为|授予|命名|[又还也]在|、")
_SCENE: Final = regex.compile(r"\s*在[^,，。;；:：]*[中里上]\s*$")


def _in_scene(norm: str, a: int, b: int, limit: int) -> bool:
    """Whether norm[a:b] lies inside a scene the clause sets (在全省县级医院综合能力排行中)."""
    return _SCENE.match(norm, a, clause_end(norm, b, limit, _CLAUSE)) is not None


def _ends_a_word(norm: str, pos: int) -> bool:
    """Whether the segmenter, reading the run around `pos`, cuts a word there."""
    lo, hi = segment.run_bounds(norm, pos, pos)
    if pos in (lo, hi):
        return True
    at = lo
    for word in segment.segmenter().cut(norm[lo:hi]):
        at += len(word)
        if at >= pos:
            return at == pos
    return True


def person_at(r: Reader, start: int, end: int) -> Recipient | None:
    """The person named first after `start`: a PERSON entity, or a name before an honorific or a verb
    of speaking (田元春老师, 刘建华表示), after a post or an institution (小学田元春)."""
    norm, w = r.norm, r.words
    for m in w.after_name.finditer(norm, start + 2, end):
        found = _person_ending_at(r, start, m.start())
        if found is not None:
            return found
        if any(ch in _CLAUSE for ch in norm[start:m.start()]):
            break
    return None


def person_closing(r: Reader, start: int, end: int) -> Recipient | None:
    """The person named last in `[start, end)`, right before the sentence's stop that ends it, with nothing
    before the name but a post or an institution (…的针灸推拿科主任季文斌。); None where the name read is a
    body's tail (…的樟村镇中心卫生院: 卫生院 opens with a surname's letter, and the whole is a body)."""
    norm = r.norm
    while end > start and norm[end - 1] in _SENTENCE_STOPS:
        end -= 1
    if end - start < 2 or any(ch in _CLAUSE for ch in norm[start:end]):
        return None
    found = _person_ending_at(r, start, end, named_before=True)
    if found is None:
        return None
    named = classify(r, found.start, found.end, alone=False)
    return found if named is not None and named.kind == "person" else None



def name_after_post(r: Reader, start: int, end: int) -> Recipient | None:
    """县人民医院副院长吉克阿呷, 苏坝镇党委副书记阿苦拉哈: the two to four Han characters a post closes off
    at the end of `[start, end)`, whatever the surname (the caller knows a person is named there: a list
    that counts people); the shortest such name, so the post is whole."""
    norm, w = r.norm, r.words
    for size in (2, 3, 4):
        a = end - size
        if a - start < 2:
            break
        prefix = norm[start:a]
        if _HAN.fullmatch(norm, a, end) and _ends_with_post(w, prefix) and (
                not w.verb_guard.search(prefix)):
            # jieba reads a name's piece in it (吉克 nrt, 拉哈 nrt): not a word of its own (会员|小组长, 工作|打算)
            if any(t.startswith("nr") for _, t in segment.tag(norm[a:end])):
                return Recipient(a, end, "person")
            return None
    return None


def _person_ending_at(r: Reader, start: int, pos: int, named_before: bool = False) -> Recipient | None:
    """A person whose name ends at `pos`: a PERSON entity, or a short name with nothing between `start` and it
    but a post or an institution (小学田元春); with `named_before`, the post or the institution must be there
    (…的针灸推拿科主任季文斌, not …的农民: a word opening with a surname's letter)."""
    norm, w = r.norm, r.words
    entity = _entity_ending(r, start, pos)
    if entity is not None and entity.label == "PERSON":
        return Recipient(entity.start, entity.end, "person")
    for size in (3, 2):
        a = pos - size
        if a < start or not _is_short_name(r, norm[a:pos]):
            continue
        prefix = norm[start:a]
        if (not prefix and not named_before or _ends_with_post(w, prefix)
                or may_end(prefix, w.head_words) and w.head.search(prefix)) and not w.verb_guard.search(prefix):
            return Recipient(a, pos, "person")
    return None


def subject_elided(r: Reader, start: int, end: int) -> bool:
    """Nothing but frame words (并, 同时, 还) stands before the verb, or a predicate opens the stretch (是全市
    首家获此称号的…: what the subject is, said of the subject before): its subject is elided."""
    if only_frame_words(r, start, end):
        return True
    a, b = strip(r.norm, start, end)
    since = _SINCE_FRAME.match(r.norm, a, b)
    if since is not None and (since.end() == b or only_frame_words(r, since.end(), b)):
        return True  # 服役期间|荣立…, 建站以来|先后获得…: since when, the subject before
    return b - a >= 2 and r.words.predicate.match(r.norm, a, b) is not None and r.norm.startswith("是", a)


_POST_ITEM: Final = 8  # the longest post that may open a subject before 、 (志愿者代表、, 全国人大代表、)


# a verb of founding (honors.recipients.tsv, kind founding), not the founder's word (创办人, 创办者)
_FOUNDING: Final = regex.compile(rf"(?:{lexicon.alternation(lexicon.by_kind('honors.recipients', 'founding'))})(?![人者])")
_FOUNDED_MIN: Final = 6  # a founder's name and the body founded: shorter clauses are one name


def clause_subject(r: Reader, start: int, end: int) -> Recipient | None:
    """The person or body a clause is, or opens with as its subject (城关镇卫生院的李建平, 张红扎根社区
    十年): a candidate that spans the clause, else an entity or a short name read as one at its start.
    None for a clause that speaks (王芳说), is a predicate (是一所二级甲等医院) or names a post
    (县医院院长: the post of someone named before it); a body followed by a post stands for the person
    after it (县妇联主席王芳出席会议)."""
    norm, w = r.norm, r.words
    a, b = trim_edges(r, start, end)
    if b - a < 2 or w.speech.search(norm, a, b) or w.predicate.match(norm, a, b) or _ISSUER_MARK.search(norm, start, a) or (
            a > start and w.predicate.match(norm, start, b)):  # (曾任罗湾村党支部书记: the adverb trimmed off its verb)
        return None  # 2019年被州人民政府命名为X: the body after 被 or 由 issues it; the clause's subject is elided
    if _SINCE_FRAME.match(norm, a, b):
        return None  # 建站以来先后获得…: since when, no subject (建站 is no station)
    if _opens_on_preposition(r, a):
        return None  # 向乡村学校捐赠图书…，2024年被…授予X: a preposition's object, no subject
    joined = norm.find("、", a, b)
    if 0 < joined - a <= _POST_ITEM and _ends_with_post(w, norm[a:joined]) and (
            not any(e.start < joined for e in r.starting_at.get(a, ()))):
        a = joined + 1  # 志愿者代表、|南坡镇中心学校教师黎晓雯长期…: posts of one person, joined, before the name
    passive = norm.find("被", a, b)
    if passive > 0:
        b = passive  # 她被县人民政府命名为X: the subject stands before 被, never the issuer after it
        if b - a < 2:
            return None
    modified = norm.rfind("的", a, b)
    if 0 <= modified and norm[modified + 1:b] in ("他", "她"):
        # 今年48岁的他，…，先后两次被评为X: whom 他 stands for, named before the clause (深受老校长刘德明影响的她, 来自
        # 黎明村的她: not one named inside what describes her)
        meant = _resolve_person(r, a, b)
        return meant if meant.kind == "person" else None
    if 0 <= modified and 2 <= b - modified - 1 <= 3 and _is_short_name(r, norm[modified + 1:b]) and (
            norm[modified + 1:b] in r.person_names or _reads_as_name(r, modified + 1, b)):
        return Recipient(modified + 1, b, "person")  # 2009年入伍的李振华，…: the person the modifier describes
    if 0 <= modified and b - modified - 1 > 3 and not w.pronoun.match(norm, modified + 1, b) and not any(
            ch in _CLAUSE or ch == "、" for ch in norm[a:modified]):
        # 结对帮扶多年的肢体残疾青年雷晓峰自强不息，…: the person the modifier describes, then what they do (not 深受
        # 老校长刘德明影响的她自强不息: whom 她 stands for is named before the clause, never inside what describes her)
        inner = clause_subject(r, modified + 1, b)
        if inner is not None and inner.kind == "person":
            return inner
    if (first_tag(r, a) or "").startswith("v") and not any(e.label == "ORG" for e in r.starting_at.get(a, ())):
        return None  # 牵头组建家庭医生团队: a verb opens it, and its object ends as a body's name does (营口, a
        # city jieba tags vn, opens a body's name the entities stage found)
    if b - a > 1 and w.pronoun.fullmatch(norm, a, a + 1) and norm[a + 1] != "们" and not w.makeup.search(
            norm, a, norm.find("的", a, b) + 1):  # (他所在的调解委员会，…: the body, whose it is told before it)
        meant = _resolve_person(r, a, a + 1)  # 她把“代表”二字扛在肩上，先后被评为X: whom 她 stands for
        return meant if meant.kind == "person" else None
    whole = classify(r, a, b)
    if whole is not None and whole.kind == "organization" and b - a > _FOUNDED_MIN:
        founded = _FOUNDING.search(norm, max(a, whole.start) + _NAME_MIN, whole.end)
        if founded is not None and norm.find("的", founded.end(), b) < 0:
            whole = None  # 杨德军创办黑猪养殖合作社，…被评为X: who founded the body, read below, not the body founded
    if whole is not None and whole.kind in ("organization", "place", "family") or whole is not None and (
            whole.kind == "person" and (norm[whole.start:whole.end] in r.person_names
                                        or _reads_as_name(r, whole.start, whole.end))):
        return whole  # 城关镇卫生院的李建平，在基层行医三十年，获评X: the clause is the subject alone
    framed = subjects_before_frame(r, a, b)
    if framed:  # 城关中学团委等4个集体在…中表现突出，被评为X: who stands before the frame
        return framed[0] if len(framed) == 1 else None
    found = None
    opening = [e for e in r.starting_at.get(a, ()) if e.end < b]
    if opening:
        e = max(opening, key=lambda e: e.end)
        found = Recipient(e.start, e.end, {"PERSON": "person", "ORG": "organization"}.get(e.label, "place"))
    else:
        for size in (3, 2):
            name = norm[a:a + size]
            # (易春兰收获了不少荣誉: a three-character name the article names again, which jieba cuts 易|春兰)
            if _is_short_name(r, name) and (name in r.person_names or _tag_at(r, a, a + size) in _NAME_TAGS
                                            and not _cut_short(r, a + size) or size == 3 and (
                                                norm.count(name) >= 2 or _surname_and_given(r, a))
                                            and _reads_as_name(r, a, a + size)) and not _body_word_at(r, a + size) and not (
                    _TOWN_AFTER_NAME.match(norm, a + size)):  # (柏树乡政府干部: a township's name, no person's)
                found = Recipient(a, a + size, "person")
                break
    if found is None:
        return _person_after_post(r, a, b) or _body_without_post(r, a, b)
    if found.kind == "person":
        return found
    if norm.startswith("“", found.end):
        return None  # 湖塘镇“夕阳红”义务巡逻队成立于…: the place or body names whose the quoted thing after it is
    post = w.post_at.match(norm, found.end, b)
    if post is None:
        # 县税务局第二税务所干部陈晓东…: a person of the body, named after a unit and a post
        if _post_follows(r, found.end, b):
            return _person_after_post(r, a, b) or Recipient(a, b, None)  # someone of the body, name not read
        return found
    person = next((e for e in r.starting_at.get(post.end(), ()) if e.label == "PERSON"), None)
    if person is None:
        # 双阳镇永胜村|卫生室乡村医|生赵德胜: the shortest post the pattern reads ends inside a longer one (村医 in
        # 乡村医生); the clause read whole names the person after it
        return _person_after_post(r, a, b)
    return Recipient(person.start, person.end, "person")


def subjects_before_frame(r: Reader, start: int, end: int) -> list[Recipient]:
    """城关中学团委等4个集体在…中表现突出, 东风村妇联、西岭村妇联在…中: the recipients a clause opens
    with, before a frame (在…中) that says where they did it; [] where anything there is no candidate."""
    w = r.words
    a, b = trim_edges(r, start, end)
    frame = w.frame.search(r.norm, a + 2, b) if b - a >= 2 else None
    if frame is None or r.norm.startswith("所在", frame.start() - 1) or r.norm.startswith("以来", frame.start()):
        return []  # 他所在的调解委员会: where he works, no frame after a name (他所 is none); 建站以来: since when
    before = read(r, a, frame.start())
    if not before or any(item.kind is None for item in before):
        return []
    first = before[0]
    if first.start != a and not (len(before) == 1 and first.kind == "person" and r.norm[first.start] in r.surnames
                                 and _posts_only(r, r.norm[a:first.start])):
        return []  # (县应急救援大队队员、退役军人温志坚在…中: the person after the posts they hold, named in full)
    return before


def _posts_only(r: Reader, text: str) -> bool:
    """队员、退役军人: posts (and the bodies they are held in) set side by side, no verb, nothing else."""
    return all(part and _ends_with_post(r.words, part) and not r.words.verb_guard.search(part)
               and not any(ch in _CLAUSE or ch == "的" for ch in part) for part in text.split("、"))


def _person_after_post(r: Reader, a: int, b: int) -> Recipient | None:
    """县人民医院护士长张玉梅从业二十余年来: a clause that opens with a post (and the body it is held
    in) names the person after it, the clause's subject."""
    norm, w = r.norm, r.words
    person = next((e for e in r.named if e.label == "PERSON" and a < e.start and e.end <= b), None)
    if person is None:
        return _tagged_name_after_post(r, a, b)
    if person.start - a > _MAX_OPENER + 4:
        return None
    before = norm[a:person.start]
    if not _ends_with_post(w, before) or not _nothing_but_words(w, before, "、的"):
        return None
    return Recipient(person.start, person.end, "person")


def _nothing_but_words(w: RecipientWords, text: str, marks: str) -> bool:
    """No verb and no clause mark (nor any of `marks`) in the text before a name: posts and bodies only."""
    return w.verb_guard.search(text) is None and not any(ch in _CLAUSE or ch in marks for ch in text)


def _tagged_name_after_post(r: Reader, a: int, b: int) -> Recipient | None:
    """盛鑫公司高级技师孙建国带领团队…, 双台镇果农姜淑华扎根果园…: where the entities stage names nobody (no verb
    of its lists follows), the first word jieba tags a name, whole (not cut short), right after a post and
    the body or place it is held in, with no verb or mark before it: the clause's subject."""
    norm, w = r.norm, r.words
    words = _words_near(r, a)
    for i, (start, word, tag) in enumerate(words):
        if start <= a:
            continue
        if start >= b or start - a > _MAX_OPENER + 4:
            return None
        if len(word) == 1 and word in r.surnames and i + 1 < len(words) and len(words[i + 1][1]) == 2 and (
                words[i + 1][2] in _NAME_TAGS):
            word, tag = word + words[i + 1][1], "nr"  # 大队长|钱|卫东: a surname jieba cut off its given name
        if tag in _NAME_TAGS and 2 <= len(word) <= 3 and start + len(word) <= b and _is_short_name(r, word) and (
                not _cut_short(r, start + len(word))):
            before = norm[a:start]
            if not _nothing_but_words(w, before, "、的“”"):
                return None
            if _ends_with_post(w, before):
                return Recipient(start, start + len(word), "person")
            continue  # 营口|盛鑫|重型机械有限公司高级技师|孙建国: a name of the body's, before its post
    return None


def clause_opener(r: Reader, start: int, end: int) -> Recipient | None:
    """Who a clause is about, where it says so at its start: a person or an organisation named there,
    or a candidate that spans it (王大海家庭, 城关镇卫生院), or someone named by place and post (东风村
    村民…, type None). A place alone that opens a clause is as often where as who (许昌市第四名), and
    is not taken."""
    key = (start, end)
    if key not in r.openers:
        r.openers[key] = _clause_opener(r, start, end)
    return r.openers[key]


def _clause_opener(r: Reader, start: int, end: int) -> Recipient | None:
    a, b = trim_edges(r, start, end)
    if b - a < 2 or "被" in r.norm[start:a]:
        return None  # 被省科协评为: the body after 被 is the agent; the subject is elided
    predicate = r.words.predicate.match(r.norm, a, b)
    if predicate is not None and predicate.end() - a >= 2:
        return None  # 2008年|毕业于省盲人按摩培训中心, 现任…: a predicate opens the clause; the subject is elided
    if _opens_on_preposition(r, a):
        return None  # (先后)向县红十字会…捐款: a preposition's object opens the clause; the subject is elided
    opening = [e for e in r.starting_at.get(a, ()) if e.end <= b and e.label in ("PERSON", "ORG")]
    if opening:
        e = max(opening, key=lambda e: e.end)
        if e.label == "ORG":
            person = _person_after_post(r, a, b)
            if person is not None:
                return person  # 县税务局第二税务所干部陈晓东勇救落水老人: the person the post names
            if _post_follows(r, e.end, b):
                return Recipient(a, b, None)  # …第二税务所干部陈晓东…: a person of the body, name not read; not the body
        return Recipient(e.start, e.end, "person" if e.label == "PERSON" else "organization")
    subject = clause_subject(r, start, end)
    if subject is not None and subject.kind != "place":
        return subject
    place = next((e for e in r.starting_at.get(a, ()) if e.label == "GPE"), None)
    post = r.words.post_at.match(r.norm, place.end, b) if place else None
    if post is not None:
        return Recipient(a, post.end(), None)  # 东风村村民王大海一家…: someone the place and post name
    return _body_without_post(r, a, b)


def _body_without_post(r: Reader, a: int, b: int) -> Recipient | None:
    """`_body_opening`, unless a post and a name follow the body (县税务局第二税务所干部陈…): then the
    clause is about a person of it, not the body."""
    body = _body_opening(r, a, b)
    if body is not None and _post_follows(r, body.end, b):
        return Recipient(a, b, None)  # someone of the body, whose name is not read: not the body
    return body


def _post_follows(r: Reader, pos: int, end: int) -> bool:
    """Whether a post title (and a unit of the body before it) follows `pos`, then a name: 第二税务所干部|陈…"""
    w = r.words
    for at in range(pos, min(end, pos + 5)):
        post = w.post_at.match(r.norm, at, end)
        # the name after the post starts a word: 开展科普工作 holds the post 工, and 作 names nobody
        if post is not None and post.end() < end and is_han(r.norm, post.end()) and _starts_word(r, post.end()):
            return True
    return False


_PREDICATE_TAGS: Final = frozenset({"l", "i", "v", "d", "vd", "ad"})  # what opens a predicate after a name


def _body_opening(r: Reader, a: int, b: int) -> Recipient | None:
    """王大海家庭孝老爱亲, 城关镇卫生院扎实推进…, 县人民医院成立于…: a family or a body whose name holds
    where it is (镇, 县) opens the clause; 聚焦科… is no name, nor one a verb opens (牵头组建县域…联盟)."""
    if (first_tag(r, a) or "").startswith("v"):
        return None
    run = _HAN.match(r.norm, a, min(b, a + _MAX_OPENER))  # no list or quotation inside a name that opens
    run_end = run.end() if run else a
    # a name that ends in a head word, then a predicate (县自然资源局|紧紧围绕县委…): the name ends there
    run_end = min([run_end] + [at for at, _, t in _words_near(r, a) if a + 2 < at < run_end and t in _PREDICATE_TAGS
                               and _ends_with(r.norm, r.words.head_words, a, at) and r.words.head.search(r.norm, a, at)])
    placed = _PLACED.search(r.norm, a, run_end)
    for size in range(run_end - a, 1, -1):
        # only a family or a body with a place before its last character is taken: where neither can be
        # (no place character, no family's head word: classify reads a family by its head only), the
        # stretch is not classified
        if (placed is None or placed.start() >= a + size - 1) and not _holds(r.norm, r.words.family_heads, a, a + size):
            continue
        item = classify(r, a, a + size)
        if item is None or item.start != a:
            continue
        if item.kind == "family" or item.kind == "organization" and _PLACED.search(r.norm, a, a + size - 1):
            return item
    return None


def is_line_of_work(r: Reader, start: int, end: int) -> bool:
    """二、全民科学素质竞赛工作，被省科协评为X: the subject is a line of work, whose honour is the
    body's that does it."""
    a, b = trim_edges(r, start, end)
    return b > a and r.words.work.search(r.norm, a, b) is not None


def names_at(r: Reader, start: int, end: int) -> list[Recipient]:
    """王秀兰、赵德明和李春燕, the whole of norm[start:end]: a list of two names or more, each a person the
    entities stage marks or two or three characters that open with a surname; [] where anything in it
    is no name."""
    items: list[Recipient] = []
    for a, b in parts(r.norm, start, end, _LIST_ITEMS):
        if not is_name(r, a, b):
            return []
        items.append(Recipient(a, b, "person"))
    return items if len(items) >= 2 else []


def is_name(r: Reader, start: int, end: int) -> bool:
    """Whether norm[start:end] is one person's name: a PERSON the entities stage marks there, or two or three
    characters that open with a surname."""
    return _is_short_name(r, r.norm[start:end]) or any(
        e.label == "PERSON" and e.end == end for e in r.starting_at.get(start, ()))


def is_name_alone(r: Reader, start: int, end: int) -> bool:
    """`is_name`, for a name with no list around it to vouch for it: the entities stage marks a PERSON there, or
    the segmenter reads it as a name (not 师生, 党员: words that open with a surname's letter)."""
    return any(e.label == "PERSON" and e.end == end for e in r.starting_at.get(start, ())) or (
        _is_short_name(r, r.norm[start:end]) and (_reads_as_name(r, start, end) or _is_dotted_name(r.norm[start:end])))


def count_at(r: Reader, start: int, end: int) -> Recipient | None:
    """20户家庭, 3名职工 right at `start`: a count, its measure word and the noun after it (a few
    characters, up to a verb or a frame word), as a counted group."""
    norm, w = r.norm, r.words
    m = w.number.match(norm, start, end)
    if m is None:
        return None
    stop = m.end()
    # (获得一等奖的3名选手被授予X: the passive's 被 ends the noun)
    while stop < min(end, m.end() + _COUNTED_NOUN) and "\u4e00" <= norm[stop] <= "\u9fff" and norm[stop] != _PASSIVE and not (
            w.stop_after_count.match(norm, stop, end)):
        stop += 1
    return Recipient(start, stop, "collective") if stop > m.end() else None
