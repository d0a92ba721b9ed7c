"""Choosing the edition a plan cites: rows, what changes for the plan, one undoable command."""

from __future__ import annotations

import pytest

from zonalplan.commands import SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.editing import add_link_command
from zonalplan.editing.editions import (
    changes_on_choosing,
    choose_edition_command,
    edition_rows,
    plan_edition_record,
)
from zonalplan.model import PlanError
from zonalplan.reference import load_reference
from zonalplan.reference.editions import plan_editions, reference_for_plan


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def test_rows_say_which_edition_the_plan_cites_and_which_is_previous(ref) -> None:
    plan = build_demo_plan()
    rows = {r.edition.id: r for r in edition_rows(plan, ref)}
    assert {"pns-2026-2029", "ncsi-2022-2024", "ncsi-2026-2029"} <= set(rows)
    assert rows["ncsi-2026-2029"].chosen and rows["ncsi-2026-2029"].newest
    assert not rows["ncsi-2022-2024"].chosen and rows["ncsi-2022-2024"].superseded
    assert rows["ncsi-2022-2024"].status == "édition précédente"
    assert rows["ncsi-2026-2029"].status == "édition du plan"
    assert rows["ncsi-2026-2029"].origin == "paquet intégré"
    assert [r.edition.source for r in edition_rows(plan, ref)][0] == "pns"
    assert plan_edition_record(plan, ref) == "PNS 2026-2029 / NCSI 2026-2029"


def _linked_plan():
    """Return the demo plan with its first objective linked to the NCSI dimension 6.5."""
    plan = build_demo_plan()
    add_link_command(plan, plan.objectives[0].id, "ncsi.d5").do(plan)
    return plan


def test_choosing_the_previous_edition_lists_renamed_linked_items_and_undoes(ref) -> None:
    plan = _linked_plan()
    changes = changes_on_choosing(plan, ref, "ncsi-2022-2024")
    assert len(changes) == 1 and "(ncsi.d5), lié au plan, est renommé" in changes[0]
    assert "valeurs démocratiques" in changes[0] and "normes et valeurs" in changes[0]
    assert changes_on_choosing(plan, ref, "ncsi-2026-2029") == []  # already cited
    command = choose_edition_command(plan, ref, "ncsi-2022-2024")
    assert isinstance(command, SetValue) and "NCSI 2022-2024" in command.text
    before = plan.metadata.reference_edition
    assert "metadata" in command.do(plan).chapters
    assert plan.metadata.reference_edition == "PNS 2026-2029 / NCSI 2022-2024"
    assert plan_editions(plan, ref)["ncsi"].id == "ncsi-2022-2024"
    assert reference_for_plan(plan, ref).item("ncsi.d5").title == ref.item("ncsi.d5").title
    # moving back to the newer edition lists the same items, renamed the other way
    back = changes_on_choosing(plan, ref, "ncsi-2026-2029")
    assert len(back) == len(changes)
    command.undo(plan)
    assert plan.metadata.reference_edition == before
    assert choose_edition_command(plan, ref, "ncsi-2026-2029") is None


def test_an_unknown_or_unchoosable_edition_is_refused_in_french(ref) -> None:
    plan = build_demo_plan()
    for bad in ("ncsi-2099", "ssn-2021", "", "../x"):
        with pytest.raises(PlanError, match="Édition inconnue"):
            choose_edition_command(plan, ref, bad)
        with pytest.raises(PlanError, match="Édition inconnue"):
            changes_on_choosing(plan, ref, bad)


def test_the_plan_view_of_the_reference_is_accepted_too(ref) -> None:
    plan = build_demo_plan()
    view = reference_for_plan(plan, ref)
    assert view is not ref
    assert [r.edition.id for r in edition_rows(plan, view)] == \
        [r.edition.id for r in edition_rows(plan, ref)]
    assert choose_edition_command(plan, view, "ncsi-2022-2024") is not None
