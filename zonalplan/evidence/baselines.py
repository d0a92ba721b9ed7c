"""Indicator baselines taken from imported data, and what changes when the data is re-imported."""

from __future__ import annotations

from dataclasses import dataclass

from zonalplan.evidence.figures import Series, all_series
from zonalplan.i18n import _
from zonalplan.model.errors import PlanError
from zonalplan.model.plan import Indicator, Plan


@dataclass(frozen=True)
class BaselineChange:
    """An indicator whose baseline no longer matches its series after a re-import."""

    objective_id: str
    indicator_id: str
    indicator: str
    year: int
    recorded: float | None
    now: float | None

    def text(self) -> str:
        """Return the sentence shown to the user, in the current language."""
        now = _("absente") if self.now is None else _fmt(self.now)
        return _("« {indicator} » : valeur de départ {year} enregistrée {recorded}, données "
                 "actuelles {now}.").format(indicator=self.indicator, year=self.year,
                                            recorded=_fmt(self.recorded), now=now)


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return (f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}").replace(
        ",", "\u202f").replace(".", ",")


def baseline_from(indicator: Indicator, series: Series, year: int) -> dict:
    """Return the indicator fields to set for a baseline from ``series`` in ``year``."""
    if year not in series.zone:
        years = ", ".join(map(str, series.years)) or _("aucune")
        raise PlanError(_("La série « {series} » n'a pas de valeur pour {year} (années : "
                          "{years}).").format(series=series.label, year=year, years=years))
    return {"baseline_value": round(series.zone[year], 4), "baseline_year": year,
            "series_key": series.key,
            "source": f"{series.label} — {', '.join(series.datasets)}"[:500]}


def baseline_changes(plan: Plan, series: dict[str, Series] | None = None) -> list[BaselineChange]:
    """Return the indicators whose recorded baseline differs from their series' current value."""
    series = all_series(plan.datasets) if series is None else series
    changes = []
    for objective in plan.objectives:
        for indicator in objective.indicators:
            if not indicator.series_key or indicator.baseline_year is None:
                continue
            found = series.get(indicator.series_key)
            now = found.zone.get(indicator.baseline_year) if found else None
            recorded = indicator.baseline_value
            if now is None or recorded is None or abs(now - recorded) > 1e-6 * max(1, abs(now)):
                changes.append(BaselineChange(objective.id, indicator.id, indicator.name,
                                              indicator.baseline_year, recorded, now))
    return changes
