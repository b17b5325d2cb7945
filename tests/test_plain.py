"""The plain runner (`extractor/plain.py`): the bundled stages without spaCy give the same Articles as
the spaCy pipeline, and it is used exactly where the pipeline needs nothing of spaCy's."""
from __future__ import annotations

import subprocess
import sys

import pytest

from extractor import Extractor, ExtractorConfig
from extractor.contract.serialize import dumps
from extractor.pipeline import _CONFIG, shared_pipeline
from extractor.plain import PlainPipeline, plain_pipeline

from .conftest import CORPUS, ROOT, SHARED

DEV = SHARED / "corpus" / "dev"


def _articles() -> list:
    return sorted(CORPUS.glob("*.txt")) + (sorted(DEV.glob("*.txt")) if DEV.is_dir() else [])


@pytest.fixture(scope="module")
def both():
    plain = Extractor(ExtractorConfig(model="none"))
    assert isinstance(plain.pipe, PlainPipeline)
    spacy_run = Extractor(ExtractorConfig(model="none"))
    spacy_run.pipe = shared_pipeline("none")
    return plain, spacy_run


@pytest.mark.parametrize("path", _articles(), ids=lambda p: p.name)
def test_the_plain_runner_gives_the_spacy_pipelines_article(both, path):
    plain, spacy_run = both
    data = path.read_bytes()
    assert dumps(plain.extract_bytes(data, id=path.stem)) == dumps(spacy_run.extract_bytes(data, id=path.stem))


def test_both_run_the_stages_of_the_config_in_its_order(both):
    plain, spacy_run = both
    assert plain.pipe.pipe_names == spacy_run.pipe.pipe_names


@pytest.mark.parametrize("edit, plain", [
    (lambda cfg: cfg, True),
    # a stage of another package, a setting the bundled stage lacks, another tokenizer: spaCy's business
    (lambda cfg: cfg.replace('factory = "xf_honors"', 'factory = "someone_elses_honors"'), False),
    (lambda cfg: cfg.replace('factory = "xf_claims"', 'factory = "xf_claims"\nthreshold = 3'), False),
    (lambda cfg: cfg.replace('"xf.jieba_segmenter.v1"', '"spacy.zh.ChineseTokenizer"'), False),
    (lambda cfg: cfg.replace('"xf.load_ner_model.v1"', '"my.loader.v1"'), False),
    # a reordered or shortened pipeline is still the bundled stages: run in that order
    (lambda cfg: cfg.replace(',"xf_metadata"', ''), True),
])
def test_the_plain_runner_stands_in_only_for_the_bundled_stages(tmp_path, edit, plain):
    path = tmp_path / "pipeline.cfg"
    path.write_text(edit(_CONFIG.read_text(encoding="utf-8")), encoding="utf-8")
    assert (plain_pipeline(path, "none") is not None) == plain


def test_a_stage_before_its_inputs_fails_as_in_spacy(tmp_path):
    from extractor.contract.errors import StageOrderError

    path = tmp_path / "pipeline.cfg"
    path.write_text(_CONFIG.read_text(encoding="utf-8").replace('"xf_actions","xf_claims"', '"xf_claims","xf_actions"'),
                    encoding="utf-8")
    with pytest.raises(StageOrderError, match="xf_claims reads doc._.xf_actions, which xf_actions sets"):
        plain_pipeline(path, "none")


@pytest.mark.parametrize("model, plain", [("none", True), ("", True), ("zh_core_web_md", False),
                                          ("/some/trained/pipeline", False)])
def test_a_ner_model_needs_spacy(model, plain):
    assert (plain_pipeline(_CONFIG, model) is not None) == plain


def test_extracting_with_rules_only_never_imports_spacy(tmp_path):
    article = next(iter(sorted(CORPUS.glob("*.txt"))))
    code = ("import sys; from extractor import Extractor, ExtractorConfig; "
            "a = Extractor(ExtractorConfig(model='none')).extract_file(sys.argv[1]); "
            "print(len(a.claims), 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.split()
    assert int(out[0]) > 0 and out[1] == "False"
