"""The chart of a folder review: how many zones retained each PNS theme, and how.

Each zone falls in one category per theme: retained as a priority or as a point of attention
(the kind of the objectives linked to it by a primary link, a priority winning), retained with no
objective serving it first, regular functioning, not retained, or not decided. The counts are a
pure function of the review; the drawing is ``zonalplan.evidence.charts``' stacked bars.
"""

from __future__ import annotations

import datetime as dt

from zonalplan.i18n import N_, _, current
from zonalplan.i18n.formats import short_date
from zonalplan.review.many import Column, FolderReview, ZoneRow

CATEGORIES: dict[str, tuple[str, str]] = {
    "priorite": (N_("Priorité"), "#1f4e79"),
    "point_attention": (N_("Point d'attention"), "#9dc3e6"),
    "retenu_sans_objectif": (N_("Retenu, sans objectif lié"), "#c55a11"),
    "fonctionnement_regulier": (N_("Fonctionnement régulier"), "#d9d9d9"),
    "non_retenu": (N_("Non retenu"), "#8c8c8c"),
    "indecis": (N_("Non décidé"), "#ffe699"),
}
"""Category key -> (French legend label, colour), in the order of the stacked bars."""


def zone_category(row: ZoneRow, ref_id: str) -> str:
    """Return the category (a key of :data:`CATEGORIES`) of one zone's decision on a PNS node."""
    decision = row.decisions.get(ref_id)
    if decision is None:
        return "indecis"
    if decision != "retenu":
        return decision if decision in CATEGORIES else "indecis"
    return row.retained_as.get(ref_id) or "retenu_sans_objectif"


def retention_counts(review: FolderReview) -> list[tuple[Column, dict[str, int]]]:
    """Return, per PNS decision node (in the review's order), the number of zones per category."""
    counts = []
    for column in review.decision_columns:
        per = dict.fromkeys(CATEGORIES, 0)
        for row in review.rows:
            per[zone_category(row, column.id)] += 1
        counts.append((column, per))
    return counts


def themes_chart_png(review: FolderReview) -> bytes | None:
    """Return the stacked bars of :func:`retention_counts` as PNG, or None without any plan."""
    if not review.rows or not review.decision_columns:
        return None
    from zonalplan.evidence.charts import Segment, render_stacked_png

    rows = [(f"{column.number} {column.title_in(current())}".strip(), tuple(per.values()))
            for column, per in retention_counts(review)]
    segments = [Segment(_(label), colour) for label, colour in CATEGORIES.values()]
    return render_stacked_png(rows, segments, axis_label=_("nombre de zones"),
                              decimal_comma=current() in ("fr", "nl", "de"))


def chart_caption() -> str:
    """Return the caption of the chart, in the current language."""
    return _("Thèmes du PNS retenus par les zones : nombre de zones par décision (priorité ou "
             "point d'attention selon le type des objectifs liés au thème par un lien principal)")


def chart_source(review: FolderReview, when: dt.datetime) -> str:
    """Return the source line of the chart: the plans read, the folder, the date, the edition."""
    text = _("Source : {rows} plans du dossier « {folder} », relus le {date}").format(
        rows=len(review.rows), folder=review.folder.name or str(review.folder),
        date=short_date(when))
    if review.reference_edition:
        text += f" ; {review.reference_edition}"
    return text + "."
