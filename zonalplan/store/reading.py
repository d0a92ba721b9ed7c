"""Checking a plan file before reading it, and reading its rows.

A plan file is opened read-only, its schema and integrity checked (:func:`inspect_file`), then its
current tables read with a cap on rows (:func:`read_rows`). A file with recovery data beside it
is read from a temporary copy (:func:`open_checked`), so reading never writes beside the file.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from zonalplan.i18n import _
from zonalplan.model import FORMAT_VERSION, UnusableInputError
from zonalplan.store.schema import (
    KNOWN_MIGRATIONS,
    MIGRATION_SET,
    PLAN_TABLES,
)
from zonalplan.store.sqlitefile import (
    check_schema,
    check_sidecars,
    connect,
    recovered_copy,
    sqlite_reason,
)

MAX_ROWS = 50_000
"""Most rows read from one table (the models allow far fewer; more is a hostile file)."""


def inspect_file(conn: sqlite3.Connection, name: str) -> None:
    """Check schema, integrity and format version of an open plan file, before reading a row."""
    kinds = check_schema(conn, name)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UnusableInputError(_("{name} : fichier endommagé ou tronqué ({reason}).").format(
                                     name=name, reason=sqlite_reason(exc))) from exc
    if not result or result[0] != "ok":
        raise UnusableInputError(_("{name} : fichier endommagé ou tronqué (le contrôle "
                                   "d'intégrité de SQLite a échoué).").format(name=name))
    version = _format_version(conn, name)
    if version > FORMAT_VERSION:
        raise UnusableInputError(
            _("{name} : ce plan a été enregistré par une version plus récente de "
              "ZonalPlan (format {version}) ; cette version lit les formats jusqu'à "
              "{supported}. Mettez ZonalPlan à jour pour l'ouvrir.").format(
                name=name, version=version, supported=FORMAT_VERSION))
    if kinds.get("_sqlite_migrations") == "table":
        try:
            applied = {r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1000",
                [MIGRATION_SET])}
        except sqlite3.DatabaseError as exc:
            raise UnusableInputError(_("{name} : table des évolutions de format "
                                       "illisible ({reason}).").format(
                                         name=name, reason=sqlite_reason(exc))) from exc
        unknown = applied - KNOWN_MIGRATIONS
        if unknown:
            shown = ", ".join(str(u)[:60] for u in sorted(unknown, key=str)[:3])
            raise UnusableInputError(
                _("{name} : ce plan contient des évolutions de format inconnues de cette "
                  "version ({shown}) ; mettez ZonalPlan à jour.").format(name=name, shown=shown))
    missing = [t for t in (*PLAN_TABLES, "snapshots") if kinds.get(t) != "table"]
    if missing and version == FORMAT_VERSION:
        raise UnusableInputError(_("{name} : tables manquantes ({items}) ; le plan est "
                                   "incomplet.").format(name=name, items=', '.join(missing)))


def _format_version(conn: sqlite3.Connection, name: str) -> int:
    """Return the format version stored in ``meta``; refuse what is not a small whole number."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
        value = json.loads(row[0]) if row else None
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError) as exc:
        raise UnusableInputError(_("{name} : version de format illisible.").format(name=name)) from exc
    if value is None:
        raise UnusableInputError(_("{name} : version de format absente ; ce n'est pas un "
                                   "plan ZonalPlan complet.").format(name=name))
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e6:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 1_000_000:
        raise UnusableInputError(_("{name} : version de format illisible (« {value} » "
                                   "n'est pas un numéro de version).").format(
                                     name=name, value=str(value)[:20]))
    return value


def open_checked(path: Path) -> sqlite3.Connection:
    """Open a plan file read-only and inspect it; the caller closes the connection.

    When a save was interrupted (crash, power cut, kill), SQLite left a hot journal beside the
    file; it is rolled back in a temporary copy, so reading never writes beside the file.
    """
    if check_sidecars(path):
        conn = recovered_copy(path)
    else:
        try:
            conn = connect(path, writable=False)
        except sqlite3.Error as exc:
            raise UnusableInputError(_("{file} : ouverture impossible ({reason}).").format(
                                         file=path.name, reason=sqlite_reason(exc))) from exc
    try:
        inspect_file(conn, path.name)
    except BaseException:
        conn.close()
        raise
    return conn


def read_rows(conn: sqlite3.Connection, name: str) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    try:
        for table in PLAN_TABLES:
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            order = ' ORDER BY "position"' if "position" in columns else ""
            if table in ("indicators", "objective_links") and "position" in columns:
                order = ' ORDER BY "objective_id", "position"'
            cur = conn.execute(f'SELECT * FROM "{table}"{order} LIMIT {MAX_ROWS + 1}')
            cols = [d[0] for d in cur.description]
            found = cur.fetchall()
            if len(found) > MAX_ROWS:
                raise UnusableInputError(_("{name} : la table « {table} » a plus de "
                                           "{limit} lignes ; aucun plan réel n'en a "
                                           "autant.").format(
                                             name=name, table=table, limit=MAX_ROWS))
            rows[table] = [dict(zip(cols, r)) for r in found]
    except sqlite3.DatabaseError as exc:
        raise UnusableInputError(_("{name} : lecture impossible ({reason}).").format(
                                     name=name, reason=sqlite_reason(exc))) from exc
    return rows
