"""Hostile inputs for every way into the extractor, drawn from a seeded generator, and the checks
every answer must pass. `tests/test_fuzz.py` runs a few thousand of them; `python -m tests.fuzz.run`
runs as many as asked with a new seed and prints the figures.

A case is `Case(id, family, entry, payload)`: `entry` names the way in (`text`: `extract()` of a str;
`bytes`: `Extractor.extract_with_text` of a file's bytes; `row`: a .jsonl line through
`inputs.load`; `page`: a web page; `stdin`: bytes with no name, gzip and JSON lines sniffed). The
families are built from this project's own articles (`corpus/`) cut, mutated and wrapped, and from
character soup, hostile numerals, broken encodings and malformed JSON. Each case depends only on
(seed, index), so a failure reproduces from its id.

The checks (`check`): the only exceptions are `ExtractorError`s other than `InternalError`; the
Article serialises, compact and indented, to strict JSON (no NaN, no Infinity) that validates
against `schemas/article.schema.json`; every span lies in the text and reads back what the fact says
it read (`text[span] == raw`, metric, entity, action and removed texts; an honour's span holds its
recipient, verb and title; a claim's sentence holds the claim).
"""
from __future__ import annotations

import gzip
import json
import random
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"

_DIGITS = "0123456789"
_CN_DIGITS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
_PUNCT = "，。、；：？！“”‘’「」『』（）()[]【】《》—…·～~-－.．,%％/\\|"
_UNITS = ["人", "人次", "场", "场次", "个", "家", "户", "元", "万元", "亿元", "次", "项", "名", "期", "%", "公里", "平方米"]
_VERBS = ["开展", "举办", "培训", "覆盖", "慰问", "发放", "募集", "帮扶", "走访", "组织", "投入", "建成"]
_HONOUR = ["获评", "荣获", "被评为", "被授予", "命名为", "获得"]
_TITLES = ["全国最美家庭", "省级文明单位", "市三八红旗手", "全国五一劳动奖章", "县优秀共青团员"]
_ODD = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffd",
        "\ud800", "\udfff", "\udcff", "\U0001f600", "\U00020000", "\u0301", "\t", "\r", "\r\n", "\f", "\v"]
ENTRIES = ("text", "bytes", "row", "page", "stdin")


@dataclass(frozen=True)
class Case:
    id: str
    family: str
    entry: str
    payload: object  # str for "text", bytes otherwise


@lru_cache(maxsize=1)
def _articles() -> tuple[str, ...]:
    texts = []
    for p in sorted(CORPUS.glob("*.txt")):
        data = p.read_bytes()
        for codec in ("utf-8", "gb18030", "big5"):
            try:
                texts.append(data.decode(codec))
                break
            except UnicodeDecodeError:
                continue
    return tuple(texts)


def _snippet(rng: random.Random, size: int) -> str:
    text = rng.choice(_articles())
    if len(text) <= size:
        return text
    k = rng.randrange(len(text) - size)
    return text[k:k + size]


def _soup(rng: random.Random, size: int) -> str:
    pools = [_DIGITS, _CN_DIGITS, _PUNCT, "".join(_UNITS), "".join(_VERBS), "".join(_HONOUR), "".join(_TITLES),
             " \n", "ＡＢＣ１２３　", "abcXYZ", "".join(_ODD)]
    out = []
    for _ in range(size):
        r = rng.random()
        if r < 0.35:
            out.append(chr(rng.randint(0x4E00, 0x9FFF)))
        elif r < 0.97:
            out.append(rng.choice(rng.choice(pools)))
        else:
            out.append(chr(rng.randint(0, 0x10FFFF)))
    return "".join(out)


def _mutated(rng: random.Random, text: str, rate: float) -> str:
    chars = list(text)
    for _ in range(max(1, int(len(chars) * rate))):
        if not chars:
            break
        k = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.4:
            chars[k] = rng.choice(_DIGITS + _CN_DIGITS + _PUNCT)
        elif op < 0.6:
            chars.insert(k, rng.choice(_ODD))
        elif op < 0.8:
            del chars[k]
        else:
            chars[k:k] = list(chars[rng.randrange(len(chars)):][:rng.randint(1, 30)])  # a stutter
    return "".join(chars)


# the figures of issue 12's numeric findings (values over a float, chains of 亿 and 万, a digit run
# before "."), which the numbers stage handles: generated only when asked for (`hostile_numerals`)
_HOSTILE_NUMERALS = 4


