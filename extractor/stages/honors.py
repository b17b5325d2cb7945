"""Stage: honors. Who was honoured with what, at which administrative level.

Four shapes (`honors.triggers.tsv`): 刘亦光家庭获评全国最美家庭 (recipient first), 3人被团省委评为…
(passive, with the issuing body), 授予…等46个单位“…奖状” (grant, titles in quotes, several in a row),
命名…等100位同志为… (name as). A recipient list (A、B和C获评…) gives one honour per recipient, and a
list of recipients facing a list of titles of the same length pairs them in order; a counted
collective (54个集体、家庭、项目及个人) stays whole. A title worn as an epithet is not a trigger's
object, so it is never read.

`level` follows the administrative rank of whoever issues the title: the first place or rank word
in the title (全国, 山东省, 潍坊市 from the gazetteer, a bare 市/区 read as the article's home place),
else the issuing body (被团省委评为), else the level of an earlier, fuller title it abbreviates.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..text import scan
from . import doc as d
from . import gazetteer
from .doc import EntityMention, HonorFact
from .entities import places_in

_HARD = frozenset("。;；!！?？\n")
_CLAUSE = _HARD | frozenset(",，:：")
_LIST_ITEMS = frozenset("、和及与")  # what separates the items of a list
_TITLES_APART = frozenset("、")  # titles: 和 may sit inside one
_OPEN, _CLOSE = scan.OPEN, scan.CLOSE
_CJK = "\u4e00-\u9fff"
_COUNT = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[个名位人家项支户所批]")
_GENERIC = {"集体", "家庭", "个人", "项目", "单位", "组织", "同志", "先进", "人员"}
_TITLE_TAIL = re.compile(r"(?:等?(?:荣誉称号|称号|荣誉|光荣称号)|命名.*)$")
_TITLE_HEAD = re.compile(r"^(?:其|了|为|首批|第[一二三四五六七八九十\d]+批)")
_HONOR_WORDS = re.compile(r"称号|荣誉|奖|杯|旗|命名|标兵|模范|先进|示范|优秀|最美|最佳|十佳|十大|能手|之星|明星|先锋|红旗|文明|好人|标杆|“")
_RECIPIENT_HEAD = re.compile(r"(?:成功推荐|推荐|成功|此外|其中|同时|另外|我[校院局区县市]|并|还|也|先后|分别)+")
_NATIONAL = re.compile(r"^(?:全国|中国|中华|国家|团中央|共青团中央|中央|国务院)")
_BARE_RANK = re.compile(r"^(省|自治区|市|州|盟|区|县|旗|镇|乡|街道)")
_QUOTED = re.compile(r"“([^”]+)”")
_NOT_A_TITLE = re.compile(r"表彰$|表扬$|支持$|资助$|好评$|认可$|\d")  # after a weak trigger (获得支持)
_ANNEX_END = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|附件)")
_TRAILING_PAREN = re.compile(r"[(（][^)）]*[)）]$")
_NEXT_GRANT = re.compile(r"(?:荣誉称号|称号)?[、,，和及]")
_COMMEND = re.compile(r"表彰命名了|表彰了|命名了|表彰")
_LIST_SEPARATOR = re.compile("[、和及]")
_NAME_CHARS = re.compile(rf"[{_CJK}“”()（）·]+")
_VERB_IN_LIST = re.compile("获|被|为|开展|举办|组织|授予|命名")
_SHORT_NAME = re.compile(f"[{_CJK}]{{2,3}}")
_CONJUNCTION = re.compile("[和与及]")
_EDITION = re.compile(r"^(?:\d{4}年度?|\d+届|第[\d一二三四五六七八九十]+届|首届|首批|第[\d一二三四五六七八九十]+批)")
_UNLISTED_PLACE = re.compile(rf"[{_CJK}]{{2,4}}?(县|区|旗|镇|乡|街道)")
_RANKED_BODY = re.compile(r"团(省|市|县|区)委|(省|市|县|区)(?:委|政府|妇联|总工会|科协|残联)")
_NATIONWIDE = re.compile("全国|中国|中央")
_TOWNSHIP_NAME = re.compile(rf"[{_CJK}]{{2,4}}?(镇|乡|街道)")
_COLLECTIVE = re.compile("集体|个人|同志|班组|团队|队伍")
_COUNTED = re.compile(r"\d|等")
_PROJECT = re.compile("项目|活动|“")
_BODY_TAIL = re.compile("队|会|中心|委")
_ORGANIZATION_TAIL = re.compile("会|委|中心|院|校|局|站|队|公司|馆|所|社|室|组")
_PLACE_TAIL = re.compile("村|社区|镇|乡|街道|省|市|县|区$")


@lru_cache(maxsize=1)
def _triggers() -> dict[str, re.Pattern]:
    rows = lexicon.rows("honors.triggers")
    words = {form: lexicon.alternation(r["word"] for r in rows if r["form"] == form)
             for form in ("recipient_first", "weak", "passive", "grant", "name_as")}
    return {
        "any": re.compile(lexicon.alternation(r["word"] for r in rows)),
        "passive": re.compile(rf"被([^,，。;；被]{{0,16}}?)(?:{words['passive']})"),
        "recipient_first": re.compile(rf"(?:{words['recipient_first']})"),
        "weak": re.compile(rf"(?:{words['weak']})(?!得了)"),
        "grant": re.compile(rf"(?:{words['grant']})"),
        "name_as": re.compile(rf"(?:{words['name_as']})(?!为)"),
        "epithet_list": re.compile(rf"(?:曾)?(?:获得|荣获|获)((?:“[^”]{{2,30}}”[、,，]?)+)等(?:荣誉|称号|奖项|表彰)的([{_CJK}]{{2,3}})(?=[,，、。;；])"),
    }


def find_honors(norm: str, sentences: list[tuple[int, int]], entities: list[EntityMention],
                home_level: str | None, paragraphs: Sequence[tuple[int, int]] = ()) -> list[HonorFact]:
    persons = [e for e in entities if e.label == "PERSON"]
    found: list[HonorFact] = []
    for s_start, s_end in sentences:
        if _triggers()["any"].search(norm, s_start, s_end):  # most sentences name no honour at all
            found.extend(_in_sentence(norm, s_start, s_end, persons, entities))
    found.extend(_annex_lists(norm, paragraphs))
    resolved: list[HonorFact] = []
    for i, h in enumerate(found):
        level, issuer = _level(norm, h, home_level)
        if level == "unknown":
            level = _inherited_level(norm, h, resolved)
        resolved.append(HonorFact(h.recipient, h.honor, h.verb, level, issuer, _recipient_type(norm, h, entities), h.rule))
    return _dedupe(norm, resolved)


def _in_sentence(norm, s_start, s_end, persons, entities) -> list[HonorFact]:
    t = _triggers()
    out: list[HonorFact] = []
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    for m in t["epithet_list"].finditer(norm, s_start, s_end):
        # 曾获得“A”“B”等荣誉的单云鹏: the titles come before the person who won them
        person = (m.start(2), m.end(2))
        for q in _QUOTED.finditer(m.group(1)):
            qs = m.start(1) + q.start(1)
            out.append(HonorFact(person, (qs, qs + len(q.group(1))), (m.start(), m.start() + 2),
                                 "unknown", None, "", "honors.epithet_list"))
        taken.append((m.start(), m.end()))

    for m in _grant_matches(norm, s_start, s_end, t, [e for e in entities if e.label in ("PERSON", "ORG", "GPE")]):
        if free(m[0][0], m[1][1]):
            out.append(HonorFact(m[0], m[1], m[2], "unknown", None, "", m[3]))
    for f in out:
        taken.append((min(f.recipient[0], f.verb[0]), max(f.honor[1], f.recipient[1])))

    verbs: list[tuple[int, int, str, str | None]] = []
    for form in ("passive", "recipient_first", "weak"):
        for m in t[form].finditer(norm, s_start, s_end):
            if norm.startswith("的", m.end()):
                continue  # 新当选的“五一奖”获得者: an attribute, not an award
            if free(m.start(), m.end()) and all(m.end() <= v[0] or m.start() >= v[1] for v in verbs):
                verbs.append((m.start(), m.end(), form, m.group(1) if form == "passive" else None))
    verbs.sort()
    prev_end = s_start
    for i, (v_start, v_end, form, agent) in enumerate(verbs):
        next_verb = verbs[i + 1][0] if i + 1 < len(verbs) else s_end
        h_end = _title_end(norm, v_end, next_verb, s_end)
        honor = _clean_title(norm, v_end, h_end)
        r_start = _recipient_start(norm, v_start, prev_end, persons)
        prev_end = h_end
        if honor is None or r_start >= v_start:
            continue
        title = norm[honor[0]:honor[1]]
        if form == "weak" and not (_HONOR_WORDS.search(title) or norm[h_end - 2:h_end] == "称号"):
            continue
        if form == "weak" and _NOT_A_TITLE.search(title):
            continue
        recipients = _recipients(norm, r_start, v_start, [e for e in entities if e.label in ("PERSON", "ORG", "GPE")])
        titles = _split_titles(norm, honor) if len(recipients) > 1 else [honor]
        pairs = list(zip(recipients, titles)) if len(titles) == len(recipients) else [(r, honor) for r in recipients]
        rule = f"honors.{form}"
        for recipient, title_span in pairs:
            out.append(HonorFact(recipient, title_span, (v_start, v_end), "unknown", agent, "", rule))
    return out


_ANNEX_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*([^\s(（]{4,30})[(（]\s*\d+\s*[名个项人家位户支][)）]\s*$")
_ANNEX_ITEM = re.compile(r"[^\s、,，;；]+(?:[(（][^)）]{1,12}[)）])?")


def _annex_lists(norm, paragraphs) -> list[HonorFact]:
    """A decision's annex: 一、绵阳市最美志愿者(12名) then the names, one honour per name."""
    out = []
    title = None
    for p_start, p_end in paragraphs:
        head = _ANNEX_HEADING.fullmatch(norm, p_start, p_end)
        if head and _HONOR_WORDS.search(head.group(1)):
            title = (head.start(1), head.end(1))
            continue
        if title is None:
            continue
        line = norm[p_start:p_end]
        if "。" in line or len(line) > 120 or _ANNEX_END.match(line):
            title = None
            continue
        for m in _ANNEX_ITEM.finditer(norm, p_start, p_end):
            name_end = m.end()
            paren = _TRAILING_PAREN.search(m.group(0))
            if paren:
                name_end = m.start() + paren.start()  # 李建军(涪城区): the place is not the name
            if name_end - m.start() >= 2:
                out.append(HonorFact((m.start(), name_end), title, title, "unknown", None, "", "honors.annex_list"))
    return out


