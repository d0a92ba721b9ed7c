"""The objective selected in the objectives editor, shared with the reference browser.

The session has no notion of a selected objective; this small QObject hangs under it (found by
object name) so the reference browser can link an item to « l'objectif sélectionné » without
knowing the objectives editor.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.binding.protocol import PlanSession

_NAME = "zonalplan-objective-selection"

REF_MIME = "application/x-zonalplan-ref"
"""MIME type of national items dragged from the reference browser onto an objective."""


class ObjectiveSelection(QObject):
    """Hold the id of the objective selected in the objectives editor."""

    changed = Signal(object)  # str | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._objective_id: str | None = None

    @property
    def objective_id(self) -> str | None:
        """Return the selected objective's id, or None."""
        return self._objective_id

    def set_objective_id(self, objective_id: str | None) -> None:
        """Change the selected objective and tell listeners."""
        if objective_id != self._objective_id:
            self._objective_id = objective_id
            self.changed.emit(objective_id)


def selection_for(session: PlanSession) -> ObjectiveSelection:
    """Return the selection object of a session, creating it on first use."""
    assert isinstance(session, QObject), "the selection hangs under the session object"
    found = session.findChild(ObjectiveSelection, _NAME)
    return found if found is not None else ObjectiveSelection(session)
