"""The Word export of a 2026-2031 plan names the NCSI as the PNS 2026-2029 cites it (issue 13),
cites carried-over text in the edition it comes from, and says whose words each cited item is."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from zonalplan.demo import build_demo_plan
from zonalplan.export import export_plan
from zonalplan.reference import load_reference

NEW_D5 = "Sécurité de l’espace public et valeurs démocratiques"
OLD_D5 = "Sécurité de l’espace public et protection des normes et valeurs"


def test_export_of_a_2026_plan_uses_the_edition_names(tmp_path: Path) -> None:
    plan = build_demo_plan()
    assert plan.period.start_year == 2026
    out = tmp_path / "plan.docx"
    export_plan(plan, out, reference=load_reference(), comments=False)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    text = re.sub(r"<[^>]+>", "", xml)
    assert NEW_D5 in text
    for match in re.finditer(re.escape(OLD_D5), text):  # only where the 2022-2024 text is cited
        assert text[max(0, match.start() - 20):match.start()].endswith("NCSI 2022-2024, 6.5 ")
    assert "résumé ZonalPlan" in text  # summaries are never presented as the official wording
