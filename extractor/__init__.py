"""Turn Chinese news reports and press releases into structured, verifiable facts.

    from extractor import extract
    article = extract(text)            # a validated models.Article
    for claim in article.claims:
        print(claim.metric, claim.value, claim.unit, text[claim.span.start:claim.span.end])

`Extractor` loads the pipeline once for many inputs; the CLI is `python -m extractor --help`.
`quantities(text)` reads every number expression of a text on its own (docs/quantities.md).
"""
from .contract.errors import ExtractorError, InputError
from .contract.models import Article
from .pipeline import Extractor, ExtractorConfig, __version__, extract
from .stages.numbers import Quantity, quantities

__all__ = ["Article", "Extractor", "ExtractorConfig", "ExtractorError", "InputError", "Quantity", "extract",
           "quantities", "__version__"]
