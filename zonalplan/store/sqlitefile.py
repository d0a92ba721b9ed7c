"""Opening a ``.zplan`` SQLite file defensively (no pydantic: the outline reader uses it too).

A received file is checked before any row is read: header and size (:func:`check_header`), the
files SQLite keeps beside it (:func:`check_sidecars`) and the schema (:func:`check_schema`: every
table, column and index must be one a plan has, so no SQL stored in the file ever runs).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import tempfile
import urllib.parse
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.model.errors import UnusableInputError
from zonalplan.store.schema import REQUIRED_COLUMNS, TABLES

SQLITE_MAGIC = b"SQLite format 3\x00"

MAX_PLAN_BYTES = 100 * 1024 * 1024
"""Largest plan file read (a real plan with many versions is a few MB)."""

MAX_CELL_BYTES = 64 * 1024 * 1024
"""Largest text or blob SQLite hands back from a plan file (SQLITE_LIMIT_LENGTH)."""

SIDECARS = ("-journal", "-wal", "-shm")
"""Files SQLite keeps beside a database."""

MIGRATIONS_TABLE = "_sqlite_migrations"
_MIGRATIONS_COLUMNS = {"id", "migration_set", "name", "applied_at"}
_MIGRATIONS_INDEX = "idx__sqlite_migrations_migration_set_name"
_MIGRATIONS_INDEX_SQL = ('CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON '
                         '"_sqlite_migrations" ("migration_set", "name")')
_CODE_WORDS = re.compile(r"\b(CHECK|GENERATED|AS|COLLATE|REFERENCES|DEFAULT)\b", re.IGNORECASE)


class _Connection(sqlite3.Connection):
    """A connection that may own a temporary folder (a recovered copy), removed on close."""

    temp_dir: str | None = None

    def close(self) -> None:
        """Close the connection and remove the temporary copy it read from, if any."""
        try:
            super().close()
        finally:
            if self.temp_dir:
                shutil.rmtree(self.temp_dir, ignore_errors=True)
                self.temp_dir = None


def connect(path: Path, *, writable: bool) -> sqlite3.Connection:
    """Open a SQLite connection with defensive settings."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + ("?mode=rw" if writable else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5, factory=_Connection)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_CELL_BYTES)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    if writable:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} Mo" if size >= 1024 * 1024 else f"{size} octets"


def regular_file_size(path: Path, what: str, limit: int) -> int:
    """Return the size of a regular file; refuse devices, pipes, folders and files over ``limit``.

    The file is examined without opening it, so a pipe or a device never blocks or streams.
    """
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnusableInputError(_("{name} : fichier introuvable.").format(name=name)) from None
    except OSError as exc:
        raise UnusableInputError(_("{name} : lecture impossible ({reason}).").format(
                                     name=name, reason=sqlite_reason(exc))) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnusableInputError(_("{name} : c'est un dossier, pas un fichier.").format(name=name))
    if not stat.S_ISREG(info.st_mode):
        raise UnusableInputError(_("{name} : ce n'est pas un fichier ordinaire "
                                   "(périphérique, tube ou autre) ; il n'est pas lu.").format(
                                     name=name))
    if info.st_size > limit:
        raise UnusableInputError(_("{name} : {what} trop volumineux ({size} ; limite {limit})."
                                   ).format(name=name, what=what, size=_size_text(info.st_size),
                                            limit=_size_text(limit)))
    return info.st_size


def check_header(path: Path) -> None:
    """Refuse what is not a SQLite file of reasonable size before SQLite reads it."""
    name = path.name
    regular_file_size(path, _("fichier de plan"), MAX_PLAN_BYTES)
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UnusableInputError(_("{name} : lecture impossible ({reason}).").format(
                                     name=name, reason=sqlite_reason(exc))) from exc
    if not head:
        raise UnusableInputError(_("{name} : le fichier est vide.").format(name=name))
    if not head.startswith(SQLITE_MAGIC):
        raise UnusableInputError(
            _("{name} : ce n'est pas un fichier de plan ZonalPlan (.zplan) ; format non "
              "reconnu.").format(name=name))
    if len(head) < 100:
        raise UnusableInputError(_("{name} : le fichier est tronqué (incomplet).").format(
                                     name=name))


