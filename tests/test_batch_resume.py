"""Crash safety and `--resume` (extractor/batch.py).

A batch run is killed with SIGKILL mid-way and resumed: every input must appear exactly once, every
line must parse, and (since lines are written in input order) the result must be byte for byte
what an uninterrupted run writes. Torn tails, reprints across the resume point, and a damaged
output are checked on outputs cut by hand, which puts the cut exactly where each case needs it.
"""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.app.batch import BatchOptions, run_batch

sys.path.insert(0, str(Path(__file__).parent))
from test_batch import article_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("resume-archive")
    for n in range(400):
        (root / f"a{n:03d}.txt").write_text(article_text(n), "utf-8")
    (root / "zz-reprint.txt").write_text(article_text(1), "utf-8")  # a reprint of a001, after it
    (root / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def clean_output(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "clean.jsonl"
    outcome = run_batch(BatchOptions([str(archive)], out=str(out), workers=2, quiet=True))
    assert outcome.status == 0
    return out.read_bytes()


def lines_of(data: bytes) -> list[dict]:
    assert data.endswith(b"\n")
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def resume(archive, out, **kw):
    err = io.StringIO()
    outcome = run_batch(BatchOptions([str(archive)], out=str(out), resume=True, workers=2, **kw), stderr=err)
    return outcome, err.getvalue()


def test_sigkill_mid_run_then_resume(archive, clean_output, tmp_path):
    out = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "extractor", "batch", str(archive), "--out", str(out), "--workers", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.stat().st_size and out.read_bytes().count(b"\n") >= 40:
                break
            time.sleep(0.005)
        assert process.poll() is None, process.stderr.read().decode()
        os.kill(process.pid, signal.SIGKILL)  # the batch process only: its workers must notice and go
        process.wait()
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # whatever is left of the group this test started
        except ProcessLookupError:
            pass
    partial = out.read_bytes()
    written = partial.count(b"\n")
    assert 40 <= written < 402, "the kill must land mid-run"
    assert clean_output.startswith(partial[: partial.rfind(b"\n") + 1])  # a prefix of the input order
    outcome, err = resume(archive, out)
    assert outcome.status == 0
    assert outcome.summary.skipped == written
    assert outcome.summary.done == 402 - written
    assert f"{written} skipped as done" in err
    data = out.read_bytes()
    records = lines_of(data)
    assert len(records) == len({r["id"] for r in records}) == 402
    assert data == clean_output


@pytest.mark.parametrize("cut_after,tail,cut", [
    (0, b"", 0),  # nothing written yet
    (1, b'{"schema_version":"1","id":"a00', 31),  # a torn line: the kill came mid-write
    (150, b"", 0),  # a clean stop between lines
    (300, b"\x00\x00\x00\x00", 4),  # a power cut: the tail is garbage, not JSON
    (300, b"\x00\x00\x00\n", 4),  # garbage ending in a newline is not a line either
    (300, b'{"id":"a300","source":{},"error":{"kind":"x","message":"y"}}\n\x00\x00', 2),  # a complete line stays
])
def test_resume_after_a_cut(archive, clean_output, tmp_path, cut_after, tail, cut):
    out = tmp_path / "results.jsonl"
    lines = clean_output.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:cut_after]) + tail)
    outcome, err = resume(archive, out)
    assert outcome.status == 0
    assert (f"cut {cut} bytes" in err) == bool(cut)
    data = out.read_bytes()
    if tail.startswith(b'{"id":"a300"'):
        # a complete line is never dropped: a300 stays as it was written, the garbage goes
        assert data.count(b'"id":"a300"') == 1 and b"\x00" not in data
        assert len(lines_of(data)) == 402
    else:
        assert data == clean_output


def test_reprint_map_is_rebuilt_on_resume(archive, clean_output, tmp_path):
    out = tmp_path / "results.jsonl"
    lines = clean_output.splitlines(keepends=True)
    ids = [json.loads(line)["id"] for line in lines]
    cut = ids.index("a001") + 1  # the original is written, the reprint is not
    assert ids.index("zz-reprint") > cut
    out.write_bytes(b"".join(lines[:cut]))
    outcome, _ = resume(archive, out)
    assert outcome.summary.duplicates == 1
    by_id = {r["id"]: r for r in lines_of(out.read_bytes())}
    assert by_id["zz-reprint"]["duplicate_of"] == "a001"


def test_resume_of_a_complete_output_does_nothing(archive, clean_output, tmp_path):
    out = tmp_path / "results.jsonl"
    out.write_bytes(clean_output)
    outcome, _ = resume(archive, out)
    assert outcome.summary.skipped == 402 and outcome.summary.done == 0
    assert out.read_bytes() == clean_output


def test_damage_in_the_middle_stops_and_keeps_the_file(archive, clean_output, tmp_path):
    out = tmp_path / "results.jsonl"
    lines = clean_output.splitlines(keepends=True)
    damaged = b"".join(lines[:10]) + b"not json\n" + b"".join(lines[10:20])
    out.write_bytes(damaged)
    outcome, err = resume(archive, out)
    assert outcome.status == 2 and "line 11" in err
    assert out.read_bytes() == damaged


def test_without_resume_the_output_starts_again(archive, clean_output, tmp_path):
    out = tmp_path / "results.jsonl"
    out.write_bytes(b"old content\n")
    run_batch(BatchOptions([str(archive)], out=str(out), workers=2, quiet=True))
    assert out.read_bytes() == clean_output
