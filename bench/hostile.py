"""Generate the hostile corpus: plan files, JSON files, lock files and templates built to hurt.

Every case writes its files into a fresh folder and returns the command line (``zonalplan`` argv)
that meets them, with the exit codes that count as a clean outcome. The tests run each case and
check the outcome, the message and that no file was changed; ``bench/bench_hostile.py`` runs
them all in child processes and prints time and peak memory per case.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import zipfile
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


def _sql(path: Path, *statements: str, params: list | None = None) -> Path:
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

def generated_column(folder: Path) -> list[str]:
    """The issue's bomb: a generated column ``zeroblob(900000000)`` in the approval table."""
    path = _plan(folder)
    _sql(path, "DROP TABLE approval",
         'CREATE TABLE approval (czs_date TEXT, place TEXT, submitted_date TEXT, '
         'approved_date TEXT, classification TEXT, version_label TEXT, '
         'bomb BLOB GENERATED ALWAYS AS (zeroblob(900000000)) VIRTUAL)',
         "INSERT INTO approval (place) VALUES ('Namur')")
    return ["show", str(path)]


def generated_known_column(folder: Path) -> list[str]:
    """A generated column that bears a column name a plan has."""
    path = _plan(folder)
    _sql(path, "DROP TABLE approval",
         'CREATE TABLE approval (czs_date TEXT, place TEXT AS (hex(zeroblob(90000000))), '
         'submitted_date TEXT, approved_date TEXT, classification TEXT, version_label TEXT)',
         "INSERT INTO approval (czs_date) VALUES (NULL)")
    return ["show", str(path)]


def virtual_table(folder: Path) -> list[str]:
    """A virtual table (FTS5) beside the plan tables."""
    path = _plan(folder)
    _sql(path, "CREATE VIRTUAL TABLE notes_fts USING fts5(text)")
    return ["show", str(path)]


def expression_index(folder: Path) -> list[str]:
    """An index on an expression SQLite evaluates while checking integrity."""
    path = _plan(folder)
    _sql(path, "CREATE INDEX bomb ON objectives (length(zeroblob(900000000)))")
    return ["show", str(path)]


def check_constraint(folder: Path) -> list[str]:
    """A CHECK constraint (evaluated by integrity checks) in a plan table."""
    path = _plan(folder)
    sql = _table_sql(path, "zone").rstrip().rstrip(")") + \
        ", CHECK (length(zeroblob(900000000)) > 0))"
    _sql(path, "ALTER TABLE zone RENAME TO zone_old", sql,
         "INSERT INTO zone SELECT * FROM zone_old", "DROP TABLE zone_old")
    return ["show", str(path)]


def unknown_table(folder: Path) -> list[str]:
    """A table no plan has."""
    path = _plan(folder)
    _sql(path, "CREATE TABLE extra (x)")
    return ["show", str(path)]


def view_and_trigger(folder: Path) -> list[str]:
    """A view (SQL stored in the file)."""
    path = _plan(folder)
    _sql(path, "CREATE VIEW v AS SELECT zeroblob(900000000)")
    return ["check", str(path)]


def format_version_1e400(folder: Path) -> list[str]:
    """``format_version = 1e400`` (infinite when read as JSON)."""
    path = _plan(folder)
    _sql(path, "UPDATE meta SET value = '1e400' WHERE key = 'format_version'")
    return ["show", str(path)]


def format_version_text(folder: Path) -> list[str]:
    """``format_version`` that is a JSON object."""
    path = _plan(folder)
    _sql(path, "UPDATE meta SET value = '{\"a\": 1}' WHERE key = 'format_version'")
    return ["show", str(path)]


def dropped_snapshots(folder: Path) -> list[str]:
    """The ``snapshots`` table dropped."""
    path = _plan(folder)
    _sql(path, "DROP TABLE snapshots")
    return ["show", str(path)]