def _grant_matches(norm, s_start, s_end, t, named_entities):
    """授予 A“X”、B“Y”称号 / 命名 A 为 X / 表彰命名了“X”99家."""
    for m in t["grant"].finditer(norm, s_start, s_end):
        clause_start = max(norm.rfind(ch, s_start, m.start()) for ch in ",，;；:：") + 1
        if "被" in norm[max(clause_start, s_start):m.start()]:
            continue  # 林晓燕被授予…: the passive form, read below
        pos = m.end()
        first_object = pos
        while pos < s_end:
            q = norm.find("“", pos, min(s_end, pos + 48))
            if q < 0:
                break
            close = norm.find("”", q, s_end)
            if close < 0:
                break
            recipient = (pos, q)
            gap = norm[pos:q]
            if pos > m.end() and t["grant"].match(gap):
                break  # …，授予B“Y”: the next grant is read on its own
            after = close + 1
            whole = False
            count = _COUNT.match(norm, after, s_end)
            if not gap.strip("、,，和及 ") and count:
                recipient = (after, count.end())  # 表彰命名了“X”99家: the count follows the title
                after = count.end()
            elif not gap.strip() and norm[pos - 1] in "了授予并" and pos == first_object:
                recipient = _object_before(norm, m.start(), s_start)
                whole = True  # 表彰命名了A、B并授予“X”: all of them together, as written
            elif any(ch in _CLAUSE for ch in gap) or not ("等" in gap or _is_name_list(gap)):
                break
            r_start, r_end = _strip_span(norm, *recipient, head=re.compile(r"[、,，和及]+|了"))
            if r_end > r_start:
                # 授予A、B和C“X”称号: one honour each
                for r in [(r_start, r_end)] if whole else _recipients(norm, r_start, r_end, named_entities):
                    yield r, (q + 1, close), (m.start(), m.end()), "honors.grant"
            tail = _NEXT_GRANT.match(norm[after:after + 6])
            if not tail:
                break
            pos = after + tail.end()
    for m in t["name_as"].finditer(norm, s_start, s_end):
        start = m.end()
        while True:  # 命名表彰300个团组织为A,1200名团员为B: one verb, several pairs
            wei = norm.find("为", start, min(s_end, start + 40))
            if wei < 0:
                break
            recipient = _strip_span(norm, start, wei, head=re.compile(r"表彰|了"))
            text = norm[recipient[0]:recipient[1]]
            if not ("等" in text or _COUNT.match(text)) or any(ch in _CLAUSE for ch in text):
                break
            end = _title_end(norm, wei + 1, s_end, s_end)
            title = _clean_title(norm, wei + 1, end)
            if not title:
                break
            yield recipient, title, (m.start(), m.end()), "honors.name_as"
            if end >= s_end or norm[end] not in ",，、":
                break
            start = end + 1


