"""Edits of the follow-up as undoable commands, shared by the desktop editors and scripts.

Actions and measurements live in ``plan.followup`` and are addressed by id:
``("followup", "actions", "<id>", "status")``. Moving an action moves it among the actions of the
same objective and year (the order the action plan prints); carrying last year's open actions is
one :class:`~zonalplan.commands.Macro`, so one undo removes every copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from zonalplan.commands import InsertElement, Macro, MoveElement, RemoveElement
from zonalplan.followup.cycle import carry_open_actions
from zonalplan.followup.status import ObjectiveStatus
from zonalplan.i18n import _
from zonalplan.model.errors import PlanError
from zonalplan.model.followup import Action, FollowUp, Measurement
from zonalplan.model.plan import Indicator, Objective, Plan

ACTIONS: tuple[str, ...] = ("followup", "actions")
MEASUREMENTS: tuple[str, ...] = ("followup", "measurements")


def plan_years(plan: Plan) -> list[int]:
    """Return the years of the plan's period (the years an action plan is made for)."""
    start, end = plan.period.start_year, plan.period.end_year
    return list(range(start, max(start, end) + 1))


def action_path(action_id: str, field: str) -> tuple[str, ...]:
    """Return the path of one field of an action."""
    return (*ACTIONS, action_id, field)


def measurement_path(measurement_id: str, field: str) -> tuple[str, ...]:
    """Return the path of one field of a measurement."""
    return (*MEASUREMENTS, measurement_id, field)


def add_action_command(followup: FollowUp, objective_id: str, year: int,
                       title: str = "Nouvelle action", owner: str = "") -> InsertElement:
    """Return the command adding an action after the objective's last action of that year."""
    action = Action(objective_id=objective_id, year=year, title=title, owner=owner)
    index = None
    for i, other in enumerate(followup.actions):
        if other.objective_id == objective_id and other.year == year:
            index = i + 1
    return InsertElement(ACTIONS, action, index, text=_("Ajouter une action"))


def remove_action_command(action_id: str) -> RemoveElement:
    """Return the command removing an action."""
    return RemoveElement(ACTIONS, action_id, text=_("Supprimer une action"))


def move_action_command(followup: FollowUp, action_id: str, step: int) -> MoveElement | None:
    """Return the command moving an action up (-1) or down (+1) among its group, or None."""
    action = next((a for a in followup.actions if a.id == action_id), None)
    if action is None:
        raise PlanError(_("action introuvable : {id}").format(id=action_id))
    group = followup.actions_for(action.objective_id, action.year)
    position = group.index(action) + step
    if not 0 <= position < len(group):
        return None
    target = followup.actions.index(group[position])
    return MoveElement(ACTIONS, action_id, target, text=_("Déplacer une action"))


def carry_command(followup: FollowUp, year: int, objective_ids: list[str] | None = None
                  ) -> Macro | None:
    """Return one undo step copying ``year``'s open actions into ``year + 1`` (None: nothing).

    Actions already carried are not copied twice (see
    :func:`~zonalplan.followup.cycle.carry_open_actions`).
    """
    copies = carry_open_actions(followup, objective_ids, year)
    if not copies:
        return None
    return Macro([InsertElement(ACTIONS, copy) for copy in copies],
                 text=_("Reprendre {count} action(s) ouverte(s) de {year}").format(
                     count=len(copies), year=year))


def add_measurement_command(objective_id: str, indicator_id: str, year: int, value: float,
                            quarter: int | None = None, source: str = "",
                            series_key: str | None = None) -> InsertElement:
    """Return the command adding a measured value of an indicator."""
    measurement = Measurement(objective_id=objective_id, indicator_id=indicator_id, year=year,
                              quarter=quarter, value=value, source=source, series_key=series_key)
    return InsertElement(MEASUREMENTS, measurement, text=_("Ajouter une mesure"))


def remove_measurement_command(measurement_id: str) -> RemoveElement:
    """Return the command removing a measurement."""
    return RemoveElement(MEASUREMENTS, measurement_id, text=_("Supprimer une mesure"))


def next_measurement_year(plan: Plan, objective_id: str, indicator_id: str) -> int:
    """Return the year a new measurement most likely is for (after the last one)."""
    existing = plan.followup.measurements_for(objective_id, indicator_id)
    if existing:
        return min(existing[-1].year + 1, 2100)
    return plan.period.start_year


@dataclass(frozen=True)
class DataValue:
    """A value of an indicator's series in the plan's imported data."""

    value: float
    series_key: str
    source: str


def data_value(plan: Plan, indicator: Indicator, year: int) -> DataValue | None:
    """Return the zone's value of the indicator's series for ``year``, if the data has it."""
    if not indicator.series_key or not plan.datasets:
        return None
    from zonalplan.evidence.figures import all_series

    series = all_series(plan.datasets).get(indicator.series_key)
    if series is None or year not in series.zone:
        return None
    return DataValue(round(series.zone[year], 4), series.key,
                     f"{series.label} — {', '.join(series.datasets)}"[:300])


@dataclass(frozen=True)
class DashboardFilter:
    """Which objectives the dashboard shows (empty: all)."""

    domain: str = ""
    owner: str = ""
    kind: str = ""

    def accepts(self, objective: Objective) -> bool:
        """Return True when ``objective`` passes every filter that is set."""
        return ((not self.domain or objective.domain.value == self.domain)
                and (not self.owner or objective.owner == self.owner)
                and (not self.kind or objective.kind.value == self.kind))


def filter_rows(rows: list[ObjectiveStatus], chosen: DashboardFilter) -> list[ObjectiveStatus]:
    """Return the dashboard rows that pass the filter, in plan order."""
    return [row for row in rows if chosen.accepts(row.objective)]


def owners(plan: Plan) -> list[str]:
    """Return the objectives' owners, sorted, each once."""
    return sorted({o.owner for o in plan.objectives if o.owner.strip()}, key=str.casefold)
