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


# ---- .jsonl rows: their own ids and fields ------------------------------------------------------


def jsonl_tasks(tmp_path, rows, name="dump.jsonl", **kw):
    f = write(tmp_path / name, "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                                         for r in rows) + "\n")
    return list(inputs.tasks(inputs.discover([str(f)]), **kw))


@pytest.mark.parametrize("rows,id_field,expected", [
    ([{"id": "a-1", "text": ARTICLE}, {"id": "a-2", "text": ARTICLE}], "id", ["a-1", "a-2"]),
    ([{"id": 17, "text": ARTICLE}, {"id": 18, "text": ARTICLE}], "id", ["17", "18"]),
    ([{"text": ARTICLE}, {"id": "x", "text": ARTICLE}], "id", ["dump:1", "x"]),
    ([{"id": "", "text": ARTICLE}, {"id": None, "text": ARTICLE}, {"id": True, "text": ARTICLE}], "id",
     ["dump:1", "dump:2", "dump:3"]),
    ([{"id": "same", "text": ARTICLE}, {"id": "same", "text": ARTICLE}, {"id": "same", "text": ARTICLE}], "id",
     ["same", "same#2", "same#3"]),
    ([{"id": "dump", "text": ARTICLE}], "id", ["dump#2"]),  # the file's own id is taken
    ([{"id": "a", "url": "http://example.org/1", "text": ARTICLE}], "url", ["http://example.org/1"]),
    ([{"id": "a", "text": ARTICLE}], None, ["dump:1"]),
    (['{"id": "a", "text": broken', {"id": "b", "text": ARTICLE}], "id", ["dump:1", "b"]),
], ids=["string-ids", "integer-ids", "missing-id", "unusable-ids", "repeated-id", "taken-by-a-file", "other-field",
        "ids-off", "broken-row"])
def test_jsonl_row_ids(tmp_path, rows, id_field, expected):
    assert [t.id for t in jsonl_tasks(tmp_path, rows, id_field=id_field)] == expected


def test_jsonl_row_keeps_its_other_scalar_fields(tmp_path):
    row = {"id": "w-9", "url": "http://example.org/9", "title": "区团委开展志愿服务", "views": 1200, "top": False,
           "score": 0.5, "section": None, "tags": ["团委"], "author": {"name": "x"}, "content": ARTICLE}
    (task,) = jsonl_tasks(tmp_path, [row])
    loaded = inputs.load(task, text_field="content")
    assert task.id == "w-9" and loaded.text == ARTICLE
    assert loaded.fields == {"url": "http://example.org/9", "title": "区团委开展志愿服务", "views": 1200, "top": False,
                             "score": 0.5, "section": None}
    assert loaded.meta_hints == {"title": "区团委开展志愿服务"}
    assert loaded.data == json.dumps(row, ensure_ascii=False).encode()  # the row's line: what source.sha256 hashes


# ---- bytes without a name (standard input, uploads) -----------------------------------------------


@pytest.mark.parametrize("data,expected", [
    (ARTICLE.encode(), "text"),
    (ARTICLE.encode("gb18030"), "text"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"\n  <html lang='zh'><p>x</p></html>", "html"),
    (b"<div class='c'><p>x</p></div>", "html"),
    ("<<青年工作条例>>解读".encode(), "text"),
    (b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    ("{开展活动12场次}".encode(), "text"),
], ids=["utf8-text", "gbk-text", "doctype", "leading-space-html", "fragment", "angle-quotes", "jsonl", "braces-text"])
def test_sniff(data, expected):
    assert inputs.sniff(data) == expected


def test_bytes_tasks_gunzip_and_expand_rows():
    rows = "\n".join(json.dumps({"id": f"r{n}", "text": ARTICLE}) for n in range(3)).encode()
    tasks = inputs.bytes_tasks(gzip.compress(rows), "stdin-id")
    assert [t.id for t in tasks] == ["r0", "r1", "r2"] and all(t.path is None for t in tasks)
    (task,) = inputs.bytes_tasks(ARTICLE.encode(), "stdin-id")
    assert (task.id, task.format, task.what) == ("stdin-id", "text", "input stdin-id")
    (task,) = inputs.bytes_tasks(b"<html><body><p>x</p></body></html>", "u", format="text")
    assert task.format == "text"  # a format given is not second-guessed


# ---- web pages: the main text and the lines around it that say who published it ---------------------


def lines_of(html: str) -> list[tuple[str, int, bool]]:
    from trafilatura.utils import load_html

    return [(line.text, line.link_chars, line.furniture) for line in inputs.page_lines(load_html(html))]


@pytest.mark.parametrize("html,expected", [
    ("<html><body><p>来源：<a href='/'>县妇联</a> 作者：李明</p></body></html>", [("来源：县妇联 作者：李明", 3, False)]),
    ("<html><body><div>第一行<br>第二行</div></body></html>", [("第一行", 0, False), ("第二行", 0, False)]),
    ("<html><body><script>var a = '首页';</script><style>p{}</style><p>正文</p></body></html>", [("正文", 0, False)]),
    ("<html><body><p>  宣讲\n\t 12场次\u3000 </p></body></html>", [("宣讲 12场次", 0, False)]),
    ("<html><body><nav><a>首页</a></nav><aside>侧栏</aside><p>正文</p></body></html>",
     [("首页", 2, True), ("侧栏", 0, True), ("正文", 0, False)]),
    ("<html><body><article><p>正文</p><footer>责任编辑：王芳</footer></article><footer>版权所有</footer></body></html>",
     [("正文", 0, False), ("责任编辑：王芳", 0, False), ("版权所有", 0, True)]),
], ids=["inline-flows", "br-breaks", "scripts-unread", "whitespace-folded", "nav-aside", "article-footer-is-byline"])
def test_page_lines(html, expected):
    assert lines_of(html) == expected


BODY = ["今年以来，区残联开展康复训练营12期，服务残疾儿童460人次。", "为困难残疾人发放生活补贴约38万元。"]


def page(before: str = "", after: str = "", title: str = "区残联康复工作有序推进") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>{title}_某区门户网</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/a'>机构概况</a><a href='/b'>新闻中心</a></div>"
            f"<div class='box'>{before}<div class='content'>{body}</div>{after}</div>"
            f"<div class='links'><a href='/1'>区妇联举办讲座8场</a><a href='/2'>区科协开展科普20次</a></div>"
            f"</body></html>")


@pytest.mark.parametrize("html,head,tail", [
    (page("<h1>区残联康复工作有序推进</h1><div>发布日期：2024-05-10 来源：区残联</div>",
          "<div>责任编辑：孙悦</div><div><a>打印</a> <a>关闭</a></div>"),
     ["区残联康复工作有序推进", "发布日期：2024-05-10 来源：区残联"], ["责任编辑：孙悦"]),
    (page("<div>当前位置：<a>首页</a> &gt; <a>工作动态</a></div><h1>区残联康复工作有序推进</h1>"),
     ["区残联康复工作有序推进"], []),
    (page("<div>信息来源：区残联　作者：赵一鸣</div>"), ["信息来源：区残联 作者：赵一鸣"], []),
    (page(after="<div><a>上一篇：区团委开展志愿服务30次</a></div><div>责任编辑：孙悦</div>"), [], []),
    (page("<div>" + "摘" * 120 + "</div><div>来源：区残联</div>"), ["来源：区残联"], []),
    (page(after="<div>审核：钱多多</div><div>编辑：周周</div><div>校对：吴吴</div><div>附件：名单</div>"), [],
     ["审核：钱多多", "编辑：周周", "校对：吴吴"]),
], ids=["title-info-editor", "breadcrumb-above-title", "no-headline-in-page", "links-end-the-tail", "long-line-ends-head",
        "tail-is-capped"])
def test_lines_around_the_main_text(html, head, tail):
    from trafilatura.utils import load_html

    assert inputs.surrounding_lines(inputs.page_lines(load_html(html)), BODY, "区残联康复工作有序推进") == (head, tail)


def test_lines_around_a_main_text_not_found_in_the_page():
    from trafilatura.utils import load_html

    lines = inputs.page_lines(load_html(page("<div>来源：区残联</div>")))
    assert inputs.surrounding_lines(lines, ["页面里没有这一段"], None) == ([], [])


def test_county_page_keeps_its_bylines_and_drops_its_furniture():
    from .conftest import ROOT

    data = (ROOT / "tests" / "data" / "county-news-page.html").read_bytes()
    loaded = inputs.html_document(data, "county-news-page.html")
    lines = loaded.text.splitlines()
    assert lines[0] == "青禾县妇联扎实推进“巾帼暖家”行动"
    assert "来源：青禾县妇联" in lines[1] and lines[-1] == "责任编辑：林思远"
    for furniture in ("首页", "上一篇", "相关新闻", "备案号", "分享到", "32次"):
        assert furniture not in loaded.text
    assert loaded.data == data and loaded.encoding == "utf-8"
    assert loaded.meta_hints == {"title": "青禾县妇联扎实推进“巾帼暖家”行动", "published_at": "2024-03-08T09:30:00"}


# ---- issue 12: bounded reading, strict rows, names, hidden files and symlink loops ---------------


class Endless:
    """A binary stream of `size` bytes (for ever when None) made as it is read, counting what was read."""

    def __init__(self, chunk: bytes, size: int | None = None, then: bytes = b""):
        self.chunk, self.left, self.then, self.read_bytes = chunk, size, then, 0

    def read(self, n: int = -1) -> bytes:
        if self.left is not None and self.left <= 0:
            out, self.then = self.then[:n], self.then[n:]
        else:
            n = n if self.left is None else min(n, self.left)
            out = (self.chunk * (n // len(self.chunk) + 1))[:n]
            if self.left is not None:
                self.left -= len(out)
        self.read_bytes += len(out)
        return out


def test_a_device_is_refused_after_max_bytes_plus_one():
    with pytest.raises(errors.InputTooLarge, match="more than 1,000 bytes"):
        inputs.read_raw("/dev/zero", max_bytes=1000)


def test_standard_input_of_zeros_is_refused_after_max_bytes_plus_one():
    stream = Endless(b"\0")
    with pytest.raises(errors.InputTooLarge, match="standard input is more than"):
        inputs.stdin_tasks(stream, max_bytes=10_000)
    assert stream.read_bytes == 10_001


def test_standard_input_longer_than_an_article_can_be_json_lines():
    rows = b"".join(json.dumps({"text": ARTICLE, "n": n}, ensure_ascii=False).encode() + b"\n" for n in range(300))
    for data in (rows, gzip.compress(rows)):
        tasks = list(inputs.stdin_tasks(io.BytesIO(data), max_bytes=2_000))
        stdin_id = __import__("hashlib").sha256(data).hexdigest()[:12]
        assert [t.id for t in tasks] == [f"{stdin_id}:{n}" for n in range(1, 301)]
        assert json.loads(tasks[-1].data)["n"] == 299


def test_a_jsonl_line_over_the_limit_is_refused_without_being_held():
    import tracemalloc

    row = json.dumps({"text": ARTICLE}).encode()
    stream = Endless(b"x", size=64 << 20, then=b"\n\n" + row + b"\n")  # a 64 MiB line, then a row
    tracemalloc.start()
    try:
        tasks = list(inputs._rows(stream, "dump", "dump.jsonl", 1_000_000, "id", inputs._Ids(["dump"])))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20  # the limit and a block or two, never the line
    assert [(t.id, t.problem_kind, t.problem is not None) for t in tasks] == [
        ("dump:1", "too_large", True), ("dump:3", "unreadable", False)]
    with pytest.raises(errors.InputTooLarge, match="line 1 is more than 1,000,000 bytes"):
        inputs.load(tasks[0])
    assert inputs.load(tasks[1]).text == ARTICLE


def test_blank_lines_are_skipped_a_block_at_a_time():
    import time

    row = json.dumps({"text": ARTICLE}).encode()
    stream = Endless(b" \r\n\t", size=256 << 20, then=row)
    started = time.perf_counter()
    (task,) = list(inputs._rows(stream, "dump", None, 1_000_000, "id", inputs._Ids(["dump"])))
    assert time.perf_counter() - started < 20  # ~2 s here; a Python step a line took minutes
    assert task.line == (256 << 20) // 4 + 1


@pytest.mark.parametrize("row", [
    pytest.param(b'{"text": "x", "score": NaN}', id="NaN"),
    pytest.param(b'{"text": "x", "score": -Infinity}', id="Infinity"),
    pytest.param(b'{"text": "x", "score": 1e999}', id="float-overflow"),
    pytest.param(b'{"text": "x", "n": 1' + b"0" * 5000 + b"}", id="integer-over-4300-digits"),
    pytest.param(b'{"text": "x", "deep": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", id="nesting-deeper-than-the-stack"),
])
def test_rows_are_strict_json(row):
    with pytest.raises(errors.UnreadableInput, match="not a JSON object"):
        inputs.jsonl_document(row, "dump.jsonl line 1")
    assert inputs._row_id(row, "id") is None


def test_a_row_id_with_a_lone_surrogate_is_writable():
    (task,) = inputs.bytes_tasks(b'{"id": "a\\ud800", "text": "x"}', "stdin")
    assert task.id == "a\ufffd"


@pytest.mark.parametrize("raw,shown", [
    pytest.param("报告.txt".encode("gb18030"), "报告.txt", id="gbk-name-on-a-utf8-system"),
    pytest.param(b"a\xff\xfe.txt", "a\\xff\\xfe.txt", id="bytes-of-no-encoding"),
    pytest.param("报告.txt".encode(), "报告.txt", id="utf8"),
])
def test_names_that_are_not_utf8_are_readable(tmp_path, raw, shown):
    import os

    os.makedirs(os.fsencode(tmp_path) + b"/d", exist_ok=True)
    with open(os.fsencode(tmp_path) + b"/d/" + raw, "wb") as fh:
        fh.write(ARTICLE.encode())
    (f,) = inputs.discover([str(tmp_path / "d")]).files
    (task,) = inputs.tasks(inputs.discover([str(tmp_path / "d")]))
    assert f.id == shown.removesuffix(".txt") and task.source["path"].endswith("/d/" + shown)
    assert inputs.load(task).data == ARTICLE.encode()  # opened by its real name


def test_hidden_files_and_folders_are_listed_not_read(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / ".draft.txt", ARTICLE)
    write(tmp_path / ".git" / "HEAD.txt", ARTICLE)
    d = inputs.discover([str(tmp_path)])
    assert ids(d) == ["a"]
    assert [p.rsplit("/", 1)[1] for p in d.hidden] == [".draft.txt", ".git"]


def test_symlink_loops_are_walked_once(tmp_path):
    import os

    write(tmp_path / "top" / "a.txt", ARTICLE)
    write(tmp_path / "top" / "sub" / "b.txt", ARTICLE)
    write(tmp_path / "elsewhere" / "c.txt", ARTICLE)
    os.symlink("..", tmp_path / "top" / "sub" / "up")  # a loop
    os.symlink(".", tmp_path / "top" / "self")  # another
    os.symlink(tmp_path / "elsewhere", tmp_path / "top" / "linked")  # a folder kept elsewhere: followed
    for args in ([str(tmp_path / "top")], [str(tmp_path / "top" / "**" / "*.txt")], [str(tmp_path / "top" / "**")]):
        d = inputs.discover(args)
        assert sorted(ids(d)) == ["a", "b", "c"], args


@pytest.mark.parametrize("pattern", ["*.txt", "**/*.txt", "**", "sub/*", "*/*.txt", "s?b/**/*.t?t", "**/sub",
                                     "[ab].txt", "sub/**", "nothing*", ".*", "**/.*"])
def test_glob_paths_are_globs_without_loops(tmp_path, monkeypatch, pattern):
    import glob

    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / ".h.txt", ARTICLE)
    write(tmp_path / "sub" / "b.txt", ARTICLE)
    write(tmp_path / "sub" / "deeper" / "c.txt", ARTICLE)
    write(tmp_path / "sub" / "deeper" / "sub" / "d.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    for p in (pattern, str(tmp_path / pattern)):
        assert sorted(inputs.glob_paths(p)) == sorted(glob.glob(p, recursive=True)), p


def test_a_fifo_in_a_folder_is_listed_not_opened(tmp_path):
    import os

    write(tmp_path / "a.txt", ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer for ever
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    d = inputs.discover([str(tmp_path)])
    assert ids(d) == ["a"]
    assert sorted(p.rsplit("/", 1)[1] for p in d.ignored) == ["dangling.txt", "pipe.txt"]
