"""The comparison report (DOCX) of two versions of a plan."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from zonalplan.i18n import N_, Translated, _, using
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

REPORT_TITLE = N_("Comparaison de deux versions du plan zonal de sécurité")
SUMMARY_LABELS = Translated({
    "objectives_added": N_("Objectifs ajoutés"),
    "objectives_removed": N_("Objectifs supprimés"),
    "objectives_modified": N_("Objectifs modifiés"),
    "objectives_moved": N_("Objectifs déplacés"),
    "links_added": N_("Liens nationaux ajoutés"),
    "links_removed": N_("Liens nationaux supprimés"),
    "indicators_changed": N_("Indicateurs ajoutés, supprimés ou modifiés"),
    "decisions_changed": N_("Décisions sur le PNS modifiées"),
    "sections_changed": N_("Chapitres modifiés"),
    "zone_period_changed": N_("Champs de la zone et de la période modifiés"),
    "czs_members_changed": N_("Membres du CZS modifiés"),
    "expectations_changed": N_("Attentes modifiées"),
    "capacity_changed": N_("Valeurs de capacité modifiées"),
    "approval_changed": N_("Champs d'approbation modifiés"),
    "actions_changed": N_("Actions du suivi ajoutées, supprimées ou modifiées"),
    "measurements_changed": N_("Mesures d'indicateurs ajoutées, supprimées ou modifiées"),
    "findings_fixed": N_("Constats d'alignement corrigés"),
    "findings_introduced": N_("Nouveaux constats d'alignement"),
})


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _cells(change: FieldChange) -> tuple[str, str]:
    """Return the « before » and « after » cells: for lists, the items removed and added."""
    if isinstance(change.before, list) and isinstance(change.after, list):
        if not change.added and not change.removed:
            return _("ordre différent"), _("ordre modifié")
        removed = " ; ".join(f"− {item}" for item in change.removed) or "—"
        added = " ; ".join(f"+ {item}" for item in change.added) or "—"
        return removed, added
    return change.before_text, change.after_text


def _field_rows(changes: list[FieldChange]) -> list[list[str]]:
    return [[c.label, *_cells(c)] for c in changes if c.segments is None]


def _element_detail(element: ElementDiff) -> str:
    parts = []
    if element.matched_by == "name":
        parts.append(
            _("apparié par le nom (identifiant « {before_id} » → « {after_id} »)").format(
                before_id=element.before_id, after_id=element.after_id
            )
        )
    parts += [f"{c.label} : {' → '.join(_cells(c))}" for c in element.changes]
    return " ; ".join(parts)


def _write_fields(document, changes: list[FieldChange]) -> None:
    """Write non-text changes as a table and text changes as marked-up paragraphs."""
    rows = _field_rows(changes)
    if rows:
        add_table(document, [_("Champ"), _("Avant"), _("Après")], rows)
    for change in changes:
        if change.segments is None:
            continue
        paragraph = add_paragraph(document, bold_prefix=f"{change.label[:1].upper()}"
                                                        f"{change.label[1:]} : ")
        if change.before == "":
            paragraph.add_run(_("(ajouté) "))
        elif change.after == "":
            paragraph.add_run(_("(supprimé) "))
        add_segments(paragraph, change.segments)


def _write_objective(document, diff: ObjectiveDiff) -> None:
    add_heading(document, f"{diff.label} ({STATUS_LABELS[diff.status]})", 3)
    if diff.matched_by == "title":
        detail = _(
            "identifiant « {before_id} » devenu « {after_id} », apparié par l'intitulé "
            "(similarité {value:.0%})"
        ).format(before_id=diff.before_id, after_id=diff.after_id, value=diff.similarity or 0)
        if diff.before_label != diff.label:
            detail += f" ; ancien intitulé « {diff.before_label} »"
        add_paragraph(document, detail + ".", bold_prefix=_("Correspondance : "))
    if diff.moved:
        add_paragraph(document, _("cet objectif a changé de place dans le plan."),
                      bold_prefix=_("Ordre : "))
    _write_fields(document, diff.changes)
    if diff.links:
        rows = [
            [
                {"added": _("ajouté"), "removed": _("supprimé"), "weight": _("poids modifié")}[
                    link.status
                ],
                link.ref_id,
                link.title,
                WEIGHT_LABELS[link.before_weight],
                WEIGHT_LABELS[link.after_weight],
            ]
            for link in diff.links
        ]
        add_table(
            document,
            [_("Lien national"), _("Élément"), _("Intitulé"), _("Avant"), _("Après")],
            rows,
        )
    if diff.indicators:
        rows = []
        for ind in diff.indicators:
            rows.append([ind.label, STATUS_LABELS[ind.status], _element_detail(ind)])
        add_table(document, [_("Indicateur"), _("Changement"), _("Détail")], rows)


def build_diff_document(diff: PlanDiff, template: str | os.PathLike[str] | None = None):
    """Return the python-docx document of a comparison report."""
    document = new_report_document(template, running_title=_("Comparaison de versions — "
                                                             "{after_title}").format(
            after_title=diff.after_title))
    add_heading(document, _(REPORT_TITLE), 1)
    add_paragraph(document, f"{diff.before_label} — {diff.before_title}", bold_prefix=_("Avant : "))
    add_paragraph(document, f"{diff.after_label} — {diff.after_title}", bold_prefix=_("Après : "))
    add_paragraph(document, dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
                  bold_prefix=_("Comparaison établie le "))
    add_heading(document, _("Résumé"), 2)
    if diff.is_identical:
        add_paragraph(document, _("Les deux versions ont le même contenu."))
    summary = diff.summary()
    add_table(document, [_("Changement"), _("Nombre")],
              [[label, summary[key]] for key, label in SUMMARY_LABELS.items() if summary[key]])

    if diff.zone or diff.period:
        add_heading(document, _("Identité de la zone et période"), 2)
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
            add_table(document, [_("Élément"), _("Changement"), _("Détail")], rows)
    if diff.objectives:
        add_heading(document, SECTION_TITLES["objectives"], 2)
        add_table(document, [_("Objectif"), _("Changement"), _("Apparié par")],
                  [[o.label, STATUS_LABELS[o.status] + (_(" et déplacé") if o.moved and
                                                        o.status != "moved" else ""),
                    {"id": _("identifiant"), "title": _("intitulé ({value:.0%})").format(
                            value=o.similarity or 0)}.get(
                        o.matched_by, "—")] for o in diff.objectives])
        for objective in diff.objectives:
            if (objective.changes or objective.links or objective.indicators
                    or objective.matched_by == "title"):
                _write_objective(document, objective)
    if diff.decisions:
        add_heading(document, SECTION_TITLES["decisions"], 2)
        add_table(
            document,
            [_("Thème du PNS"), _("Avant"), _("Après"), _("Justification")],
            [
                [
                    d.title,
                    decision_label(d.before),
                    decision_label(d.after),
                    _("modifiée") if d.justification else _("inchangée"),
                ]
                for d in diff.decisions
            ],
        )
        for d in diff.decisions:
            if d.justification and d.justification.segments is not None:
                paragraph = add_paragraph(
                    document, bold_prefix=_("Justification — {title} : ").format(title=d.title)
                )
                add_segments(paragraph, d.justification.segments)
    if diff.capacity:
        add_heading(document, SECTION_TITLES["capacity"], 2)
        rows = [[c.label, c.before_text, c.after_text] for c in diff.capacity.changes]
        rows += [[f"{v.label} (ETP)", _num(v.before), _num(v.after)]
                 for v in diff.capacity.functionalities]
        rows += [[v.label, _num(v.before), _num(v.after)] for v in diff.capacity.objectives]
        add_table(document, [_("Élément"), _("Avant"), _("Après")], rows)
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
    add_heading(document, _("Constats corrigés ({fixed})").format(fixed=len(delta.fixed)), 3)
    if delta.fixed:
        add_table(document, [_("Gravité"), _("Constat")],
                  [[f["severity"], f["message"]] for f in delta.fixed])
    add_heading(document, _("Nouveaux constats ({introduced})").format(
            introduced=len(delta.introduced)), 3)
    if delta.introduced:
        add_table(document, [_("Gravité"), _("Constat"), _("Piste")],
                  [[f["severity"], f["message"], f["hint"]] for f in delta.introduced])
    add_heading(document, _("Couverture et constats avant et après"), 3)
    rows = [[f"Constats : {k}", delta.counts_before.get(k, 0), delta.counts_after.get(k, 0)]
            for k in ("erreur", "avertissement", "info")]
    rows += [[label[:1].upper() + label[1:], delta.coverage_before.get(k, 0),
              delta.coverage_after.get(k, 0)] for k, label in COVERAGE_LABELS.items()]
    add_table(document, [_("Indicateur"), _("Avant"), _("Après")], rows)


def write_diff_docx(diff: PlanDiff, path: str | os.PathLike[str],
                    template: str | os.PathLike[str] | None = None) -> Path:
    """Write the comparison report to ``path`` atomically, in the plan's language; return it.

    The fixed text follows ``diff.language``; labels computed with the diff (field names) are in
    the language it was computed in: compute it under ``using(plan language)`` to match.
    """
    with using(diff.language):
        return write_atomic(path, document_bytes(build_diff_document(diff, template)))
