"""Deterministic, strict JSON for models: the same Article always gives the same bytes, and they are
RFC 8259 JSON (no NaN or Infinity: the models refuse non-finite numbers when they are built)."""
from __future__ import annotations

import json

from pydantic import BaseModel


def dumps(model: BaseModel, indent: int | None = None) -> str:
    if indent is None:
        # pydantic-core writes what json.dumps(ensure_ascii=False, separators=(",", ":")) writes, at
        # three times the speed (batch writes one line per input); the models' allow_inf_nan=False
        # keeps it strict (pydantic would write a non-finite float as null)
        return model.model_dump_json()
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=indent, allow_nan=False)


def dumps_bytes(model: BaseModel) -> bytes:
    """`dumps(model)` encoded as UTF-8, which is what pydantic-core writes: `model_dump_json` decodes
    it to a str, and a batch that sends the line to another process and writes it to a file would
    encode it again (a decode and an encode of every output line)."""
    return model.__pydantic_serializer__.to_json(model)
