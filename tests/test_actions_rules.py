"""Stage: actions. One table per rule: each kind of heading and each kind of non-action (ANNOTATION.md,
"Actions"), found by `find_actions` alone (the stretches governed are in test_actions.py).

Every row is a short article written for this test (none is taken from the dev corpus). Rows give
the rule and the name expected among the scopes the stage records; a non-action has no name.
"""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.pipeline import build_pipeline

# a lead paragraph long enough to be the body's start (clean.body_start: 30+ Chinese characters)
LEAD = "今年以来，某县妇联紧紧围绕全县中心工作，团结引领广大妇女在乡村振兴中建功立业，各项工作取得新进展。\n"


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("none")


def found(nlp, text: str) -> list[tuple[str, str | None]]:
    """(rule, name) of every scope the stage records, in text order."""
    return [(s.rule, s.name) for s in nlp(text)._.xf_actions]


def check(nlp, text, rule, name):
    got = found(nlp, text)
    assert (rule, name) in got, got
    if name is None:  # a non-action: no heading took its place
        assert not [g for g in got if g[1] and g[0] == rule], got


HEADINGS = [
    # a line of work then the result it aims at, the verb tagged an adjective by jieba (落实 a): the work's heading
    pytest.param(LEAD + "一、落实优抚政策，保障水平稳步提升\n发放优抚资金1.26亿元。\n二、强化关爱帮扶，服务保障更有温度\n"
                 "帮扶困难退役军人320人次。", "actions.section_line", "落实优抚政策,保障水平稳步提升", id="work-then-result"),
    # an opener right after a colon: 三个方面：一是… (the sentence before the colon announces the list)
    pytest.param(LEAD + "全年审计工作主要体现在三个方面：一是聚焦财政资金安全。对市本级预算执行情况进行审计，延伸审计部门单位18个。"
                 "二是紧盯民生政策落地。开展养老保险基金审计2项。", "actions.opener", "聚焦财政资金安全", id="opener-after-colon"),
    pytest.param(LEAD + "春风行动期间，我局主要做了以下工作：一是线上线下同步发力。举办小型招聘会12场。二是精准对接企业需求。"
                 "走访企业86家。", "actions.opener", "线上线下同步发力", id="opener-after-colon-2"),
    # 厚植: a verb jieba's dictionary glues to the word after it (厚植人|道)
    pytest.param(LEAD + "（一）聚焦主责主业，应急救护培训提质扩面\n培训救护员1200人。\n（二）厚植人道情怀，救助帮扶精准有力\n"
                 "发放救助资金312万元。", "actions.section_line", "厚植人道情怀,救助帮扶精准有力", id="houzhi-work-then-result"),
    # 现场 before the work done on site (现场监管, 现场见证) is no scene
    pytest.param(LEAD + "一、强化现场监管，筑牢水上安全防线\n全年开展海巡巡航1862小时。\n二、强化教育培训\n培训船员300人次。",
                 "actions.section_line", "强化现场监管,筑牢水上安全防线", id="on-site-work"),
    pytest.param(LEAD + "1.加强现场见证。全年见证开评标活动2500余场次。\n2.严管评标专家。清退不合格专家12名。",
                 "actions.numbered_paragraph", "加强现场见证", id="on-site-witness"),
    # (状况 after a verb of work names the work: 改善儿童营养状况)
    pytest.param(LEAD + "一、改善儿童营养状况\n为2000名儿童发放营养包。\n二、强化技能培训\n培训妇女600人次。",
                 "actions.section_line", "改善儿童营养状况", id="work-on-a-state"),
    # 选树, 培树: verbs of the reports jieba tags nouns, opening the work before its result
    pytest.param(LEAD + "三、强化关爱帮扶，服务保障更有温度\n帮扶困难退役军人320人次。\n四、选树先进典型，崇军尚武氛围更加浓厚\n"
                 "开展宣讲36场。", "actions.section_line", "选树先进典型,崇军尚武氛围更加浓厚", id="xuanshu-work-then-result"),
    pytest.param(LEAD + "一、强化技能培训，就业能力明显提升\n培训职工860人次。\n二、培树工匠典型，劳动氛围日益浓厚\n"
                 "评选市级工匠12名。", "actions.section_line", "培树工匠典型,劳动氛围日益浓厚", id="peishu-work-then-result"),
    # a verb before 风采 makes it a line of work (展示巾帼风采), not the people's profiles (教师风采)
    pytest.param(LEAD + "二、展示巾帼风采\n评选表彰“最美家庭”120户。\n三、强化技能培训\n培训妇女860人次。",
                 "actions.section_line", "展示巾帼风采", id="verb-before-profiles"),
    # a one-character numeral with no measure word opening the heading names a term (两癌, 三农), no figure
    pytest.param(LEAD + "两癌筛查扩面提质\n组建流动筛查队4支，完成宫颈癌筛查1.2万人。\n孕产妇服务提档升级\n建立保健手册3168册。",
                 "actions.section_line", "两癌筛查扩面提质", id="term-numeral-opens"),
    pytest.param(LEAD + "一、三农服务提质增效\n培训新型职业农民860人次。\n二、强化技能培训\n培训农民工300人次。",
                 "actions.section_line", "三农服务提质增效", id="term-numeral-numbered"),
    # the first of the body's bracketed headings, right above its first long paragraph, is no headline
    pytest.param("县档案局工作简报\n第3期\n【档案安全检查】\n4月以来，县档案局在全县范围内组织开展档案安全风险隐患排查整治行动，"
                 "检查立档单位46个，排查问题隐患23处。\n【档案资源建设】\n全年接收进馆档案5200卷。",
                 "actions.bracketed_line", "档案安全检查", id="first-bracketed-heading-above-the-body"),
    # a line of work that holds a notice part's name (严格推荐程序, 推荐程序 alone being a part)
    pytest.param("县妇联关于开展最美家庭寻访活动的通知\n一、推荐名额\n每个乡镇推荐2户。\n二、工作要求\n"
                 "（一）严格推荐程序。各乡镇推荐家庭120户，逐户审核。\n（二）注重宣传引导。发放宣传资料3000份。",
                 "actions.numbered_paragraph", "严格推荐程序", id="a-part-word-inside-a-line-of-work"),
    # a line of work whose object holds a title's marker (先进, 文明) is no title's line
    pytest.param(LEAD + "一、选树先进典型\n全年选树先进典型36个，开展宣讲20场。\n二、深化文明实践\n新建文明实践站12个。",
                 "actions.section_line", "选树先进典型", id="a-marker-in-a-line-of-work"),
    # a report's lead-in said again in its plan part is a line of work, no speaker (no interview's label opens a line)
    pytest.param("县残联2024年工作总结\n一、2024年工作成效\n康复服务：全年开展康复训练，服务残疾人1200人次。\n"
                 "就业帮扶：帮助残疾人就业86人。\n二、2025年工作打算\n康复服务：继续扩大康复覆盖面。\n就业帮扶：持续开展技能培训。",
                 "actions.lead_in", "康复服务", id="a-lead-in-said-again"),
    # a lead-in with its verb whose sentence opens with a count (开展志愿服务：36支服务队常态化开展…) is no indicator's label
    pytest.param(LEAD + "开展志愿服务：28支志愿服务队常态化开展关爱活动，服务群众9000余人次。\n"
                 "强化阵地建设：新建服务站12个，覆盖全县乡镇。", "actions.lead_in", "开展志愿服务", id="lead-in-opening-with-a-count"),
    pytest.param(LEAD + "一、优化办理流程\n全年压减办理时限30%，办理业务1.2万件。\n二、拓展服务范围\n新增服务网点12个。",
                 "actions.section_line", "优化办理流程", id="part-nouns-after-a-verb"),
    # two halves set apart by a blank: the line of work, then the result it aims at
    pytest.param(LEAD + "▍抓党建 基层组织更加坚强\n全年新建党群服务中心6个，培训党员骨干320人次。\n"
                 "▍促增收 群众腰包更加鼓实\n发展特色种植基地4个，带动农户500余户。",
                 "actions.section_line", "抓党建 基层组织更加坚强", id="blank-separated-work-then-result"),
    # a one-character numeral right after the verb opening its clause names a framework or is an article
    pytest.param(LEAD + "二、落实三项保障\n全年发放困难残疾人生活补贴1860万元，惠及8200人。\n三、推进康复服务\n康复救助儿童230名。",
                 "actions.section_line", "落实三项保障", id="framework-numeral-after-verb"),
    pytest.param(LEAD + "▍加强河道管理，守护一江清水\n全年巡河1200余次，清理河道垃圾86吨。\n▍推进节水改造\n改造灌溉渠道18公里。",
                 "actions.section_line", "加强河道管理,守护一江清水", id="article-numeral-in-second-clause"),
    # a line of work, then the result it aims at (…，矛盾纠纷化解更加有力): the work names it
    pytest.param(LEAD + "一、坚持和发展新时代“枫桥经验”，矛盾纠纷化解更加有力\n全年调解矛盾纠纷3217件，调解成功3165件，涉及金额2.36亿元。\n"
                 "二、实施法律援助惠民工程，公共法律服务提质增效\n办理法律援助案件1200件，为群众挽回损失600余万元。",
                 "actions.section_line", "枫桥经验", id="numbered-line-work-then-result"),
    # ... 深化改革 opening it is a verb (jieba's dictionary tags it an abbreviation, j)
    pytest.param(LEAD + "二、深化改革创新，营商环境不断优化\n全年梳理集成重点事项13项，平均办理时限压缩60%以上。\n"
                 "三、统筹城乡发展，区域协调有序推进\n实施以工代赈项目6个，带动群众务工就业800余人。",
                 "actions.section_line", "深化改革创新,营商环境不断优化", id="numbered-line-shenhua-gaige"),
    # ... 深化 alone opening it too (深化理论研究，决策咨询服务更加有力: the work, then the result it aims at)
    pytest.param(LEAD + "二、深化理论研究，决策咨询服务更加有力\n全年在省级以上刊物发表理论文章9篇，完成县级课题结项6项。",
                 "actions.section_line", "深化理论研究,决策咨询服务更加有力", id="numbered-line-shenhua"),
    pytest.param(LEAD + "三、深化作风建设，机关效能更加凸显\n全年开展作风建设专项督查12次，整改问题46个。",
                 "actions.section_line", "深化作风建设,机关效能更加凸显", id="numbered-line-shenhua-second"),
    # a numbered line, named by its programme or its brand
    pytest.param(LEAD + "一、巾帼创业帮扶工程\n举办电商直播培训班12期，培训农村妇女800人次，带动300余名妇女实现居家灵活就业。\n"
                 "二、“护蕾成长”关爱行动\n结对帮扶困境儿童96名，为他们送去学习用品和生活物资，发放助学金5万元。",
                 "actions.section_line", "巾帼创业帮扶工程", id="numbered-line-programme"),
    pytest.param(LEAD + "一、巾帼创业帮扶工程\n举办电商直播培训班12期，培训农村妇女800人次，带动300余名妇女实现居家灵活就业。\n"
                 "二、“护蕾成长”关爱行动\n结对帮扶困境儿童96名，为他们送去学习用品和生活物资，发放助学金5万元。",
                 "actions.section_line", "护蕾成长", id="numbered-line-brand"),
    pytest.param(LEAD + "（一）城区困难群众临时救助工作开展情况\n全年实施临时救助320户，发放救助资金48万元，做到应救尽救、及时救助。",
                 "actions.section_line", "城区困难群众临时救助工作开展情况", id="numbered-line-text"),
    pytest.param(LEAD + "▍“童心港湾”\n依托村级儿童之家，组织大学生志愿者陪伴留守儿童开展阅读、手工和游戏活动，全年服务儿童两千余人次。",
                 "actions.section_line", "童心港湾", id="marker-line-brand"),
    # a post's zero-padded section number (01 X), a blank, the heading alone on its line
    pytest.param(LEAD + "01 巾帼创业帮扶\n\n举办电商直播培训班12期，培训农村妇女800人次。\n\n02 关爱困境儿童\n\n结对帮扶困境儿童96名，发放助学金5万元。",
                 "actions.section_line", "巾帼创业帮扶", id="padded-number-line"),
    pytest.param(LEAD + "01 巾帼创业帮扶\n\n举办电商直播培训班12期，培训农村妇女800人次。\n\n02 关爱困境儿童\n\n结对帮扶困境儿童96名，发放助学金5万元。",
                 "actions.section_line", "关爱困境儿童", id="padded-number-line-second"),
    # ... a pictograph after it (a WeChat post's) is no part of its name; a slogan's two halves a blank apart are one heading
    pytest.param(LEAD + "01 巾帼创业帮扶 🌸\n▶举办电商直播培训班12期，培训农村妇女800人次\n02 关爱困境儿童 🎒\n▶结对帮扶困境儿童96名",
                 "actions.section_line", "巾帼创业帮扶", id="padded-number-line-pictograph"),
    pytest.param(LEAD + "01 家教家风 润物无声\n举办家庭教育讲座80场。\n02 平安家庭 共建共享\n调解家庭纠纷56起。",
                 "actions.section_line", "平安家庭 共建共享", id="padded-number-line-two-halves"),
    # review 57: the word of a win as a modifier or a goal in a line of work (入选项目, 推动…入选) leaves it a line of work
    pytest.param(LEAD + "一、做好入选项目跟踪服务\n为12个入选项目提供跟踪服务，协调解决问题30个。\n二、加强平台建设\n新建孵化器2个。",
                 "actions.section_line", "做好入选项目跟踪服务", id="win-word-as-modifier"),
    pytest.param(LEAD + "一、推动非遗项目入选省级名录\n全年申报省级非遗项目6个。\n二、加强获评典型宣传\n举办宣讲12场。",
                 "actions.section_line", "加强获评典型宣传", id="win-word-as-goal"),
    # a marker, then a zero-padded number (▍01 X): the number is the section's, no figure of the heading
    pytest.param(LEAD + "▍01 做实精准服务 关爱有温度\n走访慰问老干部320人次，帮助解决困难46件。\n▍02 建好活动阵地 老有所乐\n新建活动室3个。",
                 "actions.section_line", "做实精准服务 关爱有温度", id="marker-then-padded-number"),
    # a figure called out on a line of its own (526场) under a marker's heading closes no section: the heading governs on
    pytest.param(LEAD + "▍思想引领\n526场\n4.2万人次\n依托青年宣讲团开展宣讲526场，覆盖青少年4.2万人次。\n▍志愿服务\n2.1万名\n新增注册志愿者4600名。",
                 "actions.section_line", "思想引领", id="figure-callout-lines-under-a-heading"),
    # a pictograph's heading over its list of figures (🛣️ X / ▶ 23.6公里 / the sentence that tells it): the heading,
    # without its pictograph
    pytest.param(LEAD + "🛣️ 路网提档升级\n▶ 23.6公里\n完成国省道升级改造23.6公里。\n🚌 城乡客运一体化\n▶ 5条\n新开通城乡公交线路5条。",
                 "actions.section_line", "路网提档升级", id="pictograph-heading-over-figures"),
    # ... or over figures a pictograph marks (📌 218人), each with its caption below: the caption is no heading
    pytest.param(LEAD + "🩺 康复服务更精准\n📌 5236名\n持证残疾人获得基本康复服务\n▶ 为186名残疾儿童落实康复救助\n"
                 "💼 就业增收更稳定\n📌 218人\n残疾人实现新增就业\n▶ 举办职业技能培训12期", "actions.section_line", "就业增收更稳定",
                 id="pictograph-heading-over-pictograph-figures"),
    # ... and a figure called out after a bullet (👉 31.2万亩) before the sentence that tells it closes no section
    pytest.param(LEAD + "🌾 抓好粮食生产\n👉 31.2万亩\n全年粮食播种面积31.2万亩，完成任务的101.3%\n👉 11.6万吨\n粮食总产量，同比增长2.4%\n"
                 "🐖 稳定生猪产能\n👉 28.4万头\n生猪出栏，同比增长3.1%", "actions.section_line", "抓好粮食生产",
                 id="pictograph-heading-over-bulleted-callouts"),
    # ... or over lines broken short, as a post sets them: two or more such headings head its sections
    pytest.param(LEAD + "🌤️ 蓝天保卫战\n2024年全区\n空气质量优良天数比例\n88.1%\n完成VOCs深度治理企业62家\n"
                 "💧 碧水保卫战\n新建改造污水管网36.5公里\n排查整治入河排污口217个\n", "actions.section_line", "碧水保卫战",
                 id="pictograph-headings-over-short-lines"),
    pytest.param(LEAD + "🌤️ 蓝天保卫战\n2024年全区\n空气质量优良天数比例\n88.1%\n完成VOCs深度治理企业62家\n"
                 "💧 碧水保卫战\n新建改造污水管网36.5公里\n排查整治入河排污口217个\n", "actions.section_line", "蓝天保卫战",
                 id="pictograph-headings-over-short-lines-first"),
    # ... nor is the next section's heading under a figure called out after the sentence that told it (review 59)
    pytest.param("2024年县农业农村局工作回顾\n抓好粮食生产\n全年粮食播种面积31.2万亩，完成任务的101.3%，粮食总产量11.6万吨。\n11.6万吨\n"
                 "稳定生猪产能\n全年生猪出栏28.4万头，同比增长3.1%。", "actions.section_line", "稳定生猪产能",
                 id="heading-under-a-figure-told-before"),
    # ... a figure's line right above one is no caption's: the pictograph opens the next section
    pytest.param(LEAD + "🚨 执法检查\n检查企业1,263家次\n关闭取缔非法违法场所\n19处\n📣 宣传教育\n开展“安全生产月”主题宣传\n累计36场\n",
                 "actions.section_line", "宣传教育", id="pictograph-heading-after-a-figure-line"),
    pytest.param(LEAD + "🏥 医疗服务提质增效\n全年门急诊服务86万人次，同比增长6.2%，开展日间手术1200台。",
                 "actions.section_line", "医疗服务提质增效", id="pictograph-heading-over-prose"),
    # a label in lenticular brackets, a colon and a subtitle, a line of its own over its body: named by the programme the
    # subtitle launches, else its brand, else the label
    pytest.param(LEAD + "【良种繁育】：实施“肉牛扩群增量”工程\n全县引进良种肉牛1200头，建成标准化养殖场6个。\n"
                 "【疫病防控】：织密动物防疫网\n春季集中免疫牲畜56万头（只）。",
                 "actions.bracketed_line", "肉牛扩群增量", id="bracketed-label-colon-programme"),
    pytest.param(LEAD + "【良种繁育】：实施“肉牛扩群增量”工程\n全县引进良种肉牛1200头，建成标准化养殖场6个。\n"
                 "【疫病防控】：织密动物防疫网\n春季集中免疫牲畜56万头（只）。",
                 "actions.bracketed_line", "疫病防控", id="bracketed-label-colon-label"),
    # short pictograph lines over items of work a pictograph opens, each with its figure (💰村集体经济收入38.6万元): headings
    # (items that name things alone, 🧹 家庭保洁, would make them items too)
    pytest.param(LEAD + "🌾 抓产业 鼓腰包\n💰村集体经济收入38.6万元，同比增长21.4%\n🌳新种油茶360亩\n"
                 "🏡 改人居 美侗寨\n🚰完成自来水管网改造3.2公里\n🛣️硬化串户路1.8公里\n",
                 "actions.section_line", "改人居 美侗寨", id="pictograph-heading-over-pictograph-items-of-work"),
    # a bracketed heading over a figure set large, then the sentence that tells it
    pytest.param(LEAD + "【精准康复】\n1.2万人次\n全年为残疾人提供基本康复服务1.2万人次。\n【就业增收】\n860人\n新增残疾人就业860人。\n",
                 "actions.bracketed_line", "精准康复", id="bracketed-heading-over-a-figure-line"),
    # a topic, a colon and a slogan, all inside the brackets, alone over its body: the heading whole; a quoted programme
    # topic names it
    pytest.param(LEAD + "【科普惠民：让科学走进千家万户】\n全年开展科普活动126场，受益群众3.2万人次。\n"
                 "【“青岚书房”：打造家门口的阅读空间】\n新建城市书房3个，新增图书1.8万册。",
                 "actions.bracketed_line", "科普惠民:让科学走进千家万户", id="bracketed-topic-colon-slogan"),
    pytest.param(LEAD + "【科普惠民：让科学走进千家万户】\n全年开展科普活动126场，受益群众3.2万人次。\n"
                 "【“青岚书房”：打造家门口的阅读空间】\n新建城市书房3个，新增图书1.8万册。",
                 "actions.bracketed_line", "青岚书房", id="bracketed-quoted-topic-colon-slogan"),
    # a numeral in lenticular brackets (【一】X) numbers its line
    pytest.param(LEAD + "【一】坚决打好蓝天保卫战\n全年PM2.5平均浓度同比下降6.1%，检查企业1173家次。\n【二】深入打好碧水保卫战\n整治入河排污口36个。",
                 "actions.section_line", "深入打好碧水保卫战", id="lenticular-numeral-line"),
    pytest.param(LEAD + "【一】强化技能培训\n举办电商直播培训班12期，培训农村妇女800人次。",
                 "actions.section_line", "强化技能培训", id="lenticular-numeral-line-first"),
    # the same with a bar after the number (01｜X), as WeChat posts write it
    pytest.param(LEAD + "01｜送法进集市\n当天发放宣传资料3200余份，解答群众法律咨询86人次。\n02｜普法进校园\n开展法治讲座12场，覆盖师生近5000人。",
                 "actions.section_line", "普法进校园", id="padded-bar-line"),
    pytest.param(LEAD + "01|巾帼创业帮扶\n举办电商直播培训班12期，培训农村妇女800人次。",
                 "actions.section_line", "巾帼创业帮扶", id="padded-bar-line-ascii"),
    # a programme's suffix (工程, 项目) inside a heading whose words go on with a noun (工程建设, 项目资金) names no
    # programme: the heading's own words
    pytest.param(LEAD + "（二）加快推进水利工程建设\n完成新建渠道3公里，改造泵站2座。\n（三）加强水利工程运行管护\n聘请管护员32名。",
                 "actions.section_line", "加快推进水利工程建设", id="suffix-inside-a-compound"),
    pytest.param(LEAD + "（一）狠抓项目资金争取\n争取上级资金1.2亿元。\n（二）强化要素保障\n保障用地300亩。",
                 "actions.section_line", "狠抓项目资金争取", id="suffix-then-a-noun"),
    # a short unnumbered line followed by the section's body
    pytest.param(LEAD + "技能培训惠民生\n全年举办家政、电商、手工编织等各类培训班20期，培训城乡妇女1200人次，其中600余人实现稳定就业。",
                 "actions.section_line", "技能培训惠民生", id="plain-line"),
    pytest.param(LEAD + "家教家风 润物无声\n各级妇联组织家庭教育讲座进社区、进学校，开展亲子共读活动，全年举办讲座80场，参与家长四千余人次。",
                 "actions.section_line", "家教家风 润物无声", id="plain-line-with-space"),
    # a numbered paragraph: numbering, heading clause and body in one paragraph
    pytest.param(LEAD + "一、以“书香家庭”创建为抓手。全年评选书香家庭120户，举办亲子阅读活动36场。\n"
                 "二、加强阵地建设。新建妇女儿童之家15个，改造提升基层妇女之家20个，实现村级全覆盖。",
                 "actions.numbered_paragraph", "书香家庭", id="numbered-paragraph-brand"),
    pytest.param(LEAD + "一、以“书香家庭”创建为抓手。全年评选书香家庭120户，举办亲子阅读活动36场。\n"
                 "二、加强阵地建设。新建妇女儿童之家15个，改造提升基层妇女之家20个，实现村级全覆盖。",
                 "actions.numbered_paragraph", "加强阵地建设", id="numbered-paragraph-text"),
    # openers inside a paragraph
    pytest.param(LEAD + "团县委扎实推进青年工作。一是强化思想引领。举办青年宣讲活动45场，覆盖团员青年6000余人次。"
                 "二是实施“青春护航”行动，守护青少年成长。开展法治讲座30场。",
                 "actions.opener", "强化思想引领", id="opener-text"),
    pytest.param(LEAD + "团县委扎实推进青年工作。一是强化思想引领。举办青年宣讲活动45场，覆盖团员青年6000余人次。"
                 "二是实施“青春护航”行动，守护青少年成长。开展法治讲座30场。",
                 "actions.opener", "青春护航", id="opener-launches-brand"),
    pytest.param(LEAD + "县人社局多措并举稳就业。首先，完善就业服务机制。建成零工市场3个。其次，深入实施返乡创业扶持计划，"
                 "为返乡人员发放创业担保贷款2000万元。",
                 "actions.opener", "返乡创业扶持计划", id="opener-launches-programme"),
    pytest.param(LEAD + "县人社局多措并举稳就业。首先，完善就业服务机制。建成零工市场3个。其次，深入实施返乡创业扶持计划，"
                 "为返乡人员发放创业担保贷款2000万元。",
                 "actions.opener", "完善就业服务机制", id="opener-ordinal-word"),
    # a leader's speech directs the year's work by 一要…二要…, each a heading clause before last year's figures
    pytest.param(LEAD + "会议强调，要重点抓好三个方面工作。\n一要织密养老服务网络。去年新建村级互助养老站42个，服务老人1.2万人次。\n"
                 "二要提升救助精准度。去年发放临时救助金680万元。", "actions.opener", "织密养老服务网络", id="opener-speech-yi-yao"),
    pytest.param(LEAD + "会议强调，要重点抓好三个方面工作。\n一要织密养老服务网络。去年新建村级互助养老站42个，服务老人1.2万人次。\n"
                 "二要提升救助精准度。去年发放临时救助金680万元。", "actions.opener", "提升救助精准度", id="opener-speech-er-yao"),
    # openers after the colon that announces them (five articles of corpus/, their golds counting them)
    pytest.param(LEAD + "县妇联多措并举促进妇女就业：一是搭建招聘平台。举办专场招聘会9场。二是强化技能培训。培训农村妇女600人次。",
                 "actions.opener", "搭建招聘平台", id="opener-after-a-colon"),
    # a lead-in sentence opening a paragraph (two of them: headings group a report)
    pytest.param(LEAD + "强化技能培训。组织电工、焊工、育婴员培训班6期，培训城乡劳动者300人次。\n"
                 "丰富文化生活：举办职工趣味运动会1场，来自28家单位的参赛职工500余人参加比赛。",
                 "actions.lead_in", "强化技能培训", id="lead-in-full-stop"),
    pytest.param(LEAD + "强化技能培训。组织电工、焊工、育婴员培训班6期，培训城乡劳动者300人次。\n"
                 "丰富文化生活：举办职工趣味运动会1场，来自28家单位的参赛职工500余人参加比赛。",
                 "actions.lead_in", "丰富文化生活", id="lead-in-colon"),
    pytest.param(LEAD + "优化经办服务：2024年起推行“一窗通办”，办理业务1.2万件。\n"
                 "强化基金监管：检查定点机构86家，追回基金120万元。",
                 "actions.lead_in", "优化经办服务", id="lead-in-colon-then-a-date"),
    # …whose label is a slogan with a village word (文化兴村): no village's name, so no subject of a statement
    pytest.param(LEAD + "党建强村：开展主题党日活动12次，发展党员2名。\n"
                 "文化兴村：建成村史馆1个，开展文艺演出12场。",
                 "actions.lead_in", "文化兴村", id="lead-in-slogan-of-a-village"),
    # …after a list item's bullet: the item is never a heading, its first sentence leads in as a paragraph's
    pytest.param(LEAD + "●强化源头治理。排查矛盾纠纷420起，化解398起。\n●推进诉源治理。设立调解室12个，调处纠纷86件。",
                 "actions.lead_in", "推进诉源治理", id="lead-in-after-a-bullet"),
    pytest.param(LEAD + "打响“银发课堂”品牌。开设书法、合唱、智能手机等课程42门，学员达到1800人。\n"
                 "拓展“邻里守望”服务。组建邻里互助小组65个，上门探访独居老人三千余次。",
                 "actions.lead_in", "银发课堂", id="lead-in-brand"),
    # a paragraph that opens by launching a programme
    pytest.param(LEAD + "深入实施“春泥护苗”行动，守护儿童平安成长。全年开展安全教育讲座40场，受教育儿童1.2万人次。",
                 "actions.launches_programme", "春泥护苗", id="launches-quoted-deep-verb"),
    pytest.param(LEAD + "全面实施乡村工匠培育工程，助力乡村振兴。全年培训乡村工匠500名，认定市级乡村工匠30名。",
                 "actions.launches_programme", "乡村工匠培育工程", id="launches-plain-programme"),
    # a paragraph framed by a programme
    pytest.param(LEAD + "在“金秋助学”活动中，县总工会筹集助学金20万元，资助困难职工子女100名顺利入学。",
                 "actions.programme_frame", "金秋助学", id="frame-activity"),
    pytest.param(LEAD + "在“巾帼护河”行动里，各级妇联组织志愿者巡河1500余次，清理河道垃圾30吨。",
                 "actions.programme_frame", "巾帼护河", id="frame-action"),
    # a paragraph saying a programme was rolled out
    pytest.param(LEAD + "据了解，“银龄互助”项目全面铺开，全市建成互助点80个，结对服务高龄老人2400名。",
                 "actions.programme_rolled_out", "银龄互助", id="rolled-out-cited"),
    pytest.param(LEAD + "通过“巾帼家政”示范项目，帮助农村妇女掌握家政技能，全县启动实施“暖家”服务全覆盖行动，建成服务站30个。",
                 "actions.launches_programme", "暖家", id="launch-after-a-means-clause",
                 marks=pytest.mark.xfail(strict=True, reason="the launching verb is not where the paragraph opens; "
                                                             "a lead (某县开展了“X”活动…) reads the same")),
    pytest.param(LEAD + "“爱心驿站”工程正式启动，首批在城区建成户外劳动者驿站12个，日均服务劳动者300余人次。",
                 "actions.programme_rolled_out", "爱心驿站", id="rolled-out"),
    # round 2: a page that flattened its paragraph breaks to spaces after 。
    pytest.param("近年来，某镇坚持党建引领，走出一条共建共治的基层治理新路。 完善网格体系，提升服务效能。镇党委划分综合网格86个，"
                 "每个网格配备专职网格员1名。 搭建议事平台，激发自治活力。全镇建成村民议事室23个，全年议事180余次。",
                 "actions.lead_in", "完善网格体系,提升服务效能", id="flattened-paragraphs-lead-in"),
    pytest.param(LEAD + "全县各级妇联扎实开展各项工作，成效明显。\u3000\u3000强化技能培训。组织农村妇女电商培训班8期，培训学员400人次。"
                 "\u3000\u3000守护儿童成长。结对帮扶困境儿童210名，发放助学金6万元。",
                 "actions.lead_in", "守护儿童成长", id="flattened-paragraphs-ideographic-spaces"),
    # a short unnumbered line with a comma, followed by its body
    pytest.param(LEAD + "聚焦就业创业，拓宽增收渠道\n全年举办招聘会15场，提供就业岗位3200个，帮助860名妇女实现就业。\n"
                 "关注困境群体，织密帮扶网络\n走访慰问困难妇女儿童1500余户，发放慰问金和物资折合42万元。",
                 "actions.section_line", "聚焦就业创业,拓宽增收渠道", id="plain-line-with-comma"),
    # a plain line followed by a body of one short sentence
    pytest.param(LEAD + "技能培训\n举办培训班6期。\n法律维权\n调解家庭纠纷30起。",
                 "actions.section_line", "技能培训", id="plain-line-short-body"),
    pytest.param(LEAD + "阵地建设\n新建妇女之家12个。\n文明实践\n评选最美家庭80户。",
                 "actions.section_line", "文明实践", id="plain-line-short-body-last"),
    # 【…】 headings: on their own line, or before the body in the same paragraph
    pytest.param(LEAD + "【党建引领】\n街道党工委把党支部建在网格上，全街道划分综合网格120个，每个网格配备专职网格员1名。\n"
                 "【多元共治】\n街道培育社区调解品牌5个，组织居民议事会议80场，推动一批民生实事落地见效。",
                 "actions.bracketed_line", "党建引领", id="bracketed-line"),
    pytest.param(LEAD + "【实施“春蕾护航”行动】\n联合教育部门为困境女童建立成长档案，全年资助春蕾女童360名，开展心理辅导40场。\n"
                 "【关爱留守儿童】\n组织大学生志愿者开展暑期陪伴活动，服务留守儿童两千余人次。",
                 "actions.bracketed_line", "春蕾护航", id="bracketed-line-launches"),
    pytest.param(LEAD + "【技能培训】县总工会联合人社部门开设电工、焊工等培训班9期，培训职工560人次。\n"
                 "【权益维护】县职工法律援助中心全年接待职工来访400余人次，代理劳动争议案件35件。",
                 "actions.bracketed_paragraph", "权益维护", id="bracketed-paragraph"),
    pytest.param(LEAD + "【坚持党建引领，凝聚巾帼力量】\n全县新建妇女议事会86个，组织巾帼宣讲210场。\n"
                 "【聚焦民生需求，办好暖心实事】\n为困难妇女争取救助资金36万元，结对帮扶困境儿童150名。",
                 "actions.bracketed_line", "聚焦民生需求,办好暖心实事", id="bracketed-line-with-comma"),
    # a lone lead-in or 一是 under a section heading: the one sub-heading of its section
    pytest.param(LEAD + "一、巾帼建功\n强化技能培训。组织电工、焊工培训班6期，培训女职工300人次。\n"
                 "二、家庭建设\n评选最美家庭120户，举办家庭教育讲座36场，惠及家长两千余人。",
                 "actions.lead_in", "强化技能培训", id="lone-lead-in-under-a-section"),
    pytest.param(LEAD + "（一）服务妇女就业\n县妇联联合人社部门开展专项行动。一是搭建招聘平台。举办专场招聘会9场，达成就业意向700余人。\n"
                 "（二）维护妇女权益\n全年受理妇女来信来访160件，办结率100%。",
                 "actions.opener", "搭建招聘平台", id="lone-opener-under-a-section"),
    # a heading that aims at a result (促进…改善) is a line of work, not a result
    pytest.param(LEAD + "推行网格治理，促进民生改善。全镇网格员全年排查化解矛盾纠纷300余起。\n"
                 "深化共建共享，推动环境优化。组织村民开展人居环境整治行动46次。",
                 "actions.lead_in", "推行网格治理,促进民生改善", id="aims-at-a-result"),
    pytest.param(LEAD + "一、助推产业升级\n引导女企业家投资乡村特色产业项目18个，带动妇女就业1100人。\n"
                 "二、带动农户增收\n组织巾帼电商直播带货活动60场，销售农产品900余万元。",
                 "actions.section_line", "带动农户增收", id="aims-at-a-result-line"),
    # round 3: a heading naming a line of work by the change it works for (技能提升), beside lines of work
    pytest.param(LEAD + "【就业服务】\n全年举办专场招聘会18场，提供就业岗位6200个，帮助860名妇女实现就业。\n"
                 "【技能提升】\n开展家政、电商等职业技能培训45期，培训城乡妇女2300人次，其中1100人取得证书。\n"
                 "【权益维护】\n受理妇女儿童来信来访210件，办结率100%，调解婚姻家庭纠纷86起。",
                 "actions.bracketed_line", "技能提升", id="change-beside-lines-of-work"),
    pytest.param(LEAD + "产业发展\n新建高标准农田1.2万亩，引进农产品加工企业4家，带动农户增收。\n"
                 "人居环境提升\n完成农村改厕1260户，清理沟渠河道35公里，创建美丽庭院示范户200户。",
                 "actions.section_line", "人居环境提升", id="change-line-beside-a-line-of-work"),
    # a line opening with a verb before 乡村: no township (聚焦乡|村) is its subject
    pytest.param(LEAD + "聚焦乡村振兴，助力农民增收\n组织农技专家下乡开展技术培训36期，培训农民2400人次。\n"
                 "服务乡村教育，关爱留守儿童\n为乡村学校捐赠图书1.2万册，结对帮扶留守儿童320名。",
                 "actions.section_line", "服务乡村教育,关爱留守儿童", id="verb-before-xiangcun"),
    # ... whatever its last character (抓重点：, 办名校：, 治社区：) (review 65)
    pytest.param(LEAD + "抓重点：\n全年完成重点项目投资12.6亿元。\n压责任：\n签订安全生产责任书320份。\n建驿站：\n新建户外劳动者驿站26个。\n",
                 "actions.section_line", "建驿站", id="slogan-label-ending-like-a-place"),
    pytest.param(LEAD + "兴乡村：\n培育致富带头人30名。\n治社区：\n调解纠纷86起。\n办名校：\n新建学校3所。\n",
                 "actions.section_line", "治社区", id="slogan-label-ending-like-a-body"),
    # ... and a heading that ends in 成绩单 names its line of work all the same (review 65)
    pytest.param(LEAD + "一、聚焦民生实事，交出温暖就业成绩单\n全年城镇新增就业3200人。\n二、聚焦技能提升\n培训1000人次。\n",
                 "actions.section_line", "聚焦民生实事,交出温暖就业成绩单", id="work-ending-in-chengjidan"),
    # a slogan's label of three characters alone on its line, a verb and its object (稳就业：), beside two more
    pytest.param(LEAD + "扩覆盖：\n全县基本医疗保险参保38.6万人，参保率稳定在97%以上。\n保基本：\n全年医保基金支出5.87亿元。\n"
                 "强监管：\n追回医保基金1368.5万元。\n", "actions.section_line", "强监管", id="slogan-label-of-three"),
    # ... over a sentence that hands over to a table (培训结构如下——), a body all the same
    pytest.param(LEAD + "稳就业：\n城镇新增就业3.82万人。\n强技能：\n开展补贴性职业技能培训，培训结构如下——\n"
                 "项目　　完成量\n企业新型学徒制培训　　860人\n保民生：\n新增养老保险参保2.1万人。\n",
                 "actions.section_line", "强技能", id="slogan-label-over-a-lead-on"),
    # a figure in the programme's own name names it
    pytest.param(LEAD + "实施“暖心”五进社区行动。组织志愿者进社区开展义诊、理发和法律咨询活动120场。\n"
                 "实施“书香”三百工程。建成农家书屋300个，配送图书四万余册。",
                 "actions.launches_programme", "暖心", id="figure-in-the-programme-name"),
]

