"""Batch inputs (extractor/inputs.py): discovery, ids, formats. No pipeline needed."""
from __future__ import annotations

import gzip
import io
import json

import pytest

from extractor.app import inputs
from extractor.contract import errors
from extractor.app.inputs import Task

ARTICLE = "今年以来，昌邑市妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人。"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def ids(discovery):
    return [f.id for f in discovery.files]


@pytest.mark.parametrize("name,stem,fmt,compressed", [
    ("a.txt", "a", "text", False),
    ("a.TXT", "a", "text", False),
    ("a.b.htm", "a.b", "html", False),
    ("a.html.gz", "a", "html", True),
    ("dump.jsonl.gz", "dump", "jsonl", True),
    ("rows.ndjson", "rows", "jsonl", False),
    ("notes.pdf", "notes", None, False),
    ("x.gz", "x", None, True),
])
def test_split_suffix(name, stem, fmt, compressed):
    assert inputs.split_suffix(name) == (stem, fmt, compressed)


def test_directory_walk_is_sorted_recursive_and_reports_other_files(tmp_path):
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.html", "<p>x</p>")
    write(tmp_path / "sub" / "c.txt.gz", gzip.compress(ARTICLE.encode()))
    write(tmp_path / "sub" / "notes.pdf", b"%PDF")
    write(tmp_path / "a.gold.json", "{}")
    write(tmp_path / ".hidden.txt", ARTICLE)
    d = inputs.discover([str(tmp_path)])
    assert ids(d) == ["a", "b", "c"]
    assert [f.format for f in d.files] == ["html", "text", "text"]
    assert d.files[2].compressed
    assert [p.rsplit("/", 1)[1] for p in d.ignored] == ["a.gold.json", "notes.pdf"]


def test_colliding_stems_get_relative_paths(tmp_path):
    write(tmp_path / "2023" / "report.txt", ARTICLE)
    write(tmp_path / "2024" / "report.txt", ARTICLE)
    write(tmp_path / "2024" / "report.html", "<p>x</p>")
    write(tmp_path / "other.txt", ARTICLE)
    d = inputs.discover([str(tmp_path)])
    assert sorted(ids(d)) == ["2023/report.txt", "2024/report.html", "2024/report.txt", "other"]
    # the same inputs named another way give the same ids: they are stable for the run and on resume
    again = inputs.discover([str(tmp_path / "2024"), str(tmp_path / "other.txt"), str(tmp_path / "2023")])
    assert sorted(ids(again)) == sorted(ids(d))


def test_globs_stdin_and_one_file_named_twice(tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "c.html", "<p>x</p>")
    d = inputs.discover([str(tmp_path / "*.txt"), str(a), "-"], stdin=io.StringIO(f"{tmp_path / 'c.html'}\n\n"))
    assert ids(d) == ["a", "b", "c"]


