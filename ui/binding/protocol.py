"""What an editor may use of the open plan: the :class:`PlanSession` protocol.

``ui.session.PlanSession`` implements it; tests may pass any object that has these members. Editors
read ``plan`` and change it only through :meth:`PlanSession.run`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from zonalplan.alignment.report import Report
    from zonalplan.commands import Command
    from zonalplan.model import Plan
    from zonalplan.reference.api import Reference
    from zonalplan.store import PlanFile


class CommandPolicy(Protocol):
    """What may refuse commands while it is installed on a session (review mode)."""

    reason: str

    def refusal(self, command: Command) -> str | None:
        """Return the French reason why ``command`` is refused, or None when it may run."""


class PlanSession(Protocol):
    """The open plan as editors see it."""

    plan: Plan
    reference: Reference | None
    plan_file: PlanFile | None
    path: Path | None
    report: Report | None
    last_error: str
    undo_stack: QUndoStack

    @property
    def changed(self) -> SignalInstance:
        """Emitted with the :class:`zonalplan.commands.Changes` of each command."""

    @property
    def error(self) -> SignalInstance:
        """Emitted with a French message the user must see."""

    @property
    def report_ready(self) -> SignalInstance:
        """Emitted with the new alignment report."""

    @property
    def focus_requested(self) -> SignalInstance:
        """Emitted with the place of the plan editors should show."""

    @property
    def state_changed(self) -> SignalInstance:
        """Emitted when the file, modified or read-only state changes."""

    @property
    def saved(self) -> SignalInstance:
        """Emitted when the plan was written to its file."""

    @property
    def modified(self) -> bool:
        """Return True when the plan holds changes that are in no file."""

    @property
    def display_name(self) -> str:
        """Return the file name, or « Nouveau plan » for a plan never saved."""

    @property
    def read_only(self) -> bool:
        """Return True when the plan cannot be edited at all."""

    @property
    def read_only_reason(self) -> str:
        """Return why the plan is read-only (French), or an empty string."""

    @property
    def content_locked(self) -> bool:
        """Return True when the content cannot be edited (read-only file or review mode)."""

    @property
    def lock_reason(self) -> str:
        """Return why the content is locked (French), or an empty string."""

    command_policy: CommandPolicy | None

    def run(self, command: Command, *, quiet: bool = False) -> bool:
        """Run a command as one undo step; False (message in ``last_error``) when refused."""

    def recheck(self) -> None:
        """Run the alignment check now and publish the report."""