NON_ACTIONS = [
    # a body's or a place's news in brackets, its name before the colon: a digest's headline, and a page's field
    pytest.param(LEAD + "【县交通运输局：农村公路建管养跑出“加速度”】\n今年以来，全县完成农村公路提档升级126公里。\n"
                 "【石门镇：“直播+茶叶”跑出发展加速度】\n全镇茶叶线上销售额突破3000万元。",
                 "actions.not_caption", id="bracketed-news-of-a-body"),
    # ... a person's story or a voice before the colon (review 61)
    pytest.param(LEAD + "【王秀英：让留守儿童不再孤单】\n她创办儿童之家，累计服务留守儿童860人次。\n"
                 "【群众说：这样的服务真贴心】\n社区服务站全年服务群众1200人次。",
                 "actions.not_caption", id="bracketed-person-or-voice"),
    # a time and the report's generic part (2024年工作情况, 2025年工作安排) names no line of work
    pytest.param(LEAD + "一、2024年工作情况\n全年调解矛盾纠纷3217件，调解成功3165件，挽回经济损失1280余万元。",
                 "actions.not_report_part", id="report-part-year"),
    pytest.param(LEAD + "二、2025年工作安排\n将继续深化普法宣传，计划开展普法活动100场，培训调解员300人次。",
                 "actions.not_report_part", id="report-part-year-plan"),
    # the tasks the report sets out (二、2026年主要任务, 三、重点工作任务): a part of it, as a plan is
    pytest.param(LEAD + "二、2026年主要任务\n（一）抓好技能培训\n全年计划培训农民工800人次。",
                 "actions.not_report_part", id="report-part-year-tasks"),
    pytest.param(LEAD + "三、重点工作任务\n（一）完善服务网络\n新建村级服务点20个。",
                 "actions.not_report_part", id="report-part-tasks"),
    # a result of the work as a whole (检查结果, 考核结果), a budget's part (…收支情况), the people's profiles (教师风采)
    pytest.param(LEAD + "二、检查结果\n共检查食品经营户208户，责令整改47户。\n", "actions.not_report_part", id="result-part"),
    # (状况, as 情况: the state of what the work is about, not a line of it)
    pytest.param(LEAD + "一、环境质量状况\n1—6月，县城环境空气质量优良天数为172天。\n", "actions.not_report_part", id="state-part"),
    pytest.param(LEAD + "二、基金运行状况\n全年基金收入3.2亿元。\n", "actions.not_report_part", id="state-part-fund"),
    pytest.param(LEAD + "三、抽查考核结果\n抽查单位36家，合格率97.2%。\n", "actions.not_report_part", id="result-part-long"),
    pytest.param(LEAD + "一、一般公共预算收支情况\n全县一般公共预算收入完成5.6亿元。\n", "actions.not_report_part",
                 id="budget-part"),
    pytest.param(LEAD + "◆工匠风采\n全县新增技术能手12名。\n◆匠心育人\n培训职工560人次。\n", "actions.not_report_part",
                 id="profiles-part"),
    # a year the report plans for written in Chinese numerals, a next step written short (下步)
    pytest.param(LEAD + "三、二〇二五年工作安排\n将继续深化普法宣传，计划开展普法活动100场。\n", "actions.not_report_part",
                 id="report-part-chinese-year"),
    pytest.param(LEAD + "四、下步要求\n各乡镇要压实责任，确保整改到位。\n", "actions.not_report_part", id="next-step-short"),
    pytest.param(LEAD + "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n编后语\n一座城的温度，藏在网格员的脚步里。\n",
                 "actions.not_report_part", id="afterword"),
    # a notice's parts (活动时间, 工作要求), the page's labels (地址, 抄送), how the work went as a whole
    pytest.param("县老干部局关于开展重阳节系列活动的通知\n各离退休干部党支部：\n一、活动时间\n2025年10月20日至31日。\n"
                 "二、活动内容\n组织开展文艺展演、健康讲座等活动。\n三、工作要求\n各支部要精心组织，确保安全。\n",
                 "actions.not_report_part", id="notice-parts"),
    pytest.param(LEAD + "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n抄送：县委办公室\n",
                 "actions.not_report_part", id="page-label"),
    # the credits, review chain and bank details under a page (文字：, 初审：, 开户行：, 相关链接：) label no line of work
    pytest.param(LEAD + "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n文字：周　琳　　图片：县文化馆\n初审：张晓燕\n",
                 "actions.not_report_part", id="credit-labels"),
    pytest.param(LEAD + "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n户名：某县慈善总会\n开户行：某县农村商业银行营业部\n",
                 "actions.not_report_part", id="bank-labels"),
    # a heading made of nothing but a notice's part nouns, each maybe after its topic
    pytest.param("县人社局关于开展技能培训的通知\n各乡镇：\n一、培训对象及内容\n有就业意愿的城乡劳动者。\n"
                 "二、报名时间和方式\n即日起至3月31日，到各乡镇报名。\n三、收费标准\n免费。\n",
                 "actions.not_report_part", id="notice-part-nouns"),
    # …after the topic of a notice (慰问, 展览, 捐赠, 补贴, 调查 …), and a notice's measures or account (激励措施, 捐赠账户)
    pytest.param("县委老干部局关于开展重阳节走访慰问的通知\n各单位：\n一、慰问对象\n全县离退休干部。\n二、慰问标准\n"
                 "每人500元。\n", "actions.not_report_part", id="notice-part-after-its-topic"),
    pytest.param("县档案馆举办“红色记忆”档案展\n展览时间\n即日起至10月31日，每周二至周日开放，节假日不休息，欢迎参观。\n"
                 "展览地点\n县档案馆一楼展厅，位于人民路88号，可乘坐3路公交车到达。\n", "actions.not_report_part",
                 id="exhibition-parts"),
    pytest.param(LEAD + "二、重点工作开展情况\n（一）强化阅读推广\n全年举办公益讲座48期，服务读者1.6万人次。\n",
                 "actions.not_report_part", id="work-went"),
    # how something went (募集情况, 使用情况), a class of a list of models (【助人为乐】): parts, no line of work
    pytest.param("县慈善总会关于2024年“慈善一日捐”款物收支情况的公告\n一、募集情况\n全年共募集善款286万元。\n"
                 "二、使用情况\n全年支出善款240万元，救助困难群众1200人次。\n", "actions.not_report_part", id="how-it-went"),
    pytest.param(LEAD + "【助人为乐】\n马立群，城关镇退休教师，常年义务辅导留守儿童。\n【见义勇为】\n刘强，河口镇村民，勇救落水儿童。\n",
                 "actions.not_report_part", id="a-class-of-models"),
    # the report's annex (附件：…, 附：…) is a part of it, no line of work
    pytest.param(LEAD + "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n附件：2024年度阅读推广活动统计表\n",
                 "actions.not_report_part", id="annex"),
    pytest.param(LEAD + "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n附：先进个人名单\n马立群　刘　芳\n",
                 "actions.not_report_part", id="annex-short"),
    # a table's row (its header or a row of names), its cells a tab or a wide blank apart, heads nothing
    pytest.param(LEAD + "拟表彰对象公示如下。\n序号\t姓名\t性别\t所在单位\t主要事迹\n1\t马立群\t男\t城关镇\t组织宣讲36场。\n",
                 "actions.not_table_row", id="table-header"),
    pytest.param(LEAD + "参加培训的学员有：\n马立群　　刘　芳　　孙建华　　周小红\n全年培训学员120人。\n",
                 "actions.not_table_row", id="table-names"),
    # ...a row of names one blank apart, each opening with a surname (rounds 107-154: a list's row under its label)
    pytest.param(LEAD + "好媳妇：\n李秀云　王丽娟　张　霞\n此外，村民孙桂兰家庭获评“青岚县最美家庭”。\n",
                 "actions.not_table_row", id="names-one-blank-apart"),
    # a line that names an honour's title alone heads the list of who won it
    pytest.param(LEAD + "一、先进集体\n城关镇妇联、河口镇妇联\n二、先进个人\n马立群、刘　芳\n",
                 "actions.not_title_line", id="title-line"),
    pytest.param(LEAD + "一、优秀组织奖\n城关镇文化站、河口镇文化站\n二、一等奖\n《春到山乡》\n", "actions.not_title_line",
                 id="placing-line"),
    # a profile's box (人物简介：…) is a part of the article, no line of work
    pytest.param(LEAD + "人物简介：覃晓岚，1980年生，研究馆员，从事图书馆工作20年。\n"
                 "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n", "actions.not_report_part", id="profile-box"),
    pytest.param(LEAD + "项目简介：“童心书屋”由团县委联合县图书馆设立。\n"
                 "强化阅读推广。全年举办公益讲座48期，服务读者1.6万人次。\n", "actions.not_report_part", id="project-box"),
    pytest.param(LEAD + "一、主要指标完成情况\n全年新办残疾人证900本，基本康复服务覆盖率达到93%，各项指标全面完成。",
                 "actions.not_report_part", id="report-part-indicator"),
    pytest.param(LEAD + "三、下一步工作打算\n明年将继续聚焦主责主业，力争新建妇女儿童之家10个，培训妇女干部500人次。",
                 "actions.not_report_part", id="report-part-plan"),
    pytest.param(LEAD + "一是服务保障更加有力。全年组织志愿者上岗1.2万人次。二是基层治理成效明显。调解纠纷300余起。",
                 "actions.not_result", id="result-comparative"),
    pytest.param(LEAD + "（二）养老服务体系不断完善\n全年新建社区养老服务站12个，改造敬老院3所，新增养老床位260张，服务老人一万余人次。",
                 "actions.not_result", id="result-line-verb-last"),
    pytest.param(LEAD + "二、基层治理成效明显\n完成老旧小区改造3个，惠及居民860户，加装电梯14台，居民满意度明显提高。",
                 "actions.not_result", id="result-line"),
    # recognition received (得到上级肯定, 获得广泛认可, 赢得群众好评): what the work earned, a result
    pytest.param(LEAD + "一年来，社区各项工作得到上级肯定。社区居委会被区委、区政府评为平安建设先进集体，全年接待群众来访320人次。",
                 "actions.not_result", id="result-recognised"),
    pytest.param(LEAD + "帮扶成效获得广泛认可。全年开展结对帮扶活动46次，帮助脱贫户增收人均1200元以上。",
                 "actions.not_result", id="result-recognised-widely"),
    pytest.param(LEAD + "一是县图书馆组织志愿者开展图书整理12次。二是各级工会组织深入企业车间和建筑工地开展走访慰问。",
                 "actions.not_report_sentence", id="opener-figures"),
    pytest.param(LEAD + "一是组织开展读书月活动。共有5000人参加。二是全县各级工会组织深入企业车间和建筑工地开展走访慰问活动。",
                 "actions.not_report_sentence", id="opener-long-sentence"),
    pytest.param(LEAD + "▍ 120名 志愿者参与社区服务\n▍ 36场 主题宣讲走进田间地头\n各级团组织积极响应，青年志愿者活跃在社区和乡村的服务一线。",
                 "actions.not_listed_figure", id="marker-line-figure"),
    pytest.param(LEAD + "1、新建妇女之家15个\n2、培训基层妇女干部300人次\n各级妇联持续加强阵地建设，基层组织的服务能力不断提升。",
                 "actions.not_listed_figure", id="numbered-line-figure"),
    # a numeral of more than one character after the verb is a figure reported
    pytest.param(LEAD + "二、组织五百名志愿者参与防汛\n全年开展防汛演练12次。\n三、推进康复服务\n康复救助儿童230名。",
                 "actions.not_listed_figure", id="numbered-line-long-numeral"),
    # a Chinese numeral counted after the noun is a figure reported, verb or not
    pytest.param(LEAD + "1、举办培训班三期\n2、走访困难家庭五十户\n各级妇联持续加强阵地建设，基层组织的服务能力不断提升。",
                 "actions.not_listed_figure", id="numbered-line-chinese-figure"),
    pytest.param("某县妇联多措并举服务妇女\n" + LEAD, "actions.not_headline", id="headline-above-body"),
    pytest.param(LEAD + "巾帼建功正当时！\n全县各级妇联组织广泛动员妇女投身乡村振兴，在种植养殖、电商销售等领域涌现出一批致富带头人。",
                 "actions.not_headline", id="slogan-line"),
    pytest.param(LEAD + "图为志愿者为社区老人义务理发\n志愿服务队每月到社区开展便民服务，为行动不便的老人提供理发、测血压和家政服务。",
                 "actions.not_caption", id="caption-line"),
    pytest.param(LEAD + "（县妇联 供稿）\n县妇联还联合县人民医院开展义诊，为农村妇女免费测量血压、血糖，讲解常见病防治知识。",
                 "actions.not_caption", id="credit-line"),
    # a name and where the person works in brackets, bulleted or not, is a list's row
    pytest.param(LEAD + "8名志愿者被评为优秀志愿者，名单如下：\n◆ 次仁卓嘎（城关镇人民政府）\n◆ 王　欣（县人民法院）\n"
                 "据了解，今年有7名志愿者选择留在本地就业。", "actions.not_name_row", id="name-row-bulleted"),
    pytest.param(LEAD + "获奖选手名单：\n叶志明（县宏达电器有限公司）\n刘家豪（县精工机械有限公司）\n大赛共决出一等奖5名。",
                 "actions.not_name_row", id="name-row-plain"),
    # …or a post there (队员, 志愿者), the list's last row before the next paragraph
    pytest.param(LEAD + "8名志愿者榜上有名，分别是：\n胡　敏（县第一中学教师志愿者）\n彭卫东（沧港镇乡村振兴志愿服务队队员）\n\n"
                 "全年新培育志愿服务品牌项目10个，服务时长稳步增长。", "actions.not_name_row", id="name-row-post"),
    pytest.param(LEAD + "优秀调解员名单：\n刘德明（城关镇调委会主任）\n\n全县各级调解组织共排查化解矛盾纠纷860件。",
                 "actions.not_name_row", id="name-row-post-head"),
    # …or a wide gap after the name (a padded one or not), then where the person works or who the person is
    pytest.param(LEAD + "三、自强模范（2名）\n何　平　　视力残疾，县城盲人按摩店店主\n唐小兵　　肢体残疾，石门镇养殖大户\n"
                 "希望受表彰的同志珍惜荣誉，再接再厉。", "actions.not_name_row", id="name-row-wide-gap"),
    # …or after a dash (王芳——县实验小学), heading the profile under it
    pytest.param(LEAD + "王　芳——县实验小学\n她扎根乡村教育二十余年，组建“五老”宣讲团，累计开展宣讲活动120余场，受益学生上万人次。",
                 "actions.not_name_row", id="name-row-dash"),
    pytest.param(LEAD + "徐国良——桐琴镇关工委\n退休后他牵头成立关爱服务队，常年结对帮扶留守儿童36名，帮助他们解决学习生活困难。",
                 "actions.not_name_row", id="name-row-dash-committee"),
    # what heads an entry of a list (the person or family it is on) or a part of it (a class, a group, a place in
    # the order, a level) names who is listed, no line of work (ANNOTATION.md: lines that only name a recipient)
    pytest.param(LEAD + "石门社区共有2位居民获评“最美好邻居”。\n一、周秀英：楼道里的热心大姐\n周秀英是一名退休教师，常年帮邻居代收快递。\n"
                 "二、吴国平：随叫随到的修理师傅\n吴国平义务为邻居修理水电。\n", "actions.not_list_entry", id="entry-person-caption"),
    pytest.param(LEAD + "2户家庭被评为青岚县“最美家庭”。\n（一）王志强家庭（石门镇）\n王志强夫妇照顾瘫痪的母亲十余年。\n"
                 "（二）周秀兰家庭（白沙镇）\n周秀兰一家热心公益，常年资助困难学生。\n", "actions.not_list_entry", id="entry-family"),
    pytest.param(LEAD + "县工商联授予以下企业“青岚县优秀民营企业”称号：\n一、工业制造类\n青岚县宏达机械有限公司\n"
                 "青岚县绿源电气有限公司\n二、现代服务类\n青岚县顺达物流有限公司\n", "actions.not_list_entry", id="list-class"),
    pytest.param(LEAD + "现将获奖名单公布如下：\n一、小学组\n一等奖：周立新（石门镇中心小学）\n二、初中组\n"
                 "一等奖：郑晓峰（县第一中学）\n", "actions.not_list_entry", id="list-group"),
    pytest.param(LEAD + "现将青岚好人名单公布如下：\n推荐类别：助人为乐\n李春梅，女，1968年生，石门镇桃园村村民。\n",
                 "actions.not_list_entry", id="list-class-label"),
    pytest.param(LEAD + "平江县妇女联合会\n该会坚持把服务妇女作为工作重点，多年来组织开展技能培训、维权服务和关爱帮扶，成效显著。",
                 "actions.not_recipient_line", id="recipient-line-women"),
    pytest.param(LEAD + "大理市关心下一代工作委员会\n该委员会组织老干部、老教师深入中小学校开展宣讲，关爱帮扶困境青少年成长成才。",
                 "actions.not_recipient_line", id="recipient-line-committee"),
    pytest.param(LEAD + "据了解，该项目已覆盖全县。目前共有志愿者600余名参与其中，服务对象遍及各个乡镇。\n"
                 "强化技能培训。组织培训班6期。",
                 "actions.not_attribution", id="attribution-ju"),
    pytest.param(LEAD + "记者从会上获悉：全年共办理实事120件，群众满意率持续保持在较高水平。\n强化技能培训。组织培训班6期。",
                 "actions.not_attribution", id="attribution-reporter"),
    pytest.param(LEAD + "与此同时，各级妇联积极行动。组织巾帼志愿者走村入户开展政策宣传，发放宣传资料两万余份。",
                 "actions.not_transition", id="transition-meanwhile"),
    pytest.param(LEAD + "此外，县总工会关心职工生活。为一线职工送去防暑降温物资，折合资金30万元。",
                 "actions.not_transition", id="transition-besides"),
    pytest.param("近日，县妇联召开执委会议。会议总结了过去一年的工作，部署了今年的重点任务，表彰了一批先进集体和个人。",
                 "actions.not_lead", id="lead-recently"),
    pytest.param(LEAD + "今年以来，全县就业形势稳定。城镇新增就业2100人，城镇登记失业率控制在较低水平。",
                 "actions.not_lead", id="lead-this-year"),
    pytest.param(LEAD + "县妇联负责人表示，将持续做好服务。下一步还将在全县推广好的经验做法，让更多妇女受益。",
                 "actions.not_quote", id="quote-verb"),
    pytest.param(LEAD + "“巾帼志愿者真是帮了大忙！”。家住城关镇的王阿姨拉着志愿者的手连声道谢，脸上洋溢着笑容。",
                 "actions.not_quote", id="quoted-sentence"),
    # who says what the colon's quote holds (说 alone, too short a word for the quote lexicon)
    pytest.param(LEAD + "居民陈阿姨说：“饭菜软烂可口，价格实惠，在外打工的子女也放心！”",
                 "actions.not_quote", id="says-then-quote"),
    pytest.param(LEAD + "谈及未来，刘春燕说：“我要带动更多残疾人就业。”",
                 "actions.not_quote", id="says-after-a-frame-then-quote"),
    # 现场 opening its clause is the scene, whatever follows it (not 强化现场监管, a line of work)
    pytest.param(LEAD + "现场服务热情周到。发放宣传资料1200份。\n现场检查人员认真细致。检查商户36家。", "actions.not_scene",
                 id="scene-on-site"),
    pytest.param(LEAD + "活动现场气氛热烈。孩子们在志愿者的带领下制作手工、表演节目，家长们纷纷拍照留念。",
                 "actions.not_scene", id="scene-atmosphere"),
    pytest.param(LEAD + "会场内掌声阵阵。受表彰的先进代表依次上台领奖，并分享了自己扎根基层服务群众的故事。",
                 "actions.not_scene", id="scene-applause"),
    pytest.param(LEAD + "该所高度重视调解工作。每月组织调解员下村排查矛盾纠纷，把问题化解在基层和萌芽状态。",
                 "actions.not_statement", id="statement-subject"),
    pytest.param(LEAD + "老年教育是民生工程。全县已建成老年学校26所，在校学员达到4500人。",
                 "actions.not_statement", id="statement-copula"),
    # a name it earns (成为“X”, 被誉为“X”) is no programme it launches
    pytest.param(LEAD + "非汛期，服务队就转身成为“管网医生”。全年疏通雨污管网86公里，清掏检查井3100余座。",
                 "actions.not_statement", id="statement-becomes"),
    pytest.param(LEAD + "多年来，这支队伍被誉为“田间课堂”。全年组织农技专家下乡授课120场，培训农民5000余人次。",
                 "actions.not_statement", id="statement-called"),
    # review 57: a credit in brackets with its colon (【作者】：张伟) is no heading; nor a padded number over a name and its
    # school (01 欧阳晓东 城关中学), nor a pictograph over a page's banner (喜报)
    pytest.param(LEAD + "【作者】：张伟\n全县引进良种肉牛1200头，建成标准化养殖场6个。\n【疫病防控】：织密动物防疫网\n春季集中免疫牲畜56万头（只）。",
                 "actions.not_caption", id="bracketed-credit-colon"),
    pytest.param(LEAD + "01 欧阳晓东 城关中学\n全年帮扶学生120名，捐助资金3万元。\n02 司马文静 石桥小学\n全年帮扶学生86名。",
                 "actions.not_report_sentence", id="padded-name-and-school"),
    pytest.param(LEAD + "🏆 喜报\n▶ 3个集体获评省级“巾帼文明岗”\n▶ 5人获评市级“三八红旗手”",
                 "actions.not_listed_figure", id="pictograph-banner-over-figures"),
    # an honour won, as a heading or a bulleted line, is no line of work (its title is no programme's brand)
    pytest.param(LEAD + "05 荣誉榜\n▶石桥社区获评宁州市“平安示范社区”\n▶网格员韩立军荣获县“优秀网格员”称号",
                 "actions.not_honour_won", id="honour-won-bullet"),
    pytest.param(LEAD + "二、荣获全省无偿献血促进奖单位奖\n2024年，县中心血站采血量再创新高，全年采血2.1万单位。",
                 "actions.not_honour_won", id="honour-won-heading"),
    pytest.param(LEAD + "青龙峡景区等获评市级文明旅游示范单位\n近日，市文明办公布名单，我县青龙峡景区、县游客中心上榜。",
                 "actions.not_honour_won", id="honour-won-plain-line"),
    # a field's label in brackets with its colon (【来源】：…) is no heading, whatever follows it
    pytest.param(LEAD + "【来源】：青岚县融媒体中心\n全县妇联系统扎实推进各项工作，举办培训班6期，培训妇女300人次。",
                 "actions.not_caption", id="bracketed-field-label-colon"),
    pytest.param(LEAD + "首先，举行了颁奖仪式。县领导为获奖代表颁发证书。其次，主持人介绍了与会嘉宾。嘉宾们依次发言。",
                 "actions.not_narrative", id="narrative-opener"),
    pytest.param(LEAD + "开展了技能培训。全年组织培训班6期。\n走访了困难家庭。共走访慰问困难家庭120户。",
                 "actions.not_narrative", id="narrative-lead-in"),
    pytest.param(LEAD + "强化技能培训。组织电工、焊工、育婴员培训班6期，培训城乡劳动者300人次。",
                 "actions.not_lone_lead_in", id="lone-lead-in"),
    pytest.param("冬去春来，万物复苏。某县科协走进乡村开展科普宣传，组织农技专家为农民讲解种植技术，发放资料800份。",
                 "actions.not_lone_lead_in", id="lone-scene-opening"),
    pytest.param(LEAD + "活动分三个环节进行。最后，集体合影留念。获奖代表上台领取荣誉证书。",
                 "actions.not_lone_opener", id="lone-opener-last"),
    pytest.param(LEAD + "志愿者们早早来到现场布置会场。首先，为老人们测量血压。随后又陪老人们聊天谈心。",
                 "actions.not_lone_opener", id="lone-opener-first"),
    pytest.param(LEAD + "首先，播放工作宣传片。然后，听取工作报告。最后，为先进集体颁发奖牌。",
                 "actions.not_lone_opener", id="steps-of-an-event-do-not-enumerate"),
    # round 2
    pytest.param(LEAD + "（一）城镇新增就业规模稳步扩大\n全年城镇新增就业6200人，完成年度目标的108%，零就业家庭动态清零。",
                 "actions.not_result", id="result-growth"),
    pytest.param(LEAD + "一是参保人数持续增长。全县城乡居民养老保险参保42万人。二是基金收入稳步增加。全年征缴保费3.1亿元。",
                 "actions.not_result", id="result-growth-opener"),
    # round 3: a change without a degree word among results states a result; with one, always
    pytest.param(LEAD + "一、助残服务保障有力。全年为残疾人适配辅助器具1200件，开展康复训练3600人次。\n"
                 "二、公共服务质量提升。新建残疾人之家12个，为860户残疾人家庭实施无障碍改造。\n"
                 "三、基层组织成效明显。全县乡镇残联组建率达到100%，培训专职委员300人次。",
                 "actions.not_result", id="change-among-results"),
    pytest.param(LEAD + "一是服务能力明显提升。全年接待来访群众3200人次。二是群众满意度稳步提高。回访满意率98%。",
                 "actions.not_result", id="change-after-a-degree-word"),
    pytest.param(LEAD + "三、存在问题\n一是部分企业职工入会意愿不强；二是个别基层工会经费管理还不够规范。\n四、下一步打算\n继续做好服务。",
                 "actions.not_problem", id="problem-openers"),
    pytest.param(LEAD + "强化技能培训。组织培训班6期，培训学员300人次。\n阵地建设相对滞后。部分村级妇女之家活动场所面积较小。\n"
                 "丰富文化生活。举办文艺汇演5场。",
                 "actions.not_problem", id="problem-lead-in"),
    pytest.param(LEAD + "四、存在问题\n一是部分村级妇女之家阵地作用发挥不充分；二是基层妇联干部服务群众的能力还需提升。"
                 "\n五、下一步打算\n继续做好服务。", "actions.not_problem", id="problem-still-needs"),
    pytest.param(LEAD + "二、存在的不足\n服务覆盖面还不够广，个别乡镇的妇女之家活动开展较少，队伍力量需要进一步加强。",
                 "actions.not_report_part", id="report-part-shortcomings"),
    pytest.param(LEAD + "一是开展“书香家庭”读书活动36场。县妇联评选书香家庭80户。二是深化家庭教育。举办家长课堂20期。",
                 "actions.not_report_sentence", id="opener-launch-reporting-figures"),
    pytest.param(LEAD + "【专题报道】\n县妇联组织巾帼志愿者走进敬老院，为老人们送去米面油等慰问品，并开展文艺演出。",
                 "actions.not_lone_bracketed", id="lone-bracketed-tag"),
    pytest.param(LEAD + "【社区动态】街道妇联组织巾帼志愿者走进社区，为居民免费提供理发、测血压等服务，受到群众欢迎。",
                 "actions.not_lone_bracketed", id="lone-bracketed-paragraph-tag"),
    pytest.param(LEAD + "全县妇联系统扎实推进各项工作。\n【责任编辑：王丽】\n县妇联还联合县医院开展两癌筛查，为农村妇女免费检查身体。",
                 "actions.not_caption", id="bracketed-label-is-an-aside"),
    pytest.param("冬去春来，万物复苏。过去一年，某县科协围绕中心服务大局，以科普助力乡村振兴，各项工作取得了新的成效。\n"
                 "一、以“科技助农”为抓手。组织农技专家下乡服务60次，培训农民两千余人次。\n"
                 "二、县科协被省科协评为全省科普工作先进集体，县青少年科技馆获评省级科普基地。",
                 "actions.not_lone_lead_in", id="lead-in-beside-numbered-paragraphs-is-the-lead"),
]


