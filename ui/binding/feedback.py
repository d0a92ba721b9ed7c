"""The one way a field shows that the plan refused what was typed in it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"
BASE_TOOLTIP = "baseToolTip"
"""Widget property holding the tooltip a field shows while it is valid."""


def show_field_error(widget: QWidget, message: str | None) -> None:
    """Mark ``widget`` as holding a refused value (red frame, the French reason as tooltip).

    ``None`` or an empty message clears the mark and puts the field's own tooltip back. The
    property ``invalid`` tells tests and style sheets which state the field is in.
    """
    invalid = bool(message)
    if invalid:
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(message or "")
    elif widget.property("invalid") or widget.styleSheet() == INVALID_STYLE:
        widget.setStyleSheet("")
        widget.setToolTip(widget.property(BASE_TOOLTIP) or "")
    widget.setProperty("invalid", invalid)


def set_base_tooltip(widget: QWidget, text: str) -> None:
    """Give a field the tooltip it shows while its value is valid."""
    widget.setProperty(BASE_TOOLTIP, text)
    if not widget.property("invalid"):
        widget.setToolTip(text)
