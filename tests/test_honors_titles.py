"""The title grammar (`extractor/stages/titles.py`, words in `honors.titles.tsv`): where a title ends,
what is left out of it, how a list of titles splits, what is not one. Sentences written for these tests."""
import pytest

from extractor.stages import honors, titles


@pytest.fixture(scope="module")
def words():
    return honors._words().titles


def _text(norm, span):
    return None if span is None else norm[span[0]:span[1]]


CLEAN = [  # the stretch after the verb -> the title as written
    ("“全国三八红旗手”称号", "全国三八红旗手"),
    ("合唱类一等奖（指导教师：汪春燕、鲍晓东）", "合唱类一等奖"),  # who coached the winners is no part of the title
    ("全市青少年机器人竞赛一等奖(指导老师:李明)", "全市青少年机器人竞赛一等奖"),
    ("了全省五一劳动奖章", "全省五一劳动奖章"),
    ("全国文明家庭等荣誉称号", "全国文明家庭"),
    ("“全国自强模范”等各级荣誉二十余项", "全国自强模范"),  # what the tail says of the titles: their count
    ("“全国劳动模范”等3项荣誉称号", "全国劳动模范"),
    ("第三批全国乡村治理示范村名单", "第三批全国乡村治理示范村"),
    ("2024年度“最美云岫人”名单及简要事迹", "2024年度“最美云岫人”"),  # the list's and its stories' words: no title's
    ("第四届青岚县道德模范名单及主要事迹", "第四届青岚县道德模范"),
    ("潍坊市妇联“最受欢迎的服务项目”", "潍坊市妇联“最受欢迎的服务项目”"),
    ("“ 新时代好少年”", "新时代好少年"),
    ("称号", None),
    ("市劳动模范称号后", "市劳动模范"),
    ("全省技能大赛一等奖后", "全省技能大赛一等奖"),
    ("“全国税务系统先进集体”后", "全国税务系统先进集体"),  # after a closing quote too
    ("“全国文明单位”之后", "全国文明单位"),
    ("“全国科普工作先进集体”“全省优秀学会”等20余项荣誉", "“全国科普工作先进集体”“全省优秀学会”"),
    ('"全省十大杰出青年"的荣誉称号', "全省十大杰出青年"),  # straight quote marks, as web pages have them
    ("共产生“最美家庭”", "最美家庭"),  # a total's verb before the title
    ('"优秀"志愿者', '"优秀"志愿者'),  # quote marks that do not hold the whole title stay
    # a list longer than one title may be: each of its titles is held to that length
    ("全国巾帼建功先进集体工作优秀组织单位、湖南省妇联系统先进集体、长沙市妇女工作目标管理考核优秀单位和望城区年度先进单位",
     "全国巾帼建功先进集体工作优秀组织单位、湖南省妇联系统先进集体、长沙市妇女工作目标管理考核优秀单位和望城区年度先进单位"),
    ("全市深入推进新时代文明实践中心建设工作并在全省新时代文明实践中心建设工作现场会上作为优秀单位作交流发言", None),
]


@pytest.mark.parametrize("stretch,title", CLEAN, ids=[c[0] for c in CLEAN])
def test_clean(words, stretch, title):
    assert _text(stretch, titles.clean(stretch, 0, len(stretch), words)) == title


