"""Generate the hostile corpus: plan files, JSON files, lock files and templates built to hurt.

Every case writes its files into a fresh folder and returns the command line (``zonalplan`` argv)
that meets them, with the exit codes that count as a clean outcome. The tests run each case and
check the outcome, the message and that no file was changed; ``bench/bench_hostile.py`` runs
them all in child processes and prints time and peak memory per case.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zonalplan.model import Commune, Objective, Plan, Zone
from zonalplan.store import create_plan_file


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it, and the exit codes of a clean outcome."""

    name: str
    build: Callable[[Path], list[str]]
    codes: tuple[int, ...] = (2,)
    """Exit codes that mean « refused cleanly » (2) or « accepted » (0)."""


def sample_plan(name: str = "ZP Test", number: str = "5999") -> Plan:
    """Return a small valid plan."""
    return Plan(zone=Zone(name=name, number=number, communes=[Commune(name="Namur")]),
                objectives=[Objective(id="o1", title="Cambriolages")])


def _plan(folder: Path, file: str = "plan.zplan", **kwargs) -> Path:
    return create_plan_file(folder / file, sample_plan(**kwargs), overwrite=True)


def _sql(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _table_sql(path: Path, table: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    finally:
        conn.close()


# -- plan files -------------------------------------------------------------------------------

def _altered(doc: str, *statements: str, command: str = "show") -> Callable[[Path], list[str]]:
    """Return a builder: a valid plan changed by SQL ``statements``, then met by ``command``."""
    def build(folder: Path) -> list[str]:
        path = _plan(folder)
        _sql(path, *statements)
        return [command, str(path)]

    build.__doc__ = doc
    return build


generated_column = _altered(
    "The issue's bomb: a generated column ``zeroblob(900000000)`` in the approval table.",
    "DROP TABLE approval",
    'CREATE TABLE approval (czs_date TEXT, place TEXT, submitted_date TEXT, '
    'approved_date TEXT, classification TEXT, version_label TEXT, '
    'bomb BLOB GENERATED ALWAYS AS (zeroblob(900000000)) VIRTUAL)',
    "INSERT INTO approval (place) VALUES ('Namur')")


generated_known_column = _altered(
    "A generated column that bears a column name a plan has.",
    "DROP TABLE approval",
    'CREATE TABLE approval (czs_date TEXT, place TEXT AS (hex(zeroblob(90000000))), '
    'submitted_date TEXT, approved_date TEXT, classification TEXT, version_label TEXT)',
    "INSERT INTO approval (czs_date) VALUES (NULL)")


virtual_table = _altered(
    "A virtual table (FTS5) beside the plan tables.",
    "CREATE VIRTUAL TABLE notes_fts USING fts5(text)")


expression_index = _altered(
    "An index on an expression SQLite evaluates while checking integrity.",
    "CREATE INDEX bomb ON objectives (length(zeroblob(900000000)))")


def check_constraint(folder: Path) -> list[str]:
    """A CHECK constraint (evaluated by integrity checks) in a plan table."""
    path = _plan(folder)
    sql = _table_sql(path, "zone").rstrip().rstrip(")") + \
        ", CHECK (length(zeroblob(900000000)) > 0))"
    _sql(path, "ALTER TABLE zone RENAME TO zone_old", sql,
         "INSERT INTO zone SELECT * FROM zone_old", "DROP TABLE zone_old")
    return ["show", str(path)]


unknown_table = _altered(
    "A table no plan has.",
    "CREATE TABLE extra (x)")


view_and_trigger = _altered(
    "A view (SQL stored in the file).",
    "CREATE VIEW v AS SELECT zeroblob(900000000)", command="check")


format_version_1e400 = _altered(
    "``format_version = 1e400`` (infinite when read as JSON).",
    "UPDATE meta SET value = '1e400' WHERE key = 'format_version'")


format_version_text = _altered(
    "``format_version`` that is a JSON object.",
    "UPDATE meta SET value = '{\"a\": 1}' WHERE key = 'format_version'")


dropped_snapshots = _altered(
    "The ``snapshots`` table dropped.",
    "DROP TABLE snapshots")


sections_without_key = _altered(
    "A ``sections`` table without its ``key`` column.",
    "DROP TABLE sections", "CREATE TABLE sections (text TEXT)",
    "INSERT INTO sections VALUES ('x')")


text_in_integer_column = _altered(
    "A text where a position (integer) is expected.",
    "UPDATE objectives SET position = 'abc'",
    "INSERT INTO objectives (id, position, title) VALUES ('o2', 5, 'Vols')")


blob_in_text_column = _altered(
    "A blob where a name is expected.",
    "UPDATE zone SET name = x'00ff00ff'")


invalid_utf8 = _altered(
    "A text cell holding bytes that are not UTF-8.",
    "UPDATE zone SET name = CAST(x'5a50ff' AS TEXT)")


odd_migrations = _altered(
    "An ``_sqlite_migrations`` table without its columns.",
    "DROP TABLE _sqlite_migrations", "CREATE TABLE _sqlite_migrations (x)")


unknown_migration = _altered(
    "A migration this version does not know (a newer plan).",
    "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
    "('zonalplan', 'm9999_future', '2030-01-01')")


def million_communes(folder: Path) -> list[str]:
    """10⁶ communes (about 18 MB)."""
    path = _plan(folder)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO communes (position, name) VALUES (?, ?)",
                     ((i, f"Commune {i}") for i in range(1, 1_000_000)))
    conn.commit()
    conn.close()
    return ["show", str(path)]


def many_objectives(folder: Path) -> list[str]:
    """10⁵ objectives."""
    path = _plan(folder)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO objectives (id, position, title) VALUES (?, ?, ?)",
                     ((f"x{i}", i + 1, f"Objectif {i}") for i in range(100_000)))
    conn.commit()
    conn.close()
    return ["check", str(path)]


