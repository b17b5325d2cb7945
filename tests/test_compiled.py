"""The rule modules may run compiled (mypyc, see setup.py): the same rules, the same results."""
import json
import os
import subprocess
import sys
import time

import pytest

from extractor import _compiled

from .conftest import CORPUS, ROOT

EXTRACT_CORPUS = """
import json, sys
from pathlib import Path
from extractor import Extractor, ExtractorConfig, _compiled
ex = Extractor(ExtractorConfig(model="none"))
out = {p.stem: ex.extract_file(p).model_dump(mode="json") for p in sorted(Path(sys.argv[1]).glob("*.txt"))}
print(json.dumps({"compiled": _compiled.compiled(), "articles": out}, ensure_ascii=False))
"""


def _run(env_extra: dict) -> dict:
    r = subprocess.run([sys.executable, "-c", EXTRACT_CORPUS, str(CORPUS)], capture_output=True, text=True,
                       check=True, cwd=ROOT, env={**os.environ, **env_extra})
    return json.loads(r.stdout)


def test_compiled_rules_give_the_articles_the_source_gives():
    compiled = _run({})
    if not compiled["compiled"]:
        pytest.skip("the rule modules are not compiled in this install (no C compiler, or XF_COMPILE=0)")
    source = _run({"XF_FROM_SOURCE": "1"})
    assert not source["compiled"]
    assert compiled["articles"] == source["articles"]


def _package(root, *, checkout: bool, sources_at: float, builds_at: float):
    """A stand-in for the package: every rule module's source and an (empty) build, at the given times."""
    package = root / "extractor"
    package.mkdir(parents=True)
    if checkout:
        (root / ".git").mkdir()  # a git work tree, as after `pip install -e .`
    for name in _compiled.COMPILED:
        for path, at in ((package / f"{name}.py", sources_at), (package / f"{name}.cpython-311-x86_64-linux-gnu.so", builds_at)):
            path.write_bytes(b"")
            os.utime(path, (at, at))
    return package


def test_a_build_older_than_its_source_is_not_used(tmp_path, monkeypatch):
    built = time.time()
    package = _package(tmp_path, checkout=True, sources_at=built - 60, builds_at=built)
    os.utime(package / "claims.py", (built + 60, built + 60))  # claims.py edited after the build
    monkeypatch.setattr(_compiled, "_PACKAGE", package)
    before = list(sys.meta_path)
    try:
        with pytest.warns(UserWarning, match="claims is newer than its compiled build"):
            _compiled.choose()
        finder = sys.meta_path[0]
        assert finder not in before
        spec = finder.find_spec("extractor.scan")  # every rule module, not only the edited one
        assert spec.origin == str(package / "scan.py")
        assert finder.find_spec("extractor.models") is None
    finally:
        sys.meta_path[:] = before


@pytest.mark.parametrize("checkout,sources_after_build", [
    (False, True),  # installed: an installer may write the sources last
    (True, False),  # a checkout built after its last edit
], ids=["installed", "fresh-checkout-build"])
def test_a_build_is_used(tmp_path, monkeypatch, checkout, sources_after_build):
    built = time.time()
    sources_at = built + 60 if sources_after_build else built - 60
    package = _package(tmp_path, checkout=checkout, sources_at=sources_at, builds_at=built)
    monkeypatch.setattr(_compiled, "_PACKAGE", package)
    monkeypatch.delenv("XF_FROM_SOURCE", raising=False)
    before = list(sys.meta_path)
    _compiled.choose()
    assert sys.meta_path == before
