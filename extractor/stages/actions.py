"""Stage: actions. The headings under which an article groups its report, and the stretch each governs.

ANNOTATION.md ("Actions") is the spec. A heading is one of:
- a line of its own (`actions.section_line`): numbered (一、 （二） 1、 第三, ▍) or a short unnumbered
  line followed by its body (prose, or one full sentence however short). It governs the paragraphs
  below it up to the next heading line of its own numbering style or of an outer one; styles nest in
  the order the article first uses them.
- a numbered paragraph (`actions.numbered_paragraph`): 一、 and a heading clause with the body in the
  same paragraph; it governs the paragraph.
- a heading in lenticular brackets: 【党建引领】 on its own line (`actions.bracketed_line`, governing like a
  heading line of its own style) or before its body (`actions.bracketed_paragraph`, governing the
  paragraph); with siblings only, a lone one being a column tag (【专题报道】).
- an opener (`actions.opener`): 一是, 其次, （1） at a sentence start (or after the colon that announces
  the list: 三个方面：一是…) and a heading clause; it governs
  up to the next opener or the end of its paragraph.
- a lead-in sentence (`actions.lead_in`): a paragraph's short first sentence without figures, ending
  in 。 or ：, followed by the body; it governs the paragraph.
- a programme paragraph, governing the paragraph: one that opens by launching a programme
  (`actions.launches_programme`: 实施“X”行动,…), that frames itself with one
  (`actions.programme_frame`: 在“X”行动中,…), or that says one was rolled out
  (`actions.programme_rolled_out`: “X”项目全面铺开).

A paragraph is a line of the text, or a stretch of one after 。 and a space: pages that flatten their
paragraph breaks leave a space there, which Chinese prose never does.

A heading is named by the quoted brand it launches or works on, else by the named programme it
launches (without the launching verb), else by its own text without numbering and final 。/：.

What has the place of a heading but names no line of work is a non-action: an indicator, result or
report-part heading (主要指标完成情况; a time and a generic part: 2025年工作安排), a shortcoming, a
report sentence (an opener or a launch followed by figures), a scene, an attribution, a transition, a
quote, the article's lead, a headline, a caption, a line naming only a recipient. The filter tables
below say which; the first that holds names the rule (`actions.not_*`) of a scope that governs
nothing. A non-action still ends the stretch of the heading before it of its own kind (a section line
of its numbering style and those nested in it, the opener before it); an enclosing heading goes on
governing. A heading whose first clause does the work names a line of work whatever result a later
clause states (坚持和发展“枫桥经验”，矛盾纠纷化解更加有力).
A programme merely mentioned mid-paragraph is nothing at all.
"""
from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final, Generic, TypeVar

from .. import lexicon
from ..text import regex, scan, segment
from . import doc as d
from . import recipients, titles
from .entities import surnames
from .doc import ActionScope, EntityMention, NumberMention
from .filters import Filter, check_table, first_rejecting

# ANNOTATION.md's "about 20 characters": the longest heading clause (a lead-in sentence, an opener's
# clause before its first 。, a short unnumbered line), counted without quote marks, spaces and pinyin
# glosses. Longer, it reads as a report sentence. "About": a clause that spells out a brand
# (以“提升全民科学素质,助力科技自主自强”为主题) runs a little over 20.
HEADING_CLAUSE_MAX = 22
# A numbered line may spell out its line of work at more length (一、城乡低保工作开展情况) and still
# be a heading; a longer line without 。 is a paragraph, its first clause read as an opener's.
SECTION_LINE_MAX = 40
# Headings group a report: a lead-in sentence or an opener stands for its stretch only where the
# article has at least this many headings of its depth. One lone short first sentence is a scene or a
# lead (冬至阳生,岁回律转。), one lone 最后 a step of a story.
SIBLINGS_MIN = 2
# An unnumbered line is a heading only when body prose follows: a paragraph with at least this many
# Chinese characters and a comma or full stop.
BODY_PROSE_MIN = 20
# A paragraph that is one full sentence (举办培训班6期。) is a heading's body too, however short, when it
# has at least this many Chinese characters.
BODY_SENTENCE_MIN = 4
# The longest source cited before a programme that was rolled out (报告还称,“X”项目全面铺开).
ATTRIBUTION_MAX = 8
# A programme's name between the launching verb and its suffix (乡村工匠培育|工程).
PROGRAMME_NAME_MAX = 18

DEPTH_SECTION, DEPTH_PARAGRAPH, DEPTH_OPENER = 0, 1, 2

_CN = "一二三四五六七八九十"
_CJK = "\u4e00-\u9fff"
_EMOJI = scan.PICTOGRAPHS + "\uFE0F"  # a WeChat post's pictographs (🚒 ✅ ⏱) after a heading, and their variation mark
_SENTENCE_STOP = regex.compile("[。;；!！?？：:]")  # what `_patterns().opener` may follow (a colon announces a list)
_SENTENCE_STOPS = "。;；!！?？：:"  # the same, for plain searches
_CLAUSE_STOPS = frozenset("。;；!！?？:：")  # what ends a heading clause (outside quotes and brackets)
_COMMAS = _CLAUSE_STOPS | frozenset(",，")  # what ends a comma-clause
_ENDS_AS_HEADING = ("", "。", ":", "：")  # the stops a numbered heading line may end with
_EXCLAIMS = ("!", "！", "?", "？")
_COLONS = (":", "：")  # 走访慰问送温暖：on its own line, the body below it
_COLON_SIBLINGS = 3  # lines closed by a colon that group a report (two are as often a pair of labels or speakers)
# 食品安全守底线：, 走访慰问送温暖：: a line of work closed by a colon, no list, note or aside in it, not a class
# of a list (科幻画类：) nor what a speaker or a notice says next (…决定：, 回复内容：, 捐款方式：)
_COLON_HEADING: Final = regex.compile(r"\s*(?!.*[，,、（(）)])(?P<label>[^\n]{3,}?)(?<![类说定下容式单位])[:：]\s*")
_SLOGAN_LABEL: Final = 3  # 稳就业：, 强技能：: a label this short is a slogan's, a verb and its object (`_colon_heading`)
# a line of a section's label, a colon and its subtitle, no clause stop in either (01　家庭医生签约：把健康服务送上门)
# (🩺 01｜家庭医生：“健康守门人”上门来: a post's pictograph before the number)
_SUBTITLED_HEADING: Final = regex.compile(
    rf"[ \t\u3000]*(?:[{_EMOJI}]+[ \t\u3000]*(?=0))?(?P<number>0?\d{{1,2}}[ \t\u3000|｜丨]+|[一二三四五六七八九十]{{1,3}}、)?"
    r"(?P<label>[^，,。；;：:！!？?【\n]{2,14})[:：][^，,。；;：:！!？?\n]{4,24}")
_QUOTED_SUBTITLE: Final = regex.compile(r"\s*[“\"‘][^\n]*[”\"’]\s*")  # a remark quoted whole: a speaker's line
# 约12万亩次, 4200亩, 增长7.2%, 提升至41.3%: what follows the colon is a figure and its unit, or a change to one (not
# a year, 2024年…), alone or before a comma, a 、 or a bracket: the label's value (not 5项举措护航企业用工, a subtitle)
_VALUE_LEAD: Final = lexicon.alternation(lexicon.by_kind("actions.lexicon", "value_lead"))  # (约, 增长, 提升至: the lexicon's)
_VALUE_SUBTITLE: Final = regex.compile(rf"\s*(?:{_VALUE_LEAD})?"
                                       r"[0-9０-９](?![0-9０-９]{3}年)[0-9０-９.．]*[万亿]?[余多]?[\u4e00-\u9fff%％]{0,4}"
                                       r"(?:\s*$|[，,、（(；;])")
_BLANK_INSIDE: Final = regex.compile(r"\S[ \t\u3000]+\S")
_SUBTITLED_SIBLINGS: Final = 2
# a label that names who speaks by their kin (王大妈, 李大爷): a speaker's line, no section's (not 关爱老人, a line of work)
_SPEAKER_ROLE: Final = regex.compile(r"(?:大妈|大爷|大娘|大姐|大哥|阿姨|奶奶|爷爷|师傅)\s*$")


def _names_a_speaker(c: _Candidate) -> bool:
    """何春梅, 县人社局局长王立新, 问: a label that is a person the entities stage read, a short name jieba tags whole, a
    post and a name, or a speaker's label (not a longer label whose last word jieba tags a name: 文化惠民, 法律援助)."""
    text = c.text.rstrip()
    end = c.start + len(text)
    if any(e.label == "PERSON" and e.end == end for e in c.entities.overlapping(max(c.start, end - 4), end)):
        return True
    body = text.strip()
    if _surname_shaped(body):
        words = _tagged(body)
        if len(words) == 1 and words[0][1] in ("nr", "nrfg"):
            return True  # 何春梅: a name alone, one word jieba tags so (a label of work is longer: 文化惠民)
    return _speaker_label(c) or any(len(body) - size >= 2 and body[-size] in surnames() and body[:-size].endswith(_posts())
                                    for size in (2, 3))
_PADDED_NUMBER: Final = regex.compile(r"[ \t\u3000]*0\d[ \t\u3000|｜丨]+")
_AFTER_OPENER = frozenset(",，、:： \t")  # 首先，完善…: the comma is not the heading's
# numbering at the start of a line or paragraph, by style
_NUMBERING = (
    ("marker", regex.compile(r"[▍■◆]\s*(?:0[1-9][ \u3000]+)?")),  # (▍01 擦亮…品牌: a marker, then the section's number)
    # ▶城镇新增就业8632人。 under ▍稳就业: an arrow marks its own style of lines, nested in a block marker's section
    # where both are used, so that an item's non-action ends no ▍ section
    ("arrow", regex.compile(r"[▶►]\s*(?:0[1-9][ \u3000]+)?")),
    ("cn_comma", regex.compile(rf"[{_CN}]+[、.．]\s*")),
    ("cn_bracket", regex.compile(rf"[（(][{_CN}]+[)）]\s*")),
    # 【一】坚决打好蓝天保卫战: a numeral in lenticular brackets numbers the line (not 【党建引领】, a label)
    ("cn_lenticular", regex.compile(rf"【[{_CN}]+】\s*")),
    ("arabic_comma", regex.compile(r"\d{1,2}[、．.](?!\d)\s*")),
    ("arabic_bracket", regex.compile(r"[（(]\d{1,2}[)）]\s*")),
    ("circled", regex.compile(r"[①-⑳]\s*")),
    # 01 筑牢科普阵地, 01｜送法进集市: a post's section number, zero-padded, a blank or a bar, then the heading
    # alone on its line (01 胡志强 消防救援大队, a table's row, holds blanks after it)
    # (03　“健康红寺堡”行动: the heading may open on its brand's quote mark)
    # (01 党建引领 凝心聚力, 01 抓项目 促发展: two phrases of four or three characters a blank apart, a slogan's halves;
    # 01 灭火救援 🚒: an emoji after it)
    ("padded", regex.compile(rf"0[1-9](?: +| *[｜|丨] *)(?=(?:“?[{_CJK}][^\s｜|丨]*|[{_CJK}]{{4}}[ \u3000][{_CJK}]{{4}}"
                             rf"|[{_CJK}]{{3}}[ \u3000][{_CJK}]{{3}})"
                             rf"(?:[ \u3000]*[{_EMOJI}]+)*$)")),
    ("ordinal", regex.compile(rf"第[{_CN}]+(?:部分|章|节)?[、,，:：]\s*|第[{_CN}]+(?:部分|章|节)\s*")),
)
# 【党建引领】 opening a line: a heading in lenticular brackets, alone on its line or before its body (not
# 【编辑:…】, a label and its value, nor 【打印】【关闭】, page buttons)
_BRACKETED = regex.compile(rf"【([^】\n:：。]{{1,{HEADING_CLAUSE_MAX}}})】(?!\s*【)")
_SPEAKS = regex.compile(r"(?:说|谈|讲|解读|点评|感言|心声|寄语|声音)$")  # 群众说, 专家解读: who speaks, a voice


def _names_person(label: str) -> bool:
    """王秀英, 张桂兰: a name's shape that jieba also reads as a name."""
    return _surname_shaped(label) and all(t.startswith("nr") for _, t in _tagged(label))


def _surname_shaped(text: str) -> bool:
    """Two or three characters that open with a surname: a name's shape (jieba's tags may still say otherwise)."""
    return 2 <= len(text) <= 3 and text[0] in surnames()


_BODY_OR_PLACE_END = regex.compile(r"(?:局|委|办|会|院|所|站|队|社|馆|中心|镇|乡|村|街道|社区|县|区|市|州|省|旗)$")
# 【科普惠民：让科学走进千家万户】: a topic, a colon and a slogan of four characters or more, in brackets
_BRACKETED_TOPIC = regex.compile(r"【(([“\u4e00-\u9fff”]{2,8})[:：]([\u4e00-\u9fff“”，,]{4,20}))】")
_BULLET = regex.compile(r"[●•·・◦○▪-]")  # a list item: body, never a heading
# ✅ 为48户老人家庭完成适老化改造: a post's item a pictograph opens, with its figure, beside another item the same
# pictograph opens, is body too (a pictograph may mark a heading: 💪 同心战疫 巾帼担当, 📌 办好10件民生实事, body between)
# 🛣️ 路网提档升级 over ▶ 23.6公里: a pictograph's heading over its list of figures (a WeChat post's 数说)
_PICTOGRAPH_HEAD: Final = regex.compile(rf"[{_EMOJI}]+[ \u3000]*[\u4e00-\u9fff“]")
_FIGURE_ITEM: Final = regex.compile(r"[ \t\u3000]*[▶►●•][ \t\u3000]*[约近超逾]?[0-9０-９]")
# (🩺 康复服务更精准 over 📌 5236名: a pictograph may mark a figure called out as a bullet does, the figure alone after it;
# not 🏆 3名志愿者获评X, 📌 2025年完成…)
_PICTOGRAPH_FIGURE: Final = regex.compile(rf"[ \t\u3000]*[{_EMOJI}]")
_PICTOGRAPH_HEAD_MAX: Final = 16
_HEADING_MIN: Final = 2  # (2.1万余 / 人: a figure's unit set on a line of its own, no heading)
_NO_PICTOGRAPH_HEAD: Final = regex.compile(r"[0-9０-９，,。；;：:！!？?、]")  # (✅ 为48户老人完成改造: a post's item, no heading)
_LEADING_PICTOGRAPHS: Final = regex.compile(rf"[ \t\u3000]*(?:[{_EMOJI}]+[ \t\u3000]*)?")
# 526场, 1.35亿元, 3000余个: a figure called out on a line of its own before the sentence that tells it (a 数说 page's),
# no heading: it closes no section
_FIGURE_LINE: Final = regex.compile(r"[ \t\u3000]*[约近超逾]?[0-9０-９][0-9０-９.．,，]*(?:[万亿]?[余多]?)(?P<unit>[\u4e00-\u9fff%％]{0,4})[ \t\u3000]*")


def _figure_line(line: str) -> bool:
    """526场, 4.2万人次, 1.35亿元: a figure and its unit alone on a line, a bullet or a pictograph before it or not
    (👉 31.2万亩; not 2025年计划, 12345热线, 10件实事: a heading); or two or three such figures a blank or a plus apart
    (6218户　10893人, 13名+296名)."""
    lead = _LEADING_MARK.match(line)
    return _figures_alone(line[lead.end():] if lead is not None else line)


def _bare_figure_line(line: str) -> bool:
    """26个, 1.35亿元: a figure and its unit alone on a line, nothing before it (or a few, 27支　460余人)."""
    return _figures_alone(line)


def _figures_alone(text: str) -> bool:
    parts = _FIGURES_APART.split(text.strip())
    return 0 < len(parts) <= _FIGURES_MAX and all(
        (m := _FIGURE_LINE.fullmatch(part)) is not None and m.group("unit") in _count_units() for part in parts)


