"""« Données de la zone »: import, list and remove the plan's data sets; show a series."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QVBoxLayout, QWidget

from ui.binding import run_checked
from ui.binding.values import format_number
from ui.evidence.data_view import DataView
from ui.evidence.edits import run_edit
from ui.evidence.labels import kind_labels
from ui.evidence.mapping_dialog import MappingDialog
from ui.tasks import Task
from ui.widgets import dialogs
from zonalplan.editing import evidence as ev
from zonalplan.model import PlanError

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.evidence.figures import Series
    from zonalplan.evidence.tables import ColumnMapping

ROLE_NAME = Qt.ItemDataRole.UserRole


def _import(path: Path, communes: list[tuple[str, str | None]], zone_names: tuple[str, ...],
            mapping: ColumnMapping | None, code_map: dict[str, str]):
    from zonalplan.evidence.importing import import_file

    return import_file(path, communes, mapping=mapping, zone_names=zone_names,
                       code_map=code_map)


class DataEditor(QWidget):
    """Controller of :class:`DataView` (see module docstring)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._read_only = False
        self._series: list[Series] = []
        self.code_map: dict[str, str] = {}  # old INS code → plan commune, for the next imports
        self.chart_png: bytes = b""
        self.last_task: Task | None = None
        self.view = DataView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._connect_callbacks()
        self._fill_datasets()
        self.set_read_only(session.content_locked)

    # -- public API ----------------------------------------------------------------------------

    def selected_name(self) -> str | None:
        """Return the name of the selected data set."""
        item = self.view.datasets.currentItem()
        return item.data(ROLE_NAME) if item else None

    def select(self, name: str) -> None:
        """Select the data set called ``name``."""
        for row in range(self.view.datasets.count()):
            if self.view.datasets.item(row).data(ROLE_NAME) == name:
                self.view.datasets.setCurrentRow(row)

    def import_path(self, path: Path) -> Task:
        """Import the file at ``path`` on a worker (its columns are asked when its kind is
        unknown); a refused file shows the import's French reason and changes nothing."""
        from zonalplan.editing.evidence import probe_file

        task = Task(probe_file, path).success(lambda probe: self._on_probed(path, probe))
        task.failure(self._refused).with_progress(
            self.tr("Lecture de « {} »…").format(path.name), self)
        self.last_task = task.run()
        return task

    def _on_probed(self, path: Path, probe: Any) -> None:
        mapping = None
        if probe.kind is None:
            dialog = MappingDialog(probe, self)
            if not dialogs.exec_dialog(dialog):
                return
            mapping = dialog.mapping()
        plan = self._session.plan
        task = Task(_import, path, ev.plan_communes(plan), (plan.zone.name, plan.zone.number),
                    mapping, dict(self.code_map))
        task.success(self._on_imported).failure(self._refused)
        task.with_progress(self.tr("Import de « {} »…").format(path.name), self)
        self.last_task = task.run()

    def ask_code_map(self) -> bool:
        """Ask the old INS codes of merged communes (« ANCIEN=NOUVEAU ») for the next imports."""
        current = " ".join(f"{old}={new}" for old, new in self.code_map.items())
        text = dialogs.ask_text(self, self.tr("Codes fusionnés"), self.tr(
            "Anciens codes INS à compter comme une commune du plan, ANCIEN=NOUVEAU séparés par "
            "des virgules (ex. 57081=57097) :"), current)
        if text is None:
            return False
        try:
            self.code_map = ev.parse_code_map(text)
        except PlanError as exc:
            dialogs.error(self, self.tr("Codes fusionnés"), str(exc))
            return False
        return True

    def set_read_only(self, read_only: bool) -> None:
        """Lock the import and removal (review mode, read-only file)."""
        self._read_only = read_only
        self.view.import_button.setEnabled(not read_only)
        self.view.remove_button.setEnabled(not read_only and self.selected_name() is not None)

    def show_place(self, place: object) -> bool:
        """Return False: findings never point inside this page."""
        return False

    def focus_first(self) -> None:
        """Put the focus on the data sets."""
        self.view.datasets.setFocus()

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        self._session.changed.connect(self._on_changed)
        self.view.datasets.currentItemChanged.connect(lambda *_: self._on_selected())
        self.view.import_button.clicked.connect(self._on_import)
        self.view.remove_button.clicked.connect(self._on_remove)
        self.view.codes_button.clicked.connect(self.ask_code_map)
        self.view.series.currentIndexChanged.connect(lambda *_: self._show_series())
        self.view.per_1000.toggled.connect(lambda *_: self._fill_series())

    def _on_changed(self, changes: Any) -> None:
        if {"datasets", "zone", "plan"} & set(changes.chapters):
            self._fill_datasets()

    def _on_import(self) -> None:
        path = dialogs.open_any_file(self, self.tr("Importer des données"),
                                     self.tr("Données (*.txt *.csv *.xlsx);;Tous les fichiers (*)"))
        if path is not None:
            self.import_path(path)

    def _on_imported(self, dataset: Any) -> None:
        plan = self._session.plan
        if any(d.name == dataset.name for d in plan.datasets) and not dialogs.confirm(
                self, self.tr("Remplacer les données"),
                self.tr("Le plan contient déjà « {} ». Le remplacer par ce fichier ?")
                .format(dataset.name), ok=self.tr("Remplacer")):
            return
        from zonalplan.evidence.baselines import baseline_changes

        before = {(c.objective_id, c.indicator_id) for c in baseline_changes(plan)}
        command = ev.add_dataset_command(plan, dataset)
        command.text = self.tr("Importer « {} »").format(dataset.name)
        message = run_checked(self._session, command)
        if message:
            dialogs.error(self, self.tr("Import refusé"), message)
            return
        self.select(dataset.name)
        lines = [f"• {note}" for note in dataset.provenance.notes]
        changed = [c for c in baseline_changes(self._session.plan)
                   if (c.objective_id, c.indicator_id) not in before]
        if changed:
            lines.append(self.tr("Valeurs de départ à revoir après cet import : {}").format(
                ", ".join(f"« {c.indicator} »" for c in changed)))
        if lines:
            dialogs.info(self, self.tr("Données importées"),
                         self.tr("« {} » : {} ligne(s) gardée(s).").format(
                             dataset.name, dataset.provenance.rows_kept) + "\n"
                         + "\n".join(lines))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, PlanError | OSError):
            raise exc
        dialogs.error(self, self.tr("Import refusé"),
                      str(exc) if isinstance(exc, PlanError)
                      else self.tr("Lecture du fichier impossible."))

    def _on_remove(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        run_edit(self, self._session, self.tr("Retirer"), self.tr("Retirer « {} »").format(name),
                 ev.remove_dataset_command, name)

    # -- drawing -------------------------------------------------------------------------------

    def _fill_datasets(self) -> None:
        current = self.selected_name()
        view = self.view.datasets
        view.blockSignals(True)
        view.clear()
        kinds = kind_labels()
        for dataset in self._session.plan.datasets:
            item = QListWidgetItem(f"{dataset.name} — {kinds[dataset.kind]}", view)
            item.setToolTip(item.text())
            item.setData(ROLE_NAME, dataset.name)
        view.blockSignals(False)
        names = [d.name for d in self._session.plan.datasets]
        if names:
            self.select(current if current is not None and current in names else names[0])
        self._on_selected()

    def _dataset(self):
        name = self.selected_name()
        return next((d for d in self._session.plan.datasets if d.name == name), None)

    def _on_selected(self) -> None:
        dataset = self._dataset()
        self.view.remove_button.setEnabled(not self._read_only and dataset is not None)
        self.view.per_1000.setVisible(ev.has_population(self._session.plan))
        if dataset is None:
            self.view.provenance.setText(self.tr("Aucune donnée importée. « Importer… » lit les "
                                                 "fichiers Statbel, les statistiques policières, "
                                                 "une enquête ou tout tableau."))
        else:
            p = dataset.provenance
            notes = "".join(f"<li>{escape(n)}</li>" for n in p.notes)
            self.view.provenance.setText(
                self.tr("<b>{name}</b><br>Fichier : {file}<br>Importé le : {date}<br>"
                        "Source : {source}<br>Lignes gardées : {kept} sur {read}<br>"
                        "Empreinte : {sha}…").format(
                    name=escape(dataset.name), file=escape(p.file_name),
                    date=p.imported.astimezone().strftime("%d/%m/%Y %H:%M"),
                    source=escape(p.source or "—"), kept=p.rows_kept, read=p.rows_read,
                    sha=p.sha256[:12])
                + (f"<br>{self.tr('Remarques :')}<ul>{notes}</ul>" if notes else ""))
        self._fill_series()

    def _fill_series(self) -> None:
        dataset = self._dataset()
        per_1000 = self.view.per_1000.isChecked() and self.view.per_1000.isVisible()
        self._series = (ev.dataset_series(self._session.plan, dataset.name, per_1000=per_1000)
                        if dataset else [])
        combo = self.view.series
        previous = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for series in self._series:
            combo.addItem(series.label)
        combo.setCurrentIndex(previous if 0 <= previous < len(self._series) else 0)
        combo.blockSignals(False)
        self._show_series()

    def current_series(self) -> Series | None:
        """Return the series shown."""
        index = self.view.series.currentIndex()
        return self._series[index] if 0 <= index < len(self._series) else None

    def _show_series(self) -> None:
        series = self.current_series()
        table = self.view.table
        table.clear()
        if series is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.view.change.setText("")
            self.view.chart.clear()
            self.chart_png = b""
            return
        shown = ev.series_table(self._session.plan, series)
        table.setColumnCount(len(shown.years))
        table.setHorizontalHeaderLabels([str(y) for y in shown.years])
        rows = [*shown.rows, (self.tr("Zone (total)"), shown.total)]
        table.setRowCount(len(rows))
        table.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_name, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem("—" if value is None else format_number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        change = shown.change
        text = "" if change is None else self.tr("Évolution {} → {} : {} %").format(
            shown.years[0], shown.years[-1], format_number(round(change * 100, 1)))
        notes = " ".join(series.notes)
        self.view.change.setText(f"{text} {notes}".strip())
        self._draw(series)

    def _draw(self, series: Series) -> None:
        from zonalplan.evidence.charts import render_png

        self.chart_png = render_png(ev.series_chart(self._session.plan, series))
        self._scale_chart()

    def _scale_chart(self) -> None:
        if not self.chart_png:
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.chart_png, "PNG")
        width = max(360, min(self.view.width() - 40, 900))
        self.view.chart.setPixmap(pixmap.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Fit the chart to the page's width."""
        super().resizeEvent(event)
        self._scale_chart()
