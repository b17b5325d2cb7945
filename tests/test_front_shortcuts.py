"""Tokenizer, clean, entities: each shortcut gives what the slow way it replaces gives, on the corpus
and on generated texts."""
import random
import re

import pytest

from extractor import lexicon
from extractor.stages import clean, entities
from extractor.stages.tokenizer import segmented
from extractor.text import regex, scan, script
from extractor.text.decode import decode

from .conftest import CORPUS, corpus_ids


def _corpus_norms() -> list[str]:
    return [segmented(decode((CORPUS / f"{i}.txt").read_bytes()).text).norm for i in corpus_ids()]


def _generated(seed: int, count: int, alphabet: str, size: int = 200) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(size))) for _ in range(count)]


# -- clean: a sentence's end sought with a pattern that opens on a class ------------------------

def _sentences_slow(norm: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    fast = clean._STOP_RUN
    clean._STOP_RUN = clean._SENTENCE_END  # every paragraph read with the pattern that knows line breaks
    try:
        return clean.sentences(norm, paragraphs)
    finally:
        clean._STOP_RUN = fast


SENTENCE_TEXTS = ["第一句。第二句！！第三句?”第四句；", "他说：“好。”然后走了。", "没有句号", "。。", "问？)答",
                  "一\n二。三\n", "\n\n", ""]


def test_sentences_as_the_line_break_pattern_finds_them():
    texts = SENTENCE_TEXTS + _corpus_norms() + _generated(1, 300, "甲乙。!?！？;；”’」』)\n ,")
    for norm in texts:
        paragraphs = clean.kept_paragraphs(norm, clean.find_removed(norm)) if "甲" not in norm else []
        # whole texts too: a paragraph that holds a line break is read with the other pattern
        for spans in (paragraphs, [(0, len(norm))], [(1, max(1, len(norm) - 1))]):
            assert clean.sentences(norm, spans) == _sentences_slow(norm, spans), norm


# -- entities: the prefixed organisations' pattern, its prefixes written out ---------------------

def _prefixed_nested() -> re.Pattern:
    """The pattern as it was written: one alternation of the prefixes behind a lookahead."""
    suffix_words = lexicon.by_kind("entities.orgs", "suffix")
    abbrev_words = lexicon.by_kind("entities.orgs", "abbrev")
    prefix_words = lexicon.by_kind("entities.orgs", "prefix")
    suffixes, abbrevs, prefixes = map(lexicon.alternation, (suffix_words, abbrev_words, prefix_words))
    return re.compile(rf"{regex.starts(prefix_words + abbrev_words)}"
                      rf"(?:(?:{prefixes}){regex.starts(suffix_words + abbrev_words)}(?:{suffixes}|{abbrevs})"
                      rf"|(?:{abbrevs}))")


ORG_TEXTS = ["市总工会和县妇联", "团市委、团中央、共青团中央", "全国总工会", "市总", "中华全国妇女联合会", "区总工会区总",
             "镇妇联乡团委省残联州科协", "全市妇联系统"]


def test_prefixed_organisations_as_the_nested_pattern_finds_them():
    nested, flat = _prefixed_nested(), entities._org_patterns()[1]
    words = "".join(lexicon.by_kind("entities.orgs", "prefix") + lexicon.by_kind("entities.orgs", "abbrev")
                    + lexicon.by_kind("entities.orgs", "suffix")[:20])
    found = 0
    for norm in ORG_TEXTS + _corpus_norms() + _generated(2, 300, words + "的和，", 60):
        spans = [m.span() for m in flat.finditer(norm)]
        assert spans == [m.span() for m in nested.finditer(norm)], norm
        found += len(spans)
    assert found > 200


# -- script: the characters a conversion changed, counted on the texts whole ---------------------

def test_changed_characters_as_compared_one_by_one():
    rng = random.Random(4)
    alphabet = "國家發展國际和改革委员會abc，。 \n\U00020000\ud800\x00\uffff"
    pairs = [("", ""), ("a", "a"), ("a", "b"), ("\x00", "\x01"), ("\U0010ffff", "\U00010000")]
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randrange(60)))
        pairs.append((a, "".join(rng.choice(alphabet) if rng.random() < 0.3 else c for c in a)))
    for text in _corpus_norms():
        pairs.append((text, script._t2s().convert(text)) if len(script._t2s().convert(text)) == len(text) else (text, text))
    for a, b in pairs:
        assert script._changed(a, b) == sum(map(str.__ne__, a, b)), (a, b)


