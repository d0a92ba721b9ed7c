"""Citations name what a reader can look up, never ZonalPlan's own working files."""

from __future__ import annotations

from zonalplan.reference import load_reference
from zonalplan.reference.api import public_section


def test_no_citation_names_a_working_file() -> None:
    reference = load_reference()
    cited = [item.reference for item in reference.items()]
    assert cited and not [c for c in cited if ".md" in c or "§" in c]
    frame = [item.reference for item in reference.items(source="pzs")]
    assert "Cadre PZS, Les fonctionnalités de base et normes minimales" in frame


def test_public_section_keeps_titles_and_other_sources_unchanged() -> None:
    assert public_section("notes.md §8 — Conseil zonal de sécurité ; §9 — Approbation") == \
        "Conseil zonal de sécurité ; Approbation"
    assert public_section("notes.md §3.1, §3.2 et §5") == ""
    assert public_section("Chapitre 2, thème 1.1") == "Chapitre 2, thème 1.1"
