"""Layouts that reflow on a narrow editor instead of asking for horizontal scrolling.

- :class:`FlowLayout` puts its widgets (a row of buttons) side by side and wraps them to the next
  line when the row is too narrow.
- :class:`ReflowSplitter` shows its parts side by side when there is room and one above the other
  under that width; its minimum width is the widest part's, never their sum.
- :func:`fit_widths` lets every form, combo box and tab bar of an editor shrink: form labels go
  above their field, combo boxes elide their text, tab titles elide instead of needing arrows;
  the parts of its splitters grow as tall as their wrapped rows need.

A reflow happens only when the room changes (window, dock or splitter resized by the user), never
while the user types or clicks, so no control moves under the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabBar,
    QWidget,
)


class FlowLayout(QLayout):
    """Widgets in reading order, wrapped to as many rows as the width needs."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> FlowLayout:
        """Add ``widgets`` in order; return the layout."""
        for widget in widgets:
            self.addWidget(widget)
        return self

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def _margin_size(self) -> QSize:
        margins: QMargins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = area.x()
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if rows[-1] and x + width > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, width))
            x += width + self._spacing
        y = area.y()
        for row in rows:
            height = max((item.sizeHint().height() for item, _w in row), default=0)
            x = area.x()
            for item, width in row:
                if move:  # centred in its row: a label stays level with its field
                    own = item.sizeHint().height()
                    item.setGeometry(QRect(x, y + (height - own) // 2, width, own))
                x += width + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + margins.bottom()


def together(*widgets: QWidget) -> QWidget:
    """Return one widget holding ``widgets`` side by side (a label and its field never part)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box


class PartHeight(QObject):
    """Keep a splitter's part as tall as its wrapped content needs at its width: QSplitter does
    not ask its parts' height for width, so wrapped rows and labels would be cut."""

    def __init__(self, part: QWidget):
        super().__init__(part)
        self._part = part
        self._base = part.minimumHeight()
        self.floor = 0
        part.setProperty("partHeight", True)
        part.installEventFilter(self)

    @classmethod
    def of(cls, part: QWidget) -> PartHeight:
        """Return the keeper of ``part`` (installed on first use)."""
        keeper = part.findChild(PartHeight, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return keeper if keeper is not None else cls(part)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.update()
        return False

    def update(self) -> None:
        """Set the part's minimum height for its current width."""
        part = self._part
        need = max(self._base, self.floor)
        layout = part.layout()
        if layout is not None:
            need = max(need, layout.totalMinimumSize().height())
        if part.hasHeightForWidth() and part.width() > 0:
            if layout is None:  # a label counts its minimum height in its height for width
                part.setMinimumHeight(self._base)
            need = max(need, part.heightForWidth(part.width()))
        if need != part.minimumHeight():
            part.setMinimumHeight(need)


def keep_part_heights(splitter: QSplitter) -> None:
    """Keep every part of ``splitter`` as tall as its wrapped content needs."""
    for index in range(splitter.count()):
        part = splitter.widget(index)
        if not part.property("partHeight"):
            PartHeight(part).update()


class ReflowSplitter(QSplitter):
    """Parts side by side when each gets its minimum width (or ``widths``), else stacked.

    The width is measured again at each resize (a translated tab title may be longer).

    Stacked, each part keeps ``stacked_height`` pixels at least: the editor around then scrolls
    vertically as a whole.
    """

    SLACK = 4  # pixels more needed to go back side by side: no flicker at the limit

    def __init__(self, *, widths: Sequence[int | Callable[[], int]] = (), stacked_height: int = 0,
                 parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._widths = widths
        self._stacked_height = stacked_height
        self.setChildrenCollapsible(False)

    def set_widths(self, widths: Sequence[int | Callable[[], int]]) -> None:
        """Ask at least ``widths`` (pixels, or a function that measures them) for the parts side
        by side."""
        self._widths = widths
        self.reflow(self.width())

    def _base_width(self, part: QWidget) -> int:
        """Return the minimum width ``part`` had before the splitter changed it."""
        base = part.property("reflowBaseWidth")
        if base is None:
            base = part.minimumWidth()
            part.setProperty("reflowBaseWidth", base)
        return int(base)

    def _wanted(self, index: int) -> int:
        wanted = self._widths[index] if index < len(self._widths) else 0
        return int(wanted() if callable(wanted) else wanted)

    def side_by_side_width(self) -> int:
        """Return the width under which the parts are stacked."""
        shown = [i for i in range(self.count()) if not self.widget(i).isHidden()]
        total = sum(max(self.widget(i).minimumSizeHint().width(),
                        self._base_width(self.widget(i)), self._wanted(i)) for i in shown)
        return total + self.handleWidth() * max(0, len(shown) - 1)

    def is_stacked(self) -> bool:
        """Return True when the parts are shown one above the other."""
        return self.orientation() == Qt.Orientation.Vertical

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widest = 0
        for i in range(self.count()):
            widget = self.widget(i)
            if not widget.isHidden():
                widest = max(widest, widget.minimumSizeHint().width(), widget.minimumWidth())
        return QSize(widest + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.reflow(event.size().width())
        super().resizeEvent(event)

    def reflow(self, width: int) -> None:
        """Stack or unstack the parts for ``width``; side by side, each part keeps its width."""
        keep_part_heights(self)
        needed = self.side_by_side_width()
        if not self.is_stacked() and width < needed:
            self._set_stacked(True)
        elif self.is_stacked() and width >= needed + self.SLACK:
            self._set_stacked(False)
        for i in range(self.count()):
            part = self.widget(i)
            base = self._base_width(part)
            least = base if self.is_stacked() else max(base, self._wanted(i))
            if part.minimumWidth() != least:
                part.setMinimumWidth(least)

    def _set_stacked(self, stacked: bool) -> None:
        for i in range(self.count()):
            keeper = PartHeight.of(self.widget(i))
            keeper.floor = self._stacked_height if stacked else 0
            keeper.update()
        self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            parent.layout().invalidate()


def let_combo_shrink(combo: QComboBox, characters: int = 10, widest: int = 16) -> None:
    """Let a combo box be narrower than its longest item (its text is elided, its list is not):
    it asks for the length it was given (else ``characters``), at most ``widest``."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    length = min(combo.minimumContentsLength() or characters, widest)
    if length != combo.minimumContentsLength():
        combo.setMinimumContentsLength(length)
        # Qt keeps the minimum size computed with the old length until the style changes
        QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
    if combo.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed:
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, combo.sizePolicy().verticalPolicy())


def fit_widths(root: QWidget) -> None:
    """Let every form, combo box and tab bar under ``root`` shrink to a narrow editor."""
    for form in root.findChildren(QFormLayout):
        if form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for combo in root.findChildren(QComboBox):
        let_combo_shrink(combo)
    for splitter in root.findChildren(QSplitter):
        keep_part_heights(splitter)
    for bar in root.findChildren(QTabBar):
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)


def tab_bar_fits(bar: QTabBar) -> bool:
    """Return True when every tab title of ``bar`` shows whole (no arrows, nothing elided)."""
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    if bar.usesScrollButtons():
        return needed <= bar.width()
    return needed <= bar.width() + bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabOverlap)