def _numeral(rng: random.Random, hostile: bool) -> str:
    """A figure as articles write it, and (`hostile`) as the hostile inputs of issue 12 do."""
    kind = rng.randrange(0 if hostile else _HOSTILE_NUMERALS, 12)
    if kind == 0:
        return rng.choice(["1", "9", "3.5"]) + "9" * rng.choice([20, 300, 309, 400, 2000])  # over a float
    if kind == 1:
        return rng.choice(["", "1", "三", "十"]) + "亿" * rng.randint(2, 300)  # a chain of 亿
    if kind == 2:
        return "十" + "万" * rng.randint(2, 60)
    if kind == 3:
        return "1" * rng.choice([50, 500, 3000, 8000]) + "." + rng.choice(["", "5", "人", "。"])  # digits then "."
    if kind == 4:
        return "".join(rng.choice("0123456789.,，") for _ in range(rng.randint(1, 400)))
    if kind == 5:
        return "".join(rng.choice(_CN_DIGITS) for _ in range(rng.randint(1, 80)))
    if kind == 6:
        return f"{rng.randint(1, 99)}{rng.choice(['-', '～', '至', '到'])}{rng.randint(1, 999)}"
    if kind == 7:
        return f"{rng.randint(0, 10**6):,}{rng.choice(['余', '多', '近', ''])}"
    if kind == 8:
        return "１２３４５６７８９０"[: rng.randint(1, 10)] + rng.choice(["．５", "", "万"])
    if kind == 9:
        return f"{rng.random() * 10 ** rng.randint(0, 12):.{rng.randint(0, 6)}f}"
    if kind == 10:
        return "0" * rng.randint(1, 400) + str(rng.randint(0, 9))
    return rng.choice(["百分之" + rng.choice(_CN_DIGITS) * rng.randint(1, 5), "1e308", "NaN", "inf", "-0", "1/0"])


def _sentence(rng: random.Random, hostile: bool) -> str:
    org = rng.choice(["市妇联", "区团委", "县总工会", "镇残联", "省科协", "街道办事处"])
    if rng.random() < 0.25:
        name = rng.choice(["张", "李", "王", "刘"]) + rng.choice(["一", "春花", "建国", "亦光"]) + rng.choice(["", "家庭"])
        return f"{name}{rng.choice(_HONOUR)}“{rng.choice(_TITLES)}”{rng.choice(['称号', '', '荣誉'])}。"
    return (f"{org}{rng.choice(_VERBS)}{rng.choice(['宣讲', '活动', '培训班', '困难群众', '资金'])}"
            f"{rng.choice(['', '共', '约', '超过', '累计'])}{_numeral(rng, hostile)}{rng.choice(_UNITS)}"
            f"{rng.choice(_ENDS)}")


_ENDS = ["。", "，", "；", "", "\n"]


def _text(rng: random.Random, family: str, hostile: bool = True) -> str:
    if family == "soup":
        return _soup(rng, rng.choice([1, 5, 40, 300, 2000]))
    if family == "snippet":
        return _mutated(rng, _snippet(rng, rng.choice([20, 200, 1500, 6000])), rng.choice([0.0, 0.01, 0.05, 0.2]))
    if family == "numerals":
        return "".join(_sentence(rng, hostile) for _ in range(rng.randint(1, 12)))
    if family == "structure":  # shapes: many lines, long lines, brackets, headings, repetition
        kind = rng.randrange(6)
        if kind == 0:
            return "\n".join(_sentence(rng, hostile) for _ in range(rng.randint(50, 300)))
        if kind == 1:
            return "（" * rng.randint(1, 500) + _sentence(rng, hostile) + "）" * rng.randint(0, 500)
        if kind == 2:
            return "".join(f"{'一二三四五六七八九十'[i % 10]}是{_sentence(rng, hostile)}" for i in range(rng.randint(1, 60)))
        if kind == 3:
            return _sentence(rng, hostile) * rng.randint(20, 400)
        if kind == 4:
            return rng.choice(["\n", "\r", "\r\n", " ", "\u3000"]) * rng.randint(1, 5000) + _sentence(rng, hostile)
        return "“" * rng.randint(0, 40) + _snippet(rng, 800).replace("。", rng.choice(["", "。。。", "\n\n\n"]))
    raise ValueError(family)


_TEXT_FAMILIES = ("soup", "snippet", "numerals", "structure")


def _encoded(rng: random.Random, text: str) -> bytes:
    codec = rng.choice(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-7",
                        "latin-1", "utf-32"])
    data = text.encode(codec, errors=rng.choice(["replace", "ignore", "surrogatepass" if codec.startswith("utf")
                                                  and codec not in ("utf-7",) else "ignore"]))
    damage = rng.randrange(8)
    if damage == 0 and data:
        data = data[: rng.randrange(len(data))]  # cut anywhere: half a character, an odd UTF-16 length
    elif damage == 1 and data:
        b = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        data = bytes(b)
    elif damage == 2:
        data = rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]) + data + rng.choice([b"", b"\x00", b"\xd8"])
    elif damage == 3:
        data = rng.randbytes(rng.choice([1, 16, 300, 5000]))
    elif damage == 4:
        data = b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass") + b"\x00\xd8\x00"  # a lone surrogate
    return data


