"""Review notes panel (add, reply, resolve, undo, jump, merge) and review mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from ui.review import CommandPolicy, NotesPanel, ReviewModeController
from ui.review.anchors import anchor_for, place_for_anchor
from ui.review.identity import Identity, current_identity
from ui.session import PlanSession
from zonalplan.alignment.report import Place
from zonalplan.commands import ReplacePlan, SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.model import NoteReply, NoteStatus, ReviewNote
from zonalplan.review.notes import add_note_command
from zonalplan.store import create_plan_file


def make_session(**kwargs: Any) -> PlanSession:
    """Return a session on the demo plan."""
    return PlanSession(build_demo_plan(), **kwargs)


@pytest.fixture
def host(qtbot):
    """Return (window, session, panel): the notes panel docked in a window."""
    session = make_session()
    window = QMainWindow()
    qtbot.addWidget(window)
    session.setParent(window)
    panel = NotesPanel(session, None, window,
                       identity=lambda: Identity("Marie Dubois", "DirCo"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    window.resize(1000, 700)
    window.show()
    return window, session, panel


def test_add_reply_resolve_and_undo_through_the_panel(qtbot, host):
    _window, session, panel = host
    view = panel.view
    assert panel.note_ids() == [] and "Aucune note" in view.empty.text()
    assert view.author.text() == "Marie Dubois" and view.role.text() == "DirCo"

    panel.set_current_place("mvv")
    assert panel.current_anchor() == "chapter:mvv"
    view.text.setPlainText("La vision ne cite pas le CZS.")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    note = session.plan.review_notes[0]
    assert (note.anchor, note.author, note.role, note.text) == (
        "chapter:mvv", "Marie Dubois", "DirCo", "La vision ne cite pas le CZS.")
    assert panel.note_ids() == [note.id] and panel.selected_note_id() == note.id
    assert view.text.toPlainText() == ""
    assert session.undo_stack.undoText() == "Ajouter une note"
    assert "Chapitre « Mission, vision, valeurs »" in view.list.item(0).text()
    assert "La vision ne cite pas le CZS." in view.thread.toPlainText()

    qtbot.mouseClick(view.reply_button, Qt.MouseButton.LeftButton)
    assert view.compose.title() == "Réponse à la note de Marie Dubois"
    assert view.anchor.isHidden()
    view.text.setPlainText("Ajouté au paragraphe 2.")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert [r.text for r in session.plan.review_notes[0].replies] == ["Ajouté au paragraphe 2."]
    assert view.compose.title() == "Nouvelle note" and not view.anchor.isHidden()
    assert "↳ Marie Dubois (DirCo)" in view.thread.toPlainText()

    assert view.status_button.text() == "Résoudre"
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert session.plan.review_notes[0].status is NoteStatus.RESOLVED
    assert panel.note_ids() == []  # the filter shows open notes
    assert view.count.text() == "0 ouverte(s) sur 1"
    panel.set_filter("resolu")
    assert panel.note_ids() == [note.id] and view.status_button.text() == "Rouvrir"

    session.undo_stack.undo()
    assert session.plan.review_notes[0].status is NoteStatus.OPEN
    assert panel.note_ids() == []
    session.undo_stack.undo()
    assert session.plan.review_notes[0].replies == []
    session.undo_stack.undo()
    assert session.plan.review_notes == [] and panel.note_ids() == []
    session.undo_stack.redo()
    panel.set_filter("tous")
    assert panel.note_ids() == [note.id]


def test_note_on_the_current_objective_and_jump_to_its_place(qtbot, host):
    _window, session, panel = host
    panel.set_current_place("strategy", "obj-p2")
    assert panel.current_anchor() == "objective:obj-p2"
    assert panel.add_note("Indicateur de résultat manquant.")
    panel.set_current_place("versions")  # no anchor for the versions: the choice stays
    assert panel.current_anchor() == "objective:obj-p2"
    assert "Objectif P2 — Lutter contre le trafic" in panel.view.list.item(0).text()
    with qtbot.waitSignal(session.focus_requested) as focus:
        item = panel.view.list.item(0)
        rect = panel.view.list.visualItemRect(item)
        qtbot.mouseClick(panel.view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.list.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert focus.args == [Place("objectives", objective_id="obj-p2")]
    with qtbot.waitSignal(session.focus_requested) as focus:
        qtbot.mouseClick(panel.view.show_button, Qt.MouseButton.LeftButton)
    assert focus.args == [Place("objectives", objective_id="obj-p2")]

    session.run(SetValue(("objectives", "obj-p2", "title"), "Drogue en rue"))
    qtbot.waitUntil(lambda: "Drogue en rue" in panel.view.list.item(0).text())
    assert "Objectif P2 — Drogue en rue" in [panel.view.anchor.itemText(i)
                                             for i in range(panel.view.anchor.count())]


def test_new_notes_follow_the_chapter_and_objective_shown(qtbot, host, reference):
    from ui.sections.plan_view import PlanView

    window, session, panel = host
    from ui.shell.chapters import create_editor

    plan_view = PlanView(session, reference, create_editor=create_editor, parent=window)
    window.setCentralWidget(plan_view)
    panel.follow(plan_view)
    assert panel.current_anchor() == "chapter:zone"
    plan_view.show_chapter("mvv")
    assert panel.current_anchor() == "chapter:mvv"
    plan_view.show_chapter("strategy")
    assert panel.current_anchor() == "objective:obj-p1"  # the objective the editor shows
    plan_view.editor("strategy").select_objective("obj-p3")
    assert panel.current_anchor() == "objective:obj-p3"
    plan_view.show_chapter("env_crime")
    assert panel.current_anchor() == "chapter:env_crime"
    plan_view.show_chapter("versions")  # nothing to anchor to: the last choice stays
    assert panel.current_anchor() == "chapter:env_crime"


def test_an_empty_note_is_refused_inline(qtbot, host, dialogs):
    _window, session, panel = host
    panel.view.text.setPlainText("   ")
    qtbot.mouseClick(panel.view.submit_button, Qt.MouseButton.LeftButton)
    assert session.plan.review_notes == [] and session.undo_stack.count() == 0
    assert "ne peut pas être vide" in panel.view.message.text()
    assert panel.view.message.isVisibleTo(panel)
    assert dialogs.called("error") == []
    assert panel.add_note("Correct maintenant.")
    assert not panel.view.message.isVisibleTo(panel)


def test_read_only_panel_offers_no_edit(host):
    _window, _session, panel = host
    panel.add_note("Première note.")
    panel.set_read_only(True)
    assert not panel.view.compose.isEnabled()
    assert not panel.view.reply_button.isEnabled() and not panel.view.status_button.isEnabled()
    assert panel.view.show_button.isEnabled() and not panel.merge_action.isEnabled()
    assert panel.merge_from_file() is None


def reviewer_copy(session: PlanSession, tmp_path: Path) -> tuple[Path, str]:
    """Write the reviewer's copy: the author's note answered and resolved, one new note."""
    plan = session.plan.model_copy(deep=True)
    known = plan.review_notes[0]
    known.replies = [*known.replies, NoteReply(author="Jean Lemaire", role="Gouverneur",
                                               text="Vu, merci.")]
    known.status = NoteStatus.RESOLVED
    new = ReviewNote(author="Jean Lemaire", role="Gouverneur", anchor="objective:obj-p1",
                     text="Préciser la cible 2031.")
    plan.review_notes = [*plan.review_notes, new]
    plan.sections.mission = "Texte changé par le relecteur (jamais repris)."
    return create_plan_file(tmp_path / "relecteur.zplan", plan), new.id


def test_merge_notes_from_a_reviewer_file(qtbot, tmp_path: Path, dialogs):
    session = make_session()
    chosen: list[tuple] = []
    window = QMainWindow()
    qtbot.addWidget(window)
    session.setParent(window)
    path_holder: dict[str, Path] = {}
    panel = NotesPanel(session, None, window, identity=lambda: Identity("Auteur"),
                       choose_plan_file=lambda *a: chosen.append(a) or path_holder["path"])
    panel.add_note("Relire la mission.", anchor="chapter:mission")
    path, new_id = reviewer_copy(session, tmp_path)
    path_holder["path"] = path
    before = session.plan.model_copy(deep=True)
    with qtbot.waitSignal(panel.merge_finished, timeout=10_000) as merged:
        panel.merge_action.trigger()
    summary = merged.args[0]
    assert chosen and summary.added == [new_id]
    assert summary.replies_added == {before.review_notes[0].id: 1}
    assert "Notes reprises" in dialogs.called("info")[0][2]
    assert [n.id for n in session.plan.review_notes] == [before.review_notes[0].id, new_id]
    assert session.plan.review_notes[0].status is NoteStatus.RESOLVED
    assert session.plan.sections.mission == before.sections.mission
    assert session.plan.model_dump(exclude={"review_notes"}) == \
        before.model_dump(exclude={"review_notes"})
    assert panel.view.filter.currentData() == "tous" and len(panel.note_ids()) == 2
    assert session.undo_stack.undoText() == "Reprendre les notes du relecteur"
    session.undo_stack.undo()
    assert session.plan == before
    assert len(panel.note_ids()) == 1


def test_merge_refuses_another_zone_and_unreadable_files(qtbot, tmp_path: Path, host, dialogs):
    _window, session, panel = host
    other = build_demo_plan()
    other.zone.number = "5300"
    path = create_plan_file(tmp_path / "autre.zplan", other)
    with qtbot.waitSignal(panel.merge_finished, timeout=10_000) as merged:
        panel.merge_from_file(path)
    assert merged.args == [None] and session.undo_stack.count() == 0
    assert "zone 5300" in dialogs.called("error")[0][2]
    bad = tmp_path / "abime.zplan"
    bad.write_bytes(b"pas un plan")
    with qtbot.waitSignal(panel.merge_finished, timeout=10_000) as merged:
        panel.merge_from_file(bad)
    assert merged.args == [None] and len(dialogs.called("error")) == 2


def test_identity_comes_from_the_preferences(user_dirs):
    from zonalplan.settings import Preferences, save_preferences

    save_preferences(Preferences(author="Commissaire Lemaire", review_role="DirCo"))
    assert current_identity() == Identity("Commissaire Lemaire", "DirCo")


def test_anchors_map_to_places_editors_understand():
    assert place_for_anchor("chapter:mission") == Place("sections", field="mission")
    assert place_for_anchor("chapter:mvv") == Place("sections", field="mission")
    assert place_for_anchor("chapter:capacity") == Place("capacity")
    assert place_for_anchor("objective:obj-p1") == Place("objectives", objective_id="obj-p1")
    assert place_for_anchor("n'importe quoi") is None
    assert anchor_for("environment") == "chapter:env"
    assert anchor_for("strategy") == "chapter:objectives"
    assert anchor_for("versions") is None


# -- review mode ----------------------------------------------------------------------------------

def test_plan_session_has_the_command_policy_hook():
    session = PlanSession(build_demo_plan())
    session.command_policy = CommandPolicy()
    assert not session.run(SetValue(("zone", "name"), "ZP Autre"))


def test_review_mode_refuses_content_edits_and_allows_notes(qtbot):
    session = make_session()
    controller = ReviewModeController(session)
    assert session.command_policy is None
    session.run(SetValue(("sections", "vision"), "Vision écrite avant la relecture"))
    with qtbot.waitSignal(controller.changed) as changed:
        controller.set_enabled(True)
    assert changed.args == [True] and controller.enabled
    assert controller.banner_text() == "Mode relecture : seules les notes peuvent être ajoutées"
    assert not controller.undo_allowed()  # the last step is a content edit

    with qtbot.waitSignal(session.error) as error:
        assert not session.run(SetValue(("zone", "name"), "ZP Renommée"))
    assert error.args[0].startswith("Mode relecture : le contenu du plan est en lecture seule")
    assert session.plan.zone.name == build_demo_plan().zone.name
    assert session.undo_stack.count() == 1
    assert not session.run(ReplacePlan(build_demo_plan()), quiet=True)
    assert session.last_error.startswith("Mode relecture")

    assert session.run(add_note_command(session.plan, anchor="chapter:zone", author="DirCo",
                                        text="Nom de zone à vérifier."))
    assert len(session.plan.review_notes) == 1 and controller.undo_allowed()
    with qtbot.assertNotEmitted(controller.changed):
        controller.set_enabled(True)
    with qtbot.waitSignal(controller.changed) as changed:
        controller.toggle()
    assert changed.args == [False] and session.command_policy is None
    assert session.run(SetValue(("zone", "name"), "ZP Renommée"))
