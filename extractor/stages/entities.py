"""Stage: entities. The built-in rule NER (PERSON, ORG, GPE, LOC), and a spaCy model's `ner` when
one is installed.

Rules:
- GPE: the administrative-division gazetteer (`gazetteer.py`, a maintained data package), matched
  with one Aho-Corasick scan; townships and villages by their suffix (镇/乡/街道/村/社区) after a
  place or a clause boundary.
- ORG: an organisation suffix (`entities.orgs.tsv`) reached from a place name, a 市/县/区/省 prefix or
  a quoted brand; standing abbreviations (团中央, 市妇联).
- PERSON: bylines (记者/通讯员/编辑 + name), names before 同志/家庭/等N位, names after a post title
  (up to punctuation or a verb, or as far as jieba reads a name: 护士长张玉梅从业…), and jieba `nr`
  words that start with a surname (`entities.surnames.tsv`).
- LOC: named squares, parks and scenic areas.

A statistical model (`zh_core_web_sm`, or any spaCy pipeline named by `--model`) is optional: when
given, its `ner` runs on the same text and its entities are added where no rule entity overlaps.
The model is never a dependency (the PyPI name `zh-core-web-sm` is a dependency-confusion stub).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

import ahocorasick_rs

from .. import lexicon
from ..text import regex, scan
from ..text.segment import Words, tag_at
from ..text.segment import tag as jieba_tags
from . import doc as d
from . import gazetteer
from .doc import EntityMention

_CJK = "\u4e00-\u9fff"
_BYLINE_NAME = regex.compile(f"[{_CJK}]{{2,4}}")
_NAME_TAGS = ("nr", "nrfg")
_RUN_ENDS = frozenset("\n\t ,，。;；:：!！?？、()（）“”\"《》")  # as text/segment.py: punctuation ends jieba's runs
_WINDOW = 24  # how far around a position `words_near` reads
# a prefix of entities.orgs.tsv, or an abbreviation's, that may end a word: [省市县区州镇乡](?!委|总)
_RANKS = frozenset("省市县区州镇乡")
_NOT_AFTER_RANK = frozenset("委总")
_BOUNDARY = set(",，。;；:：!！?？、 \n\t()（）“”\"《》「」·—-|")


@lru_cache(maxsize=1)
def _place_words() -> dict[str, tuple[str, ...]]:
    rows = lexicon.rows("entities.places")
    return {k: tuple(r["word"] for r in rows if r["kind"] == k)
            for k in ("generic", "township", "village", "landmark", "not_in_name", "work_verb", "reach_verb", "thrive")}


@lru_cache(maxsize=1)
def _place_automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    generic = set(_place_words()["generic"])  # real county names that are also common words (城区, 新区)
    names = [n for n in gazetteer.places() if len(n) >= 2 and n not in generic]
    # ahocorasick-rs (Rust): leftmost-longest in one pass, a tenth of pyahocorasick's time on this text.
    # The contiguous NFA is as fast here as the DFA it would pick, in 1.6 MB instead of 12 MB a worker
    auto = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                      implementation=ahocorasick_rs.Implementation.ContiguousNFA)
    return auto, names


@lru_cache(maxsize=1)
def _org_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    suffix_words = lexicon.by_kind("entities.orgs", "suffix")
    abbrev_words = lexicon.by_kind("entities.orgs", "abbrev")
    prefix_words = lexicon.by_kind("entities.orgs", "prefix")
    suffixes, abbrevs = map(lexicon.alternation, (suffix_words, abbrev_words))
    # `regex.starts` guards: the word lists are tried at every character of the text (prefixed) or
    # of a lazy run (after a place, after a quote); a guard fails most of those places at once
    suffix = f"{regex.starts(suffix_words)}(?:{suffixes})"
    # an organisation that continues from a place name: as short as possible, then chained
    after_place = regex.compile(rf"[{_CJK}]{{0,10}}?{suffix}(?:[{_CJK}]{{0,8}}?{suffix})?")
    # each prefix written out with the tail after it (the alternation tried in the same order,
    # so the same matches as `(?:prefixes)tail|abbrevs`): a pattern whose every branch opens on a
    # literal is sought by Python's engine itself, from the set of its first characters; behind a
    # lookahead or a nested alternation it is tried at every character (0.015 -> 0.008 ms/article)
    tail = f"{regex.starts(suffix_words + abbrev_words)}(?:{suffixes}|{abbrevs})"
    prefixed = regex.compile("|".join([*(re.escape(p) + tail for p in lexicon.alternation_order(prefix_words)), abbrevs]))
    quoted = regex.compile(rf"“[^”\n]{{1,12}}”[{_CJK}]{{0,8}}?{suffix}")
    # an organisation name never runs across a verb of the sentence around it, 的, a list word or a stop
    # (the stops as words of the alternation: a class among them, and the pattern is tried at every
    # character of the candidate instead of where one of their first characters stands)
    breaker = regex.compile(lexicon.alternation([*lexicon.by_kind("entities.orgs", "breaker"), *",，。;；、"]))
    return after_place, prefixed, quoted, breaker


@lru_cache(maxsize=1)
def _surname_classes() -> tuple[str, str]:
    """The single surnames as one character class's body, the compound ones as an alternation."""
    single = "".join(s for s in lexicon.words("entities.surnames") if len(s) == 1)
    return single, lexicon.alternation(s for s in lexicon.words("entities.surnames") if len(s) > 1)


