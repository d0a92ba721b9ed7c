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


def _still_loads(plan: Plan) -> None:
    assert Plan.model_validate_json(plan.model_dump_json()) == plan


def test_insert_refuses_an_element_the_model_refuses() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    with pytest.raises(PlanError):
        InsertElement(("objectives", "a", "partners"), "x" * 600).do(plan)
    assert plan == before
    with pytest.raises(PlanError):
        SetValue(("objectives", "a", "partners"), ["x" * 600]).do(plan)
    assert plan == before
    InsertElement(("objectives", "a", "partners"), "Parquet").do(plan)
    assert plan.objectives[0].partners == ["Parquet"]
    _still_loads(plan)


def test_insert_refuses_wrong_element_types_and_unknown_lists() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    for command in (InsertElement(("objectives",), Indicator(id="i9", name="faits")),
                    InsertElement(("objectives", "a", "indicators"), "faits"),
                    InsertElement(("objectives", "a", "partners"), 12),
                    InsertElement(("zone", "name"), "x"),
                    InsertElement(("nowhere",), "x"),
                    InsertElement((), "x")):
        with pytest.raises(PlanError):
            command.do(plan)
        assert plan == before


def test_insert_revalidates_a_model_built_without_checks() -> None:
    plan = _plan()
    broken = Objective.model_construct(**{**Objective(id="z", title="Z").__dict__,
                                          "title": "x" * 900})
    with pytest.raises(PlanError):
        InsertElement(("objectives",), broken).do(plan)
    assert [o.id for o in plan.objectives] == ["a", "b"]


def test_missing_elements_raise_plan_error_not_stop_iteration() -> None:
    plan = _plan()
    for command in (MoveElement(("objectives",), "nope", 0),
                    RemoveElement(("objectives",), "nope"),
                    SetValue(("objectives", "nope", "title"), "x"),
                    SetValue(("zone", "unknown_field"), "x"),
                    SetValue(("objectives", "a"), "x"),
                    SetValue((), "x")):
        with pytest.raises(PlanError):
            command.do(plan)
    move = MoveElement(("objectives",), "a", 1)
    move.do(plan)
    RemoveElement(("objectives",), "a").do(plan)
    with pytest.raises(PlanError):
        move.undo(plan)
    insert = InsertElement(("objectives",), Objective(id="c", title="C"))
    insert.do(plan)
    RemoveElement(("objectives",), "c").do(plan)
    with pytest.raises(PlanError):
        insert.undo(plan)


def test_replace_plan_refuses_what_is_not_a_valid_plan() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    with pytest.raises(PlanError):
        ReplacePlan("not a plan").do(plan)  # type: ignore[arg-type]
    broken = Plan.model_construct(**{**plan.__dict__, "zone": Zone.model_construct(
        name="ZP", number="12")})
    with pytest.raises(PlanError):
        ReplacePlan(broken).do(plan)
    assert plan == before


@settings(max_examples=60, deadline=None)
@given(plan=plans(), text=st.text(max_size=700),
       field_name=st.sampled_from(["partners", "tactical_objectives", "title", "code", "owner"]))
def test_every_command_applies_a_valid_change_or_raises_plan_error(plan: Plan, text: str,
                                                                     field_name: str) -> None:
    if not plan.objectives:
        return
    key = plan.objectives[0].id
    before = plan.model_copy(deep=True)
    if field_name in ("partners", "tactical_objectives"):
        command: InsertElement | SetValue = InsertElement(("objectives", key, field_name), text)
    else:
        command = SetValue(("objectives", key, field_name), text)
    try:
        command.do(plan)
    except PlanError:
        assert plan == before
        return
    _still_loads(plan)
    command.undo(plan)
    assert plan == before
