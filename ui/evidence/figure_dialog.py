"""« Insérer une figure… »: a chart of chosen series or a breakdown, a table, or a picture."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import dialogs
from zonalplan.editing import evidence as ev
from zonalplan.model import PlanError
from zonalplan.model.evidence import ChapterFigure, FigureKind, PlanPicture

if TYPE_CHECKING:
    from zonalplan.model import Plan

ROLE_KEY = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


def figure_types() -> list[tuple[str, str]]:
    """Return the (code, label) of each kind of figure the dialog offers."""
    return [("trend", _tr("Graphique d'évolution")), ("communes", _tr("Graphique par commune")),
            ("breakdown", _tr("Graphique de ventilation (accidents)")),
            ("table", _tr("Tableau")), ("picture", _tr("Image (carte, organigramme, photo)"))]


def breakdown_labels() -> dict[str, str]:
    """Return the label of each breakdown column."""
    return {"hour": _tr("par heure"), "weekday": _tr("par jour de la semaine"),
            "road_type": _tr("par type de route"), "light_condition": _tr("par luminosité"),
            "collision_type": _tr("par type de collision"),
            "built_up_area": _tr("en ou hors agglomération"), "commune": _tr("par commune")}


class FigureDialog(QDialog):
    """Choose what a chapter shows after paragraph N, with its caption."""

    def __init__(self, plan: Plan, chapter: str, paragraphs: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureDialog")
        self.setWindowTitle(self.tr("Insérer une figure"))
        self.resize(620, 560)
        self._plan, self._chapter = plan, chapter
        self.picture: PlanPicture | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("figureKind")
        for code, label in figure_types():
            self.kind.addItem(label, code)
        self.series = QListWidget(self)
        self.series.setObjectName("figureSeries")
        from zonalplan.evidence.figures import all_series

        for key, series in sorted(all_series(plan.datasets).items(),
                                  key=lambda item: item[1].label.casefold()):
            item = QListWidgetItem(series.label, self.series)
            item.setToolTip(series.label)
            item.setData(ROLE_KEY, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.per_1000 = QCheckBox(self.tr("pour 1 000 habitants"), self)
        self.per_1000.setVisible(ev.has_population(plan))
        self.breakdown = QComboBox(self)
        self.breakdown.setObjectName("figureBreakdown")
        labels = breakdown_labels()
        for name, column in ev.breakdown_options(plan):
            self.breakdown.addItem(f"{name} — {labels[column]}", (name, column))
        self.choose_picture = QPushButton(self.tr("Choisir l'image…"), self)
        self.picture_label = QLabel(self.tr("Aucune image choisie."), self)
        self.picture_label.setWordWrap(True)
        self.picture_row = QWidget(self)
        picture_row = QHBoxLayout(self.picture_row)
        picture_row.setContentsMargins(0, 0, 0, 0)
        picture_row.addWidget(self.choose_picture)
        picture_row.addWidget(self.picture_label, 1)
        self.series.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.series.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.after = QSpinBox(self)
        self.after.setObjectName("figureAfter")
        self.after.setRange(0, max(0, paragraphs))
        self.after.setValue(max(0, paragraphs))
        self.after.setSpecialValueText(self.tr("au début du chapitre"))
        self.caption = QLineEdit(self)
        self.caption.setObjectName("figureCaption")
        self.caption.setMaxLength(500)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(self.tr("Type :"), self.kind)
        form.addRow(self.tr("Séries :"), self.series)
        form.addRow("", self.per_1000)
        form.addRow(self.tr("Ventilation :"), self.breakdown)
        form.addRow(self.tr("Image :"), self.picture_row)
        form.addRow(self.tr("Après le paragraphe :"), self.after)
        form.addRow(self.tr("Légende :"), self.caption)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Insérer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.choose_picture.clicked.connect(self._on_choose_picture)
        self._update()

    def set_kind(self, code: str) -> None:
        """Choose the kind of figure by its code (trend, communes, breakdown, table, picture)."""
        self.kind.setCurrentIndex(self.kind.findData(code))

    def check_series(self, key: str) -> None:
        """Tick the series ``key``."""
        for i in range(self.series.count()):
            if self.series.item(i).data(ROLE_KEY) == key:
                self.series.item(i).setCheckState(Qt.CheckState.Checked)

    def load_picture(self, path: Path) -> bool:
        """Check the picture at ``path`` with the core; show why it is refused."""
        try:
            self.picture = ev.picture_for_plan(path)
        except PlanError as exc:
            self.picture = None
            self.message.setText(str(exc))
            self.picture_label.setText(self.tr("Aucune image choisie."))
            return False
        self.message.setText("")
        self.picture_label.setText(self.tr("{} ({} × {} pixels)").format(
            self.picture.file_name, self.picture.width, self.picture.height))
        return True

    def _on_choose_picture(self) -> None:
        path = dialogs.open_any_file(self, self.tr("Choisir une image"),
                                     self.tr("Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)"))
        if path is not None:
            self.load_picture(path)

    def _update(self) -> None:
        code = self.kind.currentData()
        shown = {self.series: code in ("trend", "communes", "table"),
                 self.per_1000: code in ("trend", "communes", "table")
                 and ev.has_population(self._plan),
                 self.breakdown: code == "breakdown",
                 self.picture_row: code == "picture"}
        for widget, visible in shown.items():
            widget.setVisible(visible)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)
        self.message.setText("")

    def _checked(self) -> list[str]:
        return [self.series.item(i).data(ROLE_KEY) for i in range(self.series.count())
                if self.series.item(i).checkState() == Qt.CheckState.Checked]

    def result_figure(self) -> tuple[ChapterFigure, PlanPicture | None]:
        """Return the figure chosen (and its picture); PlanError when something is missing."""
        code = self.kind.currentData()
        common: dict[str, Any] = {"chapter": self._chapter, "after_paragraph": self.after.value(),
                  "caption": self.caption.text().strip()}
        if code == "picture":
            if self.picture is None:
                raise PlanError(self.tr("Choisissez une image PNG ou JPEG."))
            picture = self.picture.model_copy(update={"caption": common["caption"]})
            return ChapterFigure(kind=FigureKind.PICTURE, picture_id=picture.id, **common), picture
        if code == "breakdown":
            choice = self.breakdown.currentData()
            if not choice:
                raise PlanError(self.tr("Aucune donnée d'accidents à ventiler : importez-en "
                                        "d'abord dans « Données de la zone »."))
            return ChapterFigure(kind=FigureKind.CHART, chart="breakdown", dataset=choice[0],
                                 breakdown=choice[1], **common), None
        keys = self._checked()
        if not keys:
            raise PlanError(self.tr("Cochez au moins une série."))
        if len(keys) > 6 or (code == "communes" and len(keys) > 1):
            raise PlanError(self.tr("Un graphique par commune montre une seule série ; un "
                                    "graphique d'évolution ou un tableau, six au plus."))
        per_1000 = self.per_1000.isChecked() and ev.has_population(self._plan)
        if code == "table":
            return ChapterFigure(kind=FigureKind.TABLE, series=keys, per_1000=per_1000,
                                 **common), None
        return ChapterFigure(kind=FigureKind.CHART, chart=code, series=keys, per_1000=per_1000,
                             **common), None

    def _on_ok(self) -> None:
        try:
            self.result_figure()
        except PlanError as exc:
            self.message.setText(str(exc))
            return
        self.accept()
