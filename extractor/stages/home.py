"""Where an article is at home: the area its reporting body serves, read from the places its header and
its first bodies name. Three rules of two stages ask it, each in its own way, and all three readings
live here, over the same places:

- `area`: the most local place the header names (来源：缙云县总工会 beside 浙江省, 丽水市), else the first
  body or place of the text that names one; None when two places share that rank (a header naming two
  counties names no one home). The claims stage asks whether a count told of 全省 or of another city is
  the body's own; the honours stage whether an honour went to another county.
- `first_county`: the first county, district or county-level city the text's bodies and places name.
- `ranks`: what a bare rank word means (`Home`): the 市 of the first city or county named, and whether
  it lies in an autonomous region (宁夏彭阳县: 全区 is 宁夏).

Each is read the first time a rule asks and kept: most articles ask none of them, or one."""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from . import gazetteer
from .entities import gazetteer_places


class Home(NamedTuple):
    """Where the article is at home: what a bare rank word means in it."""

    level: str | None  # what a bare 市 means: the rank of the first city or county named
    region: bool  # in an autonomous region (and no district of its own): 全区, 区级 mean the region


class HomeArea:
    """One article's home, asked by its rules. `named`: the spans of its bodies and places (GPE and
    ORG entities), in text order; `body_start`: where the header ends."""

    def __init__(self, norm: str, named: Sequence[tuple[int, int]], body_start: int = 0) -> None:
        self.norm = norm
        self.named = named
        self.body_start = body_start
        self._area: gazetteer.Place | None = None
        self._area_read = False
        self._county: gazetteer.Place | None = None
        self._county_read = False
        self._ranks: Home | None = None

    def area(self) -> gazetteer.Place | None:
        if not self._area_read:
            self._area_read = True
            found = _header_places(self.norm[:self.body_start])
            for a, b in self.named:
                if found:
                    break
                found = _places(self.norm[a:b])
            self._area = gazetteer.most_local(found)
        return self._area

    def first_county(self) -> gazetteer.Place | None:
        if not self._county_read:
            self._county_read = True
            self._county = next((place for a, b in self.named for place in _places(self.norm[a:b])
                                 if place.level == "county"), None)
        return self._county

    def ranks(self) -> Home:
        if self._ranks is None:
            self._ranks = _ranks(self.norm, self.named)
        return self._ranks


def _places(text: str) -> list[gazetteer.Place]:
    return [place for _, _, place in gazetteer_places(text) if place is not None]


def _header_places(header: str) -> list[gazetteer.Place]:
    """The places of the header that say whose the article is: its source line's (来源：缙云县总工会), else
    its first line's (宣城市烟草专卖局, the site), else all of them; not a contents line's (◆广德市局…,
    what the issue holds) where the source or the site names a place."""
    source = _SOURCE.search(header)
    first = _places(header.lstrip().split("\n", 1)[0])
    if source is not None and (found := _places(source.group(1))):
        # the more local of the two: 青田县人民政府网 reprinting 来源：丽水日报 is at home in 青田县
        return found + [p for p in first if p.level == "county" and all(f.level != "county" for f in found)]
    return first or _places(header)


def _ranks(norm: str, named: Sequence[tuple[int, int]]) -> Home:
    """The first city or county named: its 市 (a county-level city's own, else the prefecture's)."""
    for a, b in named:
        for _, name, place in gazetteer_places(norm[a:b]):
            if place and place.level != "provincial":
                region = place.province_code in gazetteer.AUTONOMOUS_REGIONS and not name.endswith("区")
                if place.level == "county":
                    if place.code[:2] in gazetteer.MUNICIPALITIES:
                        return Home("provincial", False)
                    if name.endswith("市"):
                        return Home("county", region)  # a county-level city's own 市
                    pref = gazetteer.parent_prefecture(place)
                    return Home(pref.level if pref else "prefectural", region)
                return Home(place.level, region)
    return Home(None, False)


# a header's source line: who published the article
_SOURCE = re.compile(r"(?:来源|信息来源|稿件来源|发布机构|发布单位)\s*[:：]\s*([^\n|｜　]+)")  # to the next field
