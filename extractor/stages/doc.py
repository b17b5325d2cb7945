"""What the stages exchange: every `Doc._` extension and every type stored there, in one place.

Each extension is set by one stage (`SET_BY`) and read by the later ones; its default is None,
which means "not set yet". A stage reads its inputs through `required(...)`, so a pipeline whose
order is wrong fails with a clear `StageOrderError` instead of reading an empty default.

All values are plain data (ints, strings, lists and NamedTuples of them), so a processed Doc goes
through `Doc.to_bytes()`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=N)`. msgpack turns a
NamedTuple into a list or a tuple on the way; the readers below turn it back (`_restored`), so a stage or
`assemble` reads a restored Doc exactly as a fresh one.

Offsets are `[start, end)` character offsets into the text, which the working copy (`xf_norm`)
shares character for character.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, NamedTuple

from ..contract import errors
from ..text.segment import Words

Span2 = tuple[int, int]

# What a stage is given: a spaCy `Doc` in a spaCy pipeline, or a `PlainDoc` where the bundled
# pipeline runs without spaCy (`plain.py`). A stage reads and writes `doc._` and `doc.text` only,
# so the same code runs on either.
AnyDoc = Any


class RemovedSpan(NamedTuple):
    """Page furniture or junk left out of the body (clean)."""

    start: int
    end: int
    kind: str
    rule: str


class EntityMention(NamedTuple):
    """An entity, and the rule or model that found it (entities)."""

    start: int
    end: int
    label: str
    source: str  # "rules" or the model's name
    rule: str


class NumberMention(NamedTuple):
    """A number expression (numbers)."""

    start: int  # the whole expression, qualifiers included
    end: int
    value: float
    value_max: float | None
    unit: str  # as in the working copy; "" when none
    unit_start: int
    unit_end: int
    kind: str  # count, money, percent, measure, bare (countable); time, age, session, date, clock, phone,
    #            ordinal, code, fraction, temperature, household, too_large (never countable; too_large: above
    #            10^16, value 0.0)
    qualifier: str
    numeral: str  # "arabic" or "chinese"
    num_start: int  # the number itself, magnitude included
    num_end: int

    @property
    def countable(self) -> bool:
        return self.kind in ("count", "money", "percent", "measure", "bare")


class ActionScope(NamedTuple):
    """A heading or programme mention, and the stretch of text it governs (actions)."""

    start: int  # where the heading or mention starts
    end: int  # where the governed stretch ends
    name: str | None  # working-copy name; None: a stretch with no programme
    name_start: int
    name_end: int
    goal: Span2 | None  # the aim the heading states
    depth: int  # 0 section, 1 paragraph, 2 opener
    governs: bool
    rule: str

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


class ClaimFact(NamedTuple):
    """A number that reports work done, with what it counted and under which action (claims)."""

    number: NumberMention
    metric_start: int
    metric_end: int
    sentence_start: int
    sentence_end: int
    action: str | None  # working-copy name
    action_start: int | None
    modality: str
    rule: str


class HonorFact(NamedTuple):
    """Who received which title, at which level (honors)."""

    recipient: Span2
    honor: Span2
    verb: Span2
    level: str
    issuer: str | None
    recipient_type: str
    rule: str


class Rejected(NamedTuple):
    """A candidate a named rule turned down (claims, honors): what `eval` shows for a missed gold fact."""

    start: int  # the candidate's span: the number of a claim; recipient to title of an honour
    end: int
    rule: str  # id of the filter that rejected it
    detail: str  # what the candidate read as (metric, or recipient / title), for people


class MetaFacts(NamedTuple):
    """Header facts (metadata)."""

    title: Span2 | None = None
    outlet: Span2 | None = None
    published_at: str | None = None
    dateline: Span2 | None = None
    reporters: tuple[Span2, ...] = ()
    correspondents: tuple[Span2, ...] = ()
    editors: tuple[Span2, ...] = ()
    organization: Span2 | None = None


# extension -> the component (or tokenizer) that sets it
SET_BY = {
    "xf_text": "the tokenizer",
    "xf_norm": "the tokenizer",
    "xf_script": "the tokenizer",
    "xf_token_ends": "the tokenizer",  # a spaCy Doc's (its tokens' ends)
    "xf_words": "the tokenizer",  # a Doc without spaCy's (which holds no tokens): `words` reads either
    "xf_removed": "xf_clean",
    "xf_paragraphs": "xf_clean",
    "xf_sentences": "xf_clean",
    "xf_body_start": "xf_clean",
    "xf_entities": "xf_entities",
    "xf_numbers": "xf_numbers",
    "xf_actions": "xf_actions",
    "xf_claims": "xf_claims",
    "xf_claims_rejected": "xf_claims",
    "xf_honors": "xf_honors",
    "xf_honors_rejected": "xf_honors",
    "xf_meta": "xf_metadata",
}

# stage -> the extensions it reads, which stages before it must have set (checked where a pipeline
# is built: by spaCy from the factories' `requires=`, and by `plain.py`)
REQUIRES: dict[str, tuple[str, ...]] = {
    "xf_clean": (),
    "xf_entities": (),
    "xf_numbers": (),
    "xf_actions": ("xf_paragraphs", "xf_body_start", "xf_entities", "xf_numbers"),
    "xf_claims": ("xf_numbers", "xf_actions", "xf_paragraphs", "xf_sentences", "xf_body_start", "xf_entities"),
    "xf_honors": ("xf_sentences", "xf_paragraphs", "xf_body_start", "xf_entities"),
    "xf_metadata": ("xf_paragraphs", "xf_body_start", "xf_removed", "xf_entities"),
}


def assigned_by(stage: str) -> list[str]:
    """The extensions `stage` sets."""
    return [name for name, by in SET_BY.items() if by == stage]


def attrs(*names: str) -> list[str]:
    """`doc._.NAME` strings for a factory's `assigns=` / `requires=`."""
    unknown = [n for n in names if n not in SET_BY]
    if unknown:
        raise KeyError(f"not a declared Doc extension: {', '.join(unknown)}")
    return [f"doc._.{n}" for n in names]


