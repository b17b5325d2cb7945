"""Stage: numbers. One row per phenomenon: (text, kind, value, value_max, unit, qualifier)."""
import pytest

from extractor.stages.numbers import find_numbers
from extractor.text.numerals import parse
from extractor.text.script import working_copy

ROWS = [
    ("开展特色宣讲128场次", "count", 128, None, "场次", "exact"),
    ("覆盖妇女群众1.5万余人", "count", 15000, None, "人", "over"),
    ("贷款0.8亿元", "money", 80_000_000, None, "元", "exact"),
    # 一点 is "a little" only where the numeral ends with the word: 一点二六 runs on, a decimal
    ("发放贷款一点三五亿元", "money", 135_000_000, None, "元", "exact"),
    ("筹集资金一点五万元", "money", 15_000, None, "元", "exact"),
    # another currency keeps its own unit; its magnitude is read as 元's is
    ("实际使用外资4260万美元", "money", 42_600_000, None, "美元", "exact"),
    ("达成意向订单1.2亿欧元", "money", 120_000_000, None, "欧元", "exact"),
    ("募集善款约30万港元", "money", 300_000, None, "港元", "about"),
    ("机关课堂30余场次", "count", 30, None, "场次", "over"),
    ("外借图书12.5万册次", "count", 125_000, None, "册次", "exact"),
    ("共收到群众投票2.6万余票", "count", 26_000, None, "票", "over"),  # votes cast in a selection
    ("增殖放流鱼苗30万尾", "count", 300_000, None, "尾", "exact"),  # fish, counted by their tails
    ("接种新冠疫苗4.7万剂次", "count", 47_000, None, "剂次", "exact"),  # doses of a vaccine
    ("开展流行病学调查93例次", "count", 93, None, "例次", "exact"),  # cases, each time counted
    ("检查大型商超21家", "count", 21, None, "家", "exact"),  # 商超 (supermarkets) holds no 超
    ("新配备抢险救援器材460余件套", "count", 460, None, "件套", "over"),  # sets of equipment
    ("为村卫生室配备诊疗设备35台套", "count", 35, None, "台套", "exact"),  # machines with their fittings
    ("走访商超12家、农贸市场6个", "count", 12, None, "家", "exact"),
    # a measure word that starts on the numeral's last character, where what follows is no unit (瓦时)
    ("全年售电量10.27亿千瓦时", "measure", 1_027_000_000, None, "千瓦时", "exact"),
    ("新增变电容量10万千伏安", "measure", 100_000, None, "千伏安", "exact"),
    ("屋顶光伏装机560千瓦", "measure", 560, None, "千瓦", "exact"),
    ("建成30千瓦光伏电站", "measure", 30, None, "千瓦", "exact"),  # a unit before a word of its own
    ("年发电120万千瓦时电量", "measure", 1_200_000, None, "千瓦时", "exact"),
    ("节约用电约42万千瓦时", "measure", 420_000, None, "千瓦时", "about"),
    ("完成术后随访1200余例次", "count", 1200, None, "例次", "over"),
    ("免费发放中药汤剂1200余剂", "count", 1200, None, "剂", "over"),
    ("被县领导批示18篇次", "count", 18, None, "篇次", "exact"),
    ("出动执法车辆260余辆次", "count", 260, None, "辆次", "over"),
    ("接收进馆档案5200卷", "count", 5200, None, "卷", "exact"),
    ("开展水质检测1560余份次", "count", 1560, None, "份次", "over"),  # samples, each time counted
    # truckloads (车) of what was cleared; a lane (4车道) or a crash (三车相撞) is no load
    ("清运生活垃圾1200余车", "count", 1200, None, "车", "over"),
    ("清理乱堆杂物近600车", "count", 600, None, "车", "under"),
    ("拓宽为双向4车道", "bare", 4, None, "", "exact"),
    ("发生一起三车相撞事故", "bare", 3, None, "", "exact"),
    ("处理两车剐蹭事故46起", "bare", 2, None, "", "exact"),  # vehicles written in a Chinese numeral: no loads
    ("提供查阅利用1.3万卷次", "count", 13_000, None, "卷次", "exact"),
    ("数字化扫描120万画幅", "count", 1_200_000, None, "画幅", "exact"),
    ("更换节能路灯860盏", "count", 860, None, "盏", "exact"),
    ("投入义务劳动3200工日", "count", 3200, None, "工日", "exact"),
    ("共有50人日前参加了培训", "count", 50, None, "人", "exact"),  # 日前 (recently), no 人日
    ("累计投工投劳1.8万人日", "count", 18_000, None, "人日", "exact"),  # person-days
    ("新增光伏装机2.4兆瓦", "measure", 2.4, None, "兆瓦", "exact"),
    ("巡航检查1200余航次", "count", 1200, None, "航次", "over"),
    ("完成集装箱吞吐量32.5万标箱", "count", 325_000, None, "标箱", "exact"),
    ("新打机井86眼", "count", 86, None, "眼", "exact"),
    ("发放食用油300桶", "count", 300, None, "桶", "exact"),  # barrels of goods (corpus r67 baixi; own166 b)
    # samples counted per person (人份), ponds and cages (口), a change in per mille (个千分点), data (TB)
    ("完成人群血清学检查4.26万人份", "count", 42_600, None, "人份", "exact"),
    ("新修山塘43口", "count", 43, None, "口", "exact"),
    ("婴儿死亡率下降1.05个千分点", "percent", 1.05, None, "个千分点", "exact"),
    ("异地备份数据18.6TB", "measure", 18.6, None, "TB", "exact"),
    # ... in whole terabytes too: digits before a unit of the lexicon in Latin letters are no code (5G, 3D are; round
    # 167 beilin; corpus r117 botou, r96 wuxue)
    ("数字资源总量达到60TB", "measure", 60, None, "TB", "exact"),
    ("累计备份数据48GB", "measure", 48, None, "GB", "exact"),
    # the days a service kept open (全年开放358天) are work counted; any other span of days is none (round 167 beilin;
    # corpus r62 bailuwan, r161 wutongqiao)
    ("全年开放358天", "count", 358, None, "天", "exact"),
    ("图书馆延时开放48天", "count", 48, None, "天", "exact"),
    ("展览持续3天", None, None, None, None, None),
    # a household's size (4口人, 三口之家): never a claim
    ("刘某某家庭（4口人）", "household", 4, None, "口人", "exact"),
    ("帮扶三口之家", "household", 3, None, "口之家", "exact"),
    ("走访发现全家5口住房困难", "household", 5, None, "口", "exact"),  # 家 before the count: the household's members
    ("安全接运遗体1520具", "count", 1520, None, "具", "exact"),
    ("摆放时令花卉约2万盆", "count", 20_000, None, "盆", "about"),
    ("爱心助学金16万余元", "money", 160_000, None, "元", "over"),
    ("资助3至5万元", "money", 30_000, 50_000, "元", "exact"),
    ("培训3-5场", "count", 3, 5, "场", "exact"),
    ("覆盖近4万人次", "count", 40_000, None, "人次", "under"),
    ("平均参学率超98.6%", "percent", 98.6, None, "%", "over"),
    ("帮扶三百户", "count", 300, None, "户", "exact"),
    # a magnitude after 余 multiplies what follows the last larger one, not the whole number
    ("追回欠款一亿三千二百余万元", "money", 132_000_000, None, "元", "over"),
    ("完成投资二亿零六百余万元", "money", 206_000_000, None, "元", "over"),
    ("带动两千名妇女", "count", 2000, None, "名", "exact"),
    ("服务一千零五人", "count", 1005, None, "人", "exact"),
    ("捐赠壹佰元", "money", 100, None, "元", "exact"),
    ("举办１２８场", "count", 128, None, "场", "exact"),
    ("培训1,200人", "count", 1200, None, "人", "exact"),
    ("款物 5.58 亿元", "money", 558_000_000, None, "元", "exact"),
    ("人道救助款物 9800 余万元", "money", 98_000_000, None, "元", "over"),
    ("40余萬人次", "count", 400_000, None, "人次", "over"),
    ("百分之十五", "percent", 15, None, "%", "exact"),
    # the measure words of livestock, poultry and vessels, and their counts of visits (X次)
    ("免疫生猪1.5万头次", "count", 15_000, None, "头次", "exact"),
    ("出栏肉牛320头", "count", 320, None, "头", "exact"),
    ("免疫家禽12万羽", "count", 120_000, None, "羽", "exact"),
    ("牛羊2360头只", "count", 2360, None, "头只", "exact"),
    ("出动巡逻艇46艘次", "count", 46, None, "艘次", "exact"),
    ("流动售书车下乡52趟", "count", 52, None, "趟", "exact"),
    ("出动无人机12架", "count", 12, None, "架", "exact"),
    ("展出3500多件", "count", 3500, None, "件", "over"),
    ("创收15.5万多元", "money", 155_000, None, "元", "over"),
    ("约300期", "count", 300, None, "期", "about"),
    ("200人左右", "count", 200, None, "人", "about"),
    ("不足50户", "count", 50, None, "户", "under"),
    ("千家万户", None, None, None, None, None),  # a bare 千 is a number only after a qualifier
    ("开展读书活动近百场", "count", 100, None, "场", "under"),
    ("60周岁以上", "age", 60, None, "周岁", "over"),
    ("65岁及以上", "age", 65, None, "岁", "over"),  # 及以上, 及以下: the bound counts the age itself in
    ("年满18周岁及以下", "age", 18, None, "周岁", "under"),
    ("2023年6月", "time", 2023, None, "年", "exact"),
    ("摘得金牌2枚", "count", 2, None, "枚", "exact"),
    ("消耗高炮炮弹2860发", "count", 2860, None, "发", "exact"),  # rounds fired
    ("同比增长1.2倍", "percent", 1.2, None, "倍", "exact"),  # a multiple, as written
    ("开展校园安全检查112所次", "count", 112, None, "所次", "exact"),  # schools visited, times
    ("送教上门86校次", "count", 86, None, "校次", "exact"),
    ("收入增长了近3倍", "percent", 3, None, "倍", "under"),
    ("发射人雨弹520余发", "count", 520, None, "发", "over"),
    ("献血总量3.86万单位", "count", 38600, None, "单位", "exact"),  # not 3.86万|单: the longer unit
    ("获得3金2银", "bare", 3, None, "", "exact"),  # 金 is what was won, not a measure word
    # pinyin glosses inside a number and its unit are read past
    ("覆盖妇女2.6萬(wàn)人次", "count", 26000, None, "人次", "exact"),
    ("发放救助金3150万(wan)(wan)元", "money", 31_500_000, None, "元", "exact"),
    ("帮扶300余(yú)户", "count", 300, None, "户", "over"),
    # an alternative measure word in brackets is part of the unit, as written; the first sets the kind
    ("捐赠冬衣和棉被800件（套）", "count", 800, None, "件(套)", "exact"),
    ("配发健身器材36台(套)", "count", 36, None, "台(套)", "exact"),
    ("累计慰问5千人（次）", "count", 5000, None, "人(次)", "exact"),
    ("举办培训班12期(批)以上", "count", 12, None, "期(批)", "over"),
    # 多 written inside a measure of time or length, after its 个: the measure sets the kind
    ("驻村两个多月", "time", 2, None, "个多月", "over"),
    ("连续值守6个多小时", "measure", 6, None, "个多小时", "over"),  # (a few such hours are how long it took: claims.reject.hours_taken)
    ("新建3个多功能活动室", "count", 3, None, "个", "exact"),  # 个 counts rooms
    ("慰问困难党员12名（女）", "count", 12, None, "名", "exact"),  # a note in brackets, not a unit
    # 亩次: area worked, counted once for each pass over it (机耕、植保作业面积)
    ("完成植保作业3.2万亩次", "measure", 32_000, None, "亩次", "exact"),
    # 个次: visits counted, as 家次 and 人次 are
    ("检查在建工程项目近300个次", "count", 300, None, "个次", "under"),
    ("抽检企业45个次", "count", 45, None, "个次", "exact"),
    # N个年头: how long, as N年 is, not N things counted
    ("他坚守派出所28个年头", "time", 28, None, "个年头", "exact"),
    ("扎根基层的12个年头里", "time", 12, None, "个年头", "exact"),
    ("综合考核连续两个季度位列全市第一", "time", 2, None, "个季度", "exact"),  # a span of time, not a count
    ("本月累计启用潮汐窗口27窗次", "count", 27, None, "窗次", "exact"),  # a measure word and 次: times counted
    ("排查河道隐患点位126处次", "count", 126, None, "处次", "exact"),
]


