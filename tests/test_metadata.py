"""Stage: metadata. Header lines, dateline and bylines."""
import pytest

from extractor import extract

ARTICLE = """来源:齐鲁网
2023-06-19 18:07:06
·闪电新闻6月19日讯 今年以来,昌邑市妇联深入贯彻落实党的二十大精神,共开展特色宣讲128场次,覆盖妇女群众1.5万余人。
闪电新闻记者 王亮家 通讯员 夏晓飞 报道
"""


def test_seed_style_header():
    article = extract(ARTICLE)
    m = article.meta
    assert (m.outlet, m.published_at, m.dateline) == ("齐鲁网", "2023-06-19T18:07:06", "闪电新闻6月19日讯")
    assert m.reporters == ["王亮家"] and m.correspondents == ["夏晓飞"]
    assert article.organization == "昌邑市妇联"


@pytest.mark.parametrize(
    "header,published_at",
    [
        ("发布时间:2023-02-17 08:19", "2023-02-17T08:19:00"),
        ("2021年03月08日", "2021-03-08"),
        ("23.01.2017  20:09", "2017-01-23T20:09:00"),
        ("更新时间\n2006-02-27", "2006-02-27"),
        ("工作动态 2025-09-30 分享到:", "2025-09-30"),
    ],
)
def test_published_at(header, published_at):
    text = f"标题一行\n{header}\n今年以来，市妇联深入基层开展各类活动，共举办专题讲座12场次，覆盖群众2000余人。\n"
    assert extract(text).meta.published_at == published_at


def test_title_and_editors():
    text = "参政议政 妇联组织显身手\n本报讯(记者 李白蕾)今年以来，全市各级妇联组织积极引导妇女参政议政，共举办培训班368期，带动妇女就业。\n责任编辑:陆迪\n"
    m = extract(text).meta
    assert m.title == "参政议政 妇联组织显身手"
    assert m.dateline == "本报讯"
    assert m.reporters == ["李白蕾"] and m.editors == ["陆迪"]


BODY = "今年以来，{body}深入基层开展各类活动，共举办专题讲座12场次，覆盖群众2000余人。\n"

ORGANIZATIONS = [
    # the body the source line names; a department of it (办公室, 宣传文化部) cut to the body, given the fuller
    # name the text writes for it
    ("德州市残联召开年度工作会议\n发布时间：2024-01-10　来源：市残联办公室\n" + BODY.format(body="德州市残联"), "德州市残联"),
    ("常德市总工会表彰先进\n来源：市总工会劳动和经济工作部\n" + BODY.format(body="市总工会"), "常德市总工会"),
    # a news outlet or a department alone names no reporting body: the headline's opening body
    ("绍兴市慈善总会去年募集善款逾一亿元\n来源：绍兴日报\n" + BODY.format(body="市慈善总会"), "绍兴市慈善总会"),
    ("湖南省妇联表彰一批先进集体\n来源：组织联络部\n" + BODY.format(body="省妇联"), "湖南省妇联"),
    # else the body the text names most: not an issuer (被省妇联评为), a national body or the county's leadership
    ("工作动态\n在县委、县政府的正确领导下，县妇联全年开展活动86场。县妇联被全国妇联评为先进集体，县妇联被省妇联表彰。"
     "县妇联还组织培训班12期。\n", "县妇联"),
    # 本馆: the fuller name the text writes for it
    ("工作动态\n来源：本馆\n绩溪县图书馆开展全民阅读活动。今年以来，本馆共举办读书讲座24场。\n", "绩溪县图书馆"),
    # a source line that names no body (网络, 学习强国) or only 我局: the text's own body, or nothing
    ("工作动态\n来源：网络\n今年以来，县妇联深入基层开展活动12场，县妇联还组织培训。\n", "县妇联"),
    ("工作动态\n来源：我局\n今年以来，我局深入基层开展活动12场。\n", None),
    # a headline opened by the issuer (省妇联授予…) and a body that commends (县妇联表彰…): the commending body
    ("省妇联授予我县城关镇妇联“全省巾帼文明岗”称号\n发布时间：2024-03-01\n县妇联开展活动，县妇联组织培训12场。\n", "县妇联"),
    ("工作动态\n县妇联表彰10户最美家庭。县妇联授予王芳称号。城关镇妇联开展活动，城关镇妇联组织培训。\n", "县妇联"),
    # a department of a body within a body: the body nearest the department
    ("工作动态\n来源：县卫健局疾控中心办公室\n今年以来，县疾控中心开展培训12场。\n", "县卫健局疾控中心"),
    # a town reports on itself; a province or a county alone is no body (nothing rather than a wrong one)
    ("工作动态\n大河镇扎实推进乡村振兴，全年新建道路12公里。\n", "大河镇"),
    ("工作动态\n湖南省持续推进乡村振兴，全年新建道路1200公里。\n", None),
]


@pytest.mark.parametrize("text,organization", ORGANIZATIONS, ids=[str(r[1]) for r in ORGANIZATIONS])
def test_the_reporting_body(text, organization):
    assert extract(text).organization == organization
