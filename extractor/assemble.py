"""Stage: assemble. The one place a `Doc` (spaCy's, or `plain.py`'s) becomes Pydantic models.

Every span the stages found on the working copy is an offset into the original too (the copy is
character-for-character), so each fact's text is read back from the original here: metrics,
units and names come out as written, traditional characters included.
"""
from __future__ import annotations

import hashlib

from .contract import models
from .stages import doc as d
from .stages.doc import ClaimFact, HonorFact
from .stages.numbers import currency
from .text import regex

def article(doc: d.AnyDoc, *, id: str, path: str | None, sha256: str, encoding: str, version: str,
            ruleset: str, warnings: list[str], meta_hints: dict | None = None) -> models.Article:
    text, norm = d.text_and_norm(doc)
    ext = doc._  # one accessor: each `doc._` builds a new one
    stage = "assemble"
    meta = d.meta(ext, stage)
    paragraphs = d.required(ext, "xf_paragraphs", stage)
    hints = meta_hints or {}
    warnings = list(warnings)
    if not paragraphs:
        warnings.append("no body text left after removing page furniture")
    # built as plain data and validated once: one pass of pydantic-core over the whole Article
    data = {
        "id": id,
        "extractor": {"version": version, "ruleset": ruleset},
        "source": {"path": path, "sha256": sha256, "encoding": encoding, "script": ext.xf_script,
                   "text_sha256": _text_hash(norm, paragraphs)},
        "meta": {
            "title": _read(text, meta.title) or hints.get("title"),
            "outlet": _read(text, meta.outlet),
            "published_at": meta.published_at or hints.get("published_at"),
            "dateline": _read(text, meta.dateline),
            "reporters": [text[a:b] for a, b in meta.reporters],
            "correspondents": [text[a:b] for a, b in meta.correspondents],
            "editors": [text[a:b] for a, b in meta.editors],
        },
        "organization": _read(text, meta.organization),
        "actions": _actions(text, d.actions(ext, stage)),
        "claims": [_claim(text, c) for c in d.claims(ext, stage)],
        "honors": [_honor(text, h) for h in d.honors(ext, stage)],
        "entities": [{"text": text[start:end], "label": label, "span": {"start": start, "end": end}, "source": source}
                     for start, end, label, source, _ in d.entities(ext, stage)],
        "removed": [{"kind": kind, "text": text[start:end], "span": {"start": start, "end": end}, "rule": rule}
                    for start, end, kind, rule in d.removed(ext, stage)],
        "warnings": warnings,
    }
    return models.Article.model_validate(data)


def _span(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def _read(text: str, span) -> str | None:
    return text[span[0]:span[1]] if span else None


def _actions(text: str, scopes) -> list[dict]:
    out, seen = [], set()
    for s in scopes:
        if not s.name:
            continue
        name = text[s.name_start:s.name_end]
        if name in seen:
            continue
        seen.add(name)
        out.append({"name": name, "goal": _read(text, s.goal), "span": _span(s.name_start, s.name_end), "rule": s.rule})
    return out


def _claim(text: str, c: ClaimFact) -> dict:
    # the facts unpacked, not read field by field: compiled, a NamedTuple's field is a look-up by name
    # on its type, an unpacking reads the tuple's slots in C (a claim reads 13 fields)
    n, metric_start, metric_end, sentence_start, sentence_end, action, action_start, modality, rule = c
    start, end, value, value_max, unit, unit_start, unit_end, kind, qualifier, _, _, _ = n
    if kind == "money":
        unit = currency(unit)  # 元, or another currency's own unit (万美元 -> 美元)
    elif unit == "%" or unit == "‰":
        pass  # a share is given in % or ‰, whether written 百分之十五 (千分之五), ％ (full width) or %
    else:
        unit = text[unit_start:unit_end]
    if action:
        assert action_start is not None  # the claims stage sets both or neither
        action = text[action_start:action_start + len(action)]
    else:
        action = None
    # a sentence cut at clean.MAX_SENTENCE may end inside the figure: the span always holds the claim
    # (compared in place: the builtins min and max take their arguments as a tuple, a call each)
    if start < sentence_start:
        sentence_start = start
    if metric_start < sentence_start:
        sentence_start = metric_start
    if end > sentence_end:
        sentence_end = end
    if metric_end > sentence_end:
        sentence_end = metric_end
    return {
        "action": action,
        "metric": text[metric_start:metric_end],
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "qualifier": qualifier,
        "modality": modality,
        "raw": text[start:end],
        # span dicts written out, here and for entities: a call each costs a fifth of building them
        "span": {"start": start, "end": end},
        "metric_span": {"start": metric_start, "end": metric_end},
        "sentence_span": {"start": sentence_start, "end": sentence_end},
        "rule": rule,
    }


def _honor(text: str, h: HonorFact) -> dict:
    (recipient_start, recipient_end), (honor_start, honor_end), (verb_start, verb_end), level, issuer, recipient_type, \
        rule = h
    start = recipient_start if recipient_start <= verb_start else verb_start
    if honor_start < start:
        start = honor_start
    end = recipient_end if recipient_end >= verb_end else verb_end
    if honor_end > end:
        end = honor_end
    return {
        "recipient": text[recipient_start:recipient_end],
        "recipient_type": recipient_type,
        "honor": text[honor_start:honor_end],
        "level": level,
        "issuer": issuer,
        "verb": text[verb_start:verb_end],
        "span": {"start": start, "end": end},
        "rule": rule,
    }


_SPACES = regex.compile(r"[^\S\n]+")


def _text_hash(norm: str, paragraphs) -> str:
    # paragraphs are lines with their edges trimmed: folding the spaces inside each is all there is to do
    return hashlib.sha256("\n".join([_folded(norm[a:b]) for a, b in paragraphs]).encode("utf-8")).hexdigest()


def _folded(paragraph: str) -> str:
    """`_SPACES.sub(" ", paragraph)`. Most paragraphs hold no space: `str.split` says so (one piece, the
    paragraph itself), reading each character faster than the pattern tries it (both take a space to be
    what `str.isspace` says; a run never crosses the line break that joins two paragraphs). Where
    it holds some, and neither edge is a space nor a line break inside (clean trims the paragraphs
    it finds), the runs are the gaps between the pieces: joined with one space, at a fraction of
    what the pattern's substitution costs."""
    pieces = paragraph.split()
    if len(pieces) == 1 and pieces[0] is paragraph:
        return paragraph
    if paragraph and not paragraph[0].isspace() and not paragraph[-1].isspace() and "\n" not in paragraph:
        return " ".join(pieces)
    return _SPACES.sub(" ", paragraph)
