"""Every modal question the app asks, as small functions that tests replace (monkeypatch).

Callers use ``from ui.widgets import dialogs`` and ``dialogs.ask_save_changes(...)`` so that a test can
patch one function and drive a real flow without a blocking dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SaveAnswer = Literal["save", "discard", "cancel"]
RecoveryAnswer = Literal["restore", "discard", "later"]

PLAN_FILTER = "Plans ZonalPlan (*.zplan)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error(parent: QWidget | None, title: str, message: str) -> None:
    """Show an error message (French) and wait for OK."""
    QMessageBox.critical(parent, title, message)


def info(parent: QWidget | None, title: str, message: str) -> None:
    """Show an information message and wait for OK."""
    QMessageBox.information(parent, title, message)


def confirm(parent: QWidget | None, title: str, message: str, *, ok: str = "") -> bool:
    """Ask a yes/no question; return True when the user confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    yes = box.addButton(ok or _tr("Confirmer"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def _three_way(box: QMessageBox, accept: tuple[str, Any], destroy: tuple[str, Any],
               reject: tuple[str, Any]) -> Any:
    """Add accept / destructive / reject buttons (accept is the default), run, return the answer."""
    yes = box.addButton(accept[0], QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(destroy[0], QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(reject[0], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    clicked = box.clickedButton()
    return accept[1] if clicked is yes else destroy[1] if clicked is no else reject[1]


def ask_save_changes(parent: QWidget | None, name: str) -> SaveAnswer:
    """Ask what to do with unsaved changes: « Enregistrer », « Ne pas enregistrer », « Annuler »."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Modifications non enregistrées"),
                      _tr("Le plan « {} » contient des modifications non enregistrées.")
                      .format(name), parent=parent)
    box.setInformativeText(_tr("Voulez-vous les enregistrer avant de continuer ?"))
    return _three_way(box, (_tr("Enregistrer"), "save"), (_tr("Ne pas enregistrer"), "discard"),
                      (_tr("Annuler"), "cancel"))


def ask_recovery(parent: QWidget | None, title: str, saved: str, source: str) -> RecoveryAnswer:
    """Offer a state recovered after a crash: restore it, discard it, or decide later."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Récupération après un arrêt inattendu"),
                      _tr("ZonalPlan s'est arrêté sans enregistrer « {} ». Une copie de "
                          "récupération du {} a été trouvée.").format(title, saved),
                      parent=parent)
    box.setInformativeText(
        _tr("Fichier d'origine : {}\n\nRestaurer ouvre le plan avec les modifications récupérées "
            "(à enregistrer ensuite). Abandonner supprime la copie de récupération.")
        .format(source or _tr("plan jamais enregistré")))
    return _three_way(box, (_tr("Restaurer"), "restore"), (_tr("Abandonner"), "discard"),
                      (_tr("Plus tard"), "later"))


def open_file_name(parent: QWidget | None, folder: str | None = None) -> Path | None:
    """Ask for a plan file to open."""
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Ouvrir un plan"), folder or "",
                                          _tr(PLAN_FILTER))
    return Path(name) if name else None


def save_file_name(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a plan (the dialog confirms overwriting)."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Enregistrer le plan sous"), suggested,
                                          _tr(PLAN_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == ".zplan" else path.with_name(path.name + ".zplan")


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """Ask for one line of text; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def exec_dialog(dialog: Any) -> bool:
    """Run a modal dialog (wizard, preferences, export…); return True when accepted."""
    return bool(dialog.exec())


def show_window(widget: QWidget) -> None:
    """Show a non-modal window (help) and bring it to the front."""
    widget.show()
    widget.raise_()
    widget.activateWindow()


def choose(parent: QWidget | None, title: str, label: str, options: Sequence[str]) -> int | None:
    """Ask to pick one option in a list; return its index or None."""
    item, ok = QInputDialog.getItem(parent, title, label, list(options), 0, False)
    return list(options).index(item) if ok and item in options else None


def open_any_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Ask for a file to read (a data table, a picture); None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None
