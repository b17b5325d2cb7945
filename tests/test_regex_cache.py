"""text/regex.py: the rules' compiled patterns kept across processes, identical to `re.compile`'s."""
import re
import subprocess
import sys

import pytest

from extractor.text import regex

PATTERNS = [
    (r"(?P<num>\d++)(?:\.\d++)?(?P<unit>场次|人次|场|人)?", 0),
    (r"(?<=[\u4e00-\u9fff])[(（][a-z]{1,6}[)）]", 0),
    (r"^\s*+(?:[一二三四五六七八九十]+[、.．])?\s*+(.{4,40}?)\s*+$", re.M),
    ("""
        (?P<pre>超过|不少于|近)?   # a qualifier before
        (?P<n>[零一二两三四五六七八九十百千万]+)
     """, re.VERBOSE),
    (r"(?i)copyright|版权所有", 0),
]
TEXTS = ["今年开展宣讲128场次，培训2000人次", "就(jiu)业(ye)8.37万人", "一、强化技能培训\n  二、主要指标完成情况 \n",
         "不少于三百人，近两千", "Copyright © 2023 某某网 版权所有"]


def _matches(p: re.Pattern) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for t in TEXTS for m in p.finditer(t)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_pattern_built_from_the_cache_is_re_compiles(pattern, flags):
    expected = re.compile(pattern, flags)
    entry = regex._compiled(pattern, flags)
    import _sre

    rebuilt = _sre.compile(pattern, *entry)
    for p in (rebuilt, regex.compile(pattern, flags)):
        assert (p.pattern, p.flags, p.groups, p.groupindex) == (expected.pattern, expected.flags, expected.groups,
                                                               expected.groupindex)
        assert _matches(p) == _matches(expected)


CHILD = """
import sys
from extractor.text import regex
p = regex.compile(sys.argv[1])
print(regex._new, bool(p.search("开展宣讲128场次")))
"""


def _child(tmp_path, cache_dir: str) -> str:
    env = {"XF_CACHE_DIR": cache_dir, "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-c", CHILD, r"宣讲(\d+)场次"], capture_output=True, text=True, check=True,
                       cwd=tmp_path, env=env)
    return r.stdout.strip()


def test_a_second_process_compiles_nothing_the_first_compiled(tmp_path):
    cache = tmp_path / "cache"
    assert _child(tmp_path, str(cache)) == "1 True"  # compiled, and written at exit
    assert len(list(cache.glob("regex-*.marshal"))) == 1
    assert _child(tmp_path, str(cache)) == "0 True"  # built from the cache


def test_a_damaged_cache_is_ignored(tmp_path):
    cache = tmp_path / "cache"
    _child(tmp_path, str(cache))
    (path,) = cache.glob("regex-*.marshal")
    path.write_bytes(b"\x00not marshal at all")
    assert _child(tmp_path, str(cache)) == "1 True"


def test_the_cache_can_be_turned_off(tmp_path):
    assert _child(tmp_path, "off") == "1 True"
    assert _child(tmp_path, "off") == "1 True"
    assert not any(tmp_path.rglob("regex-*.marshal"))
