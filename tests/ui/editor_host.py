"""A tiny test host for the feature editors: a PlanSession on a plan, the widget in a window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ui.session import PlanSession
from zonalplan.demo import build_demo_plan
from zonalplan.model import Plan
from zonalplan.reference import load_reference


@dataclass
class Host:
    """What a test needs: the window, the session, the reference and the widget under test."""

    window: QMainWindow
    session: PlanSession
    reference: Any
    widget: QWidget

    def wait_report(self, qtbot: Any, timeout: int = 5000) -> Any:
        """Wait for the next alignment report and return it."""
        with qtbot.waitSignal(self.session.report_ready, timeout=timeout) as blocker:
            pass
        return blocker.args[0]

    def recheck(self, qtbot: Any) -> Any:
        """Run the alignment check now and return the report (waits on report_ready)."""
        with qtbot.waitSignal(self.session.report_ready, timeout=5000) as blocker:
            self.session.recheck()
        return blocker.args[0]


def host(qtbot: Any, factory: Callable[[PlanSession, Any], QWidget], plan: Plan | None = None,
         *, show: bool = True, size: tuple[int, int] = (1200, 800)) -> Host:
    """Build a session on ``plan`` (the demo plan by default) and host ``factory(session, ref)``."""
    reference = load_reference()
    window = QMainWindow()
    qtbot.addWidget(window)
    session = PlanSession(plan if plan is not None else build_demo_plan(), reference=reference,
                          parent=window)
    widget = factory(session, reference)
    if isinstance(widget, QDockWidget):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
        window.setCentralWidget(QWidget())
    else:
        window.setCentralWidget(widget)
    window.resize(*size)
    if show:
        window.show()
        qtbot.waitExposed(window)
    return Host(window, session, reference, widget)
