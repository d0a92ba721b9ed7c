"""Word documents of the follow-up: the yearly report to the CZS, the evaluations, the action plan.

Each is built from the plan alone (nothing is changed) in the report template family of the
export (``templates/docx/report.docx``): headings, tables with a repeated header row, charts of the
indicators at print quality. The yearly report says, per priority, what was done, where the
indicators stand against their trajectory, the deviations and their explanation, the capacity used
against the capacity planned, and what the CZS is asked to decide.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from docx.shared import Cm

from zonalplan.followup.status import (
    RULE_TEXT,
    STATUS_LABELS,
    IndicatorStatus,
    ObjectiveStatus,
    Status,
    dashboard,
)
from zonalplan.i18n import N_, Translated, _, using
from zonalplan.i18n.formats import number
from zonalplan.model.errors import PlanError
from zonalplan.model.followup import ACTION_STATUS_LABELS, Action, ActionStatus
from zonalplan.model.plan import ObjectiveKind, Plan
from zonalplan.review.docx_base import (
    add_heading,
    add_paragraph,
    add_table,
    document_bytes,
    new_report_document,
    write_atomic,
)


class ReportKind(str, Enum):
    """The yearly report, or an evaluation over the years so far (mid-term) or the whole plan."""

    ANNUAL = "annual"
    MIDTERM = "mid"
    FINAL = "final"


TITLES = Translated({ReportKind.ANNUAL: N_("Rapport annuel {year} au conseil zonal de sécurité"),
                     ReportKind.MIDTERM: N_("Évaluation à mi-parcours ({start}-{year})"),
                     ReportKind.FINAL: N_("Évaluation finale du plan ({start}-{year})")})
LESSONS_QUESTIONS = (
    N_("Quels objectifs ont atteint leur cible, et grâce à quelles actions ?"),
    N_("Quels objectifs sont restés en retard, et pourquoi (capacité, partenaires, données, "
       "hypothèses du plan) ?"),
    N_("Quelles actions ont été reportées ou abandonnées, et que faut-il en retenir ?"),
    N_("Les indicateurs mesuraient-ils ce qui comptait ? Lesquels garder pour le plan suivant ?"),
    N_("Quels phénomènes nouveaux le prochain plan doit-il examiner ?"),
)


@dataclass(frozen=True)
class ReportOptions:
    """What to build: the kind, the year, and whether to draw the indicators' charts."""

    kind: ReportKind = ReportKind.ANNUAL
    year: int = 0
    charts: bool = True


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    text = number(round(value, digits), digits)
    return text if digits == 1 or "," in text or digits == 0 else f"{text},{'0' * digits}"


def _years(plan: Plan, options: ReportOptions) -> range:
    if options.kind is ReportKind.ANNUAL:
        return range(options.year, options.year + 1)
    return range(plan.period.start_year, options.year + 1)


def _check_year(plan: Plan, year: int) -> None:
    if not plan.period.contains(year):
        raise PlanError(_("L'année {year} est hors de la période du plan "
                          '({start_year}-{end_year}).').format(
                year=year, start_year=plan.period.start_year, end_year=plan.period.end_year))


def _status_at(row: ObjectiveStatus, year: int, plan: Plan) -> ObjectiveStatus:
    """Return the objective's status with only the measures up to ``year``."""
    from zonalplan.followup.status import objective_status
    from zonalplan.model.followup import FollowUp

    upto = FollowUp(measurements=[m for m in plan.followup.measurements if m.year <= year])
    return objective_status(row.objective, upto)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count <= 1 else (plural or word + 's')}"


def _summary(document, rows: list[ObjectiveStatus], actions: list[Action]) -> None:
    counts = {status: sum(1 for r in rows if r.status is status) for status in Status}
    done = sum(1 for a in actions if a.status is ActionStatus.DONE)
    add_paragraph(
        document,
        ", ".join(
            f"{_plural(n, _('objectif'), _('objectifs'))} {STATUS_LABELS[s]}"
            for s, n in counts.items()
            if n
        )
        + ".",
        bold_prefix=_("Objectifs : "),
    )
    add_paragraph(
        document,
        _("{done} sur {plural}.").format(
            done=_plural(done, _("action réalisée"), _("actions réalisées")),
            plural=_plural(len(actions), _("action prévue"), _("actions prévues")),
        ),
        bold_prefix=_("Actions : "),
    )
    add_paragraph(document, _(RULE_TEXT), bold_prefix=_('Règle appliquée : '))


def _indicator_rows(statuses: tuple[IndicatorStatus, ...], years: range) -> list[list[str]]:
    rows = []
    for s in statuses:
        measured = {int(p): v for p, v in s.values}
        ind = s.indicator
        rows.append([ind.name, f"{_number(ind.baseline_value)} ({ind.baseline_year or '—'})",
                     f"{_number(ind.target_value)} ({ind.target_year or '—'})",
                     " ; ".join(f"{y} : {_number(v)}" for y, v in sorted(measured.items())
                                if y <= years[-1]) or "—", STATUS_LABELS[s.status]])
    return rows


