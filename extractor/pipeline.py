"""The extractor: decode -> the spaCy pipeline of `pipeline.cfg` -> assemble -> a validated Article.

`Extractor` loads the pipeline once and is reused for many inputs; `extract(text)` is the
one-call form. Stage order and settings live in `pipeline.cfg`; this module only wires them.
Where that pipeline needs nothing of spaCy's (the bundled stages, no NER model), the same stages
run without importing spaCy at all (`plain.py`): the Articles are the same.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import assemble, lexicon
from .config import ExtractorConfig, __version__
from .contract import errors, models
from .plain import plain_pipeline
from .stages import doc as stage_data
from .text.decode import decode
from .text.glosses import strip_glosses

_PACKAGE = Path(__file__).resolve().parent
_CONFIG = _PACKAGE / "pipeline.cfg"
# the modules whose content decides what is extracted (the lexicons are hashed with them)
_RULE_MODULES = (_PACKAGE / "lexicon.py", _PACKAGE / "assemble.py", *sorted((_PACKAGE / "text").glob("*.py")),
                 *sorted((_PACKAGE / "stages").glob("*.py")))


if TYPE_CHECKING:
    from spacy.language import Language


def build_pipeline(model: str = "auto", config_path: Path = _CONFIG) -> Language:
    """The spaCy pipeline of `config_path`, its entities stage using `model`."""
    import spacy

    from .stages import components  # noqa: F401  (registers the stages with spaCy)

    config = spacy.util.load_config(config_path)
    if "xf_entities" in config["components"]:
        config["components"]["xf_entities"]["model"] = model
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    check_order(nlp)
    return nlp


@lru_cache(maxsize=None)
def shared_pipeline(model: str = "auto") -> Language:
    """The pipeline for `model`, built once per process and shared by every Extractor in it (its
    stages keep no state between documents). A batch worker forked from a warmed parent finds it
    built and warm (`warm`)."""
    return build_pipeline(model)


@lru_cache(maxsize=None)
def shared_runner(model: str = "auto") -> Any:
    """What extraction runs for `model`: the bundled stages without spaCy where they need nothing of
    it (`plain.py`), else the spaCy pipeline; built once per process, as `shared_pipeline`."""
    return plain_pipeline(_CONFIG, model) or shared_pipeline(model)


# a short article of our own that goes through every stage and most of their rules: the first
# extraction of a process compiles the rules' patterns and loads their data, which `warm` does ahead
_WARM_UP = """县妇联2023年工作总结
发布时间：2023-12-28 10:00 来源：县妇联
一、实施“巾帼建功”行动
一是强化技能培训。全年开展培训42期，培训农村妇女不少于2100人次，其中约三百余人取得证书。
二是发放创业贷款0.8亿元，帮扶妇女800余人，同比增长15%。
二、主要指标完成情况
刘亦光家庭获评全国最美家庭，张红、李明和王芳被市妇联评为三八红旗手；
县妇联先后荣获全国巾帼文明岗、省先进集体等称号，14人获评“最美家庭”。
其中，我县16个单位获先进集体称号。咨询电话：0536-8198101
"""


def warm(model: str = "auto") -> Any:
    """Build the shared runner for `model` and run one article through it, so that the next
    extraction in this process (or in a process forked from it) costs what every later one costs.
    For a process that loads the pipeline to extract with it from then on (the batch fork server):
    everything alive is frozen for the garbage collector."""
    runner = shared_runner(model)
    runner(_WARM_UP)
    # what is loaded now lives as long as the process: out of the collector's sight (`gc.freeze`),
    # its full collections no longer walk the pipeline's tens of thousands of objects (callgrind,
    # compiled, articles dropped after extraction: 7.99 -> 7.43 M instructions an article), and a
    # process forked from this one does not copy the pages the collector would write to
    gc.freeze()
    return runner


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


class Rejection(NamedTuple):
    """A candidate fact a named rule turned down, with its evidence in the text (for `eval`)."""

    fact: str  # "claim" or "honor"
    start: int
    end: int
    rule: str
    detail: str  # what the candidate read as


class Extraction(NamedTuple):
    """An Article and the text its spans index: `text[claim.span.start:claim.span.end] == claim.raw`."""

    article: models.Article
    text: str


def _only_extractor_errors(method):
    """The library raises `ExtractorError`s only: any other exception on an input is a bug, raised as
    `InternalError` (kind `internal`) with the original as its cause."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except errors.ExtractorError:
            raise
        except Exception as e:  # noqa: BLE001 - re-raised as the catalogue's kind for bugs
            what = kwargs.get("what") or kwargs.get("path") or kwargs.get("id") or "the input"
            raise errors.INTERNAL(str(what), e) from e

    return wrapper


