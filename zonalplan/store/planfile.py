"""``.zplan`` plan files: one SQLite database per plan, safe to mail and to keep on a shared drive.

Files come from other zones, so they are opened as untrusted: the header is checked before SQLite
sees the file, ``trusted_schema`` is off, a file holding triggers or views is refused (a plan never
has any), every row is validated by the pydantic models, and reading never writes to the file.
Saves run in one transaction in rollback-journal mode (WAL does not work on network shares), so a
crash or a kill during a save leaves the previous content intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from zonalplan.i18n import _
from zonalplan.model import FORMAT_VERSION, Plan, PlanError, UnusableInputError, validation_message
from zonalplan.store.lock import LockInfo, PlanLock
from zonalplan.store.reading import inspect_file, open_checked, read_rows
from zonalplan.store.schema import PLAN_TABLES, TABLES, apply_migrations, pending_migrations
from zonalplan.store.sqlitefile import check_header, check_sidecars, connect, sqlite_reason
from zonalplan.store.tables import TableError, plan_to_rows, rows_to_data

SUFFIX = ".zplan"


@dataclass(frozen=True)
class SnapshotInfo:
    """A named snapshot stored inside a plan file."""

    id: int
    label: str
    author: str
    created: str

    @property
    def created_display(self) -> str:
        """Return the creation time as « JJ/MM/AAAA HH:MM » in local time."""
        try:
            return dt.datetime.fromisoformat(self.created).astimezone().strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return self.created


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _save_failed(path: Path, exc: BaseException) -> str:
    return _("{file} : l'enregistrement a échoué ({reason}) ; le fichier garde sa version "
             "précédente.").format(file=path.name, reason=sqlite_reason(exc))


MAX_SNAPSHOT_BYTES = 10 * 1024 * 1024
"""Largest snapshot read (the plan as JSON; the same limit as a JSON interchange file)."""

def _validate(rows: dict[str, list[dict[str, Any]]], name: str) -> Plan:
    try:
        data = rows_to_data(rows)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        detail = str(exc) if isinstance(exc, TableError) else _(
            "valeur d'un type inattendu dans une table")
        raise UnusableInputError(_("{file} : {detail}.").format(file=name, detail=detail)) from exc
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        raise UnusableInputError(validation_message(Plan, exc, name)) from exc


def _write_plan(conn: sqlite3.Connection, plan: Plan) -> None:
    rows = plan_to_rows(plan)
    for table in PLAN_TABLES:
        conn.execute(f'DELETE FROM "{table}"')
        if rows[table]:
            columns = list(TABLES[table][0])
            sql = (f'INSERT INTO "{table}" ({", ".join(columns)}) '
                   f'VALUES ({", ".join("?" * len(columns))})')
            conn.executemany(sql, [[row.get(c) for c in columns] for row in rows[table]])


def _atomic(conn: sqlite3.Connection) -> contextlib.AbstractContextManager:
    """Return sqlite-utils' ``atomic()`` transaction (savepoints when nested) for ``conn``."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False).atomic()


def _migrated_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Return an in-memory copy of ``conn`` with pending migrations applied (file untouched)."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    conn.backup(mem)
    apply_migrations(mem)
    return mem


def read_plan(path: str | os.PathLike[str]) -> Plan:
    """Read and validate the current plan of a file without locking or modifying it."""
    path = Path(path)
    check_header(path)
    conn = open_checked(path)
    try:
        if pending_migrations(conn):
            conn = _migrated_copy(conn)
        return _validate(read_rows(conn, path.name), path.name)
    finally:
        conn.close()


def _default_permissions(path: Path) -> None:
    """Give a temporary file the permissions of a normally created file (mkstemp makes it 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)


def _remove_temp(tmp: Path) -> None:
    """Remove a temporary plan file and the journal SQLite may have left beside it."""
    for side in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            side.unlink()


def _atomic_new_file(path: Path, plan: Plan) -> None:
    """Write a brand-new plan file next to ``path`` and move it into place in one step."""
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=SUFFIX, dir=path.parent or ".")
    os.close(fd)
    tmp_path = Path(tmp)
    _default_permissions(tmp_path)
    try:
        conn = sqlite3.connect(str(tmp_path), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            apply_migrations(conn)
            with _atomic(conn):
                _write_plan(conn, plan)
        finally:
            conn.close()
        os.replace(tmp_path, path)
    except BaseException:
        _remove_temp(tmp_path)
        raise


def create_plan_file(path: str | os.PathLike[str], plan: Plan, *, overwrite: bool = False) -> Path:
    """Create a new ``.zplan`` file holding ``plan``; refuse to replace a file unless asked.

    A file that another program holds open (its lock names a live holder) is never replaced.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise PlanError(_("{file} existe déjà ; choisissez un autre nom (rien n'a été écrit)."
                          ).format(file=path.name))
    if not path.parent.exists():
        raise PlanError(_("{file} : le dossier « {folder} » n'existe pas.").format(
            file=path.name, folder=path.parent))
    if path.is_dir():
        raise PlanError(_("{file} est un dossier ; choisissez un nom de fichier.").format(
            file=path.name))
    plan.metadata.format_version = FORMAT_VERSION
    lock = None
    if path.exists():
        got = PlanLock.acquire(path)
        if isinstance(got, LockInfo):
            raise PlanError(_("{file} est ouvert {who} ; il n'est pas remplacé (rien n'a été "
                              "écrit).").format(file=path.name, who=got.describe()))
        lock = got
    try:
        _atomic_new_file(path, plan)
    except (OSError, sqlite3.Error) as exc:
        raise PlanError(_("{file} : écriture impossible ({reason}) ; rien n'a été modifié."
                          ).format(file=path.name, reason=sqlite_reason(exc))) from exc
    finally:
        if lock is not None:
            lock.release()
    return path


