"""The main window: assembles the start page, the plan view, the docks, menus and status bar.

It owns the file workflow of the open plan (new, open, save, close, recovery, recent files) and
delegates everything else to the feature widgets. The file workflow is in
:mod:`ui.shell.window_files`, the menu actions' handlers in :mod:`ui.shell.window_actions`; modal
questions go through ``ui.widgets.dialogs`` so tests can answer them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.resources import icon
from ui.review.feature import ReviewFeature
from ui.shell.actions import AppState, build_actions, install_menus, update_actions
from ui.shell.demo_file import demo_file_name
from ui.shell.docks import SideDocks
from ui.shell.start_page import StartPage
from ui.shell.status_bar import PlanStatusBar
from ui.shell.window_actions import ActionHandlers
from ui.widgets import dialogs
from ui.widgets.tables import set_column_store
from ui.widgets.undo_keys import PlanUndoKeys
from ui.wizard.guided import GuidedMemory
from zonalplan.guidance import CHAPTERS_BY_ID
from zonalplan.model import PlanError
from zonalplan.paths import user_data_dir
from zonalplan.recovery import RecoveryStore
from zonalplan.settings import Preferences, load_preferences, save_preferences

if TYPE_CHECKING:  # loaded with the first plan: the window shows before the plan models load
    from ui.session import Autosaver, PlanSession
    from zonalplan.alignment.report import Report
    from zonalplan.reference.api import Reference

log = logging.getLogger(__name__)


def _prepare_plan_models() -> None:
    """Import the plan models and the file reader (on a worker thread: pydantic is slow to load)."""
    import zonalplan.commands
    import zonalplan.model.plan
    import zonalplan.store.jsonio
    import zonalplan.store.planfile  # noqa: F401


def _load_reference() -> Any:
    """Import and load the national reference (on a worker thread: the import is slow too)."""
    from zonalplan.reference import load_reference

    return load_reference()


class MainWindow(ActionHandlers):
    """One window, one open plan at a time (or the start page)."""

    opened = Signal(bool)  # a plan asked with open_soon() is open (True) or could not be (False)

    def __init__(self, *, reference: Reference | None = None, prefs_path: Path | None = None,
                 recovery: RecoveryStore | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.prefs_path = prefs_path
        self.prefs: Preferences = load_preferences(prefs_path)
        self.recovery = recovery or RecoveryStore()
        self.reference = reference
        self.session: PlanSession | None = None
        self.plan_view: Any = None
        self.guided: Any = None
        self.autosaver: Autosaver | None = None
        self.help_dialog: Any = None
        self.opening_page: Any = None  # ui.shell.opening_page.OpeningPage while a plan opens at start-up
        self._opening: object | None = None
        self._panels_later = False  # True while open_soon() opens its plan: side panels follow
        self.review = ReviewFeature(self)
        self._window_settings = QSettings(str(user_data_dir() / "window.ini"),
                                          QSettings.Format.IniFormat)
        set_column_store(self._window_settings)  # the editors' column widths, kept
        self.actions = build_actions(self, self)
        self.start_page = StartPage(self)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.start_page)
        self.setCentralWidget(self.central)
        self.docks = SideDocks(self)
        self.guided_memory = GuidedMemory(self.prefs.guided, self.save_preferences, self)
        self.status = PlanStatusBar(self)
        self.setStatusBar(self.status)
        self.menus, self.recent_menu = install_menus(self, self.actions)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._undo_keys = PlanUndoKeys(self)
        self._connect_callbacks()
        self.resize(1360, 860)
        self._restore_layout()
        self.docks.show_all(False)
        self._refresh_chrome()

    @property
    def alignment_dock(self) -> Any:
        """Return the dock in place of the alignment panel."""
        return self.docks.alignment.dock

    @property
    def reference_dock(self) -> Any:
        """Return the dock in place of the reference browser."""
        return self.docks.reference.dock

    # -- assembly -------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        self.start_page.new_requested.connect(self.new_plan)
        self.start_page.open_requested.connect(self.open_plan_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_requested.connect(lambda p: self.open_path(Path(p)))
        self.status.findings_clicked.connect(self.toggle_alignment)

    def _restore_layout(self) -> None:
        geometry = self._window_settings.value("geometry")
        state = self._window_settings.value("state")
        if state is not None:
            self.restoreState(state)
            self.docks.compact_tabs()
            self.docks.fit_on_show = False
        else:  # first start: a narrow side panel leaves room for the chapter being written
            self.resizeDocks([self.docks.alignment.dock], [330], Qt.Orientation.Horizontal)
        self.docks.show_all(False)  # no docks on the start page; hidden before the size returns
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _save_layout(self) -> None:
        # the window's size as the user left it, before the docks come back for saveState
        self._window_settings.setValue("geometry", self.saveGeometry())
        self.docks.show_all(True)
        self._window_settings.setValue("state", self.saveState())
        self._window_settings.sync()

    def ask_author(self) -> str:
        """Return the user's name, asking it once when unknown (Preferences keeps it)."""
        if not self.prefs.author:
            name = dialogs.ask_text(self, self.tr("Votre nom"), self.tr(
                "Votre nom (et votre fonction), inscrit comme auteur des versions du plan et des "
                "notes de relecture. Vous pourrez le changer dans les Préférences."))
            if name and name.strip():
                self.prefs.author = " ".join(name.split())[:200]
                self.save_preferences()
        return self.prefs.author

    def save_preferences(self) -> None:
        """Write the preferences file (errors only logged: nothing the user can do)."""
        try:
            save_preferences(self.prefs, self.prefs_path)
        except PlanError as exc:
            log.warning("%s", exc)

    # -- state shown in the window --------------------------------------------------------------

    def _plan_key(self) -> str | None:
        session = self.session
        return str(Path(session.path).resolve()) if session and session.path else None

    def _refresh_chrome(self) -> None:
        session = self.session
        if session is None:
            self.setWindowTitle("ZonalPlan")
            self.setWindowModified(False)
            self.status.show_plan(None, read_only="", modified=False)
            self.status.show_findings(None)
            self.start_page.set_recent(self.prefs.recent_files)
        else:
            suffix = self.tr(" (lecture seule)") if session.read_only else ""
            self.setWindowTitle(f"{session.plan.title}{suffix}[*] — ZonalPlan")
            self.setWindowModified(session.modified)
            self.status.show_plan(str(session.path) if session.path else None,
                                  read_only=session.read_only_reason if session.read_only else "",
                                  modified=session.modified, has_plan=True)
        self._update_actions()

    def _update_actions(self) -> None:
        session = self.session
        stack = session.undo_stack if session else None
        state = AppState(has_plan=session is not None,
                         read_only=bool(session and session.read_only),
                         has_file=bool(session and session.plan_file),
                         can_undo=bool(stack and stack.canUndo() and self.review.undo_allowed()),
                         can_redo=bool(stack and stack.canRedo() and self.review.redo_allowed()))
        update_actions(self.actions, state)
        undo, redo = self.actions["undo"], self.actions["redo"]
        undo.setText(self.tr("&Annuler {}").format(stack.undoText()) if stack and stack.canUndo()
                     else self.tr("&Annuler"))
        redo.setText(self.tr("&Rétablir {}").format(stack.redoText()) if stack and stack.canRedo()
                     else self.tr("&Rétablir"))
        self.actions["guided_mode"].setChecked(bool(self.guided and self.guided.active))
        self.actions["review_mode"].setChecked(self.review.review_mode_on)

    def _on_changed(self, changes: Any) -> None:
        if {"zone", "period", "plan"} & set(changes.chapters):
            self._refresh_chrome()

    def _on_report(self, report: Report | None) -> None:
        counts = report.counts() if report is not None else None
        self.status.show_findings(counts)

    # -- session lifecycle ------------------------------------------------------------------------

    def _install(self, session: PlanSession, *, recovery_key: str | None = None) -> None:
        from ui.sections.plan_view import PlanView
        from ui.session import Autosaver
        from ui.shell.chapters import create_editor
        from ui.wizard.guided import GuidedBar, GuidedController

        self.session = session
        session.setParent(self)
        self.plan_view = PlanView(session, self.reference, create_editor=create_editor,
                                  guidance_expanded=self.prefs.guidance_expanded,
                                  author=self.ask_author, parent=self)
        bar = GuidedBar(self.plan_view)
        self.plan_view.top.addWidget(bar)
        self.guided = GuidedController(self.plan_view, bar, self.reference, self)
        self.guided_memory.attach(self.guided, self._plan_key)
        self.guided.step_changed.connect(self._update_actions)
        self.guided.stopped.connect(self._update_actions)
        self.central.addWidget(self.plan_view)
        self.central.setCurrentWidget(self.plan_view)
        self.autosaver = Autosaver(session, self.recovery, self.prefs.autosave_minutes,
                                   key=recovery_key, parent=self)
        self.autosaver.written.connect(lambda _p: self.status.show_autosaved())
        session.changed.connect(self._on_changed)
        session.state_changed.connect(self._refresh_chrome)
        session.report_ready.connect(self._on_report)
        session.error.connect(lambda message: dialogs.error(self, self.tr("ZonalPlan"), message))
        session.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.plan_view.chapter_changed.connect(self._on_chapter_changed)
        self.plan_view.save_copy_requested.connect(self.save_as)
        if not self._panels_later:
            self._install_panels(session)
        key = self._plan_key()
        step = self.guided_memory.step_for(key)
        if step and not session.read_only:
            self.guided.start(step)
        else:
            last = self.prefs.last_chapter.get(key, "zone") if key else "zone"
            self.plan_view.show_chapter(last if last in CHAPTERS_BY_ID else "zone")
        if self.reference is not None:
            session.set_reference(self.reference)
        self._refresh_chrome()
        if self._panels_later:  # after the chapter's first paint (and after ``opened``)
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(
                0, self, lambda: self._install_panels(session)))

    def _install_panels(self, session: PlanSession) -> None:
        """Build the side docks and the review notes for ``session`` (if still the open plan)."""
        if self.session is not session or self.plan_view is None or self.review.mode is not None:
            return
        self.docks.attach(session, self.reference)
        self.review.install(session, self.plan_view, self.reference, self.alignment_dock)
        self.review.mode.changed.connect(lambda _on: self._update_actions())
        self._update_actions()

    def _teardown(self) -> None:
        session = self.session
        if session is None:
            return
        key = self._plan_key()
        if key and self.plan_view is not None:
            self.prefs.last_chapter[key] = self.plan_view.current_chapter()
        if self.autosaver is not None:
            self.autosaver.stop()
            self.autosaver.discard()
            self.autosaver.deleteLater()
        self.autosaver = None
        if self.guided is not None:
            self.guided.deleteLater()
        self.guided = None
        self.docks.detach()
        self.review.teardown()
        if self.plan_view is not None:
            self.central.removeWidget(self.plan_view)
            self.plan_view.deleteLater()
        self.plan_view = None
        self.session = None
        session.close()
        session.deleteLater()
        self.central.setCurrentWidget(self.start_page)
        self.save_preferences()
        self._refresh_chrome()

    def set_reference(self, reference: Reference) -> None:
        """Use the national reference (loaded in the background at start-up)."""
        self.reference = reference
        if self.session is not None:
            self.session.set_reference(reference)
            self.plan_view.set_reference(reference)
            self.guided.reference = reference
            self.docks.attach(self.session, reference)
        self.review.set_reference(reference)

    def load_reference_in_background(self) -> None:
        """Load the national reference off the UI thread, then use it."""
        if self.reference is not None:
            return
        from ui.tasks import Task

        Task(_load_reference).success(self.set_reference).failure(
            lambda exc: dialogs.error(self, self.tr("Référentiel national indisponible"),
                                      str(exc))).run()

    # -- opening at start-up ----------------------------------------------------------------------

    def open_soon(self, path: Path | None = None, *, demo: bool = False) -> None:
        """Open a plan (or the demo) without delaying the first paint.

        The plan's outline shows at once (read without the models); the models load on a worker
        thread, then the plan opens as with :meth:`open_path`. Any other opening the user asks for
        in the meantime wins. ``opened`` tells the result.
        """
        from ui.shell.opening_page import OpeningPage
        from ui.tasks import Task
        from zonalplan.store.outline import read_outline

        self._end_opening()
        from zonalplan.i18n import current

        target = user_data_dir() / demo_file_name(current()) if demo else Path(path or "")
        token = self._opening = object()
        outline = read_outline(target)
        self.opening_page = OpeningPage(self)
        self.opening_page.show_outline(outline, target, demo=demo)
        self.setWindowTitle(f"{outline.title if outline else self.opening_page.title.text()}"
                            " — ZonalPlan")
        self.central.addWidget(self.opening_page)
        self.central.setCurrentWidget(self.opening_page)
        self.status.showMessage(self.tr("Ouverture de {}…").format(target.name))

        def finish(_result: Any = None) -> None:
            if self._opening is not token:
                return  # the user opened something else, or closed the window
            self._end_opening()
            self._panels_later = True  # the first chapter first: the chief can type at once
            try:
                opened = self.open_demo() if demo else self.open_path(target)
            finally:
                self._panels_later = False
            self.opened.emit(bool(opened))

        def failed(exc: BaseException) -> None:
            if self._opening is not token:
                return
            self._end_opening()
            dialogs.error(self, self.tr("Ouverture impossible"), str(exc))
            self.opened.emit(False)

        Task(_prepare_plan_models).success(finish).failure(failed).run()

    @property
    def opening(self) -> bool:
        """Return True while a plan opened by :meth:`open_soon` is still loading."""
        return self._opening is not None

    def _end_opening(self) -> None:
        """Forget the plan being opened by open_soon() (done, failed or superseded)."""
        self._opening = None
        page, self.opening_page = self.opening_page, None
        if page is not None:
            self.status.clearMessage()
            if self.central.currentWidget() is page:
                self.central.setCurrentWidget(self.start_page)
            self.central.removeWidget(page)
            page.deleteLater()
            if self.session is None:
                self._refresh_chrome()

    # -- closing ----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Ask about unsaved changes; keep the window open if the user cancels."""
        self._end_opening()
        if not self.close_plan():
            event.ignore()
            return
        self._save_layout()
        self.save_preferences()
        self._undo_keys.remove()
        if self.help_dialog is not None:
            self.help_dialog.close()
        event.accept()
