"""Rule data: the one loader for every lexicon (TSV file) of the package.

A lexicon is a UTF-8 TSV named `<stage>.<what>.tsv`: the stages' own under `stages/lexicons/`,
the segmenter's beside it in `text/`. Its header says what it holds:

    # free comment lines: what each column means, where the entries come from
    #= kind: suffix, verb, indicator          values the `kind` column may take (one line per column)
    #= unique: word, kind                     no two rows may share these cells
    #= required: word                         cells that may not be empty
    word	kind                               the column names (first non-comment line)
    行动	suffix

Every row is checked when the file is loaded, once per process: the number of cells, declared
values, required cells, duplicates. A bad row stops the load with `file:line: what is wrong`, so a
garbled edit fails the first test run instead of silently changing what is extracted.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
FOLDERS = (_PACKAGE / "stages" / "lexicons", _PACKAGE / "text")
_DIRECTIVE = re.compile(r"#=\s*(\w+)\s*:\s*(.*)$")


class LexiconError(ValueError):
    """A lexicon file breaks its own header: raised at load, with file and line."""


@dataclass(frozen=True)
class Lexicon:
    name: str
    path: Path
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]  # the file line of each row, for messages
    values: dict[str, frozenset[str]]  # declared values per column


def path_of(name: str) -> Path:
    found = [folder / f"{name}.tsv" for folder in FOLDERS if (folder / f"{name}.tsv").exists()]
    if len(found) != 1:
        where = " and ".join(str(p) for p in found) if found else f"any of {', '.join(str(f) for f in FOLDERS)}"
        raise LexiconError(f"lexicon {name!r}: {'found in ' + where if found else 'not in ' + where}")
    return found[0]


def names() -> list[str]:
    """Every lexicon of the package, by name."""
    return sorted(p.name[: -len(".tsv")] for folder in FOLDERS for p in folder.glob("*.tsv"))


@lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    path = path_of(name)
    where = path.relative_to(_PACKAGE.parent)
    directives: dict[str, list[str]] = {}
    values: dict[str, frozenset[str]] = {}
    columns: tuple[str, ...] | None = None
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    seen: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            m = _DIRECTIVE.match(line)
            if m:
                if columns is not None:
                    raise LexiconError(f"{where}:{number}: a #= directive after the column line")
                key, rest = m.group(1), m.group(2).strip()
                if key in ("unique", "required"):
                    directives[key] = [c.strip() for c in rest.split(",") if c.strip()]
                else:  # a column's declared values
                    values[key] = frozenset(v.strip() for v in rest.split(",") if v.strip())
            continue
        cells = [c.strip() for c in line.split("\t")]
        if columns is None:
            columns = tuple(cells)
            unknown = [c for c in (*values, *directives.get("unique", ()), *directives.get("required", ()))
                       if c not in columns]
            if unknown:
                raise LexiconError(f"{where}:{number}: the header declares {', '.join(unknown)}, "
                                   f"which are not columns ({', '.join(columns)})")
            continue
        if len(cells) > len(columns):
            if any(cells[len(columns):]):
                raise LexiconError(f"{where}:{number}: {len(cells)} cells, the header has {len(columns)} columns")
            cells = cells[: len(columns)]
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, cells))
        for column, allowed in values.items():
            if row[column] not in allowed:
                raise LexiconError(f"{where}:{number}: {column} {row[column]!r} is not one of "
                                   f"{', '.join(sorted(allowed))} (declared in the header)")
        for column in directives.get("required", ()):
            if not row[column]:
                raise LexiconError(f"{where}:{number}: empty {column}")
        key = tuple(row[c] for c in directives.get("unique", columns))
        if key in seen:
            raise LexiconError(f"{where}:{number}: duplicate of line {seen[key]} ({' '.join(key)})")
        seen[key] = number
        rows.append(row)
        lines.append(number)
    if columns is None:
        raise LexiconError(f"{where}: no column line")
    return Lexicon(name, path, columns, tuple(rows), tuple(lines), values)


def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a lexicon as dicts keyed by its column names."""
    return load(name).rows


@lru_cache(maxsize=None)
def words(name: str, column: str | None = None) -> tuple[str, ...]:
    """One column (the first by default) of a lexicon, empty cells left out."""
    lex = load(name)
    key = column or lex.columns[0]
    return tuple(r[key] for r in lex.rows if r[key])


@lru_cache(maxsize=None)
def by_kind(name: str, kind: str, column: str = "kind") -> tuple[str, ...]:
    """The first column of the rows whose `column` (default `kind`) is `kind`."""
    lex = load(name)
    if kind not in lex.values.get(column, frozenset()):
        raise LexiconError(f"{lex.path.name}: {kind!r} is not a declared {column}")
    return tuple(r[lex.columns[0]] for r in lex.rows if r[column] == kind)


def alternation_order(items) -> list[str]:
    """The distinct items in the order `alternation` tries them: longest first, then by code point."""
    return sorted(set(items), key=lambda s: (-len(s), s))


def alternation(items, *, escape: bool = True) -> str:
    """A regex alternation, longest first so that 场次 is tried before 场."""
    return "|".join(re.escape(s) if escape else s for s in alternation_order(items))


def ruleset_hash(modules: tuple[Path, ...]) -> str:
    """Hash of every lexicon, the pipeline config and the rule modules: same ruleset + same bytes -> same JSON."""
    h = hashlib.sha256()
    files = sorted(p for folder in FOLDERS for p in folder.glob("*.tsv"))
    for path in [*files, _PACKAGE / "pipeline.cfg", *modules]:
        h.update(str(path.relative_to(_PACKAGE)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
