"""Every hostile input of ``bench/hostile.py``: clean outcome, French message, nothing changed.

For each case the command must end with the expected code (2 for an unusable input, 0 when the
input is accepted), print one French line without English exception text or terminal escapes,
leave every input file byte for byte as it was, and leave no lock, journal or temporary file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.hostile import CASES
from zonalplan.cli import main

ENGLISH = re.compile(r"Error|error:|Traceback|is not a database|disk is full|No such|"
                     r"Errno|KeyError|unexpected|Expecting|not supported|too big|exceeded",
                     re.IGNORECASE)
ESCAPES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
OUTPUTS = {"out.csv", "out.docx", "out.zplan", "out.pdf"}


def _state(folder: Path) -> dict[str, str]:
    """Return a digest of every regular input file (and the kind of the others)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.name in OUTPUTS:
            continue
        if path.is_symlink() or not path.is_file():
            found[rel] = "dir" if path.is_dir() else "special"
            continue
        with path.open("rb") as handle:
            found[rel] = hashlib.sha256(handle.read(1 << 20)).hexdigest() + \
                str(path.stat().st_size)
    return found


FAST = [c for c in CASES if "3 GB" not in c.name and "largest" not in c.name]


@pytest.mark.parametrize("case", FAST, ids=[c.name for c in FAST])
def test_hostile_input_is_refused_or_accepted_cleanly(tmp_path: Path, case, capsys) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    argv = case.build(folder)
    before = _state(folder)
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in case.codes, err
    if 2 in case.codes:
        assert err.startswith("zonalplan : ") and len(err.strip().splitlines()) == 1
    assert not ENGLISH.search(err), err
    assert not ESCAPES.search(out.replace("\n", "").replace("\t", "")), out
    assert not ESCAPES.search(err.replace("\n", "")), err
    assert _state(folder) == before
    leftovers = [p.name for p in folder.rglob("*") if p.name.endswith((".lock", "-wal", "-shm"))
                 or p.name.startswith(".~") or p.name.endswith(".takeover")]
    assert not [n for n in leftovers if n not in before and not n.endswith(".lock")]
    assert [n for n in leftovers if n.endswith(".lock")] == \
        [n for n in before if n.endswith(".lock")]


def test_review_lists_bad_files_with_reasons_and_reviews_the_others(tmp_path, capsys) -> None:
    from bench.hostile import bad_files_in_review

    argv = bad_files_in_review(tmp_path)
    assert main([*argv, "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert [z["file"] for z in data["zones"]] == ["good.zplan"]
    reasons = {s["file"]: s["reason"] for s in data["skipped"]}
    assert "version de format" in reasons["format_version_1e400.zplan"]
    assert "snapshots" in reasons["dropped_snapshots.zplan"]
    assert "« key »" in reasons["sections_without_key.zplan"]
    assert "position" in reasons["text_in_integer_column.zplan"]
    assert "_sqlite_migrations" in reasons["odd_migrations.zplan"]
    assert "code SQL" in reasons["generated_column.zplan"]
    assert "garbage.zplan" in reasons
    assert not any(ENGLISH.search(r) for r in reasons.values())


def test_formula_cells_are_neutralised_in_the_csv(tmp_path, capsys) -> None:
    from bench.hostile import formula_in_csv

    argv = formula_in_csv(tmp_path)
    assert main(argv) == 0
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text
    assert not re.search(r"(^|;)\"?[=+@\t\r-]", text.replace("\r\n", "\n"), re.MULTILINE)


@pytest.mark.parametrize("command", ["show", "check", "notes", "review"])
def test_terminal_escapes_are_never_printed(tmp_path, capsys, command) -> None:
    from bench.hostile import escapes_in_names

    argv = escapes_in_names(tmp_path)
    target = str(tmp_path) if command == "review" else argv[1]
    main([command, target])
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x07" not in out + err and "\x9b" not in out + err
    assert "\\u001b" in out  # shown, escaped, so the reader sees something odd is there


@given(st.text())
def test_terminal_safe_never_lets_a_control_character_through(text) -> None:
    from zonalplan.cli import terminal_safe

    shown = terminal_safe(text)
    assert not ESCAPES.search(shown)  # tab and newline are kept, every other control escaped
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown)


@given(st.lists(st.one_of(st.text(), st.integers()), max_size=5))
def test_csv_cells_never_start_a_formula(cells) -> None:
    from zonalplan.review.many_export import FORMULA_STARTS, safe_cell

    for cell in cells:
        safe = safe_cell(cell)
        if isinstance(cell, str):
            assert not safe.startswith(FORMULA_STARTS)
            assert safe in (cell, "'" + cell)
        else:
            assert safe == cell


@pytest.mark.parametrize("argv, expected", [
    (["snapshot", "x.zplan"], "arguments obligatoires manquants : --label"),
    (["restore", "x.zplan", "--snapshot", "abc"], "nombre entier attendu"),
    (["show", "x.zplan", "--foo"], "arguments inconnus : --foo"),
])
def test_usage_errors_are_french_with_code_2(argv, expected, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert expected in err and "arguments are required" not in err


@pytest.mark.parametrize("extra", [["review", "{d}", "--docx", "{d}/out.docx", "--csv",
                                    "{d}/out.csv"],
                                   ["diff", "{p}", "{p}", "--docx", "{d}/out.docx"],
                                   ["export", "{p}", "-o", "{d}/out.docx"],
                                   ["report", "{p}", "-o", "{d}/out.docx"]])
def test_control_characters_in_a_plan_never_break_a_written_document(tmp_path, capsys,
                                                                     extra) -> None:
    from bench.hostile import escapes_in_names

    path = escapes_in_names(tmp_path)[1]
    assert main([a.format(d=tmp_path, p=path) for a in extra]) == 0, capsys.readouterr().err
    assert (tmp_path / "out.docx").stat().st_size > 0
