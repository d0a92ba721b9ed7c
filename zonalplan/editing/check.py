"""Tell whether a command would be accepted, without changing the plan."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from zonalplan.commands import Command, Macro, SetValue, resolve
from zonalplan.model import Plan, PlanError, validation_message


def check_command(plan: Plan, command: Command) -> str | None:
    """Return the French error a command would raise, without changing the plan (None: valid).

    ``SetValue`` and ``Macro`` are checked on a shallow copy of the owner of the value (field and
    model validators run); other commands check themselves when they run.
    """
    if isinstance(command, Macro):
        for inner in command.commands:
            message = check_command(plan, inner)
            if message:
                return message
        return None
    if not isinstance(command, SetValue) or not command.path:
        return None
    try:
        owner = resolve(plan, command.path[:-1])
    except PlanError as exc:
        return str(exc)
    if not isinstance(owner, BaseModel):
        return None
    trial = owner.model_copy()
    try:
        setattr(trial, command.path[-1], command.value)
    except ValidationError as exc:
        return validation_message(type(owner), exc)
    except (ValueError, TypeError) as exc:
        return str(exc)
    return None
