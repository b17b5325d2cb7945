"""Rule data: every lexicon of the package loads against its own header, and the loader refuses a
damaged file with its name and line (`extractor/lexicon.py`)."""
import pytest

from extractor import lexicon

NAMES = lexicon.names()

# words that really are one entry glued to another of a different kind: a measure word before a
# unit (个月, 个百分点), a time unit before an age unit (周岁)
LEGITIMATE_COMPOUNDS = {("numbers.units", "个百分点"), ("numbers.units", "个千分点"), ("numbers.units", "个月"), ("numbers.units", "个工作日"),
                        ("numbers.units", "周岁"),
                        # a launching verb with the adverb it takes (全面|实施), an adverb of degree too
                        ("actions.lexicon", "全面实施"), ("actions.lexicon", "全面开展"),
                        ("actions.lexicon", "持续实施"), ("actions.lexicon", "持续开展"),
                        # 这是继A获评X后: a lead as a whole, though 这是 alone opens a comment (a verb)
                        ("honors.recipients", "这是继"),
                        # 于同年入选: a time as a whole, though 于 alone is a frame (A于…中)
                        ("honors.recipients", "于同年"), ("honors.recipients", "于当年"),
                        # a community is a place, though 社 alone ends a body's name (供销社, 诗社)
                        ("honors.recipients", "社区"),
                        # 共同 an adverb as a whole, though 共 alone leads a count (共16个单位) and 同 is an adverb too
                        ("honors.recipients", "共同"),
                        # 另一方面 opens a clause that goes on (a transition), though 另 alone labels a note (另：…)
                        ("actions.lexicon", "另一方面"),
                        # 个小时 is a span of time, though 个 alone counts what an area may be the extent of
                        ("claims.reject", "个小时")}


def test_the_package_has_its_lexicons():
    assert {"clean.markers", "claims.lexicon", "honors.triggers", "numbers.units", "segment.userdict"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_lexicon_loads_and_declares_its_kinds(name):
    lex = lexicon.load(name)
    assert lex.rows, f"{name} has no rows"
    for column in ("kind", "form", "position", "qualifier", "action", "scope"):
        if column in lex.columns:
            assert column in lex.values, f"{name}: column {column!r} has no `#= {column}:` declaration"


@pytest.mark.parametrize("name", NAMES)
def test_every_lexicon_says_what_its_columns_mean(name):
    text = lexicon.path_of(name).read_text("utf-8")
    comments = [line for line in text.splitlines() if line.startswith("# ")]
    assert len(comments) >= 2, f"{name}: the header should say what the columns mean and where entries come from"


@pytest.mark.parametrize("name", NAMES)
def test_no_entry_is_two_entries_of_different_kinds_run_together(name):
    """A replace-all once turned 启动 (verb) + 专项行动 (suffix) into a suffix 启动专项行动."""
    lex = lexicon.load(name)
    kind_column = next((c for c in lex.columns[1:] if c in lex.values), None)
    if kind_column is None:
        pytest.skip("no kind column")
    kinds: dict[str, set[str]] = {}
    for row in lex.rows:
        kinds.setdefault(row[lex.columns[0]], set()).add(row[kind_column])
    glued = [(word, word[:i], word[i:]) for word, word_kinds in kinds.items() for i in range(1, len(word))
             if word[:i] in kinds and word[i:] in kinds and (name, word) not in LEGITIMATE_COMPOUNDS
             and any(k in kinds[word[i:]] and k not in kinds[word[:i]] for k in word_kinds)]
    assert not glued, glued


@pytest.mark.parametrize("name", ["clean.markers"])
def test_rule_ids_are_explicit_and_unique(name):
    rules = lexicon.words(name, "rule")
    assert len(rules) == len(lexicon.rows(name)) == len(set(rules))
    assert all(r.startswith(name.split(".")[0] + ".") for r in rules)


DAMAGED = [
    ("unknown kind", "#= kind: a, b\nword\tkind\nx\ta\ny\tc\n", r"t\.tsv:4: kind 'c' is not one of a, b"),
    ("extra cell", "#= kind: a\nword\tkind\nx\ta\tstray\n", r"t\.tsv:3: 3 cells, the header has 2 columns"),
    ("duplicate", "#= unique: word\nword\tkind\nx\ta\nx\tb\n", r"t\.tsv:4: duplicate of line 3"),
    ("empty required", "#= required: word\nword\tkind\n\ta\n", r"t\.tsv:3: empty word"),
    ("declared non-column", "#= colour: red\nword\tkind\nx\ta\n", r"t\.tsv:2: the header declares colour"),
    ("no column line", "# only comments\n", r"t\.tsv: no column line"),
]


@pytest.mark.parametrize("case,content,message", DAMAGED, ids=[c[0] for c in DAMAGED])
def test_a_damaged_lexicon_fails_at_load_with_file_and_line(tmp_path, monkeypatch, case, content, message):
    folder = tmp_path / "extractor" / "stages" / "lexicons"
    folder.mkdir(parents=True)
    (folder / "t.tsv").write_text(content, "utf-8")
    monkeypatch.setattr(lexicon, "FOLDERS", (folder,))
    monkeypatch.setattr(lexicon, "_PACKAGE", tmp_path / "extractor")
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=message):
            lexicon.load("t")
    finally:
        lexicon.load.cache_clear()


def test_trailing_empty_cells_are_allowed(tmp_path, monkeypatch):
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "t.tsv").write_text("#= kind: a\nword\tkind\tnote\nx\ta\ny\ta\tsee\n", "utf-8")
    monkeypatch.setattr(lexicon, "FOLDERS", (folder,))
    monkeypatch.setattr(lexicon, "_PACKAGE", tmp_path)
    lexicon.load.cache_clear()
    try:
        assert lexicon.load("t").rows == ({"word": "x", "kind": "a", "note": ""}, {"word": "y", "kind": "a", "note": "see"})
    finally:
        lexicon.load.cache_clear()


def test_the_ruleset_hash_changes_with_any_lexicon(tmp_path, monkeypatch):
    folder = tmp_path / "extractor" / "stages" / "lexicons"
    folder.mkdir(parents=True)
    (tmp_path / "extractor" / "pipeline.cfg").write_text("[nlp]\n", "utf-8")
    (folder / "t.tsv").write_text("word\nx\n", "utf-8")
    monkeypatch.setattr(lexicon, "FOLDERS", (folder,))
    monkeypatch.setattr(lexicon, "_PACKAGE", tmp_path / "extractor")
    first = lexicon.ruleset_hash(())
    (folder / "t.tsv").write_text("word\ny\n", "utf-8")
    assert lexicon.ruleset_hash(()) != first


@pytest.mark.parametrize("name", NAMES)
def test_each_lexicon_is_named_after_the_module_that_reads_it(name):
    reader = name.split(".")[0]
    folder = lexicon.path_of(name).parent
    module = folder / f"{reader}.py" if folder.name == "text" else folder.parent / f"{reader}.py"
    assert module.exists(), f"{name}.tsv: no {module.name} beside it"
    assert f'"{name}"' in module.read_text("utf-8"), f"{module.name} does not read {name}"


@pytest.mark.parametrize("items,order", [
    (["场", "场次", "人", "场"], ["场次", "人", "场"]),  # longest first, then by code point, once each
    (["a.b", "ab", "abc"], ["a.b", "abc", "ab"]),
    ([], []),
])
def test_alternation_tries_its_words_in_alternation_order(items, order):
    # the order is what callers that find the words by other means (an automaton) rely on
    assert lexicon.alternation_order(items) == order
    assert lexicon.alternation(items, escape=False) == "|".join(order)
