"""A dock position of the window whose content is built per open plan.

The alignment panel and the reference browser are ``QDockWidget`` classes built with the session
(``ui.alignment_panel.AlignmentPanel(session, reference, parent)``). A :class:`DockSlot` keeps a
placeholder dock in their place while no plan is open, while the reference loads or when the module
is missing, and swaps the feature's dock in (same area, same tab, same visibility) once it can be
built — only when its place is visible, so the window opens quickly. The dock in place always
carries the slot's object name, so ``QMainWindow.saveState`` remembers the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QTabBar,
    QWidget,
)

from ui.sections.placeholder import PlaceholderEditor
from ui.shell.chapters import build_feature

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.reference.api import Reference


AREAS = (Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
         | Qt.DockWidgetArea.BottomDockWidgetArea)


class DockSlot(QObject):
    """One dock position (placeholder or feature dock)."""

    def __init__(self, window: QMainWindow, feature: str, title: str, object_name: str):
        super().__init__(window)
        self.window = window
        self.feature = feature
        self.object_name = object_name
        self.placeholder = QDockWidget(title, window)
        self.placeholder.setObjectName(object_name)
        self.placeholder.setAllowedAreas(AREAS)
        self.placeholder.visibilityChanged.connect(self._on_visibility)
        self.dock: QDockWidget = self.placeholder
        self._pending: tuple[Any, Any] | None = None
        self._read_only = False
        self._show_placeholder(self.tr("Aucun plan ouvert"))

    # -- placeholder ------------------------------------------------------------------------------

    def _show_placeholder(self, message: str, detail: str = "") -> None:
        old = self.placeholder.widget()
        editor = PlaceholderEditor(message, detail, self.placeholder)
        # a waiting message never makes the dock (and so the window) wider
        editor.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.placeholder.setWidget(editor)
        if old is not None:
            old.deleteLater()

    def _swap(self, new: QDockWidget) -> None:
        """Put ``new`` where the current dock is (area, tab, floating, visibility)."""
        old = self.dock
        if new is old:
            return
        visible, raised = not old.isHidden(), not old.visibleRegion().isEmpty()
        floating = old.isFloating()
        new.setAllowedAreas(AREAS)
        old.setObjectName(self.object_name + "Old")
        new.setObjectName(self.object_name)
        if floating:
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, new)
            new.setFloating(True)
            new.setGeometry(old.geometry())
        else:
            self.window.tabifyDockWidget(old, new)
        self.window.removeDockWidget(old)
        new.setVisible(visible)
        if raised:
            new.raise_()
        self.dock = new
        if old is not self.placeholder:
            old.deleteLater()
        else:
            old.setObjectName(self.object_name + "Placeholder")

    # -- building ---------------------------------------------------------------------------------

    def clear(self) -> None:
        """Show that no plan is open (the placeholder comes back in place)."""
        self._pending = None
        self._show_placeholder(self.tr("Aucun plan ouvert"))
        self._swap(self.placeholder)
        self.placeholder.setObjectName(self.object_name)

    def rebuild(self, session: PlanSession, reference: Reference | None) -> None:
        """Build the feature for this session when its place is visible."""
        if self.dock is not self.placeholder:
            self.clear()
        if session is None:
            self.clear()
        elif reference is None:
            self._pending = None
            self._show_placeholder(self.tr("Chargement du référentiel national…"))
        else:
            self._pending = (session, reference)
            self._show_placeholder(self.tr("Chargement…"))
            if self.placeholder.isVisible() and not self.placeholder.visibleRegion().isEmpty():
                self.build_now()

    def build_now(self) -> QDockWidget:
        """Build the pending feature now; return the dock in place."""
        if self._pending is None:
            return self.dock
        session, reference = self._pending
        self._pending = None
        widget = build_feature(self.feature, session, reference, self.window)
        if isinstance(widget, QDockWidget):
            self._swap(widget)
        else:  # a plain widget (or a placeholder saying why): shown in our own dock
            old = self.placeholder.widget()
            widget.setParent(self.placeholder)
            self.placeholder.setWidget(widget)
            if old is not None:
                old.deleteLater()
        self.set_read_only(self._read_only)
        return self.dock

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._pending is not None and self.dock is self.placeholder:
            self.build_now()

    # -- actions ----------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Pass the read-only state to the feature when it supports it."""
        self._read_only = read_only
        target = self.dock if self.dock is not self.placeholder else self.placeholder.widget()
        setter = getattr(target, "set_read_only", None)
        if setter is not None:
            setter(read_only)

    def toggle(self) -> None:
        """Show and raise the dock, or hide it when it is in front."""
        dock = self.dock
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.hide()
        else:
            dock.show()
            dock.raise_()
            self.build_now()

    def focus_search(self) -> bool:
        """Show the dock and focus its search field; return True if there is one."""
        self.placeholder.show() if self.dock is self.placeholder else self.dock.show()
        self.dock.raise_()
        dock = self.build_now()
        focus = getattr(dock, "focus_search", None)
        if focus is not None:
            focus()
            return True
        field = dock.findChild(QLineEdit)
        if field is not None:
            field.setFocus()
            field.selectAll()
            return True
        dock.setFocus()
        return False

    def widget_in_place(self) -> QWidget:
        """Return the feature shown (the dock itself, or the placeholder's widget)."""
        return self.dock if self.dock is not self.placeholder else self.placeholder.widget()


