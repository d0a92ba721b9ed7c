"""Qt fixtures for the UI tests: isolated user folders, scripted dialogs, windows, plan files.

Every modal question of the app goes through ``ui.widgets.dialogs``; the autouse ``dialogs`` fixture
replaces those functions so no test ever blocks. A test scripts answers with ``dialogs.answer(name,
value)`` and reads what was asked in ``dialogs.calls``.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.store import create_plan_file
from zonalplan.store.lock import lock_path

DEFAULTS: dict[str, Any] = {
    "error": None, "info": None, "confirm": True, "ask_save_changes": "discard",
    "ask_recovery": "later", "open_file_name": None, "save_file_name": None, "ask_text": None,
    "exec_dialog": False, "show_window": None, "choose": None, "open_any_file": None,
}


class ScriptedDialogs:
    """Stand-in for ``ui.widgets.dialogs``: records each call, returns scripted or default answers."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._answers: dict[str, deque[Any]] = defaultdict(deque)

    def answer(self, name: str, *values: Any) -> None:
        """Queue answers for the next calls of ``name`` (a callable answer is called with the
        call's arguments)."""
        self._answers[name].extend(values)

    def called(self, name: str) -> list[tuple[Any, ...]]:
        """Return the arguments of every call of ``name``."""
        return [args for n, args in self.calls if n == name]

    def make(self, name: str):
        def fake(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            queue = self._answers[name]
            value = queue.popleft() if queue else DEFAULTS[name]
            return value(*args, **kwargs) if callable(value) else value
        return fake


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give each test its own user data folder (settings, recovery files, demo plan)."""
    data = tmp_path / "user-data"
    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    """Replace every modal dialog of ``ui.widgets.dialogs`` by a scripted answer."""
    from ui.widgets import dialogs as module

    scripted = ScriptedDialogs()
    for name in DEFAULTS:
        monkeypatch.setattr(module, name, scripted.make(name))
    return scripted


@pytest.fixture(scope="session", autouse=True)
def _cycles_collected_on_the_ui_thread(qapp):
    """As in the app: Python's cycle collector runs on the UI thread only (ui.tasks)."""
    import gc

    from ui.tasks import collect_on_ui_thread

    collect_on_ui_thread(qapp)
    yield
    gc.enable()


@pytest.fixture(scope="session")
def reference():
    """Return the national reference (built once per test session)."""
    from zonalplan.reference import load_reference

    return load_reference()


@pytest.fixture
def make_window(qtbot, reference):
    """Return a factory of main windows sharing the test's user folder; closed at the end."""
    from ui import tasks
    from ui.shell.main_window import MainWindow

    windows = []

    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("reference", reference)
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible() or window.session is not None:
            window.close()
    tasks.wait_all()


@pytest.fixture
def window(make_window):
    """Return a shown main window with no plan open."""
    return make_window()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """Write the demo plan to a fresh file and return its path."""
    folder = tmp_path / "plans"
    folder.mkdir()
    return create_plan_file(folder / "demo.zplan", build_demo_plan())


def lock_by_someone_else(path: Path, user: str = "marie.dubois") -> None:
    """Write a lock file as if another user on another machine had the plan open."""
    info = {"user": user, "host": "poste-" + socket.gethostname() + "-autre", "pid": 4242,
            "since": dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC).isoformat()}
    lock_path(path).write_text(json.dumps(info), encoding="utf-8")
