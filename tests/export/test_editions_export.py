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


def test_no_summary_is_presented_as_a_quotation(tmp_path: Path) -> None:
    """A summary's words never stand in quotation marks or a quote style; its citation says so."""
    ref = load_reference()
    plan = build_demo_plan()
    out = tmp_path / "plan.docx"
    export_plan(plan, out, reference=ref, comments=False)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert not {s for s in re.findall(r'w:pStyle w:val="([^"]+)"', xml) if "quote" in s.lower()
                or "citation" in s.lower()}
    text = re.sub(r"<[^>]+>", "", xml)
    quoted = re.findall(r"«\s*([^»]{20,})»", text)
    summaries = [i for i in ref.items() if i.wording == "summary" and len(i.text) >= 30]
    assert summaries
    for item in summaries:
        opening = item.text[:30]
        assert not any(opening in q for q in quoted), item.id
    linked = {lk.ref_id for o in plan.objectives for lk in o.links}
    cited = [ref.item(i) for i in linked if ref.item(i) is not None]
    for item in cited:
        if item.wording == "summary":
            assert f"{item.reference} · résumé ZonalPlan" in text or \
                "résumé ZonalPlan" in text.split(item.label, 1)[-1][:400], item.id
