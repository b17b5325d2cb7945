"""Stage: honors. Who was honoured with what, at which administrative level.

A small grammar over spans, in three parts:

- Titles (`titles.py`; words in `honors.titles.tsv`): an issuer or place prefix, an edition, a body
  and a head word or a marker (全国|最美|家庭, 2023年度|“江油|好人”).
- Recipients (`recipients.py`; words in `honors.recipients.tsv`, `honors.anaphors.tsv`): only
  recipient candidates are read as recipients: entity spans (PERSON, ORG, GPE), phrases ending in an
  institution head (…康复中心, …孙斜村), counted groups (14人, 王跃等100位同志, 16个单位), short names,
  names after a post (护士长朱伟平), anaphors resolved to the organisation of their kind before them
  (该公司). Frame words (其中, 近日), times, adverbs (先后, 分别) and honorifics (同志) are left out.
- Constructions (verbs in `honors.triggers.tsv`, the words around them in `honors.frames.tsv`)
  bind them, each a named rule whose id is on the Honor: `honors.active` (A获评X), `honors.weak`
  (A获得X, when X names itself a title), `honors.passive` (A被市妇联评为X), `honors.passive_counted`
  (被表彰为X 5人、Y 1人), `honors.active_counted` (subject elided: 荣获X 1个), `honors.grant`
  (授予A“X”), `honors.confer` (向A颁发X奖牌), `honors.name_as` (命名A为X), `honors.commend_dash`
  (表彰了X——A、B), `honors.commend_object` (表彰A等9名X), `honors.commend_counted` (表彰X 10个、
  Y 20人), `honors.select_as` (评选出A等20位…，作为“X”), `honors.among` (在…X名单中，A入选; 表彰X
  300个，其中，我县2个团队入选), `honors.announce` (获得X的是:A、B, 二、X名单（12名）：A、B; a bare placing
  takes the contest with a place of its own named before it), `honors.announce_lines` (a title
  line, or a grant to the lines that follow it (授予以下同志“X”称号：), then the recipients line by
  line; under a heading with a count, a line of no candidate does not end the list; a line may name
  its prize before its winners: 一等奖：A、B; a row names a person, then where the person works; a note
  in brackets, a place or a class heading the names after it do not end the list; the lines after
  an honour's 分别是： or 现将名单通报如下： take its title), `honors.epithet_list` (曾获得“X”“Y”等荣誉的A),
  `honors.relative` (获得X称号的A表示…, 对获得X的20户家庭进行表彰), `honors.on_list` (…公布了X名单，A榜上有名;
  the list of the sentence before, or the frame 在…中 it is among), `honors.same_title` (A获此称号, 同批获此殊荣的
  还有B: the title named last before, in the sentence or the one before it), `honors.graded_parts` (N人获得X，其中金奖
  38人、银奖41人: each count the placing before it). Names after an honour (…获X，他们是：A、B)
  receive it too, read as `honors.announce`; a counted group and the members its list names are two
  recipients.

A list of recipients gives one honour each; one recipient with a list of titles gets each title
(“X”“Y”及提名奖: quoted titles side by side are items, and a title may share the stem before it);
a list facing a list of the same length pairs them in order. A verb without a subject of its own
takes the one read before it in the sentence (A获评X，并被评为Y), the person or body an earlier
clause opens with (张红扎根社区十年，获评X), the person or family an earlier sentence of its
paragraph opens with (王建平，男，…现任村党支部书记。2022年被评为X), or, in a report whose last
subject named is the reporting body, that body (县科协…。二、X工作，被省科协评为Y). A candidate that is a time, an issuer,
a verb phrase, a scope word or no candidate at all is turned down whatever the construction, and so
is a title that is support, praise, a thing handed over or a class of awards: the filters are
ordered tables of named predicates (`filters.py`), and every candidate they turn down is kept on
`doc._.xf_honors_rejected`. Two more look at the whole article: the awarding body's own list
outside the reporting body's area (表彰了A等599个X … 其中，我省16个单位…), and a total restating the
honours named before it.

`level` follows the administrative rank of whoever issues the title (rank words in
`honors.levels.tsv`, places from the gazetteer): the place or rank word the title starts with (全国,
山东省, 潍坊市, a bare 市 read as the article's home city), else the contest a placing was won in
(or whoever held it: 市妇联举办的…大赛), else the title before it in the same list, else the issuing
body (被团省委评为, 团中央授予的X, the body that grants it, a ministry: national), else the body that
set the award up, an earlier title it abbreviates, or the honour just before it, or the body whose
commendation the paragraph told before it (县文旅局对…单位进行了表彰。A获评X), or for a prize (…奖)
whose paragraph names no contest, the contest the article reports, where every contest named before
it agrees on one rank; a commendation
that names no body is the reporting body's (大会表彰了14户“文明家庭”), at the rank of the first
body with one named before it.

Not honours, whatever the construction: selection into a team or a pool (入选国家队), a nominee's
title a notice proposes (拟表彰对象, 候选人; a list after prose that proposes it), a pilot (列为试点县), a post one is elected to (当选县政协委员), a count of things built (创建示范户300个), quote
marks around a term inside a phrase (“立改废释”市级试点县).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Final, NamedTuple, Sequence

import ahocorasick_rs

from .. import lexicon
from ..text import numerals, regex, scan, segment
from . import doc as d
from . import gazetteer, recipients, titles
from .home import Home, HomeArea
from .doc import EntityMention, HonorFact, Rejected, Span2
from .entities import gazetteer_places, plausible_place_stem
from .filters import Filter, check_table
from .recipients import Recipient, RecipientWords
from .titles import Anchored, Endings, Openings, Searched, TitleWords

_HARD: Final = frozenset("。;；!！?？\n")
_AMONG_BARE: Final = regex.compile(r"(?:^|(?<=[,，。;；:：\s]))([^,，。;；:：\s]{2,60}?)(?:之中|中)[,，]")
# ，他们是：/ ，分别是 after an honour: the names of who received it follow
# (…称号，分别是：, …称号。他们是：: a comma or a full stop before it)
_MEMBERS_FOLLOW: Final = regex.compile(r"[,，。]\s*(?:他们|她们|它们)?(?:分别|依次)?(?<=[们别次])(?:是|为)\s*[:：]?")
_MEMBERS_REACH: Final = 8  # the characters of ，他们分别是：
_MEMBERS_GAP: Final = 6  # what may stand between the honour and that comma (”称号, 荣誉)
# 现将名单通报如下： / 名单如下： closing a paragraph that conferred an honour
_COUNTED_IN_TITLE: Final = regex.compile(r"\d+\s*[名个人位项件户家]")  # 二等奖4名: a count, no title holds one
# “X”称号的单位|名单 (not 全国人民满意的公务员集体, a title that holds 的)
_LIST_OF_HOLDERS: Final = regex.compile(r"(?:荣誉称号|称号|荣誉)的[\u4e00-\u9fff]{0,6}$")
# what may stand between the honour and a bare 名单： that names its holders (“X”称号的单位名单：)
_HOLDERS_BEFORE_LIST: Final = regex.compile(r"[”\"]?(?:荣誉称号|称号|荣誉)?的?(?:先进)?(?:单位|个人|集体|同志|家庭|人员|企业|组织)?")
# (…荣获“X”称号的单位名单：: a list named by the honour its members received, a colon after it)
# (名单如下（排名不分先后）：: a note on the list's order in brackets before the colon)
_LIST_FOLLOWS: Final = regex.compile(r"名单(?:及[^,，。:：]{1,8}?)?(?:(?:予以)?(?:通报|公布|公示|印发|发布)?如下"
                                     r"(?:[（(][^（）()]{0,12}[）)])?\s*[:：。]|(?:[（(][^（）()]{0,12}[）)])?\s*[:：])")
_LIST_FOLLOWS_REACH: Final = 26  # the characters of 名单及主要事迹予以通报如下（排名不分先后）：
_CLAUSE: Final = _HARD | frozenset(",，:：")
_LIST_ITEMS: Final = frozenset("、和及与")
_CELL_LIST_END: Final = regex.compile(r"等人?$")
_ENUMERATION: Final = frozenset("、")  # the one mark that lists the names of a table's cell (陈永康、黄丽华)
_COMMA_ITEMS: Final = frozenset("、,，")
_GOES_ON: Final = frozenset(";；")  # a sentence ending here goes on with the same subject
_CJK: Final = "\u4e00-\u9fff"
_NAMED: Final = ("PERSON", "ORG", "GPE")
# how far after a national list the within-area part (其中，我省16个单位…) may follow it
_WITHIN_AREA_REACH: Final = 300
# the constructions whose subject confers the title: with none named, the reporting body does
_CONFERRED_BY_SUBJECT: Final = frozenset({"honors.grant", "honors.confer", "honors.name_as", "honors.commend_dash",
                                   "honors.commend_object", "honors.commend_counted", "honors.merit"})
# announcement lists: the title is the line's, its issuer the notice's
_ANNOUNCED: Final = frozenset({"honors.announce_lines", "honors.announce"})
# how far the list may run after the commendation that introduces it
_OWN_COMMENDATION_REACH: Final = 200
_ANNEX_REACH: Final = 2000  # how far a notice's annex list may stand from the decision it lists
_PREPARED_BY: Final = regex.compile(r"经[^,，。;；]{0,40}(?:推荐|审核|研究|评审|评议|考评|公示)")
_OWN_DECISION: Final = regex.compile(r"决定")  # 经…研究，决定对…予以表彰: the notice's body decides it
_DECISION_ITEMS: Final = 4  # how many items before, set apart by semicolons, a decision's 决定 may open
_DECISION_ITEM: Final = regex.compile(r"决定[:：]?(?:授予|追授|命名|表彰|给予|对)")
# a title read just before, in the same run of text, lends its level to one without a place
_NEARBY_TITLE: Final = 40
_SHORT_FORM: Final = 4  # the fewest characters of a title's short form that a longer title restates (先进民营企业)
_NEARBY_FACTS: Final = 50  # how many facts back the honour just before is looked for (a list's neighbours)
# 街道授予…, 县里表彰…: a sentence that opens with a bare rank word names the body by it
_BARE_SUBJECT: Final = 4
# a line of announced recipients (several names to a line) is no longer than this
_MAX_ANNOUNCED_LINE: Final = 120
_SENTENCE_END: Final = frozenset("。！？!?")
_PREVIOUS_REACH: Final = 200  # how far back the sentence before is sought
_MAX_LISTED_LINE: Final = 600  # a line of at least four names separated by 、
# a heading that is a title alone (利川市科普工作先进个人) is no longer than this
_MAX_TITLE_LINE: Final = 30
# 获得X称号的 … 刘建华: how far after 的 the person's name may end
_RELATIVE_REACH: Final = 30
# 评选出“十佳单位”10个，获奖单位分别是…: how far back the title of an announced list may stand
_TITLE_REACH: Final = 150
# 评选共评出: a commend verb this close after another makes the first a noun
_NEXT_VERB: Final = 4
# 张三，男，1970年生，县医院院长，曾获评X: how many clauses back the shared subject may open
_SUBJECT_CLAUSES: Final = 6
_QUOTED: Final = regex.compile(r"“([^”]+)”")
_WORK_TITLE: Final = regex.compile(r"《[^《》]+》")
# the forms whose pattern (`_words().triggers[form]`) opens every match with a word of the form: read
# by `_Sentence.opened` where the words stand (tests/test_honors_indexes.py reads the patterns' sources)
_FRAME_VERBS: Final = ("进行", "予以", "给予")  # what the pattern `commend_frame` holds between 对… and the verb
_OPENED: Final = frozenset({"active", "weak", "grant", "name_as", "commend", "on_list"})
_CLAUSE_EDGE: Final = " ,，:："
# jieba's tags of a word that opens a clause with its subject (县|人民医院…, 盲人…, 东风村…, 该村…)
_NOUN_TAGS: Final = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nsf", "nt", "nz", "ng", "j", "zg", "r"})
_STEM_SUFFIXES: Final = ("市", "县", "区", "旗")  # what a place's name drops inside a title: 奉节县 -> 最美奉节人
# 二、 (a section's number, all that stands before its line of work on a line of its own)
_HEADING_NUMBER: Final = regex.compile(r"[一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]")
_DASH: Final = regex.compile(r"\s*(?:——|—|--|:|：)\s*")
# possessive runs of spaces: a paragraph with a long run of them must not make the lazy title backtrack
# （12名）: how many a list heading announces
# what a count in a list heading counts (（12名）, （8所）, （3座）)
_PEOPLE_BY: Final = "名人位"  # what counts people (（12名）, 8位居民, 3人)
_COUNTED_BY: Final = _PEOPLE_BY + "个项家户支所座处"
_LIST_COUNT: Final = rf"[(（]\s*(?:共计?)?\d+\s*[{_COUNTED_BY}][)）]"  # (（共10名）: 共 or 共计 before the count)
_ANNOUNCE_MARK: Final = regex.compile("是|:|：|名单|获奖|的有")
_LIST_COUNT_COLON: Final = regex.compile(rf"{_LIST_COUNT}[:：]")
# The same heading read from both ends: its section number from the left, its tail (名单, a count in
# brackets, a colon, spaces) from the right: the tail's pattern spelt backwards, matched on the line
# reversed, takes all of the tail it can.
# (◆兰溪市优秀少先队员: a bullet opens a heading as a section number does)
# a section's number or bullet before a heading's title (一、 1. （二） ▍ 【): the fast reader's and the pattern's
# (2.2024年度…名单: a number before a year is the line's, not a decimal)
_HEADING_NUMBER_OR_BULLET: Final = r"(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|\d{1,2}[.．](?=(?:19|20)\d\d年)|[（(][一二三四五六七八九十]+[)）]|[◆◇■□●★☆▶►▪▍【])"
_HEADING_LEAD: Final = regex.compile(rf"\s*+{_HEADING_NUMBER_OR_BULLET}\s*+")
_SPACES: Final = regex.compile(r"\s*+")


# The heading pattern, kept as the reference `_heading` must agree with (tests/test_honors_indexes.py)
# and for the rare line it hands over. Its lazy title tries each of 37 lengths against the tail.
# (a count's bracket may note the list's order after it: （10名，按姓氏笔画排序）, or a second count: （3支队伍、3名个人）)
# (or the order alone: （按姓氏笔画排序）, （排名不分先后）)
@lru_cache(maxsize=1)
def _heading_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The heading pattern and its tail spelt backwards (the order note's last words are the lexicon's
    `order_note` rows, spelt backwards too)."""
    notes = lexicon.by_kind("honors.frames", "order_note")
    order_note = rf"[^()（）\n\d]{{0,10}}?(?:{lexicon.alternation(notes)})"
    order_note_reversed = rf"(?:{lexicon.alternation(word[::-1] for word in notes)})[^()（）\n\d]{{0,10}}?"
    # (…名单（井陉县）, …名单（部分）: a note after 名单 on whose list it is or how much of it)
    full = regex.compile(rf"\s*+{_HEADING_NUMBER_OR_BULLET}?\s*+(.{{4,40}}?)\s*+(?:名单(?:\s*+[(（][\u4e00-\u9fff]{{1,8}}[)）])?)?\s*+"
                         rf"(?:[(（]\s*+(?:(?:共计?)?(\d+)\s*+[{_COUNTED_BY}][\u4e00-\u9fff]{{0,4}}(?:[，,；;、][^()（）\n]{{1,12}})?|{order_note})"
                         r"[)）])?\s*+】?\s*+[:：]?\s*+$")
    tail_reversed = regex.compile(rf"\s*+[:：]?\s*+】?\s*+(?:[)）](?:(?:[^()（）\n]{{1,12}}[，,；;、])?[\u4e00-\u9fff]{{0,4}}[{_COUNTED_BY}]"
                                  rf"\s*+(\d+)(?:计?共)?\s*+|{order_note_reversed})[(（])?"
                                  r"(?:\s*+[)）][\u4e00-\u9fff]{1,8}[(（](?=\s*+单名))?\s*+(?:单名)?\s*+")
    return full, tail_reversed


_HEADING_TITLE: Final = (4, 40)  # the title's length in the pattern
_HEADING_TAIL_LAST: Final = frozenset(":：)）单】")  # what a tail ends with, besides spaces
_HEADING_LEAD_FIRST: Final = frozenset("一二三四五六七八九十0123456789（(◆◇■□●★☆▶►▪▍【")  # what a section number (or bullet) starts with
# the two sets above by code (compiled, `norm[i] in a_set` makes a string of the character and hashes it)
_HEADING_TAIL_CODES: Final = titles.CodeSet(_HEADING_TAIL_LAST)
_HEADING_LEAD_CODES: Final = titles.CodeSet(_HEADING_LEAD_FIRST)
_DATE_LINE: Final = regex.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
_TABLE_HEADER: Final = regex.compile(r"\s*(?:姓\s*名|名\s*称|单位名称|集体名称)(?:\s+[^\s,，。;；]{2,12})+\s*")
# a table's cell, between blanks or bars (序号｜姓名｜工作单位; the working copy has the full-width blank
# as a plain one)
_CELL: Final = regex.compile(r"[^\s｜|]+")
# …or between tabs or bars only, where the row has them: a cell may hold a blank then (王　磊, a
# two-character name padded to the width of three)
# (1　　鑫源副食超市→新华街: a row's number, blanks after it, at the head of a row that tabs part: a cell of its own)
_BARRED_CELL: Final = regex.compile(r"(?<![^\t｜|\n])[ \u3000]*\d{1,3}(?=[ \u3000]+[^\s\d｜|])|[^\t｜|]*[^\s｜|][^\t｜|]*")
# the header cells of a winners' table by what their column holds (honors.headers.tsv)
_NAME_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "name"))  # and any cell ending in 名称
_TITLE_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "title"))
_PROJECT_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "project"))
_PLACES_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "places"))
_TEAM_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "team"))
_ISSUER_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "issuer"))
_ROW_KEY_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "row_key"))
_MAX_HEADER_CELL: Final = 12
_ROW_TABS: Final = 2  # a line with this many tabs is a table's row (three cells or more)
_LINE_START_ITEM: Final = regex.compile(r"\s*([^\s、,，;；]+)")
# a table row under a 姓名 column: the first cell is a person's name whatever its surname (玉香, 岩温
# of Dai names carry none), when another column follows it
_PERSON_COLUMN: Final = regex.compile(r"\s*姓\s*名\s")
_NAME_CELL: Final = regex.compile(r"\s*([\u4e00-\u9fff]{2,4})\s+\S.*")
_PERSON_ROW: Final = recipients.PERSON_ROW
_LONG_NAME_ROW: Final = regex.compile(r"[ \t\u3000]*+(?P<name>[\u4e00-\u9fff]{5,6})[ \t\u3000]++(?P<rest>[^\s、,，;；]++).*")
_PEOPLE_COUNTED: Final = regex.compile(rf"[(（]\s*\d+\s*[{_PEOPLE_BY}][)）]")
# a line that is a note in brackets alone: （共12户，按县区排列）
_NOTE_LINE: Final = regex.compile(r"\s*[(（][^()（）\n]{1,30}[)）]\s*")
# a group of a list under its heading, numbered as a sub-heading: （一）市直单位, （二）县（市、区）
# 一、工业制造类, 商超类: a class of a list under its title (after its number or not)
_CLASS_SECTION: Final = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,2}[、.．])?\s*[\u4e00-\u9fff]{2,8}类\s*")
_GROUP_LABEL_NUMBERED: Final = regex.compile(
    r"\s*[(（][一二三四五六七八九十]{1,3}[)）]\s*(?:市直|县直|区直|省直|驻[^\s,，。;；:：]{1,4})?"
    r"(?:单位|部门|机关|企业|学校|街道|乡镇(?:[(（]街道[)）])?|县[(（]市、区[)）]|县市区|县区)\s*")
_MAX_CLASS_LABEL: Final = 6  # 见义勇为, 孝老爱亲: a class of a list, on a line of its own
_MIN_AFFILIATION: Final = recipients.MIN_AFFILIATION
_HAN_NAME: Final = regex.compile(r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}")
# 图门其其格, 哈斯·巴根: a Mongolian name, of five or six characters or dotted, in a column of names
_MONGOLIAN_NAME: Final = regex.compile(r"[\u4e00-\u9fff]{5,6}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}")
# a list line's own number: （一）, (2), 3., 4、 (not 12.5万)
# （一）县人民医院, 1.县第一中学, ●县财政局, ☆县人民医院: the line's number or bullet, no part of the name
_LINE_NUMBER: Final = regex.compile(r"\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
                                    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、](?!\d)|[●•·・◦○▪☆★◆◇■□▶►])"
                                    r"\s*(?=[\u4e00-\u9fff“])")
# 县农业局：张国华　陈红梅: a list line opened by the unit its names belong to
# the blanks that pad a label's characters apart to align it (电　　工, 审　　核)
_PADDING: Final = regex.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff][^\n]{0,6}?[:：])")
# 宁平镇：, 县直单位：, 电　　工： (padded to align): where they work or what they competed in, before the names
# 王　鹏: a two-letter name padded to the width of three, a blank between its letters
_PADDED: Final = r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]"
# a person's name in a list's cell: two to four letters, or a padded one
_NAME_TEXT: Final = rf"(?:[\u4e00-\u9fff]{{2,4}}|{_PADDED})"
_PADDED_FAMILY: Final = regex.compile(_PADDED + r"家庭(?![\u4e00-\u9fff])")
_SECTION_MARKS: Final = "▍ \u3000"
_BOARD_LABEL: Final = regex.compile(r"\s*【?[^】【\n]{1,4}】(?=[^\s】][^\n】]+)")  # (the heading may open after its 【)


def _after_board_label(norm: str, start: int, end: int) -> int:
    """Where a heading opens after a board's label in brackets (【红榜】移风易俗示范户: 移), else `start`."""
    label = _BOARD_LABEL.match(norm, start, end)
    if label is not None:
        return label.end()
    while start < end and norm[start] in _SECTION_MARKS:
        start += 1  # (▍好媳妇: a post's section mark)
    return start


# 入展名单：丁文华、于春梅: a list's own label, its names after the colon on the same line
_OWN_LIST_LABEL: Final = regex.compile(r"\s*(?P<label>[^\s:：，,。、]{1,14}?)名单[:：][ \t\u3000]*[^\s:：]")
_GROUP_LABEL: Final = regex.compile(r"\s*[\u4e00-\u9fff（）()](?:[\u4e00-\u9fff（）()]|[ \u3000]+(?=[\u4e00-\u9fff])){1,15}[:：]\s*(?=\S)")
_ANNOUNCE_END: Final = regex.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|附件)")
# 经各基层团组织推荐、团县委审核和公示，…决定授予以下集体和个人相应荣誉称号：: clauses, then the colon that hands over
_LEADS_IN_LIST: Final = regex.compile(r"[^\n，,]{2,}[，,][^\n]*[:：]\s*")
# 张欣怡（阆中中学）: a name and, in brackets, where the person works
_NAME_WITH_AFFILIATION: Final = regex.compile(r"([\u4e00-\u9fff]{2,4})\s*[(（][^)）]{2,40}[)）]")
_PADDED_NAME: Final = regex.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")
# (额尔敦·巴雅尔, 宝音德力格尔: a Mongolian name, dotted or of five or six characters, is a cell of such a row too)
_HONORIFIC: Final = "同志"
_SEX_WORDS: Final = "男女"  # 李　女: a name's cell and the person's sex, no padded name
_ROW_CELL: Final = regex.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})?(?![\u4e00-\u9fff·])")
# (李　想（东宝区龙泉街道）: a two-character name padded to align the row, its place in brackets after it;
# 县财政局：刘　洋, alone after the label of where the person works)
# (a note in brackets may list posts with 、: 刘玉霞（主簿镇瓦铺村妇联主席、岳西县玉霞茶叶专业合作社理事长）)
# (付　强《老峨山云海》: a padded name, the work it won with after it)
# (沭阳县实验小学　　　　胡　静: a padded name in a cell of its own, a column's gap or the line's edge on
# either side of it, or after a blank a note of sex (刘　帅　男，1994年8月生，…) or a cell of four characters or more
# (刘　芳　峡江区人民医院急诊科护士长), never a padded label (备　注, 说　明); 王 伟 李 娜, one blank apart, stays
# unread)
_ANNOUNCE_ITEM: Final = regex.compile(
    r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?:[(（][^)）]{1,40}[)）]|《[^《》\n]{1,40}》)|[^\s、,，;；(（]+[(（][^)）]{1,20}、[^)）]{1,20}[)）]"
    r"|(?:(?<=\s\s)|(?<=\n)|(?<=[:：])|(?<=[:：]\s)|(?<=、)|(?<=\d[.．])|^)(?!备\s注|说\s明|序\s号|姓\s名|性\s别|附\s件|注\s释)" +
    _PADDED + r"(?=\s\s|\s*$|、|[ \u3000](?:[男女][,，]|[\u4e00-\u9fff]{4}))"
    r"|[^\s、,，;；(（]+[(（][^)）]{1,40}[)）](?=\s*$|、)"  # 刘思雨（女，指挥中心科员）: a note, commas and all, ends the item
    r"|[^\s、,，;；]+(?:[(（][^)）]{1,24}[)）])?")
# 我县2个团队, 本市5个单位: a part named by the reporting body's own area
_OWN_AREA_WORD: Final = r"[我本][省市县区镇乡旗州盟]"
_OWN_AREA: Final = Anchored(regex.compile(_OWN_AREA_WORD))
# what ends a sentence, a line's end too
_SENTENCE_STOP: Final = regex.compile("[" + "".join(sorted(_SENTENCE_END)) + "\n]")
# 其中包括我县3名同志, 其中，我市…: a 其中 clause that parts off the area's own, its area opening it
_AREA_PART_OPENS: Final = regex.compile(rf"其中[，,]?\s*(?:包括|有)?{_OWN_AREA_WORD}")
# right after a counted honour, the part of it in the reporting body's own area (，其中，我区2户…)
_OWN_PART: Final = regex.compile(rf"[”\s]*(?:称号|荣誉称号)?[，,。；;]\s*(?:其中[，,]?\s*)?{_OWN_AREA_WORD}(?:有|共有)?"
                          r"[0-9零一二两三四五六七八九十百]+[个户名人家位支所项]")
_LEADING_COUNT: Final = regex.compile(r"[0-9零一二两三四五六七八九十百千]+")
_TRAILING_PAREN: Final = regex.compile(r"[(（][^)）]*[)）]$")
def _placing_row(ctx: _Ctx, start: int, end: int, person_column: bool) -> tuple[Span2, list[Recipient]] | None:
    """《春耕正忙》　二等奖, 王芳　优秀奖: a list's line of who won, a blank, and the placing won; 电工　一等奖　王浩然、李子涵:
    an event, the placing won in it and its winners; the placing and the winners, each a person, a body or a work (None
    for any other line)."""
    norm = ctx.norm
    if norm.find("奖", start, end) < 0:
        return None
    placed = _PLACING_AFTER.fullmatch(norm, start, end)
    first = _PLACING_FIRST.fullmatch(norm, start, end) if placed is None else None
    if first is not None:  # 一等奖　吴振宇　宁州精密机械有限公司: the placing, who won it, where the winner works
        a, b = first.span("name")
        winner = Recipient(a, b, "person") if _PADDED_NAME.fullmatch(norm, a, b) else recipients.classify(
            ctx.reader, a, b, alone=False)
        named = titles.clean(norm, first.start("title"), first.end("title"), ctx.words.titles)
        if named is None or winner is None or winner.kind != "person" or (winner.start, winner.end) != (a, b):
            return None
        return named, [winner]
    between = _PLACING_BETWEEN.fullmatch(norm, start, end) if placed is None else None
    if between is not None:  # 电工　一等奖　王浩然、李子涵: the event's winners, each a person
        named = titles.clean(norm, between.start("title"), between.end("title"), ctx.words.titles)
        won = [Recipient(a, b, "person") if _PADDED_NAME.fullmatch(norm, a, b) and norm[a] in ctx.reader.surnames else (
            recipients.classify(ctx.reader, a, b, alone=False) or Recipient(a, b, None))
            for a, b in _split_items(norm, between.start("rest"), between.end("rest"))]  # (张　博: a padded name, one)
        if named is None or not won or any(item.kind != "person" for item in won):
            return None
        return named, won
    if placed is None:
        return None
    named = titles.clean(norm, placed.start("title"), placed.end("title"), ctx.words.titles)
    won = _line_items(ctx, placed.start("rest"), placed.end("rest"), -1, person_column)
    if named is None or not won or any(item.kind is None for item in won):
        return None
    return named, won


# 《春耕正忙》　二等奖, 王芳　优秀奖: a line of the winner, a blank, and the placing it won
_PLACING_AFTER: Final = regex.compile(r"\s*(?P<rest>[^\s:：，,。；;《][^:：，,。；;《\n]{1,40}?|[^\s:：，,。；;《\n]{0,20}《[^》\n]{1,40}》)"
                                      rf"[ \u3000]+(?P<title>{titles.PLACING_CELL})\s*")
# 一等奖　吴振宇　宁州精密机械有限公司: the placing, a wide blank, the winner's name (padded or not), then where the
# winner works after another (no colon: 一等奖：A、B is a prize's line, `_prize_segments`)
_PLACING_FIRST: Final = regex.compile(
    rf"\s*(?P<title>{titles.PLACING_CELL})(?:[ \u3000]{{1,4}}|\t)(?P<name>[\u4e00-\u9fff]{{2,3}}|{_PADDED})"
    r"(?:(?:[ \u3000]{1,4}|\t)[^\s:：，,。；;、][^:：，,。；;、\n]{1,30})?\s*")
# 电工　一等奖　王浩然、李子涵: an event, a blank, the placing won in it, a blank, and who won it (each a person)
_PLACING_BETWEEN: Final = regex.compile(
    rf"\s*[^\s:：，,。；;《、\d][^\s:：，,。；;《、]{{1,11}}[ \u3000\t]+(?P<title>{titles.PLACING_CELL})[ \u3000\t]+"
    r"(?P<rest>(?:[\u4e00-\u9fff·]{2,8}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])"
    r"(?:、(?:[\u4e00-\u9fff·]{2,8}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]))*)\s*")
# 一等奖：海宁分局代表队、平湖分局代表队 / 个人全能一等奖：沈嘉伟（海宁分局）: a prize, then who won it
_PRIZE_LINE: Final = regex.compile(r"\s*(?P<title>[^\s:：、,，。;；“”]{0,10}?奖)\s*[:：]\s*(?P<rest>[^:：。]{2,})")
# 评选出商都县“十佳文明商户”，名单如下：the title the clause selected, in quote marks, for the rows after it
# 评选出, 推选出, 评出, 选出: a selection's verb, the list of who was selected after it
_SELECTED_OUT: Final = r"(?:评选|推选|评|选)出"
_FORWARD_SELECTED: Final = regex.compile(rf"{_SELECTED_OUT}(?P<title>[^，,。:：;；“”]{{0,10}}“[^“”\n]{{2,30}}”)"
                                         r"[，,]\s*(?:具体)?名单如下\s*[:：]\s*$")
# 二、授予以下同志“X”称号：/ 命名下列单位为X: a grant whose recipients are the lines that follow
# （四）以下6名环卫工人获评“第三季度最美环卫工”：then the names, a line or two at a time
# (…被评为“红旗单位”，予以通报表扬：: the notice's act after the title is no part of it)
# (4名统计员获评“X”：: a count of those named after it points to them as 以下 does)
# (…3个项目获评2023年度雅安市优质工程，获奖项目及施工单位如下：: what the rows hold, said after a comma)
_FORWARD_LIST: Final = regex.compile(r"(?:以下|下列|(?<![\d.])\d{1,3}[名位个家户支])[\u4e00-\u9fff\d]{0,10}?(?:获评|被评为|荣获|获得|入选)"
                                     r"(?P<title>[^:：。;；]{2,40}?)(?:荣誉称号|称号)?"
                                     r"(?:[，,]\s*(?:并)?予以(?:通报)?(?:表扬|表彰|嘉奖)|[，,][^:：。;；，,]{0,12}?如下)?\s*[:：]\s*$")
# X名单公布，我县以下人员榜上有名：the list the clause names, to the lines after it
_FORWARD_ON_LIST: Final = regex.compile(r"(?:日前|近日|近期|目前|今年)?(?P<title>[^，,。:：;；]{2,40}?)名单(?:公布|出炉|揭晓|发布)[^。:：;；]{0,16}?(?:以下|下列)"
                                        r"[\u4e00-\u9fff\d]{0,8}?(?:榜上有名|入选|上榜)\s*[:：]\s*$")
_FORWARD_MARK: Final = regex.compile(r"以下|下列")
_FORWARD_COUNT: Final = regex.compile(r"(?<![\d.])\d{1,3}[名位个家户支]")
# 我县多个集体和个人受到福建省公安厅通报表扬，名单如下：the commendation, for the rows after it
_FORWARD_COMMENDED: Final = regex.compile(r"(?:受到|获得)[^，,。:：;；]{0,16}?(?P<title>通报表扬|嘉奖)[，,]\s*(?:具体)?名单如下\s*[:：]\s*$")
_FORWARD_GRANT: Final = regex.compile(r"(?:授予|评为|命名|表彰|确定|评定)(?:以下|下列)[\u4e00-\u9fff\d]{0,6}?"
                                      r"(?:同志|单位|集体|个人|人员|家庭|组织|学校|同学|村|社区|职工|班组|团队)(?:为)?"
                                      r"(?P<title>[^:：。;；]{2,40}?)(?:荣誉称号|称号)?"
                                      r"(?:[，,]\s*(?:并)?予以(?:通报)?(?:表扬|表彰|嘉奖))?\s*[:：]\s*$")


class _Words:
    """The honours lexicons, compiled once per process. Plain classes, this and the ones below: compiled,
    their fields are read as struct fields and they are made in C, where a NamedTuple's fields are read
    through getters and it is made by Python code (a pair, a candidate: hundreds an article)."""

    triggers: dict[str, re.Pattern]
    # every trigger word (and 名单, 的是), found in one pass over the article: a sentence holding none
    # of a construction's words is not searched for it
    trigger_automaton: ahocorasick_rs.AhoCorasick
    trigger_words: list[str]  # the automaton's patterns, by its index
    title_mark: Searched  # a title's head word or marker (what `titles.is_titled` reads), or a quote mark
    form_words: dict[str, frozenset[str]]  # form (active, commend …) -> its words
    forms_of: dict[str, frozenset[str]]  # trigger word -> the guarded forms it belongs to
    titles: TitleWords
    recipients: RecipientWords
    # the words of `not_before` and `preposition`, patterns anchored at the end: a verb with none of
    # them right before it is not searched (the filters ask of every candidate)
    frame_ends: dict[str, Endings]
    event: re.Pattern  # 在全省技能大赛中: the contest a placing is won in
    contest: re.Pattern  # 平昌县第五届青年创业大赛决赛举行: a contest named where a clause opens
    ranks: _Ranks
    issue_words: tuple[str, ...]  # the form `issue` (团中央授予的X): what the pattern `issued` holds
    own_unit: tuple[str, ...]  # opens a note naming a unit of the page's own body (中心康复部)
    # title -> the filter rows read by title alone (`_BY_TITLE`) that reject it, as bits by row: kept
    # with the lexicons they were read with, at most `_KEPT_TITLES`
    title_verdicts: dict[str, int]

    def __init__(self, triggers: dict[str, re.Pattern], trigger_automaton: ahocorasick_rs.AhoCorasick,
                 trigger_words: list[str], title_mark: Searched, form_words: dict[str, frozenset[str]],
                 forms_of: dict[str, frozenset[str]], titles: TitleWords, recipients: RecipientWords,
                 frame_ends: dict[str, Endings], event: re.Pattern, contest: re.Pattern, ranks: _Ranks,
                 issue_words: tuple[str, ...], own_unit: tuple[str, ...]) -> None:
        self.triggers = triggers
        self.trigger_automaton = trigger_automaton
        self.trigger_words = trigger_words
        self.title_mark = title_mark
        self.form_words = form_words
        self.forms_of = forms_of
        self.titles = titles
        self.recipients = recipients
        self.frame_ends = frame_ends
        self.event = event
        self.contest = contest
        self.ranks = ranks
        self.issue_words = issue_words
        self.own_unit = own_unit
        self.title_verdicts = {}


class _Ranks:
    """The rank words of `honors.levels.tsv`, compiled."""

    national: Anchored  # opens a national title or issuer
    nationwide: re.Pattern  # anywhere in a national issuer
    bare: Anchored  # a rank word opening a title: 省级, 市五一劳动奖章, 全县
    unlisted: re.Pattern  # a place the gazetteer lacks, by its rank word: 青溪县
    unlisted_city: re.Pattern  # a city the gazetteer lacks: 鹤川市
    township: re.Pattern  # the same, for townships: 湖头镇
    body: re.Pattern  # a body named by its rank: 团省委, 县总工会
    named_body: Anchored  # an issuer opening with its rank word, then what it does: 县律师协会, 市民政局
    level: dict[str, str]  # rank word -> level ("home": the article's own city)
    # the literary names of provinces (齐鲁, 巴渝): `gazetteer.literary_at` finds one only in a text that
    # opens with one, which these say by its first characters; most texts asked open with none
    literary: Openings
    not_city: frozenset[str]  # a segmenter word ending in 市 that is no city's (超市, 城市)
    city_words: frozenset[str]  # a segmenter word opening with 市 that is the city's own (市级, 市委)

    def __init__(self, national: Anchored, nationwide: re.Pattern, bare: Anchored, unlisted: re.Pattern,
                 unlisted_city: re.Pattern, township: re.Pattern, body: re.Pattern, named_body: Anchored,
                 level: dict[str, str], literary: Openings, not_city: frozenset[str], city_words: frozenset[str]) -> None:
        self.national = national
        self.nationwide = nationwide
        self.bare = bare
        self.unlisted = unlisted
        self.unlisted_city = unlisted_city
        self.township = township
        self.body = body
        self.named_body = named_body
        self.level = level
        self.literary = literary
        self.not_city = not_city
        self.city_words = city_words


# (获|评家庭中: a weak verb's letter before the strong verb's rest, refused as well)
_AMONG_WINNERS: Final = rf"[奖评选]?(?:{lexicon.alternation(lexicon.by_kind('honors.frames', 'among_winners'))})(?:之中|中)"


def _ranks() -> _Ranks:
    rows = lexicon.rows("honors.levels")

    def alt(kind: str, levels: tuple[str, ...] = ()) -> str:
        return lexicon.alternation(r["word"] for r in rows if r["kind"] == kind and (not levels or r["level"] in levels))

    ranks = alt("rank")
    local = alt("rank", ("county", "township", "region"))
    return _Ranks(
        national=Anchored(regex.compile(rf"(?:{alt('national')})")),
        nationwide=regex.compile(rf"(?:{alt('nationwide')})(?!门)"),  # 卫生部, not 卫生部门 (any county's)
        # (乡村振兴, 市场监管, 县域经济: a rank character that opens another word names no rank)
        bare=Anchored(regex.compile(rf"全?({ranks})(?![村场域])")),
        unlisted=regex.compile(rf"[{_CJK}]{{2,4}}?({local})"),
        unlisted_city=regex.compile(rf"[{_CJK}]{{2,3}}?市"),
        township=regex.compile(rf"[{_CJK}]{{2,4}}?({alt('rank', ('township',))})"),
        body=regex.compile(rf"团?({ranks})(?:{alt('body')})"),
        # (市场监管局, 乡村振兴局: a rank character that opens another word names no rank)
        named_body=Anchored(regex.compile(rf"({ranks})(?![村场域])[{_CJK}]{{0,10}}?(?:{alt('body_head')})")),
        level={r["word"]: r["level"] for r in rows if r["kind"] == "rank"},
        literary=Openings(row["word"] for row in lexicon.rows("gazetteer.literary")),
        not_city=frozenset(r["word"] for r in rows if r["kind"] == "not_city"),
        city_words=frozenset(r["word"] for r in rows if r["kind"] == "city_word"),
    )


@lru_cache(maxsize=1)
def _words() -> _Words:
    trigger_rows = lexicon.rows("honors.triggers")
    forms: dict[str, list[str]] = {}
    for row in trigger_rows:
        forms.setdefault(row["form"], []).append(row["word"])
    for row in lexicon.rows("honors.frames"):  # the words around the verbs, kept apart from them
        forms.setdefault(row["kind"], []).append(row["word"])

    def trig(form: str) -> str:
        return lexicon.alternation(forms.get(form, ()))

    # 获得了 is a verb and its particle; 获得者 is a noun (新当选的“五一奖”获得者)
    not_noun = r"(?![者主了])"
    title_rows = lexicon.rows("honors.titles")
    drops = lexicon.alternation(row["word"] for row in title_rows if row["kind"] == "drop")
    objects = lexicon.alternation(row["word"] for row in title_rows if row["kind"] == "object")
    announced = lexicon.alternation(lexicon.by_kind("honors.recipients", "announced"))
    classifiers = lexicon.alternation(lexicon.by_kind("honors.recipients", "classifier"))
    # 3名职工, 两户家庭: a count of who won it, then what they are (its numeral, then the rest)
    count_numeral = "[0-9一二三四五六七八九十两]+"
    counted = rf"(?:{classifiers})[{_CJK}]{{1,8}}?"
    # the branches of "announce" (获得X的是 / X名单： / 获奖单位分别是) but the bare count's
    # (获评X的3名职工分别是：A、B: a count of who won it may stand before 分别是)
    # (获得“体育道德风尚奖”的代表队：A、B: what the list names, then its colon, where a verb that confers or wins a title
    # stands before it: not 参加“X”评选的单位：, 放弃…资格的单位：, participants; `_announcements` checks)
    announce_of = (rf"的(?:(?:{announced}|{count_numeral}{counted})?"
                   rf"(?:分别|依次)?(?:是[:：]?|有(?![效关利力序所些的点着])|(?:{trig('announce')})[:：])"
                   rf"|(?P<bare_colon>(?:{announced})[:：]))")
    announce_list = rf"名单\s*(?:{_LIST_COUNT})?(?:分别|依次)?(?:{trig('announce')})?[:：]"
    announce_awarded = rf"(?P<awarded>获奖(?:{announced}))(?:分别|依次)?(?:(?:{trig('announce')})[:：]?|[:：])"
    # 特等奖获得者是A、B / 一等奖获奖者分别是A、B: the prize, then who won it
    announce_winners = r"(?<=奖)(?:获得者|获奖者)(?:分别|依次)?(?:是|为)[:：]?"
    triggers = {
        # (荣获了, 入选了: a strong verb and its particle; a weak one with 了 is work done, 创建了“X基地”)
        # (获评家庭中不乏…, 获奖单位中: the verb and who won, a noun phrase, the ones among them; no verb)
        # (上榜人数, 获奖数量: the verb and how many won, a noun; no verb)
        "active": regex.compile(rf"(?:{trig('active')})(?:了(?![者主])|(?![者主了]))(?!{_AMONG_WINNERS})(?!{trig('count_noun')})"),
        # (创建工作先进单位: 创建 before 工作 names a line of work inside a title, no verb; 把文明单位创建作为…载体: the work
        # of 创建 made something, a noun)
        "weak": regex.compile(rf"(?:{trig('weak')}){not_noun}(?!工作|作为)(?!{_AMONG_WINNERS})(?!{trig('count_noun')})(?:了)?"),
        "passive": regex.compile(rf"被([^,，。;；被]{{0,28}}?)(?:{trig('passive')})(?:了)?"),
        "passive_weak": regex.compile(rf"被([^,，。;；被]{{0,28}}?)(?:{trig('passive_weak')})"),
        "grant": regex.compile(rf"(?:{trig('grant')})(?:了)?"),
        "confer": regex.compile(rf"(?:向|为|给|对)([^,，。;；]{{2,60}}?)(?:{trig('confer')})(?:了)?"),
        # 决定将A等8名同志列入X: a decision's disposal, its recipients between 将/把 and the verb
        # (列入 only a list of honour, a 榜: 列入重点帮扶村, 列入失信名单 are no honours)
        "dispose": regex.compile(rf"(?:决定|同意)(?:将|把)([^,，。;；]{{2,60}}?)(?:{trig('dispose')}|列入(?=[^,，。;；]{{0,30}}榜))(?:了)?"),
        "name_as": regex.compile(rf"(?:{trig('name_as')})(?!为)"),
        "commend": regex.compile(rf"(?:{trig('commend')})(?:了|出)?(?!{trig('noun_after')})"),
        # 对A等10名X和20名Y获得者进行表彰: the object inside the frame
        "commend_frame": regex.compile(rf"对([^,，。;；]{{2,80}}?)(?:{'|'.join(_FRAME_VERBS)})了?((?:通报)?(?:{trig('commend')})了?)(?=$|[,，。;；])"),
        # 省公安厅印发通报，表彰…: a body issues a document that commends (the subject before it confers)
        "commend_issued": regex.compile(r"(?:印发|下发|发布|公布|发出)了?(?:通报|决定|通知|文件)[,，]?\s*(?:通报)?(?:表彰|表扬)"),
        # 获得X的是A、B / 获得X的单位有：A、B / X名单：A、B / 获奖单位分别是A、B
        "announce": regex.compile(rf"{announce_of}|{announce_list}"
                               rf"|(?<=[{_CJK}”])\s*{_LIST_COUNT}[:：]"  # 一、市级优秀志愿者（3名）：A、B
                               rf"|{announce_winners}|{announce_awarded}"),
        # the same without the branch of a bare count (its \s* lets it start anywhere: it is tried at every
        # character): for a sentence where no list's count starts, in which that branch finds nothing
        "announce_uncounted": regex.compile(rf"{announce_of}|{announce_list}|{announce_winners}|{announce_awarded}"),
        "not_before": regex.compile(rf"(?:{trig('not_before')})$"),
        "preposition": regex.compile(rf"(?:{trig('preposition')})$"),
        # 为荣获X的A颁发证书: the verb that ends the object of 为 (`_frame_object`)
        "frame_verb": regex.compile(rf"(?:{trig('frame_verb')})"),
        "on_list": regex.compile(rf"(?:{trig('on_list')})(?!{trig('count_noun')})"),
        "publish": regex.compile(rf"(?:{trig('publish')})(?:了)?"),
        # 公布了12家“X”, 命名了100户“X”: a verb that publishes or names a list of a count
        "makes_list": regex.compile(rf"(?:{trig('publish')}|{trig('issue')})"),
        # 获得“全国劳动模范”称号的刘建华: a title, then 的, then who won it
        # 被定西市委组织部评为“X”的A等15个工作队: the passive with its issuer too
        "relative": regex.compile(rf"(?:曾|新|刚|首次)?(?:{trig('active')}|{trig('weak')}|被(?P<by>[^,，。;；被“”]{{0,28}}?)(?:评为|授予|命名为))(?:了)?"
                               rf"(?P<title>[^,，。;；:：]{{2,40}}?)(?:{drops}|表彰)?的"),
        # 曾获得“A”“B”等荣誉的单云鹏: quoted titles, then the person who won them
        "epithet_list": regex.compile(rf"(?:曾)?(?:获得|荣获|获)((?:“[^”]{{2,30}}”[、,，]?)+)等(?:{drops}|表彰)的"
                                   rf"([{_CJK}]{{2,3}})(?=[,，、。;；])"),
        # 授予A“X”称号、B“Y”称号: what may close one grant before the next
        "after_grant": regex.compile(rf"(?:{drops}|{objects})?[、,，和及]"),
        # 表彰命名了A、B并授予“X”: the commendation whose object the grant shares
        "commendation": regex.compile(rf"(?:{trig('grant')}|{trig('commend')})(?:了)?"),
        "total": regex.compile(rf"(?:{trig('total')})$"),
        # (贵池区文化和旅游局主办、贵池区文化馆承办、…协办的: the host first, the others after it)
        "organised": regex.compile(rf"(?:{trig('organise')})(?:、[^、的，,。]{{2,20}}?(?:{trig('organise')}|协办))*的"),
        # 评选出A等10位…，作为“X”予以表彰: what the selected are made
        "select_as": regex.compile(rf"[,，]?(?:{trig('select_as')})"),
        "then": regex.compile(rf"(?:{trig('then')})"),
        # where a list of names after a relative's 的 ends: the frame's verb, a verb after a name, a clause mark
        "list_stop": regex.compile(rf"(?:{trig('confer')})|[,，。;；:：]|(?:{lexicon.alternation(lexicon.by_kind('honors.recipients', 'after_name'))})"),
        "future": regex.compile(rf"(?:{trig('future')})"),
        "goal": regex.compile(rf"(?:{trig('goal')})"),
        "relay": regex.compile(rf"(?:{trig('relay')})"),
        "inner_break": regex.compile(rf"[，,。；;、：:！!？?\n“”（( \u3000]|{trig('inner_break')}"),
        # 会议宣读了A、B《关于表彰…的决定》: the issuers between the verb and the decision's title
        "read_decision": regex.compile(rf"(?:{trig('read_out')})了?([^。；;《]{{2,60}})《关于[^《》]{{0,60}}(?:{trig('decided')})"
                                       r"[^《》]{0,60}的决定》"),
        # 在…公布的X名单中，A入选: the frame that names the list a recipient is among
        "among": regex.compile(r"在([^,，。;；]{2,60}?)(?:之中|中)[,，]"),
        "build": regex.compile(rf"(?:{trig('build')})(?:了)?"),
        # 团中央授予的“X”: the issuer and its verb of naming, before the title
        # 由省教育厅等三部门联合颁发的“X”: a longer issuer after 由, its 联合 no part of it
        "issued": regex.compile(rf"(?:由(?P<by>[^,，。;；“”]{{2,20}}?)|(?P<plain>[^,，。;；“”]{{2,12}}?))(?:联合|共同)?"
                             rf"(?:{trig('issue')})(?:的)?"),
        "verb": regex.compile(rf"(?:{trig('active')}|{trig('weak')}|{trig('commend')}|{trig('grant')}|{trig('confer')}|被)"),
    }
    recipient_words = recipients.compile_words(lexicon.rows("honors.recipients"), lexicon.rows("honors.anaphors"))
    # a sentence may name an honour only when it holds one of these or a list's count (_LIST_COUNT_COLON)
    # (列入…榜: a disposal; 嘉奖 and 等功: a merit, `_merits`)
    trigger_words = sorted({row["word"] for row in trigger_rows} | {"名单", "的是", "列入", "嘉奖", "等功"})
    form_words = {form: frozenset(words) for form, words in forms.items() if set(words) <= set(trigger_words)}
    events = lexicon.alternation(row["word"] for row in title_rows if row["kind"] == "event")
    triggers["event_word"] = regex.compile(rf"(?:{events})")  # 竞赛, 大赛: where a contest is named
    # 一等奖, 一等奖（2名）, 金奖, 优秀奖, 最佳创意奖: a bare placing, alone on its line
    placings = lexicon.alternation(row["word"] for row in title_rows if row["kind"] == "rank_prize")
    placing = rf"[一二三四五六七八九特]等奖|{placings}"  # 一等奖, 金奖, 优秀奖
    # (一、一等奖（2个）: a section's number may open it)
    # 一等奖|李春华, 二等奖|“青瓷新造”文创工作室: a placing right before who won it (no colon, no count in brackets)
    triggers["placing_then"] = regex.compile(rf"(?P<placing>{placing})(?![:：（(\s])")
    triggers["placing_line"] = regex.compile(rf"\s*(?:(?:[(（][一二三四五六七八九十]{{1,2}}[)）]|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})[.．、])\s*)?"
                                             rf"【?(?P<placing>{placing}|最佳[{_CJK}]{{1,4}}奖)】?"
                                             r"(?:\s*[（(][^（）()\n]{1,10}[）)])?\s*[:：]?\s*")  # (优秀奖：, a label's colon; 【一等奖】)
    # 附：各赛项一等奖获得者名单: a line that announces the winners of one placing, its own heading
    triggers["placing_list_line"] = regex.compile(rf"\s*(?:附[件]?\d?[:：]\s*)?(?:各(?:赛项|项目|组别|工种|赛区))?"
                                                  rf"(?P<placing>{placing})(?:获得者|获奖者|获奖人员|获奖选手)?名单(?:如下)?\s*[:：]?\s*")
    # 获得“优秀教师”称号的教师是：, 获评“X”的5名退役军人分别是：, “桐溪工匠”名单如下（排名不分先后）：: the lines
    # after name who won it
    triggers["forward_winners"] = regex.compile(
        rf"(?:{trig('active')}|{trig('weak')}|被评为)(?P<title>[^,，。;；:：]{{2,40}}?)(?:{drops})?的"
        rf"(?:(?:{announced}|(?P<count>{count_numeral}){counted})(?:(?:分别|依次)?(?:是|有|为)|名单)?"  # (…的5名退役军人分别是：,
        rf"|(?:分别|依次)?(?:是|有|为)|名单)\s*[:：]\s*$")  # 获评X的单位：: those it names; 荣获X称号的有：, 荣获X的教师名单：)
    # (a title of four characters or more: 获奖名单如下 names none)
    # (初中组一等奖获得者如下：: the placing, then who won it, the lines after it)
    # (现将2023年度“天生好人”名单及事迹简介如下：: the words that hand the list over are no part of its title, nor the
    # deeds that come with the names; a list put up for comment, 名单及事迹公示如下, is of nominees, and one of what
    # else, 名单及整改要求, 名单及投票方式, no list of winners)
    triggers["forward_named_list"] = regex.compile(
        r"(?:^|(?<=[。,，;；\n]))\s*(?:现将|特将|兹将|现把)?+(?P<title>[^。,，;；:：\n]{4,30}?)"
        r"(?:名单(?:及(?:(?:主要|简要|先进)?事迹(?:简介|材料)?|(?:所在|工作)?单位))?|(?<=奖)(?:获得者|获奖者)(?:名单)?)如下"
        r"(?:[（(][^（）()]{0,12}[）)])?\s*[:：]\s*$")
    # 评为|“X”, 荣获|“X”: a verb whose object is the title won, ending right where a stretch starts (not 授予
    # “老兵先锋队”X称号 or 命名“X”等5个项目为Y, whose object is who won it)
    to_recipient = set(forms.get("grant", ())) | set(forms.get("confer", ())) | set(forms.get("name_as", ()))
    title_verbs = {word for form in ("active", "weak", "passive", "passive_weak") for word in forms.get(form, ())}
    triggers["title_verb_before"] = regex.compile(rf"(?:{lexicon.alternation(title_verbs - to_recipient)})$")
    # 发布时间, 更新时间: a page's byline line, which signs it (the metadata stage's labels)
    # 数据来源：惠农区统计局, 责任编辑：…: a line of the page, which ends a list and names no entry's person
    triggers["page_label"] = regex.compile(rf"\s*[（(]?(?:{lexicon.alternation(lexicon.by_kind('honors.recipients', 'page_label'))})\s*[:：]")
    # 责任单位：, 作者简介：, 记者：: a line's label that opens so, no name of a good person's entry
    triggers["credit_after"] = regex.compile(
        rf"\s*[（(][^（）()\n]{{2,30}}?[ \u3000]*(?:{lexicon.alternation(lexicon.by_kind('honors.recipients', 'page_label'))})\s*[)）]\s*")
    credit_labels = lexicon.alternation(lexicon.by_kind('honors.recipients', 'page_label') + lexicon.by_kind(
        'honors.recipients', 'credit_label'))
    triggers["credit_label"] = regex.compile(rf"\s*[（(]?(?:{credit_labels})")
    triggers["time_label"] = regex.compile(lexicon.alternation(lexicon.by_kind("metadata.labels", "time_label")))
    # 来源：县文联, 作者：融媒体中心: a cell that a label and its colon open credits who sent or made the page or the work
    triggers["credit_cell"] = regex.compile(rf"[（(]?(?:{credit_labels})\s*[:：]")
    triggers["placing_end"] = regex.compile(rf"(?:{placing})$")
    # 近年来中心, 本馆, 我所, 多年来该站: a body named by its kind alone, at the end of a lead's subject
    kinds_alone = lexicon.alternation(lexicon.by_kind("honors.recipients", "kind_alone"))
    triggers["kind_alone"] = regex.compile(rf"(?:^|(?<=[年来]))(?:本|我|该)?(?P<kind>{kinds_alone})\s*$")
    title_words = titles.lexicon_words()
    return _Words(
        triggers=triggers,
        title_mark=titles.Searched(regex.compile(lexicon.alternation(
            title_words.words_of.get("head", ()) + title_words.words_of.get("marker", ()) + ("“", "”")))),
        trigger_automaton=ahocorasick_rs.AhoCorasick(trigger_words),  # all occurrences (overlapping=True)
        trigger_words=trigger_words,
        # a form is guarded only when the automaton finds every word its pattern (`trig`) holds
        form_words=form_words,
        forms_of={word: frozenset(f for f, words in form_words.items() if word in words) for word in trigger_words},
        titles=title_words,
        recipients=recipient_words,
        frame_ends={kind: Endings(forms[kind]) for kind in ("not_before", "preposition") if forms.get(kind)},
        # 在全省技能大赛中, not 在本次活动中: a contest named, not pointed at
        event=regex.compile(rf"在((?!(?:{trig('this')})(?:{events}))[^,，。;；]{{2,30}}?(?:{events}))(?:中|上)"),
        contest=regex.compile(rf"(?:\d{{1,2}}月\d{{1,2}}日)?((?!{trig('this')})[^,，。;；:：、“”\s]{{2,30}}?(?:{events}))"),
        ranks=_ranks(),
        issue_words=tuple(forms.get("issue", ())),
        own_unit=lexicon.by_kind("honors.recipients", "own_unit"),
    )


# -- the article being read ----------------------------------------------------------------------

def _gazetteer_opening(norm: str, e: EntityMention) -> Span2 | None:
    """The place of the gazetteer's that opens a place or a body named (获嘉县 of 获嘉县三级精神文明建设委员会), its
    longest reading; None where none does."""
    for length in range(min(_LONGEST_PLACE, e.end - e.start), 1, -1):
        if gazetteer.lookup(norm[e.start:e.start + length]) is not None:
            return e.start, e.start + length
    return None


_LONGEST_PLACE: Final = 8  # 克孜勒苏柯尔克孜: no name of the gazetteer's opening a body is longer


class _Ctx:
    """One article: its working copy, its recipients, its home level, and the lexicons."""

    def __init__(self, norm: str, entities: list[EntityMention], home: HomeArea | None = None, body_start: int = 0):
        self.norm = norm
        self.words = _words()
        self.reader = recipients.Reader(norm, entities, self.words.recipients, body_start)
        self.named = self.reader.named
        self.named_starts = [e.start for e in self.named]  # in text order, as the entities stage gives them
        self.names_quotas = "名额" in norm  # whether a notice's places may be offered (`_quota`)
        # the first organisation of the body text (`_reporting_subject`): read once, the first time asked
        self.reporter: EntityMention | None = None
        self.reporter_read = False
        # where the reporting body is at home: read from the bodies and places named, as the rules ask
        self.home_area = home if home is not None else HomeArea(
            norm, [(e.start, e.end) for e in self.named if e.label in ("GPE", "ORG")], body_start)
        self.home = self.home_area.ranks()
        self.body_start = body_start  # where the reporting body is first named, at the earliest
        # read only for a title no other rule gives a level (most have one): built the first time asked
        self._place_stems: list[tuple[str, str, str]] | None = None
        # the contests the article names with a rank (`_ranked_contests`): read once, the first time asked
        self.contests: list[tuple[Span2, str]] | None = None
        # the county the article is at home in, when the first place below a province it names is one
        # (`_county_at_home`): read once, the first time asked
        self.home_county: gazetteer.Place | None = None
        self.home_county_read = False
        self.previous: list[_Pair] = []  # the pairs read in the sentence before (其中，我县2个团队入选)
        # the titles the article's sentences granted, without quote marks (set once they are read)
        self.granted: frozenset[str] = frozenset()
        self.headline_quoted: frozenset[str] | None = None  # what the headline quotes (`_headline_quotes`), read once
        self.proposed: dict[int, bool] = {}  # by a list's title: whether the prose before proposes it (`_proposed_list`)
        self.bodies_lines: dict[Span2, bool] = {}  # by a line's span: whether it names bodies alone (`_bodies_line`)
        self.transliterated_rows: dict[Span2, bool] = {}  # by a row's span: `_transliterated_row`'s answer
        # `titles.is_titled` by text: the constructions and the filters ask it of the same titles (a
        # title shared by a list of recipients is asked once per pair): ~1100 asks a corpus pass, 500
        # of them again within the article
        self._titled: dict[str, bool] = {}
        self.own_notice: bool | None = None  # `_own_notice`, read once
        self.list_titles: list[tuple[int, int, int]] | None = None  # `_list_title_level`: (line start, title start, title end)
        self.results_headline: Span2 | None = None  # `_results_headline_level`: the headline announcing results ((0, 0): none)
        self.unquoted: str | None = None  # the text without its quote marks (`_restates_granted`), read once
        # where each trigger word occurs (start, end, word), by start: one pass instead of a search per
        # sentence and construction
        w = self.words
        self.triggers = sorted((a, b, w.trigger_words[i])
                               for i, a, b in w.trigger_automaton.find_matches_as_indexes(norm, overlapping=True))
        self.trigger_starts = [t[0] for t in self.triggers]
        # form -> where a word of it starts, in text order: a pattern that opens with one (_OPENED) is
        # tried there only, not searched for through the sentence
        starts: dict[str, list[int]] = {}
        # (获嘉县, 获嘉县文明委: a verb's word inside a place's name is no verb; only a place of the gazetteer's, that
        # opens a place or a body read, as a place read by its ending may have swallowed a verb, 授予贺村)
        names = [span for e in self.named if e.label in ("GPE", "ORG") and (span := _gazetteer_opening(norm, e)) is not None]
        name_starts = [a for a, _ in names]
        for a, _, word in self.triggers:
            at = bisect_right(name_starts, a) - 1
            if at >= 0 and names[at][0] <= a < names[at][1]:
                continue
            for form in w.forms_of[word]:
                listed = starts.get(form)  # not setdefault: compiled, it raises a KeyError for a new key
                if listed is None:
                    starts[form] = [a]
                elif listed[-1] != a:
                    listed.append(a)
        self.form_starts = starts
        # where a list's count with its colon starts ((12名)：): tried at each opening bracket only (a
        # match opens with one and holds no other, so a match inside a sentence starts at one of these);
        # a sentence none starts in is not searched. str.find runs through the text far faster than
        # the engine's search, which tests every character against the bracket class.
        # (a digit or a space must follow the bracket: most brackets are not tried)
        self.list_count_starts = sorted(p for p in _positions(norm, "(") + _positions(norm, "（")
                                        if p + 1 < len(norm) and (norm[p + 1].isdecimal() or norm[p + 1].isspace())
                                        and _LIST_COUNT_COLON.match(norm, p))

    def is_titled(self, text: str) -> bool:
        """`titles.is_titled(text, self.words.titles)`, read once per text in the article."""
        found = self._titled.get(text)
        if found is None:
            found = self._titled[text] = titles.is_titled(text, self.words.titles)
        return found

    def place_stems(self) -> list[tuple[str, str, str]]:
        if self._place_stems is None:
            self._place_stems = _place_stems(self.norm, self.named)
        return self._place_stems

    def words_in(self, start: int, end: int) -> frozenset[str]:
        """The trigger words that occur inside norm[start:end]."""
        found = set()
        i = bisect_left(self.trigger_starts, start)
        while i < len(self.triggers) and self.triggers[i][0] < end:
            if self.triggers[i][1] <= end:
                found.add(self.triggers[i][2])
            i += 1
        return frozenset(found)

    def sentence_words(self, sentences: Sequence[Span2]) -> list[frozenset[str] | None]:
        """For each sentence, the trigger words inside it (`words_in`), or None when it holds none and
        no list's count either: it cannot name an honour. One walk over the article's triggers for
        sentences in text order (most hold no trigger: each costs a comparison or two)."""
        out: list[frozenset[str] | None] = []
        triggers, counts, norm = self.triggers, self.list_count_starts, self.norm
        i = j = 0
        last = -1
        for start, end in sentences:
            if start < last:  # out of text order: find the first trigger and count again
                i, j = bisect_left(self.trigger_starts, start), bisect_left(counts, start)
            last = start
            while i < len(triggers) and triggers[i][0] < start:
                i += 1
            while j < len(counts) and counts[j] < start:
                j += 1
            if i < len(triggers) and triggers[i][0] < end:
                present = self.words_in(start, end)
                if present:
                    out.append(present)
                    continue
            counted = j < len(counts) and counts[j] < end and _LIST_COUNT_COLON.search(norm, start, end) is not None
            out.append(frozenset() if counted else None)
        return out


def _positions(text: str, ch: str) -> list[int]:
    """Where `ch` stands in `text`."""
    out: list[int] = []
    at = text.find(ch)
    while at >= 0:
        out.append(at)
        at = text.find(ch, at + 1)
    return out


class _Pair:
    """A recipient bound to a title by a construction (not yet filtered). A plain class (as `_Words`)."""

    recipient: Recipient
    title: Span2
    verb: Span2
    issuer: str | None
    rule: str
    group: int  # the construction's match: titles read together share a level
    strong: bool  # the verb confers a title by itself (获评, 被评为); weak ones need a titled object
    event: Span2 | None  # 在全省技能大赛中荣获一等奖: the contest a placing was won in

    def __init__(self, recipient: Recipient, title: Span2, verb: Span2, issuer: str | None, rule: str, group: int,
                 strong: bool, event: Span2 | None = None) -> None:
        self.recipient = recipient
        self.title = title
        self.verb = verb
        self.issuer = issuer
        self.rule = rule
        self.group = group
        self.strong = strong
        self.event = event


# -- constructions -------------------------------------------------------------------------------

class _Sentence:
    """The constructions found in one sentence, and the stretches they have read."""

    def __init__(self, ctx: _Ctx, start: int, end: int, group: int, subject: list[Recipient],
                 present: frozenset[str]):
        self.ctx, self.start, self.end = ctx, start, end
        forms_of = ctx.words.forms_of
        self.forms = frozenset(f for word in present for f in forms_of[word])  # the guarded forms it holds words of
        self.pairs: list[_Pair] = []
        self.matches: dict[str, list[re.Match]] = {}  # `opened`, by form
        self.taken: list[Span2] = []
        self.group = group
        self.subject = subject  # the last recipients read before a verb: A获评X，并被评为Y

    def opened(self, form: str) -> list[re.Match]:
        """What `ctx.words.triggers[form].finditer` finds in the sentence, for a form whose every match
        opens with one of its words (_OPENED): the pattern is matched where the article's index says
        such a word starts, leftmost first, each try after the end of the match before (as finditer
        goes on), instead of being searched for at every character. Read once per sentence."""
        found = self.matches.get(form)
        if found is None:
            found = self.matches[form] = []
            starts = self.ctx.form_starts.get(form, [])
            pattern, norm = self.ctx.words.triggers[form], self.ctx.norm
            after = self.start
            i = bisect_left(starts, self.start)
            while i < len(starts) and starts[i] < self.end:
                if starts[i] >= after:
                    m = pattern.match(norm, starts[i], self.end)
                    if m is not None:
                        found.append(m)
                        after = m.end()  # never empty: a match holds its word
                i += 1
        return found

    def has(self, form: str) -> bool:
        """Whether a word of `form` (active, commend …) occurs in the sentence: a construction whose
        every match holds one is searched only then."""
        return form in self.forms or form not in self.ctx.words.form_words

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in self.taken)

    def add(self, receivers: list[Recipient], title_spans: list[Span2], verb: Span2, issuer: str | None,
            rule: str, strong: bool = True, event: Span2 | None = None) -> None:
        self.group += 1
        if len(title_spans) == 1 and len(receivers) > 1 and (self.ctx.norm.find(
                _RESPECTIVELY, receivers[-1].end, verb[0]) >= 0 or self.ctx.norm.startswith(_SHARED_OUT, verb[0])):
            quoted = _quoted_run(self.ctx.norm, *title_spans[0])
            if len(quoted) == len(receivers):
                # 10户家庭、6名个人和4个读书角分别入选2024年度镇海区“书香家庭”“优秀阅读推广人”“最美读书角”: a run of
                # quoted titles after the edition and place they share, one for each (the first as written with them)
                title_spans = [(title_spans[0][0], quoted[0][1])] + [(a + 1, b - 1) for a, b in quoted[1:]]
            parts = titles.shared_head_parts(self.ctx.norm, title_spans[0], self.ctx.words.titles) if len(
                title_spans) == 1 else []
            if len(parts) == len(receivers):
                # A、B、C分别获得一、二、三等奖: each won the item of the list at its place, which only the last
                # item names whole (三等奖); the others' titles are no span of the text, and are not guessed
                receivers, title_spans = receivers[-1:], parts[-1:]
        if len(receivers) == len(title_spans) > 1:
            bound = list(zip(receivers, title_spans))
        elif len(receivers) == 1 or len(title_spans) == 1:
            bound = [(r, t) for r in receivers for t in title_spans]
        else:
            # two lists of different lengths: who got which is not said
            bound = [(r, (title_spans[0][0], title_spans[-1][1])) for r in receivers]
            rule = "honors.unpaired"
        for r, t in bound:
            self.pairs.append(_Pair(r, t, verb, issuer, rule, self.group, strong, event))


def _quoted_run(norm: str, start: int, end: int) -> list[Span2]:
    """“书香家庭”“优秀阅读推广人”“最美读书角” closing a title's span: each quoted title, where they stand one right after
    the other to its end; [] for any other span."""
    spans = [m.span() for m in _ONE_QUOTED.finditer(norm, start, end)]
    if len(spans) < 2 or spans[-1][1] != end or any(a[1] != b[0] for a, b in zip(spans, spans[1:])):
        return []
    return spans


_ONE_QUOTED: Final = regex.compile(r"“[^“”]{2,30}”")


def _sentence_pairs(ctx: _Ctx, s_start: int, s_end: int, group: int, subject: list[Recipient],
                    present: frozenset[str]) -> _Sentence:
    s = _Sentence(ctx, s_start, s_end, group, subject, present)
    norm = ctx.norm
    announced = ctx.words.triggers["forward_winners"].search(norm, s_start, s_end) if norm[
        s_end - 1:s_end] in (":", "：") else None
    if announced is not None:
        # 获评“X”的5名退役军人分别是：: who won it are the lines after it (`_forward_grant`), not a count here; an
        # honour before it in the sentence stands
        s.taken.append((announced.start(), s_end))
    _epithet_lists(s)
    _relatives(s)
    _on_lists(s)
    _announcements(s)
    _counted_objects(s)
    _confers(s)
    _disposals(s)
    _grants(s)
    _merits(s)
    _won_by(s)
    _names_as(s)
    _commendations(s)
    _verbs(s)
    _graded_parts(s)
    _selected_in(s)
    _members_named(s)
    if s.pairs and norm.find("经", s_start, s_end) >= 0:
        _approved_by(s)
    return s


def _selected_in(s: _Sentence) -> None:
    """石门镇评选表彰镇级“乡村文艺能人”，经群众投票，张桂芳、刘德顺入选 / 永宁镇文化站评选表彰镇级“文艺之星”，马玉兰、
    韩文杰入选: a title the sentence selected, then, a clause or more after it, who 入选 with nothing after the verb:
    each of them won the title selected (its level word before it kept with it)."""
    ctx, norm = s.ctx, s.ctx.norm
    if norm.find(_IN_VERB, s.start, s.end) < 0:
        return
    selected = _SELECTED_TITLE.search(norm, s.start, s.end)
    if selected is None:
        return
    title = selected.span("title")
    for verb in _BARE_IN.finditer(norm, selected.end(), s.end):
        opened = max(norm.rfind("，", title[1], verb.start()), norm.rfind(",", title[1], verb.start()))
        if opened < 0 or not s.free(opened + 1, verb.end()):
            continue
        # (花鼓戏传承人张桂芳、返乡青年杨春梅: each item of the list, a post before its name or not)
        found = [recipients.classify(ctx.reader, a, b, alone=False)
                 for a, b in recipients.parts(norm, opened + 1, verb.start(), _ENUMERATION)]
        receivers = [r for r in found if r is not None and r.kind in _NAMED_KINDS]
        if receivers:
            s.add(receivers, [title], verb.span(), None, "honors.selected_in")
            s.taken.append((opened + 1, verb.end()))


_IN_VERB: Final = "入选"
# 评选表彰镇级“乡村文艺能人”, 评出“十佳农技员”: a title the sentence's selection names (in quote marks, its level before it)
_SELECTED_TITLE: Final = regex.compile(
    rf"(?:{_SELECTED_OUT}|评选|推选)(?:表彰)?(?P<title>(?:[\u4e00-\u9fff]{{1,2}}级)?“[^“”\n]{{2,30}}”)")
_BARE_IN: Final = regex.compile(r"入选(?=[，,。；;！!]|$)")  # 张桂芳、刘德顺入选。: nothing after the verb
_NAMED_KINDS: Final = frozenset(("person", "family", "organization"))


def _graded_parts(s: _Sentence) -> None:
    """我区126名献血者获得全国无偿献血奉献奖，其中金奖38人、银奖41人、铜奖47人 / 共有18名学生获奖，其中省级一等奖5人、
    省级二等奖6人: a count of winners parted (其中) by the placings they won, each placing then as many: that many won
    it (a placing of the award the count won before 其中, or one that names its level, after a bare 获奖); not one
    part alone, nor a contest's whole list by its bare placings (共有68名选手获奖，其中一等奖6名、二等奖18名)."""
    ctx, norm = s.ctx, s.ctx.norm
    at = norm.find(_PARTED, s.start, s.end)
    if at < 0:
        return
    opened = at + len(_PARTED)
    while opened < s.end and norm[opened] in "，, 获":
        opened += 1  # (其中，获省一等奖5人: a comma and the verb again before the first part)
    parts = titles.counted(norm, opened, scan.clause_end(norm, opened, s.end, _HARD), ctx.words.titles,
                           ctx.words.triggers["verb"], conferred=True)
    grades = [_GRADE_PART.fullmatch(norm, *p.title) for p in parts]
    if len(parts) < _MIN_PARTS or not all(grades) or not all(_PART_COUNT.fullmatch(norm, *p.receiver) for p in parts):
        return
    won = [p for p in s.pairs if p.title[1] <= at and p.recipient.kind == "collective" and p.recipient.end <= at]
    # (共有68名选手获奖，其中…: a count that won no award named, whatever 获奖 read)
    award = won[-1].title if won and at - won[-1].title[1] <= _PARTED_REACH and won[-1].title[1] - won[-1].title[0] >= 2 and (
        not titles.is_rank_only(norm[won[-1].title[0]:won[-1].title[1]], ctx.words.titles)) else None
    if award is None and not (norm.startswith(_BARE_WON, at - len(_BARE_WON) - 1) and all(
            g is not None and g.group("level") for g in grades)):
        return
    verb = (at, at + len(_PARTED))
    for part in parts:
        if s.free(part.title[0], part.receiver[1]):
            s.add([Recipient(part.receiver[0], part.receiver[1], "collective")], [part.title], verb, None,
                  "honors.graded_parts", event=award)
    s.taken.append((at, parts[-1].receiver[1]))


_PARTED: Final = "其中"
_BARE_WON: Final = "获奖"  # 共有18名学生获奖，|其中: who won, no award named
_MIN_PARTS: Final = 2
_PARTED_REACH: Final = 2  # 获得全国无偿献血奉献奖|，|其中: the award right before the parts
# 金奖, 一等奖, 省级一等奖, 省一等奖, 金牌: a placing (its level before it or not) of an award
_GRADE_PART: Final = regex.compile(r"(?P<level>国家级|省级?|市级?|县级?|区级?)?(?:[一二三特]等奖|[金银铜]奖|[金银铜]牌)")
_PART_COUNT: Final = regex.compile(r"\d{1,5}[人名]")


def _approved_by(s: _Sentence) -> None:
    """经江苏省消防救援总队批准，A荣立集体二等功; 经局党委研究并报岳阳市公安局批准，给予A…: the body that approved
    (or decided) the merits of the clauses after it issues them, where no issuer was read and a province or a city
    names it; the body's own committee (经局党委研究) clears an issuer that an earlier approval gave. Of another title,
    the body that decided it and grants it right after (经县安委会研究，授予A…称号) issues it, where its name says its
    rank."""
    norm = s.ctx.norm
    approvals = list(_APPROVED.finditer(norm, s.start, s.end))
    for p in s.pairs:
        before = [m for m in approvals if m.end() <= p.recipient.start]
        if not before:
            continue
        m = before[-1]
        if not _MERIT_TITLE.search(norm, p.title[0], p.title[1]):
            # (经湖南省委批准，A被评为优秀共产党员: an approval of a nomination, not who issues the title; but 经县安委会研究，
            # 授予A…称号: the body that decided grants, where its name says its rank)
            decided = m.group("decided")
            if (p.issuer is None and decided is not None and m.group("above") is None and norm[m.end():p.verb[0]] in ("", "决定")
                    and norm.startswith(_GRANTING, p.verb[0]) and _RANKED_BODY.fullmatch(decided)):
                p.issuer = decided
            continue
        issuer = m.group("above") or m.group("decided") or m.group("approved")
        if p.issuer is None:
            if _NAMED_ABOVE.match(issuer):
                p.issuer = issuer
        elif not _NAMED_ABOVE.match(issuer) and any(
                a.start() <= norm.find(p.issuer, a.start(), a.end()) for a in before[:-1]):
            # 经局党委研究: the body's own committee, whose rank the article says elsewhere; never the issuer an
            # earlier approval gave (…报岳阳市公安局批准，…；经局党委研究，给予A嘉奖)
            p.issuer = None


_MERIT_TITLE: Final = regex.compile(r"(?:等功|嘉奖)$")
_GRANTING: Final = ("授予", "命名")  # the verbs by which a body that decided confers the titles itself
# 县安委会, 区妇联, 市总工会: a body named by its rank's word alone (县, 区, 市, 旗, 州, 盟, 省), nothing between
_RANKED_BODY: Final = regex.compile(r"[县区市旗州盟省][\u4e00-\u9fff]{1,10}")
# 上级领导的肯定和嘉奖, 群众的好评和嘉奖: words of praise before a commendation, no title
_PRAISE: Final = regex.compile(r"(?:的|肯定|表扬|好评|赞扬|认可)[^的]{0,6}嘉奖$")

# the end of a body's name that issues a merit (公安局, 消防救援支队, 检察院, 军分区)
_ISSUING_BODY: Final = regex.compile(r"(?:局|厅|部|院|委|队|支队|总队|分区|军区|政府)$")
# 江苏省…, 宿迁市…, 西藏自治区…: an issuer named by a province, a prefecture or a city
_NAMED_ABOVE: Final = regex.compile(r"[省州](?=[\u4e00-\u9fff])|市(?!场|民)(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|州|盟)")
# 经|江苏省消防救援总队|批准，; 经|宿迁市消防救援支队|党委研究，; 经局党委研究并报|岳阳市公安局|批准，
_APPROVED: Final = regex.compile(
    r"(?<![曾已])经(?!过|济|验|营|费|常|理|历)(?:(?P<decided>[^，,。；;经]{2,20}?)(?:党委|党组)?研究(?:决定)?(?:并报(?P<above>[^，,。；;]{2,20}?)批准)?"
    r"|(?P<approved>[^，,。；;经]{2,20}?)(?:批准|审批同意|同意))[，,]")


# what joins two phrases, never a title's first word (not 和: 和美乡村, 和谐社区 open with it)
_CONJUNCTIONS: Final = ("与", "及", "以及", "并")


def _pair_end(p: _Pair) -> int:
    return max(p.title[1], p.verb[1])


def _members_named(s: _Sentence) -> None:
    """各项目一等奖获得者被授予“X”，他们是：A、B / 我镇3个村榜上有名，分别是A、B和C: the names after
    the honour just read receive its title too (the group stays a recipient of its own)."""
    if not s.pairs:
        return
    norm = s.ctx.norm
    # the honour the names follow: the last read before them (a pair read after them, 入选数量居…, is
    # none of theirs)
    m: re.Match | None = None
    last = s.pairs[0]
    for last in sorted(s.pairs, key=_pair_end, reverse=True):
        # (荣获X的廖振华等4人，分别是…: a relative's recipient stands after its title)
        after = max(_pair_end(last), last.recipient.end)
        m = _MEMBERS_FOLLOW.search(norm, after, min(s.end, after + _MEMBERS_GAP + 8))
        if m is not None and m.start() - after <= _MEMBERS_GAP:
            break
        m = None
    if m is None or not s.free(m.start(), m.end()):
        return
    list_end = scan.clause_end(norm, m.end(), s.end, _HARD)
    pieces: list[Span2] = []
    reads: list[list[Recipient]] = []
    for a, b in recipients.parts(norm, m.end(), list_end, _COMMA_ITEMS):
        read = recipients.read(s.ctx.reader, a, b)
        if any(i.kind is None for i in read) and reads and norm[a - 1] in ",，":
            list_end = a - 1  # …和北壁乡北斗村，入选数量居全市前列: the list ended at the comma
            break
        pieces.append((a, b))
        reads.append(read)
    if any(i.kind is None for read in reads for i in read):
        # 他们是：张德明、李秀兰、王治国: a name the entity rules do not know (王|治国) among people's names
        named = recipients.names_among_names(s.ctx.reader, pieces, [read[0] if len(read) == 1 else None for read in reads])
        if not all(i is not None and i.kind is not None for i in named):
            return  # every part a name: else it is no list of who received it
        reads = [[i] for i in named if i is not None]
    items = [i for read in reads for i in read]
    if not items:
        return
    titles_of = sorted({p.title for p in s.pairs if p.verb == last.verb})
    if len(titles_of) != 1:
        return  # two titles read by one verb: which each name received is not said
    s.add(items, titles_of, last.verb, last.issuer, "honors.announce", last.strong)
    s.taken.append((m.start(), list_end))


def _members_after_stop(ctx: _Ctx, start: int, end: int, group: int) -> list[_Pair]:
    """…授予张秀兰等10名护理员“X”称号，并为她们颁发荣誉证书。她们是：A、B…: a sentence that opens by saying who they
    are names the receivers of the one title the sentence before granted to a counted group: each a person (where
    the person works before the name, as written), and as many as the group counts."""
    norm = ctx.norm
    opening = _THEY_ARE.match(norm, start, end)
    if opening is None:
        return []
    named = [p for p in ctx.previous if p.recipient.kind is not None]  # (并为她们颁发荣誉证书: no one named)
    groups = [p for p in named if p.recipient.kind == "collective"]
    if len(groups) != 1 or len({p.title for p in named}) != 1:
        return []
    counted = groups[0]
    count = _count_of_group(norm, (counted.recipient.start, counted.recipient.end))
    if count is None:
        return []
    list_end = end - 1 if norm[end - 1] in _HARD else end
    items: list[Recipient] = []
    for a, b in recipients.parts(norm, opening.end(), list_end, _COMMA_ITEMS):
        read = recipients.read(ctx.reader, a, b)
        if not read or any(r.kind != "person" for r in read):
            return []
        items.extend(read)
    if len(items) != count:
        return []
    return [_Pair(item, counted.title, counted.verb, counted.issuer, "honors.announce", group, counted.strong)
            for item in items]


_THEY_ARE: Final = regex.compile(r"\s*(?:他们|她们)(?:分别)?(?:是|为)\s*[:：]\s*")


def _epithet_lists(s: _Sentence) -> None:
    """曾获得“A”“B”等荣誉的单云鹏: the titles come before the person who won them."""
    norm = s.ctx.norm
    if norm.find("获", s.start, s.end) < 0 or norm.find("“", s.start, s.end) < 0 or norm.find("等", s.start, s.end) < 0:
        return  # every match holds 获 (获得, 荣获, 获), a quoted title and 等
    for m in s.ctx.words.triggers["epithet_list"].finditer(norm, s.start, s.end):
        person = Recipient(m.start(2), m.end(2), "person")
        spans = [(m.start(1) + q.start(1), m.start(1) + q.end(1)) for q in _QUOTED.finditer(m.group(1))]
        s.add([person], spans, (m.start(), m.start(1)), None, "honors.epithet_list")
        s.taken.append((m.start(), m.end()))


def _relatives(s: _Sentence) -> None:
    """获得“全国劳动模范”称号的刘建华表示… / 荣获X的张秀英同志 / 对获得X的20户家庭进行表彰: who won it
    follows the title and 的."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    if not (s.has("active") or s.has("weak") or s.has("passive")):
        return
    if norm.find("的", s.start, s.end) < 0:
        return  # every match ends with 的 (a search with the lazy title's 2 to 40 lengths at every verb)
    for m in w.triggers["relative"].finditer(norm, s.start, s.end):
        if not s.free(m.start(), m.end()):
            continue
        if norm.startswith("“", m.end()):
            continue  # 入选国家卫生健康委公布的“全国优秀乡村医生”名单: who published the list, then its title, no one who won
        if w.triggers["announce_uncounted"].match(norm, m.end() - 1):
            # 获评X的3名职工分别是：A、B: who won it follow (`_announcements`, from 的 on), not the count before them,
            # which no other reading of the verb takes either
            s.taken.append((m.start(), m.end() - 1))
            continue
        title = titles.clean(norm, m.start("title"), m.end("title"), w.titles)
        person = recipients.person_at(ctx.reader, m.end(), min(s.end, m.end() + _RELATIVE_REACH)) or (
            recipients.count_at(ctx.reader, m.end(), s.end)) or (  # 对获得X的20户家庭进行表彰: a counted group
            _counted_examples(ctx, m.end(), s.end)) or _closing_person(ctx, m.end(), s.end)
        if person is None and title is not None:
            # 为获评“十佳志愿者”的王秀兰、赵德明…颁发荣誉证书: the names listed, up to the frame's verb
            stop = w.triggers["list_stop"].search(norm, m.end(), s.end)
            named = recipients.names_at(ctx.reader, m.end(), stop.start() if stop else s.end)
            if not named and stop is not None and recipients.is_name_alone(ctx.reader, m.end(), stop.start()):
                named = [recipients.Recipient(m.end(), stop.start(), "person")]  # …的王秀兰颁发荣誉证书: one name
            if not named and stop is not None:
                # 为获评X的孙玉梅家庭、获评Y的刘倩颁发…: a list of relative clauses, each naming its own; a family or
                # a body named whole up to the next one's 、 (or the frame's verb)
                nxt = w.triggers["relative"].search(norm, m.end(), stop.start())
                end = nxt.start() - 1 if nxt is not None and norm[nxt.start() - 1] == "、" else stop.start()
                whole = recipients.classify(ctx.reader, m.end(), end)
                if whole is not None and whole.start == m.end() and whole.end == end and (
                        whole.kind == "family" and norm[end - 3:end - 2] not in _PLACE_ENDS
                        or whole.kind == "organization" and _PLACE_NAMED.match(norm, whole.start, whole.end)
                        or whole.kind == "place" and norm.find("、", whole.start, whole.end) < 0):  # (…获评X的玉山县，…: one place)
                    # (…获评全国最美家庭的宁波市家庭还有…: a place's families, nobody's; 村党支部, 县直单位: a body
                    # named by its kind alone, nobody named)
                    named = [whole]
            if not named and (stop is None or norm[stop.start()] in _SENTENCE_END):
                closing = recipients.person_closing(ctx.reader, m.end(), stop.start() if stop else s.end)
                named = [closing] if closing is not None else []  # 也有刚被评为X的针灸推拿科主任季文斌。: the sentence ends on him
            if not named and m.start() > 0 and norm[m.start() - 1] in _FRAME_OPENERS:
                named = _frame_object(ctx, m.end(), s.end)
            if named:
                s.add(named, [title], (m.start(), m.start("title")), m.group("by") or None, "honors.relative")
                s.taken.append((m.start(), named[-1].end))
                continue
        if title is None or person is None:
            continue  # 获得X称号的同志: nobody is named
        by = m.group("by")  # 被定西市委组织部评为: who named it
        # (曾先后荣获“全国侨界贡献奖”和“上海市三八红旗手”的陈嘉: each title)
        s.add([person], titles.split(norm, title, w.titles), (m.start(), m.start("title")), by if by else None,
              "honors.relative")
        s.taken.append((m.start(), person.end))


def _closing_person(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """…的归侨医生陈嘉，分享了…, …的干部王立新、曾获Y的张一帆: the person (after a post) whose name closes the relative's
    clause, or its item where the next item is a relative clause of its own (not a list of names: …的A、B颁发)."""
    norm = ctx.norm
    stop = scan.clause_end(norm, start, end, _CLAUSE | _ENUMERATION)
    if norm[stop:stop + 1] == "、" and ctx.words.triggers["relative"].match(norm, stop + 1) is None:
        return None
    return recipients.person_closing(ctx.reader, start, stop)


_FRAME_OPENERS: Final = frozenset("为向给")
_PLACE_ENDS: Final = frozenset("省市县区镇乡")
_FRAME_STOPS: Final = frozenset(",，。;；:：!！?？\n")


def _frame_object(ctx: _Ctx, start: int, end: int) -> list[Recipient]:
    """为荣获X的县医院院长陈明、白沙供电所颁发…: the object of 为/向/给, from the relative clause's 的 at `start` to
    the frame's verb (颁发, 授牌: honors.frames.tsv's frame_verb) in the same clause, names who won the title:
    every item of it a recipient (a person after a post, a place, a body whose name opens with a place), else none."""
    norm = ctx.norm
    verb = ctx.words.triggers["frame_verb"].search(norm, start, scan.clause_end(norm, start, end, _FRAME_STOPS))
    if verb is None:
        return []
    items: list[Recipient] = []
    for a, b in recipients.parts(norm, start, verb.start(), _LIST_ITEMS):
        read = recipients.read(ctx.reader, a, b)
        # a body named by a place (合江县供电公司白沙供电所, 城关镇团委), not by its kind alone (县直单位, 村党支部,
        # 志愿服务队: nobody named)
        if not read or any(i.kind is None or i.kind not in ("person", "place") and not _PLACE_NAMED.match(
                norm, i.start, i.end) for i in read):
            return []
        items.extend(read)
    return items


# 城关镇团委, 合江县供电公司…: a body whose name opens with a named place (two characters or more, then the division)
_PLACE_NAMED: Final = regex.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|旗|镇|乡|街道|村|社区)")


def _counted_examples(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """祁家庙镇双泉村第一书记魏国平等10名同志(进行了表彰): examples, 等, a count and what it counts, right at
    `start`, up to a frame verb or a clause mark: a counted group."""
    m = _EXAMPLES_COUNTED.match(ctx.norm, start, end)
    if m is None:
        return None
    item = recipients.classify(ctx.reader, start, m.end(), alone=False)
    return item if item is not None and item.kind == "collective" and item.start == start else None


_COUNTED_NOUN: Final = 5  # characters: 医务工作者


def _title_prefix_after_count(ctx: _Ctx, start: int, end: int) -> int:
    """授予许文静等8名同志2024年度六安市“X”: where the title opens after a counted group (the counted
    noun, up to five characters, 同志 or 医务工作者, then an edition and a place the gazetteer or the rank words
    know, up to the quote at `end`); -1 where no such prefix stands there. A place the gazetteer lists comes before
    one it lacks (张秀梅等6名同志海兴县: 海兴县, not a place 同志海兴县)."""
    norm = ctx.norm
    count = None
    for count in _COUNT_IN_GROUP.finditer(norm, start, end):
        pass
    if count is None:
        return -1
    unlisted = -1
    for noun in range(0, _COUNTED_NOUN + 1):
        at = count.end() + noun
        if at >= end or not titles.is_han(norm, at - 1) and noun:
            break
        edition = _EDITION_START.match(norm, at, end)
        place = norm[edition.end() if edition else at:end]
        rank = _rank_of(place, ctx.home) if place else None
        # (韶山市优秀“五老”志愿者: a modifier of the title may stand between its place and its quote marks)
        if rank is not None and rank[1] != place and _TITLE_MODIFIER.fullmatch(place, len(rank[1])):
            place = rank[1]
        if (edition or place) and (not place or rank is not None and rank[1] == place):
            listed = _first_place(place) if place else None
            if not place or listed is not None and listed[0].code and listed[2] == place:
                return at
            if unlisted < 0:
                unlisted = at
    return unlisted


_TITLE_MODIFIER: Final = regex.compile(r"优秀|十佳|最美|先进|杰出|十大")


def _holds_trigger(ctx: _Ctx, span: Span2) -> bool:
    """Whether an honour verb (入选, 获评 …) stands inside `span`: a clause, not a title."""
    i = bisect_left(ctx.trigger_starts, span[0])
    return i < len(ctx.triggers) and ctx.triggers[i][1] <= span[1]


def _granted_before(ctx: _Ctx, lower: int, r_start: int) -> tuple[Span2, str | None] | None:
    """The quoted title the clause right before the one at `r_start` confers, where that clause ends with
    it: 县妇联表彰了2023年度县级“三八红旗手”，该局的欧阳春兰也位列其中; 共有30名教师被评为“镇雄县最美乡村教师”，
    刘春梅位列其中. The title opens after the verb (the level and the year before the quote are its own), or at
    the quote after a count (表彰全省100个“X”: the count is the list's size); the body before a verb that
    commends or grants is the issuer (县妇联)."""
    norm = ctx.norm
    mark = r_start - 1
    if mark <= lower or norm[mark] not in _CLAUSE:
        return None
    if norm[mark - 1] != "”":
        return _counted_granted_before(ctx, lower, mark)
    close = mark - 1
    head = scan.clause_start(norm, mark, lower, _CLAUSE)
    opened = norm.rfind("“", head, close)
    if opened < 0 or close - opened - 1 < 2 or not titles.is_titled(norm[opened + 1:close], ctx.words.titles):
        return None
    verb = _last_trigger(ctx, head, opened)
    if verb is None or verb[2] not in _conferring_words() or _TAKING_PART.search(norm, head, verb[0]):
        return None  # (全县120户家庭参与评选“最美家庭”: taking part in a selection wins nothing)
    start = opened if _COUNT_BEFORE_QUOTE.search(norm, verb[1], opened) else verb[1]
    title = titles.clean(norm, start, close + 1, ctx.words.titles)
    if title is None:
        return None
    return title, _commending_body(ctx, head, verb)


def _counted_granted_before(ctx: _Ctx, lower: int, mark: int) -> tuple[Span2, str | None] | None:
    """全省共表彰100名优秀专武干部，|A名列其中: the unquoted title a count opens, ending the clause before, that
    a conferring verb right before the count confers."""
    norm = ctx.norm
    head = scan.clause_start(norm, mark, lower, _CLAUSE)
    m = _COUNT_THEN_TITLE.search(norm, head, mark)
    if m is None or not titles.is_titled(m.group("title"), ctx.words.titles):
        return None
    verb = _last_trigger(ctx, head, m.start())
    if verb is None or verb[1] != m.start() or verb[2] not in _conferring_words():
        return None
    title = titles.clean(norm, m.start("title"), m.end("title"), ctx.words.titles)
    return (title, _commending_body(ctx, head, verb)) if title is not None else None


# 表彰|100名|优秀专武干部，, 表彰|了全省100名|三八红旗手，: a count (its particle, scope and total before it), then the
# title to the clause's end (no quote marks)
_COUNT_THEN_TITLE: Final = regex.compile(r"了?(?:全[国省市县区])?(?:共计|共)?[0-9一二三四五六七八九十百千]+(?:名|个|位|家|户|所|支)"
                                         r"(?P<title>[\u4e00-\u9fff]{2,20})$")


def _last_trigger(ctx: _Ctx, start: int, end: int) -> tuple[int, int, str] | None:
    """The last honour verb inside norm[start:end]."""
    i = bisect_left(ctx.trigger_starts, start)
    verb = None
    while i < len(ctx.triggers) and ctx.triggers[i][1] <= end:
        verb = ctx.triggers[i]
        i += 1
    return verb


def _commends(ctx: _Ctx, verb: tuple[int, int, str]) -> bool:
    """Whether the honour verb is one that commends or grants (表彰, 授予), not one of winning (入选, 被评为)."""
    forms = ctx.words.form_words
    return verb[2] in forms.get("commend", ()) or verb[2] in forms.get("grant", ())


def _commending_body(ctx: _Ctx, head: int, verb: tuple[int, int, str]) -> str | None:
    """县妇联|表彰了…: the body before a verb that commends or grants, in its clause (from `head`); None
    before any other verb (…被评为, 入选: who won, not who conferred)."""
    if not _commends(ctx, verb):
        return None
    publisher = _publisher(ctx.norm[head:verb[0]])
    adverbs = _ADVERBS_AFTER_BODY.search(publisher)
    if adverbs is not None:
        publisher = publisher[:adverbs.start()]  # 县教育局还|表彰了: the body, without what it did besides
    return publisher if 2 <= len(publisher) <= _PUBLISHER_REACH and "被" not in publisher else None


_ADVERBS_AFTER_BODY: Final = regex.compile(r"(?:还|也|又|再|并|同时|随后|另外|专门|特别)+$")


_COUNT_BEFORE_QUOTE: Final = regex.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[家户个所名位项处人支]")
_TAKING_PART: Final = regex.compile(r"参与|参加|参评|申报|开展|组织")  # before the verb: a selection taken part in
_CONFERRING: Final = ("commend", "grant", "confer", "passive", "passive_weak", "dispose", "name_as", "active")


@lru_cache(maxsize=1)
def _conferring_words() -> frozenset[str]:
    """The verbs of the forms that say a title was conferred or won (not 创建, 创成: a build)."""
    forms = _words().form_words
    return frozenset(w for f in _CONFERRING for w in forms.get(f, ()))


def _previous_sentence(norm: str, start: int) -> int:
    """Where the sentence before the one at `start` begins, within its line."""
    line = norm.rfind("\n", 0, start) + 1
    i = start - 1
    while i > line and norm[i - 1] not in _SENTENCE_END:
        i -= 1
    return max(i, line, start - _PREVIOUS_REACH)


_PUBLISHER_REACH: Final = 20  # characters: a body's name before the verb that publishes a list


def _publisher(text: str) -> str:
    """Who publishes the list, in the words before the verb that does: after a relay's verb (市文明办近日
    转发省文明委|公布的…: 省文明委), without a time or a preposition before it (在浙江省科协, 蜀山区日前)."""
    relayed = None
    for relayed in _words().triggers["relay"].finditer(text):
        pass
    if relayed is not None:
        text = text[relayed.end():]
    words = [(word, tag) for word, tag in segment.tag(text.strip())]
    around = lexicon.by_kind("honors.frames", "around_publisher", "kind")
    while words and (words[0][1][:1] in ("t", "p") or words[0][0] in around):
        words = words[1:]
    while words and (words[-1][1][:1] == "t" or words[-1][0] in around):
        words = words[:-1]
    return "".join(word for word, _ in words).strip()


def _list_named(w: _Words, norm: str, lower: int, upper: int, naming: bool = True) -> tuple[int, int]:
    """Where the title of the last list named in norm[lower:upper] ends: before its 名单, after the
    quote that closes a board's name (发布2024年第二季度“宜春好人榜”: the board is the list), or after
    the quoted title a count published or named gives (公布了12家“渭南市残疾人就业示范基地”, 命名了100户
    “自治区最美家庭”), with where that quote opens; (-1, -1): none, and -1 where the title's start is
    read from its clause."""
    # (公布X评选结果: its list; 发布“X”榜单: a board's)
    listed = max(norm.rfind("名单", lower, upper), norm.rfind("榜单", lower, upper), norm.rfind("评选结果", lower, upper))
    if listed - lower >= 2 and norm.startswith(_LIST_KINDS, listed - 2, listed) and norm[listed - 3:listed - 2] != "拟":
        listed -= 2  # 公布…“吉林省民族团结进步示范单位”命名名单: the title before the kind of list (拟命名名单: nominees)
    board = norm.rfind("榜”", lower, upper)
    found = board + 2 if board > listed else listed
    close = norm.rfind("”", max(lower, found), upper)
    if close > found:
        opening = norm.rfind("“", lower, close)
        count = _PUBLISHED_COUNT.search(norm, lower, opening) if opening > lower else None
        if count is not None and w.triggers["makes_list"].search(norm, lower, count.start()) is not None:
            return opening, close + 1
    if found < 0:
        # 印发《关于表彰2023年度广东省红十字优秀志愿者的决定》，我市4名志愿者榜上有名: the decision's title names
        # the title it confers, and its list
        decision = None
        for decision in (_DECISION_OF if naming else _CONFERRING_DECISION_OF).finditer(norm, lower, upper):
            pass
        if decision is not None:
            return decision.start(1), decision.end(1)
    return -1, found


# 《关于表彰X的决定》 (授予…称号的决定, 命名…的决定, …的通报): X, the title the document confers
# (a decision or a notice of commendation, not a 通知 that calls for nominations; one title, not two joined by 和)
_DECISION_OF: Final = regex.compile(r"《关于(?:表彰|授予|命名)((?:(?!推荐|评选|申报)[^《》\n和、]){2,40}?)(?:称号)?的(?:决定|通报)》")
# (a naming decision a sentence before: 印发《关于命名X的决定》，A榜上有名。本次全国共有218个单位获此命名，…2家单位上榜:
# the country's list, told after the reporting body's own)
_CONFERRING_DECISION_OF: Final = regex.compile(_DECISION_OF.pattern.replace("|命名", ""))
_LIST_KINDS: Final = ("命名", "表彰", "认定")  # (推荐名单, 公示名单: of candidates, not of those who won)
# 公布了12家|“X”: a count of the published list's entries, right before its quoted title
_PUBLISHED_COUNT: Final = regex.compile(r"(?:首批|第[一二三四五六七八九十\d]{1,3}批)?\d+[家户个所名位项处]$")


def _match_start(m: re.Match) -> int:
    return m.start()


def _published_list(ctx: _Ctx, lower: int, quoted: int, listed: int) -> tuple[Span2 | None, int, re.Match | None]:
    """The title of the list `_list_named` found (its quote's start, or -1, and its end), the start of its
    clause, and the verb that published it, if any."""
    norm = ctx.norm
    head = scan.clause_start(norm, listed, lower, _CLAUSE)
    published = None
    for p in ctx.words.triggers["publish"].finditer(norm, head, listed):
        published = p
    opened = published.end() if published else head
    if quoted >= 0:
        opened = quoted  # 公布了12家“X”: the count is the list's size, no part of its title
    if published and norm.startswith("的", opened):
        opened += 1  # 团省委公布的X名单: the list's title follows the particle
    elif published is None and norm.startswith("在", opened):
        opened += 1  # 在浙江省文明村镇名单中，A榜上有名: the frame's 在 is no part of the title
    return titles.clean(norm, opened, listed, ctx.words.titles), head, published


def _in_list_frame(s: _Sentence, m: re.Match, r_start: int, listed: int) -> bool:
    """A在X名单中榜上有名 (its clause whole): A, before the frame's 在, is on the list X; added to `s`."""
    ctx, norm = s.ctx, s.ctx.norm
    frame = norm.rfind("在", r_start, listed)
    if frame < r_start or not norm.startswith("名单中", listed) or listed + 3 != m.start():
        return False
    opened = frame + 1
    for p in ctx.words.triggers["publish"].finditer(norm, opened, listed):
        opened = p.end() + (1 if norm.startswith("的", p.end()) else 0)  # 在省农业农村厅近日公布的X名单中
    title = titles.clean(norm, opened, listed, ctx.words.titles)
    if title is None or _holds_trigger(ctx, title) or not s.free(m.start(), m.end()):
        return False
    receivers = recipients.read(ctx.reader, r_start, frame)
    if not receivers or any(r.kind is None for r in receivers):
        return False
    s.add(receivers, [title], (m.start(), m.end()), None, "honors.on_list")
    s.taken.append((r_start, m.end()))
    return True


def _on_lists(s: _Sentence) -> None:
    """…公布了2023年度全国最美家庭名单，我县王德明家庭榜上有名: the title is the list's; so for a verb of
    winning with nothing after it (A、B入选，), and for a list named by its size and quoted title
    (公布了12家“X”, `_list_named`)."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    # A、B入选，: a verb of winning with nothing after it in its clause is on a list named before, as
    # 榜上有名 is
    bare = [m for m in s.opened("active") if m.end() == s.end or norm[m.end()] in _CLAUSE] if s.has("active") else []
    if not s.has("on_list") and not bare:
        return
    bare_starts = {m.start() for m in bare}
    for m in sorted(s.opened("on_list") + bare, key=_match_start) if bare else s.opened("on_list"):
        is_bare = m.start() in bare_starts and m.group() in w.form_words["active"]
        if is_bare and _among(ctx, s.start, scan.clause_start(norm, m.start(), s.start, _CLAUSE)) is not None:
            continue  # 在X名单中，A入选: the frame names the list (`honors.among`)
        lower = s.start
        quoted, listed = _list_named(w, norm, lower, m.start())
        if listed < 0 and s.free(m.start(), m.end()):
            r_start = scan.clause_start(norm, m.start(), s.start, _CLAUSE)
            among = _among(ctx, s.start, r_start)
            if among is not None and _names_title_next(ctx, m.end(), s.end):
                continue  # …榜上有名，被授予“X”称号: the clause after names the title (`_listed_before_bare_verb`)
            if among is not None:  # 在浏阳市表彰的乡村振兴先进集体中，我镇3个村榜上有名: the frame's title
                s.add(recipients.read(ctx.reader, r_start, m.start()), [among[0]], (m.start(), m.end()), among[1],
                      "honors.on_list")
                s.taken.append((r_start, m.end()))
                continue
            if _OWN_LIST_AFTER.match(norm, m.end(), s.end):
                continue  # A上榜2024年第三季度“中国好人榜”: the verb's own object names the list, none before it
            granted = None if is_bare else _granted_before(ctx, s.start, r_start)
            if granted is not None:  # 县妇联表彰了“三八红旗手”，欧阳春兰位列其中: the title the clause before conferred
                s.add(recipients.read(ctx.reader, r_start, m.start()), [granted[0]], (m.start(), m.end()), granted[1],
                      "honors.on_list")
                s.taken.append((r_start, m.end()))
                continue
            if is_bare:
                continue  # (a verb of winning looks for its list in its own sentence only)
            # X名单公布，全省共有52个村入选。我县A、B榜上有名: the list of the sentence before
            lower = _previous_sentence(norm, s.start)
            quoted, listed = _list_named(w, norm, lower, s.start, naming=False)
        if listed < 0 or not s.free(m.start(), m.end()):
            continue
        title, head, published = _published_list(ctx, lower, quoted, listed)
        r_start = scan.clause_start(norm, m.start(), s.start, _CLAUSE)
        if r_start <= listed and _in_list_frame(s, m, r_start, listed):
            continue
        if _FORWARD_MARK.search(norm, r_start, m.start()) is not None:
            continue  # 我县以下人员榜上有名：: the lines after name who, not the clause (`_forward_grant`)
        if title is None or r_start <= listed or _holds_trigger(ctx, title):
            continue  # (A、B入选X名单: the list of another clause, whose verb says who is on it)
        receivers = recipients.read(ctx.reader, r_start, m.start())
        listed_titles = titles.split(norm, title, w.titles)
        # 县妇联公布X名单，A榜上有名: who publishes the list confers what is on it
        publisher = _publisher(norm[head:published.start()]) if published is not None else ""
        issuer = publisher if 2 <= len(publisher) <= _PUBLISHER_REACH and "被" not in publisher else None
        if len(listed_titles) == 2 and len(receivers) > 1 and all(r.kind == "collective" for r in receivers):
            # X奖和Y名单中，我区共有3个集体、5名个人榜上有名: counts of the list's whole, one recipient (as
            # 54个集体、家庭、项目及个人 is), the list's title whole
            whole = Recipient(min(r.start for r in receivers), max(r.end for r in receivers), "collective")
            s.add([whole], [title], (m.start(), m.end()), issuer, "honors.on_list")
        elif len(listed_titles) == 2 and len(receivers) != 1:
            # X先进集体和先进个人名单，A、B上榜: each title of the list for the recipients of its kind (not in turn)
            for t in listed_titles:
                text = norm[t[0]:t[1]]
                kind = ("organization", "place") if titles.is_collective(text, w.titles) else (
                    ("person",) if titles.is_personal(text, w.titles) else ())
                own = [r for r in receivers if r.kind in kind]
                if own:
                    s.add(own, [t], (m.start(), m.end()), issuer, "honors.on_list")
        else:
            s.add(receivers, listed_titles, (m.start(), m.end()), issuer, "honors.on_list")
        s.taken.append((head, m.end()))  # (命名了30户“X”，我县A、B入选: the count is the list's size)


def _announcements(s: _Sentence) -> None:
    """获得X的是:A、B / X名单:A、B / 获奖单位分别是A、B: the list after the colon or 是."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    # every match holds 是 or a colon (获得X的是:, 的单位有：), 名单, or 获奖: the pattern (one of
    # its branches may start anywhere) is searched only in a sentence that holds one
    if _ANNOUNCE_MARK.search(norm, s.start, s.end) is None:
        return
    # the bare count's branch holds a list's count, which starts at one of the article's (`list_count_starts`)
    counts = ctx.list_count_starts
    i = bisect_left(counts, s.start)
    counted = i < len(counts) and counts[i] < s.end
    for m in w.triggers["announce" if counted else "announce_uncounted"].finditer(norm, s.start, s.end):
        if not s.free(m.start(), m.end()):
            continue
        head_start = scan.clause_start(norm, m.start(), s.start, _CLAUSE)
        if m.group("awarded"):  # 获奖单位分别是: the title was named just before (评选出“十佳单位”10个，获奖单位…)
            if norm[head_start:m.start()].strip(" 其中此外同时"):
                continue
            title = _title_before(ctx, head_start)
            verb = None
        else:
            verb = w.triggers["active"].search(norm, head_start, m.start()) or w.triggers["weak"].search(
                norm, head_start, m.start())
            if verb is None:
                # (被评为“X”的同志：A、B; 被评为洛阳市五星级党组织的有A、B)
                verb = w.triggers["passive"].search(norm, head_start, m.start())
                if verb is None and m.group("bare_colon"):
                    continue  # (参加“体育道德风尚奖”评选的单位：A、B: who took part, no verb of winning before the list's word)
            title_start = verb.end() if verb else head_start
            number = _HEADING_NUMBER.match(norm, title_start, m.start())
            if number:  # 二、X名单（12名）：A、B: the section's number is no part of the title
                title_start = number.end()
            title = titles.clean(norm, title_start, m.start(), w.titles)
        if title is None or not ctx.is_titled(norm[title[0]:title[1]]):
            continue
        list_end = scan.clause_end(norm, m.end(), s.end, _HARD)
        counted_list = _COUNTED_TAIL.search(norm, m.end(), list_end)
        # (…的有黄秋燕、李国华、韦小军等9人: a counted list, one recipient as A、B等20个单位 is)
        pieces = [(m.end(), list_end)] if counted_list is not None and counted_list.end() == list_end else recipients.parts(
            norm, m.end(), list_end, _COMMA_ITEMS)
        # (优秀组织奖（4个）：梅村镇综合文化站　牛头山镇综合文化站: bodies a blank apart, each a recipient)
        read = [parted if _INNER_BLANK.search(norm, a, b) and len(parted := _blank_parted(ctx, a, b)) > 1
                else recipients.read(ctx.reader, a, b) for a, b in pieces]
        items = [i for found in read for i in found]
        if len(items) == len(pieces) > 1 and any(i.kind is None for i in items):
            # 获得二等奖的是：蒲俊（…）、敬小红（江油市中医院）: a rare surname's name among people's names is a name too
            items = [i for i in recipients.names_among_names(ctx.reader, pieces, list(items)) if i is not None]
        if not items:
            continue
        verb_span = (verb.start(), verb.end()) if verb else (m.start(), m.end())
        event = _contest_of(ctx, head_start) if titles.is_rank_only(norm[title[0]:title[1]], w.titles) else None
        s.add(items, titles.split(norm, title, w.titles), verb_span, None, "honors.announce", event=event)
        s.taken.append((head_start, list_end))


def _contest_of(ctx: _Ctx, pos: int) -> Span2 | None:
    """The contest a bare placing at `pos` was won in: the one its paragraph names (`_contest_before`),
    else the last one its paragraph named before it with a rank, else the last one the article named before it with a
    rank, where all those agree on the rank (由市妇联举办的才艺大赛在…举行。…一等奖：A)."""
    found = _contest_before(ctx, pos) or _contest_heading(ctx, pos)
    if found is not None:
        return found
    agreed = _agreed_contest(ctx, pos)
    return agreed[0] if agreed is not None else None


def _graded_award(s: _Sentence, pos: int) -> Span2 | None:
    """启东市共有126名献血者获得全国无偿献血奉献奖，其中，8人获金奖，39人获银奖: the award a placing won by a part
    (其中) of the sentence's recipients grades, the title the sentence gave them before 其中; the parts after
    the first, a comma apart, grade the same award."""
    norm, words = s.ctx.norm, s.ctx.words.titles
    before = [p for p in s.pairs if p.title[1] <= pos]
    if not before:
        return None
    last = before[-1]
    if titles.is_rank_only(norm[last.title[0]:last.title[1]], words):
        return last.event if last.event is not None and pos - last.title[1] <= _NEXT_PART else None
    graded = _GRADED_TITLE.search(norm, last.title[0], last.title[1])
    if graded is not None and graded.start() > last.title[0] and pos - last.title[1] <= _NEXT_PART:
        # 52人获全国无偿献血奉献奖金奖，71人获银奖: the next part a comma on, its placing of the award the one before
        # grades (the title without its own placing)
        return last.title[0], graded.start()
    if not norm.endswith("奖", last.title[0], last.title[1]):
        return None
    between = norm.find("其中", last.title[1], pos + 2)  # (the part read with its 其中: 其中12户)
    return last.title if between >= 0 and pos - between <= _PART_REACH else None


_PART_REACH: Final = 4  # 其中，8人: 其中, a comma, then the part's count
_GRADED_TITLE: Final = regex.compile(r"(?:[金银铜]奖|[一二三特]等奖)$")  # 全国无偿献血奉献奖|金奖: an award and its placing
_NEXT_PART: Final = 1  # 8人获金奖，39人: a comma between one part and the next


def _contest_heading(ctx: _Ctx, pos: int) -> Span2 | None:
    """一、第三十八届安徽省青少年科技创新大赛 / 一等奖 / 五（3）班　汪子涵…: the contest the section heading above
    the placing names, with a rank of its own; the nearest numbered heading up the lines decides (another
    heading, naming no contest, ends the search)."""
    norm = ctx.norm
    events = ctx.words.titles.words_of.get("event", ())
    end = norm.rfind("\n", 0, pos)
    for _ in range(_CONTEST_HEADING_LINES):
        if end <= ctx.body_start:
            return None
        start = norm.rfind("\n", 0, end) + 1
        heading = _SECTION_NUMBER.match(norm, start, end)
        if heading is not None and ctx.words.triggers["placing_line"].fullmatch(norm, start, end):
            heading = None  # （一）一等奖 above （二）二等奖: a placing of the same contest, no heading of another
        if heading is not None:
            a, b = heading.end(), end
            while b > a and norm[b - 1] in _BLANKS:
                b -= 1
            listed = _WINNERS_LIST_TAIL.search(norm, a, b)
            # (四、沐川县第二届优秀科普作品获奖名单（12件）: the selection whose winners' list the heading names)
            # (三、全区第四届…竞赛获奖名单: the contest the prose names alike, with its place: 西陵区)
            ends = ctx.words.titles.words_of.get("entry", ()) if listed is not None else events
            if listed is not None:
                b = listed.start()
                if norm.endswith(events, a, b):
                    # (the contest the prose named with its place, 对在全区第四届…竞赛中获奖的, the one the heading names)
                    named = norm[a:b]
                    return next((span for span, _ in reversed(_ranked_contests(ctx, start)) if norm[
                        span[0]:span[1]].endswith(named)), None)
            if b - a > _MAX_CONTEST or not norm.endswith(ends, a, b) or _event_rank(ctx, (a, b)) is None:
                return None
            return a, b
        end = start - 1
    return None


_SECTION_NUMBER: Final = regex.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*")
_CONTEST_HEADING_LINES: Final = 30
_WINNERS_LIST_TAIL: Final = regex.compile(r"(?:获奖)?名单(?:[（(][^（）()\n]{1,8}[)）])?$")
_MAX_CONTEST: Final = 40


def _contest_before(ctx: _Ctx, pos: int) -> Span2 | None:
    """平昌县第三届创业大赛举行。…获得金奖的项目分别是…: the contest a bare placing was won in, named
    where a clause of the paragraph opens, nearest first; only one with a place or rank of its own
    (a contest named by 本次 or by its kind alone lends no level, and is not taken)."""
    norm, w = ctx.norm, ctx.words
    floor = max(norm.rfind("\n", 0, pos) + 1, pos - _TITLE_REACH)
    end = pos
    while end > floor:
        start = scan.clause_start(norm, end - 1, floor, _CLAUSE)
        took = _TOOK_PART.search(norm, start, end) if norm.find("参加", start, end) >= 0 else None
        if took is not None and _event_rank(ctx, took.span("contest")) is not None and not _SENT_ON_TO.search(
                norm, start, took.start("contest")):
            return took.span("contest")  # 石门镇舞蹈队代表青岚县参加潍坊市广场舞大赛，荣获一等奖: the contest taken part in
        m = w.contest.match(norm, start, end)
        if m and not w.triggers["verb"].search(norm, m.start(1), m.end(1)) and (
                _event_rank(ctx, (m.start(1), m.end(1))) is not None):
            return m.start(1), m.end(1)
        end = start - 1
    return None


# 参加宁州市广场舞大赛, 参加第41届全国中学生物理竞赛决赛: the contest a clause's subject took part in
_CONTEST_END: Final = lexicon.alternation(lexicon.by_kind("honors.titles", "event"))  # 大赛, 比赛, 运动会, 展演
_TOOK_PART: Final = regex.compile(rf"参加(?P<contest>[^，,。；;、]{{4,30}}?(?:{_CONTEST_END}))")


def _title_before(ctx: _Ctx, pos: int) -> Span2 | None:
    """The title named just before `pos`, within its paragraph: the object of the last verb that
    confers one (我市多家单位获评X，获奖单位分别是…), else the last quoted title (评选出“X”10个，…)."""
    norm, t = ctx.norm, ctx.words.triggers
    floor = max(norm.rfind("\n", 0, pos) + 1, pos - _TITLE_REACH)
    verb = None
    for form in ("active", "passive", "weak"):
        for m in t[form].finditer(norm, floor, pos):
            if verb is None or m.end() > verb.end():
                verb = m
    if verb is not None:
        title = titles.clean(norm, verb.end(), scan.clause_end(norm, verb.end(), pos, _CLAUSE), ctx.words.titles)
        if title is not None and ctx.is_titled(norm[title[0]:title[1]]):
            return title
    found = None
    for q in _QUOTED.finditer(norm, floor, pos):
        if ctx.is_titled(q.group(1)):
            found = (q.start(1), q.end(1))
    return found


def _counted_objects(s: _Sentence) -> None:
    """表彰了10个“X”、20名Y和30名“Z” / 对张三、李四等10名X和20名Y获得者进行表彰: the object is a list
    of counted groups, each count followed by the title its group receives. Read here only when it
    parses so throughout: two items or more after the verb, any number inside 对…进行表彰."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    if not s.has("commend"):
        return  # both patterns hold a commend verb
    found = [(m.start(), m.end(), m.end(), scan.clause_end(norm, m.end(), s.end, _CLAUSE), 2, (m.start(), m.end()))
             for m in s.opened("commend")]
    # 对…进行表彰: searched only where both its frame words stand (its lazy object tries 80 lengths)
    if norm.find("对", s.start, s.end) >= 0 and any(norm.find(f, s.start, s.end) >= 0 for f in _FRAME_VERBS):
        found += [(m.start(), m.end(), m.start(1), m.end(1), 1, (m.start(2), m.end(2)))
                  for m in w.triggers["commend_frame"].finditer(norm, s.start, s.end)]
    for start, end, a, b, least, verb in sorted(found):
        if not s.free(start, end) or norm.find("拟", max(s.start, start - _PROPOSED_REACH), start) >= 0:
            continue  # (拟对以下5个先进集体和20名优秀志愿者予以表彰: a notice's nominees, commended by nobody yet)
        items = _counted_items(ctx, a, b)
        if len(items) < least:
            continue
        issuer = _subject(ctx, s.start, start, _received(s))
        for receiver, title in items:
            s.add([receiver], [title], verb, issuer, "honors.commend_object")
        s.taken.append((start, max(end, b)))


def _counted_items(ctx: _Ctx, a: int, b: int) -> list[tuple[Recipient, Span2]]:
    """The counted groups of a commendation's object `[a, b)` and their titles; empty unless every
    part of it reads so: a count (with the examples before it: 张三、李四等10名), the title after it
    (quoted, or titled by its own words; 获得者 after it left out), a list word, the next count."""
    norm, w = ctx.norm, ctx.words
    counts = [m for m in w.recipients.number.finditer(norm, a, b) if scan.clause_end(norm, a, m.start(), _CLAUSE) == m.start()
              and not _inside_quotes(norm, a, m.start())]
    if not counts:
        return []
    lead = norm[a:counts[0].start()].strip()
    if lead.endswith("等"):
        r_start = recipients.trim(ctx.reader, a, counts[0].start())[0]  # 张三、李四等10名: the examples and the count
    elif lead and w.recipients.scope.fullmatch(lead):
        r_start = recipients.strip(norm, a, counts[0].start())[0]  # 全县10名: the area, as written
    elif not lead or lead.endswith("的") or w.recipients.scope.match(lead) or w.recipients.count_lead_end.search(lead):
        r_start = counts[0].start()  # 在各级赛事中成绩突出的12名X: only the count receives it
    else:
        return []
    out: list[tuple[Recipient, Span2]] = []
    for i, count in enumerate(counts):
        title_end = b
        next_start = None
        if i + 1 < len(counts):
            sep = _list_word_before(norm, count.end(), counts[i + 1].start())
            if sep is None:
                return []
            title_end, next_start = sep
        listed = norm.find("等", count.end(), title_end)
        if listed > count.end() and not _inside_quotes(norm, count.end(), listed):
            title_end = listed  # 5名优秀班主任等先进个人: the last title, then the class they make up
        counted_as = _COUNTED_AS.match(norm, count.end(), title_end)  # (8户家庭为X、6名个人为Y: each noun, 为, its title)
        r_end = counted_as.end("noun") if counted_as is not None else count.end()
        title = titles.clean(norm, counted_as.end() if counted_as is not None else count.end(), title_end, w.titles)
        if title is not None:
            title = _without_holder(ctx, title)
        if title is None or not (ctx.is_titled(norm[title[0]:title[1]]) or titles.is_quoted(
                norm[title[0]:title[1]]) or titles.in_quotes(norm, title)):
            return []
        if w.triggers["verb"].search(norm, title[0], title[1]):
            return []  # 推选4家单位成功创建X: the count is the subject of a verb of its own
        receiver = Recipient(r_start, r_end, "collective")
        out.append((receiver, title))
        if next_start is not None:
            r_start = next_start
    return out


def _list_word_before(norm: str, start: int, count_start: int) -> tuple[int, int] | None:
    """Where the title after one count ends and the next group starts: the list word (、和及) right
    before the next count, or before the examples that end in 等 in front of it."""
    for i in range(count_start - 1, start, -1):
        if norm[i] in "、和及" and not _inside_quotes(norm, start, i):
            between = norm[i + 1:count_start]
            if not between or between.endswith("等") and all(ch not in _CLAUSE for ch in between):
                end = i - 1 if norm.startswith("以及", i - 1) else i
                return end, i + 1
            return None
    return None


def _inside_quotes(norm: str, start: int, pos: int) -> bool:
    return norm.count("“", start, pos) > norm.count("”", start, pos) or norm.count("(", start, pos) > norm.count(
        ")", start, pos) or norm.count("（", start, pos) > norm.count("）", start, pos)


def _without_holder(ctx: _Ctx, title: Span2) -> Span2 | None:
    """奉节县道德模范提名奖获得者 -> 奉节县道德模范提名奖: those who won it, named by it."""
    w = ctx.words.recipients
    m = w.unnamed.search(ctx.norm, title[0], title[1]) if recipients.may_end(ctx.norm, w.unnamed_words, *title) else None
    if m is None:
        return title
    return titles.clean(ctx.norm, title[0], m.start(), ctx.words.titles)


def _commended_before(ctx: _Ctx, grant: int, s_start: int) -> list[Recipient]:
    """对A等8名同志予以通报表彰，(并)授予“X”称号: the grant with no object of its own confers on whom the
    clause right before it commends (对…予以表彰); [] where that clause is no such frame."""
    norm = ctx.norm
    end = grant
    for word in ("同时", "并"):
        if norm.startswith(word, end - len(word)):
            end -= len(word)
    agent = _GRANT_AGENT.search(norm, max(s_start, end - _AGENT_REACH), end)
    if agent is not None:
        end = agent.start()  # (…，由县总工会授予“X”: the body that grants it, between the clause and the verb)
    if end <= s_start or norm[end - 1] not in ",，":
        return []
    clause = scan.clause_start(norm, end - 1, s_start, _CLAUSE)
    framed = ctx.words.triggers["commend_frame"].search(norm, clause, end - 1)
    if framed is not None and framed.end() == end - 1:
        start, stop = framed.span(1)
        described = norm.rfind("的", start, stop)
        if described >= 0 and _counted_examples(ctx, described + 1, stop) is not None:
            start = described + 1  # 对工作中表现突出的刘卫东等8名同志: the examples and their count, not what they did
    elif norm.startswith("对", clause) and _verbless(ctx, clause + 1, end - 1):
        # 对在大赛中成绩突出的王建平、李文斌等12名选手，由县总工会授予“X”: the object 对 brings alone, no verb of its own;
        # who it names after what they did (的)
        start, stop = clause + 1, end - 1
        described = norm.rfind("的", start, stop)
        if described >= 0:
            start = described + 1
    else:
        return []
    found = recipients.read(ctx.reader, start, stop)
    return [] if any(r.kind is None for r in found) else found


# 由县总工会, 由区人社局: the body that grants, between the clause of whom and the verb
_GRANT_AGENT: Final = regex.compile(r"由[^，,。；;、“”由]{2,16}$")
_AGENT_REACH: Final = 17  # characters: 由 and the longest body it names


def _verbless(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether `[start, end)` holds no verb that confers or wins a title (对获得一等奖的A: 获得 is inside the 的 phrase)."""
    described = ctx.norm.rfind("的", start, end)
    return described >= 0 and end - described > 1 or ctx.words.triggers["verb"].search(ctx.norm, start, end) is None


def _grants(s: _Sentence) -> None:
    """授予A“X”、B“Y”称号 / 表彰命名了“X”99家 / 表彰命名了A、B并授予“X”."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    if not s.has("grant"):
        return
    for m in s.opened("grant"):
        clause_start = scan.clause_start(norm, m.start(), s.start, _CLAUSE)
        if "被" in norm[clause_start:m.start()] or not s.free(m.start(), m.end()):
            continue  # 林晓燕被授予…: the passive form
        if norm.startswith("的", m.end()):
            continue  # 省妇联表彰的100个“巾帼文明岗”: an attribute, not a grant
        issuer = _subject(ctx, s.start, m.start(), _received(s))
        unquoted = _unquoted_grant(ctx, m.end(), s.end) if _double_object(m.group()) else None
        if unquoted is not None:
            receivers, title = unquoted
            s.add(receivers, titles.split(norm, title, w.titles), (m.start(), m.end()), issuer, "honors.grant")
            s.taken.append((m.start(), title[1]))
            continue
        pos = first_object = m.end()
        while pos < s.end:
            q = norm.find("“", pos, min(s.end, pos + _GRANT_REACH))
            if q < 0:
                break
            close = norm.find("”", q, s.end)
            if close < 0:
                break
            while close >= 0 and (named := _quoted_name(ctx, close + 1, s.end)) is not None:
                q, close = named, norm.find("”", named, s.end)  # 授予“青鸟”志愿服务队“X”: the first quote names the body
            if close < 0:
                break  # a quote left open: no title
            gap = norm[pos:q]
            title = (q + 1, close)
            if (last := _last_adjacent_quote(norm, close, s.end)) > close:
                title, close = (q, last + 1), last  # 授予A“X”“Y”称号 / “X”和“Y”: one recipient, each title
            elif (tail := _QUOTED_TITLE_TAIL.match(norm, close + 1, s.end)) is not None:
                # 授予…等3个商会“四好”商会称号: the title's words go on after its quote marks, up to the word for it
                title, close = (q, tail.end()), tail.end() - 1
            elif _names_a_subject(ctx, close + 1, s.end):
                break  # …称号，七星关区“青春护航”志愿服务队被评为…: the quote opens the next clause's subject
            verb_in_gap = w.triggers["verb"].search(gap) if pos > m.end() else None
            if pos > m.end() and (w.triggers["grant"].match(gap) or w.triggers["name_as"].match(gap) or (
                    verb_in_gap is not None and len(gap[:verb_in_gap.start()].strip("、,，和及 ")) >= 2)):
                # (、获鹿镇“X”: 获 opens a place's name)
                break  # …，授予B“Y”, …，命名C为“Z”, …，B被评为“Y”: the next clause's verb is read on its own
            after = close + 1
            count = _count_at(ctx, after, s.end)
            if not gap.strip("、,，和及 ") and count:
                receivers = [Recipient(after, count, "collective")]  # 表彰命名了“X”99家: the count follows
                after = count
            elif not gap.strip() and pos == first_object and norm[m.start() - 1] in "并同时" and w.triggers[
                    "commendation"].search(norm, scan.clause_start(norm, m.start(), s.start, _CLAUSE), m.start() - 1):
                a, b = _object_before(ctx, m.start(), s.start)
                receivers = [Recipient(a, b, "collective")]  # 表彰命名了A、B并授予“X”: all of them, as written
            elif gap.strip() in ("", recipients.THIRD_PERSON_OBJECT) and pos == first_object and (
                    framed := _commended_before(ctx, m.start(), s.start)):
                # 对A等8名同志予以通报表彰，授予“X”称号: whom the clause before commends (授予其“X”: 其 stands for them)
                receivers = framed
            elif any(ch in _CLAUSE for ch in gap) or not gap.strip():
                break
            elif _POINTER.fullmatch(gap.strip()):
                # 授予以下选手“X”称号：A、B、C: the names after the colon (a line break ends the sentence: the
                # rows below are the lines' business)
                listed = _LISTED_AFTER.match(norm, after, s.end)
                if listed is None or listed.end() >= s.end:
                    break
                end = s.end - 1 if norm[s.end - 1] in _HARD else s.end
                receivers = recipients.read(ctx.reader, listed.end(), end)
                if not receivers or any(r.kind not in ("person", "organization", "place") for r in receivers):
                    break
                after = s.end
            else:
                edition = titles.EDITION_AT_END.search(norm, pos, q)
                prefixed = _title_prefix_after_count(ctx, pos, q) if edition is None and "等" in gap else -1
                if edition and edition.start() > pos:  # 授予李明等10名青年第二十届“X”: the edition is the title's
                    title = (edition.start(), close + 1)
                    q = edition.start()
                elif prefixed >= 0:
                    # 授予A等8名同志2024年度六安市“X”称号: the edition and the place after the count are the title's
                    title = (prefixed, close + 1)
                    q = prefixed
                # (评选表彰50户家庭为“X”: who is selected, 为, the title; 为 is no part of them)
                receivers = recipients.read(ctx.reader, pos, q - 1 if q - 1 > pos and norm[q - 1] == "为" else q)
                if not _double_object(m.group()) and len(receivers) == 1 and receivers[0].kind in ("place", None):
                    break  # 表彰2023年度绵阳市“最美志愿者”: a place before the quote opens the title
            s.add(receivers, titles.split(norm, title, w.titles), (m.start(), m.end()), issuer, "honors.grant")
            s.taken.append((m.start(), after))
            tail = w.triggers["after_grant"].match(norm, after, min(s.end, after + 6))
            if not tail:
                break
            pos = tail.end()


def _unquoted_grant(ctx: _Ctx, start: int, end: int) -> tuple[list[Recipient], Span2] | None:
    """授予A、B平顶山市五一劳动奖章 / 授予C全国工人先锋号: a title written without quote marks after the people or
    bodies granted it, opening on a place or a rank (全国, 全省, 县级) and ending on a title's head word, in the verb's
    clause: the recipients are what stands between the verb and the title, every one a person, a body or a counted
    group of them (A等10个单位), the last ending where the title opens, or its 同志 does (授予郏县…车间河南省工人先锋号:
    not at 郏县, which opens the body's name)."""
    norm = ctx.norm
    clause_end = scan.clause_end(norm, start, end, _CLAUSE)  # (、 is none: it joins the recipients)
    if clause_end - start < _SHORT_FORM or norm.find("“", start, clause_end) >= 0:
        return None
    opens = [e.start for e in ctx.named if e.label == "GPE" and start < e.start < clause_end]
    opens += [m.start() for m in _UNQUOTED_RANK.finditer(norm, start + 1, clause_end)]
    # 授予刘德厚等10人第六届繁昌区道德模范称号: the edition before the place opens the title (after a name: 授予100个组织第十四届…,
    # a bare count, is a whole list's, read as the rule for quoted titles reads it)
    editions = {m.start() for m in _UNQUOTED_EDITION.finditer(norm, start + 1, clause_end)}
    opens += list(editions)
    for p in sorted(opens):
        if norm.find("、", p, clause_end) >= 0:
            return None  # 授予296个团组织全国X称号、389个团组织全国Y称号: a list of grants, each its own title
        named_as = _NAMED_AS.search(norm, p, clause_end)
        if not titles.is_titled(norm[p:named_as.start() if named_as else clause_end], ctx.words.titles):
            continue  # (…应急救援标兵|称号: the title's head word ends it before the word for it)
        receivers = recipients.read(ctx.reader, start, p)
        if p in editions and not any(r.kind != "collective" or "等" in norm[r.start:r.end] for r in receivers):
            continue
        counted = _COUNTED_TAIL.search(norm, receivers[-1].start, receivers[-1].end) if receivers else None
        if counted is not None and receivers[-1].end - counted.end() == 1:
            continue  # (授予周建明等9人青|岚县…: a place's first letter left after the count; the title opens before it)
        if receivers and norm[receivers[-1].end:p] in ("", _HONORIFIC) and all(
                r.kind in ("person", "organization", "collective") for r in receivers):
            # (全省优秀教师称号, …荣誉称号并颁发证书, …奖章和证书: the title, not the word for it nor what came with it)
            named = _NAMED_AS.search(norm, p, clause_end)
            return receivers, (p, named.start() if named else clause_end)
    return None


# “四好”商会|称号, “五老”志愿者|荣誉称号: a title's words after its quoted part, closed by the word for a title (not “X”荣誉称号,
# “X”的荣誉称号: the word alone)
_QUOTED_TITLE_TAIL: Final = regex.compile(r"(?!荣誉|的|称号)[\u4e00-\u9fff]{1,6}?(?=(?:荣誉)?称号)")
_UNQUOTED_RANK: Final = regex.compile(r"全[国省市县区]|(?:国家|[省市县区])级")
_UNQUOTED_EDITION: Final = regex.compile(r"第[\d一二三四五六七八九十百]+[届批]|\d{4}(?:-\d{4})?年度?")
_NAMED_AS: Final = regex.compile(r"(?:荣誉)?称号|并|[和及](?:荣誉)?(?:证书|奖牌|奖杯|奖金|牌匾|证章)")
_QUOTE_JOINERS: Final = "、和及与"
# 授予以下选手|“X”称号：A、B: a grant whose object points to a list after the title
_POINTER: Final = regex.compile(r"(?:以下|下列)[\u4e00-\u9fff]{0,4}")
_LISTED_AFTER: Final = regex.compile(r"(?:荣誉)?(?:称号)?\s*[:：]\s*")
# how far back, and over how many sentences, a sentence without a subject looks for its paragraph's
_PARAGRAPH_REACH: Final = 400
_PARAGRAPH_SENTENCES: Final = 6
_LEADING_QUOTE: Final = regex.compile(r"\s*“[^”]{1,20}”")
# a title a notice only proposes (公示: 拟表彰对象, 拟推荐先进个人, 候选人, “自强之星”推荐人选): nobody holds it yet
_TO_PROPOSE: Final = r"拟(?:对[^，,。；;\n]{0,40}?(?:予以|进行))?(?:表彰|推荐|命名|授予|评选|认定|评为)"
_PROPOSED: Final = regex.compile(rf"{_TO_PROPOSE}|候选|推荐对象|推荐人选|提名人选|表彰对象|推荐名单|公示对象")
# prose that proposes the list after it (拟表彰对象名单予以公示, 拟对以下…予以表彰); 表彰对象 alone may name those a
# decision honours (决定授予…，其事迹现予以公示 confers, whatever it publishes)
# (确定候选人40名, 候选人线索: a step of the selection told, not a list put forward)
_PROPOSING: Final = regex.compile(rf"{_TO_PROPOSE}|候选人(?![\d一二三四五六七八九十百]|线索)")
_PROPOSED_REACH: Final = 3  # characters before 对…予以表彰 where 拟 proposes it (拟|对, 拟于|对)
# the measure words of a counted group (王跃等100位, 等8个集体, 等12户)
_GROUP_COUNTER: Final = "名个位户家支所"
# 许文静等8名|同志|2024年度六安市: a count, the noun it counts, then what may open a title (an edition, a place)
_COUNT_IN_GROUP: Final = regex.compile(rf"等\s*\d+\s*[{_GROUP_COUNTER}]")
_EDITION_START: Final = regex.compile(r"\d{4}(?:-\d{4})?年度?")
_COUNTED_TAIL: Final = regex.compile(rf"等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:余|多)?[{_GROUP_COUNTER}人]")
_EXAMPLES_COUNTED: Final = regex.compile(rf"[^,，。;；:：的“”]{{2,40}}?等\s*\d+\s*(?:余|多)?[{_GROUP_COUNTER}人][\u4e00-\u9fff]{{0,5}}?"
                                         r"(?=进行|予以|给予|颁发|授予|[,，。;；]|$)")
_RESPECTIVELY: Final = "分别"  # A、B分别获得X、Y: the recipients and the titles pair in order
_SHARED_OUT: Final = tuple(lexicon.by_kind("honors.frames", "shared_out"))  # A、B分获二、三等奖: the same, the verb says it
# A与B一同/一起/共同 VERB: B are A's companions in the list, right before the verb
_TOGETHER: Final = regex.compile(r"与([^与,，。;；“”]{2,60}?)(一同|一起|共同|同时)?\s*$")
_OTHER_AREAS: Final = regex.compile(r"(?:其他|其它|外)(?:县区|县市区|县|区|市|省|地)")
# how far after 授予 the quoted title may open: a decision lists many recipients before it (授予A、B、C、D、
# E“X”称号); a clause mark in between ends the grant whatever the reach
_GRANT_REACH: Final = 200


def _last_adjacent_quote(norm: str, close: int, end: int) -> int:
    """The closing mark of the last quoted title that follows the one closing at `close` with at
    most a joiner between (“X”“Y”, “X”和“Y”, “X”、“Y”及“Z”); `close` itself when none follows."""
    while True:
        q = close + 1
        if q < end and norm[q] in _QUOTE_JOINERS:
            q += 1
        if q >= end or norm[q] != "“":
            return close
        nxt = norm.find("”", q + 1, end)
        if nxt < 0 or "“" in norm[q + 1:nxt]:
            return close
        close = nxt


_NAME_AFTER_QUOTE: Final = 8
_HAN_RUN: Final = regex.compile(f"[{_CJK}]+")


_HAN_LIST_RUN: Final = regex.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)?")


def _quoted_name(ctx: _Ctx, after: int, end: int) -> int | None:
    """Where the next quote opens, when a quoted word is the start of a body's name (“青鸟”志愿服务队,
    “爱心妈妈”工作室): a few characters ending in a body's head word run from the closing quote to the
    next opening one, which holds the title."""
    norm = ctx.norm
    nxt = norm.find("“", after, min(end, after + 2 * _NAME_AFTER_QUOTE + 1))
    if nxt <= after:
        return None
    counted = _GROUP_COUNT_END.search(norm, after, nxt)  # “橘乡红”志愿服务队等6个集体“X”: then how many had it
    if counted is not None and counted.start() == after:
        return nxt  # 授予“银发护学岗”等4个项目“X”: the quote names the first of them, the count the rest
    if not _HAN_LIST_RUN.fullmatch(norm, after, counted.start() if counted is not None else nxt):
        return None
    # (“萤火虫”志愿服务队、樟树市“药都青年”突击队“X”: the next body of a list, its name quoted too)
    stop = norm.find("、", after, nxt)
    head_end = stop if stop >= 0 else (counted.start() if counted is not None else nxt)
    if head_end - after > _NAME_AFTER_QUOTE:
        return None
    return nxt if _ends_on_body_head(ctx, after, head_end) else None


def _ends_on_body_head(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether norm[start:end] ends on the head word of a body's name (志愿服务队, 工作室), not a place's."""
    w = ctx.words.recipients
    if not recipients.may_end(ctx.norm, w.head_words, start, end):
        return False
    head = w.head.search(ctx.norm, start, end)
    return head is not None and w.kind_of_head.get(head.group()) != "place"


def _names_a_subject(ctx: _Ctx, after: int, end: int) -> bool:
    """Whether the quote closing before `after` opens a body's name that a verb's clause is about (“青春护航”志愿服务队
    被评为…, “红马甲”工作室荣获…): a body's head word within a few characters, a verb right after it."""
    verb = ctx.words.triggers["verb"].search(ctx.norm, after, min(end, after + _NAME_AFTER_QUOTE + 2))
    return verb is not None and _HAN_RUN.fullmatch(ctx.norm, after, verb.start()) is not None and (
        _ends_on_body_head(ctx, after, verb.start()))


# 等6个集体, 等20个单位 closing a group's name: its count (group 1) and the noun after it
# (the noun after the count, up to six characters: 等6个家庭医生团队; never a verb or a conjunction: 等6个集体并授予)
_GROUP_COUNT_END: Final = regex.compile(rf"等(\d+|[一二两三四五六七八九十百]+)[{_GROUP_COUNTER}人项]"
                                        r"(?:(?!并|和|及|与|被|授予|荣获|颁发|分别)[\u4e00-\u9fff]){0,6}$")


def _double_object(verb: str) -> bool:
    """授予 takes a recipient and a title (授予城关镇“先进乡镇”称号); 表彰 takes one or the other."""
    return verb.startswith("授予")


def _count_at(ctx: _Ctx, pos: int, end: int) -> int | None:
    while pos < end and ctx.norm[pos] == " ":
        pos += 1
    m = ctx.words.recipients.number.match(ctx.norm, pos, end)
    return m.end() if m else None


def _object_before(ctx: _Ctx, verb_start: int, s_start: int) -> Span2:
    """并授予“X”: the recipients are the object of the clause's first verb (表彰命名了 A、B 并授予)."""
    norm = ctx.norm
    start = scan.clause_start(norm, verb_start, s_start, _CLAUSE)
    m = ctx.words.triggers["commendation"].search(norm, start, verb_start - 1)
    a = m.end() if m else start
    b = verb_start
    while b > a and norm[b - 1] in "并同时":
        b -= 1
    return a, b


def _confers(s: _Sentence) -> None:
    """向A、B授予“X”称号 / 为A颁发X奖牌: the recipients before the verb, the title after it."""
    if s.has("confer"):
        _recipients_before_verb(s, "confer", "honors.confer", plaques=True)


def _disposals(s: _Sentence) -> None:
    """市文明办决定将A等8名同志列入“黄冈好人榜”: the recipients between 将 and the verb, the title after it."""
    if s.has("dispose") or s.ctx.norm.find("列入", s.start, s.end) >= 0:
        _recipients_before_verb(s, "dispose", "honors.dispose", plaques=False)


def _merits(s: _Sentence) -> None:
    """给予张建国同志记个人三等功一次, 为我局3个集体记集体三等功, 对A等18名民警予以嘉奖, A等12名同志受到嘉奖, A受到X
    通报表扬: a merit (记功) or a commendation (嘉奖, 通报表扬) of a disciplined service or a notice, its title unquoted
    after its recipients."""
    ctx, norm = s.ctx, s.ctx.norm
    if norm.find("等功", s.start, s.end) < 0 and norm.find("嘉奖", s.start, s.end) < 0 and norm.find("通报表扬", s.start, s.end) < 0:
        return
    for m in _MERIT.finditer(norm, s.start, s.end):
        if not s.free(m.start(), m.end()):
            continue
        if m.group("title").endswith("通报表扬") and _AND_GRANTED.match(norm, m.end()) is not None:
            continue  # 予以通报表扬，并授予“X”称号: the notice commends them by the title it grants
        if m.group("verb") is not None:
            start, end = m.start("who"), m.end("who")
        else:  # A等12名同志受到(湘西州消防救援支队)嘉奖: the clause before the verb names who
            start, end = scan.clause_start(norm, m.start(), s.start, _CLAUSE), m.start("received")
        groups = _TWO_GROUPS.fullmatch(norm, start, end)
        if groups is not None:  # A等5个集体、B等12名民警: two counted groups, each a recipient
            receivers = [r for g in ("a", "b") for r in recipients.read(ctx.reader, groups.start(g), groups.end(g))]
        else:
            receivers = recipients.read(ctx.reader, start, end)
        if not receivers or any(r.kind not in ("person", "organization", "collective") for r in receivers):
            continue
        if any(norm[r.end - 1] == "等" or _UNCOUNTED_ETC.search(norm, r.start, r.end) for r in receivers):
            continue  # 对柯城区妇联等单位和李红等同志予以通报表扬 (李红等|同志): the list below names them, under its
            # own titles
        by = m.group("by")
        if by and not _ISSUING_BODY.search(by):
            continue  # (获得了上级领导的肯定和嘉奖: praise, no body that commends)
        title = (m.start("title"), m.end("title"))
        if m.group("verb") is None:
            # A等12名同志受到(湘西州消防救援支队)嘉奖: the body named after the verb, else none (the subject is who
            # received it, never who commended)
            s.add(receivers, [title], (m.start("received"), m.end("received")), by or None, "honors.merit_received")
            s.taken.append((m.start(), m.end()))
            continue
        opening = norm[scan.clause_start(norm, m.start(), s.start, _CLAUSE):m.start()].strip()
        # 拉萨市公安局|为我局3个集体记…: the clause's subject, right before the verb; else the sentence's
        issuer = opening if _NAMED_ABOVE.match(opening) and _ISSUING_BODY.search(opening) else _subject(
            ctx, s.start, m.start(), _received(s))
        s.add(receivers, [title], (m.start("title") - len(m.group("mark") or ""), m.start("title")) if m.group("mark")
              else (m.start(), m.start() + 2), issuer, "honors.merit")
        s.taken.append((m.start(), m.end()))


def _won_by(s: _Sentence) -> None:
    """男子100米冠军由新屯村的孙浩然获得, 女子组第一名被石门镇选手谭立新夺得: the title first, then who won it, after
    由 or 被 and before the verb of winning; a bare placing ranks in the contest named before it."""
    ctx, norm = s.ctx, s.ctx.norm
    if norm.find("由", s.start, s.end) < 0 and norm.find("被", s.start, s.end) < 0:
        return
    for m in _WON_BY.finditer(norm, s.start, s.end):
        if not s.free(m.start(), m.end()):
            continue
        clause = scan.clause_start(norm, m.start(), s.start, _CLAUSE)
        title = titles.clean(norm, clause, m.start(), ctx.words.titles)
        if title is None:
            continue
        text = norm[title[0]:title[1]]
        ranked = titles.is_rank_only(text, ctx.words.titles)
        event = _contest_of(ctx, title[0]) if ranked else None
        if not (ranked or ctx.is_titled(text) or titles.is_place_in_order(text)) or ranked and event is None:
            continue
        receivers = recipients.read(ctx.reader, m.start("who"), m.end("who"))
        # (a town or a village wins as a body does: 优秀组织奖由凤屯镇、共和镇、安乐乡获得)
        if not receivers or any(r.kind not in ("person", "organization", "collective", "project", "place") for r in receivers):
            continue
        s.add(receivers, [title], (m.start("verb"), m.end("verb")), None, "honors.won_by", event=event)
        s.taken.append((title[0], m.end()))


_TAKEN: Final = lexicon.by_kind("honors.frames", "taken")  # 获得, 夺得, 摘得: a prize taken
# 由|新屯村的孙浩然|获得, 被|四道沟村的张丽|夺得: who won the title named before it (not 由…组成, 被评为: no verb of winning)
# (优秀组织奖由凤屯镇、共和镇、安乐乡获得: a list of who won it, each item whole)
_WON_BY: Final = regex.compile(r"(?:由|被)(?P<who>[^，,。；;：:、“”\s]{2,30}?(?:、[^，,。；;：:、“”\s]{2,30}?){0,20})"
                               rf"(?P<verb>{lexicon.alternation(_TAKEN)})(?=[，,。；;！!]|$)")


_UNCOUNTED_ETC: Final = regex.compile(r"等(?:单位|同志|集体|个人)$")  # A等单位: those of a list, uncounted
# (并给予奖励资金: money, no title)
_AND_GRANTED: Final = regex.compile(r"[，,]?\s*(?:并|同时)?(?:授予|颁发|命名|评为|认定为)")
# 巡特警大队等5个集体|、|周海燕等12名民警辅警: two counted groups a 、 joins
_TWO_GROUPS: Final = regex.compile(r"(?P<a>[^、，,]{2,30}?等[0-9一二三四五六七八九十]+[个名位人家户支][\u4e00-\u9fff]{0,6})、"
                                   r"(?P<b>[^、，,]{2,30}?等[0-9一二三四五六七八九十]+[个名位人家户支][\u4e00-\u9fff]{0,8})")
# 给予|张建国同志|记|个人三等功|一次; 对|…|予以|嘉奖; …|受到|嘉奖: the title a merit's or a commendation's own word, after
# the recipients (a clause of its own, no quote marks)
_MERIT: Final = regex.compile(
    r"(?:(?P<verb>给予|(?<![因成认作])为|(?<![面针相])对)"
    r"(?P<who>[^，,。；;：:、“”《》（）()\s](?:(?!荣立|荣记|获得|受到|给予)[^，,。；;：:“”《》（）()\s]){1,39}?)"
    r"(?:同志)?(?P<mark>予以|给予|给以|记|荣记)?|(?P<received>受到|获得)(?P<by>[^，,。；;：:“”\s]{0,16}?))"
    r"(?P<title>(?:(?<![个名位])(?:个人|集体))?(?:[一二三]等功|嘉奖|通报表扬))(?:一次|各一次)?(?=[，,。；;]|$)")


def _recipients_before_verb(s: _Sentence, form: str, rule: str, plaques: bool) -> None:
    """A construction whose recipients are its pattern's first group, before the verb, and whose title
    runs after the verb to its clause's end; `plaques`: the title may be named by the plaque or
    certificate that carries it (颁发X奖牌)."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    for m in w.triggers[form].finditer(norm, s.start, s.end):
        if not s.free(m.start(), m.end()):
            continue
        if norm[m.start()] == "为" and w.triggers["title_verb_before"].search(norm, max(0, m.start() + 1 - _VERB_REACH), m.start() + 1):
            continue  # 评为“X”、被Y授予Z: the 为 ends a verb, it opens no 为…授予 (the passives read both)
        if norm.find("被", m.start(1), m.end(1)) >= 0:
            continue  # 副主席向明军同志被省文联授予X: 向 opens a name (a surname), the clause is a passive's
        title_end = scan.clause_end(norm, m.end(), s.end, _CLAUSE)
        title = titles.clean(norm, m.end(), title_end, w.titles)
        if title is None:
            continue
        who_end = m.end(1)
        if plaques:
            title = _without_object(ctx, title)
            classed = _RECEIVERS_CLASS.search(norm, m.start(1), m.end(1)) if titles.is_object_only(
                norm[title[0]:title[1]], w.titles) else None
            # (a counted group only, 为A等10名…: 为城关镇“红马甲”颁发证书 hands a team, named in quote marks, a certificate)
            if classed is not None and classed.start() - m.start(1) >= 2 and _GROUP_COUNTED.search(
                    norm, m.start(1), classed.start()) is not None:
                named = titles.clean(norm, classed.start(1), classed.end(1), w.titles)
                if named is not None:
                    # 为李佳等10名2024年度“优秀科普志愿者”颁发荣誉证书: the certificate, bare, is the title the
                    # recipients are named by
                    title, who_end = named, classed.start()
        receivers = recipients.read(ctx.reader, m.start(1), who_end)
        s.add(receivers, titles.split(norm, title, w.titles), (m.end(1), m.end()),
              _subject(ctx, s.start, m.start(), _received(s)), rule)
        s.taken.append((m.start(), title_end))


# the quoted title the recipients are named by, at the end of what stands between 为 and 颁发 (获评“X”的青年)
_GROUP_COUNTED: Final = regex.compile(rf"(?:\d+|[一二两三四五六七八九十百]+)\s*(?:余|多)?[{_GROUP_COUNTER}人]")  # 等10名, 12户
_RECEIVERS_CLASS: Final = regex.compile(r"(?:获评|荣获|被评为)?(?:\d{4}年度?)?(“[^“”]{2,30}”)(?:的[\u4e00-\u9fff]{1,6})?$")


_OBJECT_JOINERS: Final = frozenset("和及与、")


def _without_object(ctx: _Ctx, span: Span2) -> Span2:
    """全国最美家庭奖牌 -> 全国最美家庭: the plaque or certificate that carries the title."""
    norm = ctx.norm
    m = ctx.words.titles.object.search(norm, span[0], span[1])
    end = m.end() if m else span[1]
    while m and end < span[1] and norm[end] in _OBJECT_JOINERS:
        more = ctx.words.titles.object.match(norm, end + 1, span[1])
        if more is None:
            break
        end = more.end()  # “书香家庭”荣誉证书和奖牌: the certificate and the plaque, both what carries it
    if m and end == span[1] and m.start() - span[0] >= 2:
        named = titles.clean(norm, span[0], m.start(), ctx.words.titles)
        if named is not None and ctx.is_titled(norm[named[0]:named[1]]) | titles.is_quoted(
                norm[span[0]:m.start()]):
            return named
    return span  # 荣誉证书: no title is named before the certificate


def _names_as(s: _Sentence) -> None:
    """命名表彰300个团组织为A, 1200名团员为B: one verb, several pairs; 命名A、B、C为X: each of them."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    if not s.has("name_as"):
        return
    for m in s.opened("name_as"):
        if not s.free(m.start(), m.end()):
            continue
        start = m.end()
        while True:
            wei = norm.find("为", start, min(s.end, start + 40))
            if wei < 0:
                break
            a, b = recipients.strip(norm, start, wei)
            again = w.triggers["name_as"].match(norm, a, b)  # …，命名李刚等50名同志为Y
            if again:
                a = again.end()
            while norm.startswith(("表彰", "了"), a):
                a += 2 if norm.startswith("表彰", a) else 1
            text = norm[a:b]
            if any(ch in _CLAUSE for ch in text):
                break
            # 命名苍梧县沙头商会、苍梧县京南商会为X, 命名通川区、开江县、万源市为X: each of the bodies or places named
            named = [recipients.classify(ctx.reader, x, y, alone=False) for x, y in recipients.parts(
                norm, a, b, _ENUMERATION)] if "、" in text and "等" not in text else []
            if not ("等" in text or w.recipients.counted.match(text)) and not (
                    len(named) >= 2 and all(r is not None and r.kind in _NAMED_AS_KINDS for r in named)):
                break
            end = scan.clause_end(norm, wei + 1, s.end, _CLAUSE)
            title = titles.clean(norm, wei + 1, end, w.titles)
            if not title:
                break
            receivers = [r for r in named if r is not None] if named else [
                recipients.classify(ctx.reader, a, b) or Recipient(a, b, None)]
            s.add(receivers, [title], (m.start(), m.end()), _subject(ctx, s.start, m.start(), _received(s)), "honors.name_as")
            s.taken.append((m.start(), end))
            if end >= s.end or norm[end] not in ",，、":
                break
            start = end + 1


_NAMED_AS_KINDS: Final = frozenset({"organization", "place", "person", "family"})


def _commendations(s: _Sentence) -> None:
    """A commendation's object: 表彰了X——A、B (dash), 表彰A等9名X (object), 表彰X 10个、Y 20人
    (counted titles)."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    if not s.has("commend"):
        return
    for m in s.opened("commend"):
        if not s.free(m.start(), m.end()) or norm.startswith("为", m.end()):
            continue
        if w.triggers["commend"].search(norm, m.end(), min(s.end, m.end() + _NEXT_VERB)):
            continue  # 此次评选共评出…: the verb is the one after
        clause_end = scan.clause_end(norm, m.end(), s.end, _HARD)
        issuer = _subject(ctx, s.start, m.start(), _received(s))
        verb = (m.start(), m.end())
        if _selected_as(s, m.end(), clause_end, verb, issuer):
            continue
        dash = _dash_list(s, m.end(), clause_end, verb, issuer)
        if dash:
            continue
        obj = _commended_object(s, m.end(), clause_end, verb, issuer)
        if obj:
            continue
        listed = titles.counted(norm, m.end(), clause_end, w.titles, w.triggers["verb"])
        if listed:
            for t in listed:
                s.add([Recipient(t.receiver[0], t.receiver[1], "collective")], [t.title], verb, issuer,
                      "honors.commend_counted", strong=False)
            s.taken.append((m.start(), listed[-1].receiver[1]))


def _selected_as(s: _Sentence, start: int, end: int, verb: Span2, issuer: str | None) -> bool:
    """评选出张三等10位热心公益的志愿者，作为“最美志愿者”予以表彰: the object, whatever its modifiers,
    receives the title named after 作为 (in quote marks, or the whole clause when it names itself one)."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    m = w.triggers["select_as"].search(norm, start, end)
    if m is None or w.triggers["verb"].search(norm, start, m.start()):
        return False
    title_end = scan.clause_end(norm, m.end(), end, _CLAUSE)
    if norm.startswith("“", m.end()):
        close = norm.find("”", m.end(), title_end)
        title = (m.end() + 1, close) if close > m.end() + 2 else None
    else:
        then = w.triggers["then"].search(norm, m.end(), title_end)  # …作为X进行宣传: what is done with them
        title = titles.clean(norm, m.end(), then.start() if then else title_end, w.titles)
        if title is not None and not ctx.is_titled(norm[title[0]:title[1]]):
            title = None
    if title is None:
        return False
    receivers = recipients.read(ctx.reader, start, m.start())
    s.add(receivers, [title], verb, issuer, "honors.select_as")
    s.taken.append((verb[0], title_end))
    return True


def _dash_list(s: _Sentence, start: int, end: int, verb: Span2, issuer: str | None) -> bool:
    """表彰了“X”——A、B: the title, a dash or colon, then the recipients."""
    ctx, norm = s.ctx, s.ctx.norm
    for m in _DASH.finditer(norm, start, end):
        if m.start() - start > 50:
            break
        title = titles.clean(norm, start, m.start(), ctx.words.titles)
        if title is None or not ctx.is_titled(norm[title[0]:title[1]]) or any(
                ch in _CLAUSE for ch in norm[title[0]:title[1]]):
            return False
        list_end = scan.clause_end(norm, m.end(), end, _HARD)
        first = scan.clause_end(norm, m.end(), list_end, _CLAUSE)
        said = ctx.words.triggers["verb"].search(norm, m.end(), first)
        if said is not None and (norm.find("“", said.end(), first) >= 0 or norm.find("称号", said.end(), first) >= 0):
            # 表彰了一批县级双拥先进：A等8个单位获评“X”，B等15人获评“Y”: clauses of their own after the colon,
            # each with its verb and a title after it, not a list of names (县创建办, 获嘉县: a verb's word inside a name)
            return False
        # X——A、B，Y——C、D: each title with the names after its dash, up to the clause of the next title
        groups: list[tuple[Span2, int, int]] = []
        current, items_start = title, m.end()
        for nxt in _DASH.finditer(norm, m.end(), list_end):
            clause = max(norm.rfind("，", items_start, nxt.start()), norm.rfind(",", items_start, nxt.start())) + 1
            following = titles.clean(norm, clause, nxt.start(), ctx.words.titles) if clause > items_start else None
            if following is None or not ctx.is_titled(norm[following[0]:following[1]]):
                break
            groups.append((current, items_start, clause - 1))
            current, items_start = following, nxt.end()
        groups.append((current, items_start, list_end))
        for g_title, g_start, g_end in groups:
            pieces = recipients.parts(norm, g_start, g_end, _COMMA_ITEMS)
            for i, (a, _) in enumerate(pieces):
                if i and ctx.words.triggers["verb"].match(norm, a):
                    list_end = g_end = a  # …——A、B、C，表彰D等9名Y: the next clause is a construction of its own
                    pieces = pieces[:i]
                    break
            items = [i for a, b in pieces for i in recipients.read(ctx.reader, a, b)]
            s.add(items, titles.split(norm, g_title, ctx.words.titles), verb, issuer, "honors.commend_dash")
        s.taken.append((verb[0], list_end))
        return True
    return False


# (家庭为, 同志为, 个人为: the counted noun, a word that is no title's, then 为)
_COUNTED_AS: Final = regex.compile(r"(?P<noun>[\u4e00-\u9fff]{1,4}?)为(?=[^\s，,。；;]{2})")


def _commended_object(s: _Sentence, start: int, end: int, verb: Span2, issuer: str | None) -> bool:
    """表彰张三等9名优秀志愿者 / 选树了…共计100名“向上向善好青年”: a count, then the title it receives."""
    ctx, norm = s.ctx, s.ctx.norm
    w = ctx.words
    clause_end = scan.clause_end(norm, start, end, _CLAUSE)
    m = w.recipients.number.search(norm, start, clause_end)
    if m is None:
        return False
    lead = norm[start:m.start()]
    cut = lead.rfind("等")
    if cut >= 0:
        r_start = recipients.trim(ctx.reader, start, m.start())[0]  # 表彰张三等9名X: the examples and the count
    else:
        # 选树了各行业各领域共计100名X: only the count receives it
        r_start = m.start()
        if lead.strip() and not w.recipients.count_lead_end.search(lead.strip()) and not w.recipients.scope.match(lead.strip()):
            return False
        if ctx.is_titled(lead):
            return False  # 评选出全国最美家庭1户、省级最美家庭3户: a title before its count, not a scope
    # 评选出8户家庭为X, 评选出张三等12名同志为X: the counted noun and 为, then the title it was selected as
    counted_as = _COUNTED_AS.match(norm, m.end(), clause_end)
    r_end = counted_as.end("noun") if counted_as is not None else m.end()
    title_start = counted_as.end() if counted_as is not None else m.end()
    title = titles.clean(norm, title_start, clause_end, w.titles)
    if title is None or w.triggers["verb"].search(norm, m.end(), clause_end):
        return False  # 推选4家单位成功创建X: the count is the subject of a verb of its own
    text = norm[title[0]:title[1]]
    if not (ctx.is_titled(text) or titles.is_quoted(norm[title_start:clause_end])):
        return False
    recipient = Recipient(r_start, r_end, "collective") if cut < 0 else (
        recipients.classify(ctx.reader, r_start, r_end) or Recipient(r_start, r_end, None))
    s.add([recipient], [title], verb, issuer, "honors.commend_object")
    s.taken.append((verb[0], clause_end))
    return True


def _without_inner_weak(norm: str, found: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """获评州级民族团结进步|创建|示范单位: a weak verb inside the title a verb before it opened, in the same
    clause with no conjunction between (not A获评X、B创建Y, not 获评X并成功创建Y), is a word of the title."""
    kept: list[tuple[int, int, str, str | None]] = []
    for verb in found:
        before = kept[-1] if kept else None
        if (verb[2] == "weak" and before is not None and before[2] in ("active", "passive")
                and not _words().triggers["inner_break"].search(norm, before[1], verb[0])):
            continue
        kept.append(verb)
    return kept


def _verbs(s: _Sentence) -> None:
    """RECIPIENT 被[ISSUER]评为 TITLE and RECIPIENT 获评 TITLE, in a chain: A获评X、B获评Y."""
    ctx, norm = s.ctx, s.ctx.norm
    t = ctx.words.triggers
    found: list[tuple[int, int, str, str | None]] = []
    for form in ("passive", "passive_weak", "active", "weak"):
        if not s.has(form):
            continue  # every match of the form holds one of its words
        for m in (s.opened(form) if form in _OPENED else t[form].finditer(norm, s.start, s.end)):
            if norm.startswith("的", m.end()) and form in ("active", "weak"):
                continue  # 新当选的“五一奖”获得者: an attribute, not an award
            if norm.count("《", s.start, m.start()) > norm.count("》", s.start, m.start()):
                continue  # 《杨浦区创建放心消费示范区工作方案》: a document's name, no verb of the sentence
            if s.free(m.start(), m.end()) and all(m.end() <= v[0] or m.start() >= v[1] for v in found):
                agent = m.group(1) if form.startswith("passive") else None
                found.append((m.start(), m.end(), form, agent))
    found.sort()
    found = _without_inner_weak(norm, found)
    prev_end = s.start
    subject = s.subject
    for i, (v_start, v_end, form, agent) in enumerate(found):
        next_verb = found[i + 1][0] if i + 1 < len(found) else s.end
        h_end = _title_end(norm, v_end, next_verb, s.end)
        r_start, commas = _recipient_start(ctx, v_start, prev_end)
        comment = _COMMENT_OPENER.match(norm, r_start) if norm.startswith("这", r_start) else None
        if comment and norm.find("继", comment.end(), v_start) > 0:
            r_start = comment.end()  # 这(也)是该社区继2020年获评X后…: the comment names who won X before
        opened = norm.rfind("继", s.start, v_start)  # 继X、Y之后: every verb between 继 and 后 is inside it
        if opened >= 0 and norm.find("后", opened, v_start) < 0:
            after = norm.find("后", v_end, h_end)
            if after > v_end + 1:
                h_end = after - 1 if norm[after - 1] == "之" else after  # 继2020年获评X(之)后获得的又一…: 后 closes 继…
        after_previous, prev_end = prev_end, h_end
        strong = form in ("active", "passive")
        rule = "honors.passive" if form.startswith("passive") else f"honors.{form}"
        together = _TOGETHER.search(norm, r_start, v_start) if norm.find("与", r_start, v_start) >= 0 else None
        foreign = together is not None and _foreign(ctx, together.start(1), together.end(1))
        if together is not None and together.start() > r_start and (foreign or together.group(2)):
            # A、B与牡丹区、曹县的3家养老机构一同被命名为X: A and B; those with them, only if of the same area
            receivers = recipients.read(ctx.reader, r_start, together.start(), commas)
            if not foreign:
                receivers = receivers + recipients.read(ctx.reader, together.start(1), together.end(1))
        else:
            receivers = recipients.read(ctx.reader, r_start, v_start, commas)
        elided = recipients.subject_elided(ctx.reader, r_start, v_start)
        if not elided and norm[r_start:r_start + 1] in _MEANS_FIRSTS and _MEANS.fullmatch(norm, r_start, v_start):
            elided, receivers = True, []  # 凭借原创小戏《山乡新事》荣获全国银奖: the means it won by, its subject before
        if elided and (not subject or _listed_before_bare_verb(
                ctx, scan.clause_start(norm, max(s.start, r_start - 1), s.start, _CLAUSE), max(s.start, r_start - 1))):
            # 张红扎根社区十年，获评X: the subject of the clause before; a list on a list right before the verb
            # (我市有4人入选，王秀英名列其中，获评X) is nearer than the sentence's subject
            openers = _opening_subjects(ctx, s.start, r_start)
            if openers:
                subject = s.subject = openers
        elif elided and after_previous == s.start and not _POINTS_BACK.search(norm, s.start, r_start):
            # A扎根网格十余年，获评X；B带头…，荣获Y: the sentence a semicolon goes on from named A; a clause of this one
            # with a subject of its own names who won Y (not 县委组织部推广其经验，又获评Y: 其 is A still)
            nearer = _opening_subjects(ctx, s.start, r_start)
            if nearer:
                subject = s.subject = nearer
        if not subject and elided and opened >= 0 and norm[opened - 1:opened] != "相" and not norm.startswith("继续", opened):
            later = _subject_after_since(ctx, v_end, s.end)
            if later is not None:  # 这是继2022年荣获X、2023年被…授予Y称号后，我校团委再获殊荣: who won them before
                subject = s.subject = [later]
        if not subject and elided:
            row = _row_subject(ctx, r_start)
            if row is not None:  # 1　马文斌　男　…　曾获X: the person the table's row is about
                subject = s.subject = [row]
        if not subject and elided and r_start == s.start:
            captioned = _line_above_subject(ctx, s.start)
            if captioned is not None:  # 大糯黑村 / 入选全国乡村旅游重点村: a page's name line over the line of its honour
                subject = s.subject = [captioned]
        if not subject and elided and _no_subject_before(ctx, s.start, r_start):
            person = _paragraph_subject(ctx, s.start)
            if person is not None:  # 王建平，男，…现任村党支部书记。…。2022年被评为X: who the paragraph is about
                subject = s.subject = [person]
        if not subject and (elided or recipients.is_line_of_work(ctx.reader, r_start, v_start)) and (
                _no_subject_before(ctx, s.start, r_start)):
            reporter = _reporting_subject(ctx, s.start)
            if reporter is not None:  # 县科协…。二、X工作，被省科协评为Y: the body the report is about
                subject, elided = [reporter], True
                s.subject = subject
        if subject and elided:
            receivers = subject  # A获评X，并被Y授予Z: the same subject, not repeated
        elif all(r.kind is not None for r in receivers):
            subject = s.subject = receivers
        elif not elided:
            # 李大全家庭继2022年获评X后，又被…授予Y: a subject of its own, though not read, ends the one before
            subject = s.subject = []
        # the pattern opens with 在: searched only where one stands before the verb
        frame = ctx.words.event.search(norm, s.start, v_start) if norm.find("在", s.start, v_start) >= 0 else None
        event = (frame.start(1), frame.end(1)) if frame else None
        if event is None and titles.are_ranks_only(norm[v_end:h_end], ctx.words.titles):
            # 县第三届技能大赛落幕。李强获得一等奖; …A、B分获冠军和亚军: the contest the article named before
            event = _contest_of(ctx, r_start) or _graded_award(s, r_start)
        if len(receivers) == 1 and receivers[0].kind is None and (form.startswith("passive") or elided and strong):
            listed = titles.counted(norm, v_end, h_end, ctx.words.titles, t["verb"], conferred=strong)
            if listed:  # 被表彰为怀化市优秀教师5人、中小学优秀校长1人 / 荣获X 1个: the counts receive them
                for c in listed:
                    named, issuer = _issued(ctx, c.title)
                    s.add([Recipient(c.receiver[0], c.receiver[1], "collective")], [named], (v_start, v_end),
                          agent or issuer, f"honors.{'passive' if form.startswith('passive') else 'active'}_counted")
                continue
        title = titles.clean(norm, v_end, h_end, ctx.words.titles)
        if title is None:
            # (其中46件作品在全市评选中获奖: an event of its own, no list named before)
            among = _among(ctx, s.start, r_start) or (
                _within_list(s, r_start) if _FRAME_INSIDE.search(norm, r_start, v_start) is None else None)
            if among is not None:  # 在今年公布的第三批全国重点村名单中，我县2个村入选: the title the frame names
                s.add(receivers, [among[0]], (v_start, v_end), agent or among[1], "honors.among", strong)
                continue
            s.add(receivers, [(v_end, v_end)], (v_start, v_end), agent, rule, strong)
            continue
        title, issuer = _issued(ctx, title)
        s.add(receivers, titles.split(norm, title, ctx.words.titles), (v_start, v_end), agent or issuer, rule, strong,
              event)


def _foreign(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether norm[start:end] names another county than the article's own (牡丹区、曹县的3家养老机构,
    郓城县、鄄城县等其他县区的9名同志) or says it is another's (其他县区)."""
    text = ctx.norm[start:end]
    if _OTHER_AREAS.search(text):
        return True
    own = ctx.home_area.first_county()
    for _, _, place in gazetteer_places(text):
        if place is not None and place.level == "county" and (own is None or place.code != own.code):
            return True
    return False


def _county_at_home(ctx: _Ctx) -> gazetteer.Place | None:
    """The county, district or county-level city an article is at home in: the one county its header
    names (来源：缙云县总工会; beside its city and province), or, with no place in the header, the
    one the first body or place it names holds; not when the article calls a city its own (我市 in
    a report that names 耀州区 first). A province's, a city's or a prefecture's report (a header
    naming no county, or two) is at home in all their counties, and has none."""
    if not ctx.home_county_read:
        ctx.home_county_read = True
        county = ctx.home_area.area()  # (the claims stage reads its home so too)
        if county is not None and county.level == "county" and (
                county.name.endswith("市") or _CITY_AT_HOME.search(ctx.norm) is None):
            ctx.home_county = county
    return ctx.home_county


def _of_other_county(c: _Candidate) -> bool:
    """Whether the clause that holds the recipient, up to its end, names another county than the one a
    county's report is at home in (…，其中龙泉市宝剑锻制技艺传承人沈新培获X in a report of 缙云县):
    the honour is another area's news (ANNOTATION.md: awards outside the reporting body's area are
    not honours). A list's row is read whole: 周　敏　沭阳县住房和城乡建设局工程师 names where the
    person works after the name."""
    ctx = c.ctx
    norm, start, end = ctx.norm, c.pair.recipient.start, c.pair.recipient.end
    if _NEIGHBOURING.search(norm, max(0, start - _NEIGHBOUR_REACH), start) or _NEIGHBOUR_NAMED.match(norm, start, end):
        return True  # 邻近的思口镇延村也入选X, 邻县酉阳县也获评X: a neighbour's, whatever the report's area
    own = _county_at_home(ctx)
    if own is None:
        return _of_other_prefecture(ctx, start, end)
    if c.pair.rule == "honors.announce_lines" and c.pair.recipient.kind == "person":
        line_end = norm.find("\n", end)
        end = line_end if line_end >= 0 else len(norm)
    clause = scan.clause_start(norm, start, max(0, start - _TITLE_REACH), _CLAUSE)
    for at, name, place in gazetteer_places(norm[clause:end]):
        # a neighbour in its province: a name read across words (新新社区 holds Taichung's 新社区) is
        # seldom one; a county of another province counts where its full name opens the recipient's
        # (武夷山市工商联 in a report of 铅山县, across the provincial border; a county or a city, not a
        # district, whose names recur across cities: 新城区, 城关区)
        if place is not None and place.level == "county" and place.code != own.code and (
                place.province_code == own.province_code
                or (clause + at == start or _opens_with_its_province(norm, start, clause + at, place))
                and len(name) >= _OTHER_PROVINCE_COUNTY and name[-1] in _COUNTY_SUFFIX):
            return True
    return False


def _of_other_prefecture(ctx: _Ctx, start: int, end: int) -> bool:
    """上饶市机关事务管理局被评为X in a report of 赣州市 that calls the city its own (我市): a recipient
    named by a city or a county of its province that is not the report's, and not within it."""
    area = ctx.home_area.area()
    if area is None or area.level != "prefectural" or _CITY_AT_HOME.search(ctx.norm) is None:
        return False  # (a city's channel carries its province's news: the city is at home where it says 我市)
    for at, name, place in gazetteer_places(ctx.norm[start:end]):
        # the place opens the recipient, named in full (not 吉安路, 驻南昌办事处, a nurse 刘宜春)
        if at == 0 and place is not None and place.level in ("prefectural", "county") and place.code != area.code and (
                name == place.name and place.province_code == area.province_code and not gazetteer.within(place, area)):
            return True
        break
    return False


def _opens_with_its_province(norm: str, start: int, at: int, place: gazetteer.Place) -> bool:
    """贵州省|松桃苗族自治县 opening the recipient: the county after the name of its own province."""
    province = gazetteer.by_code().get(place.province_code)
    return province is not None and at - start >= 2 and norm[start:at] in (province.name, province.name[:2] + "省")


_OTHER_PROVINCE_COUNTY: Final = 3  # 武夷山市, 铅山县: a short name (城区) is read as one too often
_COUNTY_SUFFIX: Final = frozenset("县市旗")


def _wider_scope(c: _Candidate) -> bool:
    """全市共有12名（组）身边好人上榜 in a county's report: a count of all of a wider area is the whole
    list, the area's own share told apart (其中，我县共有2人榜上有名); ANNOTATION.md: awards conferred on
    others outside the reporting body's area are not honours."""
    if c.pair.recipient.kind != "collective":
        return _named_wider_area(c)  # (嘉兴市共有68个村 reads as a place, by its head)
    ctx = c.ctx
    norm, start = ctx.norm, c.pair.recipient.start
    # the scope is the count's own: right before it (全市共有|12名), or opening it
    scope = _WIDER_SCOPE.match(norm, start) or _WIDER_SCOPE_BEFORE.search(norm, max(0, start - 9), start)
    if scope is None:  # 全市共表彰50个X、120名Y和60个Z: a clause the scope opens holds all of its counts
        scope = _WIDER_SCOPE_OPENING.match(norm, scan.clause_start(norm, start, max(0, start - _TITLE_REACH), _CLAUSE))
    if scope is None:  # 对全省120个先进集体和200名先进个人予以表彰: the scope of the list's first count
        scope = _WIDER_SCOPE_LISTED.search(norm, max(0, start - _TITLE_REACH), start)
    if scope is None:
        return _named_wider_area(c)
    wide = _RANK_OF_SCOPE[scope.group(1)]
    area = ctx.home_area.area()
    if area is not None and area.level == "prefectural" and wide < _RANK_OF_LEVEL["prefectural"] and (
            norm[scope.start(1) - 1] == "全") and not _names_a_place_within(c, area):
        return True  # 全省共有287家单位入选 in a city's report: the province's whole list, the city's share apart
    if _county_at_home(ctx) is not None:
        return not (wide == 2 and ctx.home_county is not None and ctx.home_county.name.endswith("市"))
    # no county at home read: the paragraph's own share, in an area narrower than the scope (全省共98人
    # （组）上榜…。我县有2人榜上有名)
    line = norm.rfind("\n", 0, start) + 1
    end = norm.find("\n", start)
    return any(_RANK_OF_SCOPE[m.group(1)] > wide
               for m in _SHARE_AREA.finditer(norm, line, end if end >= 0 else len(norm)))


def _names_a_place_within(c: _Candidate, area: gazetteer.Place) -> bool:
    """全省命名赣州市第三中学等3所学校为X in a report of 赣州市: the recipient names the area's own."""
    norm = c.ctx.norm
    return any(place is not None and gazetteer.within(place, area) for _, _, place in
               gazetteer_places(norm[c.pair.recipient.start:c.pair.recipient.end]))


def _named_wider_area(c: _Candidate) -> bool:
    """今年嘉兴市共有68个村获评X in a report of 桐乡市 (or of a town in it): the count of a named area
    that holds the county the report is at home in, its whole list."""
    ctx = c.ctx
    norm, start, end = ctx.norm, c.pair.recipient.start, c.pair.recipient.end
    if ctx.words.recipients.number.search(norm, start, end) is None:
        return False  # no count in it: most recipients
    own = _county_at_home(ctx)
    if own is None:
        return False
    clause = scan.clause_start(norm, start, max(0, start - _TITLE_REACH), _CLAUSE)
    for at, name, place in gazetteer_places(norm[clause:end]):
        if place is None or place.level == "county" or not gazetteer.within(own, place):
            continue
        holds = _AREA_HOLDS.match(norm, clause + at + len(name), end)
        if holds and ctx.words.recipients.number.match(norm, holds.end(), end):
            return True
    return False


# 嘉兴市|共有|68个村, 其中贵州省|13个村: what the area holds, or its count right after it
_AREA_HOLDS: Final = regex.compile(r"(?:本次|此次|今年|目前)?(?:共有|共计|共|有)?")
# (本年度全省共有200个团组织: a time before the scope)
_WIDER_SCOPE: Final = regex.compile(r"(?:本年度|今年|去年|上年|年内|本届|本次|此次|目前)?全(国|省|市|州)")
_RANK_OF_SCOPE: Final = {"国": 0, "省": 1, "市": 2, "州": 2, "县": 3, "区": 3, "旗": 3, "镇": 4, "乡": 4}
_RANK_OF_LEVEL: Final = {"national": 0, "provincial": 1, "prefectural": 2, "county": 3, "township": 4}
_SHARE_AREA: Final = regex.compile(r"我(县|区|旗|镇|乡|市|州)")
_WIDER_SCOPE_OPENING: Final = regex.compile(r"(?:本届|本次|此次|今年|目前)?全(国|省|市|州)(?:共有|共计|共|有)?(?:表彰|评选出|评出|命名|授予)")
# (全省共有|98人, 我省有|38个社区: the province's count in a county's report, as its whole)
_WIDER_SCOPE_LISTED: Final = regex.compile(r"全(国|省|市|州)(?:共有|共计|共|有)?\d+[个名家人位户支项][^,，。;；\d]{0,16}?"
                                           r"(?:(?:和|及|、)\d+[个名家人位户支项][^,，。;；\d]{0,16}?)*(?:和|及|、)$")
_WIDER_SCOPE_BEFORE: Final = regex.compile(r"[全我本](国|省|市|州)(?:累计有|累计|共有|共计|共|有)?(?:表彰|评选出|评出|命名|授予)?了?$")
_CITY_AT_HOME: Final = regex.compile(r"[我本]市")
_NEIGHBOURING: Final = regex.compile(r"(?:邻近|相邻|毗邻|周边)的?$")  # right before the recipient
_NEIGHBOUR_NAMED: Final = regex.compile(r"(?:邻|邻近|相邻|毗邻)(?:县|市|区|旗|镇|乡|省)")  # opening it (邻县酉阳县)
_NEIGHBOUR_REACH: Final = 3


def _among(ctx: _Ctx, s_start: int, r_start: int) -> tuple[Span2, str | None] | None:
    """在团中央表彰的500个全国五四红旗团委中，我省有9个团组织入选: the title of the list or the
    commendation the frame before the recipient names, after its last 的 and its count; and what
    stands before that 的 (团中央表彰), for the issuer."""
    norm, w = ctx.norm, ctx.words
    frames = list(w.triggers["among"].finditer(norm, s_start, r_start))
    if not frames:
        # 宁波市妇联命名的100户“宁波市最美家庭”中，我县有6户家庭获评: no 在, a modifier (…的) says whose list
        frames = [m for m in _AMONG_BARE.finditer(norm, s_start, r_start) if "的" in m.group(1)]
    if not frames:
        return None
    m = frames[-1]  # the frame nearest the recipient
    a, b = m.start(1), m.end(1)
    cut = norm.rfind("的", a, b)
    issuer = norm[a:cut] if cut > a else None
    if cut >= 0:
        a = cut + 1
    count = w.recipients.number.match(norm, a, b)
    if count:
        a = count.end()
    title = titles.clean(norm, a, b, w.titles)
    listed = norm.endswith(("名单", "榜单"), a, b)  # a list published: what it lists is its title
    if title is None or not (listed or ctx.is_titled(norm[title[0]:title[1]]) or titles.in_quotes(norm, title)):
        return None
    return title, issuer


_FRAME_INSIDE: Final = regex.compile(r"在[^，,。；;]{2,30}?(?:之中|中)")  # 在全省展览中: where the recipient won it


def _within_list(s: _Sentence, r_start: int) -> tuple[Span2, str | None] | None:
    """表彰全国优秀团队300个，其中，我县2个团队入选: a recipient opened by 其中 and a verb with no
    object of its own is among the list named just before, in its sentence or the one before it;
    it receives that list's title (the list itself is the awarding body's: `_outside_the_area`)."""
    norm = s.ctx.norm
    lead = norm[max(s.start, r_start - 4):r_start].rstrip(_CLAUSE_EDGE)
    if not (lead.endswith("其中") or norm.startswith("其中", r_start)):
        return None
    for p in reversed(s.pairs or s.ctx.previous):
        if p.title[0] < p.title[1] <= r_start and r_start - p.title[1] <= _WITHIN_AREA_REACH and (
                s.ctx.is_titled(norm[p.title[0]:p.title[1]]) or titles.in_quotes(norm, p.title)):
            return p.title, p.issuer
    return None


def _issued(ctx: _Ctx, title: Span2) -> tuple[Span2, str | None]:
    """荣获团中央授予的“全国五四红旗团委”称号: the body that issued the title, named before it with
    a verb of naming, is its issuer and no part of it; a body by its rank or an organisation only."""
    norm = ctx.norm
    if not _issue_word_in(ctx, title[0] + _ISSUER_LEAST, min(title[1], title[0] + _ISSUER_MOST)):
        return title, None  # no verb of naming where the pattern's would stand: most titles
    m = ctx.words.triggers["issued"].match(norm, title[0], title[1])
    if m is None or title[1] - m.end() < 2:
        return title, None
    group = "by" if m.group("by") else "plain"
    issuer = m.group(group)
    named_body = any(e.start == m.start(group) and e.end == m.end(group) for e in ctx.named)
    if not named_body and _rank_of(issuer, ctx.home, anywhere=True) is None:
        return title, None  # 首次命名的…: no body is named
    if ctx.is_titled(issuer):
        return title, None  # 获全国巾帼脱贫示范基地命名11个: the title, then the naming of it
    rest = titles.clean(norm, m.end(), title[1], ctx.words.titles)
    if rest is None or not ("\u4e00" <= norm[rest[0]] <= "\u9fff" or norm[rest[0]] == "“"):
        return title, None
    return rest, issuer


# where the pattern `issued` may find its verb of naming after the title's start: after 2 to 12
# characters of issuer, or 由 and 2 to 20, and 联合 or 共同 (the pattern tries every place up to the
# longest: 1 + 20 + 2 characters after the start)
_ISSUER_LEAST: Final = 2
_ISSUER_MOST: Final = 24


def _issue_word_in(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a verb of naming (the form `issue`) starts in [start, end): found by str.find, at memchr
    speed, where the pattern `issued` (a lazy issuer of every length before the verb) costs ~7000
    instructions a title compiled, and most titles hold no such verb."""
    norm = ctx.norm
    for word in ctx.words.issue_words:
        if norm.find(word, start, end + len(word) - 1) >= 0:
            return True
    return False


def _line_above_subject(ctx: _Ctx, start: int) -> Recipient | None:
    """A page of figures and honours set large (▍荣誉榜 / 大糯黑村 / 入选全国乡村旅游重点村): the line right above a line that
    opens with the verb of an honour, where it is a short name alone (no stop, no verb after the name), names who won it."""
    norm = ctx.norm
    line_start = norm.rfind("\n", 0, start) + 1
    if norm[line_start:start].strip() or line_start < 2:
        return None
    above_start = norm.rfind("\n", 0, line_start - 1) + 1
    if above_start < ctx.body_start:
        return None
    a, b = recipients.strip(norm, above_start, line_start - 1)
    if not 2 <= b - a <= _MAX_NAME_LINE or _NOT_A_NAME_LINE.search(norm, a, b):
        return None
    found = recipients.classify(ctx.reader, a, b, alone=True)
    if found is None or found.kind not in _NAME_LINE_KINDS or found.end != b:
        return None
    if found.kind in ("organization", "project") and norm.find("“", found.start, found.end) < 0 and not any(
            e.start == found.start and e.label in ("ORG", "GPE", "LOC") for e in ctx.reader.starting_at.get(found.start, ())
    ) and not _PLACE_OPENS.match(norm, found.start, found.end):
        return None  # (特色项目, 示范基地: a class of the report's, no body named; “青岚读书会”项目, 青岚县图书馆 are)
    return found  # (馆员陆雯婷: the name after its post)


_MAX_NAME_LINE: Final = 20
# 累计40余场, 共12期, 1.2万人次: a count of events or of a measure, which names no one who could win anything
_MEASURE_COUNT: Final = regex.compile(r"(?:累计|共计|共|全年)?[0-9０-９][0-9０-９.．]*[万亿]?[余多]?"
                                      r"(?:场次|人次|场|次|期|起|元|公里|米|亩|小时|天)")
# 8个, 共5家, 12名, 1260件: a count and its measure word (the lexicon's classifiers, or a count unit of the numbers
# stage's) alone
_BARE_COUNT: Final = regex.compile(r"\s*(?:共|累计)?[0-9０-９一二三四五六七八九十百千万.]+[余多]?(?:"
                                   + lexicon.alternation(set(lexicon.by_kind("honors.recipients", "classifier")) | {
                                       row["unit"] for row in lexicon.rows("numbers.units") if row["kind"] == "count"})
                                   + r")\s*")
_PLACE_OPENS: Final = regex.compile(r"[\u4e00-\u9fff]{1,4}?[省市县区镇乡村旗](?=[\u4e00-\u9fff]{2})")  # 青岚县|应急管理局
_NOT_A_NAME_LINE: Final = regex.compile(r"[。，,；;：:！!？?【】▍]")
_NAME_LINE_KINDS: Final = frozenset({"person", "family", "organization", "place", "project"})


def _reporting_subject(ctx: _Ctx, before: int) -> Recipient | None:
    """The reporting body, when the last clause before `before` that opens with a subject opens with
    it: a report's sentences without a subject of their own are about the body that reports (县科协
    圆满完成各项任务。…屡次被省科协评为X). The reporting body is the first organisation of the body
    text; when a person, a family or another body opened a clause since, nobody is taken."""
    norm = ctx.norm
    if not ctx.reporter_read:
        ctx.reporter_read = True
        ctx.reporter = next((e for e in ctx.named if e.label == "ORG" and e.start >= ctx.body_start), None)
    reporter = ctx.reporter
    if reporter is None or reporter.start >= before:
        return None
    name = norm[reporter.start:reporter.end]
    floor = ctx.body_start
    end = before
    while end > floor:
        start = scan.clause_start(norm, end - 1, floor, _CLAUSE)
        opener = recipients.clause_opener(ctx.reader, start, end)
        if opener is not None and _names_line_of_work(ctx, opener, start, end):
            opener = None  # 二、河南省全民科学素质网络竞赛工作: a line of work, the reporter's, not its place's
        if opener is not None:
            if norm[opener.start:opener.end] == name:
                return Recipient(opener.start, opener.end, "organization")
            return None
        end = start - 1 if start > floor else floor
    return None


def _opens_with_predicate(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a clause opens with a predicate's word of two characters or more (现任, 曾任, 位于), its blanks left aside."""
    norm = ctx.norm
    while start < end and norm[start] in " \u3000":
        start += 1
    m = ctx.words.recipients.predicate.match(norm, start, end)
    return m is not None and m.end() - m.start() >= 2  # (not 是, 系, 为 alone: 系统…, 为民… open subjects as often)


def _opens_with_noun(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a clause opens with a noun (a subject of its own, read or not): not a time, frame words, a
    line of work or a heading's number."""
    reader, norm = ctx.reader, ctx.norm
    a, b = recipients.trim_edges(reader, start, end)
    if _PASSIVE_OPENS.match(norm, start, end):
        return False  # 被村民称为“背包医生”: a passive's agent after 被; the clause's subject is elided
    if _SINCE_DOING.match(norm, a, b) and not reader.starting_at.get(a):
        return False  # 创业以来累计培训…, 退役后…: since or after the subject did something; its subject is elided
    return b > a and not recipients.is_line_of_work(reader, start, end) and not _HEADING_NUMBER.fullmatch(norm, a, b) and (
        recipients.first_tag(reader, a) in _NOUN_TAGS) and not _opens_with_predicate(ctx, a, b)  # (2006年|毕业于…)


# after a pronoun, what makes it no subject of its own: a possessive, a plural, a partner joined to it
_NOT_ALONE: Final = frozenset("们的和与及跟同家一俩")
# 创业|以来, 退役|后, 创业有成|后: what the subject did (two to four characters, no name the entities read), then since
# or after it (not 县妇联成立以来: a body's own clause)
_SINCE_DOING: Final = regex.compile(r"[\u4e00-\u9fff]{2,4}?(?:以来|之后|以后|后)")


def _opens_with_scope(ctx: _Ctx, start: int, end: int) -> bool:
    """各项工作取得积极成效, 全县上下…: a clause whose subject is a scope word's, not a name."""
    a, b = recipients.trim_edges(ctx.reader, start, end)
    return b > a and ctx.words.recipients.scope.match(ctx.norm[a:b]) is not None


def _names_line_of_work(ctx: _Ctx, name: Recipient, start: int, end: int) -> bool:
    """湖北省青少年科技创新大赛工作: a clause that only names a line of work, the place or body read at its
    start a modifier, no subject: a place opening it, or a body followed by nouns alone (县自然资源局紧紧
    围绕…中心工作 has a predicate after the body: a subject)."""
    return recipients.is_line_of_work(ctx.reader, start, end) and (name.kind == "place" or all(
        t[:1] == "n" or t in _NOMINAL_TAGS for _, t in segment.tag(ctx.norm[name.end:end])))


# besides nouns (n…), what a line of work's name holds: a verb used as a noun (竞赛, 工作), numbers,
# times, quote marks (“2023年…竞赛”工作), abbreviations; never a verb, an idiom (紧紧围绕) or an adverb
_NOMINAL_TAGS: Final = frozenset({"vn", "m", "q", "t", "x", "f", "b", "j", "eng", "mq"})


def _has_verb(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether jieba tags a word of norm[start:end] a verb (a predicate, not an apposition: 县医院院长)."""
    return any(t.startswith("v") for _, t in segment.tag(ctx.norm[start:end]))


def _row_subject(ctx: _Ctx, pos: int) -> Recipient | None:
    """The person a table's row is about, for a clause without a subject in a later cell (序号　姓名　…　主要事迹,
    then 1　马文斌　…　曾获定西市园丁奖): the row's cell under 姓名. The row's cells stand a tab apart on one
    line under a header line alike, or one a line under a header of one label a line (序号 / 姓名 / … / 主要事迹).
    None unless that cell is a person's name."""
    norm = ctx.norm
    line_start = norm.rfind("\n", 0, pos) + 1
    line_end = norm.find("\n", pos)
    line_end = len(norm) if line_end < 0 else line_end
    name: Span2 | None = None
    if norm.find("\t", line_start, pos) >= 0:
        header_end = line_start - 1
        for _ in range(_ROW_REACH):  # the header line above, a bounded number of rows up
            if header_end <= 0:
                return None
            header_start = norm.rfind("\n", 0, header_end) + 1
            header = _table_column(norm, header_start, header_end)
            if header is not None and header[1]:  # the column headed 姓名
                cells = [m.span() for m in _BARRED_CELL.finditer(norm, line_start, line_end)]
                if len(cells) != len(_header_cells(norm, header_start, header_end, _BARRED_CELL)) or (
                        cells[header[0]][1] > pos):
                    return None
                name = recipients.strip(norm, *cells[header[0]])
                break
            header_end = header_start - 1
    else:
        name = _stacked_row_name(norm, line_start)
    if name is None:
        return None
    a, b = name
    if _PADDED_NAME.fullmatch(norm, a, b):
        return Recipient(a, b, "person")
    item = recipients.classify(ctx.reader, a, b, alone=False)
    return item if item is not None and item.kind == "person" and (item.start, item.end) == (a, b) else None


def _stacked_row_name(norm: str, line_start: int) -> Span2 | None:
    """A table set one cell a line (序号 / 姓名 / 性别 / … / 主要事迹, then 1 / 杨春林 / 男 / …): the name cell of
    the row the line at `line_start` is in, counted from the header by its number of labels."""
    lines: list[Span2] = []  # the lines above, nearest first, a bounded number
    end = line_start - 1
    while end > 0 and len(lines) < _STACKED_REACH:
        start = norm.rfind("\n", 0, end) + 1
        lines.append((start, end))
        if norm[start:end].strip() == _NUMBER_HEAD:
            break
        end = start - 1
    else:
        return None
    lines.reverse()  # from the header's first label (序号) down to the line before ours
    labels = 0
    while labels < len(lines) and not norm[lines[labels][0]:lines[labels][1]].strip().isdigit():
        labels += 1
    heads = [norm[a:b].strip() for a, b in lines[:labels]]
    if _NAME_HEAD not in heads or labels < 3 or any(len(h) > _MAX_HEADER_CELL for h in heads):
        return None
    place = len(lines) - labels  # our line's place among the rows' lines
    row_start = labels + place - place % labels
    if place % labels <= heads.index(_NAME_HEAD) or not norm[lines[row_start][0]:lines[row_start][1]].strip().isdigit():
        return None  # (our line is the name's or before it; a row that does not open with its number is no row)
    return recipients.strip(norm, *lines[row_start + heads.index(_NAME_HEAD)])


_NAME_HEAD: Final = "姓名"
_NUMBER_HEAD: Final = "序号"
_ROW_REACH: Final = 40  # rows between a header line and the row read
_STACKED_REACH: Final = 240  # lines between a one-label-a-line header and the line read


def _paragraph_subject(ctx: _Ctx, before: int) -> Recipient | None:
    """The person (or family) the paragraph is about, for a sentence without a subject of its own: the
    subject the nearest earlier sentence of the paragraph opens with, passing over sentences that open
    without one (王建平，男，1975年生…。带领村民…。2022年被评为X), if it is a person or a family. A
    sentence that opens with a subject not read, or with a body, ends the search: bodies are the
    reporting subject's business (`_reporting_subject`)."""
    norm = ctx.norm
    # within its paragraph, and a bounded reach of it (a line of thousands of verbs asks once for each)
    floor = max(norm.rfind("\n", max(0, before - _PARAGRAPH_REACH), before) + 1, ctx.body_start,
                before - _PARAGRAPH_REACH)
    field = _DEED_FIELD.match(norm, floor, before) if norm[floor - 1:floor] in ("\n", "") else None
    if field is not None:  # 主要事迹：2009年因工伤致残，…: an entry's field; its sentences open after the label
        floor = field.end()
    elif floor == before and _DEED_FIELD.match(norm, before, before + _MAX_FIELD_LINE):
        return _entry_person(ctx, before)  # 主要事迹：扎根基层三十年，先后被评为X: the sentence opens the field
    end = before
    for _ in range(_PARAGRAPH_SENTENCES):
        if end <= floor:
            break
        while end > floor and norm[end - 1] in _CLAUSE_EDGE or end > floor and norm[end - 1] in _HARD:
            end -= 1
        if end <= floor:
            break
        s_start = scan.clause_start(norm, end, floor, _HARD)  # the sentence before
        first_end = scan.clause_end(norm, s_start, end, _CLAUSE)  # and its first clause
        numbered = _LINE_NUMBER.match(norm, s_start, first_end)
        # (1.王晓东，男，1982年3月生…: a candidate's number opens the line, not the subject)
        pronoun = ctx.words.recipients.pronoun.match(norm, s_start, first_end)
        if pronoun is not None and norm[pronoun.end():pronoun.end() + 1] in _NOT_ALONE:
            pronoun = None  # (她的丈夫, 他们, 她和丈夫: someone else, or more than the one)
        if pronoun is not None:
            meant = recipients.classify(ctx.reader, s_start, pronoun.end())
            # 1．黄秀兰，女，… / 该同志长期…。2022年被评为X: the person the pronoun stands for; none where it stands for
            # nobody read (never a person named before it, whom it may not stand for)
            return meant if meant is not None and meant.kind == "person" else None
        opener = recipients.clause_opener(ctx.reader, numbered.end() if numbered else s_start, first_end)
        if opener is not None:
            if opener.kind == "person" and norm.startswith(("家庭", "一家"), opener.end):
                return Recipient(opener.start, opener.end + 2, "family")  # 李秀英家庭孝老爱亲
            if opener.kind == "person" and norm.startswith("等", opener.end):
                return None  # 张德明等5人被评为X。…: the sentence is of a counted group, its first name an example
            return opener if opener.kind in ("person", "family") else None
        if _opens_with_noun(ctx, s_start, first_end):
            return None
        end = s_start
    if end > floor:
        return None
    if field is not None:
        return _entry_person(ctx, field.start())
    if floor <= ctx.body_start or norm[floor - 1] != "\n":
        return None
    # 01　白者然（男，哈尼族…） / 职务：… / 2018年返乡后…。2023年获评X: a paragraph under a numbered entry's name;
    # 1．周国栋，男，1965年出生，… / 上世纪九十年代从修理农机起步，…。2021年被评为X: under a profile's line
    return _entry_person(ctx, floor, numbered=True)


def _an_entry_s_person(ctx: _Ctx, a: int, b: int, end: int, found: Recipient | None, number: re.Match | None) -> bool:
    """Whether norm[a:b], the name on an entry's first line, names its person: the particulars in brackets after it
    (白者然（哈尼族，1993年6月生）) or a post a blank apart (白者然　大兴镇牛洪村党总支书记) say so, whatever the number;
    else, under a number in digits, a name the entities read elsewhere in the article (jieba alone reads 林长制 and
    白衣天使 as names)."""
    norm = ctx.norm
    if _PARTICULARS.match(norm, b) or norm[b:b + 1] in " \t\u3000" and recipients.ends_with_post(ctx.reader, norm[b:end].strip()):
        return True
    if number is None or not _ENTRY_NUMBER.match(norm, number.start(), number.end()) and not _PADDED_NUMBER.match(
            norm, number.start(), number.end()):
        return False  # (一、文明创建, （二）安全生产: a report's sections)
    return found is not None and found.kind == "person" and norm[a:b] in ctx.reader.person_names


_SEX_PARTICULARS: Final = regex.compile(r"[ \t\u3000]*[男女][，,][^\n]{4,}")


def _among_entries(ctx: _Ctx, line: int) -> bool:
    """Whether the line at `line` stands in a list of entries: the line before it announces them (…名单及简要事迹：,
    现将主要事迹公布如下：), or another entry's first line stands two lines above it, its story between."""
    norm = ctx.norm
    before = _line_before(norm, line, ctx.body_start)
    if before is None:
        return False
    if _ENTRIES_LEAD.search(norm, *before):
        return True
    above = _line_before(norm, before[0], ctx.body_start)
    return above is not None and _entry_row(ctx, *above)


def _line_before(norm: str, line: int, floor: int) -> Span2 | None:
    """The last line with any text before the line at `line`, not above `floor`."""
    end = line - 1
    while end > floor:
        start = norm.rfind("\n", 0, end) + 1
        if norm[start:end].strip():
            return (start, end) if start >= floor else None
        end = start - 1
    return None


# …名单及简要事迹：, 现将主要事迹公布如下：: a line that announces the entries after it
_ENTRIES_LEAD: Final = regex.compile(r"(?:名单|事迹|如下)[^\n]{0,12}[:：]\s*$")


def _entry_row(ctx: _Ctx, start: int, end: int) -> bool:
    """丁海燕　民乐社区党支部书记, 马成福　快递员, 白者然（男，哈尼族…）: an entry's first line, a name that opens with a
    surname and, in brackets or a blank apart, the person's particulars or post."""
    norm = ctx.norm
    a, b = recipients.strip(norm, start, end)
    head = _ENTRY_HEAD.fullmatch(norm, a, b)
    if head is None or head.end("name") == b or norm[a] not in ctx.reader.surnames:
        return False
    return head.start("name") == a and _an_entry_s_person(ctx, a, head.end("name"), b, None, None)


def _entry_person(ctx: _Ctx, line: int, numbered: bool = False) -> Recipient | None:
    """1.李建军 / 性别：男　出生年月：1981年3月 / 工作单位：… / 主要事迹：…: the person whose entry the field line at
    `line` belongs to, named on the entry's first line (its number before it or not; the person's particulars
    in brackets or a post a blank apart after the name, 01　白者然（男，…）, 05　牛志刚　某公司车间主任) over field
    lines only; None where any other line stands between, or, `numbered`, where the first line has no number."""
    norm = ctx.norm
    end = line - 1
    particulars = False  # a line of the person's sex and particulars stood under the first line (男，1989年10月生，…)
    from_field = recipients.FIELD_LABEL.match(norm, line) is not None  # (主要事迹：…, the field whose entry is asked for)
    for _ in range(_ENTRY_FIELDS):
        if end < 0:
            return None
        start = norm.rfind("\n", 0, end) + 1  # (the fields may read as a page's header lines: 性别：, 工作单位：)
        if end - start > _MAX_FIELD_LINE:
            return None
        if not norm[start:end].strip() and from_field:
            end = start - 1  # (a blank line between an entry's first line and its field, as a page sets its paragraphs
            continue  # apart; not above a paragraph of its own, which may be the next entry's: 4.侬美仙，女，…。2021年被授予X)
        profiled = _profiled_person(ctx, start, end) if start >= ctx.body_start else None
        if profiled is not None:
            # 1.许明远，男，1971年5月出生，…。 / 主要事迹：…: the entry's first line, a profile's name and sex; not under an
            # entry's head of another (1.王德胜家庭 / 王德胜，男，…: the family's entry, whose title is no person's)
            head_end = start - 1  # (the profile numbered itself, 1.许明远，男，…, is the entry's first line)
            head = _LINE_NUMBER.match(norm, norm.rfind("\n", 0, head_end) + 1, head_end) if head_end > 0 and (
                _LINE_NUMBER.match(norm, start, end) is None) else None
            return None if head is not None and norm[head.end():head_end].strip() != norm[profiled.start:profiled.end] else profiled
        if _SEX_PARTICULARS.match(norm, start, end) and not particulars:
            particulars = True  # 吴建辉 / 男，1989年10月生，中共党员，… / 从警14年来…: the entry's particulars, a field
            end = start - 1
            continue
        named = recipients.NAME_FIELD.match(norm, start, end)
        field = recipients.FIELD_LABEL.match(norm, start, end) if named is None else None
        if named is not None or field is None:
            # 姓名：孙桂英 names the person; else the entry's first line, the name alone (its number before it or not)
            number = (_LINE_NUMBER.match(norm, start, end) or _PADDED_NUMBER.match(norm, start, end)) if named is None else None
            a, b = recipients.strip(norm, named.end() if named else number.end() if number else start, end)
            head = _ENTRY_HEAD.fullmatch(norm, a, b) if named is None and not _HAN_NAME.fullmatch(norm, a, b) else None
            if numbered and number is None and not (particulars and head is None and _HAN_NAME.fullmatch(norm, a, b)) and (
                    head is None or head.end("name") == b or not _among_entries(ctx, start)):
                # (丁海燕　民乐社区党支部书记: unnumbered, the entry's particulars or post say it is a person's, under a
                # lead-in that announces the entries or after another entry's story; not a line of its own in a report)
                return None
            if head is not None:
                a, b = head.span("name")
            if not (_HAN_NAME.fullmatch(norm, a, b) and (named is not None or norm[a] in ctx.reader.surnames)):
                return None
            found = recipients.classify(ctx.reader, a, b, alone=True)
            if particulars and head is None and number is None and named is None and not (
                    found is not None and found.kind == "person"):
                return None  # (简历 / 女，1990年3月生，…: a label over the particulars, no name the reader knows)
            if (numbered or head is not None) and not particulars and not _an_entry_s_person(ctx, a, b, end, found, number):
                return None  # (03　万人助企　服务先行, （二）安全生产, 2.林长制: a heading's words, no person's entry)
            return Recipient(a, b, "person") if found is None or found.kind in (None, "person") else None
        label = recipients.classify(ctx.reader, *recipients.strip(norm, field.start(), field.end()), alone=True)
        if label is not None and label.kind in ("person", "family"):
            return None  # (王建平家庭：…, a name and its colon: a row of its own, no field)
        end = start - 1
    return None


# 上榜|2024年第三季度“中国好人榜”, 上榜|省级非遗名录: a list named in the verb's clause after it (not 上榜并受邀…)
_OWN_LIST_AFTER: Final = regex.compile(r"[^，,。；;：:\n（(]{0,24}?(?:“[^”\n]{1,20}”|榜|名单|名录)")
def _without_pictographs(norm: str, title: Span2) -> Span2 | None:
    """🏆 先进集体, ❶ 优秀志愿者, ★ 优秀工会干部 ★: a list's heading without the pictographs around it; None where what is
    left is a post's section heading, two halves a blank apart (平安西滨 共建共享), no title."""
    a, b = title
    while a < b and (_PICTOGRAPH.match(norm, a) or norm[a] in " \t\u3000\ufe0f"):
        a += 1
    while b > a and (_PICTOGRAPH.match(norm, b - 1) or norm[b - 1] in " \t\u3000\ufe0f"):
        b -= 1
    return (a, b) if b > a and _SLOGAN_BLANK.search(norm, a, b) is None else None


_SLOGAN_BLANK: Final = regex.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
_PICTOGRAPH: Final = regex.compile(f"[{scan.PICTOGRAPHS}]")
_NAMES_AMONG: Final = 3  # the items of a list of names before its unknown ones read as names (李桂芳、盘晓军、赵永福)
_LISTED_NAME: Final = 3  # (其余, 下同, 南街: two characters among names are as often no name)
_LONG_LISTED_NAME: Final = 4
# a cell a person's name may fill, where the heading counts people: two to six letters, a padded one (韩　静) or a
# transliterated one with its dot (阿依古丽·买买提)
_HAN_NAME_CELL: Final = regex.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}")
# 主要事迹：, 事迹简介：, 先进事迹：: the field that tells what the entry's person did (not 王建平：, a name's colon)
_DEED_FIELD: Final = regex.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{0,4}(?:事迹|简介|简历|经历|表现)[:：][ \t\u3000]*(?=\S)")
_ENTRY_FIELDS: Final = 6  # the field lines an entry's name line may stand over
_PADDED_NUMBER: Final = regex.compile(r"[ \t\u3000]*0\d[ \t\u3000]+")  # 01　白者然: an entry's number, zero-padded
_ENTRY_NUMBER: Final = regex.compile(r"[ \t\u3000]*\d{1,2}[.．、](?!\d)[ \t\u3000]*")  # 1.韦金梅, 10、韩一鸣
_PARTICULARS: Final = regex.compile(r"[（(][^（）()\n]{1,40}[）)]")  # 白者然（男，哈尼族，…）: the person's particulars
# 白者然（男，哈尼族，1993年6月生）, “兵支书”王建军　午汲镇北河村党支部书记: the name, its particulars or post after it
_ENTRY_HEAD: Final = regex.compile(r"(?:“[^”\n]{1,10}”)?(?P<name>" + _NAME_TEXT + r")"
                                   r"(?:[（(][^（）()\n]{1,40}[）)])?(?:[ \t\u3000]+[^ \t\u3000（(][^\n]{1,40})?")
_MAX_FIELD_LINE: Final = 200  # (性别：男　出生年月：…　残疾类别：…, a line of fields)


def _no_subject_before(ctx: _Ctx, s_start: int, clause_start: int) -> bool:
    """Whether the clauses of the sentence before `clause_start` are all without a subject of their
    own: a time or frame words (同年，被…), a line of work (二、X工作，被…), a predicate (全年开展活动
    50场，被…). A clause that opens with a noun (县人民医院护士长张玉梅从业二十余年来，先后获得…) has
    a subject of its own, read or not, and the reporting body is never put in its place."""
    norm = ctx.norm
    field = _DEED_FIELD.match(norm, s_start) if s_start == norm.rfind("\n", 0, s_start) + 1 else None
    if field is not None and field.end() <= clause_start:
        s_start = field.end()  # (事迹：带领班组…，2023年被评为X: the label of an entry's field is no subject)
    end = clause_start
    while end > s_start:
        while end > s_start and norm[end - 1] in _CLAUSE_EDGE:
            end -= 1
        if end <= s_start:
            break
        start = scan.clause_start(norm, end, s_start, _CLAUSE)
        if _opens_with_noun(ctx, start, end) or _names_a_person(ctx, start, end):
            return False
        end = start
    return True


def _names_a_person(ctx: _Ctx, start: int, end: int) -> bool:
    """“五老”结对帮扶多年的肢体残疾青年雷晓峰自强不息: a clause that names a person (an entity the entities stage read,
    or a name jieba tags whole), whatever opens it, has a subject of its own: never the paragraph's."""
    if any(e.label == "PERSON" and start <= e.start and e.end <= end for e in ctx.reader.named):
        return True
    return any(t in ("nr", "nrfg") and 2 <= len(word) <= 3 and word[0] in ctx.reader.surnames
               for word, t in segment.tag(ctx.norm[start:end]))


def _names_title_next(ctx: _Ctx, pos: int, end: int) -> bool:
    """Whether, right after a verb of being on a list, the next clause opens with a verb of the triggers
    lexicon that names a title (，被授予“X”, ，并获评X)."""
    lead = _NEXT_CLAUSE.match(ctx.norm, pos, end)
    return lead is not None and ctx.words.triggers["verb"].match(ctx.norm, lead.end(), end) is not None


_NEXT_CLAUSE: Final = regex.compile(r"[,，]\s*(?:并|均|分别|同时)?")
_POINTS_BACK: Final = regex.compile(r"[其他她]")  # 推广其经验, 为他…: the clause is about the subject named before


def _listed_before_bare_verb(ctx: _Ctx, start: int, end: int) -> list[Recipient]:
    """县委统战部潘秀梅、江底乡龙塘村杨再福榜上有名，被授予X: a clause that is a list and a verb of being on
    a list, nothing after it, names who the next clause's title went to; [] for any other clause."""
    verb = None
    for verb in ctx.words.triggers["on_list"].finditer(ctx.norm, start, end):
        pass
    if verb is None or verb.end() != end or verb.start() - start < 2:
        return []
    found = recipients.read(ctx.reader, start, verb.start())
    return found if found and all(r.kind in ("person", "organization", "place", "family", "collective") for r in found) else []


def _opening_subjects(ctx: _Ctx, s_start: int, clause_start: int) -> list[Recipient]:
    """The person or body an earlier clause of the sentence opens with (张红扎根社区十年，获评X), or
    the list before its frame (东风村妇联、西岭村妇联在…中成绩突出，被评为X): the subject a clause
    without one shares; the nearest such clause, among the few before it."""
    norm = ctx.norm
    end = clause_start
    past_scope = False  # a scope's clause passed over: only a body or a place, never a person, before it
    for _ in range(_SUBJECT_CLAUSES):
        while end > s_start and norm[end - 1] in _CLAUSE_EDGE:  # 县关工委收获满满：被…评为X
            end -= 1
        if end <= s_start:
            return []
        start = scan.clause_start(norm, end, s_start, _CLAUSE)
        framed = recipients.subjects_before_frame(ctx.reader, start, end)
        if framed:
            return [] if past_scope and any(f.kind == "person" for f in framed) else framed
        listed = _listed_before_bare_verb(ctx, start, end)
        if listed:
            return [] if past_scope and any(f.kind == "person" for f in listed) else listed
        found = recipients.demonstrative(ctx.reader, start, end) if norm.startswith("这", start) else None
        if found is not None and found.kind is None:
            return []  # (这家由村委会…开办的食堂: no 食堂 named before it, nobody; never the body inside the phrase)
        if found is None:  # (这家由社区…开办的食堂，去年被评为X: the 食堂 named before)
            found = recipients.clause_subject(ctx.reader, start, end)
        if found is None and norm.find("代表", start, end) >= 0 and (rep := _REPRESENTING.search(norm, start, end)):
            # 曹博文同学代表湖南省参加…决赛，荣获全国银牌: who represented the place took part and won (the place is
            # whom they stood for)
            found = recipients.clause_subject(ctx.reader, start, rep.start())
            if found is None and norm.find("的", start, rep.start()) >= 0:
                found = _head_after_modifier(ctx, start, rep.start())
        if found is None and norm.find("的", start, end) >= 0:
            found = _head_after_modifier(ctx, start, end)  # 此次参演的|县消防救援大队特勤站，去年被…授予X
        if found is not None and _names_line_of_work(ctx, found, start, end):
            return []  # 河南省全民科学素质网络竞赛工作，被…评为X: a line of work, the body's doing it, not its place's
        if found is not None:
            return [] if past_scope and found.kind == "person" else [found]
        if _opens_with_predicate(ctx, start, end):
            end = start  # 现任…理事长, 曾任…书记: what the subject before is, no subject of its own (现任 tagged n)
            continue
        if _RESULT_OF_SUBJECT.match(norm, start, end) and _RESULT_REACHED.search(norm, start, end):
            end = start  # 所带班级高考成绩连年位居全县前列, 村集体经营性收入达到286万元: a result the subject before reached, what
            continue  # it reached its subject, no one who wins anything
        if _opens_with_noun(ctx, start, end) and _has_verb(ctx, start, end):
            if not _opens_with_scope(ctx, start, end):
                return []  # 东风村的老党员坚守岗位四十年，先后获得X: a subject of its own, named by nobody;
                # never one of an earlier clause (a post or a birth year, with no verb, is passed over)
            past_scope = True  # 各项工作取得积极成效: how all of it went; the body before says whose (县委书记李明
            # 出席会议，全县各项工作…, 先后荣获X: not the person)
        end = start
    return []


# 凭借原创小戏《山乡新事》|荣获, 依靠…: the means by which the subject of a clause before won, no subject of its own
_MEANS: Final = regex.compile(r"\s*(?:凭借|凭着|依靠|依托)[^，,。；;]{2,30}")
_MEANS_FIRSTS: Final = frozenset("凭依 ")
# 代表湖南省参加, 代表岚州省出战: whom the clause's subject stood for in the contest it took part in
_REPRESENTING: Final = regex.compile(r"代表[\u4e00-\u9fff]{2,12}?(?:参加|参赛|出战|出征)")
# 达到286万元, 位居全县前列, 位列年级第一: a clause's verb of a level reached, then a figure or a rank
# 所带班级…, 村集体经营性收入…, 专业成绩…: what a result clause opens with when the result is the subject's before it (its
# class, its village's income, its marks); 工厂年销售额… names a thing of its own, which may have won the title
_RESULT_OF_SUBJECT: Final = regex.compile(r"\s*(?:所[带教在管辖包]|其|他的|她的|个人|本人|村集体|集体|[\u4e00-\u9fff]{0,2}成绩)")
_RESULT_REACHED: Final = regex.compile(r"(?:达到|位居|位列|居于|突破|超过|增至|提高到|提升至)[^,，。;；]{0,12}?"
                                       r"(?:[\d０-９]|第[一二三四五六七八九十\d]|前列|首位|前茅|榜首)")


_COPULA_OPENS: Final = regex.compile(r"\s*(?:是|为|系|作为|成为)")
_PASSIVE_OPENS: Final = regex.compile(r"\s*被")


def _head_after_modifier(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """此次参演的县消防救援大队特勤站: a clause that is a body or a person after a modifier and its 的, nothing after it."""
    de = ctx.norm.rfind("的", start, end)
    if _COPULA_OPENS.match(ctx.norm, start, de) or _opens_with_predicate(ctx, start, de):
        return None  # (是青衣江中游重要的国家基本水文站: what the subject before is, no subject of its own)
    a, b = recipients.strip(ctx.norm, de + 1, end)
    found = recipients.classify(ctx.reader, a, b, alone=True) if b - a >= 2 else None
    if found is None or found.kind not in ("organization", "person", "family", "place") or (found.start, found.end) != (a, b):
        return None  # (曾获评X的马堰村，今年又入选Y: a place named whole after the modifier, as after a relative's 的)
    return found


def _subject_after_since(ctx: _Ctx, v_end: int, s_end: int) -> recipients.Recipient | None:
    """继X、Y(之)后，我校团委再获殊荣: the subject of the clause right after the 后 that closes 继…, which
    won the titles inside it before; None where no comma follows that 后 or the clause names none."""
    norm = ctx.norm
    close = norm.find("后", v_end, s_end)
    if close < 0 or norm[close + 1:close + 2] not in ("，", ","):
        return None
    start = close + 2
    end = scan.clause_end(norm, start, s_end, _CLAUSE)
    verb = ctx.words.triggers["verb"].search(norm, start, end)  # (我校团委|再获殊荣: the subject before it)
    if verb is None:
        return None  # 这是继…后，省委书记王明第三次到我市调研: no honour after it, nobody who won them
    found = recipients.clause_subject(ctx.reader, start, verb.start())
    return found if found is not None and found.kind in ("person", "organization", "place", "family") else None


def _title_end(norm: str, start: int, next_verb: int, s_end: int) -> int:
    """A title runs to the clause end, or to the list comma before the next recipient's trigger."""
    end = scan.clause_end(norm, start, s_end, _CLAUSE)
    if next_verb < end:
        cut = norm.rfind("、", start, next_verb)
        dash = _open_dash(norm, start, next_verb, first=True)
        if dash > start:
            cut = dash  # A摘得“国字号”招牌——B获评Y: the dash ends the clause, the title with it
        end = cut if cut > start else next_verb
    return end


def _open_dash(norm: str, start: int, end: int, *, first: bool) -> int:
    """Where the first (else the last) dash —— in norm[start:end] stands outside quoted and titled text
    (the quote marks and 《》 before it balanced from `start`); -1 where it does not or there is none."""
    dash = norm.find("——", start, end) if first else norm.rfind("——", start, end)
    if dash < 0 or norm.count("“", start, dash) != norm.count("”", start, dash) or (
            norm.count("《", start, dash) != norm.count("》", start, dash)):
        return -1
    return dash


# a headline's clause before a blank: a figure and a verb of its own (超1.5万名职工参赛), no padded name
_HEADLINE_CLAUSE: Final = regex.compile(r"[^ ]*[0-9０-９][^ ]*(?:参赛|参加|参与|举办|开展|完成|落幕|收官|启动)[^ ]*"
                                        r"|[^ ]{2,}(?:启动|举行|开幕|落幕|收官|召开)")  # (“书香丽水”全民阅读月启动: an event's)


def _recipient_start(ctx: _Ctx, v_start: int, floor: int) -> tuple[int, bool]:
    """The clause before the verb; extended back over clauses that end with a person's name
    (A(post)甲,B(post)乙获评), which makes commas list separators."""
    norm = ctx.norm
    start = scan.clause_start(norm, v_start, floor, _CLAUSE)
    gap = norm.rfind(" ", start, v_start)
    if gap > start and _HEADLINE_CLAUSE.fullmatch(norm, start, gap):
        start = gap + 1  # 超1.5万名职工参赛 42个班组获评X: a headline's clauses, set apart by a blank
    dash = _open_dash(norm, start, v_start, first=False)
    if dash >= start:
        start = dash + 2  # 小山村摘得“国字号”招牌——船场镇云岭村获评X, 喜讯——A获评X: the dash sets the clause before apart
    commas = False
    while start - 1 > floor and norm[start - 1] in ",，":
        if not recipients.ends_with_person(ctx.reader, start - 1):
            break
        start = scan.clause_start(norm, start - 1, floor, _CLAUSE)
        commas = True
    return start, commas


def _subject(ctx: _Ctx, s_start: int, v_start: int, received: Sequence[Span2] = ()) -> str | None:
    """The body that grants or commends: the first organisation named before the verb in its
    sentence, else the first place (黑龙江省志愿服务协调小组…授予); none inside `received`, the recipients of
    an honour read before in the sentence (大会为A镇、B乡等5支代表队颁发了X，授予…: A and B received, not granted)."""
    named = ctx.named
    before = []
    for i in range(bisect_left(ctx.named_starts, s_start), len(named)):
        e = named[i]
        if e.start >= v_start:
            break
        if e.end <= v_start and not any(a <= e.start and e.end <= b for a, b in received):
            before.append(e)
    own = scan.clause_start(ctx.norm, v_start, s_start, _CLAUSE)
    if before and before[-1].start < own:
        # 决定授予A等6个单位“X”称号，授予B等10名同志“Y”称号: with no body in its own clause, a verb shares
        # the subject of the verb of the sentence before it; the bodies after that verb are its objects
        # (a grant that opens its clause, or follows 决定: not 为激励和表彰…, a purpose, nor 表彰大会上)
        for m in ctx.words.triggers["grant"].finditer(ctx.norm, s_start, own):
            if not _MEETING.match(ctx.norm, m.end()) and _CHAIN_OPENING.fullmatch(
                    ctx.norm, scan.clause_start(ctx.norm, m.start(), s_start, _CLAUSE), m.start()):
                before = [e for e in before if e.end <= m.start()]
                break
    for label in ("ORG", "GPE"):
        for e in before:
            if e.label == label:
                return ctx.norm[e.start:e.end]
    opening = ctx.norm[s_start:v_start].strip()
    if 0 < len(opening) <= _BARE_SUBJECT and ctx.words.ranks.bare.match(opening):
        return opening  # 街道授予…: the body named by its rank alone
    clause = scan.clause_start(ctx.norm, v_start, s_start, _CLAUSE)
    # 街道党工委、办事处表彰了…: a body named by its rank and kind; 县律师协会表彰了…, the whole clause before
    # the verb a body named by its rank and what it does
    body = ctx.words.ranks.body.match(ctx.norm, clause, v_start) or ctx.words.ranks.named_body.fullmatch(
        ctx.norm, clause, v_start)
    if body is None and clause - 1 > s_start and ctx.norm.endswith(_DECIDES, s_start, clause - 1):
        # 街道党工委、办事处决定，授予…: the body that decides, in the clause before the grant's
        body = ctx.words.ranks.body.match(ctx.norm, scan.clause_start(ctx.norm, clause - 1, s_start, _CLAUSE), clause - 1)
    return body.group() if body else None


_DECIDES: Final = ("决定", "研究决定")


def _received(s: _Sentence) -> list[Span2]:
    """The recipients of the honours read so far in the sentence: no body among them grants the next."""
    return [(p.recipient.start, p.recipient.end) for p in s.pairs]


_CHAIN_OPENING: Final = regex.compile(r"(?:决定|并|同时|特别)?")  # what may open a clause before its verb of a chain
_MEETING: Final = regex.compile(r"(?:大会|会|仪式|典礼|活动)")  # 表彰大会上: a meeting, no verb


# -- announcement lines --------------------------------------------------------------------------

def _lines_naming_members(ctx: _Ctx, paragraphs: Sequence[Span2], pairs: list[_Pair]) -> dict[int, Span2]:
    """我县共有3户家庭榜上有名，分别是：/ then a name a line: by where such a line ends, the title of the
    honour it read last (the names on the lines after it receive it too)."""
    norm = ctx.norm
    out: dict[int, Span2] = {}
    by_verb = sorted(pairs, key=lambda p: p.verb[0])
    verb_starts = [p.verb[0] for p in by_verb]
    for p_start, p_end in paragraphs:
        if norm[p_end - 1:p_end] not in (":", "：", "。") or norm[p_end - 1] == "。" and norm.find(
                "如下", p_end - 4, p_end) < 0:
            continue  # (…现将名单及主要事迹发布如下。: the list follows a full stop too)
        # the pairs whose verb stands in the paragraph (a list's title ends before its colon)
        own = by_verb[bisect_left(verb_starts, p_start):bisect_left(verb_starts, p_end)]
        follows = None
        for follows in _LIST_FOLLOWS.finditer(norm, max(p_start, p_end - _LIST_FOLLOWS_REACH), p_end):
            pass  # (the last: the one that closes the paragraph, not an earlier 名单…如下。 within reach)
        if follows is not None and follows.end() == p_end:
            # 最终确定A等10人为“X”。现将名单通报如下：the list of the honour the paragraph conferred
            read = [p for p in own if p.title[1] <= follows.start()]
            if not read:
                continue
            t_start, t_end = max(read, key=lambda p: p.title[1]).title
            named = ctx.words.triggers["forward_named_list"].search(norm, p_start, p_end)
            if named is not None and named.group("title").strip() not in norm[t_start:t_end]:
                continue  # …颁发了荣誉证书。优秀学员名单如下：a list of a title of its own, not the one conferred
            # a bare 名单：names the holders of the honour right before it (…荣获“X”称号的单位名单：), not any list
            # of the paragraph (评审专家名单：); a title holding a count (共评出一等奖2名、二等奖4名…。获奖名单如下：)
            # is none of the list's
            if follows.group().find("如下") < 0 and not _HOLDERS_BEFORE_LIST.fullmatch(norm, t_end, follows.start()) or (
                    _COUNTED_IN_TITLE.search(norm, t_start, t_end)):
                continue
            tail = _LIST_OF_HOLDERS.search(norm, t_start, t_end)
            # 荣获“X”称号的单位名单：the list of those who hold X, the title without what names them
            if tail is not None and tail.start() > t_start:
                t_end = tail.start()
            out[p_end] = titles.clean(norm, t_start, t_end, ctx.words.titles) or (t_start, t_end)
            continue
        if own and norm[p_end - 1] in ":：":
            last = max(own, key=lambda p: p.verb[1])
            if last.verb[1] == p_end - 1 and last.recipient.kind == "collective" and last.title[1] > last.title[0]:
                out[p_end] = last.title  # …名单中，我县3个单位榜上有名：then a unit a line: the count's members
                continue
        if norm.find("是", p_start, p_end) < 0 and norm.find("为", p_start, p_end) < 0:
            continue
        m = _MEMBERS_FOLLOW.search(norm, max(p_start, p_end - _MEMBERS_REACH), p_end)
        if m is None or m.end() != p_end:
            continue
        read = [p for p in own if max(p.title[1], p.verb[1]) <= m.start()]
        if read:
            last = max(read, key=lambda p: max(p.title[1], p.verb[1]))
            if m.start() - max(last.title[1], last.verb[1]) <= _MEMBERS_GAP:
                out[p_end] = last.title
    return out


def _counted_entries(ctx: _Ctx, paragraphs: Sequence[Span2], pairs: list[_Pair], group: int) -> list[_Pair]:
    """陶正兰家庭等6户家庭被评为马关县“最美家庭”… / ◆陶正兰家庭（马白镇） / her story / ◆熊光明家庭（都龙镇） / …, 8位居民获评
    “最美好邻居” / 一、李秀英：楼道里的热心大姐 / …: a counted honour of families or of people, then as many entries after
    it, each headed by a family's name or by a person's (after the entry's number or bullet): each heading's family
    or person won it too (the count and the headings agree, or none is read; the lines of a list are read as its
    lines)."""
    norm = ctx.norm
    counted: list[tuple[_Pair, int, bool]] = []  # a counted honour, how many, of families or not
    for p in pairs:
        if p.recipient.kind != "collective" or p.verb[0] < ctx.body_start or p.title[1] <= p.title[0]:
            continue  # (a headline's count restates the body's)
        count = _ENTRIES_COUNTED.fullmatch(norm, max(p.recipient.start, p.recipient.end - _ENTRIES_COUNT_WIDTH), p.recipient.end)
        if count is not None:
            counted.append((p, int(count.group("count")), bool(count.group("families"))))
    if not counted:  # (most articles: no counted honour, no entries to walk)
        return []
    families: list[Recipient] = []
    named: list[Span2] = []  # the names that head people's entries
    for a, b in paragraphs:
        if b - a > _MAX_ENTRY_HEADING:
            continue
        if norm.find(_FAMILY_WORD, a, b) >= 0:
            family = recipients.family_heading(ctx.reader, a, b)
            if family is not None:
                families.append(family)
                continue
        head = _PERSON_ENTRY_HEAD.fullmatch(norm, a, b) if _HEADING_LEAD_CODES.has(norm, a) or norm[a].isspace() else None
        if head is not None:
            named.append(head.span("name"))
    # (四、祁国强：… among entries headed by people's names: a rare surname's name is a name too)
    read = recipients.names_among_names(ctx.reader, named, [_person_named(ctx, a, b) for a, b in named])
    people = [item for item in read if item is not None and item.kind == "person"]
    if len(families) < _MIN_ENTRIES and len(people) < _MIN_ENTRIES:
        return []
    listed = {p.recipient.start for p in pairs if p.rule in _ANNOUNCED}
    for p, how_many, of_families in counted:
        heads = families if of_families else people
        after = [h for h in heads if h.start > max(p.verb[1], p.title[1])]
        if len(after) == how_many and not any(h.start in listed for h in after):
            # (一、临泉县“最美家庭”（10户） / 韩秀兰家庭（城关街道）: the lines of a list, read as such)
            return [_Pair(h, p.title, p.title, None, "honors.announce_lines", group, True) for h in after]
    return []


def _person_named(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """The name at the head of an entry (一、李秀英：楼道里的热心大姐, ▍王海涛（社区网格员）: after the entry's number or
    bullet, what the person is called after a colon, or a note in brackets) as the reader reads it, whole; else None."""
    found = recipients.classify(ctx.reader, start, end, alone=True)
    return found if found is not None and (found.start, found.end) == (start, end) else None


_FAMILY_WORD: Final = "家庭"
_MAX_ENTRY_HEADING: Final = 30
_MIN_ENTRIES: Final = 2
# 8户, 陶正兰家庭等6户家庭, 5个家庭; 8位居民, 10名同志: a count of families or of people closing a recipient
_ENTRIES_COUNTED: Final = regex.compile(rf".*?(?<!\d)(?P<count>\d{{1,3}})(?:(?P<families>户家庭|个家庭|户)|[{_PEOPLE_BY}][\u4e00-\u9fff]{{0,4}})")
_ENTRIES_COUNT_WIDTH: Final = 10
_PERSON_ENTRY_HEAD: Final = regex.compile(rf"[ \t\u3000]*{recipients.ENTRY_MARK}"
                                          r"[ \t\u3000]*【?(?P<name>[\u4e00-\u9fff]{2,4})】?(?:[:：｜|][^\n]{1,24}|[（(][^（）()\n]{1,24}[)）])?[ \t\u3000]*")


_LABEL_TAIL: Final = frozenset(" \t\u3000：:")  # what may end a title's line after the title
_MAX_CLASS_LINE: Final = 20
# 党政机关（8个）, 城市社区（6个）, 一、乡镇（街道）（4个）: a class of a list's recipients and how many it holds, alone
# on its line (after the section's number or not; a note in brackets in it; 餐饮类（6家）：, a colon after it)
_CLASS_COUNTED: Final = regex.compile(rf"[ \t\u3000]*(?:{_HEADING_NUMBER.pattern})?[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{{2,8}}"
                                      rf"(?:[（(][\u4e00-\u9fff、]{{1,6}}[)）])?)[（(]\d{{1,3}}[{_COUNTED_BY}][)）][ \t\u3000]*[:：]?[ \t\u3000]*")


def _announced_lines(ctx: _Ctx, paragraphs: Sequence[Span2], group: int,
                     members: dict[int, Span2] | None = None, granted: frozenset[str] = frozenset()) -> list[_Pair]:
    """A title on a line of its own (一、绵阳市最美志愿者(12名) / 省级示范点名单), then the recipients,
    one or several per line, up to the first line that is not a list of names. `granted`: the titles
    the article's sentences conferred, which a counted heading names again whatever words it holds
    (授予A等6家企业“桐庐县慈善爱心企业”称号 … 一、桐庐县慈善爱心企业（6家）)."""
    norm, w = ctx.norm, ctx.words
    # 2　赵　雪　　荥阳市第三小学: a row's number, counted on from the row before, is no part of it
    paragraphs = [(at, b) if at >= 0 else (a, b) for (a, b), at in zip(paragraphs, _serial_cells(norm, paragraphs))]
    out: list[_Pair] = []
    title: Span2 | None = None
    listed = 0  # recipient lines read under the current heading
    column = -1  # under a table's header row: the column that names the recipients (序号｜姓名｜工作单位: 1)
    header_shape = _TableShape(0, False)  # …and how many cells that header row has, and whether tabs set them apart
    header_column = -1  # the column of the last header row read, which a placing's rows of its shape take up again
    title_column = -1  # …and the column that names each row's title, where one does (序号｜单位/姓名｜荣誉称号: 2)
    issuer_column = -1  # …and the one that names who conferred it, where one does (…｜荣誉称号｜授予单位: 3)
    owner: Recipient | None = None  # who won every row's title, where no column names one: the page's body
    width = 0  # the header's cells: a row with more has a cell split by a blank inside it, and is not read
    person_column = False  # the list is of people: its column is headed 姓名, or its heading counts them (（10名）)
    project_column = False  # …or of projects: its column is headed 项目名称 (a project's name needs no head word)
    people_counted = False  # …and its heading counts them (一等奖（3名）, not 一等奖（2个）): its rows' bodies are where they work
    announced = 0  # how many the heading said its list holds (一、先进集体（8个）), 0 when it says none
    prized = False  # the current heading's lines so far named their prizes (一等奖：A): it is a class of prizes
    event: Span2 | None = None  # under a bare placing's heading (一等奖), the contest it ranks in
    # 王海涛，集装箱码头分公司，全国五一劳动奖章: each line's row, read once (a row stands among rows)
    own_rows: list[list[_Pair] | None] = [
        _one(_comma_row(ctx, a, b)) if norm.count(",", a, b) + norm.count("，", a, b) == 2 else None
        for a, b in paragraphs]
    bare_granted = frozenset(t.strip("“”") for t in granted)
    if granted:
        # 1. 城发置业公司党支部：集团先进基层党组织: a recipient, a colon, a title the article's sentences granted
        for i, (a, b) in enumerate(paragraphs):
            if own_rows[i] is None and norm.count("：", a, b) + norm.count(":", a, b) == 1:
                own_rows[i] = _one(_colon_row(ctx, a, b, bare_granted))
    # an event's places in order, several on its line or one a line, stand alone: no row of another shape need be beside
    placed_rows: set[int] = set()
    for i, (a, b) in enumerate(paragraphs):
        if own_rows[i] is None and b - a <= _MAX_LISTED_LINE and _PLACINGS_ROW.fullmatch(norm, a, b):
            own_rows[i] = _placings_row(ctx, paragraphs, i)  # 电工项目：第一名　周子豪（…），第二名　彭宇（…）
            if own_rows[i] is not None:
                placed_rows.add(i)
    placed_lines = [i for i, (a, b) in enumerate(paragraphs)
                    if own_rows[i] is None and b - a <= _MAX_LISTED_LINE and _PLACED_LINE.fullmatch(norm, a, b)]
    for i in placed_lines:
        if any(j != i and abs(j - i) <= _PLACED_LINES_APART for j in placed_lines):
            own_rows[i] = _placed_line(ctx, paragraphs, i)  # 第一名　县人民医院代表队 / 第二名　兴仁镇代表队
            if own_rows[i] is not None:
                placed_rows.add(i)
    lead = ""  # the last line before a run of dash rows: it says they are honours (涌现出一批先进典型：)
    good_people: Span2 | None = None  # on a page of good people, the list its headline names, once its entries begin
    classed: Span2 | None = None  # the heading's title the lines just read named classes of (助人为乐模范：A under 道德模范)
    untitled_stem = ""  # the end of a list's heading with no title word in it (森林乡村), which its sibling headings share
    row_at = -1  # the last line read as a row of names
    described_at = -1  # the last line read as a described row (`_described_row`)
    for i, (a, b) in enumerate(paragraphs):
        if own_rows[i] is None and norm.startswith("“", a) and norm.find("—", a, b) >= 0 and _HONOURS_LEAD.search(lead):
            own_rows[i] = _dash_row(ctx, a, b)  # “省级文明村”——青杠村、柳湾村: a quoted title, a dash, who won it
        if own_rows[i] is None and norm[b - 1:b] in "）)" and b - a <= _MAX_LISTED_LINE:
            own_rows[i] = _bracket_titled_row(ctx, a, b)
        if own_rows[i] is None and _HONOURS_LEAD.search(lead) and not _NOMINEES.search(lead) and (norm.count(
                "：", a, b) + norm.count(":", a, b) == 1 or norm.count("——", a, b) == 1) and b - a <= _MAX_LISTED_LINE:
            # ▍荣誉榜 / 区统计局：江苏省…先进集体, 🏅 沙田镇某村——广西美丽庭院示范村: who, a colon or a dash, the title they won
            own_rows[i] = _board_row(ctx, a, b)
        if own_rows[i] is None and (norm.find(";", a, b) >= 0 or norm.find("；", a, b) >= 0) and norm[
                b - 2:b].rstrip("。")[-1:] in ("）", ")"):
            own_rows[i] = _bracket_titled_items(ctx, a, b)
        if own_rows[i] is None and not (_HONOURS_LEAD.search(lead) and _BOARD_ROW.fullmatch(norm, a, b)):
            lead = norm[a:b]  # (a board's row it could not read leaves the board's heading the lead of the rows after)
    for i, (p_start, p_end) in enumerate(paragraphs):
        own_row = own_rows[i]
        if own_row is not None and (i in placed_rows or any(
                own_rows[j] is not None for j in (i - 1, i + 1) if 0 <= j < len(paragraphs))):
            group += 1
            for pair in own_row:
                pair.group = group  # 王海涛，集装箱码头分公司，全国五一劳动奖章: a row of its own, its own title
            out.extend(own_row)
            title = None
            continue
        if good_people is not None:
            # a page of good people: each entry's person under the list its headline names; its classes, entry
            # headings and stories are no end of the list
            person = _profiled_person(ctx, p_start, p_end) or _listed_person(ctx, p_start, p_end) or _described_person(
                ctx, p_start, p_end) or _classed_profile(ctx, p_start, p_end) or _form_entry_person(ctx, p_start, p_end)
            if person is not None:
                out.append(_Pair(person, good_people, good_people, None, "honors.announce_lines", group, True))
                continue
            if _CLASS_IN_BRACKETS.fullmatch(norm, p_start, p_end) or _CLASS_THEN_NAME.match(norm, p_start, p_end) or (
                    norm.find("。", p_start, p_end) >= 0 and (not _LABELLED_LINE.match(norm, p_start, p_end)
                                                             or _ENTRY_NAME_COLON.match(norm, p_start, p_end)
                                                             and not w.triggers["credit_label"].match(norm, p_start, p_end))):
                continue  # (宝音图：佛寺镇个体养殖户，…。: an entry whose name goes unread, no end of the entries)
            good_people = None
        if i + 1 < len(paragraphs) and _opens_good_people(ctx, p_start, p_end, paragraphs[i + 1]):
            # 【助人为乐】 / 余建华，男，…; 【助人为乐】张书勤：… / 张书勤，男，…; 【助人为乐】 / 汪德明，白鹤镇杨湾村退休教师
            # (现将2023年度“天生好人”名单及事迹简介如下： / 【助人为乐】 / …: the list the line before names, else the
            # headline's; not a title the sentence before it conferred, 确定A等8人为“X”。现将名单发布如下：, whose own
            # pair holds it)
            named_before = title is not None and listed == 0 and i > 0 and paragraphs[i - 1][0] <= title[0] and (
                norm.find("。", title[1], paragraphs[i - 1][1]) < 0) and not _nominees_line(norm, *paragraphs[i - 1])
            headline = _good_people_title(norm, p_start)
            # (the headline's list where the line's is that list shortened, 本季度“柳溪好人” of 2024年第二季度“柳溪好人”)
            good_people = title if named_before and title is not None and not (
                headline is not None and _shortened(norm, title, headline)
                and norm[headline[0]:headline[1]] != norm[title[0]:title[1]]) else headline
            if good_people is not None:
                title = None
                group += 1
                entry = _classed_profile(ctx, p_start, p_end) or _form_entry_person(ctx, p_start, p_end) or (
                    _numbered_profile(ctx, p_start, p_end))
                if entry is not None:  # 【助人为乐】王秀兰　女，…, 姓名：唐桂生: the first entry, on the line that opens the list
                    out.append(_Pair(entry, good_people, good_people, None, "honors.announce_lines", group, True))
                continue
        title_end = p_end
        while title_end > p_start and norm[title_end - 1] in _LABEL_TAIL:
            title_end -= 1  # (服务之星：, a label's colon)
        if bare_granted and p_end - p_start <= _MAX_TITLE_LINE:
            title_end = _granted_list_end(norm, p_start, title_end, bare_granted)
        if bare_granted and p_end - p_start <= _MAX_TITLE_LINE and norm[p_start:title_end].strip().removeprefix(
                "“").removesuffix("”") in bare_granted:
            # 授予…“2025年度X示范项目”称号 … / 2025年度X示范项目 / 海湾花园项目: a title the article granted, alone on
            # its line (as a label, with a colon, or not; in its quote marks or not: 10名儿媳被评为“好媳妇” … / “好媳妇”),
            # heads a list of its own, whatever the list before it
            title = recipients.strip(norm, p_start, title_end)
            if norm[title[0]] == "“" and norm[title[1] - 1] == "”":
                title = (title[0] + 1, title[1] - 1)
            announced, listed, column, person_column, prized, title_column, event = 0, 0, -1, False, False, -1, None
            people_counted = False
            group += 1
            continue
        if _YEAR_LINE.match(norm, p_start, p_end):
            title = None  # 【2021年】常州市…先进集体: a year's honour (`_honour_wall`), no heading and no recipient
            continue
        if title is not None and p_end - p_start <= _MAX_CLASS_LINE and (class_line := _CLASS_COUNTED.fullmatch(
                norm, p_start, p_end)) is not None and not ctx.is_titled(class_line.group("label")) and (
                class_line.group("label") not in ctx.granted) and not (untitled_stem and class_line.group("label").endswith(
                untitled_stem)) and not _ranks_a_class(ctx, class_line.group("label")):
            # 2023—2024年度镜湖区文明单位名单（20个） / 党政机关（8个） / rows: a class of the list's, no recipient (not
            # a title the article's sentences granted: 授予A等8家企业“文登区慈心企业”称号 … （一）文登区慈心企业（8家）)
            continue
        # 一等奖： / 序号　作品名称　作者　学校 / rows / 二等奖： / rows: under a placing whose rows a table's header row
        # heads, the next line whose rows are as many cells, set apart alike, is the same table going on
        # (…and past rows of another shape, 优秀奖 / 1　　冯建平　　某局, whose placing left the table: 二、美术类 / 一等奖 /
        # 1　　苏晓燕　　某馆　　国画《…》 are its rows again)
        table_goes_on = (column >= 0 or header_column >= 0) and title_column < 0 and title is not None and _is_prize(
            norm, title) and (i + 1 < len(paragraphs) and _row_of_table(norm, paragraphs[i + 1], header_shape))
        placing = _placing_heading(ctx, paragraphs, i)
        if placing is None and table_goes_on and (
                next_placing := w.triggers["placing_line"].fullmatch(norm, p_start, p_end)) is not None:
            # (二等奖： / 1　家用燃气泄漏自动关阀器　周博文　杨丽萍: the next placing of the same contest, whatever its rows
            # look like alone)
            placing = (next_placing.start("placing"), next_placing.end("placing")), event
        if placing is not None:  # 获奖名单如下： / 一等奖 / 王梓涵　某某小学: a placing heading the rows after it
            title, event = placing
            announced, listed, prized, title_column = 0, 0, False, -1
            person_column = True
            column = (column if column >= 0 else header_column) if table_goes_on else -1
            people_counted = _PEOPLE_COUNTED.search(norm, p_start, p_end) is not None
            group += 1
            continue
        if title is not None and w.triggers["placing_line"].fullmatch(norm, p_start, p_end) and titles.is_rank_only(
                norm[p_start:p_end].strip().rstrip("：:"), w.titles):
            title = None  # 二等奖(：) / rows / 三等奖 / rows read no way: another placing's, never the list's before
            continue
        forward = members.get(p_end) if members else None
        if forward is None:
            forward = _forward_grant(ctx, p_start, p_end)
        if forward is not None:  # 授予以下同志“X”称号：then a name a line
            title, announced, listed, column, person_column, prized = forward, 0, 0, -1, False, False
            # (获评“X”的3支队伍分别是：: three rows, none a heading; …的3名职工分别是：: rows of people)
            announced, person_column = _forward_count(ctx, p_start, p_end)
            people_counted = person_column
            title_column, event = -1, None
            group += 1
            continue
        labelled = _level_labelled(ctx, p_start, p_end) if norm.find("级", p_start, p_end - 1) >= 0 else None
        over = (title or _heading_over_levels(ctx, paragraphs, i)) if labelled is not None else None
        if labelled is not None and over is not None and _ranked_otherwise(ctx, over, labelled[0]):
            continue  # (自治区级：A、B under a list of 桂林市…龙头企业: not that list's; the level's own title goes unread)
        if labelled is not None and over is not None:
            # 一、技能大师工作室 / 省级：A、B / 市级：C: the heading's title, at the level the line's label names
            label, items = labelled
            group += 1
            out.extend(_Pair(item, over, over, norm[label[0]:label[1]], "honors.announce_lines", group, True)
                       for item in items)
            title, listed = over, listed + 1
            continue
        counted_rows = _counted_by_rows(ctx, p_start, p_end, paragraphs[i + 1:i + 1 + _GRID_LINES]) if norm[
            p_end - 1:p_end] in (":", "：") else None
        if counted_rows is not None:  # 我村共有24户家庭被评为X，另有46户…。来看看都有谁家吧： / a grid of 24 names
            title, (announced, person_column) = counted_rows, (0, True)
            listed, column, prized, people_counted, title_column, event = 0, -1, False, True, -1, None
            group += 1
            continue
        titled = _title_list_segments(ctx, p_start, p_end) if norm.find("：", p_start, p_end) >= 0 or norm.find(
            ":", p_start, p_end) >= 0 else None
        if titled is not None:  # 舒城县三八红旗手：王玉兰、陈晓梅: the line names its title, then who won it
            over = title if title is not None and listed == 0 else classed
            for line_title, line_won in titled:  # (五星志愿者：A、B；四星志愿者：C: each title the line names, its names)
                classed = over if line_title is not None and over is not None and _class_of(
                    norm, line_title, over, w.titles) else None
                if classed is not None:
                    line_title = classed  # 第五届蕉岭县道德模范 / 助人为乐模范：A、B: a class of the heading's title, which they won
                if line_title is not None:
                    group += 1
                    # (团体总分第一名：某代表队: a place in a contest's order ranks in the contest named above, as a prize's line does)
                    placed_in = (_event_of_places(ctx, paragraphs, i) or title) if titles.is_place_in_order(
                        norm[line_title[0]:line_title[1]]) else None
                    out.extend(_Pair(item, line_title, line_title, None, "honors.announce_lines", group, True, placed_in)
                               for item in line_won)
            # (最美家庭代表：王德胜、刘秀英: names after another label, no heading of the lines below either)
            title, listed, title_column = None, 0, -1
            continue
        classed = None
        # a heading (and a bare title line, shorter still) is short, and titled (a title's head word or
        # marker in it) or quoted: other lines are not read as one (a line longer than a bare title
        # that is no heading is not searched for a title's marker)
        if norm.count("\t", p_start, p_end) >= _ROW_TABS:
            may_head, head = False, None  # (优秀奖\t鲜食玉米冷链加工项目\t杨树林: a table's row, never a heading)
        elif p_end - p_start <= _MAX_TITLE_LINE:
            # (附：2023年新获评毕节市级信用村名单: a list of a designation its level names, no title word in it)
            # (▍好媳妇: a title the headline quotes, 2024年度“好媳妇”“好婆婆”名单出炉, whatever its words)
            may_head = w.title_mark.search(norm, p_start, p_end) is not None or _LEVELLED_LIST.fullmatch(
                norm, p_start, p_end) is not None or _headline_quotes(ctx, norm[p_start:p_end])
            head = _heading(norm, p_start, p_end) if may_head else None
        else:  # the heading is the cheaper test
            head = _heading(norm, p_start, p_end)
            may_head = head is not None and w.title_mark.search(norm, p_start, p_end) is not None
            if not may_head:
                head = None
        regranted = False
        if not may_head and granted and p_end - p_start <= _MAX_TITLE_LINE:
            head = _heading(norm, p_start, p_end)
            regranted = head is not None and (head.announced is not None and _regranted(norm, head, granted, ctx.granted)
                                               or _granted_list_line(norm, head, p_end, granted, ctx.granted))
            if not regranted:
                head = None
        elif head is not None and granted:
            # 二、浦江县模范职工之家（5个） after 授予…“浦江县模范职工之家”称号: the grant's list, whatever its rows hold
            regranted = head.announced is not None and _regranted(norm, head, granted, ctx.granted) or (
                _granted_list_line(norm, head, p_end, granted, ctx.granted))
        if not may_head and not regranted and p_end - p_start <= _MAX_TITLE_LINE:
            # 名单如下： / 国家森林乡村（2个） / 南渡镇：吉太村 / 自治区级森林乡村（7个）: a list's heading right under the line
            # that says the list follows, whatever words it holds, and a heading later that ends as it does
            untitled = _untitled_heading(ctx, paragraphs, i, untitled_stem)
            if untitled is not None:
                head, regranted = untitled, True
                untitled_stem = norm[untitled.end - _UNTITLED_STEM:untitled.end]
        # a list that said how many it holds runs to that count: a line inside it is a new heading only
        # when it says so itself (a count, 名单), not because names follow it (衡阳市巾帼志愿服务队)
        counting = title is not None and listed < announced
        placed_row = _placing_row(ctx, p_start, p_end, person_column)
        if (head is not None or may_head) and placed_row is not None:
            head, may_head = None, False  # 王芳　二等奖: a winner and the placing, a row of the list, no heading of one
        # 宁川县青石镇秦岭中蜂养殖示范基地（青石镇） after 宁川县绿源果蔬专业合作社（城关镇）: a row shaped as the one before
        # it (a name, its place in brackets), whatever title words its name holds, not a heading
        if head is not None or may_head:
            if title is not None and listed > 0 and i > 0 and _row_as_before(norm, (p_start, p_end), paragraphs[i - 1]):
                head, may_head = None, False
            elif i > 0 and recipients.person_row(norm, p_start, p_end) and recipients.PERSON_ROW.fullmatch(
                    norm, *paragraphs[i - 1]) is not None:
                # 钟慧敏　灵山县荔乡巾帼电商协会会长 after 劳春兰　新圩镇新圩村党总支副书记, a row the list could not read
                # (劳: a surname outside the lexicon), which ended it: a person's row after a row of that shape is a
                # row, never the heading of the rows after it
                head, may_head = None, False
            elif i > 0 and _next_numbered(norm, (p_start, p_end), paragraphs[i - 1]):
                # 2. 枣阳市吴店镇百佳福购物广场 after 1. 吴店镇惠民连锁超市: the next item of a numbered list, a row whatever
                # title words its name holds (百佳), never the heading of the rows after it
                head, may_head = None, False
            elif (number := _LINE_NUMBER.match(norm, p_start, p_end)) is not None and recipients.person_row(
                    norm, number.end(), p_end):
                # 15. 贺俊峰　岳麓区诚信个体工商户: a numbered person's row (a name, where or what the person works),
                # whatever title words its second cell holds, never the heading of the rows after it
                head, may_head = None, False
            elif title is not None and listed > 0 and i > 0 and _bodies_alike(ctx, (p_start, p_end), paragraphs[i - 1]):
                # 四十里城子镇和谐舞蹈队 after 焉耆镇团结社区广场舞队: a body named as the row before it is (a team after a
                # team), a row whatever title words its name holds (和谐), never the heading of the rows after it
                head, may_head = None, False
            elif _bodies_row(ctx, p_start, p_end):
                # 庆安县政务服务中心综合窗口　　平安镇卫生院护理组: bodies two blanks apart, a row of the list whatever title
                # words their names hold (窗口, 示范点), never its heading
                head, may_head = None, False
            elif _LABELLED_NAMES.fullmatch(norm, p_start, p_end):
                # 城南乡：赵文明、张爱莲、孙国庆: a label, then names set apart by 、, a row of the list whatever title
                # words a name holds (文明 of 赵文明), never its heading
                head, may_head = None, False
        # (a row of a table whose rows name their own titles is no heading: 11｜安全生产先进班组｜…)
        # (四、优秀指导教师 after a table whose rows name their titles: a numbered section's heading ends the table)
        # (a table no longer read, its rows past, leaves its title column behind: no heading is a row of it; nor is a
        # line of one cell, 【优秀组织奖】 right under the table's rows)
        if (title is None or title_column < 0 or _SECTION_NUMBER.match(norm, p_start, p_end) and not _barred(
                norm, p_start, p_end) or _one_cell(norm, p_start, p_end)) and (
                head and (regranted or _announces(norm, head, p_start, p_end, w) or not counting and _names_follow(
                ctx, head, paragraphs[i + 1:i + 3])) or (may_head and not counting and _bare_title_line(ctx, p_start, p_end))):
            # (【红榜】移风易俗示范户: the board's label in brackets before the title is no part of it)
            title = titles.clean(norm, _after_board_label(norm, head.start, head.end), head.end, w.titles) if head else (
                titles.clean(norm, _after_board_label(norm, p_start, p_end), p_end, w.titles))
            if title is not None:
                title = _list_title(norm, title)
                won_lead = _WON_LEAD.match(norm, *title)
                if won_lead is not None and title[1] - won_lead.end() >= _SHORT_FORM:
                    title = (won_lead.end(), title[1])  # (2023年新获评毕节市级信用村名单: the designation, not who won it when)
            if title is not None and norm.find("。", title[0], title[1]) >= 0:
                title = None  # (…组成评审组，评审专家名单：a sentence before the list, no title of it)
                continue
            if title is not None and _PICTOGRAPH.search(norm, p_start, p_end):
                title = _without_pictographs(norm, title)
                if title is None:  # (🛡️ 平安西滨 共建共享: a post's section heading over its lines of work, a slogan's halves)
                    continue
            announced = int(head.announced) if head and head.announced else 0
            group += 1
            listed = 0
            column, prized, title_column, event = -1, False, -1, None
            # 全县优秀人民警察（10名）: a heading that counts people lists people
            person_column = head is not None and _PEOPLE_COUNTED.search(norm, head.end, p_end) is not None
            people_counted = person_column
            continue
        if title is not None and i + 1 < len(paragraphs) and norm.find("》", p_start, p_end) >= 0 and _AUTHOR_LINE.fullmatch(
                norm, *paragraphs[i + 1]):
            continue  # 书法《岚水长歌》（行书） / 　　作者：周墨林: a work, whose author the line under it names
        line_authors = _line_authors(ctx, p_start, p_end) if title is not None and i > 0 and norm.find(
            "》", *paragraphs[i - 1]) >= 0 else None
        if line_authors and title is not None:  # …the author, who won the title the work is listed under
            out.extend(_Pair(item, title, title, None, "honors.announce_lines", group, True, event) for item in line_authors)
            listed += 1
            continue
        placed_works = _placing_works(ctx, p_start, p_end) if norm.find("》", p_start, p_end) >= 0 else None
        if placed_works is not None:  # 二等奖　《节临兰亭序》（李秋菊）　《唐诗二首》（赵卫东）: the placing, then each work's author
            won_placing, authors = placed_works
            event = title if title is not None and _event_rank(ctx, title) is not None else (
                _event_of_places(ctx, paragraphs, i) or title)
            out.extend(_Pair(item, won_placing, won_placing, None, "honors.announce_lines", group, True, event) for item in authors)
            listed += 1
            prized = True
            continue
        if title is not None and norm.find("》", p_start, p_end) >= 0:
            listed_works = _works_authors(ctx, p_start, p_end)
            if listed_works:  # 【一等奖】（6篇） / 《外婆的蒲扇》（李梓涵）: a work of the list and its author, who won its title
                out.extend(_Pair(item, title, title, None, "honors.announce_lines", group, True, event) for item in listed_works)
                listed += 1
                continue
        prizes = _prize_segments(norm, p_start, p_end, w.titles.coach_note) if norm.find("奖", p_start, p_end) >= 0 else []
        classed_prizes = _class_placings(ctx, p_start, p_end) if not prizes and norm.find("奖", p_start, p_end) >= 0 and (
            norm.find("：", p_start, p_end) >= 0 or norm.find(":", p_start, p_end) >= 0) else None
        if classed_prizes:  # 盲人按摩：一等奖李春华，二等奖杨文斌、普光荣: a class, then each placing and who won it
            event = title if title is not None and _event_rank(ctx, title) is not None else (
                _event_of_places(ctx, paragraphs, i) or title)
            group += 1
            for won_placing, winners in classed_prizes:
                out.extend(_Pair(item, won_placing, won_placing, None, "honors.announce_lines", group, True, event)
                           for item in winners)
            listed += 1
            prized = True
            continue
        read_prizes = False
        for prize, _ in prizes:  # 一等奖：海宁分局代表队、平湖分局代表队: the line names its prize, then who won it
            named = titles.clean(norm, prize.start("title"), prize.end("title"), w.titles)
            won = _line_items(ctx, prize.start("rest"), prize.end("rest"), -1, False)  # (to a credit note, if any)
            if any(item.kind is None for item in won):
                # (二等奖：王一诺（某小学）、贡保才让（某小学）: a Tibetan name beside a person's is a person's, as in a class's
                # placings, `_class_placings`)
                won = [item for item in recipients.names_among_names(ctx.reader, [(item.start, item.end) for item in won], list(
                    won)) if item is not None]
            if named is not None and won and any(item.kind is not None for item in won):
                # under a heading (执法类团体奖), the placing ranks in it; else in the contest named last before
                # (a heading with no rank of its own, 二、作品获奖情况, lends none: the contest named above does)
                event = title if title is not None and _event_rank(ctx, title) is not None else (
                    _event_of_places(ctx, paragraphs, i) or title)
                out.extend(_Pair(item, named, named, None, "honors.announce_lines", group, True, event) for item in won)
                read_prizes = True
        placed = placed_row if not prizes else None
        if placed is not None:  # 以下作品获得2022年度河北新闻奖： / 《春耕正忙》　二等奖: who won it, then the placing
            named, won = placed
            event = title if title is not None and _event_rank(ctx, title) is not None else _contest_of(ctx, p_start) or title
            if event is not None:  # (in the contest the list's heading or the text before names)
                out.extend(_Pair(item, named, named, None, "honors.announce_lines", group, True, event) for item in won)
                read_prizes = True
        if read_prizes:
            listed += 1
            prized = True
            continue
        if title is None:
            # (cells a tab, a bar or a blank apart: 单位名称　　　　荣誉称号, 序号　荣誉称号　授予单位　获奖集体)
            header = _table_column(norm, p_start, p_end) if norm.find("\t", p_start, p_end) >= 0 or norm.find(
                "｜", p_start, p_end) >= 0 or norm.find("|", p_start, p_end) >= 0 or norm.find(
                " ", p_start, p_end) >= 0 else None
            prizes_table = _prizes_table(ctx, (p_start, p_end), paragraphs[i + 1:i + 2]) if header is None else None
            if prizes_table is not None:  # 名次｜单位｜成绩 / 冠军｜县公安局代表队｜7胜0负: the prizes won, a row each
                header, own_titles = (prizes_table[0], False), prizes_table[1]
            if header is not None and (own_titles >= 0 if prizes_table is not None else (
                    own_titles := _title_column(norm, p_start, p_end)) >= 0):
                # 序号｜荣誉称号｜获奖集体/个人 under no heading: each row names its own title
                title, announced, listed, prized, person_column = (p_start, p_end), 0, 0, False, header[1]
                project_column = _projects_column(norm, p_start, p_end, header[0])
                column, title_column = header[0], own_titles
                issuer_column, width = _issuer_and_width(norm, p_start, p_end)
                owner = None
                group += 1
            elif header is None and (own_titles := _own_titles_column(ctx, p_start, p_end)) >= 0:
                # 年份　荣誉　授予单位 on a body's page of honours (荣誉墙): each row a title the body won
                owner = _page_body(ctx)
                if owner is not None:
                    title, announced, listed, prized, person_column = (p_start, p_end), 0, 0, False, False
                    column, title_column = -1, own_titles
                    issuer_column, width = _issuer_and_width(norm, p_start, p_end)
                    group += 1
            continue
        if prized:
            title = None  # 执法类团体奖 / 一等奖：A / 二等奖：B, then a caption: the heading named a class of prizes
            continue
        header = _table_column(norm, p_start, p_end) if listed == 0 else None
        if header is not None:  # 姓名　工作单位及职务 / 序号｜单位名称｜推荐单位: one column names the recipients
            column, person_column = header
            header_column = column
            header_shape = _TableShape(len(_row_cells(norm, p_start, p_end)), norm.find("\t", p_start, p_end) >= 0)
            project_column = _projects_column(norm, p_start, p_end, column)
            title_column = _title_column(norm, p_start, p_end)
            issuer_column, width = _issuer_and_width(norm, p_start, p_end)
            continue
        if title_column >= 0:  # 序号｜单位/姓名｜荣誉称号: each row names its own title
            # (a row with more cells than its header has a cell split by a blank inside it: the cells after the
            # split are not where the header says; a recipient left of the title is still read, 陈佳怡 … Unit 3 My
            # friends … 县级优质课一等奖)
            row_pair = _titled_row(ctx, p_start, p_end, column, title_column, group, issuer_column, owner, person_column,
                                   project_column) if (
                not width or column < title_column or len(_row_cells(norm, p_start, p_end)) <= width) else None
            if row_pair is None:
                if _row_names_its_title(ctx, p_start, p_end, title_column):
                    continue  # 胡集教学点　　先进教学点: a row of the table whose recipient goes unread, not its end
                header = _table_column(norm, p_start, p_end)
                if header is not None and (own_titles := _title_column(norm, p_start, p_end)) >= 0:
                    # 二、初中组 / 奖次｜姓名｜学校: the header again over the next class's rows: the table goes on
                    column, person_column = header
                    project_column = _projects_column(norm, p_start, p_end, column)
                    title_column = own_titles
                    issuer_column, width = _issuer_and_width(norm, p_start, p_end)
                    continue
                title, title_column = None, -1  # the table ends at its first row that names no one
                continue
            listed += 1
            out.extend(row_pair)
            continue
        line = norm[p_start:p_end]
        if listed == 0 and _NOTE_LINE.fullmatch(line):
            continue  # （共12户，按县区排列）under the heading: a note on the list, which goes on after it
        if _GROUP_LABEL_NUMBERED.fullmatch(line):
            continue  # （一）市直单位 / （二）县（市、区）: a group of the list, whose names follow it
        if title is not None and _CLASS_SECTION.fullmatch(line):
            continue  # X名单 / 一、工业制造类 / 温州瓯鼎电气有限公司: a class of the list under its title, not a new section
        if p_end - p_start <= _MAX_CLASS_LABEL and i + 1 < len(paragraphs) and ctx.words.triggers["placing_line"].fullmatch(
                norm, *paragraphs[i + 1]) and not (listed and _bodies_line(ctx, p_start, p_end) and _bodies_line(ctx, *paragraphs[i - 1])):
            # (城关镇代表队 / 石门镇代表队 / 二等奖: a body under a row of bodies is the last row, no group's label)
            title = None  # 社会组 / 一等奖: a group of the placings after it, no winner of the one before
            continue
        signed = i + 1 < len(paragraphs) and _DATE_LINE.fullmatch(norm, *paragraphs[i + 1]) is not None
        # a line of many names may run long (潘建国（瓯北街道平安办）、李晓燕（…）、…): its list marks say so
        too_long = len(line) > _MAX_ANNOUNCED_LINE and not (line.count("、") >= 3 and len(line) <= _MAX_LISTED_LINE)
        profiled = _profiled_person(ctx, p_start, p_end)
        if profiled is not None:  # 余建华，男，1962年生，…。: a paragraph of the list on each person, opened by the name
            listed += 1
            out.append(_Pair(profiled, title, title, None, "honors.announce_lines", group, True))
            continue
        sexed_story = _sexed_row(ctx, p_start, p_end) if title is not None and "。" in line else None
        if sexed_story is not None:  # 黄秀琼（女）　县妇幼保健院副主任医师，…。: the person's row, a story after it
            listed += 1
            out.append(_Pair(sexed_story, title, title, None, "honors.announce_lines", group, True, event))
            continue
        # (陈丽华家庭：三代同堂，…: after such a row, a row alike whose story opens with a short phrase is one all the same)
        described = _described_row(ctx, p_start, p_end, after_one=described_at == i - 1) if title is not None else None
        if described is not None:  # 李桂芝家庭（文化社区）：照料瘫痪的婆婆二十年: who, where, then what they did
            listed += 1
            described_at = i
            out.append(_Pair(described, title, title, None, "honors.announce_lines", group, True, event))
            continue
        if _CLASS_IN_BRACKETS.fullmatch(line) and i + 1 < len(paragraphs) and _profiled_person(ctx, *paragraphs[i + 1]):
            continue  # 【助人为乐】 / 余建华，男，…: a class of the list, heading the people after it
        unpadded = _PADDING.sub("", line)  # (审　　核：, 裁　　判：: a label padded to align is the label all the same)
        if w.titles.coach_line.match(unpadded):
            continue  # 指导教师：吴丽娟、毛　俊 under the winners: who coached them, no winners; the list goes on
        if title is not None and row_at == i - 1 and "。" in line and i + 1 < len(paragraphs) and _entry_row(
                ctx, *paragraphs[i - 1]) and _entry_row(ctx, *paragraphs[i + 1]):
            continue  # 丁海燕　民乐社区党支部书记 / 扎根社区工作14年…。 / 马玉兰　…: an entry's story between its rows
        if title is not None and column < 0 and (own_list := _OWN_LIST_LABEL.match(line)) is not None and (
                own_list.group("label") not in norm[title[0]:title[1]]):
            title = None  # 优秀奖名单：… / rows / 入展名单：A、B: a list of its own, its names not the rows' title's
            continue
        if listed == 0 and _LEADS_IN_LIST.fullmatch(line):
            continue  # (经…推荐、…审核和公示，…决定授予以下集体和个人相应荣誉称号：: a sentence that leads in to the rows, none;
            # under rows, such a sentence opens another group, 经复核，以下同志…取消其推荐资格：, and ends the list below)
        # (1. 大竹县水务局农村水利股。: a numbered item closed by a stop, its only one, is a row)
        closed_item = line.endswith("。") and line.count("。") == 1 and (_LINE_NUMBER.match(line) is not None or (
            # (张梦瑶（…学生）、李俊杰（…学生）、…。: the list's names, where each works, closed by a stop)
            title is not None and line.count("、") >= 3 and line.count("(") + line.count("（") > line.count("、")
            and "，" not in line and "," not in line))
        if "。" in line and not closed_item or too_long or _ANNOUNCE_END.match(line) or signed or w.triggers[
                "page_label"].match(unpadded) or w.triggers["credit_after"].fullmatch(line):
            # 青山县妇联 / 2024年1月10日: the notice's signature, not a recipient; （红谷滩区教体局体卫艺股　供稿）: who sent the
            # page, in brackets, its label after the name
            title = None
            continue
        # (under a title only a body holds, 先进班集体: 七（2）班　李明（班主任） names the class and its teacher)
        pupils = _pupil_row(ctx, p_start, p_end) if column < 0 and not (
            title is not None and titles.is_collective(norm[title[0]:title[1]], w.titles)) else None
        if pupils:  # 五（3）班　汪子涵　　《作品》　　指导教师：储明霞: the pupils a row names, their class before them
            listed += 1
            out.extend(_Pair(item, title, title, None, "honors.announce_lines", group, True, event) for item in pupils)
            continue
        # (under a header row 姓名　工作单位, the name is the first cell, though a padded name holds a blank)
        row = _work_row(ctx, p_start, p_end) if column < 0 and norm.find("《", p_start, p_end) >= 0 else None
        # (周玉兰　宝音德力格尔　陈　静: a row of names, a padded one among them, is no person's row of name and post)
        names_row = column < 0 and row is None and _names_row(ctx, p_start, p_end)
        if row is None and not names_row:
            row = _person_row(ctx, p_start, p_end, title, person_column) if column < 0 or column == 0 and person_column else None
        if row is None and column < 0 and not names_row:
            row = _wide_row(ctx, p_start, p_end, title)
        people = _people_cells(ctx, p_start, p_end) if row is None and column < 0 else None
        if row is None and people is None and column < 0 and norm.find("《", p_start, p_end) >= 0:
            # 《老街新韵》　赵　明、钱丽华（鹤山区）, 《导盲手杖》　作者：实验中学　陈浩然　孙　悦: each author
            people = _work_authors(ctx, p_start, p_end) or _credited_authors(ctx, p_start, p_end) or _bracketed_authors(
                ctx, p_start, p_end)
        if row is None and people is None and (_CLASS_LINE.fullmatch(norm, p_start, p_end) or _GROUP_LINE.fullmatch(
                norm, p_start, p_end) and i + 1 < len(paragraphs) and _table_column(norm, *paragraphs[i + 1]) is not None):
            # 学生组, （一）青年组: a contest's class alone on its line heads rows, and is no recipient; so does any group
            # over a table's header (创业实体组 / 奖项　项目名称　…)
            continue
        sexed = _sexed_row(ctx, p_start, p_end) if row is None and people is None else None
        items = [row] if row is not None else people or ([sexed] if sexed is not None else _line_items(
            ctx, p_start, p_end - 1 if closed_item and line.endswith("。") else p_end, column, person_column))
        if project_column and len(items) == 1 and items[0].kind is None and _HAN_TEXT.fullmatch(
                norm, items[0].start, items[0].end):
            items = [Recipient(items[0].start, items[0].end, "project")]  # 关于…的提案 under 序号　题目　提案人: what won
        serial = 1 if len(items) >= 3 and items[0].kind is None and norm[items[0].start:items[0].end].isdigit() else 0
        if len(items) - serial >= 2 and items[serial].kind == "person" and norm.find("、", p_start, p_end) < 0 and any(
                item.kind == "project" and norm.find("《", item.start, item.end) >= 0 for item in items[serial + 1:]):
            # 李　晖　　退休职工　　《将进酒》（草书）, 1　　李　军　　商城镇文化站　　隶书《成安赋》: a person's row (its number
            # before it), then who the person is or where the person works, and the work: the work is the person's, no
            # second recipient
            items = [item for item in items[serial:] if not (item.kind == "project" and norm.find("《", item.start, item.end) >= 0)]
        if len(items) >= 2 and items[0].end - items[0].start == 1 and (
                padded_family := _PADDED_FAMILY.match(norm, items[0].start, p_end)) and padded_family.end() == items[1].end:
            # 赵　军家庭　沙锅屯乡: a padded name's family, its halves read apart, where it lives after it
            items = [Recipient(items[0].start, items[1].end, "family"), *items[2:]]
        if title is not None and len(items) >= 2 and any(item.kind is None for item in items) and all(
                item.kind in ("person", None) for item in items) and (
                _transliterated_row(ctx, p_start, p_end) or _spelt_among_people(ctx, items)):
            # 次仁多吉　扎西卓玛　格桑旺堆 under 五星级文明户: a row of names a blank apart, two in three of them or more
            # spelt by the transliteration tables (Tibetan, Mongolian), whatever the heading counts; 李文静、扎西卓玛、陈军:
            # a list of people, the names jieba cannot read spelt by the tables
            items = [Recipient(item.start, item.end, "person") for item in items]
        if len(items) == 1 and items[0].kind == "place" and _groups_what_follows(ctx, paragraphs[i + 1:i + 2]):
            continue  # 金安区 / 陈德胜家庭（三里桥街道）: a place heading the names of its own, no recipient
        if len(items) >= 3 and items[0].kind == "place" and all(item.kind in ("person", "family", None) for item in items[1:]) and (
                sum(item.kind is not None for item in items[1:]) >= 2):
            items = items[1:]  # 季梁社区　　周德胜家庭　　王秀珍家庭: the place where the row's people live labels it, no recipient
        if len(items) >= 2 and len(items) % 2 == 0 and all(item.kind in ("person", "family") for item in items[::2]) and all(
                item.kind == "place" or item.kind == "organization" and items[0].kind == "family" for item in items[1::2]):
            items = items[::2]  # 郭建军家庭　龙泉镇城关村, 高守义家庭　县人民医院: where each lives or works, after it, no recipient
        if len(items) == 1 and items[0].kind is None and p_end - p_start <= _MAX_CLASS_LABEL and _groups_what_follows(
                ctx, paragraphs[i + 1:i + 2], ("person", "family", "organization")):
            continue  # 见义勇为 / 戴小军　某公司驾驶员: a class of the list, heading the names after it
        if not items or all(i.kind is None for i in items) and not (len(items) == 1 and listed < announced):
            title = None  # a list ends at its first line of no names, or with the count its heading said
            untitled_stem = ""  # (a later list's heading that ends as this one's did is no sibling of it)
            continue
        if people_counted and listed == 0 and len(items) == announced >= _NAMES_AMONG and norm.find(
                "、", p_start, p_end) >= 0 and all(item.kind in (None, "person") for item in items) and any(
                item.kind == "person" for item in items):  # (a name the reader knows among them: 城关、石桥、东街 are none)
            # 阿苦阿呷、吉克曲布、…、阿尔拉格 under 优秀共青团员（16名）: as many items as the heading counts people, each one
            # of them, whatever the reader knows of the names (Yi, Tibetan names outside the tables)
            # (志愿者, 合计: a common word is none; 城关, 东街: two letters the reader does not know are a place's as often,
            # unless the transliteration tables spell them: 达瓦, 扎西)
            items = [Recipient(item.start, item.end, "person") if item.kind is None and (
                item.end - item.start >= 3 or recipients.is_transliterated(norm[item.start:item.end]))
                and _name_cell(ctx, item) else item for item in items]
        if people_counted and len(items) >= _NAMES_AMONG and norm.find("、", p_start, p_end) >= 0 and sum(
                item.kind == "person" for item in items) * 2 >= len(items):
            # 李桂芳、盘晓军、赵永福 under 先进个人（10名）: a list of people's names, its others of a name's length names
            # too, whatever their surname
            items = [Recipient(item.start, item.end, "person") if item.kind is None and (
                item.end - item.start == _LISTED_NAME and _unknown_name(ctx, item.start, item.end)
                # (多杰扎西, 旦增卓玛: four letters of the transliteration tables, a Tibetan or Mongolian name)
                or item.end - item.start == _LONG_LISTED_NAME and recipients.is_transliterated(norm[item.start:item.end]))
                else item for item in items]
        if people_counted and len(items) == 1 and items[0].kind is None and _long_transliterated(ctx, items[0]):
            # 乌云其木格（蒙西镇中心小学） under 先进个人（20名）: a Mongolian name of five or six letters, the person
            items = [Recipient(items[0].start, items[0].end, "person")]
        if people_counted and len(items) > 1 and norm.find("、", p_start, p_end) < 0 and not any(
                item.kind == "person" for item in items):
            # 学前组　才让卓玛　刚察县第一幼儿园 under 个人一等奖（8名）: the one cell of a name's length the reader does not
            # know, between a class and a body, is the person
            unknown = [item for item in items if item.kind is None]
            # (the unknown cell before a body, where a row names the person's unit after the name; 城关小学　少年强则国强:
            # a work's title after the body is none)
            class_first = _CLASS_CELL.fullmatch(norm, items[0].start, items[0].end) is not None  # (学前组, 科幻画类)
            # (学前组　刚察县第一幼儿园　才让卓玛: after a class, the name may close the row, where it is short or spelt
            # by the transliteration tables; never a work's title, 小蝌蚪找妈妈)
            if len(unknown) == 1 and len(items) - 1 == sum(item.kind in ("organization", "place") for item in items) and (
                    _name_cell(ctx, unknown[0])) and (items[-1] is not unknown[0] or class_first and (
                        unknown[0].end - unknown[0].start <= _LONG_LISTED_NAME
                        or recipients.is_transliterated(norm[unknown[0].start:unknown[0].end]))):
                items = [Recipient(item.start, item.end, "person") if item is unknown[0] else item for item in items]
        if people_counted and len(items) > 1 and norm.find("、", p_start, p_end) < 0 and not any(
                item.kind == "person" for item in items) and _CLASS_CELL.fullmatch(norm, items[0].start, items[0].end):
            items = []  # 学前组　刚察县第一幼儿园　某某 under 个人一等奖（2名）: a class and a body, no person read: nobody
        if people_counted and len(items) > 1 and norm.find("、", p_start, p_end) < 0 and any(
                item.kind == "person" for item in items):
            # 电工　牛建伟　高平市职业中学 under 一等奖（3名）: a list of people, each row's body where one works
            items = [item for item in items if item.kind not in ("organization", "place")]
        listed += 1
        row_at = i
        for item in items:
            out.append(_Pair(item, title, title, None, "honors.announce_lines", group, True, event))
    return out


def _granted_list_end(norm: str, start: int, end: int, bare_granted: frozenset[str]) -> int:
    """命名…为2024年度X创新工作室 … / 2024年度X创新工作室名单（共12个）: where the title the article granted ends
    on a line that names its list (a note on the list's size after 名单 or not); `end` on any other line."""
    listed_end = end
    if end > start and norm[end - 1] in ")）":
        note = _TRAILING_PAREN.search(norm, start, end)
        if note is not None:
            listed_end = note.start()
    if norm.endswith("名单", start, listed_end) and norm[start:listed_end - 2].strip() in bare_granted:
        return listed_end - 2
    return end


def _regranted(norm: str, head: _Heading, granted: frozenset[str], unquoted: frozenset[str]) -> bool:
    """Whether a counted heading names a title the article's sentences granted: as written (二、浦江县模范职工之家
    （5个）), or without its quote marks and with the class of its receivers after it (4个少先队集体获评“红领巾
    奖章”二星章 … 一、红领巾奖章二星章集体（4个）)."""
    text = norm[head.start:head.end]
    if text in granted or _granted_with_class(text, unquoted):
        return True
    # (授予马建国等6名个人“昌吉市红十字爱心捐赠个人”称号 … 2023年度昌吉市红十字爱心捐赠个人（6名）: the title with the
    # year it was granted for before it)
    edition = titles.EDITION.match(text)
    return edition is not None and edition.end() < len(text) and text[edition.end():] in unquoted


def _granted_list_line(norm: str, head: _Heading, end: int, granted: frozenset[str], unquoted: frozenset[str]) -> bool:
    """附：2023年度兴海县模范退役军人名单 after …被评为“兴海县模范退役军人”（名单附后）: the list of a title the article
    granted, named with 名单 (an annex's label, the year before it), counted or not."""
    if not norm[head.end:end].strip().startswith("名单"):
        return False
    label = _ANNEX_LEAD.match(norm, head.start, head.end)
    return _regranted(norm, _Heading(label.end() if label else head.start, head.end, head.announced), granted, unquoted)


_ANNEX_LEAD: Final = regex.compile(r"附(?:件\s*\d{0,2})?\s*[:：]\s*")


def _granted_with_class(title: str, unquoted: frozenset[str]) -> bool:
    """Whether `title` (its quote marks left out) is a title of `unquoted` with the class of its receivers after
    it (红领巾奖章二星章 + 集体)."""
    for tail in _RECEIVER_CLASSES:
        if title.endswith(tail) and len(title) - len(tail) >= _SHORT_FORM and title[:-len(tail)] in unquoted:
            return True
    return False


_RECEIVER_CLASSES: Final = ("集体", "个人", "单位", "家庭")


def _award_lead(ctx: _Ctx, paragraphs: Sequence[Span2], i: int, award_only: bool = False) -> Span2 | None:
    """第三十届汾州市新闻奖获奖作品： / 一等奖：《…》: the award a list's placings rank in, named by the line that
    announces the list (its last clause), over the placings' lines before this one; else, unless `award_only`, the
    contest that line names."""
    lead = _announcing_line(ctx.norm, paragraphs, i)
    if lead is None:
        return None
    m = _AWARD_LEAD.search(ctx.norm, *lead)
    if m is not None:
        return m.span("award")
    if award_only:
        return None
    # 在第六届…文学艺术创作奖评选中，…获奖名单如下：: the contest the announcing line names, with a rank of its own
    for frame in ctx.words.event.finditer(ctx.norm, *lead):
        if _event_rank(ctx, frame.span(1)) is not None:
            return frame.span(1)
    return None


def _announcing_line(norm: str, paragraphs: Sequence[Span2], i: int, honours: bool = False) -> Span2 | None:
    """The nearest line before paragraph i, within `_PLACING_REACH`, that ends with a colon (and, with
    `honours`, says honours follow): the one that announces the list (获奖名单如下：); with `honours`, a
    list's own title line too (附：…作品展获奖名单, 附：团体项目比赛成绩)."""
    for j in range(i - 1, max(-1, i - _PLACING_REACH), -1):
        a, b = paragraphs[j]
        if b > a and (norm[b - 1] in ":：" or honours and (_LIST_TITLE_LINE.search(norm, a, b) or _RESULTS_LINE.search(
                norm, a, b))) and (
                not honours or _HONOURS_LEAD.search(norm, a, b)):
            return a, b
    return None


# 附：团体项目比赛成绩, 二、竞赛结果: a line that titles a contest's results, its placings under it
_RESULTS_LINE: Final = regex.compile(r"赛(?:成绩|结果)\s*$")
# (…获奖名单（排名不分先后）; —— 获奖名单 ——, a post's heading set between dashes)
_LIST_TITLE_LINE: Final = regex.compile(r"名单\s*(?:[（(][^（）()\n]{1,24}[）)])?\s*[—－\-~～]*\s*$")


# …，第三十届汾州市新闻奖获奖作品： / 2024年度市科技进步奖获奖名单：: the award, then what its list names
_AWARD_LEAD: Final = regex.compile(r"(?:^|(?<=[，,。；;：:\n]))\s*(?P<award>[^，,。；;：:\n]{2,30}?奖)(?:评选)?"
                                   r"获奖(?:作品|名单|项目|集体|个人|单位|情况)?(?:如下)?[:：]\s*$")


def _row_as_before(norm: str, line: Span2, before: Span2) -> bool:
    """A line shaped as the row before it: a name and its place in brackets (宁川县丰泽农业科技有限公司（柳林镇）),
    who won and with what work (清河镇柳湾村广场舞队　《美丽乡村》), or a person and where they work (孙红梅　某某
    家政服务有限公司总经理, not 先进集体　共计2个单位): a row of the list, whatever title words it holds; never a line
    that names itself a list (2024年度娄星区五好家庭名单（部分） after 吴楚南（大埠桥街道）: the next list's heading)."""
    if _LIST_NAMED.search(norm, *line) is not None:
        return False
    return (_noted_row(norm, *line) and _noted_row(norm, *before)
            or _AUTHOR_ROW.match(norm, *line) is not None and _AUTHOR_ROW.match(norm, *before) is not None
            or recipients.person_row(norm, *line) and recipients.person_row(norm, *before)
            or _LABELLED_ROW.fullmatch(norm, *line) is not None and _LABELLED_ROW.fullmatch(norm, *before) is not None)


# 2023年新获评|, 首批入选|: when and how the list's members won the designation it names, before it
_WON_WHEN: Final = r"(?:\d{4}年度?)?(?:新|首批|新增)?"  # 2023年新获评: when, and that the title is new
_WON_VERB: Final = r"(?:获评|被评为|入选|认定)"
_WON_LEAD: Final = regex.compile(_WON_WHEN + _WON_VERB)
# 附：2023年新获评毕节市级信用村名单, 省级示范家庭农场名单（12家）: a list of a designation conferred at a level its own
# words name, the whole line (not 西湖区公布第三批区级老字号认定名单, a headline that tells what was published)
_LEVELLED_LIST: Final = regex.compile(rf"\s*(?:附(?:件\s*\d{{0,2}})?\s*[:：])?\s*{_WON_WHEN}{_WON_VERB}?"
                                      r"(?:国家|省|市|县|区|州|[\u4e00-\u9fff]{2,4}?[省市县区州])级[\u4e00-\u9fff]{2,12}名单"
                                      r"(?:[（(][^（）()\n]{1,10}[)）])?[ \t\u3000:：]*")
_LIST_NAMED: Final = regex.compile(r"名单(?:[（(][^（）()\n]{1,10}[)）])?[ \t\u3000:：]*$")


def _bodies_alike(ctx: _Ctx, line: Span2, before: Span2) -> bool:
    """Whether two lines each name a body alone, whole, and their names end alike (舞蹈队, 广场舞队: 队), or the line
    holds no title word but in its quote marks (浦沿街道东冠社区“银龄先锋”服务队 after 西兴街道星民社区老年协会: a
    brand's name, no title)."""
    norm = ctx.norm
    spans = [_strip_span(norm, *line), _strip_span(norm, *before)]
    last = norm[spans[0][1] - 1]
    if any(b - a < _MIN_BODY_LINE for a, b in spans) or not "\u4e00" <= last <= "\u9fff" or last != norm[
            spans[1][1] - 1] and (not "\u4e00" <= norm[spans[1][1] - 1] <= "\u9fff" or ctx.is_titled(
            _QUOTED.sub("", norm[spans[0][0]:spans[0][1]]))):
        return False  # (…家庭农场（洙边镇） / 二、省级农民合作社示范社（3家）: a bracket closes both, no name's head)
    found = [recipients.classify(ctx.reader, a, b, alone=True) for a, b in spans]
    return all(f is not None and f.kind == "organization" and (f.start, f.end) == span for f, span in zip(found, spans))


_MIN_BODY_LINE: Final = 4


def _untitled_heading(ctx: _Ctx, paragraphs: Sequence[Span2], i: int, stem: str) -> _Heading | None:
    """国家森林乡村（2个）, 青岚县2024年度种粮大户 on a line of its own right under one that says a list follows (名单如下：,
    获奖名单如下：), or ending as such a heading did (自治区级森林乡村（7个） after 国家森林乡村（2个）), over a line of
    names (南渡镇：吉太村, 张国强（车站镇）　李秀云（常庄镇）): the list's heading, though no title word stands in it."""
    norm = ctx.norm
    if i + 1 >= len(paragraphs):
        return None
    lead = i > 0 and _LIST_LEAD_END.search(norm, *paragraphs[i - 1]) is not None
    if not lead and not stem:
        return None  # (most lines: no list announced right above, no heading before to end as)
    a, b = paragraphs[i]
    if any(ch in _CLAUSE or ch in "、“”" for ch in norm[a:b].strip()):
        return None
    head = _heading(norm, a, b)
    if head is None or head.end - head.start > _MAX_UNTITLED or ctx.words.triggers["verb"].search(norm, head.start, head.end):
        return None
    if _FIGURE_IN_HEADING.search(_YEAR_EDITION.sub("", norm[head.start:head.end])):
        return None  # (全县森林覆盖率达到38.6%: a figure reported, no list's heading; 2024年度 is the list's year)
    if head.announced is None and _YEAR_EDITION.search(norm, head.start, head.end) is None:
        return None  # (名单如下： / 乌苏市金穗棉业有限责任公司: the list's first row, no heading; a heading counts its rows or
        # names the year of the list: 国家森林乡村（2个）, 遂平县2024年度种粮大户)
    if not lead and not norm.endswith(stem, head.start, head.end):
        return None
    items = _line_items(ctx, *_after_label(norm, *paragraphs[i + 1]), -1, False)
    return head if items and all(item.kind is not None for item in items) else None


def _after_label(norm: str, start: int, end: int) -> Span2:
    """南渡镇：吉太村、云龙村: the names after where they are (a label and its colon), else the whole line."""
    label = _PLACE_LABEL.match(norm, start, end)
    return (label.end(), end) if label is not None else (start, end)


_FIGURE_IN_HEADING: Final = regex.compile(r"[\d%％]")
_UNTITLED_STEM: Final = 4  # 森林乡村, 种粮大户: the end its sibling headings share
_MAX_UNTITLED: Final = 16
# …名单如下：, …获奖名单公布如下（排名不分先后）：: the line that says a list follows, at its end
_LIST_LEAD_END: Final = regex.compile(rf"(?:{_LIST_FOLLOWS.pattern})\s*$")
_PLACE_LABEL: Final = regex.compile(r"\s*[\u4e00-\u9fff]{2,8}(?:镇|乡|街道|社区|村)[:：]\s*")


def _ranks_a_class(ctx: _Ctx, label: str) -> bool:
    """国家森林乡村, 自治区级森林乡村, 梧州市级森林乡村: a line's label that opens with a level or a place, a title's heading;
    not 区直单位, 县直机关, 乡镇（街道）: the bare rank of the bodies a class holds."""
    rank = _rank_of(label, ctx.home)
    return rank is not None and rank[1] not in _BODIES_RANKS


_BODIES_RANKS: Final = frozenset({"区", "县", "市", "乡镇", "乡", "镇", "省"})


def _one_cell(norm: str, start: int, end: int) -> bool:
    """【优秀组织奖】: a line with no tab, bar or wide blank inside it, no table's row."""
    return len(_row_cells(norm, start, end)) <= 1


def _next_numbered(norm: str, line: Span2, before: Span2) -> bool:
    """2. 吴店镇百佳福购物广场 after 1. 吴店镇惠民连锁超市: the line numbered next after the line before it, neither
    a heading that counts its rows (1.先进集体（5个）) or names a list (2.2024年度…先进个人名单)."""
    this, last = _ITEM_NUMBER.match(norm, *line), _ITEM_NUMBER.match(norm, *before)
    return this is not None and last is not None and int(this.group(1)) == int(last.group(1)) + 1 and not any(
        _COUNT_NOTE_END.search(norm, a, b) or norm[a:b].rstrip(" \u3000:：").endswith(_LIST_WORDS) for a, b in (line, before))


_ITEM_NUMBER: Final = regex.compile(r"\s*(\d{1,2})[.．、]\s*(?=\S)")
_COUNT_NOTE_END: Final = regex.compile(r"[（(]\s*(?:共计?)?\d+\s*[\u4e00-\u9fff]{1,2}[)）]\s*$")


def _noted_row(norm: str, start: int, end: int) -> bool:
    """宁川县丰泽农业科技有限公司（柳林镇）: a line that ends with a note in brackets naming no count (a
    heading's note counts: 先进集体（6个）)."""
    m = _ROW_NOTE.search(norm, start, end)
    return m is not None and m.start() > start


_ROW_NOTE: Final = regex.compile(r"[（(][^（）()\d一二三四五六七八九十]{1,12}[）)]\s*$")
# 河边社区：赵慧芳、郝文明 after 河边村：阎建华、阎秀珍、李守义: a label, its colon, two names or more (a name may hold a
# title's marker: 郝文明)
_LABELLED_ROW: Final = regex.compile(r"\s*[^\s:：、,，。;；“”]{2,10}[:：]\s*" + _NAME_TEXT +
                                    r"(?:、" + _NAME_TEXT + r")+\s*")


def _bodies_line(ctx: _Ctx, start: int, end: int) -> bool:
    """城关镇代表队, 河口乡代表队、白沙镇代表队: a line of bodies and nothing else, one or several set apart by 、
    (read once a line: the placings' readers ask it of a line and of the lines around it)."""
    found = ctx.bodies_lines.get((start, end))
    if found is None:
        found = ctx.bodies_lines[(start, end)] = _names_bodies_alone(ctx, start, end)
    return found


def _names_bodies_alone(ctx: _Ctx, start: int, end: int) -> bool:
    norm = ctx.norm
    a, b = _strip_span(norm, start, end)
    if b - a < 2 or b - a > _MAX_LISTED_LINE:
        return False
    for piece_start, piece_end in _split_items(norm, a, b):
        item = recipients.classify(ctx.reader, piece_start, piece_end, alone=True)
        if item is None or item.kind != "organization" or (item.start, item.end) != (piece_start, piece_end):
            return False
    return True


def _placing_heading(ctx: _Ctx, paragraphs: Sequence[Span2], i: int) -> tuple[Span2, Span2 | None] | None:
    """一等奖 (一等奖（2名）, 金奖, 优秀奖) on a line of its own after a line that announces a list (获奖名单如下：),
    over it only group labels (学生组) or the rows of the placings before: a heading whose rows are the
    winners, the placing ranked in the contest the article names (None where it names none with a rank);
    the placing and that contest, or None where the line is no such heading or no row follows it."""
    norm = ctx.norm
    p_start, p_end = paragraphs[i]
    m = ctx.words.triggers["placing_line"].fullmatch(norm, p_start, p_end)
    listed = ctx.words.triggers["placing_list_line"].fullmatch(norm, p_start, p_end) if m is None else None
    if m is None and listed is None or i + 1 >= len(paragraphs):
        return None
    nxt = paragraphs[i + 1]
    if _NOTE_LINE.fullmatch(norm, *nxt) and i + 2 < len(paragraphs):
        nxt = paragraphs[i + 2]  # 三等奖（16名） / （按姓氏笔画排序） / rows: the rows under the list's note
    label = _GROUP_LABEL.match(norm, *nxt)
    row = (label.end() if label is not None else nxt[0], nxt[1])
    # 电　　工：韦建平（城关镇供电所）, 小学语文：赵雅琴（匡远街道第二小学）　陈　露（马街镇中心学校）: a class's label, then
    # the row's winners
    row_fits = bool(_NAME_WITH_AFFILIATION.fullmatch(norm, *row) or _PERSON_ROW.fullmatch(norm, *row)
                    or _NAMES_IN_BRACKETS_LIST.match(norm, *row) or _NAMES_LIST.fullmatch(norm, *row))
    # (中式烹调师赛项：王立新、孙振宇: a label's row of two names or more, as `_LABELLED_ROW` reads it)
    labelled_row = label is not None and (row_fits or _LABELLED_ROW.fullmatch(norm, *nxt) is not None)
    if listed is not None:  # 附：各赛项一等奖获得者名单 / 电　　工：韦建平（城关镇供电所）: the line announces its own list
        if not row_fits:
            return None
        return (listed.start("placing"), listed.end("placing")), _contest_heading(ctx, p_start) or _contest_of(ctx, p_start)
    if not (labelled_row or _WORK_ROW.match(norm, *nxt) or _WORK_AUTHORS.match(norm, *nxt) or _CREDIT_ROW.match(norm, *nxt)
            or _PLACED_WORKS.fullmatch(norm, *_strip_span(norm, *nxt))  # (《外婆的蒲扇》（李梓涵）: a work, its author)
            or _PUPIL_ROW_START.match(norm, *nxt)
            or _AUTHOR_ROW.match(norm, *nxt) or _glued_author(ctx, *nxt) is not None or _PERSON_ROW.fullmatch(norm, *nxt)
            or _WIDE_ROW.fullmatch(norm, *nxt) or _BRAND_ROW.fullmatch(norm, *nxt) or _padded_names_row(norm, *nxt) is not None
            or _table_column(norm, *nxt) is not None  # (| 序号 | 姓名 | 单位 |: the header of the winners' table)
            or _NAMES_IN_BRACKETS_LIST.match(norm, *nxt)  # (丁　宁（东施古镇）、马晓光（区农业农村委）、…)
            or _NAME_WITH_AFFILIATION.fullmatch(norm, *nxt)  # (盘雨婷（富阳镇团委）: one winner a line)
            or _bodies_line(ctx, *nxt)  # (城关镇代表队 / 河口乡代表队、白沙镇代表队: teams, one a line or 、 apart)
            or _NAMES_LIST.fullmatch(norm, *nxt) or _two_people(ctx, *nxt)
            or _GLUED_AUTHORS_LIST.fullmatch(norm, *nxt) and _glued_author(
                ctx, nxt[0], norm.find("、", *nxt)) is not None
            # (书法《岚水长歌》（行书） / 　　作者：周墨林: a work, its author on the line under it)
            or norm.find("》", *nxt) >= 0 and i + 2 < len(paragraphs) and _AUTHOR_LINE.fullmatch(norm, *paragraphs[i + 2])):
        return None
    lead = _announcing_line(norm, paragraphs, i, honours=True)
    if lead is None or m is None:
        return None
    # (一、X大赛 / 一等奖 / rows: the contest the section's heading names, between the list's lead and the placing)
    return (m.start("placing"), m.end("placing")), _contest_heading(ctx, p_start) or _contest_of(ctx, lead[1]) or (
        _award_graded(ctx, lead[1], norm[m.start("placing"):m.end("placing")]))


def _two_people(ctx: _Ctx, start: int, end: int) -> bool:
    """孙宏伟、李　娜: two names and nothing else on the line, each a person's (a name padded to align the list is one)."""
    m = _TWO_NAMES.fullmatch(ctx.norm, start, end)
    if m is None:
        return False
    for a, b in (m.span(1), m.span(2)):
        if _PADDED_NAME.fullmatch(ctx.norm, a, b):
            continue
        named = recipients.classify(ctx.reader, a, b, alone=False)
        if named is None or named.kind != "person" or (named.start, named.end) != (a, b):
            return False
    return True


_TWO_NAMES: Final = regex.compile(r"\s*(" + _NAME_TEXT + r")、(" + _NAME_TEXT + r")\s*")


def _award_graded(ctx: _Ctx, before: int, placing: str) -> Span2 | None:
    """我县共有41名献血者荣获2022—2023年度全国无偿献血奉献奖。…现将获奖人员名单通报如下： / 金奖（6人）: the award the
    prose before the list said was won (the lead line too: …16名献血者获得全国无偿献血奉献奖，名单如下：), which a grade
    (金奖, 银奖, 铜奖) heading the list's rows grades; None where the placing is no grade or no award was told won."""
    if placing not in _GRADES:
        return None
    found = None
    for m in _AWARD_WON.finditer(ctx.norm, 0, before):
        found = m
    return (found.start("award"), found.end("award")) if found is not None else None


_GRADES: Final = frozenset(lexicon.by_kind("honors.titles", "grade"))
# 荣获2022—2023年度全国无偿献血奉献奖: an award won, not a contest's placing (一等奖) or a prize of a contest
_AWARD_WON: Final = regex.compile(rf"(?:{lexicon.alternation(lexicon.by_kind('honors.frames', 'award_won'))})"
                                  r"(?P<award>[^，,。；;、“”\s]{2,30}?(?<![一二三四五六七八九十特等金银铜])奖)(?=[，,。；;])")


# a list of names, each with where it is from in brackets, set apart by 、 (or blanks)
_NAMES_IN_BRACKETS_LIST: Final = regex.compile(r"\s*" + _NAME_TEXT +
                                                r"[(（][^()（）\n]{2,20}[)）](?:、|[ \u3000]+)" + _NAME_TEXT + r"[(（]")
# a list of three names or more set apart by 、, nothing else on the line (石秀英、王德胜、杨　琼)
_NAMES: Final = (r"\s*" + _NAME_TEXT +
                 r"(?:、" + _NAME_TEXT + r"){2,}\s*")
_NAMES_LIST: Final = regex.compile(_NAMES)
# …after a short label and its colon (城南乡：赵文明、张爱莲、孙国庆)
_LABELLED_NAMES: Final = regex.compile(rf"\s*[^\s:：、,，。;；]{{2,10}}[:：]{_NAMES}")
_PLACING_REACH: Final = 40  # the lines (placings, group labels, rows) back to the line that announces the list


_BULLETS: Final = frozenset("◆◇●○■□▲△★☆•▶►")


def _item_start(norm: str, start: int) -> int:
    """Where the words of an item line start, when the sentence at `start` opens one: a bullet's line
    (◆2019年，被评为X) after the bullet, a line opened by its year (　　2017年3月，被…评为X) after its
    blanks; -1 where it opens none."""
    if norm[start:start + 1] in _BULLETS:
        return start + 1
    while start < len(norm) and norm[start] in _BLANKS:
        start += 1
    line = norm.rfind("\n", 0, start) + 1
    if norm[line:start].strip(_BLANKS) or _YEAR_ITEM.match(norm, start) is None:
        return -1
    return start


def _bullet_lead_subject(ctx: _Ctx, start: int) -> list[Recipient]:
    """…上庄村从“后进村”蜕变为“明星村”，荣誉墙记录着一路走来的足迹： / ◆2019年，被评为X； / ◆2020年，获评Y:
    item lines (bulleted, or opened by their year) after a lead-in that ends in a colon go on with its
    subject (the body or place it names, the last one)."""
    norm = ctx.norm
    line = norm.rfind("\n", 0, start) + 1
    for _ in range(_BULLET_LINES):  # back over the run of items to the lead-in
        prev_end = line - 1
        if prev_end < 0 or norm[prev_end] != "\n":
            return []
        line = norm.rfind("\n", 0, prev_end) + 1
        words = line
        while words < prev_end and norm[words] in _BLANKS:
            words += 1
        if _item_start(norm, words) < 0:
            line = words
            break
    else:
        return []
    lead_end = prev_end
    while lead_end > line and norm[lead_end - 1].isspace():
        lead_end -= 1
    if lead_end <= line or norm[lead_end - 1] not in (":", "："):
        return []
    # the last place or body the lead-in names: whose honours the lines are (县委书记李明带队到红旗村调研，详细
    # 了解该村…获得的荣誉： are the village's, not the visitor's; 县委组织部…总结了红旗村的发展成果： too)
    last = None
    for e in ctx.named:
        if line <= e.start and e.end <= lead_end and e.label in ("GPE", "ORG") and not (
                norm[e.start - 1:e.start] == "“" or norm[e.end:e.end + 1] == "”"):
            last = e  # (从“后进村”蜕变为“明星村”: quoted names are what it became, no body)
    if last is None:
        return _lead_verb_subject(ctx, line, lead_end) or _lead_person(ctx, line, lead_end)
    return [Recipient(last.start, last.end, "place" if last.label == "GPE" else "organization")]


def _lead_person(ctx: _Ctx, start: int, end: int) -> list[Recipient]:
    """多年来，巴图孟和的付出得到了各级肯定：: the one person a lead-in names, where it names no place, no body and no
    honour's verb (a profile's list of the person's honours, a year a line)."""
    norm = ctx.norm
    if any(e.label in ("GPE", "ORG") and start <= e.start < end for e in ctx.named):
        return []
    people = [e for e in ctx.named if start <= e.start and e.end <= end and e.label == "PERSON"]
    if len(people) == 1:
        return [Recipient(people[0].start, people[0].end, "person")]
    # (巴图孟和的付出: a name the entities do not know, whose the clause's subject is, before its 的)
    clause = scan.clause_start(norm, end - 1, start, _CLAUSE)
    of = norm.find("的", clause, end)
    found = recipients.classify(ctx.reader, clause, of, alone=False) if not people and of - clause >= 2 else None
    return [found] if found is not None and found.kind == "person" else []


def _lead_verb_subject(ctx: _Ctx, start: int, end: int) -> list[Recipient]:
    """“橙心”救援队先后获得以下荣誉：: the one recipient before an honour's verb in the lead-in's last
    clause, where the lead-in names no body the entities know."""
    norm = ctx.norm
    clause = scan.clause_start(norm, end - 1, start, _CLAUSE)
    verb = ctx.words.triggers["verb"].search(norm, clause, end)
    if verb is None or verb.start() <= clause:
        return []
    receivers = recipients.read(ctx.reader, clause, verb.start())
    return receivers if len(receivers) == 1 and receivers[0].kind in ("organization", "place") else []


_BULLET_LINES: Final = 12  # the longest run of item lines read back to its lead-in
# 2017年3月，, 2013年　: a line's opening time, then a comma or blanks
_YEAR_ITEM: Final = regex.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[，,]|[ \u3000\t]+(?=\S))")


def _title_list_segments(ctx: _Ctx, start: int, end: int) -> list[tuple[Span2 | None, list[Recipient]]] | None:
    """`_title_list_line` of the line, or of each part of it a semicolon ends where every part is one (五星志愿者：A、B、C；
    四星志愿者：D、E); None where the line, or a part of it, is none."""
    norm = ctx.norm
    whole = _title_list_line(ctx, start, end)
    if whole is not None or (norm.find("；", start, end) < 0 and norm.find(";", start, end) < 0):
        return [whole] if whole is not None else None
    parts = recipients.parts(norm, start, end, _GOES_ON)
    if len(parts) < 2:
        return None
    read = [_title_list_line(ctx, a, b) for a, b in parts]
    if any(r is None or r[0] is None for r in read):
        return None
    return [r for r in read if r is not None]


def _title_list_line(ctx: _Ctx, start: int, end: int) -> tuple[Span2 | None, list[Recipient]] | None:
    """舒城县三八红旗手：王玉兰、陈晓梅、李　慧, 县最美家庭：汪德胜家庭、储成林家庭: a title (its own words say so,
    no verb in it) then a colon and the names that won it, each one a recipient; None for any other line (宁平镇：
    王庆山, a place's label; 评选条件：热心公益…, no names); no title (None) where a label that is none, who judged
    or spoke for a title, stands before the names."""
    norm = ctx.norm
    m = _TITLE_THEN_NAMES.fullmatch(norm, start, end)
    if m is None:
        return None
    if any(e.label == "PERSON" and e.end == m.end("title") for e in ctx.named):
        return None  # 全国优秀教师钟秋莲：三十一年守望…: a headline, the person and what is said of them
    # 省级农民合作社示范社3家：A、B、C: how many the names after the title are, no part of it (as many as they are)
    counted = _LABEL_COUNT.search(norm, m.start("title"), m.end("title"))
    title_end = counted.start() if counted is not None and counted.start() - m.start("title") >= _SHORT_FORM else m.end("title")
    named = titles.clean(norm, m.start("title"), title_end, ctx.words.titles)
    # (小学组团体第一名：某小学: a place in a contest's order is a prize as 一等奖 is; 全县第一名：城关镇 is none, nor a place
    # under a heading of a ranking or an appraisal, 附：各乡镇排名 / 重点项目推进第一名：城关镇)
    placed = named is not None and titles.is_place_in_order(norm[named[0]:named[1]]) and not _under_ranking(norm, start)
    if named is None or not (placed or ctx.is_titled(norm[named[0]:named[1]])) or ctx.words.triggers["verb"].search(norm, *named):
        return None
    text = norm[named[0]:named[1]]
    words = ctx.words.titles
    items = [item for a, b in _split_items(norm, m.start("rest"), m.end("rest")) for item in _blank_parted(ctx, a, b)]
    won = [item for item in items if item.kind is not None]
    if not won or len(won) * 2 < len(items) or counted is not None and title_end < m.end("title") and int(
            counted.group(1)) != len(won):
        return None  # (a line of words, not of names: most of its items name nobody; or not as many as it counts)
    if not (placed or titles.names_holder_kind(text, words) or text.endswith(words.words_of.get("head", ()))
            or text.endswith(_HOLDER_ENDS)):
        return None, won  # 三八红旗手评审委员会委员：, 最美家庭代表：: who judged or spoke for a title, not who won it
    if counted is not None and title_end < m.end("title") and _GRADE_PART.fullmatch(text) is not None:
        # 省级一等奖3人：A、B、C: the count of a placing's winners is a recipient of its own, beside the names it counts
        # (a counted group and its named members, each read; not 省级示范家庭农场3家：A、B、C, a designation's list)
        won = [Recipient(counted.start(), counted.end(), "collective"), *won]
    return named, won


def _under_ranking(norm: str, start: int) -> bool:
    """Whether the rows of a title and a colon that the line at `start` is among stand under a heading of a ranking or an
    appraisal (附：各乡镇排名, 全县教学质量评价结果): the heading is the first line above them that is no such row."""
    end = start - 1
    for _ in range(_RANKED_ROWS):
        if end <= 0:
            return False
        line_start = norm.rfind("\n", 0, end) + 1
        if _TITLE_THEN_NAMES.fullmatch(norm, line_start, end) is None:
            if titles.RANKING_WORD.search(norm, line_start, end) is not None:
                return True
            # (县教育局举办全县中小学教学质量评价。 / 附：结果: a heading that names no contest of its own, under the line
            # that names the appraisal)
            above = norm.rfind("\n", 0, max(0, line_start - 1)) + 1
            return line_start > 0 and _CONTEST_WORD.search(norm, line_start, end) is None and (
                titles.RANKING_WORD.search(norm, above, line_start) is not None)
        end = line_start - 1
    return False


_RANKED_ROWS: Final = 12  # the rows read back to the heading they stand under
_CONTEST_WORD: Final = regex.compile(lexicon.alternation(lexicon.by_kind("honors.frames", "contest")))


def _class_of(norm: str, line: Span2, heading: Span2, words: titles.TitleWords) -> bool:
    """Whether a line's label names a class of the heading's title: it ends with the same head word, holds no place
    or level of its own, names no placing, and is no part of the heading (助人为乐模范, 敬业奉献模范 under 第五届蕉岭县道德模范; not 先进集体
    under 先进集体和先进个人, a title the heading names, nor 青川县三八红旗手, a title of its own)."""
    label, whole = norm[line[0]:line[1]].strip("“”"), norm[heading[0]:heading[1]].strip("“”")
    head = words.head.search(label)
    return (head is not None and head.end() - head.start() >= _CLASS_HEAD_MIN and head.start() > 0 and whole.endswith(
        head.group(0)) and label not in whole and not _CLASS_SCOPED.search(label) and not words.rank_prize.search(label)
            and not _NOT_WON.search(label))


# a class whose members have not won the title (提名模范, 候补模范, 往届模范)
_NOT_WON: Final = regex.compile(r"提名|候选|候补|推荐|往届|拟")


# characters: a head word two classes share (模范, 家庭), not a single one most titles end with (奖: 一等奖, 组织奖)
_CLASS_HEAD_MIN: Final = 2


# a place's or a level's word: a label that holds one names a title of its own (县级文明家庭, 全省优秀教师)
_CLASS_SCOPED: Final = regex.compile(r"全国|中国|国家|[省市县区州盟旗镇乡]|街道|第.{1,3}[届批]")


def _split_items(norm: str, start: int, end: int) -> list[Span2]:
    """The items of a list set apart by 、, each without its blanks at the edges (a padded name keeps its own)."""
    out: list[Span2] = []
    for m in _LIST_ITEM.finditer(norm, start, end):
        a, b = _strip_span(norm, *m.span())
        if b > a:
            out.append((a, b))
    return out


_LIST_ITEM: Final = regex.compile(r"[^、]+")


def _bodies_row(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the line is two bodies or more, set apart by two blanks or a tab (六横镇团委　　桃花镇团委), each named
    whole (its place's or its own name opening it)."""
    norm = ctx.norm
    cells = [m.span() for m in _WIDE_CELL.finditer(norm, start, end)]
    if len(cells) < 2:
        return False
    for a, b in cells:
        found = recipients.classify(ctx.reader, a, b, alone=False)
        if found is None or found.kind != "organization" or (found.start, found.end) != (a, b):
            return False
    return True


def _blank_parted(ctx: _Ctx, start: int, end: int) -> list[Recipient]:
    """An item of a list, or the several recipients of one kind a single blank sets apart in it (星海镇代表队
    人民路街道代表队; 马少华　海　燕, a name padded to align); never a body and a person (县人民医院　王芳: where the
    person works), which stay one item as read before."""
    whole = _listed_item(ctx, start, end)
    if not _INNER_BLANK.search(ctx.norm, start, end):
        return [whole]
    parts: list[Span2] = []
    for m in _BLANK_PART.finditer(ctx.norm, start, end):
        if parts and parts[-1][1] - parts[-1][0] == 1 and m.start() == parts[-1][1] + 1:
            parts[-1] = (parts[-1][0], m.end())  # 海　燕, 付　强家庭: a one-character name's half, padded to the other
        else:
            parts.append(m.span())
    if len(parts) < 2 or any(b - a < 2 for a, b in parts):
        return [whole]
    items = [_listed_item(ctx, a, b) for a, b in parts]
    kinds = {item.kind for item in items}
    if len(kinds) != 1 or None in kinds or "place" in kinds:
        return [whole]  # (乔庄镇 石门村: a township and its village, one place)
    if "organization" in kinds and not all(_OWN_PLACE.match(ctx.norm, item.start, item.end) or any(
            e.label == "GPE" for e in ctx.reader.starting_at.get(item.start, ())) for item in items):
        return [whole]  # (县人民医院 护理部: a body and its unit, one recipient; teams named by their place each stand)
    return items


_INNER_BLANK: Final = regex.compile(r"\S[ \u3000]\S")
# 县交通运输局代表队, 城关街道代表队: a body named by its own rank or place (not 护理部, a unit of the body before it)
_OWN_PLACE: Final = regex.compile(r"[省市县区镇乡]|[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|村|社区)")
_BLANK_PART: Final = regex.compile(r"[^ \u3000]+")


def _listed_item(ctx: _Ctx, start: int, end: int) -> Recipient:
    """One item of a list of names: a padded name, alone or before 家庭 (陶　伟家庭), or what the reader makes of it."""
    norm = ctx.norm
    padded = _PADDED_NAME.match(norm, start, end)
    if padded is not None and norm[padded.end():end] in ("", "家庭"):
        return Recipient(start, end, "family" if padded.end() < end else "person")
    return recipients.classify(ctx.reader, start, end, alone=False) or Recipient(start, end, None)


_HOLDER_ENDS: Final = ("家庭", "集体", "个人", "单位")  # a title named by who holds it (最美家庭, 先进集体)
# a title, a colon, then names set apart by 、 (a line of its own: no sentence)
# (【最美卫健人】谭晓梅：“守夜人”: a column's tag and a nickname in quotes, no list)
_LABEL_COUNT: Final = regex.compile(rf"(?<!\d)(\d{{1,3}})[{_COUNTED_BY}]$")
_TITLE_THEN_NAMES: Final = regex.compile(r"\s*(?P<title>[^\s:：、,，。;；“”【】\[\]]{4,24})\s*[:：]\s*(?P<rest>[^:：。，,；;“”]{2,}?)\s*[。；;]?\s*")


def _prize_segments(norm: str, start: int, end: int, coach_note: re.Pattern) -> list[tuple[re.Match, int]]:
    """一等奖：A、B / 【电工】一等奖：A（单位）、B（单位）；二等奖：C（单位）: the prizes a line names, each with
    its winners, to the next ；(a project's label before them, in brackets or set off by a blank, is no part of
    the prize: 焊工项目　一等奖：A)."""
    label = _PRIZES_LABEL.match(norm, start, end)
    if label is not None:
        start = label.end()
    if end > start and norm[end - 1] == "。":
        end -= 1  # (a line of prizes, the last of its list, may close with 。)
    out: list[tuple[re.Match, int]] = []
    while start < end:
        stop = norm.find("；", start, end)
        if stop < 0:
            stop = norm.find(";", start, end)
        seg_end = stop if stop >= 0 else end
        credit = coach_note.search(norm, start, seg_end)
        # 一等奖：A、B（指导教师：C、D）: the teachers who coached them are no winners of the prize
        prize = _PRIZE_LINE.fullmatch(norm, start, credit.start() if credit else seg_end)
        if prize is None:
            return out if out else []
        out.append((prize, seg_end))
        start = seg_end + 1
    return out


def _class_placings(ctx: _Ctx, start: int, end: int) -> list[tuple[Span2, list[Recipient]]] | None:
    """盲人按摩：一等奖李春华，二等奖杨文斌、普光荣 / 创业组：一等奖“智绘农田”项目（负责人王子豪）；二等奖…: a class's label,
    its colon, then each placing with who won it right after it, the placings a comma or a semicolon apart (a note in
    brackets after a winner is no part of it): each placing and its winners; None for any other line (一等奖3个: counts)."""
    norm = ctx.norm
    m = _CLASS_PLACINGS.fullmatch(norm, start, end)
    if m is None:
        return None
    placings: list[tuple[Span2, list[Span2]]] = []
    for part in _PLACING_PART.finditer(norm, m.start("rest"), m.end("rest")):
        placed = ctx.words.triggers["placing_then"].match(norm, *_strip_span(norm, *part.span()))
        if placed is None:
            return None
        pieces: list[Span2] = []
        for a, b in _split_items(norm, placed.end(), part.end()):
            note = _WINNER_NOTE.search(norm, a, b)
            if note is not None:
                b = note.start()  # (…项目（负责人王子豪）: who leads it, no winner of its own)
            if b <= a or _COUNT_OR_PLACING.match(norm, a, b):
                return None
            pieces.append((a, b))
        placings.append((placed.span("placing"), pieces))
    every = [piece for _, pieces in placings for piece in pieces]
    items: list[Recipient | None] = [recipients.classify(ctx.reader, a, b, alone=False) for a, b in every]
    if any(item is None or item.kind is None for item in items):
        # (手工编织：一等奖起永芬，二等奖张秀英: a rare surname's name among people's names is a name too)
        items = recipients.names_among_names(ctx.reader, every, items)
    known = [item for item in items if item is not None and item.kind is not None]
    if not known or len(known) * 2 < len(items):
        return None
    found = dict(zip(every, items))
    out = [(placing, [item for piece in pieces if (item := found[piece]) is not None and item.kind is not None])
           for placing, pieces in placings]
    return [(placing, won) for placing, won in out if won] or None


_CLASS_PLACINGS: Final = regex.compile(r"\s*(?P<label>[^\s:：，,。；;、“”]{2,12})[:：]\s*(?P<rest>[^:：\n]{4,}?)[。；;]?\s*")
_PLACING_PART: Final = regex.compile(r"[^，,；;。]+")
_WINNER_NOTE: Final = regex.compile(r"[（(][^（）()\n]{1,20}[)）]\s*$")
_COUNT_OR_PLACING: Final = regex.compile(r"\s*(?:\d|[一二三四五六七八九十两]+[个名项人件]|[一二三四五六七八九特]等奖)")


def _profiled_person(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """The person a profile paragraph opens with (余建华，男，1962年生，…: the rule NER's profile name)."""
    norm = ctx.norm
    while start < end and norm[start].isspace():
        start += 1
    for e in ctx.reader.starting_at.get(start, ()) if start < end else ():
        if e.label == "PERSON" and e.rule == "entities.person.profile":
            return Recipient(e.start, e.end, "person")
    number = _LINE_NUMBER.match(norm, start, end)
    if number is not None and number.end() > start:
        for e in ctx.reader.starting_at.get(number.end(), ()):
            if e.label == "PERSON" and e.rule == "entities.person.profile":
                return Recipient(e.start, e.end, "person")
    return None


def _described_row(ctx: _Ctx, start: int, end: int, *, after_one: bool = False) -> Recipient | None:
    """李桂芝家庭（城关镇文化社区）：照料瘫痪的婆婆二十年, 王德明（县人民医院）：扎根乡村: a row of a list that names a
    person, a family or a body, its place in brackets or not, then a colon and what it did (longer than a name, or
    with a verb, and naming no one): the name is the recipient. `after_one`: the line before was such a row, and a
    person's or family's story may open with a short phrase (陈丽华家庭：三代同堂，婆媳互敬互爱。), a clause after it."""
    norm = ctx.norm
    m = _NAME_NOTE_COLON.match(norm, start, end)
    padded = m is None and after_one and (m := _PADDED_NAME_COLON.match(norm, start, end)) is not None
    if m is None:
        return None  # (王　鹏：刑侦大队民警，…: a padded name and its colon, only after such a row, not a form's label)
    first = _FIRST_ITEM.match(norm, m.end(), end)
    if first is None or first.end() - first.start() <= _NAME_MAX and not _has_verb(ctx, m.end(), end) and not (
            after_one and _STORY_GOES_ON.match(norm, first.end(), end)):
        return None
    if padded:
        return Recipient(m.start(1), m.end(1), "person")
    # (a row of a list under its title: a short name reads as one there, as a list's names do)
    found = recipients.classify(ctx.reader, m.start(1), m.end(1), alone=False)
    if found is None or found.kind not in _DESCRIBED_KINDS or (found.start, found.end) != m.span(1):
        return None
    if found.kind in ("person", "family"):
        return found  # (李桂芝家庭（城关镇）：文化社区“好婆媳”，…: the person's row, its description an epithet)
    if first.end() - first.start() <= _NAME_MAX and not _has_verb(ctx, m.end(), end):
        return None  # (a body's row: its short first item may name who of it won, 审计股：曾晓梅，…)
    named = recipients.classify(ctx.reader, first.start(), first.end(), alone=False)
    if named is not None and (named.kind in ("person", "family") or named.kind is not None and not _has_verb(
            ctx, first.start(), first.end())):
        # (镇巴中学：李春燕、王德明, 审计股：曾晓梅　罗志强, 县人民医院：王德明家庭, 县第一中学：欧阳文斌老师: a body, then
        # who of it won the title)
        return None
    return found


# a name (no clause of its own), its place in brackets, the colon that opens what it did
# (县直单位（2个）：A、B: a class and its count, the list's own rows after it)
# (王建军（男，46岁，海北头乡）：a person's sex, age and place: particulars, which may hold figures)
# (a padded name only with its note: 时　间：, 单　位： are a form's padded labels)
_NAME_NOTE_COLON: Final = regex.compile(r"\s*([\u4e00-\u9fff]{2,20}|" + _PADDED + r"(?=[（(]))"
                                        r"(?:[（(](?:[^（()）\n0-9０-９]{2,20}|[男女][，,、][^（()）\n]{2,30})[)）])?[：:](?=[^\n]{4})")
_PADDED_NAME_COLON: Final = regex.compile(r"\s*(" + _PADDED + r")[：:](?=[^\n]{4})")
_DESCRIBED_KINDS: Final = frozenset({"person", "family", "organization"})
_FIRST_ITEM: Final = regex.compile(r"[^、，,；;\s（(]+")
_NAME_MAX: Final = 4  # characters: a name (欧阳文斌), not what someone did
_STORY_GOES_ON: Final = regex.compile(r"[，,][^\n，,。]{4,}")  # ，婆媳互敬互爱: a clause after the first phrase


def _opens_good_people(ctx: _Ctx, start: int, end: int, following: Span2) -> bool:
    """A class in brackets before a person's profile or row (【助人为乐】 / 余建华，男，… or 汪德明，白鹤镇杨湾村退休教师),
    or an entry's heading before its profile (【助人为乐】张书勤：… / 张书勤，男，…), or the class, the name and the profile
    on one line, another such line after it (【助人为乐】王秀兰　女，1965年出生，…): the entries of good people begin."""
    if _classed_profile(ctx, start, end) is not None:
        return _CLASS_NAME_PROFILE.match(ctx.norm, *following) is not None
    if _form_entry_person(ctx, start, end) is not None:
        # 姓名：唐桂生 / 性别：男 / …: an entry of a form; not a blank form the line before shows (推荐表样式如下：)
        before = ctx.norm.rfind("\n", 0, max(0, start - 1)) + 1
        return recipients.FIELD_LABEL.match(ctx.norm, *following) is not None and _FORM_TEMPLATE.search(
            ctx.norm, before, start) is None
    if _CLASS_IN_BRACKETS.fullmatch(ctx.norm, start, end):
        return _profiled_person(ctx, *following) is not None or _listed_person(ctx, *following) is not None or (
            _described_person(ctx, *following) is not None)
    if _numbered_profile(ctx, start, end) is not None:
        # 现将本期上榜人员及主要事迹发布如下： / 1.王秀兰，女，…: a numbered profile right under the line that announces them
        before_end = start - 1
        while before_end > 0 and ctx.norm[before_end - 1] in "\n \t\u3000":
            before_end -= 1
        return before_end > 0 and ctx.norm[before_end - 1] in ":："
    return _entry_heading(ctx, start, end, following)


def _numbered_profile(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """1.王秀兰，女，汉族，…: the person of a profile its number opens."""
    return _profiled_person(ctx, start, end) if _LINE_NUMBER.match(ctx.norm, start, end) else None


_FORM_TEMPLATE: Final = regex.compile(lexicon.alternation(lexicon.by_kind("honors.frames", "template")))


def _form_entry_person(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """姓名：唐桂生: an entry of a form, its person named by the field of the name alone on its line."""
    m = recipients.NAME_FIELD.match(ctx.norm, start, end)
    if m is None:
        return None
    a, b = recipients.strip(ctx.norm, m.end(), end)
    return Recipient(a, b, "person") if _HAN_NAME.fullmatch(ctx.norm, a, b) else None


def _classed_profile(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """【助人为乐】王秀兰　女，1965年出生，…: an entry of good people on one line, its class in brackets, the name, a blank and
    the person's sex: the person (a name the reader knows, or one padded to three characters)."""
    m = _CLASS_NAME_PROFILE.match(ctx.norm, start, end)
    if m is None:
        return None
    # (the name before a blank and the sex is a person's, whatever its surname: 官振华; not a body's or a place's)
    found = recipients.classify(ctx.reader, m.start(1), m.end(1), alone=True)
    return None if found is not None and found.kind in ("organization", "place") else Recipient(m.start(1), m.end(1), "person")


def _described_person(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """包宝音：大巴镇大巴村村民，…: a person's (or a family's) entry, the name, a colon and what the person did
    (`_described_row`); None for a body's."""
    found = _described_row(ctx, start, end)
    if found is not None:
        return found if found.kind in ("person", "family") else None
    m = _NAME_NOTE_COLON.match(ctx.norm, start, end)
    # (宝音图：佛寺镇个体养殖户，…: on a page of good people, an entry's name the reader does not know is a name all the same)
    # (a name jieba reads a name's part in: 白|乌力吉 nr; not a label, 推荐理由, 事迹简介, 她说)
    if m is not None and ctx.norm.find("。", m.end(), end) >= 0 and _unknown_name(ctx, *m.span(1), longest=_NAME_MAX) and any(
            tag in ("nr", "nrfg", "nrt") for _, tag in segment.tag(ctx.norm[m.start(1):m.end(1)])):
        return Recipient(m.start(1), m.end(1), "person")
    return None


def _listed_person(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """汪德明，白鹤镇杨湾村退休教师: a line of a name, a comma and who the person is, no sentence."""
    m = _NAME_THEN_WHO.fullmatch(ctx.norm, start, end)
    if m is None:
        return None
    found = recipients.classify(ctx.reader, m.start(1), m.end(1), alone=True)
    return Recipient(m.start(1), m.end(1), "person") if found is not None and found.kind == "person" else None


# 汪德明|，|白鹤镇杨湾村退休教师: a name of two to four characters, a comma, a short description with no stop
_NAME_THEN_WHO: Final = regex.compile(r"\s*([\u4e00-\u9fff]{2,4})[，,][^，,。；;：:！!？?\n]{2,30}")
# （责任编辑：贾慧敏）, 来源：…: a labelled line, which ends the entries though it may hold a stop
_LABELLED_LINE: Final = regex.compile(r"\s*[（(]?[\u4e00-\u9fff]{2,6}[：:]")
# 宝音图：佛寺镇个体养殖户，…: an entry of a page of good people, a name's length before its colon (not 责任编辑：, 来源：…,
# the words of a page's labels)
_ENTRY_NAME_COLON: Final = regex.compile(r"\s*[\u4e00-\u9fff]{2,4}[：:]")


def _entry_heading(ctx: _Ctx, start: int, end: int, profile: Span2) -> bool:
    """【助人为乐】张书勤：三十年义务理发暖夕阳, then 张书勤，男，…: a class in brackets, the name of the person the
    next paragraph profiles, and a caption of the story."""
    m = _CLASS_THEN_NAME.match(ctx.norm, start, end)
    if m is None:
        return False
    person = _profiled_person(ctx, *profile)
    return person is not None and ctx.norm[person.start:person.end] == m.group(1)


def _good_people_title(norm: str, before: int) -> Span2 | None:
    """The list of good people (“临城好人”榜, “全椒好人榜”) a headline names, with the area and period before it: a line before
    `before` with no sentence's marks (临城县2024年第二季度“临城好人”榜发布); a list named in a sentence (我县已有3人
    入选“中国好人”榜。) is not the page's."""
    start = 0
    while start < before:
        end = norm.find("\n", start, before)
        end = before if end < 0 else end
        # (8位身边好人上榜！天生街道发布2023年度“天生好人”榜: a headline's cry before the words that name the list)
        cry = max(norm.rfind("！", start, end), norm.rfind("!", start, end))
        m = _GOOD_PEOPLE.search(norm, cry + 1 if cry >= 0 else start, end)
        if m is not None and not any(ch in _TITLE_BREAKS for ch in norm[max(start, cry + 1):end]):  # (a headline holds none)
            # (…“柳溪好人”候选人事迹展播, 推荐人选公示: a list of nominees)
            return None if _nominees_line(norm, start, end) else m.span(1)
        start = end + 1
    return None


def _nominees_line(norm: str, start: int, end: int) -> bool:
    """Whether a line names nominees, not winners: 拟推荐人选名单, 候选人事迹展播, 推荐人选公示 (not 网络投票超10万人次 or
    公示期满 of a list of winners)."""
    return (_PROPOSED.search(norm, start, end) is not None or _VOTED_OR_POSTED.search(norm, start, end) is not None
            or _LAUNCHED.search(norm, start, end) is not None)


# 网络投票开始啦, 投票进行中, 名单公示, 评选结果公示: a list still put to the vote or up for comment (not 网络投票超10万人次,
# 公示期满, 经公示无异议: how the winners were chosen)
# 评选活动启动, 推荐工作开始, 征集, 报名: a selection launched, which names no one yet
_LAUNCHED: Final = regex.compile(r"(?:评选|推荐|推选|评议)(?:活动|工作)?(?:正式)?(?:启动|开始|开启)|征集|报名")
_VOTED_OR_POSTED: Final = regex.compile(r"投票(?!超|数|结束|人次|[\d一二三四五六七八九十])|公示(?!期满|结束|无异议|期已满)")


def _shortened(norm: str, title: Span2, headline: Span2) -> bool:
    """Whether the list a line names is the headline's said shorter (本季度“柳溪好人”, 以下是本期“柳溪好人” of
    2024年第二季度“柳溪好人”): its words in quote marks are the headline's, and the line adds no year the headline lacks."""
    quoted = _QUOTED.search(norm, title[0], title[1])
    core = quoted.group() if quoted is not None else norm[title[0]:title[1]]  # (柳溪好人: its quote marks left out)
    named = norm[headline[0]:headline[1]]
    if core not in named:
        return False
    # (2024年第二季度“柳溪好人” under 2024年“柳溪好人”: the line names the period the headline leaves out)
    before = norm[title[0]:quoted.start() if quoted is not None else title[0]]
    return all(period in named for period in _PERIOD.findall(before))


# 2024年, 第二季度, 上半年: a period a list's name gives (此次, 全镇, 本季, 新一批 give none)
_PERIOD: Final = regex.compile(r"\d{4}年?度?|第[一二三四1-4]季度|[上下]半年|第[一二三四五六七八九十\d]+[期批届]")


# 临城县2024年第二季度“临城好人”: the list in quote marks, with the area and the period before it that rank it
_GOOD_PEOPLE: Final = regex.compile(r"((?:[\u4e00-\u9fff]{1,8}?[省市县区旗])?(?:\d{4}年度?)?(?:第[一二三四1-4]季度)?“[^“”\n]{0,10}好人榜?”)")


_CLASS: Final = r"\s*[【\[［][^】\]］\n]{2,10}[】\]］]\s*"  # 【助人为乐】
# 【助人为乐】, ▍助人为乐, 一、助人为乐类: a class of good people on a line of its own, in brackets, or after a section mark
# or a number (a mark or a number heads any section, so after one only a class of the lexicon's: ▍候选人物, ■ 往期回顾,
# 一、基本情况 are none)
_GOOD_CLASSES: Final = lexicon.alternation(lexicon.by_kind("honors.recipients", "good_class"))
_CLASS_IN_BRACKETS: Final = regex.compile(_CLASS + rf"|\s*[▍■◆]\s*(?:{_GOOD_CLASSES})\s*"
                                          rf"|\s*[一二三四五六七八九十]{{1,2}}[、.．]\s*(?:{_GOOD_CLASSES})类?\s*")
# 【电工】, 焊工项目　: a project's label before the prizes of a line, in brackets or set off by a blank
_PRIZES_LABEL: Final = regex.compile(_CLASS + r"|\s*[\u4e00-\u9fff]{2,10}(?:项目|赛项|工种|组)[ \u3000]+")
# 【助人为乐】|张书勤|：: a class in brackets, a name, a colon
# 【助人为乐】张书勤：…, 【助人为乐】黄德荣 (the name alone on its line): a class and an entry's name
_CLASS_THEN_NAME: Final = regex.compile(_CLASS + r"([\u4e00-\u9fff·]{2,6})(?:[：:]|[ \t\u3000]*$)")
_CLASS_NAME_PROFILE: Final = regex.compile(_CLASS + r"(" + _NAME_TEXT + r")[ \t\u3000]+[男女][，,]")


def _wide_row(ctx: _Ctx, start: int, end: int, title: Span2) -> Recipient | None:
    """红花套镇“橘乡红”志愿服务队          红花套镇人民政府: a row of two cells a wide blank apart, the second a
    body (where it belongs, or who carried it out): the first is the recipient, a project under a title
    of projects (银发护学岗          陆城街道清江社区) though no head word names it."""
    norm = ctx.norm
    number = _LINE_NUMBER.match(norm, start, end)
    if number is not None:
        start = number.end()  # 1.次仁多吉家庭　　　比如镇比如村: the row's number is no part of the first cell
    m = _WIDE_ROW.fullmatch(norm, start, end) or _BRAND_ROW.fullmatch(norm, start, end)
    if m is None:
        return None
    unit = recipients.classify(ctx.reader, *m.span("unit"), alone=False)
    if unit is None or unit.kind not in ("organization", "place"):
        return None
    a, b = m.span("first")
    item = recipients.classify(ctx.reader, a, b, alone=False)
    if (item is None or item.kind is None) and norm.endswith("项目", title[0], title[1]) and _HAN_TEXT.fullmatch(norm, a, b):
        item = Recipient(a, b, "project")
    return item if item is not None and item.kind is not None else None


# (a project that opens on its quoted brand may stand two blanks from its unit, as a table's columns do: the working copy
# writes an ideographic blank 　 as one)
_WIDE_ROW: Final = regex.compile(r"\s*(?P<first>\S{2,30}?)[ \u3000]{3,}(?P<unit>\S{2,30})\s*")
_BRAND_ROW: Final = regex.compile(r"\s*(?P<first>“[^”\n]{1,20}”\S{1,28}?)[ \u3000]{2,}(?P<unit>\S{2,30})\s*")


def _people_cells(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """郭晓燕　　程　伟　　吕建军, 刘建平（桐溪钢构有限公司）　　　　周　敏（县人民医院）: a row of cells a wide
    blank apart, each a person's name (padded or not), where the person works in brackets after it: one
    recipient a cell. None unless every cell is one (王　芳　　县人民医院 is a name and a body)."""
    norm = ctx.norm
    cells = [(m.start(), m.end()) for m in _WIDE_CELL.finditer(norm, start, end)]
    if len(cells) < 2:
        return None
    out: list[Recipient] = []
    for a, b in cells:
        name_end = b
        if norm[b - 1] in "）)":
            name_end = max(norm.rfind("（", a, b), norm.rfind("(", a, b))
            if name_end <= a:
                return None
        if _PADDED_NAME.fullmatch(norm, a, name_end):
            out.append(Recipient(a, name_end, "person"))
            continue
        named = recipients.classify(ctx.reader, a, name_end, alone=False)
        if named is None or named.kind != "person" or (named.start, named.end) != (a, name_end):
            return None
        out.append(named)
    return out


# 五（3）班　汪子涵: a pupil's class before the name, where the pupil studies
_SCHOOL_CLASS: Final = r"[一二三四五六七八九高初][一二三]?[（(]\d{1,2}[)）]班"
_SCHOOL_CLASS_CELL: Final = regex.compile(_SCHOOL_CLASS + r"[ \u3000]?")
_PUPIL_ROW_START: Final = regex.compile(r"[ \t\u3000]*" + _SCHOOL_CLASS)
_PUPIL: Final = regex.compile(r"(" + _NAME_TEXT + r")(?:[(（][^()（）\n]{1,6}[)）])?")


def _pupil_row(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """五（3）班　汪子涵　　《校园雨水回收智能浇灌装置》　　指导教师：储明霞, 六（4）班　王浩宇、刘思琪（团队）,
    三（5）班　陈梓萱　　四（3）班　徐子墨: a row of pupils, each cell that opens with a class naming the pupils
    in it (、 between them, a note in brackets after each); the other cells (the work, its coaches) name
    nobody who won. None unless the row opens with a class and every name in such a cell reads as one."""
    norm = ctx.norm
    cells = [(m.start(), m.end()) for m in _WIDE_CELL.finditer(norm, start, end)]
    if not cells or _SCHOOL_CLASS_CELL.match(norm, *cells[0]) is None:
        return None
    out: list[Recipient] = []
    for a, b in cells:
        pupil = _SCHOOL_CLASS_CELL.match(norm, a, b)
        if pupil is None:
            continue
        pos = pupil.end()
        while pos < b:
            m = _PUPIL.match(norm, pos, b)
            if m is None:
                return None
            a1, b1 = m.span(1)
            if not _PADDED_NAME.fullmatch(norm, a1, b1):
                named = recipients.classify(ctx.reader, a1, b1, alone=False)
                if named is None or named.kind != "person" or (named.start, named.end) != (a1, b1):
                    return None
            out.append(Recipient(a1, b1, "person"))
            pos = m.end()
            if pos < b:
                if norm[pos] != "、":
                    return None
                pos += 1
    return out or None
# a cell of a row whose cells stand two blanks or more apart (a padded name holds one: 程　伟)
_WIDE_CELL: Final = regex.compile(r"[^ \u3000\t\n]+(?:[ \u3000][^ \u3000\t\n]+)*")
_HAN_TEXT: Final = regex.compile(r"[\u4e00-\u9fff“”]{2,20}")


def _comma_row(ctx: _Ctx, start: int, end: int) -> _Pair | None:
    """王海涛，集装箱码头分公司，全国五一劳动奖章: a person's name, where the person works, the title the
    person won, a line of three cells between commas (one of several such lines)."""
    m = _COMMA_ROW.fullmatch(ctx.norm, start, end)
    if m is None:
        return None
    a, b = m.span("name")
    item = Recipient(a, b, "person") if _PADDED_NAME.fullmatch(ctx.norm, a, b) else recipients.classify(
        ctx.reader, a, b, alone=False)
    title = titles.clean(ctx.norm, *m.span("title"), ctx.words.titles)
    if item is None or item.kind != "person" or title is None or not ctx.is_titled(ctx.norm[title[0]:title[1]]):
        return None
    return _Pair(item, title, title, None, "honors.announce_lines", 0, True)


def _bracket_titled_row(ctx: _Ctx, start: int, end: int) -> list[_Pair] | None:
    """城关镇应急管理办公室（安全生产先进集体、防汛救灾先进集体）, 刘建军　城关镇应急管理办公室主任（安全生产先进
    个人）: a body, or a person's name and post a blank apart, then the titles it won in brackets at the
    line's end (one of several such lines): a pair for each title."""
    norm = ctx.norm
    m = _BRACKET_TITLED_ROW.fullmatch(norm, start, end)
    if m is None:
        return None
    a, b = m.span("who")
    if m.group("post"):
        item = Recipient(a, b, "person") if _PADDED_NAME.fullmatch(norm, a, b) else recipients.classify(
            ctx.reader, a, b, alone=False)
        if item is None or item.kind != "person" or (item.start, item.end) != (a, b):
            return None
    else:
        # a body, a place or a family, whole; or a person, a post before the name (西街村党支部书记王丽娜)
        item = recipients.classify(ctx.reader, a, b, alone=False)
        if item is None or not (item.kind in ("organization", "place", "family") and (item.start, item.end) == (a, b)
                                or item.kind == "person" and item.end == b):
            return None
    out: list[_Pair] = []
    pos = m.start("titles")
    for part in m.group("titles").split("、"):
        title = titles.clean(norm, pos, pos + len(part), ctx.words.titles)
        pos += len(part) + 1
        if title is None or not ctx.is_titled(norm[title[0]:title[1]]):
            return None
        out.append(_Pair(item, title, title, None, "honors.announce_lines", 0, True))
    return out


def _bracket_titled_items(ctx: _Ctx, start: int, end: int) -> list[_Pair] | None:
    """城关镇：东关社区妇联（周口市三八红旗集体）；张秀梅家庭（全国最美家庭、河南省最美家庭）。: a line of a place
    (or a group) and a colon, then items set apart by ；, each who won and the titles in brackets (as
    `_bracket_titled_row` reads a line); None unless every item reads so."""
    norm = ctx.norm
    colon = max(norm.find("：", start, end), norm.find(":", start, end))
    pos = colon + 1 if 0 <= colon - start <= _GROUP_LABEL_MAX else start
    while end > pos and norm[end - 1] in "。；; ":
        end -= 1
    out: list[_Pair] = []
    while pos < end:
        stop = min((x for x in (norm.find(";", pos, end), norm.find("；", pos, end)) if x >= 0), default=end)
        pairs = _bracket_titled_row(ctx, pos, stop)
        if pairs is None:
            return None
        out.extend(pairs)
        pos = stop + 1
    return out or None


_GROUP_LABEL_MAX: Final = 10  # the longest place or group a line of items opens with (双河街道：, 县直单位：)


# 刘建军　城关镇应急管理办公室主任（安全生产先进个人、防汛救灾先进个人）: who (and a post a blank apart), the titles
_BRACKET_TITLED_ROW: Final = regex.compile(r"\s*(?P<who>[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?=[ \u3000])|[^\s（()）]{2,30}?)"
                                           r"(?:[ \u3000]+(?P<post>[^\s（()）]{2,30}))?"
                                           r"[（(](?P<titles>[^（()）]{4,60})[)）]\s*")


# a lead-in that says the lines after it are honours (not 各单位打造了特色党建品牌：, brands)
# (共评出一等奖4名…现将竞赛结果通报如下：: a contest's placings counted, then its results)
_HONOURS_LEAD: Final = regex.compile(r"荣誉|典型|表彰|获奖|荣获|获评|称号|光荣榜|名单|殊荣|喜报|评选结果|评审结果|评出|[赛比]结果|赛成绩")


def _one(pair: _Pair | None) -> list[_Pair] | None:
    return None if pair is None else [pair]


def _placings_row(ctx: _Ctx, paragraphs: Sequence[Span2], i: int) -> list[_Pair] | None:
    """电工项目：第一名　周子豪（沅江市职业中等专业学校），第二名　彭宇（…）, 中国象棋个人：冠军　赵国栋（兴安街道）　　亚军
    孟庆林（市直机关）: an event's label and its colon, then its places in order, each a place, a blank and who won it
    (where they are from in brackets after), set apart by a comma or blanks (a line that stands alone): each winner
    with the place, ranked in the contest named above; None where any winner is no person or body the reader knows, or
    the places are a ranking's (乡镇考核排名：第一名　…, or under such a heading)."""
    norm = ctx.norm
    a, b = paragraphs[i]
    row = _PLACINGS_ROW.fullmatch(norm, a, b)
    if row is None or titles.RANKING_WORD.search(norm, a, row.start("rest")) or _under_a_ranking(ctx, paragraphs, i):
        return None
    winners = []
    for placed in _PLACED_WINNER.finditer(norm, row.start("rest"), row.end("rest")):
        for who_start, who_end in _split_items(norm, *placed.span("who")):
            bracket = _BRACKET_OPEN.search(norm, who_start, who_end)
            found = _winner(ctx, who_start, bracket.start() if bracket is not None else who_end)
            if found is None:
                return None
            winners.append((found, placed.span("place")))
    event = _event_of_places(ctx, paragraphs, i)
    return [_Pair(who, place, place, None, "honors.announce_lines", 0, True, event) for who, place in winners]


def _sexed_row(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """陈小燕　　女　　扶绥县特殊教育学校毕业生、盲人按摩师, 周　敏　女　　1997.11　严田镇团委副书记: a row of a person's name,
    a cell of the person's sex, then the person's particulars: the person alone (the particulars' 、 lists posts, no
    recipients); None where the first cell is no name of a person."""
    m = _SEXED_ROW.fullmatch(ctx.norm, start, end)
    if m is None:
        return None
    a, b = m.span("name")
    if b - a > _LONG_LISTED_NAME and not recipients.is_transliterated(ctx.norm[a:b]):
        return None  # (宝音德力格尔　男: a name of five or six letters is one the transliteration tables spell)
    if _PADDED_NAME.fullmatch(ctx.norm, a, b) or _unknown_name(ctx, a, b):
        return Recipient(a, b, "person")
    found = recipients.classify(ctx.reader, a, b, alone=False)
    if (found is None or found.kind is None) and recipients.is_transliterated(ctx.norm[a:b]):
        return Recipient(a, b, "person")  # 拉巴卓玛　女, 乌云其木格　女: a name the transliteration tables spell, its sex after it
    return found if found is not None and found.kind == "person" else None


# (陆永刚（男，52岁）　县人民医院主任医师，…。: the sex, and the age, in brackets after the name, then the particulars)
# (1.扎　西　　男　　藏族　　…: the row's number before the name, no part of it; 4．盘金凤　　女，瑶族，…: commas after the sex)
_SEXED_ROW: Final = regex.compile(r"[ \t\u3000]*(?:\d{1,3}[.．、][ \t\u3000]*)?(?P<name>" + _NAME_TEXT + r"|[\u4e00-\u9fff]{5,6})"
                                  r"(?:[ \t\u3000]+[男女]|[（(][男女](?:[，,、]\d{1,3}岁)?[)）](?=[ \t\u3000]))"
                                  r"(?:(?:[ \t\u3000]+|[，,])[^\n]*)?")


def _placed_line(ctx: _Ctx, paragraphs: Sequence[Span2], i: int) -> list[_Pair] | None:
    """第一名　县人民医院代表队, 第二名：沈　磊（赵巷镇）: a place in an event's order and who won it, one a line (another
    such line near it, under the event's heading; a line of the team's members may stand between): the winner with the
    place, ranked in the contest named above; None under a heading of a ranking or an appraisal (排名情况如下：), or
    where the winner is no person or body the reader knows (第一名：柳湾镇, a place ranked)."""
    norm = ctx.norm
    a, b = paragraphs[i]
    m = _PLACED_LINE.fullmatch(norm, a, b)
    if m is None or _under_a_ranking(ctx, paragraphs, i):
        return None
    found = _winner(ctx, *m.span("who"))
    if found is None:
        return None
    event = _event_of_places(ctx, paragraphs, i)
    return [_Pair(found, m.span("place"), m.span("place"), None, "honors.announce_lines", 0, True, event)]


def _event_of_places(ctx: _Ctx, paragraphs: Sequence[Span2], i: int) -> Span2 | None:
    """The contest the places on line `i` rank in: the one its paragraph or its section's heading names, else the
    award the line that announces the list names (第三十届汾州市新闻奖获奖作品：; not a contest of the prose before the
    lead, 在第三十三届山西省…评选中), else the one the article named above, else the contest the lead names."""
    pos = paragraphs[i][0]
    return _contest_before(ctx, pos) or _contest_heading(ctx, pos) or _award_lead(
        ctx, paragraphs, i, award_only=True) or _contest_of(ctx, pos) or _award_lead(ctx, paragraphs, i)


def _under_a_ranking(ctx: _Ctx, paragraphs: Sequence[Span2], i: int) -> bool:
    """Whether the run of placed lines (and their members' lines, indented) that line `i` is in stands under a heading
    of a ranking or an appraisal (全县乡镇考核排名情况如下：)."""
    norm = ctx.norm
    k = i
    while k > 0 and (_PLACED_LINE.fullmatch(norm, *paragraphs[k - 1]) or norm[paragraphs[k - 1][0]] in _BLANKS):
        k -= 1
    return k > 0 and titles.RANKING_WORD.search(norm, *paragraphs[k - 1]) is not None


def _winner(ctx: _Ctx, a: int, b: int) -> Recipient | None:
    """The person or body that won a place (a name padded to three, 沈　磊, is a person's); None for anything else."""
    if _PADDED_NAME.fullmatch(ctx.norm, a, b):
        return Recipient(a, b, "person")
    found = recipients.classify(ctx.reader, a, b, alone=True)
    return found if found is not None and found.kind in ("person", "organization") else None


# (冠　军: the two letters padded apart to align a results page's lines)
_PLACE_WORD: Final = r"(?:第[一二三四五六七八九十]{1,2}名|[冠亚季][ \u3000]?军)"
_BRACKET_OPEN: Final = regex.compile(r"[（(]")
_WINNER: Final = r"(?:" + _PADDED + r"|[^，,；;（()）\s：:、]{2,20})"  # (沈　磊: a name padded)
# (第一名　陈　斌　　县人民医院: where the winner works may follow in a cell of its own; not a score, 386)
_PLACED_LINE: Final = regex.compile(rf"[ \t\u3000]*(?P<place>{_PLACE_WORD})(?:[ \t\u3000]+|[ \t\u3000]*[:：][ \t\u3000]*)"
                                   rf"(?P<who>{_WINNER})(?:[（(][^（）()\n]{{1,30}}[）)])?"
                                   r"(?:(?:[ \u3000]{1,4}|\t)[^\s:：，,。；;、\d][^:：，,。；;、\n]{1,30})?[。；;]?[ \t\u3000]*")
_PLACED_LINES_APART: Final = 2  # the lines between two placed lines of one event (a team's members under each)
# 12秒36, 4米87, 11″86（破县运会纪录）, 4′31″6: the winner's time or distance after where the winner is from
_RESULT: Final = r"(?:[ \t\u3000]*\d+(?:[.．]\d+)?(?:(?:秒|米|分|′|″|'|\")\d*)+(?:[（(][^（）()\n]{1,12}[）)])?)?"
# 第三名张磊（县供电公司）、赵子恒（旺村镇）: a place shared, its winners set apart by 、, each with where it is from
_WINNERS: Final = rf"{_WINNER}(?:[（(][^（）()\n]{{1,30}}[）)]{_RESULT})?(?:、{_WINNER}(?:[（(][^（）()\n]{{1,30}}[）)])?)*"
_PLACED: Final = rf"{_PLACE_WORD}[ \t\u3000]*{_WINNERS}"
_PLACINGS_ROW: Final = regex.compile(rf"[ \t\u3000]*[^，,。；;：:\n]{{2,16}}[：:][ \t\u3000]*(?P<rest>{_PLACED}"
                                     rf"(?:(?:[ \t\u3000]*[，,；;][ \t\u3000]*|[ \t\u3000]{{2,}}){_PLACED})+)[。；;]?[ \t\u3000]*")
_PLACED_WINNER: Final = regex.compile(rf"(?P<place>{_PLACE_WORD})[ \t\u3000]*(?P<who>{_WINNERS})(?=[，,；;。\s]|$)")
_GROUP_LINE: Final = regex.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{1,8}组[ \t\u3000：:]*")  # 创业实体组, 乡村振兴组
# 学生组, 男子组, （一）青年组: a class of a contest's entrants, alone on its line
_CLASS_LINE: Final = regex.compile(rf"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{{1,2}}[)）]|[一二三四五六七八九十]{{1,2}}、)?"
                                   rf"{titles.CONTEST_CLASS}组[ \t\u3000：:]*")


def _dash_row(ctx: _Ctx, start: int, end: int) -> list[_Pair] | None:
    """“全国最美家庭”——罗德贵家庭, “省级文明村”——青杠村、柳湾村: a line of a quoted title, a dash and those
    who won it (one of several such lines): each a recipient of the title."""
    m = _DASH_ROW.fullmatch(ctx.norm, start, end)
    if m is None:
        return None
    title = titles.clean(ctx.norm, *m.span("title"), ctx.words.titles)
    if title is None or not ctx.is_titled(ctx.norm[title[0]:title[1]]):
        return None
    return _row_pairs(ctx, m.span("rest"), title)


_DASH_ROW: Final = regex.compile(r"\s*“(?P<title>[^”\n]{2,40})”\s*(?:——|—|－－)\s*(?P<rest>[^\n]{2,200}?)[。;；]?\s*")


def _board_row(ctx: _Ctx, start: int, end: int) -> list[_Pair] | None:
    """● 临沭县统计局：山东省…先进集体, 王春燕、高峰：临沂市…先进个人, 《…调研报告》：全市优秀统计分析报告一等奖: a line of
    an honours board (under a heading that says so: 荣誉榜, 获奖情况): who won, a colon, and a title, which must read as
    one (one of several such lines)."""
    norm = ctx.norm
    m = _BOARD_ROW.fullmatch(norm, start, end)
    if m is None:
        return None
    t0, t1 = m.span("title")
    triggers = ctx.words.triggers
    verb = triggers["active"].match(norm, t0, t1) or triggers["passive"].match(norm, t0, t1)
    if verb is not None:
        t0 = verb.end()  # 《…分析》：入选X: the verb of the honour, then its title
    title = titles.clean(norm, t0, t1, ctx.words.titles)
    # (a title may name no head word where its issuing level opens it: 全国母婴安全优质服务单位)
    if title is None or not (ctx.is_titled(norm[title[0]:title[1]]) or _UNQUOTED_RANK.match(norm, title[0])) or (
            _NOMINEES.search(norm, title[0], title[1])):
        return None  # (全省最佳志愿服务组织提名: put forward, not won)
    return _row_pairs(ctx, m.span("who"), title)


def _row_pairs(ctx: _Ctx, who: Span2, title: Span2) -> list[_Pair] | None:
    """Each of a row's recipients with the row's title; none where any item of the row is no recipient."""
    items = _line_items(ctx, who[0], who[1], -1, False)
    if not items or any(item.kind is None for item in items):
        return None
    return [_Pair(item, title, title, None, "honors.announce_lines", 0, True) for item in items]


# a row's bullet or number (● , 1. ), no part of who won
_ROW_MARK: Final = r"(?:[●•·▪◆■]\s*|\d{1,3}[.．、]\s*)?"
# 拟推荐名单, 候选对象名单公示, …提名: who is put forward, who has won nothing yet
_NOMINEES: Final = regex.compile(r"拟|候选|推荐|提名|公示")
# (a post's pictograph may mark the row, 🏅; a dash may stand for the colon: 白马寺镇荷花村——全国乡村治理示范村)
_BOARD_ROW: Final = regex.compile(rf"\s*(?:[{scan.PICTOGRAPHS}]\ufe0f?\s*)?{_ROW_MARK}(?P<who>[^:：,，。;；\s—][^:：,，。;；—]{{1,59}}?)"
                                  r"\s*(?:[:：]|——)\s*(?P<title>[^:：,，。;；、—]{2,40}?)[。;；]?\s*")


def _colon_row(ctx: _Ctx, start: int, end: int, granted: frozenset[str]) -> _Pair | None:
    """1. 城发置业公司党支部：集团先进基层党组织, 5. 王立强（城发建设工程公司）：集团优秀共产党员: a numbered line
    of a recipient (a note in brackets after it) and, after a colon, a title the article granted (one of
    several such lines)."""
    m = _COLON_ROW.fullmatch(ctx.norm, start, end)
    if m is None or ctx.norm[m.start("title"):m.end("title")].strip("“”") not in granted:
        return None
    a, b = m.span("name")
    item = Recipient(a, b, "person") if _PADDED_NAME.fullmatch(ctx.norm, a, b) else recipients.classify(
        ctx.reader, a, b, alone=False)
    if item is None or item.kind is None:
        return None
    title = m.span("title")
    return _Pair(item, title, title, None, "honors.announce_lines", 0, True)


_COLON_ROW: Final = regex.compile(rf"\s*{_ROW_MARK}(?P<name>[^:：,，。;；、（()）\s][^:：,，。;；、（()）]{{1,29}})"
                                  r"(?:[（(][^)）:：]{1,30}[)）])?[:：]\s*(?P<title>[^:：,，。;；、]{2,40})\s*")
_COMMA_ROW: Final = regex.compile(r"\s*(?P<name>" + _NAME_TEXT + r")[,，]"
                                  r"[^,，。;；]{2,24}[,，](?P<title>[^,，。;；]{2,40}?)\s*")


def _groups_what_follows(ctx: _Ctx, following: Sequence[Span2], kinds: tuple[str, ...] = ("person", "family")) -> bool:
    """Whether the line after a label's line names one of `kinds` (a place's line: a person or a
    family, not another place of a list of places): then the label groups the names after it."""
    if not following:
        return False
    start, end = following[0]
    row = _PERSON_ROW.fullmatch(ctx.norm, start, end)
    if row is not None and "person" in kinds:
        item = recipients.classify(ctx.reader, row.start("name"), row.end("name"), alone=False)
        if item is None or item.kind in (None, "person"):
            return True  # 戴小军　某公司驾驶员, 何　勇　外卖骑手: a person's row
    items = _line_items(ctx, start, end, -1, False)
    return bool(items) and items[0].kind in kinds


def _work_row(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """《奶奶的花饽饽》　　王梓涵　　某某小学　　指导教师：刘春燕, 《畲乡药草图鉴》　蓝秀琴（某某医院）: a prize
    list's row of a work and who wrote it: the work and its author, read together from the work's
    opening mark to the end of the author's name (a reader asks for either: the prize is the work's and
    its author's); the cells after the author's (a school, a teacher) are no recipient."""
    norm = ctx.norm
    m = _WORK_ROW.match(norm, start, end)
    if m is None:
        return _author_row(ctx, start, end)
    author = _author(ctx, *m.span("author")) or _author_before_workplace(ctx, m, end)
    return Recipient(start, author.end, author.kind) if author is not None else None


def _author_before_workplace(ctx: _Ctx, m: re.Match, end: int) -> Recipient | None:
    """《犀鸟谷的守护者》　刀晓亮　那邦镇人民政府: between the work and where its author works, a cell of two to four
    characters that ends in no post is the author's name, though the reader knows not its surname (刀, 排, 线, 岩: Dai
    and Jingpo names): the row's last cell is a body or a place, whole, and a row of the same list holds a work and an
    author the reader knows as a person in the same column."""
    norm = ctx.norm
    a, b = m.span("author")
    if not _SHORT_NAME.fullmatch(norm, a, b) or _ends_in_post(norm[a:b], ctx.words.recipients):
        return None  # (岩温, 排早腊: jieba may read a rare name as a common noun; the column says what the cell is)
    rest = _ROW_REST.fullmatch(norm, b, end)
    if rest is None:
        return None
    where = recipients.classify(ctx.reader, *rest.span("where"), alone=False)
    if where is None or where.kind not in ("organization", "place") or (where.start, where.end) != rest.span("where"):
        return None
    return Recipient(a, b, "person") if _known_author_in_column(ctx, norm.rfind("\n", 0, m.start()) + 1, end) else None


def _known_author_in_column(ctx: _Ctx, line_start: int, line_end: int) -> bool:
    """Whether a row of the run of work rows around the line (up to `_COLUMN_REACH` a side, stopping at a line
    of another shape) names an author the reader knows as a person."""
    norm = ctx.norm
    for step in (-1, 1):
        a, b = line_start, line_end
        for _ in range(_COLUMN_REACH):
            if step < 0:
                if a == 0:
                    break
                a, b = norm.rfind("\n", 0, a - 1) + 1, a - 1
            else:
                a = norm.find("\n", b) + 1
                if a == 0:
                    break
                nxt = norm.find("\n", a)
                b = len(norm) if nxt < 0 else nxt
            row = _WORK_ROW.match(norm, *_strip_span(norm, a, b))
            if row is None:
                break
            author = _author(ctx, *row.span("author"))
            if author is not None and author.kind == "person":
                return True
    return False


_COLUMN_REACH: Final = 8


_SHORT_NAME: Final = regex.compile(r"[\u4e00-\u9fff]{2,4}")
# blanks, then one cell to the line's end
_ROW_REST: Final = regex.compile(r"[ \u3000\t]+(?P<where>[^\s]{2,30})[ \u3000\t]*")


def _work_authors(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """《老街新韵》　　赵　明、钱丽华（鹤山区）: a work of several authors: the first read with the work (as
    `_work_row` reads one), each other alone; None unless every one is an author."""
    m = _WORK_AUTHORS.match(ctx.norm, start, end)
    if m is None:
        return None
    out: list[Recipient] = []
    pos = m.start("authors")
    for part in m.group("authors").split("、"):
        author = _author(ctx, pos, pos + len(part))
        if author is None:
            return None
        out.append(Recipient(start, author.end, author.kind) if not out else author)
        pos += len(part) + 1
    return out


def _bracketed_authors(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """《外婆的蒲扇》（清化镇第一中学　王若曦）: a work, then in brackets where its author studies or works and the author a
    blank after it (as a credit line gives them, `_credited_authors`): the author; None unless the last cell is a person's."""
    norm = ctx.norm
    m = _WORK_BRACKETED.fullmatch(norm, start, end)
    if m is None:
        return None
    cells = [(c.start(), c.end()) for c in _CREDIT_CELL.finditer(norm, m.start("credit"), m.end("credit"))]
    if len(cells) < 2:
        return None  # (《X》（王若曦）: the author alone in brackets is the work's row, read as such)
    # (the first cell says where the author is, whatever the reader makes of it: 博爱县职业中专)
    return _authors_of_cells(ctx, cells, any_workplace=True)


# 《外婆的蒲扇》（清化镇第一中学　王若曦）: a work, and in brackets where its author is and the author
_WORK_BRACKETED: Final = regex.compile(r"[ \t\u3000]*《[^《》\n]{1,40}》[（(](?P<credit>[^（）()\n]{4,40})[)）][ \t\u3000]*")


def _credited_authors(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """《可自动避障的导盲手杖》　作者：沂川县实验中学　陈浩然　孙　悦: a work, its credit label, where its authors
    study or work, then the authors a blank apart (a padded name holds one): each author; None unless
    every name after the body is a person's."""
    norm = ctx.norm
    m = _CREDIT_ROW.match(norm, start, end)
    if m is None:
        return None
    cells = [(c.start(), c.end()) for c in _CREDIT_CELL.finditer(norm, m.end(), end)]
    return _authors_of_cells(ctx, cells, any_workplace=False)


def _authors_of_cells(ctx: _Ctx, cells: list[tuple[int, int]], *, any_workplace: bool) -> list[Recipient] | None:
    """A credit's cells, a blank apart (a padded name holds one): each person; None unless every cell after the
    first is a person's. The first cell may say where the authors study or work instead: any text where
    `any_workplace` (in brackets after the work), else a body or a place the reader names (after 作者：)."""
    out: list[Recipient] = []
    for i, (a, b) in enumerate(cells):
        if _PADDED_NAME.fullmatch(ctx.norm, a, b):
            out.append(Recipient(a, b, "person"))
            continue
        named = recipients.classify(ctx.reader, a, b, alone=False)
        if named is not None and named.kind == "person" and (named.start, named.end) == (a, b):
            out.append(named)
        elif i > 0 or not (any_workplace or named is not None and named.kind in ("organization", "place")):
            return None  # (the first cell may name where the authors are, never who won)
    return out or None


# 《X》　作者：: a work and its credit label; then cells a blank apart, a padded name's one blank inside it
_CREDIT_ROW: Final = regex.compile(
    rf"《[^《》\n]{{1,40}}》[ \u3000\t]*(?:{lexicon.alternation(lexicon.by_kind('honors.headers', 'credit'))})[:：][ \u3000]*")
_CREDIT_CELL: Final = regex.compile(_PADDED + r"(?![\u4e00-\u9fff])|[^\s]+")


def _author_row(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """汪致远　《沁园春·长沙》（行草）, 赵　敏　《渔歌》: the other order, the author first: the author (a person,
    a padded name or a body), never the work after it as a second recipient."""
    norm = ctx.norm
    m = _AUTHOR_ROW.match(norm, start, end)
    if m is None:
        return _glued_author(ctx, start, end)
    return _author(ctx, *m.span("author"))


def _glued_author(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """曾德华《橘园晨曦》, 里湖乡代表队《白裤瑶猴鼓舞》: an author and the work with no blank between, read together
    (as `_work_row` reads a work and its author); None unless norm[start:end] is one, its author a name or a body."""
    m = _GLUED_AUTHOR_ROW.fullmatch(ctx.norm, start, end)
    author = _author(ctx, *m.span("author")) if m is not None else None
    return Recipient(author.start, m.end("work"), author.kind) if m is not None and author is not None else None


def _placing_works(ctx: _Ctx, start: int, end: int) -> tuple[Span2, list[Recipient]] | None:
    """一等奖　《沁园春·雪》（王建军）, 二等奖　《节临兰亭序》（李秋菊）　《唐诗二首》（赵卫东）: a placing, then the works that
    won it, each with its author in brackets: the placing and the authors; None unless every author is one."""
    norm = ctx.norm
    m = ctx.words.triggers["placing_line"].match(norm, start, end)
    if m is None or m.end() == start:
        return None
    authors = _works_authors(ctx, m.end(), end)
    return (m.span("placing"), authors) if authors is not None else None


def _line_authors(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """　　作者：周墨林, 作者：赵　明　钱丽华: a credit line under a work, its authors a blank or 、 apart; None unless the
    line is so and each is a person's name (a padded one among them)."""
    m = _AUTHOR_LINE.fullmatch(ctx.norm, start, end)
    if m is None:
        return None
    authors: list[Recipient] = []
    for cell in _CREDIT_CELL.finditer(ctx.norm, *m.span("authors")):
        a, b = cell.span()
        for x, y in recipients.parts(ctx.norm, a, b, _ENUMERATION) if ctx.norm.find("、", a, b) >= 0 else [(a, b)]:
            author = _author(ctx, x, y)
            if author is None or author.kind != "person":
                return None
            authors.append(author)
    return authors or None


# 　　作者：周墨林: a work's credit on a line of its own, under the work
# (作　者：: the label padded with a blank to the width of the others)
_CREDIT_LABEL: Final = lexicon.alternation(
    ("[ \u3000]*".join(map(re.escape, label)) for label in lexicon.by_kind("honors.headers", "author")), escape=False)
_AUTHOR_LINE: Final = regex.compile(rf"[ \t\u3000]*(?:{_CREDIT_LABEL})[:：][ \u3000]*(?P<authors>[^\n:：]{{2,30}}?)[ \t\u3000]*")


def _works_authors(ctx: _Ctx, start: int, end: int) -> list[Recipient] | None:
    """《外婆的蒲扇》（李梓涵）, 《节临兰亭序》（李秋菊）　《唐诗二首》（赵卫东）: works, each with its author in brackets, and
    nothing else: the authors; None unless the line is so and every author is one. One work with its author's name
    right after its closing mark (《老屋门前那条路》王淑芬): that person."""
    a, b = _strip_span(ctx.norm, start, end)
    if b <= a or ctx.norm[a] != "《":
        return None
    if not _PLACED_WORKS.fullmatch(ctx.norm, a, b):
        glued = _WORK_THEN_NAME.fullmatch(ctx.norm, a, b)
        author = _author(ctx, *glued.span("author")) if glued is not None else None
        return [author] if author is not None and author.kind == "person" else None
    authors: list[Recipient] = []
    for work in _WORK_WITH_AUTHOR.finditer(ctx.norm, a, b):
        author = _author(ctx, *work.span("author"))
        if author is None:
            return None
        authors.append(author)
    return authors


_WORK_OPENING: Final = r"《[^《》\n]{1,40}》[（(]"  # 《沁园春·雪》（: a work, then its author's bracket
_WORK_AUTHOR: Final = r"[^()（）\n]{2,12}"
_WORK_WITH_AUTHOR: Final = regex.compile(rf"{_WORK_OPENING}(?P<author>{_WORK_AUTHOR})[)）]")
_PLACED_WORKS: Final = regex.compile(rf"(?:{_WORK_OPENING}{_WORK_AUTHOR}[)）][ \u3000\t]*)+")
_WORK_THEN_NAME: Final = regex.compile(r"《[^《》\n]{1,40}》(?P<author>" + _NAME_TEXT + r")")


def _author(ctx: _Ctx, a: int, b: int) -> Recipient | None:
    """norm[a:b] whole as who wrote a work: a padded name (赵　敏), a person, a body or a place."""
    if _PADDED_NAME.fullmatch(ctx.norm, a, b):
        return Recipient(a, b, "person")
    author = recipients.classify(ctx.reader, a, b, alone=False)
    if author is None or author.kind not in ("person", "organization", "place") or (author.start, author.end) != (a, b):
        return None
    return author


# (a team's name may quote its brand, 龙泉镇“夕阳红”舞蹈队; a note in brackets may follow the author, 周小雨（某小学）;
# the work's cell may name its kind before it, 琵琶独奏《彝族舞曲》)
# (林泽楷（达濠街道）《祖父的侨批》: after the note in brackets, the work may follow with no blank)
_AUTHOR_ROW: Final = regex.compile(r"\s*(?P<author>[\u4e00-\u9fff“](?:[ \u3000]?[\u4e00-\u9fff“”]){1,29}?)(?:[(（][^()（）\n]{1,20}[)）]"
                                   r"[ \u3000\t]*|[ \u3000\t]+)[\u4e00-\u9fff]{0,6}《[^《》\n]{1,40}》")


# 里湖乡代表队《白裤瑶猴鼓舞》: the author and the work with no blank between, nothing else on the line (the
# author read whole: 琵琶独奏《彝族舞曲》 names no author)
_GLUED_AUTHOR_ROW: Final = regex.compile(r"\s*(?P<author>[\u4e00-\u9fff“”]{2,30})(?P<work>《[^《》\n]{1,40}》)\s*")
_GLUED_AUTHORS_LIST: Final = regex.compile(r"\s*[\u4e00-\u9fff“”]{2,30}《[^《》\n]{1,40}》(?:、[\u4e00-\u9fff“”]{2,30}《[^《》\n]{1,40}》)+\s*")
# 《作品名》, blanks, the author's cell: a name (padded: 李　娜) or a body, up to a bracketed note, the next
# blank or the line's end
_WORK_AUTHORS: Final = regex.compile(r"《[^《》\n]{1,40}》(?:[(（][^()（）\n]{1,8}[)）])?[ \u3000\t]*(?P<authors>[^、\s（(]{1,12}(?:[ \u3000][^、\s（(]{1,3})?"
                                     r"(?:、[^、\s（(]{1,12}(?:[ \u3000][^、\s（(]{1,3})?)+)(?=[（(]|[ \u3000\t]|$)")
# (《新农人》（组照）　李志华: a note on the work's form may follow its title)
# (麦尔丹·艾合买提: a transliterated name holds its dot)
_WORK_ROW: Final = regex.compile(r"《[^《》\n]{1,40}》(?:[(（][^()（）\n]{1,8}[)）])?[ \u3000\t]*(?P<author>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]"
                                 r"(?:[\u4e00-\u9fff]|·(?=[\u4e00-\u9fff])){0,28}?)(?=[（(]|[ \u3000\t]|$)")


def _person_row(ctx: _Ctx, start: int, end: int, title: Span2, person_column: bool) -> Recipient | None:
    """储建军　宁海县第一职业中学, 刘　芳（土家族）　某合作社理事长 under a person's title: a name (padded
    to align the table, a note in brackets after it), then where the person works and as what. The
    first cell names the person whatever the surname; the rest is no recipient. A title only a person
    holds says so, or a header row 姓名　工作单位 over the list (`person_column`)."""
    norm = ctx.norm
    m = _PERSON_ROW.fullmatch(norm, start, end)
    if m is None and (m := _LONG_NAME_ROW.fullmatch(norm, start, end)) is not None and not recipients.is_transliterated(
            m.group("name")):
        m = None  # (阿拉坦其其格　嘎亥图镇卫生院医生: a Mongolian name of five or six letters the tables spell, then its post)
    if m is None or not (person_column or titles.is_personal(norm[title[0]:title[1]], ctx.words.titles)
                         or not titles.is_collective(norm[title[0]:title[1]], ctx.words.titles) and _name_then_body(ctx, m)):
        return None  # (under 先进集体, 张庄　县交通运输局 names two bodies, never a person's row)
    if norm[m.start("name"):m.end("name")].replace(" ", "").replace("\u3000", "") in ctx.words.recipients.not_names:
        return None  # 备　注　以上排名不分先后: a label padded as a name is, no name
    if m.group("rest").startswith("《") and _PADDED_NAME.fullmatch(norm, *m.span("name")) is None and segment.common_words(
            m.group("name")):
        return None  # 电视消息　《…》　作者：刘洪涛: a work's kind before the work, common words, no person
    rest = m.group("rest")
    paren = _TRAILING_PAREN.search(rest)
    if paren is not None:
        rest = rest[:paren.start()]  # 张红英(江油市)  李建军(涪城区): names with their places
    described = person_column and norm[m.end("rest"):m.end("rest") + 1] in ("，", ",") and end - m.end("rest") > _MIN_AFFILIATION and (
        not _names_whole(rest) and not recipients.person_row(norm, m.start("rest"), end))  # (王建国　李晓明，张红英: names)
    if len(rest) < _MIN_AFFILIATION and not described:  # 李雯　王强: two names on a line, read as a list
        # (沙马日体　　肢体残疾，芦稿镇种植大户 under a list that counts people: the name, then who the person is)
        item = recipients.classify(ctx.reader, m.start("rest"), m.end("rest"), alone=False)
        if item is None or item.kind not in ("organization", "place"):
            return None
    item = recipients.classify(ctx.reader, m.start("name"), m.end("name"), alone=False)
    if item is not None and item.kind not in (None, "person"):
        return None  # 县委　县政府: bodies, not a person
    return Recipient(m.start("name"), m.end("name"), "person")


def _name_then_body(ctx: _Ctx, m: re.Match) -> bool:
    """刘志刚　湖南建工集团有限公司, 陈　峰　中建五局第三建设有限公司, 王志强　一大队: a person's name (or a name
    padded to align the table), then a body or a place (包文龙　四都乡西坑村), whatever the title: the row of a person and where the
    person works, not two recipients."""
    a, b = m.span("name")
    if _PADDED_NAME.fullmatch(ctx.norm, a, b) is None:
        name = recipients.classify(ctx.reader, a, b, alone=False)
        if name is None or name.kind != "person":
            return False
    body = recipients.classify(ctx.reader, m.start("rest"), m.end("rest"), alone=False)
    return body is not None and body.kind in ("organization", "place")  # (包文龙　四都乡西坑村: where the person lives)


def _event_row(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """钉纽扣　王雨涵（青岚县第一中学）, 包饺子　李　想（城关中学）: under a list of people, the event, a blank, then the
    winner and where the winner is from in brackets: the winner (the event is no one)."""
    m = _EVENT_THEN_WINNER.fullmatch(ctx.norm, start, end)
    if m is None or _names_whole(ctx.norm[m.start("event"):m.end("event")]):
        return None  # (王雨涵　李晓明（城关中学）: two names, a pair's row, no event)
    where = recipients.classify(ctx.reader, *m.span("where"), alone=True)
    if where is None or where.kind not in ("organization", "place"):
        return None
    return Recipient(*m.span("name"), "person")


_EVENT_THEN_WINNER: Final = regex.compile(r"\s*(?P<event>[\u4e00-\u9fff]{2,8})[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]"
                                          r"[\u4e00-\u9fff])[（(](?P<where>[^（）()\n]{2,30})[）)]\s*")


def _names_whole(text: str) -> bool:
    """王雨涵: one word jieba tags a name (not 钉纽扣, 包水饺, an event's words)."""
    words = segment.tag(text)
    return len(words) == 1 and words[0][1] in ("nr", "nrfg", "nrt")


def _worker_row(ctx: _Ctx, start: int, end: int, person_column: bool = False) -> Recipient | None:
    """区妇幼保健院　王　琼, 府城街道　符秀兰: a line of where one person works (a body or a place), then the
    name: the person; 渔洋关镇　张德明家庭: where a family lives, then the family. Under a heading that counts
    people (优秀少先队员（6名）), the name is a person's whatever it looks like (和静县第四小学　娜仁花,
    巩乃斯镇中心学校　努尔扎提·加恒)."""
    norm = ctx.norm
    family = _FAMILY_THEN_WHERE.fullmatch(norm, start, end)
    if family is not None:
        # 汪正华家庭　　方巷镇沿湖村, 陈　敏家庭　　槐泗镇永丰村: the family, then where it lives (no recipient of its own)
        where = recipients.classify(ctx.reader, *family.span("where"), alone=True)
        if where is not None and where.kind in ("organization", "place") and (where.start, where.end) == family.span("where"):
            return Recipient(*family.span("name"), "family")
    named = _UNIT_THEN_NAME.fullmatch(norm, start, end)
    if named is None and person_column:
        named = _UNIT_THEN_ANY_NAME.fullmatch(norm, start, end)
    if named is None:
        return None
    a, b = named.span("name")
    unit = _strip_span(norm, start, a)
    if _ends_in_post(norm[unit[0]:unit[1]], ctx.words.recipients) and not (
            ctx.words.recipients.verb_guard.search(norm, unit[0], unit[1])):
        if _PADDED_NAME.fullmatch(norm, a, b):
            return Recipient(a, b, "person")  # 纯池镇禾溪村党支部书记　张　勇: the post one holds, then the padded name
        person = recipients.classify(ctx.reader, a, b, alone=True)
        if person is not None and person.kind == "person" and (person.start, person.end) == (a, b):
            return person  # 三桥镇妇联主席　申小燕: the post, then a name the reader knows
    where = recipients.classify(ctx.reader, unit[0], unit[1], alone=True)
    if where is None or where.kind not in ("organization", "place") or (where.start, where.end) != unit:
        return None
    if _PADDED_NAME.fullmatch(norm, a, b):
        return Recipient(a, b, "person")
    person = recipients.classify(ctx.reader, a, b, alone=True)
    if person is not None and person.kind in ("person", "family") and (person.start, person.end) == (a, b):
        return person
    if person_column and (person is None or person.kind is None) and not norm.endswith(_NOT_A_NAME_TAIL, a, b) and (
            _name_like(norm[a:b], ctx.words.recipients)):
        return Recipient(a, b, "person")
    return None


_FAMILY_THEN_WHERE: Final = regex.compile(r"\s*(?P<name>" + _NAME_TEXT + r"家庭)"
                                          r"[ \t\u3000]{2,}(?P<where>[\u4e00-\u9fff][^\s]{1,29})\s*")


def _long_transliterated(ctx: _Ctx, item: Recipient) -> bool:
    """乌云其木格, 图门吉日嘎拉: five or six letters of the transliteration tables, no place's (阿尔巴斯苏木, a township
    of the banners; 查干嘎查, a village) nor a post's."""
    text = ctx.norm[item.start:item.end]
    return (_LONG_NAME_LETTERS[0] <= len(text) <= _LONG_NAME_LETTERS[1] and recipients.is_transliterated(text)
            and not text.endswith(_BANNER_PLACES) and not recipients.ends_with_post(ctx.reader, text))


_LONG_NAME_LETTERS: Final = (5, 6)
_CLASS_CELL: Final = regex.compile(r"[\u4e00-\u9fff]{1,6}[组类]")  # 学前组, 初中组, 科幻画类: a row's class cell
_BANNER_PLACES: Final = ("苏木", "嘎查", "旗", "盟")


def _name_cell(ctx: _Ctx, item: Recipient) -> bool:
    """Whether a cell the reader does not know may hold a person's name where the heading counts people: two to six
    letters (a padded name, a transliterated one with its dot), no common word and no post (`_name_like`)."""
    return _HAN_NAME_CELL.fullmatch(ctx.norm, item.start, item.end) is not None and _name_like(
        ctx.norm[item.start:item.end], ctx.words.recipients)


def _name_like(text: str, words: RecipientWords) -> bool:
    """A name jieba does not know as a common noun phrase (娜仁花, 才让卓玛), nor one ending in a post (团委书记,
    初三年级: a department or a class, no person)."""
    return not _ends_in_post(text, words) and not segment.common_words(text.replace("·", ""))


def _ends_in_post(text: str, words: RecipientWords) -> bool:
    """Whether `text` ends in a post (县政协委员, 代表性传承人, 团委书记): the guard, then the pattern."""
    return recipients.may_end(text, words.post_words) and words.post.search(text) is not None


_ITEM_STOPS: Final = frozenset("。；;")


def _name_and_note(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """张雨婷（女，土家族，古丈县第一中学高三（1）班学生）, 向　军（默戎镇龙鼻村青年农民）: a row of a person's name
    and a note on them in brackets that close the line, whatever the note holds (commas, brackets of its own)."""
    norm = ctx.norm
    while end > start and norm[end - 1] in " \u3000\t":
        end -= 1
    if end - start < 5 or norm[end - 1] not in "）)":
        return None
    depth, at = 0, end - 1
    while at >= start:  # the bracket the last one closes
        ch = norm[at]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth -= 1
            if depth == 0:
                break
        at -= 1
    if at <= start or depth != 0:
        return None
    a, b = _strip_span(norm, start, at)
    if not (2 <= b - a <= 4 and _HAN_NAME.fullmatch(norm, a, b) and norm[a] in ctx.reader.surnames):
        return None
    if norm[b - 1] in _PLACE_ENDS or _BRACKET_COUNT.fullmatch(norm, at + 1, end - 1):
        return None  # 石桥镇（2名）, 安平县（3名）: a place heading the names of its own, counted
    if b - a == 4 and not _PADDED_NAME.fullmatch(norm, a, b) and not (a + 1 < b and norm[a + 1] in " \u3000"):
        return None  # (four characters unpadded: a body's short name as often as a compound surname's)
    if not _PADDED_NAME.fullmatch(norm, a, b):
        # (石桥村（石桥镇）, 林业局（机关团支部）, 高中组（书法）: a place, a body or a class, its surname-like first
        # character no name's)
        named = recipients.classify(ctx.reader, a, b, alone=False)
        if named is None or named.kind != "person":
            return None
    return Recipient(a, b, "person")


def _line_items(ctx: _Ctx, start: int, end: int, column: int, person_column: bool) -> list[Recipient]:
    """The recipients a list line names (unclassified ones with kind None): one or several, separated
    by 、 or blanks; under a table's header row, the one cell of its recipients' column."""
    norm = ctx.norm
    if column >= 0:
        cell = _BARRED_CELL if _barred(norm, start, end) else _CELL
        cells = [_strip_span(norm, *m.span()) for m in cell.finditer(norm, start, end)]
        if len(cells) <= column:
            return []
        a, b = cells[column]
        if norm.find(":", a, b) >= 0 or norm.find("：", a, b) >= 0:
            return []  # (长海县图书馆　地址：…　开放时间：…: the page's footer under the table, a label's cell, no name)
        if b - a == 1 and column + 1 < len(cells) and (pair := _PADDED_NAME.match(norm, a, cells[column + 1][1])) and (
                norm[pair.end():cells[column + 1][1]] in ("", "家庭")):
            b = cells[column + 1][1]  # 李　敏, 胡　敏家庭: a two-character name padded to align the column, one cell
        paren = _TRAILING_PAREN.search(norm, a, b)
        if paren and paren.start() > a:
            b = paren.start()
        names = _split_items(norm, a, b) if person_column and norm.find("、", a, b) >= 0 else []
        if names and all(_HAN_NAME.fullmatch(norm, x, y) for x, y in names):
            return [Recipient(x, y, "person") for x, y in names]  # 李思远、王梓萌: two people in the 作者 column's cell
        item = recipients.classify(ctx.reader, a, b, alone=False) if b - a >= 2 else None
        if (item is None or item.kind is None) and person_column and (
                _HAN_NAME.fullmatch(norm, a, b) or _MONGOLIAN_NAME.fullmatch(norm, a, b)):
            item = Recipient(a, b, "person")  # 玉香　某中学, 图门其其格: the 姓名 column says who
        return [item or Recipient(a, b, None)]
    number = _LINE_NUMBER.match(norm, start, end)
    if number is not None:
        start = number.end()  # （一）县人民医院, 1.县第一中学: the line's number is no part of the name
        if end - start >= 2 and norm[end - 1] in _ITEM_STOPS and not any(ch in _ITEM_STOPS for ch in norm[start:end - 1]):
            end -= 1  # 1. 大竹县水务局农村水利股。: a numbered item closed by its stop
    label = _GROUP_LABEL.match(norm, start, end)
    if label is not None:
        start = label.end()  # 宁平镇：王庆山　李秀兰: where they work, then who they are
    counted = _COUNTED_TAIL.search(norm, start, end) if norm.find("、", start, end) >= 0 else None
    if counted is not None and _COUNTED_LINE_END.fullmatch(norm, counted.end(), end):
        whole = recipients.read(ctx.reader, start, end)
        if len(whole) == 1 and whole[0].kind == "collective":
            return whole  # 大磏镇王春兰、洛龙镇黎小红等12人: examples and their count, one recipient (ANNOTATION.md)
    worker = _worker_row(ctx, start, end, person_column)
    if worker is not None:
        return [worker]
    event = _event_row(ctx, start, end) if person_column else None
    if event is not None:
        return [event]
    noted = _name_and_note(ctx, start, end)
    if noted is not None:
        return [noted]
    padded = _padded_names_row(norm, start, end)
    if padded is not None:  # (a cell as wide as the padded names is a name too, whatever its surname, unless a
        # body or a place: 办公室, 城关镇)
        return [_padded_row_cell(ctx, a, b) for a, b in padded]
    items: list[Recipient] = []
    lone = -1  # a lone character after a body and a blank: a padded name's first half (县医院　王　珺)
    for m in _ANNOUNCE_ITEM.finditer(norm, start, end):
        if lone >= 0:
            if m.end() - m.start() == 1 and m.start() == lone + 2 and norm[lone + 1] in " \u3000" and (
                    norm[m.start()] not in _SEX_WORDS):
                items.append(Recipient(lone, m.end(), "person"))
                lone = -1
                continue
            items.append(Recipient(lone, lone + 1, None))
            lone = -1
        if m.end() - m.start() == 1 and items and (items[-1].kind == "organization" or person_column and items[-1].kind is None
                                                   and items[-1].end - items[-1].start > 1):
            lone = m.start()  # (数控车工　王　磊 under a list of people: the trade, then a padded name)
            continue
        name_end = m.end()
        paren = _TRAILING_PAREN.search(m.group(0))
        if paren:
            name_end = m.start() + paren.start()  # 李建军(涪城区): the place is not the name
        elif norm[name_end - 1] == "》" and _PADDED_NAME.match(norm, m.start(), name_end):
            # 付　强《老峨山云海》: a padded name and the work, read together as 曾德华《橘园晨曦》 is (`_work_row`)
            items.append(Recipient(m.start(), name_end, "project"))
            continue
        elif norm[name_end - 1] == "》" and (glued := _glued_author(ctx, m.start(), name_end)) is not None:
            items.append(glued)  # 月里镇代表队《月里阿妹》、六寨镇代表队《竹竿舞》: each team and its work
            continue
        dash = norm.find("——", m.start(), name_end)
        if dash - m.start() in (2, 3, 4) and _HAN_NAME.fullmatch(norm, m.start(), dash):
            name_end = dash  # 王芳——县实验小学: a name, then where the person works
        if name_end - m.start() in (3, 4) and _PADDED_NAME.fullmatch(norm, m.start(), name_end):
            items.append(Recipient(m.start(), name_end, "person"))  # 李　想（东宝区）: a name, padded
            continue
        item = recipients.classify(ctx.reader, m.start(), name_end, alone=False) if name_end - m.start() >= 2 else None
        if (item is None or item.kind is None) and person_column and paren and _BRACKET_COUNT.search(
                paren.group()) is None and _HAN_NAME.fullmatch(norm, m.start(), name_end):
            # (市直部门（4名）: a count in brackets heads a group, no name's place of work)
            item = Recipient(m.start(), name_end, "person")  # 才让卓玛（雪玉乡人民政府）under 8名志愿者…名单如下：
        if (item is None or item.kind is None) and not paren:
            # 苏坝镇党委副书记阿苦拉哈: the name a post closes off, whatever its surname
            item = recipients.name_after_post(ctx.reader, m.start(), name_end) or item
        items.append(item or Recipient(m.start(), name_end, None))
    if lone >= 0:
        items.append(Recipient(lone, lone + 1, None))
    return items


def _names_row(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a line is a row of people's names a single blank apart (`_padded_names_row`): none of its cells a
    body or a place (阙　华　县红十字会: a name, then where the person works), nor a long one a post (刘　芳　县医院护士)."""
    cells = _padded_names_row(ctx.norm, start, end)
    if cells is None:
        return False
    for a, b in cells:
        item = recipients.classify(ctx.reader, a, b, alone=False)
        if item is not None and item.kind in ("organization", "place") or recipients.ends_with_post(ctx.reader, ctx.norm[a:b]):
            return False  # (刘　芳　乡村医生, 李　娜　护士: a name, then the post)
    return True


def _padded_row_cell(ctx: _Ctx, a: int, b: int) -> Recipient:
    """A cell of a row of padded names: a body or a place where the reader reads one, else a person's name where it
    is as wide as the padded names or a Mongolian name (the row's padding says it is a row of names)."""
    item = recipients.classify(ctx.reader, a, b, alone=False)
    if item is not None and item.kind in ("organization", "place", "person"):
        return item
    text = ctx.norm[a:b]
    if b - a == 3 or (_MONGOLIAN_NAME.fullmatch(text) or b - a == 4 and recipients.is_transliterated(text)) and not (
            recipients.ends_with_post(ctx.reader, text)):
        # (其木格: as wide as the padded names; 萨仁图雅, 宝音德力格尔, 额尔敦·巴雅尔: a Mongolian name)
        return Recipient(a, b, "person")
    return item or Recipient(a, b, None)


_WIDE_NAMES_ROW: Final = 3  # names two blanks apart: at least so many on the row


def _padded_names_row(norm: str, start: int, end: int) -> list[Span2] | None:
    """李欣怡　张　博　马嘉琪: names a single blank apart, the two-character ones padded to the width of three:
    the cells, a padded name's two halves joined. None unless every cell is a short run of Han characters
    and the one-character cells pair off in order (王　伟　李　娜: 王　伟, 李　娜; 欧阳　娜 or 王　伟　李 stays
    unread), and at least one pair is found or every name is followed by 同志 (赵明同志　陈晓红同志: the
    honorific says they are people; it is no part of the name)."""
    a, b = _strip_span(norm, start, end)
    cells: list[Span2] = []
    gaps: list[int] = []  # the blanks after each cell but the last
    honoured: set[int] = set()  # the ends of cells an honorific closed (王　伟同志: 伟)
    while a < b:
        m = _ROW_CELL.match(norm, a, b)
        if m is None:
            return None
        if m.end() - a > 2 and norm.startswith(_HONORIFIC, m.end() - len(_HONORIFIC)):
            cells.append((a, m.end() - len(_HONORIFIC)))
            honoured.add(m.end() - len(_HONORIFIC))
        else:
            cells.append(m.span())
        a = m.end()
        if a < b:
            gap = 2 if norm[a + 1:a + 2] in (" ", "\u3000") else 1
            if norm[a] not in " \u3000" or a + gap >= b or norm[a + gap] in " \u3000":
                return None  # a wider gap is a table's column, read by its own rules
            gaps.append(gap)
            a += gap
    names: list[Span2] = []
    between: set[int] = set()  # the gaps between names
    i = 0
    while i < len(cells):
        s, e = cells[i]
        if e - s == 1:
            if i + 1 == len(cells) or cells[i + 1][1] - cells[i + 1][0] != 1 or gaps[i] != 1:
                return None
            names.append((s, cells[i + 1][1]))
            i += 2
        else:
            names.append((s, e))
            i += 1
        if i < len(cells):
            between.add(gaps[i - 1])
    if len(names) < 2:
        return None
    if 2 in gaps and not (between == {2} and len(names) >= _WIDE_NAMES_ROW and all(
            e - s in (2, 3) or e - s == 3 and norm[s + 1] in " \u3000" for s, e in names)):
        # 杨　琴　　陈启学　　罗家兵: names two blanks apart, a padded name's halves one apart; a row of two (县人民医院
        # 　　刘　芳) is a table's, a body and who works there
        return None
    padded = len(names) < len(cells)
    return names if padded or all(e in honoured for _, e in names) else None


def _barred(norm: str, start: int, end: int) -> bool:
    """Whether a table row separates its cells by tabs or bars (then a blank inside a cell is no break)."""
    return norm.find("\t", start, end) >= 0 or norm.find("｜", start, end) >= 0 or norm.find("|", start, end) >= 0


def _strip_span(norm: str, start: int, end: int) -> Span2:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


def _table_column(norm: str, start: int, end: int) -> tuple[int, bool] | None:
    """A table's header row (姓名　工作单位, 序号｜单位名称｜推荐单位): the column that names the recipients,
    and whether it is headed 姓名; None for any other line."""
    if _TABLE_HEADER.fullmatch(norm, start, end):
        return 0, _PERSON_COLUMN.match(norm, start, end) is not None
    cells = _header_words(norm, start, end)
    if len(cells) < 2 or any(len(c) > _MAX_HEADER_CELL or not titles.is_han(c, 0) for c in cells):
        return None
    found = next((i for i, c in enumerate(cells) if c in _NAME_HEADS or c in _TEAM_HEADS or c.endswith("名称") and c not in _TITLE_HEADS
                  or "/" in c and "姓名" in c or _RECIPIENT_HEAD.fullmatch(c)), -1)  # (单位/姓名: where they work, then who they are)
    if found < 0 and any(c.startswith(_WORK_HEAD) for c in cells) and not _AUTHOR_HEAD.isdisjoint(cells):
        found = next(i for i, c in enumerate(cells) if c.startswith(_WORK_HEAD))  # 作品　作者　奖次: the work's column, named bare
    # (荣誉名称 names the titles' column, not the recipients')
    if found >= 0 and cells[found].startswith(_WORK_HEAD) and not _AUTHOR_HEAD.isdisjoint(cells):
        found = next(i for i, c in enumerate(cells) if c in _AUTHOR_HEAD)  # 奖项　作品名称　作者　单位: who made the work won its prize
        return found, True
    return (found, cells[found] == "姓名") if found >= 0 else None


_WORK_HEAD: Final = tuple(lexicon.by_kind("honors.headers", "work"))
_AUTHOR_HEAD: Final = frozenset(lexicon.by_kind("honors.headers", "author"))


def _first_header_cell(norm: str, start: int, end: int, cell: re.Pattern) -> str:
    """`_header_cells(norm, start, end, cell)[0]` ("" where it has none), read from the first two cells only."""
    first = cell.search(norm, start, end)
    if first is None:
        return ""
    text = _unpadded(first.group().strip())  # (as `_header_cells` reads a cell)
    if len(text) == 1:
        second = cell.search(norm, first.end(), end)
        if second is not None and _padding_gap(norm, first.end(), second.start()):
            more = second.group().strip()
            if len(more) == 1:
                return text + more
    return text


def _padding_gap(norm: str, a: int, b: int) -> bool:
    """Whether `norm[a:b]` is the padding inside a heading set to its column's width: one blank or two (姓　名, 姓　　名)."""
    return 1 <= b - a <= 2 and all(ch in " \u3000" for ch in norm[a:b])


_PADDED_HEADING: Final = regex.compile(r"[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff])+")  # 姓　名, 单　　位


def _unpadded(cell: str) -> str:
    """A header cell without the blanks that pad it to its column's width (序号\t姓　名\t单　　位: tabs set the cells
    apart, blanks pad them: 姓名, 单位); any other cell as it is."""
    return cell.replace(" ", "").replace("\u3000", "") if _PADDED_HEADING.fullmatch(cell) else cell


def _header_cells(norm: str, start: int, end: int, cell: re.Pattern) -> list[str]:
    """A header row's cells, a heading padded to the width of the column read as one (序号　姓　名　　单位, 序号　姓　　名
    工作单位: 序号, 姓名, 单位): two one-character cells one or two blanks apart are one word, as a padded name is."""
    cells: list[str] = []
    last_end = -1  # where the last cell ended, when it was one character standing alone
    for m in cell.finditer(norm, start, end):
        text = _unpadded(m.group().strip())
        if len(text) == 1 and last_end >= 0 and _padding_gap(norm, last_end, m.start()):
            cells[-1] += text
            last_end = -1
            continue
        cells.append(text)
        last_end = m.end() if len(text) == 1 else -1
    return cells


def _owned_row(ctx: _Ctx, cells: list[Span2], title: Span2 | None, owner: Recipient | None, group: int,
               issuer_column: int) -> _Pair | None:
    """2022年　云南省巾帼文明岗（中枢营业所）　云南省妇女联合会 in a body's own table of honours: the body won
    the title, or the unit of it the title's brackets name."""
    if title is None or owner is None:
        return None
    norm = ctx.norm
    a, b = title
    recipient = owner
    unit = _UNIT_IN_BRACKETS.search(norm, a, b)
    if unit is not None:
        named = recipients.classify(ctx.reader, unit.start(1), unit.end(1), alone=True)
        if named is not None and named.kind == "organization":
            recipient, title = named, (a, unit.start())
        # (else a note on the title, 全国文明单位（第六届）: the body's, the note part of the title)
    issuer = norm[cells[issuer_column][0]:cells[issuer_column][1]] if 0 <= issuer_column < len(cells) else None
    return _Pair(recipient, title, title, issuer, "honors.announce_lines", group, True)


_UNIT_IN_BRACKETS: Final = regex.compile(r"[（(]([^（）()]{2,20})[)）]$")


def _own_titles_column(ctx: _Ctx, start: int, end: int) -> int:
    """A header row of a body's own honours (年份　荣誉　授予单位): a time or a number first, a title column,
    no column of who won them; the title column, -1 for any other line."""
    norm = ctx.norm
    if _first_header_cell(norm, start, end, _BARRED_CELL if _barred(norm, start, end) else _CELL) not in _ROW_KEY_HEADS:
        return -1  # (a paragraph of prose, most lines: its first word read alone, not all of them)
    cells = _header_words(norm, start, end)
    if len(cells) < 2 or cells[0] not in _ROW_KEY_HEADS or any(len(c) > _MAX_HEADER_CELL for c in cells):
        return -1
    if any(c in _NAME_HEADS or c.endswith("名称") or _RECIPIENT_HEAD.fullmatch(c) for c in cells):
        return -1
    return next((i for i, c in enumerate(cells) if c in _TITLE_HEADS), -1)


def _header_words(norm: str, start: int, end: int) -> list[str]:
    """A header row's cells, between bars where it has them, else between blanks (`_header_cells`)."""
    return _header_cells(norm, start, end, _BARRED_CELL if _barred(norm, start, end) else _CELL)


def _issuer_and_width(norm: str, start: int, end: int) -> tuple[int, int]:
    """In a table's header row, the column that names who conferred each row's title (授予单位; -1 where none
    does), and how many cells the header has (a row with more was split by a blank inside a cell)."""
    cells = _header_words(norm, start, end)
    return next((i for i, c in enumerate(cells) if c in _ISSUER_HEADS), -1), len(cells)


def _title_column(norm: str, start: int, end: int) -> int:
    """In a table's header row, the column that names each row's title (序号｜单位/姓名｜荣誉称号: 2); -1
    where the titles are the heading's."""
    words = _header_words(norm, start, end)
    # (名次｜姓名｜单位, 名次｜队伍｜得分: the places of a contest's winners, people or teams; 名次｜单位｜得分 ranks
    # bodies, no titles)
    placed = _NAME_HEAD in words or not _TEAM_HEADS.isdisjoint(words)
    return next((i for i, c in enumerate(words) if c in _TITLE_HEADS or c in _PLACES_HEADS and placed), -1)


def _prizes_table(ctx: _Ctx, header: Span2, first_row: Sequence[Span2]) -> tuple[int, int] | None:
    """名次｜单位｜成绩 over 冠军｜县公安局代表队｜7胜0负: a places column whose first row holds a prize won (冠军, 一等奖;
    第一名 beside an events column), beside a column of bodies (单位), not a rank (1｜某项目部｜96.8 under 名次｜单位｜得分:
    bodies ranked by a score): the bodies' column and the places', each row's recipient and its title; None for any
    other line."""
    norm = ctx.norm
    words = _header_words(norm, *header)
    places = next((i for i, c in enumerate(words) if c in _PLACES_HEADS), -1)
    bodies = next((i for i, c in enumerate(words) if c in _UNIT_HEADS), -1)
    if places < 0 or bodies < 0 or not first_row:
        return None
    cells = _row_cells(norm, *first_row[0])
    if len(cells) != len(words) or _PRIZE_CELL.fullmatch(norm, *cells[places]) is None and not (
            _EVENT_HEADS.intersection(words) and _PLACE_IN_ORDER.fullmatch(norm, *cells[places])):
        return None  # (项目｜名次｜单位 over 男子篮球｜第一名｜胜利街道: a place in an event's order, a prize too)
    return bodies, places


_UNIT_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "unit"))
_EVENT_HEADS: Final = frozenset(lexicon.by_kind("honors.headers", "event"))
_PLACE_IN_ORDER: Final = regex.compile(r"第[一二三四五六七八]名")
# 冠军, 亚军, 季军, 一等奖, 金奖: a prize won, in a places column's cell
_PRIZE_CELL: Final = regex.compile(rf"冠军|亚军|季军|殿军|{titles.PLACING_CELL}")
# 获奖集体/个人, 受表彰单位, 获奖对象: a column of who received it (not 所在单位, where a person works)
_RECIPIENT_HEAD: Final = regex.compile(r"(?:获奖|获表彰|受表彰|表彰)(?:集体|个人|单位|对象|人员|者|人)(?:/(?:集体|个人|单位))?|获奖者")


def _projects_column(norm: str, start: int, end: int, column: int) -> bool:
    """Whether the recipients' column of a table's header row is headed 项目名称 (or 项目): the rows name projects."""
    words = _header_words(norm, start, end)
    return 0 <= column < len(words) and words[column] in _PROJECT_HEADS


def _titled_row(ctx: _Ctx, start: int, end: int, column: int, title_column: int, group: int,
                issuer_column: int = -1, owner: Recipient | None = None, person_column: bool = False,
                project_column: bool = False) -> list[_Pair] | None:
    """1｜睢宁县人民医院　卓春华｜睢宁县劳动模范 under 序号｜单位/姓名｜荣誉称号: the row's recipient (the name
    after where the person works, or the body alone) and its own title (and who conferred it, under a
    授予单位 column: the level of a title that names no place); each of the names a cell lists with 、
    (陈永康、黄丽华)."""
    norm = ctx.norm
    cells = _row_cells(norm, start, end)
    if len(cells) <= max(column, title_column):
        return None
    title = _title_cell(ctx, cells, title_column)
    if column < 0:
        owned = _owned_row(ctx, cells, title, owner, group, issuer_column)
        return [owned] if owned is not None else None
    a, b = cells[column]
    issuer = norm[cells[issuer_column][0]:cells[issuer_column][1]] if 0 <= issuer_column < len(cells) else None
    # 电工｜一等奖｜周建明 under 项目｜奖项｜姓名: a bare placing ranks in the contest the article names, as a placing's
    # line does
    event = _contest_of(ctx, start) if title is not None and titles.is_rank_only(
        norm[title[0]:title[1]], ctx.words.titles) else None
    if title is not None and norm.find("、", a, b) >= 0:
        listed = _CELL_LIST_END.search(norm, a, b)  # 李明、王芳等: the list's last name, without 等
        items = [recipients.classify(ctx.reader, x, y, alone=False)
                 for x, y in recipients.parts(norm, a, listed.start() if listed else b, _ENUMERATION)]
        kinds = {i.kind for i in items if i is not None}
        if len(items) > 1 and None not in items and len(kinds) == 1 and kinds <= {"person", "organization"}:
            return [_Pair(i, title, title, issuer, "honors.announce_lines", group, True, event) for i in items if i is not None]
    named = _UNIT_THEN_NAME.fullmatch(norm, a, b)
    item = None
    if named is not None:
        n_a, n_b = named.span("name")
        padded = _PADDED_NAME.fullmatch(norm, n_a, n_b) is not None
        item = Recipient(n_a, n_b, "person") if padded else recipients.classify(ctx.reader, n_a, n_b, alone=False)
        if item is not None and item.kind != "person":
            item = None
    if item is None and _PADDED_NAME.fullmatch(norm, a, b):
        item = Recipient(a, b, "person")  # 周　静: a two-character name padded to align the table
    if item is None:
        item = recipients.classify(ctx.reader, a, b, alone=False)
    if (item is None or item.kind is None) and person_column and _unknown_name(ctx, a, b):
        item = Recipient(a, b, "person")  # 4　拓志强　杨桥畔镇杨桥畔村 under 序号　姓名: the 姓名 column says who, whatever the surname
    if (item is None or item.kind is None) and project_column and _HAN_TEXT.fullmatch(norm, a, b):
        item = Recipient(a, b, "project")  # 一等奖｜智慧盐碱地改良监测系统 under 奖项｜项目名称: the project, whatever its words
    if title is None or item is None or item.kind is None:
        return None
    return [_Pair(item, title, title, issuer, "honors.announce_lines", group, True, event)]


def _unknown_name(ctx: _Ctx, a: int, b: int, longest: int = 3) -> bool:
    """Whether norm[a:b] may be a person's name the reader does not know (a surname outside the lexicon: 拓志强,
    盘春花): two characters to `longest`, no common word of jieba's, and no body or place."""
    if not 2 <= b - a <= longest or _HAN_NAME.fullmatch(ctx.norm, a, b) is None:
        return False
    found = recipients.classify(ctx.reader, a, b, alone=False)
    return (found is None or found.kind in (None, "person")) and _name_like(ctx.norm[a:b], ctx.words.recipients)


def _row_names_its_title(ctx: _Ctx, start: int, end: int, title_column: int) -> bool:
    """Whether the line is a row of the table whose title column names a title (a row whose recipient
    the reader does not know is still a row: the next one is no heading)."""
    cells = _row_cells(ctx.norm, start, end)
    # (【焊工项目】, 【优秀组织奖】: a line of one cell is a heading after the table, no row of it)
    return len(cells) > max(title_column, 1) and _title_cell(ctx, cells, title_column) is not None


class _TableShape(NamedTuple):
    """A table's header row: how many cells it has, and whether tabs set them apart (else blanks)."""
    cells: int
    tabbed: bool


def _row_of_table(norm: str, row: Span2, header: _TableShape) -> bool:
    """Whether a line is a row of the table whose header row is `header`: as many cells, set apart as the
    header's are (tabs or blanks), no label's colon (小学语文：赵雅琴（…）　陈　露（…）: another layout), no list of names
    with where each is from (刘　畅（安居镇）、朱光明（均川镇）、付　强（…）: its padded names' blanks are no cells' edges)."""
    return (header.cells > 0 and (norm.find("\t", *row) >= 0) == header.tabbed and norm.find("：", *row) < 0
            and norm.find(":", *row) < 0 and len(_row_cells(norm, *row)) == header.cells
            and _NAMES_IN_BRACKETS_LIST.match(norm, *row) is None)


def _row_cells(norm: str, start: int, end: int) -> list[Span2]:
    """A table row's cells, between tabs or bars where it has them, else between blanks, a padded name
    (韩　冰, two one-character cells a single blank apart) read as one."""
    if _barred(norm, start, end):
        return [_strip_span(norm, *m.span()) for m in _BARRED_CELL.finditer(norm, start, end)]
    cells: list[Span2] = []
    for m in _CELL.finditer(norm, start, end):
        a, b = m.span()
        if b - a == 1 and cells and cells[-1][1] - cells[-1][0] == 1 and a == cells[-1][1] + 1 and (
                _PADDED_NAME.fullmatch(norm, cells[-1][0], b)):
            cells[-1] = (cells[-1][0], b)
            continue
        cells.append((a, b))
    return cells


def _title_cell(ctx: _Ctx, cells: list[Span2], title_column: int) -> Span2 | None:
    """The title a row names in its title column (the header's 荣誉称号 says it is one: 湖北省“专精特新”中小企业);
    else in its last cell, where a cell before it held blanks of its own and the cell names itself a title
    (3　陈佳怡　英语　Unit 3 My friends　县级优质课一等奖: the title column is the last)."""
    norm = ctx.norm
    for i in (title_column, len(cells) - 1) if title_column != len(cells) - 1 else (title_column,):
        title = titles.clean(norm, *cells[i], ctx.words.titles)
        if title is not None and (i == title_column and title[1] - title[0] >= _MIN_CELL_TITLE
                                  or ctx.is_titled(norm[title[0]:title[1]])):
            return title
    return None


_MIN_CELL_TITLE: Final = 4  # characters: a title a column names (not 优秀, 一等)


# 睢宁县人民医院　卓春华, 徐州宏达管桩有限公司　王　磊: where the person works, a blank, the name
# (under a heading that counts people: a name of any length a person's may have, a transliterated one dotted)
_UNIT_THEN_ANY_NAME: Final = regex.compile(r"\S{2,}[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,5}(?:·[\u4e00-\u9fff]{1,6}){0,2})")
_NOT_A_NAME_TAIL: Final = ("家庭", "学校", "小学", "中学", "大队", "中队", "社区", "村", "镇", "乡", "局", "站", "所", "院", "队", "组")
_UNIT_THEN_NAME: Final = regex.compile(r"\S{2,}[ \u3000]+(?P<name>(?:[\u4e00-\u9fff]{2,3}|" + _PADDED + r")(?:家庭)?)")


def _forward_grant(ctx: _Ctx, start: int, end: int) -> Span2 | None:
    """The title of a line that grants it to the lines after it (授予以下同志“X”称号：), if it names one."""
    norm = ctx.norm
    if end - start < 6 or norm[end - 1] not in ":：":
        return None
    m = None
    if _FORWARD_MARK.search(norm, start, end) is not None or _FORWARD_COUNT.search(norm, start, end) is not None:
        m = _FORWARD_GRANT.search(norm, start, end) or _FORWARD_LIST.search(norm, start, end) or _FORWARD_ON_LIST.search(
            norm, start, end)
    if m is None and norm.find("名单如下", start, end) >= 0:
        m = _FORWARD_COMMENDED.search(norm, start, end) or _FORWARD_SELECTED.search(norm, start, end)
    if m is None:
        # 获得“优秀教师”称号的教师是：, “桐溪工匠”名单如下（排名不分先后）：at the end of a paragraph
        m = ctx.words.triggers["forward_winners"].search(norm, start, end) or ctx.words.triggers[
            "forward_named_list"].search(norm, start, end)
    if m is None:
        return None
    if _PROPOSED.search(norm, start, m.start("title")) is not None or norm.find("拟", start, m.start("title")) >= 0:
        return None  # 拟获评“X”的教师名单：, 推荐名单: nominees, no winners
    t0 = m.start("title")
    lead = _WINNERS_LEAD.match(norm, t0, m.end("title")) if norm.find("者", m.end("title"), end) >= 0 else None
    if lead is not None:
        t0 = lead.end()  # 本次竞赛获得|一等奖获得者如下：: the placing, not the words before it
    described = _patterns_of_notices()["won_lead"].match(norm, t0, m.end("title"))
    if described is not None and m.end("title") - described.end() >= _MIN_LIST_TITLE:
        t0 = described.end()  # 受表彰的|先进单位名单如下：the ones who won it, described before the title
    title = titles.clean(norm, t0, m.end("title"), ctx.words.titles)
    # (…3个项目获评2023年度雅安市优质工程，获奖项目…如下：: a title the sentence itself granted, whatever its head word)
    if title is None or not (ctx.is_titled(norm[title[0]:title[1]]) or titles.in_quotes(norm, title) or titles.plain(
            norm[title[0]:title[1]]) in ctx.granted):
        return None
    if _BARE_WINNERS.fullmatch(norm, *title) is not None:
        return None  # 主要获奖名单如下：, 部分获奖名单如下：: who won, in which contest the lines or the text before say
    return title


# 主要获奖, 部分获奖, 本次获奖: a few letters, then the verb of winning: who won, no title won
_BARE_WINNERS: Final = regex.compile(r"[\u4e00-\u9fff]{0,2}获奖")


def _holds_modal_clause(title: str) -> bool:
    """…单位要珍惜荣誉, …先进集体和个人予以通报: a word of obligation (要, 应当, 必须) or of a notice's act (予以) that jieba
    reads alone, a verb (or an adverb, or what it tags an adjective: 珍惜) right after it."""
    if not any(word in title for word in _MODALS_AND_ACT):
        return False
    words = segment.tag(title)
    return any(word == _NOTICE_ACT or word in _MODALS and nxt[1][:1] in _MODAL_NEXT for (word, _), nxt in zip(
        words, words[1:]))


_LIST_NAME_END: Final = regex.compile(r"名单[ \t\u3000]*(?:\n|$)")
_MODALS: Final = ("要", "应当", "应该", "必须", "务必")
_NOTICE_ACT: Final = "予以"  # 予以通报, 予以表彰: whatever jieba tags the act after it (通报: n)
_MODALS_AND_ACT: Final = (*_MODALS, _NOTICE_ACT)  # a title holding none of them is read without jieba
_MODAL_NEXT: Final = frozenset("vad")  # 要珍惜 (jieba: a), 要认真 (ad), 要发挥 (v)


def _opens_on_verb(text: str) -> bool:
    """▍打通服务“最后一公里”: jieba's first word of the text (its marks left out) is a verb of two letters or more, and
    no work is named in it (蒙|医药康养服务项目, 组照《沙圪堵的冬天》: a project's or a work's name, whatever jieba tags)."""
    if "《" in text:
        return False
    words = segment.tag(_LEADING_MARKS.sub("", text)[:_VERB_WINDOW])
    return bool(words) and len(words[0][0]) >= 2 and words[0][1].startswith("v")


_LEADING_MARKS: Final = regex.compile(r"^[\s▍■◆●★☆▶►▷◇□【（(]+")
_VERB_WINDOW: Final = 6


def _under_level_label(c: _Candidate) -> bool:
    """一、技能大师工作室 / 省级：A、B: a list's title read under a level's label, which says the title was conferred at
    that level (the label is the pair's issuer)."""
    return c.pair.rule == "honors.announce_lines" and c.pair.issuer is not None and _LEVEL_LABEL_WORD.fullmatch(
        c.pair.issuer) is not None


def _level_labelled(ctx: _Ctx, start: int, end: int) -> tuple[Span2, list[Recipient]] | None:
    """省级：李正光漆器髹饰技能大师工作室、周伟汽车维修技能大师工作室, 梧州市级：A、B: a level's label, its colon, and who
    is at that level (most items a recipient); None for any other line."""
    norm = ctx.norm
    m = _LEVEL_LABEL_LINE.fullmatch(norm, start, end)
    if m is None or _rank_of(m.group("label"), ctx.home, anywhere=True) is None:
        return None
    items = [item for a, b in _split_items(norm, m.start("rest"), m.end("rest")) for item in _blank_parted(ctx, a, b)]
    won = [item for item in items if item.kind is not None]
    if not won or len(won) * 2 < len(items):
        return None
    return m.span("label"), won


def _ranked_otherwise(ctx: _Ctx, title: Span2, label: Span2) -> bool:
    """…被认定为桂林市农业产业化重点龙头企业。名单如下： / 自治区级：A、B: a title whose own place ranks it at another level
    than the label's is not the label's items' title."""
    own = _rank_of(titles.bare(ctx.norm[title[0]:title[1]]), ctx.home)
    labelled = _rank_of(ctx.norm[label[0]:label[1]], ctx.home, anywhere=True)
    return own is not None and labelled is not None and own[0] != labelled[0]


def _heading_over_levels(ctx: _Ctx, paragraphs: Sequence[Span2], i: int) -> Span2 | None:
    """一、技能大师工作室 above 省级：A、B (and other levels' lines): the title the numbered heading names, for the levels'
    lines under it; None where the line right above them is no such heading."""
    norm = ctx.norm
    j = i - 1
    while j >= 0 and _LEVEL_LABEL_LINE.fullmatch(norm, *paragraphs[j]):
        j -= 1
    if j < 0:
        return None
    a, b = paragraphs[j]
    number = _SECTION_NUMBER.match(norm, a, b)
    if number is None or b - number.end() > _MAX_LEVELS_HEADING:
        return None
    return titles.clean(norm, number.end(), b, ctx.words.titles)


# 省级：, 自治区级：, 梧州市级：: a level's label over who is at it
# (the rank words of honors.levels.tsv above the township, and 国家 of its 国家级)
_LEVEL_LABEL: Final = r"[\u4e00-\u9fff]{0,6}?(?:%s)级" % lexicon.alternation(
    [w[:-1] for w in lexicon.by_kind("honors.levels", "national") if w.endswith("级")]
    + [r["word"] for r in lexicon.rows("honors.levels") if r["kind"] == "rank" and r["level"] != "township"])
_LEVEL_LABEL_WORD: Final = regex.compile(_LEVEL_LABEL)
_LEVEL_LABEL_LINE: Final = regex.compile(rf"\s*(?P<label>{_LEVEL_LABEL})\s*[:：]\s*(?P<rest>[^:：\n]{{2,}}?)\s*[。；;]?\s*")
_MAX_LEVELS_HEADING: Final = 16


def _counted_by_rows(ctx: _Ctx, start: int, end: int, after: Sequence[Span2]) -> Span2 | None:
    """我村共有24户家庭被评为2024年度索河街道“最美庭院”，另有46户家庭获评…。让我们一起来看看都有谁家吧：then rows of
    names, 24 in all: the title of the one counted honour the line tells whose count is the names' that follow it
    (rows of names, two blanks or a tab apart, up to the first line of another kind); None where no count or more
    than one is theirs."""
    norm = ctx.norm
    names = 0
    for a, b in after:
        cells = [c for c in _GRID_SPLIT.split(norm[a:b].strip()) if c]
        if not cells or not all(_GRID_NAME.fullmatch(c) for c in cells):
            break
        names += len(cells)
    if names < _MIN_GRID_NAMES:
        return None
    found = [m for m in _COUNTED_HONOUR.finditer(norm, start, end) if m.group("count") == str(names)]
    if len(found) != 1:
        return None
    title = titles.clean(norm, found[0].start("title"), found[0].end("title"), ctx.words.titles)
    return title if title is not None and ctx.is_titled(norm[title[0]:title[1]]) else None


# 24户家庭被评为|X|，: a count of those who won, the verb, the title to the clause's end
_COUNTED_WON: Final = lexicon.alternation(lexicon.by_kind("honors.frames", "counted_won"))
_COUNTED_HONOUR: Final = regex.compile(rf"(?<!\d)(?P<count>\d{{1,3}})[名位人个家户支所][\u4e00-\u9fff]{{0,8}}?"
                                       rf"(?:{_COUNTED_WON})(?P<title>[^，,。；;：:]{{2,40}}?)(?=[，,。；;]|$)")
_GRID_SPLIT: Final = regex.compile(r"\t| {2,}")
_GRID_NAME: Final = regex.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff]")
_GRID_LINES: Final = 30
_MIN_GRID_NAMES: Final = 4


# 此次大赛|, 本次竞赛获得|: the words before a placing whose winners follow (…一等奖获得者如下：)
_WINNERS_LEAD: Final = regex.compile(r"\s*(?:此次|本次|本届|这次)?[^获]{0,10}?(?:获得|荣获)|\s*(?:此次|本次|本届|这次)")


def _forward_count(ctx: _Ctx, start: int, end: int) -> tuple[int, bool]:
    """How many a line that announces the winners after it counts (获评“X”的3支队伍分别是：3), 0 if it says
    not; and whether it counts people (3名职工: the rows after it name people, a padded name among them)."""
    m = ctx.words.triggers["forward_winners"].search(ctx.norm, start, end)
    count = m.group("count") if m is not None else None
    if m is not None and count:
        people = _PEOPLE_CLASSIFIERS.match(ctx.norm, m.end("count")) is not None
    elif _WINNERS_FOLLOW.search(ctx.norm, start, end):
        return 0, True  # 初中组一等奖获得者如下：: the winners, people, one a line (钉纽扣　王雨涵（…）: the event, then who)
    else:
        # 8名志愿者被评为“X”，名单如下：: the people the honour counted, listed after it
        # (10名少先队员获评X，5名辅导员获评Y。获奖名单如下：: lists of several honours, whose headings count)
        found = list(_COUNTED_WINNERS.finditer(ctx.norm, start, end))
        counted = found[0] if len(found) == 1 else None
        # (4名统计员获评“X”：: the count of a line that points to its rows as 以下 does; 我县6个实践站被命名为“X”。名单如下：
        # the sentence before the list's own, which says no more than that it follows)
        stop = ctx.norm.find("。", counted.end(), end) if counted is not None else -1
        members = _MEMBERS_FOLLOW.search(ctx.norm, max(counted.end(), end - _MEMBERS_REACH), end) if counted else None
        if counted is None or stop >= 0 and not _LIST_FOLLOWS.fullmatch(ctx.norm, stop + 1, end) or (
                _LIST_FOLLOWS.search(ctx.norm, counted.end(), end) is None and _FORWARD_LIST.match(
                    ctx.norm, counted.start(), end) is None and (members is None or members.end() != end)):
            return 0, False
        count, people = counted.group("count"), counted.group("classifier") in "名位人"
    value = numerals.parse(count, measured=True)
    return (int(value.value) if value is not None and not value.too_large else 0), people


_PEOPLE_CLASSIFIERS: Final = regex.compile("[名位人]")
_WINNERS_FOLLOW: Final = regex.compile(r"奖(?:获得者|获奖者)(?:名单)?如下\s*[:：]\s*$")
_BRACKET_COUNT: Final = regex.compile(r"[\d一二三四五六七八九十两百]+\s*[名位人个]")  # 城区片（三名）: a group's count
# 8名志愿者被评为, 12人获评: people counted right before the verb that honours them
# (丰县共有3家单位榜上有名，分别是：: a count on a list, as one that won)
_COUNTED_WINNERS: Final = regex.compile(rf"(?<!\d)(?P<count>\d{{1,3}})(?P<classifier>[名位人个家户支所])[\u4e00-\u9fff]{{0,8}}?"
                                        rf"(?={_COUNTED_WON}|{lexicon.alternation(lexicon.by_kind('honors.triggers', 'on_list', 'form'))})")


class _Heading(NamedTuple):
    """A heading line's title (start, end) and the count its brackets say, as its digits."""
    start: int
    end: int
    announced: str | None


def _list_title(norm: str, title: Span2) -> Span2:
    """附：2024年度“眉山市最美志愿者”仁寿县获评名单: the title a list's heading names, without the annex's label
    before it and who of the area won it after it (仁寿县获评)."""
    a, b = title
    label = _ANNEX_LABEL.match(norm, a, b)
    if label is not None and b - label.end() >= _MIN_LIST_TITLE:
        a = label.end()
    won = _patterns_of_notices()["won_tail"].search(norm, a, b)
    if won is not None and won.start() - a >= _MIN_LIST_TITLE:
        b = won.start()
    listed = _patterns_of_notices()["list_tail"].search(norm, a, b)
    if listed is not None and listed.start() - a >= _MIN_LIST_TITLE:
        b = listed.start()  # 2024年第二季度“宁州好人榜”上榜(人员): the lines are on it
    elif b - a > _MIN_LIST_TITLE and norm.startswith(_LISTED, b - 1):
        b -= 1  # (…上|榜名单: the title cut before 榜名单 keeps the 上 of 上榜)
    won = _patterns_of_notices()["won_head"].match(norm, a, b)
    if won is not None and b - won.end() >= _MIN_LIST_TITLE:
        a = won.end()  # 附：泰兴市获评X名单: who of the area won it, before the title
    described = _patterns_of_notices()["won_lead"].match(norm, a, b)
    if described is not None and b - described.end() >= _MIN_LIST_TITLE:
        a = described.end()  # 受表彰的先进单位名单如下：the ones who won it, described before the title
    return a, b


# 附件2：, 附表：, 表一　(a table's number before its title)
_ANNEX_LABEL: Final = regex.compile(r"(?:附件?[0-9一二三四五六七八九十]*|附表)\s*[:：]\s*|表[0-9一二三四五六七八九十]{1,3}(?:\s+|[:：]\s*)")
_MIN_LIST_TITLE: Final = 4
_LISTED: Final = "上榜"


def _heading(norm: str, start: int, end: int) -> _Heading | None:
    """`_heading_patterns()[0].fullmatch(norm, start, end)`, found without trying each length of the title:
    the lazy title ends where the longest tail begins, unless that leaves it under 4 characters (then a
    later end might do: the pattern decides). The title starts after the section number, else (the
    number read as title) after the leading spaces."""
    if end > start and (_HEADING_TAIL_CODES.has(norm, end - 1) or not titles.is_han(norm, end - 1) and norm[end - 1].isspace()):
        tail = _heading_patterns()[1].match(norm[start:end][::-1])
        if tail is None:  # never: every part of the tail may be empty
            return _slow_heading(norm, start, end)
        title_end = end - tail.end()
        count = tail.group(1)[::-1] if tail.group(1) is not None else None
    else:  # no tail: most lines, read without copying them
        title_end, count = end, None
    shortest, longest = _HEADING_TITLE
    plain = start
    if start < end and not titles.is_han(norm, start) and norm[start].isspace():  # `\s` is str.isspace
        spaces = _SPACES.match(norm, start, end)
        plain = spaces.end() if spaces else start  # always a match
    numbered = _HEADING_LEAD.match(norm, plain, end) if plain < end and _HEADING_LEAD_CODES.has(norm, plain) else None
    for title_start in ((numbered.end(), plain) if numbered else (plain,)):
        if title_end - title_start < shortest:
            return _slow_heading(norm, start, end)
        if title_end - title_start <= longest and norm.find("\n", title_start, title_end) < 0:
            return _Heading(title_start, title_end, count)
    return None  # the title is too long (a later start only makes it longer) or crosses a line


def _slow_heading(norm: str, start: int, end: int) -> _Heading | None:
    m = _heading_patterns()[0].fullmatch(norm, start, end)
    return _Heading(m.start(1), m.end(1), m.group(2)) if m else None


def _bare_title_line(ctx: _Ctx, p_start: int, p_end: int) -> bool:
    """利川市科普工作先进个人 on a line of its own, names line by line after it: a heading that is a
    title and nothing else, followed by a line that is a name (with its affiliation in brackets), or a person's
    described row (陈建国：掇刀石派出所社区民警，扎根社区十五年。, `_described_row`)."""
    norm, w = ctx.norm, ctx.words
    if not 4 <= p_end - p_start <= _MAX_TITLE_LINE:
        return False
    line = norm[p_start:p_end]
    if any(ch in _CLAUSE or ch in "、" for ch in line):
        return False
    # (▍好媳妇 under the headline …2024年度“好媳妇”“好婆婆”名单出炉: a title the headline quotes, whatever its words)
    if not (ctx.is_titled(line) or _headline_quotes(ctx, line)) or w.triggers["verb"].search(line) or (
            w.recipients.verb_guard.search(line)):
        return False
    nl = norm.find("\n", p_end)
    nxt = norm.find("\n", nl + 1) if nl >= 0 else -1
    following = norm[nl + 1:nxt if nxt >= 0 else len(norm)].strip() if nl >= 0 else ""
    m = _NAME_WITH_AFFILIATION.fullmatch(following)
    if m is None:
        # (…“最美志愿者”事迹简介 / 王建平：男，1975年生，…: a page of profiles, read as such, not a list under its title)
        described = _described_row(ctx, nl + 1, nxt if nxt >= 0 else len(norm)) if following and not _PROFILES_HEADING.search(
            line) else None
        return described is not None and described.kind in ("person", "family")
    name_start = norm.index(following, nl + 1)
    item = recipients.classify(ctx.reader, name_start, name_start + len(m.group(1)), alone=False)
    return item is not None and item.kind == "person"


def _headline_quotes(ctx: _Ctx, line: str) -> bool:
    """Whether `line`, its marks (▍, 【】) and blanks left out, is a title the article's headline (its first line) quotes."""
    bare = _LINE_MARKS.sub("", line)
    if len(bare) < 2:
        return False
    quoted = ctx.headline_quoted
    if quoted is None:  # (asked of each short line of a list: the headline is read once)
        norm = ctx.norm
        first = norm.find("\n")
        quoted = ctx.headline_quoted = frozenset(_QUOTED_TEXT.findall(norm, 0, first if first >= 0 else len(norm)))
    return bare in quoted


_LINE_MARKS: Final = regex.compile(rf"^[{_SECTION_MARKS}【\s]+|[】\s]+$")
_QUOTED_TEXT: Final = regex.compile(r"“([^“”\n]+)”")
_BRACKETED_NOTE: Final = regex.compile(r"[(（][^()（）]+[)）]")  # (（优秀奖名单略）: what the page says of its lists)
_PROFILES_HEADING: Final = regex.compile(r"(?:事迹|简介)(?:材料)?$")


def _serial_header(norm: str, start: int, end: int) -> bool:
    """序号　姓名　性别　所在乡镇: a table's header row whose serial column opens it, then the people's names."""
    return _SERIAL_HEADER.match(norm, start, end) is not None and _table_column(norm, start, end) == (1, True)


_SERIAL_HEADER: Final = regex.compile(r"\s*序\s*号\s+姓\s*名\s")
# 5　　索南旦正　男　温泉乡, 1　　李　强　　男: a row's serial number, then the name (padded or not), then more cells
_SERIAL_NAME_CELL: Final = regex.compile(r"\s*\d{1,3}\s+(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])\s+\S.*")


def _serial_cells(norm: str, paragraphs: Sequence[Span2]) -> list[int]:
    """For each line, where its row begins after the row's serial number (1　张晨阳　　某乡科协), or -1: a number
    opening a line, a blank after it, counts a column of rows where the line before it holds the number before or
    the line after it the number after (1, 2, 3), before any table's header row (序号　姓名: its columns count the number);
    a line numbered 1 alone (a list of one row) where other lines count so."""
    numbers = [(int(m.group(1)), m.end()) if (m := _SERIAL_OPENING.match(norm, a, b)) else (-1, -1) for a, b in paragraphs]
    out = [-1] * len(paragraphs)
    if sum(n >= 0 for n, _ in numbers) < 2:
        return out  # (most texts: no two lines open on a number, and no header row need be looked for)
    lone: list[int] = []  # rows numbered 1 with no row 2 after them: a list of one row
    for i, (n, at) in enumerate(numbers):
        if n >= 0 and (i > 0 and numbers[i - 1][0] == n - 1 or i + 1 < len(numbers) and numbers[i + 1][0] == n + 1):
            out[i] = at
        elif n == 1:
            lone.append(i)
        elif n < 0 and (_SERIAL_HEAD.match(norm, *paragraphs[i]) or _table_column(norm, *paragraphs[i]) is not None):
            break  # a table's header row: its columns count the number's, in its list and in every list after it
    if any(at >= 0 for at in out):
        for i in lone:  # 一等奖 / 1　　贺志刚　　某中学　　《作品》 / 二等奖 / 1　…　/ 2　…: counted as the other lists' rows are
            out[i] = numbers[i][1]
    return out


_SERIAL_HEAD: Final = regex.compile(r"\s*序\s*号")
# 1　张晨阳, 1　《作品》: a row's number, a blank, then the row's first cell
_SERIAL_OPENING: Final = regex.compile(r"[ \u3000\t]*(\d{1,3})[ \u3000\t]+(?=[\u4e00-\u9fff“《])")
_SERIAL_CELL: Final = regex.compile(r"\s*\d{1,3}(?:\t|[ \u3000]{2,}|\s*[｜|])\s*")  # 1　青岛鼎丰橡塑科技有限公司: a row's serial cell


def _names_follow(ctx: _Ctx, head: _Heading, following: Sequence[Span2]) -> bool:
    """一、山西省五一劳动奖状 / 先进集体： with no count: a heading that is a title, when the next line
    (after a table's header row, if any) begins with a person's or a body's name."""
    norm = ctx.norm
    text = norm[head.start:head.end]
    # (“分类达人”名单: a title the article's sentences granted, 30名居民获评“分类达人”, whatever its head word)
    if not (ctx.is_titled(text) or titles.plain(text) in ctx.granted) or ctx.words.triggers["verb"].search(text):
        return False
    # (序号　姓名　性别　所在乡镇: a header row that opens on its serial column is skipped as well)
    # (序号　企业名称　所属领域: any header row of a table whose column names the recipients)
    line = next((p for p in following if not _TABLE_HEADER.fullmatch(norm, *p) and not _serial_header(norm, *p)
                 and _table_column(norm, *p) is None), None)
    if line is not None and _PAGE_STAMP.search(norm, *line):
        return False  # (a headline over the page's line of outlet, date and time, 编辑：…: no list under a title)
    if line is None or "。" in norm[line[0]:line[1]] or line[1] - line[0] > _MAX_ANNOUNCED_LINE and not (
            norm.count("、", line[0], line[1]) >= 3 and line[1] - line[0] <= _MAX_LISTED_LINE):
        return False  # (a line of many names may run long: 王立新（县统计局）、张晓燕（…）、…)
    if _PERSON_COLUMN.match(norm, *following[0]) and _TABLE_HEADER.fullmatch(norm, *following[0]) and (
            _NAME_CELL.fullmatch(norm, *line)):
        return True  # 姓名　学校 / 玉香　某中学: a table of people, whatever their names look like
    if _serial_header(norm, *following[0]) and _SERIAL_NAME_CELL.fullmatch(norm, *line):
        return True  # 序号　姓名　性别 / 5　　索南旦正　男: the same, each row opened by its serial number
    if line != following[0] and _LIST_TITLE_LINE.search(norm, head.start, following[0][0] - 1) and _table_column(
            norm, *following[0]) is not None:
        return True  # …优秀提案名单 / 序号　题目　提案人 / rows: a heading that names its list over the table's header
    start = line[0]
    # (under a header row, 序号　企业名称 / 1　青岛鼎丰…: the row's serial cell; a heading's own row of a table, 3　　耒阳管理所
    # 　　93.8　　优秀 over 4　　衡东管理所, is none)
    openings = (_SERIAL_CELL, _LINE_NUMBER, _GROUP_LABEL) if line != following[0] else (_LINE_NUMBER, _GROUP_LABEL)
    for opening in openings:  # 1. 乡镇人大：城关镇人大、白马镇人大: its number and label first
        skipped = opening.match(norm, start, line[1])
        if skipped is not None:
            start = skipped.end()
    padded = _PADDED_NAME.match(norm, start, line[1])
    if padded is not None and (padded.end() == line[1] or norm[padded.end()] in " \u3000\t（("):
        return True  # 周　敏　　韩学文, 刘　洋（城关小学）: a name padded to align the list opens the line
    if _worker_row(ctx, start, line[1]) is not None:
        return True  # 府城街道　符秀兰: where the person works, then the name
    m = _LINE_START_ITEM.match(norm, start, line[1])
    if m is None:
        return False
    item_end = m.end(1)
    paren = _TRAILING_PAREN.search(norm, m.start(1), item_end)
    if paren is not None and paren.start() - m.start(1) >= 2:
        item_end = paren.start()  # 张宝玉家庭（弥河镇）: where the family lives, in brackets, is no part of it
    item = recipients.classify(ctx.reader, m.start(1), item_end, alone=False)
    if (item is None or item.kind is None) and _transliterated_row(ctx, start, line[1]):
        return True  # 次仁多吉　扎西卓玛　格桑旺堆: names the transliteration tables spell, a blank apart
    if item is not None and item.kind == "place":
        # 渔阳镇 alone on its line under 优秀组织奖: a town that won it (a place opening a longer line labels a
        # group; a line that names a title, 综合目标考核先进村, heads a list of its own)
        name = norm[m.start(1):m.end(1)]
        if norm[m.end(1):line[1]].strip() or len(name) > _MAX_PLACE_LINE or "“" in name or ctx.is_titled(name):
            return False
        # (红旗镇本立村 / 三门坡镇谭文村: a place over a place is a list's row, not its heading)
        above = recipients.classify(ctx.reader, head.start, head.end, alone=True)
        return above is None or above.kind != "place"
    return item is not None and item.kind in ("person", "organization", "family")


def _spelt_among_people(ctx: _Ctx, items: Sequence[Recipient]) -> bool:
    """李文静、扎西卓玛、陈军、周海燕: a list whose items are people, half of them or more read so, the others each two to six
    letters of the transliteration tables and no post (a Tibetan name said once, which jieba does not know)."""
    norm = ctx.norm
    people = sum(item.kind == "person" for item in items)
    return people * 2 >= len(items) and all(item.kind == "person" or (
        2 <= item.end - item.start <= 6 and recipients.is_transliterated(norm[item.start:item.end])
        and not _ends_in_post(norm[item.start:item.end], ctx.words.recipients)) for item in items)


def _transliterated_row(ctx: _Ctx, start: int, end: int) -> bool:
    """次仁多吉　扎西卓玛　格桑旺堆: two names or more a blank apart (no 、), each of two to four letters and none ending in a
    post, two in three of them or more spelt by the transliteration tables (a Tibetan or Mongolian name, which jieba
    rarely knows; the tables lack some letters, 旺堆, 边巴). Read once a line: a heading's row is asked whether it opens
    a list and then read as one."""
    found = ctx.transliterated_rows.get((start, end))
    if found is None:
        found = ctx.transliterated_rows[(start, end)] = _spelt_row(ctx, start, end)
    return found


def _spelt_row(ctx: _Ctx, start: int, end: int) -> bool:
    norm = ctx.norm
    cells = [m.span() for m in _CELL.finditer(norm, start, end)]
    if len(cells) < 2 or norm.find("、", start, end) >= 0 or not all(
            2 <= b - a <= 4 and titles.is_han(norm[a:b], 0) and not _ends_in_post(norm[a:b], ctx.words.recipients)
            for a, b in cells):
        return False
    spelt = sum(recipients.is_transliterated(norm[a:b]) for a, b in cells)
    return spelt >= 2 and spelt * 3 >= len(cells) * 2


_MAX_PLACE_LINE: Final = 8  # characters: a town's or a village's name alone on a line
_COUNTED_LINE_END: Final = regex.compile(r"[\u4e00-\u9fff]{0,4}[。；;]?[ \t\u3000]*")  # (…等12人, …等8个单位。: the line ends)
_PAGE_STAMP: Final = regex.compile(r"\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}")  # 2024-12-03 09:15: a page's time


_LIST_WORDS: Final = ("名单", "榜单")  # 2024年度“诚信纳税十强”榜单: a list follows


def _announces(norm: str, head: _Heading, p_start: int, p_end: int, w: _Words) -> bool:
    """A heading that names a title and says a list follows: a count in brackets or 名单."""
    a, b = _list_title(norm, (head.start, head.end))  # (…金奖获得者名单: the title is …金奖)
    text = norm[a:b]
    line = norm[p_start:p_end]
    if line.lstrip().startswith("附件"):
        return False  # 附件:…名单 points to the annex; the list is there, under its own headings
    return (head.announced is not None or line.rstrip(" :：").endswith(_LIST_WORDS)) and (
        titles.is_titled(text, w.titles) or titles.is_quoted(text) or _LEVELLED_LIST.fullmatch(norm, p_start, p_end) is not None)


# -- filters -------------------------------------------------------------------------------------

class _Candidate:
    """A pair as the filters see it. A plain class (as `_Words`)."""

    ctx: _Ctx
    pair: _Pair
    recipient: str
    title: str

    def __init__(self, ctx: _Ctx, pair: _Pair, recipient: str, title: str) -> None:
        self.ctx = ctx
        self.pair = pair
        self.recipient = recipient
        self.title = title


def _row(rule: str, rejects: Callable[[_Candidate], bool], why: str) -> Filter:
    """A filter row over a candidate pair. Its predicate is typed: mypy gives a lambda here the type
    `_Candidate` for its argument, so the compiled lambda reads the candidate's fields as struct fields
    (a lambda typed by `Filter.rejects`, `Callable[[Any], bool]`, looked each up by name: ~7% of the
    stage, 700 candidates an article set, each asked by up to 28 rows)."""
    return Filter(rule, rejects, why)


# “全国技术能手”、…: a title of a level in quote marks
_QUOTED_TITLE: Final = regex.compile(r"“(?:全国|中国|全省|全市|全县|全区)[^“”]+”")

RECIPIENT_FILTERS: Final = (
    _row("honors.reject.recipient.empty", lambda c: not c.recipient,
           "no recipient before the verb once frame words are left out (its subject is elided)"),
    _row("honors.reject.recipient.time", lambda c: recipients.is_time(c.ctx.reader, c.recipient),
           "a time (于2021年6月, 近日), not who received it"),
    _row("honors.reject.recipient.frame_word", lambda c: bool(c.recipient) and recipients.only_frame_words(
        c.ctx.reader, c.pair.recipient.start, c.pair.recipient.end),
           "only frame words (屡次, 同时, 其中) before the verb: its subject is elided"),
    _row("honors.reject.recipient.issuer", lambda c: c.recipient.startswith(("由", "被")) or c.recipient.endswith("颁发的"),
           "the issuing body (由…, 被…), not the recipient"),
    _row("honors.reject.recipient.scope", lambda c: c.pair.recipient.kind != "collective"
           and bool(c.ctx.words.recipients.scope.match(c.recipient)),
           "a scope or quantity word (全县, 各级, 部分), not a named recipient"),
    # (a work's title is a name: 《希望的田野》　石秀英 holds no verb)
    _row("honors.reject.recipient.verb_phrase", lambda c: c.pair.recipient.kind != "project" and bool(
        c.ctx.words.recipients.verb_guard.search(_WORK_TITLE.sub("", recipients.unquoted(c.recipient)) if "《" in c.recipient
                                                 else recipients.unquoted(c.recipient))),
           "a verb phrase (能够…, 开展…), not a name (a table's column of projects or proposals names what won, whatever "
           "its words: 关于推进老旧小区加装电梯的建议)"),
    _row("honors.reject.recipient.unnamed",
           lambda c: c.pair.recipient.kind not in ("collective", "person")
           and _names_nobody(c.ctx.words.recipients, c.recipient),
           "nobody is named (获奖代表, 同学们): awards to unnamed bodies are not honours"),
    _row("honors.reject.recipient.quote_fragment", lambda c: c.recipient.count("“") != c.recipient.count("”"),
           "part of a quotation, not a name"),
    _row("honors.reject.recipient.measure_count", lambda c: _MEASURE_COUNT.fullmatch(c.recipient) is not None,
           "a count of events or of a measure (开展主题宣传 / 累计40余场), no one who won anything"),
    _row("honors.reject.recipient.bare_count", lambda c: c.pair.rule == "honors.announce_lines"
           and _BARE_COUNT.fullmatch(c.recipient, max(c.recipient.rfind("："), c.recipient.rfind(":")) + 1) is not None
           and not c.ctx.norm.startswith(("：", ":"), c.pair.recipient.end),
           "a count alone after a line's label (新增富硒蔬菜基地：8个, 新认定市级培训基地：5个): a figure of a page of "
           "figures, no one named (a list names its winners; a count alone is one only where a verb confers a title on "
           "it, or where the names it counts follow its colon: 省级一等奖3人：A、B、C)"),
    _row("honors.reject.recipient.line_of_work", lambda c: c.pair.rule == "honors.announce_lines"
           and c.pair.recipient.kind == "project" and _opens_on_verb(c.recipient),
           "a line that opens on a verb (▍打通服务“最后一公里”: a post's heading of a line of work, under a list "
           "it ends), no project that won anything"),
    _row("honors.reject.recipient.title", lambda c: _QUOTED_TITLE.fullmatch(c.recipient) is not None
           and c.ctx.is_titled(c.recipient[1:-1]),
           "a title of a level in quote marks (“全国技术能手”、汽修专业教师李志刚…被评为X), an epithet of the names after it, "
           "no one (a quoted team or project, “老兵先锋队”, is one)"),
    _row("honors.reject.recipient.byline_line", lambda c: _on_byline_line(c),
           "the page's byline line (发布者：院办　发布时间：…), which signs the page: no list's row"),
    _row("honors.reject.recipient.credit", lambda c: c.ctx.words.triggers["credit_cell"].match(c.recipient) is not None,
           "a cell a label and its colon open (来源：县文联, 作者：融媒体中心): who sent or made the page or the work, not who won"),
    _row("honors.reject.recipient.anaphora", lambda c: c.pair.recipient.kind is None and c.pair.recipient.anaphor is not None,
           "an anaphor (该公司, 她) with no organisation of its kind, or no person, before it"),
    _row("honors.reject.recipient.headline_count",
           lambda c: c.pair.recipient.kind == "collective" and (c.pair.verb[0] < c.ctx.body_start or _title_line_told_below(c)),
           "a count in the headline (我市11个集体和个人获X), or in the title line of an item the paragraph under it tells "
           "(a bulletin's 我市两家县局获评X), restates the news the body tells, by name or by count"),
    _row("honors.reject.recipient.not_a_candidate", lambda c: c.pair.recipient.kind is None,
           "no entity, institution phrase, counted group or short name stands there"),
    _row("honors.reject.recipient.wider_scope", _wider_scope,
           "a count of a scope wider than the county the report is at home in (全市共有12名…上榜): the whole list"),
    _row("honors.reject.recipient.other_county", _of_other_county,
           "the clause names another county than the one the report is at home in, or a neighbour (邻近的…): its news, not the area's"),
)


def _on_byline_line(c: _Candidate) -> bool:
    """发布者：校团委　发布时间：2024-05-06: the recipient stands on a short line, no sentence in it, that
    labels the page's publication time (metadata.labels.tsv, time_label), or gives it to the minute (芒市文联　2025-06-18
    09:42　浏览量：1263)."""
    norm, at = c.ctx.norm, c.pair.recipient.start
    start = norm.rfind("\n", 0, at) + 1
    end = norm.find("\n", at)
    end = len(norm) if end < 0 else end
    return (end - start <= _BYLINE_LINE and not any(ch in _SENTENCE_MARKS for ch in norm[start:end])
            and (c.ctx.words.triggers["time_label"].search(norm, start, end) is not None
                 or _PAGE_STAMP.search(norm, start, end) is not None))


def _on_list_heading(c: _Candidate) -> bool:
    """The verb stands on a line that is a list's heading: no clause mark in it, its end the list's name
    (名单) with an annex label before it (附：) or a note in brackets after it (（12家）, （按姓氏笔画排序）).
    A headline (我县3个村入选X名单) has neither; a sentence (…入选X名单（全国共1077所）) has its marks."""
    norm, at = c.ctx.norm, c.pair.verb[0]
    start = norm.rfind("\n", 0, at) + 1
    end = norm.find("\n", at)
    end = len(norm) if end < 0 else end
    if end - start > _LIST_HEADING_REACH or norm.find("名单", at, end) < 0:
        return False
    m = _LIST_HEADING_LINE.fullmatch(norm, start, end)
    return m is not None and (m.group("label") is not None or m.group("note") is not None and _LIST_NOTE.search(
        norm, m.start("note"), m.end("note")) is not None)


# 附：泰兴市获评X名单（12家，排名不分先后）: an annex's label, the list's name, a note on it
_LIST_HEADING_REACH: Final = 120  # the longest line read as one
# （12家，排名不分先后）, （按姓氏笔画排序）: a note on the list below, its size or its order (not （附名单）, （全省共12个）,
# a headline's)
_LIST_NOTE: Final = regex.compile(r"^[（(]\d+[家个名人户所项支位]|排名不分先后|不分先后|按[^）)]{1,10}(?:排序|排列|为序)")
_LIST_HEADING_LINE: Final = regex.compile(r"\s*(?P<label>附[件表]?[0-9一二三四五六七八九十]*\s*[:：]\s*)?[^,，。;；:：\n]{2,80}?"
                                          r"名单(?P<note>[（(][^）)\n]{1,30}[）)])?\s*[:：]?\s*")
_BYLINE_LINE: Final = 80  # the longest line read as a page's byline
_VERB_REACH: Final = 6  # at least the longest of those verbs (4: 评选为, 当选为; tests/test_honors_filters.py holds it)


def _title_line_told_below(c: _Candidate) -> bool:
    """我市两家县局获评2023年度全省烟草行业“文明单位标兵” on a line of its own, no sentence mark in it, and
    the paragraph under it naming the title again (…获评“文明单位标兵”，分别是A、B): an item's title."""
    norm, verb = c.ctx.norm, c.pair.verb[0]
    start = norm.rfind("\n", 0, verb) + 1
    end = norm.find("\n", verb)
    if end < 0 or end - start > _ITEM_TITLE_LINE or any(ch in _SENTENCE_MARKS for ch in norm[start:end]):
        return False
    below = norm.find("\n", end + 1)
    below = below if below >= 0 else len(norm)
    if not any(ch in _SENTENCE_MARKS for ch in norm[end + 1:below]):
        return False  # (15名技能人才获评“淄博市技术能手”: the next item of a list of such lines, no paragraph telling it)
    quoted = _QUOTED.search(c.title)
    core = quoted.group(1) if quoted else _RANKED_PREFIX.sub("", titles.plain(c.title), count=1)
    return len(core) >= 4 and norm.find(core, end + 1, below) >= 0


_ITEM_TITLE_LINE: Final = 48  # the longest line read as an item's title
_LINES_RULE: Final = "honors.announce_lines"
_YEAR_EDITION: Final = regex.compile(r"\d{4}年度")
_BATCH: Final = regex.compile(r"(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批|首批)")  # a list of designations, by batch
_SENTENCE_MARKS: Final = frozenset("。！？；;!?")


def _proposed_list(ctx: _Ctx, title_start: int) -> bool:
    """Whether the last paragraph of prose before a list's heading (a line with a full stop) proposes
    what follows: 现将拟表彰对象名单予以公示. Read once per heading."""
    known = ctx.proposed.get(title_start)
    if known is None:
        norm = ctx.norm
        stop = norm.rfind("。", 0, title_start)
        line = norm.rfind("\n", 0, stop) + 1 if stop >= 0 else 0
        end = norm.find("\n", stop) if stop >= 0 else -1
        end = title_start if end < 0 or end > title_start else end
        known = stop >= 0 and _PROPOSING.search(norm, line, stop) is not None and (
            _NOMINATES_ELSEWHERE.search(norm, line, end) is None)
        if not known and stop >= 0:
            # (…。/ 附件 / 2024年度大姚县“两红两优”拟表彰对象名单 / 一、…（3个）: the annex's own title, between the prose
            # and the heading, proposes its list)
            annex = _PROPOSED_ANNEX.search(norm, end, title_start)
            if annex is None and len(_ANNEX_INDEX.findall(norm, end, title_start)) == 1:
                # (附件：1.2024年度…拟表彰对象名单: one annex, numbered, its title on the index's line)
                annex = _PROPOSED_ANNEX_NUMBERED.search(norm, end, title_start)
            known = annex is not None and _NOMINATES_ELSEWHERE.search(norm, annex.start(), title_start) is None
        ctx.proposed[title_start] = known
    return known


# 2024年度“两红两优”拟表彰对象名单, …候选人名单: a list's own title line that proposes it (not a line of an index of
# the annexes, 附件：1.…名单 2.拟推荐…名单, which names another list)
_PROPOSED_ANNEX: Final = regex.compile(rf"^(?!\s*(?:附件[:：]?\s*)?\d+[.、．])[^。\n]*(?:{_TO_PROPOSE}|候选人)[^。\n]*名单[^。\n]*$", re.M)
_PROPOSED_ANNEX_NUMBERED: Final = regex.compile(rf"^[^。\n]*(?:{_TO_PROPOSE}|候选人)[^。\n]*名单[^。\n]*$", re.M)
_ANNEX_INDEX: Final = regex.compile(r"^\s*(?:附件[:：]?\s*)?\d+[.、．][^。\n]*名单", re.M)  # 附件：1.…名单 / 2.…名单


# a proposal that puts its own nominees forward to another's selection (另，拟推荐A、B分别参评衡水市…, after a decision
# whose list is attached): the list after it is not its
_NOMINATES_ELSEWHERE: Final = regex.compile(r"参评|推荐参加|参加[^，。；\n]{0,20}评选")


def _named_by_its_issuer(c: _Candidate) -> bool:
    """卫生院被国家卫生健康委评为“优质服务基层行”活动推荐标准机构: the body that issues it is the agent of 被, and the
    phrase names a programme in quote marks and the kind of body that holds it (机构, 单位, 集体): a title, though no
    head word or marker of the lexicon is in it."""
    if "“" not in c.title or c.pair.issuer is None or not _issued_by_agent(c.ctx.norm, c.pair):
        return False
    # (…“家庭医生签约”重点整改机构, “医保违规”重点监管单位, “三级乙等”机构: a sanction or a grade, no honour: what follows
    # the quote marks says it stands out)
    tail = c.title[c.title.rfind("”") + 1:]
    return _STANDS_OUT.match(tail) is not None and titles.is_collective(c.title, c.ctx.words.titles)


# 考核, 评比: an appraisal, whose order ranks places or bodies and names no prize (`honors.reject.title.appraisal_place`)
_APPRAISAL: Final = regex.compile(lexicon.alternation(lexicon.by_kind("honors.titles", "appraisal")))
# 活动表现突出机构, 活动推荐标准机构, 示范单位: what follows a programme's name in a title that says its holder stands out
_STANDS_OUT: Final = regex.compile(rf"(?:活动)?(?:{lexicon.alternation(lexicon.by_kind('honors.titles', 'stands_out'))})")


def _holds_quoted_title(c: _Candidate) -> bool:
    """四川省“红领巾奖章”五星章: a quoted title (its head word, 奖章) inside names the award."""
    if "“" not in c.title:
        return False
    return any(c.ctx.is_titled(q.group(1)) for q in _QUOTED.finditer(c.title))


def _names_nobody(w: RecipientWords, recipient: str) -> bool:
    """获奖代表, 同学们, 护士长: the stretch ends with a word for people unnamed or a post."""
    return bool(recipients.may_end(recipient, w.unnamed_words) and w.unnamed.search(recipient)
                or recipients.may_end(recipient, w.post_words) and w.post.search(recipient))


def _elided(norm: str, title_start: int, words: titles.TitleWords) -> bool:
    """荣获其银奖 / 银奖、铜奖和爱心奖 / 分获女子组亚军、季军 / 分别获得个人全能第二名、第三名: a placing whose event was
    named just before (with the prize before it; with the place before it, the class it ranks in named: not 分获亚军、季军,
    where neither names one)."""
    before = norm[max(0, title_start - 3):title_start].replace("“", "")
    if before.endswith("其"):
        return True
    if len(before) < 2 or before[-1] not in "、和及":
        return False
    if before[-2] in "奖”":
        return True
    if before[-2] not in _ORDER_PLACE_ENDS:
        return False
    joint = norm.rfind(before[-1], 0, title_start)
    place = _PLACE_BEFORE.search(norm, max(0, joint - _PLACE_BEFORE_REACH), joint)
    return place is not None and not titles.is_rank_only(place.group("place"), words)


_ORDER_PLACE_ENDS: Final = "名军"  # what a place in the order ends with (第二名, 亚军)
# 分获女子组亚军|、, 分别获得个人全能第二名|、: the verb, then the place before the joint
# (the verbs of a prize taken, of titles shared out, and the bare 获 of 获女子组亚军)
_PLACE_BEFORE: Final = regex.compile(rf"(?:{lexicon.alternation((*_TAKEN, *_SHARED_OUT, '获'))})"
                                     r"(?P<place>[^，,。；;、“”\s]{2,12})$")
_PLACE_BEFORE_REACH: Final = 16


_OF: Final = frozenset("的")
# a title holds none of these outside its quote marks and brackets (“奋斗，青春最美丽”主题征文一等奖 holds one inside)
_TITLE_BREAKS: Final = _SENTENCE_MARKS | frozenset("，,")


def _runs_into_clause(c: _Candidate) -> bool:
    """“X”称号的同志颁奖: the title runs on into a relative clause (read by `honors.relative`)."""
    if "的" not in c.title:
        return False
    cut = scan.clause_end(c.title, 0, len(c.title), _OF)  # the first 的 outside quote marks
    if not 0 < cut < len(c.title):
        return False
    if c.ctx.words.titles.drop.search(c.title, 0, cut) is not None or c.title[cut - 1] == "”" or _WHO_FOLLOWS.match(
            c.title, cut) is not None:
        return True
    # 入选X的“工匠学院”库车分院开展赛前集训: a body named after 的, then the sentence's own predicate
    named = _QUOTED_AFTER_OF.match(c.title, cut)
    # (…的“红色”研学实践教育基地, …的“志愿者”服务之星: a title's head words, some of them verbs, no predicate: only a
    # verb of work done says the sentence goes on)
    return named is not None and _WORK_PREDICATE.search(c.title, named.end()) is not None


_QUOTED_AFTER_OF: Final = regex.compile(r"的“[^”]{1,20}”")
_WORK_PREDICATE: Final = regex.compile(r"开展|举办|举行|开设|实施|召开|组织(?=[\u4e00-\u9fff])|承办|揭牌|成立|启动|迎来|投入使用|建成")


# 被评为X的民警有：A、B (分别是, 包括, 共有5人): the clause names who holds the title after it, the title ends before 的
_WHO_FOLLOWS: Final = regex.compile(r"的[\u4e00-\u9fff]{0,4}?(?:分别是|分别为|依次是|依次为|包括|共有|有|是)")


def _levelled_ok(c: _Candidate) -> bool:
    """A title named by its level alone (省级卫生村) after a verb that confers: not after 获/获得, whose
    objects are as often support or money (获得省级资金) as titles, nor after 被列为/被确定为, whose
    objects are as often pilots and tasks (被列为全市改造试点); after 被认定为 it is a status certified."""
    verb = c.ctx.norm[c.pair.verb[0]:c.pair.verb[1]]
    return c.pair.strong or (c.pair.rule == "honors.weak" and not verb.startswith("获")) or verb.endswith(_CERTIFIED)


_CERTIFIED: Final = "认定为"  # 被认定为江苏省创新型中小企业: a status the level's body certifies, a title by its level


def _built(c: _Candidate) -> bool:
    return _built_at(c.ctx, c.pair.verb[0], c.pair.verb[1])


def _built_at(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether norm[start:end] is a verb of building (创建, 建成了). Every match opens with a build
    word: where the article's index says none starts, the pattern is not tried."""
    if "build" in ctx.words.form_words:
        starts = ctx.form_starts.get("build", [])
        i = bisect_left(starts, start)
        if i == len(starts) or starts[i] != start:
            return False
    return ctx.words.triggers["build"].fullmatch(ctx.norm, start, end) is not None


# 示范村10个以上, 20家左右: a count and a bound or an estimate closing the object, what a plan aims at
_TARGET_TAIL: Final = regex.compile(r"[0-9０-９一二三四五六七八九十百]+[个家名项所户支人处座条]?(?:以上|以下|左右)$")


def _not_reported(c: _Candidate) -> bool:
    if c.pair.rule == "honors.announce_lines":
        return False  # its "verb" is the title a heading or a sentence before the list names, no verb
    verb = c.pair.verb[0]
    t, before = c.ctx.words.triggers, max(0, verb - 4)
    if verb > 0 and _may_end_frame(c.ctx, "not_before", before, verb) and t["not_before"].search(c.ctx.norm, before, verb) and (
            not c.ctx.norm.startswith("予以", verb - 2)):  # (对A予以表彰: 以 of the frame verb 予以, not 以…为)
        return True
    norm = c.ctx.norm
    reach = max(0, verb - _FUTURE_REACH)
    if t["future"].search(norm, reach, verb) and t["future"].search(norm, scan.clause_start(norm, verb, reach, _CLAUSE), verb):
        return True  # 县妇联将在推荐基础上评选“最美家庭”20户: what the body will confer, not conferred
    clause = scan.clause_start(norm, verb, reach, _CLAUSE)
    if any(_aims_at(norm, clause, m.start(), m.end(), verb) for m in t["goal"].finditer(norm, clause, verb)):
        return True  # 力争有1个项目获评…: a goal, not an honour won
    # 为获得X称号的同志颁奖: the verb is inside a preposition's object; who won it, named after 的, did
    return verb > 0 and c.pair.rule != "honors.relative" and _may_end_frame(c.ctx, "preposition", before, verb) and (
        t["preposition"].search(c.ctx.norm, before, verb) is not None)


_FUTURE_REACH: Final = 20  # the reach of the frames' `future` words before a verb


def _aims_at(norm: str, clause: int, start: int, end: int, verb: int) -> bool:
    """Whether the goal word at norm[start:end] (力争, 争取) is a word of its own in its clause and what
    follows it is a verb, a time or 有 (力争有1个项目…, 争取年底前…), not a noun it gets (争取上级支持)."""
    words = segment.tag(norm[clause:verb])
    pos = clause
    for i, (word, _) in enumerate(words):
        if pos == start:
            if pos + len(word) != end:
                return False
            if i + 1 == len(words):
                return False
            nxt_word, nxt_tag = words[i + 1]
            return nxt_tag[:1] in ("v", "t", "d", "p", "m") or nxt_word == "有"
        if pos > start:
            return False  # (奋力争先: inside a word)
        pos += len(word)
    return False


def _may_end_frame(ctx: _Ctx, kind: str, start: int, end: int) -> bool:
    """Whether the pattern of frame words `kind`, anchored at the end, may match in norm[start:end]."""
    ends = ctx.words.frame_ends.get(kind)
    return ends is None or recipients.may_end(ctx.norm, ends, start, end)


def _quota(c: _Candidate) -> bool:
    """一、表彰项目及名额 over 本次评选表彰X 10个、Y 30个: the places a notice offers, under a heading that
    names them (名额), or in a sentence that does; not honours conferred."""
    norm, verb = c.ctx.norm, c.pair.verb[0]
    if not c.ctx.names_quotas:
        return False  # no 名额 in the article: most
    line = norm.rfind("\n", 0, verb) + 1
    if norm.find("名额", line, norm.find("\n", verb) if norm.find("\n", verb) >= 0 else len(norm)) >= 0:
        return True
    heading_end = line - 1
    while heading_end > 0 and norm[heading_end - 1] in " \u3000\n":
        heading_end -= 1  # over blank lines
    heading = norm[norm.rfind("\n", 0, heading_end) + 1:heading_end].strip()
    return 0 < len(heading) <= _QUOTA_HEADING and "名额" in heading


_QUOTA_HEADING: Final = 20
# the rules whose verb confers on what follows it (表彰A, 授予A): after 受 it names who was commended
_COMMENDED_BY_VERB: Final = frozenset({"honors.grant", "honors.commend_dash", "honors.commend_object", "honors.commend_counted"})  # the longest heading read as one (二、表彰项目及名额)


CONTEXT_FILTERS: Final = (
    _row("honors.reject.not_reported", _not_reported,
           "the verb is a plan, a purpose or a means (以创建…为抓手, 力争创建), not an honour received"),
    _row("honors.reject.list_heading", lambda c: c.pair.rule != "honors.announce_lines" and _on_list_heading(c),
           "the line heads a list (附：泰兴市获评X名单（12家，排名不分先后）): the rows below it name who won, "
           "not the area the heading names"),
    _row("honors.reject.commended_modifier", lambda c: c.pair.rule in _COMMENDED_BY_VERB and c.ctx.norm.startswith(
        ("受", "受到"), c.pair.verb[0] - (2 if c.ctx.norm.startswith("受到", c.pair.verb[0] - 2) else 1)),
           "受表彰代表, 受到表彰的集体: those commended, named by it; no commendation"),
    _row("honors.reject.quota", _quota,
           "the places a notice offers (表彰项目及名额: 评选X 10个), not honours conferred"),
    _row("honors.reject.contest_tally", lambda c: c.pair.rule == "honors.commend_counted" and _contest_tally(c),
           "a contest's winning entries or prizes counted, none named (评出优秀作品180篇, 竞赛共评出团体奖6个): its "
           "results, no honour to a recipient"),
)


def _contest_tally(c: _Candidate) -> bool:
    """评出优秀作品180篇, 评选表彰优秀提案10件: a title of entries (honors.titles.tsv, entry), counted; or
    竞赛共评出团体奖6个: a prize counted after the contest its sentence names."""
    norm = c.ctx.norm
    if "评" not in norm[c.pair.verb[0]:c.pair.verb[1]]:
        return False  # 表彰优秀志愿服务项目10个: a commendation of its own, not a selection's results
    title = c.title.rstrip("”")
    if title.endswith(c.ctx.words.titles.words_of.get("entry", ())) or c.ctx.words.triggers["placing_end"].search(title):
        return True  # (评出科技创新成果一等奖3项: a placing counted is the contest's tally too)
    if not title.endswith("奖"):
        return False
    verb = c.pair.verb[0]
    start = max(norm.rfind("。", 0, verb), norm.rfind("\n", 0, verb)) + 1
    return c.ctx.words.triggers["event_word"].search(norm, start, verb) is not None

_PLAQUES: Final = ("牌匾", "锦旗")  # (ANNOTATION.md: a plaque handed over is no honour)
_FILE_LINK: Final = regex.compile(r"\.(?:[dD][oO][cC][xX]?|[pP][dD][fF]|[xX][lL][sS][xX]?|wps|zip|rar)\b|附件下载|点击下载")
_RANK_AND_MODIFIER: Final = regex.compile(r"(?:国家级|省级|市级|县级|区级|全国|全省|全市|全县)(?:示范|重点|标准化)")  # (省级先进 names the advanced: a title)
# the verbs that put a body on a task (列为, 确定为, 纳入): a pilot they name is no honour
_DESIGNATED: Final = regex.compile(r"列|确定|纳入|获批|批准|承担")
_DESIGNATING: Final = regex.compile(r"认定|命名|入选|评为")  # (任命为, 当选: a post)
_RANK_GRADE: Final = regex.compile(r"(?:国家|省|自治区|市|州|盟|县|区)级")


def _called_a_title(c: _Candidate) -> bool:
    """授予…等3个商会“四好”商会称号: a title quoted in part, which the grant calls a title (称号) right after it."""
    return "“" in c.title and c.ctx.norm.startswith(_TITLE_WORDS, c.pair.title[1])


_TITLE_WORDS: Final = ("称号", "荣誉称号")


def _restates_granted(c: _Candidate) -> bool:
    """红领巾奖章二星章集体 heading the list of those that 获评“红领巾奖章”二星章: a title the article's sentences
    granted, its receivers' class after it."""
    bare = c.title.replace("“", "").replace("”", "")
    if _granted_with_class(bare, c.ctx.granted):
        return True
    # 授予白泉镇等4个单位“2023年度招商引资工作突出贡献单位”称号 … 2023年度招商引资工作突出贡献单位名单 / 白泉镇: the list of
    # a title the article granted in its quote marks
    if c.pair.rule not in _ANNOUNCED:
        return False
    if bare in c.ctx.granted and c.ctx.norm.find(f"“{bare}”") >= 0:
        return True
    # 授予…等3个商会“四好”商会称号 … 2023年度“四好”商会名单: the list of a title the article granted, its edition before it
    # (the grant's title closed by 称号, whatever part of it is quoted)
    plain = titles.bare(c.title)
    if plain == bare or plain not in c.ctx.granted:
        return False
    if c.ctx.unquoted is None:
        c.ctx.unquoted = c.ctx.norm.replace("“", "").replace("”", "")
    return c.ctx.unquoted.find(plain + "称号") >= 0


def _designated_post(c: _Candidate) -> bool:
    """被…认定为国家级非物质文化遗产代表性传承人: a role one is designated to at a rank, a title though it names
    no marker (被认定为省级龙头企业 names no role: a firm's status)."""
    return _designated_at_rank(c) and _ends_in_post(c.title, c.ctx.words.recipients)


def _designated_at_rank(c: _Candidate) -> bool:
    """被…认定为省级非物质文化遗产代表性传承人: a rank's designation, not a post one is appointed to (被任命为县级河长)."""
    return (_DESIGNATING.search(c.ctx.norm, c.pair.verb[0], c.pair.verb[1]) is not None
            and _RANK_GRADE.search(c.title) is not None)
_BARE_PILOT: Final = regex.compile(r"(?:第?[一二三四五六七八九十\d]+批|首批|新一批|国家级|省级|市级|县级)*(?:试点|试验区)")
TITLE_FILTERS: Final = (
    _row("honors.reject.title.empty", lambda c: len(c.title) < 2, "no title after the verb"),
    _row("honors.reject.title.modal_clause", lambda c: _holds_modal_clause(c.title),
         "a clause of what someone must do (获得命名的村镇和单位要珍惜荣誉、发挥示范作用: 要, then a verb) or what the notice does "
         "(…先进集体和个人予以通报: 予以, then a verb), no title"),
    _row("honors.reject.title.bracketed_note", lambda c: _BRACKETED_NOTE.fullmatch(c.title) is not None,
         "a note in brackets, alone on its line ((优秀奖名单略), (排名不分先后)): no list's title"),
    _row("honors.reject.title.list_name", lambda c: c.pair.rule == "honors.weak" and c.ctx.norm[
        c.pair.verb[0]:c.pair.verb[1]] == "获" and _LIST_NAME_END.match(c.ctx.norm, c.pair.title[1]) is not None, "a line that names a list (2. 2024年度润州区获上级表彰巾帼先进名单): "
                                               "who the list holds won, not the line's year or place"),
    _row("honors.reject.title.prize_word", lambda c: c.pair.title[0] == c.pair.verb[1] and c.title.startswith("奖")
         and c.ctx.norm[c.pair.verb[0]:c.pair.verb[1]].endswith("获"),
         "the verb's 获 and 奖 are one word, 获奖 (从获奖选手中遴选): no title follows"),
    _row("honors.reject.title.unpaired", lambda c: c.pair.rule == "honors.unpaired",
           "two lists of different lengths: who received which title is not said"),
    _row("honors.reject.title.not_a_title", lambda c: titles.not_a_title(c.title, c.ctx.words.titles),
           "support, praise or money (获得支持, 好评), not a title"),
    _row("honors.reject.title.object", lambda c: titles.is_object_only(c.title, c.ctx.words.titles)
           or titles.plain(c.title).endswith(_PLAQUES),
           "a thing handed over (证书, 奖牌) with no title named, or a plaque or banner of a title (获授“X”牌匾)"),
    # (read by the pair's rule as well as its title: no row of `_BY_TITLE`)
    _row("honors.reject.title.handed_over", lambda c: c.pair.rule == "honors.confer" and (
        titles.plain(c.title) in c.ctx.words.titles.words_of.get("object_alone", ())),
           "为A颁发了奖章和奖状: a title's head alone, handed over, names no title"),
    _row("honors.reject.title.link", lambda c: _FILE_LINK.search(c.title) is not None,
           "a link or a file (附件下载：…名单.docx), not a title"),
    _row("honors.reject.title.rank_only", lambda c: titles.is_rank_only(c.title, c.ctx.words.titles)
           and c.pair.event is None and not _elided(c.ctx.norm, c.pair.title[0], c.ctx.words.titles),
           "a bare placing (一等奖) without the event it ranks in"),
    _row("honors.reject.title.appraisal_place", lambda c: c.pair.event is not None and titles.is_place_in_order(c.title)
           and c.pair.recipient.kind != "person"
           and _APPRAISAL.search(c.ctx.norm, c.pair.event[0], c.pair.event[1]) is not None,
           "a place or a body's place in the order of an appraisal (在…评比中获得第一名), a rank and no contest's prize"),
    _row("honors.reject.title.category", lambda c: titles.is_category(c.title, c.ctx.words.titles),
           "a class of awards (各级, 全国和省级…), not one title"),
    _row("honors.reject.title.built", lambda c: _built(c) and c.ctx.words.recipients.number_at_end.search(c.title) is not None,
           "a number of things built (创建示范户300个), not a title its subject holds"),
    _row("honors.reject.title.pilot", lambda c: titles.is_pilot(c.title, c.ctx.words.titles) and (
        _DESIGNATED.search(c.ctx.norm, c.pair.verb[0], c.pair.verb[1]) is not None
        or _BARE_PILOT.fullmatch(titles.plain(c.title)) is not None or titles.plain(c.title).endswith("试点")),
           "a pilot or trial one is put on (被列为试点县, 确定为试点单位, 入选首批试点): a task given, not an honour; one "
           "selected or named to by a title of its own (入选全国…创新试点县, 获评…试点建设基地) is one"),
    _row("honors.reject.title.position", lambda c: _ends_in_post(c.title, c.ctx.words.recipients)
           and not any(word in c.title for word in c.ctx.words.titles.words_of.get("honorific", ()))
           and not (c.ctx.is_titled(c.title) or titles.is_quoted(c.title)
                    or titles.in_quotes(c.ctx.norm, c.pair.title) or _BATCH.search(c.title) is not None
                    or _designated_at_rank(c) or c.pair.rule == _LINES_RULE and _YEAR_EDITION.search(c.title) is not None),
           "a post one is elected or appointed to (当选县政协委员, 全国人大代表), not a title; one named by batch "
           "(入选黔东南州第五批州级非遗代表性传承人), designated at a rank (被…认定为省级非物质文化遗产代表性传承人) or heading "
           "a list of the year's (青岚县2024年度种粮大户 / 刘长河（石门镇）…) is a designation"),
    _row("honors.reject.title.podium", lambda c: c.ctx.norm.startswith("登上", c.pair.verb[0])
           and not titles.bare(c.title).endswith("榜"),
           "登上 a podium or a stage (登上…大赛领奖台): only a board one is put on (登上“中国好人榜”) is an honour"),
    _row("honors.reject.title.membership", lambda c: titles.is_membership(c.title, c.ctx.words.titles),
           "selection into a team or a pool (入选国家队, 入选省专家库), not a title"),
    _row("honors.reject.title.programme", lambda c: titles.is_programme(c.title, c.ctx.words.titles),
           "selection into a training programme (入选…人才培养计划), not a title"),
    _row("honors.reject.title.praise", lambda c: _PRAISE.search(c.title) is not None,
           "praise with a commendation (上级领导的肯定和嘉奖): no title conferred"),
    _row("honors.reject.title.target", lambda c: _TARGET_TAIL.search(c.title) is not None,
           "a count to reach (再创建省级示范村10个以上): a target, no title conferred"),
    _row("honors.reject.title.joint", lambda c: titles.is_joint(c.title, c.ctx.words.titles),
           "a body's title and a person's joined (先进集体和先进个人): the heading of a list of both, no one's title"),
    _row("honors.reject.title.collective", lambda c: c.pair.recipient.kind == "person"
           and titles.is_collective(c.title, c.ctx.words.titles),
           "a title only a body holds (先进集体, 青年文明号) read for a person: not who received it"),
    _row("honors.reject.title.personal", lambda c: c.pair.recipient.kind in ("organization", "place")
           and titles.is_personal(c.title, c.ctx.words.titles),
           "a title only a person holds (先进个人, 优秀志愿者) read for a body or a place: not who received it"),
    _row("honors.reject.title.proposed", lambda c: _PROPOSED.search(c.title) is not None,
           "proposed, not conferred (“最美交通集体”拟表彰对象, 拟推荐先进个人, 候选人): a notice's nominees"),
    _row("honors.reject.title.proposed_list", lambda c: c.pair.rule == "honors.announce_lines" and _proposed_list(
        c.ctx, c.pair.title[0]), "a list the prose before it proposes (现将拟表彰对象名单予以公示): nominees, under "
                                  "headings that name the title alone (一、先进个人（6名）)"),
    _row("honors.reject.title.tally", lambda c: titles.is_tally(c.title, c.ctx.words.titles),
           "prizes counted (荣获金牌4枚、银牌2枚), not a title named"),
    _row("honors.reject.title.sentence", lambda c: scan.clause_end(c.title, 0, len(c.title), _TITLE_BREAKS) < len(c.title),
           "a sentence, not a title (新的一年，我们将…！): a stop or a comma outside quote marks and brackets"),
    _row("honors.reject.title.conjunction", lambda c: c.title.startswith(_CONJUNCTIONS),
           "a phrase joined to the verb's own object, no title (文明创建与道德建设同频共振): a title opens with no 与"),
    _row("honors.reject.title.relative_clause", _runs_into_clause,
           "the title runs on into a relative clause (获得X称号的同志…)"),
    _row("honors.reject.title.untitled",
           lambda c: not (c.ctx.is_titled(c.title) or titles.in_quotes(c.ctx.norm, c.pair.title)
                          or titles.ends_quoted(c.title) or _holds_quoted_title(c)
                          or (_levelled_ok(c) and _rank_of(titles.bare(c.title), None) is not None)
                          or _designated_post(c) or _restates_granted(c) or _named_by_its_issuer(c)
                          or _under_level_label(c) or c.pair.rule == "honors.announce_lines" and _headline_quotes(
                              c.ctx, c.title) or _called_a_title(c))
           or _RANK_AND_MODIFIER.fullmatch(titles.bare(c.title)) is not None,
           "the object names no title: no head word (标兵, 奖章), marker (最美, 优秀), quote marks, issuing level or the "
           "headline's quote marks (…“好媳妇”名单出炉 / ▍好媳妇); "
           "nor a level and a modifier alone (入选省级示范: of what, it does not say)"),
)

_FILTERS: Final = CONTEXT_FILTERS + RECIPIENT_FILTERS + TITLE_FILTERS
check_table(_FILTERS)
# the rows' predicates, in table order, read once: compiled, `f.rejects(c)` on a row looks the field up
# on the NamedTuple's type by name and calls what it finds (~25 rows a candidate, 675 candidates a
# corpus pass); a predicate from this tuple is called directly
_REJECTS: Final[tuple[Callable[[_Candidate], bool], ...]] = tuple(f.rejects for f in _FILTERS)


# the rows whose predicate reads the title's text alone (and the lexicons): their answers are read once
# per title and kept. A title shared by a list of recipients is asked once per pair (a third of the
# candidates of an article repeat a title), and titles recur across articles.
_BY_TITLE: Final = frozenset({"honors.reject.title.empty", "honors.reject.title.not_a_title",
                              "honors.reject.title.object", "honors.reject.title.category",
                              "honors.reject.title.membership",
                              "honors.reject.title.programme", "honors.reject.title.tally",
                              "honors.reject.title.relative_clause", "honors.reject.title.sentence",
                              # a search of the title's text each: asked again for every pair of a list
                              "honors.reject.title.link", "honors.reject.title.praise",
                              "honors.reject.title.proposed", "honors.reject.title.joint"})
_ROW_BY_TITLE: Final[tuple[bool, ...]] = tuple(f.rule in _BY_TITLE for f in _FILTERS)
_KEPT_TITLES: Final = 4096


def _title_verdicts(c: _Candidate) -> int:
    """The rows of `_BY_TITLE` that reject `c.title`, as bits by row index; read once per title."""
    kept = c.ctx.words.title_verdicts
    found = kept.get(c.title)
    if found is None:
        found = 0
        for i, rejects in enumerate(_REJECTS):
            if _ROW_BY_TITLE[i] and rejects(c):
                found |= 1 << i
        if len(kept) >= _KEPT_TITLES:
            kept.clear()
        kept[c.title] = found
    return found


def _first_rejecting(c: _Candidate) -> Filter | None:
    """`filters.first_rejecting(_FILTERS, c)`: the first row, in table order, that rejects `c`; the rows
    read by title alone answer from `_title_verdicts`, read when the walk first comes to one."""
    by_title = -1  # not read yet
    for i, rejects in enumerate(_REJECTS):
        if _ROW_BY_TITLE[i]:
            if by_title < 0:
                by_title = _title_verdicts(c)
            if by_title >> i & 1:
                return _FILTERS[i]
        elif rejects(c):
            return _FILTERS[i]
    return None


# -- the stage -----------------------------------------------------------------------------------

def find_honors(norm: str, sentences: list[Span2], entities: list[EntityMention],
                paragraphs: Sequence[Span2] = (), body_start: int = 0) -> tuple[list[HonorFact], list[Rejected]]:
    """The honours of an article, and every candidate a filter turned down."""
    ctx = _Ctx(norm, entities, None, body_start)
    pairs: list[_Pair] = []
    group = 0
    subject: list[Recipient] = []
    for (s_start, s_end), present in zip(sentences, ctx.sentence_words(sentences)):
        members = _members_after_stop(ctx, s_start, s_end, group + 1) if ctx.previous else []
        if members:
            group += 1
            pairs.extend(members)
            ctx.previous, subject = [], []
            continue
        # most sentences name no honour at all: no trigger word, 名单, 的是 or a list's count
        if present is not None:
            item = _item_start(norm, s_start) if not subject else -1
            if item >= 0 and recipients.clause_opener(
                    ctx.reader, item, scan.clause_end(norm, item, s_end, _CLAUSE)) is None:
                subject = _bullet_lead_subject(ctx, s_start)  # (◆村党支部书记王明…，获评X: the line's own subject)
            s = _sentence_pairs(ctx, s_start, s_end, group, subject, present)
            group = s.group
            ctx.previous = s.pairs
            pairs.extend(sorted(s.pairs, key=lambda p: (p.verb[0], p.title[0], p.recipient.start)))
            # A被评为X；2023年，又被评为Y: a semicolon goes on with the same subject, within its line (a
            # list of items, each ending in ；, gives each line a subject of its own)
            subject = s.subject if norm[s_end - 1:s_end] in _GOES_ON and not _line_ends(norm, s_end) else []
        else:
            subject = []
            ctx.previous = []
    # (a short title counts in its quote marks: 10名儿媳被评为“好媳妇”, then the list under “好媳妇”)
    granted = frozenset(norm[p.title[0]:p.title[1]] for p in pairs if p.title[1] - p.title[0] >= 4 or (
        p.title[1] - p.title[0] >= 2 and norm[p.title[0] - 1:p.title[0]] == "“" and norm[p.title[1]:p.title[1] + 1] == "”"))
    # (评选出2023年度“好媳妇”6名, then the list under 好媳妇：: the one quoted title of a granted one counts as granted too)
    granted |= frozenset(quoted[0] for t in granted if len(quoted := _QUOTED.findall(t)) == 1 and len(quoted[0]) >= 2)
    ctx.granted = frozenset(t.replace("“", "").replace("”", "") for t in granted)
    pairs.extend(_announced_lines(ctx, paragraphs, group + 1, _lines_naming_members(ctx, paragraphs, pairs), granted))
    pairs.extend(_counted_entries(ctx, paragraphs, pairs, group + 1))
    pairs.extend(_same_batch(ctx, group + 2))
    pairs.extend(_honour_wall(ctx, paragraphs, group + 3))
    kept: list[_Pair] = []
    rejected: list[Rejected] = []
    restating: list[_Pair] = []  # a headline's counts: no honours, but their titles' levels hold for the body's
    quoting = norm.find("“") >= 0
    speakers: dict[int, Recipient] = {}  # a quotation's opening mark -> the speaker an honour in it was given to
    for p in pairs:
        if p.title[0] == p.title[1] and _SAME_TITLE.match(norm, p.verb[1]):
            p = _same_title_as_before(ctx, p, kept)
        if quoting and norm.rfind("“", 0, p.verb[0]) > norm.rfind("”", 0, p.verb[0]):
            p = _quoted_speaker(ctx, p, speakers)  # (the verb inside a quotation)
        f = _first_rejecting(_Candidate(ctx, p, norm[p.recipient.start:p.recipient.end], norm[p.title[0]:p.title[1]]))
        if f is None:
            kept.append(p)
        else:
            rejected.append(_rejection(norm, p, f.rule))
            if f.rule == "honors.reject.recipient.headline_count":
                restating.append(p)
    facts = _levels(ctx, kept, pairs, restating)
    facts, whole = _outside_the_area(ctx, facts)
    rejected.extend(whole)
    facts, restated = _restated_totals(ctx, facts)
    rejected.extend(restated)
    return _dedupe(norm, facts, body_start), rejected


def _quoted_speaker(ctx: _Ctx, p: _Pair, speakers: dict[int, Recipient]) -> _Pair:
    """“去年我被评为‘湖北省优秀志愿者’，…”志愿服务队队长刘敏说 / 他说：“2020年我被评为湖南省劳动模范，去年又获得了…”:
    an honour a speaker tells of themself, inside the quote, is the speaker's (named after the quote or before it),
    and so is one in a clause of the same quote with its subject elided after it; `p` itself where the recipient is
    no 我 (nor elided after an honour the quote gave the speaker), or no speaker is read. `speakers` keeps, by the
    quotation's opening mark, whom its honours went to."""
    norm = ctx.norm
    line_start = norm.rfind("\n", 0, p.verb[0]) + 1
    opened = norm.rfind("“", line_start, p.verb[0])
    if opened < 0 or norm.find("”", opened, p.verb[0]) >= 0:
        return p  # not inside a quotation
    a = p.recipient.start
    while a < p.verb[0] and norm[a] in "“ \u3000":
        a += 1
    a, b = recipients.trim_edges(ctx.reader, a, p.verb[0]) if a < p.verb[0] else (a, a)
    if norm[a:b] != "我":
        # (…我被评为X，去年又获得了Y: a clause of the quote whose subject is elided after an honour of 我's; not 当年我被
        # 分配到这个村…，后来获评省级文明村, where the village is)
        earlier = speakers.get(opened)
        if b > a or earlier is None:
            return p
        return _Pair(earlier, p.title, p.verb, p.issuer, p.rule, p.group, p.strong, p.event)
    closed = norm.find("”", p.verb[1])
    line_end = norm.find("\n", p.verb[1])
    if closed < 0 or 0 <= line_end < closed:
        return p
    speaker: Recipient | None = None
    said = _SPEECH_AFTER.match(norm, closed + 1)
    if said is not None:
        if ctx.words.recipients.pronoun.fullmatch(norm, said.start("who"), said.end("who")):
            speaker = _read_alone(ctx, *said.span("who"))  # ”她说: whom 她 stands for
        else:
            speaker = recipients.clause_subject(ctx.reader, said.start("who"), said.end("who"))
    else:
        before = _SPEECH_BEFORE.search(norm, line_start, opened)
        if before is not None:
            speaker = _read_alone(ctx, *before.span("who"))
    if speaker is None or speaker.kind != "person":
        return p
    speakers[opened] = speaker
    return _Pair(speaker, p.title, p.verb, p.issuer, p.rule, p.group, p.strong, p.event)


def _read_alone(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """The one recipient `[start, end)` reads as (他 as whom it stands for), None for none or several."""
    found = recipients.read(ctx.reader, start, end)
    return found[0] if len(found) == 1 else None


_SPEECH_VERB: Final = r"(?:笑着|动情地|激动地|自豪地|感慨地)?(?:说|表示|介绍|坦言|感慨道|告诉记者)"
# ”县志愿服务队队长刘敏说, ”她说 (the speaker right after the quote) / 他说：“… (right before it)
_SPEECH_AFTER: Final = regex.compile(rf"\s*[，,]?\s*(?P<who>[^，,。！？!?：:\s]{{1,30}}?){_SPEECH_VERB}")
_SPEECH_BEFORE: Final = regex.compile(rf"(?P<who>[^，,。！？!?：:“”\s]{{1,30}}?){_SPEECH_VERB}\s*[：:，,]\s*$")


def _same_title_as_before(ctx: _Ctx, p: _Pair, kept: list[_Pair]) -> _Pair:
    """千层河景区已获此称号, A、B、C获此殊荣: the title named last before, in the sentence or the one before
    it (…公布2024年度安康市文明旅游示范单位名单，A、B上榜。2023年，千层河景区已获此称号); its year left
    out where the clause names another (2023年 … 2024年度X). `p` itself, its title empty, where none is."""
    norm = ctx.norm
    near = [q for q in kept[-_SAME_TITLE_PAIRS:] if q.title[1] > q.title[0] and q.title[1] <= p.verb[0]
            and p.verb[0] - q.title[1] <= _SAME_TITLE_REACH]
    # 沙洋所教育矫治大队被授予X；…省女子所获评Y。教育矫治大队获此殊荣，…: a body named before with its
    # title takes that title again, not the one named last
    own = p.recipient.end - p.recipient.start
    named = [q for q in near if own >= 2 and q.recipient.end - q.recipient.start >= own
             and norm.endswith(norm[p.recipient.start:p.recipient.end], q.recipient.start, q.recipient.end)]
    before = max(named or near, key=lambda q: q.title[1], default=None)
    sentence = scan.clause_start(norm, p.verb[0], max(0, p.verb[0] - _SAME_TITLE_REACH), _HARD)
    if _COMMENT.match(norm, sentence, p.verb[0]) or _COMMENT.match(
            norm, scan.clause_start(norm, p.verb[0], sentence, _CLAUSE), p.verb[0]):
        return p  # (…，)这是我县第三次获此殊荣: a comment on the news before, which it does not name again
    if before is not None and before.title[1] < sentence and _CONTEST_NAMED.search(norm, sentence, p.verb[0]):
        before = None  # 在全市职业技能大赛中，…王五获此殊荣: the contest its own sentence names, not a title before
    if before is None or before.title[1] < sentence:
        quoted = _quoted_title_before(ctx, sentence, p.verb[0])
        if quoted is not None:  # 为“栾川县文旅融合示范村”授牌，A、B获此殊荣: the title its sentence named
            return _Pair(p.recipient, quoted, p.verb, None, "honors.same_title", p.group, True)
        if before is None:
            # 省工商联发布“2024河北省民营企业100强”榜单。A、B获此殊荣: the list the sentence before published
            lower = _previous_sentence(norm, sentence)
            opening, listed = _list_named(ctx.words, norm, lower, sentence)
            published = _published_list(ctx, lower, opening, listed) if listed >= 0 else None
            list_title, list_head, list_verb = published if published is not None else (None, 0, None)
            if list_title is not None and list_verb is not None:
                publisher = _publisher(norm[list_head:list_verb.start()])  # 市总工会公布X名单: who publishes it confers it
                issuer = publisher if 2 <= len(publisher) <= _PUBLISHER_REACH and "被" not in publisher else None
                return _Pair(p.recipient, list_title, p.verb, issuer, "honors.same_title", p.group, True)
    else:
        quoted = _quoted_title_before(ctx, before.title[1] + 1, p.verb[0]) if not named else None
        verb = _last_trigger(ctx, before.title[1], quoted[0]) if quoted is not None else None
        if quoted is not None and verb is not None and _commends(ctx, verb):
            # A被评为X，县教育局还表彰了“书香校园”，B获此殊荣: the title named after the last honour read, Y
            head = scan.clause_start(norm, verb[0], sentence, _CLAUSE)
            return _Pair(p.recipient, quoted, p.verb, _commending_body(ctx, head, verb), "honors.same_title", p.group, True)
    if before is None or titles.is_place_in_order(norm[before.title[0]:before.title[1]]):
        return p  # (李四夺得第一名，王五获此殊荣: a place in a contest's order is one winner's; 此殊荣 names no title)
    start, end = before.title
    year = _TITLE_YEAR.match(norm, start, end)
    clause = sentence
    if year is not None:
        said = _YEAR.findall(norm, clause, p.verb[0])
        if said and year.group(1) not in said:
            start = year.end()
    return _Pair(p.recipient, (start, end), p.verb, before.issuer, "honors.same_title", before.group, True, before.event)


def _honour_wall(ctx: _Ctx, paragraphs: Sequence[Span2], group: int) -> list[_Pair]:
    """■ 集体荣誉 / 2024年　山西省文物安全工作先进集体　（山西省文物局） / ■ 个人荣誉 / 2023年　郭志刚（所长）　山西省
    五一劳动奖章　（山西省总工会）: a page of the body's honours, one a line, each opened by its year and closed by
    its issuer in brackets. Under a heading of the body's own honours the title is the page's own body's
    (the first body its text names, named again); under one of its people's, the name the line opens with
    receives it.
    A line that says who received it in a sentence of its own (…被命名为X) is the sentences' business."""
    norm = ctx.norm
    out: list[_Pair] = []
    if norm.find("荣誉") < 0:
        return out  # (every heading and lead the pass reads holds 荣誉; most articles hold none)
    mode = ""  # "body" or "person" inside such a section
    reporter: Recipient | None = None
    profiled: Recipient | None = None  # the person a profile is about (`_profile_subject`), read when first asked
    for a, b in paragraphs:
        heading = _WALL_HEADING.fullmatch(norm, a, b)
        if heading is not None:
            mode = "person" if heading.group("who") == "个人" else "body"
            group += 1
            continue
        lead = _WALL_LEAD.search(norm, a, b) if b - a <= _MAX_TITLE_LINE else None
        if lead is not None:
            # 近年来中心所获主要荣誉：: the body's own honours follow, the body the lead names by its kind
            reporter = _named_by_kind(ctx, a, lead.start())
            mode = "body" if reporter is not None else ""
            group += 1
            continue
        if not mode:
            continue
        row = _year_row(norm, a, b)
        if row is None:
            mode = ""  # the section ends at its first line that is no year's honour
            continue
        start, end, note = row
        issuer = norm[note[0]:note[1]] if note[1] > note[0] else None
        receiver: Recipient | None = None
        if issuer is not None and mode == "body" and issuer.startswith(ctx.words.own_unit):
            # 【2022年】常州市巾帼文明岗（中心康复部）: the body's own unit in brackets received it, no issuer
            receiver, issuer = Recipient(note[0], note[1], "organization"), None
        person = _WALL_PERSON.match(norm, start, end) if mode == "person" else None
        if mode == "person" and person is None:
            # 个人荣誉 / 2015年　桐平县三八红旗手: a profile's box of its person's honours, the person unnamed
            if profiled is None:
                profiled = _profile_subject(ctx) or Recipient(0, 0, None)
            if profiled.kind is None:
                continue
            receiver = profiled
        elif person is not None:
            n_start, n_end = person.span("name")
            named = recipients.classify(ctx.reader, n_start, n_end, alone=False)
            if not (_PADDED_NAME.fullmatch(norm, n_start, n_end) or named is not None and named.kind == "person"
                    and (named.start, named.end) == (n_start, n_end)):
                continue
            receiver, start = Recipient(n_start, n_end, "person"), person.end()
        elif receiver is None:
            if reporter is None:
                reporter = _page_body(ctx)
            if reporter is None:
                return out
            receiver = reporter
        # (2023年　全国示范性老年友好型社区；清远市文明社区: the year's titles, set apart by semicolons)
        for part_start, part_end in _semicolon_parts(norm, start, end):
            title = titles.clean(norm, part_start, part_end, ctx.words.titles)
            if title is None or not ctx.is_titled(norm[title[0]:title[1]]) or ctx.words.triggers["verb"].search(
                    norm, part_start, part_end):
                continue
            out.append(_Pair(receiver, title, title, issuer, "honors.announce_lines", group, True))
    return out


def _semicolon_parts(norm: str, start: int, end: int) -> list[Span2]:
    """The stretches of norm[start:end] between semicolons (the whole where it holds none)."""
    parts: list[Span2] = []
    for m in _SEMICOLON.finditer(norm, start, end):
        parts.append((start, m.start()))
        start = m.end()
    parts.append((start, end))
    return [(a, b) for a, b in parts if b > a]


_SEMICOLON: Final = regex.compile(r"\s*[；;]\s*")


def _profile_subject(ctx: _Ctx) -> Recipient | None:
    """The person a profile is about: of the people its entities name, the one its text names most often
    (the entities stage may tag a name once only), at least twice and more often than any other."""
    first: dict[str, EntityMention] = {}
    for e in ctx.named:
        if e.label == "PERSON":
            first.setdefault(ctx.norm[e.start:e.end], e)
    ranked = sorted(((ctx.norm.count(name), e) for name, e in first.items()), key=lambda t: -t[0])
    if not ranked or ranked[0][0] < _PROFILED_MENTIONS or len(ranked) > 1 and ranked[1][0] >= ranked[0][0]:
        return None
    return Recipient(ranked[0][1].start, ranked[0][1].end, "person")


_PROFILED_MENTIONS: Final = 2


def _year_row(norm: str, start: int, end: int) -> tuple[int, int, Span2] | None:
    """2024年　TITLE　　（ISSUER）: the title's span and the bracketed note's at the line's end (empty where
    none), read by position (a pattern with two runs of blanks around an optional part backtracks on a
    long line of blanks)."""
    head = _YEAR_HEAD.match(norm, start, end)
    if head is None:
        return None
    a, b = head.end(), end
    while b > a and norm[b - 1] in _BLANKS:
        b -= 1
    note: Span2 = (b, b)
    if b > a and norm[b - 1] in "）)":
        opened = max(norm.rfind("（", a, b), norm.rfind("(", a, b))
        if opened > a and b - opened - 2 <= _NOTE_MAX and "\n" not in norm[opened:b]:
            note = (opened + 1, b - 1)
            b = opened
    while a < b and norm[a] in _BLANKS:
        a += 1
    while b > a and norm[b - 1] in _BLANKS:
        b -= 1
    return (a, b, note) if b > a else None


_BLANKS: Final = " \u3000\t"
_NOTE_MAX: Final = 40


def _named_by_kind(ctx: _Ctx, start: int, end: int) -> Recipient | None:
    """近年来中心, 本馆, 我所: the body norm[start:end] names by its kind alone (after a time, 本 or 我): the
    last one named before it whose name ends with that kind (金坛区残疾人托养中心); None where it names
    none so, or no body was."""
    norm = ctx.norm
    m = ctx.words.triggers["kind_alone"].search(norm, start, end)
    if m is None:
        return None
    kind = m.group("kind")
    found = None
    for e in ctx.named:
        if e.end > start:
            break
        if e.label == "ORG" and norm.endswith(kind, e.start, e.end) and e.end - e.start > len(kind):
            found = e
    return Recipient(found.start, found.end, "organization") if found is not None else None


def _page_body(ctx: _Ctx) -> Recipient | None:
    """The page's own body: its first line when that names a body (汾溪县文物保护所, the site's name), else
    the first body its text names; either named again in the text (the article is about it)."""
    norm = ctx.norm
    first = recipients.strip(norm, 0, max(norm.find("\n"), 0) if norm.find("\n") >= 0 else len(norm))
    section = _PAGE_SECTION.search(norm, first[0], first[1])
    if section is not None and section.start() - first[0] >= 2:
        first = (first[0], section.start())  # 云龙社区荣誉墙: the page of the body's honours, the body's name before it
    if 2 <= first[1] - first[0] <= 20:
        site = recipients.classify(ctx.reader, first[0], first[1], alone=False)
        # (a body's site; a community's or a village's page of its own honours)
        if site is not None and (site.kind == "organization" or section is not None and site.kind == "place") and (
                site.start, site.end) == first and norm.count(norm[first[0]:first[1]]) >= 2:
            return site
    named = next((e for e in ctx.named if e.label == "ORG" and norm.count(norm[e.start:e.end]) >= 2), None)
    return Recipient(named.start, named.end, "organization") if named is not None else None


# 云龙社区荣誉墙: a page title, the body's name, then its page's name
_PAGE_SECTION_WORDS: Final = lexicon.alternation(lexicon.by_kind("honors.frames", "page_section"))
_PAGE_SECTION: Final = regex.compile(rf"(?:{_PAGE_SECTION_WORDS})$")
# ■ 集体荣誉, 【个人荣誉】, 单位荣誉, ▍荣誉墙: a section of a body's own honours, or of its people's
_WALL_HEADING: Final = regex.compile(rf"\s*(?:[■□◆◇●○▍★☆▶►【\[]\s*)?(?:(?P<who>集体|单位|个人)荣誉|{_PAGE_SECTION_WORDS})(?:\s*[】\]])?\s*")
# 2024年　, 【2020年】: the year a line of a body's honours opens with (its title and issuer read by `_year_row`)
_YEAR_HEAD: Final = regex.compile(r"[ \u3000\t]*(?:【\d{4}年度?】|\d{4}年度?(?:\d{1,2}月)?[ \u3000\t])")
# 近年来中心所获主要荣誉：, 本馆获得的荣誉如下：: a line that says the body's own honours follow
_WALL_LEAD: Final = regex.compile(r"(?:所获|获得的?)(?:主要|各类|各级)?荣誉(?:如下)?[:：]\s*$")
_YEAR_LINE: Final = regex.compile(r"\s*【\d{4}年度?】")  # 【2021年】X: a line of a page's honours by year
# 郭志刚（所长）　, 王　芳（文保员）: the person a line of people's honours opens with, a post in brackets after
_WALL_PERSON: Final = regex.compile(r"(?P<name>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}?))"
                                    r"(?:[（(][^（）()\n]{1,10}[）)]|[ \u3000]+)[ \u3000]*")


def _same_batch(ctx: _Ctx, group: int) -> list[_Pair]:
    """同批获此殊荣的还有县中医院骨伤科主任汪建国, 当年同批获此殊荣的，还有本镇的下溪村: who else received
    the title named before, read after the verb (its title is `_same_title_as_before`'s)."""
    norm = ctx.norm
    out: list[_Pair] = []
    if norm.find("获此", ctx.body_start) < 0:
        return out  # (most articles)
    for m in _SAME_BATCH.finditer(norm, ctx.body_start):
        end = scan.clause_end(norm, m.end(), min(len(norm), m.end() + _TITLE_REACH), _CLAUSE)
        found = recipients.read(ctx.reader, m.end(), end)
        if found and all(r.kind is not None for r in found):
            verb = m.span("verb")
            out.extend(_Pair(r, (verb[1], verb[1]), verb, None, "honors.same_title", group, True) for r in found)
    return out


# 同批获此殊荣的(，)还有X: the verb, then who else received it
_THIS_TITLE: Final = r"此(?:荣誉称号|称号|殊荣|荣誉)"  # 此殊荣, 此称号: the title named before
_SAME_BATCH: Final = regex.compile(rf"同(?:批|时|期)?(?P<verb>获){_THIS_TITLE}的[,，]?\s*(?:还有|另有|有)")


def _quoted_title_before(ctx: _Ctx, start: int, end: int) -> Span2 | None:
    """The last quoted title between `start` and `end` (a head word or a marker inside the quotes)."""
    norm = ctx.norm
    close = norm.rfind("”", start, end)
    while close > start:
        open_ = norm.rfind("“", start, close)
        if open_ < 0:
            return None
        if close - open_ - 1 >= 2 and titles.is_titled(norm[open_ + 1:close], ctx.words.titles):
            return open_ + 1, close
        close = norm.rfind("”", start, open_)
    return None


# 获此称号, 获此殊荣: the title named before (a comment, 这是我县第三次获此殊荣, names no recipient: the
# recipient filters turn it down)
_SAME_TITLE: Final = regex.compile(rf"\s*{_THIS_TITLE}")
_SAME_TITLE_REACH: Final = 160  # how far back the title it stands for may end
_SAME_TITLE_PAIRS: Final = 64  # the honours read last before it, among which that title is (a bound: linear time)
_CONTEST_NAMED: Final = regex.compile(r"大赛|比赛|竞赛|评选|活动中|第[一二三四五六七八九十\d]+名")
_COMMENT: Final = regex.compile(r"\s*(?:这|此|此次|这次)(?:也|已|还)?是")
_TITLE_YEAR: Final = regex.compile(r"(\d{4})年度?")
_YEAR: Final = regex.compile(r"(\d{4})年")


def _line_ends(norm: str, pos: int) -> bool:
    """Whether nothing but blanks stands between `pos` and the end of its line."""
    size = len(norm)
    while pos < size and norm[pos] in " \t\u3000":
        pos += 1
    return pos >= size or norm[pos] == "\n"


def _rejection(norm: str, p: _Pair, rule: str) -> Rejected:
    r, t = p.recipient, p.title
    start = min(r.start, t[0], p.verb[0])
    end = max(r.end, t[1], p.verb[1])
    return Rejected(start, end, rule, f"{norm[r.start:r.end]} / {norm[t[0]:t[1]]}")


def _fact(p: _Pair, level: str, issuer: str | None) -> HonorFact:
    return HonorFact((p.recipient.start, p.recipient.end), p.title, p.verb, level, issuer,
                     p.recipient.kind or "other", p.rule)


# -- level ---------------------------------------------------------------------------------------

def _levels(ctx: _Ctx, kept: list[_Pair], every: list[_Pair], restating: Sequence[_Pair] = ()) -> list[HonorFact]:
    norm = ctx.norm
    defined = _defined_titles(ctx, every)
    out: list[HonorFact] = []
    earlier = _Earlier()
    for p in restating:  # 我市两家县局获评2023年度全省…“文明单位标兵” (an item's title): the body's 文明单位标兵 is it
        level, issuer = _level_of(ctx, p, earlier)
        if level != "unknown":
            earlier.add(norm, _fact(p, level, issuer))
    for p in kept:
        level, issuer = _level_of(ctx, p, earlier)
        if level == "unknown" and p.issuer is None and p.rule in _ANNOUNCED and _own_commendation(ctx, p.verb[0]):
            # 县统计局决定…分别授予“临朐县…先进集体”… / 一、先进集体: the notice's own list, at the level of the
            # title its grant named in full (…授予A等6个集体“2024年度全县文艺工作先进集体”称号), else its body's,
            # before any longer title named earlier in passing (县统计局普查中心获评山东省…先进集体)
            level = _granted_level(norm, p, earlier) or _reporting_level(ctx, p.verb[0], header=True)
        if level == "unknown" and p.issuer is None and p.rule in _CONFERRED_BY_SUBJECT and _decided_by_notice(ctx, p.verb[0]):
            # 决定授予A等4个集体“X”称号: the notice's own decision, at its body's level, before the level of an
            # honour named just before it (…在浙江省…竞赛中荣获团体二等奖, another event)
            level = _reporting_level(ctx, p.verb[0], header=True)
        if level == "unknown" and p.issuer is None and p.rule in _ANNOUNCED:
            # 会议宣读了《民乐县教育局关于表彰…优秀教师…的决定》… 附：表彰名单 / 优秀教师（8名） / 张晓燕: the list of a
            # title the article's decision names in its own title, at the rank of the body that issued it (or of
            # the place the decision's title names), before a longer title told in passing (她曾获得“全国优秀教师”)
            level = _named_by_decision(ctx, p)
        if level == "unknown" and p.issuer is None and p.rule in _ANNOUNCED:
            # 附件 / 2024年度鼎城区优秀教育工作者和优秀班主任名单 / 一、优秀教育工作者（12名）: the list's own title names
            # the place that confers the titles of its sections
            level = _list_title_level(ctx, p)
        if level == "unknown" and p.issuer is None:
            # 富蕴县工商联2023年度优秀民营企业和…评选结果揭晓 / 5家企业获评“优秀民营企业” / 一、优秀民营企业: the selection the
            # headline announces, at the rank of the place or body that opens it, before an honour told between
            level = _results_headline_level(ctx, p)
        if level == "unknown":
            level = _defined_level(norm, p, defined) or _inherited_level(norm, p, earlier)
        if level == "unknown" and p.issuer is None and p.rule in _COMMENDED_LISTS and _own_notice(ctx) and (
                _patterns_of_notices()["commended_here"].search(norm, max(ctx.body_start, p.verb[0] - _COMMENDED_REACH), p.verb[1] + _COMMENDED_REACH)):
            # 关于…督查情况的通报 … 以下6个单位被评为“红旗单位”，予以通报表扬：A / B (同时，授予C“X”称号): the notice
            # commends them itself
            level = _reporting_level(ctx, p.verb[0], header=True)
        if level == "unknown" and p.issuer is None and p.rule in _CONFERRED_BY_SUBJECT:
            # 大会表彰了14户“文明家庭”: the reporting body confers it; 决定授予A“X”称号: the notice's issuer
            # (给予A嘉奖 with no issuer named: the body's own, as the notice's header names it)
            level = _reporting_level(ctx, p.verb[0], header=p.rule == "honors.merit" or _decided_by_notice(ctx, p.verb[0]))
        if level == "unknown" and p.issuer is None and p.rule in _ANNOUNCED and _own_commendation(ctx, p.verb[0]):
            level = _reporting_level(ctx, p.verb[0], header=True)  # 决定对…予以通报表扬。先进集体: A: the notice's own
        if level == "unknown" and p.issuer is None:
            level = _commending_level(ctx, p.verb[0])  # 县文旅局对…单位进行了表彰。A获评“优秀组织单位”
        if level == "unknown" and p.issuer is None and _is_prize(norm, p.title):
            level = _article_contest_level(ctx, p.verb[0])  # 嘉兴市…技能竞赛 … 一等奖：海宁分局代表队
        if level == "unknown" and p.rule in _ANNOUNCED:
            level = _counted_level(norm, p, earlier)
        fact = _fact(p, level, issuer)
        out.append(fact)
        earlier.add(norm, fact)
    return _told_later(norm, out, earlier)


def _told_later(norm: str, facts: list[HonorFact], earlier: _Earlier) -> list[HonorFact]:
    """另有4名教师获评优秀科技辅导员 … 优秀科技辅导员： / 李文静、扎西卓玛、陈军、周海燕: a counted group told first with no
    level of its own or issuer, then listed after it by name, as many as it counts, at one level: the list's (not a
    placing, 一等奖, which another contest told after may name; not a list of some of them: 名单（部分）)."""
    first = len(earlier.facts) - len(facts)  # (the headline's counts, read before the facts, come first in `earlier`)
    for k, fact in enumerate(facts):
        if fact.level != "unknown" or fact.issuer is not None or _is_prize(norm, fact.honor):
            continue
        counted = _GROUP_COUNT.search(norm, fact.recipient[0], fact.recipient[1])
        if counted is None:
            continue
        told = earlier.by_title.get(norm[fact.honor[0]:fact.honor[1]].replace("“", "").replace("”", "")) or []
        read = numerals.parse(counted.group(1), measured=True)
        if read is not None and read.value_max is None and len(told) == read.value and all(
                i - first > k and earlier.facts[i].rule in _ANNOUNCED for i in told) and len(
                {earlier.facts[i].level for i in told}) == 1:
            facts[k] = fact._replace(level=earlier.facts[told[0]].level)
    return facts


# 4名教师, 乌日娜等20名团员, 另有三名教师: the count of a group, in digits or in words, where its recipient text ends
_GROUP_COUNT: Final = regex.compile(rf"(\d{{1,3}}|[一两二三四五六七八九十]{{1,3}})\s*[{_GROUP_COUNTER}人][\u4e00-\u9fff]{{0,4}}$")


class _Earlier:
    """The facts whose levels are read so far, indexed for the look-backs of `_shared_level` (by verb)
    and `_inherited_level` (by title): a list of 2400 honours on one line asks each of them, and a scan
    of every earlier fact for each would grow with the square of the line."""

    def __init__(self) -> None:
        self.facts: list[HonorFact] = []
        self.by_verb: dict[Span2, list[HonorFact]] = {}
        # each title as written without quote marks -> the indexes in `facts` of those with a level
        self.by_title: dict[str, list[int]] = {}
        # each title as written without quote marks -> the indexes in `facts` of all of it, their levels read or not
        self.all_of_title: dict[str, list[int]] = {}

    def add(self, norm: str, fact: HonorFact) -> None:
        self.facts.append(fact)
        title = norm[fact.honor[0]:fact.honor[1]].replace("“", "").replace("”", "")
        self.all_of_title.setdefault(title, []).append(len(self.facts) - 1)
        if fact.level == "unknown":
            return
        same = self.by_verb.get(fact.verb)
        if same is None:
            self.by_verb[fact.verb] = [fact]
        else:
            same.append(fact)
        indexes = self.by_title.get(title)
        if indexes is None:
            self.by_title[title] = [len(self.facts) - 1]
        else:
            indexes.append(len(self.facts) - 1)


def _level_of(ctx: _Ctx, p: _Pair, earlier: _Earlier) -> tuple[str, str | None]:
    """The title's own place or rank; else that of the title before it in the same list (推选市级最美家庭、
    五好家庭7户: the county body recommends for the city's titles); else the issuing body's; else a
    place of the article named inside it (最美奉节人)."""
    title = titles.bare(ctx.norm[p.title[0]:p.title[1]])
    found = _rank_of(title, ctx.home)
    if found and p.issuer and _words().ranks.level.get(found[1]) == "home" and _issued_by_agent(ctx.norm, p):
        # 被黄冈市委政法委评为“全市优秀网格员”: 全市 is the issuer's city, whatever city the report is at home in
        # (推选市级最美家庭: the county recommends for its city's title; the agent of 被 alone issues it)
        agent = _rank_of(p.issuer, ctx.home, anywhere=True)
        if agent and agent[1] != found[1] and _first_place(agent[1]) is not None:
            return agent[0], p.issuer
    if found and found[0] == "county" and p.issuer and _words().ranks.level.get(found[1]) == "region" and (
            _REGION in p.issuer and _issued_by_agent(ctx.norm, p)):
        # 被自治区记协评为全区“优秀新闻工作者”, 被广西壮族自治区民政厅评为…: 全区 is the issuer's autonomous region,
        # wherever the report is at home
        return "provincial", p.issuer
    if found:
        return found
    found = _rank_after_edition(title, ctx.home)  # 第五届潭州市…大赛金奖: the place after the edition
    if found:
        return found
    placing = _RANKED_PLACING.search(title)
    if placing is not None:
        found = _rank_of(placing.group(1), ctx.home)  # 数学竞赛省二等奖: the rank the placing is won at
        if found:
            return found
    if p.event is not None:
        event = _event_rank(ctx, p.event)
        if event:
            return event
    shared = _shared_level(ctx.norm, p, earlier)
    if shared:
        return shared, None
    if p.issuer:
        agent = _rank_of(p.issuer, ctx.home, anywhere=True)
        if agent:
            return agent[0], p.issuer
        named = _named_whole_before(ctx, p.issuer, p.verb[0])
        agent = _rank_of(named, ctx.home, anywhere=True) if named is not None else None
        if agent:
            return agent[0], p.issuer  # 被支队评为 after 牡丹江市消防救援支队…举行: the body named whole before
    inside = next(((level, name) for stem, level, name in ctx.place_stems() if stem in title and (
        level != "township" or _names_townsfolk(stem, title))), None)
    if inside:
        return inside  # 最美奉节人, 江油好人: the place's own title
    return "unknown", None


_REGION: Final = "自治区"


def _named_whole_before(ctx: _Ctx, short: str, before: int) -> str | None:
    """支队 in 被支队评为: the body the article named whole before, a place's name opening it and the short name ending
    it (牡丹江市消防救援支队); None where it named none so."""
    norm = ctx.norm
    found = None
    at = norm.find(short, ctx.body_start, before)
    while 0 <= at and at + len(short) <= before:
        run = at
        while run > 0 and at - run < _WHOLE_NAME_REACH and "\u4e00" <= norm[run - 1] <= "\u9fff":
            run -= 1
        for a in range(run, at - 1):
            ranked = _rank_of(norm[a:at + len(short)], ctx.home)
            if ranked is not None and _first_place(norm[a:at]) is not None and not _NOT_IN_NAME.search(norm, a, at):
                found = norm[a:at + len(short)]
                break
        at = norm.find(short, at + len(short), before)
    return found


_WHOLE_NAME_REACH: Final = 16
_NOT_IN_NAME: Final = regex.compile("[被由在为向和与及对将把]")  # (东宁市消防救援大队被|支队: a clause, no body's name)


def _issued_by_agent(norm: str, p: _Pair) -> bool:
    """Whether the pair's issuer is the agent of its passive verb: 被黄冈市委政法委评为."""
    verb = norm[p.verb[0]:p.verb[1]]
    return verb.startswith("被") and p.issuer is not None and p.issuer in verb


# 第五届, 2024年度第三批: an edition opening a title, before its place or rank
_LEADING_EDITION: Final = regex.compile(r"(?:\d{4}(?:[-—]\d{4})?(?:年度?)?)?(?:第[一二三四五六七八九十百\d]+[届批次期])?")  # (2024河北省…100强)
# 省二等奖, 全国金奖: a rank right before a placing at the title's end
_RANKED_PLACING: Final = regex.compile(r"(全国|国家级|省|自治区|市|州|县|区)级?(?:[一二三四五六七八九十特]等奖|[金银铜]奖)$")


def _place_stems(norm: str, named: list[EntityMention]) -> list[tuple[str, str, str]]:
    """The places the article names (奉节县, 绵阳市) by their names without the rank word (奉节,
    绵阳), longest first, with their level and full name: a title may hold one so (最美奉节人)."""
    stems: dict[str, tuple[str, str, str]] = {}
    for e in named:
        if e.label not in ("GPE", "ORG"):
            continue  # 江油市妇联: the body's place counts too
        for _, name, place in gazetteer_places(norm[e.start:e.end]):
            stem = name[:-1] if name.endswith(_STEM_SUFFIXES) else None
            if place is not None and place.level in ("prefectural", "county") and stem and len(stem) >= 2:
                stems.setdefault(stem, (stem, place.level, name))
    for e in named:
        # 新站镇 → 新站 (“新站好人”, a township's list): a township the rules read, where no county or city has the stem
        name = norm[e.start:e.end]
        rank = next((r for r in _TOWNSHIP_RANKS if name.endswith(r)), None)
        if e.label == "GPE" and rank is not None and len(name) - len(rank) >= 2 and norm[e.end:e.end + 1] not in (
                "村", "镇"):  # (平安乡|镇, 优秀乡|村: words of a title, no townships)
            stems.setdefault(name[:-len(rank)], (name[:-len(rank)], "township", name))  # (澄溪街道 → 澄溪, a 街道 as a 镇)
    return sorted(stems.values(), key=lambda v: -len(v[0]))


_TOWNSHIP_RANKS: Final = ("街道", "镇", "乡")


def _names_townsfolk(stem: str, title: str) -> bool:
    """新站好人, 最美双庙人, 石门之星: a township's stem names its own people's title only so (its stem may be a word of
    any title: 五一劳动奖章, 新华社年度人物)."""
    at = title.find(stem)
    return at >= 0 and title.startswith(_TOWNSFOLK, at + len(stem))


_TOWNSFOLK: Final = ("好人", "人", "之星", "乡贤", "工匠", "榜")


def _event_rank(ctx: _Ctx, event: Span2) -> tuple[str, str] | None:
    """The rank of the contest a placing was won in: its own (全省技能大赛), else that of whoever held
    it (市妇联举办的才艺大赛)."""
    raw = ctx.norm[event[0]:event[1]]
    brand = _LEADING_QUOTE.match(raw)  # “红领巾爱科学”宁乡市第二届…竞赛: the brand, then the place
    # 芒市“孔雀之乡·美丽芒市”摄影大赛, …主办的芒市“…”摄影大赛: the place before a quoted brand ends there (its quote
    # marks left out, 芒市孔雀之乡 reads as a township the gazetteer lacks)
    held_raw = ctx.words.triggers["organised"].search(raw)
    named = raw[held_raw.end():] if held_raw is not None else raw
    quote = named.find("“", 1)
    if not (brand and brand.end() < len(raw)) and quote > 0 and not named.startswith("由"):
        found = _rank_of(named[:quote], ctx.home)
        if found:
            return found
    text = titles.bare(raw[brand.end():] if brand and brand.end() < len(raw) else raw)
    # (由银海区委宣传部指导、…主办的银海区第三届…大赛: 由 opens the organisers' clause, no name of the contest's own; read
    # whole, 由银海|区 reads as a place the gazetteer lacks, and 区 in Guangxi as the autonomous region)
    found = _rank_of(text, ctx.home) if not text.startswith("由") else None
    if found:
        return found
    found = _rank_after_edition(text, ctx.home)  # 第六届鄂尔多斯市文学艺术创作奖: the place after the edition
    if found:
        return found
    held = ctx.words.triggers["organised"].search(text)
    if held is None or held.start() < 2:
        # 此前举行的宣城市第十届…评比, 刚刚结束的全省…大赛: a clause before 的 tells when, the contest after it
        # names its place
        head = text[text.rfind("的") + 1:] if "的" in text else ""
        found = (_rank_of(head, ctx.home) or _rank_after_edition(head, ctx.home)) if len(head) >= 4 else None
        if found is None and text.startswith("由") and "的" in text:
            # 由珙县作家协会主办、珙县文联指导的“…”征文比赛: no rank in the contest's name, the organisers' bodies give it
            organisers = text[1:text.rfind("的")]
            found = _rank_of(organisers, ctx.home, anywhere=True) or _rank_of(organisers, ctx.home)
        return found
    # (由县总工会主办、…协办的成县第五届职工运动会: the contest's own name ranks it first)
    head = text[held.end():]
    found = (_rank_of(head, ctx.home) or _rank_after_edition(head, ctx.home)) if len(head) >= 4 else None
    if found:
        return found
    # 由县红十字会、县教育和体育局联合主办的: the bodies, without 由 and 联合
    organiser = text[:held.start()].removeprefix("由").removesuffix("联合").removesuffix("共同")
    # (a place the gazetteer lacks is read only where it opens the text: 沅州市文联、…)
    return _rank_of(organiser, ctx.home, anywhere=True) or _rank_of(organiser, ctx.home) if len(organiser) >= 2 else None


def _rank_after_edition(text: str, home: Home | None) -> tuple[str, str] | None:
    """The level named right after an edition opening `text` (第五届潭州市…: 潭州市'), None without one."""
    edition = _LEADING_EDITION.match(text)
    if edition is None or not 0 < edition.end() < len(text):
        return None
    return _rank_of(text[edition.end():], home)


_ARTS: Final = tuple(lexicon.by_kind("honors.levels", "art"))


def _rank_of(text: str, home: Home | None, anywhere: bool = False) -> tuple[str, str] | None:
    """The level `text` names where it starts (a title), or anywhere in it (an issuer, with `anywhere`):
    a national word, a gazetteer place, a rank word, a place the gazetteer lacks, a body named by
    its rank (团省委, 县总工会); and the words that say it."""
    return _cached_rank_of(text, home, anywhere)


# titles, issuers and bodies recur: the filters, the levels and the issuers ask for the same again
@lru_cache(maxsize=4096)
def _cached_rank_of(text: str, home: Home | None, anywhere: bool) -> tuple[str, str] | None:
    if not anywhere and text.startswith(_ARTS):
        return None  # 中国象棋男子组第一名: a game's or an art's name that opens with a national word names no rank
    r = _words().ranks
    m = r.national.match(text)
    if m:
        nested = _first_place(text)
        if nested is not None and not anywhere and _NATIONAL_BODY_END.search(text, m.end(), nested[1]) is None:
            nested = None  # 全国文明村镇, 中国美丽乡村: a national title; a title that opens with a national body's
            # branch is the branch's (国家税务总局吉林省税务局“一局一品”党建品牌)
        if nested is not None and nested[1] >= m.end() and not _ISSUER_JOIN.search(text, m.end(), nested[1]):
            # 中国邮政集团有限公司云南省分公司, 国家税务总局云南省税务局: a national body's branch, named after it
            # with nothing between (中国科协、云南省科协 are two issuers: the higher one's)
            return nested[0].level, nested[2]
        return "national", m.group(0)
    place = _first_place(text)
    if place and (anywhere or place[1] == 0):
        after = place[1] + len(place[2])
        if place[0].level == "provincial" and text.startswith("州", after) and not place[2].endswith("省"):
            # 海南州 (海南藏族自治州): an autonomous prefecture's short name, not the province (no other province's short
            # name and 州 names a place)
            return "prefectural", place[2] + "州"
        return place[0].level, place[2]
    literary = gazetteer.literary_at(text) if r.literary.start(text) else None
    if literary:
        return literary[0].level, literary[1]  # 齐鲁最美五老: Shandong's, by its literary name
    m = r.bare.match(text)
    if m:  # 自治区…, 全区…: a rank word, never the stem of a place (自治|区)
        return _rank_level(m.group(1), home), m.group(1)
    m = r.unlisted.match(text)
    if m and not anywhere and _place_stem(m.group(0)[:-len(m.group(1))]) and _names_one_place(text, m):
        return _rank_level(m.group(1), home), m.group(0)  # a place the gazetteer lacks: 青溪县…标兵
    m = r.unlisted_city.match(text)
    if m and not anywhere and place is None and m.end() < len(text) and (
            _place_stem(m.group(0)[:-1]) and _city_word(text, m.end() - 1)
            or len(m.group(0)) == 3 and m.group(0).endswith("城市") and _place_stem(m.group(0)[0])):
        # (汾城市: one character and 城市, as 晋城市, 聊城市; 智慧城市, 海绵城市 are kinds of city)
        # 鹤川市三八红旗手: the gazetteer holds every county-level city, so a city it lacks is taken as a
        # prefecture's (never a neighbour's level: a title naming its city is that city's)
        return "prefectural", m.group(0)
    if anywhere:
        body = r.body.search(text)
        if body:
            return _rank_level(body.group(1), home), body.group(0)
        named = r.named_body.match(text)
        if named:
            return _rank_level(named.group(1), home), named.group(0)
        if r.nationwide.search(text):
            return "national", text
    else:
        ministry = r.nationwide.match(text)
        if ministry is not None:  # 工业和信息化部第五批专精特新“小巨人”企业: a title a ministry names, opening it
            return "national", ministry.group(0)
    if "全国" in text:
        return "national", "全国"
    return None


def _rank_level(rank: str, home: Home | None) -> str:
    level = _words().ranks.level[rank]
    if level == "home":
        return (home.level if home else None) or "prefectural"  # 市: the article's own city
    if level == "region":
        return "provincial" if home and home.region else "county"  # 区: in an autonomous region, the region
    return level


_INSTITUTION_WORDS: Final = ("大学", "学院", "集团", "矿业", "银行", "医院", "公司", "职业", "理工", "师范", "中学", "小学")


# 国家税务总局|吉林省税务局, 中国邮政集团有限公司|浙江省分公司: a national body's name, right before its branch's place
_NATIONAL_BODY_END: Final = regex.compile(r"(?:总局|集团(?:有限公司)?|有限公司|股份公司|总行|总公司)$")
_ISSUER_JOIN: Final = regex.compile(r"[、，,和及与/ \u3000]")  # (全国妇联 云南省妇联: two issuers)


def _first_place(text: str) -> tuple[gazetteer.Place, int, str] | None:
    """The first place named, or the place right after it that lies in it (台州市路桥区工商业联合会: the
    district's, 浙江省杭州市: the city's, 南谯区龙蟠街道办事处: the township's)."""
    found: tuple[gazetteer.Place, int, str] | None = None
    for start, name, place in gazetteer_places(text):
        if found is not None:
            # (浙江温州, 河南郑州最美…: the city's; not 福建省厦门大学, a university's name the short one opens)
            if place and start == found[1] + len(found[2]) and gazetteer.within(place, found[0]) and (
                    place.code != found[0].code and (name == place.name or not text.startswith(
                        _INSTITUTION_WORDS, start + len(name)))):
                found = (place, found[1], found[2] + name)  # (where the first starts: a title opens with it)
                continue
            return _township_within(text, found)
        if place:
            found = (place, start, name)
    if found is not None:
        return _township_within(text, found)
    m = _words().ranks.township.match(text)
    if m and _place_stem(m.group(0)[:-len(m.group(1))]) and _names_one_place(text, m):
        return gazetteer.Place(m.group(0), "", "township"), 0, m.group(0)  # 湖头镇最美五老, not 优秀乡村教师
    return None


def _township_within(text: str, found: tuple[gazetteer.Place, int, str]) -> tuple[gazetteer.Place, int, str]:
    """A county's place, or the township named right after it (南谯区龙蟠街道: the 街道's, which the gazetteer
    lacks; 城关镇, 湖头镇 as `ranks.township` reads them alone)."""
    if found[0].level != "county":
        return found
    after = found[1] + len(found[2])
    m = _words().ranks.township.match(text, after)
    if m is None or not _place_stem(m.group(0)[:-len(m.group(1))]) or not _names_one_place(text, m):
        return found
    return gazetteer.Place(m.group(0), "", "township"), found[1], found[2] + m.group(0)


def _city_word(text: str, pos: int) -> bool:
    """Whether jieba reads the 市 at `pos` as a city's (鹤川|市, 鹤川市), not inside another word (农贸|市场,
    便民|超市, 智慧|城市)."""
    at = 0
    ranks = _words().ranks
    for word, _ in segment.tag(text):
        if at <= pos < at + len(word):
            # (市场 goes on past 市; 市级, 市委 are the city's own words; 汾|城市: `_cached_rank_of` asks apart)
            return at + len(word) == pos + 1 and word not in ranks.not_city or at == pos and word in ranks.city_words
        at += len(word)
    return False


def _place_stem(stem: str) -> bool:
    """A place's own name, not a title's words (优秀乡村, 全市社区): no marker, nothing a name lacks; the
    town's quarter names (城北街道, 城关镇) hold 城, which other stems may not (城乡)."""
    return (stem in _TOWN_QUARTERS or plausible_place_stem(stem)) and not titles.is_titled(stem, _words().titles)


_TOWN_QUARTERS: Final = frozenset({"城关", "城东", "城西", "城南", "城北", "城中", "城郊"})


def _names_one_place(text: str, rank: re.Match) -> bool:
    """Whether a stem and a rank word name one place: not a class of places (卫生|乡镇, 服务乡|村振兴, 齐鲁乡|村之星: 乡村,
    the countryside, whatever township's name it may also end; 白沙镇|村医标兵 names the township)."""
    return rank.group(1) not in _CLASS_RANKS and not (rank.group(1) == "乡" and text.startswith("村", rank.end()))


_CLASS_RANKS: Final = frozenset({"乡镇"})


def _shared_level(norm: str, p: _Pair, earlier: _Earlier) -> str | None:
    """县三八红旗集体10个、三八红旗手20人: a title read in the same list after one with a level."""
    for e in reversed(earlier.by_verb.get(p.verb, ())):
        if e.honor[1] <= p.title[0]:
            return e.level
    return None


def _defined_titles(ctx: _Ctx, pairs: list[_Pair]) -> list[tuple[str, str]]:
    """Titles a body set up or granted, whoever received them (…小组…授予卓越金奖、金奖): their level
    is the body's, for later mentions without a place."""
    out = []
    for p in pairs:
        if p.rule in ("honors.grant", "honors.confer") and p.issuer:
            level = _rank_of(p.issuer, ctx.home, anywhere=True)
            if level:
                out.append((titles.bare(ctx.norm[p.title[0]:p.title[1]]), level[0]))
    return out


def _defined_level(norm: str, p: _Pair, defined: list[tuple[str, str]]) -> str | None:
    title = titles.bare(norm[p.title[0]:p.title[1]])
    best = max((d for d in defined if len(d[0]) >= 2 and title.endswith(d[0])), key=lambda d: len(d[0]), default=None)
    return best[1] if best else None


def _granted_level(norm: str, p: _Pair, earlier: _Earlier) -> str | None:
    """The level of the title the article's own grant or commendation named in full, which this one
    shortens (授予…“2024年度全县文艺工作先进集体”称号, then the list's 先进集体); None when none did."""
    title = norm[p.title[0]:p.title[1]].strip("“”")
    found = -1
    for other, indexes in earlier.by_title.items():
        if other != title and other.endswith(title):
            found = max([found] + [i for i in indexes if earlier.facts[i].rule in _GRANTED_HERE])
    return earlier.facts[found].level if found >= 0 else None


def _counted_level(norm: str, p: _Pair, earlier: _Earlier) -> str:
    """全县共评选出五星级文明户40户 … 【五星级文明户名单】 / A、B: the list of the very title a count told before it, at
    the count's level (where nothing else gives the list one: a count's level may be a neighbour's)."""
    title = titles.plain(norm[p.title[0]:p.title[1]])
    counted = [i for i in earlier.by_title.get(title, ()) if earlier.facts[i].rule == _COUNTED_RULE
               and earlier.facts[i].honor[0] < p.title[0]]
    return earlier.facts[counted[-1]].level if counted else "unknown"


_COUNTED_RULE: Final = "honors.commend_counted"


def _inherited_level(norm: str, p: _Pair, earlier: _Earlier) -> str:
    """The level of an earlier title this one shortens (青枫街道优秀共产党员 -> 优秀共产党员): one the
    article grants or commends itself first (决定授予…“青枫街道优秀共产党员”称号, then its list), else the
    nearest (湖北省优秀共产党员, named in passing between them, is another title); else that of the honour
    just before, at the same event. (Titles compare without their quote marks, inner ones too: 2023年度“天生好人”
    shortens 天生街道2023年度“天生好人”.)"""
    title = titles.plain(norm[p.title[0]:p.title[1]])
    granted, nearest = -1, -1
    for other, indexes in earlier.by_title.items():
        if other != title and other.endswith(title):
            # (a title named before it in the text: 获奖名单如下：一等奖：A … 2023年，他曾获得铜仁市…大赛一等奖
            # is another contest's, told after the list)
            before = [i for i in indexes if earlier.facts[i].honor[0] < p.title[0]]
            if before:
                nearest = max(nearest, before[-1])
            granted = max([granted] + [i for i in before if earlier.facts[i].rule in _GRANTED_HERE])
    if granted >= 0 or nearest >= 0:
        longer = granted if granted >= 0 else nearest
        same = [i for i in earlier.all_of_title.get(title, ()) if earlier.facts[i].honor[0] < p.title[0]]
        if same and p.rule in _ANNOUNCED:
            # 10名婆婆被评为“好婆婆” … 李桂珍被评为邢台市“孝老爱亲好婆婆” … 获奖名单如下：“好婆婆” / A: the list of the very
            # title the article told, at its level, read or not; no shortening of a longer one told in passing
            return earlier.facts[same[-1]].level
        return earlier.facts[longer].level
    shortened = -1
    for other, indexes in earlier.by_title.items():
        if len(other) >= _SHORT_FORM and other != title and title.endswith(other):
            # (被省妇联评为“最美家庭”: another body's title, whose level is no list's of the report's own)
            shortened = max([shortened] + [i for i in indexes if earlier.facts[i].honor[0] < p.title[0]
                                           and earlier.facts[i].issuer is None])
    if shortened >= 0:
        # 6家企业获评先进民营企业 … 2023年度“万企兴万村”行动先进民营企业名单: the list names in full the title
        # the body's news named short, not the other honour told just before the list
        return earlier.facts[shortened].level
    bare = title.replace("“", "").replace("”", "")
    kind = _KIND_SUFFIX.search(bare)
    if kind is not None and kind.start() >= _SHORT_FORM:
        # 4个集体获评“红领巾奖章”二星章 … 一、红领巾奖章二星章集体: the list is of that title told before it, at its
        # level, read or not (not at the level of another honour told between them; one told after the list,
        # 另悉，…还被省委组织部评为X, is another event)
        told = [i for i in earlier.all_of_title.get(bare[:kind.start()], ()) if earlier.facts[i].honor[0] < p.title[0]]
        if told:
            return earlier.facts[told[-1]].level
    facts = earlier.facts
    for e in reversed(facts[-_NEARBY_FACTS:]):
        if e.level != "unknown" and e.verb[0] < p.verb[0] and p.verb[0] - max(e.honor[1], e.recipient[1]) < _NEARBY_TITLE:
            if _ANOTHER_YEAR.search(norm, max(e.honor[1], e.recipient[1]), p.verb[0]):
                break  # 2021年…授予“全国X”称号；2023年，他又入选“Y”: another year, another event
            if _APPROVED.search(norm, max(e.honor[1], e.recipient[1]), p.verb[0]):
                break  # …报岳阳市公安局批准，记三等功；经局党委研究，给予嘉奖: another approval, another decision
            if p.rule in _GRANTED_HERE and e.rule not in _GRANTED_HERE and norm.find(
                    "。", max(e.honor[1], e.recipient[1]), p.verb[0]) >= 0:
                break  # …被命名为沧州市示范代表联络站。常委会表彰了…: a sentence of the body's own commendation after
                # one of an honour received, another event (决定授予…。本次共表彰…: the same)
            return e.level  # 荣获其银奖; 获得X的是:A、B。获得Y的是:…: the same event as the honour just before
    return "unknown"


_KIND_SUFFIX: Final = regex.compile(r"(?:集体|个人)$")  # 红领巾奖章二星章集体: a title's list for bodies or for persons
_COMMENT_OPENER: Final = regex.compile(r"这(?:也|又|已)?是")  # 这也是我县继…之后获得的又一项荣誉
_ANOTHER_YEAR: Final = regex.compile(r"\d{2,4}年|[今去前次同当]年")  # (not 青少年)
# the rules of an honour the article's body confers itself, whose titles its lists then repeat
_GRANTED_HERE: Final = frozenset({"honors.grant", "honors.confer", "honors.commend_dash", "honors.commend_object",
                                  "honors.commend_counted"})


def _reporting_level(ctx: _Ctx, before: int, header: bool = False) -> str:
    """The rank of the body that reports, as first named before `before`: the first organisation of
    the body text with a rank (镇党委, 团县委), else the first place with one; with `header`, the
    header's first (a notice's issuer, named on its site line: 瓦房店市供销合作社联合社), before the
    body's, whose first body may be one the notice commends."""
    stretches = ((0, ctx.body_start), (ctx.body_start, before)) if header else ((ctx.body_start, before),)
    if header:
        # 国家税务总局临朐县税务局关于表彰…的决定: the body that issues the document its title names, before
        # the site's (国家税务总局山东省税务局, a portal above it)
        for e in ctx.named:
            if e.label == "ORG" and e.end <= ctx.body_start and ctx.norm.startswith("关于", e.end):
                found = _rank_of(ctx.norm[e.start:e.end], ctx.home, anywhere=True)
                if found:
                    return found[0]
    addressed = _ADDRESSEES.search(ctx.norm, ctx.body_start, before)
    for floor, ceiling in stretches:
        for label in ("ORG", "GPE"):
            for e in ctx.named:
                if e.label == label and floor <= e.start and e.end <= ceiling:
                    if addressed is not None and addressed.start() <= e.start < addressed.end():
                        continue  # 各乡镇人民政府，局机关各股室：: those the notice is sent to, not who sends it
                    found = _rank_of(ctx.norm[e.start:e.end], ctx.home, anywhere=True)
                    if found:
                        return found[0]
    return "unknown"


def _own_notice(ctx: _Ctx) -> bool:
    """Whether the page's title is a notice or a decision of its own (关于…情况的通报, 关于表彰…的决定)."""
    if ctx.own_notice is None:
        ctx.own_notice = _patterns_of_notices()["notice_title"].search(ctx.norm, 0, ctx.body_start) is not None
    return ctx.own_notice


@lru_cache(maxsize=1)
def _patterns_of_notices() -> dict[str, re.Pattern]:
    def words(kind: str) -> str:
        return lexicon.alternation(lexicon.by_kind("honors.frames", kind))
    return {
        # 关于…情况的通报, 关于表彰…的决定: a page's title that is a notice of its own
        "notice_title": regex.compile(rf"(?m)^[ \t\u3000]*关于[^\n]{{2,60}}的(?:{words('notice')})[ \t\u3000]*$"),
        # the notice's own act of commending, near the honour (…，予以通报表扬：)
        "commended_here": regex.compile(rf"予以(?:通报)?(?:{words('commend_here')})"),
        # …仁寿县获评(名单), …入选者: who of an area won the title a list's heading names
        "won_tail": regex.compile(rf"(?:[\u4e00-\u9fff]{{1,6}}?[省市县区镇乡])?(?:{words('won_tail')})(?:{words('won_by')})?$"),
        # (…“中国好人榜”青岚县上榜人员: the area of the list's own after the list's name, no part of it)
        "list_tail": regex.compile(rf"(?:(?<=[”榜])[\u4e00-\u9fff]{{1,6}}?[省市县区镇乡旗])?(?:{words('list_tail')})(?:{words('won_by')})?$"),
        "won_head": regex.compile(rf"(?:\d{{4}}年度?)?[\u4e00-\u9fff]{{1,6}}?[省市县区镇乡旗](?:{words('won_tail')})"),
        # 受表彰的(先进单位), 获评的(示范村), 本次获得通报表扬的(先进单位): those who won the title the list's heading names
        # after 的
        "won_lead": regex.compile(rf"[^，,。；;：:\n的“”]{{0,10}}?(?:{words('won_tail')}|表彰|表扬)的"),
    }


_COMMENDED_REACH: Final = 60
_COMMENDED_LISTS: Final = frozenset({"honors.passive", "honors.announce_lines", "honors.announce", "honors.grant"})


# a notice's salutation: the bodies it is sent to, a line of its own (各乡镇人民政府，县直各单位：)
_ADDRESSEES: Final = regex.compile(r"(?m)^[ \t\u3000]*各[^\n。]{1,80}[:：][ \t\u3000]*$")


def _commending_level(ctx: _Ctx, before: int) -> str:
    """The rank of the body that commends, named in the paragraph before `before` (县文旅局对表现突出的
    单位进行了表彰。紫柏街道获评“优秀组织单位”): the titles named after its commendation are the ones it
    confers. Only a body named as the subject of 对…进行表彰 or of 印发通报，表彰; nobody passive (被…表彰),
    no frame, no rank."""
    norm = ctx.norm
    floor = max(norm.rfind("\n", max(0, before - _PARAGRAPH_REACH), before) + 1, ctx.body_start,
                before - _PARAGRAPH_REACH)
    last = None
    if norm.find("对", floor, before) >= 0:
        for m in ctx.words.triggers["commend_frame"].finditer(norm, floor, before):
            last = m
    if norm.find("表", floor, before) >= 0:  # 省公安厅印发通报，表彰…。我局派出所荣立集体二等功
        for m in ctx.words.triggers["commend_issued"].finditer(norm, floor, before):
            if last is None or m.start() > last.start():
                last = m
    if last is None:
        return _read_decision_level(ctx, floor)
    subject = norm[scan.clause_start(norm, last.start(), floor, _CLAUSE):last.start()]
    found = _rank_of(subject, ctx.home, anywhere=True) if subject and "被" not in subject else None
    return found[0] if found else "unknown"


def _read_decision_level(ctx: _Ctx, paragraph: int) -> str:
    """会议宣读了中共某县委统战部、某县工商联《关于表彰…的决定》。/ A被评为X: the paragraph right before
    the honours' reads out (or issues) a decision to commend and names who issued it; the titles after
    it are the ones it confers, at its issuers' rank (all of one rank, else none)."""
    norm = ctx.norm
    end = paragraph - 1
    while end > ctx.body_start and norm[end - 1] in " \t\u3000\n":
        end -= 1  # (blank lines between the paragraphs)
    start = max(norm.rfind("\n", 0, end) + 1, ctx.body_start)
    if end <= start or end - start > _PARAGRAPH_REACH:
        return "unknown"
    m = None
    for m in _words().triggers["read_decision"].finditer(norm, start, end):
        pass
    if m is None:
        return "unknown"
    ranks = {found[0] for part in _ISSUER_SPLIT.split(m.group(1)) if part
             for found in [_rank_of(part, ctx.home) or _rank_of(part, ctx.home, anywhere=True)] if found}
    return next(iter(ranks)) if len(ranks) == 1 else "unknown"


_ISSUER_SPLIT: Final = regex.compile(r"[、和及与]")


def _named_by_decision(ctx: _Ctx, p: _Pair) -> str:
    """The rank of the body whose decision, named earlier in the body by its title (《X关于表彰…的决定》, the
    issuer first), commends the title of `p` by name; "unknown" where none does, or its issuer has no rank."""
    norm = ctx.norm
    title = titles.bare(norm[p.title[0]:p.title[1]])
    if len(title) < _SHORT_FORM:
        return "unknown"
    for m in _ISSUED_DECISION.finditer(norm, ctx.body_start, p.title[0]):
        if title in m.group("titles"):
            issuer = m.group("issuer")
            if not issuer:  # 县森林防火指挥部印发《关于表扬…的通报》: the body that issues it, before its verb
                clause = scan.clause_start(norm, m.start(), ctx.body_start, _CLAUSE)
                verb = None
                for verb in ctx.words.triggers["publish"].finditer(norm, clause, m.start()):
                    pass
                issuer = _publisher(norm[clause:verb.start()]) if verb is not None and verb.end() == m.start() else ""
            # 《关于表彰2024年度额敏县优秀教师、…的通报》: the place the decision's titles open with, else the issuer's
            found = _rank_after_edition(m.group("titles"), ctx.home) or _rank_of(m.group("titles"), ctx.home) or (
                _rank_of(issuer, ctx.home, anywhere=True) if issuer else None)
            return found[0] if found else "unknown"
    return "unknown"


def _list_title_level(ctx: _Ctx, p: _Pair) -> str:
    """The rank of the place a list's own title line names before the title of `p` (附件 / 2024年度鼎城区优秀教育工作者
    和优秀班主任名单 / 一、优秀教育工作者（12名）: county), from the nearest such line above within reach; "unknown" where
    that line does not name the title, or names no place before it."""
    norm = ctx.norm
    if ctx.list_titles is None:
        ctx.list_titles = []
        for m in _LIST_TITLE_ALONE.finditer(norm, ctx.body_start):
            a, b = m.span("title")
            label = _ANNEX_LABEL.match(norm, a, b)
            ctx.list_titles.append((m.start(), label.end() if label is not None else a, b))
    at = bisect_left(ctx.list_titles, (p.title[0],)) - 1
    if at < 0 or p.title[0] - ctx.list_titles[at][0] > _LIST_TITLE_REACH:
        return "unknown"
    _, a, b = ctx.list_titles[at]
    title = titles.bare(norm[p.title[0]:p.title[1]])
    line = norm[a:b].replace("“", "").replace("”", "")
    found = line.find(title) if len(title) >= _SHORT_FORM else -1
    if found <= 0:
        return "unknown"
    ranked = _rank_of(titles.bare(line[:found]), ctx.home)
    return ranked[0] if ranked else "unknown"


def _results_headline_level(ctx: _Ctx, p: _Pair) -> str:
    """The rank of the place or body that opens a headline announcing its own selection, where the headline names the
    title of `p` right after it, a year, an edition or the selection's words between (富蕴县工商联2023年度优秀民营企业
    和…评选结果揭晓: county; 油坊镇评选表彰第二届“好媳妇”“好婆婆”: township); "unknown" where the headline names no
    selection, or names it otherwise (称多县学子在玉树州…大赛中喜获佳绩: another body's contest)."""
    norm = ctx.norm
    if ctx.results_headline is None:
        m = _HEADLINE.match(norm)
        ctx.results_headline = m.span("headline") if m is not None and _SELECTION_WORD.search(
            norm, *m.span("headline")) else (0, 0)
    a, b = ctx.results_headline
    title = titles.bare(norm[p.title[0]:p.title[1]])
    if b == 0 or len(title) < 2:
        return "unknown"
    found = norm.find(title, a, b)
    # (a short title only in its quote marks: 好媳妇 in “好媳妇”, not inside another word)
    if found <= a or len(title) < _SHORT_FORM and not (norm[found - 1] == "“" and norm.startswith("”", found + len(title))):
        return "unknown"
    opener = _HEADLINE_OPENER.fullmatch(norm, a, found)
    ranked = _rank_of(opener.group("by"), ctx.home) if opener is not None else None
    return ranked[0] if ranked else "unknown"


# the page's first line, a headline (no sentence: 县残联决定表彰2023年度自强模范。 is the body's own)
_HEADLINE: Final = regex.compile(r"[ \t\u3000]*(?P<headline>[^\n。]{4,60})[ \t\u3000]*(?:\n|$)")
_SELECTION_WORD: Final = regex.compile(r"评选|表彰|揭晓|出炉")
# 富蕴县工商联2023年度, 油坊镇评选表彰第二届“: the place or body that selects, then a year, an edition or the
# selection's words only (not 称多县学子在玉树州…大赛中: where its people won another's)
_HEADLINE_OPENER: Final = regex.compile(r"(?P<by>[^\n在赛中获“”]{2,16}?)(?:\d{4}年度?|第[一二三四五六七八九十\d]+届|首届|"
                                        r"评选表彰|评选|表彰|年度)*“?")


# a line that is a list's title and nothing else: 2024年度鼎城区优秀教育工作者和优秀班主任名单, 附件：…名单
_LIST_TITLE_ALONE: Final = regex.compile(r"(?m)^[ \t\u3000]*(?P<title>[^\n，,。；;]{4,80}?名单)[ \t\u3000]*$")
_LIST_TITLE_REACH: Final = 3000  # the rows of one list, several sections of it


# 《民乐县教育局关于表彰2024年度优秀教师、优秀班主任和…的决定》: a decision whose title opens with its issuer, or
# names none (县森林防火指挥部印发《关于表扬…的通报》)
_ISSUED_DECISION: Final = regex.compile(r"《(?P<issuer>[^《》\n]{0,30}?)关于(?:表彰|表扬|授予)(?P<titles>[^《》\n]{2,80}?)的(?:决定|通报)》")


def _is_prize(norm: str, title: Span2) -> bool:
    """一等奖, 团体二等奖, 优秀组织奖, 团体第一名, 100米冠军: a prize or a place in the order, won at a contest."""
    text = norm[title[0]:title[1]].rstrip("”")
    return text.endswith("奖") or titles.is_place_in_order(text)


def _article_contest_level(ctx: _Ctx, before: int) -> str:
    """由市生态环境局…联合主办的2024年嘉兴市…技能竞赛在海盐县举行。… 一等奖：海宁分局代表队: a prize
    whose paragraph names no contest is won at the one the article reports; its level is the one every
    contest named before it with a rank (its own, or its organiser's) agrees on, else none."""
    agreed = _agreed_contest(ctx, before)
    return agreed[1] if agreed is not None else "unknown"


def _agreed_contest(ctx: _Ctx, pos: int) -> tuple[Span2, str] | None:
    """The contest named before `pos` with a rank, and that rank: the last one of `pos`'s paragraph (在…第十五届蓝桥杯全国…
    大赛全国总决赛中，王雨桐获得…一等奖), else the last one of the article where all of them agree on the rank."""
    contests = _ranked_contests(ctx, pos)
    if not contests:
        return None
    if ctx.norm.find("\n", contests[-1][0][1], pos) < 0 or len({level for _, level in contests}) == 1:
        return contests[-1]
    return None


def _ranked_contests(ctx: _Ctx, before: int) -> list[tuple[Span2, str]]:
    """The contests named before `before` (headline included) with a rank of their own or their
    organiser's, in order, with that rank. The article's are read once, the first time asked."""
    if ctx.contests is None:
        norm = ctx.norm
        found: list[tuple[Span2, str]] = []
        for m in ctx.words.triggers["event_word"].finditer(norm):
            start = scan.clause_start(norm, m.start(), max(0, m.start() - _TITLE_REACH), _CLAUSE)
            if norm.startswith(("中", "上"), m.end()) and (within := norm.rfind("在", start, m.start())) >= 0:
                start = within + 1  # 徽州区学子在2024年黄山市…大赛中: the contest after 在, not who took part in it
            rank = _event_rank(ctx, (start, m.end())) if m.start() - start >= 2 else None
            # (李昊天荣获第三十八届全省…大赛一等奖: a contest won, a title's part, not one the article reports; A荣获大赛“优秀
            # 组织奖”: the contest named again by its kind alone)
            if rank is not None and not _won_in_clause(ctx, start, m.start()) and not _EXAMPLES_OF_KIND.search(
                    norm, start, m.start()) and not _GONE_TO.search(norm, start, m.start()) and not _SENT_ON_TO.search(
                    norm, start, m.start()):
                found.append(((start, m.end()), rank[0]))
        ctx.contests = found
    return [c for c in ctx.contests if c[0][1] <= before]


# 深入石门镇、河口乡等地学校开展“科普进校园”活动: the places an event went to, not its rank (nor its organiser's)
# (深入开展: thoroughly, no going)
_GONE_TO: Final = regex.compile(r"深入(?!开展|推进|实施|落实|学习)|走进|走入|前往|赴")
# 8件优秀作品已推荐参加甘南州…大赛, 一等奖获得者将代表荥阳市参加郑州市…大赛: the contest the winners go on to, not the one
# they won in
_SENT_ON_TO: Final = regex.compile(r"推荐(?:参加|参评|参赛|到|至)|选送|报送|将(?:代表[^，,。；;]{1,12})?参加")
# 开展“科技之春”“全国科普日”等科普活动: named examples of a kind of event, no one contest (whose rank a placing takes)
_EXAMPLES_OF_KIND: Final = regex.compile(r"[”》]等[\u4e00-\u9fff]{0,6}$")


def _won_in_clause(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a strong verb of winning (荣获, 获评) stands in norm[start:end] outside quote marks (表彰大会暨技能竞赛
    names a contest whatever verb of commending it holds; “喜迎丰收·收获幸福”摄影大赛 and “创建文明城市”征文 hold none of
    the verbs, a brand's words inside quote marks)."""
    norm = ctx.norm
    return any(norm.count("“", start, v.start()) <= norm.count("”", start, v.start())
               for v in ctx.words.triggers["active"].finditer(norm, start, end))


def _own_commendation(ctx: _Ctx, before: int) -> bool:
    """Whether the list at `before` follows a commendation its notice decides on itself (决定对A等5个先进
    集体予以通报表扬, 决定授予…): the nearest commendation verb of the body before the list, with no
    other body named as the one that commends (not 省总工会印发《关于表彰…的决定》, nor 被…表彰)."""
    norm = ctx.norm
    last = None
    for m in ctx.words.triggers["commendation"].finditer(norm, ctx.body_start, before):
        if norm.find("受", max(0, m.start() - 4), m.start()) < 0:
            last = m  # 希望受表彰的集体…, 受到通报表扬的集体: those commended, no commendation
    if last is None or before - last.end() > _OWN_COMMENDATION_REACH and (
            before - last.end() > _ANNEX_REACH or norm.find("\n附件", last.end(), before) < 0):
        return False  # (the list of the notice's annex, after its signature, is its own at a further reach)
    return _decided_by_notice(ctx, last.start())


def _decided_by_notice(ctx: _Ctx, verb: int) -> bool:
    """Whether the commendation verb at `verb` is one the notice decides on itself: 决定 before it in its
    clause, and no other body named as the one that decides or commends."""
    norm = ctx.norm
    clause = scan.clause_start(norm, verb, ctx.body_start, _HARD)
    for _ in range(_DECISION_ITEMS):
        if _OWN_DECISION.search(norm, clause, verb) or clause - 1 <= ctx.body_start or norm[clause - 1] not in "；;":
            break
        # 决定授予A“X”称号；对…的B，特别授予“Y”称号: the items of one decision, set apart by semicolons, the
        # first opened by 决定 and its verb (not 传达学习了上级有关决定精神；大会表彰了…)
        earlier = scan.clause_start(norm, clause - 1, ctx.body_start, _HARD)
        if not _DECISION_ITEM.search(norm, earlier, clause):
            break
        clause = earlier
    text = norm[clause:verb]
    decision = _OWN_DECISION.search(text)
    if "被" in text or "《" in text or decision is None:
        return False
    # 经社党组研究，决定对A…, 经各单位推荐、市科协审核，决定对A…: nobody else in the clause decides (经… names
    # who prepared the decision, the notice's own body or those it asked)
    decided_at = clause + decision.start()
    decider = _subject(ctx, clause, decided_at)
    if decider is None:
        return True
    at = norm.find(decider, clause, decided_at)
    # 经各单位推荐、市科协审核，决定对…: a body inside the frame prepared the decision; 县统计局决定…: the
    # body the header names, the notice's own, decides it; 潍坊市教育局印发通报，决定…: another body
    if any(m.start() <= at < m.end() for m in _PREPARED_BY.finditer(norm, clause, decided_at)):
        return True
    return norm.find(decider, 0, ctx.body_start) >= 0


# -- the awarding body's own list ----------------------------------------------------------------

def _named_at_home(ctx: _Ctx, recipient: str) -> bool:
    """Whether a counted group's first example (宁阳县统计局 of 宁阳县统计局等4个集体) names the county the
    report is at home in: then the group is the area's own share, not another body's whole list."""
    own = _county_at_home(ctx)
    cut = recipient.find("等")
    if own is None or cut < 2:
        return False
    return any(place is not None and place.code == own.code for _, _, place in gazetteer_places(recipient[:cut]))


def _own_share_follows(ctx: _Ctx, facts: list[HonorFact], i: int) -> bool:
    """Whether a part named by the reporting body's own area (其中我县6个集体) follows fact i, of the same
    title: then fact i is the whole list it is part of, whatever its first example."""
    norm, h = ctx.norm, facts[i]
    part = _OWN_PART.match(norm, h.honor[1])
    if part is not None:  # ，其中我县6个集体榜上有名: a part with no title of its own shares this one
        rest_end = scan.clause_end(norm, part.end(), len(norm), _HARD)
        if norm.find("“", part.end(), rest_end) < 0 and ctx.words.triggers["verb"].search(norm, part.end(), rest_end) is None:
            return True
    title = _without_nation(ctx, norm[h.honor[0]:h.honor[1]])
    for later in facts[i + 1:]:
        if later.recipient[0] - h.honor[1] > _WITHIN_AREA_REACH:
            return False
        if _OWN_AREA.match(norm, later.recipient[0], later.recipient[1]):
            other = _without_nation(ctx, norm[later.honor[0]:later.honor[1]])
            if other in title or title in other:
                return True
    return False


def _counted_part(ctx: _Ctx, recipient: str) -> bool:
    """Whether a recipient is counted (我县2个团队, 16个单位): a whole list's count, or a part it is split into.
    `counted` (which tries every split before the count) is asked only where a count stands at all."""
    return recipients.may_count(recipient) and ctx.words.recipients.number.search(recipient) is not None and (
        ctx.words.recipients.counted.match(recipient) is not None)


def _outside_the_area(ctx: _Ctx, facts: list[HonorFact]) -> tuple[list[HonorFact], list[Rejected]]:
    """表彰了A等599个X … 其中，我省16个单位获X: the first is the awarding body's whole list, conferred
    on others outside the reporting body's area (ANNOTATION.md): neither an honour nor a claim. So is
    a count of the whole nation (对全国298名X、200个Y进行表彰), with the rest of its list."""
    norm = ctx.norm
    whole: set[int] = set()
    # each fact's title without its nation, read once (a counted fact compares it with those after it)
    nationless: list[str | None] = [None] * len(facts)
    for i, h in enumerate(facts):
        recipient = norm[h.recipient[0]:h.recipient[1]]
        if not _counted_part(ctx, recipient):
            continue
        if _beyond_the_area(ctx, recipient, h.verb[0]):
            whole.add(i)  # 全国298名; 全省100名 in a county's report: never the reporting body's area
            continue
        if _named_at_home(ctx, recipient) and not _own_share_follows(ctx, facts, i):
            continue  # 宁阳县统计局等4个集体 in a report of 宁阳县: the area's own part, its first example there
        # (a title read from before the recipient, 我县共有3名同志获此殊荣, is no whole the part follows)
        if not _OWN_AREA.match(recipient) and h.rule != "honors.same_title" and (
                _OWN_PART.match(norm, h.honor[1]) or _OWN_PART.match(norm, h.recipient[1])):
            whole.add(i)  # 命名了100户“X”，我区2户家庭入选: the part in the area follows the whole
            continue
        title = _without_nation(ctx, norm[h.honor[0]:h.honor[1]])
        named = "等" in recipient
        for j in range(i + 1, len(facts)):
            later = facts[j]
            if later.recipient[0] - h.honor[1] > _WITHIN_AREA_REACH:
                break
            # named examples and a count (A等599个), or a part in the reporting body's own area
            # (其中，我县2个团队): the list before 其中 is the awarding body's
            if not (named or _OWN_AREA.match(norm, later.recipient[0], later.recipient[1])):
                continue  # the cheap tests first: the later title is read only where they hold
            among = norm.rfind("其中", h.honor[1], later.recipient[0])
            if among < 0:
                continue
            if later.recipient_type == "person" and not _counted_part(ctx, norm[later.recipient[0]:later.recipient[1]]) and (
                    _AREA_PART_OPENS.match(norm, among, later.recipient[0]) is None):
                continue  # (授予A等8人X … 其中，…的黄国平此次又获评X: one of the list, no count of the area's part; not
                # 其中包括我县3名同志。…李明获评X, where 其中 parts off the area's own)
            stop = _SENTENCE_STOP.search(norm, among, later.recipient[0])
            if stop is not None and _AREA_PART_OPENS.match(norm, among, stop.start()) is None:
                continue  # (…等1236人获得X，其中金奖312人…。献血者代表陈海波…曾获评X终身荣誉奖: 其中 parts its own
                # sentence's list by kinds, the later fact is no part of it; 其中包括我县3名同志。 parts off the area's)
            other = nationless[j]
            if other is None:
                other = nationless[j] = _without_nation(ctx, norm[later.honor[0]:later.honor[1]])
            # (中国好人 without its nation is 好人, a head every 好人 title ends in: no title of its own to compare)
            if len(other) >= _TITLE_MIN and len(title) >= _TITLE_MIN and (other in title or title in other):
                whole.add(i)
                break
    # 对全国298名X、200个Y和200名Z进行表彰: the list goes as one
    lists = {facts[i].verb for i in whole}
    whole |= {i for i, h in enumerate(facts) if h.verb in lists}
    kept = [h for i, h in enumerate(facts) if i not in whole]
    rejected = [Rejected(facts[i].recipient[0], facts[i].honor[1], "honors.reject.outside_the_area",
                         f"{norm[facts[i].recipient[0]:facts[i].recipient[1]]} / {norm[facts[i].honor[0]:facts[i].honor[1]]}")
                for i in sorted(whole)]
    return kept, rejected


_TITLE_MIN: Final = 3  # the fewest characters a title without its nation compares by

_RANK_ORDER: Final = ("township", "county", "prefectural", "provincial", "national")


def _beyond_the_area(ctx: _Ctx, recipient: str, before: int) -> bool:
    """全国298名, or 全省100名 in a county body's report: a count of an area wider than the reporting
    body's (the rank of the first body named before), which it reports as the awarding body's list."""
    scope = ctx.words.recipients.scope.match(recipient)
    if scope is None:
        return False
    if ctx.words.ranks.national.fullmatch(scope.group()):
        return True
    found = _rank_of(scope.group(), ctx.home)
    reporting = _reporting_level(ctx, before)
    return found is not None and reporting in _RANK_ORDER and found[0] in _RANK_ORDER and (
        _RANK_ORDER.index(found[0]) > _RANK_ORDER.index(reporting))


def _without_nation(ctx: _Ctx, title: str) -> str:
    """全国助残先进集体 -> 助残先进集体: a title as the part within the area names it again."""
    title = titles.plain(title)
    m = ctx.words.ranks.national.match(title)
    return title[m.end():] if m and len(title) - m.end() >= 2 else title


def _restated_totals(ctx: _Ctx, facts: list[HonorFact]) -> tuple[list[HonorFact], list[Rejected]]:
    """授予A、B“…先进集体”称号 … 本次共表彰先进集体6个: a total of the honours named one by one before
    it, or of those the notice lists by name for the same title (本次共表彰优秀教师8名 … 优秀教师: A、B),
    is the same honours again (ANNOTATION.md: a figure restated is annotated once); its list goes as one."""
    norm = ctx.norm
    totals = [h for h in facts if h.rule == "honors.commend_counted"
              and ctx.words.triggers["total"].search(norm, max(0, h.verb[0] - 3), h.verb[0])]
    restated: set[HonorFact] = set()
    for h in totals:
        named = [e for e in facts if e.recipient_type != "collective" and e.rule != "honors.commend_counted"]
        same = sum(_same_title(norm, e.honor, h.honor) for e in named)
        # all of them named, not a few examples of the count (评选出X 10支，获奖单位分别是A、B)
        if any(e.recipient[1] < h.recipient[0] for e in named) or (same and same == _count_of(norm, h.recipient)):
            restated.add(h)
        elif any(e.rule != "honors.commend_counted" and e.recipient_type == "collective" and e.recipient[0] > h.recipient[1]
                 and _same_title(norm, e.honor, h.honor) and _count_of_group(norm, e.recipient) == _count_of(norm, h.recipient)
                 for e in facts):
            restated.add(h)  # 本次共表彰先进集体20个…决定授予A、B等20个单位“…先进集体”称号: the grant says it again
    lists = {h.verb for h in restated}
    restated |= {h for h in totals if h.verb in lists}
    kept = [h for h in facts if h not in restated]
    rejected = [Rejected(h.honor[0], h.recipient[1], "honors.reject.restated_total",
                         f"{norm[h.recipient[0]:h.recipient[1]]} / {norm[h.honor[0]:h.honor[1]]}")
                for h in facts if h in restated]
    return kept, rejected


def _count_of_group(norm: str, recipient: Span2) -> float | None:
    """A、B等20个单位: the count a named group closes with."""
    m = _GROUP_COUNT_END.search(norm, recipient[0], recipient[1])
    value = numerals.parse(m.group(1)) if m else None
    return value.value if value and value.value_max is None and not value.approximate else None


def _count_of(norm: str, recipient: Span2) -> float | None:
    m = _LEADING_COUNT.match(norm, recipient[0], recipient[1])
    value = numerals.parse(m.group()) if m else None
    return value.value if value and value.value_max is None and not value.approximate else None


def _same_title(norm: str, named: Span2, counted: Span2) -> bool:
    """景洪市教育系统先进集体 named, 先进集体 counted: the count names the title without its issuer."""
    whole, short = titles.plain(norm[named[0]:named[1]]), titles.plain(norm[counted[0]:counted[1]])
    return len(short) >= 2 and whole.endswith(short)


def _dedupe(norm: str, honors: list[HonorFact], body_start: int) -> list[HonorFact]:
    kept: list[HonorFact] = []
    texts: list[tuple[str, str]] = []  # each kept honour's recipient and title, read once
    for h in honors:
        r, t = norm[h.recipient[0]:h.recipient[1]].strip("“”"), norm[h.honor[0]:h.honor[1]].strip("“”")
        twin = -1
        for i, k in enumerate(kept):
            kr, kt = texts[i]
            counts = h.recipient_type == k.recipient_type == "collective" and r != kr  # 5人 and 15人 differ
            # 获评重庆市道德模范和重庆市道德模范提名奖: two titles of one list, not one read twice
            listed = h.verb == k.verb and h.honor != k.honor
            # 江苏省最美家庭, then the county's list of 最美家庭 naming the family again: two issuers, two honours
            issuers = h.level != k.level and "unknown" not in (h.level, k.level)
            if not counts and not listed and not issuers and (kr in r or r in kr or _same_body(r, kr) or _same_part(
                    r, kr) or _headline_short(h, k, r, kr, body_start)) and (
                    kt in t or t in kt or _headline_rank(h, k, t, kt, body_start)) and not _member_of_group(h, k, r, kr):
                twin = i
                break
        if twin < 0:
            kept.append(h)
            texts.append((r, t))
        elif h.recipient[1] - h.recipient[0] > kept[twin].recipient[1] - kept[twin].recipient[0] or (
                kept[twin].recipient[0] < body_start <= h.recipient[0] and not (texts[twin][1] in t or t in texts[twin][1])) or (
                kept[twin].level == "unknown" != h.level and (r, t) == texts[twin]):
            # the body's of a title the headline ranks by a word: the body names it as awarded; the telling that
            # says who issued it (记荣立个人一等功的所长陶振华, then 省公安厅…陶振华荣立个人一等功)
            kept[twin] = h
            texts[twin] = (r, t)
    return kept


def _headline_short(h: HonorFact, k: HonorFact, r: str, kr: str, body_start: int) -> bool:
    """城步县民宗局 (a headline) and 城步苗族自治县民族宗教事务局 (its body), 县农技推广中心 and 禾丰县农业技术
    推广中心: one body, its short name once (the county's short name or 县, the name's characters in order,
    its first and last the full name's) and its full name once."""
    if (h.recipient[0] < body_start) == (k.recipient[0] < body_start):
        return False
    short, full = (r, kr) if h.recipient[0] < body_start else (kr, r)
    s_place, s_rest = _county_and_rest(short)
    f_place, f_rest = _county_and_rest(full)
    if not s_rest or not f_rest or len(s_rest) >= len(f_rest) or s_rest[0] != f_rest[0] or s_rest[-1] != f_rest[-1]:
        return False
    if s_place != "县" and (s_place is None or f_place is None or (
            gazetteer.lookup(s_place) or s_place) != (gazetteer.lookup(f_place) or f_place)):
        return False
    it = iter(f_rest)
    return all(ch in it for ch in s_rest)  # in order


def _county_and_rest(name: str) -> tuple[str | None, str]:
    """城步县|民宗局, 县|农技推广中心: the county's name (or 县 alone) a body's name opens with, and the rest."""
    if name.startswith("县"):
        return "县", name[1:]
    for start, place_name, place in gazetteer_places(name):
        if start == 0 and place is not None and place.level == "county":
            return place_name, name[len(place_name):]
        break
    m = _COUNTY_OPENING.match(name)  # (禾丰县…: a county the gazetteer lacks)
    return (m.group(), name[m.end():]) if m else (None, name)


_COUNTY_OPENING: Final = regex.compile(r"[\u4e00-\u9fff]{2,3}?县")


def _headline_rank(h: HonorFact, k: HonorFact, t: str, kt: str, body_start: int) -> bool:
    """宏大村入选省级乡村旅游重点村 (a headline), then 第五批陕西省乡村旅游重点村 (its body): one title, its
    rank told by a word (省级) once and by the area's name (陕西省) once, at one level."""
    if h.level != k.level or (h.recipient[0] < body_start) == (k.recipient[0] < body_start):
        return False  # the headline's and the body's, not two of the body's
    a, b = _RANKED_PREFIX.sub("", t, count=1), _RANKED_PREFIX.sub("", kt, count=1)
    return len(a) >= 4 and a == b and (a != t or b != kt)


# what may stand before a title's own words: a year, a batch, and its rank by word or by the area's name
_RANKED_PREFIX: Final = regex.compile(r"^(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批)?(?:[国省市县区]家?级|全[国省市县区]"
                                      r"|[\u4e00-\u9fff]{1,6}?[省市县区])?(?:第[一二三四五六七八九十\d]+批)?")


def _same_body(r: str, kr: str) -> bool:
    """我县红十字会 (a headline) and 泗洪县红十字会 (its body): one body, named by the reporting area's
    first person once and by the area's name once."""
    if r[:1] not in _FIRST_PERSON and kr[:1] not in _FIRST_PERSON:
        return False  # neither names the reporting area by its first person: most pairs
    own, named = (r, kr) if _FIRST_PERSON_AREA.match(r) else (kr, r)
    m = _FIRST_PERSON_AREA.match(own)
    if m is None or _FIRST_PERSON_AREA.match(named):
        return False
    rest = own[m.end():]
    if not rest:  # 我县 (a headline) and 梅岭县 (its body): the area itself, by a name of its rank
        return 2 <= len(named) <= _AREA_NAME and named.endswith(m.group(1)) and _HAN_ONLY.fullmatch(named) is not None
    cut = len(named) - len(rest)
    return len(rest) >= 2 and named.endswith(rest) and 2 <= cut <= _AREA_NAME and named[cut - 1] == m.group(1)


def _same_part(r: str, kr: str) -> bool:
    """抚松县税务局第一税务分局 (a headline) and 该局第一税务分局 (its body): one part of a body, named once
    after the body's name and once after 该 and the body's head."""
    if r[:1] != "该" and kr[:1] != "该":
        return False
    own, named = (r, kr) if r[:1] == "该" else (kr, r)
    m = _ANAPHOR_BODY.match(own)
    if m is None or named[:1] == "该":
        return False
    rest = own[m.end():]
    cut = len(named) - len(rest)
    return len(rest) >= 3 and named.endswith(rest) and cut > len(m.group(1)) and named[:cut].endswith(m.group(1))


_ANAPHOR_BODY: Final = regex.compile(r"该(公司|单位|中心|[局院校所站会部厅委])")
_FIRST_PERSON: Final = "我本"
_FIRST_PERSON_AREA: Final = regex.compile(r"[我本]([县市区旗镇乡])")
_HAN_ONLY: Final = regex.compile(r"[\u4e00-\u9fff]+")
_AREA_NAME: Final = 6  # the longest area name read before a body's (泗洪县, 乌鲁木齐市)


def _member_of_group(h: HonorFact, k: HonorFact, r: str, kr: str) -> bool:
    """授予A等8个集体“X”称号, then A on the list under X: a counted group and a member named in a
    place of its own are two recipients (one honour per recipient and title), not one read twice."""
    if (h.recipient[0] < k.recipient[1] and k.recipient[0] < h.recipient[1]) or r == kr:
        return False  # one stretch of text read by two rules
    group, member = (r, kr) if len(r) > len(kr) else (kr, r)
    return _COUNTED_TAIL.search(group) is not None and _COUNTED_TAIL.search(member) is None


class HonorFinder:
    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: d.AnyDoc) -> tuple[list[HonorFact], list[Rejected]]:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_honors"
        entities = d.entities(ext, stage)
        sentences, paragraphs = d.required(ext, "xf_sentences", stage), d.required(ext, "xf_paragraphs", stage)
        body_start = d.required(ext, "xf_body_start", stage)
        return find_honors(norm, sentences, entities, paragraphs, body_start)

    @staticmethod
    def set_annotations(doc: d.AnyDoc, found: tuple[list[HonorFact], list[Rejected]]) -> None:
        ext = doc._
        ext.xf_honors, ext.xf_honors_rejected = found
