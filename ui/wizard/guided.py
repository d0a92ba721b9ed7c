"""Guided mode: a bar above the editor that walks through the chapters one step at a time.

The steps are the chapters of ``zonalplan.guidance.guided_steps()``. The chief can leave at any
time; the main window remembers the step in the preferences and resumes there when the plan opens
again (or starts at the first chapter that is not complete).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.resources import icon
from ui.widgets.elided import ElidedButton, ElidedLabel
from zonalplan.guidance import CHAPTERS_BY_ID, first_incomplete, guided_steps

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


_STYLE = ("QFrame#guidedBar { background: #e8f1fb; border: 1px solid #9cc0e6; "
          "border-radius: 4px; }")


class GuidedBar(QFrame):
    """« Mode guidé — étape 3 sur 16 : Territoire »  [Précédent] [Suivant] [Quitter]."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidedBar")
        self.setStyleSheet(_STYLE)
        badge = QLabel(self)
        badge.setPixmap(icon("guided").pixmap(20, 20))
        self.label = ElidedLabel("", self)  # one line: the bar never changes height
        self.label.setObjectName("guidedLabel")
        self.previous = QPushButton(icon("previous"), self.tr("Précédent"), self)
        self.previous.setObjectName("guidedPrevious")
        self.next = ElidedButton(icon("next"), self.tr("Suivant"), self, max_width=200)
        self.next.setMinimumWidth(200)  # same place whatever the next chapter's title
        self.next.setObjectName("guidedNext")
        self.next.setDefault(True)
        self.quit = QPushButton(self.tr("Quitter le mode guidé"), self)
        self.quit.setObjectName("guidedQuit")
        self.quit.setToolTip(self.tr("Vous pourrez reprendre plus tard (menu Affichage)."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(badge)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.quit)
        self.setFixedHeight(self.sizeHint().height())
        self.hide()


class GuidedController(QObject):
    """Drive a :class:`GuidedBar` and a plan view (anything with ``show_chapter``,
    ``current_chapter``, ``chapter_changed`` and ``pages``)."""

    step_changed = Signal(str)
    stopped = Signal()

    def __init__(self, plan_view: Any, bar: GuidedBar, reference: Reference | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.view = plan_view
        self.bar = bar
        self.reference = reference
        self.steps = [c.id for c in guided_steps()]
        self.active = False
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.bar.previous.clicked.connect(self.previous)
        self.bar.next.clicked.connect(self.next)
        self.bar.quit.clicked.connect(self.stop)
        self.view.chapter_changed.connect(self._on_chapter_changed)

    def start(self, chapter_id: str | None = None) -> None:
        """Start (or resume) at ``chapter_id``, or at the first chapter not complete."""
        if chapter_id not in self.steps:
            chapter_id = first_incomplete(self.view.session.plan, self.reference).id
        self.active = True
        self.bar.show()
        self.view.show_chapter(chapter_id, focus=True)
        self._update(chapter_id)

    def stop(self) -> None:
        """Leave guided mode."""
        if not self.active:
            return
        self.active = False
        self.bar.hide()
        self.stopped.emit()

    def next(self) -> None:
        """Go to the next step, or leave guided mode after the last one."""
        current = self.view.current_chapter()
        index = self.steps.index(current) + 1 if current in self.steps else 0
        if index >= len(self.steps):
            self.stop()
            return
        self.view.show_chapter(self.steps[index], focus=True)

    def previous(self) -> None:
        """Go back one step."""
        current = self.view.current_chapter()
        index = self.steps.index(current) - 1 if current in self.steps else 0
        self.view.show_chapter(self.steps[max(0, index)], focus=True)

    def current_step(self) -> str | None:
        """Return the chapter of the current step (None when not active)."""
        return self.view.current_chapter() if self.active else None

    def _on_chapter_changed(self, chapter_id: str) -> None:
        if self.active:
            self._update(chapter_id)

    def _update(self, chapter_id: str) -> None:
        title = CHAPTERS_BY_ID[chapter_id].title
        if chapter_id not in self.steps:
            self.bar.label.setText(self.tr("<b>Mode guidé</b> — « {} » est hors du parcours ; "
                                           "« Suivant » reprend au premier chapitre.")
                                   .format(title))
            self.bar.previous.setEnabled(False)
            self.bar.next.setText(self.tr("Suivant"))
            return
        index = self.steps.index(chapter_id)
        self.bar.label.setText(self.tr("<b>Mode guidé</b> — étape {} sur {} : {}")
                               .format(index + 1, len(self.steps), title))
        self.bar.previous.setEnabled(index > 0)
        if index + 1 < len(self.steps):
            following = CHAPTERS_BY_ID[self.steps[index + 1]].title
            self.bar.next.setText(self.tr("Suivant : {}").format(following))
        else:
            self.bar.next.setText(self.tr("Terminer"))
        self.step_changed.emit(chapter_id)


class GuidedMemory(QObject):
    """Remember, per plan file, the step where guided mode stopped (in the preferences), so the
    chief can leave and resume."""

    def __init__(self, steps: dict[str, str], save: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.steps = steps  # Preferences.guided: plan path → chapter id
        self._save = save
        self._key: Any = lambda: None

    def attach(self, controller: GuidedController, key: Any) -> None:
        """Follow a controller; ``key()`` returns the plan's path key (None: not saved yet)."""
        self._key = key
        controller.step_changed.connect(self._on_step)
        controller.stopped.connect(self._on_stopped)

    def step_for(self, key: str | None) -> str | None:
        """Return the remembered step of a plan."""
        step = self.steps.get(key) if key else None
        return step if step in CHAPTERS_BY_ID else None

    def move(self, old: str | None, new: str | None) -> None:
        """Carry the remembered step over to a new file name (Enregistrer sous)."""
        if old in self.steps and new:
            self.steps[new] = self.steps.pop(old)

    def _on_step(self, chapter_id: str) -> None:
        key = self._key()
        if key:
            self.steps[key] = chapter_id
            self._save()

    def _on_stopped(self) -> None:
        key = self._key()
        if key and self.steps.pop(key, None) is not None:
            self._save()
