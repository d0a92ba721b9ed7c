"""Which editor shows which chapter; feature editors are imported lazily by name.

The objectives, decisions and capacity editors, the reference browser, the alignment panel and the
export dialog are built by other modules (``Widget(session, reference, parent=None)``). They are
imported only when first needed; when a module is missing or fails, the chapter shows a clear
placeholder instead and the rest of the app works.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from zonalplan.guidance import Chapter
from ui.sections.placeholder import PlaceholderEditor

log = logging.getLogger(__name__)

FEATURES: dict[str, tuple[str, str]] = {
    "objectives": ("ui.objectives", "ObjectivesEditor"),
    "decisions": ("ui.decisions", "DecisionsEditor"),
    "capacity": ("ui.capacity", "CapacityEditor"),
    "reference_browser": ("ui.reference_browser", "ReferenceBrowser"),
    "alignment_panel": ("ui.alignment_panel", "AlignmentPanel"),
    "export": ("ui.export", "ExportDialog"),
}
"""Feature name → (module, class)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("registry", text)


def load_feature(name: str) -> tuple[type | None, str]:
    """Import a feature's class; return (class, "") or (None, a French reason)."""
    module_name, class_name = FEATURES[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None, _tr("Ce module n'est pas encore installé.")
        log.exception("Import de %s impossible", module_name)
        return None, _tr("Module incomplet : {}").format(exc)
    except Exception as exc:  # a broken feature must not break the app
        log.exception("Import de %s impossible", module_name)
        return None, _tr("Erreur au chargement du module : {}").format(exc)
    cls = getattr(module, class_name, None)
    if cls is None:
        return None, _tr("{} ne fournit pas encore {}.").format(module_name, class_name)
    return cls, ""


def build_feature(name: str, session: Any, reference: Any, parent: QWidget | None = None
                  ) -> QWidget:
    """Build a feature widget, or a placeholder saying why it is not available."""
    cls, reason = load_feature(name)
    if cls is None:
        return PlaceholderEditor(_tr("Éditeur en préparation"), reason, parent)
    try:
        return cls(session, reference, parent)
    except Exception as exc:  # noqa: BLE001 - show the problem, keep the app usable
        log.exception("Construction de %s impossible", name)
        return PlaceholderEditor(_tr("Éditeur indisponible"), str(exc), parent)


_FEATURE_OF_KIND = {"objectives": "objectives", "decisions": "decisions", "capacity": "capacity"}


def create_editor(chapter: Chapter, session: Any, reference: Any, *,
                  author: Callable[[], str] = lambda: "", parent: QWidget | None = None
                  ) -> QWidget:
    """Return the editor widget of a chapter."""
    kind = chapter.kind
    if kind in _FEATURE_OF_KIND:
        if reference is None:
            return PlaceholderEditor(_tr("Chargement du référentiel national…"),
                                     _tr("Cet éditeur s'affiche dès que le référentiel est prêt."),
                                     parent)
        return build_feature(_FEATURE_OF_KIND[kind], session, reference, parent)
    if kind == "text":
        from ui.sections.text_chapter import TextChapterEditor

        return TextChapterEditor(session, chapter, parent)
    if kind == "overview":
        from ui.sections.overview import OverviewEditor

        return OverviewEditor(session, chapter, parent)
    if kind == "zone":
        from ui.zone.zone_editor import ZoneEditor

        return ZoneEditor(session, parent)
    if kind == "expectations":
        from ui.sections.expectations import ExpectationsEditor

        return ExpectationsEditor(session, parent)
    if kind == "approval":
        from ui.approval import ApprovalEditor

        return ApprovalEditor(session, parent)
    if kind == "versions":
        from ui.versions import VersionsEditor

        return VersionsEditor(session, author, parent)
    return PlaceholderEditor(_tr("Éditeur en préparation"), "", parent)


def needs_reference(chapter: Chapter) -> bool:
    """Return True when the chapter's editor is built with the national reference."""
    return chapter.kind in _FEATURE_OF_KIND
