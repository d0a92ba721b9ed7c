"""Where a review note points: anchors ↔ the app's chapters and the places editors can show.

A note's anchor is ``chapter:<key>`` (keys of :data:`zonalplan.review.notes.CHAPTER_LABELS`) or
``objective:<id>``. The window's chapters (:data:`zonalplan.guidance.CHAPTERS`) and the places
editors understand (:class:`zonalplan.alignment.report.Place`) use other names: this module maps
between them, without Qt.
"""

from __future__ import annotations

from zonalplan.alignment.report import Place
from zonalplan.model import SECTION_KEYS, Plan
from zonalplan.review.notes import (
    CHAPTER_LABELS,
    anchor_label,
    chapter_anchor,
    objective_anchor,
    parse_anchor,
)

_CHAPTER_KEY_OF: dict[str, str] = {"environment": "env", "strategy": "objectives"}
"""Window chapter id → note chapter key, where they differ."""

_PLACE_OF_KEY: dict[str, Place] = {
    "env": Place("environment"),
    "mvv": Place("sections", field="mission"),
    "sections": Place("sections", field="foreword"),
    "objectives": Place("objectives"),
}
"""Note chapter key → place, for keys that are not a chapter of the place vocabulary."""

ANCHOR_ORDER: tuple[str, ...] = (
    "zone", "period", "czs", "foreword", "env", "env_territory", "env_crime", "env_road_safety",
    "env_survey", "env_internal", "env_lessons", "mvv", "mission", "vision", "values",
    "expectations", "objectives", "argument_matrix", "non_retained", "decisions", "capacity",
    "communication", "communication_internal", "communication_external", "approval",
)
"""Chapter keys offered for a new note, in the order of the plan."""


def chapter_key_for(chapter_id: str | None) -> str | None:
    """Return the note chapter key of a window chapter (None for « Versions » and unknown ids)."""
    if not chapter_id:
        return None
    key = _CHAPTER_KEY_OF.get(chapter_id, chapter_id)
    return key if key in CHAPTER_LABELS else None


def anchor_for(chapter_id: str | None, objective_id: str | None = None) -> str | None:
    """Return the anchor of what the user is looking at: the objective, else the chapter."""
    if objective_id:
        return objective_anchor(objective_id)
    key = chapter_key_for(chapter_id)
    return chapter_anchor(key) if key else None


def place_for_anchor(anchor: str) -> Place | None:
    """Return the place an editor can show for a note's anchor, or None when unknown."""
    kind, key = parse_anchor(anchor)
    if kind == "objective":
        return Place("objectives", objective_id=key)
    if kind != "chapter":
        return None
    if key in _PLACE_OF_KEY:
        return _PLACE_OF_KEY[key]
    if key in SECTION_KEYS:
        return Place("sections", field=key)
    return Place(key)


def anchor_choices(plan: Plan) -> list[tuple[str, str]]:
    """Return ``(anchor, label)`` for every chapter and objective a new note can point to."""
    keys = [*ANCHOR_ORDER, *[k for k in CHAPTER_LABELS if k not in ANCHOR_ORDER]]
    choices = [(chapter_anchor(k), anchor_label(plan, chapter_anchor(k))) for k in keys
               if k in CHAPTER_LABELS and k != "sections"]
    choices += [(objective_anchor(o.id), anchor_label(plan, objective_anchor(o.id)))
                for o in plan.objectives]
    return choices
