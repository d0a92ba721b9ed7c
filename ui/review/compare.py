"""Compare two versions of a plan side by side, and export the comparison report (DOCX).

    view = CompareView.for_plans(plan_a, plan_b, reference, "Version du 12/03", "Version actuelle")

:func:`compare_with_version` (« Comparer avec la version actuelle », versions list) and
:func:`compare_two_files` (« Comparer deux fichiers… ») open a :class:`CompareDialog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.review import pickers
from ui.review.compare_pages import ComparePages
from ui.review.compare_view import CompareLayout
from ui.widgets import dialogs
from zonalplan.model import Plan, PlanError
from zonalplan.review.diff import diff_plans, load_side
from zonalplan.review.diff_model import PlanDiff

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.reference.api import Reference


ROLE_KEY = Qt.ItemDataRole.UserRole
_OPEN: set[QDialog] = set()  # comparison windows without a parent, kept alive while shown
BADGE_COLORS = {"added": "#2e7d32", "removed": "#c62828", "modified": "#b26a00",
                "moved": "#1565c0"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


class CompareView(CompareLayout):
    """Navigate the chapters of two versions and read them side by side, changes highlighted."""

    page_shown = Signal(str)  # key of the page shown
    exported = Signal(str)  # path of the comparison report written
    export_failed = Signal(str)  # French message

    def __init__(self, diff: PlanDiff, plan_a: Plan, plan_b: Plan,
                 reference: Reference | None = None, *,
                 choose_save_path: Callable[..., Path | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.diff = diff
        self.model = ComparePages(diff, plan_a, plan_b, reference)
        self.export_task: Any = None
        self._choose_save_path = choose_save_path
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self.title.setText(self.tr("« {} » comparé à « {} »").format(diff.before_label,
                                                                    diff.after_label))
        self.header_a.setText(self.tr("Avant — {}").format(diff.before_label))
        self.header_b.setText(self.tr("Après — {}").format(diff.after_label))
        self._fill_navigator()
        self._connect_callbacks()
        self._show_summary_status()
        self.show_page("summary")

    @classmethod
    def for_plans(cls, plan_a: Plan, plan_b: Plan, reference: Reference | None = None,
                  label_a: str = "", label_b: str = "", *,
                  parent: QWidget | None = None) -> CompareView:
        """Compare two plans (A before, B after) and return the view of the comparison."""
        diff = diff_plans(plan_a, plan_b, reference=reference,
                          before_label=label_a or _tr("version précédente"),
                          after_label=label_b or _tr("version actuelle"))
        return cls(diff, plan_a, plan_b, reference, parent=parent)

    # -- building -------------------------------------------------------------------------------

    def _fill_navigator(self) -> None:
        bold = QFont(self.nav.font())
        bold.setBold(True)
        for page in self.model.pages:
            parent = self._items.get(page.parent) if page.parent else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.nav)
            item.setText(0, page.title)
            item.setToolTip(0, page.title)
            item.setData(0, ROLE_KEY, page.key)
            if page.badge:
                item.setText(1, page.badge)
                item.setForeground(1, QBrush(QColor(BADGE_COLORS.get(page.status, "#66727d"))))
                item.setFont(1, bold)
                item.setToolTip(1, page.detail or page.badge)
            self._items[page.key] = item
        self.nav.expandAll()

    def _connect_callbacks(self) -> None:
        self.nav.currentItemChanged.connect(self._on_current_item)
        self.only_changes.toggled.connect(self._on_only_changes)
        self.next_change.clicked.connect(lambda: self.step_change(+1))
        self.previous_change.clicked.connect(lambda: self.step_change(-1))
        self.export_button.clicked.connect(lambda: self.export_report())
        for browser in (self.before, self.after, self.single):
            browser.anchorClicked.connect(self._on_link)
        self.before.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync_scroll(self.before, self.after))
        self.after.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync_scroll(self.after, self.before))

    def _show_summary_status(self) -> None:
        count = len(self.model.changed_keys())
        self.next_change.setEnabled(count > 0)
        self.previous_change.setEnabled(count > 0)
        self.status.setText(self.tr("Aucune différence de contenu.") if self.diff.is_identical
                            else self.tr("{} rubrique(s) avec des différences.").format(count))

    # -- navigation -----------------------------------------------------------------------------

    def item(self, key: str) -> QTreeWidgetItem | None:
        """Return the chapter-list entry of a page."""
        return self._items.get(key)

    def current_page(self) -> str:
        """Return the key of the page shown."""
        item = self.nav.currentItem()
        return item.data(0, ROLE_KEY) if item is not None else "summary"

    def show_page(self, key: str) -> None:
        """Show a page (« summary », « zone », « objective:<id> »…) and select it in the list."""
        item = self._items.get(key)
        if item is None:
            return
        if item is not self.nav.currentItem():
            self.nav.setCurrentItem(item)  # calls _render through currentItemChanged
        else:
            self._render(key)

    def step_change(self, step: int) -> None:
        """Show the next (+1) or previous (-1) page with a difference."""
        keys = [k for k in self.model.changed_keys() if k not in ("chapters", "objectives")]
        if not keys:
            return
        order = [p.key for p in self.model.pages]
        here = order.index(self.current_page())
        if step > 0:
            target = next((k for k in keys if order.index(k) > here), keys[0])
        else:
            target = next((k for k in reversed(keys) if order.index(k) < here), keys[-1])
        self.show_page(target)

    def _on_current_item(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self._render(current.data(0, ROLE_KEY))

    def _render(self, key: str) -> None:
        html = self.model.html(key)
        if isinstance(html, str):
            self.single.setHtml(html)
            self.stack.setCurrentWidget(self.single)
        else:
            self._syncing = True
            self.before.setHtml(html[0])
            self.after.setHtml(html[1])
            self._syncing = False
            self.stack.setCurrentWidget(self.sides_page)
        self.page_shown.emit(key)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "page":
            self.show_page(url.path())

    def _on_only_changes(self, only: bool) -> None:
        for page in self.model.pages:
            item = self._items[page.key]
            keep = not only or bool(page.status) or page.key == "summary"
            item.setHidden(not keep)

    def _sync_scroll(self, source: Any, target: Any) -> None:
        if self._syncing:
            return
        bar, other = source.verticalScrollBar(), target.verticalScrollBar()
        self._syncing = True
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        other.setValue(round(ratio * other.maximum()))
        self._syncing = False

    # -- export ---------------------------------------------------------------------------------

    def _suggested_name(self) -> str:
        number = self.model.plan_b.zone.number or self.model.plan_a.zone.number or "plan"
        return f"comparaison-{number}-{dt.date.today():%Y%m%d}.docx"

    def export_report(self, path: Path | None = None) -> Any:
        """Write the comparison report (DOCX) off the UI thread; return the task, or None."""
        from ui.tasks import Task
        from zonalplan.review.diff_docx import write_diff_docx

        if path is None:
            choose = self._choose_save_path or pickers.choose_save_path
            path = choose(self, self.tr("Exporter le rapport de comparaison"),
                          str(Path.home() / self._suggested_name()), pickers.DOCX_FILTER,
                          ".docx")
            if path is None:
                return None
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Export du rapport en cours…"))
        self.export_task = Task(write_diff_docx, self.diff, Path(path)) \
            .success(self._on_exported).failure(self._on_export_failed) \
            .with_progress(self.tr("Export du rapport de comparaison…"), self).run()
        return self.export_task

    def _on_exported(self, written: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Rapport écrit : {}").format(written))
        self.exported.emit(str(written))

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        message = str(exc) if isinstance(exc, PlanError) else \
            self.tr("Le rapport n'a pas pu être écrit ({}).").format(exc)
        self.status.setText(message)
        dialogs.error(self, self.tr("Export impossible"), message)
        self.export_failed.emit(message)


class CompareDialog(QDialog):
    """A window around a :class:`CompareView` (non-modal; deleted once closed)."""

    def __init__(self, view: CompareView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Comparaison de deux zones — ZonalPlan")
                            if view.model.diff.different_zones
                            else self.tr("Comparaison de deux versions — ZonalPlan"))
        self.view = view
        view.setParent(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(1280, 820)
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        _OPEN.discard(self)
        self.deleteLater()


def _show(parent: QWidget | None, view: CompareView) -> CompareDialog:
    dialog = CompareDialog(view, parent)
    _OPEN.add(dialog)
    dialogs.show_window(dialog)
    return dialog


def compare_with_version(parent: QWidget | None, session: PlanSession, snapshot_id: int,
                         reference: Reference | None = None) -> CompareDialog | None:
    """Compare a version kept in the plan file (before) with the plan as shown (after)."""
    plan_file = session.plan_file
    if plan_file is None:
        return None
    info = next((s for s in plan_file.snapshots() if s.id == snapshot_id), None)
    if info is None:
        dialogs.error(parent, _tr("Comparaison impossible"),
                      _tr("Cette version n'existe plus dans le fichier."))
        return None
    try:
        before = plan_file.load_snapshot(snapshot_id)
    except PlanError as exc:
        dialogs.error(parent, _tr("Comparaison impossible"), str(exc))
        return None
    label_a = _tr("Version « {} » du {}").format(info.label, info.created_display)
    label_b = _tr("Version actuelle (non enregistrée)") if session.modified else \
        _tr("Version actuelle")
    reference = reference if reference is not None else session.reference
    view = CompareView.for_plans(before, session.plan.model_copy(deep=True), reference,
                                 label_a, label_b)
    return _show(parent, view)


def _load_and_compare(path_a: Path, path_b: Path, reference: Reference) -> tuple[PlanDiff, Plan,
                      Plan]:
    """Read two plan files read-only and compare them (runs on a worker thread)."""
    a, b = load_side(path_a), load_side(path_b)
    diff = diff_plans(a.plan, b.plan, reference=reference, before_label=a.label,
                      after_label=b.label)
    return diff, a.plan, b.plan


def compare_two_files(parent: QWidget | None, reference: Reference | None = None, *,
                      paths: tuple[Path, Path] | None = None,
                      on_ready: Callable[[CompareDialog], None] | None = None) -> Any:
    """Ask for two plan files (before, after), compare them off the UI thread and show them.

    Return the task, or None when the user cancelled.
    """
    from ui.tasks import Task

    if paths is None:
        first = pickers.choose_plan_file(parent, _tr("Version « avant » à comparer"))
        if first is None:
            return None
        second = pickers.choose_plan_file(parent, _tr("Version « après » à comparer"),
                                          str(first.parent))
        if second is None:
            return None
        paths = (first, second)

    def _ready(result: tuple[PlanDiff, Plan, Plan]) -> None:
        diff, plan_a, plan_b = result
        dialog = _show(parent, CompareView(diff, plan_a, plan_b, reference))
        if on_ready is not None:
            on_ready(dialog)

    return Task(_load_and_compare, Path(paths[0]), Path(paths[1]), reference) \
        .success(_ready).with_progress(_tr("Comparaison des deux plans…"), parent).run()
