"""Strategic objectives editor (list + form, indicators, national links, suggestions)."""

from ui.objectives.editor import ObjectivesEditor

__all__ = ["ObjectivesEditor"]
