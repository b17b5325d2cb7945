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