class Extractor:
    """Load once, extract many: `Extractor().extract_text(text, id="a1")`.

    `extract_bytes`, `extract_text` and `extract_file` return the Article; `extract_with_text`
    returns it with the text its spans index (to show or check the facts without decoding again).
    Each raises only `ExtractorError` subclasses: `InputError`s for inputs that cannot be extracted
    (their `kind` says why), `ExtractionTimeout`, and `InternalError` for a bug.

    Lone surrogates (U+D800..U+DFFF, which a Python str can hold and UTF-8 cannot: a JSON row's
    "\\ud800", a text built from broken UTF-16) are replaced with U+FFFD, the same length, with a
    warning; a text made of little else is `undecodable`, as bytes with as many bad characters are.
    A text longer than `ExtractorConfig.chunk_chars` is extracted in chunks cut at paragraph ends
    (spaCy refuses texts over 1,000,000 characters, and some rule stages take more than linear
    time): every span still indexes the whole text; a fact whose evidence crosses a cut is lost.
    """

    def __init__(self, config: ExtractorConfig | None = None):
        self.config = config or ExtractorConfig()
        # what extracts: the plain runner or the spaCy pipeline (`shared_runner`)
        self.pipe = shared_runner(self.config.model)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, for spaCy's tools (`nlp.pipe`, `DocBin`): built on first use."""
        return shared_pipeline(self.config.model)

    @property
    def ruleset(self) -> str:
        return ruleset()

    @_only_extractor_errors
    def extract_with_text(self, data: bytes, *, id: str, path: str | None = None, text: str | None = None,
                          encoding: str | None = None, meta_hints: dict | None = None,
                          fields: dict | None = None, what: str | None = None,
                          rejected: list[Rejection] | None = None) -> Extraction:
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
            text = _valid_text(text, what, warnings)
            _check_text(text, what)
            carry_text = True
        return self._run(text, data, id=id, path=path, encoding=encoding or "utf-8", warnings=warnings,
                         meta_hints=meta_hints, carry_text=carry_text, fields=fields, rejected=rejected)

    @_only_extractor_errors
    def extract_bytes(self, data: bytes, *, id: str, path: str | None = None,
                      meta_hints: dict | None = None) -> models.Article:
        return self.extract_with_text(data, id=id, path=path, meta_hints=meta_hints).article

    @_only_extractor_errors
    def extract_text(self, text: str, *, id: str, path: str | None = None, encoding: str = "utf-8",
                     meta_hints: dict | None = None) -> models.Article:
        """The article in `text`; its UTF-8 encoding is the input (so there is no `source.text`)."""
        what = path or id
        warnings: list[str] = []
        if len(text) > self.config.max_bytes:  # a UTF-8 character is one byte or more: over, whatever it holds
            raise errors.TOO_LARGE(what, len(text), self.config.max_bytes)
        try:  # a text UTF-8 can encode holds no lone surrogate: nothing to look for
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            text = _valid_text(text, what, warnings)
            data = text.encode("utf-8")
        if len(data) > self.config.max_bytes:
            raise errors.TOO_LARGE(what, len(data), self.config.max_bytes)
        _check_text(text, what)
        return self._run(text, data, id=id, path=path, encoding=encoding, warnings=warnings,
                         meta_hints=meta_hints).article

    @_only_extractor_errors
    def extract_file(self, path: str | Path) -> models.Article:
        path = Path(path)
        try:
            with open(path, "rb") as fh:
                data = fh.read(self.config.max_bytes + 1)  # never more than the limit (a device, a FIFO)
        except OSError as e:
            raise errors.UNREADABLE(str(path), e.strerror or str(e)) from e
        if len(data) > self.config.max_bytes:
            raise errors.TOO_LARGE(str(path), len(data), self.config.max_bytes, at_least=True)
        return self.extract_bytes(data, id=path.stem, path=str(path))

    def explain(self, data: bytes, *, id: str, path: str | None = None) -> tuple[Extraction, list[Rejection]]:
        """`extract_with_text` on an input's bytes, and every candidate fact a rule turned down (the
        spans index the same text): what `eval` shows beside a missed gold fact."""
        rejected: list[Rejection] = []
        return self.extract_with_text(data, id=id, path=path, rejected=rejected), rejected

    def _run(self, text: str, data: bytes, *, id, path, encoding, warnings, meta_hints,
             carry_text: bool = False, fields: dict | None = None,
             rejected: list[Rejection] | None = None) -> Extraction:
        text = _fold_line_ends(text)
        text, glosses = strip_glosses(text)
        if glosses:
            carry_text = True  # the spans index the text without its glosses: the Article carries it
            warnings.append(f"{glosses} pinyin glosses after characters (就(jiu)业(ye)) were removed before "
                            "extraction: the spans index source.text")
        # what came with the text (a file name that is not UTF-8, a row's fields) must be writable too
        id, path, meta_hints, fields = (models._scrubbed(v) for v in (id, path, meta_hints, fields))
        sha256 = hashlib.sha256(data).hexdigest()
        pieces = _chunks(text, min(self.config.chunk_chars, self.pipe.max_length))
        parts = []
        with _young_threshold(self.config.gc_young_threshold):
            for start, end in pieces:
                doc = self.pipe(text[start:end])
                if rejected is not None:
                    rejected.extend(_rejections(doc, start))
                parts.append(assemble.article(doc, id=id, path=path, sha256=sha256, encoding=encoding,
                                              version=__version__, ruleset=self.ruleset, warnings=warnings,
                                              meta_hints=meta_hints))
        article = parts[0] if len(parts) == 1 else _merged(parts, pieces, warnings)
        if carry_text or fields is not None:
            source = article.source.model_copy(update={"text": text if carry_text else None, "fields": fields})
            article = article.model_copy(update={"source": source})
        return Extraction(article, text)


