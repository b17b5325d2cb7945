"""pipeline.warm: the fork server's pipeline, loaded and warmed, is frozen for the garbage collector
(its full collections then walk none of it), and what it extracts is what an unwarmed one does."""
from __future__ import annotations

import gc

from extractor import Extractor, ExtractorConfig
from extractor.pipeline import warm
from extractor.text.decode import decode

from .conftest import CORPUS


def test_warm_freezes_what_it_loaded_and_extracts_the_same():
    texts = [decode(p.read_bytes()).text for p in sorted(CORPUS.glob("*.txt"))[:5]]
    before = [Extractor(ExtractorConfig(model="none")).extract_text(t, id="a").model_dump_json() for t in texts]
    try:
        gc.unfreeze()
        warm("none")
        assert gc.get_freeze_count() > 0
        after = [Extractor(ExtractorConfig(model="none")).extract_text(t, id="a").model_dump_json() for t in texts]
    finally:
        gc.unfreeze()  # the rest of the session collects as usual
    assert after == before