@lru_cache(maxsize=1)
def _person_patterns() -> tuple[re.Pattern, ...]:
    single, compound = _surname_classes()
    name = rf"(?:(?:{compound})[{_CJK}]{{1,2}}|[{single}][{_CJK}]{{1,2}})"
    lazy_name = rf"(?:(?:{compound})[{_CJK}]{{1,2}}?|[{single}][{_CJK}]{{1,2}}?)"

    def words(kind: str) -> str:
        return lexicon.alternation(lexicon.by_kind("entities.persons", kind))

    counted = r"等\d+[位名人]|等[一二三四五六七八九十百]+[位名人]"
    return (
        regex.compile(rf"(?:{words('byline')})[:丨|\s]*({name}(?=[\s,，、)）]|$)(?:[\s、,，]+{name}(?=[\s,，、)）]|$))*)", re.M),
        regex.compile(rf"(?=[{single}]|{compound})(?:^|(?<=[\s,，、:：(（])|(?<={words('before_name')}))({name})"
                   rf"(?={words('honorific')}|{counted})", re.M),
        # (the name's shortest reading first: 医生王辉说，is 王辉 before 说, not a name 王辉说)
        regex.compile(rf"(?:{words('post')})({lazy_name})(?=[,，、。]|{words('after_name')}|$)", re.M),  # (…教师顾海峰 ends a line)
        # 护士长张玉梅从业…: a post, then where a name may start; jieba's reading says where it ends
        regex.compile(rf"(?:{words('post')})(?=[{single}]|{compound})"),
    )


@lru_cache(maxsize=1)
def _profile_pattern() -> re.Pattern:
    """余建华，男，1962年生，… (or 王桂兰　女，…: a blank after the name): a name opening a line (after its number, if
    any), then the person's sex; or a blank and the person's age (谭志刚　62岁，龙口村退休教师)."""
    single, compound = _surname_classes()
    name = rf"(?:(?:{compound})[{_CJK}]{{1,2}}|[{single}][ \u3000]?[{_CJK}]{{1,2}})"  # (a padded name; no newline)
    return regex.compile(rf"^[ \t]*(?:\d+[.、．]\s*)?({name})(?:(?:[,，]|[ \t\u3000]+)(?:男|女)|[ \t\u3000]+\d{{1,3}}岁)[,，]", re.M)


def _rule_mention(start: int, end: int, label: str, rule: str) -> EntityMention:
    """EntityMention(start, end, label, "rules", rule) without its constructor: a NamedTuple's
    __new__ is Python code, even called from the compiled module; tuple.__new__ builds the same
    tuple in C (as numbers._mention)."""
    return tuple.__new__(EntityMention, (start, end, label, "rules", rule))


def find_entities(norm: str, words: Words) -> list[EntityMention]:
    found: list[EntityMention] = []
    places = _places(norm)
    at = _word_starts(norm)
    found.extend(places)
    found.extend(_county_stems(norm, places))
    found.extend(_townships(norm, places, at, words))
    found.extend(_orgs(norm, places, words))
    found.extend(_persons(norm, words, at))
    for m in _near(_LANDMARK, norm, at.landmark, range(2, 3)):
        found.append(_rule_mention(m.start(), m.end(), "LOC", "entities.loc.suffix"))
    return _resolve(found)


def places_in(text: str) -> list[tuple[int, int, str]]:
    """Gazetteer names in `text`, leftmost-longest, without overlaps: (start, end, name)."""
    auto, names = _place_automaton()
    return [(start, end, names[i]) for i, start, end in auto.find_matches_as_indexes(text)]


@lru_cache(maxsize=4096)
def gazetteer_places(text: str) -> tuple[tuple[int, str, gazetteer.Place | None], ...]:
    """The gazetteer places named in `text` (start, name, place): titles, issuers, headers and entity
    names recur within and across articles, and each is looked up once."""
    return tuple((start, name, gazetteer.lookup(name)) for start, _, name in places_in(text))


def _places(norm: str) -> list[EntityMention]:
    auto, _ = _place_automaton()  # `places_in` without the names, which no rule here reads
    return [_rule_mention(s, e, "GPE", "entities.gpe.gazetteer") for _, s, e in auto.find_matches_as_indexes(norm)]


def _county_stems(norm: str, places: list[EntityMention]) -> list[EntityMention]:
    """沭阳 where the article names 沭阳县 (早在2015年，沭阳就被确定为X): a county or a county-level city
    called by its name without 县 or 市, as its own reports and the press call it; only a name the
    article also writes in full, and not where the rank follows it (沭阳县) or a word goes on (沭阳人).
    A district's name (新城区, 城关区) is no such stem: its name recurs across cities."""
    stems: set[str] = set()
    for p in places:
        name = norm[p.start:p.end]
        if name[-1] in _STEM_RANKS and len(name) >= 3:
            place = gazetteer.lookup(name)
            if place is not None and place.level == "county" and place.name == name:
                stems.add(name[:-1])
    out: list[EntityMention] = []
    for stem in stems:
        pos = norm.find(stem)
        while pos >= 0:
            end = pos + len(stem)
            if end >= len(norm) or norm[end] in _STEM_FOLLOWS or not "\u4e00" <= norm[end] <= "\u9fff":
                if pos == 0 or not "\u4e00" <= norm[pos - 1] <= "\u9fff" or norm[pos - 1] in _STEM_PRECEDES:
                    out.append(_rule_mention(pos, end, "GPE", "entities.gpe.county_stem"))
            pos = norm.find(stem, end)
    return out


