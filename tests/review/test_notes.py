"""Review notes: undoable commands, merging a reviewer's notes, review-mode policy."""

from __future__ import annotations

import datetime as dt

import pytest

from zonalplan.commands import (
    InsertElement,
    Macro,
    MoveElement,
    RemoveElement,
    ReplacePlan,
    SetValue,
)
from zonalplan.demo import build_demo_plan
from zonalplan.model import NoteReply, NoteStatus, Plan, PlanError, ReviewNote
from zonalplan.review.notes import (
    add_note_command,
    anchor_label,
    merge_notes,
    merge_notes_command,
    reopen_command,
    reply_command,
    resolve_command,
)
from zonalplan.review.review_mode import allowed_in_review_mode

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def _note(note_id: str, anchor: str = "chapter:mission", **kw) -> ReviewNote:
    return ReviewNote(id=note_id, author=kw.pop("author", "Luc Gérardy"), role="DirCo",
                      anchor=anchor, text=kw.pop("text", "Précisez ce point."), date=T0, **kw)


def test_add_reply_resolve_reopen_and_undo() -> None:
    plan = build_demo_plan()
    original = plan.model_copy(deep=True)
    add = add_note_command(plan, anchor="objective:obj-p1", author="Luc", role="DirCo",
                           text="Indicateur de résultat ?", note_id="n1")
    add.do(plan)
    assert plan.review_notes[0].status is NoteStatus.OPEN
    assert anchor_label(plan, "objective:obj-p1").startswith("Objectif P1 — ")
    assert anchor_label(plan, "objectives/objective:obj-p1/owner").startswith("Objectif P1")
    assert anchor_label(plan, "sections/mission") == "Chapitre « Mission »"
    assert anchor_label(plan, "chapter:capacity") == "Chapitre « Capacité »"
    reply = reply_command(plan, "n1", author="Xavier", text="Ajouté.")
    reply.do(plan)
    resolve = resolve_command(plan, "n1")
    resolve.do(plan)
    assert plan.review_notes[0].status is NoteStatus.RESOLVED
    assert [r.text for r in plan.review_notes[0].replies] == ["Ajouté."]
    reopen = reopen_command(plan, "n1")
    reopen.do(plan)
    assert plan.review_notes[0].status is NoteStatus.OPEN
    for command in (reopen, resolve, reply, add):
        command.undo(plan)
    assert plan == original


def test_note_commands_validate_their_input() -> None:
    plan = build_demo_plan()
    with pytest.raises(PlanError, match="n'existe pas"):
        add_note_command(plan, anchor="objective:nope", author="Luc", text="x")
    with pytest.raises(PlanError, match="non reconnu"):
        add_note_command(plan, anchor="chapitre 3", author="Luc", text="x")
    with pytest.raises(PlanError, match="vide"):
        add_note_command(plan, anchor="chapter:mission", author="Luc", text="   ")
    with pytest.raises(PlanError, match="Aucune note"):
        resolve_command(plan, "absente")


def _author_and_reviewer() -> tuple[Plan, Plan]:
    author = build_demo_plan()
    author.review_notes = [_note("n0", author="Équipe", text="Note interne."),
                           _note("n1"),
                           _note("n4", text="Texte d'origine.")]
    reviewer = build_demo_plan()
    reviewer.sections.mission = "Le relecteur a modifié ce texte (ne doit pas être repris)."
    reviewer.objectives = reviewer.objectives[:3]
    reviewer.capacity.available_fte = 1.0
    reply = NoteReply(author="Luc Gérardy", role="DirCo", text="Merci, c'est corrigé.",
                      date=T0 + dt.timedelta(days=2))
    n1 = _note("n1", replies=[reply], status=NoteStatus.RESOLVED)
    reviewer.review_notes = [n1, _note("n2", anchor="objective:obj-p2", text="Cible ?"),
                             _note("n3", anchor="objective:obj-inconnu", text="Objectif ?"),
                             _note("n4", text="Texte réécrit par le relecteur.")]
    return author, reviewer


