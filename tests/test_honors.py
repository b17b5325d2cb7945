"""Stage: honors. (sentence, expected (recipient, honor, level) triples)."""
import pytest

from extractor import extract

ROWS = [
    ("刘亦光家庭获评全国最美家庭。", [("刘亦光家庭", "全国最美家庭", "national")]),
    ("汲淑艳家庭获评山东省最美家庭、“爱心妈妈”结对关爱项目获评潍坊市妇联“最受欢迎的服务项目”。",
     [("汲淑艳家庭", "山东省最美家庭", "provincial"),
      ("“爱心妈妈”结对关爱项目", "潍坊市妇联“最受欢迎的服务项目”", "prefectural")]),
    ("张桂芳、刘建国和王小燕获评绵阳市“最美志愿者”。",
     [("张桂芳", "绵阳市“最美志愿者”", "prefectural"), ("刘建国", "绵阳市“最美志愿者”", "prefectural"),
      ("王小燕", "绵阳市“最美志愿者”", "prefectural")]),
    ("54个集体、家庭、项目及个人获评潍坊市级荣誉称号。", [("54个集体、家庭、项目及个人", "潍坊市级", "prefectural")]),
    ("3人被团省委评为“暖冬行动”优秀青年志愿者。", [("3人", "“暖冬行动”优秀青年志愿者", "provincial")]),
    ("昌邑市妇幼保健院儿童康复中心荣获昌邑市巾帼文明岗称号。", [("昌邑市妇幼保健院儿童康复中心", "昌邑市巾帼文明岗", "county")]),
    ("和平村被授予“江油市乡村振兴示范村”称号。", [("和平村", "江油市乡村振兴示范村", "county")]),
    ("镇中心小学被命名为双河镇“书香校园”。", [("镇中心小学", "双河镇“书香校园”", "township")]),
    ("授予中国电信肥东分公司等46个单位“合肥市五一劳动奖状”，授予王跃等100位同志“合肥市五一劳动奖章”。",
     [("中国电信肥东分公司等46个单位", "合肥市五一劳动奖状", "prefectural"),
      ("王跃等100位同志", "合肥市五一劳动奖章", "prefectural")]),
    ("命名王永常等100位同志为合肥市优秀工会工作者。", [("王永常等100位同志", "合肥市优秀工会工作者", "prefectural")]),
    ("5家单位和6项活动被中国科协表扬为全国科普日优秀组织单位、优秀活动。",
     [("5家单位", "全国科普日优秀组织单位", "national"), ("6项活动", "优秀活动", "national")]),
    ("曾获得“海南青年五四奖章”“全国民航优秀团干”等荣誉的单云鹏，长期致力于创新。",
     [("单云鹏", "海南青年五四奖章", "provincial"), ("单云鹏", "全国民航优秀团干", "national")]),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:10] for r in ROWS])
def test_honors(text, expected):
    honors = extract(text).honors
    got = [(h.recipient, h.honor, h.level) for h in honors]
    assert got == expected
    for h in honors:
        evidence = text[h.span.start:h.span.end]
        assert h.recipient in evidence and h.honor in evidence


@pytest.mark.parametrize(
    "text",
    ["「全国岗位学雷锋标兵」戴文辉来到社区开展活动。", "新当选的“五一奖”获得者走上前台。", "2支队伍获长三角科技志愿服务联盟表彰。",
     "全县共获得2金2铜。"],
)
def test_not_honors(text):
    assert extract(text).honors == []


def test_bare_city_in_a_municipality_is_provincial():
    text = "黄浦区总工会开展劳动竞赛。16名职工荣获2016年市五一劳动奖章，区总荣获市合理化建议工作优秀组织奖。"
    levels = {h.honor: h.level for h in extract(text).honors}
    assert levels == {"2016年市五一劳动奖章": "provincial", "市合理化建议工作优秀组织奖": "provincial"}
