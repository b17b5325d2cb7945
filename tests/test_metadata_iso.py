"""Metadata: a publication time is written as ISO 8601 by printf-style formatting; the same strings as
formatting each field by its spec (as before), full-width digits included."""
import itertools

import pytest

from extractor.stages import metadata


def _iso_by_spec(text: str) -> str | None:
    for pattern, order in metadata._DATETIME:
        m = pattern.search(text)
        if m:
            g = m.groups()
            y, mo, d = (g[0], g[1], g[2]) if order == "ymd" else (g[2], g[1], g[0])
            y, mo, d = int(y), int(mo), int(d)
            if not (1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
                return None
            date = f"{y:04d}-{mo:02d}-{d:02d}"
            if g[3] is None:
                return date
            return f"{date}T{int(g[3]):02d}:{int(g[4]):02d}:{int(g[5] or 0):02d}"
    return None


def _iso(text: str) -> str | None:
    for pattern, order in metadata._DATETIME:
        m = pattern.search(text)
        if m:
            return metadata._iso(m, order)
    return None


@pytest.mark.parametrize("text, iso", [
    ("发布时间：2023-7-5", "2023-07-05"),
    ("2023年12月28日 10:00", "2023-12-28T10:00:00"),
    ("2023/01/02 9:05:07", "2023-01-02T09:05:07"),
    ("５.６.２０２１", "2021-06-05"),
    ("1989-01-01", None),
])
def test_iso(text, iso):
    assert _iso(text) == iso


def test_iso_as_formatting_each_field_by_its_spec():
    years, days, clocks = ("2023", "１９９９", "2100"), ("1", "09", "３１", "12"), ("", " 9:05", " 23:59:07", " ８:０１")
    for y, mo, d, clock in itertools.product(years, days, days, clocks):
        for text in (f"{y}-{mo}-{d}{clock}", f"{d}.{mo}.{y}{clock}"):
            assert _iso(text) == _iso_by_spec(text), text
