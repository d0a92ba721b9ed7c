"""The three-button questions return the answer of the button clicked."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from ui.widgets.dialogs import _three_way


def _ask(qtbot, role: QMessageBox.ButtonRole) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, "Titre", "Question ?")
    qtbot.addWidget(box)

    def click() -> None:
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, click)
    return _three_way(box, ("Oui", "save"), ("Non", "discard"), ("Annuler", "cancel"))


def test_each_button_gives_its_answer(qtbot) -> None:
    assert _ask(qtbot, QMessageBox.ButtonRole.AcceptRole) == "save"
    assert _ask(qtbot, QMessageBox.ButtonRole.DestructiveRole) == "discard"
    assert _ask(qtbot, QMessageBox.ButtonRole.RejectRole) == "cancel"
