"""Where ZonalPlan finds its bundled resources and keeps its user data (no network, ever)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PROJECT_ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "ZonalPlan"


def bundled(*parts: str) -> Path:
    """Return the path of a bundled resource folder or file (``reference_data``, ``templates``…)."""
    return PROJECT_ROOT.joinpath(*parts)


def user_data_dir() -> Path:
    """Return (and create) the folder for settings, recovery files and the demo plan."""
    override = os.environ.get("ZONALPLAN_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Return (and create) the folder for rebuildable caches (compiled reference database)."""
    override = os.environ.get("ZONALPLAN_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME,
                                                                              appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """Return the user's Documents folder (the home folder when there is none)."""
    try:
        path = Path(platformdirs.user_documents_dir())
    except (OSError, ValueError, KeyError):
        path = Path.home()
    return path if path.is_dir() else Path.home()


def is_app_folder(folder: str | os.PathLike[str]) -> bool:
    """Return True for ZonalPlan's own data folder (hidden; never proposed for the user's plans)."""
    try:
        resolved = Path(folder).resolve()
        return resolved == user_data_dir().resolve() or user_data_dir().resolve() in \
            resolved.parents
    except OSError:
        return False
