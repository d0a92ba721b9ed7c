"""User preferences: a small validated record kept as a JSON text file in the user data folder.

The file carries a schema version and is written to a temporary file first, then renamed over the
old one, so a crash never leaves half a file. Reading never fails: a damaged file is moved aside and
the defaults are used; a field with a bad value falls back to its default alone; fields written by a
newer release are kept untouched. Window geometry is not stored here (the UI keeps it in
``QSettings``). The record is plain Python (no pydantic): the desktop app reads it before its first
paint, before the plan models are loaded.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zonalplan.fileio import write_text_atomic
from zonalplan.i18n import _
from zonalplan.model.errors import PlanError
from zonalplan.paths import documents_dir, is_app_folder, user_data_dir

SCHEMA_VERSION = 1
"""Version of the preferences file written by this release."""

FILE_NAME = "settings.json"
MAX_RECENT = 10
MAX_BYTES = 1024 * 1024

LANGUAGES: dict[str, str] = {"fr": "Français", "nl": "Nederlands", "de": "Deutsch"}
"""Interface languages, each named in its own language (as the preferences list them)."""
DEFAULT_LANGUAGE = "fr"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Environment variables that name the user's language, strongest first (as gettext reads them)."""


def _int(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(_("doit être un nombre entier"))
        if not low <= value <= high:
            raise ValueError(_("doit être compris entre {low} et {high}").format(
                                 low=low, high=high))
        return value
    return check


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(_("doit être oui ou non"))
    return value


def _text(max_length: int = 4096, optional: bool = False) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ValueError(_("doit être un texte"))
        if len(value) > max_length:
            raise ValueError(_("est trop long"))
        return value
    return check


def _language(value: Any) -> str | None:
    if value is not None and value not in LANGUAGES:
        raise ValueError(_("doit être fr, nl ou de"))
    return value


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(_("doit être une liste de textes"))
    return list(value)


def _text_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in value.items()):
        raise ValueError(_("doit associer des textes à des textes"))
    return dict(value)


@dataclass(frozen=True)
class _Setting:
    check: Callable[[Any], Any]
    default: Callable[[], Any]
    description: str = ""


SETTINGS: dict[str, _Setting] = {
    "schema_version": _Setting(_int(1, 10_000), lambda: SCHEMA_VERSION),
    "autosave_minutes": _Setting(_int(0, 60), lambda: 2,
                                 "intervalle de sauvegarde de récupération (0 : jamais)"),
    "author": _Setting(_text(200), str, "nom inscrit dans les versions"),
    "reopen_last": _Setting(_bool, lambda: True, "rouvrir le dernier plan au démarrage"),
    "guidance_expanded": _Setting(_bool, lambda: False, "déplier les conseils des chapitres"),
    "language": _Setting(_language, lambda: None,
                         "langue de l'interface (fr, nl, de ; vide : celle du système)"),
    "export_folder": _Setting(_text(optional=True), lambda: None, "dernier dossier d'export"),
    "export_template_dir": _Setting(_text(optional=True), lambda: None,
                                    "dossier du modèle Word de la zone (plan.docx, report.docx)"),
    "export_pdf": _Setting(_bool, lambda: False, "produire aussi le PDF"),
    "recent_files": _Setting(_texts, list),
    "last_file": _Setting(_text(optional=True), lambda: None),
    "last_folder": _Setting(_text(optional=True), lambda: None),
    "guided": _Setting(_text_map, dict, "plan → chapitre où le mode guidé s'est arrêté"),
    "last_chapter": _Setting(_text_map, dict, "plan → dernier chapitre affiché"),
}
"""Every known preference: its check (raises ``ValueError`` in French), default and meaning."""


