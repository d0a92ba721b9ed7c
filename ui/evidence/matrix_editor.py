"""The argument matrix (*matrice d'argumentation*) as a table: phenomena × sources of evidence.

Each cell holds a score (0-3) and a short note, edited in the form under the table; the row's
total, share and the matrix's proposal come from ``zonalplan.evidence.matrix``; the chief confirms
the decision of each row. Two actions feed the plan: the PNS decisions and the « phénomènes non
retenus » text. Every change is one undoable command.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.binding.widgets import BoundTextEdit
from ui.evidence.edits import run_edit
from ui.evidence.labels import criterion_labels, proposal_labels, rule_text
from ui.widgets import dialogs
from ui.widgets.reflow import FlowLayout, ReflowSplitter, together
from zonalplan.commands import InsertElement, RemoveElement, SetValue
from zonalplan.editing import evidence as ev
from zonalplan.i18n import current as interface_language
from zonalplan.model.matrix import Criterion, MatrixRow, Proposal

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession

CRITERIA = list(Criterion)
COL_TOTAL, COL_SHARE, COL_PROPOSAL, COL_DECISION = (len(CRITERIA) + i for i in range(4))
_COLOURS = {Proposal.PRIORITY: "#d7ead3", Proposal.ATTENTION_POINT: "#fff2cc",
            Proposal.REGULAR: "#eef1f4", Proposal.NOT_RETAINED: "#f4dcdc"}


class MatrixView(QWidget):
    """Layout: weights, the table, the rule, the selected cell's form, actions, the comment."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = criterion_labels()
        # « Pondérations : » then each criterion with its weight, as many a row as fit
        weights = FlowLayout(spacing=8)
        weights.addWidget(QLabel(self.tr("Pondérations :"), self))
        self.weights: dict[Criterion, QSpinBox] = {}
        for criterion in CRITERIA:
            spin = QSpinBox(self)
            spin.setRange(0, 5)
            spin.setObjectName(f"weight_{criterion.value}")
            spin.setAccessibleName(self.tr("Pondération : {}").format(labels[criterion]))
            spin.setToolTip(labels[criterion])
            name = QLabel(labels[criterion], self)
            name.setBuddy(spin)
            weights.addWidget(together(name, spin))
            self.weights[criterion] = spin
        self.table = QTableWidget(0, len(CRITERIA) + 4, self)
        self.table.setObjectName("matrixTable")
        self.table.setHorizontalHeaderLabels(
            [textwrap.fill(labels[c], 14) for c in CRITERIA]
            + [self.tr("Total"), self.tr("Part"), self.tr("Proposition"), self.tr("Décision")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(96)
        header.resizeSection(COL_TOTAL, 64)
        header.resizeSection(COL_SHARE, 56)
        header.resizeSection(COL_PROPOSAL, 150)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setMaximumWidth(240)
        self.rule = QLabel(rule_text(), self)
        self.rule.setObjectName("matrixRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #4a5561;")

        self.cell_box = QGroupBox(self.tr("Cellule choisie"), self)
        self.score = QSpinBox(self.cell_box)
        self.score.setObjectName("cellScore")
        self.score.setRange(0, 3)
        self.score.setToolTip(self.tr("0 : aucun, 1 : faible, 2 : net, 3 : fort"))
        self.note = QLineEdit(self.cell_box)
        self.note.setObjectName("cellNote")
        self.note.setMaxLength(1000)
        self.note.setPlaceholderText(self.tr("Justification courte (source, chiffre, attente…)"))
        self.decision = QComboBox(self.cell_box)
        self.decision.setObjectName("rowDecision")
        self.decision.addItem(self.tr("(à confirmer)"), None)
        for proposal, label in proposal_labels().items():
            self.decision.addItem(label, proposal)
        self.theme = QComboBox(self.cell_box)
        self.theme.setObjectName("rowTheme")
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(16)
        self.theme.setToolTip(self.tr("Le thème du PNS dont la décision suit ce phénomène"))
        self.justification = QLineEdit(self.cell_box)
        self.justification.setObjectName("rowJustification")
        self.justification.setMaxLength(1000)
        self.justification.setPlaceholderText(self.tr("Pourquoi cette décision (reprise dans les "
                                                      "décisions PNS)"))
        form = QFormLayout(self.cell_box)
        form.addRow(self.tr("Score (0-3) :"), self.score)
        form.addRow(self.tr("Justification :"), self.note)
        form.addRow(self.tr("Décision confirmée :"), self.decision)
        form.addRow(self.tr("Motivation :"), self.justification)
        form.addRow(self.tr("Thème PNS :"), self.theme)

        self.add_button = QPushButton(self.tr("Ajouter un phénomène…"), self)
        self.remove_button = QPushButton(self.tr("Retirer le phénomène"), self)
        self.report_button = QPushButton(self.tr("Reporter sur les décisions PNS"), self)
        self.report_button.setObjectName("reportDecisions")
        self.report_button.setToolTip(self.tr("Les phénomènes liés à un thème national et dont la "
                                              "décision est confirmée fixent la décision PNS"))
        self.non_retained_button = QPushButton(
            self.tr("Rédiger la motivation des phénomènes non retenus"), self)
        self.non_retained_button.setObjectName("writeNonRetained")
        actions = FlowLayout().add_widgets(self.add_button, self.remove_button,
                                           self.report_button, self.non_retained_button)
        self.comment = BoundTextEdit(session, ("sections", "argument_matrix"),
                                     self.tr("Commentaire de la matrice"), self)
        self.comment.setObjectName("text_argument_matrix")
        self.comment.setPlaceholderText(self.tr("Commentaire : méthode, sources, qui a noté…"))

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(weights)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.rule)
        top_layout.addLayout(actions)
        # the cell's form beside the comment, or above it on a narrow editor
        bottom = ReflowSplitter(widths=(300, 220), stacked_height=120, parent=self)
        self.comment.setMinimumHeight(90)
        bottom.addWidget(self.cell_box)
        bottom.addWidget(self.comment)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)


