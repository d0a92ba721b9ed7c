"""Follow-up edits as commands: actions, carrying open actions, measurements, dashboard filters."""

from __future__ import annotations

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.followup.editing import (
    DashboardFilter,
    add_action_command,
    add_measurement_command,
    carry_command,
    data_value,
    filter_rows,
    move_action_command,
    next_measurement_year,
    owners,
    plan_years,
    remove_action_command,
)
from zonalplan.followup.status import dashboard
from zonalplan.model import PlanError
from zonalplan.model.followup import ActionStatus


@pytest.fixture
def plan():
    return build_demo_plan()


def _group(plan, objective_id, year):
    return [a.id for a in plan.followup.actions_for(objective_id, year)]


def test_add_action_goes_after_the_group_and_undoes(plan):
    objective = plan.objectives[0]
    before = _group(plan, objective.id, 2027)
    command = add_action_command(plan.followup, objective.id, 2027, "Contrôles de nuit")
    command.do(plan)
    after = _group(plan, objective.id, 2027)
    assert after[:-1] == before
    assert plan.followup.actions_for(objective.id, 2027)[-1].title == "Contrôles de nuit"
    command.undo(plan)
    assert _group(plan, objective.id, 2027) == before


def test_move_action_stays_in_its_group(plan):
    objective = next(o for o in plan.objectives if len(plan.followup.actions_for(o.id, 2026)) > 1)
    first, second = _group(plan, objective.id, 2026)[:2]
    command = move_action_command(plan.followup, second, -1)
    assert command is not None
    command.do(plan)
    assert _group(plan, objective.id, 2026)[:2] == [second, first]
    assert move_action_command(plan.followup, second, -1) is None  # already first
    command.undo(plan)
    assert _group(plan, objective.id, 2026)[:2] == [first, second]


def test_move_unknown_action_is_a_plan_error(plan):
    with pytest.raises(PlanError):
        move_action_command(plan.followup, "nope", 1)


def test_remove_action_and_undo(plan):
    action = plan.followup.actions[0]
    command = remove_action_command(action.id)
    command.do(plan)
    assert action.id not in {a.id for a in plan.followup.actions}
    command.undo(plan)
    assert plan.followup.actions[0].id == action.id


def test_carry_is_one_macro_that_copies_open_actions_once(plan):
    open_2026 = [a for a in plan.followup.actions if a.year == 2026 and a.status in {
        ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.POSTPONED}]
    already = {a.carried_from for a in plan.followup.actions if a.year == 2027}
    expected = [a for a in open_2026 if a.id not in already]
    command = carry_command(plan.followup, 2026)
    if not expected:
        assert command is None
        return
    count = len(plan.followup.actions)
    command.do(plan)
    assert len(plan.followup.actions) == count + len(expected)
    copies = [a for a in plan.followup.actions if a.carried_from in {e.id for e in expected}
              and a.year == 2027]
    assert {c.status for c in copies} == {ActionStatus.PLANNED}
    assert carry_command(plan.followup, 2026) is None  # nothing left to carry
    command.undo(plan)
    assert len(plan.followup.actions) == count


def test_carry_from_a_year_without_open_actions_is_none(plan):
    assert carry_command(plan.followup, 2031) is None


def test_measurement_command_refuses_a_bad_quarter(plan):
    objective = plan.objectives[0]
    indicator = objective.indicators[0]
    with pytest.raises(ValueError):
        add_measurement_command(objective.id, indicator.id, 2027, 3.0, quarter=5)
    command = add_measurement_command(objective.id, indicator.id, 2028, 3.0, quarter=2)
    command.do(plan)
    last = plan.followup.measurements_for(objective.id, indicator.id)[-1]
    assert (last.year, last.quarter, last.value) == (2028, 2, 3.0)
    assert next_measurement_year(plan, objective.id, indicator.id) == 2029


def test_plan_years_follow_the_period(plan):
    assert plan_years(plan) == list(range(plan.period.start_year, plan.period.end_year + 1))


def test_filter_by_domain_owner_kind(plan):
    rows = dashboard(plan.objectives, plan.followup)
    assert filter_rows(rows, DashboardFilter()) == rows
    owner = owners(plan)[0]
    chosen = filter_rows(rows, DashboardFilter(owner=owner))
    assert chosen and all(r.objective.owner == owner for r in chosen)
    kind = plan.objectives[0].kind.value
    assert all(r.objective.kind.value == kind
               for r in filter_rows(rows, DashboardFilter(kind=kind)))
    assert filter_rows(rows, DashboardFilter(domain="nothing")) == []


def test_data_value_needs_a_series_with_that_year(plan):
    indicator = plan.objectives[0].indicators[0].model_copy(update={"series_key": None})
    assert data_value(plan, indicator, 2027) is None
    indicator = indicator.model_copy(update={"series_key": "inconnue:série"})
    assert data_value(plan, indicator, 2027) is None
