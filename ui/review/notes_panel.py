"""Review notes panel (dock): list, filter, add, reply, resolve / reopen, merge a reviewer's notes.

Every edit is a core command run through ``session.run`` (undoable, allowed in review mode).
Double-clicking a note asks the editors to show its place (``session.focus_requested``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QListWidgetItem, QWidget

from ui.binding.selection import selection_for
from ui.resources import icon
from ui.review import pickers
from ui.review.anchors import anchor_choices, anchor_for, place_for_anchor
from ui.review.identity import Identity, current_identity
from ui.review.notes_view import NotesView, status_icon
from ui.widgets import dialogs
from zonalplan.guidance import CHAPTERS_BY_ID
from zonalplan.model import NoteStatus, Plan, PlanError, ReviewNote
from zonalplan.review.notes import (
    STATUS_LABELS,
    add_note_command,
    anchor_label,
    merge_notes_command,
    reply_command,
    set_status_command,
)

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.reference.api import Reference


ROLE_ID = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


def _when(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _who(author: str, role: str) -> str:
    return f"{author} ({role})" if role else author


def _excerpt(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def thread_html(plan: Plan, note: ReviewNote) -> str:
    """Return a note and its replies as HTML (every user text escaped)."""
    status = STATUS_LABELS[note.status]
    color = "#2e7d32" if note.status is NoteStatus.RESOLVED else "#b26a00"
    out = [(f"<p><b>{escape(anchor_label(plan, note.anchor))}</b> "
            f'<span style="color:{color};">— {escape(status)}</span></p>'),
           (f'<p style="color:#4a5761;">{escape(_who(note.author, note.role))}, '
            f"{escape(_when(note.date))}</p>"),
           f"<p>{escape(note.text).replace(chr(10), '<br/>')}</p>"]
    for reply in note.replies:
        out.append(f'<p style="margin-left:14px; color:#4a5761;">↳ '
                   f"{escape(_who(reply.author, reply.role))}, {escape(_when(reply.date))}</p>"
                   f'<p style="margin-left:28px;">{escape(reply.text).replace(chr(10), "<br/>")}'
                   "</p>")
    return "".join(out)


class ChapterView(Protocol):
    """The chapters' view the panel follows (``ui.sections.plan_view.PlanView``)."""

    @property
    def chapter_changed(self) -> SignalInstance:
        """Emitted with the id of the chapter shown."""

    def current_chapter(self) -> str:
        """Return the id of the chapter shown."""


def _lists_objectives(chapter_id: str) -> bool:
    chapter = CHAPTERS_BY_ID.get(chapter_id)
    return chapter is not None and chapter.kind == "objectives"


