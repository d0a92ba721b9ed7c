"""The next plan from the previous ones: a new cycle for one zone, or the first plan of a merger.

``new_cycle([previous], start_year)`` keeps the zone, its communes, its CZS and its standing texts
(mission, vision, values, communication), fills « Enseignements du plan précédent » from the
evaluation and offers last cycle's objectives as candidates, never as decided objectives.

With several plans (zones that merge) the communes, populations and capacities are summed, the CZS
members combined (the same person in the same role once), the objectives of every zone offered as
candidates with their origin, and PNS decisions that differ between zones left open and listed for a
choice. A commune that appears in two plans is refused: it cannot belong to two zones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from zonalplan.evidence.communes import fold
from zonalplan.followup.status import STATUS_LABELS, objective_status
from zonalplan.i18n import _, using
from zonalplan.model.errors import PlanError, UnusableInputError
from zonalplan.model.followup import Action, Candidate, FollowUp
from zonalplan.model.ids import new_id
from zonalplan.model.plan import (
    DECISION_LABELS,
    Capacity,
    CZSMember,
    Metadata,
    ObjectiveKind,
    Period,
    Plan,
    PriorityDecision,
    Sections,
    Zone,
)

STANDING_SECTIONS = ("mission", "vision", "values", "communication_internal",
                     "communication_external", "env_territory")
CYCLE_YEARS = 6


@dataclass
class CycleReport:
    """What the builder did and what is left to decide."""

    notes: list[str] = field(default_factory=list)
    decision_conflicts: dict[str, list[str]] = field(default_factory=dict)
    """National item → the decisions of each zone (« ZP A : retenu »), left open in the plan."""


def origin(plan: Plan) -> str:
    """Return « ZP X (5999), PZS 2026-2031 » for a plan."""
    number = f" ({plan.zone.number})" if plan.zone.number else ""
    return _("{zone}{number}, PZS {start}-{end}").format(
        zone=plan.zone.name or _("zone sans nom"), number=number, start=plan.period.start_year,
        end=plan.period.end_year)


def _followup(plan: Plan) -> FollowUp:
    return getattr(plan, "followup", None) or FollowUp()


def evaluation_text(plan: Plan) -> str:
    """Return the lessons text of a plan: each objective with its final status and figures.

    The text is written in the current language (``new_cycle`` asks for the plan's).
    """
    followup = _followup(plan)
    lines = [_("Bilan du {plan} (établi à partir du suivi enregistré dans ZonalPlan) :").format(
        plan=origin(plan))]
    for objective in plan.objectives:
        status = objective_status(objective, followup)
        actions = followup.actions_for(objective.id)
        done = sum(1 for a in actions if a.status.value == "realise")
        kind = _("priorité") if objective.kind is ObjectiveKind.PRIORITY \
            else _("point d'attention")
        line = (f"- {objective.code + ' ' if objective.code else ''}{objective.title} ({kind}) : "
                f"{STATUS_LABELS[status.status]}")
        figures = [f"{s.indicator.name} : {s.reason}" for s in status.indicators if s.last]
        if figures:
            line += " ; " + " ; ".join(figures)
        if actions:
            line += " ; " + _("{done} action(s) réalisée(s) sur {count}").format(
                done=done, count=len(actions))
        lines.append(line + ".")
    lines.append("")
    lines.append(_("À compléter par l'état-major : ce qui a fonctionné, ce qui n'a pas "
                   "fonctionné, et pourquoi."))
    return "\n".join(lines)


def _candidates(plan: Plan) -> list[Candidate]:
    followup = _followup(plan)
    result = []
    for objective in plan.objectives:
        status = objective_status(objective, followup)
        result.append(Candidate(
            title=objective.title[:300], origin=origin(plan)[:300], kind=objective.kind.value,
            domain=objective.domain.value, final_status=status.status.value,
            summary="; ".join(s.reason for s in status.indicators)[:5000],
            links=[link.ref_id for link in objective.links][:50],
            source_objective_id=objective.id))
    return result


def _check_communes(plans: list[Plan]) -> None:
    owner: dict[str, str] = {}
    for plan in plans:
        for commune in plan.zone.communes:
            for key in filter(None, (commune.nis_code, fold(commune.name))):
                if key in owner and owner[key] != origin(plan):
                    raise UnusableInputError(_(
                        "La commune {commune} figure dans deux plans ({first} et {second}) : une "
                        "commune n'appartient qu'à une zone. Corrigez l'un des plans avant de les "
                        "réunir.").format(commune=commune.name, first=owner[key],
                                           second=origin(plan)))
                owner[key] = origin(plan)


def _zone(plans: list[Plan], report: CycleReport) -> Zone:
    first = plans[0].zone
    if len(plans) == 1:
        return first.model_copy(deep=True)
    communes = [c.model_copy() for plan in plans for c in plan.zone.communes]
    numbers = {p.zone.number for p in plans if p.zone.number}
    report.notes.append(_("Zone fusionnée de {count} zones ({numbers}) : indiquez le nom et le "
                          "numéro de la nouvelle zone.").format(
        count=len(plans), numbers=", ".join(sorted(numbers))))
    populations = [p.zone.total_population for p in plans]
    areas = [p.zone.area_km2 for p in plans]
    known_populations = [v for v in populations if v is not None]
    known_areas = [v for v in areas if v is not None]
    provinces = {p.zone.province for p in plans if p.zone.province}
    return Zone(
        name=" – ".join(p.zone.name for p in plans if p.zone.name)[:300], number="",
        communes=communes, judicial_district=first.judicial_district,
        province=first.province if len(provinces) <= 1 else "", region=first.region,
        population=sum(known_populations) if len(known_populations) == len(plans) else None,
        area_km2=sum(known_areas) if len(known_areas) == len(plans) else None)


def _czs(plans: list[Plan], report: CycleReport) -> list[CZSMember]:
    members: list[CZSMember] = []
    seen: set[tuple[str, str]] = set()
    for plan in plans:
        for member in plan.czs_members:
            key = (fold(member.name), member.role.value)
            if key in seen:
                continue
            seen.add(key)
            members.append(member.model_copy(deep=True))
    chiefs = [m for m in members if m.role.value == "chef_de_corps"]
    if len(chiefs) > 1:
        report.notes.append(_("{count} chefs de corps au conseil : gardez celui de la zone "
                              "fusionnée.").format(count=len(chiefs)))
    return members


def _decisions(plans: list[Plan], report: CycleReport) -> list[PriorityDecision]:
    by_ref: dict[str, list[tuple[Plan, PriorityDecision]]] = {}
    for plan in plans:
        for decision in plan.decisions:
            by_ref.setdefault(decision.ref_id, []).append((plan, decision))
    kept = []
    for ref, pairs in by_ref.items():
        if len({d.decision for _, d in pairs}) == 1:
            kept.append(pairs[0][1].model_copy(deep=True))
        else:
            report.decision_conflicts[ref] = [
                f"{p.zone.name or origin(p)} : {DECISION_LABELS[d.decision]}" for p, d in pairs]
    if report.decision_conflicts:
        report.notes.append(_("{count} décision(s) nationale(s) diffèrent entre les zones et "
                              "restent à prendre : {items}.").format(
            count=len(report.decision_conflicts), items=", ".join(sorted(
                report.decision_conflicts))))
    return kept


def _capacity(plans: list[Plan]) -> Capacity:
    if len(plans) == 1:
        return plans[0].capacity.model_copy(deep=True)

    def total(values: list[float | int | None]) -> float | None:
        return sum(v for v in values if v is not None) if any(v is not None for v in values) \
            else None

    functionalities: dict = {}
    for plan in plans:
        for key, value in plan.capacity.functionalities.items():
            functionalities[key] = functionalities.get(key, 0.0) + value
    headcount = total([p.capacity.headcount for p in plans])
    return Capacity(
        headcount=int(headcount) if headcount is not None else None,
        available_fte=total([p.capacity.available_fte for p in plans]),
        functionalities=functionalities,
        federal_missions_fte=total([p.capacity.federal_missions_fte for p in plans]),
        note=_("Capacités additionnées des zones qui fusionnent."))


def new_cycle(plans: list[Plan], start_year: int, *, now: dt.datetime | None = None
              ) -> tuple[Plan, CycleReport]:
    """Return the next plan built from ``plans`` (see module docstring) and what is left to do."""
    if not plans:
        raise PlanError(_("Aucun plan précédent : indiquez au moins un fichier."))
    if len(plans) > 1:
        numbers = [p.zone.number for p in plans if p.zone.number]
        if len(numbers) != len(set(numbers)):
            raise UnusableInputError(_("Deux plans de la même zone : pour une fusion, donnez les "
                                       "plans de zones différentes."))
    _check_communes(plans)
    report = CycleReport()
    first = plans[0]
    sections = Sections(**{key: getattr(first.sections, key) for key in STANDING_SECTIONS}
                        ) if len(plans) == 1 else Sections()
    with using(first.metadata.language):  # the plan's own texts, in the plan's language
        sections.env_lessons = "\n\n".join(evaluation_text(p) for p in plans)
        capacity = _capacity(plans)
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    plan = Plan(
        zone=_zone(plans, report),
        period=Period(start_year=start_year, end_year=start_year + CYCLE_YEARS - 1),
        czs_members=_czs(plans, report),
        sections=sections,
        expectations=[],
        objectives=[],
        decisions=_decisions(plans, report),
        capacity=capacity,
        metadata=Metadata(created=stamp, modified=stamp, language=first.metadata.language),
    )
    if hasattr(plan, "candidates"):
        plan.candidates = [c for p in plans for c in _candidates(p)]  # type: ignore[attr-defined]
    count = sum(len(p.objectives) for p in plans)
    report.notes.append(_("{count} objectif(s) du cycle précédent proposés comme candidats : "
                          "décidez lesquels redeviennent des priorités.").format(count=count))
    if start_year <= max(p.period.end_year for p in plans) and len(plans) == 1:
        report.notes.append(_("Le nouveau cycle commence en {year}, avant la fin du plan "
                              "précédent ({end}).").format(year=start_year,
                                                           end=first.period.end_year))
    return plan, report


def carry_open_actions(followup: FollowUp, objective_ids: list[str] | None, year: int
                       ) -> list[Action]:
    """Return copies, for ``year + 1``, of the open actions of ``year`` (not yet added)."""
    from zonalplan.model.followup import OPEN_STATUSES, ActionStatus

    wanted = set(objective_ids) if objective_ids else None
    already = {a.carried_from for a in followup.actions if a.year == year + 1}
    copies = []
    for action in followup.actions:
        if action.year != year or action.status not in OPEN_STATUSES or action.id in already:
            continue
        if wanted is not None and action.objective_id not in wanted:
            continue
        copies.append(action.model_copy(update={
            "id": new_id(),
            "year": year + 1, "status": ActionStatus.PLANNED, "start": None, "end": None,
            "capacity_hours": None, "carried_from": action.id,
            "comment": _("Reprise de {year}.").format(year=year)
            + (f" {action.comment}" if action.comment else "")}))
    return copies
