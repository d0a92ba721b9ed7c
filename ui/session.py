"""The open plan: one ``Plan`` object, its file, its undo stack and its live alignment report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from zonalplan.commands import Changes
from zonalplan.model import Plan, PlanError
from zonalplan.store import PlanFile
from ui.undo import CommandAdapter


class PlanSession(QObject):
    """Everything views need about the open plan; views edit it only through :meth:`run`."""

    changed = Signal(object)  # zonalplan.commands.Changes
    report_ready = Signal(object)  # zonalplan.alignment.report.Report
    error = Signal(str)  # a French message for the user
    focus_requested = Signal(object)  # zonalplan.alignment.report.Place: editors jump to it

    def __init__(self, plan: Plan, *, reference: Any = None, plan_file: PlanFile | None = None,
                 path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.reference = reference
        self.plan_file = plan_file
        self.path = path or (plan_file.path if plan_file else None)
        self.undo_stack = QUndoStack(self)
        self.report = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self.recheck)
        self.changed.connect(lambda _changes: self._check_timer.start())

    @property
    def read_only(self) -> bool:
        """Return True when the plan cannot be edited (locked by someone else, review mode…)."""
        return bool(self.plan_file and self.plan_file.read_only)

    @property
    def read_only_reason(self) -> str:
        """Return why the plan is read-only (French), or an empty string."""
        return self.plan_file.read_only_reason if self.plan_file else ""

    def run(self, command: Any) -> bool:
        """Run a core command as an undoable step; report a PlanError through ``error``."""
        if self.read_only:
            self.error.emit(self.read_only_reason)
            return False
        try:
            self.undo_stack.push(CommandAdapter(self.plan, command, self._notify))
        except PlanError as exc:
            self.error.emit(str(exc))
            return False
        return True

    def _notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def recheck(self) -> None:
        """Run the alignment check now and publish the report."""
        if self.reference is None:
            return
        from zonalplan.alignment import check

        self.report = check(self.plan, self.reference)
        self.report_ready.emit(self.report)

    def save(self) -> None:
        """Write the plan to its file and mark the undo stack clean."""
        if self.plan_file is None:
            raise PlanError("Ce plan n'a pas encore de fichier : utilisez « Enregistrer sous ».")
        self.plan_file.save(self.plan)
        self.undo_stack.setClean()
