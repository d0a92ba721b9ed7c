"""« Rapports »: the yearly report to the CZS, the evaluations and the action plan, written on a
worker thread (with progress), optionally converted to PDF, then offered to open."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.binding.protocol import PlanSession
from ui.followup.chapter import FollowUpChapter
from ui.tasks import Task
from ui.widgets import dialogs
from zonalplan.followup.editing import plan_years
from zonalplan.model import Plan, PlanError

log = logging.getLogger(__name__)
KINDS = ("annual", "mid", "final", "action_plan")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpReports", text)


# -- services a test replaces (monkeypatch) ------------------------------------------------------

def choose_output_file(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to write the Word document."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Enregistrer le rapport"), suggested,
                                          _tr("Document Word (*.docx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def open_file(path: Path) -> bool:
    """Open a document with the system's application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def soffice_available() -> bool:
    """Return True when LibreOffice can convert the report to PDF."""
    from zonalplan.export.pdf import find_soffice

    return find_soffice() is not None


# -- the job (no widgets: runs on a worker) ------------------------------------------------------

@dataclass(frozen=True)
class ReportRequest:
    """Which document, for which year, where."""

    kind: str  # one of KINDS
    year: int
    out_path: Path
    pdf: bool = False
    charts: bool = True
    objective_id: str | None = None


def run_report(request: ReportRequest, plan: Plan, *, state: Any = None) -> list[Path]:
    """Build and write the document (and its PDF when asked); return the files written."""
    from zonalplan.followup.reports import (
        ReportKind,
        ReportOptions,
        build_action_plan,
        build_report,
        write_report,
    )

    def report(percent: float, text: str) -> None:
        if state is not None:
            state.set_status(text)
            state.set_progress_value(percent)

    report(5, _tr("Rédaction du document…"))
    if request.kind == "action_plan":
        data = build_action_plan(plan, request.year, request.objective_id)
    else:
        kind = {"annual": ReportKind.ANNUAL, "mid": ReportKind.MIDTERM,
                "final": ReportKind.FINAL}[request.kind]
        data = build_report(plan, ReportOptions(kind, request.year, request.charts))
    report(60, _tr("Écriture du fichier…"))
    written = [write_report(data, request.out_path)]
    if request.pdf:
        from zonalplan.export.pdf import convert_to_pdf

        report(70, _tr("Conversion en PDF (LibreOffice)…"))
        written.append(convert_to_pdf(written[0], written[0].with_suffix(".pdf")))
    report(100, _tr("Terminé."))
    return written


def suggested_name(plan: Plan, kind: str, year: int) -> str:
    """Return a file name such as « Rapport annuel 2027 ZP Entre-Sambre-et-Bois.docx »."""
    stem = {"annual": _tr("Rapport annuel %1"), "mid": _tr("Évaluation à mi-parcours %1"),
            "final": _tr("Évaluation finale %1"), "action_plan": _tr("Plan d'action %1")}[kind]
    stem = f"{stem.replace('%1', str(year))} {plan.zone.name or ''}"
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", stem).strip(" .") or "rapport"
    return f"{stem[:120]}.docx"


# -- the page -----------------------------------------------------------------------------------