class SideDocks(QObject):
    """The window's two feature docks (alignment panel, reference browser), tabbed on the right and
    hidden on the start page; they come back as the user left them when a plan opens."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.alignment = DockSlot(window, "alignment_panel", self.tr("Alignement national"),
                                  "alignmentDock")
        self.reference = DockSlot(window, "reference_browser", self.tr("Référentiel national"),
                                  "referenceDock")
        self.slots = (self.alignment, self.reference)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.alignment.dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reference.dock)
        window.tabifyDockWidget(self.alignment.dock, self.reference.dock)
        self.alignment.dock.raise_()
        self._wanted: dict[str, bool] | None = None
        self._window = window
        self.fit_on_show = True  # False once the user's own layout was restored

    def compact_tabs(self) -> None:
        """Let the docks' tabs elide their titles: they never make the window wider."""
        for bar in self._window.findChildren(QTabBar):
            if bar.parent() is self._window:
                bar.setElideMode(Qt.TextElideMode.ElideRight)
                bar.setUsesScrollButtons(True)
                bar.setExpanding(False)

    def fit_width(self) -> None:
        """Give the docks a quarter of the window (at most 340 px): the chapter keeps the room."""
        self.compact_tabs()
        width = max(240, min(340, self._window.width() // 4))
        self._window.resizeDocks([self.alignment.dock], [width], Qt.Orientation.Horizontal)

    def show_all(self, shown: bool) -> None:
        """Hide the docks (start page), or bring them back as they were."""
        self.compact_tabs()
        if shown and self._wanted is not None:
            for slot in self.slots:
                slot.dock.setVisible(self._wanted.get(slot.object_name, True))
            self._wanted = None
            if self.fit_on_show:
                self.fit_on_show = False
                QTimer.singleShot(0, self.fit_width)  # once the docks are laid out
        elif not shown and self._wanted is None:
            self._wanted = {s.object_name: not s.dock.isHidden() for s in self.slots}
            for slot in self.slots:
                slot.dock.hide()

    def attach(self, session: PlanSession, reference: Reference | None) -> None:
        """Show the docks and build their features for an open plan."""
        self.show_all(True)
        for slot in self.slots:
            slot.set_read_only(session.read_only)
            slot.rebuild(session, reference)

    def detach(self) -> None:
        """Put the placeholders back and hide the docks (no plan open)."""
        for slot in self.slots:
            slot.clear()
        self.show_all(False)

    def set_read_only(self, read_only: bool) -> None:
        """Pass the read-only state to both features."""
        for slot in self.slots:
            slot.set_read_only(read_only)