_STEM_RANKS: Final = frozenset("县市")
# what may stand after a county's stem (a verb or a particle: 沭阳就被, 秀山获评, 沭阳的) and before it
_STEM_FOLLOWS: Final = frozenset("就被获荣入的在是也已再还和与、，,。：:")
_STEM_PRECEDES: Final = frozenset("，,。、在和与我是了年")


def _township_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    words = _place_words()
    township, village = lexicon.alternation(words["township"]), lexicon.alternation(words["village"])
    landmarks = lexicon.alternation(words["landmark"])
    name = regex.compile(rf"([{_CJK}]{{2,3}}?)(?:{township})(?:([{_CJK}]{{1,3}}?)(?:{village}))?|([{_CJK}]{{2,3}}?)(?:{village})")
    suffix = regex.compile(f"{township}|{village}")  # a township starts 2 or 3 characters before one
    landmark = regex.compile(rf"(?:^|(?<=[\s,，、:：到在赴至]))[{_CJK}]{{2}}(?:{landmarks})", re.M)
    # the one-character township and village words count too: 全县乡村 is no village
    not_in_name = frozenset(words["not_in_name"]) | {w for w in words["township"] + words["village"] if len(w) == 1}
    return name, suffix, landmark, regex.compile(landmarks), not_in_name


# built from entities.places.tsv once, at import
_TOWNSHIP, _TOWNSHIP_SUFFIX, _LANDMARK, _LANDMARK_SUFFIX, _NOT_IN_PLACE_NAME = _township_patterns()
_WORK_VERBS: Final = frozenset(_place_words()["work_verb"])
_REACH_VERBS: Final = frozenset(_place_words()["reach_verb"])
_THRIVE: Final = frozenset(_place_words()["thrive"])
_COMMON_NOUN_TAGS: Final = frozenset({"n", "vn", "b", "j"})  # 产业 (n), 旅游 (vn), 巾帼 (b), 党建 (j); not 永 (ns), 西文 (nz)


def plausible_place_stem(stem: str) -> bool:
    """Whether `stem` can be a township's or village's own name (实现市 cannot: 市, 现)."""
    return not any(ch in _NOT_IN_PLACE_NAME for ch in stem)


def _slogan(stem: str) -> bool:
    """产业兴|村, 巾帼强|村: a common noun of two characters and a verb of thriving before the village word."""
    if len(stem) != 3 or stem[2] not in _THRIVE:
        return False
    words = jieba_tags(stem[:2])
    return len(words) == 1 and words[0][1] in _COMMON_NOUN_TAGS


def _closes_common_word(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end], the word a place's suffix ends, is a common word (农村, 返乡), not a place
    word jieba knows (新村)."""
    words = jieba_tags(norm[start:end])
    return len(words) == 1 and words[0][1] != "ns"


def _townships(norm: str, places: list[EntityMention], at: _WordStarts, words: Words) -> list[EntityMention]:
    ends = {p.end for p in places}
    out = []
    for m in _near(_TOWNSHIP, norm, at.township, range(2, 4)):
        before = norm[m.start() - 1] if m.start() else "\n"
        if m.start() in ends or before in _BOUNDARY:
            if not plausible_place_stem("".join(g for g in m.groups() if g)):
                continue
            stem_end = m.end(3) if m.group(3) else m.end(1)
            if m.group(3) and m.group(3) in _WORK_VERBS:
                continue  # （四）加强|社区工作, 规范|社区矫正: a heading's verb before what it works on, no community's name
            if (m.group(3) or m.group(1)) in _REACH_VERBS:
                continue  # 扎根|社区十四年, 深入|乡镇宣讲: where someone goes or stays, no community's name
            if m.group(3) and _slogan(m.group(3)):
                continue  # 产业兴村：…, 实施巾帼强村行动: a slogan's verb and its object, no village's name
            word_start = words.word_at(stem_end)[0]
            if m.start() < word_start < stem_end and any(t[:1] == "v" for _, t in jieba_tags(norm[m.start():word_start])) and (
                    _closes_common_word(norm, word_start, m.end())):
                continue  # 做好|农村, 完成|农村: a verb, then a common word the suffix ends: no name (not 建设|新村)
            out.append(_rule_mention(m.start(), m.end(), "GPE", "entities.gpe.township"))
    return out


def _orgs(norm: str, places: list[EntityMention], words: Words) -> list[EntityMention]:
    after_place, prefixed, quoted, breaker = _org_patterns()
    out = []
    for p in places:
        m = after_place.match(norm, p.end)
        if m and m.end() > p.end and not breaker.search(m.group(0)):
            out.append(_rule_mention(p.start, m.end(), "ORG", "entities.org.place_suffix"))
    for m in prefixed.finditer(norm):
        start = m.start()  # a method call on the match each time it is asked: asked once
        # 县妇联, 市总, 中华|全国总工会, 城关镇|妇联; not the 区 of 社区|居委会 (a word that is no place)
        if _place_end_before_rank(norm, start):
            continue  # 临州|市总工会: 州 ends a place's name, no body's rank of its own
        if not _one_character_rank(norm, start) or (
                not _a_class_of_bodies(norm, start) and _rank_stands_alone(norm, start, words)):
            out.append(_rule_mention(start, m.end(), "ORG", "entities.org.abbrev"))
    for m in quoted.finditer(norm):
        out.append(_rule_mention(m.start(), m.end(), "ORG", "entities.org.quoted"))
    return out


def _no_name(word: str, not_names: frozenset[str]) -> bool:
    """A word no name is (最美, 普惠), or three characters that open with one (职工普惠卡: 普惠 and 卡)."""
    return word in not_names or len(word) == 3 and word[:2] in not_names


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that stand where a name would (文明家庭, 最美家庭) but are not names."""
    return frozenset(lexicon.by_kind("entities.persons", "not_name"))


