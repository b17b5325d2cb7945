"""`extractor.quantities()`: one table per category, one row per phenomenon.

Each row is (text, expected), expected being every quantity of the text as
(surface, value, value_max, unit, qualifier, kind). The sentences are written for these tables (none
comes from the dev corpus); `ISSUE` holds the misreadings reported in issue 9, named after the bug.
Known misses are strict xfails, so a fix shows up as news.
"""
import json

import pytest

from extractor import Quantity, quantities


class Miss(tuple):
    """A known miss: the row as it should read, marked xfail(strict=True)."""


def read(text: str) -> list[tuple]:
    return [(text[q.start:q.end], q.value, q.value_max, q.unit, q.qualifier, q.kind) for q in quantities(text)]


def one(surface, value, unit="", qualifier="exact", kind="number", value_max=None):
    return [(surface, value, value_max, unit, qualifier, kind)]


NONE: list = []

ISSUE = {
    "at_least_is_over_not_under": ("培训农村妇女不少于2000人次", one("不少于2000人次", 2000, "人次", "over")),
    "tiao_ci_is_one_measure": ("推送预警信息1.8万余条次", one("1.8万余条次", 18_000, "条次", "over")),
    "tiao_ci_exact": ("发送提醒短信4600条次", one("4600条次", 4600, "条次")),
    "wan_then_arabic": ("发放资金3万4000元", one("3万4000元", 34000, "元", kind="money")),
    "wan_qian_bai_after_digits": ("奖励5万4千6百元", one("5万4千6百元", 54600, "元", kind="money")),
    "spoken_wan_san": ("共筹集善款一万三", one("一万三", 13000)),
    "spoken_liangqian_sibai_wu": ("全年接待游客两千四百五", one("两千四百五", 2450)),
    "zero_before_ten": ("服务一千零十八人", one("一千零十八人", 1018, "人")),
    "zero_before_ten_after_wan": ("帮扶一万零十二户", one("一万零十二户", 10012, "户")),
    "sichuan_is_no_four": ("四川省妇联召开会议", NONE),
    "landing_troops_is_no_six": ("登陆部队", NONE),
    "tidy_up_is_no_ten": ("收拾行装", NONE),
    "ranks_is_no_five": ("志愿者队伍不断壮大", NONE),
    "ershi_ji_wan": ("惠及二十几万人次", one("二十几万人次", 200_000, "人次", "about")),
    "shi_ji_wan": ("覆盖十几万人", one("十几万人", 100_000, "人", "about")),
    "en_dash_range": ("培训20–100小时", one("20–100小时", 20, "小时", kind="range", value_max=100)),
    "chaoguo_le": ("累计超过了80小时", one("超过了80小时", 80, "小时", "over")),
    "baifenzhi_bai": ("满意率达到百分之百", one("百分之百", 100, "%", kind="percent")),
    "percent_escape_in_url": ("详见http://x.cn/a%29b", NONE),
    "fu_is_minus": ("气温负三十二度", one("负三十二度", -32, "度")),
    "minus_percent": ("同比-22.2%", one("-22.2%", -22.2, "%", kind="percent")),
    "siwanwan": ("四万万同胞", one("四万万", 400_000_000)),
}

NUMERALS = {
    "chinese": ("帮扶三百户", one("三百户", 300, "户")),
    "liang": ("带动两千名妇女", one("两千名", 2000, "名")),
    "financial": ("捐赠壹佰元", one("壹佰元", 100, "元", kind="money")),
    "financial_traditional": ("捐款貳拾萬元", one("貳拾萬元", 200_000, "元", kind="money")),
    "full_width": ("举办１２８场", one("１２８场", 128, "场")),
    "thousands_separator": ("培训1,200人", one("1,200人", 1200, "人")),
    "decimal_wanyi": ("投资1.2万亿元", one("1.2万亿元", 1_200_000_000_000, "元", kind="money")),
    "spaced_yiyuan": ("款物 5.58 亿元", one("5.58 亿元", 558_000_000, "元", kind="money")),
    "traditional_wan": ("40余萬人次", one("40余萬人次", 400_000, "人次", "over")),
    "chinese_decimal": ("体温三十八点六度", one("三十八点六度", 38.6, "度")),
    "chinese_decimal_wan": ("增长三点五万", one("三点五万", 35_000)),
    "qian_mi_is_kilometres": ("跑完5千米", one("5千米", 5, "千米")),
    "clock_is_not_a_decimal": ("下午三点五十分", [("三点", 3, None, "点", "exact", "time"),
                                            ("五十分", 50, None, "分", "exact", "time")]),
}

