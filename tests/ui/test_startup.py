"""Start-up: the window shows the plan's outline at once, then the plan opens for editing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from ui import tasks
from ui.shell.app import demo_plan_path, parse_args, start
from zonalplan.settings import settings_path

ROOT = Path(__file__).resolve().parents[2]


def _models_loading() -> bool:
    return any(t.fn.__name__ == "_prepare_plan_models" for t in tasks._RUNNING)


def _launch(qtbot, reference, *argv: str):
    window = start(parse_args(list(argv))[0], reference=reference)
    qtbot.addWidget(window)
    return window


def test_window_and_its_menus_need_no_plan_models(tmp_path: Path) -> None:
    """The first paint must not wait for pydantic: the models load on a worker thread."""
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from ui.shell.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents();"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'"
            " or m in ('zonalplan.model.plan', 'zonalplan.store.planfile', 'ui.session')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZONALPLAN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_first_chapter_needs_no_reference_machinery(tmp_path: Path) -> None:
    """The zone chapter, first on screen, does not load reference packs (YAML) before typing."""
    code = ("import sys; import ui.zone.zone_editor, ui.shell.chapters;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'yaml'"
            " or m in ('zonalplan.reference.editions', 'zonalplan.editing.editions')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZONALPLAN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_demo_shows_its_outline_then_opens_for_editing(qtbot, reference, dialogs):
    demo_plan_path()  # written by an earlier start
    window = _launch(qtbot, reference, "--demo")
    assert window.opening and window.session is None
    assert window.central.currentWidget() is window.opening_page
    assert "ZP Entre-Sambre-et-Bois (5999)" in window.opening_page.title.text()
    assert "ZP Entre-Sambre-et-Bois" in window.windowTitle()
    with qtbot.waitSignal(window.opened, timeout=20000) as blocker:
        pass
    assert blocker.args == [True]
    assert not window.opening and window.opening_page is None
    assert window.session.plan.zone.number == "5999"
    assert window.central.currentWidget() is window.plan_view
    assert window.actions["save"].isEnabled()
    assert dialogs.called("error") == []


def test_first_start_prepares_the_demo(qtbot, reference, user_dirs, dialogs):
    window = _launch(qtbot, reference, "--demo")
    assert window.opening_page.title.text() == "Plan de démonstration"
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.session.path == user_dirs / "demo.zplan"
    assert dialogs.called("error") == []


def test_file_outline_lists_communes_and_priorities(qtbot, reference, demo_file):
    window = _launch(qtbot, reference, str(demo_file))
    facts = window.opening_page.facts.text()
    assert "Rivemont" in facts and "Réduire les cambriolages" in facts
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.session.path == demo_file


def test_another_opening_asked_meanwhile_wins(qtbot, reference, demo_file, dialogs):
    window = _launch(qtbot, reference, "--demo")
    assert window.opening
    assert window.open_path(demo_file)  # the user picks a recent plan before the demo is ready
    assert not window.opening and window.session.path == demo_file
    qtbot.waitUntil(lambda: not _models_loading(), timeout=20000)
    assert window.session.path == demo_file
    assert window.central.currentWidget() is window.plan_view


def test_unreadable_file_shows_its_name_then_the_error(qtbot, reference, tmp_path, dialogs):
    bad = tmp_path / "abime.zplan"
    bad.write_bytes(b"pas un plan")
    window = _launch(qtbot, reference, str(bad))
    assert "abime.zplan" in window.opening_page.title.text()
    with qtbot.waitSignal(window.opened, timeout=20000) as blocker:
        pass
    assert blocker.args == [False]
    assert "abime.zplan" in dialogs.called("error")[0][2]
    assert window.session is None and window.central.currentWidget() is window.start_page
    assert bad.read_bytes() == b"pas un plan"


def test_closing_while_the_plan_loads_is_quiet(qtbot, reference, dialogs):
    window = _launch(qtbot, reference, "--demo")
    window.close()
    qtbot.wait(50)
    assert not window.opening and window.session is None
    qtbot.waitUntil(lambda: not _models_loading(), timeout=20000)
    assert window.session is None and dialogs.called("error") == []


def test_the_first_chapter_comes_before_the_side_panels(qtbot, reference, demo_file, dialogs):
    """At start-up the chapter is editable first; the docks and review notes follow."""
    window = _launch(qtbot, reference, str(demo_file))
    with qtbot.waitSignal(window.opened, timeout=20000):
        pass
    editor = window.plan_view.editor(window.plan_view.current_chapter())
    assert editor is not None and not window.session.read_only
    assert window.review.mode is None  # not built yet: the chapter shows first
    qtbot.waitUntil(lambda: window.review.mode is not None, timeout=5000)
    assert window.review.notes_panel is not None
    assert window.docks.alignment.dock.isVisibleTo(window)
    assert window.actions["review_mode"].isEnabled()
    assert str(demo_file) in settings_path().read_text(encoding="utf-8")  # recent files saved
    assert dialogs.called("error") == []


def test_side_panels_are_not_built_for_a_plan_closed_meanwhile(qtbot, reference, demo_file,
                                                               dialogs):
    window = _launch(qtbot, reference, str(demo_file))
    with qtbot.waitSignal(window.opened, timeout=20000):
        pass
    assert window.close_plan()  # before the panels follow
    qtbot.wait(50)
    assert window.session is None and window.review.mode is None
    assert window.central.currentWidget() is window.start_page


def test_a_hostile_row_is_refused_before_anything_is_editable(qtbot, reference, demo_file,
                                                              dialogs):
    """Every row is validated at start-up too: a bad value is explained and nothing opens."""
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE objectives SET kind = 'urgent'")
    conn.commit()
    conn.close()
    before = demo_file.read_bytes()
    window = _launch(qtbot, reference, str(demo_file))
    with qtbot.waitSignal(window.opened, timeout=20000) as blocker:
        pass
    assert blocker.args == [False]
    assert window.session is None and window.plan_view is None
    message = dialogs.called("error")[0][2]
    assert "demo.zplan" in message and "type : n'est pas une valeur permise" in message
    assert demo_file.read_bytes() == before