def _object_before(norm, verb_start, s_start):
    """并授予“X”: the recipients are the object of the clause's first verb (表彰命名了 A、B 并授予)."""
    start = max(norm.rfind(ch, s_start, verb_start) for ch in "。,，;；") + 1
    m = _COMMEND.search(norm[start:verb_start])
    a = start + (m.end() if m else 0)
    b = verb_start
    while b > a and norm[b - 1] in "并同时":
        b -= 1
    return a, b


def _is_name_list(text: str) -> bool:
    """许雯雯、王芳 / 叙州区科协、南溪区科协和长宁县科协: names only, no verb between grant and title."""
    items = _LIST_SEPARATOR.split(text.strip("、,，和及 "))
    return (len(text) <= 100 and all(2 <= len(i) <= 24 and _NAME_CHARS.fullmatch(i) for i in items)
            and not _VERB_IN_LIST.search(text))


def _title_end(norm, start, next_verb, s_end) -> int:
    """A title runs to the clause end, or to the list comma before the next recipient's trigger."""
    end = scan.clause_end(norm, start, s_end, _CLAUSE)
    if next_verb < end:
        cut = norm.rfind("、", start, next_verb)
        end = cut if cut > start else next_verb
    return end


def _clean_title(norm, start, end) -> tuple[int, int] | None:
    text = norm[start:end]
    tail = _TITLE_TAIL.search(text)
    if tail:
        end = start + tail.start()
    head = _TITLE_HEAD.match(norm[start:end])
    if head:
        start += head.end()
    start, end = _strip_span(norm, start, end)
    if end - start >= 2 and norm[start] == "“" and norm[end - 1] == "”" and "“" not in norm[start + 1:end - 1]:
        start, end = start + 1, end - 1
    if end - start < 2 or end - start > 48:
        return None
    return start, end


