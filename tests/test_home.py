"""Stages: where an article is at home (`stages/home.py`), the one reading the claims and honours stages
ask: the most local place of the header, else of the first body named; the first county named; and
what a bare 市 or 全区 means. Spans are given as the entities stage gives them (bodies and places, in
text order), the header ending where the body starts."""
from __future__ import annotations

import pytest

from extractor.stages.home import Home, HomeArea


def _area(header: str, body: str, names: tuple[str, ...]) -> HomeArea:
    text = header + body
    spans, at = [], len(header)
    for name in names:  # each name at its first place in the body, after the one before
        at = text.index(name, at)
        spans.append((at, at + len(name)))
        at += len(name)
    return HomeArea(text, spans, len(header))


def _name(place) -> str | None:
    return place.name if place is not None else None


@pytest.mark.parametrize("header, body, names, expected", [
    # the header's most local place, whatever the body names first
    ("浙江省丽水市\n来源：缙云县总工会\n", "桐乡市妇联开展活动。", ("桐乡市妇联",), "缙云县"),
    # no place in the header: the first body that names one
    ("发布时间：2024-03-01\n", "近日，桐乡市妇联联合缙云县总工会开展活动。", ("桐乡市妇联", "缙云县总工会"), "桐乡市"),
    # a body naming no place is passed over
    ("", "区妇联联合缙云县总工会开展活动。", ("区妇联", "缙云县总工会"), "缙云县"),
    # a header naming two counties names no one home
    ("来源：缙云县 青田县\n", "缙云县总工会开展活动。", ("缙云县总工会",), None),
    # a city's report is at home in the city
    ("来源：丽水市妇联\n", "丽水市妇联开展活动。", ("丽水市妇联",), "丽水市"),
    # the source line's place, else the first line's (the site): not a contents line's (◆广德市局…)
    ("宣城市烟草专卖局\n来源：办公室　点击数：842\n【本期要目】\n◆广德市局开办烟农夜校\n", "市局召开会议。", (), "宣城市"),
    ("宣城市人民政府\n来源：广德市融媒体中心　作者：王芳\n", "广德市开展活动。", ("广德市",), "广德市"),
    ("青田县人民政府网\n来源：丽水日报　发布时间：2024-01-10\n", "丽水市委表彰先进。", (), "青田县"),  # a city's paper reprinted
    ("", "开展活动。", (), None),
])
def test_area_is_the_header_s_most_local_place_else_the_first_named(header, body, names, expected):
    assert _name(_area(header, body, names).area()) == expected


@pytest.mark.parametrize("body, names, expected", [
    ("丽水市妇联和缙云县总工会开展活动。", ("丽水市妇联", "缙云县总工会"), "缙云县"),
    ("桐乡市妇联开展活动。", ("桐乡市妇联",), "桐乡市"),  # a county-level city
    ("丽水市妇联开展活动。", ("丽水市妇联",), None),
])
def test_first_county_is_the_first_county_named(body, names, expected):
    assert _name(_area("", body, names).first_county()) == expected


@pytest.mark.parametrize("body, names, expected", [
    ("缙云县总工会开展活动。", ("缙云县总工会",), Home("prefectural", False)),  # its 市 is 丽水市
    ("桐乡市妇联开展活动。", ("桐乡市妇联",), Home("county", False)),  # a county-level city's own 市
    ("彭阳县妇联开展活动。", ("彭阳县妇联",), Home("prefectural", True)),  # in 宁夏: 全区 is the region
    ("朝阳区妇联开展活动。", ("朝阳区妇联",), Home("provincial", False)),  # in a municipality
    ("浙江省妇联开展活动。", ("浙江省妇联",), Home(None, False)),  # a province names no 市
])
def test_ranks_read_the_first_city_or_county_named(body, names, expected):
    assert _area("", body, names).ranks() == expected
