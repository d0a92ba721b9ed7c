"""One lookup for bundled resources: icons, translations, guidance files.

Code asks for an icon by name (``icon("save")``); the name → file table below is the only place that
knows file names, and a test checks that every name used in ``ui/`` is in the table and that every
file exists.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from zonalplan.paths import bundled

RESOURCES_DIR = bundled("resources")
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
GUIDANCE_DIR = RESOURCES_DIR / "guidance"

ICONS: dict[str, str] = {
    "app": "app.svg",
    "new": "new.svg",
    "open": "open.svg",
    "save": "save.svg",
    "undo": "undo.svg",
    "redo": "redo.svg",
    "export": "export.svg",
    "help": "help.svg",
    "bullets": "bullets.svg",
    "indent": "indent.svg",
    "outdent": "outdent.svg",
    "add": "add.svg",
    "remove": "remove.svg",
    "up": "up.svg",
    "down": "down.svg",
    "version": "version.svg",
    "restore": "restore.svg",
    "lock": "lock.svg",
    "guided": "guided.svg",
    "search": "search.svg",
    "alignment": "alignment.svg",
    "close": "close.svg",
    "previous": "previous.svg",
    "next": "next.svg",
    "calendar": "calendar.svg",
    "demo": "demo.svg",
    "status-empty": "status-empty.svg",
    "status-partial": "status-partial.svg",
    "status-complete": "status-complete.svg",
    "status-error": "status-error.svg",
    "status-warning": "status-warning.svg",
}


def icon_path(name: str) -> Path:
    """Return the file of a named icon (KeyError for an unknown name)."""
    return ICONS_DIR / ICONS[name]


@cache
def icon(name: str) -> QIcon:
    """Return a named icon."""
    return QIcon(str(icon_path(name)))


def translation_file(language: str) -> Path:
    """Return the compiled translation (``.qm``) of the app for a language."""
    return TRANSLATIONS_DIR / f"zonalplan_{language}.qm"


def referenced_files() -> list[Path]:
    """Return every bundled file this module points to (for the resources test)."""
    return [icon_path(name) for name in ICONS]