SPLIT = [  # a list of titles splits only when every part is a title of its own
    ("全国文明单位、全省平安街道和全市社区治理示范街道", ["全国文明单位", "全省平安街道", "全市社区治理示范街道"]),
    ("“省级先进集体”“市级文明单位”", ["省级先进集体", "市级文明单位"]),
    ("团队银奖、铜奖和光荣奖", ["团队银奖", "铜奖", "光荣奖"]),
    ("省级文明村和市级卫生村", ["省级文明村", "市级卫生村"]),
    ("优秀教师、优秀班主任等", ["优秀教师", "优秀班主任"]),
    ("市职工合理化建议和先进操作法优秀成果", ["市职工合理化建议和先进操作法优秀成果"]),  # 和 inside one title
    ("省级和市级“美丽庭院示范社区”", ["省级和市级“美丽庭院示范社区”"]),  # 省级 alone names no title
    # quoted titles side by side are items of the list, and a title that shares the one before's stem
    ("“绵阳好人”“绵阳市道德模范”及提名奖", ["绵阳好人", "绵阳市道德模范", "提名奖"]),
    ("“新时代好少年”、“书香家庭”", ["新时代好少年", "书香家庭"]),
    ("全国五一劳动奖状和奖章", ["全国五一劳动奖状", "奖章"]),
    ("全省文化和旅游工作先进集体", ["全省文化和旅游工作先进集体"]),  # 全省文化 names no title by its level
    ("全市文明单位以及全市平安建设先进集体", ["全市文明单位", "全市平安建设先进集体"]),  # 以及 is one list word
    # parts of a 、 list named by the rank that issues them, titled or not
    ("全省工会系统先进集体、全市工会工作目标考核一等奖单位", ["全省工会系统先进集体", "全市工会工作目标考核一等奖单位"]),
    # ... or by the place that issues them (江苏省社区医院), the last item a pair of titles of their own
    ("全国基层卫生健康便民惠民服务举措推广单位、江苏省社区医院、南通市巾帼文明岗、南通市群众满意的基层医疗卫生机构和如皋市五一劳动奖状",
     ["全国基层卫生健康便民惠民服务举措推广单位", "江苏省社区医院", "南通市巾帼文明岗", "南通市群众满意的基层医疗卫生机构",
      "如皋市五一劳动奖状"]),
    ("江苏省残疾人就业创业示范基地和徐州市扶残助残爱心单位", ["江苏省残疾人就业创业示范基地", "徐州市扶残助残爱心单位"]),
    ("江苏省文化和旅游工作先进集体", ["江苏省文化和旅游工作先进集体"]),  # 旅游工作先进集体 opens with no place
    ("江苏省农业农村厅和南京市农业农村局表彰的“先进乡镇”", ["江苏省农业农村厅和南京市农业农村局表彰的“先进乡镇”"]),  # issuers
]


@pytest.mark.parametrize("stretch,parts", SPLIT, ids=[s[0][:12] for s in SPLIT])
def test_split(words, stretch, parts):
    assert [_text(stretch, p) for p in titles.split(stretch, (0, len(stretch)), words)] == parts


COUNTED = [  # titles each followed by the count that receives them
    ("县三八红旗集体8个、三八红旗手15人、优秀妇女工作者6人", [("县三八红旗集体", "8个"), ("三八红旗手", "15人"), ("优秀妇女工作者", "6人")]),
    ("五好家庭、最美家庭等40户", [("五好家庭", "40户"), ("最美家庭", "40户")]),
    ("优秀教师、优秀教育工作者等荣誉称号的共有300余人", [("优秀教师", "300余人"), ("优秀教育工作者", "300余人")]),
    ("五一劳动奖状3个、工人先锋号5个", [("五一劳动奖状", "3个"), ("工人先锋号", "5个")]),
    ("活动,共有50名", []),  # a count across a clause belongs to something else
    ("2023年度的工作", []),  # a year counts nothing
    ("“新时代好少年”2名,“书香家庭”3户", [("新时代好少年", "2名"), ("书香家庭", "3户")]),  # quoted: titles
    ("“阳光少年”2名", [("阳光少年", "2名")]),
    ("2023年度全县安全生产先进单位12个、先进个人30名",  # an edition inside the title is no count
     [("2023年度全县安全生产先进单位", "12个"), ("先进个人", "30名")]),
    ("河长制工作站2个", []),  # no head word, marker, level or quote marks: not read as a title
]


@pytest.mark.parametrize("stretch,pairs", COUNTED, ids=[c[0][:12] for c in COUNTED])
def test_counted(words, stretch, pairs):
    got = [(_text(stretch, c.title), _text(stretch, c.receiver)) for c in titles.counted(stretch, 0, len(stretch), words)]
    assert got == pairs


CONFERRED = [  # after a verb that confers a title by itself, a part need not name itself one
    ("县级河长制工作站2个", [("县级河长制工作站", "2个")]),
    ("市技能大师工作室1个、市级巾帼文明岗3个", [("市技能大师工作室", "1个"), ("市级巾帼文明岗", "3个")]),
]


@pytest.mark.parametrize("stretch,pairs", CONFERRED, ids=[c[0][:12] for c in CONFERRED])
def test_counted_after_a_verb_that_confers(words, stretch, pairs):
    found = titles.counted(stretch, 0, len(stretch), words, conferred=True)
    assert [(_text(stretch, c.title), _text(stretch, c.receiver)) for c in found] == pairs


