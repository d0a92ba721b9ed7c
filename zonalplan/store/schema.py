"""Tables of a ``.zplan`` file and their migrations (sqlite-utils ``Migrations``)."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "zonalplan"

T, I, F = str, int, float

TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...] | None]] = {
    "meta": ({"key": T, "value": T}, "key"),
    "zone": ({"name": T, "number": T, "judicial_district": T, "province": T, "region": T,
              "population": I, "area_km2": F}, None),
    "communes": ({"position": I, "name": T, "nis_code": T, "population": I}, "position"),
    "period": ({"start_year": I, "end_year": I}, None),
    "czs_members": ({"id": T, "position": I, "name": T, "role": T, "commune": T, "function": T},
                    "id"),
    "sections": ({"key": T, "text": T}, "key"),
    "expectations": ({"id": T, "position": I, "author_kind": T, "author": T, "text": T}, "id"),
    "objectives": ({"id": T, "position": I, "code": T, "title": T, "kind": T, "domain": T,
                    "description": T, "rationale": T, "chain_prevention": T,
                    "chain_repression": T, "chain_aftercare": T, "partners": T, "owner": T,
                    "tactical_objectives": T, "local_justification": T, "capacity_fte": F,
                    "capacity_hours": F}, "id"),
    "indicators": ({"id": T, "objective_id": T, "position": I, "name": T, "unit": T,
                    "baseline_value": F, "baseline_year": I, "target_value": F,
                    "target_year": I, "source": T, "frequency": T, "series_key": T},
                   ("objective_id", "id")),
    "objective_links": ({"objective_id": T, "position": I, "ref_id": T, "weight": T},
                        ("objective_id", "position")),
    "decisions": ({"position": I, "ref_id": T, "decision": T, "justification": T}, "ref_id"),
    "capacity": ({"reference_date": T, "headcount": I, "available_fte": F,
                  "federal_missions_fte": F, "note": T}, None),
    "capacity_functionalities": ({"functionality": T, "fte": F}, "functionality"),
    "review_notes": ({"id": T, "position": I, "author": T, "role": T, "anchor": T, "text": T,
                      "status": T, "date": T, "replies": T}, "id"),
    "approval": ({"czs_date": T, "place": T, "submitted_date": T, "approved_date": T,
                  "classification": T, "version_label": T}, None),
    "snapshots": ({"id": I, "label": T, "author": T, "created": T, "format_version": I,
                   "plan_json": T}, "id"),
}
B = bytes

EVIDENCE_FOLLOWUP_TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...] | None]] = {
    "datasets": ({"name": T, "position": I, "kind": T, "provenance": T, "columns": T,
                  "labels": T, "rows": T}, "name"),
    "pictures": ({"id": T, "position": I, "file_name": T, "format": T, "width": I, "height": I,
                  "sha256": T, "caption": T, "source": T, "data": B}, "id"),
    "figures": ({"id": T, "position": I, "chapter": T, "after_paragraph": I, "kind": T,
                 "chart": T, "series": T, "per_1000": I, "dataset": T, "breakdown": T,
                 "picture_id": T, "caption": T}, "id"),
    "matrix_weights": ({"criterion": T, "weight": I}, "criterion"),
    "matrix_rows": ({"id": T, "position": I, "phenomenon": T, "ref_id": T, "cells": T,
                     "decision": T, "justification": T}, "id"),
    "actions": ({"id": T, "position": I, "objective_id": T, "year": I, "title": T, "owner": T,
                 "partners": T, "start": T, "end": T, "status": T, "capacity_hours": F,
                 "comment": T, "carried_from": T}, "id"),
    "measurements": ({"id": T, "position": I, "objective_id": T, "indicator_id": T, "year": I,
                      "quarter": I, "value": F, "measured_on": T, "source": T, "comment": T,
                      "series_key": T}, "id"),
    "candidates": ({"id": T, "position": I, "title": T, "origin": T, "kind": T, "domain": T,
                    "final_status": T, "summary": T, "links": T, "source_objective_id": T},
                   "id"),
}
"""Tables added by migration 2: imported data, pictures, figures, argument matrix, follow-up."""
TABLES.update(EVIDENCE_FOLLOWUP_TABLES)

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"), "sections": ("key", "text"),
    "capacity_functionalities": ("functionality", "fte"), "czs_members": ("id",),
    "expectations": ("id",), "objectives": ("id",), "indicators": ("objective_id", "id"),
    "objective_links": ("objective_id", "ref_id"), "decisions": ("ref_id",),
    "review_notes": ("id",), "snapshots": ("id", "label", "author", "created", "plan_json"),
}
"""Columns a table must have for its rows to mean anything (keys and key/value pairs)."""

PLAN_TABLES = tuple(t for t in TABLES if t != "snapshots")
"""Tables that hold the current plan (rewritten on every save)."""


def _create(db: Database, tables: dict[str, tuple[dict[str, type], str | tuple[str, ...] | None]]
            ) -> None:
    for name, (columns, pk) in tables.items():
        db[name].create(columns, pk=pk, not_null={c for c in ("key", "id") if c in columns})


def m0001_initial(db: Database) -> None:
    """Create every table of format version 1."""
    _create(db, {name: spec for name, spec in TABLES.items()
                 if name not in EVIDENCE_FOLLOWUP_TABLES})


def m0002_evidence_followup(db: Database) -> None:
    """Add the tables of imported data, pictures, figures, argument matrix and follow-up."""
    _create(db, EVIDENCE_FOLLOWUP_TABLES)
    if "series_key" not in db["indicators"].columns_dict:
        db["indicators"].add_column("series_key", str)


MIGRATION_FUNCTIONS = (m0001_initial, m0002_evidence_followup)
"""Every migration, in order. sqlite-utils is imported only when one must run (faster start-up)."""

KNOWN_MIGRATIONS = frozenset(f.__name__ for f in MIGRATION_FUNCTIONS)


@lru_cache(maxsize=1)
def migrations() -> Migrations:
    """Return the sqlite-utils migration set."""
    from sqlite_utils.migrations import Migrations

    registry = Migrations(MIGRATION_SET)
    for function in MIGRATION_FUNCTIONS:
        registry()(function)
    return registry


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Return the names of the migrations not yet applied to ``conn`` (read-only query)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                          "'_sqlite_migrations'").fetchone()
    applied = set() if not exists else {r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return [f.__name__ for f in MIGRATION_FUNCTIONS if f.__name__ not in applied]


def apply_migrations(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations to ``conn``."""
    from sqlite_utils import Database

    migrations().apply(Database(conn, execute_plugins=False))
