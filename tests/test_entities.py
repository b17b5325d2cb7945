"""Stage: entities. The rule NER, and the optional statistical NER of an installed spaCy pipeline
(tested with a small pipeline these tests build and save; zh_core_web_sm is never a dependency)."""
import pytest
import spacy

from extractor import Extractor, ExtractorConfig, extract
from extractor.contract import errors
from extractor.stages import gazetteer

ROWS = [
    ("昌邑市妇联深入贯彻落实党的二十大精神。", "ORG", "昌邑市妇联"),
    # the short names of the mass organisations, as 妇联 (round 175 dalateqi's and corpus r83 zhenglanqi's 文联; the
    # corpus's 文联, 工商联, 侨联 pages: the reporting body read 49 times more as the gold names it)
    ("正蓝旗文联组织会员深入牧区采风。", "ORG", "正蓝旗文联"),
    ("金乡县工商联召开执委会议。", "ORG", "金乡县工商联"),
    ("文成县侨联开展侨界慰问活动。", "ORG", "文成县侨联"),
    ("县社科联举办社科普及周活动。", "ORG", "县社科联"),
    ("成功推荐昌邑市妇幼保健院儿童康复中心获评全国巾帼文明岗。", "ORG", "昌邑市妇幼保健院儿童康复中心"),
    ("联合“和风”巾帼心理关爱志愿服务队开展活动。", "ORG", "“和风”巾帼心理关爱志愿服务队"),
    ("围子街道孙斜村获评山东省美丽庭院。", "GPE", "围子街道孙斜村"),
    ("汲淑艳家庭获评山东省最美家庭。", "GPE", "山东省"),
    ("汲淑艳家庭获评山东省最美家庭。", "PERSON", "汲淑艳"),
    ("闪电新闻记者 王亮家 通讯员 夏晓飞 报道", "PERSON", "夏晓飞"),
    ("团委书记、少先队大队辅导员彭玉凝获评全国优秀共青团干部称号。", "PERSON", "彭玉凝"),
    ("慰问组先后来到开元广场、义门镇。", "LOC", "开元广场"),
    # a village whose stem jieba cuts (钱|集镇, 上|庄村) is still one: no verb opens it
    ("钱集镇畜牧兽医站获评全国先进集体。", "GPE", "钱集镇"),
    ("上庄村获评全国文明村镇。", "GPE", "上庄村"),
    ("建设新村获评全省文明村。", "GPE", "建设新村"),  # a verb opens the name, but 新村 is no common word
    ("授予王跃等100位同志奖章。", "PERSON", "王跃"),
    # rows written for the word lists moved to entities.persons.tsv, entities.places.tsv, entities.orgs.tsv
    ("通讯员 钱晓东 报道", "PERSON", "钱晓东"),
    ("村党支部书记孙大海表示，将继续努力。", "PERSON", "孙大海"),
    ("慰问赵红梅同志。", "PERSON", "赵红梅"),
    ("东湖镇石桥村获评省级文明村。", "GPE", "东湖镇石桥村"),
    ("游客来到滨江公园参观。", "LOC", "滨江公园"),
    ("市妇联开展活动。", "ORG", "市妇联"),
    ("共青团委员会开展活动。", "ORG", "共青团委员会"),
    # a profile's opening: a name at a line's start, then the person's sex (jieba reads 余|建华, 郑|海涛)
    ("余建华，男，1962年生，麻城市龟山镇退休教师。", "PERSON", "余建华"),
    ("公示名单如下：\n2.郑海涛，男，1990年生，快递员。", "PERSON", "郑海涛"),
    # ... a blank, not a comma, after the name (a list's row: 王桂兰　女，…; 刘　军　男，…, a padded name)
    ("【助人为乐】\n王桂兰　女，1958年生，东街社区居民。", "PERSON", "王桂兰"),
    ("【见义勇为】\n刘　军　男，1976年生，快递驿站负责人。", "PERSON", "刘　军"),
    ("【助人为乐】\n周桂兰\t女，1962年出生，柳溪村村民。", "PERSON", "周桂兰"),
    # ... or a blank and the person's age, no sex told (谭志刚　62岁，…; 3.周　敏　45岁，…, a padded name)
    ("【助人为乐】\n谭志刚　62岁，龙口村退休教师。", "PERSON", "谭志刚"),
    ("现将事迹发布如下：\n3.周　敏　45岁，县人民医院急诊科护士长", "PERSON", "周　敏"),
    # a post after a body's name, then the name (经理, 馆长: posts of firms and venues)
    ("访县新华书店经理陈立群\n正文。", "PERSON", "陈立群"),
    # a name after a post, as far as jieba reads a name (a surname and a given name, tagged apart)
    ("市中医院护士长王秀英从医三十年。", "PERSON", "王秀英"),
    ("局河务股股长王建军日夜坚守在抢险一线。", "PERSON", "王建军"),  # a section's head (股长)
    # a crew's head (班长), and a name before 在, the preposition of where the person works
    ("班长王德明在这条邮路上一跑就是19年。", "PERSON", "王德明"),
    ("抢修班班长李建军在一线坚守十五年。", "PERSON", "李建军"),
    ("会上，先进代表刘建平作交流发言。", "PERSON", "刘建平"),  # 作 before a speech ends the name
    ("镇党委书记张赛虎作了讲话。", "PERSON", "张赛虎"),
    ("创新村党支部组织党员志愿服务。", "GPE", "创新村"),  # a real village's name, a verb as many are
    # a verb of thriving in a village's own name, no common noun before it: a name, not a slogan
    ("永兴村获评全省文明村。", "GPE", "永兴村"),
    ("白鹤镇红星兴村新建文化广场。", "GPE", "白鹤镇红星兴村"),
    ("城关中学教师李红梅扎根乡村。", "PERSON", "李红梅"),
    ("授予朴英子等12位同志“优秀教师”称号。", "PERSON", "朴英子"),  # 朴, a Korean Chinese surname
    # surnames of the register the list had left out (傅, 冀)
    ("授予傅志刚等12位同志“优秀教师”称号。", "PERSON", "傅志刚"),
    # 普, a Yi and Hani surname of Yunnan
    ("授予普丽芬等12位同志“优秀调解员”称号。", "PERSON", "普丽芬"),
    ("教师傅晓红荣获一等奖。", "PERSON", "傅晓红"),
    ("村民冀文博被评为致富能手。", "PERSON", "冀文博"),
    # a name after an age and 的, named again in the text: three characters where the three repeat
    ("71岁的朱德兴已经骑着电瓶车出了门。朱德兴是退休教师。", "PERSON", "朱德兴"),
    ("今年58岁的段玉芬戴上老花镜。段玉芬说，这是她的心愿。", "PERSON", "段玉芬"),
    # ... or named once, then 是 (a profile's opening), jieba reading a surname and a given name (李|振华)
    ("今年56岁的李振华是西沟村党支部书记，1986年入伍。", "PERSON", "李振华"),
    ("今年47岁的刘建平是合作社理事长。", "PERSON", "刘建平"),
    # ... or a name at a clause's start or after a post, then the person's age (张明今年43岁, 理事长刘建平今年46岁)
    ("张明今年43岁，从警19年，是同事们口中的“拼命三郎”。", "PERSON", "张明"),
    ("合作社理事长刘建平今年46岁，带领社员经营楠竹基地。", "PERSON", "刘建平"),
    ("段志强今年46岁，从事养殖技术工作20年。", "PERSON", "段志强"),  # 段|志强 q nrfg: the given name says so
    # a name after a post at a line's end (a headline's …专业教师顾海峰)
    ("一把焊枪焊出精彩人生——记县职业技术学校焊接专业教师顾海峰\n", "PERSON", "顾海峰"),
    # a county called by its name alone, where the article also writes it in full
    ("沭阳县商务局开展工作。早在2015年，沭阳就被确定为示范县。", "GPE", "沭阳"),
    ("浏阳市工商联召开会议。\n浏阳5家民企上榜。", "GPE", "浏阳"),
    # a rank after a place's last character before a body's abbreviation (江州|市残联, 云州|市妇联) is no class
    ("县残联获评江州市残联系统先进集体。", "ORG", "市残联"),
    ("县妇联获评云州市妇联系统先进集体。", "ORG", "市妇联"),
]