@contextmanager
def _young_threshold(threshold: int) -> Iterator[None]:
    """The collector's first threshold raised to `threshold` while the block runs (see
    `ExtractorConfig.gc_young_threshold`), then put back: unless it was already as high, or 0 (the
    collector off), and unless someone set another meanwhile (another thread's setting stands).
    Callgrind, compiled, 100 articles: 7.53M -> 7.04M instructions an article; 2-3% of the time."""
    before = gc.get_threshold()
    if not threshold or not before[0] or before[0] >= threshold:
        yield
        return
    gc.set_threshold(threshold, *before[1:])
    try:
        yield
    finally:
        if gc.get_threshold()[0] == threshold:
            gc.set_threshold(*before)


def _rejections(doc, offset: int) -> list[Rejection]:
    ext = doc._
    return [Rejection(fact, r.start + offset, r.end + offset, r.rule, r.detail)
            for fact, name, stage in (("claim", "xf_claims_rejected", "xf_claims"), ("honor", "xf_honors_rejected", "xf_honors"))
            if getattr(ext, name) is not None for r in stage_data.rejected(ext, name, stage)]


def spanned_text(article: models.Article, data: bytes) -> str:
    """The text an Article's spans index, given its input's bytes: `source.text` where the Article
    carries one, else the bytes decoded as `extract_with_text` decodes them."""
    if article.source.text is not None:
        return article.source.text
    return _fold_line_ends(decode(data, article.source.path or article.id).text)


