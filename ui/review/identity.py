"""Who writes a review note: the name of the preferences (else the login name) and a role."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    """The author and role prefilled in a new note or reply."""

    author: str
    role: str = ""


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some service accounts
        return ""


def current_identity(prefs_path: Path | None = None) -> Identity:
    """Return the author (preferences « author », else the login name) and the reviewer role.

    The role is read from a ``review_role`` field of the preferences when the file has one.
    """
    try:
        from zonalplan.settings import load_preferences
    except ImportError:  # preferences not available: the login name is all we know
        return Identity(_login_name())
    prefs = load_preferences(prefs_path)
    name = getattr(prefs, "author_name", None)
    author = name() if callable(name) else (getattr(prefs, "author", "") or _login_name())
    role = getattr(prefs, "review_role", "")
    return Identity(str(author or ""), role if isinstance(role, str) else "")
