"""The open plan: one ``Plan`` object, its file, its undo stack and its live alignment report.

Also here: opening a plan file as a session, and the :class:`Autosaver` that writes crash-recovery
copies to the user data folder (never over the user's file).
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ui.binding import protocol
from ui.binding.protocol import CommandPolicy
from ui.undo import CommandAdapter
from zonalplan.commands import Changes
from zonalplan.fileio import write_atomic
from zonalplan.model import Plan, PlanError
from zonalplan.recovery import RecoveryStore, recovery_key
from zonalplan.store import PlanFile, create_plan_file, read_lock

if TYPE_CHECKING:
    from zonalplan.alignment.report import Report
    from zonalplan.commands import Command
    from zonalplan.reference.api import Reference

log = logging.getLogger(__name__)

def _check_from_json(plan_json: str, reference: Reference) -> Report:
    """Validate a copy of the plan and check it (runs on a worker thread)."""
    from zonalplan.alignment import check

    return check(Plan.model_validate_json(plan_json), reference)


class PlanSession(QObject):
    """Everything views need about the open plan; views edit it only through :meth:`run`."""

    changed = Signal(object)  # zonalplan.commands.Changes
    report_ready = Signal(object)  # zonalplan.alignment.report.Report
    error = Signal(str)  # a French message for the user
    focus_requested = Signal(object)  # zonalplan.alignment.report.Place: editors jump to it
    state_changed = Signal()  # file, modified or read-only state changed (title, status bar)
    saved = Signal()  # the plan was written to its file
    reference_attached = Signal()  # the national reference arrived (loaded in the background)

    def __init__(self, plan: Plan, *, reference: Reference | None = None,
                 plan_file: PlanFile | None = None,
                 path: Path | None = None, parent: QObject | None = None, unsaved: bool = False):
        super().__init__(parent)
        self.plan = plan
        self.reference = reference
        self.plan_file = plan_file
        self.path = path or (plan_file.path if plan_file else None)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.report: Report | None = None
        self.last_error = ""
        self._command_policy: CommandPolicy | None = None
        self.check_in_background = True
        self._unsaved = unsaved or self.path is None
        self._closed = False
        self._generation = 0
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self._recheck_later)
        self.changed.connect(self._on_changed)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.state_changed.emit()

    def _on_changed(self, _changes: Changes) -> None:
        self._check_timer.start()

    # -- state ------------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Return True when the plan cannot be edited (locked by someone else, review mode…)."""
        return bool(self.plan_file and self.plan_file.read_only)

    @property
    def read_only_reason(self) -> str:
        """Return why the plan is read-only (French), or an empty string."""
        return self.plan_file.read_only_reason if self.plan_file else ""

    @property
    def command_policy(self) -> CommandPolicy | None:
        """Return the policy that may refuse commands (review mode), or None."""
        return self._command_policy

    @command_policy.setter
    def command_policy(self, policy: CommandPolicy | None) -> None:
        self._command_policy = policy
        self.state_changed.emit()

    @property
    def content_locked(self) -> bool:
        """Return True when the content cannot be edited (read-only file or review mode)."""
        return self.read_only or self._command_policy is not None

    @property
    def lock_reason(self) -> str:
        """Return why the content is locked (French), or an empty string."""
        if self.read_only:
            return self.read_only_reason
        if self._command_policy is not None:
            return self._command_policy.reason
        return ""

    @property
    def modified(self) -> bool:
        """Return True when the plan holds changes that are in no file."""
        return self._unsaved or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """Return the file name, or « Nouveau plan » for a plan never saved."""
        return self.path.name if self.path else "Nouveau plan"

    def mark_unsaved(self) -> None:
        """Mark the content as not in its file (a recovered state)."""
        self._unsaved = True
        self.state_changed.emit()

    # -- editing ----------------------------------------------------------------------------------

    def run(self, command: Command, *, quiet: bool = False) -> bool:
        """Run a core command as an undoable step; report a PlanError through ``error``.

        With ``quiet`` the French message is only kept in ``last_error`` (a field shows it itself).
        """
        if self.read_only:
            self.last_error = self.read_only_reason
            if not quiet:
                self.error.emit(self.read_only_reason)
            return False
        refusal = self._command_policy.refusal(command) if self._command_policy else None
        if refusal:
            self.last_error = refusal
            if not quiet:
                self.error.emit(refusal)
            return False
        try:
            changes = command.do(self.plan)
        except PlanError as exc:
            self.last_error = str(exc)
            if not quiet:
                self.error.emit(str(exc))
            return False
        self.last_error = ""
        self.undo_stack.push(CommandAdapter(self.plan, command, self._notify, done=True))
        self._notify(changes)
        return True

    def _notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    # -- alignment --------------------------------------------------------------------------------

    def set_reference(self, reference: Reference) -> None:
        """Attach the national reference (loaded in the background) and check the plan."""
        self.reference = reference
        self.reference_attached.emit()
        self._check_timer.start()

    def recheck(self) -> None:
        """Run the alignment check now and publish the report."""
        if self.reference is None:
            return
        from zonalplan.alignment import check

        self._generation += 1
        self.report = check(self.plan, self.reference)
        self.report_ready.emit(self.report)

    def _recheck_later(self) -> None:
        """Check a copy of the plan on a worker thread; publish only the newest result."""
        if self.reference is None or self._closed:
            return
        if not self.check_in_background:
            self.recheck()
            return
        from ui.tasks import Task

        self._generation += 1
        generation = self._generation
        Task(_check_from_json, self.plan.model_dump_json(), self.reference) \
            .success(lambda report: self._publish(report, generation)) \
            .failure(lambda exc: log.warning("Contrôle d'alignement impossible : %s", exc)) \
            .run()

    def _publish(self, report: Report | None, generation: int) -> None:
        if report is None or self._closed or generation != self._generation:
            return
        self.report = report
        with contextlib.suppress(RuntimeError):  # the session was deleted meanwhile
            self.report_ready.emit(report)

    # -- files ------------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the plan to its file and mark the undo stack clean."""
        if self.plan_file is None:
            raise PlanError(self.tr("Ce plan n'a pas encore de fichier : utilisez « Enregistrer "
                                    "sous »."))
        self.plan_file.save(self.plan)
        self._unsaved = False
        self.undo_stack.setClean()
        self.state_changed.emit()
        self.saved.emit()

    def save_as(self, path: Path) -> None:
        """Write the plan to a new file (keeping the versions of the current one) and use it."""
        path = Path(path).absolute()
        if self.plan_file is not None and not self.read_only and self.path \
                and path.resolve() == Path(self.path).resolve():
            self.save()
            return
        holder = read_lock(path)
        if holder is not None:
            raise PlanError(self.tr("{} est ouvert {} ; choisissez un autre nom (rien n'a été "
                                    "écrit).").format(path.name, holder.describe()))
        if self.plan_file is not None:
            _copy_file(self.plan_file.path, path)
            new_file = PlanFile.open(path)
            try:
                new_file.save(self.plan)
            except BaseException:
                new_file.close()
                raise
        else:
            create_plan_file(path, self.plan, overwrite=True)
            new_file = PlanFile.open(path)
        if new_file.read_only:
            reason = new_file.read_only_reason
            new_file.close()
            raise PlanError(f"{path.name} : {reason}")
        old, self.plan_file, self.path = self.plan_file, new_file, path
        if old is not None:
            old.close()
        self._unsaved = False
        self.undo_stack.setClean()
        self.state_changed.emit()
        self.saved.emit()

    def close(self) -> None:
        """Release the file and its lock; the session is not used afterwards."""
        self._closed = True
        self._check_timer.stop()
        if self.plan_file is not None:
            self.plan_file.close()