_FIGURES_APART: Final = regex.compile(r"[ \t\u3000]+|[ \t\u3000]*[+＋][ \t\u3000]*")
_FIGURES_MAX: Final = 3


def _marked_figure_line(norm: str, start: int, end: int) -> bool:
    """📌 26个, ▶ 218人: a figure called out after a bullet or a pictograph."""
    lead = _LEADING_MARK.match(norm, start, end)
    return lead is not None and lead.end() > start and _figure_line(norm[start:end])


def _captions_figure(norm: str, paragraphs: Sequence[tuple[int, int]], k: int) -> bool:
    """📌 5236名 / 持证残疾人获得基本康复服务: the line right under a figure called out (a bullet or a pictograph before
    it or not) is the figure's caption, no heading."""
    if k == 0:
        return False
    a, b = paragraphs[k - 1]
    if not _figure_line(norm[a:b]):
        return False
    if _PICTOGRAPH_HEAD.match(norm, *paragraphs[k]) and not _marked_figure_line(norm, a, b):
        return False  # (19处 / 📣 宣传教育: a post's next heading, a pictograph before it; 📌 26个 / 🏠 改造老旧小区: a caption)
    # (…粮食总产量11.6万吨。 / 11.6万吨 / 稳定生猪产能: a figure called out after the sentence that told it, and the next
    # section's heading)
    lead = _LEADING_MARK.match(norm, a, b)
    figure = norm[lead.end() if lead is not None else a:b].strip()
    return not (k >= 2 and scan.tells_whole(norm, *paragraphs[k - 2], figure))


_LEADING_MARK: Final = regex.compile(rf"[ \t\u3000]*(?:[▶►●•]|[{_EMOJI}]\ufe0f?)")


@lru_cache(maxsize=1)
def _count_units() -> frozenset[str]:
    """The units of work counted, money and shares (numbers.units: count, money, percent, measure)."""
    return frozenset(row["unit"] for row in lexicon.rows("numbers.units") if row["kind"] in ("count", "money", "percent", "measure"))
_TRAILING_PICTOGRAPHS: Final = regex.compile(rf"[ \u3000{_EMOJI}]*$")
_PICTOGRAPH_ITEM: Final = regex.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF][^\n]*?[0-9０-９]")


def _pictograph_name_line(norm: str, a: int, b: int) -> bool:
    """🧹 家庭保洁: a line a pictograph opens that names a thing, no figure in it: an item of a list of names beside a
    heading's line makes it an item too; 💰村集体经济收入38.6万元 (an item of work done, with its figure) does not."""
    return _PICTOGRAPH_HEAD.match(norm, a, b) is not None and _PICTOGRAPH_ITEM.match(norm, a, b) is None
_BRACKETS = tuple("[【(（")  # a line or sentence opening with one is an aside: a credit, a caption, a note
# 【产业振兴】做强特色富民产业: a section's label in brackets, then its heading (not an aside: no colon, a
# heading's words after it)
_SUBTITLE_MIN: Final = 3  # (【作者】：张伟, 【通讯员】：欧阳晓东: a credit's name is no subtitle)
_NAME_MAX: Final = 4
_NAME_LEN: Final = 3  # (孙桂英: a name of three characters jieba tags so; 文明 nr of 文明实践 is no name)
_SUBTITLE_COLON = regex.compile(r"[ \t\u3000]*[:：][ \t\u3000]*(?=\S)")  # 【良种繁育】|：|实施…: the label's colon
_SECTION_LABEL = regex.compile(r"【[\u4e00-\u9fff]{2,6}】[:：]?\s*[\u4e00-\u9fff“]")  # (【良种繁育】：实施…: a colon after it)
# …unless a page's furniture tags it (【推荐】…：扫码领取…, 【广告】) or a colon says it labels a field
_NOT_SECTION_LABEL = regex.compile(r"^【(?:推荐|广告|相关|热点|专题|编辑|责编|来源|原标题|转载|提示|注意|声明|小贴士|贴士|记者手记|作者|通讯员|记者|摄影|审核|校对|"
                                   r"手记|短评|评论|编者按|喜报|快讯|图片新闻|图片|视频|链接|背景|观察|资料)|^【[^】]*[:：]")
_FRAMEWORK = regex.compile(rf"[{_CN}两]+[大个项类条进级]|\d")  # “六大行动”, “四个抓手”: a scheme, not a brand
_GLOSS = regex.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]")  # 服務(wù): a pinyin gloss
_QUOTED = regex.compile(r"“([^”\n]{1,30})”")
_SPOKEN = regex.compile(r"“[^”\n]*[。!！?？][^”\n]*”")  # a quoted sentence, not a quoted name
_DIGIT = regex.compile(r"[0-9０-９]")
_CJK_CHAR = regex.compile(f"[{_CJK}]")
_PROSE_MARK = regex.compile("[。,，]")
_AT_LEAST_PROSE_MIN = regex.compile(f"(?:[^{_CJK}]*[{_CJK}]){{{BODY_PROSE_MIN}}}")
_AT_LEAST_SENTENCE_MIN = regex.compile(f"(?:[^{_CJK}]*[{_CJK}]){{{BODY_SENTENCE_MIN}}}")
_NOT_SPACE = regex.compile(r"\S")
# where the working copy blanked emphasis inside a line (。<strong>一是…, 。**一是…): no break (an entity, &nbsp;, is one)
_INLINE_EMPHASIS: Final = ("<strong", "</strong", "<b>", "</b>", "<b ", "<em", "</em", "**")
_FLATTENED_BREAK = regex.compile(r"(?<=。)[^\S\n]+(?=\S)")  # 。 takes no space after it (an ASCII ; or ! may)
_STOP_SPACE = regex.compile(r"。[^\S\n]")  # where a `_FLATTENED_BREAK` may be
_PART_SEPARATOR = regex.compile("[,，、 \u3000]")
_NAMED = ("ORG", "PERSON", "GPE")

_KINDS = ("suffix", "quoted_suffix", "verb", "launched", "frame_open", "frame_close", "cites", "report_part",
          "part_label", "part_topic", "part_noun", "result", "change", "degree", "comparative", "opener", "sequence_opener", "attribution", "transition", "lead",
          "scene", "quote", "subject", "copula", "caption", "causes", "problem", "speaker", "won")


# the kinds whose words the filters search a candidate's text for (report_part, result, problem,
# attribution, transition, lead, quote, scene, statement, caption): each of those patterns is an
# alternation of the words of some of these kinds, alone or anchored; none matches a text that
# holds none of the words (`_Candidate.flagged`)
_FLAGGED_KINDS = ("report_part", "comparative", "result", "degree", "problem", "attribution", "transition", "lead",
                  "quote", "scene", "subject", "copula", "caption", "won")


class _Patterns:
    """The stage's regexes, built once from the lexicon (`_patterns()`). Attributes, not a dict: compiled,
    an attribute is read at once, a dict entry by hashing its name."""

    def __init__(self) -> None:
        w = {kind: lexicon.alternation(lexicon.by_kind("actions.lexicon", kind)) for kind in _KINDS}
        # after a lazy run the word list is tried at each of its characters: a first-character guard
        # (`regex.starts`) fails most of them at once
        suffix = f"{regex.starts(lexicon.by_kind('actions.lexicon', 'suffix'))}(?:{w['suffix']})"
        any_suffix = regex.starts(lexicon.by_kind("actions.lexicon", "suffix") + lexicon.by_kind("actions.lexicon", "quoted_suffix"))
        cites = f"{regex.starts(lexicon.by_kind('actions.lexicon', 'cites'))}(?:{w['cites']})"
        # an opener stands at a sentence start or after a colon (`scan.matches_at` tries only those places)
        # (after a colon, a word opener only: 三个方面：一是…; 报名材料：（1）身份证… lists things, no work)
        self.opener: re.Pattern = regex.compile(rf"(?:^|(?<=[。;；!！?？]))\s*(?:{w['opener']}|{w['sequence_opener']}|第[{_CN}]+[,，、是]"
                                    rf"|[（(](?:\d{{1,2}}|[{_CN}]+)[)）]|[①-⑳])|(?<=[：:])\s*(?:{w['opener']})")
        self.sequence_opener: re.Pattern = regex.compile(f"(?:{w['sequence_opener']})")
        # 答：首先，…: after a speaker's label, as at a paragraph's start (matched where the label ends)
        self.sequence_after_speaker: re.Pattern = regex.compile(rf"\s*(?:{w['sequence_opener']})")
        # 在…方面，一是…: after the clause naming a paragraph's field (`_TOPIC_FRAME`), where it ends
        self.opener_after_frame: re.Pattern = regex.compile(rf"\s*(?:{w['opener']}|{w['sequence_opener']})")
        self.verb: re.Pattern = regex.compile(f"(?:{w['verb']})")
        # 实施“红心向党”巾帼行动: the brand, then what completes the programme's name
        self.quoted_programme: re.Pattern = regex.compile(rf"“([^”\n]{{1,30}})”([{_CJK}]{{0,12}}?{any_suffix}(?:{w['suffix']}|{w['quoted_suffix']}))?")
        # 妇女手工编织产业项目(支撑妇女创业): a programme named without quote marks
        self.plain_programme: re.Pattern = regex.compile(rf"[{_CJK}]{{2,{PROGRAMME_NAME_MAX}}}?{suffix}")
        # (实施)乡村工匠培育工程,: after a verb the programme ends its clause
        self.plain_programme_ending: re.Pattern = regex.compile(rf"[{_CJK}]{{2,{PROGRAMME_NAME_MAX}}}?{suffix}(?=[,，。;；:：\s]|$)")
        self.suffix_end: re.Pattern = regex.compile(f"(?:{w['suffix']})$")
        self.launched: re.Pattern = regex.compile(f"(?:{w['launched']})")
        self.frame_open: re.Pattern = regex.compile(f"(?:{w['frame_open']})(?=“)")
        self.frame_close: re.Pattern = regex.compile(f"(?:{w['frame_close']})[,，]")
        self.cited: re.Pattern = regex.compile(rf"[^,，。“]{{0,{ATTRIBUTION_MAX}}}?{cites}[,，:：]")
        self.report_part: re.Pattern = regex.compile(w["report_part"])
        self.part_label: frozenset[str] = frozenset(lexicon.by_kind("actions.lexicon", "part_label"))
        self.contents: frozenset[str] = frozenset(lexicon.by_kind("actions.lexicon", "contents"))
        self.shortcomings: re.Pattern = regex.compile(lexicon.alternation(lexicon.by_kind("actions.lexicon", "shortcomings")))
        # 二、2025年主要任务, 四、重点工作任务: what the report sets out to do, as a whole (the claims stage's
        # words for its plan part's tasks)
        tasks = lexicon.alternation(lexicon.by_kind("claims.modality", "task_heading"))
        self.task_part: re.Pattern = regex.compile(rf"(?:(?:\d{{4}}年度?|下半年|全年|今年|明年)(?:上半年|下半年|全年)?)?(?:{tasks})[。:：]?")
        part = f"(?:{w['part_topic']})?(?:{w['part_noun']})"
        self.notice_part: re.Pattern = regex.compile(rf"{part}(?:[及和与、]?{part})*")
        self.result_end: re.Pattern = regex.compile(f"(?:{w['result']})$")
        self.change_end: re.Pattern = regex.compile(f"(?:{w['change']})$")
        self.degree_change_end: re.Pattern = regex.compile(f"(?:{w['degree']})(?:{w['change']})$")
        self.comparative: re.Pattern = regex.compile(w["comparative"])
        self.causes: re.Pattern = regex.compile(w["causes"])
        self.problem: re.Pattern = regex.compile(w["problem"])
        self.attribution: re.Pattern = regex.compile(f"(?:{w['attribution']})")
        self.transition: re.Pattern = regex.compile(f"(?:{w['transition']})")
        self.lead: re.Pattern = regex.compile(f"(?:{w['lead']})")
        self.scene: re.Pattern = regex.compile(w["scene"])
        self.quote: re.Pattern = regex.compile(w["quote"])
        self.subject: re.Pattern = regex.compile(f"(?:{w['subject']})")
        self.copula: re.Pattern = regex.compile(w["copula"])
        self.caption: re.Pattern = regex.compile(w["caption"])
        self.won: re.Pattern = regex.compile(w["won"])
        self.speakers: frozenset[str] = frozenset(lexicon.by_kind("actions.lexicon", "speaker"))
        # 主持人　葛文涛, 发布人　邵　敏, 岱州日报记者: a line in brackets that names who speaks next
        media = lexicon.alternation(lexicon.by_kind("actions.lexicon", "media"))
        self.speaker_tag: re.Pattern = regex.compile(
            rf"\s*(?:(?:{w['speaker']})(?:[ \u3000]+[{_CJK} \u3000]{{1,12}})?|[^\s]{{0,12}}(?:{media})记者)\s*")
        self.courtesy: re.Pattern = regex.compile(rf"\s*(?:{lexicon.alternation(lexicon.by_kind('actions.lexicon', 'courtesy'))})")
        self.speaker_line: re.Pattern = regex.compile(rf"(?:^|\n)[ \t\u3000]*(?:{w['speaker']})(?:[(（][^()（）\n]{{1,30}}[)）])?[:：]")
        # every word the filters' word patterns look for (`_Candidate.flagged`)
        self.flagged: re.Pattern = regex.compile(lexicon.alternation(
            [word for kind in _FLAGGED_KINDS for word in lexicon.by_kind("actions.lexicon", kind)]))

    def __getitem__(self, name: str) -> re.Pattern:
        """A regex by its name (tests and tools read them so)."""
        return getattr(self, name)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


@lru_cache(maxsize=1)
def _opener_firsts() -> frozenset[str]:
    """The characters `_patterns().opener` may start its opener on (after the spaces its `\\s*` takes):
    a sentence that starts on none of them is no opener, and is not tried."""
    words = lexicon.by_kind("actions.lexicon", "opener") + lexicon.by_kind("actions.lexicon", "sequence_opener")
    circled = (chr(c) for c in range(ord("①"), ord("⑳") + 1))
    return frozenset(w[0] for w in words if w) | frozenset("第（(") | frozenset(circled)


def _may_open(line: str, i: int) -> bool:
    """Whether `_patterns().opener` may match `line` at `i` (by its first character)."""
    return i < len(line) and (line[i] in _opener_firsts() or line[i].isspace())


@lru_cache(maxsize=1)
def _work_verbs() -> frozenset[str]:
    """The verbs opening a line of work that jieba tags a noun or an adjective (聚力, 落实)."""
    return frozenset(lexicon.by_kind("actions.lexicon", "work_verb"))


@lru_cache(maxsize=1)
def _verb_firsts() -> frozenset[str]:
    """The characters a launching verb starts on: most clauses start on none, and are not tried."""
    return frozenset(w[0] for w in lexicon.by_kind("actions.lexicon", "verb") if w)


# ---------------------------------------------------------------------------------------------------
# the article's numbers and entities, by position

_T = TypeVar("_T")


class _ByPosition(Generic[_T]):
    """Spans (numbers, entities) found by where they lie. Every candidate heading asks for those in
    its clause: a scan of the whole article's list for each grew with the square of the text. The
    index is built on the first question: a quarter of the articles never ask one (no candidate
    reaches a filter that reads figures or names)."""

    def __init__(self, items: Sequence[_T], bounds: Callable[[Sequence[_T]], tuple[list[int], list[int]]]):
        self._given = items
        self._bounds = bounds  # the items' starts and ends, in the order given
        self._built = False
        self._items: list[_T] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._reach = 0

    def _build(self) -> None:
        items = self._given
        starts, ends = self._bounds(items)
        if _ascending(starts):  # as the stages hand them over: kept, not reordered
            self._items, self._starts, self._ends = list(items), starts, ends
        else:
            order = sorted(range(len(items)), key=starts.__getitem__)
            self._items = [items[i] for i in order]
            self._starts = [starts[i] for i in order]
            self._ends = [ends[i] for i in order]
        # the longest span: one that ends past `lo` starts at most this far before it
        self._reach = _longest(starts, ends)
        self._built = True

    def overlapping(self, lo: int, hi: int) -> list[_T]:
        """The spans that share a character with [lo, hi), in text order."""
        if not self._built:
            self._build()
        i = bisect.bisect_left(self._starts, lo - self._reach)
        j = bisect.bisect_left(self._starts, hi)
        return [self._items[k] for k in range(i, j) if self._ends[k] > lo]

    def starting(self, lo: int, hi: int) -> list[_T]:
        """The spans that start in [lo, hi), in text order."""
        if not self._built:
            self._build()
        return self._items[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]


