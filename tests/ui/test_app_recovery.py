"""Autosave to recovery files and crash recovery at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from ui import tasks
from ui.shell.app import parse_args, start
from zonalplan.commands import SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.model import Plan, Zone
from zonalplan.recovery import RecoveryStore, recovery_key
from zonalplan.store import read_plan

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    out = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                         capture_output=True, text=True, check=True)
    return int(out.stdout)


def _crashed_copy(plan_path: Path | None, vision: str) -> Plan:
    """Leave a recovery file as a crashed process would."""
    plan = read_plan(plan_path) if plan_path else Plan(zone=Zone(name="ZP Jamais enregistrée"))
    plan.sections.vision = vision
    RecoveryStore().write(recovery_key(plan_path), plan, source=plan_path, pid=_dead_pid())
    return plan


def test_autosave_writes_a_recovery_copy_and_saving_removes_it(qtbot, window, demo_file):
    window.open_path(demo_file)
    autosaver = window.autosaver
    assert autosaver.active  # every 2 minutes by default
    assert not autosaver.write_now()  # nothing to save yet
    window.session.run(SetValue(("sections", "vision"), "Vision en cours"))
    with qtbot.waitSignal(autosaver.written, timeout=5000):
        assert autosaver.write_now(background=True)
    (entry,) = RecoveryStore().entries()
    assert entry.source == demo_file.resolve() and not entry.orphan
    assert RecoveryStore().load(entry).sections.vision == "Vision en cours"
    assert read_plan(demo_file).sections.vision != "Vision en cours"  # the user's file is intact
    assert "copie de récupération" in window.status.save_label.text()
    window.save()
    assert RecoveryStore().entries() == []


def test_closing_without_saving_removes_the_recovery_copy(window, demo_file, dialogs):
    window.open_path(demo_file)
    window.session.run(SetValue(("sections", "vision"), "Brouillon"))
    window.autosaver.write_now()
    dialogs.answer("ask_save_changes", "discard")
    window.close_plan()
    assert RecoveryStore().entries() == []


def test_autosave_interval_follows_the_preferences(window, demo_file, dialogs):
    window.open_path(demo_file)

    def accept(dialog):
        dialog.autosave.setValue(0)
        return True

    dialogs.answer("exec_dialog", accept)
    window.show_preferences()
    assert window.prefs.autosave_minutes == 0 and not window.autosaver.active
    assert window.prefs_path is None and '"autosave_minutes": 0' in (
        Path(os.environ["ZONALPLAN_DATA_DIR"]) / "settings.json").read_text(encoding="utf-8")


def test_recovery_accepted_restores_the_state_as_an_undoable_step(window, demo_file, dialogs):
    _crashed_copy(demo_file, "Vision récupérée")
    dialogs.answer("ask_recovery", "restore")
    assert window.offer_recovery()
    (args,) = dialogs.called("ask_recovery")
    assert args[1] == build_demo_plan().title and args[3] == str(demo_file.resolve())
    session = window.session
    assert session.path.resolve() == demo_file.resolve()
    assert session.plan.sections.vision == "Vision récupérée"
    assert session.modified and window.isWindowModified()
    assert read_plan(demo_file).sections.vision != "Vision récupérée"
    (entry,) = RecoveryStore().entries()
    assert not entry.orphan  # claimed by this window
    session.undo_stack.undo()
    assert session.plan.sections.vision == read_plan(demo_file).sections.vision


def test_recovery_discarded_opens_the_file_content(window, demo_file, dialogs):
    _crashed_copy(demo_file, "Vision perdue")
    dialogs.answer("ask_recovery", "discard")
    assert not window.offer_recovery()
    assert RecoveryStore().entries() == []
    window.open_path(demo_file)
    assert window.session.plan.sections.vision == build_demo_plan().sections.vision


def test_recovery_later_keeps_the_copy_for_the_next_start(window, demo_file, dialogs):
    _crashed_copy(demo_file, "Pour plus tard")
    dialogs.answer("ask_recovery", "later")
    assert not window.offer_recovery()
    assert len(RecoveryStore().orphans()) == 1


def test_a_plan_never_saved_is_recovered_as_a_new_plan(window, dialogs, tmp_path):
    _crashed_copy(None, "Vision d'un plan neuf")
    dialogs.answer("ask_recovery", "restore")
    assert window.offer_recovery()
    assert window.session.path is None and window.session.modified
    assert window.session.plan.zone.name == "ZP Jamais enregistrée"
    dialogs.answer("save_file_name", tmp_path / "sauve.zplan")
    assert window.save()
    assert RecoveryStore().entries() == []


def test_start_offers_recovery_before_opening_the_command_line_file(qtbot, reference, demo_file,
                                                                     dialogs):
    _crashed_copy(demo_file, "Vision récupérée")
    dialogs.answer("ask_recovery", "restore")
    window = start(parse_args([str(demo_file)])[0], reference=reference)
    qtbot.addWidget(window)
    assert window.session.plan.sections.vision == "Vision récupérée"
    window.close()


def test_killed_process_leaves_a_copy_the_next_start_restores(qtbot, window, demo_file,
                                                               dialogs):
    """A real kill -9 after an autosave: the lock is stale and the copy is offered."""
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.shell.main_window import MainWindow
        from zonalplan.commands import SetValue
        window = MainWindow()
        window.open_path({str(demo_file)!r})
        window.session.run(SetValue(("sections", "values"), "Valeurs tapées avant le crash"))
        assert window.autosaver.write_now()
        print("ready", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "ready" in proc.stdout
    assert demo_file.with_name("demo.zplan.lock").exists()  # left behind by the killed process
    dialogs.answer("ask_recovery", "restore")
    assert window.offer_recovery()
    assert window.session.plan.sections.values == "Valeurs tapées avant le crash"
    assert not window.session.read_only  # the stale lock was taken over


def test_a_copy_finished_after_closing_is_removed(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    window.session.run(SetValue(("sections", "vision"), "Brouillon"))
    autosaver = window.autosaver
    assert autosaver.write_now(background=True)  # still being written…
    window.close_plan()  # …when the plan closes without saving
    assert tasks.wait_all()
    assert RecoveryStore().entries() == []
