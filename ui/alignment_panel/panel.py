"""Alignment panel (dock): what the check found, grouped by severity; a click jumps to the field."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.alignment_panel.findings_model import FINDING_ROLE, SEVERITIES, FindingsModel
from ui.alignment_panel.panel_view import AlignmentPanelView

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Report
    from zonalplan.reference.api import Reference


SUMMARY_KEYS = ("retenu", "fonctionnement_regulier", "non_retenu", "indecis")


class AlignmentPanel(QDockWidget):
    """Show the live alignment report; clicking a finding emits ``session.focus_requested``."""

    def __init__(self, session: PlanSession, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Alignement national"), parent)
        self.setObjectName("alignmentPanel")
        self._session = session
        self._reference = reference
        self._report: Any = None
        self._expanded = {s: s != "info" for s in SEVERITIES}
        self.view = AlignmentPanelView(self)
        self.setWidget(self.view)
        if isinstance(parent, QDockWidget):  # hosted inside a dock of the main window
            self.setTitleBarWidget(QWidget(self))
            self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.model = FindingsModel(self)
        self.view.tree.setModel(self.model)
        self._connect_callbacks()
        report = session.report
        if report is not None:
            self._on_report(report)
        else:
            self.view.state_label.setText(self.tr("Vérification en cours…"))
            QTimer.singleShot(0, self._session.recheck)

    # -- public API ----------------------------------------------------------------------------

    def set_read_only(self, _read_only: bool) -> None:
        """Do nothing: the panel only reads the plan."""

    @property
    def report(self) -> Any:
        """Return the report shown."""
        return self._report

    def findings(self, severity: str | None = None) -> list[Any]:
        """Return the findings shown (of one severity, or all)."""
        return self.model.findings(severity)

    def activate(self, finding: Any) -> None:
        """Ask the editors to show the place of a finding."""
        self._session.focus_requested.emit(finding.place)

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        self._session.report_ready.connect(self._on_report)
        self._session.changed.connect(self._on_changed)
        self.view.tree.clicked.connect(self._on_clicked)
        self.view.tree.activated.connect(self._on_clicked)
        self.view.tree.expanded.connect(lambda index: self._remember(index, True))
        self.view.tree.collapsed.connect(lambda index: self._remember(index, False))
        self.view.tree.selectionModel().currentChanged.connect(self._on_current)
        self.view.check_button.clicked.connect(self._session.recheck)

    # -- handlers ------------------------------------------------------------------------------

    def _on_report(self, report: Report | None) -> None:
        current = self.view.tree.currentIndex().data(FINDING_ROLE)
        self._report = report
        self.model.set_report(report)
        for severity in SEVERITIES:
            index = self.model.group_index(severity)
            self.view.tree.setExpanded(index, self._expanded[severity]
                                       and self.model.count(severity) > 0)
        if current is not None:
            index = self.model.index_of(current)
            if index.isValid():
                self.view.tree.setCurrentIndex(index)
        self._show_coverage(report)
        total = sum(self.model.count(s) for s in SEVERITIES)
        self.view.state_label.setText(self.tr("Aucune remarque : le plan est aligné.") if not total
                                      else self.tr("À jour."))
        self._on_current(self.view.tree.currentIndex())

    def _on_changed(self, _changes: Any) -> None:
        self.view.state_label.setText(self.tr("Vérification en cours…"))

    def _on_clicked(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            self.activate(finding)

    def _on_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        if finding is None:
            self.view.detail.setText("")
            self.view.detail.hide()
            return
        text = f"<b>{escape(finding.message)}</b>"
        if finding.hint:
            text += f"<br>{escape(finding.hint)}"
        text += (f"<br><span style='color: palette(placeholder-text)'>"
                 f"{escape(self.model.chapter_label(finding))}</span>")
        self.view.detail.setText(text)
        self.view.detail.show()

    # -- private -------------------------------------------------------------------------------

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if index.isValid() and index.internalId() == 0:
            self._expanded[SEVERITIES[index.row()]] = expanded

    def _show_coverage(self, report: Report | None) -> None:
        coverage = report.coverage if report is not None else None
        summary = dict(coverage.summary) if coverage is not None else {}
        if not any(key in summary for key in SUMMARY_KEYS) and coverage is not None:
            for theme in coverage.themes:
                key = theme.decision or "indecis"
                summary[key] = summary.get(key, 0) + 1
        counts = [summary.get(key, 0) for key in SUMMARY_KEYS]
        labels = [self.tr("retenus"), self.tr("régulier"), self.tr("non retenus"),
                  self.tr("indécis")]
        parts = [f"<b>{count}</b> {escape(label)}"
                 for count, label in zip(counts, labels, strict=True)]
        if counts[3]:
            parts[3] = f"<span style='color:#c62828'>{parts[3]}</span>"
        self.view.coverage_label.setText(escape(self.tr("Thèmes du PNS :")) + " "
                                         + " · ".join(parts))
        self.view.coverage_label.setToolTip(coverage.explanation if coverage is not None else "")
