"""Mapping between a :class:`Plan` and the tables of a ``.zplan`` file.

The tables are meant to be read by people too (a reviewer may query a plan with any SQLite tool):
one row per objective, indicator, link, decision, member… Lists of short strings are JSON text.
"""

from __future__ import annotations

import json
from typing import Any

from zonalplan.i18n import _
from zonalplan.model import Plan

SINGLETONS = ("zone", "period", "sections", "capacity", "approval")
"""Parts of the plan stored as one row (``section``/``value`` pairs for the long-text ones)."""


TRANSLATIONS_KEY = "translations"
"""Row of the ``meta`` table holding a bilingual plan's texts in its other languages (JSON)."""


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def plan_to_rows(plan: Plan) -> dict[str, list[dict[str, Any]]]:
    """Return the rows of every table for ``plan``."""
    data = plan.model_dump(mode="json")
    zone = dict(data["zone"])
    communes = zone.pop("communes")
    capacity = dict(data["capacity"])
    functionalities = capacity.pop("functionalities")
    rows: dict[str, list[dict[str, Any]]] = {
        "meta": [{"key": k, "value": _j(v)} for k, v in data["metadata"].items()]
        + ([{"key": TRANSLATIONS_KEY, "value": _j(data["translations"])}]
           if data["translations"] else []),
        "zone": [zone],
        "communes": [{"position": i, **c} for i, c in enumerate(communes)],
        "period": [data["period"]],
        "czs_members": [{"position": i, **m} for i, m in enumerate(data["czs_members"])],
        "sections": [{"key": k, "text": v} for k, v in data["sections"].items()],
        "expectations": [{"position": i, **e} for i, e in enumerate(data["expectations"])],
        "objectives": [],
        "indicators": [],
        "objective_links": [],
        "decisions": [{"position": i, **d} for i, d in enumerate(data["decisions"])],
        "capacity": [capacity],
        "capacity_functionalities": [{"functionality": k, "fte": v}
                                     for k, v in functionalities.items()],
        "review_notes": [{"position": i, **{**n, "replies": _j(n["replies"])}}
                         for i, n in enumerate(data["review_notes"])],
        "approval": [data["approval"]],
        "datasets": [{"position": i, **d, "provenance": _j(d["provenance"]),
                      "columns": _j(d["columns"]), "labels": _j(d["labels"]),
                      "rows": _j(d["rows"])} for i, d in enumerate(data["datasets"])],
        "pictures": [{"position": i, **p.model_dump(mode="python")}
                     for i, p in enumerate(plan.pictures)],
        "figures": [{"position": i, **f, "series": _j(f["series"]), "per_1000": int(f["per_1000"])}
                    for i, f in enumerate(data["figures"])],
        "matrix_weights": [{"criterion": k, "weight": v}
                           for k, v in data["argument_matrix"]["weights"].items()],
        "matrix_rows": [{"position": i, **r, "cells": _j(r["cells"])}
                        for i, r in enumerate(data["argument_matrix"]["rows"])],
        "actions": [{"position": i, **a, "partners": _j(a["partners"])}
                    for i, a in enumerate(data["followup"]["actions"])],
        "measurements": [{"position": i, **m} for i, m in enumerate(data["followup"]["measurements"])],
        "candidates": [{"position": i, **c, "links": _j(c["links"])}
                       for i, c in enumerate(data["candidates"])],
    }
    for pos, obj in enumerate(data["objectives"]):
        obj = dict(obj)
        for i, ind in enumerate(obj.pop("indicators")):
            rows["indicators"].append({"objective_id": obj["id"], "position": i, **ind})
        for i, link in enumerate(obj.pop("links")):
            rows["objective_links"].append({"objective_id": obj["id"], "position": i, **link})
        chain = obj.pop("chain")
        obj["partners"] = _j(obj["partners"])
        obj["tactical_objectives"] = _j(obj["tactical_objectives"])
        rows["objectives"].append({"position": pos, **obj, **{f"chain_{k}": v
                                                              for k, v in chain.items()}})
    return rows


