"""The review page (extractor/visualize.py), read as HTML without a browser.

Articles here are built by hand from the models, so that each table row shows one phenomenon of
span placement (nesting, crossing, bad spans) and the page can be checked before the pipeline runs.
The real seed article is read by the extractor in the last tests, skipped while `extractor.pipeline`
cannot be imported; tests/test_visualize_browser.py renders it in headless Chromium.
"""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.contract.models import Article, ExtractorInfo, Source
from extractor.app.review.page import render_index, render_page, write_index, write_page

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "changyi-fulian-2023.txt"
MAX_PAGE_BYTES = 200_000


# --------------------------------------------------------------------------- building articles

def _fill(model: type, given: dict) -> dict:
    """Keep the fields `model` has; give a placeholder to any required field added since (hashes)."""
    out = {k: v for k, v in given.items() if k in model.model_fields}
    for name, field in model.model_fields.items():
        if name not in out and field.is_required():
            out[name] = "0" * 64
    return out


def make_article(text: str = "", *, actions=(), claims=(), honors=(), entities=(), removed=(),
                 warnings=(), meta=None, script: str = "simplified", id: str = "t") -> Article:
    return Article.model_validate({
        "id": id,
        "extractor": _fill(ExtractorInfo, {"version": "0.0.0", "ruleset": "test-ruleset"}),
        "source": _fill(Source, {"path": None, "sha256": hashlib.sha256(text.encode()).hexdigest(),
                                 "encoding": "utf-8", "script": script}),
        "meta": meta or {},
        "organization": None,
        "actions": list(actions), "claims": list(claims), "honors": list(honors),
        "entities": list(entities), "removed": list(removed), "warnings": list(warnings),
    })


def claim(start: int, end: int, *, raw: str | None = None, text: str | None = None, value: float = 1.0,
          unit: str = "个", qualifier: str = "exact", modality: str = "achieved", action: str | None = None,
          metric: str = "指标", value_max: float | None = None, rule: str = "test.claim") -> dict:
    if raw is None:
        raw = text[start:end] if text is not None else "x"
    return {"action": action, "metric": metric, "value": value, "value_max": value_max, "unit": unit,
            "qualifier": qualifier, "modality": modality, "raw": raw, "span": {"start": start, "end": end},
            "sentence_span": {"start": start, "end": end}, "rule": rule}


def entity(start: int, end: int, text: str, label: str = "ORG") -> dict:
    return {"text": text[start:end], "label": label, "span": {"start": start, "end": end}}


def honor(start: int, end: int, recipient: str = "某家庭", name: str = "最美家庭", level: str = "national") -> dict:
    return {"recipient": recipient, "recipient_type": "family", "honor": name, "level": level, "issuer": None,
            "verb": "获评", "span": {"start": start, "end": end}, "rule": "test.honor"}


def action(start: int, end: int, name: str, goal: str | None = None) -> dict:
    return {"name": name, "goal": goal, "span": {"start": start, "end": end}, "rule": "test.action"}


def removed(start: int, end: int, text: str, kind: str = "advertising") -> dict:
    return {"kind": kind, "text": text[start:end], "span": {"start": start, "end": end}, "rule": "test.removed"}


