"""Review features: compare two versions, review notes, review mode, review of many zones.

Main-window wiring (a few lines each): see the docstrings of :class:`NotesPanel`,
:class:`ReviewModeController`, :class:`ZonesReviewWindow`, :func:`compare_with_version` and
:func:`compare_two_files`.
"""

from ui.review.compare import CompareDialog, CompareView, compare_two_files, compare_with_version
from ui.review.notes_panel import NotesPanel
from ui.review.review_mode import CommandPolicy, ReviewModeController
from ui.review.zones_window import ZonesReviewWindow

__all__ = ["CommandPolicy", "CompareDialog", "CompareView", "NotesPanel", "ReviewModeController",
           "ZonesReviewWindow", "compare_two_files", "compare_with_version"]