@pytest.mark.parametrize("text,label,expected", ROWS, ids=[f"{r[1]}-{r[2]}" for r in ROWS])
def test_rule_entities(text, label, expected):
    article = extract(text + "今年以来共开展活动12场次。")
    found = {(e.label, e.text) for e in article.entities}
    assert (label, expected) in found


@pytest.mark.parametrize("text", ["实现市镇社区村四级联动，开展活动。", "聚焦推动家庭教育促进法落地，文明家庭评选。"])
def test_no_entities_from_common_phrases(text):
    labels = {(e.label, e.text) for e in extract(text).entities}
    assert ("GPE", "实现市镇社区村") not in labels
    assert not any(label == "PERSON" for label, _ in labels)


@pytest.mark.parametrize("text,absent", [
    ("青山区获评全国文明城区。", ("ORG", "青山区获评全国文明城区")),  # an organisation never runs across a verb
    ("城区新建公园3个。", ("GPE", "城区")),  # a county name that is a common word
    ("新城区开展活动。新城建设加快推进。", ("GPE", "新城")),  # a district's name alone is no stem
    ("沭阳县开展活动。沭阳人热情好客。", ("GPE", "沭阳")),  # a word goes on after it
    ("早在2015年，沭阳就被确定为示范县。", ("GPE", "沭阳")),  # the article never writes 沭阳县
    ("实现市镇社区村四级联动。", ("GPE", "实现市镇")),
    ("全厂职工荣获先进集体。", ("PERSON", "荣获")),
    ("东湖社区居委会开展活动。", ("ORG", "区居委会")),  # a one-character rank inside a word (社区) opens no body
    # a notice's addressees: a rank after 各, or two ranks together, name every body of a kind, no one body
    ("各乡镇人民政府、街道办事处，县直各有关单位：", ("ORG", "镇人民政府")),
    ("各县区妇联，市直各单位：", ("ORG", "区妇联")),
    ("各市州妇联，省直有关单位：", ("ORG", "州妇联")),
    ("经各县妇联推荐，评出最美家庭10户。", ("ORG", "县妇联")),
    # a verb, then a word that a village's suffix ends (做好|农村): no village, the clause's words
    ("（四）做好农村饮水安全保障\n完成农村供水管网改造5.8公里。", ("GPE", "做好农村")),
    ("全年完成农村户厕改造860户。", ("GPE", "完成农村")),
    # 州 between a place's first character and another rank ends the place's name (岚州|市总工会), no body's rank
    ("岚州市总工会授予王芳“五一劳动奖章”。", ("ORG", "州市总")),
    ("中共衢州市委、衢州市人民政府联合表彰。", ("ORG", "州市委")),
    ("红星社区服务中心成立于2015年。", ("ORG", "区服务中心")),  # a verb after a post, which jieba tags as a name
    ("“我们服气。”当事人汪师傅说。", ("PERSON", "师傅")),  # a form of address before a speech verb names nobody
    ("年轻医生王辉说，现在能独立判断。", ("PERSON", "王辉说")),  # the speech verb after a post's name is no part of it
    ("校长陈在会上作了讲话。", ("PERSON", "陈在会")),  # 在 after a post, with no name before it, ends none
    # a common word before 在 or 作 after a post is no name (会员|单位在, 队员|马上在, 职工|方面作为)
    ("我县红十字会会员单位在全市应急救护技能大赛中荣获团体一等奖。", ("PERSON", "单位")),
    ("队员马上在现场展开救援。", ("PERSON", "马上")),
    ("全体会员单位作出郑重承诺。", ("PERSON", "单位")),
    ("职工方面作为重点。", ("PERSON", "方面")),
    ("“真不容易。”李大姐表示。", ("PERSON", "大姐")),
    ("72岁的心脏骤停患者被救回。", ("PERSON", "心脏骤")),  # no surname, named once: nobody
    # a heading's verb before a community word opens a line of work on it, no community's name
    ("（四）加强社区工作\n全年走访困难家庭86户。", ("GPE", "加强社区")),
    ("三、规范社区矫正\n全年接收矫正对象56名。", ("GPE", "规范社区")),
    # a common noun and a verb of thriving before the village word make a slogan, no village's name
    ("文化兴村：建成村史馆1个，开展文艺演出12场。", ("GPE", "文化兴村")),
    ("深入实施“巾帼强村”行动，带动妇女增收。", ("GPE", "巾帼强村")),
    ("（三）旅游富村\n全年接待游客3.5万人次。", ("GPE", "旅游富村")),
    # a verb of going to or staying in a place before a community, village or township word says where someone works
    ("王秀英，女，社区党支部书记。扎根社区工作十四年，帮助居民解决难题120余件。", ("GPE", "扎根社区")),
    ("志愿服务队常年活跃，服务社区居民3000人次。", ("GPE", "服务社区")),
    # a demonstrative opens no place's name (这家|由社区…开办的食堂)
    ("这家由社区开办的食堂去年被评为示范点。", ("GPE", "这家由社区")),
    # the start of a longer word, named again as the same word (党员志|愿者)
    ("56岁的党员志愿者李华坚持服务。党员志愿者们都很佩服他。", ("PERSON", "党员志")),
    ("45岁的高级技师王强带徒授艺，高级技师的手艺远近闻名。", ("PERSON", "高级技")),
    ("32岁的指导教师带队参赛，指导教师们很辛苦。", ("PERSON", "指导教")),
    ("今年52岁的王师傅是一名焊工。", ("PERSON", "王师傅")),  # a surname and a form of address, no name
    ("今年72岁的老人是村里的五保户。", ("PERSON", "老人是")),
    ("王师傅今年52岁，是一名焊工。", ("PERSON", "王师傅")),  # a form of address before the age, no name
    ("全村今年80岁以上老人有56人。", ("PERSON", "全村")),
    ("张家今年60岁的老人有3位。", ("PERSON", "张家")),  # an age before whom it describes (…岁的老人)
    # jieba cuts 张赛|虎作, a name's last character glued to the verb after it: 作 after a name ends it
    ("镇党委书记张赛虎作了讲话。", ("PERSON", "张赛")),
    # a word no name is that opens with the surname 普 (普惠, 普法), and what opens with it
    ("【广告】职工普惠卡办理咨询：0797-8121234", ("PERSON", "普惠卡")),
    ("县司法局局长普法宣传讲话。", ("PERSON", "普法")),
])
def test_rule_entities_are_not_read_from_common_phrases(text, absent):
    assert absent not in {(e.label, e.text) for e in extract(text).entities}