long_text = _altered(
    "A section of 10⁷ characters.",
    "INSERT OR REPLACE INTO sections (key, text) VALUES ('mission', "
    "hex(zeroblob(5000000)))")


def largest_accepted(folder: Path) -> list[str]:
    """A valid plan near every limit: 14 chapters and 500 objectives of long texts (≈ 90 MB)."""
    from zonalplan.model import SECTION_KEYS

    text = "Analyse détaillée du territoire et des phénomènes. " * 30_000  # 1.5 M chars
    plan = sample_plan()
    for key in SECTION_KEYS:
        setattr(plan.sections, key, text)
    plan.objectives = [Objective(id=f"o{i}", title=f"Objectif {i}", description=text[:140_000])
                       for i in range(500)]
    path = create_plan_file(folder / "plan.zplan", plan, overwrite=True)
    return ["show", str(path)]


def review_million_communes(folder: Path) -> list[str]:
    """A folder review where one file has 10⁶ communes."""
    million_communes(folder)
    shutil.move(folder / "plan.zplan", folder / "big.zplan")
    _plan(folder, "good.zplan")
    return ["review", str(folder)]


def snapshot_million_communes(folder: Path) -> list[str]:
    """A snapshot whose JSON holds 10⁶ communes, exported with ``--snapshot``."""
    path = _plan(folder)
    doc = {"zone": {"communes": [{"name": f"C{i}"} for i in range(1_000_000)]}}
    _sql(path, "INSERT INTO snapshots (id, label, author, created, format_version, plan_json) "
               f"VALUES (1, 'v1', 'x', '2026-01-01T00:00:00+00:00', 1, '{json.dumps(doc)}')")
    return ["export", str(path), "-o", str(folder / "out.docx"), "--snapshot", "1"]


def snapshot_many_communes(folder: Path) -> list[str]:
    """A snapshot under the size and shape limits with far more communes than a zone has."""
    path = _plan(folder)
    doc = {"zone": {"communes": [{"name": "C"}] * 250_000}}
    _sql(path, "INSERT INTO snapshots (id, label, author, created, format_version, plan_json) "
               f"VALUES (1, 'v1', 'x', '2026-01-01T00:00:00+00:00', 1, '{json.dumps(doc)}')")
    return ["restore", str(path), "--snapshot", "1"]


def huge_file(folder: Path) -> list[str]:
    """A sparse 200 MB file with a SQLite header."""
    path = _plan(folder)
    with path.open("r+b") as handle:
        handle.truncate(200 * 1024 * 1024)
    return ["show", str(path)]


