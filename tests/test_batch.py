"""The batch command (extractor/batch.py) and the local engine (extractor/engines.py).

The archive tests run the real pipeline over small generated articles; the tests of the worker
machinery (a crash, a hang, a bug, an input that ignores the time limit) use `FakeExtractor`
below, which the spawned workers import from this module.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from extractor.app import batch, engines
from extractor.app.batch import BatchOptions, run_batch
from extractor.app.engines import JobSpec, LocalEngine
from extractor.app.engines import local as local_engine
from extractor.app.inputs import Task
from extractor.contract.models import Article, ErrorRecord

ORGS = ["昌邑市妇联", "潍坊市总工会", "滨州市团委", "安庆市科协", "池州市红十字会", "黄埔区妇联"]
PROGRAMMES = ["红心向党", "巾帼建功", "共青团助学", "科普进社区"]


def article_text(n: int) -> str:
    """A short, unique press release: a header, a programme, two counted facts and an honor."""
    org = ORGS[n % len(ORGS)]
    return (
        f"{org}2023年第{n}期工作简报\n"
        f"发布时间：2023-06-{1 + n % 28:02d} 10:00:00\n"
        f"实施“{PROGRAMMES[n % len(PROGRAMMES)]}”行动。今年以来，{org}开展特色宣讲{100 + n}场次，"
        f"覆盖妇女群众{1000 + 7 * n}余人，发放贷款{n % 9 + 1}万元。\n"
        f"李{'一二三四五六七八九'[n % 9]}家庭荣获“全国最美家庭”称号。\n"
    )


def html_page(text: str, charset: str = "utf-8") -> bytes:
    title, *body = text.splitlines()
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    page = (f'<html><head><meta charset="{charset}"><title>{title}_新闻网</title>'
            f'<meta property="article:published_time" content="2023-06-19T18:07:06+08:00"></head>'
            f'<body><nav><ul><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li></ul></nav>'
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>版权所有</footer></body></html>")
    return page.encode(charset)


def build_archive(root: Path, good: int = 170) -> dict[str, str | None]:
    """A mixed archive; returns {id: expected error kind, or None for an Article}."""
    expect: dict[str, str | None] = {}

    def put(rel: str, data: bytes, kind: str | None, id: str | None = None) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expect[id or re.sub(r"(\.(txt|html|htm|jsonl))?(\.gz)?$", "", path.name)] = kind

    for n in range(good):
        put(f"{2020 + n % 4}/good-{n:03d}.txt", article_text(n).encode("utf-8"), None)
    for n in range(good, good + 10):
        put(f"gbk/gbk-{n:03d}.txt", article_text(n).encode("gb18030"), None)
    for n in range(good + 10, good + 15):
        import opencc

        put(f"big5/big5-{n:03d}.txt", opencc.OpenCC("s2t").convert(article_text(n)).encode("big5", "replace"), None)
    for n in range(good + 15, good + 23):
        put(f"web/page-{n:03d}.html", html_page(article_text(n), "gbk" if n % 2 else "utf-8"), None)
    for n in range(good + 23, good + 28):
        put(f"gz/gz-{n:03d}.txt.gz", gzip.compress(article_text(n).encode()), None)
    put("gz/page.htm.gz", gzip.compress(html_page(article_text(good + 28))), None)
    rows = [json.dumps({"text": article_text(good + 29 + i)}, ensure_ascii=False) for i in range(3)]
    put("rows.jsonl", ("\n".join(rows[:2] + ["{broken", rows[2]]) + "\n").encode(), None, id="rows:1")
    expect.pop("rows:1")
    expect.update({"rows:1": None, "rows:2": None, "rows:3": "unreadable", "rows:4": None})
    for n in range(4):
        put(f"bad/empty-{n}.txt", b"" if n % 2 else b" \n\t\n", "empty")
        put(f"bad/binary-{n}.txt", bytes(range(256)) * (n + 1), "binary")
    put("bad/english.txt", b"Annual report of the committee, 2023.", "no_chinese")
    put("bad/blank.html", b"<html><body></body></html>", "empty")
    put("bad/broken.txt.gz", b"\x1f\x8b not really gzip", "unreadable")
    # reprints: the same article under two more names, once as GBK: the later ones are marked
    put("zz/reprint-a.txt", article_text(3).encode("utf-8"), None)
    put("zz/reprint-b.txt", article_text(3).encode("gb18030"), None)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an input format: reported, not processed
    return expect


def read_lines(path) -> list[dict]:
    text = Path(path).read_text("utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    return root, build_archive(root)


@pytest.fixture(scope="module")
def archive_run(archive, tmp_path_factory):
    root, _ = archive
    out = tmp_path_factory.mktemp("out") / "results.jsonl"
    err = io.StringIO()
    # no interim progress line, however slow the machine: the assertions read the final lines alone
    outcome = run_batch(BatchOptions([str(root), str(root / "missing.txt")], out=str(out), workers=2,
                                     progress_interval=float("inf")), stderr=err)
    return out, outcome, err.getvalue()


def test_mixed_archive_one_line_per_input(archive, archive_run):
    expect = {**archive[1], "missing": "unreadable"}
    assert len(expect) >= 200
    out, outcome, err = archive_run
    assert outcome.status == 1  # a path named on the command line does not exist; it still has its line
    records = read_lines(out)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == len(expect)
    assert set(ids) == set(expect)
    got = {r["id"]: (r["error"]["kind"] if "error" in r else None) for r in records}
    assert got == expect
    for r in records:  # every line is a valid record of the contract
        (ErrorRecord if "error" in r else Article).model_validate(r)
    # stable order: sorted by path, jsonl rows in line order
    paths = [r["source"]["path"] for r in records]
    assert paths == sorted(paths)
    assert [i for i in ids if i.startswith("rows:")] == ["rows:1", "rows:2", "rows:3", "rows:4"]
    assert "170 ok" not in err and "skipped as done" in err and "notes.pdf" in err
    assert outcome.summary.ok == sum(1 for k in expect.values() if k is None)


def test_reprints_are_marked_with_the_first_id(archive_run):
    out, outcome, _ = archive_run
    by_id = {r["id"]: r for r in read_lines(out)}
    original = "good-003"
    assert by_id[original]["duplicate_of"] is None
    assert by_id["reprint-a"]["duplicate_of"] == original
    assert by_id["reprint-b"]["duplicate_of"] == original  # the GBK copy: same text once decoded
    assert by_id["reprint-b"]["source"]["encoding"] != "utf-8"
    marked = [r["id"] for r in by_id.values() if r.get("duplicate_of")]
    assert sorted(marked) == ["reprint-a", "reprint-b"]
    assert outcome.summary.duplicates == 2


@pytest.mark.parametrize("original", ["good-003", 'a "quoted" id', "back\\slash", "tab\there", "\x01\x1f\x7f",
                                      "line\u2028sep", "𠀀 non-BMP", "中文标识"])
def test_a_reprint_is_marked_as_the_model_would_write_it(extractor, original):
    line = extractor.extract_text("县妇联开展培训42期，培训妇女2100人次。", id="reprint").model_dump_json().encode()
    from extractor.contract.serialize import dumps

    expected = dumps(Article.model_validate_json(line).model_copy(update={"duplicate_of": original})).encode()
    assert batch.mark_duplicate(line, original) == expected


def test_html_and_jsonl_inputs_carry_their_meta(archive_run):
    by_id = {r["id"]: r for r in read_lines(archive_run[0])}
    page = by_id["page-185"]
    assert page["source"]["encoding"] == "gb18030"
    assert page["meta"]["title"]
    assert page["meta"]["published_at"].startswith("2023-06")
    assert by_id["rows:3"]["source"] == {"path": by_id["rows:3"]["source"]["path"], "line": 3}


def test_worker_count_does_not_change_the_output(archive, archive_run, tmp_path):
    root, _ = archive
    out = tmp_path / "one.jsonl"
    run_batch(BatchOptions([str(root), str(root / "missing.txt")], out=str(out), workers=1, quiet=True))
    assert out.read_bytes() == archive_run[0].read_bytes()


def test_stdin_list_and_stdout(archive, tmp_path, capsys):
    root, _ = archive
    paths = sorted(str(p) for p in (root / "gbk").iterdir())[:3]
    outcome = run_batch(BatchOptions(["-"], workers=1, quiet=True), stdin=io.StringIO("\n".join(paths) + "\n"))
    assert outcome.status == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [Path(p).name[:-4] for p in paths]


def test_cache_skips_unchanged_inputs_and_restamps_ids(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(6):
        (src / f"a{n}.txt").write_text(article_text(n), "utf-8")
    (src / "empty.txt").write_bytes(b"")
    cache = tmp_path / "cache"
    spec = JobSpec(cache_dir=str(cache))
    first = run_batch(BatchOptions([str(src)], spec=spec, out=str(tmp_path / "1.jsonl"), workers=1, quiet=True))
    assert first.summary.cached == 0
    (src / "renamed.txt").write_text(article_text(0), "utf-8")
    second = run_batch(BatchOptions([str(src)], spec=spec, out=str(tmp_path / "2.jsonl"), workers=2, quiet=True))
    assert second.summary.cached == 7  # all six, and the renamed copy; errors are not cached
    assert second.summary.errors == {"empty": 1}
    one = (tmp_path / "1.jsonl").read_text("utf-8").splitlines()
    two = {json.loads(line)["id"]: line for line in (tmp_path / "2.jsonl").read_text("utf-8").splitlines()}
    assert [two[json.loads(line)["id"]] for line in one] == one  # a cache hit gives the same bytes
    renamed = json.loads(two["renamed"])
    assert renamed["source"]["path"].endswith("renamed.txt") and renamed["duplicate_of"] == "a0"


def test_html_dir_pages_and_index(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"a{n}.txt").write_text(article_text(n), "utf-8")
    (src / "web.html").write_bytes(html_page(article_text(9)))
    (src / "empty.txt").write_bytes(b"")
    html = tmp_path / "html"
    outcome = run_batch(BatchOptions([str(src)], spec=JobSpec(html_dir=str(html)), out=str(tmp_path / "o.jsonl"),
                                     workers=2, quiet=True))
    assert outcome.status == 0
    assert (html / "index.html").exists()
    for id in ("a0", "a1", "a2", "web"):
        assert (html / engines.page_name(id)).stat().st_size > 0
    assert "a1" in (html / "index.html").read_text("utf-8")


def test_own_output_among_the_inputs_is_not_an_input(tmp_path):
    (tmp_path / "a.txt").write_text(article_text(1), "utf-8")
    out = tmp_path / "results.jsonl"
    for resume in (False, True):
        outcome = run_batch(BatchOptions([str(tmp_path)], spec=JobSpec(html_dir=str(tmp_path / "pages")),
                                         out=str(out), resume=resume, workers=1, quiet=True))
        assert outcome.status == 0
    assert [r["id"] for r in read_lines(out)] == ["a"]


def test_progress_plain_lines_when_not_a_terminal_and_quiet(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(4):
        (src / f"a{n}.txt").write_text(article_text(n), "utf-8")
    err = io.StringIO()
    run_batch(BatchOptions([str(src)], out=str(tmp_path / "o.jsonl"), workers=1, progress_interval=0), stderr=err)
    lines = err.getvalue().splitlines()
    assert any(re.match(r"batch: \d/4 inputs, \d ok", line) for line in lines)
    assert lines[-1].startswith("batch: 4 inputs in") and "4 ok" in lines[-1]
    err = io.StringIO()
    run_batch(BatchOptions([str(src)], out=str(tmp_path / "o.jsonl"), workers=1, quiet=True), stderr=err)
    assert err.getvalue() == ""


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal():
    stream = _Tty()
    progress = batch.Progress(stream, total=3, quiet=False)
    summary = batch.Summary(ok=2)
    progress.update(summary)
    progress.close()
    assert progress.mode == "bar" and "2/3" in stream.getvalue()


# ---- worker machinery, with a stand-in extractor -------------------------------------------


class FakeExtractor:
    """Decodes like the real extractor; text starting with a keyword misbehaves on purpose."""

    ruleset = "fake"

    def __init__(self, config=None):
        if config == "broken":
            raise RuntimeError("the pipeline cannot be loaded")

    def extract_with_text(self, data, *, id, path=None, text=None, encoding=None, meta_hints=None, fields=None,
                          what=None):
        from extractor.pipeline import Extraction
        from extractor.text.decode import decode

        text = decode(data, id).text if text is None else text
        return Extraction(self.extract_text(text, id=id, path=path, meta_hints=meta_hints), text)

    def extract_text(self, text, *, id, path=None, encoding="utf-8", meta_hints=None):
        if text.startswith("崩溃"):
            os._exit(3)  # the worker process dies
        if text.startswith("挂起"):
            time.sleep(60)  # interrupted by the time limit
        if text.startswith("卡死"):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as if stuck in C code: only a kill stops it
            time.sleep(60)
        if text.startswith("死循环"):
            while True:  # pure Python that never ends
                pass
        if text.startswith("错误"):
            raise ZeroDivisionError("a bug in a rule")
        if text.startswith("慢"):
            time.sleep(0.05 * (hash(id) % 5))
        sha = hashlib.sha256(text.encode()).hexdigest()
        return Article(
            id=id, extractor={"version": "0", "ruleset": self.ruleset},
            source={"path": path, "sha256": sha, "encoding": encoding, "script": "simplified", "text_sha256": sha},
            meta={}, organization=None, actions=[], claims=[], honors=[], entities=[], removed=[], warnings=[],
        )


# the workers import FakeExtractor by this module's name: make sure they can find it
_importable_from = Path(__file__).parents[__name__.count(".")]
if str(_importable_from) not in sys.path:
    sys.path.insert(0, str(_importable_from))
FAKE = JobSpec(factory=f"{__name__}:FakeExtractor", timeout=1.0)


def fake_tasks(texts):
    return [Task(f"t{n:03d}", f"t{n:03d}.txt", "text", data=t.encode()) for n, t in enumerate(texts)]


def test_failures_of_any_kind_become_error_records_in_order():
    texts = ["正常一", "崩溃了", "正常二", "挂起了", "错误了", "卡死了", "正常三", "\x00\x01binary"]
    engine = LocalEngine(FAKE, workers=2, grace=1.0)
    results = list(engine.map(fake_tasks(texts)))
    assert [r.id for r in results] == [f"t{n:03d}" for n in range(len(texts))]
    assert [r.error for r in results] == [None, "crashed", None, "timeout", "internal", "timeout", None, "binary"]
    assert "ZeroDivisionError" in json.loads(results[4].line)["error"]["message"]
    assert "died" in json.loads(results[1].line)["error"]["message"]
    assert engine.stats.workers_lost == 2  # the crash and the kill; the soft time limit kept its worker


def test_time_limit_outside_the_main_thread():
    """Ray Data runs an actor's function in a thread, where SIGALRM cannot reach."""
    processor = engines.Processor(JobSpec(factory=FAKE.factory, timeout=0.3))
    results = []
    thread = threading.Thread(target=lambda: results.extend(processor(t) for t in fake_tasks(["死循环", "正常"])))
    thread.start()
    thread.join(10)
    assert [r.error for r in results] == ["timeout", None]
    time.sleep(0.5)  # a finished task leaves no exception behind to go off later
    assert thread.is_alive() is False


