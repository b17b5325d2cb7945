"""The extractor: decode -> the spaCy pipeline of `pipeline.cfg` -> assemble -> a validated Article.

`Extractor` loads the pipeline once and is reused for many inputs; `extract(text)` is the
one-call form. Stage order and settings live in `pipeline.cfg`; this module only wires them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import assemble, lexicon
from .contract import errors, models

# registering the stages' factories is importing their modules
from .stages import actions, claims, clean, entities, honors, metadata, numbers, tokenizer  # noqa: F401
from .text.decode import decode

__version__ = "0.1.0"
_PACKAGE = Path(__file__).resolve().parent
_CONFIG = _PACKAGE / "pipeline.cfg"
# the modules whose content decides what is extracted (the lexicons are hashed with them)
_RULE_MODULES = (_PACKAGE / "lexicon.py", _PACKAGE / "assemble.py", *sorted((_PACKAGE / "text").glob("*.py")),
                 *sorted((_PACKAGE / "stages").glob("*.py")))


@dataclass(frozen=True)
class ExtractorConfig:
    """Options a user may set; everything else is in `pipeline.cfg`."""

    model: str = "auto"  # statistical NER: "auto" (zh_core_web_sm if installed), "none", a name or a path
    max_bytes: int = 8_000_000  # an article is never this long; larger input is refused, not ground through


def build_pipeline(model: str = "auto", config_path: Path = _CONFIG) -> Language:
    config = spacy.util.load_config(config_path)
    if "xf_entities" in config["components"]:
        config["components"]["xf_entities"]["model"] = model
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    check_order(nlp)
    return nlp


def check_order(nlp: Language) -> None:
    """Every stage's `requires=` is assigned by a stage before it (spaCy's own analysis), so a wrong
    order in the config fails here, naming the stage to move, instead of extracting less."""
    problems = (nlp.analyze_pipes() or {}).get("problems", {})
    for stage, missing in problems.items():
        if missing:
            attr = missing[0]
            set_by = next((name for name, meta in zip(nlp.pipe_names, map(nlp.get_pipe_meta, nlp.pipe_names))
                           if attr in meta.assigns), "no stage of this pipeline")
            raise errors.STAGE_ORDER(stage, attr, set_by)


@lru_cache(maxsize=1)
def ruleset() -> str:
    return lexicon.ruleset_hash(_RULE_MODULES)


class Extractor:
    """Load once, extract many: `Extractor().extract_text(text, id="a1")`."""

    def __init__(self, config: ExtractorConfig | None = None):
        self.config = config or ExtractorConfig()
        self.nlp = build_pipeline(self.config.model)

    @property
    def ruleset(self) -> str:
        return ruleset()

    def extract_bytes(self, data: bytes, *, id: str, path: str | None = None,
                      meta_hints: dict | None = None) -> models.Article:
        what = path or id
        if len(data) > self.config.max_bytes:
            raise errors.TOO_LARGE(what, len(data), self.config.max_bytes)
        decoded = decode(data, what)
        warnings = []
        bad = decoded.text.count("\ufffd")
        if bad:
            warnings.append(f"{bad} characters could not be decoded as {decoded.encoding} and were replaced")
        return self._extract(decoded.text, id=id, path=path, encoding=decoded.encoding,
                             sha256=hashlib.sha256(data).hexdigest(), warnings=warnings, meta_hints=meta_hints)

    def extract_text(self, text: str, *, id: str, path: str | None = None, encoding: str = "utf-8",
                     meta_hints: dict | None = None) -> models.Article:
        data = text.encode("utf-8")
        if len(data) > self.config.max_bytes:
            raise errors.TOO_LARGE(path or id, len(data), self.config.max_bytes)
        if not text.strip():
            raise errors.EMPTY(path or id)
        if not any("\u3400" <= ch <= "\u9fff" for ch in text):
            raise errors.NO_CHINESE(path or id)
        return self._extract(text, id=id, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(),
                             warnings=[], meta_hints=meta_hints)

    def extract_file(self, path: str | Path) -> models.Article:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as e:
            raise errors.UNREADABLE(str(path), e.strerror or str(e)) from e
        return self.extract_bytes(data, id=path.stem, path=str(path))

    def _extract(self, text, *, id, path, encoding, sha256, warnings, meta_hints) -> models.Article:
        text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
        doc = self.nlp(text)
        return assemble.article(doc, id=id, path=path, sha256=sha256, encoding=encoding, version=__version__,
                                ruleset=self.ruleset, warnings=warnings, meta_hints=meta_hints)


@lru_cache(maxsize=1)
def _default() -> Extractor:
    return Extractor()


def extract(text: str, *, id: str | None = None) -> models.Article:
    """Extract one article from text. The id defaults to a hash of the text."""
    return _default().extract_text(text, id=id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12])
