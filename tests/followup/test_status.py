"""Indicator and objective status against the trajectory to the target; carrying actions over."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonalplan.followup.cycle import carry_open_actions
from zonalplan.followup.status import Status, dashboard, indicator_status, objective_status
from zonalplan.model.followup import Action, ActionStatus, FollowUp, Measurement
from zonalplan.model.plan import Indicator, Objective

BURGLARIES = Indicator(id="ind-1", name="Cambriolages dans les habitations", unit="faits",
                       baseline_value=212, baseline_year=2024, target_value=170,
                       target_year=2030)


def _m(year: int, value: float, quarter: int | None = None) -> Measurement:
    return Measurement(objective_id="obj-1", indicator_id="ind-1", year=year, value=value,
                       quarter=quarter)


@pytest.mark.parametrize(("value", "status"), [
    (198, Status.ON_TRACK),   # expected 198 in 2026: exactly on the line
    (203, Status.AT_RISK),    # 5 behind on a distance of 42: 12 %
    (215, Status.OFF_TRACK),  # above the baseline: 40 % behind
    (180, Status.ON_TRACK),   # ahead of the trajectory
])
def test_decreasing_target_status(value: float, status: Status) -> None:
    """A target below the baseline: fewer facts than expected is good."""
    result = indicator_status(BURGLARIES, [_m(2026, value)])
    assert result.status is status
    assert result.expected == pytest.approx(198)
    assert "attendu 198" in result.reason


def test_increasing_target_and_quarters() -> None:
    """A target above the baseline; a quarter counts at its end (Q2 2027 = 2026.5)."""
    visits = Indicator(id="ind-1", name="Visites de technoprévention", baseline_value=100,
                       baseline_year=2025, target_value=200, target_year=2029)
    result = indicator_status(visits, [_m(2026, 110), _m(2027, 130, quarter=2)])
    assert result.last is not None and result.last.quarter == 2
    assert result.expected == pytest.approx(137.5)
    assert result.status is Status.ON_TRACK  # 7.5 behind on 100: 7.5 %
    assert [v for _, v in result.values] == [110, 130]


def test_no_target_or_no_measure_is_not_evaluable() -> None:
    """Without a measure, or without baseline and target, the status says so."""
    assert indicator_status(BURGLARIES, []).status is Status.UNKNOWN
    loose = Indicator(id="ind-1", name="Sentiment de sécurité")
    assert indicator_status(loose, [_m(2026, 3)]).reason == "valeur de départ ou cible manquante"


def test_objective_takes_the_worst_indicator_and_dashboard_agrees() -> None:
    """An objective with one indicator on track and one off track is off track."""
    other = Indicator(id="ind-2", name="Taux d'élucidation", baseline_value=10,
                      baseline_year=2024, target_value=20, target_year=2030)
    objective = Objective(id="obj-1", title="Cambriolages", indicators=[BURGLARIES, other])
    followup = FollowUp(measurements=[
        _m(2026, 198), Measurement(objective_id="obj-1", indicator_id="ind-2", year=2026,
                                   value=9)])
    assert objective_status(objective, followup).status is Status.OFF_TRACK
    assert [row.status for row in dashboard([objective], followup)] == [Status.OFF_TRACK]


@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.integers(2000, 2040),
       st.integers(1, 10), st.floats(-1e6, 1e6), st.integers(1990, 2060))
def test_any_figures_give_a_status(baseline: float, target: float, start: int, years: int,
                                   value: float, measured: int) -> None:
    """Any baseline, target and measure give one of the four statuses, never an error."""
    indicator = Indicator(id="i", name="x", baseline_value=baseline, baseline_year=start,
                          target_value=target, target_year=start + years)
    result = indicator_status(indicator, [Measurement(objective_id="o", indicator_id="i",
                                                      year=measured, value=value)])
    assert result.status in Status


def test_open_actions_are_carried_to_next_year_once() -> None:
    """Planned, running and postponed actions of 2026 are offered for 2027; done ones are not."""
    followup = FollowUp(actions=[
        Action(id="a1", objective_id="obj-1", year=2026, title="Campagne", status=ActionStatus.DONE),
        Action(id="a2", objective_id="obj-1", year=2026, title="Patrouilles",
               status=ActionStatus.IN_PROGRESS, comment="quartier gare"),
        Action(id="a3", objective_id="obj-2", year=2026, title="Contrôles",
               status=ActionStatus.POSTPONED),
    ])
    copies = carry_open_actions(followup, None, 2026)
    assert [(c.title, c.year, c.status, c.carried_from) for c in copies] == [
        ("Patrouilles", 2027, ActionStatus.PLANNED, "a2"),
        ("Contrôles", 2027, ActionStatus.PLANNED, "a3")]
    assert copies[0].comment == "Reprise de 2026. quartier gare" and copies[0].id != "a2"
    followup.actions.extend(copies)
    assert carry_open_actions(followup, None, 2026) == []
    assert carry_open_actions(FollowUp(actions=followup.actions[:3]), ["obj-2"], 2026)[0].title \
        == "Contrôles"