MEMBERSHIP = [  # a body one is selected into, named by its level alone, is no title
    ("国家队", True), ("省级专家库", True), ("全市青年人才库", True),
    ("全省优秀运动队", False), ("“青春突击队”", False), ("省级卫生村", False),
]


@pytest.mark.parametrize("title,membership", MEMBERSHIP, ids=[m[0] for m in MEMBERSHIP])
def test_membership(words, title, membership):
    assert titles.is_membership(title, words) == membership


KINDS = [  # (title, titled, category, rank only, not a title)
    ("全国最美家庭", True, False, False, False),
    ("江油好人", True, False, False, False),
    ("网格之星", True, False, False, False),
    ("一等奖", True, False, True, False),
    ("一、二、三等奖", True, False, True, False),
    ("全省技能大赛一等奖", True, False, False, False),
    # a place in a contest's order: bare (团体第一名, 个人赛第二名), a title only with the event it ranks in, as 一等奖 is;
    # after the event (乒乓球男子组单打第一名), one of its own; a rank among places (全省第一名) is none
    ("团体第一名", True, False, True, False),
    ("个人赛第二名", True, False, True, False),
    ("团体总分第三名", True, False, True, False),
    ("乒乓球男子组单打第一名", True, False, False, False),
    ("全省第一名", False, False, False, False),
    ("市第二名", False, False, False, False),
    ("全镇第一名", False, False, False, False),
    ("全县乡镇综合考核第一名", False, False, False, False),  # an appraisal's rank (review 64)
    ("团体总分第一名", True, False, True, False),
    ("团体冠军", True, False, True, False),  # a champion, bare: with the event it ranks in
    # a place padded apart to align a results page's lines (冠　军：县公安局代表队) is the place; no other padded word is a
    # title (标　兵: a header cell)
    ("冠　军", True, False, True, False),
    ("拔河比赛亚　军", True, False, False, False),
    ("标　兵", False, False, False, False),
    ("拔河（混合组）冠军", True, False, False, False),
    ("销量冠军", False, False, False, True),  # a market's rank
    ("各级荣誉", False, True, False, False),
    ("全国和省级五一劳动奖", True, True, False, False),
    ("省级财政支持", False, False, False, True),
    ("群众的一致好评", False, False, False, True),
    ("县委、县政府各项先进表彰", True, False, False, False),  # a commendation named by its kind
    ("市政府表彰", False, False, False, True),
    ("各级党委的各项优秀表彰", True, True, False, True),  # every level's: no one issuer
    ("省级卫生村", False, False, False, False),  # named by its level only: a title after some verbs
    ("省级、市级优秀志愿者", True, True, False, False),  # two levels joined: a class
    # a nation's title for its counties: one title, no class of levels
    ("全国县级文明城市提名城市", True, False, False, False),
]


@pytest.mark.parametrize("title,titled,category,rank_only,not_title", KINDS, ids=[k[0] for k in KINDS])
def test_what_a_title_is(words, title, titled, category, rank_only, not_title):
    assert titles.is_titled(title, words) == titled
    assert titles.is_category(title, words) == category
    assert titles.is_rank_only(title, words) == rank_only
    assert titles.not_a_title(title, words) == not_title


@pytest.mark.parametrize("title,bare", [("第十四届“中国青年志愿者优秀个人奖”", "中国青年志愿者优秀个人奖"),
                                        ("2023年度“江油好人”", "江油好人"), ("首批全国示范社区", "全国示范社区"),
                                        # a year, then the batch of it
                                        ("2023年第二批国家高新技术企业", "国家高新技术企业"),
                                        ("2024年度首批青岚县放心消费示范店", "青岚县放心消费示范店")])
def test_bare_title_starts_where_its_issuer_does(title, bare):
    assert titles.bare(title) == bare


JOINT = [
    ("2023年度全县供销系统先进集体和先进个人", True),  # a list of both under one heading
    ("全市科普工作先进单位及优秀个人", True),
    ("先进集体、先进个人", True),
    ("全县供销系统先进个人", False),  # one person's title
    ("全县供销系统先进集体", False),  # one body's
    ("文明单位标兵", False),  # a model body: the body's word before its head, no conjunction
    ("全国三八红旗集体", False),
]


@pytest.mark.parametrize("title,joint", JOINT, ids=[j[0] for j in JOINT])
def test_joint(words, title, joint):
    assert titles.is_joint(title, words) is joint
