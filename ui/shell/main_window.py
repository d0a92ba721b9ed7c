"""The main window: assembles the start page, the plan view, the docks, menus and status bar.

It owns the file workflow of the open plan (new, open, save, close, recovery, recent files) and
delegates everything else to the feature widgets. Modal questions go through ``ui.widgets.dialogs`` so tests
can answer them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from zonalplan.guidance import CHAPTERS_BY_ID
from zonalplan.model import PlanError
from zonalplan.paths import user_data_dir
from zonalplan.recovery import RecoveryStore
from zonalplan.settings import Preferences, load_preferences, save_preferences
from ui.widgets import dialogs
from ui.shell.actions import AppState, build_actions, install_menus, update_actions
from ui.resources import icon
from ui.review.feature import ReviewFeature
from ui.shell.start_page import StartPage
from ui.shell.docks import SideDocks
from ui.shell.status_bar import PlanStatusBar
from ui.widgets.undo_keys import PlanUndoKeys
from ui.wizard.guided import GuidedMemory

if TYPE_CHECKING:  # loaded with the first plan: the window shows before the plan models load
    from zonalplan.model import Plan
    from ui.session import Autosaver, PlanSession

log = logging.getLogger(__name__)


DEMO_FILE = "demo.zplan"
"""Name of the demo plan in the user data folder (written on first use)."""


def _prepare_plan_models() -> None:
    """Import the plan models and the file reader (on a worker thread: pydantic is slow to load)."""
    import zonalplan.commands  # noqa: F401
    import zonalplan.model.plan  # noqa: F401
    import zonalplan.store.jsonio  # noqa: F401
    import zonalplan.store.planfile  # noqa: F401


def _load_reference() -> Any:
    """Import and load the national reference (on a worker thread: the import is slow too)."""
    from zonalplan.reference import load_reference

    return load_reference()


class MainWindow(QMainWindow):
    """One window, one open plan at a time (or the start page)."""

    opened = Signal(bool)  # a plan asked with open_soon() is open (True) or could not be (False)

    def __init__(self, *, reference: Any = None, prefs_path: Path | None = None,
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
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        else:  # first start: a narrow side panel leaves room for the chapter being written
            self.resizeDocks([self.docks.alignment.dock], [330], Qt.Orientation.Horizontal)

    def _save_layout(self) -> None:
        self.docks.show_all(True)
        self._window_settings.setValue("geometry", self.saveGeometry())
        self._window_settings.setValue("state", self.saveState())
        self._window_settings.sync()

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
                         can_undo=bool(stack and stack.canUndo()),
                         can_redo=bool(stack and stack.canRedo()))
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

    def _on_report(self, report: Any) -> None:
        counts = report.counts() if hasattr(report, "counts") else None
        self.status.show_findings(counts)

    # -- session lifecycle ------------------------------------------------------------------------

    def _install(self, session: PlanSession, *, recovery_key: str | None = None) -> None:
        from ui.sections.plan_view import PlanView
        from ui.session import Autosaver
        from ui.wizard.guided import GuidedBar, GuidedController

        self.session = session
        session.setParent(self)
        self.plan_view = PlanView(session, self.reference,
                                  guidance_expanded=self.prefs.guidance_expanded,
                                  author=lambda: self.prefs.author_name(), parent=self)
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

    def set_reference(self, reference: Any) -> None:
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
        from zonalplan.store.outline import read_outline
        from ui.shell.opening_page import OpeningPage
        from ui.tasks import Task

        self._end_opening()
        target = user_data_dir() / DEMO_FILE if demo else Path(path or "")
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

    # -- files ------------------------------------------------------------------------------------

    def close_plan(self) -> bool:
        """Close the open plan, asking first about unsaved changes; False if the user cancels."""
        session = self.session
        if session is None:
            return True
        if session.modified and not session.read_only:
            answer = dialogs.ask_save_changes(self, session.display_name)
            if answer == "cancel" or (answer == "save" and not self.save()):
                return False
        self._teardown()
        return True

    def open_path(self, path: Path) -> bool:
        """Open a plan file; a file that cannot be used is explained and nothing else changes."""
        path = Path(path)
        self._end_opening()
        if self._is_open(path):
            return True
        session = self._load(path)
        return session is not None and self._switch_to(session, path)

    def _is_open(self, path: Path) -> bool:
        current = self.session.path if self.session is not None else None
        return bool(current) and Path(current).resolve() == path.resolve()

    def _load(self, path: Path, *, explain: bool = True) -> PlanSession | None:
        from ui.session import open_session

        try:
            return open_session(path, self.reference)
        except PlanError as exc:
            message = str(exc)
        except Exception as exc:  # noqa: BLE001 - a hostile file must not crash the app
            log.exception("Ouverture de %s", path)
            message = self.tr("{} : ouverture impossible ({}).").format(path.name, exc)
        if explain:
            if not path.exists():
                self.prefs.forget_recent(path)
                self.start_page.set_recent(self.prefs.recent_files)
            dialogs.error(self, self.tr("Ouverture impossible"), message)
        return None

    def _switch_to(self, session: PlanSession, path: Path) -> bool:
        if not self.close_plan():
            session.close()
            return False
        self.prefs.add_recent(path)
        self._install(session)
        self.save_preferences()
        return True

    def open_plan_dialog(self) -> bool:
        """Ask for a plan file and open it."""
        self._end_opening()
        path = dialogs.open_file_name(self, self.prefs.last_folder)
        return self.open_path(path) if path else False

    def open_demo(self) -> bool:
        """Open the built-in demo plan (written again when missing or unusable)."""
        from ui.shell.app import demo_plan_path

        self._end_opening()
        try:
            path = demo_plan_path()
            if self._is_open(path):
                return True
            session = self._load(path, explain=False)
            if session is None:  # damaged, or written by an older release
                path = demo_plan_path(rewrite=True)
                session = self._load(path)
        except PlanError as exc:
            dialogs.error(self, self.tr("Démonstration indisponible"), str(exc))
            return False
        return session is not None and self._switch_to(session, path)

    def new_plan(self) -> bool:
        """Create a plan with the wizard, then continue in guided mode if asked."""
        from ui.wizard.new_plan import NewPlanWizard

        self._end_opening()
        wizard = NewPlanWizard(self.prefs.last_folder, self)
        if not dialogs.exec_dialog(wizard):
            return False
        plan, path, guided = wizard.result_plan(), wizard.target_path(), wizard.guided()
        return self.adopt_new_plan(plan, path, guided=guided)

    def adopt_new_plan(self, plan: Plan, path: Path | None, *, guided: bool) -> bool:
        """Make a new plan the open plan: write its file (if given) and open it."""
        from ui.session import PlanSession, open_session

        if not self.close_plan():
            return False
        if path is not None:
            from zonalplan.store import create_plan_file

            try:
                create_plan_file(path, plan)
                session = open_session(path, self.reference)
            except PlanError as exc:
                dialogs.error(self, self.tr("Création impossible"), str(exc))
                return False
            self.prefs.add_recent(path)
        else:
            session = PlanSession(plan, reference=self.reference, unsaved=True)
        self._install(session)
        if guided:
            self.guided.start("zone")
        self.save_preferences()
        return True

    def save(self) -> bool:
        """Save the plan to its file (or ask where, for a new plan); True when saved."""
        session = self.session
        if session is None:
            return False
        if session.plan_file is None or session.read_only:
            return self.save_as()
        try:
            session.save()
        except PlanError as exc:
            dialogs.error(self, self.tr("Enregistrement impossible"), str(exc))
            return False
        self.status.showMessage(self.tr("Plan enregistré."), 4000)
        return True

    def save_as(self) -> bool:
        """Save the plan under a new name and continue with that file."""
        session = self.session
        if session is None:
            return False
        suggested = str(session.path) if session.path else str(
            Path(self.prefs.last_folder or Path.home()) / f"{session.plan.zone.number or 'plan'}"
            f"-{session.plan.period.start_year}.zplan")
        path = dialogs.save_file_name(self, suggested)
        if path is None:
            return False
        old_key, was_read_only = self._plan_key(), session.read_only
        try:
            session.save_as(path)
        except PlanError as exc:
            dialogs.error(self, self.tr("Enregistrement impossible"), str(exc))
            return False
        self.guided_memory.move(old_key, self._plan_key())
        self.prefs.add_recent(path)
        self.save_preferences()
        if was_read_only:
            self.plan_view.update_read_only()
            self.docks.set_read_only(False)
        self._refresh_chrome()
        return True

    def offer_recovery(self) -> bool:
        """Offer the states left by a crash; return True when one was restored."""
        self._end_opening()
        for entry in self.recovery.orphans():
            answer = dialogs.ask_recovery(self, entry.title, entry.saved_display,
                                          str(entry.source or ""))
            if answer == "later":
                continue
            if answer == "discard":
                self.recovery.discard(entry.key)
                continue
            try:
                plan = self.recovery.load(entry)
            except PlanError as exc:
                dialogs.error(self, self.tr("Récupération impossible"), str(exc))
                continue
            if not self.close_plan():
                return False
            from ui.session import recovered_session

            session, notice = recovered_session(entry.source, plan, self.reference)
            if notice:
                dialogs.info(self, self.tr("Récupération"), notice)
            self._install(session, recovery_key=entry.key)
            if session.path:
                self.prefs.add_recent(session.path)
            self.autosaver.write_now()  # the copy now belongs to this process
            return True
        return False

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for text in self.prefs.recent_files:
            action = self.recent_menu.addAction(Path(text).name)
            action.setToolTip(text)
            action.triggered.connect(lambda _c=False, p=text: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(self.prefs.recent_files))
        if not self.prefs.recent_files:
            self.recent_menu.addAction(self.tr("Aucun plan récent")).setEnabled(False)

    # -- action handlers --------------------------------------------------------------------------

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
        from ui.sections.registry import load_feature

        if self.session is None:
            return
        cls, reason = load_feature("export")
        if cls is None:
            dialogs.info(self, self.tr("Exporter"),
                         self.tr("L'export Word est en préparation. {}").format(reason))
            return
        dialogs.exec_dialog(cls(self.session, self.reference, self))

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
        from ui.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        if dialogs.exec_dialog(dialog):
            dialog.apply_to(self.prefs)
            self.save_preferences()
            if self.autosaver is not None:
                self.autosaver.set_interval(self.prefs.autosave_minutes)

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