def sections_without_key(folder: Path) -> list[str]:
    """A ``sections`` table without its ``key`` column."""
    path = _plan(folder)
    _sql(path, "DROP TABLE sections", "CREATE TABLE sections (text TEXT)",
         "INSERT INTO sections VALUES ('x')")
    return ["show", str(path)]


def text_in_integer_column(folder: Path) -> list[str]:
    """A text where a position (integer) is expected."""
    path = _plan(folder)
    _sql(path, "UPDATE objectives SET position = 'abc'",
         "INSERT INTO objectives (id, position, title) VALUES ('o2', 5, 'Vols')")
    return ["show", str(path)]


def blob_in_text_column(folder: Path) -> list[str]:
    """A blob where a name is expected."""
    path = _plan(folder)
    _sql(path, "UPDATE zone SET name = x'00ff00ff'")
    return ["show", str(path)]


def odd_migrations(folder: Path) -> list[str]:
    """An ``_sqlite_migrations`` table without its columns."""
    path = _plan(folder)
    _sql(path, "DROP TABLE _sqlite_migrations", "CREATE TABLE _sqlite_migrations (x)")
    return ["show", str(path)]


def unknown_migration(folder: Path) -> list[str]:
    """A migration this version does not know (a newer plan)."""
    path = _plan(folder)
    _sql(path, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
               "('zonalplan', 'm9999_future', '2030-01-01')")
    return ["show", str(path)]


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


def long_text(folder: Path) -> list[str]:
    """A section of 10⁷ characters."""
    path = _plan(folder)
    _sql(path, "INSERT OR REPLACE INTO sections (key, text) VALUES ('mission', "
               "hex(zeroblob(5000000)))")
    return ["show", str(path)]


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
    for builder in (format_version_1e400, dropped_snapshots, sections_without_key,
                    text_in_integer_column, odd_migrations, generated_column):
        sub = folder / builder.__name__
        sub.mkdir()
        builder(sub)
        shutil.move(sub / "plan.zplan", folder / f"{builder.__name__}.zplan")
        shutil.rmtree(sub)
    (folder / "garbage.zplan").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    _plan(folder, "good.zplan")
    return ["review", str(folder)]


def escapes_in_names(folder: Path) -> list[str]:
    """A zone name with terminal escapes (title, clear screen)."""
    path = _plan(folder)
    _sql(path, "UPDATE zone SET name = 'ZP \x1b]0;pwned\x07\x1b[2J\x9b31m'")
    return ["show", str(path)]


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


# -- templates ---------------------------------------------------------------------------------

def _docx(body_xml: str = "", extra: dict[str, bytes] | None = None,
          rels: str = "", settings_rels: str = "") -> bytes:
    """Return a small .docx whose body holds ``body_xml`` (paragraphs)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="bin" ContentType="application/octet-stream"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/settings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>'),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            f'{rels}</Relationships>'),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}" '
            f'xmlns:r="{r}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<w:body>{body_xml}<w:sectPr/></w:body></w:document>'),
        "word/settings.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{w}" '
            f'xmlns:r="{r}">' + ('<w:attachedTemplate r:id="rIdT"/>' if settings_rels else "")
            + '</w:settings>'),
    }
    if settings_rels:
        files["word/_rels/settings.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{settings_rels}</Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def paragraph(text: str) -> str:
    """Return a WordprocessingML paragraph holding ``text`` (escaped)."""
    from xml.sax.saxutils import escape

    return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"


def template_docx(text: str) -> bytes:
    """Return a template whose body is one paragraph of jinja2 ``text``."""
    return _docx(paragraph(text))


def _png() -> bytes:
    """Return a 1×1 PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b""))