def test_order_is_kept_with_a_small_reorder_window():
    texts = [f"慢{n}" for n in range(40)]
    results = list(LocalEngine(FAKE, workers=2, window=3).map(fake_tasks(texts)))
    assert [r.id for r in results] == [f"t{n:03d}" for n in range(40)]


def test_workers_are_recycled_after_max_tasks():
    engine = LocalEngine(FAKE, workers=1, max_tasks_per_worker=3)
    results = list(engine.map(fake_tasks([f"正常{n}" for n in range(7)])))
    assert [r.error for r in results] == [None] * 7 and engine.stats.workers_started == 3


# ---- issue 13: the parent wakes once for several results ------------------------------------


@pytest.mark.parametrize("task_s,depth", [
    pytest.param(0.0, 2, id="no-task-back-yet"),
    pytest.param(0.0001, 8, id="a-fast-task-fills-the-queue"),
    pytest.param(0.0014, 8, id="an-article"),
    pytest.param(0.004, 4, id="four-outlast-two-pauses"),
    pytest.param(0.012, 2, id="a-slow-task-keeps-one-queued"),
    pytest.param(3.0, 2, id="a-very-slow-task"),
])
def test_queue_depth_follows_the_time_a_task_takes(task_s, depth):
    assert local_engine._depth(task_s) == depth