LINES_OF_WORK_NOT_ENTRIES = [
    # a line of work that ends in a class word (分类) or a group's (村组), or opens with a verb before 家庭
    pytest.param(LEAD + "一、推进垃圾分类\n新建分类投放点120个。\n二、强化技能培训\n培训妇女600人次。", "推进垃圾分类", id="sorting"),
    pytest.param(LEAD + "一、文艺志愿进村组\n开展文艺演出36场。\n二、强化技能培训\n培训妇女600人次。", "文艺志愿进村组", id="village-group"),
    pytest.param(LEAD + "一、关爱困境家庭\n走访困境家庭320户。\n二、强化技能培训\n培训妇女600人次。", "关爱困境家庭", id="verb-family"),
]


LIST_ROWS_NOT_HEADINGS = [
    # the last row of a list of placings (an event, the placing, who won it), prose after it (rounds 150, 154)
    pytest.param(LEAD + "一、强化技能培训\n举办培训班6期。\n获奖名单如下：\n焊工　一等奖　王建军\n电工　二等奖　李明辉\n"
                 "同时，学校被评为先进单位。",
                 "电工　二等奖　李明辉", id="placing-row"),
    # a row of people's names set apart by blanks under its title's label, prose after it (rounds 107-154)
    pytest.param(LEAD + "一、强化技能培训\n举办培训班6期。\n好媳妇：\n李秀云　王丽娟　张　霞\n此外，村民孙桂兰家庭获评“青岚县最美家庭”。",
                 "李秀云　王丽娟　张　霞", id="names-row"),
]