def test_merge_notes_keeps_every_other_field() -> None:
    author, reviewer = _author_and_reviewer()
    before = author.model_copy(deep=True)
    merged, summary = merge_notes(author, reviewer)
    assert author == before  # the input is not modified
    for name in Plan.model_fields:
        if name != "review_notes":
            assert getattr(merged, name) == getattr(author, name), name
    notes = {n.id: n for n in merged.review_notes}
    assert [n.id for n in merged.review_notes] == ["n0", "n1", "n4", "n2", "n3"]
    assert notes["n1"].status is NoteStatus.RESOLVED
    assert [r.text for r in notes["n1"].replies] == ["Merci, c'est corrigé."]
    assert notes["n4"].text == "Texte d'origine."
    assert summary.added == ["n2", "n3"]
    assert summary.replies_added == {"n1": 1}
    assert summary.status_changed == [("n1", "ouvert", "resolu")]
    assert summary.orphans == ["n3"] and summary.text_differs == ["n4"]
    assert "2 note(s) ajoutée(s)" in summary.text()
    again, second = merge_notes(merged, reviewer)
    assert not second.changed and again.review_notes == merged.review_notes


def test_merge_notes_refuses_another_zone() -> None:
    author, reviewer = _author_and_reviewer()
    reviewer.zone.number = "5314"
    with pytest.raises(PlanError, match="zone 5314"):
        merge_notes(author, reviewer)
    with pytest.raises(PlanError):
        merge_notes_command(author, reviewer)


def test_merge_notes_command_is_undoable_and_allowed_in_review_mode() -> None:
    author, reviewer = _author_and_reviewer()
    original = author.model_copy(deep=True)
    command, summary = merge_notes_command(author, reviewer)
    assert allowed_in_review_mode(command)
    command.do(author)
    assert len(author.review_notes) == 5 and summary.changed
    command.undo(author)
    assert author == original


def test_review_mode_policy() -> None:
    plan = build_demo_plan()
    assert allowed_in_review_mode(add_note_command(plan, anchor="chapter:vision", author="A",
                                                   text="x"))
    plan.review_notes = [_note("n1")]
    assert allowed_in_review_mode(reply_command(plan, "n1", author="B", text="ok"))
    assert allowed_in_review_mode(resolve_command(plan, "n1"))
    assert allowed_in_review_mode(RemoveElement(("review_notes",), "n1"))
    assert allowed_in_review_mode(Macro([resolve_command(plan, "n1"),
                                         reply_command(plan, "n1", author="B", text="ok")]))
    refused = [
        SetValue(("sections", "mission"), "x"),
        SetValue(("objectives", "obj-p1", "title"), "x"),
        InsertElement(("objectives",), plan.objectives[0]),
        RemoveElement(("objectives",), "obj-p1"),
        MoveElement(("objectives",), "obj-p1", 2),
        ReplacePlan(build_demo_plan()),
        Macro([resolve_command(plan, "n1"), SetValue(("sections", "vision"), "x")]),
        Macro([]),
        SetValue(("review_notes_extra",), "x"),
        object(),
    ]
    assert [allowed_in_review_mode(c) for c in refused] == [False] * len(refused)


def test_merge_notes_refuses_when_the_reviewer_file_has_no_zone_number() -> None:
    author = build_demo_plan()
    reviewer = author.model_copy(deep=True)
    reviewer.zone.number = ""
    with pytest.raises(PlanError, match="sans numéro"):
        merge_notes(author, reviewer)
    author.zone.number = ""
    reviewer.zone.name = "ZP Ailleurs"
    with pytest.raises(PlanError, match="ZP Ailleurs"):
        merge_notes(author, reviewer)
    reviewer.zone.name = author.zone.name
    merge_notes(author, reviewer)  # same zone, both without a number: accepted


@pytest.mark.parametrize("command", [
    InsertElement(("review_notes",), {"id": "x", "author": "R", "anchor": "chapter:mission",
                                      "text": "t"}),
    InsertElement(("review_notes",), "texte"),
    SetValue(("review_notes",), [{"id": "x"}]),
    SetValue(("review_notes", "n1", "status"), "supprimé"),
    SetValue(("review_notes", "n1", "date"), "hier"),
    Macro("x", [SetValue(("review_notes", "n1", "text"), 42)]),
])
def test_wrongly_typed_note_commands_are_refused_at_the_command(command) -> None:
    assert not allowed_in_review_mode(command)


def test_inserting_a_wrong_object_in_a_list_fails_in_french_and_changes_nothing() -> None:
    plan = build_demo_plan()
    before = plan.model_copy(deep=True)
    with pytest.raises(PlanError, match="Notes de relecture n° 1 › auteur : est obligatoire"):
        InsertElement(("review_notes",), {"id": "x"}).do(plan)
    with pytest.raises(PlanError, match="Objectifs stratégiques n° 10 : doit être un ensemble"):
        InsertElement(("objectives",), ReviewNote(author="R", anchor="chapter:mission",
                                                  text="t")).do(plan)
    assert plan == before