@lru_cache(maxsize=1)
def _after_name() -> re.Pattern:
    return regex.compile(lexicon.alternation(lexicon.by_kind("entities.persons", "after_name")))


@lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    return regex.compile(lexicon.alternation(lexicon.by_kind("entities.persons", "speech")))


# what follows a name in `_person_patterns`' second pattern; the name (2 to 4 characters) precedes it
_HONORIFIC = regex.compile(lexicon.alternation((*lexicon.by_kind("entities.persons", "honorific"), "等")))


# The byline, post and speech patterns each open on a word of their list (the post's two share one),
# and `scan.near` tries the honorific, township and landmark patterns a few characters before where
# an alternation of words (its anchor) matches: one pass of an automaton over all those words finds
# where each pattern may match, instead of six scans of the text, each trying a word list at every
# character that starts one of its words
_BYLINE, _POST, _SPEECH = 1, 2, 4


class _WordStarts:
    """Where each opening word starts, every occurrence, in order (where its patterns may start:
    `scan.matches_at`), and where each anchor's `finditer` matches start."""

    def __init__(self, byline: list[int], post: list[int], speech: list[int], honorific: list[int],
                 township: list[int], landmark: list[int]) -> None:
        self.byline = byline
        self.post = post
        self.speech = speech
        self.honorific = honorific
        self.township = township
        self.landmark = landmark


def _anchor_orders() -> tuple[list[str], list[str], list[str]]:
    """The words of `_HONORIFIC`, `_TOWNSHIP_SUFFIX` and `_LANDMARK_SUFFIX`, in their alternations' order."""
    words = _place_words()
    return (lexicon.alternation_order((*lexicon.by_kind("entities.persons", "honorific"), "等")),
            lexicon.alternation_order(words["township"]) + lexicon.alternation_order(words["village"]),
            lexicon.alternation_order(words["landmark"]))


@lru_cache(maxsize=1)
def _word_automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[int], list[tuple[int, int, int]]]:
    """The automaton over the opening and anchor words; for each word the patterns it opens (bits)
    and its place in each anchor's alternation (-1: not one of its words)."""
    opens: dict[str, int] = {}
    for kind, bit in (("byline", _BYLINE), ("post", _POST), ("speech", _SPEECH)):
        for word in lexicon.by_kind("entities.persons", kind):
            opens[word] = opens.get(word, 0) | bit
    places: dict[str, list[int]] = {}
    for a, order in enumerate(_anchor_orders()):
        for rank, word in enumerate(order):
            at = places.setdefault(word, [-1, -1, -1])
            if at[a] < 0:  # a word listed twice: the alternation takes it at its first place
                at[a] = rank
    words = list(dict.fromkeys([*opens, *places]))
    if "" in words:
        raise lexicon.LexiconError("entities: an empty word opens or anchors a pattern")
    ranks = [places.get(w, [-1, -1, -1]) for w in words]
    return (ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA),
            [opens.get(w, 0) for w in words], [(r[0], r[1], r[2]) for r in ranks])


def _word_starts(norm: str) -> _WordStarts:
    auto, opens, ranks = _word_automaton()
    byline: list[int] = []
    post: list[int] = []
    speech: list[int] = []
    honorific: list[tuple[int, int, int]] = []
    township: list[tuple[int, int, int]] = []
    landmark: list[tuple[int, int, int]] = []
    for i, start, end in auto.find_matches_as_indexes(norm, overlapping=True):
        bits = opens[i]
        if bits & _BYLINE:
            byline.append(start)
        if bits & _POST:
            post.append(start)
        if bits & _SPEECH:
            speech.append(start)
        # the three anchors written out, where a loop over enumerate(ranks[i]) made an iterator
        # and a tuple per word found
        honorific_rank, township_rank, landmark_rank = ranks[i]
        if honorific_rank >= 0:
            honorific.append((start, honorific_rank, end))
        if township_rank >= 0:
            township.append((start, township_rank, end))
        if landmark_rank >= 0:
            landmark.append((start, landmark_rank, end))
    # the automaton reports a word where it ends: a longer one ending later may start earlier
    return _WordStarts(sorted(byline), sorted(post), sorted(speech), _finditer_starts(sorted(honorific)),
                       _finditer_starts(sorted(township)), _finditer_starts(sorted(landmark)))