@pytest.mark.parametrize("text,row", LIST_ROWS_NOT_HEADINGS)
def test_a_list_s_last_row_heads_no_line_of_work(nlp, text, row):
    names = [name for _, name in found(nlp, text) if name]
    assert names and row.replace("\u3000", " ") not in [name.replace("\u3000", " ") for name in names], names


@pytest.mark.parametrize("text,name", LINES_OF_WORK_NOT_ENTRIES)
def test_lines_of_work_shaped_like_a_list_s_parts_stay_headings(nlp, text, name):
    assert name in [g[1] for g in found(nlp, text)]


@pytest.mark.parametrize("text,rule,name", HEADINGS)
def test_each_kind_of_heading_is_found_and_named(nlp, text, rule, name):
    check(nlp, text, rule, name)


@pytest.mark.parametrize("text,rule", NON_ACTIONS)
def test_each_kind_of_non_action_is_recorded_with_its_rule(nlp, text, rule):
    check(nlp, text, rule, None)


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "深入实施“巾帼心向党”行动，强化思想引领。组织巾帼宣讲团深入村社宣讲120场。",
                 id="deep-verb-quoted"),
    pytest.param(LEAD + "大力实施“家家幸福”计划，弘扬文明家风。评选最美家庭200户。", id="strong-verb-quoted"),
    pytest.param(LEAD + "启动实施“暖心行动”，关爱困难职工。慰问困难职工家庭300户。", id="start-verb-quoted"),
])
def test_regression_garbled_lexicon_lost_the_launching_verbs(nlp, text):
    """A replace-all garbled actions.lexicon.tsv: 深入实施, 全面实施, 大力实施, 启动实施 were lost and
    `深入实施“X”行动,Y。` was no paragraph heading."""
    rules = [rule for rule, name in found(nlp, text) if name]
    assert rules == ["actions.launches_programme"]


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "全县各级妇联广泛动员，参加“护苗”行动的志愿者达到200人，走访留守儿童1500余人次。", id="mid-paragraph"),
    pytest.param(LEAD + "其中，作为县总工会的服务品牌，“职工书屋”共新建书屋15家，配送图书两万余册。", id="brand-as-subject"),
    pytest.param("近日，某县团委开展“青春暖冬”志愿服务活动，组织青年志愿者走进敬老院和困难家庭，共服务群众300人次。",
                 id="the-one-event-of-the-lead"),
])
def test_a_programme_merely_mentioned_is_no_action(nlp, text):
    assert [name for _, name in found(nlp, text) if name] == []


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "一、主要指标完成情况\n城乡低保覆盖率：96.4%（市定目标≥95%）\n临时救助：1260人次，发放资金186万元\n", id="rate"),
    pytest.param(LEAD + "二、主要数据\n志愿服务时长：约4.6万小时\n注册志愿者：新增860人\n", id="about-and-verb"),
])
def test_an_indicator_label_before_its_value_is_no_lead_in(nlp, text):
    """临时救助：1260人次，…: an indicator's label and its value (a table row written as text), no line of work."""
    assert [name for rule, name in found(nlp, text) if rule == "actions.lead_in"] == []


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "先进个人名单如下：\n城关镇：马立群、刘　芳、赵德明\n河口镇：孙丽娜、周小雨\n", id="places-then-names"),
    pytest.param(LEAD + "获奖作品如下：\n一等奖：《春到山乡》、《乡音》\n二等奖：《茶山情》、《赛马》\n", id="placings-then-works"),
])
def test_a_list_label_before_its_names_is_no_lead_in(nlp, text):
    """城关镇：马立群、刘　芳: a list's label, then who is on it (names set apart by 、, no verb), no line of work."""
    assert [name for rule, name in found(nlp, text) if rule == "actions.lead_in"] == []


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "（三）守护未成年人健康\n开展“平安校园”法治宣讲进校园活动86场次，覆盖师生3.2万人；为困境儿童发放助学金12万元。",
                 id="figures-in-the-programme-clause"),
    pytest.param(LEAD + "一、服务职工\n组织开展“金秋助学”活动150场，资助困难职工子女150名。\n二、建设阵地\n新建职工书屋12家。",
                 id="figures-in-the-launch-clause"),
])
def test_a_paragraph_launching_a_programme_and_reporting_figures_is_a_report_sentence(nlp, text):
    """开展“X”活动86场次,…: the launch is a report, not a heading (ANNOTATION.md: a heading reports no
    figures); the section heading above it is what governs."""
    got = found(nlp, text)
    assert not [g for g in got if g[0] == "actions.launches_programme"], got
    assert [rule for rule, name in got if name][:1] == ["actions.section_line"], got


