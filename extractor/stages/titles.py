"""The title grammar of the honours stage: what makes a phrase an honour's title, where a title
ends, what is left out of it, and how a list of titles (with or without counts) splits.

A title is an optional issuer or place prefix (全国, 山东省, 市级), an optional edition (2023年度,
第三批, 第十四届), a body, and a head word at its end (标兵, 奖章, 之星) or a marker inside it (最美,
优秀, 示范): 全国|最美|家庭, 2023年度|“江油|好人”. The words are data (`honors.titles.tsv`, read by
the honours stage and handed in as `TitleWords`), so this module holds the grammar only.

All offsets are into the working copy; a title span never includes its surrounding quote marks
when the quotes hold the whole title (ANNOTATION.md: titles as written, without quote marks, without
the generic suffix 称号).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Final, NamedTuple

from .. import lexicon
from ..text import regex, scan
from .entities import gazetteer_places

Span2 = tuple[int, int]

_CJK: Final = "\u4e00-\u9fff"
_EDGE: Final = " 、,，:：;；"
# 第十四届, 2023年度, 首批: an edition says which round, not who issued it
# (2023年第二批, 2024年度首批: a year, then the batch of it)
EDITION: Final = regex.compile(r"^(?:\d{4}年度?|\d{4}-\d{4}年度?|\d+届|第[\d一二三四五六七八九十百]+[届批]|首届|首批|本届|年度的?)"
                               r"(?:第[\d一二三四五六七八九十百]+批|首批)?"
                               r"(?:第[一二三四1-4]季度|[上下]半年)?|^第[一二三四1-4]季度")  # 2024年第三季度“武进好人”
# 李明等10名青年第二十届“市青年五四奖章”: an edition right before a quoted title belongs to it
EDITION_AT_END: Final = regex.compile(r"(?:\d{4}年度?|\d{4}-\d{4}年度?|第[\d一二三四五六七八九十百]+[届批]|首届|首批)$")
# 2023年度, 第十四届, 首批 where a count is looked for: part of the title, not a number that ends it
_EDITION_INSIDE: Final = regex.compile(r"\d{4}(?:-\d{4})?年度?|第[\d一二三四五六七八九十百]+[届批期]")
_NUMBER: Final = r"(?:\d+|[一二两三四五六七八九十百千]+)"
_COUNT: Final = regex.compile(rf"(?:共有|共计|共|有)?\s*({_NUMBER})\s*(?:余|多)?\s*(?=[{_CJK}])")
# 一、二、三等奖: placings listed together, as bare as one
# a commendation named by its kind (先进表彰) is the title a counted recipient received
_SUM_END: Final = regex.compile(r"[0-9０-９一二三四五六七八九十百千万亿.]+\s*(?:多|余)?[万亿]?元$")
_COMMENDATION_END: Final = regex.compile(r"(?:表彰|表扬)$")
# (团体第一名, 个人赛第二名, 团体总分第三名: a place in a contest's order, as bare as 一等奖)
# a place in a contest's order: 第一名, 冠军 (冠　军: padded apart to align a results page's lines)
_PLACE: Final = r"(?:第[一二三四五六七八九十]名|[冠亚季][ \u3000]?军)"
# 男子组, 学前组, 成年组: a contest's class of people (not 乡镇组, 县区组: an appraisal's class of places)
CONTEST_CLASS: Final = "(?:" + lexicon.alternation(lexicon.by_kind("honors.titles", "contest_class")) + ")"
# 一等奖, 金奖, 优秀奖: a placing alone in a cell of a list's row (王芳　优秀奖, 电工　一等奖　王浩然), read by the honours
# stage's row readers and by the actions stage (such a row heads no line of work)
PLACING_CELL: Final = r"(?:[一二三特]等奖|[金银铜]奖|优秀奖|优胜奖|特别奖)"
_PLACINGS: Final = regex.compile(rf"[一二三四五六七八九十特、和及]+等奖|(?:(?:团体|个人)(?:总分|赛)?)?{_PLACE}")
_PLACINGS_LAST: Final = "奖"  # what every match of `_PLACINGS` ends with, or …
_PLACE_LAST: Final = "名"  # … this, or …
_CHAMPION_LAST: Final = "军"  # … this
# 考核, 评比, 排名, 名次: the words of an appraisal or a ranking, whose places are no prize (honours reads them too)
RANKING_WORDS: Final = lexicon.alternation(lexicon.by_kind("honors.titles", "appraisal")
                                           + lexicon.by_kind("honors.titles", "ranking"))
RANKING_WORD: Final = regex.compile(RANKING_WORDS)
# 乒乓球男子组单打第一名: a place in the order of an event named before it (a contest's word, a class, a team or a
# person's event), a title as a prize is; not a rank among places (全省第一名, 全镇第一名) nor in an appraisal
# (全县乡镇综合考核第一名, 评比第一名)
_PLACE_IN_ORDER: Final = regex.compile(r"^(?![^\n]*(?:" + RANKING_WORDS + "))"
                                       r"(?!(?:全[\u4e00-\u9fff]|[省市县区州盟旗镇乡])(?:第|冠|亚|季))"
                                       rf"(?:[^\n]*(?:赛|团体|个人|单打|双打|[男女][单双]|男子|女子|米|接力|拔河|棋|球|跳|泳|项目|{CONTEST_CLASS}组)[^\n]{{0,4}})?"
                                       rf"{_PLACE}$")
_QUOTE_MARKS: Final = "“”"  # what `bare` and `plain` leave out
_MAX_TITLE: Final = 48
# 省级文明村和市级卫生村: a part named by its level is a title of its own in a list
_LEVEL_PREFIX: Final = regex.compile(r"(?:国家级|[省市县区镇]级)")
# 全市工会工作目标考核一等奖单位: a part of a 、 list named by the rank that issues it
_RANK_PREFIX: Final = regex.compile(r"全[国省市县区镇]")
# 优秀教师、先进教育工作者等 / 教育督导先进个人等其他: the end of a list of titles
_LIST_END: Final = regex.compile(r"等(?:其他|其它|各类|各项|相关|多项)?$")
_LIST_SEPARATORS: Final = frozenset("、")
_SPLITS: Final = regex.compile("[、和及与“]")  # what a list of titles holds: a separator (both sets below) or a quote mark
_CONJUNCTIONS: Final = frozenset("和及与")
_LIST_WORDS: Final = "".join(sorted(_LIST_SEPARATORS | _CONJUNCTIONS))  # every separator `_split_parts` reads


class CodeSet:
    """A set of characters asked by a character's code: compiled, `ord(text[i])` reads the code without
    making a string and the table answers with one byte, where `text[i] in a_set` makes a string of
    the character (a new object for a Chinese one), hashes it and frees it (~300 instructions). The
    table runs from the lowest code of the set to the highest (a few kB for a set of Chinese
    characters). The same answers as the set (tests/test_honors_sp8_codes.py)."""

    lo: int
    table: bytes

    def __init__(self, chars: Iterable[str]) -> None:
        codes = sorted({ord(ch) for ch in chars if len(ch) == 1})  # a longer string is no character: never met
        self.lo = codes[0] if codes else 0
        flags = bytearray(codes[-1] - self.lo + 1 if codes else 0)
        for c in codes:
            flags[c - self.lo] = 1
        self.table = bytes(flags)

    def has(self, text: str, i: int) -> bool:
        """`text[i] in chars`, for an index inside the text."""
        return self.has_code(ord(text[i]))

    def has_code(self, code: int) -> bool:
        """`chr(code) in chars`."""
        at = code - self.lo
        return 0 <= at < len(self.table) and self.table[at] != 0


_QUOTE_CODES: Final = CodeSet(_QUOTE_MARKS)
_PLACINGS_LAST_CODE: Final = ord(_PLACINGS_LAST)
_PLACE_LAST_CODE: Final = ord(_PLACE_LAST)
_CHAMPION_LAST_CODE: Final = ord(_CHAMPION_LAST)


def is_han(text: str, i: int) -> bool:
    """Whether text[i] is a CJK unified ideograph (U+4E00 to U+9FFF): never a space, a digit or a mark,
    which a test by its code says without making a string of it."""
    return 0x4E00 <= ord(text[i]) <= 0x9FFF


class Endings:
    """A list of words a text may end with, asked by the text's last characters (one set lookup per
    word length: 1 to 4) instead of word by word, as `str.endswith` does with a tuple: the guards
    before the patterns anchored at the end ask this thousands of times an article, of lists of up to
    86 words."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self.word_set = frozenset(self.words)
        self.sizes = tuple(sorted({len(w) for w in self.words}))
        self.plain = "" not in self.word_set and all(n > 0 for n in self.sizes)
        # most texts asked end with none of the words' last characters: one lookup says no
        self.last = frozenset(w[-1] for w in self.words if w)
        self.last_codes = CodeSet(self.last)

    def end(self, text: str, start: int, end: int) -> bool:
        """`text.endswith(self.words, start, end)`, for offsets inside the text."""
        if not self.plain or start < 0 or end < 0:
            return text.endswith(self.words, start, end)  # an empty word or an offset from the end
        if end > len(text):
            end = len(text)
        if end <= start or not self.last_codes.has(text, end - 1):
            return False
        for n in self.sizes:
            if end - n < start:
                break
            if text[end - n:end] in self.word_set:
                return True
        return False


