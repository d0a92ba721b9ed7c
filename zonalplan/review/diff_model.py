"""What a comparison of two plans found: plain dataclasses, each with ``to_json()``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from zonalplan.i18n import N_, Translated
from zonalplan.review.textdiff import Segment

Status = Literal["added", "removed", "modified", "moved"]

STATUS_LABELS = Translated(
    {
        "added": N_("ajouté"),
        "removed": N_("supprimé"),
        "modified": N_("modifié"),
        "moved": N_("déplacé"),
    }
)


@dataclass
class FieldChange:
    """One field whose value differs: raw JSON values, printable texts, and how it changed.

    Text fields carry a word-level diff in ``segments``; list fields the items ``added`` and
    ``removed``; other fields only the values before and after.
    """

    path: str
    label: str
    before: Any
    after: Any
    before_text: str = ""
    after_text: str = ""
    segments: list[Segment] | None = None
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        out: dict[str, Any] = {"path": self.path, "label": self.label, "before": self.before,
                               "after": self.after}
        if self.segments is not None:
            out["segments"] = [s.to_json() for s in self.segments]
        if self.added or self.removed:
            out["added"], out["removed"] = self.added, self.removed
        return out


@dataclass
class ElementDiff:
    """An element of a list (indicator, CZS member, expectation) added, removed or modified."""

    status: Status
    label: str
    before_id: str | None
    after_id: str | None
    matched_by: str = ""  # "id" | "name" | "" (added or removed)
    changes: list[FieldChange] = field(default_factory=list)

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"status": self.status, "label": self.label, "before_id": self.before_id,
                "after_id": self.after_id, "matched_by": self.matched_by,
                "changes": [c.to_json() for c in self.changes]}


@dataclass
class LinkChange:
    """A link to the national frame added, removed, or whose weight changed."""

    status: Literal["added", "removed", "weight"]
    ref_id: str
    title: str
    before_weight: str | None = None
    after_weight: str | None = None

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"status": self.status, "ref_id": self.ref_id, "title": self.title,
                "before_weight": self.before_weight, "after_weight": self.after_weight}


@dataclass
class ObjectiveDiff:
    """A strategic objective added, removed, modified or moved, with everything that changed."""

    status: Status
    label: str
    before_id: str | None
    after_id: str | None
    before_label: str = ""
    matched_by: str = ""  # "id" | "title" | ""
    similarity: float | None = None
    moved: bool = False
    changes: list[FieldChange] = field(default_factory=list)
    links: list[LinkChange] = field(default_factory=list)
    indicators: list[ElementDiff] = field(default_factory=list)

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"status": self.status, "label": self.label, "before_label": self.before_label,
                "before_id": self.before_id, "after_id": self.after_id,
                "matched_by": self.matched_by,
                "similarity": None if self.similarity is None else round(self.similarity, 3),
                "moved": self.moved, "changes": [c.to_json() for c in self.changes],
                "links": [link.to_json() for link in self.links],
                "indicators": [i.to_json() for i in self.indicators]}


@dataclass
class DecisionChange:
    """The zone's decision on a PNS theme changed (or its justification)."""

    ref_id: str
    title: str
    before: str | None  # Decision value, None = no decision (indécis)
    after: str | None
    justification: FieldChange | None = None

    @property
    def decision_changed(self) -> bool:
        """Return True when the decision itself (not only the justification) changed."""
        return self.before != self.after

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"ref_id": self.ref_id, "title": self.title, "before": self.before,
                "after": self.after, "decision_changed": self.decision_changed,
                "justification": self.justification.to_json() if self.justification else None}


@dataclass
class ValueChange:
    """A number that changed (capacity of a functionality or of an objective)."""

    key: str
    label: str
    before: float | None
    after: float | None

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"key": self.key, "label": self.label, "before": self.before, "after": self.after}


@dataclass
class CapacityDiff:
    """Changes of the capacity: overall fields, per basic functionality, per objective."""

    changes: list[FieldChange] = field(default_factory=list)
    functionalities: list[ValueChange] = field(default_factory=list)
    objectives: list[ValueChange] = field(default_factory=list)  # key: "<id>/capacity_fte" …

    def __bool__(self) -> bool:
        return bool(self.changes or self.functionalities or self.objectives)

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"changes": [c.to_json() for c in self.changes],
                "functionalities": [v.to_json() for v in self.functionalities],
                "objectives": [v.to_json() for v in self.objectives]}


