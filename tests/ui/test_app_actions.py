"""Actions declared as data: shortcuts, handlers, enabled state, keyboard navigation, help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from ui.review.feature import ReviewFeature
from ui.shell.actions import PREDICATES, all_actions, shortcut_table
from ui.shell.main_window import MainWindow
from zonalplan.commands import SetValue
from zonalplan.guidance import top_level

STANDARD = {"new": "Ctrl+N", "open": "Ctrl+O", "save": "Ctrl+S", "save_as": "Ctrl+Shift+S",
            "export": "Ctrl+E", "find_reference": "Ctrl+F", "help": "F1", "close_plan": "Ctrl+W",
            "quit": "Ctrl+Q", "undo": "Ctrl+Z"}


def test_every_action_has_a_handler_a_predicate_and_unique_shortcuts():
    seen: dict[str, str] = {}
    for spec in all_actions():
        owner, _, name = spec.handler.rpartition(".")
        cls = {"": MainWindow, "review": ReviewFeature}[owner]
        assert callable(getattr(cls, name)), spec.id
        assert spec.enabled_when in PREDICATES, spec.id
        for key in spec.shortcuts:
            normal = QKeySequence(key).toString()
            assert normal not in seen, (spec.id, seen.get(normal))
            seen[normal] = spec.id
    ids = {s.id: s for s in all_actions()}
    for action_id, key in STANDARD.items():
        assert key in ids[action_id].shortcuts, action_id
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(ids["redo"].shortcuts)
    chapters = [s for s in all_actions() if s.handler == "show_chapter" and s.shortcuts]
    assert [s.shortcuts[0] for s in chapters] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert ("Aide", "F1") in shortcut_table()


def test_actions_follow_the_state_of_the_plan(window, demo_file):
    actions = window.actions
    assert actions["new"].isEnabled() and not actions["save"].isEnabled()
    assert not actions["undo"].isEnabled() and not actions["export"].isEnabled()
    window.open_path(demo_file)
    assert actions["save"].isEnabled() and actions["export"].isEnabled()
    assert not actions["undo"].isEnabled()
    window.session.run(SetValue(("sections", "mission"), "Servir"))
    assert actions["undo"].isEnabled() and actions["undo"].text().startswith("&Annuler Modifier")
    actions["undo"].trigger()
    assert actions["redo"].isEnabled() and window.session.plan.sections.mission != "Servir"
    actions["redo"].trigger()
    assert window.session.plan.sections.mission == "Servir"


def test_every_menu_action_is_in_a_menu(window):
    in_menus = {a for menu in window.menus.values() for a in menu.actions()}
    assert all(window.actions[s.id] in in_menus for s in all_actions())


def test_ctrl_digits_show_chapters_and_focus_their_editor(qtbot, window, demo_file):
    window.open_path(demo_file)
    for number, chapter in enumerate(top_level()[:9], start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.plan_view.current_chapter() == chapter.id
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is window.plan_view.editor("mvv").editors["mission"]
    qtbot.keyClick(focus, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.plan_view.current_chapter() == "expectations"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.plan_view.navigator


def test_undo_keys_in_any_field_undo_the_plan(qtbot, window, demo_file):
    window.open_path(demo_file)
    zone = window.plan_view.editor("zone")
    zone.name.setFocus()
    zone.name.selectAll()
    qtbot.keyClicks(zone.name, "ZP Test")
    assert window.session.plan.zone.name == "ZP Test"
    qtbot.keyClick(zone.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.plan.zone.name == "ZP Entre-Sambre-et-Bois"
    assert zone.name.text() == "ZP Entre-Sambre-et-Bois"
    qtbot.keyClick(zone.name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.plan.zone.name == "ZP Test"


def test_f1_opens_help_on_the_current_chapter(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    window.plan_view.show_chapter("env_survey")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (args,) = dialogs.called("show_window")
    text = args[0].browser.toPlainText()
    assert "Enquête de population" in text.split("Raccourcis clavier")[0]
    assert "Moniteur de sécurité" in text and "Ctrl+S" in text


def test_ctrl_f_focuses_the_reference_search(qtbot, window, demo_file):
    window.open_path(demo_file)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None and window.reference_dock.isAncestorOf(focus)
    assert window.reference_dock.isVisible()


def test_ctrl_e_opens_the_export_dialog(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (args,) = dialogs.called("exec_dialog")
    assert type(args[0]).__name__ == "ExportDialog"
    args[0].deleteLater()


def test_about_and_dock_toggles(window, demo_file, dialogs):
    window.open_path(demo_file)
    window.actions["about"].trigger()
    assert "ZonalPlan" in dialogs.called("info")[0][2]
    assert window.alignment_dock.isVisible()
    window.actions["toggle_alignment"].trigger()
    assert not window.alignment_dock.isVisible()
    window.actions["toggle_alignment"].trigger()
    assert window.alignment_dock.isVisible()


def test_undo_keys_in_a_plain_field_undo_the_plan(qtbot, window, demo_file):
    """A field with its own undo history (a plain line edit) leaves Ctrl+Z to the plan."""
    from PySide6.QtWidgets import QLineEdit

    window.open_path(demo_file)
    window.activateWindow()
    window.session.run(SetValue(("zone", "name"), "ZP Test"))
    field = QLineEdit("brouillon", window.plan_view)
    field.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    qtbot.keyClicks(field, " modif")  # the field's own undo history is not empty
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.plan.zone.name == "ZP Entre-Sambre-et-Bois"
    assert field.text() == "brouillon modif"
    other = QLineEdit("ailleurs")  # a field of another window keeps its own undo
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other, timeout=2000)
    qtbot.keyClicks(other, " modif")
    qtbot.keyClick(other, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert other.text() == "ailleurs"
    assert window.session.plan.zone.name == "ZP Entre-Sambre-et-Bois"