def check_sidecar_type(path: Path, plan_name: str, what: str) -> bool:
    """Return True when ``path`` exists as a regular file; refuse any other kind at once."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise UnusableInputError(_("{plan_name} : {what} « {file} » illisible ({reason})."
                                   ).format(plan_name=plan_name, what=what, file=path.name,
                                            reason=sqlite_reason(exc))) from None
    if not stat.S_ISREG(info.st_mode):
        raise UnusableInputError(
            _("{plan_name} : {what} « {file} » n'est pas un fichier ordinaire (dossier, "
              "tube, lien ou périphérique) ; supprimez-le ou renommez-le avant d'ouvrir "
              "le plan.").format(plan_name=plan_name, what=what, file=path.name))
    return True


def check_sidecars(path: Path) -> bool:
    """Refuse odd journal files beside a plan; return True when recovery data is present.

    Recovery data is a non-empty rollback journal or a write-ahead log, or a header saying the
    file is in WAL mode: reading such a file directly would make SQLite write beside it.
    """
    pending = False
    for suffix in SIDECARS:
        side = path.with_name(path.name + suffix)
        if check_sidecar_type(side, path.name, _("le journal")) and suffix != "-shm":
            pending = pending or side.stat().st_size > 0
    try:
        with path.open("rb") as fh:
            head = fh.read(20)
    except OSError:
        return pending
    return pending or head[18:20] == b"\x02\x02"


def recovered_copy(path: Path) -> sqlite3.Connection:
    """Open a read-only view of a plan whose last save must be recovered, leaving it untouched.

    The file and its journal are copied into a temporary folder where SQLite rolls the
    interrupted save back (or replays the write-ahead log); the copy is removed on close.
    """
    temp = tempfile.mkdtemp(prefix="zonalplan-read-")
    try:
        copy = Path(temp) / "plan.zplan"
        shutil.copyfile(path, copy)
        for suffix in ("-journal", "-wal"):
            side = path.with_name(path.name + suffix)
            if side.is_file():
                shutil.copyfile(side, copy.with_name(copy.name + suffix))
        recover = connect(copy, writable=True)
        try:
            recover.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            recover.close()
        conn = connect(copy, writable=False)
    except sqlite3.Error as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise UnusableInputError(_("{file} : fichier endommagé ou tronqué ; "
                                   "l'enregistrement interrompu n'a pas pu être rétabli "
                                   "({reason}).").format(file=path.name, reason=sqlite_reason(exc))) from exc
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise UnusableInputError(_("{file} : copie de lecture impossible ({reason}).").format(
                                     file=path.name, reason=sqlite_reason(exc))) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    conn.temp_dir = temp  # type: ignore[attr-defined]
    return conn


def _norm(sql: str | None) -> str:
    return " ".join((sql or "").split())


def check_schema(conn: sqlite3.Connection, name: str, *, close: bool = False) -> dict[str, str]:
    """Refuse any schema object a plan never has; return ``{name: type}`` of the objects.

    Only the schema is read (``sqlite_master`` and column lists), never a row: triggers, views,
    virtual tables, generated columns, CHECK or DEFAULT expressions, foreign keys, unknown tables,
    columns and indexes are refused before SQLite could evaluate any of them.
    """
    try:
        try:
            objects = conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError as exc:
            raise UnusableInputError(_("{name} : fichier endommagé ou tronqué ({reason}).").format(
                                         name=name, reason=sqlite_reason(exc))) from exc
        kinds = {str(n): str(t) for t, n, _, _ in objects}
        code = sorted(str(n) for t, n, _, _ in objects if t in ("trigger", "view"))
        if code:
            raise UnusableInputError(
                _("{name} : le fichier contient du code SQL ({items}) qu'un plan "
                  "ZonalPlan ne contient jamais ; il n'est pas ouvert par sécurité.").format(
                    name=name, items=', '.join(code[:3])))
        if kinds.get("meta") != "table":
            raise UnusableInputError(_("{name} : fichier SQLite qui n'est pas un plan "
                                       "ZonalPlan (table « meta » absente).").format(name=name))
        for kind, obj, table, sql in objects:
            _check_object(conn, name, str(kind), str(obj), str(table), sql)
        return kinds
    finally:
        if close:
            conn.close()


def _unexpected(name: str, what: str) -> UnusableInputError:
    return UnusableInputError(_("{name} : {what} qu'un plan ZonalPlan ne contient jamais "
                                "; le fichier n'est pas ouvert par sécurité.").format(
                                  name=name, what=what))


def _check_object(conn: sqlite3.Connection, name: str, kind: str, obj: str, table: str,
                  sql: str | None) -> None:
    if kind == "index":
        if sql is None and obj.startswith("sqlite_autoindex_") and (
                table in TABLES or table == MIGRATIONS_TABLE):
            return
        if obj == _MIGRATIONS_INDEX and _norm(sql) == _MIGRATIONS_INDEX_SQL:
            return
        raise _unexpected(name, _("un index inattendu (« {obj} »)").format(obj=obj[:60]))
    if kind != "table":
        raise _unexpected(name, _("un objet SQL inattendu ({kind} « {obj} »)").format(
            kind=kind[:20], obj=obj[:60]))
    expected = (set(TABLES[obj][0]) if obj in TABLES
                else _MIGRATIONS_COLUMNS if obj == MIGRATIONS_TABLE else None)
    if expected is None:
        raise _unexpected(name, _("une table inattendue (« {obj} »)").format(obj=obj[:60]))
    text = _norm(sql)
    if not text.upper().startswith("CREATE TABLE") or _CODE_WORDS.search(text):
        raise _unexpected(name, _("une définition de table avec du code SQL (« {obj} » : table "
                                  "virtuelle, colonne calculée, contrainte ou valeur par défaut)"
                                  ).format(obj=obj))
    try:
        columns = conn.execute(f'PRAGMA table_xinfo("{obj}")').fetchall()
    except sqlite3.DatabaseError as exc:
        raise UnusableInputError(_("{name} : table « {obj} » illisible ({reason}).").format(
                                     name=name, obj=obj, reason=sqlite_reason(exc))) from exc
    names = {str(c[1]) for c in columns}
    if any(c[6] for c in columns):
        raise _unexpected(name, _("une colonne calculée ou cachée dans la table « {obj} »"
                                  ).format(obj=obj))
    extra = sorted(names - expected)
    if extra:
        raise _unexpected(name, _("une colonne inattendue dans la table « {obj} » (« {column} »)"
                                  ).format(obj=obj, column=extra[0][:60]))
    required = REQUIRED_COLUMNS.get(obj, ()) if obj in TABLES else ("migration_set", "name")
    missing = [c for c in required if c not in names]
    if missing:
        raise UnusableInputError(_("{name} : la table « {obj} » n'a pas sa colonne « "
                                   "{missing} » ; le plan est incomplet ou a été modifié "
                                   "hors de ZonalPlan.").format(
                                     name=name, obj=obj, missing=missing[0]))


def sqlite_reason(exc: BaseException) -> str:
    """Return a short reason for a SQLite or system error in the current language (never SQLite's
    English)."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    if "FULL" in name or "full" in text or errno_ in (27, 28, 122):
        return _("le disque est plein")
    if isinstance(exc, FileNotFoundError):
        return _("fichier ou dossier introuvable")
    if isinstance(exc, IsADirectoryError):
        return _("c'est un dossier")
    if "BUSY" in name or "LOCKED" in name or "locked" in text:
        return _("le fichier est occupé par un autre programme")
    if "READONLY" in name or "readonly" in text or "read-only" in text:
        return _("le fichier ou le dossier est en lecture seule")
    if "PERM" in name or "AUTH" in name or isinstance(exc, PermissionError):
        return _("accès refusé")
    if "CORRUPT" in name or "NOTADB" in name or "malformed" in text or "not a database" in text:
        return _("fichier endommagé")
    if "decode" in text or "utf-8" in text:
        return _("un texte du fichier n'est pas de l'UTF-8 valide")
    if "TOOBIG" in name or "too big" in text:
        return _("une valeur dépasse la taille permise")
    if "IOERR" in name or "CANTOPEN" in name or isinstance(exc, OSError):
        return _("erreur d'entrée-sortie du disque")
    return _("erreur de la base SQLite")
