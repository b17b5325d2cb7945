"""Stage: assemble. The one place a `Doc` (spaCy's, or `plain.py`'s) becomes Pydantic models.

Every span the stages found on the working copy is an offset into the original too (the copy is
character-for-character), so each fact's text is read back from the original here: metrics,
units and names come out as written, traditional characters included.
"""
from __future__ import annotations

import hashlib

from .contract import models
from .stages import doc as d
from .stages.doc import NumberMention
from .text import regex

_MONEY_UNIT = "元"


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
        "entities": [{"text": text[e.start:e.end], "label": e.label, "span": {"start": e.start, "end": e.end},
                      "source": e.source} for e in d.entities(ext, stage)],
        "removed": [{"kind": r.kind, "text": text[r.start:r.end], "span": {"start": r.start, "end": r.end},
                     "rule": r.rule} for r in d.removed(ext, stage)],
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


def _claim(text: str, c) -> dict:
    n: NumberMention = c.number
    if n.kind == "money":
        unit = _MONEY_UNIT
    elif n.unit == "%" and n.unit_end - n.unit_start != 1:
        unit = "%"  # 百分之十五
    else:
        unit = text[n.unit_start:n.unit_end]
    action = text[c.action_start:c.action_start + len(c.action)] if c.action else None
    start, end, metric_start, metric_end = n.start, n.end, c.metric_start, c.metric_end
    # a sentence cut at clean.MAX_SENTENCE may end inside the figure: the span always holds the claim
    sentence_start = min(c.sentence_start, start, metric_start)
    sentence_end = max(c.sentence_end, end, metric_end)
    return {
        "action": action,
        "metric": text[metric_start:metric_end],
        "value": n.value,
        "value_max": n.value_max,
        "unit": unit,
        "qualifier": n.qualifier,
        "modality": c.modality,
        "raw": text[start:end],
        # span dicts written out, here and for entities: a call each costs a fifth of building them
        "span": {"start": start, "end": end},
        "metric_span": {"start": metric_start, "end": metric_end},
        "sentence_span": {"start": sentence_start, "end": sentence_end},
        "rule": c.rule,
    }


def _honor(text: str, h) -> dict:
    start = min(h.recipient[0], h.verb[0], h.honor[0])
    end = max(h.recipient[1], h.verb[1], h.honor[1])
    return {
        "recipient": text[h.recipient[0]:h.recipient[1]],
        "recipient_type": h.recipient_type,
        "honor": text[h.honor[0]:h.honor[1]],
        "level": h.level,
        "issuer": h.issuer,
        "verb": text[h.verb[0]:h.verb[1]],
        "span": _span(start, end),
        "rule": h.rule,
    }


_SPACES = regex.compile(r"[^\S\n]+")


def _text_hash(norm: str, paragraphs) -> str:
    # paragraphs are lines with their edges trimmed: folding the spaces inside each is all there is to do
    return hashlib.sha256("\n".join([_folded(norm[a:b]) for a, b in paragraphs]).encode("utf-8")).hexdigest()


def _folded(paragraph: str) -> str:
    """`_SPACES.sub(" ", paragraph)`. Most paragraphs hold no space: `str.split` says so (one piece, the
    paragraph itself), reading each character faster than the pattern tries it (both take a space to be
    what `str.isspace` says; a run never crosses the line break that joins two paragraphs)."""
    pieces = paragraph.split()
    if len(pieces) == 1 and pieces[0] is paragraph:
        return paragraph
    return _SPACES.sub(" ", paragraph)
