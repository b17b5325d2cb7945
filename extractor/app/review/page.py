"""The review page: the original article with every fact highlighted, and a batch index.

Public API (the CLI's `--html` and batch's `--html-dir` call exactly these):

    render_page(article, text) -> str     one article; `text` is the decoded original the spans index
    render_index(rows) -> str             batch index: a table of articles and two bar charts
    write_page(article, text, path)       UTF-8 writers of the two
    write_index(rows, path)

Pages are self-contained: CSS and JS come from `page.css` / `page.js` beside this module
(read once, inlined), fonts are the system's CJK stack, and a Content-Security-Policy with the
hashes of those two blocks forbids the browser any fetch at all.

Facts overlap (an entity inside an honor, a claim inside an action's paragraph, and in bad data
spans that cross), so the text is cut at every span boundary and, for each piece, the facts that
cover it are nested outermost-first. Where two spans cross, one of them must be cut in two: the
first piece is the fact's one and only highlight (it carries the id, `data-<kind>-index`, the
tooltip, `tabindex`), later pieces are marked `cont`. Claims win every crossing, so each placed claim
is exactly one element. A fact whose span is empty or outside the text is listed under "could not
be placed", never dropped and never crashing the page.
"""
from __future__ import annotations

import base64
import hashlib
import html
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, cmp_to_key
from pathlib import Path

from ...contract.models import Article

__all__ = ["render_page", "render_index", "write_page", "write_index", "KINDS"]

# Outer to inner where two facts cover exactly the same characters.
KINDS: tuple[str, ...] = ("action", "removed", "honor", "entity", "claim")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}
# Where two spans cross, the fact with the higher rank stays whole (the other is cut in two).
_KEEP_WHOLE = {"claim": 4, "honor": 3, "action": 2, "removed": 1, "entity": 0}
_KIND_LABEL = {
    "claim": "Claim",
    "honor": "Honor",
    "action": "Action heading",
    "entity": "Entity",
    "removed": "Removed line",
}
_LIST_NAME = {"claim": "claims", "honor": "honors", "action": "actions", "entity": "entities", "removed": "removed"}
_KIND_SAMPLE = {"claim": "128场次", "honor": "获评", "action": "巾帼行动", "entity": "昌邑市", "removed": "广告"}
# An action span longer than this, or holding a claim, is a paragraph, not a heading: it is tinted,
# not set in bold.
_LONG_ACTION = 40
_CHART_TOP = 12


# --------------------------------------------------------------------------- small helpers

def _esc(value: object) -> str:
    """Escape text for element content and double-quoted attributes; keep a CR as a CR."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _fmt_number(value: float | int | None) -> str:
    """15000.0 -> '15,000'; 0.8 -> '0.8'; 1e-7 -> '0.0000001' (never scientific notation)."""
    if value is None:
        return "—"
    v = float(value)
    if not math.isfinite(v):
        return str(v)
    if v.is_integer() and abs(v) < 1e18:
        return f"{int(v):,}"
    try:
        return format(Decimal(repr(v)), ",f")
    except InvalidOperation:  # pragma: no cover - repr of a finite float is always a Decimal
        return repr(v)


def _claim_value(value: float, value_max: float | None) -> str:
    if value_max is None:
        return _fmt_number(value)
    return f"{_fmt_number(value)}–{_fmt_number(value_max)}"


def _plural(n: int, noun: str) -> str:
    if n == 1:
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _csp_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


@cache
def _asset(name: str) -> str:
    """page.css / page.js, read once from beside this module."""
    body = Path(__file__).with_name(name).read_text(encoding="utf-8")
    closing = "</style" if name.endswith(".css") else "</script"
    if closing in body.lower():  # would end the inline block early
        raise ValueError(f"{name} must not contain {closing}")
    return body


def _document(title: str, body: str, *, with_script: bool, html_class: str = "") -> str:
    css = _asset("page.css")
    js = _asset("page.js") if with_script else ""
    script_src = _csp_hash(js) if with_script else "'none'"
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {script_src}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    cls = f' class="{_esc(html_class)}"' if html_class else ""
    script = f"<script>{js}</script>" if with_script else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"{cls}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_esc(title)}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body}\n{script}\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- facts to place

@dataclass(frozen=True, eq=False)
class _Fact:
    """One highlight to place: a claim, honor, action, entity or removed line of the Article."""

    kind: str
    index: int
    start: int
    end: int
    label: str  # short text for lists: what the fact says it read
    rows: tuple[tuple[str, str], ...]  # tooltip fields, in order
    expect: str | None = None  # the text the span should hold ...
    expect_within: bool = False  # ... exactly, or somewhere inside it
    css: str = ""
    data: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.index}"

    @property
    def ref(self) -> str:
        """Where the fact sits in the Article's JSON, e.g. `claims[3]`."""
        return f"{_LIST_NAME[self.kind]}[{self.index}]"