class Preferences:
    """What the user chose once and expects to find again.

    Known fields are checked on creation and on every assignment (a bad value raises
    ``ValueError``); unknown fields (written by a newer release) are kept as they are.
    """

    schema_version: int
    autosave_minutes: int
    author: str
    reopen_last: bool
    guidance_expanded: bool
    language: str | None
    export_folder: str | None
    export_template_dir: str | None
    export_pdf: bool
    recent_files: list[str]
    last_file: str | None
    last_folder: str | None
    guided: dict[str, str]
    last_chapter: dict[str, str]

    def __init__(self, **values: Any):
        for name, setting in SETTINGS.items():
            object.__setattr__(self, name, setting.default())
        for name, value in values.items():
            setattr(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        setting = SETTINGS.get(name)
        if setting is not None:
            try:
                value = setting.check(value)
            except ValueError as exc:
                raise ValueError(_("Préférence « {name} » : {reason}.").format(
                                     name=name, reason=exc)) from None
        object.__setattr__(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        """Return every field (known and unknown) as JSON-ready data."""
        return {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                for k, v in vars(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Preferences:
        """Return preferences from data; a bad known value raises ``ValueError``."""
        return cls(**{str(k): v for k, v in data.items()})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Preferences) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"Preferences({self.as_dict()!r})"

    def author_name(self) -> str:
        """Return the name to write in versions and notes: the one the user gave (never the
        computer's login name, which says nothing to a reader of the plan)."""
        return self.author

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` first in the recent files (no duplicates, at most ``MAX_RECENT``)."""
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent_files if p != text]
        self.recent_files = items[:MAX_RECENT]
        self.last_file = text
        if not is_app_folder(Path(text).parent):  # the demo plan's hidden folder is not theirs
            self.last_folder = str(Path(text).parent)

    def plans_folder(self) -> str:
        """Return the folder to propose for a plan: the last one used, else the Documents."""
        folder = self.last_folder
        if folder and Path(folder).is_dir() and not is_app_folder(folder):
            return folder
        return str(documents_dir())

    def forget_recent(self, path: str | os.PathLike[str]) -> None:
        """Remove ``path`` from the recent files (a file that no longer opens)."""
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]
        if self.last_file == text:
            self.last_file = None


def language_of(tag: str | None) -> str | None:
    """Return the supported language a locale name means (``nl_BE.UTF-8`` → ``nl``), or None."""
    if not tag:
        return None
    code = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].casefold()
    return code if code in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """Return the first supported language named by ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` or
    ``LANG`` (``LANGUAGE`` may list several, ``nl_BE:fr``), or None when none is supported."""
    environ = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        for tag in environ.get(name, "").split(":"):
            language = language_of(tag)
            if language:
                return language
    return None


def interface_language(prefs: Preferences, forced: str | None = None,
                       environ: Mapping[str, str] | None = None,
                       fallback: str | None = None) -> str:
    """Return the interface language: ``forced`` (``--language``), else the preference, else the
    system's (environment, then ``fallback``, e.g. Qt's system locale), else French."""
    return (language_of(forced) or prefs.language or system_language(environ)
            or language_of(fallback) or DEFAULT_LANGUAGE)


def settings_path() -> Path:
    """Return the preferences file of the current user."""
    return user_data_dir() / FILE_NAME


def _salvage(data: dict[str, Any]) -> Preferences:
    """Return preferences from ``data``, each unusable value falling back to its default alone."""
    prefs = Preferences()
    for name, value in data.items():
        with contextlib.suppress(ValueError):
            setattr(prefs, str(name), value)
    return prefs


def load_preferences(path: Path | None = None) -> Preferences:
    """Read the preferences; return the defaults when the file is missing or unusable."""
    path = path or settings_path()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(_("fichier trop volumineux"))
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(_("ce n'est pas un objet JSON"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError, UnicodeDecodeError):
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".illisible"))
        return Preferences()
    return _salvage(data)


def save_preferences(prefs: Preferences, path: Path | None = None) -> None:
    """Write the preferences atomically (temporary file, then rename)."""
    path = path or settings_path()
    data = prefs.as_dict()
    data["schema_version"] = max(SCHEMA_VERSION, prefs.schema_version)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from zonalplan.store.sqlitefile import sqlite_reason

        raise PlanError(_("Préférences non enregistrées ({reason}).").format(
            reason=sqlite_reason(exc))) from exc
    write_text_atomic(path, text)