def _progress_chart(document, title: str, statuses: tuple[IndicatorStatus, ...]) -> None:
    """Add one chart of the objective: every indicator's progress toward its target."""
    from zonalplan.evidence.charts import render_progress_png

    lines, trajectories = [], []
    for s in statuses:
        ind = s.indicator
        if not s.values or None in (ind.baseline_value, ind.baseline_year, ind.target_value,
                                    ind.target_year) or ind.target_value == ind.baseline_value:
            continue
        span = ind.target_value - ind.baseline_value  # type: ignore[operator]
        points = [(float(ind.baseline_year), 0.0)] + [  # type: ignore[arg-type]
            (period, (value - ind.baseline_value) / span * 100)  # type: ignore[operator]
            for period, value in s.values]
        lines.append((ind.name, points))
        trajectories.append((ind.baseline_year, ind.target_year))
    if lines:
        png = render_progress_png(title, lines, trajectories,  # type: ignore[arg-type]
                                  source=_('mesures enregistrées dans le suivi du plan'))
        document.add_picture(io.BytesIO(png), width=Cm(15))


def _objective_section(document, plan: Plan, row: ObjectiveStatus, years: range,
                       options: ReportOptions) -> list[str]:
    """Write one objective; return the questions for the CZS it raises."""
    objective = row.objective
    kind = _('Priorité') if objective.kind is ObjectiveKind.PRIORITY else _("Point d'attention")
    add_heading(document, f"{objective.code + ' — ' if objective.code else ''}{objective.title}", 2)
    add_paragraph(document, _('{kind} ; responsable : {value} ; statut : {value2}.').format(
            kind=kind, value=objective.owner or '—', value2=STATUS_LABELS[row.status]))
    actions = [a for a in plan.followup.actions_for(objective.id) if a.year in years]
    if actions:
        add_heading(document, "Actions", 3)
        add_table(document, [_("Année"), _("Action"), _("Responsable"), _("Statut"), _("Heures"),
                             _("Commentaire")],
                  [[a.year, a.title, a.owner or "—", ACTION_STATUS_LABELS[a.status],
                    _number(a.capacity_hours, 0) if a.capacity_hours is not None else "—",
                    a.comment or ""] for a in actions], widths=[1.4, 4, 2.4, 1.6, 1.4, 3])
    if row.indicators:
        add_heading(document, "Indicateurs", 3)
        add_table(document, [_("Indicateur"), _('Départ'), _("Cible"), _("Mesures"), _("Statut")],
                  _indicator_rows(row.indicators, years), widths=[4, 1.4, 1.4, 2.6, 1.4])
        if options.charts:
            _progress_chart(document, _('{code} — progression des indicateurs').format(
                    code=objective.code).strip(
                " —"), row.indicators)
    deviations = [s for s in row.indicators if s.status in (Status.AT_RISK, Status.OFF_TRACK)]
    late = [a for a in actions if a.status in (ActionStatus.POSTPONED, ActionStatus.ABANDONED)]
    questions = []
    if deviations or late:
        add_heading(document, _('Écarts et explications'), 3)
        for s in deviations:
            comment = s.last.comment if s.last and s.last.comment else _('Explication à compléter.')
            add_paragraph(document, f"{s.reason[:1].upper()}{s.reason[1:]}. {comment}",
                          bold_prefix=f"{s.indicator.name} : ")
        for a in late:
            add_paragraph(document, a.comment or _('motif à compléter'),
                          bold_prefix=f"{a.title} ({ACTION_STATUS_LABELS[a.status]}) : ")
        if any(s.status is Status.OFF_TRACK for s in deviations):
            questions.append(_('{value} : adapter les actions, la capacité ou la cible de '
                               "l'objectif en retard.").format(
                    value=objective.code or objective.title))
        questions += [_("{objective} : reprogrammer « {action} ».").format(
                          objective=objective.code or objective.title, action=a.title)
                      for a in late if a.status is ActionStatus.POSTPONED]
    planned = objective.capacity_hours
    used = sum(a.capacity_hours or 0 for a in actions)
    if planned:
        total = planned * len(years)
        add_paragraph(
            document,
            _("{used} heures utilisées pour {total} prévues ({value:.0f} " "%).").format(
                used=_number(used, 0), total=_number(total, 0), value=used / total * 100
            ),
            bold_prefix=_("Capacité : "),
        )
    elif used:
        add_paragraph(
            document,
            _(
                "{used} heures utilisées (le plan ne fixe pas de capacité en "
                "heures pour cet objectif)."
            ).format(used=_number(used, 0)),
            bold_prefix=_("Capacité : "),
        )
    return questions


def build_report(plan: Plan, options: ReportOptions, template: str | os.PathLike[str] | None
                 = None) -> bytes:
    """Return the yearly report or evaluation of ``plan`` as DOCX bytes, in the plan's language."""
    _check_year(plan, options.year)
    with using(plan.metadata.language):
        return _build_report(plan, options, template)


