"""What every table and tree of an editor does: a cell whose text is cut (« Crimi… ») shows the
whole text in its tooltip, and the column widths the user sets are kept for next time.

:func:`fit_item_views` is applied by the chapter page to every view of every editor, so a new
editor gets both without a line of its own.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QToolTip, QWidget

_STORE: dict[str, QSettings | None] = {"settings": None}
GROUP = "columns"


def set_column_store(settings: QSettings | None) -> None:
    """Keep column widths in ``settings`` (the shell's window settings); None: not kept."""
    _STORE["settings"] = settings


class _ElidedTips(QObject):
    """Show a cut cell's whole text as its tooltip (unless the model gives its own)."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ToolTip:
            return False
        view = self._view
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        if cell_is_elided(view, index):
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
        return True


def cell_is_elided(view: QAbstractItemView, index) -> bool:
    """Return True when a cell's text is wider than the room its column gives it."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str):
        return False
    room = view.visualRect(index).width() - 12
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    if icon is not None:
        room -= view.iconSize().width() if view.iconSize().isValid() else 20
    widest = max((view.fontMetrics().horizontalAdvance(line) for line in text.split("\n")),
                 default=0)
    return widest > room


def _header(view: QAbstractItemView) -> QHeaderView | None:
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    header = header() if header else None
    return header if isinstance(header, QHeaderView) and not header.isHidden() else None


def remember_columns(view: QAbstractItemView, key: str) -> None:
    """Restore the column widths kept under ``key`` and keep them whenever the user moves one."""
    header = _header(view)
    settings = _STORE["settings"]
    if header is None or settings is None or header.property("columnsKey"):
        return
    header.setProperty("columnsKey", key)
    saved = settings.value(f"{GROUP}/{key}")
    if isinstance(saved, QByteArray) and header.count():
        header.restoreState(saved)

    def keep(*_args) -> None:
        store = _STORE["settings"]
        if store is not None and shiboken6.isValid(header) and header.count():
            store.setValue(f"{GROUP}/{key}", header.saveState())

    header.sectionResized.connect(keep)


def fit_item_views(root: QWidget, key: str) -> None:
    """Give every table and tree under ``root`` cut-text tooltips and remembered columns."""
    for number, view in enumerate(root.findChildren(QAbstractItemView)):
        if view.property("elidedTips"):
            continue
        view.setProperty("elidedTips", True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(_ElidedTips(view))
        remember_columns(view, f"{key}/{view.objectName() or view.accessibleName() or number}")


class _NarrowColumns(QObject):
    """Hide secondary columns while the view is too narrow to leave ``keep`` pixels to the rest."""

    def __init__(self, view: QAbstractItemView, columns: tuple[int, ...], keep: int):
        super().__init__(view)
        self._view, self._columns, self._keep = view, columns, keep
        self._widths: dict[int, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):  # the viewport's own size
            self.apply()
        return False

    def apply(self) -> None:
        """Show or hide the secondary columns for the view's present width."""
        if not shiboken6.isValid(self._view):  # the view closed before this turn came
            return
        header = _header(self._view)
        if header is None:
            return
        shown = [c for c in range(header.count()) if c not in self._columns]
        fixed = sum(header.sectionSize(c) for c in shown
                    if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch)
        for column in self._columns:  # a hidden section measures 0: keep its shown width
            if not header.isSectionHidden(column):
                self._widths[column] = header.sectionSize(column)
        secondary = sum(self._widths.get(c) or header.sectionSizeHint(c) for c in self._columns)
        narrow = self._view.viewport().width() - fixed - secondary < self._keep
        for column in self._columns:
            if header.isSectionHidden(column) != narrow:
                header.setSectionHidden(column, narrow)


def hide_columns_when_narrow(view: QAbstractItemView, columns: tuple[int, ...],
                             keep: int) -> None:
    """Hide ``columns`` while showing them would leave the other columns less than ``keep`` px.

    A narrow list (a side-by-side editor on a small screen) keeps its main column readable;
    the hidden columns' facts stay in the filters and the form beside it.
    """
    if view.property("narrowColumns"):
        return
    view.setProperty("narrowColumns", True)
    watcher = _NarrowColumns(view, columns, keep)
    view.viewport().installEventFilter(watcher)
    QTimer.singleShot(0, watcher.apply)  # after the remembered widths are restored
