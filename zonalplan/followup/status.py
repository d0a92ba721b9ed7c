"""Is an objective on track? Indicator status against the straight trajectory to its target.

The rule, shown to the user as it is applied: between the baseline (value, year) and the target
(value, year) the expected value moves in a straight line. The last measured value is compared to
the expected value of its period, as a share of the whole distance from baseline to target:

- on track (« en bonne voie ») when it is at most 10 % of that distance behind;
- at risk (« à surveiller ») when 10 % to 30 % behind;
- off track (« en retard ») when more than 30 % behind.

An indicator without baseline, target or measurement has no status (« non évaluable »). An
objective takes the worst status of its indicators.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from zonalplan.i18n import N_, Translated, _
from zonalplan.model.followup import FollowUp, Measurement
from zonalplan.model.plan import Indicator, Objective

ON_TRACK_GAP = 0.10
AT_RISK_GAP = 0.30


class Status(str, Enum):
    """Status of an indicator or objective."""

    ON_TRACK = "en_bonne_voie"
    AT_RISK = "a_surveiller"
    OFF_TRACK = "en_retard"
    UNKNOWN = "non_evaluable"


STATUS_LABELS = Translated({
    Status.ON_TRACK: N_("en bonne voie"),
    Status.AT_RISK: N_("à surveiller"),
    Status.OFF_TRACK: N_("en retard"),
    Status.UNKNOWN: N_("non évaluable"),
})
_SEVERITY = {Status.UNKNOWN: 0, Status.ON_TRACK: 1, Status.AT_RISK: 2, Status.OFF_TRACK: 3}
RULE_TEXT = N_("Trajectoire en ligne droite de la valeur de départ à la valeur cible ; la dernière "
             "mesure est « en bonne voie » si elle accuse au plus 10 % de retard sur la distance "
             "totale, « à surveiller » de 10 à 30 %, « en retard » au-delà.")


@dataclass(frozen=True)
class IndicatorStatus:
    """An indicator's status with the figures that explain it."""

    indicator: Indicator
    status: Status
    last: Measurement | None
    expected: float | None
    gap: float | None  # share of the baseline-target distance behind (+) or ahead (-)
    values: tuple[tuple[float, float], ...]  # (period, value) in time order, for the trend
    reason: str


def expected_value(indicator: Indicator, period: float) -> float | None:
    """Return the trajectory's value at ``period`` (None without baseline and target)."""
    b, by, t, ty = (indicator.baseline_value, indicator.baseline_year, indicator.target_value,
                    indicator.target_year)
    if b is None or t is None or by is None or ty is None or ty <= by:
        return None
    share = min(max((period - by) / (ty - by), 0.0), 1.0)
    return b + (t - b) * share


def indicator_status(indicator: Indicator, measurements: list[Measurement],
                     values: tuple[tuple[float, float], ...] | None = None) -> IndicatorStatus:
    """Return the status of one indicator from its measurements in time order.

    ``values`` — (period, value) of those measurements — may be given when already computed.
    """
    if values is None:
        values = tuple((m.period, m.value) for m in measurements)
    last = measurements[-1] if measurements else None
    if last is None:
        return IndicatorStatus(indicator, Status.UNKNOWN, None, None, None, values,
                               _('aucune mesure'))
    expected = expected_value(indicator, last.period)
    if expected is None or indicator.baseline_value is None or indicator.target_value is None:
        return IndicatorStatus(indicator, Status.UNKNOWN, last, None, None, values,
                               _('valeur de départ ou cible manquante'))
    distance = indicator.target_value - indicator.baseline_value
    if distance == 0:
        gap = 0.0 if last.value == indicator.target_value else 1.0
    else:
        gap = (expected - last.value) / distance  # positive: behind the trajectory
    status = Status.ON_TRACK if gap <= ON_TRACK_GAP else (
        Status.AT_RISK if gap <= AT_RISK_GAP else Status.OFF_TRACK)
    reason = _(
        "mesure {value} en {year}{value2}, attendu {expected} ; {value3} de "
        "{value4:.0f} % de la distance à la cible"
    ).format(
        value=_fmt(last.value),
        year=last.year,
        value2=f" (T{last.quarter})" if last.quarter else "",
        expected=_fmt(expected),
        value3=_("retard") if gap > 0 else _("avance"),
        value4=abs(gap) * 100,
    )
    return IndicatorStatus(indicator, status, last, expected, gap, values, reason)


def _fmt(value: float) -> str:
    text = f"{value:,.1f}".replace(",", "\u202f").replace(".", ",")
    return text.removesuffix(",0")


@dataclass(frozen=True)
class ObjectiveStatus:
    """An objective's status: the worst of its indicators, with each indicator's status."""

    objective: Objective
    status: Status
    indicators: tuple[IndicatorStatus, ...]


def objective_status(objective: Objective, followup: FollowUp) -> ObjectiveStatus:
    """Return the status of an objective and of each of its indicators."""
    statuses = tuple(indicator_status(i, followup.measurements_for(objective.id, i.id))
                     for i in objective.indicators)
    worst = max((s.status for s in statuses), key=_SEVERITY.__getitem__, default=Status.UNKNOWN)
    return ObjectiveStatus(objective, worst, statuses)


def dashboard(objectives: list[Objective], followup: FollowUp) -> list[ObjectiveStatus]:
    """Return the status of every objective (one pass over the measurements)."""
    timed: dict[tuple[str, str], list[tuple[float, float, Measurement]]] = {}
    for m in followup.measurements:  # each period computed once
        quarter = m.quarter
        period = m.year + (quarter / 4 - 1 if quarter else 0)
        timed.setdefault((m.objective_id, m.indicator_id), []).append((period, m.value, m))
    for entries in timed.values():
        entries.sort(key=lambda entry: entry[0])
    rows = []
    empty: list[tuple[float, float, Measurement]] = []
    for objective in objectives:
        found: list[IndicatorStatus] = []
        for indicator in objective.indicators:
            entries = timed.get((objective.id, indicator.id), empty)
            found.append(indicator_status(indicator, [e[2] for e in entries],
                                          tuple((e[0], e[1]) for e in entries)))
        statuses = tuple(found)
        worst = max((s.status for s in statuses), key=_SEVERITY.__getitem__,
                    default=Status.UNKNOWN)
        rows.append(ObjectiveStatus(objective, worst, statuses))
    return rows
