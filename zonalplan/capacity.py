"""Capacity totals (Qt-free): what is allocated against what is available.

Allocated capacity is the sum of the 7 basic functionalities, the objectives' own capacity (action
plans, on top of the basic missions) and the federal missions — the same sum the alignment check
uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from zonalplan.model import Functionality, Plan

EPSILON = 1e-9


@dataclass(frozen=True)
class CapacityTotals:
    """Allocated capacity by part, and how it compares with the available capacity (FTE)."""

    functionalities: float
    objectives: float
    federal: float
    available: float | None

    @property
    def allocated(self) -> float:
        """Return the total allocated FTE."""
        return self.functionalities + self.objectives + self.federal

    @property
    def remaining(self) -> float | None:
        """Return the available FTE left (negative when over-allocated), None if unknown."""
        return None if self.available is None else self.available - self.allocated

    @property
    def over_allocated(self) -> bool:
        """Return True when more capacity is allocated than available."""
        return self.available is not None and self.allocated > self.available + EPSILON

    def share(self, fte: float) -> float | None:
        """Return ``fte`` as a fraction of the available capacity (None if unknown or zero)."""
        if not self.available:
            return None
        return fte / self.available


def totals(plan: Plan) -> CapacityTotals:
    """Return the capacity totals of a plan."""
    capacity = plan.capacity
    functionalities = sum(capacity.functionalities.get(f, 0.0) or 0.0 for f in Functionality)
    objectives = sum(o.capacity_fte or 0.0 for o in plan.objectives)
    return CapacityTotals(functionalities, objectives, capacity.federal_missions_fte or 0.0,
                          capacity.available_fte)


def fte(value: float | None) -> str:
    """Return an FTE figure the French way: « 12,5 » (one decimal at most, no trailing zero)."""
    if value is None:
        return "—"
    text = f"{value:,.1f}".replace(",", "\u202f").replace(".", ",")
    return text.removesuffix(",0")


def percent(fraction: float | None) -> str:
    """Return a fraction as a French percentage, « 16,7 % »."""
    if fraction is None:
        return ""
    return f"{fraction * 100:.1f}".replace(".", ",") + "\u00a0%"