def _strip_span(norm, start, end, head: re.Pattern | None = None):
    if head is not None:
        m = head.match(norm, start, end)
        if m:
            start = m.end()
    while start < end and norm[start] in " 、,，":
        start += 1
    while end > start and norm[end - 1] in " 、,，":
        end -= 1
    return start, end


def _recipient_start(norm, v_start, floor, persons) -> int:
    start = scan.clause_start(norm, v_start, floor, _CLAUSE)
    # A(post)甲,B(post)乙获评: extend back over clauses that end with a person's name
    while start - 1 > floor and norm[start - 1] in ",，":
        prev = next((p for p in persons if p.end == start - 1), None)
        if prev is None:
            break
        j = start - 2
        while j >= floor and norm[j] not in _CLAUSE:
            j -= 1
        start = j + 1
    return start


def _recipients(norm, start, end, named) -> list[tuple[int, int]]:
    """The recipients in a span: a list is split when its items are names (persons, bodies, places)
    or all counted (5家单位和6项活动); honorifics (同志) are dropped."""
    start, end = _strip_span(norm, start, end, head=_RECIPIENT_HEAD)
    if norm.endswith("同志", start, end) and "等" not in norm[start:end]:
        end -= 2  # 李小鸿同志 -> 李小鸿 (ANNOTATION.md: recipients drop honorifics)
    persons = [e for e in named if e.label == "PERSON"]
    if end <= start:
        return []
    inside = [p for p in persons if start <= p.start and p.end <= end]
    if len(inside) >= 2 and norm.count(",", start, end) + norm.count("，", start, end) + norm.count("、", start, end) >= 1:
        return [(p.start, p.end) for p in inside]
    items = _split_list(norm, start, end)
    if len(items) > 1:
        counted = [bool(_COUNT.match(norm[a:b])) for a, b in items]
        texts = [norm[a:b] for a, b in items]
        named = [any(e.end == b and e.start >= a for e in named) or bool(_SHORT_NAME.fullmatch(t))
                 for (a, b), t in zip(items, texts)]
        if all(counted):
            return items  # 5家单位和6项活动
        # A、B和C: split at 和/与/及 only between names; 、 separates any items but generic ones
        if "、" in norm[start:end] and not any(counted) and all(len(t) >= 2 and t not in _GENERIC for t in texts):
            if all(named) or not _CONJUNCTION.search(norm, start, end):
                return items
        if all(named):
            return [_drop_honorific(norm, a, b) for a, b in items]
    return [(start, end)]