def _ascending(values: list[int]) -> bool:
    """`values == sorted(values)`, without sorting a copy: compiled, a loop of native comparisons."""
    for k in range(1, len(values)):
        if values[k] < values[k - 1]:
            return False
    return True


def _longest(starts: list[int], ends: list[int]) -> int:
    """`max(map(operator.sub, ends, starts), default=0)`: compiled, a loop of native integers, where
    `map` calls `operator.sub` through Python for every span."""
    if not starts:
        return 0
    longest = ends[0] - starts[0]
    for k in range(1, len(starts)):
        if ends[k] - starts[k] > longest:
            longest = ends[k] - starts[k]
    return longest


def _number_bounds(numbers: Sequence[NumberMention]) -> tuple[list[int], list[int]]:
    return [n.start for n in numbers], [_later(_later(n.end, n.unit_end), n.num_end) for n in numbers]


def _later(a: int, b: int) -> int:
    """`max(a, b)`: the builtin takes its arguments as a tuple and goes through them, several times
    the cost of a comparison, and the index of an article's numbers asks it of every number."""
    return a if a >= b else b


def _earlier(a: int, b: int) -> int:
    """`min(a, b)` (see `_later`)."""
    return a if a <= b else b


def _entity_bounds(entities: Sequence[EntityMention]) -> tuple[list[int], list[int]]:
    return [e.start for e in entities], [e.end for e in entities]


def _numbers_by_position(numbers: Sequence[NumberMention]) -> _ByPosition[NumberMention]:
    return _ByPosition(numbers, _number_bounds)


def _entities_by_position(entities: Sequence[EntityMention]) -> _ByPosition[EntityMention]:
    return _ByPosition(entities, _entity_bounds)


# ---------------------------------------------------------------------------------------------------
# a candidate heading and what it holds


class _Candidate:
    """The text in the place of a heading: a clause (up to `end`, before its stop) or a line. A plain
    class, not a NamedTuple: compiled, it is made and read without Python code (a NamedTuple's
    constructor is Python, and a dozen candidates are made per article)."""

    def __init__(self, norm: str, start: int, end: int, stop: str, body_start: int,
                 entities: _ByPosition[EntityMention], numbers: _ByPosition[NumberMention]) -> None:
        self.norm = norm
        self.start = start
        self.end = end
        self.stop = stop  # what ends it: 。 ： …, "" at the end of its paragraph
        self.body_start = body_start
        self.entities = entities
        self.numbers = numbers
        self.text = norm[start:end]  # cut once: most filters of a table read it
        self._flagged = -1  # `flagged()`, once asked: 1 or 0

    def flagged(self) -> bool:
        """Whether a word of `_FLAGGED_KINDS` stands in the text. A table's filters search the text for
        such words with ten patterns; three candidates in four hold none (corpus), and one search
        of them all, made once, answers each of the ten for them (tests/test_actions_flagged.py)."""
        if self._flagged < 0:
            self._flagged = 1 if _patterns().flagged.search(self.text) else 0
        return self._flagged == 1


def _new_candidate(norm: str, start: int, end: int, stop: str, body_start: int,
                   entities: _ByPosition[EntityMention], numbers: _ByPosition[NumberMention]) -> _Candidate:
    return _Candidate(norm, start, end, stop, body_start, entities, numbers)


def _clause_end(norm: str, start: int, p_end: int, stops: frozenset[str] = _CLAUSE_STOPS) -> tuple[int, str]:
    """Where the clause from `start` ends (its first stop outside quotes and brackets), and the stop."""
    end = scan.clause_end(norm, start, p_end, stops)
    return end, norm[end] if end < p_end else ""


# what `scan.clause_end` looks for with `_CLAUSE_STOPS`: a stop, or a bracket or quote it must pass over
_CLAUSE_MARK = regex.compile("[" + re.escape("".join(sorted(_CLAUSE_STOPS | frozenset(scan.OPEN + scan.CLOSE)))) + "]")


def _clause_end_from(norm: str, start: int, end: int) -> int:
    """`scan.clause_end(norm, start, end, _CLAUSE_STOPS)`. Most clauses hold no bracket or quote before
    their stop: where the first mark is a stop it is the end, found by one search (the scan walks an
    iterator of marks to keep count of brackets); else the scan."""
    m = _CLAUSE_MARK.search(norm, start, end)
    if m is None:
        return end
    if m.group() in _CLAUSE_STOPS:
        return m.start()
    return scan.clause_end(norm, start, end, _CLAUSE_STOPS)


def _size(text: str) -> int:
    """Characters a reader counts: quote marks, glosses and spaces are nothing."""
    if "(" in text or "（" in text:  # a gloss opens on a bracket: most clauses hold none
        text = _GLOSS.sub("", text)
    # the characters outside spaces, counted by `str.split` (its spaces are a pattern's \s: both are
    # `str.isspace`), which reads a long line several times faster than a pattern is tried on it
    return sum(map(len, text.split())) - text.count("“") - text.count("”")


def _longer_than_heading(text: str) -> bool:
    """`_size(text) > HEADING_CLAUSE_MAX`; a text no longer than that in all is not (`_size` only drops
    characters), and most clauses tested are that short or far longer."""
    return len(text) > HEADING_CLAUSE_MAX and _size(text) > HEADING_CLAUSE_MAX


def _figures(c: _Candidate, *, digits: bool) -> bool:
    """A count or an amount (with `digits`, any digit: a date too) outside quote marks; a brand like
    “5·8人道公益日” is a name, not a report."""
    quoted = [m.span() for m in _QUOTED.finditer(c.norm, c.start, c.end)] if "“" in c.text else []
    if digits and _DIGIT.search(_QUOTED.sub("“”", c.text) if quoted else c.text):
        return True
    return any(n.countable and c.start <= n.num_start < c.end and not any(a <= n.num_start < b for a, b in quoted)
               and not (n.num_end - n.num_start == 1 and (_one_after_verb(c, n.num_start) or _term_numeral(c, n)
                                                           or _scheme_numeral(c, n) or _none_left_out(c, n)))
               for n in c.numbers.overlapping(c.start, c.end))


def _work_and_goal(c: _Candidate) -> bool:
    """一、新建改造42处供水工程，筑牢农村供水基础 / （一）攻坚23个重点项目，发展后劲持续增强: a section's line of work with
    its figure, a comma, then its goal or result with none: a heading's two halves, no item of a list of figures."""
    text = c.text.replace("，", ",")  # (the working copy folds the full-width comma)
    comma = text.find(",")
    if comma < _HALF_MIN or len(text) - comma - 1 < _HALF_MIN or text.find(",", comma + 1) >= 0:
        return False
    tags = _tagged(text[:comma])
    if not tags or not (tags[0][1].startswith("v") or tags[0][0] in _work_verbs()):
        # (落实|惠农资金4.28亿元: a work verb jieba tags an adjective, not 清洁|取暖改造完成1260户; 每位作者限报1件（组）
        # 作品，…, 原则上楼栋数不少于2栋，…: a rule of a notice, no work done)
        return False
    # the section's body below it (not 8. 建成公共充电桩146个，… over the next item or heading: a list of figures)
    norm = c.norm
    line_end = norm.find("\n", c.end)
    if line_end < 0:
        return False
    nxt_end = norm.find("\n", line_end + 1)
    nxt_end = len(norm) if nxt_end < 0 else nxt_end
    if _numbering(norm[line_end + 1:nxt_end].strip()) is not None or not _is_body(norm, line_end + 1, nxt_end):
        return False
    second = c.start + comma + 1
    return not any(n.countable and second <= n.num_start < c.end for n in c.numbers.overlapping(second, c.end))


_HALF_MIN: Final = 4  # the fewest characters of each half of a heading that pairs its work with its goal
# 一老一小, 一村一品, 一户一策: a numeral and a word twice over, a set phrase that counts nothing
_PAIRED_TERM: Final = regex.compile(r"([一两二三四五六七八九十])[\u4e00-\u9fff]\1[\u4e00-\u9fff]")


def _term_numeral(c: _Candidate, n: NumberMention) -> bool:
    """两癌筛查扩面提质, 三农工作: a one-character Chinese numeral with no measure word that opens the heading
    names a term (not one after a noun, which numbers an item: 案例二, 左二; nor 一, 一年来); so does one paired
    in a set phrase anywhere in it, 一 too (一老一小有人管, 推行一村一品)."""
    if n.numeral != "chinese" or n.unit:
        return False
    if _PAIRED_TERM.match(c.norm, n.num_start):
        return True
    if n.value < 2:
        return False
    lead = _HEADING_MARKS.match(c.norm, c.start, n.num_start)
    return (lead.end() if lead else c.start) == n.num_start


def _scheme_numeral(c: _Candidate, n: NumberMention) -> bool:
    """落实残疾人两项补贴, 残疾人两项补贴足额发放: a one-character Chinese numeral with 项 before the noun it heads names a
    scheme (ANNOTATION.md: framework counts are no claims), wherever it stands in the heading, no figure reported."""
    return n.numeral == "chinese" and n.unit == "项" and _CJK_CHAR.match(c.norm, n.unit_end, c.end) is not None


def _none_left_out(c: _Candidate, n: NumberMention) -> bool:
    """护航安全，一个都不能少, 应保尽保 一户不落, 一个也不掉队: 一 and its measure word, then a negation: "not one left
    out", a promise, no figure reported."""
    return c.norm[n.num_start] == "一" and _NOT_ONE_LESS.match(c.norm, n.end) is not None


# (a unit's word read with the numeral: 个, 户, 人, 名; then 都/也 or nothing, then the negation)
_NOT_ONE_LESS: Final = regex.compile(r"[都也]?[不没]")


def _one_after_verb(c: _Candidate, at: int) -> bool:
    """带出一支“摄影轻骑兵”, 守护一库碧水, 落实两项补贴, 推进三献工作: a one-character numeral right after
    the verb that opens its clause of the heading is an article or names a framework (ANNOTATION.md:
    framework counts are no claims), no figure reported (上一篇, 一块块牌匾见证蝶变 and 把邮件送到每一户
    open with no verb, or put one elsewhere; 开展培训12期 has its figure after the noun)."""
    if c.norm[at] not in _SMALL_NUMERALS:  # (`_figures` asks of one-character numerals only)
        return False
    # (a blank sets a heading's clauses apart as a comma does: 锻造过硬队伍 锤炼四力本领)
    clause = max(c.start, *(c.norm.rfind(mark, c.start, at) + 1 for mark in "，,、 \u3000"))
    lead = _HEADING_MARKS.match(c.norm, clause, at)
    words = _tagged(c.norm[lead.end() if lead else clause:at])
    # (jieba tags some verbs adjectives: 落实 a; 扎实|推进 opens with a manner)
    return bool(words) and all(t[:1] in _VERB_TAGS for _, t in words)


_VERB_TAGS: Final = ("v", "a", "d")
_SMALL_NUMERALS: Final = "一两二三四五六七八九十"


_HEADING_MARKS: Final = regex.compile(r"[^\u4e00-\u9fff“]+")  # ▍, ■ and numbering before a heading's words


def _has_words(norm: str, start: int, end: int, numbers: _ByPosition[NumberMention]) -> bool:
    """Chinese text other than figures and their units: a Chinese character in a gap between the
    figures (searched in place; the rest of a paragraph is long, and copying it to blank out the
    figures cost more than the search). A figure's own number lies inside its expression and unit
    (num_end <= max(end, unit_end)), so every figure that overlaps the stretch blanks part of it."""
    pos = start
    for n in numbers.overlapping(start, end):  # in order of their starts
        lo, hi = _later(n.start, start), _earlier(_later(n.end, n.unit_end), end)
        if hi <= lo:
            continue
        if lo > pos and _CJK_CHAR.search(norm, pos, lo):
            return True
        pos = _later(pos, hi)
    return pos < end and _CJK_CHAR.search(norm, pos, end) is not None


# between a table's cells: a tab, or blanks two wide or more (a padded name holds one: 王　芳)
_TABLE_GAP: Final = regex.compile(r"\t[ \t\u3000]*|[ \u3000]{2,}")
_TABLE_GAPS: Final = 2  # three cells or more


def _names_only(c: _Candidate) -> bool:
    """Only names: a body, a person or a place (the recipient of what follows)."""
    inside = [e for e in c.entities.starting(c.start, c.end) if e.end <= c.end and e.label in _NAMED]
    if not inside:
        return False
    chars = list(c.text)
    for e in inside:
        chars[e.start - c.start:e.end - c.start] = " " * (e.end - e.start)
    return not _CJK_CHAR.search("".join(chars))


def _own_subject(c: _Candidate) -> bool:
    """我们…, 该所…, 市妇联…, …是…: a statement about someone or something, not a line of work."""
    p = _patterns()
    return bool(c.flagged() and (p.subject.match(c.text) or p.copula.search(c.text))
                or any(e.label in _NAMED and _word_ends_at(c, e.end) and not _slogan_half(c, e.end)
                       for e in c.entities.starting(c.start, c.start + 1)))


def _slogan_half(c: _Candidate, end: int) -> bool:
    """平安社区 共建共享: a name a blank follows, then a verb's or an adjective's phrase (共建共享, 暖心贴心), is the
    first half of a slogan, its topic, not a sentence's subject (not 海珠社区　　林晓东, a row: a name after the blank)."""
    norm = c.norm
    if not norm[end:end + 1].isspace():
        return False
    after = end
    while after < c.end and norm[after].isspace():
        after += 1
    words = _tagged(norm[after:c.end]) if after < c.end else []
    return bool(words) and (words[0][1].startswith("v") or words[0][1] == "a") and not c.entities.starting(after, c.end)


def _word_ends_at(c: _Candidate, pos: int) -> bool:
    """Whether a word of the clause ends at `pos`: a name is whole words, so a place found in 聚焦乡|村振兴
    (a township's suffix taken from 乡村) names no subject."""
    end = c.start
    for word, _ in _tagged(c.text):
        end += len(word)
        if end >= pos:
            return end == pos
    return True


@lru_cache(maxsize=256)
def _tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words and tags of a clause, read once: two filters of one table read them (statement,
    narrative), and jieba's tagger costs more than every other filter together."""
    return segment.tag(text)


def _states_result(c: _Candidate) -> bool:
    """政治引领更加有力, 基层治理成效明显, 养老服务体系不断完善; not 促进民生改善, which aims at the
    result it names, nor 技能提升, a line of work named with the change it works for (see
    `_change_heading`)."""
    if not c.flagged():
        return False
    p, text = _patterns(), c.text.rstrip("。:： ")
    parts = _PART_SEPARATOR.split(text)
    if len(parts) > 1 and parts[0]:
        words = _tagged(parts[0])
        # (jieba tags some verbs adjectives or nouns: 落实|优抚政策, 落实 a; 聚力|民生|保障, 聚力 n, a work verb of the
        # lexicon; a first part that states a result itself, 显著提升, is none of the work)
        if words and (words[0][1].startswith("v") or (words[0][1] == "a" or words[0][0] in _work_verbs()) and len(words) > 1 and not (
                p.comparative.search(parts[0]) or p.result_end.search(parts[0]) or p.degree_change_end.search(parts[0]))):
            text = parts[0]  # 坚持和发展“枫桥经验”，矛盾纠纷化解更加有力: the work, then the result it aims at
            parts = [text]
    if p.comparative.search(text):
        return True
    last_part = parts[-1]
    if p.causes.search(last_part):
        return False
    return bool(p.result_end.search(last_part) or p.degree_change_end.search(last_part))


