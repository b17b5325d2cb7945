"""Deterministic JSON for models: the same Article always gives the same bytes."""
from __future__ import annotations

import json

from pydantic import BaseModel


def dumps(model: BaseModel, indent: int | None = None) -> str:
    data = model.model_dump(mode="json")
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)
