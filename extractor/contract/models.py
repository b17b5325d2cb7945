"""The output contract (docs/contract.md) as Pydantic v2 models.

This module imports nothing of the pipeline: it is the contract other systems read, and
`schemas/article.schema.json` is generated from it (`python -m extractor schema`).
Every fact carries a `Span`: `[start, end)` character offsets into the decoded original text.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Literal["1"] = "1"

Qualifier = Literal["exact", "over", "about", "under"]
Modality = Literal["achieved", "planned"]
Level = Literal["national", "provincial", "prefectural", "county", "township", "unknown"]
RecipientType = Literal["person", "family", "organization", "place", "collective", "project", "other"]
Script = Literal["simplified", "traditional"]


class _Model(BaseModel):
    # allow_inf_nan=False: a value is finite by construction, so the JSON written is strict (RFC 8259
    # has no Infinity or NaN, and pydantic would write them as null, against the schema)
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Span(_Model):
    """`[start, end)` offsets into the decoded original text (Python `str` indices)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} < start {self.start}")
        return self


class ExtractorInfo(_Model):
    version: str
    ruleset: str = Field(description="hash of the lexicons and rules in force")


FieldValue = str | int | float | bool | None


class Source(_Model):
    path: str | None
    sha256: str = Field(description="hash of the input's bytes: the file's (after gunzip), a jsonl row's line, "
                                    "or a text's UTF-8 encoding")
    encoding: str
    script: Script
    text_sha256: str = Field(description="hash of the text once junk is removed and whitespace folded: reprints share it")
    text: str | None = Field(default=None, description="the text the spans index, where that is not the input's "
                                                       "bytes decoded (line ends as \\n): a web page's main text "
                                                       "with its bylines, a jsonl row's text field")
    fields: dict[str, FieldValue] | None = Field(default=None, description="a jsonl row's other scalar fields "
                                                                           "(all but the text and the id)")


class Meta(_Model):
    title: str | None = None
    outlet: str | None = None
    published_at: str | None = Field(default=None, description="ISO 8601, no zone")
    dateline: str | None = None
    reporters: list[str] = []
    correspondents: list[str] = []
    editors: list[str] = []


class Action(_Model):
    name: str
    goal: str | None = None
    span: Span
    rule: str


class Claim(_Model):
    action: str | None
    metric: str
    value: float
    value_max: float | None = None
    unit: str
    qualifier: Qualifier
    modality: Modality
    raw: str = Field(description="the number-and-unit text as written")
    span: Span = Field(description="where `raw` was read")
    metric_span: Span | None = None
    sentence_span: Span
    rule: str


class Honor(_Model):
    recipient: str
    recipient_type: RecipientType
    honor: str
    level: Level
    issuer: str | None = None
    verb: str
    span: Span = Field(description="covers the recipient, the verb and the honor")
    rule: str


class Entity(_Model):
    text: str
    label: str
    span: Span
    source: str = Field(default="rules", description="'rules' or the name of the spaCy model")


class Removed(_Model):
    kind: str
    text: str
    span: Span
    rule: str


class Article(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str
    extractor: ExtractorInfo
    source: Source
    meta: Meta
    organization: str | None
    actions: list[Action]
    claims: list[Claim]
    honors: list[Honor]
    entities: list[Entity]
    removed: list[Removed]
    warnings: list[str]
    duplicate_of: str | None = Field(default=None, description="in batch output: id of an earlier input with the same text")


class ErrorInfo(_Model):
    kind: str
    message: str


class ErrorRecord(_Model):
    """What batch output holds for an input that could not be read: errors are data too."""

    id: str
    source: dict
    error: ErrorInfo

    # its strings come from anywhere (a file name that is not UTF-8, a row's id): lone surrogates,
    # which no UTF-8 JSON can hold, are replaced with U+FFFD, so an error record can always be written
    @model_validator(mode="before")
    @classmethod
    def _writable(cls, data):
        return _scrubbed(data)


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate (U+D800..U+DFFF: a str can hold them, UTF-8 cannot) replaced
    by U+FFFD, and how many there were. Same length, so offsets into `text` still hold."""
    if text.isascii():
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def _scrubbed(value):
    if isinstance(value, str):
        return without_surrogates(value)[0]
    if isinstance(value, dict):
        return {_scrubbed(k): _scrubbed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrubbed(v) for v in value]
    return value
