"""User preferences: a small pydantic model kept as a JSON text file in the user data folder.

The file carries a schema version and is written to a temporary file first, then renamed over the
old one, so a crash never leaves half a file. Reading never fails: a damaged file is moved aside and
the defaults are used; a field with a bad value falls back to its default alone; fields written by a
newer release are kept untouched. Window geometry is not stored here (the UI keeps it in
``QSettings``).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from zonalplan.fileio import write_text_atomic
from zonalplan.model import PlanError
from zonalplan.paths import user_data_dir

SCHEMA_VERSION = 1
"""Version of the preferences file written by this release."""

FILE_NAME = "settings.json"
MAX_RECENT = 10
MAX_BYTES = 1024 * 1024


class Preferences(BaseModel):
    """What the user chose once and expects to find again."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1)
    autosave_minutes: int = Field(
        default=2, ge=0, le=60, description="intervalle de sauvegarde de récupération (0 : jamais)")
    author: str = Field(default="", max_length=200, description="nom inscrit dans les versions")
    reopen_last: bool = Field(default=True, description="rouvrir le dernier plan au démarrage")
    guidance_expanded: bool = Field(default=False,
                                    description="déplier les conseils des chapitres")
    export_folder: str | None = Field(default=None, description="dernier dossier d'export")
    export_template_dir: str | None = Field(
        default=None, description="dossier du modèle Word de la zone (plan.docx, report.docx)")
    export_pdf: bool = Field(default=False, description="produire aussi le PDF")
    recent_files: list[str] = Field(default_factory=list)
    last_file: str | None = None
    last_folder: str | None = None
    guided: dict[str, str] = Field(default_factory=dict,
                                   description="plan → chapitre où le mode guidé s'est arrêté")
    last_chapter: dict[str, str] = Field(default_factory=dict,
                                         description="plan → dernier chapitre affiché")

    def author_name(self) -> str:
        """Return the name to write in versions: the one chosen, or the login name."""
        if self.author:
            return self.author
        import getpass

        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return ""

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` first in the recent files (no duplicates, at most ``MAX_RECENT``)."""
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent_files if p != text]
        self.recent_files = items[:MAX_RECENT]
        self.last_file = text
        self.last_folder = str(Path(text).parent)

    def forget_recent(self, path: str | os.PathLike[str]) -> None:
        """Remove ``path`` from the recent files (a file that no longer opens)."""
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]
        if self.last_file == text:
            self.last_file = None


def settings_path() -> Path:
    """Return the preferences file of the current user."""
    return user_data_dir() / FILE_NAME


def _salvage(data: dict[str, Any]) -> Preferences:
    """Validate ``data``, dropping the fields whose values are unusable."""
    for _ in range(len(data) + 1):
        try:
            return Preferences.model_validate(data)
        except ValidationError as exc:
            bad = {err["loc"][0] for err in exc.errors() if err.get("loc")}
            if not bad:
                break
            data = {k: v for k, v in data.items() if k not in bad}
    return Preferences()


def load_preferences(path: Path | None = None) -> Preferences:
    """Read the preferences; return the defaults when the file is missing or unusable."""
    path = path or settings_path()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError("fichier trop volumineux")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("ce n'est pas un objet JSON")
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
    data = prefs.model_dump(mode="json")
    data["schema_version"] = max(SCHEMA_VERSION, prefs.schema_version)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanError(f"Préférences non enregistrées ({exc.strerror or exc}).") from exc
    write_text_atomic(path, text)