def _change_heading(text: str) -> bool:
    """技能提升, 人居环境提升, 民生服务温度提升: a heading ending with a change and no degree word before it
    names a line of work (the change it works for) or states a result (the change it achieved); its
    siblings say which (`_changes_among_results`)."""
    p = _patterns()
    last_part = _PART_SEPARATOR.split(text.rstrip("。:： "))[-1]
    return bool(p.change_end.search(last_part)) and not p.causes.search(last_part)


def _headline_like(c: _Candidate) -> bool:
    return c.start < c.body_start and not _opens_the_body(c) or c.stop in _EXCLAIMS or c.text.startswith(("—", "-"))


def _opens_the_body(c: _Candidate) -> bool:
    """【档案安全大检查】 right above the body's first paragraph, another 【…】 line in the body after it: the
    first of the body's bracketed headings, not a headline (the body starts at its first long paragraph)."""
    norm = c.norm
    line = norm.rfind("\n", 0, c.start) + 1
    line_end = norm.find("\n", c.start)
    if line_end < 0 or not _BRACKETED_HEADING_LINE.fullmatch(norm, line, line_end):
        return False
    if norm[line_end:c.body_start].strip():
        return False  # (a line between it and the body: a headline's block)
    return _BRACKETED_HEADING_LINE.search(norm, c.body_start) is not None


# (一、【冬春救助暖民心】: numbered as well)
_BRACKETED_HEADING_LINE: Final = regex.compile(
    r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?[ \t\u3000]*【[^【】\n]{2,30}】[ \t\u3000]*$")


# ---------------------------------------------------------------------------------------------------
# non-actions: ordered tables of named predicates; the first that holds names the rule


# 才让卓玛（雪玉乡人民政府）, 王　欣（县人民法院）: a name of two to four characters (padded or not), then a body or
# a place in brackets, ending as one does, or a post
_ROW_NAME: Final = r"\s*(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])\s*"
_WORKPLACE_END: Final = "政府|局|院|委|所|校|学|中心|公司|办|站|队|会|乡|镇|村|街道|社区|部|厅|处|科|馆|园|组|室"
_NAME_WITH_WORKPLACE: Final = regex.compile(
    _ROW_NAME + rf"[（(][^（）()]{{1,28}}(?:{_WORKPLACE_END}"
    r"|(?P<post>员|者|师|长|书记|主任|代表))[）)]\s*")  # (…or a post there: 彭卫东（沧港镇乡村振兴志愿服务队队员）)


_NAME_WIDE_GAP: Final = regex.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \u3000]{2,}"
                                      r"(?P<cell>[^\s，,。]+)")
_CELL_AFTER_NAME: Final = 4  # (强基础　　惠民生: a slogan's halves, three and three; a name's row goes on to where one works)
# 王芳——县实验小学, 徐国良——桐琴镇关工委: a name, a dash, then where the person works (a profile's heading row)
_NAME_DASH_WORKPLACE: Final = regex.compile(_ROW_NAME + rf"——\s*[^—\n]{{1,28}}(?:{_WORKPLACE_END}|联)\s*")


def _name_row(text: str) -> bool:
    """才让卓玛（雪玉乡人民政府）: a name and the body in brackets; not a line of work and the body that leads it
    (项目建设（县发改局）, 安全生产（县应急局）: words jieba knows as common nouns and verbs of work)."""
    gap = _NAME_WIDE_GAP.match(text)
    if gap is not None and (_PADDED.fullmatch(gap.group("name")) or _names_person(gap.group("name")) or _surname_shaped(
            gap.group("name")) and len(gap.group("cell")) >= _CELL_AFTER_NAME):
        return True  # 黄春梅　　肢体残疾，…, 何　平　　视力残疾，…: a name, a list's wide gap, who the person is
    m = _NAME_WITH_WORKPLACE.fullmatch(text)
    if m is not None and m.group("post") is None:
        return _name_like(m.group("name"))
    m = m or _NAME_DASH_WORKPLACE.fullmatch(text)
    if m is None or not _name_like(m.group("name")):
        return False
    # a post in the brackets, or a dash, names a person only after a name (padded, or two or three letters that open
    # with a surname): 走访慰问（村党支部书记）, 文明创建——县文明办 are lines of work and who leads them
    name = m.group("name")
    return _PADDED.fullmatch(name) is not None or _surname_shaped(name)


def _colon_heading(norm: str, start: int, end: int) -> bool:
    """食品安全守底线：, 走访慰问送温暖：: a line of work closed by a colon (`_COLON_HEADING`); one of three characters
    only as a slogan writes it, a verb of one character and its object of two (稳|就业：, 强|技能：, 扩|覆盖：, 抓|重点：), never a
    name (王|立新：), a role (主持人：), an address (张|大爷：, 刘|医生：), a place (东|片区：, 县|二中：) or a class (网格员：,
    一|等奖：)."""
    m = _COLON_HEADING.fullmatch(norm, start, end)
    if m is None:
        return False
    label = m.group("label")
    if len(label) > _SLOGAN_LABEL:
        return True
    words = _tagged(label)
    return (len(words) == 2 and len(words[0][0]) == 1 and words[0][1] not in ("nr", "nrt", "nrfg", "m")
            and label[0] not in _ROLE_OPENERS and label[-1] not in _ROLE_ENDINGS and label[1:] not in _ADDRESSES
            and not (label[0] in surnames() and label[-1] in _ADDRESS_ENDINGS))  # (刘大娘：, 马律师：, 黄老伯：)


# 一等奖：, 县二中：, 网格员：, 张大爷：, 刘大娘：: a class, a place, a role or how one addresses a person (actions.lexicon.tsv)
_ROLE_OPENERS: Final = frozenset(lexicon.by_kind("actions.lexicon", "label_opener"))
_ROLE_ENDINGS: Final = frozenset(lexicon.by_kind("actions.lexicon", "label_ending"))
_ADDRESSES: Final = frozenset(lexicon.by_kind("actions.lexicon", "address"))
_ADDRESS_ENDINGS: Final = frozenset(lexicon.by_kind("actions.lexicon", "address_ending"))


def _ends_on_name(c: _Candidate) -> bool:
    """县人社局局长王立新：: who speaks next, a person named at the line's end (a PERSON entity, or a name jieba tags
    as one), or a speaker's label."""
    text = c.text.rstrip()
    end = c.start + len(text)
    if any(e.label == "PERSON" and e.end == end for e in c.entities.overlapping(max(c.start, end - 4), end)):
        return True
    words = _tagged(text.strip())
    if words and words[-1][1] in ("nr", "nrt", "nrfg") or _speaker_label(c):
        return True
    body = text.strip()
    # (县人社局局长|王立新: a post, then two or three letters that open with a surname)
    return any(len(body) - size >= 2 and body[-size] in surnames() and body[:-size].endswith(_posts())
               for size in (2, 3))


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    return tuple(lexicon.by_kind("entities.persons", "post"))


def _name_like(text: str) -> bool:
    """A person's name by jieba's tags: a padded name (王　欣), or words not all common nouns and verbal nouns."""
    if _PADDED.fullmatch(text):
        return True
    return not segment.common_words(text)


_PADDED: Final = regex.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")


def _rule(name: str, test: Callable[[_Candidate], object], why: str) -> Filter:
    return Filter(f"actions.not_{name}", lambda c: bool(test(c)), why)


# 2024年工作情况, 2025年工作安排, 上半年工作开展情况: a time and the report's generic part, nothing of the work
_TIME_PART = regex.compile(r"(?:(?:\d|[〇零一二三四五六七八九]){4}年度?|上半年|下半年|全年|今年|明年)(?:上半年|下半年|全年)?(?:工作)?"
                           r"(?:开展|完成|推进)?(?:情况|安排|计划|打算|要点|思路|部署|谋划)[。:：]?")
# 附件：…, 附表, 附：获奖名单, 附件下载: the report's annex, which no line of work heads
_ANNEX_PART = regex.compile(r"(?:相关)?附(?:件|表|录)?\s*[0-9一二三四五六七八九十]*\s*(?:下载)?[。:：]?")
# 二、重点工作开展情况, 主要工作推进情况: how the work went, as a whole; 募集情况, 表彰情况, 检查结果: how a part of it
# went; 一般公共预算收支情况: a budget's part; 教师风采, 工匠风采: the people's profiles, no work (展示巾帼风采 is one: a
# verb opens it)
_WORK_PART = regex.compile(r"(?:重点|主要|各项)?工作(?:开展|推进|完成|进展|落实)情况[。:：]?"
                           r"|[\u4e00-\u9fff]{0,6}(?:情况|结果)(?:通报)?[。:：]?"
                           r"|(?!改善|改变|扭转|提升|提高|保障|监测|掌握|摸清)[\u4e00-\u9fff]{0,6}状况[。:：]?"
                           r"|[\u4e00-\u9fff]{0,8}(?:收支|执行)情况[。:：]?"
                           r"|(?!展示|彰显|展现|尽显|绽放|秀出|晒出)[\u4e00-\u9fff]{1,4}风采[。:：]?")


def _reports_a_win(text: str) -> bool:
    """荣获全国无偿献血促进奖单位奖, 南宫山景区等获评市级文明旅游示范单位: a verb of winning that is the line's own predicate,
    the line opening on it or on who won; not a line of work whose verb opens it (做好入选项目跟踪服务, 推动非遗项目入选省级名录,
    加强获评典型宣传: the win a modifier or a goal)."""
    m = _patterns().won.search(text)
    if m is None:
        return False
    if m.start() == 0:
        return True
    tagged = _tagged(text[:m.start()])
    return not (tagged and tagged[0][1].startswith("v") or text[:m.start()].strip() in _patterns().part_label)


def _names_work(text: str) -> bool:
    """路网提档升级, “四好农村路”建设: a heading's words, common words all (no name of a person or a place, 孙桂英 城关镇南街社区),
    and no banner of the page's (喜报, a part's label)."""
    bare = _QUOTED.sub("“”", text).replace("“", "").replace("”", "").strip()
    return bool(bare) and bare not in _patterns().part_label and not bare.endswith(_row_ends()) and not any(
        tag in ("nr", "nrfg") and len(word) == _NAME_LEN and word[0] in surnames() for word, tag in _tagged(bare))


def _names_a_part(text: str) -> bool:
    """A heading that is a part of the report, the notice or the page, not a line of work."""
    p = _patterns()
    return bool(_TIME_PART.fullmatch(text) or p.task_part.fullmatch(text) or _ANNEX_PART.fullmatch(text)
                or _WORK_PART.fullmatch(text) or text.rstrip("。:：") in p.part_label
                or p.notice_part.fullmatch(text.rstrip("。:：")))


def _says(c: _Candidate) -> bool:
    """居民陈阿姨说：“饭菜软烂可口…”: who says what follows, quoted after the colon (说 alone is too short a word
    for the quote lexicon: 说明, 学说)."""
    return c.stop in _COLONS and c.text.endswith("说") and c.norm.startswith("“", c.end + 1)


def _sets_the_scene(text: str) -> bool:
    """现场气氛热烈, 掌声雷动: a scene word; not 现场 between a verb and the work done on site (强化现场监管,
    加强现场见证, 运用非现场监管手段), which names a line of work (现场服务热情周到, opening its clause, is a scene)."""
    return any(not (m.group() == "现场" and m.start() > 0 and text[m.start() - 1] not in _COMMAS and (
        _ON_SITE_WORK.match(text, m.end()))) for m in _patterns().scene.finditer(text))


# 现场|监管, 现场|见证: work done on site, after 现场
_ON_SITE_WORK = regex.compile(r"(?:监管|见证|检查|执法|办公|办理|服务|指导|教学|处置|核查|调研|踏勘|勘验|督查|督导|推进|观摩|评审|考核|验收)")


_REPORT_PART = _rule("report_part", lambda c: c.flagged() and _patterns().report_part.search(c.text)
                     or _names_a_part(c.text.strip()),
                     "names an indicator or a part of the report (主要指标完成情况, 工作亮点, 下一步打算, 2025年工作安排)")
_RESULT = _rule("result", _states_result, "states a result (基层治理成效明显, 政治引领更加有力)")
_PROBLEM = _rule("problem", lambda c: c.flagged() and _patterns().problem.search(c.text),
                  "states a shortcoming (经费管理还不够规范), not a line of work")
_REPORT_SENTENCE = _rule("report_sentence", lambda c: _longer_than_heading(c.text) or _figures(c, digits=True),
                         "a report sentence: longer than a heading clause, or with figures")
_LISTED_FIGURE = _rule("listed_figure", lambda c: _figures(c, digits=False) and not _work_and_goal(c),
                       "a list item reporting a figure (3期 培训班), not a heading")
_HEADLINE = _rule("headline", _headline_like, "a headline or subtitle: above the body, or a slogan (！), or ——记…")
# (a caption word inside quote marks names a brand: ▍带出一支“摄影轻骑兵”)
_CAPTION = _rule("caption", lambda c: c.flagged() and _patterns().caption.search(
                     _QUOTED.sub("“”", c.text) if "“" in c.text else c.text) or c.text.startswith(_BRACKETS)
                 and not (_SECTION_LABEL.match(c.text) and not _NOT_SECTION_LABEL.search(c.text)),
                 "a caption, a credit or an aside (图为…, (…供稿), [编辑:…])")
_RECIPIENT = _rule("recipient_line", _names_only, "only names the body or person the next lines are about")
_NAME_ROW = _rule("name_row", lambda c: _name_row(c.text),
                  "a name and where the person works in brackets (才让卓玛（雪玉乡人民政府）): a list's row")
_INDICATOR_LABEL = _rule("indicator_label", lambda c: _labels_a_value(c, _line_end(c)),
                         "labels the figure after its colon (1.售电量：10.27亿千瓦时), an indicator, not a heading")
_TABLE_ROW = _rule("table_row", lambda c: len(_TABLE_GAP.findall(c.text.strip())) >= _TABLE_GAPS or _names_row(
                       c.norm, c.start, c.end),
                   "a table's row, its cells a tab or a wide blank apart (序号　姓名　性别　主要事迹), or a row of names a "
                   "blank apart (李秀云　王丽娟　张　霞), not a heading")
_TITLE_LINE = _rule("title_line", lambda c: _title_only(c.text), "only names an honour's title (先进个人, 全国文明村镇): "
                    "the heading of a list of who won it")
_ATTRIBUTION = _rule("attribution", lambda c: c.flagged() and _patterns().attribution.match(c.text), "cites a source (据了解)")
_TRANSITION = _rule("transition", lambda c: c.flagged() and _patterns().transition.match(c.text), "links to what came before (此外)")
_LEAD = _rule("lead", lambda c: c.flagged() and _patterns().lead.match(c.text), "the lead's time setting (近日, 今年以来)")
_QUOTE = _rule("quote", lambda c: _SPOKEN.fullmatch(c.text.strip()) or c.flagged() and _patterns().quote.search(c.text)
               or c.stop in _EXCLAIMS or _says(c), "a quote or an exclamation (a quoted brand alone is a name)")
_SCENE = _rule("scene", lambda c: c.flagged() and _sets_the_scene(c.text), "describes the scene (现场气氛热烈)")
_STATEMENT = _rule("statement", _own_subject, "has its own subject or judges (该所…, 老龄工作是…)")
# jieba's `ul` is the aspect particle 了 (not the 了 of 了解): a heading names a line of work, it does
# not narrate what happened
# 了 is the one word jieba's dictionary tags `ul` (tests/test_actions_rules.py checks): a clause
# without it is not tagged for nothing
_NARRATIVE = _rule("narrative", lambda c: "了" in c.text and any(tag == "ul" for _, tag in _tagged(c.text)),
                   "narrates an event (举行了颁奖仪式), not a line of work")

