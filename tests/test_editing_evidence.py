"""Commands and tables for the evidence editors (data sets, figures, matrix, baselines)."""

from __future__ import annotations

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.editing import evidence as ev
from zonalplan.model import PlanError
from zonalplan.model.evidence import ChapterFigure, FigureKind
from zonalplan.model.matrix import Criterion, Proposal


@pytest.fixture()
def plan():
    return build_demo_plan()


def test_remove_then_undo_a_dataset(plan) -> None:
    name = plan.datasets[0].name
    before = [d.name for d in plan.datasets]
    command = ev.remove_dataset_command(plan, name)
    command.do(plan)
    assert name not in [d.name for d in plan.datasets]
    command.undo(plan)
    assert [d.name for d in plan.datasets] == before
    with pytest.raises(PlanError, match="Aucun jeu"):
        ev.remove_dataset_command(plan, "absent")


def test_adding_a_dataset_of_the_same_name_replaces_it(plan) -> None:
    data = plan.datasets[0].model_copy(deep=True)
    count = len(plan.datasets)
    ev.add_dataset_command(plan, data).do(plan)
    assert len(plan.datasets) == count and plan.datasets[-1].name == data.name


def test_series_table_has_communes_and_zone_total_and_rates(plan) -> None:
    crime = next(d for d in plan.datasets if d.kind.value == "crime")
    series = ev.dataset_series(plan, crime.name)
    table = ev.series_table(plan, series[0])
    assert table.years and len(table.rows) == len(plan.zone.communes)
    names = {c.name for c in plan.zone.communes}
    assert {row[0] for row in table.rows} == names
    for index, total in enumerate(table.total):
        assert total == pytest.approx(sum(r[1][index] or 0 for r in table.rows))
    assert ev.has_population(plan)
    rates = ev.dataset_series(plan, crime.name, per_1000=True)
    assert rates[0].unit == "pour 1 000 hab." and rates[0].zone != series[0].zone


def test_figure_insert_move_remove(plan) -> None:
    figure = ChapterFigure(chapter="env_crime", after_paragraph=0, kind=FigureKind.TABLE,
                           series=["crime:Violence intrafamiliale"])
    ev.insert_figure_command(figure).do(plan)
    order = ev.chapter_figures(plan, "env_crime")
    assert order[0].id == figure.id
    ev.move_figure_command(plan, figure.id, +1).do(plan)
    assert ev.chapter_figures(plan, "env_crime")[0].id != figure.id
    with pytest.raises(PlanError):
        ev.move_figure_command(plan, order[-1].id, +1)
    command = ev.remove_figure_command(plan, figure.id)
    command.do(plan)
    assert all(f.id != figure.id for f in plan.figures)


def test_matrix_cell_weight_decision_and_reports(plan) -> None:
    row = plan.argument_matrix.rows[0]
    ev.matrix_cell_command(plan, row.id, Criterion.SURVEY, score=3, note="fort").do(plan)
    assert plan.argument_matrix.rows[0].cells[Criterion.SURVEY].note == "fort"
    with pytest.raises(PlanError, match="0 à 3"):
        ev.matrix_cell_command(plan, row.id, Criterion.SURVEY, score=4)
    with pytest.raises(PlanError):
        ev.matrix_weight_command(plan, Criterion.SURVEY, 9)
    ev.matrix_weight_command(plan, Criterion.SURVEY, 2).do(plan)
    assert plan.argument_matrix.weights[Criterion.SURVEY] == 2
    ev.matrix_decision_command(plan, row.id, Proposal.NOT_RETAINED).do(plan)
    command = ev.non_retained_command(plan)
    command.do(plan)
    assert row.phenomenon in plan.sections.non_retained
    ev.report_decisions_command(plan).do(plan)
    assert any(d.ref_id == row.ref_id for d in plan.decisions)


def test_baseline_from_a_series(plan) -> None:
    objective = next(o for o in plan.objectives if o.indicators)
    indicator = objective.indicators[0]
    series = ev.dataset_series(plan, next(d.name for d in plan.datasets
                                          if d.kind.value == "crime"))[0]
    year = series.years[-1]
    command = ev.baseline_command(plan, objective.id, indicator.id, series, year)
    command.do(plan)
    assert indicator.baseline_year == year and indicator.series_key == series.key
    command.undo(plan)
    with pytest.raises(PlanError, match="pas de valeur"):
        ev.baseline_command(plan, objective.id, indicator.id, series, 1990)


def test_parse_code_map() -> None:
    assert ev.parse_code_map(" 57081=57097, 57027=57097\n") == {"57081": "57097",
                                                                "57027": "57097"}
    assert ev.parse_code_map("") == {}
    with pytest.raises(PlanError, match="ANCIEN=NOUVEAU"):
        ev.parse_code_map("57081-57097")