def _build_report(plan: Plan, options: ReportOptions, template) -> bytes:
    years = _years(plan, options)
    title = TITLES[options.kind].format(year=options.year, start=plan.period.start_year)
    zone = plan.zone.name or _('zone sans nom')
    document = new_report_document(template, running_title=f"{zone} — {title}")
    add_heading(document, title, 0)
    add_paragraph(
        document,
        _("{zone}{value} — plan zonal de sécurité {start_year}-{end_year}.").format(
            zone=zone,
            value=f" ({plan.zone.number})" if plan.zone.number else "",
            start_year=plan.period.start_year,
            end_year=plan.period.end_year,
        ),
    )
    rows = [_status_at(r, options.year, plan) for r in dashboard(plan.objectives, plan.followup)]
    all_actions = [a for a in plan.followup.actions if a.year in years]
    add_heading(document, _('Synthèse'), 1)
    _summary(document, rows, all_actions)
    add_table(
        document,
        [_("Objectif"), _("Type"), _("Statut")],
        [
            [
                f"{r.objective.code} {r.objective.title}".strip(),
                (
                    _("priorité")
                    if r.objective.kind is ObjectiveKind.PRIORITY
                    else _("point d'attention")
                ),
                STATUS_LABELS[r.status],
            ]
            for r in rows
        ],
        widths=[5, 1.6, 1.6],
    )
    questions: list[str] = []
    for heading, kind in ((_('Priorités'), ObjectiveKind.PRIORITY),
                          (_("Points d'attention"), ObjectiveKind.ATTENTION_POINT)):
        chosen = [r for r in rows if r.objective.kind is kind]
        if chosen:
            add_heading(document, heading, 1)
            for row in chosen:
                questions += _objective_section(document, plan, row, years, options)
    add_heading(document, _('Décisions demandées au conseil zonal de sécurité'), 1)
    if questions:
        for question in questions:
            add_paragraph(document, f"- {question}")
    else:
        add_paragraph(document, _("Aucune décision n'est demandée : le plan suit sa "
                                  'trajectoire.'))
    if options.kind is not ReportKind.ANNUAL:
        add_heading(document, _('Enseignements pour le plan suivant'), 1)
        for question in map(_, LESSONS_QUESTIONS):
            add_paragraph(document, f"- {question}")
    return document_bytes(document)


def build_action_plan(plan: Plan, year: int, objective_id: str | None = None,
                      template: str | os.PathLike[str] | None = None) -> bytes:
    """Return the yearly action plan (all objectives with actions, or one) as DOCX bytes."""
    _check_year(plan, year)
    with using(plan.metadata.language):
        return _build_action_plan(plan, year, objective_id, template)


def _build_action_plan(plan: Plan, year: int, objective_id: str | None, template) -> bytes:
    objectives = [o for o in plan.objectives if objective_id in (None, o.id, o.code)]
    if not objectives:
        raise PlanError(_('Aucun objectif « {objective_id} » dans le plan.').format(
                objective_id=objective_id))
    title = _("Plan d'action {year}").format(year=year)
    zone = plan.zone.name or _('zone sans nom')
    document = new_report_document(template, running_title=f"{zone} — {title}")
    add_heading(document, title, 0)
    add_paragraph(document, _('{zone} — plan zonal de sécurité {start_year}-{end_year}.').format(
            zone=zone, start_year=plan.period.start_year, end_year=plan.period.end_year))
    written = 0
    for objective in objectives:
        actions = plan.followup.actions_for(objective.id, year)
        if not actions and objective.kind is not ObjectiveKind.PRIORITY:
            continue
        add_heading(document, f"{objective.code + ' — ' if objective.code else ''}"
                    f"{objective.title}", 1)
        add_paragraph(document, objective.owner or "—", bold_prefix=_('Responsable : '))
        if not actions:
            add_paragraph(document, _('Aucune action enregistrée pour {year}.').format(year=year))
            continue
        written += len(actions)
        add_table(
            document,
            [
                _("Action"),
                _("Responsable"),
                _("Partenaires"),
                _("Début"),
                _("Fin"),
                _("Statut"),
                _("Heures"),
            ],
            [
                [
                    a.title,
                    a.owner or "—",
                    ", ".join(a.partners) or "—",
                    a.start.strftime("%d/%m/%Y") if a.start else "—",
                    a.end.strftime("%d/%m/%Y") if a.end else "—",
                    ACTION_STATUS_LABELS[a.status],
                    _number(a.capacity_hours, 0) if a.capacity_hours is not None else "—",
                ]
                for a in actions
            ],
            widths=[4, 2.2, 2.4, 1.8, 1.8, 1.6, 1.3],
        )
    if not written:
        add_paragraph(document, _("Aucune action n'est encore enregistrée pour {year}.").format(
                year=year))
    return document_bytes(document)


def write_report(data: bytes, out_path: str | os.PathLike[str]) -> Path:
    """Write a report atomically and return its path."""
    return write_atomic(out_path, data)
