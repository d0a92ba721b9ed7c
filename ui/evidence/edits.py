"""Run an evidence edit built by the core, showing the French reason when it is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.binding import run_checked
from ui.widgets import dialogs
from zonalplan.model import PlanError

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.commands import Command


def run_edit(parent: QWidget, session: PlanSession, title: str, text: str,
             build: Callable[..., Command] | Command, *args: Any, **kwargs: Any) -> bool:
    """Build the command (``build(plan, *args)``, or a ready command), give it the undo ``text``
    and run it as one undo step; a refusal is shown in a dialog titled ``title``."""
    try:
        command = build(session.plan, *args, **kwargs) if callable(build) else build
    except PlanError as exc:
        dialogs.error(parent, title, str(exc))
        return False
    command.text = text  # type: ignore[misc]
    message = run_checked(session, command)
    if message:
        dialogs.error(parent, title, message)
    return message is None