@pytest.mark.parametrize("text", ["", "abc", "中文", "中a文b", "㐀䶿一鿿\u9fff\ua000", "，。中", "x" * 5 + "字" * 7])
def test_chinese_characters_counted(text):
    assert script._cjk_count(text) == (len(re.findall(r"[\u3400-\u9fff]", text)) or 1)


# -- entities: the person and near() patterns tried where one automaton found their words ----------

PERSON_TEXTS = ["记者 张三 李四\n", "责任编辑：王五", "摄影 赵六", "村党支部书记张玉梅说，", "党委书记李明出席并讲话",
                "主任王秀英表示", "值班主任刘强", "护士长张玉梅从业二十年", "专家陈一说明", "会长，书记、主任王五",
                "王芳同志家庭等3人", "城关镇和平村、东风街道幸福社区", "到人民公园古镇广场", "古镇镇村社区乡镇街道"]


def _word_texts() -> list[str]:
    words = "".join(lexicon.by_kind("entities.persons", "post")[:12] + lexicon.by_kind("entities.persons", "byline")
                    + lexicon.by_kind("entities.persons", "speech") + lexicon.by_kind("entities.persons", "honorific")
                    + tuple(w for k in ("township", "village", "landmark") for w in entities._place_words()[k]))
    return PERSON_TEXTS + _corpus_norms() + _generated(5, 400, words + "等王李张秀英明，。 \n:", 80)


def test_person_patterns_as_their_scans_find_them():
    byline, _, after_title, post_end = entities._person_patterns()
    found = 0
    for norm in _word_texts():
        at = entities._word_starts(norm)
        for pattern, starts in ((byline, at.byline), (after_title, at.post), (post_end, at.post),
                                (entities._speech(), at.speech)):
            fast = [(m.span(), m.groups()) for m in scan.matches_at(pattern, norm, starts)]
            assert fast == [(m.span(), m.groups()) for m in pattern.finditer(norm)], (pattern.pattern[:30], norm)
            found += len(fast)
    assert found > 400


def test_anchors_as_their_scans_find_them():
    patterns = entities._person_patterns()[1], entities._TOWNSHIP, entities._LANDMARK
    anchors = entities._HONORIFIC, entities._TOWNSHIP_SUFFIX, entities._LANDMARK_SUFFIX
    found = 0
    for norm in _word_texts():
        at = entities._word_starts(norm)
        for pattern, anchor, starts, back in zip(patterns, anchors, (at.honorific, at.township, at.landmark),
                                                  (range(2, 5), range(2, 4), range(2, 3))):
            assert starts == [m.start() for m in anchor.finditer(norm)], (anchor.pattern, norm)
            fast = [(m.span(), m.groups()) for m in entities._near(pattern, norm, starts, back)]
            assert fast == [(m.span(), m.groups()) for m in scan.near(pattern, norm, anchor, back)], norm
            found += len(fast)
    assert found > 300


@pytest.mark.parametrize("occurrences,starts", [
    ([], []),
    ([(0, 1, 2), (0, 2, 1), (1, 0, 2)], [0]),  # at 0 the first word of the alternation; 1 lies inside it
    ([(0, 1, 1), (0, 0, 2), (1, 0, 2)], [0]),  # at 0 the first in order is the longer word
    ([(0, 0, 1), (1, 0, 3), (2, 0, 3), (3, 0, 4)], [0, 1, 3]),
])
def test_finditer_starts(occurrences, starts):
    assert entities._finditer_starts(sorted(occurrences)) == starts


# -- entities: the organisation breaker's stops written as words ----------------------------------

def test_breaker_finds_what_the_class_finds():
    old = re.compile(rf"{lexicon.alternation(lexicon.by_kind('entities.orgs', 'breaker'))}|[,，。;；、]")
    new = entities._org_patterns()[3]
    words = "".join(lexicon.by_kind("entities.orgs", "breaker")) + ",，。;；、市妇联工会团委中心"
    for text in ORG_TEXTS + _generated(6, 2000, words, 12) + ["", "，", "市妇联", "的"]:
        assert bool(new.search(text)) == bool(old.search(text)), text
