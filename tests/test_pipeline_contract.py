"""The pipeline as spaCy sees it: stages found by entry point, declared inputs and outputs checked,
Docs that serialise. Each bar check runs in a fresh process where it matters (nothing imported
before it)."""
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc, DocBin

from extractor import assemble
from extractor.contract import errors
from extractor.pipeline import _CONFIG, build_pipeline
from extractor.stages import doc as d

from .conftest import CORPUS, ROOT

SEED = CORPUS / "changyi-fulian-2023.txt"
_ASSEMBLE = dict(id="x", path=None, sha256="0", encoding="utf-8", version="v", ruleset="r", warnings=[])


def _fresh(code: str, tmp_path: Path) -> str:
    # cwd outside the checkout: the package is found as installed, the way a user's process finds it
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def test_importing_the_package_installs_no_import_hook(tmp_path):
    out = _fresh("import sys; before = list(sys.meta_path); import extractor; print(sys.meta_path == before)", tmp_path)
    assert out.strip() == "True"


def test_a_stage_is_found_by_spacy_without_importing_the_package(tmp_path):
    code = """
import sys, spacy
nlp = spacy.blank("zh")
nlp.add_pipe("xf_numbers")
doc = nlp("培训农村妇女2000人次")
print([(n.value, n.unit) for n in doc._.xf_numbers])
"""
    assert json.loads(_fresh(code, tmp_path).replace("(", "[").replace(")", "]").replace("'", '"')) == [[2000.0, "人次"]]


def test_a_saved_pipeline_loads_in_a_fresh_process(tmp_path):
    build_pipeline("none").to_disk(tmp_path / "saved")
    code = f"""
import spacy
nlp = spacy.load({str(tmp_path / "saved")!r})
doc = nlp(open({str(SEED)!r}, encoding="utf-8").read())
print(len(doc._.xf_claims), len(doc._.xf_honors))
"""
    assert _fresh(code, tmp_path).split() == ["27", "8"]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("none")


def test_a_processed_doc_round_trips_through_docbin(nlp):
    doc = nlp(SEED.read_text("utf-8"))
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (restored,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert assemble.article(restored, **_ASSEMBLE) == assemble.article(doc, **_ASSEMBLE)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert assemble.article(again, **_ASSEMBLE) == assemble.article(doc, **_ASSEMBLE)


def _plain(value, sequence):
    """`value` as msgpack gives it back: every list, tuple and NamedTuple a plain `sequence`."""
    if isinstance(value, (list, tuple)):
        return sequence(_plain(v, sequence) for v in value)
    return value


_READERS = [(d.removed, "xf_removed"), (d.entities, "xf_entities"), (d.numbers, "xf_numbers"),
            (d.actions, "xf_actions"), (d.claims, "xf_claims"), (d.honors, "xf_honors"),
            (lambda ext, stage: d.rejected(ext, "xf_claims_rejected", stage), "xf_claims_rejected"),
            (d.meta, "xf_meta")]


@pytest.mark.parametrize("sequence", [list, tuple], ids=["lists", "tuples"])
@pytest.mark.parametrize("read,name", _READERS, ids=[name for _, name in _READERS])
def test_a_restored_docs_facts_read_back_as_stored_whatever_sequences_msgpack_gave(nlp, read, name, sequence):
    # DocBin's reader gives tuples, Doc.from_bytes's lists; the compiled readers once took only lists
    doc = nlp(SEED.read_text("utf-8"))
    stored = read(doc._, "test")
    assert stored, name
    for value in (stored, [] if type(stored) is list else stored):
        restored = read(SimpleNamespace(**{name: _plain(value, sequence)}), "test")
        assert _shape(restored) == _shape(value)


def _shape(value):
    """`value` with the type of every sequence in it: equal only where both are built alike."""
    if isinstance(value, (list, tuple)):
        return type(value), [_shape(v) for v in value]
    return value


def test_nlp_pipe_with_two_processes_gives_what_one_gives(nlp):
    texts = [SEED.read_text("utf-8"), (CORPUS / "xf-shuanghe-zhen-honors.txt").read_text("utf-8")]
    one = [assemble.article(d, **_ASSEMBLE) for d in nlp.pipe(texts)]
    two = [assemble.article(d, **_ASSEMBLE) for d in nlp.pipe(texts, n_process=2)]
    assert one == two


@pytest.mark.parametrize("first,second", [("xf_actions", "xf_claims"), ("xf_entities", "xf_honors"),
                                          ("xf_clean", "xf_metadata")])
def test_dependent_stages_in_the_wrong_order_fail_at_build(tmp_path, first, second):
    text = _CONFIG.read_text("utf-8")
    order = json.loads(text.split("pipeline = ", 1)[1].splitlines()[0])
    i, j = order.index(first), order.index(second)
    order[i], order[j] = order[j], order[i]
    swapped = tmp_path / "swapped.cfg"
    swapped.write_text(text.replace(text.split("pipeline = ", 1)[1].splitlines()[0], json.dumps(order)), "utf-8")
    with pytest.raises(errors.StageOrderError, match=f"put {first} before {second}"):
        build_pipeline("none", swapped)


def test_a_stage_run_on_a_doc_without_its_inputs_says_which_stage_is_missing(nlp):
    doc = nlp.make_doc("开展宣讲128场次。")
    with pytest.raises(errors.StageOrderError, match="xf_claims reads doc._.xf_numbers, which xf_numbers sets"):
        nlp.get_pipe("xf_claims")(doc)


def test_the_stage_order_lives_in_one_config_file():
    assert build_pipeline("none").pipe_names == json.loads(
        _CONFIG.read_text("utf-8").split("pipeline = ", 1)[1].splitlines()[0])
    assert (ROOT / "extractor" / "pipeline.cfg") == _CONFIG
