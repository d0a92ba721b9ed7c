"""Compare room: structured diff of two plan versions, review notes, review of many zones' plans.

Everything here reads plans and never changes them, except the note commands (undoable, on
``review_notes`` only) and ``merge_notes`` (a copy whose only difference is ``review_notes``).
"""

from zonalplan.compare.diff import Side, compare_files, diff_plans, load_side
from zonalplan.compare.diff_model import PlanDiff
from zonalplan.compare.many import FolderReview, ReviewCancelled, review_folder
from zonalplan.compare.notes import MergeSummary, merge_notes
from zonalplan.compare.review_mode import allowed_in_review_mode

__all__ = ["FolderReview", "MergeSummary", "PlanDiff", "ReviewCancelled", "Side",
           "allowed_in_review_mode", "compare_files", "diff_plans", "load_side", "merge_notes",
           "review_folder"]
