"""Imported by the local engine's fork server (and by nothing else): it loads and warms the pipeline
there, once, so that every worker forked from the server starts with a ready pipeline instead of
loading spaCy, the lexicons and the rules' patterns again.

Which pipeline: the one for `XF_WARM_MODEL` (the job's `--model`; the engine sets it before the
server starts), default "auto". A worker whose job asks for another model builds its own.
"""
import contextlib
import os

from ...pipeline import warm

# a pipeline that cannot load (a --model that is not installed) must not stop the server: the first
# worker builds its own, fails the same way, and reports it as the job's error
with contextlib.suppress(Exception):
    warm(os.environ.get("XF_WARM_MODEL", "auto"))