SPOKEN = {
    "wan_san": ("奖金一万三", one("一万三", 13_000)),
    "sanbai_wu": ("每月补贴三百五", one("三百五", 350)),
    "yi_san": ("总投资一亿三", one("一亿三", 130_000_000)),
    "zero_keeps_digit": ("服务一千零五人", one("一千零五人", 1005, "人")),
    "zero_inside_wan": ("三百零五万元", one("三百零五万元", 3_050_000, "元", kind="money")),
    "ji_units": ("二十几个村", one("二十几个", 20, "个", "about")),
    "two_neighbours_tens": ("三四十人", one("三四十人", 30, "人", "about", "range", 40)),
    "two_neighbours_units": ("两三个", one("两三个", 2, "个", "about", "range", 3)),
    "two_neighbours_after_ten": ("十五六岁的少年", one("十五六岁", 15, "岁", "about", "range", 16)),
    "plan_name_is_no_range": ("“十四五”规划", NONE),
    "duo": ("一百多名", one("一百多名", 100, "名", "over")),
    "lai": ("二百来人", one("二百来人", 200, "人", "about")),
    "ji_leading_is_vague": Miss(("几十名志愿者", one("几十名", 10, "名", "about"))),
}

SHARES = {
    "third": ("三分之一的村", one("三分之一", 0.333333, kind="fraction")),
    "slash": ("完成3/4", one("3/4", 0.75, kind="fraction")),
    "cheng": ("九成以上", one("九成以上", 90, "%", "over", "percent")),  # tenths of a whole: a share as 90% is
    "cheng_liang": ("增长两成", one("两成", 20, "%", kind="percent")),
    "zhe": ("打七五折", one("七五折", 0.75, kind="fraction")),
    "zhe_arabic": ("全场8折", one("8折", 0.8, kind="fraction")),
    "per_mille": ("千分之五", one("千分之五", 5, "‰", kind="percent")),
    "per_mille_decimal": ("改判率千分之六点八", one("千分之六点八", 6.8, "‰", kind="percent")),
    "baifenbai": ("群众百分百满意", one("百分百", 100, "%", kind="percent")),
    "percent_decimal": ("百分之九十五点五", one("百分之九十五点五", 95.5, "%", kind="percent")),
    "percent_range": ("百分之十至二十", one("百分之十至二十", 10, "%", kind="range", value_max=20)),
    "cheng_inside_word": ("一成不变", NONE),
    "cheng_member": ("由三成员组成", NONE),
    "date_like_slash": ("6/30截止", one("6/30", 0, kind="code")),
}

SIGNS = {
    "fu": ("气温负三十二度", one("负三十二度", -32, "度")),
    "minus_percent": ("利润同比-22.2%", one("-22.2%", -22.2, "%", kind="percent")),
    "lingxia": ("零下5℃", one("零下5℃", -5, "℃")),
    "unicode_minus": ("变化−3%", one("−3%", -3, "%", kind="percent")),
    "xiajiang_is_a_word_not_a_sign": ("下降22.2%", one("22.2%", 22.2, "%", kind="percent")),
    "bullet_is_not_a_sign": ("- 3场活动", one("3场", 3, "场")),
    "hyphen_after_letters": ("COVID-19疫情", one("-19", 0, kind="code")),
    "hyphen_before_a_count_is_a_dash": ("备案号-1", one("1", 1)),
}

MAGNITUDES = {
    "siwanwan": ("四万万同胞", one("四万万", 400_000_000)),
    "wanyi": ("一万亿元", one("一万亿元", 1_000_000_000_000, "元", kind="money")),
    "yiyi": ("一亿亿元", one("一亿亿元", 10**16, "元", kind="money")),
    "wan_below_yi": ("三万五千亿元", one("三万五千亿元", 3_500_000_000_000, "元", kind="money")),
    "shiwanwanwan_rejected": ("十万万万", NONE),
    "yiwan_is_an_idiom": ("亿万人民", NONE),
    "bare_needs_qualifier": ("千家万户", NONE),
    "bare_inside_a_word": ("老百姓", NONE),
    # 棒, the mushroom farmer's log: a count's measure word (corpus r90 jianhe)
    "wan_bang_of_fungus": ("发展食用菌2150万棒", one("2150万棒", 21_500_000, "棒")),
}