def _finditer_starts(occurrences: list[tuple[int, int, int]]) -> list[int]:
    """Where an alternation of words matches in `finditer`, from every occurrence of its words
    (start, place in the alternation, end), in order: at a start the alternation takes the first of
    its words that stands there, and the next match starts where that one ends."""
    out: list[int] = []
    pos = 0
    for start, _, end in occurrences:
        if start >= pos:
            out.append(start)
            pos = end
    return out


def _near(pattern: re.Pattern, norm: str, anchors: list[int], back: range) -> list[re.Match]:
    """`scan.near(pattern, norm, anchor, back)`, given where the anchor's matches start."""
    return scan.matches_at(pattern, norm, sorted({a - d for a in anchors for d in back}))


def _persons(norm: str, words: Words, at: _WordStarts) -> list[EntityMention]:
    byline, before_honorific, after_title, post_end = _person_patterns()
    out = []
    for m in scan.matches_at(byline, norm, at.byline):
        for n in _BYLINE_NAME.finditer(m.group(1)):
            start = m.start(1) + n.start()
            out.append(_rule_mention(start, start + len(n.group(0)), "PERSON", "entities.person.byline"))
    not_names = _not_names()
    for matches, rule in ((_near(before_honorific, norm, at.honorific, range(2, 5)), "entities.person.honorific"),
                          (scan.matches_at(after_title, norm, at.post), "entities.person.title")):
        for m in matches:
            if m.group(1) in not_names:
                continue
            if norm[m.end(1):m.end(1) + 1] in _FUNCTION_AFTER_NAME and _common_word(m.group(1)):
                continue  # 会员单位在…, 队员马上在…, 职工方面作为: a common word before 在 or 作, no name
            out.append(_rule_mention(m.start(1), m.end(1), "PERSON", rule))
    after_name = _after_name()
    for m in scan.matches_at(post_end, norm, at.post):
        name = _tagged_name(norm, m.end(), after_name)
        if name is not None and not _no_name(name, not_names):
            out.append(_rule_mention(m.end(), m.end() + len(name), "PERSON", "entities.person.title_tagged"))
    if (norm.find("，男，") >= 0 or norm.find("，女，") >= 0 or norm.find(",男,") >= 0 or norm.find(",女,") >= 0
            or norm.find(" 男,") >= 0 or norm.find(" 女,") >= 0 or norm.find("\t男,") >= 0 or norm.find("\t女,") >= 0
            or norm.find("岁,") >= 0 or norm.find("岁，") >= 0):
        # (the folded text: 王桂兰 女,; a tab between the cells: 周桂兰\t女,)
        for m in _profile_pattern().finditer(norm):
            if m.group(1) not in not_names:
                out.append(_rule_mention(m.start(1), m.end(1), "PERSON", "entities.person.profile"))
    single = surnames()
    out.extend(_aged_names(norm, single, not_names))
    out.extend(_names_before_age(norm, single, not_names))
    # jieba's nr alone guesses wildly on this text (FINDINGS.md): only when a speech or
    # attendance verb follows does a surname-initial word count as a person
    for m in scan.matches_at(_speech(), norm, at.speech):
        verb = m.start()
        # the word before the verb is two or three characters opening on a surname: where neither
        # character that could open it is one, the run is not cut to find the word (most verbs)
        if verb < 2 or (norm[verb - 2] not in single and (verb == 2 or norm[verb - 3] not in single)):
            continue
        start, end = words.word_at(verb - 1)
        if end != verb:
            continue  # the verb starts inside a word
        word = norm[start:end]
        if 2 <= len(word) <= 3 and word[0] in single and not _no_name(word, not_names) and (
                _word_tag(norm, start, end) in _NAME_TAGS):
            out.append(_rule_mention(start, end, "PERSON", "entities.person.jieba_nr"))
    return out


# the after_name words that follow common words as often as names (班长王德明在…, 代表陈海波作…): before them the
# name must be no word of another kind to jieba
_FUNCTION_AFTER_NAME: Final = frozenset("在作")


def _common_word(word: str) -> bool:
    """Whether jieba reads `word` alone as one word it tags as no name (单位 n, 马上 d, 安全 an)."""
    tag = _tag_alone(word)
    return tag is not None and tag not in _NAME_TAGS


def _aged_names(norm: str, single: frozenset[str], not_names: frozenset[str]) -> list[EntityMention]:
    """71岁的朱德兴已经骑着…: a name after an age and 的, where the text names it again (three
    characters, else two, opening on a surname): a feature's subject, whom jieba may not read as a
    name (朱德|兴); 72岁的心脏骤停患者 and 32岁的指导教师 name nobody again."""
    out: list[EntityMention] = []
    if norm.find("岁的") < 0:
        return out
    for m in _AGED.finditer(norm):
        start = m.end()
        if start >= len(norm) or norm[start] not in single:
            continue
        for size in (3, 2):
            name = norm[start:start + size]
            if len(name) == size and _HAN_RUN.fullmatch(name) and name not in not_names and (_named_again(
                    norm, name, start, max(0, start - _AGED_REACH), start + _AGED_REACH) or (
                    norm.startswith("是", start + size) and name[1:] not in not_names and _surname_and_given(norm, start, size))):
                out.append(_rule_mention(start, start + size, "PERSON", "entities.person.aged"))
                break
    return out


