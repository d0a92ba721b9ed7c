"""The figures of a text chapter: list, insert, move, caption, remove (each one undo step)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.evidence.edits import run_edit
from ui.evidence.figure_dialog import FigureDialog, breakdown_labels
from ui.widgets import dialogs
from ui.widgets.reflow import FlowLayout
from zonalplan.editing import evidence as ev
from zonalplan.model import PlanError
from zonalplan.model.evidence import ChapterFigure, FigureKind

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession

ROLE_ID = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


def _series_names(figure: ChapterFigure, plan: Any) -> str:
    from zonalplan.evidence.figures import all_series

    found = all_series(plan.datasets)
    return ", ".join(found[k].label if k in found else k.split(":", 1)[-1]
                     for k in figure.series)


def describe(figure: ChapterFigure, plan: Any) -> str:
    """Return one line naming a figure: its kind, what it shows, where it stands."""
    if figure.kind is FigureKind.PICTURE:
        what = _tr("Image")
        picture = next((p for p in plan.pictures if p.id == figure.picture_id), None)
        detail = picture.file_name if picture else _tr("image absente")
    elif figure.kind is FigureKind.TABLE:
        what, detail = _tr("Tableau"), _series_names(figure, plan)
    elif figure.chart == "breakdown":
        what = _tr("Graphique")
        detail = f"{figure.dataset} {breakdown_labels().get(figure.breakdown or '', '')}"
    else:
        what = _tr("Graphique")
        detail = _series_names(figure, plan)
    place = (_tr("au début") if figure.after_paragraph == 0
             else _tr("après le paragraphe {}").format(figure.after_paragraph))
    caption = f" « {figure.caption} »" if figure.caption else ""
    return f"{what}{caption} — {detail} ({place})"


class FiguresPanel(QGroupBox):
    """The figures placed in one chapter, with their actions."""

    def __init__(self, session: PlanSession, chapter: str, fields: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Figures du chapitre"))
        self.setObjectName("figuresPanel")
        self._session, self._chapter, self._fields = session, chapter, fields
        self._read_only = False
        self.list = QListWidget(self)
        self.list.setObjectName("figureList")
        self.list.setMaximumHeight(90)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.insert_button = QPushButton(self.tr("Insérer une figure…"), self)
        self.insert_button.setObjectName("insertFigure")
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.caption_button = QPushButton(self.tr("Légende…"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        buttons = FlowLayout().add_widgets(self.insert_button, self.up_button, self.down_button,
                                           self.caption_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.list.currentRowChanged.connect(lambda *_: self._update_buttons())
        self.insert_button.clicked.connect(self._on_insert)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.caption_button.clicked.connect(self._on_caption)
        self.remove_button.clicked.connect(self._on_remove)
        self.refresh()

    def figures(self) -> list[ChapterFigure]:
        """Return the chapter's figures in reading order."""
        return ev.chapter_figures(self._session.plan, self._chapter)

    def selected_id(self) -> str | None:
        """Return the id of the selected figure."""
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item else None

    def set_read_only(self, read_only: bool) -> None:
        """Allow looking only (review mode, read-only file)."""
        self._read_only = read_only
        self._update_buttons()

    def refresh(self) -> None:
        """Redraw the list from the plan."""
        current = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for figure in self.figures():
            text = describe(figure, self._session.plan)
            item = QListWidgetItem(text, self.list)
            item.setToolTip(text)
            item.setData(ROLE_ID, figure.id)
            if figure.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(self.list.count() > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self._read_only
        selected = self.selected_id() is not None
        self.insert_button.setEnabled(editable)
        for button in (self.up_button, self.down_button, self.caption_button, self.remove_button):
            button.setEnabled(editable and selected)

    def _on_changed(self, changes: Any) -> None:
        if {"figures", "pictures", "datasets", "plan"} & set(changes.chapters):
            self.refresh()

    def _edit(self, text: str, build: Any, *args: Any) -> bool:
        return run_edit(self, self._session, self.tr("Figures du chapitre"), text, build, *args)

    def _on_insert(self) -> None:
        plan = self._session.plan
        dialog = FigureDialog(plan, self._chapter, ev.paragraph_count(plan, self._fields), self)
        if not dialogs.exec_dialog(dialog):
            return
        try:
            figure, picture = dialog.result_figure()
        except PlanError as exc:
            dialogs.error(self, self.tr("Insérer une figure"), str(exc))
            return
        if self._edit(self.tr("Insérer une figure"), ev.insert_figure_command(figure, picture)):
            self._select(figure.id)

    def _select(self, figure_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_ID) == figure_id:
                self.list.setCurrentRow(row)

    def _move(self, step: int) -> None:
        figure_id = self.selected_id()
        if figure_id is None:
            return
        if self._edit(self.tr("Déplacer une figure"), ev.move_figure_command, figure_id, step):
            self._select(figure_id)

    def _on_caption(self) -> None:
        figure_id = self.selected_id()
        figure = next((f for f in self._session.plan.figures if f.id == figure_id), None)
        if figure is None:
            return
        text = dialogs.ask_text(self, self.tr("Légende"), self.tr("Légende de la figure :"),
                                figure.caption)
        if text is None or text.strip() == figure.caption:
            return
        self._edit(self.tr("Modifier la légende"), ev.caption_command, figure.id, text)

    def _on_remove(self) -> None:
        figure_id = self.selected_id()
        if figure_id is None:
            return
        self._edit(self.tr("Retirer une figure"), ev.remove_figure_command, figure_id)