@pytest.mark.parametrize("queued,task_s,pause", [
    pytest.param(0, 0.001, 0.0, id="nothing-queued"),
    pytest.param(-1, 0.001, 0.0, id="a-worker-still-starting"),
    pytest.param(3, 0.0, 0.0, id="no-task-time-yet"),
    pytest.param(1, 0.002, 0.001, id="half-what-one-queued-task-lasts"),
    pytest.param(7, 0.0014, 0.0049, id="seven-articles"),
    pytest.param(7, 0.01, local_engine._PAUSE_MAX, id="capped"),
])
def test_the_parent_pauses_for_half_the_shortest_queue(queued, task_s, pause):
    assert local_engine._pause(queued, task_s) == pytest.approx(pause)


KB = 1024


@pytest.mark.parametrize("state,held,size,depth,max_tasks,takes", [
    pytest.param({}, [], 10_000 * KB, 8, None, True, id="an-idle-worker-takes-any-size"),
    pytest.param({"ready": False}, [], None, 8, None, False, id="not-ready"),
    pytest.param({"retiring": True}, [], None, 8, None, False, id="retiring"),
    pytest.param({}, [None], None, 2, None, True, id="one-queued-behind"),
    pytest.param({}, [None, None], None, 2, None, False, id="at-depth"),
    pytest.param({}, [None], 33 * KB, 8, None, False, id="too-large-to-wait-in-the-pipe"),
    pytest.param({}, [5000 * KB, 30 * KB], 30 * KB, 8, None, True, id="the-running-task-is-out-of-the-pipe"),
    pytest.param({}, [None, 32 * KB, 32 * KB], 1, 8, None, False, id="the-pipe-holds-enough"),
    pytest.param({"done": 2}, [None], None, 8, 3, False, id="the-last-task-before-recycling-is-out"),
])
def test_what_a_worker_is_sent_ahead(state, held, size, depth, max_tasks, takes):
    worker = local_engine._Worker(process=None, conn=_Pipe(), **{"ready": True, **state})
    for n, held_size in enumerate(held):
        worker.send((n, _task(held_size)))
    assert worker.takes(_task(size), depth, max_tasks) is takes