@dataclass
class AlignmentDelta:
    """Findings fixed and introduced between the two versions, and both coverage summaries."""

    fixed: list[dict] = field(default_factory=list)  # Finding.to_json() of the old version
    introduced: list[dict] = field(default_factory=list)  # Finding.to_json() of the new version
    counts_before: dict[str, int] = field(default_factory=dict)
    counts_after: dict[str, int] = field(default_factory=dict)
    coverage_before: dict[str, int] = field(default_factory=dict)
    coverage_after: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"fixed": self.fixed, "introduced": self.introduced,
                "counts_before": self.counts_before, "counts_after": self.counts_after,
                "coverage_before": self.coverage_before, "coverage_after": self.coverage_after}


@dataclass
class PlanDiff:
    """Everything that differs between two versions of a plan.

    Review notes and file metadata are not content: they are left out.
    """

    before_label: str
    after_label: str
    zone: list[FieldChange] = field(default_factory=list)
    period: list[FieldChange] = field(default_factory=list)
    sections: list[FieldChange] = field(default_factory=list)
    expectations: list[ElementDiff] = field(default_factory=list)
    czs_members: list[ElementDiff] = field(default_factory=list)
    objectives: list[ObjectiveDiff] = field(default_factory=list)
    decisions: list[DecisionChange] = field(default_factory=list)
    capacity: CapacityDiff = field(default_factory=CapacityDiff)
    approval: list[FieldChange] = field(default_factory=list)
    actions: list[ElementDiff] = field(default_factory=list)  # follow-up: yearly actions
    measurements: list[ElementDiff] = field(default_factory=list)  # follow-up: measured values
    alignment: AlignmentDelta | None = None
    before_title: str = ""
    after_title: str = ""
    language: str = "fr"
    """Language of the « after » plan: the comparison report is written in it."""
    different_zones: bool = False  # plans of two zones, not two versions of one plan

    @property
    def is_identical(self) -> bool:
        """Return True when the content of both versions is the same."""
        return not (self.zone or self.period or self.sections or self.expectations
                    or self.czs_members or self.objectives or self.decisions or self.capacity
                    or self.approval or self.actions or self.measurements)

    def objectives_with(self, status: Status) -> list[ObjectiveDiff]:
        """Return the objective differences of one status."""
        return [o for o in self.objectives if o.status == status]

    def summary(self) -> dict[str, int]:
        """Return how many differences of each kind were found."""
        links = [link for o in self.objectives for link in o.links]
        return {
            "objectives_added": len(self.objectives_with("added")),
            "objectives_removed": len(self.objectives_with("removed")),
            "objectives_modified": len(self.objectives_with("modified")),
            "objectives_moved": sum(1 for o in self.objectives if o.moved),
            "links_added": sum(1 for link in links if link.status == "added"),
            "links_removed": sum(1 for link in links if link.status == "removed"),
            "indicators_changed": sum(len(o.indicators) for o in self.objectives),
            "decisions_changed": len(self.decisions),
            "sections_changed": len(self.sections),
            "zone_period_changed": len(self.zone) + len(self.period),
            "czs_members_changed": len(self.czs_members),
            "expectations_changed": len(self.expectations),
            "capacity_changed": (len(self.capacity.changes) + len(self.capacity.functionalities)
                                 + len(self.capacity.objectives)),
            "approval_changed": len(self.approval),
            "actions_changed": len(self.actions),
            "measurements_changed": len(self.measurements),
            "findings_fixed": len(self.alignment.fixed) if self.alignment else 0,
            "findings_introduced": len(self.alignment.introduced) if self.alignment else 0,
        }

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {
            "identical": self.is_identical,
            "before": {"label": self.before_label, "title": self.before_title},
            "after": {"label": self.after_label, "title": self.after_title},
            "summary": self.summary(),
            "zone": [c.to_json() for c in self.zone],
            "period": [c.to_json() for c in self.period],
            "sections": [c.to_json() for c in self.sections],
            "expectations": [e.to_json() for e in self.expectations],
            "czs_members": [m.to_json() for m in self.czs_members],
            "objectives": [o.to_json() for o in self.objectives],
            "decisions": [d.to_json() for d in self.decisions],
            "capacity": self.capacity.to_json(),
            "approval": [c.to_json() for c in self.approval],
            "actions": [e.to_json() for e in self.actions],
            "measurements": [e.to_json() for e in self.measurements],
            "alignment": self.alignment.to_json() if self.alignment else None,
        }
