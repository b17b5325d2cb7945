"""The extractor: decode -> the spaCy pipeline of `pipeline.cfg` -> assemble -> a validated Article.

`Extractor` loads the pipeline once and is reused for many inputs; `extract(text)` is the
one-call form. Stage order and settings live in `pipeline.cfg`; this module only wires them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

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


class Extraction(NamedTuple):
    """An Article and the text its spans index: `text[claim.span.start:claim.span.end] == claim.raw`."""

    article: models.Article
    text: str


class Extractor:
    """Load once, extract many: `Extractor().extract_text(text, id="a1")`.

    `extract_bytes`, `extract_text` and `extract_file` return the Article; `extract_with_text`
    returns it with the text its spans index (to show or check the facts without decoding again).
    """

    def __init__(self, config: ExtractorConfig | None = None):
        self.config = config or ExtractorConfig()
        self.nlp = build_pipeline(self.config.model)

    @property
    def ruleset(self) -> str:
        return ruleset()

    def extract_with_text(self, data: bytes, *, id: str, path: str | None = None, text: str | None = None,
                          encoding: str | None = None, meta_hints: dict | None = None,
                          fields: dict | None = None, what: str | None = None) -> Extraction:
        """Extract the article in `data`, an input's bytes (`source.sha256` hashes them).

        Without `text`, the bytes are the article: they are decoded here. With it, `text` is the
        article found in them (a web page's main text, a JSON row's field, read as `encoding`), and
        the Article carries it as `source.text`: it cannot be had from the bytes by decoding them.
        `fields` are kept as `source.fields`; `what` names the input in error messages (default: the
        path, else the id).
        """
        what = what or path or id
        if len(data) > self.config.max_bytes:
            raise errors.TOO_LARGE(what, len(data), self.config.max_bytes)
        warnings = []
        if text is None:
            decoded = decode(data, what)
            text, encoding = decoded.text, decoded.encoding
            if decoded.replaced:
                warnings.append(f"{decoded.replaced} characters could not be decoded as {encoding} and were replaced")
            carry_text = False
        else:
            _check_text(text, what)
            carry_text = True
        return self._run(text, data, id=id, path=path, encoding=encoding or "utf-8", warnings=warnings,
                         meta_hints=meta_hints, carry_text=carry_text, fields=fields)

    def extract_bytes(self, data: bytes, *, id: str, path: str | None = None,
                      meta_hints: dict | None = None) -> models.Article:
        return self.extract_with_text(data, id=id, path=path, meta_hints=meta_hints).article

    def extract_text(self, text: str, *, id: str, path: str | None = None, encoding: str = "utf-8",
                     meta_hints: dict | None = None) -> models.Article:
        """The article in `text`; its UTF-8 encoding is the input (so there is no `source.text`)."""
        data = text.encode("utf-8")
        if len(data) > self.config.max_bytes:
            raise errors.TOO_LARGE(path or id, len(data), self.config.max_bytes)
        _check_text(text, path or id)
        return self._run(text, data, id=id, path=path, encoding=encoding, warnings=[], meta_hints=meta_hints).article

    def extract_file(self, path: str | Path) -> models.Article:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as e:
            raise errors.UNREADABLE(str(path), e.strerror or str(e)) from e
        return self.extract_bytes(data, id=path.stem, path=str(path))

    def _run(self, text: str, data: bytes, *, id, path, encoding, warnings, meta_hints,
             carry_text: bool = False, fields: dict | None = None) -> Extraction:
        text = _fold_line_ends(text)
        doc = self.nlp(text)
        article = assemble.article(doc, id=id, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding,
                                   version=__version__, ruleset=self.ruleset, warnings=warnings, meta_hints=meta_hints)
        if carry_text or fields is not None:
            source = article.source.model_copy(update={"text": text if carry_text else None, "fields": fields})
            article = article.model_copy(update={"source": source})
        return Extraction(article, text)


def spanned_text(article: models.Article, data: bytes) -> str:
    """The text an Article's spans index, given its input's bytes: `source.text` where the Article
    carries one, else the bytes decoded as `extract_with_text` decodes them."""
    if article.source.text is not None:
        return article.source.text
    return _fold_line_ends(decode(data, article.source.path or article.id).text)


def _fold_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _check_text(text: str, what: str) -> None:
    if not text.strip():
        raise errors.EMPTY(what)
    if not any("\u3400" <= ch <= "\u9fff" for ch in text):
        raise errors.NO_CHINESE(what)


@lru_cache(maxsize=1)
def _default() -> Extractor:
    return Extractor()


def extract(text: str, *, id: str | None = None) -> models.Article:
    """Extract one article from text. The id defaults to a hash of the text."""
    return _default().extract_text(text, id=id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12])