@pytest.mark.parametrize("stem,plausible", [("石桥", True), ("实现市", False), ("全县", False), ("东湖", True), ("这家由", False)])
def test_plausible_place_stems(stem, plausible):
    from extractor.stages.entities import plausible_place_stem

    assert plausible_place_stem(stem) == plausible


@pytest.mark.parametrize(
    "name,level",
    [("潍坊市", "prefectural"), ("昌邑市", "county"), ("山东省", "provincial"), ("山东", "provincial"),
     ("上海市", "provincial"), ("黄浦区", "county"), ("凉山彝族自治州", "prefectural"), ("江油市", "county")],
)
def test_gazetteer_ranks(name, level):
    assert gazetteer.lookup(name).level == level


@pytest.mark.parametrize(
    "name,full",
    [("秀山县", "秀山土家族苗族自治县"), ("松桃县", "松桃苗族自治县"), ("龙胜县", "龙胜各族自治县"),
     ("张家川县", "张家川回族自治县"), ("双江县", "双江拉祜族佤族布朗族傣族自治县")],
)
def test_an_autonomous_county_by_its_place_name_and_xian(name, full):
    assert gazetteer.lookup(name).name == full


@pytest.mark.parametrize(
    "name,full",
    # an autonomous prefecture by its place name, every people's name off (红河哈尼族彝族自治州: not 红河哈尼族 once 彝族
    # came off); the name alone and with 州, as a title's issuer writes it
    [("红河", "红河哈尼族彝族自治州"), ("德宏", "德宏傣族景颇族自治州"), ("阿坝", "阿坝藏族羌族自治州"),
     ("海西", "海西蒙古族藏族自治州"), ("巴音郭楞", "巴音郭楞蒙古自治州"), ("克孜勒苏", "克孜勒苏柯尔克孜自治州"),
     ("大理", "大理白族自治州")],
)
def test_an_autonomous_prefecture_by_its_place_name(name, full):
    assert gazetteer.lookup(name).name == full


