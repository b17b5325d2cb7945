"""Property: any integer below 10^12, written out as a Chinese numeral, reads back as itself.

10,000 random integers per rendering (seeded: every run draws the same ones). Lengths are drawn
uniformly from 1 to 12 digits and each digit is zero one time in three, so skipped places (零),
empty groups (一亿零五) and round numbers (十万) all come up, not only twelve-digit numbers.
Renderings: the formal one (一千零一十八, 二), with 两 where it is said (两千, 两万, 一万两千), with 零十
(一千零十八), the financial one (壹仟零壹拾捌), and Arabic groups with 万/亿 (12亿0005万3000).
The reliability cases of issue 12 sit at the end.
"""
import json
import random
import time

import pytest

from extractor import quantities
from extractor.text import numerals

SAMPLES = 10_000
SEED = 20_240_901

_DIGITS = "零一二三四五六七八九"
_FINANCIAL = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "十", "百", "千")
_FINANCIAL_PLACES = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿")


def chinese(n: int, *, liang: bool = False, zero_ten: bool = False, financial: bool = False) -> str:
    """The numeral for 0 < n < 10^12, written out place by place."""
    digits, places = (_FINANCIAL, _FINANCIAL_PLACES) if financial else (_DIGITS, _PLACES)
    text = str(n)
    out: list[str] = []
    zero_pending = started = group_has_digit = False
    for i, ch in enumerate(text):
        power = len(text) - 1 - i
        place, group = power % 4, power // 4
        d = int(ch)
        if d == 0:
            zero_pending = zero_pending or started
        else:
            if zero_pending:
                out.append("零")
            one_ten = place == 1 and d == 1 and not financial
            if one_ten and (not started or (zero_pending and zero_ten)):
                out.append("十")  # 十二, 十万; 一千零十八 when written so
            else:
                at_head = not group_has_digit
                say_liang = liang and d == 2 and (place >= 2 or (place == 0 and group > 0 and at_head))
                out.append(("两" if say_liang else digits[d]) + places[place])
            zero_pending, started, group_has_digit = False, True, True
        if place == 0 and group > 0 and group_has_digit:
            out.append(_GROUPS[group])
        if place == 0:
            group_has_digit = False
    return "".join(out)


def arabic_groups(n: int) -> str:
    """12亿0005万3000: Arabic digits per group of four, zero-padded below the first group."""
    yi, wan, units = n // 10**8, n // 10**4 % 10**4, n % 10**4
    parts, higher = [], False
    for value, magnitude in ((yi, "亿"), (wan, "万"), (units, "")):
        if value:
            parts.append((f"{value:04d}" if higher else str(value)) + magnitude)
            higher = True
    return "".join(parts)


RENDERINGS = {
    "formal": chinese,
    "liang": lambda n: chinese(n, liang=True),
    "zero_ten": lambda n: chinese(n, zero_ten=True),
    "financial": lambda n: chinese(n, financial=True) + "元",  # financial numerals write sums of money
    "arabic_groups": arabic_groups,
}


def _draw(rng: random.Random) -> int:
    length = rng.randint(1, 12)
    digits = [rng.randint(1, 9)] + [0 if rng.random() < 1 / 3 else rng.randint(1, 9) for _ in range(length - 1)]
    return int("".join(map(str, digits)))


@pytest.mark.parametrize(
    "n,rendering,text",
    [(1018, "formal", "一千零一十八"), (1018, "zero_ten", "一千零十八"), (12, "formal", "十二"),
     (100_000_001, "formal", "一亿零一"), (100_010_000, "formal", "一亿零一万"), (22_000, "liang", "两万两千"),
     (220_000, "liang", "二十二万"), (1018, "financial", "壹仟零壹拾捌元"),
     (1_200_053_000, "arabic_groups", "12亿0005万3000")],
)
def test_the_renderings_write_what_people_write(n, rendering, text):
    assert RENDERINGS[rendering](n) == text


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_random_integers_read_back(rendering):
    rng = random.Random(f"{SEED}-{rendering}")
    render = RENDERINGS[rendering]
    mismatches = []
    for _ in range(SAMPLES):
        n = _draw(rng)
        text = render(n)
        found = quantities(text)
        if len(found) != 1 or found[0].value != n or (found[0].start, found[0].end) != (0, len(text)):
            mismatches.append((n, text, found))
    assert not mismatches[:5], f"{len(mismatches)} of {SAMPLES} misread"


# -- issue 12: values are finite, nothing overflows, the scan is linear --------------------------------

def test_a_count_of_hundreds_of_digits_is_too_large_not_infinite():
    q = quantities("服务" + "9" * 320 + "人")[0]
    assert q.kind == "too_large" and q.value == 0.0
    json.dumps([x._asdict() for x in quantities("9" * 400 + "至" + "9" * 401 + "人")], allow_nan=False)


@pytest.mark.parametrize("text", ["一" + "亿" * 5000, "一亿亿亿元", "亿" * 300, "1" + "亿" * 3000 + "元"])
def test_a_chain_of_yi_neither_overflows_nor_reads(text):
    assert [q for q in quantities(text) if q.kind not in ("too_large",)] == []


def test_shiwanwanwan_is_rejected_not_120000():
    assert quantities("十万万万人") == []
    assert numerals.parse("十万万万") is None


def test_beyond_the_bound_is_too_large():
    assert quantities("99999亿亿元")[0].kind == "too_large"
    assert quantities("一亿亿元")[0].value == 10**16  # the bound itself is still a value


def test_a_megabyte_of_digits_then_a_full_stop_scans_in_under_two_seconds():
    line = "9" * 1_000_000 + "."  # issue 12: 10k/20k/40k/80k digits took 0.9/3.2/12/48 s
    start = time.process_time()
    found = quantities(line)
    assert time.process_time() - start < 2
    assert [q.kind for q in found] == ["too_large"]


def _seconds(line: str) -> float:
    """CPU time, best of three runs: other load on the machine only ever slows a run down, and a
    process waiting for a core spends no CPU time."""
    times = []
    for _ in range(3):
        start = time.process_time()
        quantities(line)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("unit", ["1.", "一二", "余", "第", "负", "-", "1/", "三人", "近百", "@x.cn", "a.pdf"])
def test_pathological_lines_scan_in_linear_time(unit):
    """Four times the line, about four times the time (a quadratic scan would take sixteen), never long."""
    small = _seconds(unit * (10_000 // len(unit)))
    large = _seconds(unit * (40_000 // len(unit)))
    assert large < 8 * small + 0.05 and large < 5
