"""Export dialog: choose document, template, formats and file; export off the UI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from ui.binding.protocol import PlanSession
from ui.export.export_view import ExportView
from ui.export.job import (
    ExportRequest,
    run_export,
    soffice_available,
    suggested_name,
    template_problem,
)
from zonalplan.model import PlanError

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference

PROGRESS_DELAY_MS = 600
log = logging.getLogger(__name__)


# -- services a test replaces (monkeypatch) ------------------------------------------------------

def choose_output_file(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to write the Word document."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export", "Exporter le plan"), suggested,
        QCoreApplication.translate("export", "Document Word (*.docx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def choose_template_folder(parent: QWidget | None, start: str) -> Path | None:
    """Ask for the folder holding the zone's own templates (plan.docx, report.docx)."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("export", "Dossier des modèles de la zone"), start)
    return Path(name) if name else None


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the system's application."""
    return QDesktopServices.openUrl(url)


def _remember(**values: str | bool | None) -> None:
    from zonalplan.settings import Preferences, load_preferences, save_preferences

    prefs = load_preferences()
    try:
        save_preferences(Preferences.from_dict({**prefs.as_dict(), **values}))
    except PlanError as exc:  # remembering a folder must never break an export
        log.warning("%s", exc)


class ExportDialog(QDialog):
    """Export the open plan (or its alignment report) to Word, optionally PDF."""

    export_done = Signal(object)  # ExportResult
    export_failed = Signal(str)  # French message

    def __init__(self, session: PlanSession, reference: Reference | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter le plan"))
        self._session = session
        self._reference = reference
        self._task: Any = None
        self.result_value: Any = None
        self.view = ExportView(self)
        QVBoxLayout(self).addWidget(self.view)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._restore_choices()
        self._connect_callbacks()
        self._update_state()
        self.resize(640, 0)

    # -- public API ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Return True while an export runs."""
        return self._task is not None

    def request(self) -> ExportRequest | None:
        """Return the export asked for, or None (the reason is shown) when it is incomplete."""
        view = self.view
        kind = view.document_combo.currentData()
        text = view.output_edit.text().strip()
        if not text:
            return self._refuse(self.tr("Choisissez où enregistrer le document."))
        out = Path(text).expanduser()
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        if not out.parent.is_dir():
            return self._refuse(self.tr("Le dossier « %1 » n'existe pas.")
                                .replace("%1", str(out.parent)))
        template_dir = None
        if view.zone_template.isChecked():
            if not view.template_edit.text():
                return self._refuse(self.tr("Choisissez le dossier des modèles de la zone."))
            template_dir = Path(view.template_edit.text())
            problem = template_problem(template_dir, kind)
            if problem:
                return self._refuse(problem)
        pdf = view.pdf_check.isChecked() and view.pdf_check.isEnabled()
        return ExportRequest(kind, out, template_dir, pdf, view.comments_check.isChecked())

    def start_export(self) -> bool:
        """Start the export in the background; return False when the request is incomplete."""
        if self.running:
            return False
        request = self.request()
        if request is None:
            return False
        from ui.tasks import Task

        self._show_error("")
        self.view.result_box.hide()
        self.view.status.setText(self.tr("Export en cours…"))
        self.view.progress.setValue(0)
        self._set_busy(True)
        plan = self._session.plan.model_copy(deep=True)
        task = Task(run_export, request, plan, self._reference).with_state()
        task.success(self._on_success).failure(self._on_failure)
        task.bridge.status.connect(self.view.status.setText)
        task.bridge.progress.connect(lambda value: self.view.progress.setValue(int(value)))
        self._task = task
        self._progress_timer.start()
        _remember(export_folder=str(request.out_path.parent),
                  export_template_dir=str(request.template_dir) if request.template_dir else None,
                  export_pdf=request.pdf)
        task.run()
        return True

    def document_url(self) -> QUrl | None:
        """Return the URL of the written document (after a successful export)."""
        return QUrl.fromLocalFile(str(self.result_value.path)) if self.result_value else None

    def folder_url(self) -> QUrl | None:
        """Return the URL of the folder of the written document."""
        return (QUrl.fromLocalFile(str(self.result_value.path.parent))
                if self.result_value else None)

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        view = self.view
        view.export_button.clicked.connect(self.start_export)
        view.close_button.clicked.connect(self._on_close)
        view.output_button.clicked.connect(self._on_browse_output)
        view.template_button.clicked.connect(self._on_browse_template)
        view.template_group.buttonClicked.connect(lambda _b: self._update_state())
        view.document_combo.currentIndexChanged.connect(self._on_document)
        view.open_document_button.clicked.connect(lambda: self._open(self.document_url()))
        view.open_folder_button.clicked.connect(lambda: self._open(self.folder_url()))
        self._progress_timer.timeout.connect(self._on_progress_delay)

    # -- handlers ------------------------------------------------------------------------------

    def _on_browse_output(self) -> None:
        path = choose_output_file(self, self.view.output_edit.text())
        if path is not None:
            self.view.output_edit.setText(str(path))

    def _on_browse_template(self) -> None:
        start = self.view.template_edit.text() or str(Path.home())
        folder = choose_template_folder(self, start)
        if folder is None:
            return
        self.view.template_edit.setText(str(folder))
        self.view.zone_template.setChecked(True)
        self._update_state()

    def _on_document(self, *_args: object) -> None:
        current = Path(self.view.output_edit.text()) if self.view.output_edit.text() else None
        kind = self.view.document_combo.currentData()
        if current is not None:
            self.view.output_edit.setText(str(current.with_name(
                suggested_name(self._session.plan, kind))))
        self.view.comments_check.setEnabled(kind == "plan")
        self._update_state()

    def _on_progress_delay(self) -> None:
        if self.running:
            self.view.progress.show()

    def _on_success(self, result: Any) -> None:
        self._finish()
        self.result_value = result
        files = [str(result.path)] + ([str(result.pdf_path)] if result.pdf_path else [])
        text = self.tr("Document enregistré : %1").replace("%1", " ; ".join(files))
        if getattr(result, "warnings", None):
            text += "\n" + "\n".join(result.warnings)
        self.view.result.setText(text)
        self.view.result_box.show()
        self.view.status.setText(self.tr("Export terminé."))
        self.export_done.emit(result)

    def _on_failure(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, PlanError):
            message = str(exc)
        else:
            message = self.tr("L'export a échoué : %1").replace("%1", str(exc) or
                                                                 type(exc).__name__)
        self.view.status.setText("")
        self._show_error(message + "\n" + self.tr("Le plan n'a pas été modifié."))
        self.export_failed.emit(message)

    def _on_close(self) -> None:
        if self.running:
            self._task.state.request_interruption()
            self.view.status.setText(self.tr("Annulation demandée…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.running:
            self._task.state.request_interruption()
            return
        super().reject()

    # -- private -------------------------------------------------------------------------------

    def _open(self, url: QUrl | None) -> None:
        if url is not None and not open_url(url):
            self._show_error(self.tr("Impossible d'ouvrir « %1 ».").replace("%1",
                                                                           url.toLocalFile()))

    def _finish(self) -> None:
        self._task = None
        self._progress_timer.stop()
        self.view.progress.hide()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        view = self.view
        for widget in (view.export_button, view.output_button, view.output_edit,
                       view.document_combo, view.template_button, view.default_template,
                       view.zone_template, view.comments_check):
            widget.setEnabled(not busy)
        view.close_button.setText(self.tr("Annuler") if busy else self.tr("Fermer"))
        if not busy:
            self._update_state()

    def _refuse(self, message: str) -> None:
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.view.error.setText(message)
        self.view.error.setVisible(bool(message))

    def _restore_choices(self) -> None:
        from zonalplan.settings import load_preferences

        prefs = load_preferences()
        folder = prefs.export_folder
        if not folder or not Path(folder).is_dir():
            plan_path = self._session.path
            folder = str(Path(plan_path).parent) if plan_path else str(Path.home())
        self.view.output_edit.setText(str(Path(folder) / suggested_name(self._session.plan,
                                                                        "plan")))
        template_dir = prefs.export_template_dir
        if template_dir and Path(template_dir).is_dir():
            self.view.template_edit.setText(template_dir)
            self.view.zone_template.setChecked(True)
        if soffice_available():
            self.view.pdf_check.setChecked(bool(prefs.export_pdf))

    def _update_state(self) -> None:
        view = self.view
        has_soffice = soffice_available()
        view.pdf_check.setEnabled(has_soffice and not self.running)
        if not has_soffice:
            view.pdf_check.setChecked(False)
            view.pdf_note.setText(self.tr(
                "LibreOffice n'est pas installé sur cet ordinateur : l'export PDF n'est pas "
                "disponible. Ouvrez le document Word et enregistrez-le en PDF, ou installez "
                "LibreOffice."))
            view.pdf_note.show()
        else:
            view.pdf_note.hide()
        zone = view.zone_template.isChecked()
        view.template_edit.setEnabled(zone)
