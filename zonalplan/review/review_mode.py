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


def allowed_in_review_mode(command: Any) -> bool:
    """Return True only for commands whose every path starts with ``review_notes``."""
    paths = _paths(command)
    return bool(paths) and all(p[:1] == (NOTES_ROOT,) for p in paths)
