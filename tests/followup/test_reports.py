"""Word documents of the follow-up: yearly report, evaluations, action plan."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.followup.reports import ReportKind, ReportOptions, build_action_plan, build_report
from zonalplan.model import PlanError
from zonalplan.store import create_plan_file


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_annual_report_has_actions_indicators_deviations_and_questions() -> None:
    """The 2027 report names each priority, its actions, measures, deviations and CZS questions."""
    plan = build_demo_plan()
    data = build_report(plan, ReportOptions(ReportKind.ANNUAL, 2027))
    text = _text(data)
    for objective in plan.objectives:
        assert objective.title in text
    assert "Partenariat local de prévention (PLP) à Hautebise" in text
    assert "2026 : 201 ; 2027 : 189" in text  # measures up to the report's year
    assert "en retard" in text and "Écarts et explications" in text
    assert "Décisions demandées au conseil zonal de sécurité" in text
    assert "reprogrammer « Partenariat local de prévention (PLP) à Hautebise »" in text
    assert "Campagne « Partir l'esprit tranquille »" not in text  # a 2026 action
    assert len(Document(io.BytesIO(data)).inline_shapes) >= 6  # one chart per objective measured


def test_midterm_evaluation_covers_the_years_and_asks_the_lessons() -> None:
    """The mid-term evaluation spans 2026-2027 and asks the questions of the lessons chapter."""
    text = _text(build_report(build_demo_plan(), ReportOptions(ReportKind.MIDTERM, 2027,
                                                               charts=False)))
    assert "Campagne « Partir l'esprit tranquille »" in text
    assert "Enseignements pour le plan suivant" in text


def test_action_plan_lists_the_years_actions() -> None:
    """The 2026 action plan lists that year's actions with owners and statuses."""
    text = _text(build_action_plan(build_demo_plan(), 2026))
    assert "Plan d'action 2026" in text and "Patrouilles ciblées en soirée" in text
    assert "Visites de technoprévention sur rendez-vous en ligne" not in text  # 2027
    one = _text(build_action_plan(build_demo_plan(), 2026, "P3"))
    assert "Contrôles de vitesse" in one and "Patrouilles" not in one


def test_years_outside_the_period_and_unknown_objectives_are_refused() -> None:
    """Clear French errors for a year outside the plan and an unknown objective."""
    with pytest.raises(PlanError, match="hors de la période"):
        build_report(build_demo_plan(), ReportOptions(ReportKind.ANNUAL, 2040))
    with pytest.raises(PlanError, match="Aucun objectif « X9 »"):
        build_action_plan(build_demo_plan(), 2026, "X9")


def test_cli_writes_the_report_and_the_action_plan(tmp_path: Path, capsys) -> None:
    """``annual-report`` and ``action-plan`` write Word files from a plan file."""
    path = tmp_path / "d.zplan"
    create_plan_file(path, build_demo_plan())
    assert main(["annual-report", str(path), "--year", "2027", "-o",
                 str(tmp_path / "r.docx"), "--no-charts"]) == 0
    assert main(["action-plan", str(path), "--year", "2027", "-o", str(tmp_path / "a.docx")]) == 0
    assert (tmp_path / "r.docx").stat().st_size > 10_000 and (tmp_path / "a.docx").exists()
    assert "Rapport écrit" in capsys.readouterr().out
