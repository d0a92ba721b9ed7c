"""The plan model: pydantic classes, French validation messages, light rich text.

The error types are imported at once (cheap); the pydantic classes on first use, so code that only
catches :class:`PlanError` does not pay for building the models.
"""

from zonalplan.lazy import lazy_exports
from zonalplan.model.errors import PlanError, UnusableInputError, validation_message

_PLAN_NAMES = (
    "AUTHOR_KIND_LABELS",
    "CZS_ROLE_LABELS",
    "DECISION_LABELS",
    "DOMAIN_LABELS",
    "FORMAT_VERSION",
    "FUNCTIONALITY_LABELS",
    "KIND_LABELS",
    "SECTION_KEYS",
    "Approval",
    "AuthorKind",
    "Capacity",
    "ChainApproach",
    "Commune",
    "CZSMember",
    "CZSRole",
    "Decision",
    "Domain",
    "Expectation",
    "Functionality",
    "Indicator",
    "LinkWeight",
    "Metadata",
    "NationalLink",
    "NoteReply",
    "NoteStatus",
    "Objective",
    "ObjectiveKind",
    "Period",
    "Plan",
    "PriorityDecision",
    "Region",
    "ReviewNote",
    "Sections",
    "Zone",
    "new_id",
)

__getattr__ = lazy_exports(__name__, dict.fromkeys(_PLAN_NAMES, "plan"))

__all__ = ["PlanError", "UnusableInputError", "validation_message", *_PLAN_NAMES]
