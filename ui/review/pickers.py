"""File and folder choosers of the review widgets, as functions tests replace (monkeypatch).

The widgets call ``pickers.choose_folder(...)`` (looked up at call time) unless a function was
injected in their constructor, so no test ever opens a blocking ``QFileDialog``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

PLAN_FILTER = "Plans ZonalPlan (*.zplan)"
DOCX_FILTER = "Documents Word (*.docx)"
CSV_FILTER = "Tableaux CSV (*.csv)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """Ask for a folder; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def choose_plan_file(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """Ask for a plan file to read; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, start, _tr(PLAN_FILTER))
    return Path(name) if name else None


def choose_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str,
                     suffix: str) -> Path | None:
    """Ask where to write a file (the dialog confirms overwriting); add ``suffix`` if missing."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, _tr(file_filter))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