@pytest.mark.parametrize("text,name", [
    pytest.param(LEAD + "一、服务职工\n组织开展“金秋助学”活动，资助困难职工子女150名，发放助学金45万元。\n二、建设阵地\n新建职工书屋12家。",
                 "金秋助学", id="figures-after-the-launch-clause"),
    pytest.param(LEAD + "（四）聚力基层治理，夯实平安根基\n深化“平安e家”网格治理品牌，全街道共配备专职网格员92名，化解矛盾纠纷346起。",
                 "平安e家", id="a-brand-deepened"),
    # 竞赛 ends a programme after a quoted brand, as 活动 and 品牌 do
    pytest.param(LEAD + "二、聚焦建功立业\n深入开展“建新功·当先锋”劳动和技能竞赛，全年组织竞赛项目近50项，参赛职工逾万人。",
                 "建新功·当先锋", id="a-contest-launched"),
])
def test_a_paragraph_launching_a_programme_heads_its_figures_under_the_section(nlp, text, name):
    """实施“X”行动，组建宣讲小分队18支…: the launch clause reports nothing; the figures after it are the
    paragraph's body, which the programme heads, nested in the section above (ANNOTATION.md: a paragraph
    that opens by launching a programme; headings nest)."""
    got = found(nlp, text)
    assert ("actions.launches_programme", name) in got, got
    assert [rule for rule, n in got if n][:1] == ["actions.section_line"], got