# what says no line of work was done, whatever kind of heading it would be
# (a line in brackets or alone only: 一、培训新闻发言人, 一是培育小记者 name work)
_SPEAKER_TAG = _rule("speaker_tag", lambda c: _patterns().speaker_tag.fullmatch(c.text),
                     "names who speaks next in a briefing (主持人　葛文涛, 岱州日报记者)")
# 1．问：哪些情形…: a numbered question's label, who asks
_SPEAKER_LABEL = _rule("speaker_label", lambda c: c.stop in (":", "：") and c.text.strip() in _patterns().speakers,
                       "labels who speaks (问：, 答：), no line of work")
# (a paragraph's first sentence only: 二是感谢社会各界参与 is an opener's line of work)
_COURTESY = _rule("courtesy", lambda c: _patterns().courtesy.match(c.text), "thanks someone (谢谢您的提问)")
_WON = _rule("honour_won", lambda c: c.flagged() and _reports_a_win(c.text),
             "reports an honour won (荣获X, A获评Y, 入选Z名单), not a line of work")


def _lists_an_entry(text: str) -> bool:
    """李秀英：楼道里的热心大姐, 王建华家庭（东湖社区）, 商超类, 小学组, 推荐类别：助人为乐, 第一名, 省级: what heads an
    entry of a list (the person or the family it is on, the person's name alone or before a colon or brackets) or
    a part of it (a class, a group, a place in the order, a level): who is listed, no line of work (ANNOTATION.md:
    lines that only name a recipient are no headings)."""
    line = _ENTRY_MARKS_AROUND.sub("", text).rstrip("。：:")
    part = _LIST_PART.fullmatch(line)
    if part is not None and not part.group("class"):
        return True
    if part is not None:
        # (商超|类, 小学|组, 青年组: a class word after a noun or two; 推进|垃圾|分类, 文艺|志愿|进村|组: a line of work)
        tagged = _tagged(line)
        last = tagged[-1][0]  # (共富|类 read as one word: a word of three ending so; 分类, 村组 are words of two)
        return len(tagged) == 1 or len(tagged) <= _CLASS_TOKENS and (last in _CLASS_WORDS or len(last) >= 3) and not (
            tagged[0][1].startswith("v"))
    entry = _LIST_ENTRY.fullmatch(line)
    if entry is None:
        return False
    name = entry.group("name").replace("\u3000", "").replace(" ", "")
    if entry.group("family"):
        # (关爱|困境家庭: a verb opens it, a line of work)
        return name[0] in surnames() and name[0] not in recipients.NOT_NAME_FIRSTS and not _tagged(name)[0][1].startswith("v")
    # (吴国平：随叫随到的修理师傅: a name jieba cuts apart, before the entry's caption, is a name all the same)
    # (the caption a noun phrase with 的, no verb opening it: 王家坪：打造美丽乡村 is a place and its work)
    caption = entry.group("caption")
    if caption and not _ENTRY_CAPTION.search(caption):
        return False
    return _names_person(name) or bool(caption) and _surname_shaped(name) and _name_like(name) and not any(
        tag.startswith("v") for _, tag in _tagged(caption[1:])[:1])


# ◆, ▍ and blanks around an entry's heading (…家庭（海沧街道）◆)
_ENTRY_MARKS_AROUND: Final = regex.compile(r"^[\s◆◇■□●▍★☆]+|[\s◆◇■□●▍★☆]+$")
# a name (padded or not), 家庭 after it or not, a note in brackets, or a colon and the entry's caption after it
_LIST_ENTRY: Final = regex.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])(?P<family>家庭)?"
                                   r"(?:[（(][^（）()\n]{1,24}[)）])?(?P<caption>[:：｜][^\n]{1,20})?")
_ENTRY_CAPTION: Final = regex.compile(r"的[\u4e00-\u9fff]{1,8}$")  # 楼道里的热心大姐: who the person is to the neighbours
# 商超类, 小学组, 推荐类别：助人为乐, 第一名, 省级, 作者：周墨林: a class or group of a list's entries, a place in its order,
# a level, an entry's credit
_CLASS_WORDS: Final = ("类", "组")
_CREDITS: Final = lexicon.alternation(lexicon.by_kind("honors.headers", "author"))  # 作者: a work's credit
_CLASS_TOKENS: Final = 3
_LIST_PART: Final = regex.compile(r"(?P<class>[\u4e00-\u9fff]{2,6}[类组])|推荐类别[:：][\u4e00-\u9fff]{2,8}|第[一二三四五六七八九十]{1,2}名"
                                  rf"|(?:{_CREDITS})[:：][^\n:：]{{2,20}}"  # (作者：周墨林 under the work it credits)
                                  r"|(?:国家|省|市|县|区)级")
_LIST_ENTRY_LINE = _rule("list_entry", lambda c: _lists_an_entry(c.text) or c.stop in _COLONS and _lists_an_entry(
                             c.norm[c.start:_line_end(c)]),
                         "heads an entry of a list or a part of it (李秀英：…, 王建华家庭（…）, 商超类, 第一名): who is listed")
_NO_WORK = (_ATTRIBUTION, _TRANSITION, _LEAD, _QUOTE, _SCENE, _STATEMENT, _NARRATIVE, _WON, _CAPTION)
_HEADING_CLAUSE = (_REPORT_PART, _INDICATOR_LABEL, _SPEAKER_LABEL, _RESULT, _PROBLEM, _REPORT_SENTENCE, _LIST_ENTRY_LINE, *_NO_WORK)  # after 一是 or 一、
_LEAD_IN = (_HEADLINE, _TITLE_LINE, _COURTESY, *_HEADING_CLAUSE)
_NUMBERED_LINE = (_REPORT_PART, _RESULT, _PROBLEM, _LISTED_FIGURE, _RECIPIENT, _NAME_ROW, _TITLE_LINE, _LIST_ENTRY_LINE, *_NO_WORK)
_PLAIN_LINE = (_HEADLINE, _CAPTION, _TABLE_ROW, _RECIPIENT, _NAME_ROW, _TITLE_LINE, _LIST_ENTRY_LINE, _REPORT_PART, _RESULT, _PROBLEM,
               _REPORT_SENTENCE, _SPEAKER_TAG, *(f for f in _NO_WORK if f is not _CAPTION))
_BRACKETED_HEADING = (_HEADLINE, _RECIPIENT, _SPEAKER_TAG, *_HEADING_CLAUSE)  # 【…】: a heading clause, not a column tag above the body
for _table in (_HEADING_CLAUSE, _LEAD_IN, _NUMBERED_LINE, _PLAIN_LINE, _BRACKETED_HEADING):
    check_table(_table)


# ---------------------------------------------------------------------------------------------------
# naming


class _Name:
    """A heading's name (plain class, as `_Candidate`)."""

    def __init__(self, start: int, end: int, rest: int) -> None:
        self.start = start
        self.end = end
        self.rest = rest  # where the heading goes on after its programme (its goal); -1: no goal to read


def _brand(norm: str, start: int, end: int) -> _Name | None:
    """The one quoted brand of a heading clause (frameworks like “六大行动” are not brands, nor one quoted character, an
    emphasis: 兜底保障“稳”字当头, 科普大篷车“跑”遍山乡)."""
    found = [m for m in _QUOTED.finditer(norm, start, end) if not _FRAMEWORK.match(m.group(1)) and len(m.group(1)) > 1]
    if len({m.group(1) for m in found}) != 1:
        return None
    return _Name(found[0].start(1), found[0].end(1), -1)


def _programme_at(norm: str, pos: int, end: int, *, verb_required: bool) -> _Name | None:
    """A programme opening at `pos`, after a launching verb (required or not): 实施“红心向党”巾帼行动,
    深入实施乡村工匠培育工程,…; 妇女手工编织产业项目…"""
    p = _patterns()
    verb = p.verb.match(norm, pos, end) if pos < end and norm[pos] in _verb_firsts() else None
    if verb:
        pos = verb.end()
    elif verb_required:
        return None
    m = p.quoted_programme.match(norm, pos, end) if norm.startswith("“", pos, end) else None
    if m and not _FRAMEWORK.match(m.group(1)) and (m.group(2) or p.suffix_end.search(m.group(1))):
        return _Name(m.start(1), m.end(1), m.end())
    m = (p.plain_programme_ending if verb else p.plain_programme).match(norm, pos, end)
    if m and not _FRAMEWORK.match(m.group(0)) and not _name_goes_on(norm, m.end(), end):
        return _Name(m.start(), m.end(), m.end())
    return None


def _name_goes_on(norm: str, pos: int, end: int) -> bool:
    """加快推进水利工程|建设, 项目|资金, 项目|及名额: a noun (or 及, 和) right after the programme's suffix goes on
    with the phrase, which then names no programme; a verb (妇女手工编织产业项目|支撑妇女创业) starts its goal."""
    if pos >= end or not "\u4e00" <= norm[pos] <= "\u9fff":
        return False
    words = segment.tag(norm[pos:min(end, pos + _NEXT_WORD_REACH)])
    tag = words[0][1] if words else ""
    return tag[:1] == "n" or tag in _NOUN_GOES_ON


_NEXT_WORD_REACH: Final = 6  # enough of the text after a suffix for jieba to read its first word
_NOUN_GOES_ON: Final = frozenset({"vn", "c", "an"})


def _name(norm: str, start: int, end: int) -> _Name:
    """The brand it works on > the programme it launches > its own text (without the final stop)."""
    found = _brand(norm, start, end) or _programme_at(norm, start, end, verb_required=False)
    if found:
        return found
    while end > start and (norm[end - 1].isspace() or norm[end - 1] in "。:："):
        end -= 1
    return _Name(start, end, -1)


def _goal(norm: str, name: _Name, clause_end: int) -> tuple[int, int] | None:
    """The aim a heading states after its programme: 实施“红心向党”巾帼行动,|强化政治引领|。"""
    if name.rest < 0:
        return None
    start = name.rest
    while start < clause_end and norm[start] in ",，:： ":
        start += 1
    tail = norm[start:clause_end]
    return (start, clause_end) if 2 <= len(tail) <= HEADING_CLAUSE_MAX and "“" not in tail else None


# ---------------------------------------------------------------------------------------------------
# the kinds of heading


class _Heading:
    """A heading (`name` set) or a non-action (`name` None; `rule` says why) starting at `start` (plain
    class, as `_Candidate`)."""

    def __init__(self, start: int, name: _Name | None, goal: tuple[int, int] | None, rule: str) -> None:
        self.start = start
        self.name = name
        self.goal = goal
        self.rule = rule


def _named(c: _Candidate, start: int, name: _Name, rule: str) -> _Heading:
    return _Heading(start, name, _goal(c.norm, name, c.end), rule)


def _judged(c: _Candidate, start: int, table: Sequence[Filter], rule: str) -> _Heading:
    """A heading named from its text, unless a filter of `table` says what else it is."""
    rejected = first_rejecting(table, c)
    if rejected:
        return _Heading(start, None, None, rejected.rule)
    return _named(c, start, _name(c.norm, c.start, c.end), rule)


def _launched(c: _Candidate, end: int) -> _Name | None:
    """The programme a heading clause opens by launching (实施“红心向党”巾帼行动,强化政治引领。), unless
    its own clause reports figures: 开展“护苗”进校园活动210场次,… is a report sentence. Figures in
    the clauses after it are the paragraph's body, which the launch heads (深化“东湖e家”网格治理品牌，
    全街道…配备专职网格员92名。: ANNOTATION.md, a paragraph that opens by launching a programme), after
    一是 or 一、 as at a paragraph's start (其次,实施X计划,发放贷款2000万元。)."""
    launched = _programme_at(c.norm, c.start, end, verb_required=True)
    if not launched or launched.rest >= c.end:
        return launched
    # figures in the programme's name (“暖心”五进社区行动) name it; they report nothing
    report_end = _clause_end(c.norm, launched.rest, c.end, _COMMAS)[0]
    reports = _figures(_new_candidate(c.norm, launched.rest, report_end, c.stop, c.body_start, c.entities, c.numbers),
                       digits=False)
    return None if reports else launched


def _heading_clause(c: _Candidate, start: int, rule: str) -> _Heading:
    """What follows an opener or a paragraph's numbering: a launched programme (一是实施乡村工匠培育工程,…),
    a heading clause (二是强化技能培训。) or a report sentence."""
    launched = _launched(c, c.end)
    if launched:
        return _named(c, start, launched, rule)
    return _judged(c, start, _HEADING_CLAUSE, rule)


def _bracketed_heading(norm: str, p_start: int, p_end: int, nxt: tuple[int, int] | None,
                       candidate: Callable[[int, int], _Candidate]) -> tuple[_Heading, int] | None:
    """A paragraph opening with 【…】 and a heading's text in it, alone on its line above a body (then the
    heading and -1) or before its body (the heading and where the body starts); None for anything else:
    【编辑:…】, 【打印】【关闭】, a bracket above no body."""
    m = _BRACKETED.match(norm, p_start, p_end)
    if not m:
        topic = _BRACKETED_TOPIC.match(norm, p_start, p_end)
        if topic is None or _NOT_SECTION_LABEL.match("【" + topic.group(2) + "】") or norm[topic.end():p_end].strip() or not (
                nxt and _is_body(norm, *nxt)):
            return None
        whole = candidate(topic.start(1), topic.end(1))
        label = topic.group(2)
        if any(e.label in _NAMED for e in whole.entities.starting(topic.start(2), topic.start(2) + 1)) or _BODY_OR_PLACE_END.search(
                label) or _SPEAKS.search(label) or _names_person(label):
            # 【海头镇：“直播+海鲜”跑出发展加速度】, 【区交通运输局：…】: a body's or a place's news, a digest's headline;
            # 【王秀英：让留守儿童不再孤单】, 【群众说：…】: a person's story, a voice
            return None
        # 【阅读推广：让书香浸润黄河畔】 alone over its body: a topic and its slogan, the heading whole (not 【字号：大 中 小】,
        # 【责任编辑：…】: a page's labelled field)
        return _bracketed(whole, p_start, "actions.bracketed_line"), -1
    inner, rest = candidate(m.start(1), m.end(1)), m.end()
    if not norm[rest:p_end].strip():
        # (【精准康复】 / 1.2万人次 / 全年为残疾人提供…: a post's figure set large under its section's heading)
        return (_bracketed(inner, p_start, "actions.bracketed_line"), -1) if nxt and (
            _is_body(norm, *nxt) or _bare_figure_line(norm[nxt[0]:nxt[1]])) else None
    subtitle = _SUBTITLE_COLON.match(norm, rest, p_end)
    if subtitle is not None and nxt and _is_body(norm, *nxt) and not _is_body(norm, subtitle.end(), p_end) and (
            not _NOT_SECTION_LABEL.match(norm[p_start:p_end]) and p_end - subtitle.end() >= _SUBTITLE_MIN
            and not (p_end - subtitle.end() <= _NAME_MAX and _name_like(norm[subtitle.end():p_end].strip()))):
        # 【良种繁育】：实施“肉牛扩群增量”工程 over its body: the label and a subtitle, a line of its own; named by the
        # programme the subtitle launches, else the brand it works on, else the label (as subtitled headings are)
        heading = _bracketed(inner, p_start, "actions.bracketed_line")
        named = (_programme_at(norm, subtitle.end(), p_end, verb_required=True) or _brand(norm, subtitle.end(), p_end)
                 ) if heading.name is not None else None
        return (_named(inner, p_start, named, "actions.bracketed_line") if named is not None else heading), -1
    return (_bracketed(inner, p_start, "actions.bracketed_paragraph"), rest) if _is_body(norm, rest, p_end) else None


