"""Review many zones' plans: open a folder, read every plan off the UI thread, one row per zone.

The folder is read-only for us: ``review_folder`` opens each plan without lock and writes nothing.
Double-clicking a zone emits ``open_requested(path)``; the table exports as CSV or Word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ui.review import pickers
from ui.review.zones_model import ROW_ROLE, ZonesFilterModel, ZonesTableModel
from ui.review.zones_view import ZonesView
from ui.widgets import dialogs
from zonalplan.model import PlanError
from zonalplan.review.many import FolderReview, ReviewCancelled, ZoneRow, review_folder

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


class _StateProgress:
    """Adapt a :class:`ui.tasks.TaskState` to the ``progress(fraction, message)`` protocol."""

    def __init__(self, state: Any):
        self.state = state

    def __call__(self, fraction: float, message: str) -> None:
        self.state.set_status(message)
        self.state.set_progress_value(100.0 * fraction)

    def cancelled(self) -> bool:
        """Return True when the user asked to stop."""
        return bool(self.state.is_interruption_requested())


def review_in_background(folder: Path, reference: Reference, *, state: Any = None) -> FolderReview:
    """Review a folder, reporting progress to ``state`` and stopping when it is interrupted."""
    return review_folder(folder, reference, _StateProgress(state) if state is not None else None)


class ZonesReviewWindow(ZonesView):
    """A window listing the zones of a folder × PNS themes, with errors and NCSI coverage."""

    open_requested = Signal(str)  # path of a zone's plan file
    review_finished = Signal(object)  # FolderReview, or None when the review failed or stopped
    exported = Signal(str)  # path of a CSV or Word file written

    def __init__(self, reference: Reference | None = None, parent: QWidget | None = None, *,
                 choose_folder: Callable[..., Path | None] | None = None,
                 choose_save_path: Callable[..., Path | None] | None = None,
                 start_folder: str = ""):
        super().__init__(parent)
        self.setObjectName("zonesReviewWindow")
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, even with a parent
        self.setWindowTitle(self.tr("Relecture des plans zonaux — ZonalPlan"))
        self.reference = reference
        self.review: FolderReview | None = None
        self.task: Any = None
        self.export_task: Any = None
        self.chart_task: Any = None
        self.start_folder = start_folder
        self._choose_folder = choose_folder
        self._choose_save_path = choose_save_path
        self.model = ZonesTableModel(self)
        self.proxy = ZonesFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self._connect_callbacks()
        self._update_actions()
        self.resize(1280, 780)

    def _connect_callbacks(self) -> None:
        self.open_action.triggered.connect(lambda: self.open_folder())
        self.empty_button.clicked.connect(lambda: self.open_folder())
        self.open_zone_action.triggered.connect(self.open_selected)
        self.csv_action.triggered.connect(lambda: self.export_csv())
        self.docx_action.triggered.connect(lambda: self.export_docx())
        self.filter.textChanged.connect(self._on_filter)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    # -- public API -----------------------------------------------------------------------------

    def set_reference(self, reference: Reference) -> None:
        """Use the national reference (loaded in the background at start-up)."""
        self.reference = reference

    def open_folder(self, folder: Path | None = None) -> Any:
        """Review every plan of a folder off the UI thread; return the task (None if cancelled)."""
        if self.task is not None and not self.task.finished:
            return None
        if self.reference is None:
            dialogs.error(self, self.tr("Relecture impossible"),
                          self.tr("Le référentiel national est encore en chargement ; "
                                  "réessayez dans un instant."))
            return None
        if folder is None:
            choose = self._choose_folder or pickers.choose_folder
            folder = choose(self, self.tr("Dossier des plans à relire"), self.start_folder)
            if folder is None:
                return None
        from ui.tasks import Task

        folder = Path(folder)
        self.start_folder = str(folder)
        self.statusBar().showMessage(self.tr("Relecture de {} en cours…").format(folder))
        self.task = Task(review_in_background, folder, self.reference).with_state() \
            .success(self._on_reviewed).failure(self._on_review_failed) \
            .with_progress(self.tr("Relecture des plans du dossier…"), self, cancellable=True) \
            .run()
        self._update_actions()
        return self.task

    def cancel(self) -> None:
        """Ask the running review to stop at the next file."""
        if self.task is not None and not self.task.finished:
            self.task.state.request_interruption()

    def selected_row(self) -> ZoneRow | None:
        """Return the zone selected in the table."""
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def open_selected(self) -> bool:
        """Ask to open the selected zone's plan (``open_requested``)."""
        return self._request_open(self.selected_row())

    def export_csv(self, path: Path | None = None) -> Any:
        """Write the table as CSV for Excel off the UI thread; return the task, or None."""
        from zonalplan.review.many_export import write_csv

        return self._export(write_csv, path, self.tr("Exporter le tableau (CSV)"),
                            pickers.CSV_FILTER, ".csv")

    def export_docx(self, path: Path | None = None) -> Any:
        """Write the Word summary of the review off the UI thread; return the task, or None."""
        from zonalplan.review.many_export import write_review_docx

        return self._export(write_review_docx, path, self.tr("Exporter la synthèse (Word)"),
                            pickers.DOCX_FILTER, ".docx")

    # -- review ---------------------------------------------------------------------------------

    def _on_reviewed(self, review: FolderReview) -> None:
        self.show_review(review)
        self.review_finished.emit(review)

    def show_review(self, review: FolderReview) -> None:
        """Show the rows, the skipped files and the summary of a folder review."""
        self.review = review
        self.model.set_review(review)
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        zone = self.model.column_of("zone")
        if header.sectionSize(zone) > 260:
            header.resizeSection(zone, 260)
        self.table.sortByColumn(self.model.column_of("number"), Qt.SortOrder.AscendingOrder)
        self.skipped.setRowCount(0)
        for skipped in review.skipped:
            row = self.skipped.rowCount()
            self.skipped.insertRow(row)
            self.skipped.setItem(row, 0, QTableWidgetItem(skipped.file))
            reason = QTableWidgetItem(skipped.reason)
            reason.setToolTip(skipped.reason)
            self.skipped.setItem(row, 1, reason)
        self.skipped_box.setTitle(self.tr("Fichiers ignorés ({})").format(len(review.skipped)))
        self.skipped_box.setVisible(bool(review.skipped))
        self.summary.setText(self.tr("{} — {} plan(s) relu(s), {} fichier(s) ignoré(s)").format(
            review.folder, len(review.rows), len(review.skipped)))
        self.setWindowTitle(self.tr("Relecture des plans zonaux — {}").format(
            review.folder.name))
        self.stack.setCurrentWidget(self.results_page)
        self.statusBar().showMessage(self.tr("Relecture terminée."), 5000)
        self._update_actions()
        self._draw_chart(review)

    def _draw_chart(self, review: FolderReview) -> None:
        """Draw the chart of the themes retained across zones off the UI thread (core PNG)."""
        from ui.tasks import Task
        from zonalplan.review.many_chart import chart_caption, themes_chart_png

        self.chart.setPixmap(QPixmap())
        self.chart.setText(self.tr("Graphique en préparation…"))
        self.chart.setToolTip(chart_caption())
        self.chart_task = Task(themes_chart_png, review) \
            .success(lambda png: self._show_chart(review, png)) \
            .failure(lambda exc: self._show_chart(review, None, failed=True)).run()

    def _show_chart(self, review: FolderReview, png: bytes | None, *,
                    failed: bool = False) -> None:
        if review is not self.review:  # a newer review is shown: its own chart is coming
            return
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self.chart.setPixmap(pixmap.scaledToWidth(
                min(pixmap.width(), 1000), Qt.TransformationMode.SmoothTransformation))
        elif failed:
            self.chart.setText(self.tr("Le graphique n'a pas pu être dessiné ; le tableau et "
                                       "les exports restent complets."))
        else:
            self.chart.setText(self.tr("Aucun plan relu dans ce dossier : pas de graphique."))

    def _on_review_failed(self, exc: BaseException) -> None:
        self._update_actions()
        if isinstance(exc, ReviewCancelled):
            self.statusBar().showMessage(self.tr("Relecture annulée."), 5000)
        else:
            message = str(exc) if isinstance(exc, PlanError) else \
                self.tr("Erreur inattendue : {}").format(exc)
            self.statusBar().clearMessage()
            dialogs.error(self, self.tr("Relecture impossible"), message)
        self.review_finished.emit(None)

    # -- table ----------------------------------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.review is not None:
            self.statusBar().showMessage(self.tr("{} zone(s) affichée(s) sur {}").format(
                self.proxy.rowCount(), len(self.review.rows)))

    def _on_double_click(self, index: QModelIndex) -> None:
        self._request_open(index.data(ROW_ROLE))

    def _request_open(self, row: ZoneRow | None) -> bool:
        if row is None or self.review is None:
            return False
        self.open_requested.emit(str(self.review.folder / row.file))
        return True

    def _update_actions(self) -> None:
        busy = self.task is not None and not self.task.finished
        has_review = self.review is not None and not busy
        self.open_action.setEnabled(not busy)
        self.empty_button.setEnabled(not busy)
        self.open_zone_action.setEnabled(has_review and self.selected_row() is not None)
        self.filter.setEnabled(self.review is not None)
        exporting = self.export_task is not None and not self.export_task.finished
        self.csv_action.setEnabled(has_review and not exporting)
        self.docx_action.setEnabled(has_review and not exporting)

    # -- export ---------------------------------------------------------------------------------

    def _export(self, write: Callable[[FolderReview, Path], Path], path: Path | None, title: str,
                file_filter: str, suffix: str) -> Any:
        review = self.review
        if review is None:
            return None
        if path is None:
            choose = self._choose_save_path or pickers.choose_save_path
            suggested = review.folder.parent / f"relecture-{review.folder.name}{suffix}"
            path = choose(self, title, str(suggested), file_filter, suffix)
            if path is None:
                return None
        from ui.tasks import Task

        self.export_task = Task(write, review, Path(path)).success(self._on_exported) \
            .failure(self._on_export_failed) \
            .with_progress(self.tr("Export en cours…"), self).run()
        self._update_actions()
        return self.export_task

    def _on_exported(self, written: Path) -> None:
        self._update_actions()
        self.statusBar().showMessage(self.tr("Fichier écrit : {}").format(written), 8000)
        self.exported.emit(str(written))

    def _on_export_failed(self, exc: BaseException) -> None:
        self._update_actions()
        message = str(exc) if isinstance(exc, PlanError) else \
            self.tr("Le fichier n'a pas pu être écrit ({}).").format(exc)
        dialogs.error(self, self.tr("Export impossible"), message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Stop a review in progress when the window closes."""
        self.cancel()
        super().closeEvent(event)