@pytest.mark.parametrize("text,raw", [
    ("覆盖妇女2.6萬(wàn)人次。", "2.6萬(wàn)人次"),
    ("发放救助金3150万(wan)(wan)元(yuan)，", "3150万(wan)(wan)元"),
    ("人工智能(ai)课程12节", "12节"),
])
def test_a_number_with_glosses_spans_them(text, raw):
    norm = working_copy(text).text
    n = next(n for n in find_numbers(norm) if n.countable)
    assert text[n.start:n.end] == raw
    assert text[n.unit_start:n.unit_end] == n.unit


def test_an_alternative_unit_is_spanned_as_written():
    text = "捐赠冬衣和棉被800件（套）。"
    n = next(n for n in find_numbers(working_copy(text).text) if n.countable)
    assert (text[n.start:n.end], text[n.unit_start:n.unit_end]) == ("800件（套）", "件（套）")


@pytest.mark.parametrize("text,kind,value,value_max,unit,qualifier", ROWS, ids=[r[0] for r in ROWS])
def test_number_expressions(text, kind, value, value_max, unit, qualifier):
    found = find_numbers(working_copy(text).text)
    if kind is None:
        assert not [n for n in found if n.countable]
        return
    n = found[0]
    assert (n.kind, n.value, n.value_max, n.unit, n.qualifier) == (kind, value, value_max, unit, qualifier)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("2023-06-19", "date"),
        ("23.01.2017", "date"),
        ("18:07:06", "clock"),
        ("0536-8198101", "phone"),
        ("13812345678", "phone"),
        ("第三届", "ordinal"),
        ("第21届", "ordinal"),
        ("CN43-0020", "code"),
        ("5G基站", "code"),
        ("3D打印", "code"),
        ("6TBX", "code"),  # a unit's letters inside a longer code
    ],
)
def test_numbers_that_are_never_counts(text, kind):
    assert find_numbers(text)[0].kind == kind