def external_template(url: str) -> bytes:
    """Return a template with a linked remote image, an attached remote template, a linked OLE
    object (``file://``) and a web hyperlink."""
    import docx

    document = docx.Document()
    document.add_paragraph("{{ zone.name }}")
    document.add_picture(io.BytesIO(_png()))
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    ole = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
    att = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
    link = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("word/media/"):
                continue
            if info.filename == "word/_rels/document.xml.rels":
                text = data.decode("utf-8")
                text = re.sub(r'Target="media/[^"]+"', f'Target="{url}/image.png" '
                              'TargetMode="External"', text)
                text = text.replace("</Relationships>", (
                    f'<Relationship Id="rIdO" Type="{ole}" Target="file:///etc/passwd" '
                    'TargetMode="External"/>'
                    f'<Relationship Id="rIdH" Type="{link}" Target="https://www.police.be" '
                    'TargetMode="External"/></Relationships>'))
                data = text.encode("utf-8")
            elif info.filename == "word/document.xml":
                data = data.replace(b"r:embed=", b"r:link=")
            elif info.filename == "word/settings.xml":
                data = re.sub(rb"(<w:settings[^>]*>)", rb'\1<w:attachedTemplate r:id="rIdT"/>',
                              data, count=1)
                if b"xmlns:r=" not in data[:2000]:
                    data = data.replace(b"<w:settings ", b'<w:settings xmlns:r="http://schemas.'
                                        b'openxmlformats.org/officeDocument/2006/relationships" ',
                                        1)
            archive.writestr(info.filename, data)
        archive.writestr("word/_rels/settings.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdT" Type="{att}" Target="{url}/modele.dotx" '
            'TargetMode="External"/></Relationships>'))
    return out.getvalue()


def zip_bomb(declared_truthfully: bool = True) -> bytes:
    """Return a template holding 3 GB of zeros in one part, or 40 MB claiming to be 1 KB."""
    out = io.BytesIO()
    base = zipfile.ZipFile(io.BytesIO(template_docx("{{ zone.name }}")))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in base.infolist():
            archive.writestr(info.filename, base.read(info.filename))
        size = 3 * 1024 ** 3 if declared_truthfully else 40 * 1024 * 1024
        with archive.open("word/media/zeros.bin", "w", force_zip64=declared_truthfully) as part:
            chunk = b"\0" * (8 * 1024 * 1024)
            for _ in range(size // len(chunk)):
                part.write(chunk)
    data = out.getvalue()
    return data if declared_truthfully else _lie_about_size(data, b"word/media/zeros.bin")


def _lie_about_size(data: bytes, marker: bytes) -> bytes:
    """Set the uncompressed size of the part named ``marker`` to 1024 in the central directory."""
    buf = bytearray(data)
    start = 0
    while True:
        found = buf.find(b"PK\x01\x02", start)
        if found < 0:
            return bytes(buf)
        name_len = int.from_bytes(buf[found + 28:found + 30], "little")
        if buf[found + 46:found + 46 + name_len] == marker:
            buf[found + 24:found + 28] = (1024).to_bytes(4, "little")
        start = found + 4


def _template_case(data_fn: Callable[[], bytes]) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        path = _plan(folder)
        template = folder / "plan.docx"
        template.write_bytes(data_fn())
        return ["export", str(path), "-o", str(folder / "out.docx"), "--template", str(template)]
    return build


TEMPLATE_SOURCES = {
    "nested range": ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}"
                     "{% endfor %}"),
    "string times 10**9": "{{ 'x' * 10**9 }}",
    "power": "{{ 2 ** 1000000000 }}",
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "doubling": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}"
                 "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"),
    "recursion": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    "format width": "{{ '%999999999s'|format(1) }}",
}


def _template_cases() -> list[Case]:
    cases = [Case(f"template: {name}", _template_case(lambda s=source: template_docx(s)))
             for name, source in TEMPLATE_SOURCES.items()]
    cases.append(Case("template: zip bomb (3 GB of zeros)", _template_case(zip_bomb)))
    cases.append(Case("template: zip bomb lying about its size",
                      _template_case(lambda: zip_bomb(False))))
    cases.append(Case("template: external links (stripped, export succeeds)",
                      _template_case(lambda: external_template("http://127.0.0.1:9")), (0,)))
    return cases


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
    *_template_cases(),
]
"""The whole hostile corpus."""
