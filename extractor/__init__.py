"""Turn Chinese news reports and press releases into structured, verifiable facts.

    from extractor import extract
    article = extract(text)            # a validated models.Article
    for claim in article.claims:
        print(claim.metric, claim.value, claim.unit, text[claim.span.start:claim.span.end])

`Extractor` loads the pipeline once for many inputs; the CLI is `python -m extractor --help`.
`quantities(text)` reads every number expression of a text on its own (docs/quantities.md).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .config import ExtractorConfig, __version__
from .contract.errors import ExtractorError, InputError

if TYPE_CHECKING:
    from .contract.models import Article
    from .pipeline import Extractor, extract
    from .stages.numbers import Quantity, quantities

__all__ = ["Article", "Extractor", "ExtractorConfig", "ExtractorError", "InputError", "Quantity", "extract",
           "quantities", "__version__"]

# loaded when first asked for: importing the package (the batch parent, the CLI's help) does not
# load spaCy and the rules; only code that extracts does
_LAZY = {"Article": ".contract.models", "Extractor": ".pipeline", "extract": ".pipeline",
         "Quantity": ".stages.numbers", "quantities": ".stages.numbers"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