class Openings:
    """A list of words a text may start with, asked by its first characters (one set look-up per word
    length) instead of word by word, as `str.startswith` does with a tuple (~2000 instructions
    compiled for the 30 words of `not_title`, which the filters ask of every title)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self.word_set = frozenset(self.words)
        self.sizes = tuple(sorted({len(w) for w in self.words}))
        self.plain = "" not in self.word_set
        self.first = frozenset(w[0] for w in self.words if w)
        self.first_codes = CodeSet(self.first)

    def start(self, text: str) -> bool:
        """`text.startswith(self.words)`."""
        if not self.plain:
            return text.startswith(self.words)  # an empty word starts every text
        if not text or not self.first_codes.has(text, 0):
            return False
        for n in self.sizes:
            if n > len(text):
                break
            if text[:n] in self.word_set:
                return True
        return False


# -- patterns tried where their match must start -----------------------------------------------

class Anchored:
    """A pattern tried where its match must start at a given place (`match`, `fullmatch`; `search`
    for one that opens with `^`), asked first whether the character there may open a match
    (`regex.first_chars`): one set look-up says no for most of the texts the grammar and the filters ask
    about, where the regex call costs about 2000 instructions compiled (its arguments parsed, a
    state and a data stack made and freed). The same answers as the pattern's own methods
    (tests/test_honors_anchored.py)."""

    pattern: re.Pattern
    firsts: frozenset[str] | None  # None: every text is tried
    first_codes: CodeSet | None  # the same, asked by code
    opens_text: bool  # the pattern opens with `^`: a search matches where the text starts or nowhere

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.firsts = regex.first_chars(pattern)
        self.first_codes = CodeSet(self.firsts) if self.firsts is not None else None
        self.opens_text = regex.opens_text(pattern)

    def _may_open(self, text: str, pos: int, endpos: int) -> bool:
        firsts = self.first_codes
        if firsts is None:
            return True
        if pos < 0:
            pos = 0
        return pos < endpos and pos < len(text) and firsts.has(text, pos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_open(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_open(text, pos, endpos) else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.opens_text and not self._may_open(text, 0, sys.maxsize):
            return None
        return self.pattern.search(text)


class Searched:
    """A pattern searched for only where a character it may open with (`regex.first_chars`) stands in
    the stretch: a walk over the codes (a byte of a table each) says no for most of the texts the
    stage asks about (names asked for a verb, lines for a title's marker), where the regex call costs
    ~2000 instructions compiled before it reads a character. Where one stands, the pattern's own
    search answers, from the same place (tests/test_honors_sp8_searched.py)."""

    pattern: re.Pattern
    first_codes: CodeSet | None  # None: every text is searched

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        firsts = regex.first_chars(pattern)
        self.first_codes = CodeSet(firsts) if firsts is not None else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        codes = self.first_codes
        if codes is not None:
            i = pos if pos > 0 else 0
            end = endpos if endpos < len(text) else len(text)
            while i < end and not codes.has(text, i):
                i += 1
            if i >= end:
                return None
        return self.pattern.search(text, pos, endpos)


# what a title never starts with: the object marker or particle left by the verb (获得了, 被评为为)
_LEADING_PARTICLE: Final = Anchored(regex.compile(r"(?:了|为|其|得)"))
# two levels joined: a class of awards (全国和省级五一劳动奖, 省市级荣誉), never one title
# (joined: 全国县级文明城市 is one title, a nation's for its counties)
_LEVEL_JOIN: Final = Anchored(regex.compile(r"(?:全国|国家级?|省级?|市级?|县级?|区级?)(?:和|及|与|、)(?:省|市|县|区)级"))


class TitleWords:
    """The title lexicon, compiled (built by `compile_words`). A plain class: compiled, its fields are
    read as struct fields, not through a NamedTuple's getters."""

    head: re.Pattern  # ends a title: 标兵, 奖章, 之星
    marker: re.Pattern  # anywhere in a title: 最美, 优秀, 示范
    drop: re.Pattern  # the generic tail left out: (等)称号, 荣誉称号, 名单
    not_title: re.Pattern  # support or praise, not a title: 支持, 好评
    object: re.Pattern  # a thing handed over: 证书, 奖牌
    rank_prize: re.Pattern  # a bare placing: 一等奖, 金奖
    category: Anchored  # a class of awards: 各级, 各项
    classifier: re.Pattern  # a measure word that counts recipients: 个, 名, 户
    after_head: re.Pattern  # a head word, then a time word after the title: …奖章后
    membership: re.Pattern  # a body one is selected into: 国家队, 专家库
    pilot: re.Pattern  # a pilot or trial: 试点
    lead: Anchored  # a total's verb before the first title of a list: 共产生
    tally: re.Pattern  # a count of medals or trophies ending the object: 金牌4枚
    programme: re.Pattern  # a training programme or its pool: 人才培养计划
    collective: re.Pattern  # ends a title only a body holds: 先进集体
    personal: re.Pattern  # ends a title only a person holds: 先进个人
    coach_note: re.Pattern  # a bracketed note naming who coached the winners, at the end: （指导教师：…）
    coach_line: re.Pattern  # a line naming who coached the winners: 指导教师：…
    list_pointer: re.Pattern  # a bracketed note on where the list of winners is, at the end: （名单附后）
    # kind -> its words: a pattern anchored at the end (head, tally, collective …) is searched only in
    # a text that ends with one of them, which `str.endswith` says far faster than the regex
    words_of: dict[str, tuple[str, ...]]
    endings: dict[str, Endings]  # the same words, for `_may_end`
    not_title_openings: Openings  # the words of `not_title`, for the start of a title
    marker_guard: Searched  # `marker`, searched only where one of its words' first characters stands

    def __init__(self, head: re.Pattern, marker: re.Pattern, drop: re.Pattern, not_title: re.Pattern,
                 object: re.Pattern, rank_prize: re.Pattern, category: Anchored, classifier: re.Pattern,
                 after_head: re.Pattern, membership: re.Pattern, pilot: re.Pattern, lead: Anchored,
                 tally: re.Pattern, programme: re.Pattern, collective: re.Pattern, personal: re.Pattern,
                 coach_note: re.Pattern, coach_line: re.Pattern, list_pointer: re.Pattern,
                 words_of: dict[str, tuple[str, ...]], endings: dict[str, Endings], not_title_openings: Openings) -> None:
        self.head = head
        self.marker = marker
        self.drop = drop
        self.not_title = not_title
        self.object = object
        self.rank_prize = rank_prize
        self.category = category
        self.classifier = classifier
        self.after_head = after_head
        self.membership = membership
        self.pilot = pilot
        self.lead = lead
        self.tally = tally
        self.programme = programme
        self.collective = collective
        self.personal = personal
        self.coach_note = coach_note
        self.coach_line = coach_line
        self.list_pointer = list_pointer
        self.words_of = words_of
        self.endings = endings
        self.not_title_openings = not_title_openings
        self.marker_guard = Searched(marker)


@lru_cache(maxsize=1)
def lexicon_words() -> TitleWords:
    """The title words of the package's lexicons (honors.titles, with the recipients' classifiers), built
    once: the honours stage's, and the actions stage's to tell a title's line from a heading."""
    return compile_words(lexicon.rows("honors.titles"), lexicon.by_kind("honors.recipients", "classifier"))


def compile_words(rows: Iterable[dict[str, str]], classifiers: Iterable[str]) -> TitleWords:
    """`rows` of `honors.titles.tsv`; `classifiers` from the recipient lexicon."""
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(r["word"])

    def alt(kind: str) -> str:
        return lexicon.alternation(by_kind.get(kind, ()))

    return TitleWords(
        head=regex.compile(rf"(?:{alt('head')})$"),
        marker=regex.compile(alt("marker")),
        # 等荣誉, 等各级荣誉二十余项, 等3项荣誉称号: the generic tail, with what it says of the titles before it
        drop=regex.compile(rf"(?:等(?:其他|其它|各类|各项|各级|多项)?(?:{_NUMBER}(?:余|多)?[项个次种])?|的)?(?:{alt('drop')})"
                           rf"(?:{_NUMBER}(?:余|多)?[项个次种])?(?:{alt('trailer')})?$"),
        not_title=regex.compile(rf"(?:{alt('not_title')})$|^(?:{alt('not_title')})"),
        object=regex.compile(rf"(?:{alt('object')})"),
        rank_prize=regex.compile(rf"(?:{alt('rank_prize')})"),
        category=Anchored(regex.compile(rf"^(?:{alt('category')})")),
        classifier=regex.compile(rf"(?:{lexicon.alternation(classifiers)})"),
        # 荣获一等奖后, 获评“X”后: a time word after a head word or a closing quote
        after_head=regex.compile(rf"(?:{alt('head')}|”)({alt('trailer')})$"),
        membership=regex.compile(rf"(?:{alt('membership')})$"),
        pilot=regex.compile(alt("pilot")),
        lead=Anchored(regex.compile(rf"(?:{alt('lead')})")),
        tally=regex.compile(rf"{_NUMBER}\s*(?:余|多)?\s*(?:{alt('tally')})$"),
        programme=regex.compile(rf"(?:{alt('programme')})$"),
        collective=regex.compile(rf"(?:{alt('collective')})$"),
        personal=regex.compile(rf"(?:{alt('personal')})$"),
        coach_note=regex.compile(rf"[（(](?:{alt('coach')})[:：][^（）()\n]*[)）]\s*$"),
        coach_line=regex.compile(rf"[ \t\u3000]*(?:{alt('coach')})[:：]"),
        # （名单附后）, （见附件2）, （获奖名单另行公示）, （名单详见协会官网）
        list_pointer=regex.compile(rf"[（(](?:获奖)?(?:名单)?(?:(?:{alt('list_pointer')})\d*"
                                   rf"|(?:{alt('list_pointer_to')})[^（）()\n]{{1,8}})[）)]$"),
        words_of={kind: tuple(words) for kind, words in by_kind.items()},
        endings={kind: Endings(words) for kind, words in by_kind.items()},
        not_title_openings=Openings(by_kind.get("not_title", ())),
    )



# -- one title -----------------------------------------------------------------------------------

# after a merit or a prize (三等功, 一等奖), how many times it was awarded
_TIMES_AWARDED: Final = regex.compile(rf"(?<=功|奖)(?:{_NUMBER})次$")
_COUNTED_TAIL: Final = "项个次种"  # 荣誉二十余项: a generic tail may end in a count of the titles


def _unclosed_bracket(norm: str, start: int, end: int) -> int:
    """Where the last opening bracket of `[start, end)` that no bracket closes after it stands; -1."""
    for opening, closing in (("（", "）"), ("(", ")")):
        at = norm.rfind(opening, start, end)
        if at >= 0 and norm.find(closing, at, end) < 0:
            return at
    return -1


# 附件：2024年度优秀人民警察名单, 附件2:…: the annex's label before the list's title
_ANNEX_LABEL: Final = regex.compile(r"附件\s*\d{0,2}\s*[:：]\s*")



def clean(norm: str, start: int, end: int, words: TitleWords) -> Span2 | None:
    """The title inside `[start, end)`: edges, the particle the verb left, the generic tail
    (称号, 等荣誉称号) and quote marks around the whole title removed. None when nothing is left."""
    start, end = _strip(norm, start, end)
    opened = _unclosed_bracket(norm, start, end)
    if opened >= 0:
        start, end = _strip(norm, start, opened)  # X名单（全省共200个村入选，…）: a note the stretch cuts off
    coached = words.coach_note.search(norm, start, end) if end > start and norm[end - 1] in "）)" else None
    if coached is not None:
        start, end = _strip(norm, start, coached.start())  # 合唱类一等奖（指导教师：汪春燕）: who coached the winners
    pointer = words.list_pointer.search(norm, start, end) if end > start and norm[end - 1] in "）)" else None
    if pointer is not None:
        start, end = _strip(norm, start, pointer.start())  # “X”（名单附后）, （名单另行公示）: where the list is, no title's word
    dash = norm.find("——", start, end)
    if dash > start and norm.count("“", start, dash) == norm.count("”", start, dash):
        end = dash  # 入选X——这一批次全国共有994个村: the dash opens an aside (a quoted name may hold one)
    m = _LEADING_PARTICLE.match(norm, start, end) or words.lead.match(norm, start, end) or _ANNEX_LABEL.match(
        norm, start, end)
    if m:
        start = m.end()
    # both tail patterns are anchored at the end (the engine tries them at every position): searched
    # only where the stretch ends with a word they end with (a trailer, a generic tail word)
    trailer = words.after_head.search(norm, start, end) if _ends_in(norm, start, end, words, "trailer") else None
    if trailer:
        end = trailer.start(1)  # 荣获一等奖后: what follows the title is the time after it
    for _ in range(3):  # 等荣誉称号, then the 的 before it
        tail = words.drop.search(norm, start, end) if (
            _ends_in(norm, start, end, words, "drop") or _ends_in(norm, start, end, words, "trailer")
            or end > start and norm[end - 1] in _COUNTED_TAIL) else None
        if not tail:
            break
        if tail.start() == start:
            return None  # 称号 alone: the generic word, no title
        end = tail.start()
        start, end = _strip(norm, start, end)
    times = _TIMES_AWARDED.search(norm, start, end) if end - start > 3 and norm[end - 1] == "次" else None
    if times:
        end = times.start()  # 荣立个人三等功3次, 记三等功一次: how many times, not the title
    if end - start >= 2 and norm[start] == "“" and norm[end - 1] == "”" and "“" not in norm[start + 1:end - 1]:
        start, end = start + 1, end - 1
    elif end - start >= 2 and norm[start] == norm[end - 1] == '"' and '"' not in norm[start + 1:end - 1]:
        start, end = start + 1, end - 1  # "湖北省十大女杰": straight quotes, as web pages often have them
    elif end - start >= 2 and norm[start] == "‘" and norm[end - 1] == "’" and "‘" not in norm[start + 1:end - 1]:
        start, end = start + 1, end - 1  # ‘湖北省优秀志愿者’: single quote marks around the whole title (inside a quotation)
    elif end - start >= 2 and norm[end - 1] == "”" and "“" not in norm[start:end]:
        end -= 1  # 被“省科协评为X”: the quote opened before the title, so its close is no part of it
    start, end = _strip(norm, start, end)
    if end - start < 2 or end - start > _MAX_TITLE and not _long_list(norm, start, end, words):
        return None
    return start, end


def _long_list(norm: str, start: int, end: int, words: TitleWords) -> bool:
    """A stretch too long for one title that is a list of them (县科协荣获A、B、C和D): each is held
    to the length of one."""
    parts = split(norm, (start, end), words)
    return len(parts) > 1 and all(b - a <= _MAX_TITLE for a, b in parts)


def _strip(norm: str, start: int, end: int) -> Span2:
    while start < end and norm[start] in _EDGE:
        start += 1
    while end > start and norm[end - 1] in _EDGE:
        end -= 1
    return start, end


def in_quotes(norm: str, span: Span2) -> bool:
    """Whether quote marks hold the title (spaces inside them allowed: “ 向上向善好青年”)."""
    a, b = span
    while a > 0 and norm[a - 1] == " ":
        a -= 1
    while b < len(norm) and norm[b] == " ":
        b += 1
    return a > 0 and norm[a - 1] == "“" and b < len(norm) and norm[b] == "”"


def plain(text: str) -> str:
    """The title without its quote marks."""
    return text.replace("“", "").replace("”", "")


@lru_cache(maxsize=4096)  # the filters and the levels ask for the same titles' bare forms again and again
def bare(text: str) -> str:
    """The title without its edition and quote marks: where its issuer or place starts."""
    text = text.replace("“", "").replace("”", "")
    m = EDITION.match(text)
    return text[m.end():] if m else text


def _may_end(text: str, words: TitleWords, kind: str) -> bool:
    """Whether `text` ends with a word of `kind` (`$` also matches before a newline that ends it)."""
    ends = words.endings.get(kind)
    if ends is None:
        return False  # no word of the kind: an empty tuple ends nothing
    n = len(text)
    return ends.end(text, 0, n) or n > 0 and ord(text[n - 1]) == 10 and ends.end(text, 0, n - 1)


def _ends_in(norm: str, start: int, end: int, words: TitleWords, kind: str) -> bool:
    """Whether norm[start:end] ends with a word of `kind`, or does before a newline that ends it
    (where `$` also matches): a pattern that must end with one cannot match otherwise."""
    ends = words.endings.get(kind)
    if ends is None:
        return False
    return ends.end(norm, start, end) or end > start and ord(norm[end - 1]) == 10 and ends.end(norm, start, end - 1)


def is_titled(text: str, words: TitleWords) -> bool:
    """A head word at the end or a marker inside: the phrase names a title on its own strength."""
    plain = text.replace("“", "").replace("”", "")
    return bool(_may_end(plain, words, "head") and words.head.search(plain) or words.marker_guard.search(plain)
                or plain.endswith((_PLACE_LAST, _CHAMPION_LAST)) and _PLACE_IN_ORDER.match(plain))


def names_holder_kind(text: str, words: TitleWords) -> bool:
    """先进个人, 全国文明村镇, 优秀组织奖: a title that ends with its head word or with the kind of holder it
    is for (a body's or a person's word), not one that merely holds a marker (选树先进典型)."""
    plain_text = plain(text)
    return _may_end(plain_text, words, "head") or is_collective(plain_text, words) or is_personal(plain_text, words)


def is_quoted(text: str) -> bool:
    return "“" in text and "”" in text


def ends_quoted(text: str) -> bool:
    """双河镇“书香校园”: quote marks that close the phrase hold its name; quote marks inside it
    (“立改废释”市级试点县) hold a term, and name no title."""
    return text.endswith("”") and "“" in text


_CIRCULATED_COMMENDATION: Final = "通报表扬"


def not_a_title(text: str, words: TitleWords) -> bool:
    """Support, praise or money (获得支持, 获评好评): the object of the verb is not a title. A
    commendation that names its kind (获县委、县政府各项先进表彰, 获市优秀教师表彰) is one; a bare
    one (获市政府表彰, 获得各级党委的各项工作表彰) is not."""
    plain = text.replace("”", "")
    if plain.endswith("元") and _SUM_END.search(plain) is not None:
        return True  # “巾帼贷”等信贷支持1.85亿元: a sum received, whatever it was called
    if plain == _CIRCULATED_COMMENDATION:
        return False  # 受到省公安厅通报表扬, 予以通报表扬: a notice's commendation, formal as 嘉奖 is (not praise)
    if not (_may_end(plain, words, "not_title") or words.not_title_openings.start(plain)):
        return False  # the pattern holds the word where the text ends or starts
    m = words.not_title.search(plain)
    if m is None:
        return False
    commendation = _COMMENDATION_END.search(plain)
    if commendation is None or words.not_title.search(plain, 0, commendation.start()):
        return True
    named = plain[:commendation.start()]
    return not (is_titled(named, words) and not words.category.search(bare(named)) and "各级" not in named)


def is_object_only(text: str, words: TitleWords) -> bool:
    """证书, 奖牌, 荣誉证书: a thing handed over, without a title's name before it; one character before the
    thing's word counts as a name's only when more follows the word (杭锦旗2023年度先进集体: 锦旗 inside a name,
    the title after it; 送锦旗和证书 is read so too, a list of things, no title, which the other filters turn down)."""
    m = words.object.search(text)
    if m is None:
        return False
    before = len(text[:m.start()].strip("荣誉“”"))
    return before == 0 or before == 1 and not text[m.end():].strip("“”")


def are_ranks_only(text: str, words: TitleWords) -> bool:
    """一、二、三等奖, 冠军、亚军和季军: placings alone, one or a list of them, none with the event it ranks in."""
    text = text.strip()
    if is_rank_only(text, words):
        return True
    parts = [part for part in _RANK_LIST_MARK.split(text) if part]
    return len(parts) > 1 and all(is_rank_only(part, words) for part in parts)


_RANK_LIST_MARK: Final = regex.compile(r"[、和及与]")


def is_rank_only(text: str, words: TitleWords) -> bool:
    """一等奖, 金奖 alone: a placing without the event it ranks in."""
    # both patterns must match the whole bare title, so its last character ends a placing's word or 等奖;
    # `bare` leaves out quote marks and an edition at the start, never the last character otherwise.
    # Most titles end otherwise: they are not made bare (a look-up with a hash of the title) and matched.
    ends = words.endings.get("rank_prize")
    if ends is not None and ends.plain:
        end = len(text)
        while end > 0 and _QUOTE_CODES.has(text, end - 1):
            end -= 1
        if end == 0 or not ends.last_codes.has(text, end - 1) and ord(text[end - 1]) not in (
                _PLACINGS_LAST_CODE, _PLACE_LAST_CODE, _CHAMPION_LAST_CODE):
            return False
    plain = bare(text)
    return words.rank_prize.fullmatch(plain) is not None or _PLACINGS.fullmatch(plain) is not None


def is_place_in_order(text: str) -> bool:
    """团体第一名, 乒乓球男子组单打第一名, 男子篮球冠军: a place in a contest's order, held by one winner."""
    return text.endswith((_PLACE_LAST, _CHAMPION_LAST)) and _PLACE_IN_ORDER.match(plain(text)) is not None


def is_membership(text: str, words: TitleWords) -> bool:
    """国家队, 省级专家库: a body one is selected into, named by its level alone; not a title."""
    stem = bare(text)
    return _may_end(stem, words, "membership") and not is_titled(text, words) and not is_quoted(text) and (
        words.membership.search(stem) is not None)


def is_tally(text: str, words: TitleWords) -> bool:
    """金牌4枚、银牌2枚: prizes counted, not a title named."""
    return _may_end(text, words, "tally") and words.tally.search(text) is not None


def is_programme(text: str, words: TitleWords) -> bool:
    """全国青少年科技创新人才培养计划: a programme one is trained in, not a title."""
    text = plain(text)
    return _may_end(text, words, "programme") and words.programme.search(text) is not None


def is_collective(text: str, words: TitleWords) -> bool:
    """先进集体, 优秀单位, 青年文明号: a title only a body holds."""
    text = plain(text)
    return _may_end(text, words, "collective") and words.collective.search(text) is not None


def is_personal(text: str, words: TitleWords) -> bool:
    """先进个人, 优秀志愿者, 三八红旗手: a title only a person holds; not a body's word before its head
    (文明单位标兵: a model body)."""
    text = plain(text)
    m = words.personal.search(text) if _may_end(text, words, "personal") else None
    return m is not None and words.collective.search(text, 0, m.start()) is None


def is_joint(text: str, words: TitleWords) -> bool:
    """先进集体和先进个人: a body's title and a person's joined, the heading of a list of both; no one
    recipient's title."""
    text = plain(text)
    m = words.personal.search(text) if _may_end(text, words, "personal") else None
    if m is None:
        return False
    joint = _JOINED_BEFORE.search(text, 0, m.start())
    return joint is not None and words.collective.search(text, 0, joint.start()) is not None


# 集体|和|先进个人, 单位|及优秀|个人: a conjunction (maybe a grade after it) between a body's title and a person's
_JOINED_BEFORE: Final = regex.compile(r"[和及与、](?:先进|优秀)?$")


def is_pilot(text: str, words: TitleWords) -> bool:
    """试点县, 试点单位: a pilot the body is put on, a task and not an honour."""
    return words.pilot.search(text) is not None


def is_category(text: str, words: TitleWords) -> bool:
    """各级, 各项, 全国和省级: a class of awards, not one title."""
    plain = bare(text)
    return bool(words.category.search(plain) or _LEVEL_JOIN.match(plain))


# -- lists of titles -----------------------------------------------------------------------------

def split(norm: str, span: Span2, words: TitleWords) -> list[Span2]:
    """A list of titles, one span each: X、Y和Z, “X”“Y”. Split only when every part is a title on
    its own strength, so 市职工合理化建议和先进操作法优秀成果 stays one title."""
    start, end = span
    # the tail opens with 等: searched only in a stretch that holds one
    tail = _LIST_END.search(norm, start, end) if norm.find("等", start, end) >= 0 else None
    if tail and tail.start() > start:
        end = tail.start()
    if _SPLITS.search(norm, start, end) is None:
        return [(start, end)]  # no separator and no quote mark: one title (most are)
    quoted = _adjacent_quotes(norm, start, end)
    if len(quoted) > 1:
        return quoted
    if _one_part(norm, start, end):
        return [(start, end)]  # quote marks, no list word (most quoted titles): the parts' reading finds one
    return _split_parts(norm, start, end, words)


def shared_head_parts(norm: str, span: Span2, words: TitleWords) -> list[Span2]:
    """The items of a list of titles whose head only the last item names whole, as `split` keeps it one title:
    一、二、三等奖 (placings sharing 等奖), 中式面点师项目、中式烹调师项目一等奖 (items of one stem sharing the
    placing), 省级和市级“X” (levels sharing the title). [] for any other stretch: a title that holds a list word
    inside quote marks or as a word of its own (“全省文化和旅游系统先进集体”, 全省农民和渔民技能大赛一等奖), or
    whose last item is no title of its own (省级和市级荣誉)."""
    parts = _parts(norm, span[0], span[1], _LIST_SEPARATORS | _CONJUNCTIONS)
    if len(parts) < 2 or any(norm.count("“", a, b) != norm.count("”", a, b) for a, b in parts):
        return []  # a list word inside quote marks is a word of the title
    last = norm[parts[-1][0]:parts[-1][1]]
    if not _part_is_title(norm, parts[-1], words):
        return []
    placing = _PLACING_HEAD.search(last)
    placing_alone = placing is not None and placing.start() == 0  # (三等奖, the whole item)
    for a, b in parts[:-1]:
        item = norm[a:b]
        if len(item) == 1 and placing_alone and _PLACING_HEAD.match(item + last[1:]):
            continue  # 一、二、三等奖: a placing's rank, sharing the last item's 等奖
        if _LEVEL_ITEM.fullmatch(item) and _LEVEL_ITEM.match(last):
            continue  # 省级和市级“X”: a level, sharing the last item's title
        if placing is not None and placing.start() >= 2 and len(item) >= 2 and item[-2:] == last[placing.start() - 2:placing.start()]:
            continue  # 中式面点师项目、中式烹调师项目一等奖: an item of the same stem (…项目), sharing the placing
        return []
    return parts


# a placing at a title's end (三等奖, 项目一等奖, 金奖); `shared_head_parts`
_PLACING_HEAD: Final = regex.compile(r"[一二三四五六七八九十特]等奖$|[金银铜]奖$")
_LEVEL_ITEM: Final = regex.compile(r"(?:国家|省|市|县|区|镇|乡)级")


def _one_part(norm: str, start: int, end: int) -> bool:
    """Whether `_split_parts` finds one part in norm[start:end] whatever it reads, for a stretch that is
    not several quoted titles side by side (`split` returns those first): no list word in it, no edge
    to strip, no 以及 across its end (tests/test_honors_guards.py)."""
    for ch in _LIST_WORDS:
        if norm.find(ch, start, end) >= 0:
            return False
    return _strip(norm, start, end) == (start, end) and not norm.startswith("以及", end - 1)


def _split_parts(norm: str, start: int, end: int, words: TitleWords) -> list[Span2]:
    for separators in (_LIST_SEPARATORS | _CONJUNCTIONS, _LIST_SEPARATORS):
        # “X”“Y”及Z: quoted titles side by side are items too
        parts = [q for p in _parts(norm, start, end, separators) for q in (_adjacent_quotes(norm, *p) or [p])]
        # 、 separates items only: there a part may be a title by its issuing rank alone (全市…一等奖单位)
        ranked = separators == _LIST_SEPARATORS
        # (江苏省残疾人就业创业示范基地和徐州市扶残助残爱心单位: every part opened by the place that issues it;
        # not 江苏省文化和旅游工作先进集体, whose second part opens with no place)
        if len(parts) > 1 and (all(_part_is_title(norm, p, words, ranked) for p in parts)
                               or all(_issued_by_place(norm[a:b]) for a, b in parts)):
            if ranked:  # …、南通市巾帼文明岗和如皋市五一劳动奖状: the last item a pair of titles of their own
                parts = [q for p in parts for q in _conjoined_titles(norm, p, words)]
            return [_unquote(norm, p) for p in parts]
    return [(start, end)]


def _conjoined_titles(norm: str, part: Span2, words: TitleWords) -> list[Span2]:
    """An item of a 、 list split at 和, 及, 与 where every piece is a title of its own; else the item."""
    pieces = _parts(norm, part[0], part[1], _CONJUNCTIONS) if any(norm.find(ch, *part) >= 0 for ch in _CONJUNCTIONS) else []
    if len(pieces) > 1 and (all(_part_is_title(norm, p, words) for p in pieces)
                            or all(_issued_by_place(norm[a:b]) for a, b in pieces)):
        return pieces
    return [part]


def _part_is_title(norm: str, part: Span2, words: TitleWords, ranked: bool = False) -> bool:
    text = norm[part[0]:part[1]]
    level = _LEVEL_PREFIX.match(text) or (_RANK_PREFIX.match(text) if ranked else None)
    levelled = level is not None and len(text) - level.end() >= 2  # 省级 alone names no title
    return len(text) >= 2 and (is_titled(text, words) or is_quoted(text) or in_quotes(norm, part) or levelled
                               or ranked and _issued_by_place(text)) and not is_category(text, words)


def _issued_by_place(text: str) -> bool:
    """江苏省社区医院, 南通市巾帼文明岗: a part opened by the place that issues it (a province, a city or a
    county the gazetteer names), and at least two characters of its own after it."""
    if text.endswith(_BODY_ENDINGS) or _ISSUED_RELATIVE.search(text):
        return False  # 江苏省农业农村厅, …农业农村局表彰的“X”: the issuer, or a phrase, not a title
    for start, name, place in gazetteer_places(text):
        return start == 0 and place is not None and len(text) - len(name) >= 2
    return False


_BODY_ENDINGS: Final = ("厅", "局", "委", "政府", "办公室", "委员会")  # how an issuing body's name ends
_ISSUED_RELATIVE: Final = regex.compile(r"(?:表彰|授予|命名|评选|认定|颁发|评定)的")


def _parts(norm: str, start: int, end: int, separators: frozenset[str]) -> list[Span2]:
    parts, pos = [], start
    while pos < end:
        stop = scan.clause_end(norm, pos, end, separators)
        part_end = stop - 1 if "及" in separators and norm.startswith("以及", stop - 1) else stop  # A以及B
        parts.append(_strip(norm, pos, part_end))
        pos = stop + 1
    return [p for p in parts if p[1] > p[0]]


def _adjacent_quotes(norm: str, start: int, end: int) -> list[Span2]:
    """“安徽省五一劳动奖章”“安徽省劳动竞赛先进集体”: quoted titles side by side, nothing between."""
    out: list[Span2] = []
    pos = start
    while pos < end and norm[pos] == "“":
        close = norm.find("”", pos + 1, end)
        if close < 0:
            return []
        out.append((pos + 1, close))
        pos = close + 1
        while pos < end and norm[pos] in "、,，和及与":
            pos += 1
    return out if pos >= end else []


def _unquote(norm: str, span: Span2) -> Span2:
    a, b = span
    if b - a > 2 and norm[a] == "“" and norm[b - 1] == "”" and "“" not in norm[a + 1:b - 1]:
        return a + 1, b - 1
    return span


class CountedTitle(NamedTuple):
    title: Span2
    receiver: Span2  # the count that receives it: 10个, 20人, 600余人


def counted(norm: str, start: int, end: int, words: TitleWords, verbs: re.Pattern | None = None,
            conferred: bool = False) -> list[CountedTitle]:
    """Titles each followed by the count of those who received it, as a commendation reports them:
    县三八红旗集体10个、三八红旗手20人 / 五好家庭、最美家庭等50户 / 优秀教师、先进教育工作者等荣誉称号的
    共有600余人. Empty when the stretch does not read that way from its start. A part that opens with
    one of `verbs` (…50户,推选市级最美家庭7户) starts a reading of its own. After a verb that confers a
    title by itself (`conferred`: 荣获市技师创新工作室1个) a part need not name itself a title: the
    honours stage's filters judge it."""
    out: list[CountedTitle] = []
    pos = start
    while pos < end:
        if verbs is not None and pos > start and verbs.match(norm, pos):
            break
        found = _next_count(norm, pos, end, words)
        if found is None:
            break
        title_end, count = found[0], (found[1], found[2])
        # 等荣誉称号的共有600余人: the count's lead-in and the generic tail belong to neither
        while title_end > pos and norm[title_end - 1] in "的 ":
            title_end -= 1
        span = clean(norm, pos, title_end, words)
        if span is None:
            break
        titles = split(norm, span, words)
        if not conferred and not all(_part_is_title(norm, t, words) or is_titled(norm[t[0]:t[1]], words) for t in titles):
            break
        out.extend(CountedTitle(t, count) for t in titles)
        pos = count[1]
        if pos < end and norm[pos] in "、,，;；":
            pos += 1
        else:
            break
    return out


def _next_count(norm: str, pos: int, end: int, words: TitleWords) -> tuple[int, int, int] | None:
    """The first count (number and measure word) outside quotes in `[pos, end)`: where its lead-in
    (共有) starts, where the number starts, where the measure word ends."""
    depth = 0
    i = pos
    while i < end:
        ch = norm[i]
        if depth == 0 and ch in ",，:：;；":
            return None  # a title never runs across a clause: the count belongs to something else
        if ch in scan.OPEN:
            depth += 1
        elif ch in scan.CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch.isdigit() or ch in "一二两三四五六七八九十百千共有"):
            edition = _EDITION_INSIDE.match(norm, i, end)
            if edition and (i == pos or not norm[i - 1].isdigit()):
                i = edition.end()  # 2023年度全县先进单位12个: the edition is the title's
                continue
            m = _COUNT.match(norm, i, end)
            if m and m.group(1):
                c = words.classifier.match(norm, m.end(), end)
                if c:
                    return m.start(), m.start(1), c.end()
                if ch.isdigit():
                    return None  # a number that counts nothing (a year, a rank) ends the reading
        i += 1
    return None
