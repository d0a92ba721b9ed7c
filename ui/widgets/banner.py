"""A coloured band across the top of the editor area (read-only plan, recovered state…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.resources import icon

STYLES = {
    "warning": "QFrame#banner { background: #fff4d6; border: 1px solid #e0b44c; "
               "border-radius: 4px; }",
    "info": "QFrame#banner { background: #e8f1fb; border: 1px solid #9cc0e6; "
            "border-radius: 4px; }",
}


class Banner(QFrame):
    """An icon and a sentence; hidden until :meth:`show_message` is called."""

    def __init__(self, kind: str = "warning", icon_name: str = "lock",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(STYLES[kind])
        self.icon = QLabel(self)
        self.icon.setPixmap(icon(icon_name).pixmap(20, 20))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setObjectName("bannerText")
        self.button = QPushButton(self)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def set_action(self, text: str, callback: Callable[[], None]) -> None:
        """Offer a button (e.g. « Enregistrer une copie… ») next to the message."""
        self.button.setText(text)
        self.button.clicked.connect(callback)
        self.button.show()

    def set_action_visible(self, visible: bool) -> None:
        """Show or hide the action button (when one was set)."""
        self.button.setVisible(visible and bool(self.button.text()))

    def show_message(self, message: str) -> None:
        """Show the banner with ``message`` (an empty message hides it)."""
        self.text.setText(message)
        self.setVisible(bool(message))
