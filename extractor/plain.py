"""The bundled pipeline without spaCy: the same stage objects, in `pipeline.cfg`'s order, on a `PlainDoc`.

Importing spaCy takes longer (0.6-0.9 s) than extracting a short article does, and a spaCy `Doc`
costs a third of segmenting to build. Nothing the bundled stages do needs either: each reads and
writes `doc._` only (`stages/doc.py`). So where the pipeline is the bundled one, with its own
tokenizer, and no statistical NER model is used (`--model none`, or "auto" without zh_core_web_sm
installed), `Extractor` runs this runner; the Articles are the same byte for byte
(tests/test_plain.py compares the two on the corpus). Any other pipeline (a swapped or added stage,
a NER model) runs in spaCy.
"""
from __future__ import annotations

import configparser
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from .contract import errors
from .stages import doc as d
from .stages.actions import ActionFinder
from .stages.claims import ClaimFinder
from .stages.clean import Cleaner
from .stages.entities import EntityRecognizer
from .stages.honors import HonorFinder
from .stages.metadata import MetadataFinder
from .stages.numbers import NumberFinder
from .stages.tokenizer import segmented, set_extensions

_TOKENIZER = "xf.jieba_segmenter.v1"
# factory -> the stage as `stages/components.py` builds it with its default settings
_STAGES: dict[str, Callable[[], Callable[[Any], Any]]] = {
    "xf_clean": Cleaner,
    "xf_entities": lambda: EntityRecognizer("none", None),
    "xf_numbers": lambda: NumberFinder(True),
    "xf_actions": ActionFinder,
    "xf_claims": ClaimFinder,
    "xf_honors": HonorFinder,
    "xf_metadata": MetadataFinder,
}
# settings a component of the bundled config may carry: the entities stage's model and its loader
_SETTINGS = {"factory", "model"}
_NER_PACKAGE = "zh_core_web_sm"


class Extensions:
    """`doc._` of a `PlainDoc`: every extension of `stages/doc.py`'s `SET_BY`, None until set."""

    __slots__ = tuple(d.SET_BY)

    def __init__(self) -> None:
        for name in d.SET_BY:
            setattr(self, name, None)


class PlainDoc:
    """A text and its extensions: all a stage reads and writes (`stages/doc.py`'s `AnyDoc`)."""

    __slots__ = ("text", "_")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ = Extensions()


class PlainPipeline:
    """`nlp(text) -> doc` as a spaCy `Language` is called, for the bundled stages."""

    max_length = 1_000_000  # spaCy's default: `Extractor` cuts longer texts into chunks alike

    def __init__(self, stages: list[tuple[str, Callable[[Any], Any]]]) -> None:
        self.pipeline = stages

    @property
    def pipe_names(self) -> list[str]:
        return [name for name, _ in self.pipeline]

    def __call__(self, text: str) -> PlainDoc:
        doc = PlainDoc(text)
        set_extensions(doc._, text, segmented(text))
        for _, stage in self.pipeline:
            doc = stage(doc)
        return doc


def plain_pipeline(config_path: Path, model: str) -> PlainPipeline | None:
    """The pipeline of `config_path` without spaCy, or None where it needs spaCy: a stage or a
    tokenizer of another package, a setting the bundled stages do not have, or a NER model."""
    if not _rules_only(model):
        return None
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(config_path, encoding="utf-8")
    try:
        names = json.loads(parser["nlp"]["pipeline"])
        if json.loads(parser["nlp.tokenizer"]["@tokenizers"]) != _TOKENIZER:
            return None
        stages, factories = [], []
        for name in names:
            section = parser[f"components.{name}"]
            factory = json.loads(section["factory"])
            if factory not in _STAGES or set(section) - _SETTINGS or parser.has_section(f"components.{name}.loader") \
                    and dict(parser[f"components.{name}.loader"]) != {"@misc": '"xf.load_ner_model.v1"'}:
                return None
            factories.append(factory)
            stages.append((name, _STAGES[factory]()))
    except (KeyError, ValueError):
        return None  # not the bundled config's shape: spaCy reads it, and says what is wrong
    _check_order(names, factories)
    return PlainPipeline(stages)


def _check_order(names: list[str], factories: list[str]) -> None:
    """As `pipeline.check_order` does for spaCy: every extension a stage reads is set by one before it."""
    set_so_far = {e for e, by in d.SET_BY.items() if by == "the tokenizer"}
    for name, factory in zip(names, factories):
        missing = [e for e in d.REQUIRES[factory] if e not in set_so_far]
        if missing:
            set_by = next((n for n, f in zip(names, factories) if f == d.SET_BY[missing[0]]), "no stage of this pipeline")
            raise errors.STAGE_ORDER(name, f"doc._.{missing[0]}", set_by)
        set_so_far.update(d.assigned_by(factory))


def _rules_only(model: str) -> bool:
    """Does `model` mean no statistical NER (as `stages/components.py`'s loader decides)?"""
    if model in ("none", ""):
        return True
    if model != "auto":
        return False
    try:
        metadata.distribution(_NER_PACKAGE)
    except metadata.PackageNotFoundError:
        return True
    return False
