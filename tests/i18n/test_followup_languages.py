"""The yearly report and the action plan speak the plan's language."""

from __future__ import annotations

import io

from docx import Document

from zonalplan.demo import build_demo_plan
from zonalplan.followup.reports import ReportKind, ReportOptions, build_action_plan, build_report


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_yearly_report_of_a_dutch_plan_is_dutch():
    text = _text(build_report(build_demo_plan("nl"), ReportOptions(ReportKind.ANNUAL, 2027,
                                                                    charts=False)))
    for expected in ("Jaarverslag 2027 aan de zonale veiligheidsraad", "Samenvatting",
                     "Toegepaste regel: ", "Prioriteiten", "Indicator",
                     "Beslissingen gevraagd aan de zonale veiligheidsraad"):
        assert expected in text, expected
    for french in ("Rapport annuel", "Synthèse", "Règle appliquée", "Écarts et explications",
                   "en bonne voie", "Décisions demandées", "heures utilisées"):
        assert french not in text, french


def test_action_plan_in_german():
    text = _text(build_action_plan(build_demo_plan("de"), 2027))
    assert "Aktionsplan 2027" in text and "Verantwortlicher" in text
    assert "Plan d'action" not in text and "Responsable" not in text
