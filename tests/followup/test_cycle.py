"""The next plan: a new cycle from the previous plan, and the first plan of merging zones."""

from __future__ import annotations

import datetime as dt

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.followup.cycle import new_cycle
from zonalplan.model import Plan, PlanError
from zonalplan.model.plan import Commune, CZSMember, CZSRole, Decision

NOW = dt.datetime(2031, 9, 1, tzinfo=dt.UTC)


def _other_zone() -> Plan:
    """Return a second zone derived from the demo: other number, other communes, one conflict."""
    plan = build_demo_plan()
    plan.zone.name, plan.zone.number = "Haute-Meuse", "5998"
    plan.zone.communes = [Commune(name="Dinval", nis_code="91141", population=12_000),
                          Commune(name="Meusery", nis_code="91142", population=8_500)]
    plan.zone.population = 20_500
    plan.czs_members = [m for m in plan.czs_members if m.role is not CZSRole.MAYOR]
    plan.czs_members.append(CZSMember(name="Claire Dumont", role=CZSRole.MAYOR,
                                      commune="Dinval"))
    first = plan.decisions[0]
    first.decision = Decision.NOT_RETAINED if first.decision is not Decision.NOT_RETAINED \
        else Decision.RETAINED
    return plan


def test_new_cycle_keeps_the_zone_and_offers_objectives_as_candidates() -> None:
    """Zone, communes, CZS and standing texts stay; objectives are not copied as decided."""
    previous = build_demo_plan()
    plan, report = new_cycle([previous], 2032, now=NOW)
    assert (plan.period.start_year, plan.period.end_year) == (2032, 2037)
    assert plan.zone == previous.zone and plan.czs_members == previous.czs_members
    assert plan.sections.mission == previous.sections.mission
    assert plan.sections.env_crime == "" and plan.objectives == []
    for objective in previous.objectives:
        assert objective.title in plan.sections.env_lessons
    assert "ce qui a fonctionné" in plan.sections.env_lessons
    assert any("candidats" in note for note in report.notes)
    Plan.model_validate(plan.model_dump())  # the result is a valid plan


def test_merger_sums_the_zone_and_flags_conflicting_decisions() -> None:
    """Two zones: communes and populations summed, CZS combined, differing decisions left open."""
    a, b = build_demo_plan(), _other_zone()
    plan, report = new_cycle([a, b], 2028, now=NOW)
    assert len(plan.zone.communes) == 5
    assert plan.zone.total_population == a.zone.total_population + 20_500
    assert plan.zone.number == ""
    names = [m.name for m in plan.czs_members]
    assert len(names) == len(set(names))  # the same DirCo or procureur once
    assert "Claire Dumont" in names
    conflict = a.decisions[0].ref_id
    assert conflict in report.decision_conflicts
    assert all(d.ref_id != conflict for d in plan.decisions)
    assert len(plan.decisions) == len(a.decisions) - 1
    assert plan.capacity.available_fte == pytest.approx(
        (a.capacity.available_fte or 0) + (b.capacity.available_fte or 0))


def test_a_commune_in_two_plans_is_refused_clearly() -> None:
    """Overlapping communes cannot be merged: the message names the commune and both zones."""
    a, b = build_demo_plan(), _other_zone()
    b.zone.communes.append(a.zone.communes[0].model_copy())
    with pytest.raises(PlanError, match=f"{a.zone.communes[0].name} figure dans deux plans"):
        new_cycle([a, b], 2028)


def test_the_same_zone_twice_is_refused() -> None:
    """Giving the same zone twice is a mistake, said as such."""
    with pytest.raises(PlanError, match="Deux plans de la même zone"):
        new_cycle([build_demo_plan(), build_demo_plan()], 2032)
