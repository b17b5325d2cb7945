"""The command line: one JSON Article per file, one clear line and a non-zero exit for bad input."""
from __future__ import annotations

import json
import re
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


# ---- one input layer: a page, a .jsonl dump, stdin and batch give the same Articles ----------------

PAGE = ROOT / "tests" / "data" / "county-news-page.html"


def batch_lines(*args, stdin: bytes | None = None):
    r = run("batch", *args, "-q", stdin=stdin)
    return r, r.stdout.decode().splitlines()


def test_a_web_page_gives_the_same_article_alone_and_in_batch(tmp_path):
    import gzip
    import hashlib

    alone = run(PAGE, "--compact")
    assert alone.returncode == 0, alone.stderr
    r, lines = batch_lines(PAGE)
    assert r.returncode == 0 and lines == [alone.stdout.decode().rstrip("\n")]
    article = json.loads(alone.stdout)
    assert len(article["claims"]) == 13 and len(article["honors"]) == 3
    meta = article["meta"]
    assert (meta["title"], meta["outlet"], meta["editors"], meta["reporters"]) == (
        "青禾县妇联扎实推进“巾帼暖家”行动", "青禾县妇联", ["林思远"], ["周晓岚"])
    assert meta["published_at"] == "2024-03-08T09:30:00"
    source = article["source"]
    assert source["sha256"] == hashlib.sha256(PAGE.read_bytes()).hexdigest()  # the file's bytes, not the text's
    text = source["text"]  # what the spans index, carried because it is not the file decoded
    for fact in article["claims"] + article["honors"]:
        assert text[fact["span"]["start"]:fact["span"]["end"]]
    assert all(text[c["span"]["start"]:c["span"]["end"]] == c["raw"] for c in article["claims"])
    # gzipped, or on standard input: the same Article but for what names it
    zipped = tmp_path / "county-news-page.html.gz"
    zipped.write_bytes(gzip.compress(PAGE.read_bytes()))
    for other in (run(zipped, "--compact"), run("-", "--compact", stdin=PAGE.read_bytes())):
        assert other.returncode == 0, other.stderr
        got = json.loads(other.stdout)
        assert got["claims"] == article["claims"] and got["meta"] == article["meta"]
        assert got["source"]["sha256"] == source["sha256"] and got["source"]["text"] == text


def test_a_jsonl_dump_keeps_each_rows_id_and_fields(tmp_path):
    rows = [{"id": "qh-001", "url": "http://example.org/qh/1", "title": "县团委志愿服务", "channel": "团委", "views": 88,
             "content": "县团委组织青年志愿者开展服务活动32次，服务群众1500余人次。"},
            {"id": "qh-002", "url": "http://example.org/qh/2", "content": "县科协举办科普讲座20场次。"}]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    alone = run(dump, "--text-field", "content")
    assert alone.returncode == 0, alone.stderr
    printed = alone.stdout.decode().splitlines()  # a .jsonl FILE prints JSON Lines
    r, lines = batch_lines(dump, "--text-field", "content")
    assert r.returncode == 0 and lines == printed
    first, second = map(json.loads, printed)
    assert (first["id"], second["id"]) == ("qh-001", "qh-002")
    assert first["source"]["fields"] == {"url": "http://example.org/qh/1", "title": "县团委志愿服务", "channel": "团委",
                                         "views": 88}
    assert first["meta"]["title"] == "县团委志愿服务" and first["source"]["text"] == rows[0]["content"]
    assert [c["value"] for c in first["claims"]] == [32, 1500]
    out = tmp_path / "out"
    assert run(dump, "--text-field", "content", "--out-dir", out).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["qh-001.json", "qh-002.json"]


def test_a_text_file_article_carries_no_text():
    article = json.loads(run(SEED, "--compact").stdout)
    assert article["source"]["text"] is None and article["source"]["fields"] is None


# ---- batch exit status ------------------------------------------------------------------------------


