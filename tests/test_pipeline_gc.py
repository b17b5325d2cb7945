"""The collector's first threshold during an extraction (`ExtractorConfig.gc_young_threshold`): raised
while an article is extracted, put back after, whatever happened in between; never lowered; left
alone when set to 0; and what is extracted does not depend on it."""
from __future__ import annotations

import gc
import threading

import pytest

from extractor import Extractor, ExtractorConfig, assemble
from extractor.contract import errors

from .conftest import corpus_texts

TEXT = "昌邑市妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人。"


@pytest.fixture
def thresholds():
    """The thresholds seen while each Article was assembled; the session's own are put back after."""
    saved = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    yield seen
    gc.set_threshold(*saved)


@pytest.fixture
def watched(monkeypatch, thresholds):
    real = assemble.article

    def article(*args, **kwargs):
        thresholds.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(assemble, "article", article)
    return thresholds


@pytest.mark.parametrize(("host", "configured", "during"), [
    ((700, 10, 10), 20_000, (20_000, 10, 10)),   # Python's default: raised
    ((700, 5, 3), 20_000, (20_000, 5, 3)),       # the older generations' thresholds kept
    ((50_000, 10, 10), 20_000, (50_000, 10, 10)),  # a host's higher threshold is never lowered
    ((0, 10, 10), 20_000, (0, 10, 10)),          # threshold 0: the host turned collection off
    ((700, 10, 10), 0, (700, 10, 10)),           # configured off: left as the host set it
    ((700, 10, 10), 5_000, (5_000, 10, 10)),
])
def test_threshold_during_and_after_an_extraction(watched, host, configured, during):
    gc.set_threshold(*host)
    Extractor(ExtractorConfig(model="none", gc_young_threshold=configured)).extract_text(TEXT, id="a")
    assert watched == [during]
    assert gc.get_threshold() == host


def test_put_back_when_the_extraction_fails(monkeypatch, thresholds):
    def broken(*args, **kwargs):
        thresholds.append(gc.get_threshold())
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr(assemble, "article", broken)
    gc.set_threshold(700, 10, 10)
    with pytest.raises(errors.InternalError):
        Extractor(ExtractorConfig(model="none")).extract_text(TEXT, id="a")
    assert thresholds == [(20_000, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_threshold_set_meanwhile_stands(monkeypatch, thresholds):
    real = assemble.article

    def other_thread_sets_its_own(*args, **kwargs):
        worker = threading.Thread(target=gc.set_threshold, args=(1234, 10, 10))
        worker.start()
        worker.join()
        return real(*args, **kwargs)

    monkeypatch.setattr(assemble, "article", other_thread_sets_its_own)
    gc.set_threshold(700, 10, 10)
    Extractor(ExtractorConfig(model="none")).extract_text(TEXT, id="a")
    assert gc.get_threshold() == (1234, 10, 10)


def test_long_text_in_chunks_is_one_raised_stretch(watched):
    gc.set_threshold(700, 10, 10)
    paragraphs = "\n".join(f"第{n}场宣讲覆盖妇女群众{n}00人。" for n in range(1, 400))
    Extractor(ExtractorConfig(model="none", chunk_chars=2_000)).extract_text(paragraphs, id="a")
    assert len(watched) > 1 and set(watched) == {(20_000, 10, 10)}
    assert gc.get_threshold() == (700, 10, 10)


def test_same_articles_whatever_the_threshold(thresholds):
    texts = corpus_texts()[:4]
    gc.set_threshold(700, 10, 10)
    runs = {configured: [Extractor(ExtractorConfig(model="none", gc_young_threshold=configured))
                         .extract_text(t, id="a").model_dump_json() for t in texts]
            for configured in (0, 1_000, 20_000)}
    assert runs[0] == runs[1_000] == runs[20_000]
