"""What a chapter shows while its editor waits for the national reference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.focus import focus_first_field


class PlaceholderEditor(QWidget):
    """A centred message (« Chargement du référentiel national… ») and a detail."""

    def __init__(self, title: str, detail: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeholderEditor")
        self.message = QLabel(title, self)
        self.message.setObjectName("placeholderTitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 14pt; color: #66727d;")
        self.detail = QLabel(detail, self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #66727d;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addStretch(2)

    def show_place(self, _place: object) -> bool:
        """Nothing to show."""
        return False

    def focus_first(self) -> None:
        """Put the keyboard focus in the first field."""
        focus_first_field(self)

    def set_read_only(self, _read_only: bool) -> None:
        """Nothing to edit."""