def test_batch_fails_on_a_missing_path_and_when_nothing_was_extracted(tmp_path):
    r = run("batch", tmp_path / "nonexist", "-q")
    assert r.returncode == 1 and b"nonexist" in r.stderr
    assert json.loads(r.stdout)["error"]["kind"] == "unreadable"  # it still has its line
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "content": "县妇联开展宣讲12场次。"}\n{"id": "b", "content": "培训300人次。"}\n', "utf-8")
    r = run("batch", dump)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "2 error (unreadable 2)" in err and "no input could be extracted" in err
    assert [json.loads(line)["id"] for line in r.stdout.decode().splitlines()] == ["a", "b"]  # rows keep their ids
    r = run("batch", dump, "--text-field", "content", "-q")
    assert r.returncode == 0, r.stderr


# ---- the help points inside the repository ---------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["batch"], ["eval"], ["export"], ["summary"], ["serve"], ["schema"]],
                         ids=["extract", "batch", "eval", "export", "summary", "serve", "schema"])
def test_help_names_xfacts_and_no_file_outside_the_repository(command):
    r = run(*command, "--help")
    assert r.returncode == 0, r.stderr
    text = r.stdout.decode()
    assert "shared/" not in text and "CONTRACT.md" not in text and "ANNOTATION.md" not in text
    assert text.startswith("usage: xfacts")
    for path in re.findall(r"\bdocs/[\w-]+\.md", text):
        assert (ROOT / path).exists(), path


def test_batch_pages_from_the_cache_show_the_same_text(tmp_path):
    """A cache hit has the Article but not its text: the page is still drawn on the text the spans index."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "seed.txt").write_bytes(SEED.read_bytes())
    (src / "page.html").write_bytes(PAGE.read_bytes())
    pages = []
    for n in range(2):
        html = tmp_path / f"html{n}"
        r = run("batch", src, "--out", tmp_path / f"{n}.jsonl", "--cache", tmp_path / "cache", "--html-dir", html, "-q")
        assert r.returncode == 0, r.stderr
        pages.append({p.name: p.read_bytes() for p in html.iterdir() if p.name != "index.html"})
    assert sorted(pages[0]) == ["page.html", "seed.html"] and pages[0] == pages[1]
    assert (tmp_path / "0.jsonl").read_bytes() == (tmp_path / "1.jsonl").read_bytes()


# ---- issue 12: bounded reading, names on the terminal, one file per article ----------------------


def test_a_device_is_refused_after_max_bytes():
    r = run("/dev/zero", "--max-bytes", "100000", "--model", "none", timeout=60)
    assert r.returncode == 1 and r.stderr.decode().startswith("error[too_large]: /dev/zero is more than 100,000 bytes")


def test_standard_input_of_zeros_is_refused_after_max_bytes(tmp_path):
    with open("/dev/zero", "rb") as zeros:
        r = subprocess.run([sys.executable, "-m", "extractor", "-", "--max-bytes", "100000", "--model", "none"],
                           cwd=ROOT, stdin=zeros, capture_output=True, timeout=60)
    assert r.returncode == 1 and r.stderr.decode().startswith("error[too_large]: standard input is more than")


@pytest.mark.parametrize("name,shown", [
    pytest.param("evil\x1b[2J\x1b]0;owned\x07.txt", "evil\\x1b[2J\\x1b]0;owned\\x07.txt", id="escape-sequences"),
    pytest.param("two\nlines.txt", "two\\x0alines.txt", id="newline"),
    pytest.param("rtl\u202etxt.exe.txt", "rtl\\u202etxt.exe.txt", id="bidi-override"),
])
def test_file_names_are_shown_escaped(tmp_path, name, shown):
    path = tmp_path / name
    path.write_bytes(b"no chinese here")
    r = run(path, "--model", "none")
    err = r.stderr.decode()
    assert r.returncode == 1 and err.count("\n") == 1 and shown in err
    assert not any(c in err.rstrip("\n") for c in "\x1b\x07\u202e\n")


def test_out_dir_never_writes_two_articles_to_one_file(tmp_path):
    for rel in ("a/x.txt", "b/x.txt", "c/Y.txt", "c/y.txt"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    # ids a/x.txt and b/x.txt (stems collide: relative paths), Y and y (which only case tells apart,
    # and some file systems do not)
    r = run(*(tmp_path / rel for rel in ("a/x.txt", "b/x.txt", "c/Y.txt", "c/y.txt")), "--out-dir", out,
            "--model", "none")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 and len({n.casefold() for n in names}) == 4
    assert "Y.json" in names and "y.json" not in names
