"""The file workflow of the main window: open, new, save, save as, recovery, recent files.

:class:`FileWorkflow` is a base of :class:`ui.shell.main_window.MainWindow`; the attributes and
methods it uses from the window are declared below for the type checker.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

from ui.widgets import dialogs
from zonalplan.model import PlanError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ui.sections.plan_view import PlanView
    from ui.session import Autosaver, PlanSession
    from ui.shell.docks import SideDocks
    from ui.shell.start_page import StartPage
    from ui.shell.status_bar import PlanStatusBar
    from ui.wizard.guided import GuidedMemory
    from zonalplan.model import Plan
    from zonalplan.recovery import RecoveryStore
    from zonalplan.reference.api import Reference
    from zonalplan.settings import Preferences

log = logging.getLogger(__name__)


class FileWorkflow(QMainWindow):
    """Open, create, save and recover plans; every question goes through ``dialogs``."""

    if TYPE_CHECKING:
        session: PlanSession | None
        reference: Reference | None
        prefs: Preferences
        recovery: RecoveryStore
        autosaver: Autosaver | None
        plan_view: PlanView | None
        guided: Any
        guided_memory: GuidedMemory
        start_page: StartPage
        status: PlanStatusBar
        docks: SideDocks
        recent_menu: QMenu

        def _end_opening(self) -> None: ...
        def _teardown(self) -> None: ...
        def _install(self, session: PlanSession, *, recovery_key: str | None = None) -> None: ...
        def _plan_key(self) -> str | None: ...
        def _refresh_chrome(self) -> None: ...
        def save_preferences(self) -> None: ...

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
        except Exception as exc:
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
        path = dialogs.open_file_name(self, self.prefs.plans_folder())
        return self.open_path(path) if path else False

    def open_demo(self) -> bool:
        """Open the built-in demo plan (written again when missing or unusable)."""
        from ui.shell.demo_file import demo_plan_path

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
        wizard = NewPlanWizard(self.prefs.plans_folder(), self)
        if not dialogs.exec_dialog(wizard):
            return False
        plan, path, guided = wizard.result_plan(), wizard.target_path(), wizard.guided()
        return self.adopt_new_plan(plan, path, guided=guided)

    def new_cycle(self) -> bool:
        """Create the next plan from the plan that ends (review step, then save and open)."""
        return self._cycle(merge=False)

    def merge_zones(self) -> bool:
        """Create the first plan of a merged zone from the zones' plans."""
        return self._cycle(merge=True)

    def _cycle(self, *, merge: bool) -> bool:
        from ui.followup import CycleDialog

        self._end_opening()
        dialog = CycleDialog(merge=merge, folder=self.prefs.last_folder or "", parent=self)
        if self.session is not None and self.session.path is not None and not merge:
            dialog.add_plan(self.session.path)
        if not dialogs.exec_dialog(dialog):
            return False
        plan = dialog.result_plan()
        if plan is None:
            return False
        path = dialogs.save_file_name(self, dialog.suggested_name())
        if path is None:
            return False
        return self.adopt_new_plan(plan, path, guided=False)

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
            Path(self.prefs.plans_folder()) / f"{session.plan.zone.number or 'plan'}"
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