RANGES = {
    "hyphen": ("开展3-5场", one("3-5场", 3, "场", kind="range", value_max=5)),
    "en_dash": ("培训20–100小时", one("20–100小时", 20, "小时", kind="range", value_max=100)),
    "em_dash": ("20—100人", one("20—100人", 20, "人", kind="range", value_max=100)),
    "tilde": ("每班3~5人", one("3~5人", 3, "人", kind="range", value_max=5)),
    "full_width_tilde": ("每班3～5人", one("3～5人", 3, "人", kind="range", value_max=5)),
    "zhi_shared_wan": ("资助3至5万元", one("3至5万元", 30_000, "元", kind="range", value_max=50_000)),
    "dao": ("3到5人", one("3到5人", 3, "人", kind="range", value_max=5)),
    "units_on_both_ends": ("3万元至5万元", one("3万元至5万元", 30_000, "元", kind="range", value_max=50_000)),
    "percent_both_ends": ("10%-20%", one("10%-20%", 10, "%", kind="range", value_max=20)),
    "zhijian": ("在20至30人之间", one("20至30人之间", 20, "人", kind="range", value_max=30)),
    "chinese_ends": ("三至五场", one("三至五场", 3, "场", kind="range", value_max=5)),
    "descending_is_a_code": ("3-1班", one("3-1班", 0, kind="code")),
    "different_units_are_two_numbers": ("3场至12月", [("3场", 3, None, "场", "exact", "number"),
                                                   ("12月", 12, None, "月", "exact", "date")]),
}

OPEN = {
    "yishang": ("1000以上", one("1000以上", 1000, "", "over")),
    "zhishao": ("至少3次", one("至少3次", 3, "次", "over")),
    "budiyu": ("不低于95%", one("不低于95%", 95, "%", "over", "percent")),
    "chaoguo": ("超过80小时", one("超过80小时", 80, "小时", "over")),
    "dayu": ("大于10人", one("大于10人", 10, "人", "over")),
    "yinei": ("30天以内", one("30天以内", 30, "天", "under", "time")),
    "budao": ("不到10%", one("不到10%", 10, "%", "under", "percent")),
    "buzu": ("不足50户", one("不足50户", 50, "户", "under")),
    "shaoyu": ("少于5人", one("少于5人", 5, "人", "under")),
    "jin_bare": ("近百场", one("近百场", 100, "场", "under")),
    "yu_bare": ("逾千人", one("逾千人", 1000, "人", "over")),
    "shang_bare": ("上千名群众", one("上千名", 1000, "名", "over")),  # 上千, 上万: reaching it, as 逾千 is over it
    "shang_wan_bare": ("参祭观礼上万人次", one("上万人次", 10000, "人次", "over")),
    "bare_with_yu": ("志愿者千余名", one("千余名", 1000, "名", "over")),
    "bare_with_duo": ("惠及万多人", one("万多人", 10_000, "人", "over")),
    "yue": ("约300期", one("约300期", 300, "期", "about")),
    "zuoyou": ("200人左右", one("200人左右", 200, "人", "about")),
}

WHOLE_WORDS = {
    "qianyue_holds_no_yue": ("签约3家", one("3家", 3, "家")),
    "chaoshi_holds_no_chao": ("新开超市3家", one("3家", 3, "家")),
    "zuijin_holds_no_jin": ("附近2公里", one("2公里", 2, "公里")),
    "yanmi_is_one_unit": ("清理边沟3.6万延米", one("3.6万延米", 36_000, "延米")),
    "taijian_is_one_unit": ("检定强检计量器具4320台件", one("4320台件", 4320, "台件")),
    "shangxiaban_holds_no_shangxia": ("100人上下班", one("100人", 100, "人")),
    "laizi_is_not_lai": ("3来自农村", one("3", 3)),
    "duoyuanhua_is_not_duo": ("3多元化", one("3", 3)),
    "lianxu": ("陆续开展", NONE),
    "financial_letter_before_digits": ("组建宣讲队伍1260支", one("1260支", 1260, "支")),
    "financial_letter_before_numeral": ("组建队伍三百余支", one("三百余支", 300, "支", "over")),
    "yixie": ("一些群众", NONE),
    "yiqi": ("一起去", NONE),
    "tongyi": ("统一部署", NONE),
    "shifen": ("十分重要", NONE),
    "zhiyi": ("原因之一", NONE),
    "gaosan": ("高三学生", NONE),
    "verb_glued_by_hmm": ("有三人获奖", one("三人", 3, "人")),
    "lead_glued_onto_qualifier": ("共约300人", one("约300人", 300, "人", "about")),
    "jin_glued": ("近三年", one("近三年", 3, "年", "under", "time")),
    # a noun that starts with a measure word's character is counted, not measured: no unit
    "bumen_is_a_noun": ("由省民政厅等四部门联合印发", one("四", 4)),
    "bumen_after_digits": ("联合公安、司法等7部门开展整治", one("7", 7)),
    "changsuo_is_a_noun": ("排查12场所的消防隐患", one("12", 12)),
    "bu_is_a_unit_at_the_end": ("拍摄公益微电影3部", one("3部", 3, "部")),
    "shijiu_da_is_a_name": Miss(("党的十九大", NONE)),
    "yiqi_anjian_counts": Miss(("办理一起案件", one("一起", 1, "起"))),
}

