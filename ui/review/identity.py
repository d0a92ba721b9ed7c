"""Who writes a review note: the name of the preferences and a role."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    """The author and role prefilled in a new note or reply."""

    author: str
    role: str = ""


def current_identity(prefs_path: Path | None = None) -> Identity:
    """Return the author (preferences « author », asked at first start) and the reviewer role.

    The role is read from a ``review_role`` field of the preferences when the file has one.
    """
    from zonalplan.settings import load_preferences

    prefs = load_preferences(prefs_path)
    role = getattr(prefs, "review_role", "")  # an extra field some preference files carry
    return Identity(prefs.author_name(), role if isinstance(role, str) else "")
