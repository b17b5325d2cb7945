"""The command line: one JSON Article per file, one clear line and a non-zero exit for bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import CORPUS, ROOT

SEED = CORPUS / "changyi-fulian-2023.txt"


def run(*args, stdin: bytes | None = None, timeout: float = 120):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=timeout)


def test_prints_the_seed_article():
    r = run(SEED)
    assert r.returncode == 0, r.stderr
    article = json.loads(r.stdout)
    assert article["id"] == "changyi-fulian-2023" and len(article["claims"]) == 27


def test_several_files_need_out_dir(tmp_path):
    files = [SEED, CORPUS / "xf-lanshan-kexie-big5.txt"]
    assert run(*files).returncode == 2
    r = run(*files, "--out-dir", tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changyi-fulian-2023.json", "xf-lanshan-kexie-big5.json"]


BAD = {
    "empty": (b"", "empty"),
    "binary": (bytes(range(256)) * 64, "binary"),
    "no-chinese": (b"Annual report: 128 sessions held, 15,000 people reached.\n", "no_chinese"),
    "undecodable": (b"\xff\xfe\xfd" * 2 + bytes([0x81, 0x30]) * 4 + b"\xa0\xa1" * 50, None),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_is_one_clear_line_and_exit_1(tmp_path, name):
    data, kind = BAD[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    r = run(path)
    assert r.returncode == 1
    lines = r.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error[") and "Traceback" not in r.stderr.decode()
    if kind:
        assert lines[0].startswith(f"error[{kind}]")
    assert r.stdout == b""


def test_one_bad_file_does_not_lose_the_others(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    r = run(SEED, tmp_path / "empty.txt", tmp_path / "missing.txt", "--out-dir", out)
    assert r.returncode == 1
    assert [p.name for p in out.iterdir()] == ["changyi-fulian-2023.json"]
    assert len(r.stderr.decode().strip().splitlines()) == 2


def test_gbk_html_and_stdin(tmp_path):
    text = SEED.read_text("utf-8")
    gbk = tmp_path / "seed-gbk.txt"
    gbk.write_bytes(text.encode("gb18030"))
    r = run(gbk)
    assert r.returncode == 0 and json.loads(r.stdout)["source"]["encoding"] == "gb18030"
    r = run("-", stdin=text.encode("utf-8"))
    assert r.returncode == 0 and len(json.loads(r.stdout)["claims"]) == 27
    html = tmp_path / "page.txt"
    html.write_text("<html><body><p>" + text.replace("\n", "</p>\n<p>") + "</p></body></html>", "utf-8")
    r = run(html)
    assert r.returncode == 0  # markup lines are page furniture; the article inside is still read


def test_large_input_is_refused_quickly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(("开展活动12场次。" * 10).encode() * 200_000)  # ~50 MB
    r = run(big, timeout=60)
    assert r.returncode == 1 and r.stderr.decode().startswith("error[too_large]")


def test_pathological_line_does_not_hang(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text("活动" + "1," * 100_000 + "余" * 100_000 + "“" * 50_000 + "获评" * 20_000 + "\n", "utf-8")
    r = run(path, "--compact", timeout=120)
    assert r.returncode == 0, r.stderr
    json.loads(r.stdout)


def test_help_explains():
    r = run("--help")
    assert r.returncode == 0 and b"--out-dir" in r.stdout and b"batch" in r.stdout