def _names_before_age(norm: str, single: frozenset[str], not_names: frozenset[str]) -> list[EntityMention]:
    """张明今年43岁，从警19年…, 理事长刘建平今年46岁: a profile's name, then the person's age, at a clause's start or
    after a post; jieba reads a surname and a given name there (or the whole as a name)."""
    out: list[EntityMention] = []
    if norm.find("岁") < 0:
        return out
    posts = _post_words()
    for m in _AGE_AFTER_NAME.finditer(norm):
        end = m.start()
        for size in (3, 2):
            start = end - size
            if start < 0 or norm[start] not in single:
                continue
            name = norm[start:end]
            opens = start == 0 or norm[start - 1] in _NAME_OPENERS or any(norm.endswith(p, 0, start) for p in posts)
            if opens and _HAN_RUN.fullmatch(name) and name not in not_names and name[1:] not in not_names and (
                    _surname_and_given(norm, start, size)):
                out.append(_rule_mention(start, end, "PERSON", "entities.person.aged"))
                break
    return out


# 今年43岁, 现年58岁, 46岁， after a name (not 46岁的, an age before whom it describes)
_AGE_AFTER_NAME: Final = regex.compile(r"(?:(?:今年|现年)(?:\d{1,3}|[一二三四五六七八九十]{1,3})|\d{1,3})周?岁(?=[，,。；;])")
_NAME_OPENERS: Final = frozenset("。！？!?；;，,：:\n　 、”")


@lru_cache(maxsize=1)
def _post_words() -> tuple[str, ...]:
    """The posts a name may follow (理事长刘建平), from the persons lexicon."""
    return tuple(lexicon.by_kind("entities.persons", "post"))


def _surname_and_given(norm: str, start: int, size: int) -> bool:
    """56岁的李|振华是…: jieba reads the name a profile opens with as a surname it tags a name and a given name
    of one word, or the whole as a name; not 72岁的老人是, 岁的王师傅是 (a word of another kind after the surname)."""
    words = [(at, word, t) for at, word, t in words_near(norm, start) if start <= at < start + size]
    if not words or words[0][0] != start:
        return False
    if len(words) == 1:
        return len(words[0][1]) == size and words[0][2] in _NAME_TAGS
    if len(words) != 2:
        return False
    (_, first, t1), (_, rest, t2) = words[0], words[1]
    # (段|志强 q nrfg: a given name jieba tags a name says so whatever it tags the surname, unless a function word's
    # tag, 任|王明 r nr)
    return len(first) == 1 and len(rest) == size - 1 and (
        t1 in _SURNAME_TAGS and t2 in _GIVEN_TAGS or t2 in _NAME_TAGS and t1[:1] not in _FUNCTION_TAGS)


_FUNCTION_TAGS: Final = "rpcudmf"  # pronouns, prepositions, conjunctions, particles, adverbs, numerals, places


# what jieba tags a surname cut off its given name (李 nr, 刘 zg), and a given name it reads as a word of its
# own (李|振华 nz, 刘|建平 n, 张|德顺 ns)
_SURNAME_TAGS: Final = frozenset(("nr", "zg"))
_GIVEN_TAGS: Final = frozenset(("nr", "nrfg", "nz", "ns", "n", "a"))


def _named_again(norm: str, name: str, at: int, lo: int, hi: int) -> bool:
    """Whether `name` (at `at`) stands again within norm[lo:hi] with another character after it than
    here: a name goes on into other words (朱德兴已经…, 朱德兴是…); the start of a longer word goes on
    into the same one each time (党员志|愿者, 高级技|师)."""
    after = norm[at + len(name):at + len(name) + 1]
    pos = norm.find(name, lo, hi)
    while pos >= 0:
        if pos != at and norm[pos + len(name):pos + len(name) + 1] != after:
            return True
        pos = norm.find(name, pos + 1, hi)
    return False


_AGED: Final = regex.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁的")
_HAN_RUN: Final = regex.compile(r"[\u4e00-\u9fff]+")
_AGED_REACH: Final = 3000  # how far the name is looked for again, each way: a bounded search for each age


def words_near(norm: str, pos: int) -> list[tuple[int, str, str]]:
    """jieba's words and tags around `pos`, (start, word, tag), read in their run between punctuation
    as the tokenizer reads it, within a bounded window (a pathological run costs no more)."""
    lo, hi = _window(norm, pos)
    out, at = [], lo
    for word, t in jieba_tags(norm[lo:hi]):
        out.append((at, word, t))
        at += len(word)
    return out


def _window(norm: str, pos: int) -> tuple[int, int]:
    """The stretch `words_near` reads: the run around `pos`, at most `_WINDOW` characters each side."""
    lo = pos
    while lo > 0 and pos - lo < _WINDOW and not _ends_run(norm, lo - 1):
        lo -= 1
    hi, size = pos, len(norm)
    while hi < size and hi - pos < _WINDOW and not _ends_run(norm, hi):
        hi += 1
    return lo, hi