def test_missing_paths_and_empty_globs_become_failing_tasks(tmp_path):
    d = inputs.discover([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")])
    assert [f.problem for f in d.files] == ["no file matches this pattern", "no such file or directory"]
    tasks = list(inputs.tasks(d))
    with pytest.raises(errors.UnreadableInput, match="no such file"):
        inputs.load(tasks[1])


def test_explicit_file_with_other_suffix_is_read_as_text(tmp_path):
    f = write(tmp_path / "article.dat", ARTICLE)
    (task,) = inputs.tasks(inputs.discover([str(f)]))
    assert task.id == "article" and task.format == "text"
    assert inputs.load(task).data == ARTICLE.encode()


def test_jsonl_rows_ids_and_damage(tmp_path):
    rows = [json.dumps({"text": ARTICLE, "title": "标题", "published_at": "2023-06-19"}, ensure_ascii=False),
            "", "not json", json.dumps({"body": ARTICLE}), json.dumps({"text": 5})]
    f = write(tmp_path / "dump.jsonl.gz", gzip.compress("\n".join(rows).encode()))
    tasks = list(inputs.tasks(inputs.discover([str(f)])))
    assert [t.id for t in tasks] == ["dump:1", "dump:3", "dump:4", "dump:5"]
    assert tasks[0].source == {"path": str(f), "line": 1}
    first = inputs.load(tasks[0])
    assert first.text == ARTICLE and first.meta_hints == {"title": "标题", "published_at": "2023-06-19"}
    with pytest.raises(errors.UnreadableInput, match="not a JSON object"):
        inputs.load(tasks[1])
    with pytest.raises(errors.UnreadableInput, match="--text-field"):
        inputs.load(tasks[2])
    assert inputs.load(tasks[2], text_field="body").text == ARTICLE
    with pytest.raises(errors.UnreadableInput, match="not a string"):
        inputs.load(tasks[3])


def test_truncated_gzip_jsonl_keeps_the_rows_before_the_damage(tmp_path):
    data = gzip.compress("\n".join(json.dumps({"text": ARTICLE}) for _ in range(200)).encode())
    f = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    tasks = list(inputs.tasks(inputs.discover([str(f)])))
    assert tasks[-1].problem and "reading stopped" in tasks[-1].problem
    assert all(t.problem is None for t in tasks[:-1])
    assert len({t.id for t in tasks}) == len(tasks)


def test_gzip_text_and_gzip_bomb(tmp_path):
    f = write(tmp_path / "a.txt.gz", gzip.compress(ARTICLE.encode("gb18030")))
    (task,) = inputs.tasks(inputs.discover([str(f)]))
    assert inputs.load(task).data == ARTICLE.encode("gb18030")  # the extractor decodes GBK itself
    bomb = write(tmp_path / "bomb.txt.gz", gzip.compress(b"0" * 5_000_000))
    (task,) = inputs.tasks(inputs.discover([str(bomb)]))
    with pytest.raises(errors.InputTooLarge):
        inputs.load(task, max_bytes=1_000_000)
    bad = write(tmp_path / "bad.txt.gz", b"not gzip at all")
    (task,) = inputs.tasks(inputs.discover([str(bad)]))
    with pytest.raises(errors.UnreadableInput, match="gzip"):
        inputs.load(task)


def test_too_large_file(tmp_path):
    f = write(tmp_path / "big.txt", ARTICLE * 1000)
    with pytest.raises(errors.InputTooLarge):
        inputs.read_raw(str(f), max_bytes=1000)


PAGE = """<html><head><meta charset="{charset}"><title>昌邑市妇联工作总结_昌邑新闻网</title>
<meta property="article:published_time" content="2023-06-19T18:07:06+08:00"></head>
<body><nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li></ul></nav>
<article><h1>昌邑市妇联工作总结</h1>
<p>今年以来，昌邑市妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人，举办各类培训班30余场次。</p>
<p>昌邑市妇幼保健院儿童康复中心荣获“全国巾帼文明岗”称号，发放创业担保贷款0.8亿元。</p></article>
<footer>版权所有 昌邑市妇联</footer></body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "gbk", "big5"])
def test_html_main_text_title_and_time(charset, tmp_path):
    page = PAGE.format(charset=charset)
    if charset == "big5":
        import opencc

        page = opencc.OpenCC("s2t").convert(page.replace("群众", "居民"))
    f = write(tmp_path / "page.html", page.encode(charset))
    loaded = inputs.load(Task("page", str(f), "html"))
    assert "128" in loaded.text and "0.8" in loaded.text
    assert not any(junk in loaded.text for junk in ("版权所有", "版權所有", "首页", "首頁"))
    assert loaded.meta_hints["published_at"] == "2023-06-19T18:07:06"
    assert loaded.meta_hints["title"]
    assert loaded.encoding == {"gbk": "gb18030"}.get(charset, charset)


def test_html_day_only_date_and_undeclared_gbk(tmp_path):
    page = PAGE.replace('<meta charset="{charset}">', "").replace(
        'property="article:published_time" content="2023-06-19T18:07:06+08:00"',
        'name="date" content="2023-06-19"')
    loaded = inputs.html_document(page.encode("gb18030"), "page")
    assert loaded.encoding == "gb18030" and "128场次" in loaded.text
    assert loaded.meta_hints.get("published_at") == "2023-06-19"


@pytest.mark.parametrize("data,error", [
    (b"", errors.EmptyInput),
    (b"<html><body></body></html>", errors.EmptyInput),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", errors.BinaryInput),
])
def test_html_that_cannot_give_text(data, error):
    with pytest.raises(error):
        inputs.html_document(data, "page")
