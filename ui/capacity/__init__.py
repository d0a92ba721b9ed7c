"""Capacity editor: available capacity, the 7 basic functionalities, objectives' FTE, totals."""

from ui.capacity.editor import CapacityEditor

__all__ = ["CapacityEditor"]