def _facts(article: Article) -> list[_Fact]:
    facts: list[_Fact] = []
    claims_per_action: dict[str | None, int] = defaultdict(int)
    for c in article.claims:
        claims_per_action[c.action] += 1
    for i, a in enumerate(article.actions):
        facts.append(_Fact(
            "action", i, a.span.start, a.span.end, a.name,
            (("name", a.name), ("goal", a.goal or "—"), ("claims", str(claims_per_action.get(a.name, 0))),
             ("rule", a.rule)),
            expect=a.name, expect_within=True,
            css="long" if _is_paragraph(a.span.start, a.span.end, article) else "",
        ))
    for i, r in enumerate(article.removed):
        facts.append(_Fact(
            "removed", i, r.span.start, r.span.end, r.text,
            (("kind", r.kind), ("rule", r.rule)),
            expect=r.text,
        ))
    for i, h in enumerate(article.honors):
        facts.append(_Fact(
            "honor", i, h.span.start, h.span.end, f"{h.recipient} {h.verb} {h.honor}",
            (("recipient", h.recipient), ("type", h.recipient_type), ("honor", h.honor), ("level", h.level),
             ("issuer", h.issuer or "—"), ("verb", h.verb), ("rule", h.rule)),
            data=(("level", h.level),),
        ))
    for i, e in enumerate(article.entities):
        facts.append(_Fact(
            "entity", i, e.span.start, e.span.end, e.text,
            (("label", e.label), ("text", e.text), ("source", e.source)),
            expect=e.text, data=(("label", e.label),),
        ))
    for i, c in enumerate(article.claims):
        facts.append(_Fact(
            "claim", i, c.span.start, c.span.end, c.raw,
            (("value", _claim_value(c.value, c.value_max)), ("unit", c.unit), ("qualifier", c.qualifier),
             ("modality", c.modality), ("metric", c.metric), ("action", c.action or "—"), ("raw", c.raw),
             ("rule", c.rule)),
            expect=c.raw,
            data=(("value", repr(c.value)), ("unit", c.unit), ("qualifier", c.qualifier),
                  ("modality", c.modality), ("action", c.action or "")),
        ))
    return facts


def _is_paragraph(start: int, end: int, article: Article) -> bool:
    return end - start > _LONG_ACTION or any(
        start <= c.span.start and c.span.end <= end and c.span.start < c.span.end for c in article.claims
    )


def _placement_problem(f: _Fact, n: int) -> str | None:
    if f.end <= f.start:
        return f"span [{f.start}, {f.end}) is empty"
    if f.end > n:
        return f"span [{f.start}, {f.end}) runs past the end of the text ({n} characters)"
    return None


def _mismatch(f: _Fact, text: str) -> str | None:
    """What the text at the span holds, when it is not what the fact says it read."""
    if f.expect is None:
        return None
    got = text[f.start:f.end]
    ok = f.expect in got if f.expect_within else got.strip() == f.expect.strip()
    return None if ok else got


# --------------------------------------------------------------------------- nesting

def _outer_first(a: _Fact, b: _Fact) -> int:
    """Order two facts covering the same piece of text: negative when `a` must be the outer one."""
    if (a.start, a.end) == (b.start, b.end):
        return -1 if (_KIND_RANK[a.kind], a.index) < (_KIND_RANK[b.kind], b.index) else 1
    if a.start <= b.start and b.end <= a.end:  # a contains b
        return -1
    if b.start <= a.start and a.end <= b.end:  # b contains a
        return 1
    # The spans cross. The inner one of the two is the one cut in two, so the one to keep whole
    # goes outside: claims first, then the one that ends later.
    ka, kb = _KEEP_WHOLE[a.kind], _KEEP_WHOLE[b.kind]
    if ka != kb:
        return -1 if ka > kb else 1
    if a.end != b.end:
        return -1 if a.end > b.end else 1
    return -1 if (_KIND_RANK[a.kind], a.index) < (_KIND_RANK[b.kind], b.index) else 1