def _fold_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _valid_text(text: str, what: str, warnings: list[str]) -> str:
    """`text` without lone surrogates (see `Extractor`); a warning says how many were replaced."""
    text, replaced = models.without_surrogates(text)
    if replaced:
        if replaced > max(16, len(text) // 100):
            raise errors.UNDECODABLE(what)
        warnings.append(f"{replaced} lone surrogate code points (not text: broken UTF-16) were replaced with U+FFFD")
    return text


def _check_text(text: str, what: str) -> None:
    if not text or text.isspace():  # `not text.strip()`, without copying the text
        raise errors.EMPTY(what)
    if not any("\u3400" <= ch <= "\u9fff" for ch in text):
        raise errors.NO_CHINESE(what)


# ---- texts too long for one Doc --------------------------------------------------------------

# where a chunk may end, best first: after a paragraph, after a sentence, after anything but a
# figure (a cut inside 1,234.5万 would give two wrong numbers)
_CUTS = (re.compile(r"\n"), re.compile(r"[。！？；!?;]"), re.compile(r"[^0-9０-９.,，．〇零一二三四五六七八九十百千万亿两%％]"))


def _chunks(text: str, limit: int) -> list[tuple[int, int]]:
    """`[start, end)` pieces of `text`, each at most `limit` characters, cut at the best place
    (`_CUTS`) in the second half of a piece, else outside a figure anywhere in it, else at the limit;
    the whole text where it fits in one."""
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        windows = [(cut, start + limit // 2) for cut in _CUTS] + [(_CUTS[-1], start + 1)]
        for cut, lo in windows:
            found = [m.end() for m in cut.finditer(text, lo, end)]
            if found:
                end = found[-1]
                break
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def _merged(parts: list[models.Article], pieces: list[tuple[int, int]], warnings: list[str]) -> models.Article:
    """One Article from the Articles of a text's chunks: spans shifted to index the whole text."""
    def shifted(items: list, offset: int, spans: tuple[str, ...]) -> list[dict]:
        out = []
        for item in items:
            row = item.model_dump()
            for key in spans:
                if row.get(key) is not None:
                    row[key] = {"start": row[key]["start"] + offset, "end": row[key]["end"] + offset}
            out.append(row)
        return out

    first = parts[0]
    claims, honors, entities, removed, actions = [], [], [], [], []
    action_names: set[str] = set()
    for part, (offset, _) in zip(parts, pieces):
        claims += shifted(part.claims, offset, ("span", "metric_span", "sentence_span"))
        honors += shifted(part.honors, offset, ("span",))
        entities += shifted(part.entities, offset, ("span",))
        removed += shifted(part.removed, offset, ("span",))
        for action in shifted(part.actions, offset, ("span",)):
            if action["name"] not in action_names:  # as assemble keeps one action a name
                action_names.add(action["name"])
                actions.append(action)

    def first_of(get):
        return next((v for v in map(get, parts) if v is not None), None)

    def all_of(get) -> list:
        return list(dict.fromkeys(v for part in parts for v in get(part)))

    traditional = sum(b - a for p, (a, b) in zip(parts, pieces) if p.source.script == "traditional")
    chunk_warnings = [w for w in all_of(lambda p: p.warnings) if w not in warnings
                      and all(w in p.warnings for p in parts)]  # what one chunk alone says is not about the text
    note = (f"the text is {pieces[-1][1]:,} characters: extracted in {len(parts)} chunks cut at paragraph ends; "
            f"a fact across a cut is not found")
    data = {
        "id": first.id,
        "extractor": first.extractor.model_dump(),
        "source": {**first.source.model_dump(), "script": "traditional" if 2 * traditional > pieces[-1][1] else "simplified",
                   # the chunks' hashes hashed: the same text always gives the same value
                   "text_sha256": hashlib.sha256(" ".join(p.source.text_sha256 for p in parts).encode()).hexdigest()},
        "meta": {
            "title": first_of(lambda p: p.meta.title), "outlet": first_of(lambda p: p.meta.outlet),
            "published_at": first_of(lambda p: p.meta.published_at), "dateline": first_of(lambda p: p.meta.dateline),
            "reporters": all_of(lambda p: p.meta.reporters), "correspondents": all_of(lambda p: p.meta.correspondents),
            "editors": all_of(lambda p: p.meta.editors),
        },
        "organization": first_of(lambda p: p.organization),
        "actions": actions, "claims": claims, "honors": honors, "entities": entities, "removed": removed,
        "warnings": [*warnings, note, *chunk_warnings],
    }
    return models.Article.model_validate(data)


@lru_cache(maxsize=1)
def _default() -> Extractor:
    return Extractor()


def extract(text: str, *, id: str | None = None) -> models.Article:
    """Extract one article from text. The id defaults to a hash of the text.

    Raises only `ExtractorError` subclasses: an `InputError` subclass for a text that cannot be
    extracted (`EmptyInput`, `NoChineseText`, `InputTooLarge`, `UndecodableInput` for a text of lone
    surrogates; its `kind` is the CLI's `error[KIND]`), and `InternalError` for a bug.
    """
    if id is None:
        id = hashlib.sha256(models.without_surrogates(text)[0].encode("utf-8")).hexdigest()[:12]
    return _default().extract_text(text, id=id)
