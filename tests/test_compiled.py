"""A regular install compiles the rule modules with mypyc (setup.py): the same rules, the same results.

An editable install (this checkout's tests) runs the source. The compiled build is compared with it
where one is given: `XF_COMPILED_DIR` names a folder holding an unpacked compiled wheel
(`.ci/run` builds one); `XF_REQUIRE_COMPILED=1` makes its absence a failure, as in CI.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPUS

EXTRACT_CORPUS = """
import json, sys
from pathlib import Path
import extractor.stages.claims
from extractor import Extractor, ExtractorConfig
ex = Extractor(ExtractorConfig(model="none"))
out = {p.stem: ex.extract_file(p).model_dump(mode="json") for p in sorted(Path(sys.argv[1]).glob("*.txt"))}
for a in out.values():
    a["extractor"].pop("ruleset")  # the hash covers the files present: the compiled tree has .so files besides
print(json.dumps({"claims_module": extractor.stages.claims.__file__, "articles": out}, ensure_ascii=False))
"""

COMPILED = os.environ.get("XF_COMPILED_DIR")


def _run(tmp_path: Path, pythonpath: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    r = subprocess.run([sys.executable, "-c", EXTRACT_CORPUS, str(CORPUS)], capture_output=True, text=True,
                       cwd=tmp_path, env=env, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


def test_the_checkout_runs_its_rules_from_source():
    import extractor.stages.claims

    assert extractor.stages.claims.__file__.endswith(".py")


@pytest.mark.skipif(not COMPILED and os.environ.get("XF_REQUIRE_COMPILED") != "1",
                    reason="no compiled build given (XF_COMPILED_DIR)")
def test_compiled_rules_give_the_articles_the_source_gives(tmp_path):
    assert COMPILED, "XF_REQUIRE_COMPILED=1 but XF_COMPILED_DIR is not set"
    compiled = _run(tmp_path, COMPILED)
    source = _run(tmp_path, None)
    assert not compiled["claims_module"].endswith(".py"), compiled["claims_module"]
    assert source["claims_module"].endswith(".py")
    assert compiled["articles"] == source["articles"]


ROUND_TRIP = """
import sys
from pathlib import Path
from spacy.tokens import Doc, DocBin
import extractor.stages.doc
from extractor import assemble
from extractor.pipeline import build_pipeline
nlp = build_pipeline("none")
given = dict(id="x", path=None, sha256="0", encoding="utf-8", version="v", ruleset="r", warnings=[])
doc = nlp(Path(sys.argv[1]).read_text("utf-8"))
bin_ = DocBin(store_user_data=True)
bin_.add(doc)
(restored,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
fresh = assemble.article(doc, **given)
print(extractor.stages.doc.__file__, assemble.article(restored, **given) == fresh, assemble.article(again, **given) == fresh)
"""


@pytest.mark.skipif(not COMPILED and os.environ.get("XF_REQUIRE_COMPILED") != "1",
                    reason="no compiled build given (XF_COMPILED_DIR)")
def test_compiled_readers_take_a_doc_restored_from_bytes(tmp_path):
    # msgpack gives tuples (DocBin) or lists (Doc.from_bytes) where lists and NamedTuples were stored:
    # the source takes either, compiled code checks the annotated type (the DocBin round trip once
    # failed only in the installed build)
    assert COMPILED, "XF_REQUIRE_COMPILED=1 but XF_COMPILED_DIR is not set"
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONPATH": COMPILED}
    r = subprocess.run([sys.executable, "-c", ROUND_TRIP, str(CORPUS / "changyi-fulian-2023.txt")], check=False,
                       capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    module, from_docbin, from_bytes = r.stdout.split()
    assert not module.endswith(".py"), module
    assert (from_docbin, from_bytes) == ("True", "True")
