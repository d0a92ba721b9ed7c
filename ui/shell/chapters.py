"""Which editor shows which chapter, and which feature fills which dock or dialog.

The shell is the only layer that knows every feature package; each editor is imported on first
use (start-up stays cheap). A feature that fails to import or to build raises: the error reaches
the user as a bug to report, never a silent placeholder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.binding.protocol import PlanSession
from ui.sections.placeholder import PlaceholderEditor
from ui.sections.plan_view import needs_reference
from zonalplan.guidance import Chapter
from zonalplan.reference.api import Reference

FeatureFactory = Callable[[PlanSession, Reference, QWidget | None], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("registry", text)


def _objectives(session: PlanSession, reference: Reference, parent: QWidget | None) -> QWidget:
    from ui.objectives import ObjectivesEditor

    return ObjectivesEditor(session, reference, parent)


def _decisions(session: PlanSession, reference: Reference, parent: QWidget | None) -> QWidget:
    from ui.decisions import DecisionsEditor

    return DecisionsEditor(session, reference, parent)


def _capacity(session: PlanSession, reference: Reference, parent: QWidget | None) -> QWidget:
    from ui.capacity import CapacityEditor

    return CapacityEditor(session, reference, parent)


def _reference_browser(session: PlanSession, reference: Reference,
                       parent: QWidget | None) -> QWidget:
    from ui.reference_browser import ReferenceBrowser

    return ReferenceBrowser(session, reference, parent)


def _alignment_panel(session: PlanSession, reference: Reference,
                     parent: QWidget | None) -> QWidget:
    from ui.alignment_panel import AlignmentPanel

    return AlignmentPanel(session, reference, parent)


FEATURES: dict[str, FeatureFactory] = {
    "objectives": _objectives,
    "decisions": _decisions,
    "capacity": _capacity,
    "reference_browser": _reference_browser,
    "alignment_panel": _alignment_panel,
}
"""Feature name → function building its widget ``(session, reference, parent)``."""


def build_feature(name: str, session: PlanSession, reference: Reference,
                  parent: QWidget | None = None) -> QWidget:
    """Build a feature's widget (a dock, an editor or a dialog)."""
    return FEATURES[name](session, reference, parent)


def _compare_with_version(parent: QWidget, session: PlanSession, snapshot_id: int) -> object:
    from ui.review import compare_with_version

    return compare_with_version(parent, session, snapshot_id, session.reference)


def _followup(kind: str, session: PlanSession, parent: QWidget | None) -> QWidget:
    from ui import followup

    editors = {"followup": followup.FollowUpHome, "followup_actions": followup.ActionsEditor,
               "followup_measures": followup.MeasuresEditor,
               "followup_dashboard": followup.DashboardEditor,
               "followup_reports": followup.ReportsEditor}
    return editors[kind](session, parent)


def create_editor(chapter: Chapter, session: PlanSession, reference: Reference | None, *,
                  author: Callable[[], str] = lambda: "", parent: QWidget | None = None
                  ) -> QWidget:
    """Return the editor widget of a chapter (a waiting page until the reference is loaded)."""
    kind = chapter.kind
    if needs_reference(chapter):
        if reference is None:
            return PlaceholderEditor(_tr("Chargement du référentiel national…"),
                                     _tr("Cet éditeur s'affiche dès que le référentiel est prêt."),
                                     parent)
        return build_feature(kind, session, reference, parent)
    if chapter.id == "argument_matrix":
        from ui.evidence.matrix_editor import MatrixEditor

        return MatrixEditor(session, parent)
    if kind == "text":
        from ui.evidence.figures_panel import FiguresPanel
        from ui.sections.text_chapter import TextChapterEditor

        editor = TextChapterEditor(session, chapter, parent)
        editor.add_panel(FiguresPanel(session, chapter.id, chapter.fields))
        return editor
    if kind == "overview":
        from ui.sections.overview import OverviewEditor

        return OverviewEditor(session, chapter, parent)
    if kind == "evidence":
        from ui.evidence.data_editor import DataEditor

        return DataEditor(session, parent)
    if kind == "zone":
        from ui.zone.zone_editor import ZoneEditor

        return ZoneEditor(session, parent)
    if kind == "expectations":
        from ui.sections.expectations import ExpectationsEditor

        return ExpectationsEditor(session, parent)
    if kind == "approval":
        from ui.approval import ApprovalEditor

        return ApprovalEditor(session, parent)
    if kind.startswith("followup"):
        return _followup(kind, session, parent)
    if kind == "versions":
        from ui.versions import VersionsEditor

        return VersionsEditor(session, author, parent, compare=_compare_with_version)
    raise ValueError(f"no editor for chapter kind {kind!r}")