class ReportsEditor(FollowUpChapter, QWidget):
    """Choose a document and a year, write it in the background, then offer to open it."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.written: list[Path] = []
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reportKind")
        for kind, text in zip(KINDS, (self.tr("Rapport annuel au conseil zonal de sécurité"),
                                      self.tr("Évaluation à mi-parcours"),
                                      self.tr("Évaluation finale"),
                                      self.tr("Plan d'action annuel")), strict=True):
            self.kind_combo.addItem(text, kind)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("reportYear")
        self.objective_combo = QComboBox(self)
        self.objective_combo.setObjectName("reportObjective")
        self.charts_check = QCheckBox(self.tr("Avec les graphiques des indicateurs"), self)
        self.charts_check.setChecked(True)
        self.pdf_check = QCheckBox(self.tr("Aussi en PDF (LibreOffice)"), self)
        self.write_button = QPushButton(self.tr("Écrire le document…"), self)
        self.write_button.setObjectName("reportWrite")
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        intro = QLabel(self.tr("Le document est construit à partir du plan et de son suivi ; "
                               "le plan n'est pas modifié."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Document :"), self.kind_combo)
        form.addRow(self.tr("Année :"), self.year_combo)
        form.addRow(self.tr("Objectifs :"), self.objective_combo)
        form.addRow("", self.charts_check)
        form.addRow("", self.pdf_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.write_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        if not soffice_available():
            self.pdf_check.setEnabled(False)
            self.pdf_check.setToolTip(self.tr("LibreOffice n'est pas installé : le PDF n'est pas "
                                              "disponible."))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_state())
        self.write_button.clicked.connect(self.write)
        self.session.changed.connect(lambda changes: self._fill() if {
            "objectives", "period", "plan"} & set(changes.chapters) else None)
        self._fill()

    def set_read_only(self, read_only: bool) -> None:
        """Stay usable in a read-only plan or in review mode: this page changes nothing."""

    def _fill(self) -> None:
        year = self.year_combo.currentData() or min(
            max(dt.date.today().year - 1, self.session.plan.period.start_year),
            self.session.plan.period.end_year)
        self.year_combo.clear()
        for value in plan_years(self.session.plan):
            self.year_combo.addItem(str(value), value)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        objective = self.objective_combo.currentData()
        self.objective_combo.clear()
        self.objective_combo.addItem(self.tr("Tous les objectifs"), None)
        for item in self.session.plan.objectives:
            self.objective_combo.addItem(item.label, item.id)
        self.objective_combo.setCurrentIndex(max(0, self.objective_combo.findData(objective)))
        self._update_state()

    def _update_state(self) -> None:
        kind = self.kind_combo.currentData()
        busy = self.task is not None
        self.objective_combo.setEnabled(kind == "action_plan" and not busy)
        self.charts_check.setEnabled(kind != "action_plan" and not busy)
        self.write_button.setEnabled(not busy)

    def set_year(self, year: int) -> None:
        """Choose the year of the document."""
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))

    def set_kind(self, kind: str) -> None:
        """Choose the document (one of :data:`KINDS`)."""
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def request(self) -> ReportRequest | None:
        """Ask where to write and return what to build (None when cancelled)."""
        kind, year = self.kind_combo.currentData(), int(self.year_combo.currentData())
        folder = self.session.path.parent if self.session.path else Path.home()
        out = choose_output_file(self, str(folder / suggested_name(self.session.plan, kind,
                                                                    year)))
        if out is None:
            return None
        return ReportRequest(kind, year, out, self.pdf_check.isChecked()
                             and self.pdf_check.isEnabled(), self.charts_check.isChecked(),
                             self.objective_combo.currentData())

    def write(self) -> bool:
        """Write the chosen document on a worker thread; False when nothing was started."""
        if self.task is not None:
            return False
        request = self.request()
        if request is None:
            return False
        plan = self.session.plan.model_copy(deep=True)  # edits may go on meanwhile
        self.status.setText(self.tr("Rédaction en cours…"))
        self.task = (Task(run_report, request, plan).with_state()
                     .with_progress(self.tr("Rédaction du document…"), self)
                     .success(self._on_success).failure(self._on_failure).run())
        self._update_state()
        return True

    def _on_success(self, written: list[Path]) -> None:
        self.task = None
        self.written = written
        self.status.setText(self.tr("Document enregistré : %1").replace(
            "%1", " ; ".join(str(p) for p in written)))
        self._update_state()
        if dialogs.confirm(self, self.tr("Document enregistré"),
                           self.tr("« %1 » est enregistré. L'ouvrir maintenant ?").replace(
                               "%1", written[-1].name), ok=self.tr("Ouvrir")):
            if not open_file(written[-1]):
                dialogs.error(self, self.tr("Ouverture impossible"),
                              self.tr("Impossible d'ouvrir « %1 ».").replace("%1",
                                                                            str(written[-1])))

    def _on_failure(self, exc: BaseException) -> None:
        self.task = None
        self._update_state()
        if isinstance(exc, PlanError):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = self.tr("Le fichier n'a pas pu être écrit : %1").replace(
                "%1", exc.strerror or str(exc))
        else:  # a bug: reported as such, with its own text
            log.error("Rapport non écrit", exc_info=exc)
            message = self.tr("Erreur inattendue : %1").replace("%1", str(exc) or
                                                                type(exc).__name__)
        self.status.setText(message)
        dialogs.error(self, self.tr("Document non écrit"),
                      message + "\n" + self.tr("Le plan n'a pas été modifié."))