def _row(rng: random.Random, text: str) -> bytes:
    kind = rng.randrange(10)
    row: object = {"text": text, "id": rng.choice([None, "a1", 7, "", "\ud800", "x" * 300]), "title": _soup(rng, 8)}
    if kind == 1:
        return json.dumps(row, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    if kind == 2:
        return (b'{"text": ' + json.dumps(text).encode() + b', "score": '
                + rng.choice([b"NaN", b"Infinity", b"-Infinity", b"1e999", b"1" + b"0" * 5000, b"-0.0"]) + b"}")
    if kind == 3:
        depth = rng.choice([10, 1000, 100_000])
        return b'{"text": ' + json.dumps(text).encode() + b', "x": ' + b"[" * depth + b"]" * depth + b"}"
    if kind == 4:
        return json.dumps(rng.choice([[text], text, 5, None, {"body": text}, {"text": 5}, {"text": None}])).encode()
    if kind == 5:
        return json.dumps({"text": text, "published_at": _soup(rng, 12), "n": rng.random()}).encode()[: rng.randint(1, 200)]
    if kind == 6:
        return b'{"text": "' + text.encode("utf-8", "replace")[:3000].replace(b'"', b"") + b'\\ud800\\udc00\\udfff"}'
    if kind == 7:
        return rng.randbytes(rng.randint(1, 400))
    return json.dumps(row, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _page(rng: random.Random, text: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    charset = rng.choice(["utf-8", "gbk", "big5", "utf-16", "rot13", "hex", "idna", "unicode_escape", "x-unknown",
                          "utf-7", ""])
    kind = rng.randrange(6)
    if kind == 0:
        page = f'<html><head><meta charset="{charset}"><title>{_soup(rng, 10)}</title></head><body>{body}</body></html>'
    elif kind == 1:
        page = "<div>" * rng.choice([10, 500, 5000]) + body + "</div>" * rng.randint(0, 100)
    elif kind == 2:
        page = f"<html><body><article>{body}</article><nav>{'<a href=x>链接</a>' * 50}</nav>"
    elif kind == 3:
        page = "<html>" + _soup(rng, 500).replace("。", "<p>") + "<script>" + body + "</script>"
    elif kind == 4:
        page = f"<!doctype html><table>{''.join(f'<tr><td>{s}</td></tr>' for s in text.split('。'))}</table>"
    else:
        page = "<html><head><title>" + body + "</title></head></html>"
    codec = charset if charset in ("utf-8", "gbk", "big5", "utf-16") else "utf-8"
    return page.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")


def _stdin(rng: random.Random, text: str, hostile: bool = True) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:
        data = b"\n".join(_row(rng, _text(rng, "numerals", hostile)) for _ in range(rng.randint(1, 5)))
    elif kind == 1:
        data = _encoded(rng, text)
    elif kind == 2:
        data = _page(rng, text)
    else:
        data = b"\n" * rng.randint(0, 3000) + json.dumps({"text": text}).encode()
    if rng.random() < 0.4:
        data = gzip.compress(data, mtime=0)
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]  # a truncated gzip
    return data


def generate(seed: int, count: int, entries: tuple[str, ...] = ENTRIES, hostile_numerals: bool = True) -> list[Case]:
    """`count` cases, the same for the same seed: the families and entries in turn."""
    cases = []
    for i in range(count):
        rng = random.Random(f"{seed}:{i}")
        family = _TEXT_FAMILIES[i % len(_TEXT_FAMILIES)]
        entry = entries[(i // len(_TEXT_FAMILIES)) % len(entries)]
        text = _text(rng, family, hostile_numerals)
        payload: object = {"text": text, "bytes": None, "row": None, "page": None, "stdin": None}[entry]
        if entry == "bytes":
            payload = _encoded(rng, text)
        elif entry == "row":
            payload = _row(rng, text)
        elif entry == "page":
            payload = _page(rng, text)
        elif entry == "stdin":
            payload = _stdin(rng, text, hostile_numerals)
        cases.append(Case(f"{seed}:{i}", family, entry, payload))
    return cases


# ---- running one case and checking what came back --------------------------------------------


@dataclass
class Outcome:
    case: Case
    seconds: float
    kind: str | None = None  # the error kind of an expected ExtractorError; None for Articles
    problems: tuple[str, ...] = ()  # what is wrong; empty when all is well


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "article.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _strict(payload: str):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")

    return json.loads(payload, parse_constant=refuse)


def run_case(extractor, case: Case, max_bytes: int = 8_000_000) -> Outcome:
    """Run one case through its way in; an Outcome with what went wrong, if anything."""
    from extractor import extract
    from extractor.app import inputs
    from extractor.app.engines.worker import extract_loaded
    from extractor.contract import errors

    started = time.perf_counter()
    results = []  # (article, the text its spans index)
    kind = None
    try:
        if case.entry == "text":
            text = case.payload
            article = extract(text, id="fuzz")  # the one-call API, on the default extractor
            results.append((article, _expected_text(text)))
        else:
            if case.entry == "bytes":
                tasks = [inputs.Task("fuzz", "fuzz.txt", "text", data=case.payload)]
            elif case.entry == "row":
                tasks = [inputs.Task("fuzz:1", "fuzz.jsonl", "jsonl", line=1, data=case.payload)]
            elif case.entry == "page":
                tasks = [inputs.Task("fuzz", "fuzz.html", "html", data=case.payload)]
            else:
                import io

                tasks = list(inputs.stdin_tasks(io.BytesIO(case.payload), "auto", max_bytes))
            for task in tasks:
                try:
                    loaded = inputs.load(task, max_bytes=max_bytes)
                    results.append(tuple(extract_loaded(extractor, task, loaded)))
                except errors.InternalError:
                    raise
                except errors.ExtractorError as e:
                    kind = e.kind
    except errors.InternalError as e:
        return Outcome(case, time.perf_counter() - started, "internal", (f"internal error: {e.message}",))
    except errors.ExtractorError as e:
        kind = e.kind
    except Exception as e:  # noqa: BLE001 - what this harness is for
        return Outcome(case, time.perf_counter() - started, None, (f"escaped {type(e).__name__}: {str(e)[:300]}",))
    seconds = time.perf_counter() - started
    problems = []
    for article, text in results:
        problems += check(article, text)
    return Outcome(case, seconds, kind, tuple(problems))


def _expected_text(text: str) -> str:
    from extractor.contract.models import without_surrogates

    text = without_surrogates(text)[0]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check(article, text: str) -> list[str]:
    """What is wrong with an Article whose spans index `text` (empty when nothing is)."""
    from extractor.contract.serialize import dumps

    problems = []
    try:
        compact = _strict(dumps(article))
        pretty = _strict(dumps(article, indent=2))
    except (ValueError, TypeError) as e:
        return [f"not strict JSON: {e}"]
    if compact != pretty:
        problems.append("compact and indented JSON differ")
    for error in list(_validator().iter_errors(compact))[:3]:
        problems.append(f"schema: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")
    n = len(text)

    def read(span, what: str) -> str | None:
        if span is None:
            return None
        if not 0 <= span.start <= span.end <= n:
            problems.append(f"{what} span {span.start}-{span.end} outside the text (length {n})")
            return None
        return text[span.start:span.end]

    for c in article.claims:
        if read(c.span, "claim") != c.raw:
            problems.append(f"claim span reads {read(c.span, 'claim')!r}, raw is {c.raw!r}")
        if c.metric_span is not None and read(c.metric_span, "metric") != c.metric:
            problems.append(f"metric span reads {read(c.metric_span, 'metric')!r}, metric is {c.metric!r}")
        s = c.sentence_span
        if not (s.start <= c.span.start and c.span.end <= s.end):
            problems.append(f"claim {c.raw!r} at {c.span.start}-{c.span.end} outside its sentence {s.start}-{s.end}")
    for h in article.honors:
        evidence = read(h.span, "honour") or ""
        for part in (h.recipient, h.verb, h.honor):
            if part not in evidence:
                problems.append(f"honour span {evidence!r} does not hold {part!r}")
    for e in article.entities:
        if read(e.span, "entity") != e.text:
            problems.append(f"entity span reads {read(e.span, 'entity')!r}, text is {e.text!r}")
    for a in article.actions:
        if read(a.span, "action") != a.name:
            problems.append(f"action span reads {read(a.span, 'action')!r}, name is {a.name!r}")
    for r in article.removed:
        if read(r.span, "removed") != r.text:
            problems.append(f"removed span reads {read(r.span, 'removed')!r}, text is {r.text!r}")
    if article.source.text is not None and article.source.text != text:
        problems.append("source.text is not the text the spans index")
    return problems


def describe(case: Case, limit: int = 160) -> str:
    """A case, short enough for a failure message (the id regenerates it whole)."""
    payload = case.payload
    shown = repr(payload[:limit]) + ("..." if len(payload) > limit else "")
    return f"{case.id} [{case.family}/{case.entry}, {len(payload)} {'chars' if isinstance(payload, str) else 'bytes'}]: {shown}"


