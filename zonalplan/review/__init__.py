"""Review room: structured diff of two plan versions, review notes, review of many zones' plans.

Everything here reads plans and never changes them, except the note commands (undoable, on
``review_notes`` only) and ``merge_notes`` (a copy whose only difference is ``review_notes``).
"""

from __future__ import annotations

from zonalplan.lazy import lazy_exports

_EXPORTS = {
    "Side": "diff", "compare_files": "diff", "diff_plans": "diff", "load_side": "diff",
    "PlanDiff": "diff_model", "FolderReview": "many", "ReviewCancelled": "many",
    "review_folder": "many", "MergeSummary": "notes", "merge_notes": "notes",
    "allowed_in_review_mode": "review_mode",
}
__all__ = sorted(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
