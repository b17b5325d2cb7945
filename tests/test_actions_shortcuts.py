"""Stage: actions. The shortcuts taken for speed agree with the slow way they replace: each check below
runs the plain reading (written out here as it was before the shortcut) beside the stage's on random
texts made of the pieces that matter, and on a few rows written for the test."""
import importlib.util
import random
from pathlib import Path

import pytest

from extractor.stages import actions
from extractor.stages.doc import EntityMention, NumberMention
from extractor.text import segment

PIECES = ["一、", "（二）", "(3)", "3、", "12.", "第三,", "第四部分", "①", "▍", "■ ", "一是", "二是", "其次", "最后",
          "首先", "实施", "开展", "“红心向党”", "行动", "工程", "。", "。 ", "。\u3000", ":", "；", "！", " ", "\t",
          "妇联", "培训", "6期", "2023年", "了", "了解", "为了", "，", "、", "（", "）", "【", "】", "abc", "\n"]


def _texts(seed: int, count: int = 400, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _numbering_one_by_one(line: str) -> tuple[str, int] | None:
    for style, pattern in actions._NUMBERING:
        m = pattern.match(line)
        if m:
            return style, m.end()
    return None


@pytest.mark.parametrize("line, expected", [
    ("一、城乡低保工作", ("cn_comma", 2)),
    ("（二）技能培训", ("cn_bracket", 3)),
    ("12.培训", ("arabic_comma", 3)),
    ("12.5万人", None),
    ("第三部分 成效", ("ordinal", 5)),
    ("▍ 党建引领", ("marker", 2)),
    ("01 筑牢科普阵地", ("padded", 3)),
    ("02 科普大篷车“跑”遍山乡", ("padded", 3)),
    ("【一】坚决打好蓝天保卫战", ("cn_lenticular", 3)),
    ("【十二】 扎实推进净土保卫战", ("cn_lenticular", 5)),
    ("【党建引领】做强产业", None),  # a label in brackets, no numeral
    ("01｜送法进集市", ("padded", 3)),  # a bar after the number (WeChat posts: ｜, |, 丨)
    ("03 丨 调解进网格", ("padded", 5)),
    ("01｜胡志强 县消防救援大队", None),
    ("01｜胡志强｜城关消防站", None),  # a row of a table whose cells bars set apart
    ("01 胡志强 县消防救援大队", None),  # a table's row, not a heading
    ("01 灭火救援 🚒", ("padded", 3)),  # a pictograph after the heading
    ("01 党建引领 凝心聚力", ("padded", 3)),  # a slogan's two four-character halves a blank apart
    ("01 胡志强 县消防大队", None),  # three and five: a name and a body, a row
    ("01 抓项目 促发展", ("padded", 3)),  # a slogan's two three-character halves
    ("01 稳面积 提单产", ("padded", 3)),
    ("01 胡志强 护士长", None),  # three and three: a name and a post, a row
    ("01 王建国 张丽华", None),  # two names, a row
    ("01 马成福 快递员", None),  # (review 62) a name jieba does not tag, then a trade: a row
    ("🩺 01｜家庭医生：“健康守门人”进村入户", ("padded", 5)),  # a post's pictograph before the number
    ("🏆 喜报", None),
    ("🏆 01 王建国 城关中学", None),  # (review 63) a table's row after a pictograph is a row still
    ("01 林长制", ("padded", 3)),  # (review 62) one word jieba tags a name is a heading all the same
    ("02 林长制 见实效", ("padded", 3)),
    ("2024 年度工作", None),
    ("强化技能培训", None),
])
def test_numbering_styles(line, expected):
    assert actions._numbering(line) == expected


def test_numbering_one_match_agrees_with_each_style_in_turn():
    for text in _texts(1):
        assert actions._numbering(text) == _numbering_one_by_one(text), text


def test_opener_tried_only_where_it_may_start():
    opener = actions._patterns()["opener"]
    for text in _texts(2):
        for i in range(len(text) + 1):
            if not actions._may_open(text, i):
                assert opener.match(text, i) is None, (text, i)


def test_sentence_starts_that_may_open_are_those_of_every_stop_that_may():
    assert set(actions._SENTENCE_STOPS) == {ch for ch in map(chr, range(0x10000)) if actions._SENTENCE_STOP.match(ch)}
    rng = random.Random(7)
    for text in _texts(7, longest=30):
        stops = actions._stop_positions(text)
        assert stops == [m.start() for m in actions._SENTENCE_STOP.finditer(text)]
        for _ in range(5):
            start = rng.randint(0, len(text))
            line = text[start:rng.randint(start, len(text))]
            every = [m.end() for m in actions._SENTENCE_STOP.finditer(line)]
            assert actions._sentence_starts(line, start, stops) == [i for i in every if actions._may_open(line, i)], line


def test_only_spaces_as_stripping_a_copy():
    rng = random.Random(8)
    for text in _texts(8) + ["", " ", "\u3000\t", "甲 "]:
        for _ in range(5):
            start, end = rng.randint(0, len(text) + 2), rng.randint(0, len(text) + 2)
            assert actions._only_spaces(text, start, end) is (not text[start:end].strip()), (text, start, end)


def test_verb_tried_only_where_it_may_start():
    verb = actions._patterns()["verb"]
    for text in _texts(3):
        for i in range(len(text) + 1):
            if i == len(text) or text[i] not in actions._verb_firsts():
                assert verb.match(text, i) is None, (text, i)


def _unflattened_everywhere(norm, paragraphs):
    out = []
    for p_start, p_end in paragraphs:
        start = p_start
        for m in actions._FLATTENED_BREAK.finditer(norm, p_start, p_end):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, p_end))
    return out