@pytest.mark.parametrize("text,names", [
    pytest.param(LEAD + "一、助残服务保障有力。全年为残疾人适配辅助器具1200件，开展康复训练3600人次。\n"
                 "二、公共服务质量提升。新建残疾人之家12个，为860户残疾人家庭实施无障碍改造。\n"
                 "三、基层组织成效明显。全县乡镇残联组建率达到100%，培训专职委员300人次。",
                 [], id="among-results"),
    pytest.param(LEAD + "一、就业创业\n全年城镇新增就业3100人，发放创业担保贷款8600万元。\n"
                 "二、技能提升\n开展职业技能培训5200人次，新增高技能人才460人。\n"
                 "三、社会保障\n城乡居民养老保险参保率达到97%。",
                 ["就业创业", "技能提升", "社会保障"], id="among-lines-of-work"),
    pytest.param(LEAD + "一、阵地建设持续完善\n新建妇女之家15个。\n二、技能培训\n培训妇女300人次。",
                 ["技能培训"], id="a-degree-word-decides-alone"),
])
def test_a_change_heading_is_of_its_siblings_kind(nlp, text, names):
    """技能提升 names a line of work among lines of work; 公共服务质量提升 states a result among results."""
    assert [name for _, name in found(nlp, text) if name] == names


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "四、存在问题\n一是部分村级妇女之家阵地作用发挥不充分；二是基层妇联干部服务群众的能力还需提升。"
                 "\n五、下一步打算\n继续做好服务。", id="not-enough-still-needs"),
    pytest.param(LEAD + "一是阵地建设相对薄弱；二是志愿服务激励措施落实不到位。", id="weak-not-in-place"),
])
def test_shortcomings_name_no_action(nlp, text):
    assert [name for _, name in found(nlp, text) if name] == []