def test_bytes_waiting_in_the_pipe_are_those_behind_the_running_task():
    worker = local_engine._Worker(process=None, conn=_Pipe(), ready=True)
    sizes = [40 * KB, None, 20 * KB, 7, 30 * KB]
    for n, size in enumerate(sizes):
        worker.send((n, _task(size)))
    for n in range(len(sizes)):
        waiting = sum(len(task.data or b"") for _, task in list(worker.inflight)[1:])
        assert worker.ahead_bytes == waiting
        assert worker.finished()[0] == n
    assert worker.ahead_bytes == 0 and not worker.inflight


def test_a_crash_among_fast_tasks_fails_that_task_only():
    """Queues are deep and the parent pauses when tasks are fast: results already sent by a worker
    that then dies are kept, and the crash is the task it died on."""
    texts = [f"正常{n}" for n in range(60)] + ["崩溃了"] + [f"正常{n}" for n in range(60, 120)]
    engine = LocalEngine(FAKE, workers=2)
    results = list(engine.map(fake_tasks(texts)))
    assert [r.id for r in results] == [f"t{n:03d}" for n in range(len(texts))]
    assert [n for n, r in enumerate(results) if r.error] == [60]
    assert results[60].error == "crashed" and engine.stats.workers_lost == 1


class _Pipe:
    def send(self, item):
        pass


