"""Script: OpenCC is not run on a text it cannot change. `script.changes.tsv` lists what t2s can
change (read from OpenCC's own dictionaries); a text with none of it is its own simplified form."""
import json
import os
import subprocess
import tempfile
from pathlib import Path

import opencc
import pytest

from extractor import lexicon
from extractor.text import script
from extractor.text.decode import decode

from .conftest import CORPUS, corpus_ids

_SHARE = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
_DICT_TOOL = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"


def _t2s_entries() -> list[tuple[str, str]]:
    """(key, the value t2s writes) of every dictionary t2s reads: the first value is the one
    OpenCC converts to (`DictEntry::GetDefault`)."""
    config = json.loads((_SHARE / "t2s.json").read_text(encoding="utf-8"))

    def files(node):
        if isinstance(node, dict):
            if node.get("type") == "ocd2":
                yield node["file"]
            for value in node.values():
                yield from files(value)
        elif isinstance(node, list):
            for value in node:
                yield from files(value)

    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in files(config):
            out = Path(tmp) / f"{name}.txt"
            subprocess.run([str(_DICT_TOOL), "-i", str(_SHARE / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True)
            for line in out.read_text(encoding="utf-8").splitlines():
                if line:
                    key, values = line.split("\t")
                    entries.append((key, values.split(" ")[0]))
    return entries


def expected_rows() -> list[tuple[str, str, str]]:
    """What `script.changes.tsv` must hold for the installed OpenCC: every character that t2s turns
    into another by itself, and every longer key it changes that holds none of those characters."""
    entries = _t2s_entries()
    chars = {key for key, value in entries if len(key) == 1 and value != key}
    phrases: dict[str, set[str]] = {}  # phrase -> the characters t2s changes in it
    for key, value in entries:
        if len(key) > 1 and value != key and not chars & set(key):
            changed = {a for a, b in zip(key, value) if a != b} if len(key) == len(value) else set(key)
            phrases.setdefault(key, set()).update(changed)
    ordered = sorted(chars)
    runs = ["".join(ordered[i:i + _RUN]) for i in range(0, len(ordered), _RUN)]
    return ([(opencc.__version__, "opencc_version", "")] + [(run, "chars", "") for run in runs]
            + [(p, "phrase", "".join(sorted(phrases[p]))) for p in sorted(phrases)])


_RUN = 64  # characters a row: five thousand rows would take 50 ms to load


@pytest.mark.skipif(not _DICT_TOOL.exists(), reason="this OpenCC build has no opencc_dict to read its dictionaries")
def test_the_lexicon_is_what_the_installed_opencc_can_change():
    rows = [(r["text"], r["kind"], r["changed"]) for r in lexicon.rows("script.changes")]
    if rows[0] != (opencc.__version__, "opencc_version", ""):
        pytest.skip("another OpenCC version than the lexicon's: every text is converted")
    if os.environ.get("XF_WRITE_SCRIPT_CHANGES"):  # rewrite the rows for a new OpenCC version
        path = lexicon.path_of("script.changes")
        header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        body = ["text\tkind\tchanged"] + ["\t".join(row).rstrip("\t") for row in expected_rows()]
        path.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    assert rows == expected_rows()


SAMPLES = [
    ("开展特色宣讲128场次,覆盖妇女群众", True),
    ("他反覆强调", False),  # 覆 alone stays, 反覆 becomes 反复
    ("会上沈默良久", False),
    ("沈阳市妇联", True),  # 沈 alone stays: a surname, a city
    ("這是一個測試", False),
    ("毛坏房", False),  # 坏 alone stays; t2s reads 毛坏 as 毛坯
    ("坏人坏事", True),
    ("𠀀字", False),  # a character beyond the BMP: converted, whatever it is
    ("", True),
]


@pytest.mark.parametrize("text,unchanged", SAMPLES, ids=[s[0] or "empty" for s in SAMPLES])
def test_texts_t2s_cannot_change(text, unchanged):
    # under another OpenCC version than the lexicon's nothing is taken as unchanged: every text is converted
    assert script._surely_unchanged(text) is (unchanged and script._changes() is not None)
    if unchanged:
        assert script._t2s().convert(text) == text


def test_the_working_copy_is_what_converting_every_text_gives(monkeypatch):
    texts = [decode((CORPUS / f"{i}.txt").read_bytes()).text for i in corpus_ids()] + [t for t, _ in SAMPLES]
    def fields(copy: script.WorkingCopy) -> tuple[str, str, int]:
        return copy.text, copy.script, copy.changed

    fast = [fields(script.working_copy(t)) for t in texts]
    monkeypatch.setattr(script, "_surely_unchanged", lambda text: False)
    assert fast == [fields(script.working_copy(t)) for t in texts]
