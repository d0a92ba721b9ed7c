"""Run a command for a field and get back the French reason it was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.binding.protocol import PlanSession
from zonalplan.commands import Command
from zonalplan.editing import check_command


def run_checked(session: PlanSession, command: Command) -> str | None:
    """Check then run a command; return the French error (None when it ran).

    The error is for the field to show: the session keeps it in ``last_error`` and raises no
    dialog of its own (``quiet``).
    """
    message = check_command(session.plan, command)
    if message:
        return message
    if session.run(command, quiet=True):
        return None
    return (session.last_error or session.read_only_reason
            or QCoreApplication.translate("objectives",
                                          "La modification n'a pas pu être appliquée."))
