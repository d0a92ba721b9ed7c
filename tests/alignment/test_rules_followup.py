"""Rules on the zone's data, the argument matrix and the follow-up."""

from __future__ import annotations

import datetime as dt

import pytest

from zonalplan.alignment import check
from zonalplan.alignment.rules import Context
from zonalplan.alignment.rules_followup import rule_followup
from zonalplan.demo import build_demo_plan
from zonalplan.model.evidence import ChapterFigure, FigureKind
from zonalplan.model.followup import Action, Measurement
from zonalplan.model.matrix import Proposal
from zonalplan.reference import load_reference


@pytest.fixture(scope="module")
def reference():
    """Return the national reference."""
    return load_reference()


def _rules(report, prefix: str) -> list:
    return [f for f in report.findings if f.rule.startswith(prefix)]


def test_the_demo_has_no_data_or_followup_finding(reference) -> None:
    """The demo's figures, matrix, baselines and follow-up are consistent."""
    report = check(build_demo_plan(), reference)
    assert not [f for f in report.findings if f.rule.split(".")[0] in ("donnees", "matrice")]
    assert not _rules(report, "suivi.orphelin")


def test_broken_figures_matrix_and_orphans_are_reported(reference) -> None:
    """A figure without data, a matrix row against its decision, orphan actions are named."""
    plan = build_demo_plan()
    plan.figures.append(ChapterFigure(id="bad", chapter="env_crime", kind=FigureKind.CHART,
                                      chart="trend", series=["crime:Inconnu"], caption="Vols"))
    row = next(r for r in plan.argument_matrix.rows if r.ref_id == "pns.5")
    row.decision = Proposal.NOT_RETAINED
    plan.followup.actions.append(Action(objective_id="obj-gone", year=2026, title="Orpheline"))
    plan.followup.measurements.append(Measurement(objective_id="obj-p1", indicator_id="nope",
                                                  year=2026, value=1))
    report = check(plan, reference)
    assert any("« Vols »" in f.message and "crime:Inconnu" in f.message
               for f in _rules(report, "donnees.figure"))
    assert any("pns.5" in f.message for f in _rules(report, "matrice.decision"))
    messages = " ".join(f.message for f in _rules(report, "suivi.orphelin"))
    assert "« Orpheline »" in messages and "1 mesure(s)" in messages


def test_a_priority_without_actions_this_year_is_noted(reference) -> None:
    """Once the follow-up has started, a priority with no action for the year gets an info."""
    plan = build_demo_plan()
    ctx = Context(plan, reference, {})
    findings = list(rule_followup(ctx, today=dt.date(2028, 5, 1)))
    assert {f.place.objective_id for f in findings} == {"obj-p1", "obj-p2", "obj-p3", "obj-p4",
                                                        "obj-p5"}
    assert all(f.severity == "info" for f in findings)
    assert not list(rule_followup(ctx, today=dt.date(2027, 5, 1)))