def _drop_honorific(norm, a, b):
    return (a, b - 2) if norm.endswith("同志", a, b) and b - a > 3 else (a, b)


def _split_list(norm, start, end, separators: frozenset[str] = _LIST_ITEMS) -> list[tuple[int, int]]:
    """Items of a list at the top level: quoted and bracketed text is never split."""
    items, pos = [], start
    while pos < end:
        stop = scan.clause_end(norm, pos, end, separators)
        item_end = stop - 1 if norm.startswith("以及", stop - 1) else stop  # A以及B
        items.append(_strip_span(norm, pos, item_end))
        pos = stop + 1
    return [s for s in items if s[1] > s[0]]


def _split_titles(norm, honor) -> list[tuple[int, int]]:
    """优秀组织单位、优秀活动: titles are listed with 、 only (和 may sit inside a title)."""
    return [s for s in _split_list(norm, honor[0], honor[1], separators=_TITLES_APART) if s[1] - s[0] >= 2]


# -- level -------------------------------------------------------------------------------------

def _level(norm, h: HonorFact, home_level: str | None) -> tuple[str, str | None]:
    title = norm[h.honor[0]:h.honor[1]]
    title = _EDITION.sub("", title)
    found = _rank_of(title, home_level)
    if found:
        return found
    agent = h.issuer or ""
    if agent:
        agent_level = _rank_of(agent, home_level, anywhere=True)
        if agent_level:
            return agent_level[0], agent
    return "unknown", None


def _rank_of(text: str, home_level: str | None, anywhere: bool = False) -> tuple[str, str] | None:
    m = _NATIONAL.match(text)
    if m:
        return "national", m.group(0)
    place = _first_place(text)
    if place and (anywhere or place[1] == 0):
        return place[0].level, place[2]
    m = _UNLISTED_PLACE.match(text)
    if m and not anywhere:  # a place the gazetteer lacks still says its rank: 青溪县…标兵
        return _bare_level(m.group(1), home_level), m.group(0)
    m = _BARE_RANK.match(text)
    if not m and anywhere:
        m = _RANKED_BODY.search(text)
        if m:
            bare = m.group(1) or m.group(2)
            return _bare_level(bare, home_level), m.group(0)
        if _NATIONWIDE.search(text):
            return "national", text
    if m:
        return _bare_level(m.group(1), home_level), m.group(1)
    if "全国" in text:
        return "national", "全国"
    return None


def _bare_level(rank: str, home_level: str | None) -> str:
    if rank in ("省", "自治区"):
        return "provincial"
    if rank in ("州", "盟"):
        return "prefectural"
    if rank in ("区", "县", "旗"):
        return "county"
    if rank in ("镇", "乡", "街道"):
        return "township"
    return home_level or "prefectural"  # 市: the article's own city


