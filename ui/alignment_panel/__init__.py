"""Alignment panel: the live findings of the check, grouped by severity, with coverage figures."""

from ui.alignment_panel.panel import AlignmentPanel

__all__ = ["AlignmentPanel"]