def _task(size: int | None) -> Task:
    return Task("t", "t.txt", "text", data=None if size is None else b"x" * size)


def test_a_pipeline_that_cannot_load_stops_the_job(tmp_path):
    (tmp_path / "a.txt").write_text("正常", "utf-8")
    err = io.StringIO()
    spec = JobSpec(factory=FAKE.factory, config="broken")
    outcome = run_batch(BatchOptions([str(tmp_path)], spec=spec, out=str(tmp_path / "o.jsonl"), workers=1), stderr=err)
    assert outcome.status == 2 and "cannot be loaded" in err.getvalue()


def test_output_is_locked_against_a_second_run(tmp_path):
    first = batch.JsonlOutput(str(tmp_path / "o.jsonl"))
    try:
        with pytest.raises(batch.OutputError, match="another batch run"):
            batch.JsonlOutput(str(tmp_path / "o.jsonl"), resume=True)
    finally:
        first.close()


def test_resume_needs_an_output_file(capsys):
    parser = __import__("argparse").ArgumentParser()
    batch.add_arguments(parser)
    assert batch.run(parser.parse_args(["x", "--resume"])) == 2
    assert "--resume needs --out" in capsys.readouterr().err


# ---- issue 12: page names, skipped files, recycled workers ----------------------------------------


@pytest.mark.parametrize("id,name", [
    pytest.param("a1", "a1.html", id="plain"),
    pytest.param("index", None, id="the-batch-index-name"),
    pytest.param("INDEX", None, id="the-index-in-another-case"),
    pytest.param("2023/a.txt", None, id="a-path"),
    pytest.param("长" * 200, None, id="over-a-file-name's-255-bytes"),
    pytest.param("a\ud800", None, id="a-lone-surrogate"),
])
def test_page_names(id, name):
    got = engines.page_name(id)
    if name is not None:
        assert got == name
    else:
        assert got.lower() != "index.html" and "/" not in got and len(got.encode()) <= 255
        assert re.fullmatch(r".+-[0-9a-f]{8}\.html", got)
        assert engines.page_name(id + "x") != got  # one name per id


