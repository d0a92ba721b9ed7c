"""JSON interchange of a whole plan: a stable envelope around the plan model's JSON.

Envelope: ``{"format": "zonalplan-plan", "format_version": N, "plan": {…}}``. The plan object follows
``docs/plan.schema.json`` (generated from the models; a test keeps it in step).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from zonalplan.i18n import _
from zonalplan.model import FORMAT_VERSION, Plan, UnusableInputError, validation_message
from zonalplan.store.sqlitefile import regular_file_size, sqlite_reason

ENVELOPE = "zonalplan-plan"
MAX_JSON_BYTES = 10 * 1024 * 1024
"""Largest JSON interchange file read (a real plan is well under 1 MB)."""


MAX_JSON_CONTAINERS = 300_000
"""Most objects and lists in one JSON plan (a large real plan has a few thousand)."""


def check_json_size(text: str | bytes, name: str) -> None:
    """Refuse JSON whose number of objects and lists no real plan reaches, before parsing it."""
    raw = text.encode("utf-8", "replace") if isinstance(text, str) else text
    if raw.count(b"{") + raw.count(b"[") > MAX_JSON_CONTAINERS:
        raise UnusableInputError(_("{name} : trop d'éléments (plus de {limit} objets et "
                                   "listes) ; aucun plan réel n'en a autant.").format(
                                     name=name, limit=MAX_JSON_CONTAINERS))


def plan_to_json(plan: Plan) -> str:
    """Return the JSON interchange text of ``plan`` (UTF-8, indented, stable key order)."""
    envelope = {"format": ENVELOPE, "format_version": FORMAT_VERSION,
                "plan": plan.model_dump(mode="json")}
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def plan_from_json(text: str | bytes, *, name: str = "JSON") -> Plan:
    """Parse and validate a JSON interchange document; errors are French and name the place."""
    check_json_size(text, name)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnusableInputError(_("{name} : JSON illisible (ligne {lineno}, colonne "
                                   "{colno}).").format(
                                     name=name, lineno=exc.lineno, colno=exc.colno)) from exc
    except UnicodeDecodeError as exc:
        raise UnusableInputError(_("{name} : JSON illisible (le texte n'est pas en "
                                   "UTF-8).").format(name=name)) from exc
    except RecursionError as exc:
        raise UnusableInputError(_("{name} : JSON illisible (imbrication trop profonde).").format(
                                     name=name)) from exc
    except ValueError as exc:
        raise UnusableInputError(_("{name} : JSON illisible (nombre ou texte invalide).").format(
                                     name=name)) from exc
    if not isinstance(data, dict) or data.get("format") != ENVELOPE or "plan" not in data:
        raise UnusableInputError(_("{name} : ce n'est pas un plan ZonalPlan exporté en "
                                   "JSON (champ « format » ≠ « {envelope} »).").format(
                                     name=name, envelope=ENVELOPE))
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UnusableInputError(_("{name} : version de format absente ou invalide.").format(
                                     name=name))
    if version > FORMAT_VERSION:
        raise UnusableInputError(_("{name} : exporté par une version plus récente de "
                                   "ZonalPlan (format {version}) ; mettez ZonalPlan à "
                                   "jour.").format(name=name, version=version))
    try:
        return Plan.model_validate(data["plan"])
    except ValidationError as exc:
        raise UnusableInputError(validation_message(Plan, exc, name)) from exc
    except RecursionError as exc:
        raise UnusableInputError(_("{name} : plan illisible (imbrication trop profonde).").format(
                                     name=name)) from exc


def read_json_file(path: str | os.PathLike[str]) -> Plan:
    """Read a JSON interchange file."""
    path = Path(path)
    regular_file_size(path, _("fichier JSON"), MAX_JSON_BYTES)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise UnusableInputError(_("{file} : lecture impossible ({value}).").format(
                                     file=path.name, value=sqlite_reason(exc))) from exc
    if len(raw) > MAX_JSON_BYTES:
        raise UnusableInputError(_("{file} : fichier JSON trop volumineux.").format(file=path.name))
    return plan_from_json(raw, name=path.name)


def plan_json_schema() -> dict[str, Any]:
    """Return the JSON Schema of the ``plan`` object."""
    return Plan.model_json_schema(mode="serialization")


if __name__ == "__main__":
    print(json.dumps(plan_json_schema(), ensure_ascii=False, indent=2))