_NEST_KEY = cmp_to_key(_outer_first)


def _tooltip(f: _Fact, mismatch: str | None) -> str:
    parts = [f'<span class="tip" role="tooltip" id="tip-{f.key}">',
             f'<span class="tt">{_esc(_KIND_LABEL[f.kind])} · {_esc(f.ref)}</span>']
    for k, v in f.rows:
        parts.append(f' <span class="r"><span class="k">{_esc(k)}:</span> <span class="v">{_esc(v)}</span></span>')
    if mismatch is not None:
        parts.append(f' <span class="warn">⚠ text at the span is “{_esc(mismatch)}”</span>')
    parts.append("</span>")
    return "".join(parts)


def _open_tag(f: _Fact, first: bool, mismatch: str | None) -> str:
    cls = f"hl {f.kind}" + (f" {f.css}" if f.css else "")
    if not first:
        return f'<mark class="{cls} cont" data-kind="{f.kind}" data-ref="{f.key}">'
    if mismatch is not None:
        cls += " mismatch"
    data = "".join(f' data-{k}="{_esc(v)}"' for k, v in f.data)
    return (
        f'<mark class="{cls}" id="{f.key}" data-kind="{f.kind}" data-{f.kind}-index="{f.index}"'
        f' data-start="{f.start}" data-end="{f.end}"{data} tabindex="0" aria-describedby="tip-{f.key}">'
        + _tooltip(f, mismatch)
    )