def _ends_run(norm: str, at: int) -> bool:
    """`norm[at] in _RUN_ENDS`, an ideograph (most characters) answered by its code alone: compiled,
    `ord(norm[at])` makes no string of the character, which the set look-up makes and hashes (as
    segment.run_bounds reads it)."""
    code = ord(norm[at])
    return not 0x4E00 <= code <= 0x9FFF and norm[at] in _RUN_ENDS


def _one_character_rank(norm: str, pos: int) -> bool:
    """Whether a one-character rank (省, 县 ...) stands at `pos`, not followed by 委 or 总 (县委, 市总:
    words of their own). The pattern `[省市县区州镇乡](?!委|总)` read by two set look-ups: compiled, a
    regex call costs some two thousand instructions."""
    return norm[pos] in _RANKS and (pos + 1 == len(norm) or norm[pos + 1] not in _NOT_AFTER_RANK)


def _place_end_before_rank(norm: str, pos: int) -> bool:
    """临州市总工会, 中共临州市委 at 州: a rank character between a Chinese character and another rank
    (州|市) ends a place's name (临州), which the gazetteer lacks; the body's rank is the one after it."""
    return (0 < pos < len(norm) - 1 and norm[pos] == "州" and norm[pos + 1] in _RANKS
            and "\u4e00" <= norm[pos - 1] <= "\u9fff" and norm[pos - 1] not in _RANKS and norm[pos - 1] != "各")


def _a_class_of_bodies(norm: str, pos: int) -> bool:
    """各县妇联, 各乡镇人民政府, 县区团委: the rank at `pos` after 各, or paired with another rank, names every body
    of its kind (a notice's addressees), no one body."""
    return pos > 0 and (norm[pos - 1] == "各" or norm[pos - 1:pos + 1] in _CLASS_PAIRS)


# two ranks that name every body of both (乡镇, 县区); not 州市 or 省市, which end a place's name (江州|市)
_CLASS_PAIRS: Final = frozenset({"乡镇", "镇乡", "县乡", "县区", "区县", "县市", "市县", "市州"})


def _rank_stands_alone(norm: str, pos: int, words: Words) -> bool:
    """Whether the rank character at `pos` starts a word (县|妇联) or ends a place's name (城关镇|妇联),
    rather than ending a common word (社区|居委会)."""
    if pos == 0 or norm[pos - 1] in _RUN_ENDS:
        # a run between punctuation starts here, and so does its first word: answered without cutting
        # the run (a third of the corpus's questions; tests/test_front_speed.py holds it to word_at)
        return True
    start, end = words.word_at(pos)
    if start == pos:
        return True
    if end != pos + 1:
        return False
    lo, hi = _window(norm, pos)
    if (lo == 0 or norm[lo - 1] in _RUN_ENDS) and (hi == len(norm) or norm[hi] in _RUN_ENDS):
        # the window holds its whole run, which jieba cuts as the tokenizer did: the tokenizer's word
        # is among `words_near`'s, with jieba's tag for that word (a dictionary's, or guessed from its
        # characters: the same wherever the word stands). Tagged alone it costs a tenth of the run
        tag = _tag_alone(norm[start:end])
        if tag is not None:  # jieba reads the word alone as one word too: its tag is the word's
            return tag in ("ns", "nsf")
    return any(a == start and a + len(w) == end and t in ("ns", "nsf") for a, w, t in words_near(norm, pos))


def _word_tag(norm: str, start: int, end: int) -> str | None:
    """`tag_at(norm, start, end)` for a word of the segmenter's cut (`Words`): jieba tags a word by
    the word alone (its dictionary's tag, or one read from its characters), and tags the run as it
    cuts it, so where the word alone is read as one word its tag is the one in the run; tagging the
    word alone (remembered) costs a fraction of tagging the run (tests/test_front_speed.py: the
    same tags for every word of the corpus)."""
    tag = _tag_alone(norm[start:end])
    return tag if tag is not None else tag_at(norm, start, end)


@lru_cache(maxsize=4096)
def _tag_alone(word: str) -> str | None:
    """jieba's tag for `word` read alone, where it reads it as one word (else None). A function of
    the word alone, so kept: the words asked are the text's places and common words that end on a
    rank character (社区, 乡镇), met again and again (half the corpus's calls are repeats)."""
    tagged = jieba_tags(word)
    return tagged[0][1] if len(tagged) == 1 else None


