"""Review mode: the plan's content is read-only, only review notes can be added or changed.

The rule lives in the core (:func:`zonalplan.review.review_mode.allowed_in_review_mode`); here a
:class:`CommandPolicy` says why a command is refused, and :class:`ReviewModeController` installs it
on the session as ``session.command_policy``. ``PlanSession.run`` asks the policy before running a
command (``refusal = policy.refusal(command)``; a refused command is reported through
``session.error`` and never reaches the undo stack).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from zonalplan.review.review_mode import REFUSAL, allowed_in_review_mode

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.commands import Command


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


BANNER_TEXT = "Mode relecture : seules les notes peuvent être ajoutées"


class CommandPolicy:
    """Refuse the commands that review mode does not allow (anything outside the notes)."""

    reason = ("Mode relecture : le contenu est en lecture seule, seules les notes peuvent être "
              "ajoutées.")

    def refusal(self, command: Command) -> str | None:
        """Return the French reason why ``command`` is refused, or None when it may run."""
        return None if allowed_in_review_mode(command) else _tr(REFUSAL)

    def allows(self, command: Command) -> bool:
        """Return True when ``command`` may run."""
        return self.refusal(command) is None


class ReviewModeController(QObject):
    """Turn review mode on and off for one session; emit ``changed(enabled)``."""

    changed = Signal(bool)

    def __init__(self, session: PlanSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.policy = CommandPolicy()
        self._enabled = False

    @property
    def enabled(self) -> bool:
        """Return True while review mode is on."""
        return self._enabled

    def banner_text(self) -> str:
        """Return the sentence of the banner shown while review mode is on."""
        return _tr(BANNER_TEXT)

    def set_enabled(self, enabled: bool) -> None:
        """Turn review mode on (content edits refused) or off; emit ``changed`` when it moves."""
        enabled = bool(enabled)
        if enabled == self._enabled:
            return
        current = self.session.command_policy
        if enabled:
            self.session.command_policy = self.policy
        elif current is self.policy:
            self.session.command_policy = None
        self._enabled = enabled
        self.changed.emit(enabled)

    def toggle(self) -> None:
        """Switch review mode."""
        self.set_enabled(not self._enabled)

    def allows(self, command: Command) -> bool:
        """Return True when ``command`` may run in the current mode."""
        return not self._enabled or self.policy.allows(command)

    def undo_allowed(self) -> bool:
        """Return True when the next undo step may be undone (in review mode: a note edit)."""
        stack = self.session.undo_stack
        return stack.canUndo() and self._step_allowed(stack.command(stack.index() - 1))

    def redo_allowed(self) -> bool:
        """Return True when the next redo step may be redone (in review mode: a note edit)."""
        stack = self.session.undo_stack
        return stack.canRedo() and self._step_allowed(stack.command(stack.index()))

    def _step_allowed(self, step: Any) -> bool:
        command = getattr(step, "command", None)
        return not self._enabled or (command is not None and self.policy.allows(command))
