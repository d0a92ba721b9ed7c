"""Building blocks shared by the demo plans (``plan.py``, ``plan_nl.py``, ``plan_de.py``).

A demo plan is data: its zone, its council, its texts module, its objectives and its capacity, then
its evidence (``DemoEvidence``: data files, chapter figures, argument matrix, follow-up). These
helpers turn that data into model objects with fixed ids, so every demo is deterministic and built
the same way, whatever language the interface speaks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from zonalplan.i18n import using
from zonalplan.model.evidence import ChapterFigure
from zonalplan.model.followup import Action, ActionStatus, FollowUp, Measurement
from zonalplan.model.matrix import ArgumentMatrix, Cell, Criterion, MatrixRow, Proposal
from zonalplan.model.plan import (
    Approval,
    AuthorKind,
    Capacity,
    ChainApproach,
    Commune,
    CZSMember,
    CZSRole,
    Decision,
    Domain,
    Expectation,
    Functionality,
    Indicator,
    LinkWeight,
    Metadata,
    NationalLink,
    Objective,
    ObjectiveKind,
    Period,
    Plan,
    PriorityDecision,
    Region,
    Sections,
    Zone,
)

if TYPE_CHECKING:
    from zonalplan.demo.samples import ZoneSamples

PNS_DECISION_NODES: tuple[str, ...] = (
    "pns.1", "pns.1.1", "pns.1.2", "pns.1.3", "pns.1.4", "pns.1.5", "pns.1.6", "pns.1.7",
    "pns.2", "pns.3", "pns.4", "pns.5", "pns.6", "pns.6.1", "pns.6.2", "pns.7",
)
"""PNS 2026-2029 themes and sub-themes on which every demo zone records a decision."""

REFERENCE_EDITION = "PNS 2026-2029 / NCSI 2026-2029"

PRIO, ATTENTION = ObjectiveKind.PRIORITY, ObjectiveKind.ATTENTION_POINT
EXT, INT = Domain.EXTERNAL, Domain.INTERNAL


def links(primary: str, *secondary: str) -> list[NationalLink]:
    """Return one primary link followed by secondary links."""
    return [NationalLink(ref_id=primary, weight=LinkWeight.PRIMARY)] + [
        NationalLink(ref_id=ref, weight=LinkWeight.SECONDARY) for ref in secondary
    ]


def indicator(ind_id: str, name: str, unit: str, baseline: tuple[float, int],
              target: tuple[float, int], source: str, frequency: str) -> Indicator:
    """Return an indicator with its baseline and target (value, year)."""
    return Indicator(id=ind_id, name=name, unit=unit, baseline_value=baseline[0],
                     baseline_year=baseline[1], target_value=target[0], target_year=target[1],
                     source=source, frequency=frequency)


def objective(texts_by_code: dict[str, dict[str, str]], code: str, title: str,
              kind: ObjectiveKind, domain: Domain, **fields) -> Objective:
    """Return an objective whose narrative texts come from ``texts_by_code[code]``."""
    texts = texts_by_code[code]
    return Objective(
        id=f"obj-{code.lower()}",
        code=code,
        title=title,
        kind=kind,
        domain=domain,
        description=texts["description"],
        rationale=texts["rationale"],
        chain=ChainApproach(prevention=texts["prevention"], repression=texts["repression"],
                            aftercare=texts["aftercare"]),
        local_justification=texts.get("local_justification", ""),
        **fields,
    )


def zone(name: str, number: str, communes: Iterable[tuple[str, str, int]], *,
         judicial_district: str, province: str, region: Region, area_km2: float) -> Zone:
    """Return a zone from its communes given as (name, NIS code, population)."""
    members = [Commune(name=n, nis_code=code, population=pop) for n, code, pop in communes]
    return Zone(name=name, number=number, communes=members, judicial_district=judicial_district,
                province=province, region=region, area_km2=area_km2,
                population=sum(c.population or 0 for c in members))


def czs_members(rows: Iterable[tuple[str, CZSRole, str | None, str]]) -> list[CZSMember]:
    """Return council members from (name, role, commune, function) rows, ids czs-1, czs-2…"""
    return [CZSMember(id=f"czs-{i}", name=name, role=role, commune=commune, function=function)
            for i, (name, role, commune, function) in enumerate(rows, start=1)]


def expectations(rows: Iterable[tuple[AuthorKind, str, str]]) -> list[Expectation]:
    """Return expectations from (author kind, author, text) rows, ids att-1, att-2…"""
    return [Expectation(id=f"att-{i}", author_kind=kind, author=author, text=text)
            for i, (kind, author, text) in enumerate(rows, start=1)]


def sections(texts: ModuleType) -> Sections:
    """Return the narrative chapters from a texts module."""
    return Sections(
        foreword=texts.FOREWORD,
        env_territory=texts.ENV_TERRITORY,
        env_crime=texts.ENV_CRIME,
        env_road_safety=texts.ENV_ROAD_SAFETY,
        env_survey=texts.ENV_SURVEY,
        env_internal=texts.ENV_INTERNAL,
        env_lessons=texts.ENV_LESSONS,
        mission=texts.MISSION,
        vision=texts.VISION,
        values=texts.VALUES,
        argument_matrix=texts.ARGUMENT_MATRIX,
        non_retained=texts.NON_RETAINED,
        communication_internal=texts.COMMUNICATION_INTERNAL,
        communication_external=texts.COMMUNICATION_EXTERNAL,
    )


def decisions(choices: dict[str, Decision], justifications: dict[str, str]
              ) -> list[PriorityDecision]:
    """Return the zone's decision on every PNS theme and sub-theme with local objectives."""
    return [PriorityDecision(ref_id=ref, decision=choices[ref], justification=justifications[ref])
            for ref in PNS_DECISION_NODES]