@pytest.mark.parametrize("text", ["三八", "五四", "六大行动", "十佳", "一大批"])
def test_numerals_inside_names_are_not_counts(text):
    assert not [n for n in find_numbers(text) if n.countable and n.value >= 2 and n.unit]


@pytest.mark.parametrize(
    "text,value",
    [("十二", 12), ("三百", 300), ("两千", 2000), ("一千零五", 1005), ("壹佰", 100), ("三万五千", 35000),
     ("一亿五千万", 150_000_000), ("二十", 20)],
)
def test_parse_chinese(text, value):
    read = parse(text)
    assert read is not None and read.value == value


def _cpu_seconds(line: str) -> float:
    """CPU time, best of three: other load on the machine only ever slows a run down, and a process
    waiting for a core spends no CPU time."""
    import time

    times = []
    for _ in range(3):
        start = time.process_time()
        find_numbers(line)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("unit", ["1,", "余", "9", "一二", "第"])
def test_pathological_lines_scan_in_linear_time(unit):
    """Four times the line, about four times the time (a quadratic scan would take sixteen; a
    backtracking pattern, minutes), never long."""
    small = _cpu_seconds(unit * (100_000 // len(unit)) + "万")
    large = _cpu_seconds(unit * (400_000 // len(unit)) + "万")
    assert large < 8 * small + 0.05 and large < 10, f"{large:.2f} s at 400k characters, {small:.2f} s at 100k"


@pytest.mark.parametrize("text, row_numbers", [
    ("序号 姓名 性别 单位\n3 王　军 男 城关镇\n4 张　磊 男 千泉街道\n5 李　明 男 县医院", ["3", "4", "5"]),
    ("1\t张　伟\t县教育局\n2\t李　娜\t县卫健局", ["1", "2"]),
])
def test_the_numbers_of_a_tables_rows_are_no_counts(text, row_numbers):
    """A whole number and a blank opening each of consecutive lines: the rows' numbers (张, a surname,
    is also a measure word), never a count."""
    ordinals = [text[n.start:n.end] for n in find_numbers(text) if n.kind == "ordinal"]
    assert ordinals == row_numbers


@pytest.mark.parametrize("text, value", [
    ("全年开展活动\n12 场，服务群众300人。", 300),  # one line opened by a number: no row of a table
    ("2022 年,全省筹集款物 5.58 亿元。\n2023 年,全省开展活动 112 场次。", 112),
])
def test_a_number_opening_a_lone_line_is_still_read(text, value):
    assert value in [n.value for n in find_numbers(text)]


@pytest.mark.parametrize("text", ["大二班幼儿家长王女士说", "中一班的孩子们表演了节目", "小三班老师带领幼儿参观"])
def test_a_kindergarten_class_is_named_not_counted(text):
    """大二班, 中一班: a class's name (its grade and number), never two or one classes counted."""
    assert [n.kind for n in find_numbers(text)] == ["ordinal"]


@pytest.mark.parametrize("text", ["王梓涵（高二3班）、陈　昊（高一7班）", "七年级3班的同学表演了节目",
                                  "县职业中专2022级机电3班团支部获评五四红旗团支部"])  # a cohort and its major
def test_a_school_class_after_its_grade_is_named_not_counted(text):
    """高二3班, 七年级3班: a class's name after its grade, never classes counted."""
    assert all(n.kind != "count" for n in find_numbers(text))


@pytest.mark.parametrize("text, value", [("全年举办技能培训3班", 3), ("开设书法、绘画等兴趣班12个", 12)])
def test_classes_counted_stay_counts(text, value):
    assert value in [n.value for n in find_numbers(text) if n.kind == "count"]


@pytest.mark.parametrize("text", ["县图书馆二期项目年内完工", "推进污水处理厂三期工程建设", "科创园二期等4个项目获评优质工程"])
def test_a_project_s_phase_is_named_not_counted(text):
    """二期项目, 三期工程: a project's phase, never two or three sessions (two sessions are 两期)."""
    phase = text.index("期") - 1
    assert [(n.kind, n.value) for n in find_numbers(text) if n.start == phase] == [("ordinal", 2.0 if "二" in text else 3.0)]


@pytest.mark.parametrize("text, value", [("举办家政培训班两期", 2), ("全年举办培训班12期", 12), ("开展一期培训", 1),
                                         ("共举办三期培训班", 3), ("县人社局举办培训班二期，培训农民工200人。", 2),
                                         ("开展三期项目申报培训", 3)])
def test_sessions_counted_stay_counts(text, value):
    assert [n.value for n in find_numbers(text) if n.unit == "期" and n.kind != "ordinal"] == [value]


@pytest.mark.parametrize("text, value", [("可拨打12333人社服务热线咨询", 12333), ("联合4部门开展检查", 4),
                                         ("报告分总体情况、主要做法和下步打算三部分", 3), ("考核分笔试和面试2部分进行", 2),
                                         ("其中3发现问题后立即整改", 3), ("今年已有5发生在农村", 5)])
def test_a_noun_that_opens_with_a_measure_word_s_character_is_no_unit(text, value):
    """12333人社服务热线, 4部门: 人社 and 部门 are nouns, not the measure words 人 and 部 after the number."""
    assert [(n.value, n.unit) for n in find_numbers(text)] == [(value, "")]


@pytest.mark.parametrize("text", ["创作微电影5部分别在省市获奖", "拍摄公益短片3部分别被省市平台转发"])
def test_a_count_before_fenbie_keeps_its_measure_word(text):
    """5部|分别获奖: 分别 takes 部分's last letter; the count is of works (部), as the segmenter misses."""
    assert [n.unit for n in find_numbers(text)][:1] == ["部"]


@pytest.mark.parametrize("text", ["3栋2单元获评“最美楼道”", "11栋3单元", "5栋302室"])
def test_a_building_s_address_counts_no_buildings(text):
    """3栋2单元, 5栋302室: an address (building, entrance or room), never a count of buildings or of 单."""
    assert all(n.kind not in ("count", "number") or n.unit not in ("栋", "单") for n in find_numbers(text))


@pytest.mark.parametrize("text", ["▍带动更多五老发挥余热", "发挥“五老”作用", "五老志愿者走进校园", "驾驶无号牌三轮摩托车",
                                  "严查两轮电动车不戴头盔", "针对面包车、三轮汽车等重点车辆",
                                  "依法查处零容忍。", "对违法行为“零容忍”", "优化三次产业结构",
                                  # 二次 (secondary): 二次供水, 二次伤害; two times are 两次
                                  "加强二次供水设施管理", "避免对未成年人造成二次伤害"])
def test_a_term_with_a_numeral_counts_nothing(text):
    """五老 (the five kinds of elders of 关工委 work), like 三农: a term, no count of five."""
    assert find_numbers(text) == []


@pytest.mark.parametrize("text", ["县里实行班子成员两头抓，共解决问题85个。", "举办第3届羽毛球赛事。"])
def test_a_word_with_a_measure_character_counts_nothing(text):
    """两头抓, 羽毛球: no count of 头 or 羽."""
    assert all(n.unit not in ("头", "羽") for n in find_numbers(text))


@pytest.mark.parametrize("text", ["一页一页抢出来的历史", "把群众的事一件一件落实好", "一次一次地上门走访"])
def test_one_by_one_counts_nothing(text):
    """一页一页, 一件一件: 一 and its measure word said twice over is a manner (one by one), no count."""
    assert find_numbers(text) == []


@pytest.mark.parametrize("text,value", [("完成档案数字化扫描2.3万页", 23000), ("建成一个一站式服务中心", 1)])
def test_pages_and_a_single_count_stay_counts(text, value):
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize("text", ["公司组织开展10千伏安全专项检查", "今年投运的110千伏安乐变电站", "改造35千伏线路2条"])
def test_a_voltage_before_a_word_is_no_measure(text):
    """10千伏|安全: a line's voltage, then a word that starts with 安 (no 千伏安, no 10000 of anything)."""
    assert all(n.unit not in ("千伏安", "") or n.value < 1000 for n in find_numbers(text))
    assert not [n for n in find_numbers(text) if n.unit == "千伏安"]


def test_a_term_added_to_the_segmenter_leaves_an_ordinal_before_it():
    """三轮汽车 is a word of its own (三轮|汽车 read three 轮), yet 第三轮汽车消费券 keeps its ordinal 第三轮."""
    from extractor.text.segment import segmenter

    assert "三轮汽车" in segmenter().cut("针对面包车、三轮汽车等重点车辆")
    assert "第三轮" in segmenter().cut("发放第三轮汽车消费券1200张")


@pytest.mark.parametrize("text, unit", [
    ("服务群众  3.2万  人次", "人次"),  # a figure set off by two blanks each side (a bold mark blanked): its unit
    ("服务群众 3.2万 人次", "人次"),  # one blank each side, as before
    ("索引号：00259/2025-12345  发布机构：县公安局", ""),  # two blanks after only: the next column, no unit
    ("调解组织  45  人民调解员  320", ""),  # set off, but the unit opens the next column's word (人民)
])
def test_a_unit_after_the_blanks_that_set_a_figure_off(text, unit):
    first = next(n for n in find_numbers(text) if n.kind not in ("ordinal", "code", "phone"))
    assert first.unit == unit


def test_classes_a_cohort_was_divided_into_are_counted():
    """2024级新生共编20班: a verb's count of classes, no class's name."""
    assert [(n.value, n.unit) for n in find_numbers("县实验中学2024级新生共编20班") if n.kind == "count"] == [(20, "班")]


@pytest.mark.parametrize("text", ["01　党建引领：织密服务网络\n组建网格队伍", "　　02　家庭医生签约\n组建团队86个",
                                  "03家长学校建设\n开课12期"])
def test_a_zero_padded_number_opening_a_line_is_a_heading_s(text):
    """02　家庭医生签约: a number written with a leading zero at a line's start numbers a heading (家 opens the
    heading's first word), never two households counted."""
    first = find_numbers(text)[0]
    assert first.kind == "ordinal" and text[first.start:first.end].startswith("0")


@pytest.mark.parametrize("text, value", [("共建成02个站点", 2), ("全年开展活动\n12 场，服务群众300人。", 12)])
def test_a_count_without_a_leading_zero_at_a_line_s_start_stays_one(text, value):
    assert value in [n.value for n in find_numbers(text) if n.kind == "count"]


@pytest.mark.parametrize("text", ["青石乡东风二村（人居环境整治突出）", "永安镇新民三村、红旗一村获评文明村",
                                  "灵山乡厢黄三村（多年无刑事案件）"])
def test_a_numeral_between_a_name_and_cun_names_a_village(text):
    """东风二村, 厢黄三村: the villages a commune was split into are named by a numeral, never counted."""
    assert not [n for n in find_numbers(text) if n.kind == "count" and "村" in text[n.start:n.end + 1]]


@pytest.mark.parametrize("text, value", [("帮扶三村两社区", 3), ("驻村工作队走访三村", 3), ("全镇三村均通过验收", 3),
                                         ("我县两村入选美丽休闲乡村", 2)])
def test_villages_counted_after_a_verb_or_a_scope_stay_counts(text, value):
    assert value in [n.value for n in find_numbers(text) if n.kind == "count" and n.unit == "村"]


@pytest.mark.parametrize("text", ["推进“一村一品”示范村镇建设"])
def test_a_phrase_that_counts_on_is_no_village_s_name(text):
    """一村一品: a numeral counts on after 村 (one product a village), no village named by it."""
    assert all(n.kind != "ordinal" for n in find_numbers(text))
