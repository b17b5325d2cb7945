"""Whatever the text, extraction returns a valid Article whose spans read back: mutated corpus
snippets and random character soup (seeded, so a failure reproduces)."""
import random

import pytest

from extractor import extract
from extractor.contract import errors

from .conftest import CORPUS

ALPHABET = list("0123456789,.%-~至到余多约近“”「」()（）\n 、;:：第届年月日万亿元人名个场次被获评授予命名为等全国省市县区镇") + [
    chr(c) for c in range(0x4E00, 0x4E00 + 300)]


def _samples(n: int):
    rng = random.Random(20261128)
    base = "".join(p.read_text("utf-8") for p in sorted(CORPUS.glob("changyi*.txt")))
    for _ in range(n):
        size = rng.randint(1, 300)
        if rng.random() < 0.5:
            yield "".join(rng.choice(ALPHABET) for _ in range(size))
        else:
            k = rng.randint(0, len(base) - size - 1)
            yield "".join(ch if rng.random() > 0.05 else rng.choice(ALPHABET) for ch in base[k:k + size])


@pytest.mark.parametrize("text", list(_samples(300)))
def test_any_text_gives_a_valid_grounded_article(text):
    try:
        article = extract(text, id="fuzz")
    except errors.InputError:
        return  # empty or Chinese-less: a clear error is the right answer
    for c in article.claims:
        assert text[c.span.start:c.span.end] == c.raw
        assert c.span.start >= c.sentence_span.start
    for h in article.honors:
        evidence = text[h.span.start:h.span.end]
        assert h.recipient in evidence and h.honor in evidence


# ---- issue 12: values, surrogates, long texts, and only ExtractorErrors out of the library -------

import hashlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402

from pydantic import ValidationError  # noqa: E402

from extractor import Extractor, ExtractorConfig  # noqa: E402
from extractor.contract import models  # noqa: E402
from extractor.contract.serialize import dumps  # noqa: E402
from extractor.pipeline import _chunks  # noqa: E402

CLAIM = dict(action=None, metric="宣讲", value=12.0, unit="场次", qualifier="exact", modality="achieved", raw="12场次",
             span={"start": 7, "end": 11}, sentence_span={"start": 0, "end": 12}, rule="r")


@pytest.mark.parametrize("field,value", [("value", math.inf), ("value", -math.inf), ("value", math.nan),
                                         ("value_max", math.inf), ("value_max", math.nan)])
def test_models_refuse_non_finite_values(field, value):
    with pytest.raises(ValidationError, match="finite"):
        models.Claim(**{**CLAIM, field: value})


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydantic: the unvalidated spans are dicts
def test_indented_json_is_strict_even_for_a_model_built_without_validation():
    claim = models.Claim.model_construct(**{**CLAIM, "value": math.inf})
    with pytest.raises(ValueError):
        dumps(claim, indent=2)


@pytest.mark.parametrize("text,replaced", [
    pytest.param("市妇联开展宣讲\ud80012场次。", 1, id="lone-high-surrogate"),
    pytest.param("\udcff市妇联\udfff开展宣讲12场次。\ud800", 3, id="escaped-byte-and-low-surrogates"),
])
def test_lone_surrogates_in_a_text_are_replaced_with_a_warning(text, replaced):
    article = extract(text)
    clean = text.translate({c: "\ufffd" for c in range(0xD800, 0xE000)})
    assert any(f"{replaced} lone surrogate" in w for w in article.warnings)
    assert [clean[c.span.start:c.span.end] for c in article.claims] == [c.raw for c in article.claims] == ["12场次"]
    json.loads(dumps(article))


def test_a_text_of_surrogates_is_undecodable():
    with pytest.raises(errors.UndecodableInput):
        extract("市" + "\ud800" * 40)


def test_the_library_raises_only_extractor_errors(extractor, monkeypatch):
    class Broken:
        max_length = 1_000_000

        def __call__(self, text):
            raise RuntimeError("a bug in a stage")

    monkeypatch.setattr(extractor, "pipe", Broken())
    for call in (lambda: extractor.extract_text("市妇联开展宣讲12场次。", id="a"),
                 lambda: extractor.extract_bytes("市妇联开展宣讲12场次。".encode(), id="a"),
                 lambda: extractor.extract_with_text(b"x", id="a", text="市妇联开展宣讲12场次。")):
        with pytest.raises(errors.InternalError, match="RuntimeError: a bug in a stage") as raised:
            call()
        assert isinstance(raised.value.__cause__, RuntimeError)


PARAGRAPH = "第{n}段：市妇联开展宣讲{v}场次，覆盖妇女群众{w}余人。\n"


def _long_text(paragraphs: int) -> str:
    return "市妇联工作简报\n" + "".join(PARAGRAPH.format(n=n, v=10 + n, w=100 + n) for n in range(paragraphs))


def test_a_text_over_spacys_limit_is_extracted_in_chunks(extractor, monkeypatch):
    """spaCy refuses a Doc over `nlp.max_length` characters (E088: 1,000,000); the text is cut at
    paragraph ends instead, and every span indexes the whole text."""
    text = _long_text(400)
    whole = extractor.extract_text(text, id="whole")
    monkeypatch.setattr(extractor.pipe, "max_length", len(text) // 5)
    chunked = extractor.extract_text(text, id="chunked")
    assert any("chunks cut at paragraph ends" in w for w in chunked.warnings)
    assert len(chunked.claims) == len(whole.claims) == 800
    for c in chunked.claims:
        assert text[c.span.start:c.span.end] == c.raw and text[c.metric_span.start:c.metric_span.end] == c.metric
    assert [(c.raw, c.span) for c in chunked.claims] == [(c.raw, c.span) for c in whole.claims]
    assert chunked.meta == whole.meta and chunked.organization == whole.organization
    for e in chunked.entities:
        assert text[e.span.start:e.span.end] == e.text


@pytest.mark.parametrize("text,limit,cuts", [
    pytest.param("甲乙丙。\n丁戊己庚。\n辛", 8, [(0, 5), (5, 12)], id="at-paragraph-ends"),
    pytest.param("甲乙丙。丁戊己庚辛", 6, [(0, 4), (4, 9)], id="else-after-a-sentence"),
    pytest.param("甲乙1234567", 6, [(0, 2), (2, 8), (8, 9)], id="never-inside-a-figure-unless-all-is-figure"),
    pytest.param("甲乙丙丁", 10, [(0, 4)], id="one-piece-when-it-fits"),
])
def test_chunks_are_cut_at_the_best_place(text, limit, cuts):
    assert _chunks(text, limit) == cuts
    assert "".join(text[a:b] for a, b in cuts) == text


def test_a_device_is_refused_after_max_bytes(monkeypatch, extractor):
    monkeypatch.setattr(extractor, "config", ExtractorConfig(model="none", max_bytes=1000))
    with pytest.raises(errors.InputTooLarge, match="more than 1,000 bytes"):
        extractor.extract_file("/dev/zero")


def test_extract_id_of_a_text_with_surrogates():
    article = extract("市妇联开展宣讲\ud80012场次。")
    assert article.id == hashlib.sha256("市妇联开展宣讲\ufffd12场次。".encode()).hexdigest()[:12]
    assert Extractor  # the class is what the CLI and batch build; extract() is its one-call form
