"""What the main window's menu actions do (undo, compare, export, chapters, docks, help…).

:class:`ActionHandlers` is a base of :class:`ui.shell.main_window.MainWindow`, above
:class:`~ui.shell.window_files.FileWorkflow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.shell.window_files import FileWorkflow
from ui.widgets import dialogs

if TYPE_CHECKING:
    from ui.review.feature import ReviewFeature
    from ui.shell.help_dialog import HelpDialog


class ActionHandlers(FileWorkflow):
    """Slots of the menu actions and shortcuts."""

    if TYPE_CHECKING:
        review: ReviewFeature
        help_dialog: HelpDialog | None

        def _update_actions(self) -> None: ...

    def undo(self) -> None:
        """Undo the last edit of the plan."""
        if (self.session is not None and not self.session.read_only
                and self.review.undo_allowed()):
            self.session.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        if (self.session is not None and not self.session.read_only
                and self.review.redo_allowed()):
            self.session.undo_stack.redo()

    def compare_files(self) -> None:
        """Compare two plan files (or drafts) chapter by chapter."""
        self.review.compare_files(self.reference)

    def review_folder(self) -> None:
        """Review every plan of a folder against the national priorities."""
        self.review.review_folder(self.reference, self.prefs.last_folder or "", self.open_path)

    def export(self) -> None:
        """Open the export dialog (Word)."""
        from ui.export import ExportDialog

        if self.session is None:
            return
        dialogs.exec_dialog(ExportDialog(self.session, self.reference, self))

    def create_version(self) -> None:
        """Show the versions chapter and create a version."""
        if self.plan_view is not None:
            self.plan_view.show_chapter("versions")
            self.plan_view.editor("versions").create_version()

    def show_chapter(self, chapter_id: str) -> None:
        """Show a chapter and focus its editor (Ctrl+1 … Ctrl+9)."""
        if self.plan_view is not None:
            self.plan_view.show_chapter(chapter_id, focus=True)

    def next_chapter(self) -> None:
        """Show the next chapter."""
        if self.plan_view is not None:
            self.plan_view.step_chapter(+1)

    def previous_chapter(self) -> None:
        """Show the previous chapter."""
        if self.plan_view is not None:
            self.plan_view.step_chapter(-1)

    def focus_chapters(self) -> None:
        """Put the keyboard focus in the chapter list."""
        if self.plan_view is not None:
            self.plan_view.navigator.setFocus()

    def find_reference(self) -> None:
        """Show the reference browser and focus its search field (Ctrl+F)."""
        if self.session is not None:
            self.docks.reference.focus_search()

    def toggle_alignment(self) -> None:
        """Show (and raise) or hide the alignment panel."""
        self.docks.alignment.toggle()

    def toggle_reference(self) -> None:
        """Show (and raise) or hide the reference browser."""
        self.docks.reference.toggle()

    def toggle_guided(self) -> None:
        """Start or leave guided mode."""
        if self.guided is None:
            return
        if self.guided.active:
            self.guided.stop()
        else:
            self.guided.start(self.guided_memory.step_for(self._plan_key()))
        self._update_actions()

    def _on_chapter_changed(self, chapter_id: str) -> None:
        key = self._plan_key()
        if key:
            self.prefs.last_chapter[key] = chapter_id

    def show_help(self) -> None:
        """Open the help window on the current chapter (F1)."""
        from ui.shell.help_dialog import HelpDialog

        chapter = self.plan_view.current_chapter() if self.plan_view is not None else None
        if self.help_dialog is not None:
            self.help_dialog.close()
            self.help_dialog.deleteLater()
        self.help_dialog = HelpDialog(chapter, self)
        dialogs.show_window(self.help_dialog)

    def show_about(self) -> None:
        """Say what ZonalPlan is and which version runs."""
        from ui.shell.help_dialog import about_text

        dialogs.info(self, self.tr("À propos de ZonalPlan"), about_text())

    def show_preferences(self) -> None:
        """Edit the preferences."""
        from ui.shell.language import offer_restart as offer_language_restart
        from ui.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        if dialogs.exec_dialog(dialog):
            dialog.apply_to(self.prefs)
            self.save_preferences()
            if self.autosaver is not None:
                self.autosaver.set_interval(self.prefs.autosave_minutes)
            offer_language_restart(self, dialog)
