"""« Suivi »: the four parts of the follow-up, each with a line saying where it stands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.binding.protocol import PlanSession
from ui.followup.chapter import FollowUpChapter
from ui.followup.labels import status_text
from zonalplan.commands import Changes
from zonalplan.followup.status import Status, dashboard


class FollowUpHome(FollowUpChapter, QWidget):
    """A list of the follow-up parts; Enter or a double-click opens one."""

    chapter_requested = Signal(str)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        intro = QLabel(self.tr("Après l'approbation, le plan se suit pendant six ans : plans "
                               "d'action annuels, mesures des indicateurs, tableau de bord et "
                               "rapports au conseil zonal de sécurité. Double-cliquez sur une "
                               "partie pour l'ouvrir."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("followupParts")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(
            lambda item: self.chapter_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        session.changed.connect(self._on_changed)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Stay usable in a read-only plan or in review mode: this page changes nothing."""

    def _on_changed(self, changes: Changes) -> None:
        if {"followup", "objectives", "plan"} & set(changes.chapters):
            self.refresh()

    def refresh(self) -> None:
        """Recount actions, measurements and statuses."""
        plan = self.session.plan
        year = min(max(dt.date.today().year, plan.period.start_year), plan.period.end_year)
        actions = [a for a in plan.followup.actions if a.year == year]
        rows = dashboard(plan.objectives, plan.followup)
        late = sum(1 for r in rows if r.status is Status.OFF_TRACK)
        parts = [
            ("followup_actions", self.tr("Plans d'action"),
             self.tr("%1 action(s) en %2").replace("%1", str(len(actions))).replace(
                 "%2", str(year))),
            ("followup_measures", self.tr("Mesures"),
             self.tr("%1 mesure(s) enregistrée(s)").replace(
                 "%1", str(len(plan.followup.measurements)))),
            ("followup_dashboard", self.tr("Tableau de bord"),
             self.tr("%1 objectif(s), dont %2 « %3 »").replace("%1", str(len(rows))).replace(
                 "%2", str(late)).replace("%3", status_text(Status.OFF_TRACK))),
            ("followup_reports", self.tr("Rapports"),
             self.tr("rapport annuel, évaluations, plan d'action")),
        ]
        self.list.clear()
        for chapter_id, title, line in parts:
            item = QListWidgetItem(f"{title} — {line}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, chapter_id)