@pytest.mark.parametrize("text,names", [
    # a line of work with the body that leads it in brackets is a heading, no name's row
    pytest.param(LEAD + "（一）项目建设（县发改局）\n全年实施重点项目86个，完成投资52亿元。\n（二）招商引资（县商务局）\n全年引进项目23个。",
                 ["项目建设(县发改局)", "招商引资(县商务局)"], id="work-and-its-body"),  # (the working copy: half-width)
    # in an interview, a label of work written with a bracket once and without once is no speaker
    pytest.param("县文旅局\n记者：今年旅游情况如何？\n局长：总体向好。\n乡村旅游（县文旅局）：\n新建民宿42家，接待游客3万人次。\n"
                 "乡村旅游：带动就业1200人。", ["县文旅局", "局长", "乡村旅游"], id="label-of-work-twice"),
])
def test_lines_of_work_shaped_like_names_stay_headings(nlp, text, names):
    assert [name for _, name in found(nlp, text) if name] == names


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "问：去年在就业帮扶方面做了哪些工作？\n答：我们主要抓了技能培训，全年举办培训班26期，培训农民工1800余人次。",
                 id="question-and-answer"),
    pytest.param(LEAD + "主持人（县政府新闻办 王丽）：下面请县人社局负责同志介绍。\n周建国：今年以来，全县新增城镇就业4200人。\n"
                 "问（县融媒体中心记者）：零工市场运行如何？\n答（李敏）：零工市场累计服务求职者2.3万人次。",
                 id="briefing-speakers-with-notes"),
    pytest.param(LEAD + "记者：新书店开了多少家？\n嘉宾：去年我们新开乡镇书店6家，送书下乡1.2万册。", id="reporter-and-guest"),
    # a label that opens line after line is who speaks, whether the names are known or not
    pytest.param(LEAD + "记者：去年做了哪些事？\n覃晓岚：去年我们举办公益讲座48期，服务读者1.6万人次。\n"
                 "记者：今年有什么打算？\n覃晓岚：今年我们计划新建城市书房10家。", id="a-name-again-and-again"),
    pytest.param(LEAD + "一等奖：城关镇代表队\n二等奖：河口镇代表队、新桥镇代表队\n一等奖：县第一中学\n", id="placings-again"),
    # a name with the speaker's post in brackets the first time, the name alone after
    pytest.param(LEAD + "记者：今年用电负荷有多大？\n王海峰（县供电公司运检部主任）：负荷峰值比去年高出3万千瓦，我们提前检修线路86条。\n"
                 "记者：遇到停电怎么办？\n王海峰：可以拨打供电服务热线报修，抢修人员30分钟内到达。", id="a-name-with-its-post-then-alone"),
    pytest.param("县图书馆\n记者：新书店开了多少家？\n覃晓岚（县图书馆馆长）：去年我们新开乡镇书店6家，送书下乡1.2万册。\n"
                 "记者：今年有什么打算？\n覃晓岚：今年我们计划新建城市书房10家。", id="a-known-name-with-its-post"),
])
def test_speakers_in_an_interview_name_no_action(nlp, text):
    """问：, 答（李敏）：, 张立新：: who speaks, a role or a name before the colon, is no lead-in heading."""
    assert [name for _, name in found(nlp, text) if name] == []


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "受表彰的3名同志是：\n韩立新　城关镇农业服务中心主任\n周　敏　县人民医院护士长\n"
                 "马春燕　县第二实验小学教师\n希望受表彰的同志珍惜荣誉，再接再厉，在各自岗位上作出新的更大贡献。", id="last-of-three-rows"),
    pytest.param(LEAD + "附：推荐对象\n黄志成　东坝村党支部书记\n林晓雯（女）　县巾帼家政服务中心负责人\n"
                 "公示期间，如有异议，请以书面形式向县妇联反映，联系电话已在县政府网站公布。", id="rows-with-a-note-in-brackets"),
    pytest.param(LEAD + "优秀奖（2幅）\n《村晚》　　　　潘雨萌　　县融媒体中心\n《归巢》　　　　游明亮　　太白镇\n"
                 "巡展作品将于元旦期间在县文化广场展出，此后将在江湾、思口等5个乡镇巡回展出，欢迎前往参观。", id="rows-of-works"),
])
def test_the_last_row_of_a_list_of_people_is_no_heading(nlp, text):
    """韩立新　城关镇农业服务中心主任 / … / 马春燕　县第二实验小学教师, then prose: a person's row shaped as the row
    before it names no line of work, though the prose after it looks like a heading's body."""
    assert [name for _, name in found(nlp, text) if name] == []


@pytest.mark.parametrize("text", [
    # three characters before a colon alone on the line: a name (王立新：), a role (主持人：, 网格员：), a placing
    # (一等奖：), no slogan's label
    pytest.param(LEAD + "主持人：\n请介绍今年的就业工作。\n王立新：\n全年城镇新增就业3200人。\n主持人：\n还有什么打算？\n"
                 "王立新：\n计划再培训1000人次。\n", id="speakers"),
    pytest.param(LEAD + "网格员：\n全年走访群众1200户。\n调解员：\n调解纠纷86起。\n志愿者：\n服务群众3000人次。\n", id="roles"),
    pytest.param(LEAD + "一等奖：\n县第一中学代表队。\n二等奖：\n县第二中学代表队。\n三等奖：\n城关镇中学代表队。\n", id="placings"),
    # ... an address (张大爷：, 黄阿姨：, 高老师：), a part of an area (东片区：), a school (县二中：) (review 64)
    pytest.param(LEAD + "张大爷：\n社区每周上门为我量血压，全年上门服务48次。\n黄阿姨：\n食堂全年供餐1.2万份，我们吃得放心。\n"
                 "高老师：\n学校全年开展课后服务180场。\n", id="addresses"),
    pytest.param(LEAD + "东片区：\n全年新建道路12公里，改造管网8.6公里。\n西片区：\n全年新建道路10公里。\n南片区：\n全年新建道路9公里。\n",
                 id="parts-of-an-area"),
    pytest.param(LEAD + "县二中：\n全年开展课后服务180场。\n县三中：\n全年开展课后服务120场。\n县四中：\n全年开展课后服务90场。\n",
                 id="schools"),
    pytest.param(LEAD + "刘医生：\n今年我们全院开展义诊36场。\n马医生：\n我全年接诊患者1.2万人次。\n张警官：\n全年调解纠纷86起。\n",
                 id="addresses-of-a-trade"),
    pytest.param(LEAD + "刘大娘：\n社区每周上门为我量血压，全年上门服务48次。\n黄老伯：\n食堂全年供餐1.2万份。\n马律师：\n全年提供法律咨询180场。\n",
                 id="surname-and-address"),  # (review 66)
    # ... nor a part of the report over a line that leads on (年度成绩单 / 一组数据带你回望这一年——)
    pytest.param(LEAD + "年度成绩单\n一组数据带你回望这一年——\n全年城镇新增就业3200人，培训1000人次。\n", id="report-part-over-lead-on"),
])
def test_three_characters_before_a_colon_that_are_no_slogan_head_nothing(nlp, text):
    assert [name for _, name in found(nlp, text) if name] == []


# after a colon only a word opener (一是) opens a line of work: numbered items there list things or people
COLON_LISTS = [
    LEAD + "报名材料：（1）身份证复印件；（2）户口本复印件。共收到报名材料120份。",
    LEAD + "获奖名单：（1）李明；（2）王芳。全县共表彰先进个人12名。",
    LEAD + "活动需准备以下材料：①身份证；②户口本。全县共收到申请320份。",
]


@pytest.mark.parametrize("text", COLON_LISTS)
def test_numbered_items_after_a_colon_are_no_openers(text):
    article = extract(text)
    assert article.actions == [] and all(c.action is None for c in article.claims), article.actions


@pytest.mark.parametrize("text,names", [
    pytest.param(LEAD + "问：在质量提升方面有什么进展？\n答：首先，抓质量基础建设。指导企业制定标准26项，新增认证企业7家。"
                 "其次，强化知识产权保护。全年查处侵权案件18件。", ["抓质量基础建设", "强化知识产权保护"], id="answer-opens-with-shouxian"),
    pytest.param(LEAD + "记者：去年做了哪些工作？\n答：首先，抓培训。全年举办培训班12期。其次，抓服务。上门服务860人次。"
                 "最后，抓宣传。开展宣传活动15场。", ["抓培训", "抓服务", "抓宣传"], id="answer-with-three-steps"),
    # after any other colon 首先 narrates steps, and alone after a label it opens nothing
    pytest.param(LEAD + "活动流程：首先，签到入场。随后开展培训12场。", [], id="steps-after-a-colon"),
    pytest.param(LEAD + "问：今年做了什么？\n答：首先要感谢大家的关心。我们全年开展培训12场。", [], id="answer-thanks-first"),
])
def test_a_sequence_opener_right_after_a_speaker_s_label_opens_a_line_of_work(nlp, text, names):
    """答：首先，…其次，…: after who speaks, the answer opens as a paragraph does."""
    assert [name for _, name in found(nlp, text) if name] == names


@pytest.mark.parametrize("text,caption", [
    # 📌 5236名 / 持证残疾人获得基本康复服务 / ▶ …: the line right under a figure called out is its caption, never a
    # heading over the ▶ lines after it (a bullet or a pictograph before the figure or not)
    pytest.param(LEAD + "🩺 康复服务更精准\n📌 5236名\n持证残疾人获得基本康复服务\n▶ 全县持证残疾人基本康复服务覆盖率达98.2%，同比提高1.6个百分点\n"
                 "▶ 为186名0—6岁残疾儿童落实康复救助，让“星星的孩子”不再孤单\n", "持证残疾人获得基本康复服务", id="pictograph-figure"),
    pytest.param(LEAD + "▍就业帮扶\n▶ 218人\n残疾人实现新增就业\n▶ 举办盲人按摩、电商直播等职业技能培训12期，培训残疾人460人次\n"
                 "▶ 新认定县级残疾人就业帮扶基地5个，带动126名残疾人在家门口就业\n", "残疾人实现新增就业", id="bulleted-figure"),
    pytest.param(LEAD + "▍就业帮扶\n218人\n残疾人实现新增就业\n▶ 举办盲人按摩、电商直播等职业技能培训12期，培训残疾人460人次\n"
                 "▶ 新认定县级残疾人就业帮扶基地5个，带动126名残疾人在家门口就业\n", "残疾人实现新增就业", id="bare-figure"),
])
def test_the_caption_under_a_figure_is_no_heading(nlp, text, caption):
    names = [name for _, name in found(nlp, text)]
    assert caption not in names and names[0] in ("康复服务更精准", "就业帮扶")  # (the section's own heading stands)