class PlanFile:
    """An open plan file: load, save, snapshots; holds the lock unless opened read-only.

    A writable file remembers which content it last read (SQLite's ``data_version``) and which
    file it opened (device and inode): a save refuses to overwrite changes another program made
    meanwhile, or a file replaced under it.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool,
                 lock: PlanLock | None, locked_by: LockInfo | None):
        self.path = path
        self._conn = conn
        self.read_only = read_only
        self._lock = lock
        self.locked_by = locked_by
        self._identity = _identity(path)
        self._generation = self._data_version()

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False,
             force_lock: bool = False) -> PlanFile:
        """Open a plan file; it is read-only when asked, or when another process holds its lock.

        ``force_lock`` takes the lock over even from a live holder (the user chose to).
        """
        path = Path(path)
        check_header(path)
        lock: PlanLock | None = None
        locked_by: LockInfo | None = None
        if not read_only:
            got = PlanLock.acquire(path, force=force_lock)
            if isinstance(got, LockInfo):
                locked_by, read_only = got, True
            else:
                lock = got
            if not read_only and not os.access(path, os.W_OK):
                read_only = True
        try:
            pending = check_sidecars(path)
            conn = open_checked(path)
            if not read_only:
                conn.close()
                conn = connect(path, writable=True)
                if pending:  # the interrupted save is now rolled back in the file itself
                    inspect_file(conn, path.name)
            if pending_migrations(conn):
                conn = _migrated_copy(conn) if read_only else cls._migrate_in_place(conn)
        except sqlite3.Error as exc:
            if lock:
                lock.release()
            raise UnusableInputError(_("{file} : ouverture impossible ({reason}).").format(
                file=path.name, reason=sqlite_reason(exc))) from exc
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, conn, read_only=read_only, lock=lock, locked_by=locked_by)

    @staticmethod
    def _migrate_in_place(conn: sqlite3.Connection) -> sqlite3.Connection:
        apply_migrations(conn)
        return conn

    @property
    def read_only_reason(self) -> str:
        """Return why the file is read-only (current language), or an empty string."""
        if self.locked_by:
            return _("Ce plan est ouvert en lecture seule : il est en cours de modification "
                     "{who}.").format(who=self.locked_by.describe())
        if self.read_only:
            return _("Ce plan est ouvert en lecture seule.")
        return ""

    def _data_version(self) -> int | None:
        with contextlib.suppress(sqlite3.Error):
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        return None

    def load(self) -> Plan:
        """Read and validate the current plan."""
        if self._conn.in_transaction:
            return _validate(read_rows(self._conn, self.path.name), self.path.name)
        self._conn.execute("BEGIN")
        try:
            generation = self._data_version()
            rows = read_rows(self._conn, self.path.name)
        finally:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("COMMIT")
        plan = _validate(rows, self.path.name)
        self._generation = generation
        return plan

    def _require_writable(self) -> None:
        if self.read_only:
            raise PlanError(_("{file} : {reason} Rien n'a été écrit.").format(
                file=self.path.name, reason=self.read_only_reason))

    def _check_unchanged(self) -> None:
        """Refuse to write over a file replaced, or changed by another program, since read."""
        now = _identity(self.path)
        if now is None or (now != self._identity and now[1] and self._identity
                           and self._identity[1]):  # some network shares report inode 0
            raise PlanError(_("{file} : le fichier a été remplacé ou supprimé par un autre "
                              "programme depuis son ouverture ; rien n'a été écrit. Enregistrez "
                              "votre travail sous un autre nom.").format(file=self.path.name))
        if self._data_version() != self._generation:
            raise PlanError(_("{file} : le plan a été modifié par un autre programme depuis que "
                              "vous l'avez lu ; rien n'a été écrit pour ne pas effacer ces "
                              "modifications. Enregistrez votre travail sous un autre nom, puis "
                              "rouvrez le plan.").format(file=self.path.name))

    @contextlib.contextmanager
    def _write(self, *, check: bool) -> Iterator[None]:
        """Run a block in one write transaction (a savepoint when nested); French errors."""
        conn = self._conn
        if conn.in_transaction:
            with _atomic(conn):
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise PlanError(_save_failed(self.path, exc)) from exc
        try:
            if check:
                self._check_unchanged()
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise PlanError(_save_failed(self.path, exc)) from exc
            raise

    def save(self, plan: Plan) -> None:
        """Write ``plan`` as the current content in one transaction (``metadata.modified`` updated).

        Refused (PlanError, nothing written) when another program changed the file since it was
        last read here.
        """
        self._require_writable()
        plan.metadata.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
        plan.metadata.format_version = FORMAT_VERSION
        with self._write(check=True):
            _write_plan(self._conn, plan)

    # -- snapshots -----------------------------------------------------------------------------

    def snapshots(self) -> list[SnapshotInfo]:
        """List the snapshots, oldest first."""
        try:
            cur = self._conn.execute(
                "SELECT id, label, author, created FROM snapshots ORDER BY id LIMIT 100000")
            return [SnapshotInfo(int(r[0]), str(r[1] or "")[:500], str(r[2] or "")[:200],
                                 str(r[3] or "")[:40]) for r in cur.fetchall()]
        except (sqlite3.Error, ValueError, TypeError) as exc:
            raise UnusableInputError(_("{file} : liste des versions illisible ({reason})."
                                       ).format(file=self.path.name,
                                                reason=sqlite_reason(exc))) from exc

    def create_snapshot(self, label: str, *, author: str = "", plan: Plan | None = None) -> int:
        """Store ``plan`` (default: the saved content) as a named snapshot; return its id."""
        self._require_writable()
        label = label.strip()
        if not label:
            raise PlanError(_("Le nom de la version ne peut pas être vide."))
        plan = plan if plan is not None else self.load()
        row = {"label": label[:500], "author": author[:200], "created": _now_iso(),
               "format_version": FORMAT_VERSION, "plan_json": plan.model_dump_json()}
        with self._write(check=False):
            cur = self._conn.execute(
                f"INSERT INTO snapshots ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            return int(cur.lastrowid)

    def load_snapshot(self, snapshot_id: int) -> Plan:
        """Return the plan stored in a snapshot."""
        try:
            size = self._conn.execute("SELECT length(CAST(plan_json AS BLOB)) FROM snapshots "
                                      "WHERE id = ?", [snapshot_id]).fetchone()
            if size and isinstance(size[0], int) and size[0] > MAX_SNAPSHOT_BYTES:
                raise UnusableInputError(_("{file} : la version n° {number} est trop volumineuse "
                                           "pour être lue (plus de {limit} Mo).").format(
                    file=self.path.name, number=snapshot_id, limit=MAX_SNAPSHOT_BYTES >> 20))
            row = self._conn.execute("SELECT label, plan_json FROM snapshots WHERE id = ?",
                                     [snapshot_id]).fetchone()
        except sqlite3.Error as exc:
            raise UnusableInputError(_("{file} : version n° {number} illisible ({reason})."
                                       ).format(file=self.path.name, number=snapshot_id,
                                                reason=sqlite_reason(exc))) from exc
        if row is None:
            raise PlanError(_("{file} : aucune version n° {number}.").format(
                file=self.path.name, number=snapshot_id))
        from zonalplan.store.jsonio import check_json_size

        where = _("{file}, version « {label} »").format(file=self.path.name,
                                                        label=str(row[0])[:100])
        if not isinstance(row[1], (str, bytes)):
            raise UnusableInputError(_("{where} : contenu illisible.").format(where=where))
        check_json_size(row[1], where)
        try:
            return Plan.model_validate_json(row[1])
        except (ValueError, TypeError) as exc:
            if not isinstance(exc, ValidationError):
                raise UnusableInputError(_("{file} : version « {label} » illisible.").format(
                    file=self.path.name, label=row[0])) from exc
            raise UnusableInputError(validation_message(Plan, exc, _(
                "{file}, version « {label} »").format(file=self.path.name, label=row[0]))) from exc

    def restore(self, snapshot_id: int, *, author: str = "") -> Plan:
        """Make a snapshot the current content, after saving the current content as a snapshot.

        Returns the restored plan. Both steps run in one transaction, so the restore can itself be
        undone by restoring the automatic snapshot.
        """
        self._require_writable()
        restored = self.load_snapshot(snapshot_id)
        label = next((s.label for s in self.snapshots() if s.id == snapshot_id), str(snapshot_id))
        current = self.load()
        with self._write(check=True):
            self.create_snapshot(_("Avant restauration de « {label} »").format(label=label),
                                 author=author, plan=current)
            self.save(restored)
        return restored

    def close(self) -> None:
        """Close the database and release the lock."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _identity(path: Path) -> tuple[int, int] | None:
    """Return the device and inode of a file, or None when it is gone."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


@contextlib.contextmanager
def open_plan(path: str | os.PathLike[str], *, read_only: bool = False) -> Iterator[PlanFile]:
    """Open a plan file for the duration of a ``with`` block."""
    pf = PlanFile.open(path, read_only=read_only)
    try:
        yield pf
    finally:
        pf.close()
