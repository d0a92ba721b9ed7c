"""Core edit commands: do/undo restore the plan exactly, invalid edits change nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import plans
from zonalplan.commands import (
    InsertElement,
    Macro,
    MoveElement,
    RemoveElement,
    ReplacePlan,
    SetValue,
)
from zonalplan.model import Indicator, Objective, Plan, PlanError, Zone


def _plan() -> Plan:
    return Plan(zone=Zone(name="ZP", number="5999"), objectives=[
        Objective(id="a", title="A", indicators=[Indicator(id="i1", name="faits")]),
        Objective(id="b", title="B")])


def test_set_value_do_undo_and_changes() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    cmd = SetValue(("objectives", "a", "indicators", "i1", "target_value"), 12.0)
    changes = cmd.do(plan)
    assert plan.objectives[0].indicators[0].target_value == 12.0
    assert changes.chapters == {"objectives"} and changes.objective_ids == {"a"}
    cmd.undo(plan)
    assert plan == before


def test_invalid_value_raises_french_error_and_changes_nothing() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    with pytest.raises(PlanError, match="(?i)numéro de zone"):
        SetValue(("zone", "number"), "12").do(plan)
    assert plan == before


def test_insert_remove_move_and_macro() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    cmds = [InsertElement(("objectives",), Objective(id="c", title="C"), 0),
            MoveElement(("objectives",), "a", 2), RemoveElement(("objectives",), "b"),
            SetValue(("zone", "name"), "ZP Nouvelle")]
    macro = Macro(cmds)
    changes = macro.do(plan)
    assert [o.id for o in plan.objectives] == ["c", "a"] and changes.structure
    macro.undo(plan)
    assert plan == before


def test_failed_macro_rolls_back() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    with pytest.raises(PlanError):
        Macro([SetValue(("zone", "name"), "X"), RemoveElement(("objectives",), "nope")]).do(plan)
    assert plan == before


def test_duplicate_insert_is_refused() -> None:
    with pytest.raises(PlanError, match="existe déjà"):
        InsertElement(("objectives",), Objective(id="a", title="dup")).do(_plan())


@settings(max_examples=30, deadline=None)
@given(old=plans(), new=plans())
def test_replace_plan_is_undoable(old: Plan, new: Plan) -> None:
    plan = old.model_copy(deep=True)
    cmd = ReplacePlan(new)
    cmd.do(plan)
    assert plan == new
    cmd.undo(plan)
    assert plan == old


@settings(max_examples=30, deadline=None)
@given(plan=plans(), title=st.text(min_size=1, max_size=30))
def test_any_title_edit_round_trips(plan: Plan, title: str) -> None:
    if not plan.objectives:
        return
    before = plan.model_copy(deep=True)
    cmd = SetValue(("objectives", plan.objectives[0].id, "title"), title)
    cmd.do(plan)
    assert plan.objectives[0].title == title
    cmd.undo(plan)
    assert plan == before
