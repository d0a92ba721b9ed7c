"""The comparison report (DOCX) of two versions of a plan."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from zonalplan.review.diff_model import (
    STATUS_LABELS,
    ElementDiff,
    FieldChange,
    ObjectiveDiff,
    PlanDiff,
)
from zonalplan.review.diff_text import (
    COVERAGE_LABELS,
    SECTION_TITLES,
    WEIGHT_LABELS,
    decision_label,
)
from zonalplan.review.docx_base import (
    add_heading,
    add_paragraph,
    add_segments,
    add_table,
    document_bytes,
    new_report_document,
    write_atomic,
)

REPORT_TITLE = "Comparaison de deux versions du plan zonal de sécurité"
SUMMARY_LABELS = {
    "objectives_added": "Objectifs ajoutés",
    "objectives_removed": "Objectifs supprimés",
    "objectives_modified": "Objectifs modifiés",
    "objectives_moved": "Objectifs déplacés",
    "links_added": "Liens nationaux ajoutés",
    "links_removed": "Liens nationaux supprimés",
    "indicators_changed": "Indicateurs ajoutés, supprimés ou modifiés",
    "decisions_changed": "Décisions sur le PNS modifiées",
    "sections_changed": "Chapitres modifiés",
    "zone_period_changed": "Champs de la zone et de la période modifiés",
    "czs_members_changed": "Membres du CZS modifiés",
    "expectations_changed": "Attentes modifiées",
    "capacity_changed": "Valeurs de capacité modifiées",
    "approval_changed": "Champs d'approbation modifiés",
    "actions_changed": "Actions du suivi ajoutées, supprimées ou modifiées",
    "measurements_changed": "Mesures d'indicateurs ajoutées, supprimées ou modifiées",
    "findings_fixed": "Constats d'alignement corrigés",
    "findings_introduced": "Nouveaux constats d'alignement",
}


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _cells(change: FieldChange) -> tuple[str, str]:
    """Return the « before » and « after » cells: for lists, the items removed and added."""
    if isinstance(change.before, list) and isinstance(change.after, list):
        if not change.added and not change.removed:
            return "ordre différent", "ordre modifié"
        removed = " ; ".join(f"− {item}" for item in change.removed) or "—"
        added = " ; ".join(f"+ {item}" for item in change.added) or "—"
        return removed, added
    return change.before_text, change.after_text


def _field_rows(changes: list[FieldChange]) -> list[list[str]]:
    return [[c.label, *_cells(c)] for c in changes if c.segments is None]


def _element_detail(element: ElementDiff) -> str:
    parts = []
    if element.matched_by == "name":
        parts.append(f"apparié par le nom (identifiant « {element.before_id} » → "
                     f"« {element.after_id} »)")
    parts += [f"{c.label} : {' → '.join(_cells(c))}" for c in element.changes]
    return " ; ".join(parts)


def _write_fields(document, changes: list[FieldChange]) -> None:
    """Write non-text changes as a table and text changes as marked-up paragraphs."""
    rows = _field_rows(changes)
    if rows:
        add_table(document, ["Champ", "Avant", "Après"], rows)
    for change in changes:
        if change.segments is None:
            continue
        paragraph = add_paragraph(document, bold_prefix=f"{change.label[:1].upper()}"
                                                        f"{change.label[1:]} : ")
        if change.before == "":
            paragraph.add_run("(ajouté) ")
        elif change.after == "":
            paragraph.add_run("(supprimé) ")
        add_segments(paragraph, change.segments)


def _write_objective(document, diff: ObjectiveDiff) -> None:
    add_heading(document, f"{diff.label} ({STATUS_LABELS[diff.status]})", 3)
    if diff.matched_by == "title":
        detail = (f"identifiant « {diff.before_id} » devenu « {diff.after_id} », apparié par "
                  f"l'intitulé (similarité {diff.similarity or 0:.0%})")
        if diff.before_label != diff.label:
            detail += f" ; ancien intitulé « {diff.before_label} »"
        add_paragraph(document, detail + ".", bold_prefix="Correspondance : ")
    if diff.moved:
        add_paragraph(document, "cet objectif a changé de place dans le plan.",
                      bold_prefix="Ordre : ")
    _write_fields(document, diff.changes)
    if diff.links:
        rows = [[{"added": "ajouté", "removed": "supprimé", "weight": "poids modifié"}[link.status],
                 link.ref_id, link.title, WEIGHT_LABELS[link.before_weight],
                 WEIGHT_LABELS[link.after_weight]] for link in diff.links]
        add_table(document, ["Lien national", "Élément", "Intitulé", "Avant", "Après"], rows)
    if diff.indicators:
        rows = []
        for ind in diff.indicators:
            rows.append([ind.label, STATUS_LABELS[ind.status], _element_detail(ind)])
        add_table(document, ["Indicateur", "Changement", "Détail"], rows)


def build_diff_document(diff: PlanDiff, template: str | os.PathLike[str] | None = None):
    """Return the python-docx document of a comparison report."""
    document = new_report_document(template, running_title=f"Comparaison de versions — "
                                                           f"{diff.after_title}")
    add_heading(document, REPORT_TITLE, 1)
    add_paragraph(document, f"{diff.before_label} — {diff.before_title}", bold_prefix="Avant : ")
    add_paragraph(document, f"{diff.after_label} — {diff.after_title}", bold_prefix="Après : ")
    add_paragraph(document, dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
                  bold_prefix="Comparaison établie le ")
    add_heading(document, "Résumé", 2)
    if diff.is_identical:
        add_paragraph(document, "Les deux versions ont le même contenu.")
    summary = diff.summary()
    add_table(document, ["Changement", "Nombre"],
              [[label, summary[key]] for key, label in SUMMARY_LABELS.items() if summary[key]])

    if diff.zone or diff.period:
        add_heading(document, "Identité de la zone et période", 2)
        _write_fields(document, diff.zone + diff.period)
    if diff.sections:
        add_heading(document, SECTION_TITLES["sections"], 2)
        for change in diff.sections:
            add_heading(document, change.label[:1].upper() + change.label[1:], 3)
            _write_fields(document, [change])
    for key, elements in (("expectations", diff.expectations), ("czs_members", diff.czs_members),
                          ("actions", diff.actions), ("measurements", diff.measurements)):
        if elements:
            add_heading(document, SECTION_TITLES[key], 2)
            rows = [[e.label, STATUS_LABELS[e.status], _element_detail(e)] for e in elements]
            add_table(document, ["Élément", "Changement", "Détail"], rows)
    if diff.objectives:
        add_heading(document, SECTION_TITLES["objectives"], 2)
        add_table(document, ["Objectif", "Changement", "Apparié par"],
                  [[o.label, STATUS_LABELS[o.status] + (" et déplacé" if o.moved and
                                                        o.status != "moved" else ""),
                    {"id": "identifiant", "title": f"intitulé ({o.similarity or 0:.0%})"}.get(
                        o.matched_by, "—")] for o in diff.objectives])
        for objective in diff.objectives:
            if (objective.changes or objective.links or objective.indicators
                    or objective.matched_by == "title"):
                _write_objective(document, objective)
    if diff.decisions:
        add_heading(document, SECTION_TITLES["decisions"], 2)
        add_table(document, ["Thème du PNS", "Avant", "Après", "Justification"],
                  [[d.title, decision_label(d.before), decision_label(d.after),
                    "modifiée" if d.justification else "inchangée"] for d in diff.decisions])
        for d in diff.decisions:
            if d.justification and d.justification.segments is not None:
                paragraph = add_paragraph(document, bold_prefix=f"Justification — {d.title} : ")
                add_segments(paragraph, d.justification.segments)
    if diff.capacity:
        add_heading(document, SECTION_TITLES["capacity"], 2)
        rows = [[c.label, c.before_text, c.after_text] for c in diff.capacity.changes]
        rows += [[f"{v.label} (ETP)", _num(v.before), _num(v.after)]
                 for v in diff.capacity.functionalities]
        rows += [[v.label, _num(v.before), _num(v.after)] for v in diff.capacity.objectives]
        add_table(document, ["Élément", "Avant", "Après"], rows)
    if diff.approval:
        add_heading(document, SECTION_TITLES["approval"], 2)
        _write_fields(document, diff.approval)
    if diff.alignment is not None:
        _write_alignment(document, diff)
    return document


def _write_alignment(document, diff: PlanDiff) -> None:
    delta = diff.alignment
    assert delta is not None
    add_heading(document, SECTION_TITLES["alignment"], 2)
    add_heading(document, f"Constats corrigés ({len(delta.fixed)})", 3)
    if delta.fixed:
        add_table(document, ["Gravité", "Constat"],
                  [[f["severity"], f["message"]] for f in delta.fixed])
    add_heading(document, f"Nouveaux constats ({len(delta.introduced)})", 3)
    if delta.introduced:
        add_table(document, ["Gravité", "Constat", "Piste"],
                  [[f["severity"], f["message"], f["hint"]] for f in delta.introduced])
    add_heading(document, "Couverture et constats avant et après", 3)
    rows = [[f"Constats : {k}", delta.counts_before.get(k, 0), delta.counts_after.get(k, 0)]
            for k in ("erreur", "avertissement", "info")]
    rows += [[label[:1].upper() + label[1:], delta.coverage_before.get(k, 0),
              delta.coverage_after.get(k, 0)] for k, label in COVERAGE_LABELS.items()]
    add_table(document, ["Indicateur", "Avant", "Après"], rows)


def write_diff_docx(diff: PlanDiff, path: str | os.PathLike[str],
                    template: str | os.PathLike[str] | None = None) -> Path:
    """Write the comparison report to ``path`` atomically; return the path."""
    return write_atomic(path, document_bytes(build_diff_document(diff, template)))