def _bracketed(c: _Candidate, start: int, rule: str) -> _Heading:
    """The text inside 【…】: a launched programme (【实施“X”行动】), a heading clause, or a tag or a name."""
    launched = _programme_at(c.norm, c.start, c.end, verb_required=True)
    if launched:
        return _named(c, start, launched, rule)
    return _judged(c, start, _BRACKETED_HEADING, rule)


def _programme_paragraph(c: _Candidate, p_end: int) -> _Heading | None:
    """A paragraph that opens by launching a programme, frames itself with one, or says one was rolled out."""
    p, norm = _patterns(), c.norm
    launched = _launched(c, p_end)
    if launched and _labels_a_value(c, p_end):
        return None  # (实施衔接资金项目：87个: a label of a page of figures and its value, no programme this paragraph runs)
    if launched:
        return _named(c, c.start, launched, "actions.launches_programme")
    frame = p.frame_open.match(norm, c.start, p_end)
    if frame:
        found = _programme_at(norm, frame.end(), p_end, verb_required=False)
        if found and p.frame_close.match(norm, found.rest, p_end):
            return _Heading(c.start, found, None, "actions.programme_frame")
    # rolled out: a programme followed by a word saying so, which most paragraphs hold nowhere
    if not p.launched.search(norm, c.start, p_end):
        return None
    cited = p.cited.match(norm, c.start, p_end)
    found = _programme_at(norm, cited.end() if cited else c.start, p_end, verb_required=False)
    if found and p.launched.match(norm, found.rest, p_end):
        return _Heading(c.start, found, None, "actions.programme_rolled_out")
    return None


def _lead_in(c: _Candidate, p_end: int) -> _Heading | None:
    """A paragraph's short first sentence ending in 。 or ：, followed by the body; None where the first
    sentence is long or nothing but figures follows it (an ordinary paragraph, a table row)."""
    if c.stop not in ("。", ":", "：") or not c.text.strip() or _longer_than_heading(c.text):
        return None
    if c.stop != "。" and _speaker_label(c):
        return None  # 问：, 答（王慧）：, 张立新：: who speaks in an interview or a briefing, no line of work
    if _WORK_ROW.match(c.norm, c.start, c.end + 1) is not None and _CREDIT.search(c.norm, c.start, _line_end(c)):
        return None  # 《家用智能提醒药盒》　作者：…, 《守岁》　　孙悦然　　某中学　　指导教师：…: a list's row of a work
    if not _has_words(c.norm, c.end + 1, p_end, c.numbers) or _PHONE_VALUE.match(c.norm, c.end + 1, p_end):
        return None  # (预约挂号：0599-7921563（工作日…）: a number to call, the page's furniture)
    if _labels_a_value(c, p_end):
        return None
    if c.stop != "。" and _list_follows(c.norm, c.end + 1, p_end):
        return None  # 城关镇：张三、李四: a list's label (a place, a title), then who is on it
    return _judged(c, c.start, _LEAD_IN, "actions.lead_in")


# 0599-7921563, 13800001234: a number to call (not 2023-2024年, 2024-05-18: a time)
_PHONE_VALUE: Final = regex.compile(r"[ \t\u3000]*(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9})(?![0-9０-９年月日])")


def _labels_a_value(c: _Candidate, p_end: int) -> bool:
    """健康教育讲座：126场，受众1.3万余人次, 1.售电量：10.27亿千瓦时（…）: an indicator's label and its value, a
    table row; not 开展志愿服务：36支服务队常态化开展关爱活动, a line of work, its sentence opening with a count."""
    value = _value_after(c.norm, c.end + 1, p_end, c.numbers) if c.stop in (":", "：") else None
    return value is not None and (value >= p_end or c.norm[value] in _VALUE_END
                                  or not any(tag[:1] == "v" for _, tag in segment.tag(c.text.strip())))


def _line_end(c: _Candidate) -> int:
    end = c.norm.find("\n", c.end)
    return end if end >= 0 else len(c.norm)


def _title_only(text: str) -> bool:
    """先进个人, 全国文明村镇, 优秀组织奖: a short line that names an honour's title (a head word at its end,
    a marker in it) and holds no verb: a list's heading, not a line of work (评选最美家庭 has its verb)."""
    text = text.strip().rstrip("。:：")
    words = titles.lexicon_words()
    if not 2 <= len(text) <= _TITLE_LINE_MAX or not (titles.is_titled(text, words) and titles.names_holder_kind(text, words)):
        return False
    return not any(tag[:1] == "v" for _, tag in segment.tag(_MARKED.sub("", text)))


_TITLE_LINE_MAX: Final = 16  # characters: a title's line, not a heading clause


def _list_follows(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] is a list and no more: items set apart by 、, no verb outside a work's
    or a brand's marks, no figure and no clause (张三、李四, 县人民医院、县第一中学, 《春到山乡》、《乡音》)."""
    text = norm[start:end].strip()
    if "、" not in text or any(ch in _CLAUSE_MARKS or ch.isdigit() for ch in text):
        return False
    text = _MARKED.sub("", text)
    return not any(tag[:1] == "v" for _, tag in segment.tag(text))


_CLAUSE_MARKS: Final = frozenset("。，,；;：:！!？?")
_MARKED: Final = regex.compile(r"《[^《》]*》|“[^“”]*”")  # a work's title, a brand: whatever words they hold


def _value_after(norm: str, start: int, end: int, numbers: _ByPosition[NumberMention]) -> int | None:
    """Where a figure that counts (not a date: 强化服务：2024年，…) ends, when it comes first after a colon
    with nothing but blanks or a qualifier before it; None where none does."""
    for n in numbers.overlapping(start, end):
        if n.countable and not norm[start:n.start].strip(_BEFORE_VALUE):
            return max(n.end, n.unit_end)
        return None
    return None


# what may follow a value that ends its clause (126场，…; 98.72%（…）; 38.6万人 at the line's end)
_VALUE_END: Final = frozenset("，,。；;、（(\n ")


_BEFORE_VALUE: Final = " \u3000\t约近超达共计新增累"  # what may stand between a label's colon and its value (新增, 累计)


def _speaker_label(c: _Candidate) -> bool:
    """问, 答（王慧）, 主持人（县政府新闻办副主任 方静）, 张立新: a label naming who speaks, a role (with the
    speaker's name or post in brackets) or a person's name alone."""
    text = c.text.strip()
    note = _SPEAKER_NOTE.search(text)
    who = text[:note.start()] if note is not None else text
    if who in _patterns().speakers:
        return True
    start = c.start + len(c.text) - len(c.text.lstrip())
    # (陈卫东（县供电公司运检部主任）: a name, then the speaker's post in brackets)
    if who and any(e.label == "PERSON" and e.start == start and e.end == start + len(who)
                   for e in c.entities.overlapping(start, start + len(who))):
        return True
    # 周晓岚：… again and again at a line's start, in an interview (a known speaker's label, 记者：, opens a line
    # too): who answers, a name or not, the first time with the post in brackets; in a report, a label said
    # again (宣传教育：) names a line of work
    if len(who) > _SPEAKER_REACH or not _interview(c.norm):
        return False
    if scan.opens_lines(c.norm, who + c.stop, 2):
        return True
    # (a name with its post in brackets, then the name alone on another line: 王海峰（…主任）： … 王海峰：; a label
    # of work written both ways, 乡村旅游（县文旅局）： … 乡村旅游：, is jieba's common words, no name)
    return (_name_like(who) and scan.opens_lines(c.norm, who + c.stop, 1)
            and (scan.opens_lines(c.norm, who + "（", 1) or scan.opens_lines(c.norm, who + "(", 1)))


def _interview(norm: str) -> bool:
    """Whether a known speaker's label (问, 记者, 主持人) opens a line of the text."""
    return _patterns().speaker_line.search(norm) is not None


_SPEAKER_REACH: Final = 12  # characters: a name or a role, not a sentence

_SPEAKER_NOTE: Final = regex.compile(r"[（(][^（）()]{1,30}[）)]$")


# ---------------------------------------------------------------------------------------------------
# the walk


# the styles of `_NUMBERING` as one alternation, tried in their order: one match per line says whether
# it is numbered and in which style (the named group that matched)
_NUMBERED = regex.compile("|".join(f"(?P<{style}>{pattern.pattern})" for style, pattern in _NUMBERING))


def _contents_lines(norm: str, paragraphs: list[tuple[int, int]]) -> frozenset[int]:
    """The lines of a bulletin's table of contents (本期要目 / ◆冬春救助暖民心 / ◆简讯 …): the short lines after
    a contents label, up to the first that repeats one of them (the body's heading), that is no short line or
    that a blank line sets apart. They name the items the body heads again: no heading of their own."""
    out: set[int] = set()
    labels = _patterns().contents
    for k, (p_start, p_end) in enumerate(paragraphs):
        if _entry(norm, p_start, p_end) not in labels:
            continue
        seen: set[str] = set()
        for j in range(k + 1, min(len(paragraphs), k + 1 + _MAX_CONTENTS)):
            a, b = paragraphs[j]
            entry = _entry(norm, a, b)
            if not entry or b - a > _MAX_CONTENTS_LINE or entry in seen:
                break
            if j > k + 1 and norm.count("\n", paragraphs[j - 1][1], a) >= 2:
                break  # (a blank line ends the contents: the body's first heading need not repeat its entry)
            seen.add(entry)
            out.add(j)
        if len(seen) < _MIN_CONTENTS:
            out.difference_update(range(k + 1, k + 1 + len(seen)))
    return frozenset(out)


def _entry(norm: str, start: int, end: int) -> str:
    """A line as a table of contents names it: without its number or bullet, brackets and blanks."""
    line = norm[start:end].strip()
    numbered = _numbering(line)
    return _ENTRY_MARKS.sub("", line[numbered[1]:] if numbered else line)


_NOT_PROBLEM: Final = "actions.not_problem"  # the rule of a heading clause that states a shortcoming
_HEADING_TEXT_END: Final = regex.compile(r"[。：:；;\s]+$")  # what ends a heading's line after its words
_ENTRY_MARKS: Final = regex.compile(r"[\s【】◆◇■□●•·▶►▍★☆]")
_MAX_CONTENTS: Final = 12  # entries
_MIN_CONTENTS: Final = 2
_MAX_CONTENTS_LINE: Final = 40


def numbering_style(text: str, pos: int = 0) -> str | None:
    """The numbering style (`_NUMBERING`'s name: cn_comma for 一、, cn_bracket for （二）, marker for ▍ …) of the line
    that opens at `pos`, or None."""
    m = _NUMBERED.match(text, pos)
    return m.lastgroup if m is not None else None


def _numbering(line: str) -> tuple[str, int] | None:
    m = _NUMBERED.match(line)
    if m is None and line[:1] not in _PLAIN_FIRST:
        # 🩺 01｜家庭医生：“健康守门人”进村入户: a post's pictograph before the section's zero-padded number
        lead = _LEADING_PICTOGRAPHS.match(line)
        padded = _NUMBERED.match(line, lead.end()) if lead is not None and 0 < lead.end() < len(line) and line[
            :lead.end()].strip() else None  # (a pictograph, not blanks alone: an indented line is read as it stands)
        m = padded if padded is not None and padded.lastgroup == "padded" else None
    if m is not None and m.lastgroup == "padded" and not _slogan_halves(line[m.end():]):
        return None  # 01 欧阳晓东 城关中学: a name and a body a blank apart, a table's row
    halves = line[m.end():].split() if m is not None and m.lastgroup == "padded" else []
    if len(halves) == 2 and (_names_person(halves[0]) and _names_person(halves[1]) or halves[1].endswith(_PERSON_ROW_ENDS)):
        return None  # (01 王建国 张丽华, 01 马成福 快递员: a name and another, or a person's trade, a table's row)
    return (m.lastgroup or "", m.end()) if m else None


_MARKER_STYLES: Final = ("marker", "arrow")  # a marked line is a section line, whatever its length
_PLAIN_FIRST: Final = frozenset("0123456789一二三四五六七八九十（(【第")  # (a line that opens so holds no pictograph first)
# what ends a person's trade or post a blank after a name (快递员, 工程师, 护士长): no half of a slogan
_PERSON_ROW_ENDS: Final = ("员", "师", "长", "者", "匠", "手")


def _slogan_halves(text: str) -> bool:
    """党建引领 凝心聚力: a heading whose two halves a blank sets apart are words of work, not a name and where the
    person works or what post (欧阳晓东 城关中学, 司马文静 党支部书记); any heading without a blank inside passes."""
    words = _TRAILING_PICTOGRAPHS.sub("", text).split()
    return len(words) < 2 or not words[-1].endswith(_row_ends())


@lru_cache(maxsize=1)
def _row_ends() -> tuple[str, ...]:
    """What ends the cell after a name in a row of people: a body's suffix (中学, 局), a place's rank (村, 社区), a post."""
    return tuple(lexicon.by_kind("entities.orgs", "suffix")) + tuple(
        row["word"] for row in lexicon.rows("entities.places") if row["kind"] in ("township", "village", "county")) + _posts()


def _unflattened(norm: str, paragraphs: list[tuple[int, int]], text: str | None = None) -> list[tuple[int, int]]:
    """The paragraphs, with those a page flattened into one line (…不断攀升。 坚持党建引领,…) apart again:
    Chinese prose puts no space after a full stop, so a space there was a paragraph break. Not the blanks the
    working copy made of emphasis inside a line (…重点。<strong>一是…。</strong>安排…, **一是…。**: `text`, the
    original, holds the marks there)."""
    # the pattern opens on a lookbehind, tried at every character of every paragraph; a break needs
    # a 。 with a space after it, which most articles lack: found once, in one search of the text
    stops = [m.start() for m in _STOP_SPACE.finditer(norm)]
    if not stops:
        return paragraphs
    out = []
    for p_start, p_end in paragraphs:
        start = p_start
        k = bisect.bisect_left(stops, p_start - 1)  # the 。 of a break may stand just before the paragraph
        if k == len(stops) or stops[k] >= p_end:
            out.append((start, p_end))
            continue
        for m in _FLATTENED_BREAK.finditer(norm, p_start, p_end):
            if text is not None and text.startswith(_INLINE_EMPHASIS, m.start()):
                continue
            out.append((start, m.start()))
            start = m.end()
        out.append((start, p_end))
    return out


def _only_spaces(norm: str, start: int, end: int) -> bool:
    """`not norm[start:end].strip()`, without copying the rest of a paragraph to find its first letter."""
    return start >= end or _NOT_SPACE.search(norm, start, end) is None


def _is_body(norm: str, start: int, end: int) -> bool:
    """Prose, or one full sentence however short (技能培训 / 举办培训班6期。), or one that leads into what follows
    (开展补贴性职业技能培训，培训结构如下——, before a table)."""
    # "at least n Chinese characters", matched in place: counting them all made a string of each
    return (_AT_LEAST_PROSE_MIN.match(norm, start, end) is not None and _PROSE_MARK.search(norm, start, end) is not None
            or _AT_LEAST_SENTENCE_MIN.match(norm, start, end) is not None and (
                norm.find("。", start, end) >= 0 or norm.endswith(_LEADS_ON, start, end)))


_LEADS_ON: Final = "——"  # 一起来看——, 培训结构如下——: a sentence that hands over to the lines after it


def _scope(h: _Heading, end: int, depth: int) -> ActionScope:
    if h.name is None:
        return _new_scope(h.start, end, None, h.start, h.start, None, depth, False, h.rule)
    return _new_scope(h.start, end, None, h.name.start, h.name.end, h.goal, depth, True, h.rule)


