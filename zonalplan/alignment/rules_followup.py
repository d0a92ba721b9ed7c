"""Rules on the zone's data, the argument matrix and the follow-up: nothing points nowhere, the
matrix and the decisions agree, baselines match their data, the follow-up is kept up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from zonalplan.alignment.report import Finding, Place
from zonalplan.i18n import _

if TYPE_CHECKING:
    from zonalplan.alignment.rules import Context


def _f(rule: str, severity: str, message: str, place: Place, hint: str = "") -> Finding:
    return Finding(rule, severity, message, place, hint)  # type: ignore[arg-type]


def rule_figures(ctx: Context) -> Iterator[Finding]:
    """Every figure placed in a chapter shows data or a picture the plan has."""
    plan = ctx.plan
    if not plan.figures:
        return
    from zonalplan.evidence.figures import all_series

    series = all_series(plan.datasets)
    pictures = {p.id for p in plan.pictures}
    datasets = {d.name for d in plan.datasets}
    for figure in plan.figures:
        place = Place("sections", field=figure.chapter)
        label = figure.caption or figure.id
        missing = [key for key in figure.series if key not in series]
        if missing:
            yield _f("donnees.figure", "avertissement",
                     _("La figure « {label} » montre des données absentes du plan ({series})."
                       ).format(label=label, series=", ".join(missing)), place,
                     _("Réimportez les données ou retirez la figure."))
        if figure.dataset and figure.dataset not in datasets:
            yield _f("donnees.figure", "avertissement",
                     _("La figure « {label} » utilise le jeu de données « {dataset} », absent "
                       "du plan.").format(label=label, dataset=figure.dataset), place,
                     _("Réimportez-le ou retirez la figure."))
        if figure.picture_id and figure.picture_id not in pictures:
            yield _f("donnees.image", "avertissement",
                     _("La figure « {label} » montre une image absente du plan.").format(
                         label=label), place)


def rule_baselines(ctx: Context) -> Iterator[Finding]:
    """Baselines taken from imported data still match that data."""
    if not ctx.plan.datasets:
        return
    from zonalplan.evidence.baselines import baseline_changes

    for change in baseline_changes(ctx.plan):
        yield _f("donnees.depart", "avertissement", change.text(),
                 Place("objectives", objective_id=change.objective_id, field="indicators"),
                 _("Reprenez la valeur de départ depuis les données, ou détachez l'indicateur "
                   "de sa série."))


def rule_matrix(ctx: Context) -> Iterator[Finding]:
    """A confirmed row of the argument matrix agrees with the decision recorded on its theme."""
    from zonalplan.evidence.matrix import TO_DECISION
    from zonalplan.model.matrix import PROPOSAL_LABELS
    from zonalplan.model.plan import DECISION_LABELS

    recorded = {d.ref_id: d.decision for d in ctx.plan.decisions}
    for row in ctx.plan.argument_matrix.rows:
        if not row.ref_id or row.decision is None or row.ref_id not in recorded:
            continue
        if TO_DECISION[row.decision] is not recorded[row.ref_id]:
            yield _f("matrice.decision", "avertissement",
                     _("La matrice d'argumentation conclut « {proposal} » pour « {phenomenon} "
                       "», mais la décision enregistrée sur {ref} est « {decision} »."
                       ).format(proposal=PROPOSAL_LABELS[row.decision],
                                phenomenon=row.phenomenon, ref=row.ref_id,
                                decision=DECISION_LABELS[recorded[row.ref_id]]),
                     Place("decisions", ref_id=row.ref_id),
                     _("Alignez la décision sur la matrice, ou motivez l'écart."))


def rule_followup(ctx: Context, today: dt.date | None = None) -> Iterator[Finding]:
    """Actions and measures point to existing objectives and indicators; priorities are followed."""
    plan = ctx.plan
    followup = plan.followup
    objectives = {o.id: o for o in plan.objectives}
    for action in followup.actions:
        if action.objective_id not in objectives:
            yield _f("suivi.orphelin", "avertissement",
                     _("L'action « {title} » ({year}) se rapporte à un objectif supprimé."
                       ).format(title=action.title, year=action.year), Place("objectives"),
                     _("Rattachez-la à un objectif ou supprimez-la."))
    indicators = {(o.id, i.id) for o in plan.objectives for i in o.indicators}
    orphans = [m for m in followup.measurements
               if (m.objective_id, m.indicator_id) not in indicators]
    if orphans:
        yield _f("suivi.orphelin", "avertissement",
                 _("{count} mesure(s) se rapportent à un indicateur supprimé.").format(
                     count=len(orphans)),
                 Place("objectives"), _("Supprimez-les ou recréez l'indicateur."))
    if not followup.actions and not followup.measurements:
        return  # the follow-up has not started: nothing to say yet
    year = (today or dt.date.today()).year
    if not plan.period.contains(year):
        return
    for objective in plan.objectives:
        if objective.kind.value != "priorite":
            continue
        if not followup.actions_for(objective.id, year):
            yield _f("suivi.plan_action", "info",
                     _("La priorité « {title} » n'a pas d'action pour {year}.").format(
                         title=objective.title, year=year),
                     Place("objectives", objective_id=objective.id),
                     _("Une priorité se mène en projet : ajoutez son plan d'action annuel."))


RULES = [rule_figures, rule_baselines, rule_matrix, rule_followup]
