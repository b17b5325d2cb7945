"""The Ray engine (`batch --engine ray`) against a real local Ray: same output as the local engine.

Skipped only where Ray is not installed (`pip install -e '.[ray]'`); CI installs it.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own, from inside Ray Data

from extractor.app.batch import BatchOptions, run_batch
from extractor.app.engines import JobSpec

sys.path.insert(0, str(Path(__file__).parent))
from test_batch import build_archive

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]


def test_ray_output_equals_local_output(tmp_path):
    mixed = tmp_path / "mixed"
    build_archive(mixed, good=12)
    inputs = [str(mixed), str(tmp_path / "missing.txt")] + [str(p) for c in CORPORA for p in sorted(c.glob("*.txt"))]
    outputs = {}
    for engine in ("local", "ray"):
        out, html = tmp_path / f"{engine}.jsonl", tmp_path / f"{engine}-html"
        err = io.StringIO()
        outcome = run_batch(BatchOptions(inputs, spec=JobSpec(html_dir=str(html)), out=str(out), workers=2,
                                         engine=engine), stderr=err)
        assert outcome.status == 1, err.getvalue()  # missing.txt: a named path that does not exist
        outputs[engine] = out.read_bytes(), {p.name: p.read_bytes() for p in html.iterdir()}
    local, remote = outputs["local"], outputs["ray"]
    assert local[0].count(b"\n") >= 50
    assert remote[0] == local[0]
    assert remote[1] == local[1]  # the review pages too (rendered on the actors, written here)
    assert not ray.is_initialized()  # the local Ray started for the job is shut down


def test_ray_resume_continues_a_local_run(tmp_path):
    mixed = tmp_path / "mixed"
    build_archive(mixed, good=6)
    full = tmp_path / "full.jsonl"
    run_batch(BatchOptions([str(mixed)], out=str(full), workers=1, quiet=True))
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(lines[:10]) + b'{"id": "torn')
    outcome = run_batch(BatchOptions([str(mixed)], out=str(out), resume=True, workers=2, engine="ray", quiet=True))
    assert outcome.status == 0 and outcome.summary.skipped == 10
    assert out.read_bytes() == full.read_bytes()


def test_ray_isolates_an_input_that_kills_its_actor_and_bounds_time():
    from test_batch import fake_tasks

    from extractor.app.engines.ray import RayEngine

    # the actors import the stand-in extractor by its package path (the checkout is their cwd); the
    # limit leaves a loaded machine time for an actor's first input, which imports spaCy
    spec = JobSpec(factory="tests.test_batch:FakeExtractor", timeout=5.0)
    texts = ["正常一", "死循环", "正常二", "崩溃了", "正常三"]
    results = list(RayEngine(spec, workers=2).map(fake_tasks(texts)))
    assert [r.id for r in results] == [f"t{n:03d}" for n in range(5)]
    assert [r.error for r in results] == [None, "timeout", None, "crashed", None]


def test_ray_stops_when_the_pipeline_cannot_load(tmp_path):
    (tmp_path / "a.txt").write_text("正常", "utf-8")
    err = io.StringIO()
    spec = JobSpec(factory="tests.test_batch:FakeExtractor", config="broken")
    outcome = run_batch(BatchOptions([str(tmp_path)], spec=spec, out=str(tmp_path / "o.jsonl"), workers=1,
                                     engine="ray"), stderr=err)
    assert outcome.status == 2 and "cannot be loaded" in err.getvalue()
