"""Stage: segment. The tokenizer: jieba-rs words over the working copy, a Doc over the original."""
import pytest

from extractor.text import segment
from extractor.text.decode import decode
from extractor.text.script import working_copy

from .conftest import CORPUS

TEXTS = [
    "昌邑市妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人。",
    "臺北市婦聯會舉辦「春風送暖」活動，服務３００人。",  # traditional, full-width digits, corner quotes
    "ABC 123\n\n  空行之后",
    "一",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_holds_the_original_and_token_ends(extractor, text):
    doc = extractor.nlp.make_doc(text)
    assert doc.text == text
    assert doc._.xf_text == text and len(doc._.xf_norm) == len(text)
    assert doc._.xf_token_ends == [t.idx + len(t) for t in doc]


def test_an_empty_text_makes_an_empty_doc(extractor):
    doc = extractor.nlp.make_doc("")
    assert len(doc) == 0 and doc._.xf_token_ends == []


RETAGGED = [  # (text, word, its tag): words jieba's dictionary tags wrongly, mended by segment.userdict.tsv
    ("38名选手同台竞技", "选手", "n"),
    ("选手", "选手", "n"),
    ("参赛选手获奖", "参赛选手", "n"),  # a longer word holding it keeps its own tag
    # posts jieba tags verbs, a time it tags an idiom, verbs it tags places, adverbs or nouns, nouns it tags times,
    # places or adverbs (this project's retags: segment.userdict.tsv)
    ("站长朱建国今年58岁", "站长", "n"),
    ("镇长王志远", "镇长", "n"),
    ("处长陈雅琴", "处长", "n"),
    ("组长刘国强", "组长", "n"),
    ("连长李海", "连长", "n"),
    ("排长王军", "排长", "n"),
    ("计划第四季度完成", "第四季度", "t"),
    ("计划四季度完成", "四季度", "t"),
    ("为高龄老人上门体检", "上门", "v"),
    ("采集更新人口信息", "更新", "v"),
    ("核实人口信息", "核实", "v"),
    ("其中返乡青年1150人", "青年", "n"),
    ("惠及群众3万人", "惠及", "v"),
    ("新建农村公厕9座", "新建", "v"),
    ("普及急救知识", "普及", "v"),
    ("转移就业上岗", "上岗", "v"),
    ("群众满意度达98%", "满意度", "n"),
    ("馆藏图书12万册", "馆藏", "n"),
    ("水稻收获进度62%", "进度", "n"),
    ("农村老年助餐点42个", "老年", "n"),
    ("村集体经济收入达86万元", "收入", "n"),
    ("收缴罚没款120万元", "罚没款", "n"),
    ("受理群众诉求860件", "诉求", "n"),
    ("更新医疗设备36台", "设备", "n"),
    ("3件提案获评优秀提案", "提案", "n"),
    ("织密农村寄递网络", "织密", "v"),
    ("筑牢安全防线", "筑牢", "v"),
    ("兜牢民生底线", "兜牢", "v"),
    ("绘就乡村振兴新画卷", "绘就", "v"),
    ("利用休息时间开展宣教", "利用", "v"),
    ("利用业余时间带徒弟", "利用", "v"),
    ("行医40余年", "行医", "v"),
    ("发放棉被200床、大米100袋", "大米", "n"),  # (round 165 liuzhi; corpus r67 baixi)
    ("选拔人才", "选拔", "v"),  # other words keep jieba's
]


@pytest.mark.parametrize("text,word,expected", RETAGGED)
def test_words_jieba_tags_wrongly_are_retagged(text, word, expected):
    assert dict(segment.tag(text))[word] == expected
    start = text.index(word)
    assert segment.tag_at(text, start, start + len(word)) == expected


def test_tag_at_reads_the_tag_jieba_gives_in_the_whole_text():
    """Tags are read per run between punctuation; jieba tags each run alone, so they are the same."""
    for path in sorted(CORPUS.glob("*.txt"))[:8]:
        norm = working_copy(path.read_text("utf-8")).text
        pos = 0
        for word, tag in segment.tag(norm):
            if word.strip():
                assert segment.tag_at(norm, pos, pos + len(word)) == tag, word
            pos += len(word)


@pytest.mark.parametrize("start,end", [(1, 2), (2, 4), (0, 3)])
def test_tag_at_answers_none_for_a_span_jieba_does_not_cut_as_one_word(start, end):
    norm = "区残联负责人表示"  # 区|残联|负责人|表示
    assert segment.tag_at(norm, start, end) is None
    assert segment.tag_at(norm, 1, 3) == "n"


def test_the_segmenter_is_built_without_rjiebas_default_instance(tmp_path):
    """rjieba's package __init__ builds a default instance nobody here uses: it is never run."""
    import subprocess
    import sys

    code = ("import sys; from extractor.text.segment import segmenter; "
            "print(segmenter().cut('开展特色宣讲128场次'), 'rjieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "['开展', '特色', '宣讲', '128', '场次'] False"


def test_our_instance_is_rjiebas_jieba():
    import rjieba

    from extractor.text.segment import segmenter

    assert type(segmenter()).__name__ == rjieba.Jieba.__name__
    assert segmenter().cut("开展宣讲30余场次") == ["开展", "宣讲", "30", "余", "场次"]  # the user dictionary applies


def test_the_retagging_reads_each_word_cut_as_a_search_of_the_text_would():
    """`tag` mends the words it cut that jieba tags wrongly, a look-up per word: the same pairs as
    mending wherever a retagged word is found in the text (a word inside another, 选手 in 参赛选手们, is
    cut as its own word or not at all)."""
    fixes = segment._retagged()
    texts = [row[0] for row in RETAGGED] + ["组织参赛选手们开展上门服务", "收入增长和农民收入", "选手选拔"]
    for path in sorted(CORPUS.glob("*.txt"))[:20]:
        texts.extend(working_copy(decode(path.read_bytes()).text).text.split("，"))
    for text in texts:
        words = segment.segmenter().tag(text)
        slow = [(w, fixes.get(w, t)) for w, t in words] if any(f in text for f in fixes) else words
        assert segment.tag(text) == slow, text


@pytest.mark.parametrize("text,known", [
    ("志愿者", True), ("办公室", True),  # the dictionary's words
    ("资文斌", False), ("勾明远", False),  # names, which the tagger's HMM may put together as one token
])
def test_is_word_tells_the_dictionary_s_words_from_what_the_hmm_joined(text, known):
    assert segment.is_word(text) is known
