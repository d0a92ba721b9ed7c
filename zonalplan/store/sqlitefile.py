"""Opening a ``.zplan`` SQLite file defensively (no pydantic: the outline reader uses it too)."""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from zonalplan.model.errors import UnusableInputError

SQLITE_MAGIC = b"SQLite format 3\x00"


def connect(path: Path, *, writable: bool) -> sqlite3.Connection:
    """Open a SQLite connection with defensive settings."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + ("?mode=rw" if writable else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    if writable:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def check_header(path: Path) -> None:
    """Refuse what is not a SQLite file before SQLite reads it."""
    name = path.name
    if not path.exists():
        raise UnusableInputError(f"{name} : fichier introuvable.")
    if not path.is_file():
        raise UnusableInputError(f"{name} : ce n'est pas un fichier.")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UnusableInputError(f"{name} : lecture impossible ({exc.strerror}).") from exc
    if not head:
        raise UnusableInputError(f"{name} : le fichier est vide.")
    if not head.startswith(SQLITE_MAGIC):
        raise UnusableInputError(
            f"{name} : ce n'est pas un fichier de plan ZonalPlan (.zplan) ; format non reconnu.")
    if len(head) < 100:
        raise UnusableInputError(f"{name} : le fichier est tronqué (incomplet).")
