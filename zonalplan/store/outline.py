"""What a plan file is about, read in a few milliseconds without loading the models.

The desktop app shows this outline (title, zone, communes, period, objectives) the moment its window
appears, while the pydantic models load on a worker thread; the full, validated plan replaces it a
fraction of a second later. The outline is best effort: anything unusual (a damaged file, code in
the schema, an interrupted save waiting for recovery, odd values) gives ``None`` and the real
opening reports the problem. Nothing is ever written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zonalplan.model.errors import PlanError
from zonalplan.store.sqlitefile import check_header, check_schema, check_sidecars, connect

MAX_TEXT = 300
"""Longest name kept from the file (a hostile file cannot flood the window)."""

MAX_ITEMS = 200


@dataclass(frozen=True)
class PlanOutline:
    """The few facts of a plan the window shows before the plan itself is loaded."""

    path: Path
    zone_name: str = ""
    zone_number: str = ""
    start_year: int | None = None
    end_year: int | None = None
    communes: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    attention_points: tuple[str, ...] = ()
    czs_members: int = 0
    language: str = "fr"

    @property
    def title(self) -> str:
        """Return the title the plan will have once loaded (same wording as ``Plan.title``)."""
        from zonalplan.i18n import gettext
        from zonalplan.i18n.vocabulary import term

        zone = self.zone_name or gettext("Zone sans nom", self.language)
        number = f" ({self.zone_number})" if self.zone_number else ""
        period = (f" {self.start_year}-{self.end_year}"
                  if self.start_year is not None and self.end_year is not None else "")
        return f"{term('doc.pzs', self.language)}{period} — {zone}{number}"


def _text(value: object) -> str:
    return " ".join(str(value).split())[:MAX_TEXT] if isinstance(value, str) else ""


def _year(value: object) -> int | None:
    return value if isinstance(value, int) and 2000 <= value <= 2100 else None


def _column(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    return conn.execute(sql).fetchmany(MAX_ITEMS)


def read_outline(path: str | Path) -> PlanOutline | None:
    """Return the outline of a ``.zplan`` file, or ``None`` when it cannot be read quickly."""
    path = Path(path)
    try:
        check_header(path)
        if check_sidecars(path):
            return None  # an interrupted save: the real opening recovers it first
        conn = connect(path, writable=False)
    except (OSError, PlanError, sqlite3.Error):
        return None
    try:
        kinds = check_schema(conn, path.name)
        if kinds.get("zone") != "table":
            return None
        zone = conn.execute("SELECT name, number FROM zone").fetchone() or ("", "")
        period = conn.execute("SELECT start_year, end_year FROM period").fetchone() or (None, None)
        communes = _column(conn, 'SELECT name FROM communes ORDER BY "position"')
        objectives = _column(conn, 'SELECT kind, title FROM objectives ORDER BY "position"')
        members = conn.execute("SELECT count(*) FROM czs_members").fetchone()
        language = conn.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
    except (sqlite3.Error, ValueError, TypeError, PlanError):
        return None
    finally:
        conn.close()
    start, end = _year(period[0]), _year(period[1])
    if start is None or end is None or end < start:
        start = end = None
    return PlanOutline(
        path=path, zone_name=_text(zone[0]), zone_number=_text(zone[1])[:4],
        start_year=start, end_year=end,
        communes=tuple(t for (name,) in communes if (t := _text(name))),
        priorities=tuple(_text(t) for k, t in objectives if k == "priorite" and _text(t)),
        attention_points=tuple(_text(t) for k, t in objectives
                               if k == "point_attention" and _text(t)),
        czs_members=int(members[0]) if members and isinstance(members[0], int) else 0,
        language=_language(language[0] if language else None),
    )


def _language(value: object) -> str:
    """Return the plan language stored as JSON text (« "nl" »), French when odd."""
    from zonalplan.i18n import LANGUAGES

    text = value.strip('"') if isinstance(value, str) else ""
    return text if text in LANGUAGES else "fr"
