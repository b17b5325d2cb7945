"""Deterministic JSON for models: the same Article always gives the same bytes."""
from __future__ import annotations

import json

from pydantic import BaseModel


def dumps(model: BaseModel, indent: int | None = None) -> str:
    if indent is None:
        # pydantic-core writes what json.dumps(ensure_ascii=False, separators=(",", ":")) writes, at
        # three times the speed (batch writes one line per input)
        return model.model_dump_json()
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=indent)
