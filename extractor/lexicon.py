"""Loading the data files that sit beside the stage modules.

A lexicon is a UTF-8 TSV named `<module>.<what>.tsv` next to the module that reads it. Lines
starting with `#` are its header: what each column means and where the entries come from.
The first non-comment line names the columns. Each file is read once per process.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of `extractor/<name>.tsv` as dicts keyed by the header line."""
    lines = [
        line.rstrip("\n")
        for line in (_HERE / f"{name}.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    out = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        out.append(dict(zip(header, (c.strip() for c in cells))))
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str, column: str | None = None) -> tuple[str, ...]:
    """One column (the first by default) of a lexicon."""
    table = rows(name)
    if not table:
        return ()
    key = column or next(iter(table[0]))
    return tuple(r[key] for r in table if r[key])


@lru_cache(maxsize=None)
def by_kind(name: str, kind: str) -> tuple[str, ...]:
    """Entries of a two-column `word<TAB>kind` lexicon whose kind is `kind`."""
    return tuple(r["word"] for r in rows(name) if r["kind"] == kind)


def alternation(items, *, escape: bool = True) -> str:
    """A regex alternation, longest first so that 场次 is tried before 场."""
    uniq = sorted(set(items), key=lambda s: (-len(s), s))
    return "|".join(re.escape(s) if escape else s for s in uniq)


def ruleset_hash(modules: tuple[str, ...]) -> str:
    """Hash of every lexicon and the named rule modules: same ruleset + same bytes -> same JSON."""
    h = hashlib.sha256()
    paths = sorted(_HERE.glob("*.tsv")) + [_HERE / "pipeline.cfg"] + [_HERE / f"{m}.py" for m in modules]
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
