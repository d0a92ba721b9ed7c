"""Review mode policy: the content is read-only, only review notes can be added or changed.

The UI asks :func:`allowed_in_review_mode` before running a command, so widgets hold no rule.
"""

from __future__ import annotations

from typing import Any

from zonalplan.commands import InsertElement, Macro, MoveElement, RemoveElement, SetValue

NOTES_ROOT = "review_notes"

REFUSAL = ("Mode relecture : le contenu du plan est en lecture seule ; seules les notes de "
           "relecture peuvent être ajoutées ou modifiées.")


def _paths(command: Any) -> list[tuple[str, ...]] | None:
    """Return the paths a command touches, or None when it cannot be known."""
    if isinstance(command, SetValue):
        return [tuple(command.path)]
    if isinstance(command, (InsertElement, RemoveElement, MoveElement)):
        return [tuple(command.list_path)]
    if isinstance(command, Macro):
        paths: list[tuple[str, ...]] = []
        for sub in command.commands:
            found = _paths(sub)
            if found is None:
                return None
            paths += found
        return paths
    return None  # ReplacePlan and unknown commands touch the whole plan


def _well_typed(command: Any) -> bool:
    """Return True when what a notes command puts in the plan is a note, a reply or a status."""
    from zonalplan.model import NoteReply, NoteStatus, ReviewNote

    if isinstance(command, Macro):
        return all(_well_typed(sub) for sub in command.commands)
    if isinstance(command, InsertElement):
        path = tuple(command.list_path)
        expected = (ReviewNote if len(path) == 1
                    else NoteReply if path[-1:] == ("replies",) else None)
        return expected is not None and isinstance(command.element, expected)
    if isinstance(command, SetValue):
        path, value = tuple(command.path), command.value
        if len(path) == 1:
            return isinstance(value, list) and all(isinstance(n, ReviewNote) for n in value)
        if path[-1:] == ("status",):
            return isinstance(value, NoteStatus)
        return isinstance(value, str) and path[-1:] in (("text",), ("anchor",), ("role",))
    return True


def allowed_in_review_mode(command: Any) -> bool:
    """Return True only for commands whose every path starts with ``review_notes``.

    The values they carry must be notes, replies or statuses: anything else is refused.
    """
    paths = _paths(command)
    return (bool(paths) and all(p[:1] == (NOTES_ROOT,) for p in paths)
            and _well_typed(command))