# --------------------------------------------------------------------------- a small strict DOM

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict, parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs) -> list[Node]:
        return [n for n in self.iter()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def text(self, skip_tips: bool = True) -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif not (skip_tips and "tip" in c.classes):
                out.append(c.text(skip_tips))
        return "".join(out)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class _Builder(HTMLParser):
    """Every non-void element must be closed explicitly, by its own end tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(page: str) -> Node:
    b = _Builder()
    b.feed(page)
    b.close()
    assert b.cur is b.root, f"<{b.cur.tag}> never closed"
    return b.root


def one(nodes: list[Node]) -> Node:
    assert len(nodes) == 1, f"expected one element, found {len(nodes)}"
    return nodes[0]


def text_root(dom: Node) -> Node:
    return one(dom.find_all(id="text"))


def primary(dom: Node, kind: str, index: int) -> list[Node]:
    return [n for n in text_root(dom).find_all("mark") if n.attrs.get(f"data-{kind}-index") == str(index)]


def pieces(dom: Node, kind: str, index: int) -> list[Node]:
    return [n for n in text_root(dom).find_all("mark", cls="cont") if n.attrs.get("data-ref") == f"{kind}-{index}"]


def tooltip(dom: Node, mark: Node) -> Node:
    return one(dom.find_all(id=mark.attrs["aria-describedby"]))


def expected_value(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else repr(v)


# --------------------------------------------------------------------------- placement

LINE = "昌邑市妇联获评全国巾帼文明岗,开展宣讲128场次,覆盖1.5万余人。"
#       0123456789...: 昌邑市[0,3) 妇联[3,5) 获评[5,7) 全国巾帼文明岗[7,14) 128场次 starts at 20

PLACEMENT = [
    # id, facts {kind: [(start, end), ...]}, expected continuation pieces per (kind, index)
    pytest.param({"honor": [(0, 14)], "entity": [(0, 5)], "claim": [(20, 25)]}, {}, id="entity-inside-honor"),
    pytest.param({"entity": [(20, 25)], "claim": [(20, 25)]}, {}, id="identical-spans"),
    pytest.param({"entity": [(15, 23)], "claim": [(20, 25)]}, {("entity", 0): 1}, id="claim-crosses-entity-after"),
    pytest.param({"claim": [(20, 25)], "entity": [(22, 28)]}, {("entity", 0): 1}, id="claim-crosses-entity-before"),
    pytest.param({"honor": [(0, 22)], "claim": [(20, 25)]}, {("honor", 0): 1}, id="claim-crosses-honor"),
    pytest.param({"entity": [(0, 5), (3, 9)]}, {("entity", 0): 1}, id="entities-cross"),
    pytest.param({"claim": [(17, 20), (20, 25)]}, {}, id="adjacent-claims"),
    pytest.param({"action": [(0, len(LINE))], "claim": [(20, 25), (28, 33)], "entity": [(0, 3)]}, {},
                 id="claims-inside-action-paragraph"),
    pytest.param({"removed": [(0, len(LINE))], "entity": [(0, 5)]}, {}, id="entity-inside-removed-line"),
]


@pytest.mark.parametrize("spans,cont", PLACEMENT)
def test_each_fact_is_one_highlight_and_the_text_is_intact(spans, cont):
    build = {"claim": lambda s, e: claim(s, e, text=LINE), "entity": lambda s, e: entity(s, e, LINE),
             "honor": honor, "action": lambda s, e: action(s, e, "红心向党"),
             "removed": lambda s, e: removed(s, e, LINE)}
    lists = {"claim": "claims", "entity": "entities", "honor": "honors", "action": "actions", "removed": "removed"}
    art = make_article(LINE, **{lists[k]: [build[k](s, e) for s, e in v] for k, v in spans.items()})
    dom = parse(render_page(art, LINE))
    root = text_root(dom)
    assert root.text() == LINE
    for kind, ranges in spans.items():
        for i, (s, e) in enumerate(ranges):
            mark = one(primary(dom, kind, i))
            assert mark.attrs["tabindex"] == "0" and mark.attrs["data-kind"] == kind
            assert (mark.attrs["data-start"], mark.attrs["data-end"]) == (str(s), str(e))
            rest = pieces(dom, kind, i)
            assert len(rest) == cont.get((kind, i), 0)
            assert mark.text() + "".join(p.text() for p in rest) == LINE[s:e]
            assert "hl" in mark.classes and kind in mark.classes
            if kind == "claim":
                assert mark.text() == LINE[s:e], "a claim is never cut in two"


def test_nesting_follows_containment():
    art = make_article(LINE, honors=[honor(0, 14)], entities=[entity(0, 5, LINE)], claims=[claim(20, 25, text=LINE)],
                       actions=[action(0, len(LINE), "红心向党")])
    dom = parse(render_page(art, LINE))
    ent, hon, act = one(primary(dom, "entity", 0)), one(primary(dom, "honor", 0)), one(primary(dom, "action", 0))
    assert hon in ent.ancestors() and act in hon.ancestors()
    assert act in one(primary(dom, "claim", 0)).ancestors()
    assert "long" in act.classes  # a paragraph-long action is tinted, not bold


@pytest.mark.parametrize("text", [
    pytest.param("第一行\n第二行\n", id="trailing-newline"),
    pytest.param("第一行\r\n第二行", id="crlf"),
    pytest.param("\n\n空行之后", id="leading-blank-lines"),
    pytest.param("a < b && c > d \"引号\" 'x'", id="markup-characters"),
    pytest.param("  缩进  与\t制表符", id="whitespace"),
    pytest.param("", id="empty"),
])
def test_text_round_trips(text):
    facts = {"claims": [claim(0, min(2, len(text)), text=text)]} if len(text) >= 2 else {}
    dom = parse(render_page(make_article(text, **facts), text))
    assert text_root(dom).text() == text
    assert {n.tag for n in text_root(dom).iter()} <= {"div", "p", "mark", "span"}


def test_a_fact_across_lines_keeps_one_highlight():
    text = "第一行文字\n第二行文字"
    art = make_article(text, claims=[claim(3, 8, text=text)], honors=[honor(0, len(text))])
    dom = parse(render_page(art, text))
    assert len(primary(dom, "claim", 0)) == 1 and len(pieces(dom, "claim", 0)) == 1
    assert len(text_root(dom).find_all("p")) == 2


BAD_SPANS = [
    pytest.param(5, 5, "is empty", id="empty-span"),
    pytest.param(20, 40, "runs past the end", id="past-the-end"),
    pytest.param(40, 45, "runs past the end", id="wholly-outside"),
]


@pytest.mark.parametrize("start,end,why", BAD_SPANS)
@pytest.mark.parametrize("kind", ["claim", "entity", "honor", "action", "removed"])
def test_unplaceable_facts_are_listed_not_dropped(kind, start, end, why):
    text = "今年以来开展宣讲128场次。"
    good = claim(8, 13, text=text, value=128, unit="场次")
    bad = {"claim": lambda: {"claims": [good, claim(start, end, raw="坏")]},
           "entity": lambda: {"claims": [good], "entities": [{"text": "坏", "label": "ORG",
                                                               "span": {"start": start, "end": end}}]},
           "honor": lambda: {"claims": [good], "honors": [honor(start, end)]},
           "action": lambda: {"claims": [good], "actions": [action(start, end, "坏行动")]},
           "removed": lambda: {"claims": [good], "removed": [{"kind": "ad", "text": "坏", "rule": "r",
                                                               "span": {"start": start, "end": end}}]}}[kind]()
    art = make_article(text, **bad)
    page = render_page(art, text)
    dom = parse(page)
    bad_index = 1 if kind == "claim" else 0
    assert primary(dom, kind, bad_index) == []
    listed = one(dom.find_all("ul", cls="unplaced"))
    assert why in listed.text() and f"[{bad_index}]" in listed.text()
    assert len(primary(dom, "claim", 0)) == 1
    assert text_root(dom).text() == text


def test_text_that_differs_from_the_fact_is_flagged():
    text = "开展宣讲128场次。"
    art = make_article(text, claims=[claim(4, 9, raw="129场次")])
    dom = parse(render_page(art, text))
    mark = one(primary(dom, "claim", 0))
    assert "mismatch" in mark.classes
    assert "128场次" in tooltip(dom, mark).text(skip_tips=False)
    assert "129场次" in one(dom.find_all("ul", cls="mismatched")).text()


# --------------------------------------------------------------------------- tooltips, table, legend

VALUES = [
    pytest.param(15000.0, None, "15,000", id="wan"),
    pytest.param(80000000.0, None, "80,000,000", id="yi"),
    pytest.param(0.8, None, "0.8", id="fraction"),
    pytest.param(12.5, None, "12.5", id="percent"),
    pytest.param(1e-7, None, "0.0000001", id="never-scientific"),
    pytest.param(30000.0, 50000.0, "30,000–50,000", id="range"),
]


@pytest.mark.parametrize("value,value_max,shown", VALUES)
def test_tooltip_carries_the_normalised_fields(value, value_max, shown):
    text = "募集资金3至5万元。"
    art = make_article(text, claims=[claim(4, 9, text=text, value=value, value_max=value_max, unit="元",
                                           qualifier="about", modality="planned", rule="xf.money.v1",
                                           metric="资金", action="志愿送暖")])
    dom = parse(render_page(art, text))
    mark = one(primary(dom, "claim", 0))
    tip = tooltip(dom, mark)
    assert tip.attrs.get("role") == "tooltip" and tip in mark.iter()
    said = tip.text(skip_tips=False)
    for part in (shown, "元", "about", "planned", "xf.money.v1", "资金", "志愿送暖", "3至5万元"):
        assert part in said
    assert mark.attrs["data-value"] == repr(value)


@pytest.mark.parametrize("kind,fields", [
    ("honor", ["最美家庭", "national", "family", "获评", "test.honor"]),
    ("entity", ["ORG", "test-entity-source"]),
    ("action", ["红心向党", "强化政治引领", "test.action"]),
    ("removed", ["advertising", "test.removed"]),
])
def test_every_kind_has_a_tooltip(kind, fields):
    text = "实施红心向党行动,强化政治引领。某家庭获评最美家庭。广告热线0536"
    art = make_article(text, honors=[honor(16, 24)], actions=[action(0, 15, "红心向党", "强化政治引领")],
                       entities=[{**entity(16, 19, text), "source": "test-entity-source"}],
                       removed=[removed(25, len(text), text)])
    dom = parse(render_page(art, text))
    said = tooltip(dom, one(primary(dom, kind, 0))).text(skip_tips=False)
    for f in fields:
        assert f in said


def test_claims_table_groups_by_action_in_article_order():
    text = "甲行动开展1场。乙行动开展2场。另有3场。"
    art = make_article(text, actions=[action(0, 3, "甲"), action(8, 11, "乙"), action(16, 16, "空")], claims=[
        claim(13, 15, text=text, action="乙", value=2),
        claim(5, 7, text=text, action="甲", value=1),
        claim(18, 20, text=text, action=None, value=3),
        claim(18, 20, text=text, action="未列出", value=3),
    ])
    dom = parse(render_page(art, text))
    table = one(dom.find_all("table", cls="claims"))
    groups = [g.text() for g in table.find_all("tr", cls="group")]
    assert [g[:2] for g in groups] == ["甲1", "乙1", "空0", "未列", "(o"]
    links = [a.attrs["href"] for a in table.find_all("a") if a.attrs["href"].startswith("#claim-")]
    assert links == ["#claim-1", "#claim-0", "#claim-3", "#claim-2"]
    assert "No claims read" in table.text()


def test_legend_counts_and_toggles_every_kind():
    text = "昌邑市妇联开展宣讲128场次。"
    art = make_article(text, claims=[claim(9, 14, text=text)], entities=[entity(0, 3, text), entity(0, 5, text)])
    dom = parse(render_page(art, text))
    legend = one(dom.find_all("section", cls="legend"))
    boxes = legend.find_all("input")
    assert [b.attrs["id"] for b in boxes] == ["show-claim", "show-honor", "show-action", "show-entity", "show-removed"]
    assert all(b.attrs["type"] == "checkbox" and "checked" in b.attrs for b in boxes)
    assert "Claim 1" in legend.text() and "Entity 2" in legend.text()


# --------------------------------------------------------------------------- safety and self-containment

def test_everything_is_escaped():
    text = "<script>alert(1)</script> & <img src=x onerror=alert(2)> 128场次"
    evil = '"><img src=y onerror=alert(3)>'
    art = make_article(text, claims=[claim(len(text) - 5, len(text), text=text, metric=evil, unit=evil, rule=evil)],
                       meta={"title": "</title><script>alert(4)</script>"}, warnings=[evil],
                       entities=[{"text": evil, "label": evil, "span": {"start": 0, "end": 8}}])
    page = render_page(art, text)
    dom = parse(page)
    assert len(dom.find_all("script")) == 1 and dom.find_all("img") == []
    assert text_root(dom).text() == text
    assert "onerror=alert(3)" in dom.text(skip_tips=False)  # shown as text, not run


def _csp(dom: Node) -> str:
    metas = [m for m in dom.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    return one(metas).attrs["content"]


def _sha(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("render", [
    pytest.param(lambda: render_page(make_article(LINE, claims=[claim(20, 25, text=LINE)]), LINE), id="page"),
    pytest.param(lambda: render_index([{"id": "a", "href": "a.html", "claims": 1, "honors": 0, "error": None,
                                        "units": {"个": 1}, "actions": {"甲": 1}}]), id="index"),
])
def test_pages_fetch_nothing_and_their_csp_allows_only_their_own_blocks(render):
    page = render()
    assert not re.search(r"https?:", page, re.I)
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc\s*=|@import|url\(", page, re.I)
    dom = parse(page)
    csp = _csp(dom)
    assert "default-src 'none'" in csp
    for tag in ("style", "script"):
        for block in dom.find_all(tag):
            assert _sha(block.text()) in csp
    assert one(dom.find_all("meta", charset="utf-8"))
    assert any(m.attrs.get("name") == "viewport" for m in dom.find_all("meta"))


def test_css_has_the_cjk_font_stack_keyboard_tooltips_and_a_narrow_layout():
    css = one(parse(render_page(make_article("字"), "字")).find_all("style")).text()
    for font in ('"PingFang SC"', '"Hiragino Sans GB"', '"Noto Sans CJK SC"', '"Source Han Sans SC"',
                 '"Microsoft YaHei"'):
        assert font in css
    assert ".hl:focus > .tip" in css and ".hl:hover" in css
    assert re.search(r"@media \(max-width: \d+px\)", css)
    assert "@font-face" not in css


def test_traditional_articles_get_traditional_fonts_and_lang():
    dom = parse(render_page(make_article("臺灣", script="traditional"), "臺灣"))
    html_el = one(dom.find_all("html"))
    assert "script-traditional" in html_el.classes
    assert text_root(dom).attrs["lang"] == "zh-Hant"


# --------------------------------------------------------------------------- batch index

ROWS = [
    {"id": "changyi-fulian-2023", "href": "changyi-fulian-2023.html", "claims": 27, "honors": 8, "error": None,
     "units": {"场次": 6, "个": 8, "元": 3}, "actions": {"红心向党": 3, "创新创优": 6}},
    {"id": "second", "href": "sub/second.html", "claims": 2, "honors": 0, "error": None,
     "units": {"场次": 2}, "actions": {"红心向党": 2}},
    {"id": "broken<gbk>", "href": None, "claims": 0, "honors": 0, "error": "undecodable: convert it to UTF-8",
     "units": {}, "actions": {}},
]


def test_index_lists_articles_counts_and_errors():
    dom = parse(render_index(ROWS))
    table = one(dom.find_all("table", cls="index"))
    rows = table.find_all("tbody")[0].find_all("tr")
    assert [r.classes for r in rows] == [{"ok"}, {"ok"}, {"error"}]
    assert [a.attrs["href"] for a in table.find_all("a")] == ["changyi-fulian-2023.html", "sub/second.html"]
    assert "broken<gbk>" in rows[2].text() and "undecodable" in rows[2].text()
    counts = one(dom.find_all("ul", cls="counts")).text()
    assert "3 articles" in counts and "29 claims" in counts and "8 honors" in counts and "1 error" in counts


def test_index_charts_claims_per_unit_and_per_action():
    dom = parse(render_index(ROWS))
    units = one(dom.find_all("svg", cls="units"))
    assert [t.text() for t in units.find_all("text", cls="lbl")] == ["个", "场次", "元"]  # ties by name
    assert [t.text() for t in units.find_all("text", cls="val")] == ["8", "8", "3"]
    assert len(units.find_all("rect", cls="bar")) == 3
    actions = one(dom.find_all("svg", cls="actions"))
    assert [t.text() for t in actions.find_all("text", cls="lbl")] == ["创新创优", "红心向党"]
    assert units.attrs["role"] == "img" and "xmlns" not in units.attrs


def test_index_chart_folds_the_long_tail():
    row = {"id": "many", "href": None, "claims": 40, "honors": 0, "error": None,
           "units": {f"单位{i:02d}": 40 - i for i in range(20)}, "actions": {}}
    dom = parse(render_index([row]))
    labels = [t.text() for t in one(dom.find_all("svg", cls="units")).find_all("text", cls="lbl")]
    assert len(labels) == 12 and labels[-1] == "other (9)"
    assert "No claims to chart" in dom.text()


@pytest.mark.parametrize("href,linked", [
    ("a.html", True), ("../x/a.html", True), ("a%20b.html#claim-1", True),
    (None, False), ("", False), ("javascript:alert(1)", False), ("http://example.org/a.html", False),
    ("//example.org/a.html", False), ("data:text/html,x", False),
])
def test_index_links_only_relative_paths(href, linked):
    dom = parse(render_index([{"id": "a", "href": href, "claims": 0, "honors": 0, "error": None,
                               "units": {}, "actions": {}}]))
    assert bool(one(dom.find_all("table", cls="index")).find_all("a")) is linked


def test_empty_index_is_a_page():
    dom = parse(render_index([]))
    assert "No articles" in dom.text()


def test_writers_write_utf8_and_make_folders(tmp_path):
    art = make_article(LINE, claims=[claim(20, 25, text=LINE)])
    page = write_page(art, LINE, tmp_path / "html" / "t.html")
    index = write_index(ROWS, tmp_path / "html" / "index.html")
    assert page.read_bytes().decode("utf-8") == render_page(art, LINE)
    assert index.read_bytes().decode("utf-8") == render_index(ROWS)


# --------------------------------------------------------------------------- the seed article, read for real

@pytest.fixture(scope="module")
def seed():
    pytest.importorskip("extractor.pipeline", reason="extractor.pipeline is not there yet: the seed page "
                                                     "needs the real extractor")
    from extractor import extract

    text = SEED.read_text("utf-8")
    return extract(text, id="changyi-fulian-2023"), text


def test_seed_page_is_small_self_contained_and_complete(seed):
    article, text = seed
    page = render_page(article, text)
    assert len(page.encode("utf-8")) < MAX_PAGE_BYTES
    assert not re.search(r"https?:", page, re.I)
    dom = parse(page)
    assert text_root(dom).text() == text
    assert article.claims, "the seed article has claims"
    for i, c in enumerate(article.claims):
        mark = one(primary(dom, "claim", i))
        said = tooltip(dom, mark).text(skip_tips=False)
        assert expected_value(c.value) in said and c.unit in said
