"""What a user may set for an Extractor (everything else is in `pipeline.cfg`), and the version.

A module of its own, importing nothing: the batch parent, the CLI and the HTTP service name a
configuration without loading spaCy (only the processes that extract load the pipeline).
"""
from __future__ import annotations

from dataclasses import dataclass

__version__ = "0.1.0"


@dataclass(frozen=True)
class ExtractorConfig:
    """Options a user may set; everything else is in `pipeline.cfg`."""

    model: str = "auto"  # statistical NER: "auto" (zh_core_web_sm if installed), "none", a name or a path
    max_bytes: int = 8_000_000  # an article is never this long; larger input is refused, not ground through
    # longer texts are extracted in chunks (see Extractor): spaCy refuses a Doc over 1,000,000
    # characters, and a chunk bounds the work of the rules that read across a whole Doc; no press
    # release comes near this
    chunk_chars: int = 100_000
    # the garbage collector's first threshold while an article is extracted, put back after (0: left
    # as it is). An extraction makes tens of thousands of containers that reference counting frees
    # when it ends; at Python's default (700) the collector walks the living ones dozens of times an
    # article, for nothing
    gc_young_threshold: int = 20_000
