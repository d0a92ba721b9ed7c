"""Review features in the main window: review mode, notes dock, version comparison, menu."""

from __future__ import annotations

from zonalplan.commands import SetValue
from zonalplan.review.notes import add_note_command


def test_review_mode_locks_content_but_allows_notes(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    dialogs.answer("ask_text", "Marc Renard")  # the name, asked at the first note
    session = window.session
    assert window.review.notes_panel is not None
    window.actions["review_mode"].trigger()
    assert window.review.review_mode_on and window.actions["review_mode"].isChecked()
    assert session.content_locked and "relecture" in session.lock_reason.lower()
    assert window.plan_view.banner.isVisibleTo(window.plan_view)
    before = session.plan.zone.name
    assert not session.run(SetValue(("zone", "name"), "Autre"), quiet=True)
    assert session.plan.zone.name == before and "relecture" in session.last_error.lower()
    assert window.review.notes_panel.add_note("Préciser la cible de P1.")
    assert session.plan.review_notes[-1].author == window.prefs.author == "Marc Renard"
    assert session.plan.review_notes[-1].text == "Préciser la cible de P1."
    window.actions["review_mode"].trigger()
    assert not session.content_locked
    assert session.run(SetValue(("zone", "name"), "Autre"))


def test_undo_of_a_content_edit_is_refused_in_review_mode(window, demo_file):
    window.open_path(demo_file)
    session = window.session
    session.run(SetValue(("sections", "mission"), "Servir et protéger"))
    assert window.actions["undo"].isEnabled()
    window.actions["review_mode"].trigger()
    assert not window.actions["undo"].isEnabled()  # shown as unavailable, not only refused
    window.actions["undo"].trigger()
    assert session.plan.sections.mission == "Servir et protéger"
    window.actions["review_mode"].trigger()
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert session.plan.sections.mission != "Servir et protéger"


def test_notes_are_undoable_through_the_session(window, demo_file):
    window.open_path(demo_file)
    session = window.session
    count = len(session.plan.review_notes)
    assert session.run(add_note_command(session.plan, author="DirCo", role="DirCo",
                                        anchor="chapter:mission", text="À compléter."))
    assert len(session.plan.review_notes) == count + 1
    session.undo_stack.undo()
    assert len(session.plan.review_notes) == count


def test_compare_with_a_version_from_the_versions_chapter(qtbot, window, demo_file, monkeypatch):
    window.open_path(demo_file)
    session = window.session
    session.plan_file.create_snapshot("Projet soumis au CZS", plan=session.plan)
    session.run(SetValue(("sections", "vision"), "Une police de proximité reconnue."))
    window.plan_view.show_chapter("versions")
    editor = window.plan_view.page("versions").editor
    shown = []
    monkeypatch.setattr("ui.widgets.dialogs.show_window", lambda w: shown.append(w))
    editor.refresh()
    assert editor.compare.isEnabled()
    dialog = editor.compare_selected()
    assert dialog is not None and shown == [dialog]
    assert not dialog.view.diff.is_identical
    assert "Une police de proximité reconnue." in str(dialog.view.diff.to_json())
    dialog.close()