@pytest.mark.parametrize("text,heading", [
    # 数说成效, 年度数据速览: a heading over the figures of the page, a part of it, no line of work
    pytest.param(LEAD + "一、加快电网建设\n完成投资1.2亿元，新建线路36公里。\n二、数说成效\n全年售电量12.6亿千瓦时，同比增长6.1%。",
                 "数说成效", id="shushuo"),
    pytest.param(LEAD + "🗂 年度数据速览\n门急诊服务86万人次，同比增长6.2%。\n🏥 医疗服务提质增效\n开展日间手术1200台，同比增长15%。",
                 "年度数据速览", id="sulan"),
])
def test_a_heading_over_the_page_s_figures_is_no_line_of_work(nlp, text, heading):
    assert heading not in [name for _, name in found(nlp, text)]


@pytest.mark.parametrize("text", [
    # a pictograph before a line that opens with a digit is no figure called out (🏆 3名…获评, 📌 2025年…): the line above
    # it is no heading of figures (review 59)
    pytest.param("县文明办2024年工作回顾\n🎉 喜报频传\n🏆 3名志愿者获评“宁州市优秀志愿者”\n🏆 2个项目获评“宁州市最佳志愿服务项目”",
                 id="prizes"),
    pytest.param("县文明办2024年工作回顾\n🎯 年度目标\n📌 2025年完成新建志愿服务站点20个\n📌 3月底前完成培训", id="targets"),
    # a caption with a pictograph over its bare figure is no heading either
    pytest.param("数说2024\n🏠 改造老旧小区\n26个\n🛣️ 新建农村公路\n23.6公里\n💧 新建供水工程\n12处", id="captions"),
    # ... nor under marked figures, nor items of a list one after another (review 60)
    pytest.param("数说2024\n📌 26个\n🏠 改造老旧小区\n📌 23.6公里\n🛣️ 新建农村公路\n📌 12处\n💧 新建供水工程", id="marked-captions"),
    pytest.param("县妇联2024年工作回顾\n全年培训家政人员360人，帮助320名妇女实现就业。\n服务项目：\n🧹 家庭保洁\n👶 母婴护理\n👵 养老陪护",
                 id="items"),
])
def test_a_pictograph_line_over_no_figures_called_out_heads_nothing(nlp, text):
    assert [name for _, name in found(nlp, text) if name] == []


@pytest.mark.parametrize("text,not_heading", [
    # a figure's unit set on a line of its own (2.1万余 / 人次, 412 / 人) is no heading of the lines after it
    pytest.param(LEAD + "02｜筑牢儿童健康防线\n儿童健康管理\n2.1万余\n人\n儿童康复中心全年开展康复训练近6000人次，帮助32名儿童。", "人",
                 id="unit-line"),
    # the page's credits and a number to call under the post are no lead-ins
    pytest.param(LEAD + "04｜守护妇女健康\n全年完成宫颈癌筛查1.2万人次。\n图文：吴静怡　　编辑：傅晓军\n预约挂号：0599-7921563（工作日8:00—17:30）",
                 "图文", id="credits"),
    pytest.param(LEAD + "04｜守护妇女健康\n全年完成宫颈癌筛查1.2万人次。\n图文：吴静怡　　编辑：傅晓军\n预约挂号：0599-7921563（工作日8:00—17:30）",
                 "预约挂号", id="phone"),
    # a figure inside another told before (2个 in 12个) is no call-out: the line under it is its caption (review 60)
    pytest.param("县发改局2024年工作回顾\n抓好项目建设\n全年实施重点项目12个，完成投资32亿元。\n2个\n新开工省级重点项目\n"
                 "县医院迁建项目、城区供水项目均已开工建设。\n优化营商环境\n全年新增市场主体3200户。", "新开工省级重点项目", id="figure-inside"),
])
def test_page_furniture_and_units_head_nothing(nlp, text, not_heading):
    assert not_heading not in [name for _, name in found(nlp, text)]


def test_a_year_range_after_a_lead_in_s_colon_is_no_number_to_call(nlp):
    text = ("县农业农村局2024年工作总结\n高标准农田建设：2023-2024年共建成高标准农田3.2万亩，总投资1.2亿元。\n"
            "农村人居环境整治：全年改造农村户厕1260户，清理村庄垃圾3200吨。")
    assert [name for _, name in found(nlp, text) if name] == ["高标准农田建设", "农村人居环境整治"]


@pytest.mark.parametrize("text,section", [
    # ▍稳就业 促创业 / ▶城镇新增就业8632人，…。: an arrow marks items of their own style, nested in the block marker's
    # section; an item that reports figures is a non-action of its own style and ends no ▍ section (round 136)
    pytest.param(LEAD + "▍稳就业 促创业\n▶城镇新增就业8632人，完成目标任务的123.3%。\n▶帮助城镇失业人员再就业2167人。\n"
                 "▍育技能 强人才\n开展职业技能培训1.26万人次。", "稳就业 促创业", id="arrow-sentences"),
    pytest.param(LEAD + "■ 关爱留守儿童\n► 开展“童心港湾”陪伴活动126场，服务儿童3200人次。\n► 发放助学金48万元，资助学生960名。\n"
                 "■ 维护妇女权益\n受理妇女信访案件36件。", "关爱留守儿童", id="arrow-under-square"),
])
def test_items_an_arrow_marks_stay_in_the_block_marker_s_section(text, section):
    claims = extract(text).claims
    second = text.rindex("■" if "■" in text else "▍")  # the next section's marker
    under = [c for c in claims if c.span.start < second]
    assert under and all(c.action == section for c in under), [(c.metric, c.action) for c in claims]


@pytest.mark.parametrize("text,names", [
    # 抓好粮食生产 / 粮食播种面积：52.6万亩 / …: short bare lines over lines of a label and its value head a page of figures
    # whose bold was lost; a label's line over a sentence is no subtitled heading, nor a launch's or a lead-in's
    # (rounds 136, own136a)
    pytest.param("青岚县2024年农业农村工作数说\n一起来看这份用数字写就的年度成绩单——\n抓好粮食生产\n粮食播种面积：52.6万亩\n"
                 "粮食总产量：21.4万吨，同比增长3.1%\n推广机插秧：约1.8万亩\n全面落实粮食安全党政同责。\n"
                 "发展乡村产业\n新增市级龙头企业：6家\n农产品加工业产值：超过28亿元\n巩固脱贫成果\n"
                 "实施衔接资金项目：87个\n农村生活污水治理率：提升至41.3%\n持续巩固“两不愁三保障”成果。",
                 ["抓好粮食生产", "发展乡村产业", "巩固脱贫成果"], id="bare-lines-over-values"),
    # (a label's line over its section's closing sentence, 新增社会化服务面积：约12万亩次 / 全面压实…。, is no subtitled heading)
    pytest.param("青岚县2024年农业农村工作数说\n一起来看这份用数字写就的年度成绩单——\n抓好粮食生产\n粮食播种面积：47.3万亩\n"
                 "新增社会化服务面积：约12万亩次\n全面压实粮食安全党政同责，推广水稻集中育秧。\n建设高标准农田\n新建高标准农田：3.6万亩\n"
                 "新增高效节水灌溉面积：4200亩\n坚持建管用并重，建成后统一移交村集体管护。",
                 ["抓好粮食生产", "建设高标准农田"], id="value-lines-over-sentences"),
    pytest.param("云岫县统计局发布一组数据\n全县经济运行稳中有进。\n稳住工业\n规上工业增加值：增长7.2%\n"
                 "工业用电量：12.6亿千瓦时\n新增规上企业：18家\n做优服务业\n社会消费品零售总额：86.3亿元\n"
                 "限上商贸企业：新增26家\n", ["稳住工业", "做优服务业"], id="sections-without-prose"),
])
def test_bare_lines_over_a_page_s_figures_head_its_sections(nlp, text, names):
    assert [name for _, name in found(nlp, text) if name] == names


@pytest.mark.parametrize("text", [
    # one bare line over figures is a caption (a section needs a sibling)
    pytest.param("云岫县统计局发布一组数据\n全县经济运行稳中有进。\n稳住工业\n规上工业增加值：增长7.2%\n工业用电量：12.6亿千瓦时\n",
                 id="one-line"),
    # (review 67) bare lines over figures that name no line of work, an indicator's caption or a body: no headings
    pytest.param("青岚县2024年国民经济运行情况\n全年全县经济运行总体平稳。\n工业经济\n规上工业增加值：增长7.2%\n工业用电量：12.6亿千瓦时\n"
                 "消费市场\n社会消费品零售总额：86.3亿元\n网络零售额：12.1亿元\n", id="indicator-captions"),
    pytest.param("青岚县2024年度乡镇财政收支情况公示\n现将有关情况公示如下。\n城关镇人民政府\n一般公共预算收入：3.2亿元\n"
                 "一般公共预算支出：5.6亿元\n青石镇人民政府\n一般公共预算收入：1.1亿元\n一般公共预算支出：2.3亿元\n", id="bodies"),
])
def test_one_bare_line_over_figures_heads_nothing(nlp, text):
    assert [name for _, name in found(nlp, text) if name] == []


@pytest.mark.parametrize("text,expected", [
    # (review 67) a subtitle that opens on a count and goes on (5项举措护航…) is a heading's, no label's value
    pytest.param("县人社局：多措并举稳就业\n今年以来，县人社局多措并举推动就业工作。\n稳岗位：5项举措护航企业用工\n"
                 "全县发放稳岗返还资金1260万元，惠及企业860家。\n促创业：3类贷款支持返乡创业\n发放创业担保贷款2.3亿元，扶持创业1200人。\n",
                 {"稳岗返还资金": "稳岗位：5项举措护航企业用工", "创业担保贷款": "促创业：3类贷款支持返乡创业"}, id="count-subtitle"),
    # (review 67) a change after a label's colon on a page that is no page of figures leads in as before (粮食生产：增长3.1%，…)
    pytest.param("县农业农村局2024年工作总结\n今年以来，我局扎实推进各项工作。\n粮食生产：增长3.1%，总产量达到21.4万吨。\n"
                 "产业发展：新增龙头企业6家。\n", {"总产量": "粮食生产", "龙头企业": "产业发展"}, id="change-lead-in"),
    # on a page of figures (three lines of a label and its value in a row), a label and a clause with a figure is one of its
    # figures, no lead-in of its own: its claim stays in the ▍ section (r137 gulang; corpus: r114, r134, r135, r71)
    pytest.param("县红十字会2024年工作数说\n一组数据带你回顾这一年——\n▍应急救护培训\n坚持把应急救护培训作为基础性工作来抓。\n"
                 "普及培训：156场次\n受训群众：2.31万人次\n新培训持证救护员：1870名\n“救在身边”进校园：走进中小学42所\n"
                 "AED配置：在县城广场等公共场所新投放自动体外除颤器18台\n▍人道救助\n大病救助：资助困难患者93人\n",
                 {"走进中小学": "应急救护培训", "公共场所新投放自动体外除颤器": "应急救护培训"}, id="figures-page-data-lines"),
    # (review 67) a block marker ranks above an arrow whichever comes first: ■ 下一步打算 ends the ▶ section
    pytest.param("县人社局2024年就业工作综述\n今年以来，县人社局多措并举推动就业工作。\n▶ 实施“春风行动”\n全年举办招聘会36场，提供岗位1.2万个。\n"
                 "▶ 开展技能培训\n开展职业技能培训1.26万人次。\n■ 下一步打算\n2025年计划新增就业8000人。\n",
                 {"职业技能培训": "开展技能培训", "就业": None}, id="arrow-then-block"),
])
def test_review_67_headings_keep_their_claims(text, expected):
    got = {c.metric: c.action for c in extract(text).claims}
    assert {metric: got.get(metric, "missing") for metric in expected} == expected, got
