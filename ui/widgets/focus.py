"""Put the keyboard focus in the first field of a widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_first_field(widget: QWidget) -> None:
    """Focus ``widget`` or its first enabled, visible child that takes the focus with Tab."""
    for candidate in [widget, *widget.findChildren(QWidget)]:
        if (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isEnabled()
                and candidate.isVisibleTo(widget)):
            candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
