"""Outputs that cannot be written (issue 12, items 3 and 6): one `error[output]` line and exit 2,
never a traceback; nothing half-written left for `--resume` to trust; a review page or cache entry
that cannot be written is a warning beside a good record, never an error record.

How the faults are made, so that the tests mean the same as root (where chmod stops nothing) and
as a user: a folder "under a regular file" cannot exist (ENOTDIR whoever asks); a read-only folder
only where chmod really stops this user; a full disk as a file-size limit (RLIMIT_FSIZE, with
SIGXFSZ ignored, so a write past it fails with EFBIG as a full disk fails with ENOSPC) in the
child process, which its worker processes inherit; standard output as /dev/full.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPUS, ROOT
from .test_batch import article_text

SEED = CORPUS / "changyi-fulian-2023.txt"


def run(*args, limit: int | None = None, stdout=subprocess.PIPE, timeout: float = 300):
    """`python -m extractor ARGS` in a child, with file writes limited to `limit` bytes."""
    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], cwd=ROOT, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=timeout, preexec_fn=limited if limit else None)


def one_output_error(r) -> str:
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("error[")]
    assert len(lines) == 1 and lines[0].startswith("error[output]: "), err
    return lines[0]


def unwritable_folders(tmp_path: Path) -> list[Path]:
    """Folders no file can be created in: under a regular file, always; read-only, where chmod
    stops this user (not root)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    folders = [blocker / "out"]
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o500)
    try:
        (readonly / "probe").write_text("x")
        (readonly / "probe").unlink()  # root: chmod stops nothing, the other case stands for it
    except OSError:
        folders.append(readonly / "out")
        folders.append(readonly)
    return folders


def leftovers(folder: Path) -> list[str]:
    """Temporary or empty files left behind."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and (p.name.endswith((".tmp", ".probe")) or p.stat().st_size == 0))


# ---- the single-file command ------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--out-dir", "--html"])
def test_cli_unwritable_output_is_one_line_and_exit_2(tmp_path, option):
    for folder in unwritable_folders(tmp_path):
        target = folder if option == "--out-dir" else folder / "page.html"
        r = run(SEED, option, target, "--model", "none")
        assert str(folder) in one_output_error(r)
        assert r.stdout == b""  # refused before any work: nothing printed that the page would go with


def test_cli_full_stdout_is_one_line_and_exit_2():
    with open("/dev/full", "wb") as full:
        for compact in ([], ["--compact"]):
            r = run(SEED, "--model", "none", *compact, stdout=full)
            assert "standard output" in one_output_error(r)


def test_cli_full_disk_under_out_dir_leaves_no_partial_file(tmp_path):
    out = tmp_path / "out"
    r = run(SEED, CORPUS / "hb-bannian-fulian.txt", "--out-dir", out, "--model", "none", limit=20_000)
    assert "File too large" in one_output_error(r)
    assert leftovers(out) == []
    for written in out.glob("*.json"):
        json.loads(written.read_text("utf-8"))  # whatever was written is whole


# ---- batch --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("faults")
    for n in range(12):
        (root / f"a{n:02d}.txt").write_text(article_text(n), encoding="utf-8")
    return root


@pytest.mark.parametrize("option", ["--out", "--html-dir"])
def test_batch_unwritable_output_is_one_line_and_exit_2(archive, tmp_path, option):
    for folder in unwritable_folders(tmp_path):
        target = folder / "results.jsonl" if option == "--out" else folder
        args = ["--out", tmp_path / "results.jsonl"] if option == "--html-dir" else []
        r = run("batch", archive, option, target, *args, "--model", "none", "-j", "1")
        assert str(folder) in one_output_error(r)
        if option == "--html-dir":  # refused before the work: the output was not even begun
            assert not (tmp_path / "results.jsonl").exists()


def test_batch_full_disk_under_out_cuts_back_to_a_whole_line_and_resumes(archive, tmp_path):
    out = tmp_path / "results.jsonl"
    r = run("batch", archive, "--out", out, "--model", "none", "-j", "1", limit=10_000)
    assert "--resume" in one_output_error(r)
    data = out.read_bytes()
    assert 0 < len(data) <= 10_000 and data.endswith(b"\n")  # whole lines only: nothing to mislead --resume
    written = [json.loads(line) for line in data.splitlines()]
    assert all("error" not in rec for rec in written)  # the fault is the output's, not the inputs'
    r = run("batch", archive, "--out", out, "--resume", "--model", "none", "-j", "1")
    assert r.returncode == 0, r.stderr.decode()
    clean = tmp_path / "clean.jsonl"
    assert run("batch", archive, "--out", clean, "--model", "none", "-j", "1").returncode == 0
    assert out.read_bytes() == clean.read_bytes()


def test_batch_full_disk_under_html_dir_keeps_the_articles(archive, tmp_path):
    pages = tmp_path / "pages"
    # output on standard output (a pipe, which the size limit does not touch); pages are over the limit
    r = run("batch", archive, "--html-dir", pages, "--model", "none", "-j", "2", limit=22_000)  # index ~18 KB
    err = r.stderr.decode()
    assert "Traceback" not in err
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) == 12 and all("error" not in rec for rec in records)  # never turned into errors
    assert "12 review page(s) could not be written" in err and "File too large" in err
    assert leftovers(pages) == []  # no empty pages, no temporary files
    index = (pages / "index.html").read_text("utf-8")
    assert r.returncode == 0
    assert not [p for p in pages.glob("*.html") if p.name != "index.html"]
    assert 'href="a00.html"' not in index  # pages that are not there are not linked
    umask = os.umask(0o022)
    os.umask(umask)
    assert (pages / "index.html").stat().st_mode & 0o777 == 0o666 & ~umask  # an ordinary file, not a private temp


def test_batch_full_disk_under_cache_leaves_no_temporary_files(archive, tmp_path):
    cache = tmp_path / "cache"
    r = run("batch", archive, "--cache", cache, "--model", "none", "-j", "1", limit=1_000)
    err = r.stderr.decode()
    assert r.returncode == 0 and "Traceback" not in err, err
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(records) == 12 and all("error" not in rec for rec in records)
    assert "cache entry(s) could not be written" in err
    assert leftovers(cache) == []


def test_a_full_disk_then_resume_does_not_count_lost_pages_as_linked(archive, tmp_path):
    """Pages lost to a full disk stay unlinked in the index a resumed run writes."""
    out, pages = tmp_path / "results.jsonl", tmp_path / "pages"
    (tmp_path / "one").mkdir()
    os.symlink(archive / "a00.txt", tmp_path / "one" / "a00.txt")
    assert run("batch", tmp_path / "one", "--out", out, "--html-dir", pages, "--model", "none", "-j", "1",
               "-q").returncode == 0
    (pages / "a00.html").unlink()  # as a full disk would have left it
    r = run("batch", archive, "--out", out, "--resume", "--html-dir", pages, "--model", "none", "-j", "1", "-q")
    assert r.returncode == 0, r.stderr.decode()
    index = (pages / "index.html").read_text("utf-8")
    assert 'href="a00.html"' not in index and 'href="a01.html"' in index