def _copy_file(source: Path, target: Path) -> None:
    """Copy a plan file next to ``target`` then move it into place in one step."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        from zonalplan.store.sqlitefile import sqlite_reason

        raise PlanError(QCoreApplication.translate("PlanSession", "{} : lecture impossible ({}).")
                        .format(source.name, sqlite_reason(exc))) from exc
    write_atomic(target, data)


def open_session(path: Path, reference: Reference | None = None,
                 parent: QObject | None = None) -> PlanSession:
    """Open a plan file (locked, or read-only when someone else has it) as a session."""
    plan_file = PlanFile.open(path)
    try:
        plan = plan_file.load()
    except BaseException:
        plan_file.close()
        raise
    return PlanSession(plan, reference=reference, plan_file=plan_file, parent=parent)


def recovered_session(source: Path | None, plan: Plan, reference: Reference | None = None
                      ) -> tuple[PlanSession, str]:
    """Return a session showing a recovered plan, and a French notice when it had to differ.

    The recovered state goes into its original file as one undoable step (« Restaurer l'état
    récupéré »), marked unsaved; when the file is gone, unusable or locked by someone else it
    becomes a new plan to save under another name.
    """
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("session", text)

    from zonalplan.commands import ReplacePlan

    notice = ""
    if source is not None and source.exists():
        try:
            session = open_session(source, reference)
        except PlanError as exc:
            notice = tr("Le fichier d'origine ne s'ouvre plus ({}) : l'état récupéré est ouvert "
                        "comme un nouveau plan, à enregistrer sous un autre nom.").format(exc)
        else:
            if not session.read_only:
                session.run(ReplacePlan(plan, text=tr("Restaurer l'état récupéré")))
                return session, ""
            notice = tr("{} L'état récupéré est ouvert comme un nouveau plan, à enregistrer "
                        "sous un autre nom.").format(session.read_only_reason)
            session.close()
    return PlanSession(plan, reference=reference, unsaved=True), notice


class Autosaver(QObject):
    """Write a recovery copy of a modified plan every few minutes; delete it once saved."""

    written = Signal(str)  # path of the recovery file

    def __init__(self, session: PlanSession, store: RecoveryStore, minutes: int, *,
                 key: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.store = store
        self.key = key or recovery_key(session.path)
        self.last_written: str | None = None
        self._stopped = False
        self._dirty = session.modified
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.write_now(background=True))
        self.set_interval(minutes)
        session.changed.connect(self._on_changed)
        session.saved.connect(self._on_saved)

    def set_interval(self, minutes: int) -> None:
        """Autosave every ``minutes`` minutes (0 turns autosave off)."""
        self._timer.stop()
        if minutes > 0:
            self._timer.start(minutes * 60_000)

    @property
    def active(self) -> bool:
        """Return True when the timer runs."""
        return self._timer.isActive()

    def _on_changed(self, _changes: Any) -> None:
        self._dirty = True

    def _on_saved(self) -> None:
        self.discard()
        self.key = recovery_key(self.session.path)

    def write_now(self, *, background: bool = False) -> bool:
        """Write the recovery copy if the plan changed since the last one; True if started.

        The plan is serialised on the UI thread (a few ms even for a large plan); with
        ``background`` the file is written and synced on a worker thread.
        """
        session = self.session
        if self._stopped or session.read_only or not session.modified or not self._dirty:
            return False
        args = (self.key, session.plan.model_dump_json())
        kwargs = {"title": session.plan.title, "source": session.path}
        self._dirty = False
        if background:
            from ui.tasks import Task

            Task(self.store.write_text, *args, **kwargs).success(self._on_written) \
                .failure(self._on_failed).run()
            return True
        try:
            self._on_written(self.store.write_text(*args, **kwargs))
        except PlanError as exc:
            self._on_failed(exc)
            return False
        return True

    def _on_written(self, path: Path) -> None:
        if self._stopped:  # the plan was closed while the copy was being written
            self.store.discard(self.key)
            return
        if self.session.modified:
            self.last_written = str(path)
            self.written.emit(str(path))
        else:  # saved while the copy was being written
            self.store.discard(self.key)

    def _on_failed(self, exc: BaseException) -> None:
        self._dirty = True
        log.warning("%s", exc)

    def discard(self) -> None:
        """Delete the recovery copy (the plan was saved, or closed without saving)."""
        self.store.discard(self.key)
        self._dirty = self.session.modified

    def stop(self) -> None:
        """Stop for good (the plan is closing); a copy still being written is then deleted."""
        self._stopped = True
        self._timer.stop()


if TYPE_CHECKING:
    def _is_a_plan_session(session: PlanSession) -> protocol.PlanSession:
        """Let the type checker prove that the session gives editors all they need."""
        return session