def capacity(headcount: int, available_fte: float, functionalities: Iterable[float],
             federal_missions_fte: float, note: str) -> Capacity:
    """Return the capacity at 1 January 2026; ``functionalities`` in ``Functionality`` order."""
    shares = dict(zip(Functionality, functionalities, strict=True))
    return Capacity(reference_date=dt.date(2026, 1, 1), headcount=headcount,
                    available_fte=available_fte, functionalities=shares,
                    federal_missions_fte=federal_missions_fte, note=note)


def assemble(texts: ModuleType, *, zone: Zone, czs_members: list[CZSMember],
             expectations: list[Expectation], objectives: list[Objective],
             decisions: list[PriorityDecision], capacity: Capacity, approval: Approval,
             created: dt.datetime, modified: dt.datetime, language: str) -> Plan:
    """Return the whole 2026-2031 plan from its parts (no review notes)."""
    return Plan(
        zone=zone,
        period=Period(start_year=2026, end_year=2031),
        czs_members=czs_members,
        sections=sections(texts),
        expectations=expectations,
        objectives=objectives,
        decisions=decisions,
        capacity=capacity,
        review_notes=[],
        approval=approval,
        metadata=Metadata(created=created, modified=modified,
                          reference_edition=REFERENCE_EDITION, language=language),
    )


# ----------------------------------------------------------------- data, matrix and follow-up

MatrixSpec = tuple[str, str | None, tuple[int, ...], str | tuple[str, ...], Proposal]
"""A matrix row: phenomenon, national theme, five scores, note(s), confirmed decision.

One note goes to the figures cell; a tuple gives one note per criterion, in ``Criterion`` order.
"""
ActionSpec = tuple[str, str, tuple[str, ...], ActionStatus, int, str]
"""An action: title, owner, partners, status, capacity hours, comment."""


@dataclass(frozen=True)
class DemoEvidence:
    """A demo zone's data files, chapter figures, argument matrix and two years of follow-up."""

    language: str
    samples: ZoneSamples
    figures: tuple[ChapterFigure, ...]
    matrix: tuple[MatrixSpec, ...]
    actions: dict[str, dict[int, list[ActionSpec]]]  # objective id -> year -> actions
    measures: dict[tuple[str, str], dict[int, float]]  # (objective, indicator) -> year -> value
    sources: dict[str, str]  # indicator id -> source of its measurements
    default_source: str  # source of the other measurements
    series_keys: dict[str, str] = field(default_factory=dict)  # indicator id -> data series
    imported: dt.datetime = dt.datetime(2026, 1, 12, 10, 0, tzinfo=dt.UTC)


def _datasets(plan: Plan, evidence: DemoEvidence) -> None:
    from zonalplan.evidence.importing import import_bytes

    communes: list[tuple[str, str | None]] = [(c.name, c.nis_code) for c in plan.zone.communes]
    with using(evidence.language):  # names, sources and notes in the plan's language
        plan.datasets = [import_bytes(name, text.encode("utf-8"), communes,
                                      now=evidence.imported, zone_names=(plan.zone.name,))
                         for name, text in evidence.samples.files().items()]
    plan.figures = [figure.model_copy() for figure in evidence.figures]
    by_indicator = {i.id: i for o in plan.objectives for i in o.indicators}
    for indicator_id, key in evidence.series_keys.items():
        by_indicator[indicator_id].series_key = key


def _matrix(plan: Plan, evidence: DemoEvidence) -> None:
    rows = []
    for index, (name, ref, scores, note, decision) in enumerate(evidence.matrix, start=1):
        notes = (note,) if isinstance(note, str) else note
        cells = {c: Cell(score=s, note=notes[i] if i < len(notes) else "")
                 for i, (c, s) in enumerate(zip(Criterion, scores, strict=True))}
        rows.append(MatrixRow(id=f"mx-{index}", phenomenon=name, ref_id=ref, cells=cells,
                              decision=decision))
    plan.argument_matrix = ArgumentMatrix(rows=rows)


def _followup(plan: Plan, evidence: DemoEvidence) -> None:
    actions = []
    for objective_id, years in evidence.actions.items():
        for year, items in years.items():
            for index, (title, owner, partners, status, hours, comment) in enumerate(items, 1):
                actions.append(Action(
                    id=f"act-{objective_id[4:]}-{year}-{index}", objective_id=objective_id,
                    year=year, title=title, owner=owner, partners=list(partners),
                    start=dt.date(year, 1 + (index - 1) * 3, 1),
                    end=dt.date(year, 12, 31) if status is not ActionStatus.POSTPONED else None,
                    status=status, capacity_hours=float(hours), comment=comment))
    measurements = [
        Measurement(id=f"mes-{indicator[4:]}-{year}", objective_id=objective, indicator_id=indicator,
                    year=year, value=float(value), measured_on=dt.date(year + 1, 2, 15),
                    source=evidence.sources.get(indicator, evidence.default_source))
        for (objective, indicator), values in evidence.measures.items()
        for year, value in values.items()]
    plan.followup = FollowUp(actions=actions, measurements=measurements)


def add_evidence_and_followup(plan: Plan, evidence: DemoEvidence) -> Plan:
    """Give a demo plan its data, figures, argument matrix and follow-up (in place)."""
    _datasets(plan, evidence)
    _matrix(plan, evidence)
    _followup(plan, evidence)
    return plan
