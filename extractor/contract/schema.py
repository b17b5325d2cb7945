"""The JSON Schema of the output contract, generated from the Pydantic models."""
from __future__ import annotations

import json

from .models import Article, ErrorRecord


def article_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Extractor output, contract version 1",
        "oneOf": [{"$ref": "#/$defs/Article"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": {
            **Article.model_json_schema(ref_template="#/$defs/{model}")["$defs"],
            "Article": {k: v for k, v in Article.model_json_schema(ref_template="#/$defs/{model}").items() if k != "$defs"},
            **ErrorRecord.model_json_schema(ref_template="#/$defs/{model}").get("$defs", {}),
            "ErrorRecord": {k: v for k, v in ErrorRecord.model_json_schema(ref_template="#/$defs/{model}").items()
                            if k != "$defs"},
        },
    }


def article_schema_json() -> str:
    return json.dumps(article_schema(), ensure_ascii=False, indent=2, sort_keys=True)
