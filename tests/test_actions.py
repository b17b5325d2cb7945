"""Stage: actions. Headings and openers, and which claims each governs."""
import pytest

from extractor import extract

ROWS = [
    (
        "今年以来，某市妇联实施巾帼建功“六大行动”。\n实施“红心向党”巾帼行动，强化政治引领。开展特色宣讲128场次。\n"
        "实施“家风文明”巾帼行动，弘扬时代新风。举办主题讲座20余场。",
        ["红心向党", "家风文明"],
        {128: "红心向党", 20: "家风文明"},
    ),
    (
        "某县残联工作总结\n一、主要指标完成情况\n全年新办理残疾人证1,126本，各项指标均超额完成。\n"
        "二、残疾人康复提升工程\n为542名残疾人适配辅助器具，组织巡诊19次。\n三、“助残就业”帮扶行动\n举办培训班9期。",
        ["残疾人康复提升工程", "助残就业"],
        {1126: None, 542: "残疾人康复提升工程", 19: "残疾人康复提升工程", 9: "助残就业"},
    ),
    (
        "某县关工委开展系列关爱活动。一是开展“红色薪火”宣讲活动，筑牢思想根基。开展宣讲86场。"
        "二是开展“护苗成长”关爱活动，守护留守儿童。结对帮扶困境儿童158名。三是加强自身建设。新建基层组织11个。",
        ["红色薪火", "护苗成长"],
        {86: "红色薪火", 158: "护苗成长", 11: None},
    ),
    (
        "某市妇联依托三大项目促进增收。\n一是妇女手工编织产业项目支撑妇女创业。举办技能培训班125期。"
        "二是妇女劳务培训输转项目支撑群众增收。输转妇女劳动力3000人。",
        ["妇女手工编织产业项目", "妇女劳务培训输转项目"],
        {125: "妇女手工编织产业项目", 3000: "妇女劳务培训输转项目"},
    ),
    (
        "某市慈善总会开展系列活动。\n“慈善工坊”是市慈善总会推出的就业帮扶品牌。目前已带动妇女就业320人。\n"
        "另外，全年接收社会捐款560万元。",
        ["慈善工坊"],
        {320: "慈善工坊", 5_600_000: None},
    ),
    (
        "某省妇联通过“锦绣计划”“巾帼脱贫行动”带动就业，让67.8万妇女成功脱贫。\n"
        "如“春风送岗位行动”各级妇联组织专场招聘会208场。",
        ["锦绣计划", "巾帼脱贫行动", "春风送岗位行动"],
        {678000: None, 208: "春风送岗位行动"},
    ),
]


@pytest.mark.parametrize("text,actions,claim_actions", ROWS, ids=["paragraph-headings", "section-headings",
                                                                 "openers", "unquoted-openers", "brand-is-subject",
                                                                 "inline-mentions"])
def test_actions_and_the_claims_they_govern(text, actions, claim_actions):
    article = extract(text)
    assert [a.name for a in article.actions] == actions
    got = {c.value: c.action for c in article.claims}
    for value, action in claim_actions.items():
        assert got[value] == action, value
    for a in article.actions:
        assert text[a.span.start:a.span.end] == a.name


def test_goal_is_read_from_the_heading():
    text = "实施“红心向党”巾帼行动，强化政治引领。共开展特色宣讲128场次。"
    (action,) = extract(text).actions
    assert action.goal == "强化政治引领"