def _render_text(text: str, placed: Sequence[_Fact], mismatches: Mapping[str, str]) -> str:
    """The text as one <p> per line, each fact a <mark> (continuation pieces where spans cross)."""
    n = len(text)
    line_starts = {0} | {m.end() for m in re.finditer("\n", text) if m.end() < n}
    starts_at: dict[int, list[_Fact]] = defaultdict(list)
    ends_at: dict[int, list[_Fact]] = defaultdict(list)
    for f in placed:
        starts_at[f.start].append(f)
        ends_at[f.end].append(f)
    bounds = sorted(line_starts | {n} | set(starts_at) | set(ends_at)) if n else []
    out: list[str] = []
    active: set[_Fact] = set()
    stack: list[_Fact] = []
    opened: set[str] = set()
    for p, q in zip(bounds, bounds[1:], strict=False):
        active.difference_update(ends_at.get(p, ()))
        active.update(starts_at.get(p, ()))
        if p in line_starts:
            out.append("</mark>" * len(stack))
            stack = []
            out.append("</p><p>" if p else "<p>")
        desired = sorted(active, key=_NEST_KEY)
        keep = 0
        while keep < len(stack) and keep < len(desired) and stack[keep] is desired[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        for f in desired[keep:]:
            out.append(_open_tag(f, f.key not in opened, mismatches.get(f.key)))
            opened.add(f.key)
        stack = desired
        out.append(_esc(text[p:q]))
    if bounds:
        out.append("</mark>" * len(stack) + "</p>")
    return "".join(out)


# --------------------------------------------------------------------------- page sections

def _jump(f_key: str, label: str, placed: set[str]) -> str:
    if f_key in placed:
        return f'<a href="#{f_key}">{_esc(label)}</a>'
    return f'<span title="not placed in the text">{_esc(label)}</span>'


def _rule(rule: str) -> str:
    """A rule id that may break after its dots rather than anywhere."""
    return '<span class="rule">' + _esc(rule).replace(".", ".<wbr>") + "</span>"


def _td(label: str, content: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<td data-label="{_esc(label)}"{c}>{content}</td>'


def _claims_table(article: Article, placed: set[str]) -> str:
    groups: dict[str | None, list[int]] = {a.name: [] for a in article.actions}
    for i, c in enumerate(article.claims):
        groups.setdefault(c.action, []).append(i)
    if None in groups:  # claims outside any action go last
        groups[None] = groups.pop(None)
    goals = {a.name: a.goal for a in article.actions}
    action_keys = {a.name: f"action-{i}" for i, a in enumerate(article.actions)}
    head = ("<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Metric</th>"
            "<th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Read as</th>"
            "<th scope=\"col\">Raw · rule</th></tr></thead>")
    bodies = []
    for name, idxs in groups.items():
        if name is None:
            title = "(outside any action)"
        elif name in action_keys:
            title = _jump(action_keys[name], name, placed)
        else:
            title = f"{_esc(name)} <span class=\"goal\">(not among the article's actions)</span>"
        goal = goals.get(name) if name is not None else None
        goal_html = f'<span class="goal">{_esc(goal)}</span>' if goal else ""
        rows = [
            f'<tr class="group"><th colspan="5" scope="rowgroup">{title}{goal_html}'
            f'<span class="n">{len(idxs)} claim{"s" if len(idxs) != 1 else ""}</span></th></tr>'
        ]
        if not idxs:
            rows.append('<tr><td colspan="5" class="empty">No claims read for this action.</td></tr>')
        for i in idxs:
            c = article.claims[i]
            rows.append(
                "<tr>"
                + _td("#", _jump(f"claim-{i}", str(i), placed), "num")
                + _td("Metric", _esc(c.metric), "grow")
                + _td("Value", f'{_esc(_claim_value(c.value, c.value_max))} <span class="unit">{_esc(c.unit)}</span>',
                      "num value")
                + _td("Read as", f'<span class="tag {_esc(c.qualifier)}" title="qualifier">{_esc(c.qualifier)}</span>'
                      f' <span class="tag {_esc(c.modality)}" title="modality">{_esc(c.modality)}</span>', "tags")
                + _td("Raw", f'<span class="raw">{_esc(c.raw)}</span> {_rule(c.rule)}', "source")
                + "</tr>"
            )
        bodies.append("<tbody>" + "".join(rows) + "</tbody>")
    if not article.claims and not article.actions:
        return '<p class="sub">No claims were read from this article.</p>'
    return (f'<table class="stack claims" lang="zh-Hans"><caption>Claims grouped by action; '
            f'a number jumps to the highlight in the text.</caption>{head}{"".join(bodies)}</table>')


def _honors_table(article: Article, placed: set[str]) -> str:
    if not article.honors:
        return '<p class="sub">No honors were read from this article.</p>'
    head = ("<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Recipient</th>"
            "<th scope=\"col\">Honor</th><th scope=\"col\">Level</th><th scope=\"col\">Issuer</th>"
            "<th scope=\"col\">Rule</th></tr></thead>")
    rows = []
    for i, h in enumerate(article.honors):
        rows.append(
            "<tr>"
            + _td("#", _jump(f"honor-{i}", str(i), placed), "num")
            + _td("Recipient", f'{_esc(h.recipient)} <span class="tag">{_esc(h.recipient_type)}</span>', "grow")
            + _td("Honor", f'<span class="raw">{_esc(h.verb)}</span> {_esc(h.honor)}', "line")
            + _td("Level", f'<span class="tag {_esc(h.level)}">{_esc(h.level)}</span>')
            + _td("Issuer", _esc(h.issuer or "—"), "lab")
            + _td("Rule", _rule(h.rule), "lab")
            + "</tr>"
        )
    return f'<table class="stack honors" lang="zh-Hans">{head}<tbody>{"".join(rows)}</tbody></table>'


def _entities_list(article: Article, placed: set[str]) -> str:
    if not article.entities:
        return '<p class="sub">No entities.</p>'
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(article.entities):
        by_label[e.label].append(i)
    parts = []
    for label in sorted(by_label):
        chips = "".join(f"<li>{_jump(f'entity-{i}', article.entities[i].text, placed)}</li>"
                        for i in by_label[label])
        parts.append(f'<p class="entity-label">{_esc(label)} <span class="n">{len(by_label[label])}</span></p>'
                     f'<ul class="chips" lang="zh-Hans">{chips}</ul>')
    return "".join(parts)


def _removed_list(article: Article, placed: set[str]) -> str:
    if not article.removed:
        return '<p class="sub">Nothing was left out.</p>'
    items = "".join(
        f'<li>{_jump(f"removed-{i}", r.kind, placed)}: <span class="raw">{_esc(r.text)}</span> '
        f'<span class="rule">{_esc(r.rule)}</span></li>'
        for i, r in enumerate(article.removed)
    )
    return f'<ul class="list" lang="zh-Hans">{items}</ul>'


def _problems(unplaced: Sequence[tuple[_Fact, str]], mismatched: Sequence[tuple[_Fact, str]],
              warnings: Sequence[str]) -> str:
    if not (unplaced or mismatched or warnings):
        return ""
    parts = ['<section class="card problems" aria-labelledby="problems-h"><h2 id="problems-h">Check these</h2>']
    if unplaced:
        items = "".join(f"<li><b>{_esc(f.ref)}</b> “{_esc(f.label)}”: {_esc(why)}</li>" for f, why in unplaced)
        parts.append(f'<h3 class="entity-label">Could not be placed in the text ({len(unplaced)})</h3>'
                     f'<ul class="list unplaced" lang="zh-Hans">{items}</ul>')
    if mismatched:
        items = "".join(
            f'<li><a href="#{f.key}">{_esc(f.ref)}</a> says “{_esc(f.expect or "")}”, '
            f"the text at its span is “{_esc(got)}”</li>"
            for f, got in mismatched
        )
        parts.append(f'<h3 class="entity-label">Placed, but the span holds other text ({len(mismatched)})</h3>'
                     f'<ul class="list mismatched" lang="zh-Hans">{items}</ul>')
    if warnings:
        items = "".join(f"<li>{_esc(w)}</li>" for w in warnings)
        parts.append(f'<h3 class="entity-label">Extractor warnings ({len(warnings)})</h3>'
                     f'<ul class="list warnings">{items}</ul>')
    parts.append("</section>")
    return "".join(parts)


def _legend(counts: Mapping[str, int]) -> str:
    order = ("claim", "honor", "action", "entity", "removed")
    items = "".join(
        f'<label for="show-{k}"><input type="checkbox" id="show-{k}" checked>'
        f'<mark class="hl {k} sw" lang="zh-Hans">{_esc(_KIND_SAMPLE[k])}</mark> {_esc(_KIND_LABEL[k])}'
        f' <span class="n">{counts.get(k, 0)}</span></label>'
        for k in order
    )
    return (f'<section class="legend" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>{items}'
            '<span class="hint">Hover or Tab to a highlight for its fields; Esc hides the tooltip.</span></section>')


# --------------------------------------------------------------------------- public API

def render_page(article: Article, text: str) -> str:
    """A self-contained HTML review page of one article: highlighted text, claims table, legend."""
    n = len(text)
    facts = _facts(article)
    placed: list[_Fact] = []
    unplaced: list[tuple[_Fact, str]] = []
    mismatched: list[tuple[_Fact, str]] = []
    mismatches: dict[str, str] = {}
    for f in facts:
        why = _placement_problem(f, n)
        if why is not None:
            unplaced.append((f, why))
            continue
        placed.append(f)
        got = _mismatch(f, text)
        if got is not None:
            mismatches[f.key] = got
            mismatched.append((f, got))
    placed_keys = {f.key for f in placed}
    counts: dict[str, int] = defaultdict(int)
    for f in facts:
        counts[f.kind] += 1

    meta = article.meta
    title = meta.title or article.id
    lang = "zh-Hant" if article.source.script == "traditional" else "zh-Hans"
    sub = [s for s in (
        meta.outlet, meta.published_at, meta.dateline, article.organization,
        ("记者 " + "、".join(meta.reporters)) if meta.reporters else None,
        ("通讯员 " + "、".join(meta.correspondents)) if meta.correspondents else None,
        ("编辑 " + "、".join(meta.editors)) if meta.editors else None,
    ) if s]
    count_items = [
        ("claim", len(article.claims)), ("honor", len(article.honors)), ("action", len(article.actions)),
        ("entity", len(article.entities)), ("removed line", len(article.removed)),
    ]
    counts_html = "".join(f"<li><b>{v}</b> {_plural(v, k)}</li>" for k, v in count_items)
    problems_n = len(unplaced) + len(mismatched) + len(article.warnings)
    if problems_n:
        counts_html += f'<li class="bad"><b>{problems_n}</b> to check</li>'

    body = (
        '<a class="skip" href="#claims-h">Skip to the claims table</a>\n'
        '<div class="wrap">\n'
        f'<header class="top"><h1 lang="{lang}">{_esc(title)}</h1>'
        f'<p class="sub" lang="{lang}">{"".join(f"<span>{_esc(s)}</span>" for s in sub)}</p>'
        f'<ul class="counts" aria-label="Counts">{counts_html}</ul></header>\n'
        f"{_legend(counts)}\n"
        '<div class="layout">\n'
        f'<main class="card" aria-labelledby="text-h"><h2 id="text-h">Original text '
        f'<span class="n">{n:,} characters</span></h2>'
        f'<div class="text" id="text" lang="{lang}">{_render_text(text, placed, mismatches)}</div></main>\n'
        '<div class="side">\n'
        f"{_problems(unplaced, mismatched, article.warnings)}"
        f'<section class="card" aria-labelledby="claims-h"><h2 id="claims-h" tabindex="-1">Claims by action '
        f'<span class="n">{len(article.claims)}</span></h2>{_claims_table(article, placed_keys)}</section>\n'
        f'<section class="card" aria-labelledby="honors-h"><h2 id="honors-h">Honors '
        f'<span class="n">{len(article.honors)}</span></h2>{_honors_table(article, placed_keys)}</section>\n'
        f'<section class="card" aria-labelledby="entities-h"><h2 id="entities-h">Entities '
        f'<span class="n">{len(article.entities)}</span></h2>{_entities_list(article, placed_keys)}</section>\n'
        f'<section class="card" aria-labelledby="removed-h"><h2 id="removed-h">Removed lines '
        f'<span class="n">{len(article.removed)}</span></h2>{_removed_list(article, placed_keys)}</section>\n'
        "</div>\n</div>\n"
        f'<footer class="meta">{_esc(article.id)} · extractor {_esc(article.extractor.version)} · ruleset '
        f'<span class="rule">{_esc(article.extractor.ruleset)}</span> · source {_esc(article.source.path or "stdin")}'
        f' ({_esc(article.source.encoding)}, {_esc(article.source.script)}, sha256 '
        f'<span class="rule">{_esc(article.source.sha256[:16])}</span>…) · schema {_esc(article.schema_version)}'
        "</footer>\n</div>"
    )
    return _document(f"{title} — review", body, with_script=True, html_class=f"script-{article.source.script}")


def _safe_href(href: object) -> str | None:
    """Only relative links: a scheme (http:, javascript:, ...) or a network path is refused."""
    if not isinstance(href, str) or not href or href.startswith("//"):
        return None
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", href):
        return None
    return href


def _label_fit(label: str, width: float = 7.0) -> str:
    """Cut a chart label to about `width` CJK characters (ASCII counts as half)."""
    used, out = 0.0, []
    for ch in label:
        w = 0.55 if ord(ch) < 0x2E80 else 1.0
        if used + w > width:
            return "".join(out) + "…"
        used += w
        out.append(ch)
    return label


def _bar_chart(chart_id: str, title: str, counts: Mapping[str, int], css: str) -> str:
    items = sorted(((str(k), int(v)) for k, v in counts.items() if int(v) > 0), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return '<p class="sub">No claims to chart.</p>'
    if len(items) > _CHART_TOP:
        rest = items[_CHART_TOP - 1:]
        items = items[:_CHART_TOP - 1] + [(f"other ({len(rest)})", sum(v for _, v in rest))]
    top = max(v for _, v in items)
    row = 26
    summary = ", ".join(f"{k} {v}" for k, v in items)
    bars = []
    for i, (label, v) in enumerate(items):
        y = i * row
        pct = 54.0 * v / top
        bars.append(
            f"<g><title>{_esc(label)}: {v}</title>"
            f'<text class="lbl" x="0" y="{y + 17}">{_esc(_label_fit(label))}</text>'
            f'<rect class="bar" x="32%" y="{y + 5}" width="{pct:.2f}%" height="16" rx="3"></rect>'
            f'<text class="val" x="{32 + pct + 1.5:.2f}%" y="{y + 17}">{v:,}</text></g>'
        )
    return (
        f'<svg class="chart {css}" width="100%" height="{row * len(items)}" role="img" '
        f'aria-labelledby="{chart_id}-t" lang="zh-Hans"><title id="{chart_id}-t">{_esc(title)}: {_esc(summary)}</title>'
        + "".join(bars) + "</svg>"
    )


def _error_text(error: object) -> str:
    if isinstance(error, Mapping):
        kind, message = error.get("kind"), error.get("message")
        return f"{kind}: {message}" if kind else str(message)
    return str(error)


def render_index(rows: list[dict]) -> str:
    """A batch index: one row per article (link, counts, error) and bars of claims per unit and per action."""
    units: dict[str, int] = defaultdict(int)
    actions: dict[str, int] = defaultdict(int)
    total_claims = total_honors = errors = 0
    body_rows = []
    for row in rows:
        rid = str(row.get("id", ""))
        error = row.get("error")
        claims, honors = int(row.get("claims") or 0), int(row.get("honors") or 0)
        href = _safe_href(row.get("href"))
        name = f'<a href="{_esc(href)}">{_esc(rid)}</a>' if href else _esc(rid)
        if error:
            errors += 1
            status = f'<span class="status-error">error: {_esc(_error_text(error))}</span>'
        else:
            status = '<span class="status-ok">ok</span>'
            total_claims += claims
            total_honors += honors
            for k, v in (row.get("units") or {}).items():
                units[str(k)] += int(v)
            for k, v in (row.get("actions") or {}).items():
                actions[str(k)] += int(v)
        row_units = sorted((row.get("units") or {}).items(), key=lambda kv: (-int(kv[1]), str(kv[0])))
        units_html = " · ".join(f"{_esc(k)} {int(v)}" for k, v in row_units[:6]) or "—"
        body_rows.append(
            f'<tr class="{"error" if error else "ok"}">'
            + _td("Article", name, "grow")
            + _td("Claims", "—" if error else str(claims), "num lab")
            + _td("Honors", "—" if error else str(honors), "num lab")
            + _td("Units", f'<span class="units">{units_html}</span>', "line")
            + _td("Status", status, "line")
            + "</tr>"
        )
    n = len(rows)
    counts = (
        f'<ul class="counts" aria-label="Counts"><li><b>{n}</b> {_plural(n, "article")}</li>'
        f"<li><b>{total_claims:,}</b> {_plural(total_claims, 'claim')}</li>"
        f"<li><b>{total_honors:,}</b> {_plural(total_honors, 'honor')}</li>"
        f'<li class="{"bad" if errors else ""}"><b>{errors}</b> {_plural(errors, "error")}</li></ul>'
    )
    table = (
        '<table class="stack index" lang="zh-Hans"><thead><tr><th scope="col">Article</th>'
        '<th scope="col" class="num">Claims</th><th scope="col" class="num">Honors</th>'
        '<th scope="col">Units</th><th scope="col">Status</th></tr></thead>'
        f'<tbody>{"".join(body_rows)}</tbody></table>'
        if rows else '<p class="sub">No articles in this batch.</p>'
    )
    body = (
        '<div class="wrap">\n'
        f'<header class="top"><h1>Batch review</h1>{counts}</header>\n'
        '<div class="charts">'
        '<section class="card" aria-labelledby="units-h"><h2 id="units-h">Claims per unit</h2>'
        f'{_bar_chart("units-chart", "Claims per unit", units, "units")}</section>'
        '<section class="card" aria-labelledby="actions-h"><h2 id="actions-h">Claims per action</h2>'
        f'{_bar_chart("actions-chart", "Claims per action", actions, "actions")}</section>'
        "</div>\n"
        f'<main class="card" aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>{table}</main>\n'
        "</div>"
    )
    return _document("Batch review", body, with_script=False)


def write_page(article: Article, text: str, path: str | Path) -> Path:
    """Write `render_page(article, text)` to `path` (UTF-8), creating its folder; return the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_page(article, text), encoding="utf-8")
    return out


def write_index(rows: list[dict], path: str | Path) -> Path:
    """Write `render_index(rows)` to `path` (UTF-8), creating its folder; return the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_index(rows), encoding="utf-8")
    return out
