"""National priorities editor: the zone's decision on every PNS theme with local objectives."""

from ui.decisions.editor import DecisionsEditor

__all__ = ["DecisionsEditor"]