def _lines(text):
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def test_flattened_breaks_sought_only_after_a_full_stop_and_a_space():
    for text in _texts(4, longest=30):
        paragraphs = _lines(text)
        assert actions._unflattened(text, paragraphs) == _unflattened_everywhere(text, paragraphs), text
    # a paragraph that starts with the space after the previous line's full stop
    text = "甲。\n 乙。 丙"
    paragraphs = [(0, 2), (3, 8)]
    assert actions._unflattened(text, paragraphs) == _unflattened_everywhere(text, paragraphs)


def _number(start, end, unit_end=None, num_end=None):
    return NumberMention(start, end, 1.0, None, "", end, unit_end if unit_end is not None else end, "count", "",
                         "arabic", start, num_end if num_end is not None else end)


def _has_words_blanking(norm, start, end, numbers):
    chars = list(norm[start:end])
    for n in numbers.overlapping(start, end):
        lo, hi = max(n.start, start), min(max(n.end, n.unit_end), end)
        chars[lo - start:hi - start] = " " * max(0, hi - lo)
    return bool(actions._CJK_CHAR.search("".join(chars)))


def _random_numbers(rng, size):
    """Numbers as the numbers stage makes them: the number itself inside its expression or unit
    (start <= num_start <= num_end <= max(end, unit_end))."""
    numbers = []
    for _ in range(rng.randint(0, 6)):
        start = rng.randint(0, max(0, size - 1))
        end, unit_end = rng.randint(start, size), rng.randint(start, size)
        numbers.append(_number(start, end, unit_end=unit_end, num_end=rng.randint(start, max(end, unit_end))))
    return numbers


def test_words_beside_figures_found_in_place_as_by_blanking_the_figures():
    rng = random.Random(5)
    for text in _texts(5, longest=20):
        numbers = actions._numbers_by_position(_random_numbers(rng, len(text)))
        for _ in range(5):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert actions._has_words(text, start, end, numbers) == _has_words_blanking(text, start, end, numbers)


@pytest.mark.parametrize("text, figures, expected", [
    ("培训6期", [(2, 4)], True),
    ("6期", [(0, 2)], False),
    ("6期，3场", [(0, 2), (3, 5)], False),
    ("6期及3场", [(0, 2), (3, 5)], True),
    ("6期", [], True),
])
def test_words_beside_figures(text, figures, expected):
    numbers = actions._numbers_by_position([_number(a, b) for a, b in figures])
    assert actions._has_words(text, 0, len(text), numbers) is expected


def test_index_by_position_answers_as_a_scan_of_every_span():
    rng = random.Random(6)
    for _ in range(300):
        size = rng.randint(1, 40)
        numbers = _random_numbers(rng, size)
        entities = [EntityMention(s, s + rng.randint(1, 4), "ORG", "rules", "r")
                    for s in (rng.randint(0, size) for _ in range(rng.randint(0, 5)))]
        by_number, by_entity = actions._numbers_by_position(numbers), actions._entities_by_position(entities)
        ordered_numbers = sorted(numbers, key=lambda n: n.start)
        ordered_entities = sorted(entities, key=lambda e: e.start)
        for _ in range(5):
            lo = rng.randint(0, size)
            hi = rng.randint(lo, size + 2)
            assert by_number.overlapping(lo, hi) == [
                n for n in ordered_numbers if n.start < hi and max(n.end, n.unit_end, n.num_end) > lo]
            assert by_entity.starting(lo, hi) == [e for e in ordered_entities if lo <= e.start < hi]


def test_only_le_is_tagged_as_the_aspect_particle():
    """`_NARRATIVE` tags a clause only when 了 is in it: no other word of jieba's dictionary is `ul`."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        pytest.skip("jieba's dictionary is not installed")
    words = [line.split()[0] for line in (Path(spec.origin).parent / "dict.txt").read_text("utf-8").splitlines() if line]
    tagged_ul = {word for w in words for word, tag in segment.tag(w) if tag == "ul"}
    assert tagged_ul == {"了"}


def _is_body_counting(norm, start, end):
    chinese = len(actions._CJK_CHAR.findall(norm, start, end))
    return (chinese >= actions.BODY_PROSE_MIN and bool(actions._PROSE_MARK.search(norm, start, end))
            or chinese >= actions.BODY_SENTENCE_MIN and "。" in norm[start:end])


def test_body_told_by_matching_at_least_so_many_chinese_characters_as_by_counting_them():
    rng = random.Random(9)
    for text in _texts(9, longest=40):
        for _ in range(5):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert actions._is_body(text, start, end) == _is_body_counting(text, start, end), (text, start, end)


@pytest.mark.parametrize("text, body", [("技能培训", False), ("举办培训班6期。", True), ("办班。", False),
                                        ("组织电工、焊工培训班6期，培训职工300人次，参训率达到九成", True)])
def test_body(text, body):
    assert actions._is_body(text, 0, len(text)) is body
