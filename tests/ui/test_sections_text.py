"""Text chapters: typing through commands, one undo step per burst, bullets, no echo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt

from ui.binding import merge
from ui.session import PlanSession
from zonalplan.commands import SetValue
from zonalplan.guidance import CHAPTERS_BY_ID
from zonalplan.model import Plan


@pytest.fixture
def chapter(window):
    """The Communication chapter (two texts) of a new empty plan in the main window."""
    window.adopt_new_plan(Plan(), None, guided=False)
    window.plan_view.show_chapter("communication")
    editor = window.plan_view.editor("communication")
    editor.session = window.session
    return editor


def test_a_standalone_chapter_edits_its_session(qtbot):
    from ui.sections.text_chapter import TextChapterEditor

    session = PlanSession(Plan())
    editor = TextChapterEditor(session, CHAPTERS_BY_ID["mvv"])
    qtbot.addWidget(editor)
    editor.show()
    _type(qtbot, editor.editors["values"], "- Integrite")
    assert session.plan.sections.values == "- Integrite"
    assert [editor.editors[f].accessibleName() for f in ("mission", "vision", "values")] == [
        "Mission", "Vision", "Valeurs"]


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_typing_is_one_undo_step_per_burst_and_redo_works(qtbot, chapter):
    session, edit = chapter.session, chapter.editors["communication_internal"]
    _type(qtbot, edit, "Reunion du personnel")
    assert session.plan.sections.communication_internal == "Reunion du personnel"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Modifier « Communication interne »"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.plan.sections.communication_internal == "" and edit.toPlainText() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == "Reunion du personnel"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert session.plan.sections.communication_internal == "Reunion du personnel"


def test_a_pause_or_leaving_the_field_starts_a_new_undo_step(qtbot, chapter, monkeypatch):
    session = chapter.session
    internal, external = (chapter.editors["communication_internal"],
                          chapter.editors["communication_external"])
    _type(qtbot, internal, "Un")
    _type(qtbot, external, "Site web")
    _type(qtbot, internal, " deux")
    assert session.undo_stack.count() == 3
    monkeypatch.setattr(merge, "BURST_PAUSE_S", -1.0)  # every key is after a « pause »
    _type(qtbot, internal, "!!")
    assert session.undo_stack.count() == 5
    session.undo_stack.undo()
    assert session.plan.sections.communication_internal == "Un deux!"


def test_typing_never_resets_the_cursor(qtbot, chapter):
    edit = chapter.editors["communication_external"]
    _type(qtbot, edit, "abc")
    edit.moveCursor(edit.textCursor().MoveOperation.Start)
    qtbot.keyClicks(edit, "X")
    assert edit.toPlainText() == "Xabc" and edit.textCursor().position() == 1


def test_a_change_from_elsewhere_shows_in_the_field(qtbot, chapter):
    chapter.session.run(SetValue(("sections", "communication_external"), "Conférence de presse"))
    assert chapter.editors["communication_external"].toPlainText() == "Conférence de presse"
    assert chapter.counts["communication_external"].text() == "3 mot(s)"


def test_enter_continues_a_list_and_an_empty_item_ends_it(qtbot, chapter):
    edit = chapter.editors["communication_internal"]
    _type(qtbot, edit, "- intranet")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "reunions")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Fin.")
    assert chapter.session.plan.sections.communication_internal == "- intranet\n- reunions\nFin."


def test_tab_makes_a_bullet_then_indents_and_shift_tab_outdents(qtbot, chapter):
    edit = chapter.editors["communication_internal"]
    session = chapter.session
    _type(qtbot, edit, "affiches")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert session.plan.sections.communication_internal == "- affiches"
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert session.plan.sections.communication_internal == "  - affiches"
    qtbot.keyClick(edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert session.plan.sections.communication_internal == "- affiches"
    qtbot.keyClick(edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert session.plan.sections.communication_internal == "affiches"
    assert edit.textCursor().position() == len("affiches")
    session.undo_stack.undo()
    assert session.plan.sections.communication_internal == "- affiches"


def test_bullet_button_toggles_the_selected_lines_as_one_step(qtbot, chapter):
    edit = chapter.editors["communication_external"]
    session = chapter.session
    session.run(SetValue(("sections", "communication_external"), "site web\npresse\n\nFin"))
    steps = session.undo_stack.count()
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("site web\npres"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.mouseClick(chapter.bullets, Qt.MouseButton.LeftButton)
    assert session.plan.sections.communication_external == "- site web\n- presse\n\nFin"
    assert session.undo_stack.count() == steps + 1
    qtbot.mouseClick(chapter.bullets, Qt.MouseButton.LeftButton)
    assert session.plan.sections.communication_external == "site web\npresse\n\nFin"
    qtbot.mouseClick(chapter.indent, Qt.MouseButton.LeftButton)
    assert session.plan.sections.communication_external == "- site web\n- presse\n\nFin"


def test_paste_keeps_text_only_without_control_characters(qtbot, chapter):
    edit = chapter.editors["communication_internal"]
    edit.setFocus()
    data = QMimeData()
    data.setText("Ligne\u000b un\r\nLigne deux\x07")
    edit.insertFromMimeData(data)
    assert chapter.session.plan.sections.communication_internal == "Ligne un\nLigne deux"


def test_read_only_chapter_refuses_typing(qtbot, chapter):
    chapter.set_read_only(True)
    edit = chapter.editors["communication_internal"]
    _type(qtbot, edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert chapter.session.plan.sections.communication_internal == ""
    assert not chapter.bullets.isEnabled()


def test_guidance_and_placeholders_come_from_the_chapter_advice(chapter):
    assert "Présentation au conseil communal" in \
        chapter.editors["communication_external"].placeholderText()
