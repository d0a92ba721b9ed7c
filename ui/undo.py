"""Adapt core commands (``zonalplan.commands``) to ``QUndoStack``.

The session runs a command's ``do`` itself *before* pushing it (``done=True``): a command the model
refuses raises a French ``PlanError`` and never reaches the stack. (PySide6 does not let an
exception raised in ``redo()`` during ``QUndoStack.push`` reach the caller, so the stack would keep
a command that did nothing.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from zonalplan.commands import Changes, SetValue
from zonalplan.model import Plan

MERGE_ID = 4201


class CommandAdapter(QUndoCommand):
    """One generic undo step around a core command; reports its changes through ``notify``."""

    def __init__(self, plan: Plan, command: Any, notify: Callable[[Changes], None], *,
                 done: bool = False):
        super().__init__(command.text)
        self._plan = plan
        self.command = command
        self._notify = notify
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:  # already applied by the session before the push
            self._skip_redo = False
            return
        self._notify(self.command.do(self._plan))

    def undo(self) -> None:
        self._notify(self.command.undo(self._plan))

    def id(self) -> int:
        return MERGE_ID if isinstance(self.command, SetValue) and self.command.merge_id else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        """Merge consecutive typing in the same field into one undo step."""
        mine, theirs = self.command, getattr(other, "command", None)
        if (isinstance(theirs, SetValue) and isinstance(mine, SetValue) and mine.merge_id
                and mine.merge_id == theirs.merge_id and mine.path == theirs.path):
            mine.value = theirs.value  # keep our old value, take their new one
            return True
        return False