def _new_scope(start: int, end: int, name: str | None, name_start: int, name_end: int, goal: tuple[int, int] | None,
               depth: int, governs: bool, rule: str) -> ActionScope:
    """ActionScope(...) without its constructor: a NamedTuple's __new__ (and its `_replace`) is Python
    code, even called from the compiled module; tuple.__new__ builds the same tuple in C."""
    return tuple.__new__(ActionScope, (start, end, name, name_start, name_end, goal, depth, governs, rule))


def _ended(s: ActionScope, end: int) -> ActionScope:
    """`s._replace(end=end)`."""
    return _new_scope(s.start, end, s.name, s.name_start, s.name_end, s.goal, s.depth, s.governs, s.rule)


def _turned_down(s: ActionScope, rule: str) -> ActionScope:
    """`s` governing nothing, for `rule`: `s._replace(governs=False, name_start=s.start, name_end=s.start,
    goal=None, rule=rule)`."""
    return _new_scope(s.start, s.end, s.name, s.start, s.start, None, s.depth, False, rule)


class _Sections:
    """The heading lines open at a point of the text, outermost first, by numbering style."""

    def __init__(self, scopes: list[ActionScope]):
        self._scopes = scopes
        self._open: list[tuple[str, int]] = []  # (style, index into scopes)
        self._order: list[str] = []  # the styles in the order the article first uses them: outer first

    def close(self, style: str, at: int) -> None:
        """End the open line of `style`, and every line nested in it, at `at`; where no line of `style`
        is open (一、2024年工作情况 was no heading), every line of a style first used after it (（二）…
        ends at 二、2025年工作安排)."""
        if style not in self._order:
            # (▶ 实施… / ▶ 开展… / ■ 下一步打算: a block marker ranks above an arrow whichever the article uses first)
            arrow = self._order.index("arrow") if style == "marker" and "arrow" in self._order else len(self._order)
            self._order.insert(arrow, style)
        rank = self._order.index(style)
        for k, (s, _) in enumerate(self._open):
            if s == style or self._order.index(s) > rank:
                for _, i in self._open[k:]:
                    self._scopes[i] = _ended(self._scopes[i], at)
                del self._open[k:]
                return

    def nests(self, style: str, outer: str) -> bool:
        """Whether a line of `style` stands inside a line of `outer`: a style first used after it (or not used
        yet, which `close` ranks below every style used before)."""
        return style not in self._order or outer in self._order and self._order.index(style) > self._order.index(outer)

    def open(self, style: str, scope: ActionScope) -> None:
        self._open.append((style, len(self._scopes)))
        self._scopes.append(scope)


def _last_row(norm: str, paragraphs: Sequence[tuple[int, int]], k: int) -> bool:
    """张国栋　某合作社理事长 / … / 郑建新　某中学教师, 《村晚》　潘雨萌 / 《归巢》　游明亮, 电工　二等奖　张博 / 会计　三等奖
    白雪莹, then prose: the last row of a list of people, of works or of placings, shaped as the row before it, not a
    heading of the prose after it."""
    if k <= 0:
        return False
    (a, b), (prev_a, prev_b) = paragraphs[k], paragraphs[k - 1]
    return (recipients.person_row(norm, a, b) and recipients.person_row(norm, prev_a, prev_b)
            or _WORK_ROW.match(norm, a, b) is not None and _WORK_ROW.match(norm, prev_a, prev_b) is not None
            or _PLACING_ROW.match(norm, a, b) is not None and _PLACING_ROW.match(norm, prev_a, prev_b) is not None)


# 电工　一等奖　王浩然, 汽车维修工　三等奖　唐俊杰　某学校: a row of a list of winners, a placing among its cells
_PLACING_ROW: Final = regex.compile(rf"[^\n]*?\S[ \u3000\t]+{titles.PLACING_CELL}(?:[ \u3000\t]+\S|[ \u3000\t]*$)")
def _names_row(norm: str, start: int, end: int) -> bool:
    """周桂英　吴玉兰　陈凤芝　郑秀梅, 李秀云　张　霞: a line of people's names set apart by blanks, each opening with a
    surname (a list's row under its title's label), no heading of the prose after it."""
    row = _NAMES_ROW.fullmatch(norm, start, end)
    return row is not None and all(name[0] in surnames() for name in _NAME_CELL.findall(norm, start, end))


_NAME_CELL: Final = regex.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3}")
_NAMES_ROW: Final = regex.compile(r"[ \u3000]*(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})"
                                  r"(?:[ \u3000]{1,4}(?:[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})){1,}[ \u3000]*")
_WORK_ROW: Final = regex.compile(r"\s*《[^《》\n]{1,40}》[^\n]{0,8}?[ \u3000\t]+\S")  # 《归巢》　　游明亮: a work, then its credit
_CREDIT: Final = regex.compile(r"作者|指导教师|指导老师|选送|推荐单位")  # who made or sent the work (not 《民法典》　宣传进万家)


def find_actions(norm: str, paragraphs: list[tuple[int, int]], *, body_start: int = 0,
                 entities: Sequence[EntityMention] = (), numbers: Sequence[NumberMention] = (),
                 text: str | None = None) -> list[ActionScope]:
    """Every heading and non-action of the text, each with the stretch it governs (a non-action
    governs nothing), in text order. `text`: the original the working copy `norm` was made of, if at hand."""
    scopes: list[ActionScope] = []
    sections = _Sections(scopes)
    paragraphs = _unflattened(norm, paragraphs, text if text is not None and len(text) == len(norm) else None)
    text_end = paragraphs[-1][1] if paragraphs else 0
    entities_at, numbers_at = _entities_by_position(entities), _numbers_by_position(numbers)
    stops = _stop_positions(norm)

    def candidate(start: int, p_end: int) -> _Candidate:
        # a scan from `start` to the clause's stop: candidates are a paragraph's first clause and an
        # opener's, a few per article; an index of every stop of the text (`scan.ClauseIndex`) cost more
        # to build than the scans it saved
        end = _clause_end_from(norm, start, p_end)
        stop = norm[end] if end < p_end else ""
        return _new_candidate(norm, start, end, stop, body_start, entities_at, numbers_at)

    def enclosed(start: int, end: int) -> _Candidate:  # the text inside brackets, whatever stops it holds
        return _new_candidate(norm, start, end, "", body_start, entities_at, numbers_at)

    contents = _contents_lines(norm, paragraphs)
    # lines closed by a colon that may head a section: one alone is a label, two or more group the report
    colon_lines = sum(1 for a, b in paragraphs if b - a <= HEADING_CLAUSE_MAX and norm[b - 1:b] in _COLONS
                      and _colon_heading(norm, a, b))
    if colon_lines == 1:
        # 线上宣传扩面增效 / 线下宣传直达基层 / 培训演练提升能力：: two short lines with no stop or more, each over its
        # body, group the report with one closed by a colon as lines closed by a colon do (not one plain line beside
        # two colon labels: 活动亮点：, 经验启示：)
        bare = _bare_heading_lines(norm, paragraphs, body_start)
        if bare >= _COLON_SIBLINGS - 1:
            colon_lines += bare
    # lines of a label, a colon and a subtitle over their bodies (党建引领：“红色网格”织密服务一张网): two or more head
    # the report's sections, as lines closed by a colon do
    # (not 【敬业奉献】何春梅：山村教学点的“守望者”, a bracketed class and an entry's person: the brackets' own rules; after
    # the body's first prose, not the headline; a subtitle is no quotation, 王大妈：“如今…”; unnumbered lines head a report that
    # numbers none of its lines, not the labels inside numbered sections, 责任单位：县卫健局 县医保局)
    # (a numbered line before them: the labels are nested in its section, or a notice's fields)
    numbered_first = next((a for a, b in paragraphs if a >= body_start and _numbering(norm[a:b]) is not None), len(norm))
    # (a page's header sets its headline apart: the body may open on its first section; a bare text's first line is its
    # headline)
    first_line = -1 if body_start > 0 else 0
    subtitled: list[int] = []
    plain: list[int] = []  # (unnumbered, they head the report where two open it before any numbered line: its items)
    for k, (a, b) in enumerate(paragraphs[:-1]):
        m = _SUBTITLED_HEADING.fullmatch(norm, a, b) if a >= body_start and k > first_line and b - a <= SECTION_LINE_MAX else None
        if m is None or not _is_body(norm, *paragraphs[k + 1]) or _QUOTED_SUBTITLE.fullmatch(norm, m.end("label") + 1, b):
            continue
        if _VALUE_SUBTITLE.match(norm, m.end("label") + 1, b):
            continue  # (新增社会化服务面积：约12万亩次 over a sentence: a label and its value, a page's figure, no heading)
        if not m.group("number"):
            if _BLANK_INSIDE.search(norm, m.end("label") + 1, b):
                continue
            plain.append(k)
        subtitled.append(k)
    if sum(1 for k in plain if paragraphs[k][0] < numbered_first) < _SUBTITLED_SIBLINGS:
        subtitled = [k for k in subtitled if k not in plain]
    subtitled_lines = frozenset(subtitled) if len(subtitled) >= _SUBTITLED_SIBLINGS else frozenset()
    # 抓好粮食生产 / 粮食播种面积：52.6万亩 / 粮食总产量：21.4万吨: short bare lines, each over lines of a label and its
    # value, head a page of figures whose marks or bold were lost (two or more of them; one alone is a caption)
    value_lines = [_VALUE_LINE.match(norm, a, b) is not None for a, b in paragraphs]  # (read once, by both below)
    over_values = [k for k, (a, b) in enumerate(paragraphs[:-2])
                   if a >= body_start and _over_values(norm, paragraphs, value_lines, k)]
    value_headings = frozenset(over_values) if len(over_values) >= _SUBTITLED_SIBLINGS else frozenset()
    # a page of figures: three lines or more in a row, each a label and its value (普及培训：156场次 / 受训群众：2.31万人次 / …):
    # on it, a line of a label and a clause with a figure, no sentence, is one of its figures, no lead-in
    figures_page = bool(value_headings) or _value_line_run(paragraphs, value_lines, body_start) >= _FIGURES_RUN
    # 🌤️ 蓝天保卫战 / 💧 碧水保卫战 over lines broken short (a WeChat post's): two or more short lines a pictograph opens,
    # no figure or stop in them, head the post's sections whatever the lines after them
    # (🏠 改造老旧小区 / 26个: a caption over its bare figure, a page of figures set large, no heading)
    # (🧹 家庭保洁 / 👶 母婴护理: items of a list one after another, no headings; 📌 26个 / 🏠 改造老旧小区: a caption
    # under a marked figure)
    pictograph_heads = [k for k, (a, b) in enumerate(paragraphs[:-1]) if a >= body_start and b - a <= _PICTOGRAPH_HEAD_MAX
                        and _PICTOGRAPH_HEAD.match(norm, a, b) and not _NO_PICTOGRAPH_HEAD.search(norm, a, b)
                        and not _bare_figure_line(norm[paragraphs[k + 1][0]:paragraphs[k + 1][1]])
                        and not _pictograph_name_line(norm, *paragraphs[k + 1])
                        and not (k > 0 and _pictograph_name_line(norm, *paragraphs[k - 1]))
                        and not (k > 0 and _marked_figure_line(norm, *paragraphs[k - 1]))]
    pictograph_lines = frozenset(pictograph_heads) if len(pictograph_heads) >= _SUBTITLED_SIBLINGS else frozenset()
    shortcomings = ""  # the numbering style of the section of shortcomings the paragraphs stand in ("": none)
    for k, (p_start, p_end) in enumerate(paragraphs):
        line = norm[p_start:p_end]
        if k in contents:
            continue
        if _BULLET.match(line) or _PICTOGRAPH_ITEM.match(line) and _same_mark_beside(norm, paragraphs, k):
            # ●打击电信网络诈骗。破获…: a list item is never a heading, but its first sentence may lead in
            # to the rest of it, as a paragraph's does
            at = p_start + 1
            while at < p_end and norm[at] in " \t":
                at += 1
            lead = _lead_in(candidate(at, p_end), p_end) if at < p_end else None
            if lead:
                scopes.append(_scope(lead, p_end, DEPTH_PARAGRAPH))
            continue
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        numbered = _numbering(line)
        # 【冬春救助暖民心】, 一、【冬春救助暖民心】: a heading in brackets, numbered or not
        bracket_at = numbered[1] if numbered and line.startswith("【", numbered[1]) else 0
        bracket_style = numbered[0] if numbered and bracket_at else "bracket"
        bracketed = _bracketed_heading(norm, p_start + bracket_at, p_end, nxt, enclosed) if line.startswith(
            "【", bracket_at) else None
        if bracketed:
            numbered = None
        # (01 灭火救援 🚒: the pictographs after a heading are no part of it)
        trailing = _TRAILING_PICTOGRAPHS.search(norm, p_start, p_end) if numbered else None
        words_end = trailing.start() if trailing is not None else p_end
        # (🛣️ 路网提档升级: the pictographs before an unnumbered heading are no part of it either)
        leading = _LEADING_PICTOGRAPHS.match(norm, p_start, p_end) if not numbered else None
        words_start = p_start + numbered[1] if numbered else leading.end() if leading is not None else p_start
        first = candidate(words_start if words_start < p_end else p_start, words_end if words_end > words_start else p_end)
        alone = _only_spaces(norm, first.end + 1, words_end)  # the first clause is the whole paragraph
        line_heading: tuple[_Heading, str] | None = None
        opens = _may_open(line, 0)
        if bracketed and bracketed[1] < 0:
            line_heading = bracketed[0], bracket_style
        elif bracketed:
            sections.close(bracket_style, p_start)
            scopes.append(_scope(bracketed[0], p_end, DEPTH_PARAGRAPH))
            scopes.extend(_openers(norm, bracketed[1], p_end, candidate, stops=stops, numbered=True))
            continue
        elif numbered and (numbered[0] in _MARKER_STYLES or (alone and p_end - p_start <= SECTION_LINE_MAX
                                                       and first.stop in _ENDS_AS_HEADING)):
            line_heading = _judged(first, p_start, _NUMBERED_LINE, "actions.section_line"), numbered[0]
        elif (not numbered and alone and not _figure_line(line) and not scan.CALLED_OUT.match(line) and len(line.strip()) >= _HEADING_MIN and (not first.stop or first.stop in _EXCLAIMS or first.stop in _COLONS and (
                colon_lines >= _COLON_SIBLINGS and _colon_heading(norm, p_start, p_end) and not _ends_on_name(first)))
              and not _longer_than_heading(line) and nxt and (_is_body(norm, *nxt) or k in value_headings and _opens_on_verb(first.text) or _PICTOGRAPH_HEAD.match(line) and (
                  _FIGURE_ITEM.match(norm, *nxt) or _PICTOGRAPH_FIGURE.match(norm, *nxt) and _figure_line(norm[nxt[0]:nxt[1]])
                  or k in pictograph_lines) and _names_work(first.text))
              and not _last_row(norm, paragraphs, k)
              and not _captions_figure(norm, paragraphs, k)):
            line_heading = _judged(first, p_start, _PLAIN_LINE, "actions.section_line"), "plain"
            if line_heading[0].rule == _REPORT_SENTENCE.rule and words_start == p_start and _DIGIT.search(line) and _figures(
                    first, digits=False):
                # ▍防灾减灾救灾 / 新建应急避难场所12个 / 组织开展…168场次，参与群众…: a short bare line counting work done in
                # digits, over a line of prose, reports under the section it stands in; it neither heads nor ends one (一本写满
                # 数字的巡山日志, a profile's subheading, and 📌 办好10件民生实事, a marked one, still end the one before them)
                line_heading = None
        if line_heading is None and k in subtitled_lines and not _names_a_speaker(first) and not _SPEAKER_ROLE.search(first.text):
            # judged by its label (a subtitle is a slogan: 织密服务一张网 counts nothing), named by the programme its
            # subtitle launches, else the brand the line works on wherever it stands (民生实事：“家门口”服务暖人心)
            padded = _PADDED_NUMBER.match(line) if numbered is None else None
            if padded is not None:  # (03　“暖心家医”行动：签约一人 履约一年: a blank in the subtitle, no table's row)
                numbered = ("padded", padded.end())
                first = candidate(p_start + padded.end(), p_end)
            heading = _judged(first, p_start, _NUMBERED_LINE if numbered else _PLAIN_LINE, "actions.section_line")
            subtitle = first.end + 1
            named = (_programme_at(norm, subtitle, p_end, verb_required=True) or _brand(norm, first.start, p_end)
                     or _name(norm, first.start, p_end)) if heading.name is not None else None
            if named is not None:
                # (“存史”：开展“红色记忆”档案征集行动: the programme the subtitle launches over the label's brand; else the
                # line as written, label and subtitle, 疾病防控：筑牢公共卫生防线: the heading's text)
                heading = _named(first, p_start, named, "actions.section_line")
            line_heading = heading, numbered[0] if numbered else "subtitled"
        if line_heading:
            heading, style = line_heading
            # (二、存在的问题: its openers, 一是农村公路养护资金缺口大, state shortcomings, no lines of work, up to the next
            # heading not nested in it: 三、, or 二、 after a plain line 存在问题 under 一、)
            if _patterns().shortcomings.fullmatch(_HEADING_TEXT_END.sub("", line[numbered[1]:] if numbered else line).strip()):
                shortcomings = style
            elif shortcomings and not sections.nests(style, shortcomings):
                shortcomings = ""
            sections.close(style, p_start)
            if heading.name is None:
                scopes.append(_scope(heading, p_end, DEPTH_SECTION))
            else:
                sections.open(style, _scope(heading, text_end, DEPTH_SECTION))
            continue
        if shortcomings and numbered and not sections.nests(numbered[0], shortcomings):
            shortcomings = ""
        if shortcomings:
            # (its openers read, then recorded as what they are: shortcomings, `actions.not_problem`, whatever their words)
            scopes.extend(_new_scope(o.start, o.end, None, o.start, o.start, None, o.depth, False, _NOT_PROBLEM)
                          if o.governs else o for o in _openers(norm, p_start, p_end, candidate, stops=stops,
                                                                numbered=numbered is not None, line=line, opens=opens))
            continue
        paragraph_heading: _Heading | None = None
        if numbered:
            sections.close(numbered[0], p_start)
            paragraph_heading = _heading_clause(first, p_start, "actions.numbered_paragraph")
        elif not (opens and _patterns().opener.match(line)) and not (
                figures_page and _DATA_LINE.fullmatch(line)):  # (规上工业增加值：增长7.2%, AED配置：在…投放除颤器18台: a page's figure)
            paragraph_heading = _programme_paragraph(first, p_end) or _lead_in(first, p_end)
        if paragraph_heading:
            scopes.append(_scope(paragraph_heading, p_end, DEPTH_PARAGRAPH))
        scopes.extend(_openers(norm, p_start, p_end, candidate, stops=stops, numbered=numbered is not None,
                               line=line, opens=opens))
    _changes_among_results(scopes, norm)
    _lone_brackets(scopes)
    _lone(scopes, "actions.lead_in", "actions.not_lone_lead_in", DEPTH_PARAGRAPH)
    _lone(scopes, "actions.opener", "actions.not_lone_opener", DEPTH_OPENER,
          enumerated=lambda s: _patterns().sequence_opener.match(norm, s.start) is None)
    # built whole: NamedTuple's `_replace` goes through a dict of its fields
    return [_new_scope(s.start, s.end, norm[s.name_start:s.name_end], s.name_start, s.name_end, s.goal, s.depth,
                        s.governs, s.rule) if s.governs else s for s in scopes]