def _tagged_name(norm: str, start: int, after_name: re.Pattern) -> str | None:
    """The name jieba reads at `start` (two or three characters, tagged nr): after a post, where no
    punctuation or verb of `after_name` says where the name ends (护士长张玉梅从业…). Not when the
    "name" is a verb that follows a post (职工荣获), nor when jieba leaves one character of it
    behind (镇党委书记张赛|虎作了讲话: a name cut short)."""
    words = [(a, word, t) for a, word, t in words_near(norm, start) if a >= start]
    if not words or words[0][0] != start:
        return None
    _, word, t = words[0]
    rest = 1
    if len(word) == 1 and t == "nr" and len(words) > 1 and words[1][2] in _NAME_TAGS and len(words[1][1]) <= 2:
        word, rest = word + words[1][1], 2  # 王|秀英: jieba tags a surname and a given name apart
    if not 2 <= len(word) <= 3 or t not in _NAME_TAGS or not _BYLINE_NAME.fullmatch(word):
        return None
    if after_name.match(word):
        return None
    following = words[rest][1] if len(words) > rest else ""
    if len(following) == 1 and "\u4e00" <= following <= "\u9fff" and not after_name.match(following):
        return None
    return word


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Every surname of `entities.surnames.tsv`, single and compound."""
    return frozenset(lexicon.words("entities.surnames"))


_PRIORITY = {"entities.person.byline": 0, "entities.person.honorific": 0, "entities.person.title": 0,
             "entities.person.profile": 0,
             "entities.person.title_tagged": 0,
             "entities.org.place_suffix": 1, "entities.org.quoted": 1, "entities.org.abbrev": 2,
             "entities.gpe.gazetteer": 3, "entities.gpe.township": 3, "entities.gpe.county_stem": 3, "entities.loc.suffix": 4,
             "entities.person.jieba_nr": 5}


def _resolve(found: list[EntityMention]) -> list[EntityMention]:
    """Longest span wins an overlap; on a tie, the more specific rule (`_PRIORITY`).

    A mention is turned down only by one it overlaps, so the mentions are settled a run at a time
    (a run: mentions in text order, each overlapping the stretch of those before it): most stand
    alone and are kept at once, without the ranking's key made for each (tests/test_entities_resolve.py
    checks it against ranking them all)."""
    spans = sorted(set(found))  # by start, then end: a NamedTuple compares as its fields
    out: list[EntityMention] = []
    k, n = 0, len(spans)
    while k < n:
        first = spans[k]
        reach = first.end
        j = k + 1
        while j < n and spans[j].start < reach:
            if spans[j].end > reach:
                reach = spans[j].end
            j += 1
        if j == k + 1:
            out.append(first)
        else:
            out.extend(_ranked_choice(spans[k:j], first.start, reach))
        k = j
    return out


def _ranked_choice(run: list[EntityMention], lo: int, hi: int) -> list[EntityMention]:
    """The mentions of `run` (within [lo, hi)) that no better-ranked one overlaps, by start and end."""
    ranked = sorted(run, key=lambda e: (-(e.end - e.start), _PRIORITY.get(e.rule, 9), e.start))
    taken: list[EntityMention] = []
    used = bytearray(hi - lo)  # 1 where a taken mention stands
    for e in ranked:
        if used.find(1, e.start - lo, e.end - lo) < 0:
            taken.append(e)
            used[e.start - lo:e.end - lo] = b"\1" * (e.end - e.start)
    return sorted(taken, key=lambda e: (e.start, e.end))


# -- optional statistical NER ---------------------------------------------------------------
# Which spaCy pipeline supplies it is decided where the stage is built (stages/components.py);
# the stage is given the loaded pipeline, or None for rules only.

class EntityRecognizer:
    def __init__(self, model_name: str, model: Any = None):
        self.model_name = model.meta.get("name", model_name) if model is not None else None
        self.model = model
        if model is not None:
            keep = [n for n in model.pipe_names if n in ("tok2vec", "transformer", "ner")]
            self._disable = [n for n in model.pipe_names if n not in keep]

    def __call__(self, doc: d.AnyDoc) -> d.AnyDoc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: d.AnyDoc) -> list[EntityMention]:
        text, norm = d.text_and_norm(doc)
        found = find_entities(norm, d.words(doc))
        if self.model is not None:
            found = _merge(found, self._model_entities(text))
        return found

    def _model_entities(self, text: str) -> list[EntityMention]:
        model = self.model
        assert model is not None
        with model.select_pipes(disable=self._disable):
            ents = model(text).ents
        return [EntityMention(e.start_char, e.end_char, e.label_, str(self.model_name), "entities.model")
                for e in ents]

    @staticmethod
    def set_annotations(doc: d.AnyDoc, found: list[EntityMention]) -> None:
        ext = doc._
        ext.xf_entities = found
        if hasattr(doc, "set_ents"):  # a spaCy Doc also holds them as spans and entities
            EntityRecognizer._set_spans(doc, found, ext.xf_token_ends)

    @staticmethod
    def _set_spans(doc: d.AnyDoc, found: list[EntityMention], ends: list[int]) -> None:
        from spacy.tokens import Span  # a spaCy Doc: spaCy is loaded
        from spacy.util import filter_spans

        # the tokens covering each mention, found from their offsets without building Token objects
        spans = [Span(doc, d.token_at(ends, e.start), d.token_at(ends, e.end - 1) + 1, label=e.label)
                 for e in found if e.end > e.start]
        doc.spans["xf_entities"] = spans
        # the mentions never overlap, but two may widen onto one token
        disjoint = all(a.end <= b.start for a, b in zip(spans, spans[1:]))
        # tokens outside every mention are left unannotated (ent_iob_ ""), not marked "O": rules do not
        # claim to have found every entity, and marking each token costs more than finding the entities
        doc.set_ents(spans if disjoint else filter_spans(spans), default="unmodified")


def _merge(rules: list[EntityMention], model: list[EntityMention]) -> list[EntityMention]:
    extra = [m for m in model if all(m.end <= r.start or m.start >= r.end for r in rules)]
    return sorted(rules + extra, key=lambda e: (e.start, e.end))