class NotesPanel(QDockWidget):
    """List the plan's review notes; add, reply, resolve or reopen them; merge a reviewer's."""

    merge_finished = Signal(object)  # MergeSummary, or None when nothing was merged

    def __init__(self, session: PlanSession, reference: Reference | None = None,
                 parent: QWidget | None = None, *,
                 identity: Callable[[], Identity] | None = None,
                 choose_plan_file: Callable[..., Path | None] | None = None,
                 ask_author: Callable[[], str] | None = None):
        super().__init__(self.tr("Notes de relecture"), parent)
        self._ask_author = ask_author
        self.setObjectName("notesPanel")
        self.session = session
        self.reference = reference
        self.view = NotesView(self)
        self.setWidget(self.view)
        self.merge_action = QAction(icon("open"), self.tr("Reprendre les notes d'un relecteur…"),
                                    self)
        self.merge_action.setObjectName("mergeNotesAction")
        self.merge_action.setIconText(self.tr("Notes d'un relecteur…"))
        self.merge_action.setToolTip(self.tr("Reprendre les notes et réponses écrites par un "
                                             "relecteur dans sa copie du plan"))
        self.view.merge_button.setDefaultAction(self.merge_action)
        self.merge_task: Any = None
        self._choose_plan_file = choose_plan_file
        self._read_only = False
        self._reply_to: str | None = None
        self._current_anchor: str | None = None
        self._plan_view: ChapterView | None = None
        who = (identity or current_identity)()
        self.view.author.setText(who.author)
        self.view.role.setText(who.role)
        self._objectives_timer = QTimer(self)
        self._objectives_timer.setSingleShot(True)
        self._objectives_timer.setInterval(200)
        self._objectives_timer.timeout.connect(self._on_objectives_changed)
        self._connect_callbacks()
        self._fill_anchors()
        self.refresh()
        self._update_buttons()

    def _connect_callbacks(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.view.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.list.currentItemChanged.connect(lambda _c, _p: self._on_selection())
        self.view.list.itemDoubleClicked.connect(lambda _item: self.show_selected_place())
        self.view.show_button.clicked.connect(self.show_selected_place)
        self.view.reply_button.clicked.connect(self._on_reply_clicked)
        self.view.status_button.clicked.connect(self._on_status_clicked)
        self.view.submit_button.clicked.connect(self._on_submit)
        self.view.cancel_button.clicked.connect(self._leave_reply)
        self.merge_action.triggered.connect(lambda: self.merge_from_file())

    # -- public API -----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Forbid writing notes (the plan is locked by someone else)."""
        self._read_only = read_only
        self._update_buttons()

    def set_filter(self, status: str) -> None:
        """Show the notes « ouvert », « resolu » or « tous »."""
        self.view.filter.setCurrentIndex(max(0, self.view.filter.findData(status)))

    def set_current_place(self, chapter_id: str | None, objective_id: str | None = None) -> None:
        """Point new notes at the chapter (window chapter id) or objective the user is on."""
        anchor = anchor_for(chapter_id, objective_id)
        if anchor is None:
            return
        self._current_anchor = anchor
        index = self.view.anchor.findData(anchor)
        if index >= 0:
            self.view.anchor.setCurrentIndex(index)

    def follow(self, plan_view: ChapterView) -> None:
        """Point new notes at what ``plan_view`` shows: its chapter and the objective selected.

        In the objectives chapter the objective is the one selected in its editor, shared
        through :func:`ui.binding.selection.selection_for`.
        """
        self._plan_view = plan_view
        selection_for(self.session).changed.connect(self._on_selected_objective)
        plan_view.chapter_changed.connect(self._on_view_chapter)
        self._on_view_chapter(plan_view.current_chapter())

    def _on_view_chapter(self, chapter_id: str) -> None:
        objective = (selection_for(self.session).objective_id if _lists_objectives(chapter_id)
                     else None)
        self.set_current_place(chapter_id, objective)

    def _on_selected_objective(self, objective_id: str | None) -> None:
        chapter_id = self._plan_view.current_chapter() if self._plan_view is not None else None
        if chapter_id is not None and _lists_objectives(chapter_id):
            self.set_current_place(chapter_id, objective_id or None)

    def current_anchor(self) -> str | None:
        """Return the anchor chosen for a new note."""
        return self.view.anchor.currentData()

    def note_ids(self) -> list[str]:
        """Return the ids of the notes listed (after the filter)."""
        return [self.view.list.item(i).data(ROLE_ID) for i in range(self.view.list.count())]

    def selected_note_id(self) -> str | None:
        """Return the id of the selected note."""
        item = self.view.list.currentItem()
        return item.data(ROLE_ID) if item is not None else None

    def select_note(self, note_id: str) -> bool:
        """Select a note of the list; return False when it is not listed."""
        for i in range(self.view.list.count()):
            item = self.view.list.item(i)
            if item.data(ROLE_ID) == note_id:
                self.view.list.setCurrentItem(item)
                return True
        return False

    def _author(self) -> str:
        """Return the author field; when empty, ask the user's name once (kept for next time)."""
        if not self.view.author.text().strip() and self._ask_author is not None:
            self.view.author.setText(self._ask_author())
        return self.view.author.text()

    def add_note(self, text: str, anchor: str | None = None) -> bool:
        """Add an open note (author and role from the fields) as one undoable step."""
        self._author()
        return self._run(lambda plan: add_note_command(
            plan, anchor=anchor or self.current_anchor() or "", author=self.view.author.text(),
            role=self.view.role.text(), text=text))

    def reply(self, note_id: str, text: str) -> bool:
        """Append a reply to a note's thread as one undoable step."""
        self._author()
        return self._run(lambda plan: reply_command(
            plan, note_id, author=self.view.author.text(), role=self.view.role.text(),
            text=text))

    def set_resolved(self, note_id: str, resolved: bool) -> bool:
        """Resolve or reopen a note as one undoable step."""
        status = NoteStatus.RESOLVED if resolved else NoteStatus.OPEN
        return self._run(lambda plan: set_status_command(plan, note_id, status))

    def show_selected_place(self) -> bool:
        """Ask the editors to show where the selected note points."""
        note = self._note(self.selected_note_id())
        place = place_for_anchor(note.anchor) if note is not None else None
        if place is None:
            return False
        self.session.focus_requested.emit(place)
        return True

    def merge_from_file(self, path: Path | None = None) -> Any:
        """Read a reviewer's copy of the plan off the UI thread and bring back its notes.

        Return the task, or None when no file was chosen.
        """
        from ui.tasks import Task
        from zonalplan.store import read_plan

        if self._read_only:
            return None
        if path is None:
            choose = self._choose_plan_file or pickers.choose_plan_file
            start = str(Path(self.session.path).parent) if self.session.path else ""
            path = choose(self, self.tr("Plan annoté par un relecteur"), start)
            if path is None:
                return None
        self.merge_task = Task(read_plan, Path(path)).success(self._on_reviewer_plan) \
            .failure(self._on_merge_failed) \
            .with_progress(self.tr("Lecture des notes du relecteur…"), self).run()
        return self.merge_task

    # -- editing --------------------------------------------------------------------------------

    def _run(self, build: Callable[[Plan], Any]) -> bool:
        """Build a core command (its checks may refuse it inline) and run it on the session."""
        try:
            command = build(self.session.plan)
        except PlanError as exc:
            self._show_message(str(exc))
            return False
        done = self.session.run(command)
        self._show_message("" if done else self.session.last_error)
        return done

    def _show_message(self, message: str) -> None:
        self.view.message.setText(message)
        self.view.message.setVisible(bool(message))

    def _on_submit(self) -> None:
        text = self.view.text.toPlainText()
        if self._reply_to is not None:
            note_id = self._reply_to
            if self.reply(note_id, text):
                self.view.text.clear()
                self._leave_reply()
                self.select_note(note_id)
        elif self.add_note(text):
            self.view.text.clear()
            added = self.session.plan.review_notes[-1].id if self.session.plan.review_notes \
                else None
            if added is not None and not self.select_note(added):
                self.set_filter("tous")
                self.select_note(added)

    def _on_reply_clicked(self) -> None:
        note = self._note(self.selected_note_id())
        if note is None:
            return
        self._reply_to = note.id
        self.view.compose.setTitle(self.tr("Réponse à la note de {}").format(note.author))
        self.view.anchor.hide()
        self.view.anchor_label.hide()
        self.view.cancel_button.show()
        self.view.submit_button.setText(self.tr("Envoyer la réponse"))
        self.view.text.setFocus()

    def _leave_reply(self) -> None:
        self._reply_to = None
        self.view.compose.setTitle(self.tr("Nouvelle note"))
        self.view.anchor.show()
        self.view.anchor_label.show()
        self.view.cancel_button.hide()
        self.view.submit_button.setText(self.tr("Ajouter la note"))
        self._show_message("")

    def _on_status_clicked(self) -> None:
        note = self._note(self.selected_note_id())
        if note is not None:
            self.set_resolved(note.id, note.status is NoteStatus.OPEN)

    # -- merging --------------------------------------------------------------------------------

    def _on_reviewer_plan(self, reviewer: Plan) -> None:
        try:
            command, summary = merge_notes_command(self.session.plan, reviewer)
        except PlanError as exc:
            dialogs.error(self, self.tr("Notes non reprises"), str(exc))
            self.merge_finished.emit(None)
            return
        if summary.changed and not self.session.run(command):
            self.merge_finished.emit(None)
            return
        dialogs.info(self, self.tr("Notes du relecteur"), summary.text())
        if summary.changed:
            self.set_filter("tous")
        self.merge_finished.emit(summary)

    def _on_merge_failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, PlanError) else \
            self.tr("Lecture impossible ({}).").format(exc)
        dialogs.error(self, self.tr("Notes non reprises"), message)
        self.merge_finished.emit(None)

    # -- drawing --------------------------------------------------------------------------------

    def _note(self, note_id: str | None) -> ReviewNote | None:
        return next((n for n in self.session.plan.review_notes if n.id == note_id), None)

    def _on_changed(self, changes: Any) -> None:
        chapters = set(changes.chapters)
        if chapters & {"review_notes", "plan"}:
            if "plan" in chapters:
                self._fill_anchors()
            self.refresh()
        elif "objectives" in chapters:
            self._objectives_timer.start()

    def _on_objectives_changed(self) -> None:
        self._fill_anchors()
        if self.session.plan.review_notes:
            self.refresh()

    def _fill_anchors(self) -> None:
        combo = self.view.anchor
        keep = combo.currentData() or self._current_anchor
        combo.blockSignals(True)
        combo.clear()
        for anchor, label in anchor_choices(self.session.plan):
            combo.addItem(label, anchor)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """Redraw the list of notes (keeping the selection) and the selected thread."""
        plan = self.session.plan
        wanted = self.view.filter.currentData()
        selected = self.selected_note_id()
        notes = [n for n in plan.review_notes if wanted == "tous" or n.status.value == wanted]
        widget = self.view.list
        widget.blockSignals(True)
        widget.clear()
        for note in notes:
            widget.addItem(self._item(plan, note))
        widget.blockSignals(False)
        if (selected is None or not self.select_note(selected)) and widget.count():
            widget.setCurrentRow(0)
        opened = sum(1 for n in plan.review_notes if n.status is NoteStatus.OPEN)
        self.view.count.setText(self.tr("{} ouverte(s) sur {}").format(opened,
                                                                       len(plan.review_notes)))
        self.view.empty.setText(self.tr("Aucune note de relecture.") if not plan.review_notes
                                else self.tr("Aucune note dans ce filtre."))
        self.view.empty.setVisible(not notes)
        self._on_selection()

    def _item(self, plan: Plan, note: ReviewNote) -> QListWidgetItem:
        replies = len(note.replies)
        extra = self.tr(" · {} réponse(s)").format(replies) if replies else ""
        text = (f"{anchor_label(plan, note.anchor)}\n{_who(note.author, note.role)} · "
                f"{_when(note.date)}{extra}\n{_excerpt(note.text)}")
        item = QListWidgetItem(status_icon(note.status.value), text)
        item.setData(ROLE_ID, note.id)
        item.setToolTip(note.text)
        if note.status is NoteStatus.RESOLVED:
            item.setForeground(QBrush(QColor("#66727d")))
        return item

    def _on_selection(self) -> None:
        note = self._note(self.selected_note_id())
        if note is None:
            self.view.thread.clear()
        else:
            self.view.thread.setHtml(thread_html(self.session.plan, note))
        if self._reply_to is not None and (note is None or note.id != self._reply_to):
            self._leave_reply()
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self._note(self.selected_note_id())
        writable = not self._read_only
        self.view.reply_button.setEnabled(writable and note is not None)
        self.view.status_button.setEnabled(writable and note is not None)
        self.view.status_button.setText(
            self.tr("Rouvrir") if note is not None and note.status is NoteStatus.RESOLVED
            else self.tr("Résoudre"))
        self.view.show_button.setEnabled(note is not None)
        self.view.compose.setEnabled(writable)
        self.merge_action.setEnabled(writable)