def _value_line_run(paragraphs: Sequence[tuple[int, int]], value_lines: Sequence[bool], body_start: int) -> int:
    """The longest run of lines in a row of the body that each give a label and its value (粮食播种面积：47.3万亩), the
    lines `value_lines` flags."""
    best = run = 0
    for (a, _), valued in zip(paragraphs, value_lines):
        run = run + 1 if a >= body_start and valued else 0
        best = max(best, run)
    return best


_FIGURES_RUN: Final = 3
# “救在身边”进校园：走进中小学42所, 慰问物资：米面油、棉被等折合人民币约58万元: a short label, its colon, then a clause with a
# figure and no sentence's stop
_DATA_LINE: Final = regex.compile(r"[ \t\u3000]*[^，,。；;：:\n]{2,16}[：:][^。！!？?\n]*[0-9０-９][^。！!？?\n]*")


def _over_values(norm: str, paragraphs: Sequence[tuple[int, int]], value_lines: Sequence[bool], k: int) -> bool:
    """发展特色产业 / 生猪出栏：42.6万头 / 新培育家庭农场：65家: line `k` is a short line of words alone (no number, stop,
    colon or figure) over two lines that each give a label and, after its colon, a figure (flagged in `value_lines`)."""
    return value_lines[k + 1] and value_lines[k + 2] and _BARE_WORDS.fullmatch(norm, *paragraphs[k]) is not None


def _opens_on_verb(text: str) -> bool:
    """稳住粮食生产, 建设高标准农田, 做优服务业: a line of work opens on its verb (or an adjective made one, 稳定, 做优); not
    an indicator's caption or a body's name (工业经济, 消费市场, 城关镇人民政府)."""
    words = _tagged(text.strip())
    return bool(words) and (words[0][1][:1] in ("v", "a") or words[0][0] in _work_verbs())


# 稳住粮食生产, 推进和美乡村建设: words alone on a line, a heading's length
_BARE_WORDS: Final = regex.compile(r"[ \t\u3000]*[\u4e00-\u9fff“”]{4,16}[ \t\u3000]*")
# 粮食播种面积：47.3万亩, 脐橙产量：约28万吨: a label, its colon, a figure (not a year: 2024年…)
_VALUE_LINE: Final = regex.compile(r"[ \t\u3000]*[^，,。；;：:\n]{2,30}[：:]" + _VALUE_SUBTITLE.pattern)


def _bare_heading_lines(norm: str, paragraphs: Sequence[tuple[int, int]], body_start: int) -> int:
    """How many lines of the body are short, unnumbered, with no stop in them (an exclamation or a question at their end),
    each over a paragraph of prose and after one (a headline over the first paragraph is no section's):
    the shape of a report's plain section headings."""
    count = 0
    prose_before = False
    for k in range(len(paragraphs) - 1):
        a, b = paragraphs[k]
        if not prose_before:
            prose_before = a >= body_start and _is_body(norm, a, b)
            continue
        if b - a > HEADING_CLAUSE_MAX or b - a < _BARE_HEADING_MIN or _numbering(norm[a:b]) is not None:
            continue
        if any(norm[i] in _SENTENCE_STOPS or norm[i] in "，," for i in range(a, b - 1)) or (
                norm[b - 1] not in _EXCLAIMS and norm[b - 1] in _SENTENCE_STOPS) or norm[b - 1] in "，,":
            continue
        if not titles.is_han(norm, a) or not _is_body(norm, *paragraphs[k + 1]):
            continue
        count += 1
    return count


_BARE_HEADING_MIN: Final = 4  # the fewest characters of a plain heading line (shorter: a label, a name)


def _same_mark_beside(norm: str, paragraphs: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether the paragraph before or after paragraph `k` opens with the mark `k` opens with (a run of items)."""
    mark = norm[paragraphs[k][0]]
    return k > 0 and norm[paragraphs[k - 1][0]] == mark or k + 1 < len(paragraphs) and norm[paragraphs[k + 1][0]] == mark


def _openers(norm: str, p_start: int, p_end: int, candidate: Callable[[int, int], _Candidate], *,
             stops: list[int], numbered: bool, line: str | None = None,
             opens: bool | None = None) -> list[ActionScope]:
    """一是…二是… inside a paragraph (`line`: norm[p_start:p_end], where the caller has it): each governs up
    to the next one or the paragraph's end. A paragraph's own numbering ((一), 第三,) is its heading, not
    an opener. `stops`: `_stop_positions(norm)`; `opens`: `_may_open(line, 0)`, where the caller has it."""
    if line is None:
        line = norm[p_start:p_end]
    starts = _sentence_starts(line, p_start, stops)
    if not numbered and (_may_open(line, 0) if opens is None else opens):
        starts.insert(0, 0)
    if not starts:
        return []
    p = _patterns()
    found = scan.matches_at(p.opener, line, starts)
    label = p.speaker_line.match(line) if line[:1] in _speaker_firsts() or line[:1].isspace() else None
    after_label = p.sequence_after_speaker
    if label is None and "方面" in line:
        # 在食品安全监管方面，一是强化日常监管。: the paragraph names its field first, then its lines of work
        label, after_label = _TOPIC_FRAME.match(line), p.opener_after_frame
    if label is not None:
        first = after_label.match(line, label.end())
        if first is not None and not any(m.start() < first.end() for m in found):
            found.insert(0, first)
    out = []
    for i, m in enumerate(found):
        start = p_start + m.start() + len(m.group()) - len(m.group().lstrip())
        end = p_start + found[i + 1].start() if i + 1 < len(found) else p_end
        clause_start = p_start + m.end()
        while clause_start < end and norm[clause_start] in _AFTER_OPENER:
            clause_start += 1
        heading = _heading_clause(candidate(clause_start, end), start, "actions.opener")
        out.append(_scope(heading, end, DEPTH_OPENER))
    return out


# 在防灾减灾救灾方面，: a paragraph's opening clause naming the field its openers work in
_TOPIC_FRAME: Final = regex.compile(r"[ \t\u3000]*在?[^，,。；;：:\n]{1,24}方面[，,]")


@lru_cache(maxsize=1)
def _speaker_firsts() -> frozenset[str]:
    """The first characters of the speakers' labels (问, 答, 记, …): most lines open with none of them."""
    return frozenset(w[0] for w in _patterns().speakers)


def _stop_positions(norm: str) -> list[int]:
    """Where the sentence stops an opener may follow stand in the text, in order, found by a plain
    search for each: a regex for any of them is tried at every character, many times slower."""
    return scan.positions(norm, _SENTENCE_STOPS)


def _sentence_starts(line: str, p_start: int, stops: list[int]) -> list[int]:
    """The places of `line` (the text's from `p_start`) just after a sentence stop (`stops`, from
    `_stop_positions`) where an opener may stand (`_may_open`): most stand before none."""
    out = []
    firsts = _opener_firsts()
    k, end = bisect.bisect_left(stops, p_start), p_start + len(line) - 1
    while k < len(stops) and stops[k] < end:
        i = stops[k] + 1 - p_start
        if line[i] in firsts or line[i].isspace():
            out.append(i)
        k += 1
    return out


def _lone(scopes: list[ActionScope], rule: str, lone_rule: str, depth: int, *,
          enumerated: Callable[[ActionScope], bool] | None = None) -> None:
    """Headings of `rule` stand only with siblings (`SIBLINGS_MIN`): other headings at their depth that
    are not numbered paragraphs (a lead-in beside 一、…。 paragraphs is the article's lead), or for
    openers any opener (二是 after 一是, whatever follows it). `enumerated`, for openers: whether an
    opener enumerates (其次, 二是); 首先…然后…最后 narrate the steps of an event, so openers stand only
    where one of them enumerates. Alone, they are `lone_rule`, unless a heading of an outer depth
    governs them: under a heading the text is grouped already, and a lone lead-in or 一是 there is the
    one sub-heading of its section, not the article's lead or a step of a story."""
    if all(s.rule != rule for s in scopes):  # most articles have none: nothing to count
        return
    siblings = [s for s in scopes if s.depth == depth and (s.governs or depth == DEPTH_OPENER)
                and s.rule not in _MARKED_PARAGRAPHS]
    if len(siblings) >= SIBLINGS_MIN and (enumerated is None or any(enumerated(s) for s in siblings)):
        return
    under_heading = _covered([(s.start, s.end) for s in scopes if s.governs and s.depth < depth])
    for i, s in enumerate(scopes):
        if s.rule != rule:
            continue
        nested = under_heading(s.start) and (enumerated is None or enumerated(s))
        if not nested:
            scopes[i] = _turned_down(s, lone_rule)


def _changes_among_results(scopes: list[ActionScope], norm: str) -> None:
    """A heading that names a change without a degree word (`_change_heading`: 技能提升) is a line of work
    beside lines of work (就业创业, 社会保障) and a result beside results (基层治理成效明显, 商圈经济稳中有进):
    an article's headings are of one kind. Siblings are the other headings and results at its depth."""
    changes = [i for i, s in enumerate(scopes) if s.governs and _change_heading(norm[s.name_start:s.name_end])]
    for i in changes:
        s = scopes[i]
        siblings = [t for k, t in enumerate(scopes) if k not in changes and t.depth == s.depth]
        results = sum(1 for t in siblings if t.rule == _RESULT.rule)
        if results > sum(1 for t in siblings if t.governs):
            scopes[i] = _turned_down(s, _RESULT.rule)


_BRACKETED_RULES = ("actions.bracketed_line", "actions.bracketed_paragraph")
_MARKED_PARAGRAPHS = ("actions.numbered_paragraph", "actions.bracketed_paragraph")  # not a lead-in's siblings


def _lone_brackets(scopes: list[ActionScope]) -> None:
    """【…】 headings stand only with siblings: a lone one is a column tag or a dateline (【专题】, 【本网讯】)."""
    if sum(1 for s in scopes if s.governs and s.rule in _BRACKETED_RULES) >= SIBLINGS_MIN:
        return
    for i, s in enumerate(scopes):
        if s.governs and s.rule in _BRACKETED_RULES:
            scopes[i] = _turned_down(s, "actions.not_lone_bracketed")


def _covered(stretches: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position lies in one of `stretches` (a look-up in their merged union)."""
    merged: list[list[int]] = []
    for start, end in sorted(stretches):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def covers(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]
    return covers


class Governing:
    """Which heading governs each position of an article: the innermost governing stretch there (the
    deepest; at one depth the latest to start, then the latest recorded), None where it has no name.
    Built once per article, so that a stage asking for every claim's action reads in log time what a
    scan of every stretch would read in time growing with the article."""

    def __init__(self, scopes: Sequence[ActionScope]):
        governing = [(i, s) for i, s in enumerate(scopes) if s.governs]
        self._bounds = sorted({p for _, s in governing for p in (s.start, s.end)})
        self._found: list[ActionScope | None] = []
        by_start = sorted(governing, key=lambda item: (item[1].start, item[0]))
        open_at: dict[int, list[tuple[int, int, int, ActionScope]]] = {}  # depth -> heap, latest start on top
        k = 0
        for bound in self._bounds:
            while k < len(by_start) and by_start[k][1].start == bound:
                i, s = by_start[k]
                heapq.heappush(open_at.setdefault(s.depth, []), (-s.start, -i, s.end, s))
                k += 1
            best: ActionScope | None = None
            for depth in sorted(open_at, reverse=True):
                heap = open_at[depth]
                while heap and heap[0][2] <= bound:
                    heapq.heappop(heap)
                if heap:
                    best = heap[0][3]
                    break
            self._found.append(best if best is not None and best.name else None)

    def at(self, pos: int) -> ActionScope | None:
        k = bisect.bisect_right(self._bounds, pos) - 1
        return self._found[k] if 0 <= k < len(self._found) else None


def action_at(scopes: Sequence[ActionScope] | Governing, pos: int) -> ActionScope | None:
    """The innermost governing stretch that holds `pos` (None: no action). Pass a `Governing` built
    once where many positions of one article are asked for."""
    return (scopes if isinstance(scopes, Governing) else Governing(scopes)).at(pos)


class ActionFinder:
    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        text, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_actions"
        ext.xf_actions = find_actions(norm, d.required(ext, "xf_paragraphs", stage),
                                      body_start=d.required(ext, "xf_body_start", stage),
                                      entities=d.entities(ext, stage), numbers=d.numbers(ext, stage), text=text)
        return doc