def _strip(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    """Drop bookkeeping columns from a freshly read row (in place: rows are not reused)."""
    for key in keys:
        row.pop(key, None)
    return row


class TableError(ValueError):
    """A table of the plan file holds a corrupt cell; the message names the table."""


def rows_to_data(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Return the plain data (to validate with ``Plan.model_validate``) from table rows.

    Raises :class:`TableError` (a ``ValueError``) naming the table when a JSON cell is corrupt.
    """

    def loads(table: str, value: Any) -> Any:
        try:
            return json.loads(value)
        except (TypeError, ValueError) as exc:
            raise TableError(_("table « {table} » : contenu JSON illisible").format(
                table=table)) from exc

    def one(table: str) -> dict[str, Any]:
        found = rows.get(table) or [{}]
        return dict(found[0])

    def ordered(table: str) -> list[dict[str, Any]]:
        items = rows.get(table, [])
        positions = [r.get("position") for r in items]
        if any(p is not None and (isinstance(p, bool) or not isinstance(p, int))
               for p in positions):
            raise TableError(_("table « {table} » : une position n'est pas un nombre entier"
                               ).format(table=table))
        if all(isinstance(p, int) for p in positions) and positions == sorted(positions):
            return items  # already in order (the reader sorts by position)
        return sorted(items, key=lambda r: (r.get("position") is None, r.get("position") or 0))

    indicators: dict[str, list[dict[str, Any]]] = {}
    for row in ordered("indicators"):
        indicators.setdefault(row.get("objective_id"), []).append(
            _strip(row, "objective_id", "position"))
    links: dict[str, list[dict[str, Any]]] = {}
    for row in ordered("objective_links"):
        links.setdefault(row.get("objective_id"), []).append(
            _strip(row, "objective_id", "position"))

    objectives = []
    for row in ordered("objectives"):
        obj = _strip(row, "position")
        chain = {k.removeprefix("chain_"): obj.pop(k) for k in list(obj) if k.startswith("chain_")}
        obj["chain"] = chain
        obj["partners"] = loads("objectives", obj.get("partners", "[]"))
        obj["tactical_objectives"] = loads("objectives", obj.get("tactical_objectives", "[]"))
        obj["indicators"] = indicators.get(obj.get("id"), [])
        obj["links"] = links.get(obj.get("id"), [])
        objectives.append(obj)

    zone = one("zone")
    zone["communes"] = [_strip(r, "position") for r in ordered("communes")]
    capacity = one("capacity")
    capacity["functionalities"] = {r["functionality"]: r["fte"]
                                   for r in rows.get("capacity_functionalities", [])}
    weights = {r["criterion"]: r["weight"] for r in rows.get("matrix_weights", [])}
    notes = []
    for row in ordered("review_notes"):
        note = _strip(row, "position")
        note["replies"] = loads("review_notes", note.get("replies", "[]"))
        notes.append(note)
    metadata = {r["key"]: loads("meta", r["value"]) for r in rows.get("meta", [])}
    translations = metadata.pop(TRANSLATIONS_KEY, {})
    return {
        "metadata": metadata,
        "translations": translations,
        "zone": zone,
        "period": one("period"),
        "czs_members": [_strip(r, "position") for r in ordered("czs_members")],
        "sections": {r["key"]: r["text"] for r in rows.get("sections", [])},
        "expectations": [_strip(r, "position") for r in ordered("expectations")],
        "objectives": objectives,
        "decisions": [_strip(r, "position") for r in ordered("decisions")],
        "capacity": capacity,
        "review_notes": notes,
        "approval": one("approval"),
        "datasets": [{**_strip(r, "position"), **{k: loads("datasets", r.get(k, "null"))
                                                   for k in ("provenance", "columns", "labels",
                                                             "rows")}}
                     for r in ordered("datasets")],
        "pictures": [_strip(r, "position") for r in ordered("pictures")],
        "figures": [{**_strip(r, "position"), "series": loads("figures", r.get("series", "[]")),
                     "per_1000": bool(r.get("per_1000"))} for r in ordered("figures")],
        "argument_matrix": {
            **({"weights": weights} if weights else {}),
            "rows": [{**_strip(r, "position"), "cells": loads("matrix_rows", r.get("cells", "{}"))}
                     for r in ordered("matrix_rows")]},
        "followup": {
            "actions": [{**_strip(r, "position"),
                         "partners": loads("actions", r.get("partners", "[]"))}
                        for r in ordered("actions")],
            "measurements": [_strip(r, "position") for r in ordered("measurements")]},
        "candidates": [{**_strip(r, "position"), "links": loads("candidates", r.get("links", "[]"))}
                       for r in ordered("candidates")],
    }