@pytest.mark.parametrize("text,level", [
    ("王小明获评红河州优秀教师。", "prefectural"),
    ("县林草局草原监理站被评为阿坝州草原生态保护建设先进集体。", "prefectural"),
])
def test_a_title_of_an_autonomous_prefecture_by_its_short_name(text, level):
    assert [h.level for h in extract(text).honors] == [level]


def test_a_county_s_own_name_is_no_autonomous_county_s():
    assert gazetteer.lookup("花垣县").name == "花垣县" and gazetteer.lookup("张家县") is None


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A spaCy zh pipeline with an `ner` component, built and saved here: the loading path of
    `--model` is exercised exactly as for zh_core_web_sm, without the package."""
    nlp = spacy.blank("zh")  # character segmentation: needs no jieba
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "FAC", "pattern": [{"TEXT": ch} for ch in "星海音乐厅"]}])
    path = tmp_path_factory.mktemp("model") / "xf_tiny_zh"
    nlp.meta["name"] = "tiny_test_ner"
    nlp.to_disk(path)
    return path


def test_installed_model_adds_its_entities(tiny_model):
    text = "市妇联在星海音乐厅举办专题讲座12场次，覆盖妇女群众3000余人。"
    with_model = Extractor(ExtractorConfig(model=str(tiny_model))).extract_text(text, id="m")
    without = Extractor(ExtractorConfig(model="none")).extract_text(text, id="m")
    model_ents = [e for e in with_model.entities if e.source != "rules"]
    assert [(e.text, e.label) for e in model_ents] == [("星海音乐厅", "FAC")]
    assert model_ents[0].source.endswith("tiny_test_ner")
    assert not [e for e in without.entities if e.source != "rules"]
    assert with_model.claims == without.claims  # NER adds entities; it never changes the facts


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(errors.ModelNotFound) as raised:
        Extractor(ExtractorConfig(model=str(tmp_path / "no-such-model")))
    assert "--model none" in str(raised.value)


def test_auto_runs_without_zh_core_web_sm():
    assert not spacy.util.is_package("zh_core_web_sm")
    article = Extractor(ExtractorConfig(model="auto")).extract_text("市妇联开展宣讲12场次。", id="a")
    assert all(e.source == "rules" for e in article.entities)


def test_doc_ents_are_the_rule_entities_on_whole_tokens(extractor):
    """doc.ents and doc.spans["xf_entities"] hold each mention widened to whole tokens, as
    Doc.char_span(alignment_mode="expand") would; tokens outside them are left unannotated."""
    text = "昌邑市妇联开展活动。\n围子街道孙斜村获评美丽庭院，汲淑艳家庭获评最美家庭，仪式在开元广场举行。"
    doc = extractor.nlp(text)
    expected = [doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand") for e in doc._.xf_entities]
    assert [(s.start, s.end, s.label_) for s in doc.spans["xf_entities"]] == [(s.start, s.end, s.label_) for s in expected]
    assert [(s.start, s.end, s.label_) for s in doc.ents] == [(s.start, s.end, s.label_) for s in expected]
    assert {"ORG", "GPE", "LOC", "PERSON"} <= {s.label_ for s in doc.ents}
    outside = [t for t in doc if not t.ent_type_]
    assert outside and all(t.ent_iob_ == "" for t in outside)