class MatrixEditor(QWidget):
    """Controller of :class:`MatrixView` (see module docstring)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._updating = False
        self._read_only = False
        self.view = MatrixView(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._connect_callbacks()
        self._refresh()
        if self.view.table.rowCount():
            self.view.table.setCurrentCell(0, 0)
        self.set_read_only(session.content_locked)

    # -- public API ----------------------------------------------------------------------------

    def select_cell(self, row: int, criterion: Criterion) -> None:
        """Select the cell of row ``row`` and ``criterion``."""
        self.view.table.setCurrentCell(row, CRITERIA.index(criterion))

    def current_row(self) -> MatrixRow | None:
        """Return the phenomenon of the selected row."""
        rows = self._session.plan.argument_matrix.rows
        index = self.view.table.currentRow()
        return rows[index] if 0 <= index < len(rows) else None

    def current_criterion(self) -> Criterion | None:
        """Return the source of evidence of the selected cell (None outside the scores)."""
        column = self.view.table.currentColumn()
        return CRITERIA[column] if 0 <= column < len(CRITERIA) else None

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading only (review mode, read-only file)."""
        self._read_only = read_only
        view = self.view
        for widget in (*view.weights.values(), view.score, view.note, view.decision,
                       view.add_button, view.remove_button, view.report_button,
                       view.non_retained_button):
            widget.setEnabled(not read_only)
        view.comment.set_read_only(read_only)
        self._show_cell()

    def show_place(self, place: object) -> bool:
        """Return False: findings never point inside this page."""
        return False

    def focus_first(self) -> None:
        """Put the focus in the table."""
        self.view.table.setFocus()

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        view = self.view
        self._session.changed.connect(self._on_changed)
        view.table.currentCellChanged.connect(lambda *_: self._show_cell())
        for criterion, spin in view.weights.items():
            spin.valueChanged.connect(lambda value, c=criterion: self._on_weight(c, value))
        view.score.valueChanged.connect(self._on_score)
        view.note.editingFinished.connect(self._on_note)
        view.decision.activated.connect(self._on_decision)
        view.justification.editingFinished.connect(self._on_justification)
        view.theme.activated.connect(self._on_theme)
        view.add_button.clicked.connect(self._on_add)
        view.remove_button.clicked.connect(self._on_remove)
        view.report_button.clicked.connect(self._on_report)
        view.non_retained_button.clicked.connect(self._on_non_retained)

    def _on_changed(self, changes: Any) -> None:
        if {"argument_matrix", "plan"} & set(changes.chapters):
            self._refresh()

    def _edit(self, text: str, build: Any, *args: Any, **kwargs: Any) -> bool:
        done = run_edit(self, self._session, self.tr("Matrice d'argumentation"), text, build,
                        *args, **kwargs)
        if not done:
            self._refresh()
        return done

    def _on_weight(self, criterion: Criterion, value: int) -> None:
        if self._updating:
            return
        self._edit(self.tr("Modifier une pondération"), ev.matrix_weight_command, criterion, value)

    def _on_score(self, value: int) -> None:
        row, criterion = self.current_row(), self.current_criterion()
        if self._updating or row is None or criterion is None:
            return
        cell = row.cells.get(criterion)
        if cell is not None and cell.score == value:
            return
        self._edit(self.tr("Score de « {} »").format(row.phenomenon), ev.matrix_cell_command,
                   row.id, criterion, score=value)

    def _on_note(self) -> None:
        row, criterion = self.current_row(), self.current_criterion()
        if self._updating or row is None or criterion is None:
            return
        text = self.view.note.text().strip()
        cell = row.cells.get(criterion)
        if (cell.note if cell else "") == text:
            return
        self._edit(self.tr("Justification de « {} »").format(row.phenomenon),
                   ev.matrix_cell_command, row.id, criterion, note=text)

    def _on_decision(self, _index: int) -> None:
        row = self.current_row()
        if self._updating or row is None:
            return
        decision = self.view.decision.currentData()
        if decision == row.decision:
            return
        self._edit(self.tr("Décision de « {} »").format(row.phenomenon),
                   ev.matrix_decision_command, row.id, decision)

    def _on_justification(self) -> None:
        row = self.current_row()
        text = self.view.justification.text().strip()
        if self._updating or row is None or text == row.justification:
            return
        self._edit(self.tr("Motivation de « {} »").format(row.phenomenon),
                   SetValue(("argument_matrix", "rows", row.id, "justification"), text))

    def _on_theme(self, _index: int) -> None:
        row = self.current_row()
        ref_id = self.view.theme.currentData()
        if self._updating or row is None or ref_id == row.ref_id:
            return
        self._edit(self.tr("Thème PNS de « {} »").format(row.phenomenon),
                   SetValue(("argument_matrix", "rows", row.id, "ref_id"), ref_id))

    def _fill_themes(self, current: str | None) -> None:
        combo = self.view.theme
        combo.clear()
        combo.addItem(self.tr("(aucun)"), None)
        reference = self._session.reference
        language = interface_language()
        nodes = [reference.localize(n, language) for n in reference.pns_nodes] \
            if reference is not None else []
        for node in nodes:
            combo.addItem(f"{node.number} {node.title}" if node.number else node.title, node.id)
        if current and combo.findData(current) < 0:
            item = reference.item(current, language) if reference is not None else None
            combo.addItem(item.title if item is not None else current, current)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)

    def _on_add(self) -> None:
        name = dialogs.ask_text(self, self.tr("Ajouter un phénomène"),
                                self.tr("Phénomène (ex. cambriolages dans les habitations) :"))
        if not name or not name.strip():
            return
        try:
            row = MatrixRow(phenomenon=name.strip()[:300])
        except ValueError:
            return
        if self._edit(self.tr("Ajouter « {} »").format(row.phenomenon),
                      InsertElement(("argument_matrix", "rows"), row)):
            self.view.table.setCurrentCell(self.view.table.rowCount() - 1, 0)

    def _on_remove(self) -> None:
        row = self.current_row()
        if row is None or not dialogs.confirm(
                self, self.tr("Retirer le phénomène"),
                self.tr("Retirer « {} » de la matrice ?").format(row.phenomenon),
                ok=self.tr("Retirer")):
            return
        self._edit(self.tr("Retirer « {} »").format(row.phenomenon),
                   RemoveElement(("argument_matrix", "rows"), row.id))

    def _on_report(self) -> None:
        if self._edit(self.tr("Reporter la matrice sur les décisions PNS"),
                      ev.report_decisions_command):
            dialogs.info(self, self.tr("Décisions PNS"),
                         self.tr("Les décisions PNS des phénomènes confirmés ont été mises à "
                                 "jour (Ctrl+Z pour annuler)."))

    def _on_non_retained(self) -> None:
        plan = self._session.plan
        if plan.sections.non_retained.strip() and not dialogs.confirm(
                self, self.tr("Phénomènes non retenus"),
                self.tr("Le texte « Motivation des phénomènes non retenus » sera remplacé par "
                        "celui de la matrice. Continuer ?"), ok=self.tr("Remplacer")):
            return
        self._edit(self.tr("Rédiger la motivation des phénomènes non retenus"),
                   ev.non_retained_command)

    # -- drawing -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        from zonalplan.evidence.matrix import score

        matrix = self._session.plan.argument_matrix
        table = self.view.table
        proposals = proposal_labels()
        self._updating = True
        try:
            for criterion, spin in self.view.weights.items():
                spin.setValue(matrix.weights.get(criterion, 1))
            row_now, column_now = table.currentRow(), table.currentColumn()
            table.setRowCount(len(matrix.rows))
            table.setVerticalHeaderLabels([r.phenomenon for r in matrix.rows])
            for r, row in enumerate(matrix.rows):
                result = score(matrix, row)
                for c, criterion in enumerate(CRITERIA):
                    cell = row.cells.get(criterion)
                    item = QTableWidgetItem(str(cell.score if cell else 0))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(cell.note if cell and cell.note else "")
                    if cell and cell.note:
                        item.setText(f"{cell.score} ✎")
                    table.setItem(r, c, item)
                decided = row.decision
                texts = {COL_TOTAL: f"{result.total} / {result.maximum}",
                         COL_SHARE: f"{result.share * 100:.0f} %",
                         COL_PROPOSAL: proposals[result.proposal],
                         COL_DECISION: proposals[decided] if decided else self.tr("à confirmer")}
                for column, text in texts.items():
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if column == COL_PROPOSAL:
                        item.setBackground(QBrush(QColor(_COLOURS[result.proposal])))
                    if column == COL_DECISION and decided is None:
                        item.setForeground(QBrush(QColor("#8a6d00")))
                    table.setItem(r, column, item)
            if 0 <= row_now < table.rowCount():
                table.setCurrentCell(row_now, column_now)
        finally:
            self._updating = False
        self._show_cell()

    def _show_cell(self) -> None:
        view = self.view
        row, criterion = self.current_row(), self.current_criterion()
        self._updating = True
        try:
            cell = row.cells.get(criterion) if row and criterion else None
            view.score.setValue(cell.score if cell else 0)
            view.note.setText(cell.note if cell else "")
            index = view.decision.findData(row.decision) if row and row.decision else 0
            view.decision.setCurrentIndex(max(0, index))
            view.justification.setText(row.justification if row else "")
            self._fill_themes(row.ref_id if row else None)
            if row is None:
                view.cell_box.setTitle(self.tr("Choisissez une cellule de la matrice."))
            elif criterion is None:
                view.cell_box.setTitle(row.phenomenon)
            else:
                view.cell_box.setTitle(f"{row.phenomenon} — {criterion_labels()[criterion]}")
            view.cell_box.setToolTip(view.cell_box.title())
        finally:
            self._updating = False
        editable = not self._read_only
        view.score.setEnabled(editable and criterion is not None and row is not None)
        view.note.setEnabled(editable and criterion is not None and row is not None)
        for widget in (view.decision, view.justification, view.theme):
            widget.setEnabled(editable and row is not None)
        view.remove_button.setEnabled(editable and row is not None)
