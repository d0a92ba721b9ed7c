"""The « Versions » chapter: named snapshots kept inside the plan file; restore is undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.binding.protocol import PlanSession
from ui.binding.values import format_date
from ui.resources import icon
from ui.widgets import dialogs
from ui.widgets.reflow import FlowLayout
from zonalplan.commands import ReplacePlan
from zonalplan.model import PlanError

if TYPE_CHECKING:
    from zonalplan.alignment.report import Place

ROLE_ID = Qt.ItemDataRole.UserRole


CompareVersion = Callable[[QWidget, PlanSession, int], Any]
"""Show the differences between a version (its id) and the plan (the shell provides it)."""


class VersionsView(QWidget):
    """Widgets only; :class:`VersionsEditor` adds the behaviour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("versionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Auteur"),
                                              self.tr("Créée le")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.create = QPushButton(icon("version"), self.tr("Créer une version…"), self)
        self.create.setObjectName("createVersion")
        self.restore = QPushButton(icon("restore"), self.tr("Restaurer…"), self)
        self.restore.setObjectName("restoreVersion")
        self.compare = QPushButton(icon("version"), self.tr("Comparer avec la version actuelle…"),
                                   self)
        self.compare.setObjectName("compareVersion")
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #66727d;")
        buttons = FlowLayout().add_widgets(self.create, self.restore, self.compare)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)


class VersionsEditor(VersionsView):
    """List, create and restore the versions of the plan file."""

    def __init__(self, session: PlanSession, author: Callable[[], str] = lambda: "",
                 parent: QWidget | None = None, *, compare: CompareVersion | None = None):
        super().__init__(parent)
        self.session = session
        self._author = author
        self._compare = compare
        self._read_only = False
        self._connect_callbacks()
        self.refresh()

    def _connect_callbacks(self) -> None:
        self.create.clicked.connect(self.create_version)
        self.restore.clicked.connect(self._on_restore)
        self.compare.clicked.connect(self.compare_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._on_restore())
        self.session.saved.connect(self.refresh)

    def refresh(self) -> None:
        """Reload the list of versions from the file."""
        plan_file = self.session.plan_file
        self.table.setRowCount(0)
        if plan_file is None:
            self.notice.setText(self.tr("Enregistrez le plan dans un fichier pour garder des "
                                        "versions."))
            self._update_buttons()
            return
        self.notice.setText(self.tr("Une version garde tout le plan sous un nom, dans le "
                                    "fichier. Restaurer remplace le contenu affiché ; Ctrl+Z "
                                    "annule la restauration."))
        for info in reversed(plan_file.snapshots()):
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(info.label)
            label.setData(ROLE_ID, info.id)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(info.author))
            self.table.setItem(row, 2, QTableWidgetItem(info.created_display))
        if self.table.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = self.session.plan_file is not None and not self._read_only
        self.create.setEnabled(usable)
        self.restore.setEnabled(usable and self.selected_id() is not None)
        self.compare.setEnabled(self.session.plan_file is not None
                                and self.selected_id() is not None)

    def compare_selected(self) -> Any:
        """Show the differences between the selected version and the plan as shown."""
        snapshot_id = self.selected_id()
        if snapshot_id is None or self._compare is None:
            return None
        return self._compare(self, self.session, snapshot_id)

    def selected_id(self) -> int | None:
        """Return the id of the selected version."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ROLE_ID) if item else None

    def create_version(self) -> int | None:
        """Ask for a name and store the plan as shown (saved or not) as a version."""
        plan_file = self.session.plan_file
        if plan_file is None or self._read_only:
            return None
        suggestion = self.session.plan.approval.version_label or self.tr("Projet du {}").format(
            format_date(dt.date.today()))
        label = dialogs.ask_text(self, self.tr("Créer une version"),
                                 self.tr("Nom de la version :"), suggestion)
        if label is None:
            return None
        try:
            snapshot_id = plan_file.create_snapshot(label, author=self._author(),
                                                    plan=self.session.plan)
        except PlanError as exc:
            dialogs.error(self, self.tr("Version non créée"), str(exc))
            return None
        self.refresh()
        return snapshot_id

    def _on_restore(self) -> None:
        snapshot_id = self.selected_id()
        if snapshot_id is not None:
            self.restore_version(snapshot_id)

    def restore_version(self, snapshot_id: int) -> bool:
        """Replace the plan by a version, after confirmation; undoable with Ctrl+Z."""
        plan_file = self.session.plan_file
        if plan_file is None or self._read_only:
            return False
        info = next((s for s in plan_file.snapshots() if s.id == snapshot_id), None)
        if info is None:
            return False
        if not dialogs.confirm(
                self, self.tr("Restaurer une version"),
                self.tr("Remplacer le contenu du plan par la version « {} » du {} ?\n\nL'état "
                        "actuel est d'abord gardé comme version, et la restauration peut être "
                        "annulée (Ctrl+Z).").format(info.label, info.created_display),
                ok=self.tr("Restaurer")):
            return False
        try:
            restored = plan_file.load_snapshot(snapshot_id)
            plan_file.create_snapshot(self.tr("Avant restauration de « {} »").format(info.label),
                                      author=self._author(), plan=self.session.plan)
        except PlanError as exc:
            dialogs.error(self, self.tr("Restauration impossible"), str(exc))
            return False
        done = self.session.run(ReplacePlan(restored, text=self.tr("Restaurer la version « {} »")
                                            .format(info.label)))
        self.refresh()
        return done

    def show_place(self, _place: Place) -> bool:
        """Nothing to point at."""
        return False

    def focus_first(self) -> None:
        """Put the focus in the list."""
        self.table.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Forbid creating and restoring versions."""
        self._read_only = read_only
        self._update_buttons()
