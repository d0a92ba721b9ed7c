"""Editions of the national frame: which one the plan cites, the installed ones, choose another.

A thin view over :mod:`zonalplan.editing.editions`: the rows, what would change for the plan and
the undoable command all come from the core; choosing runs the command through the session (Ctrl+Z
undoes it), importing a pack goes through :func:`zonalplan.reference.packs.import_pack`.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.binding.run import run_checked
from ui.widgets.dialogs import open_any_file
from ui.widgets.rich_html import STYLE
from zonalplan.editing.editions import (
    EditionRow,
    changes_on_choosing,
    choose_edition_command,
    edition_rows,
    plan_edition_record,
)
from zonalplan.model import PlanError

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.reference.api import Reference

COLUMNS = (QT_TRANSLATE_NOOP("EditionsDialog", "Édition"),
           QT_TRANSLATE_NOOP("EditionsDialog", "Date"),
           QT_TRANSLATE_NOOP("EditionsDialog", "Origine"),
           QT_TRANSLATE_NOOP("EditionsDialog", "Situation pour le plan"))
EDITION_ROLE = Qt.ItemDataRole.UserRole + 7


class EditionsDialog(QDialog):
    """List the installed editions; show what changes for the plan; cite the one chosen."""

    def __init__(self, session: PlanSession, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editionsDialog")
        self.setWindowTitle(self.tr("Éditions du référentiel national"))
        self.session = session
        self.reference = reference
        self.rows: list[EditionRow] = []
        self.current = QLabel(self)
        self.current.setObjectName("planEdition")
        self.current.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("editionsTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("EditionsDialog", str(c)) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("editionDetail")
        self.detail.setAccessibleName(self.tr("Ce qui change pour le plan"))
        self.choose_button = QPushButton(self.tr("Citer cette édition dans le plan"), self)
        self.choose_button.setObjectName("chooseEdition")
        self.import_button = QPushButton(self.tr("Importer un paquet…"), self)
        self.import_button.setToolTip(self.tr("Ajouter une édition publiée par le fédéral "
                                              "(paquet de référence .zip)"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 3)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.table.currentCellChanged.connect(lambda *_a: self._show_selected())
        self.choose_button.clicked.connect(self.choose_selected)
        self.import_button.clicked.connect(self._on_import)
        self.session.changed.connect(self._on_changed)
        self.refresh()

    # -- public API ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw the plan's edition set and the installed editions from the core."""
        plan = self.session.plan
        self.current.setText(self.tr("Le plan est écrit selon : <b>%1</b> (période %2–%3).")
                             .replace("%1", escape(plan_edition_record(plan, self.reference)))
                             .replace("%2", str(plan.period.start_year))
                             .replace("%3", str(plan.period.end_year)))
        selected = self.selected_id()
        self.rows = edition_rows(plan, self.reference)
        self.table.setRowCount(len(self.rows))
        target = 0
        for n, row in enumerate(self.rows):
            e = row.edition
            cells = [e.label, e.date or "—", row.origin, row.status]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(EDITION_ROLE, e.id)
                cell.setToolTip(e.title)
                if row.chosen:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(n, column, cell)
            if e.id == selected or (selected is None and row.newest and not row.chosen):
                target = n
        if self.rows:
            self.table.setCurrentCell(target, 0)
        self._show_selected()

    def selected_id(self) -> str | None:
        """Return the id of the edition selected in the table."""
        cell = self.table.item(self.table.currentRow(), 0)
        return cell.data(EDITION_ROLE) if cell else None

    def select(self, edition_id: str) -> bool:
        """Select an edition by id."""
        for n, row in enumerate(self.rows):
            if row.edition.id == edition_id:
                self.table.setCurrentCell(n, 0)
                return True
        return False

    def choose_selected(self) -> bool:
        """Make the plan cite the selected edition (one undoable step)."""
        edition_id = self.selected_id()
        if edition_id is None:
            return False
        try:
            command = choose_edition_command(self.session.plan, self.reference, edition_id)
        except PlanError as exc:
            self._say(str(exc), error=True)
            return False
        if command is None:
            return False
        message = run_checked(self.session, command)
        if message:
            self._say(message, error=True)
            return False
        self._say(self.tr("Le plan cite désormais %1 (Ctrl+Z pour annuler).")
                  .replace("%1", plan_edition_record(self.session.plan, self.reference)))
        return True

    # -- private -------------------------------------------------------------------------------

    def _row(self) -> EditionRow | None:
        edition_id = self.selected_id()
        return next((r for r in self.rows if r.edition.id == edition_id), None)

    def _show_selected(self) -> None:
        row = self._row()
        self.choose_button.setEnabled(row is not None and not row.chosen
                                      and not self.session.read_only)
        if row is None:
            self.detail.clear()
            return
        e = row.edition
        html = [STYLE, f"<h2>{escape(e.label)}</h2>"]
        if e.title != e.label:
            html.append(f"<p class='meta'>{escape(e.title)}</p>")
        facts = [self.tr("Valable : %1–%2").replace("%1", str(e.valid_from))
                 .replace("%2", str(e.valid_to))]
        if e.replaces:
            facts.append(self.tr("remplace %1").replace("%1", e.replaces))
        facts.append(row.origin)
        html.append(f"<p class='meta'>{escape(' · '.join(facts))}</p>")
        if e.source_text:
            html.append(f"<p class='cite'>{escape(self.tr('Texte source : %1'))}</p>"
                        .replace("%1", escape(e.source_text)))
        if row.chosen:
            html.append(f"<p>{escape(self.tr('Le plan cite cette édition.'))}</p>")
        else:
            try:
                changes = changes_on_choosing(self.session.plan, self.reference, e.id)
            except PlanError as exc:
                changes = [str(exc)]
            html.append(f"<h4>{escape(self.tr('Ce qui change pour ce plan'))}</h4>")
            html.append("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in changes) + "</ul>"
                        if changes else
                        f"<p>{escape(self.tr('Rien ne change pour les éléments liés au plan.'))}"
                        "</p>")
        self.detail.setHtml("".join(html))

    def _on_changed(self, changes: Any) -> None:
        if {"metadata", "period", "plan", "objectives", "decisions"} & set(changes.chapters):
            self.refresh()

    def _on_import(self) -> None:
        path = open_any_file(self, self.tr("Importer un paquet de référence"),
                             self.tr("Paquet de référence (*.zip)"))
        if path is None:
            return
        self.import_pack(path)

    def import_pack(self, path: Any) -> bool:
        """Import a reference pack (zip or folder) and list it; say why when refused."""
        from zonalplan.reference.packs import import_pack

        base = getattr(self.reference, "base", self.reference)
        try:
            edition = import_pack(path, base)
        except PlanError as exc:
            self._say(str(exc), error=True)
            return False
        self.refresh()
        self.select(edition.id)
        self._say(self.tr("Édition %1 importée.").replace("%1", edition.label))
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.status.setText(text)

    def done(self, result: int) -> None:
        try:
            self.session.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