def _first_place(text: str):
    best = None
    for start, _, name in places_in(text):
        place = gazetteer.lookup(name)
        if place:
            best = (place, start, name)
            break
    if best is None:
        m = _TOWNSHIP_NAME.match(text)
        if m:
            return gazetteer.Place(m.group(0), "", "township"), 0, m.group(0)
    return best


def _inherited_level(norm, h: HonorFact, earlier: list[HonorFact]) -> str:
    title = norm[h.honor[0]:h.honor[1]].strip("“”")
    for e in reversed(earlier):
        other = norm[e.honor[0]:e.honor[1]].replace("“", "").replace("”", "")
        if e.level != "unknown" and other != title and other.endswith(title):
            return e.level
    for e in reversed(earlier):
        if e.level != "unknown" and e.verb[0] < h.verb[0] and h.verb[0] - e.honor[1] < 40:
            return e.level  # 荣获其银奖: the same competition as the title before it
    return "unknown"


def _recipient_type(norm, h: HonorFact, entities: list[EntityMention]) -> str:
    text = norm[h.recipient[0]:h.recipient[1]]
    ent = next((e for e in entities if e.start == h.recipient[0] and e.end == h.recipient[1]), None)
    if text.endswith("家庭"):
        return "family"
    if ent is not None and ent.label == "PERSON":
        return "person"
    if _COUNT.match(text) or _COLLECTIVE.search(text) and _COUNTED.search(text):
        return "collective"
    if _PROJECT.search(text) and not _BODY_TAIL.search(text[-3:]):
        return "project"
    if ent is not None and ent.label == "ORG" or _ORGANIZATION_TAIL.search(text[-2:]):
        return "organization"
    if ent is not None and ent.label == "GPE" or _PLACE_TAIL.search(text[-2:]):
        return "place"
    if ent is not None and ent.label == "PERSON" or _SHORT_NAME.fullmatch(text):
        return "person"
    return "other"


def _dedupe(norm, honors: list[HonorFact]) -> list[HonorFact]:
    kept: list[HonorFact] = []
    for h in honors:
        r, t = norm[h.recipient[0]:h.recipient[1]].strip("“”"), norm[h.honor[0]:h.honor[1]].strip("“”")
        twin = None
        for k in kept:
            kr, kt = norm[k.recipient[0]:k.recipient[1]].strip("“”"), norm[k.honor[0]:k.honor[1]].strip("“”")
            if (kr in r or r in kr) and (kt in t or t in kt):
                twin = k
                break
        if twin is None:
            kept.append(h)
        elif h.recipient[1] - h.recipient[0] > twin.recipient[1] - twin.recipient[0]:
            kept[kept.index(twin)] = h
    return kept


@Language.factory("xf_honors", assigns=d.attrs("xf_honors"),
                  requires=d.attrs("xf_sentences", "xf_paragraphs", "xf_entities"), default_config={})
def make_honors(nlp: Language, name: str) -> "HonorFinder":
    return HonorFinder()


class HonorFinder:
    def __call__(self, doc: Doc) -> Doc:
        _, norm = d.text_and_norm(doc)
        ext = doc._  # one accessor: each `doc._` builds a new one
        stage = "xf_honors"
        entities = d.entities(ext, stage)
        ext.xf_honors = find_honors(norm, d.required(ext, "xf_sentences", stage), entities,
                                    home_level(norm, entities), d.required(ext, "xf_paragraphs", stage))
        return doc


def home_level(norm: str, entities: list[EntityMention]) -> str | None:
    """What a bare 市 means in this article: the rank of the first city or county it names."""
    for e in entities:
        if e.label in ("GPE", "ORG"):
            for _, _, name in places_in(norm[e.start:e.end]):
                place = gazetteer.lookup(name)
                if place and place.level != "provincial":
                    if place.level == "county":
                        if place.code[:2] in gazetteer.MUNICIPALITIES:
                            return "provincial"
                        if name.endswith("市"):
                            return "county"  # a county-level city's own 市
                        pref = gazetteer.parent_prefecture(place)
                        return pref.level if pref else "prefectural"
                    return place.level
    return None
