"""The French demo carries its data, figures, argument matrix and two years of follow-up."""

from __future__ import annotations

from zonalplan.demo import build_demo_plan
from zonalplan.evidence.figures import all_series
from zonalplan.evidence.matrix import decisions_from_matrix, results
from zonalplan.followup.status import Status, dashboard
from zonalplan.model.matrix import Proposal


def test_demo_figures_come_from_its_data() -> None:
    """The chapters' figures (accidents, burglaries) are those of the imported files."""
    plan = build_demo_plan()
    series = all_series(plan.datasets)
    assert series["accidents:accidents"].zone == {2021: 104, 2022: 112, 2023: 121, 2024: 118}
    assert "104 en 2021" in plan.sections.env_road_safety
    assert series["crime:Cambriolages dans une habitation"].zone[2024] == 212
    assert "212 en 2024" in plan.sections.env_crime
    for figure in plan.figures:
        assert all(key in series for key in figure.series)
        assert figure.chapter in type(plan.sections).model_fields


def test_demo_followup_has_two_years_and_every_status() -> None:
    """Actions and measurements for 2026 and 2027; the dashboard shows each kind of status."""
    plan = build_demo_plan()
    assert {a.year for a in plan.followup.actions} == {2026, 2027}
    assert {m.year for m in plan.followup.measurements} == {2026, 2027}
    objective_ids = {o.id for o in plan.objectives}
    indicator_ids = {(o.id, i.id) for o in plan.objectives for i in o.indicators}
    assert all(a.objective_id in objective_ids for a in plan.followup.actions)
    assert all((m.objective_id, m.indicator_id) in indicator_ids
               for m in plan.followup.measurements)
    statuses = {row.status for row in dashboard(plan.objectives, plan.followup)}
    assert {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK} <= statuses


def test_demo_matrix_agrees_with_its_decisions() -> None:
    """Every confirmed matrix row linked to a PNS theme matches the plan's recorded decision."""
    plan = build_demo_plan()
    assert [r.row.decision for r in results(plan.argument_matrix)][0] is Proposal.PRIORITY
    recorded = {d.ref_id: d.decision for d in plan.decisions}
    derived = {d.ref_id: d.decision for d in decisions_from_matrix(plan.argument_matrix, [])}
    for ref, decision in derived.items():
        if ref in recorded:
            assert recorded[ref] is decision, ref
