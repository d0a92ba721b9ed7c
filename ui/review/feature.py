"""Assemble the review features into the main window: notes dock, review mode, comparisons.

The main window creates one :class:`ReviewFeature`, calls :meth:`install` / :meth:`teardown` with
each plan, and its « Relecture » menu actions call the handlers below (``review.<handler>``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from ui.widgets import dialogs

if TYPE_CHECKING:  # made with the first plan: the window shows before the models are loaded
    from ui.binding.protocol import PlanSession
    from ui.review.notes_panel import NotesPanel
    from ui.review.review_mode import ReviewModeController
    from zonalplan.reference.api import Reference


class ReviewFeature(QObject):
    """Review notes, review mode, comparison of versions and of many zones for one window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.notes_panel: NotesPanel | None = None
        self.mode: ReviewModeController | None = None
        self.zones_window: Any = None  # ui.review.zones_window.ZonesReviewWindow, made on demand

    # -- plan lifecycle ---------------------------------------------------------------------------

    def install(self, session: PlanSession, plan_view: Any, reference: Reference | None,
                anchor_dock: Any) -> None:
        """Add the notes dock and the review-mode controller for a newly opened plan."""
        from ui.review.notes_panel import NotesPanel
        from ui.review.review_mode import ReviewModeController

        self.notes_panel = NotesPanel(session, reference, self.window,
                                      ask_author=getattr(self.window, "ask_author", None))
        self.notes_panel.setObjectName("notesDock")
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_panel)
        if anchor_dock is not None:
            self.window.tabifyDockWidget(anchor_dock, self.notes_panel)
            anchor_dock.raise_()
        self.notes_panel.set_read_only(session.read_only)
        self.notes_panel.follow(plan_view)
        self.mode = ReviewModeController(session, self)
        self.mode.changed.connect(lambda _on: plan_view.update_read_only())

    def teardown(self) -> None:
        """Remove what :meth:`install` added."""
        if self.mode is not None:
            self.mode.set_enabled(False)
            self.mode.deleteLater()
        self.mode = None
        if self.notes_panel is not None:
            self.window.removeDockWidget(self.notes_panel)
            self.notes_panel.deleteLater()
        self.notes_panel = None

    def set_reference(self, reference: Reference) -> None:
        """Use the national reference once it is loaded."""
        if self.zones_window is not None:
            self.zones_window.set_reference(reference)

    @property
    def review_mode_on(self) -> bool:
        """Return True while review mode is on."""
        return bool(self.mode and self.mode.enabled)

    def undo_allowed(self) -> bool:
        """Return False when review mode forbids undoing the next step (a content edit)."""
        return self.mode is None or not self.mode.enabled or self.mode.undo_allowed()

    def redo_allowed(self) -> bool:
        """Return False when review mode forbids redoing the next step."""
        return self.mode is None or not self.mode.enabled or self.mode.redo_allowed()

    # -- action handlers --------------------------------------------------------------------------

    def toggle_mode(self) -> None:
        """Switch review mode (content read-only, notes allowed)."""
        if self.mode is not None:
            self.mode.toggle()

    def toggle_notes(self) -> None:
        """Show or hide the notes panel."""
        if self.notes_panel is not None:
            self.notes_panel.setVisible(not self.notes_panel.isVisible())
            if self.notes_panel.isVisible():
                self.notes_panel.raise_()

    def merge_notes(self) -> None:
        """Bring back the notes of a reviewer's copy of the plan (content untouched)."""
        if self.notes_panel is not None:
            self.notes_panel.merge_from_file()

    def compare_version(self, session: PlanSession, snapshot_id: int | None,
                        reference: Reference) -> Any:
        """Compare a version kept in the file with the plan as shown."""
        if session is None or snapshot_id is None:
            return None
        from ui.review.compare import compare_with_version

        return compare_with_version(self.window, session, snapshot_id, reference)

    def compare_files(self, reference: Reference | None) -> Any:
        """Ask for two plan files and compare them."""
        from ui.review.compare import compare_two_files

        return compare_two_files(self.window, reference)

    def review_folder(self, reference: Reference | None, start_folder: str, open_path: Any) -> None:
        """Open the many-zones review window (and ask for a folder the first time)."""
        if self.zones_window is None:
            from ui.review.zones_window import ZonesReviewWindow

            self.zones_window = ZonesReviewWindow(reference, self.window,
                                                  start_folder=start_folder or "")
            self.zones_window.open_requested.connect(lambda p: open_path(Path(p)))
        dialogs.show_window(self.zones_window)
        if self.zones_window.review is None:
            self.zones_window.open_folder()