def test_an_input_named_index_keeps_its_page_and_the_batch_its_index(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "index.txt").write_text(article_text(1), "utf-8")
    (src / "a.txt").write_text(article_text(2), "utf-8")
    html = tmp_path / "html"
    outcome = run_batch(BatchOptions([str(src)], spec=JobSpec(html_dir=str(html)), out=str(tmp_path / "o.jsonl"),
                                     workers=1, quiet=True))
    assert outcome.status == 0
    page = engines.page_name("index")
    assert page != "index.html" and (html / page).stat().st_size > 0
    index = (html / "index.html").read_text("utf-8")
    assert f'href="{page}"' in index and 'href="a.html"' in index  # the batch's index, linking the article


def test_skipped_files_are_counted_and_listed_escaped_with_verbose(tmp_path):
    src = tmp_path / "in"
    (src / ".git").mkdir(parents=True)
    (src / "a.txt").write_text(article_text(1), "utf-8")
    (src / ".draft.txt").write_text(article_text(2), "utf-8")
    (src / "notes\x1b[31m.pdf").write_bytes(b"%PDF")
    for n in range(6):
        (src / f"scan{n}.jpg").write_bytes(b"\xff\xd8")
    err = io.StringIO()
    run_batch(BatchOptions([str(src)], out=str(tmp_path / "o.jsonl"), workers=1), stderr=err)
    text = err.getvalue()
    assert "9 file(s) found in the folders were skipped (7 not an input format, 2 hidden)" in text
    assert "--verbose lists them all" in text and "\x1b" not in text
    err = io.StringIO()
    run_batch(BatchOptions([str(src)], out=str(tmp_path / "o.jsonl"), workers=1, verbose=True), stderr=err)
    listed = [line.strip() for line in err.getvalue().splitlines() if line.startswith("  ")]
    assert [p.rsplit("/", 1)[1] for p in listed] == sorted(
        [".draft.txt", ".git", "notes\\x1b[31m.pdf"] + [f"scan{n}.jpg" for n in range(6)],
        key=lambda p: str(src / p.replace("\\x1b", "\x1b")))


def test_max_tasks_per_worker_option_recycles_workers(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for n in range(5):
        (src / f"a{n}.txt").write_text(article_text(n), "utf-8")
    parser = __import__("argparse").ArgumentParser()
    batch.add_arguments(parser)
    args = parser.parse_args([str(src), "--out", str(tmp_path / "o.jsonl"), "-j", "1", "--max-tasks-per-worker", "2",
                              "--model", "none", "-q"])
    assert args.max_tasks_per_worker == 2
    assert parser.parse_args([str(src)]).max_tasks_per_worker == batch.DEFAULT_MAX_TASKS_PER_WORKER
    outcome = run_batch(BatchOptions([str(src)], out=str(tmp_path / "o.jsonl"), workers=1, quiet=True,
                                     max_tasks_per_worker=2))
    assert outcome.status == 0 and outcome.stats.workers_started == 3
    assert [r["id"] for r in read_lines(tmp_path / "o.jsonl")] == [f"a{n}" for n in range(5)]
    assert batch.run(args) == 0


def test_file_names_that_are_not_utf8_give_readable_ids_paths_and_pages(tmp_path):
    src = os.fsencode(tmp_path / "in")
    os.makedirs(src)
    for raw in ("报告".encode("gb18030") + b".txt", b"scan\xff\xfe.txt"):
        with open(src + b"/" + raw, "wb") as fh:
            fh.write(article_text(len(raw)).encode())
    out, html, cache = tmp_path / "o.jsonl", tmp_path / "html", tmp_path / "cache"
    for _ in range(2):  # the second run reads every article from the cache
        outcome = run_batch(BatchOptions([str(tmp_path / "in")], spec=JobSpec(html_dir=str(html), cache_dir=str(cache)),
                                         out=str(out), workers=1, quiet=True))
        assert outcome.status == 0
        records = read_lines(out)
        assert sorted(r["id"] for r in records) == ["scan\\xff\\xfe", "报告"]
        assert sorted(r["source"]["path"].rsplit("/", 1)[1] for r in records) == ["scan\\xff\\xfe.txt", "报告.txt"]
    assert outcome.summary.cached == 2
    assert all((html / engines.page_name(r["id"])).exists() for r in records)
