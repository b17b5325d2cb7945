"""The stages as spaCy components: importing this module registers every factory, the tokenizer, the
NER loader and the `Doc._` extensions with spaCy (the package's `spacy_factories`, `spacy_tokenizers`
and `spacy_misc` entry points point here, so `spacy.blank("zh").add_pipe("xf_numbers")` finds them).

The stage modules themselves do not import spaCy: a stage reads and writes `doc._` only
(`doc.AnyDoc`), so the bundled pipeline also runs without spaCy (`plain.py`), the same code on a
plainer Doc. What each stage assigns and requires is declared in `doc.py`, for both.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..contract import errors
from . import doc as d
from .actions import ActionFinder
from .claims import ClaimFinder
from .clean import Cleaner
from .entities import EntityRecognizer
from .honors import HonorFinder
from .metadata import MetadataFinder
from .numbers import NumberFinder
from .tokenizer import JiebaSegmenter

for _name in d.SET_BY:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@registry.tokenizers("xf.jieba_segmenter.v1")
def create_segmenter():
    def make(nlp: Language) -> JiebaSegmenter:
        return JiebaSegmenter(nlp.vocab)

    return make


@registry.misc("xf.load_ner_model.v1")
def create_model_loader():
    """Policy: which spaCy pipeline supplies statistical NER. "auto" uses zh_core_web_sm when it is
    installed; "none" uses rules only; anything else is a package name or a directory."""

    def load(name: str) -> Language | None:
        if name in ("none", ""):
            return None
        if name == "auto":
            if not spacy.util.is_package("zh_core_web_sm"):
                return None
            name = "zh_core_web_sm"
        try:
            model = spacy.load(name)
        except (OSError, ImportError) as e:
            raise errors.MODEL_NOT_FOUND(name) from e
        if "ner" not in model.pipe_names:
            raise errors.ModelNotFound(f"spaCy pipeline {name!r} has no 'ner' component")
        return model

    return load


def _io(stage: str, *extra: str) -> dict:
    """What spaCy is told `stage` assigns and requires (`stages/doc.py` declares both)."""
    return {"assigns": [*d.attrs(*d.assigned_by(stage)), *extra], "requires": d.attrs(*d.REQUIRES[stage])}


@Language.factory("xf_clean", **_io("xf_clean"), default_config={})
def make_clean(nlp: Language, name: str) -> Cleaner:
    return Cleaner()


@Language.factory("xf_entities", **_io("xf_entities", "doc.spans", "doc.ents"),
                  default_config={"model": "auto", "loader": {"@misc": "xf.load_ner_model.v1"}})
def make_entities(nlp: Language, name: str, model: str, loader) -> EntityRecognizer:
    return EntityRecognizer(model, loader(model))


@Language.factory("xf_numbers", **_io("xf_numbers"), default_config={})
def make_numbers(nlp: Language, name: str) -> NumberFinder:
    # our tokenizer's tokens are the segmenter's words: the stage reuses them; any other tokenizer's are not
    return NumberFinder(isinstance(nlp.tokenizer, JiebaSegmenter))


@Language.factory("xf_actions", **_io("xf_actions"), default_config={})
def make_actions(nlp: Language, name: str) -> ActionFinder:
    return ActionFinder()


@Language.factory("xf_claims", **_io("xf_claims"), default_config={})
def make_claims(nlp: Language, name: str) -> ClaimFinder:
    return ClaimFinder()


@Language.factory("xf_honors", **_io("xf_honors"), default_config={})
def make_honors(nlp: Language, name: str) -> HonorFinder:
    return HonorFinder()


@Language.factory("xf_metadata", **_io("xf_metadata"), default_config={})
def make_metadata(nlp: Language, name: str) -> MetadataFinder:
    return MetadataFinder()
