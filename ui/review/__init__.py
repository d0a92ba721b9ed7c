"""Review features: compare two versions, review notes, review mode, review of many zones.

Main-window wiring (a few lines each): see the docstrings of :class:`NotesPanel`,
:class:`ReviewModeController`, :class:`ZonesReviewWindow`, :func:`compare_with_version` and
:func:`compare_two_files`.
"""

from __future__ import annotations

from zonalplan.lazy import lazy_exports

_EXPORTS = {
    "CompareDialog": "compare", "CompareView": "compare", "compare_two_files": "compare",
    "compare_with_version": "compare", "NotesPanel": "notes_panel",
    "CommandPolicy": "review_mode", "ReviewModeController": "review_mode",
    "ZonesReviewWindow": "zones_window",
}
__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