def required(ext: Any, name: str, stage: str) -> Any:
    """The value of `doc._.NAME`, which `stage` needs; a StageOrderError when no earlier stage set it."""
    value = getattr(ext, name)
    if value is None:
        raise errors.STAGE_ORDER(stage, f"doc._.{name}", SET_BY[name])
    return value


def text_and_norm(doc: AnyDoc) -> tuple[str, str]:
    """The original text and its working copy. Our tokenizer sets both; under any other tokenizer
    (`spacy.blank("zh")`) they are derived here from `doc.text`, once, exactly as it would."""
    ext = doc._
    norm = ext.xf_norm
    if norm is None:
        from ..text.script import working_copy

        text = doc.text
        copy = working_copy(text)
        ext.xf_text, ext.xf_norm, ext.xf_script = text, copy.text, copy.script
        ext.xf_token_ends = [t.idx + len(t.text) for t in doc]
        return text, copy.text
    text = ext.xf_text
    return (doc.text if text is None else text), norm


def words(doc: AnyDoc) -> Words:
    """The segmenter's words of the working copy: the tokenizer's index where the Doc holds one (a
    Doc without spaCy: it cuts where asked), else read from the tokens' ends (`xf_token_ends`)."""
    ext = doc._
    found = ext.xf_words
    if found is None:
        _, norm = text_and_norm(doc)
        found = Words(norm, ext.xf_token_ends)
    return found


def token_at(ends: list[int], pos: int) -> int:
    """The index of the token holding character `pos`, from the tokens' end offsets."""
    return bisect_right(ends, pos)


def _restored(values: Any, cls: type, row: Any = None) -> list:
    """`values` as stored: a list of `cls`. A Doc restored from bytes holds plain sequences where
    NamedTuples and their span pairs were stored: lists or tuples, as msgpack's reader was set up
    (DocBin's gives tuples, `Doc.from_bytes`'s lists). Each row is made a `cls` again by `row`
    (default `cls._make`), which also makes its span pairs tuples: compiled, a list where the
    annotation says tuple (or a tuple where it says list) is a TypeError."""
    if type(values) is list and (not values or type(values[0]) is cls):
        return values
    return [(row or cls._make)(v) for v in values]  # type: ignore[attr-defined]


def _pair(value: Any) -> Span2 | None:
    return None if value is None else (value[0], value[1])


def removed(ext: Any, stage: str) -> list[RemovedSpan]:
    return _restored(required(ext, "xf_removed", stage), RemovedSpan)


def entities(ext: Any, stage: str) -> list[EntityMention]:
    return _restored(required(ext, "xf_entities", stage), EntityMention)


def numbers(ext: Any, stage: str) -> list[NumberMention]:
    return _restored(required(ext, "xf_numbers", stage), NumberMention)


def actions(ext: Any, stage: str) -> list[ActionScope]:
    return _restored(required(ext, "xf_actions", stage), ActionScope,
                     lambda v: ActionScope(v[0], v[1], v[2], v[3], v[4], _pair(v[5]), v[6], v[7], v[8]))


def claims(ext: Any, stage: str) -> list[ClaimFact]:
    return _restored(required(ext, "xf_claims", stage), ClaimFact,
                     lambda v: ClaimFact(NumberMention._make(v[0]), *v[1:]))


def honors(ext: Any, stage: str) -> list[HonorFact]:
    return _restored(required(ext, "xf_honors", stage), HonorFact,
                     lambda v: HonorFact((v[0][0], v[0][1]), (v[1][0], v[1][1]), (v[2][0], v[2][1]), v[3], v[4], v[5], v[6]))


def meta(ext: Any, stage: str) -> MetaFacts:
    v = required(ext, "xf_meta", stage)
    if type(v) is MetaFacts:
        return v
    return MetaFacts(_pair(v[0]), _pair(v[1]), v[2], _pair(v[3]), _pairs(v[4]), _pairs(v[5]), _pairs(v[6]), _pair(v[7]))


def _pairs(values: Any) -> tuple[Span2, ...]:
    return tuple((p[0], p[1]) for p in values)


def rejected(ext: Any, name: str, stage: str) -> list[Rejected]:
    """`xf_claims_rejected` or `xf_honors_rejected`."""
    return _restored(required(ext, name, stage), Rejected)