SHIELDED = {
    "url_percent_escape": ("详见http://x.cn/a%29b", NONE),
    "url_then_text": ("网址www.gov.cn/2023/29.html共5人", one("5人", 5, "人")),
    "email": ("发送至abc2023@163.com", NONE),
    "qq_email": ("报名邮箱3456789@qq.com", NONE),
    "file_name": ("详见附件3.pdf", NONE),
    "file_name_latin": ("见IMG_2023.jpg", NONE),
    "number_before_file_name": ("开展活动30场详见附件3.pdf", one("30场", 30, "场")),
}

NEVER_CLAIMS = {
    "date": ("2023-06-19", one("2023-06-19", 0, kind="date")),
    "date_parts": ("2023年6月19日", [("2023年", 2023, None, "年", "exact", "date"), ("6月", 6, None, "月", "exact", "date"),
                                    ("19日", 19, None, "日", "exact", "date")]),
    "chinese_year": ("二〇二三年", one("二〇二三", 2023, kind="date")),
    "clock": ("18:07", one("18:07", 0, kind="time")),
    "duration": ("培训3天", one("3天", 3, "天", kind="time")),
    "phone": ("0536-8198101", one("0536-8198101", 0, kind="phone")),
    "mobile": ("13812345678", one("13812345678", 0, kind="phone")),
    "ordinal": ("第三届", one("第三", 3, kind="ordinal")),
    "ordinal_arabic": ("第21届", one("第21", 21, kind="ordinal")),
    "opener": ("一是加强", one("一", 1, kind="ordinal")),
    "list_marker": ("1.加强培训", one("1", 1, kind="ordinal")),
    "code": ("CN43-0020", one("43-0020", 0, kind="code")),
    "letters_and_digits": ("5G基站", one("5", 0, kind="code")),
    "version": ("1.2.3版", one("1.2.3", 0, kind="code")),
    "too_large": ("9" * 320 + "人", one("9" * 320 + "人", 0, kind="too_large")),
    "too_large_mixed": ("99999亿亿元", one("99999亿亿元", 0, kind="too_large")),
}

TABLES = {"issue": ISSUE, "numerals": NUMERALS, "spoken": SPOKEN, "shares": SHARES, "signs": SIGNS,
          "magnitudes": MAGNITUDES, "ranges": RANGES, "open": OPEN, "whole_words": WHOLE_WORDS,
          "shielded": SHIELDED, "never_claims": NEVER_CLAIMS}


def _params():
    for category, table in TABLES.items():
        for name, row in table.items():
            marks = [pytest.mark.xfail(strict=True)] if isinstance(row, Miss) else []
            yield pytest.param(*row, marks=marks, id=f"{category}-{name}")


@pytest.mark.parametrize("text,expected", list(_params()))
def test_quantities(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("category", TABLES)
def test_every_table_has_five_rows(category):
    assert len(TABLES[category]) >= 5


def test_quantity_is_a_typed_record_that_serialises():
    q = quantities("覆盖妇女群众1.5万余人")[0]
    assert isinstance(q, Quantity)
    assert q._fields == ("start", "end", "value", "value_max", "unit", "qualifier", "kind")
    assert json.loads(json.dumps(q._asdict(), allow_nan=False))["value"] == 15_000


def test_offsets_point_into_the_original_text():
    text = "全年舉辦講座３０餘場，惠及群眾1.2萬人次"
    assert [text[q.start:q.end] for q in quantities(text)] == ["３０餘場", "1.2萬人次"]


def test_the_documented_example():
    found = quantities("全年举办讲座30余场，惠及群众1.2万人次，资助3至5万元，满意率达到百分之百")
    assert [tuple(q) for q in found] == [(6, 10, 30.0, None, "场", "over", "number"),
                                         (15, 21, 12000.0, None, "人次", "exact", "number"),
                                         (24, 29, 30000.0, 50000.0, "元", "exact", "range"),
                                         (35, 39, 100.0, None, "%", "exact", "percent")]


@pytest.mark.parametrize("text", ["四川省组织志愿者一万三千人次开展服务，陆续举办讲座近百场、培训不少于2000人次",
                                  "有三人获奖，统一发放奖金3万4000元，覆盖十几万人"])
def test_the_pipeline_stage_reads_what_quantities_reads(text):
    import spacy

    from extractor.stages.numbers import find_numbers
    from extractor.text.script import working_copy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xf.jieba_segmenter.v1"}}})
    nlp.add_pipe("xf_numbers")
    stored = [(n.start, n.end, n.value) for n in nlp(text)._.xf_numbers]
    assert stored == [(q.start, q.end, q.value) for q in quantities(text)]
    assert stored == [(n.start, n.end, n.value) for n in find_numbers(working_copy(text).text)]
