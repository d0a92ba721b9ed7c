"""What the alignment report's charts show: objectives per PNS theme and per NCSI dimension.

Pure functions over a :class:`~zonalplan.alignment.report.Coverage`; drawing is done by
``zonalplan.evidence.charts`` and placement by ``zonalplan.export.alignment_charts``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from zonalplan.alignment.report import Coverage
from zonalplan.model import ObjectiveKind


@dataclass(frozen=True)
class CoverageBar:
    """One PNS theme or NCSI dimension and the objectives of the plan that serve it.

    ``priorities`` and ``attention_points`` count the objectives of that kind with a primary link
    (for a dimension: any link); ``secondary`` those linked as a contribution only.
    """

    ref_id: str
    number: str | None
    title: str
    decision: str | None
    priorities: int
    attention_points: int
    secondary: int = 0

    @property
    def total(self) -> int:
        """Return the number of objectives linked to the item."""
        return self.priorities + self.attention_points + self.secondary


def _split(objective_ids: Sequence[str], kinds: Mapping[str, ObjectiveKind]) -> tuple[int, int]:
    """Return (priorities, points of attention) among the objectives still in the plan."""
    known = [kinds[o] for o in dict.fromkeys(objective_ids) if o in kinds]
    priorities = sum(1 for kind in known if kind is ObjectiveKind.PRIORITY)
    return priorities, len(known) - priorities


def theme_bars(coverage: Coverage, kinds: Mapping[str, ObjectiveKind],
               node_ids: Sequence[str]) -> list[CoverageBar]:
    """Return one bar per PNS decision node (in ``node_ids`` order) the coverage knows.

    ``kinds`` maps each objective id of the plan to its kind; objectives unknown to it (deleted
    since the check) are not counted.
    """
    by_id = {t.ref_id: t for t in coverage.themes}
    bars = []
    for ref_id in node_ids:
        theme = by_id.get(ref_id)
        if theme is None:
            continue
        priorities, attention = _split(theme.primary, kinds)
        secondary = sum(1 for o in dict.fromkeys(theme.secondary)
                        if o in kinds and o not in theme.primary)
        bars.append(CoverageBar(ref_id, theme.number, theme.title, theme.decision, priorities,
                                attention, secondary))
    return bars


def dimension_bars(coverage: Coverage, kinds: Mapping[str, ObjectiveKind]) -> list[CoverageBar]:
    """Return one bar per NCSI dimension: the priorities and points of attention linked to it."""
    bars = []
    for dim in coverage.dimensions:
        priorities, attention = _split(dim.objectives, kinds)
        bars.append(CoverageBar(dim.ref_id, dim.number, dim.title, None, priorities, attention))
    return bars