def hot_journal(folder: Path) -> list[str]:
    """A plan left with a hot journal (copied during a save): reading must not touch it."""
    source = _plan(folder, "source.zplan")
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    conn.execute("UPDATE sections SET text = ?", ["modifié " * 5000])
    conn.execute("DELETE FROM objectives")
    path = folder / "plan.zplan"
    shutil.copyfile(source, path)
    shutil.copyfile(source.with_name(source.name + "-journal"),
                    path.with_name(path.name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    return ["show", str(path)]


def wal_mode(folder: Path) -> list[str]:
    """A plan in WAL mode: reading must not create ``-wal``/``-shm`` beside it."""
    path = _plan(folder)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return ["show", str(path)]


def fifo_plan(folder: Path) -> list[str]:
    """A named pipe called ``plan.zplan``."""
    path = folder / "plan.zplan"
    os.mkfifo(path)
    return ["show", str(path)]


def fifo_lock(folder: Path) -> list[str]:
    """A lock path that is a named pipe (used to hang ``snapshot``)."""
    path = _plan(folder)
    os.mkfifo(path.with_name(path.name + ".lock"))
    return ["snapshot", str(path), "--label", "v1"]


def directory_lock(folder: Path) -> list[str]:
    """A lock path that is a folder."""
    path = _plan(folder)
    path.with_name(path.name + ".lock").mkdir()
    return ["snapshot", str(path), "--label", "v1"]


def directory_journal(folder: Path) -> list[str]:
    """A journal path that is a folder."""
    path = _plan(folder)
    path.with_name(path.name + "-journal").mkdir()
    return ["show", str(path)]


def fifo_in_review(folder: Path) -> list[str]:
    """A folder review where one plan's lock is a pipe: that plan is skipped, the other read."""
    _plan(folder, "a.zplan")
    bad = _plan(folder, "b.zplan", name="ZP B", number="5998")
    os.mkfifo(bad.with_name(bad.name + ".lock"))
    return ["review", str(folder)]


def bad_files_in_review(folder: Path) -> list[str]:
    """A folder of bad plans and one good plan: the good one is reviewed."""
    for name, builder in (("format_version_1e400", format_version_1e400),
                          ("dropped_snapshots", dropped_snapshots),
                          ("sections_without_key", sections_without_key),
                          ("text_in_integer_column", text_in_integer_column),
                          ("odd_migrations", odd_migrations),
                          ("generated_column", generated_column)):
        sub = folder / name
        sub.mkdir()
        builder(sub)
        shutil.move(sub / "plan.zplan", folder / f"{name}.zplan")
        shutil.rmtree(sub)
    (folder / "garbage.zplan").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    _plan(folder, "good.zplan")
    return ["review", str(folder)]


escapes_in_names = _altered(
    "A zone name with terminal escapes (title, clear screen).",
    "UPDATE zone SET name = 'ZP \x1b]0;pwned\x07\x1b[2J\x9b31m'")


def formula_in_csv(folder: Path) -> list[str]:
    """A zone name that a spreadsheet would run as a formula."""
    path = _plan(folder)
    _sql(path, "UPDATE zone SET name = '=HYPERLINK(\"http://x.invalid\",\"clic\")'")
    return ["review", str(folder), "--csv", str(folder / "out.csv")]


# -- JSON --------------------------------------------------------------------------------------

def _envelope(plan: dict) -> dict:
    return {"format": "zonalplan-plan", "format_version": 1, "plan": plan}


def json_million_communes(folder: Path) -> list[str]:
    """A JSON plan with 10⁶ communes (about 18 MB)."""
    path = folder / "x.json"
    path.write_text(json.dumps(_envelope({"zone": {"communes": [
        {"name": f"C{i}"} for i in range(1_000_000)]}})))
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_many_communes(folder: Path) -> list[str]:
    """A JSON plan under the size and shape limits with far more communes than a zone has."""
    path = folder / "x.json"
    path.write_text(json.dumps(_envelope({"zone": {"communes": [
        {"name": "C"} for _ in range(290_000)]}})))
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_tiny_objects(folder: Path) -> list[str]:
    """10 MB of empty objects (3.3 million of them) in a list of communes."""
    path = folder / "x.json"
    path.write_text('{"format": "zonalplan-plan", "format_version": 1, "plan": {"zone": '
                    '{"communes": [' + ",".join(["{}"] * 3_300_000) + "]}}}")
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_deep(folder: Path) -> list[str]:
    """JSON nested 100 000 deep."""
    path = folder / "x.json"
    path.write_text('{"format": "zonalplan-plan", "format_version": 1, "plan": '
                    + "[" * 100_000 + "]" * 100_000 + "}")
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_version_1e400(folder: Path) -> list[str]:
    """``format_version: 1e400`` in JSON."""
    path = folder / "x.json"
    path.write_text('{"format": "zonalplan-plan", "format_version": 1e400, "plan": {}}')
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_dev_zero(folder: Path) -> list[str]:
    """A symbolic link to ``/dev/zero`` named ``x.json``."""
    path = folder / "x.json"
    path.symlink_to("/dev/zero")
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_fifo(folder: Path) -> list[str]:
    """A named pipe called ``x.json``."""
    path = folder / "x.json"
    os.mkfifo(path)
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


def json_long_text(folder: Path) -> list[str]:
    """A JSON plan whose mission is 10⁷ characters."""
    path = folder / "x.json"
    path.write_text(json.dumps(_envelope({"sections": {"mission": "x" * 9_000_000}})))
    return ["import-json", str(path), "-o", str(folder / "out.zplan")]


from bench.hostile_templates import template_cases  # noqa: E402 - needs Case and _plan above

CASES: list[Case] = [
    Case("generated column zeroblob(900000000)", generated_column),
    Case("generated column with a known name", generated_known_column),
    Case("virtual table", virtual_table),
    Case("expression index", expression_index),
    Case("CHECK constraint", check_constraint),
    Case("unknown table", unknown_table),
    Case("view", view_and_trigger),
    Case("format_version 1e400", format_version_1e400),
    Case("format_version object", format_version_text),
    Case("snapshots table dropped", dropped_snapshots),
    Case("sections without key column", sections_without_key),
    Case("text in an integer column", text_in_integer_column),
    Case("blob in a text column", blob_in_text_column),
    Case("text that is not UTF-8", invalid_utf8),
    Case("odd _sqlite_migrations", odd_migrations),
    Case("unknown migration", unknown_migration),
    Case("10^6 communes", million_communes),
    Case("10^5 objectives", many_objectives),
    Case("10^7-character text", long_text),
    Case("200 MB plan file", huge_file),
    Case("snapshot with 10^6 communes (export --snapshot)", snapshot_million_communes),
    Case("snapshot with 250 000 communes (restore)", snapshot_many_communes),
    Case("largest accepted plan (≈ 90 MB of text)", largest_accepted, (0,)),
    Case("review: a file with 10^6 communes", review_million_communes, (0,)),
    Case("hot journal (read in a copy)", hot_journal, (0,)),
    Case("WAL mode (read in a copy)", wal_mode, (0,)),
    Case("plan file is a FIFO", fifo_plan),
    Case("lock is a FIFO", fifo_lock),
    Case("lock is a directory", directory_lock),
    Case("journal is a directory", directory_journal),
    Case("review: lock FIFO skipped", fifo_in_review, (0,)),
    Case("review: bad files skipped", bad_files_in_review, (0,)),
    Case("terminal escapes in the zone name", escapes_in_names, (0,)),
    Case("formula in a CSV cell", formula_in_csv, (0,)),
    Case("JSON: 10^6 communes (18 MB)", json_million_communes),
    Case("JSON: 290 000 communes under the size limits", json_many_communes),
    Case("JSON: nested 100 000 deep", json_deep),
    Case("JSON: 3.3 million empty objects", json_tiny_objects),
    Case("JSON: format_version 1e400", json_version_1e400),
    Case("JSON: symlink to /dev/zero", json_dev_zero),
    Case("JSON: FIFO", json_fifo),
    Case("JSON: 10^7-character text", json_long_text),
    *template_cases(),
]
"""The whole hostile corpus."""
