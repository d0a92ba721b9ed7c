"""Brussels: a plan kept in French and Dutch exports two documents; a gap is flagged, not filled."""

from __future__ import annotations

import pytest

from tests.i18n.dutch_plan import dutch_plan
from tests.i18n.test_export_languages import document_texts
from zonalplan.alignment import check
from zonalplan.cli import main
from zonalplan.export.api import export_languages
from zonalplan.i18n import using
from zonalplan.i18n.bilingual import missing, plan_in_language, slots
from zonalplan.model import Plan
from zonalplan.reference import load_reference
from zonalplan.store import create_plan_file, read_plan


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def brussels_plan(*, drop: tuple[str, ...] = ()) -> Plan:
    """Return the Dutch test plan kept in French too, every text translated except ``drop``."""
    plan = dutch_plan()
    plan.zone.name = "PZ Brussel-Voorbeeld / ZP Bruxelles-Exemple"
    plan.metadata.other_languages = ["fr"]
    plan.translations = {"fr": {s.path: f"FR {s.text}" for s in slots(plan)
                                if s.text.strip() and s.path not in drop}}
    return plan


def test_a_complete_bilingual_plan_has_no_gap(reference):
    plan = brussels_plan()
    assert missing(plan, "fr") == []
    assert not [f for f in check(plan, reference).findings if f.rule == "traduction.manquante"]


def test_a_missing_translation_is_flagged_by_the_check(reference):
    plan = brussels_plan(drop=("sections.mission", "objectives.o1.description"))
    assert [s.path for s in missing(plan, "fr")] == ["sections.mission",
                                                     "objectives.o1.description"]
    with using("nl"):
        found = [f for f in check(plan, reference).findings if f.rule == "traduction.manquante"]
    assert [f.place.key() for f in found] == ["sections/mission", "objectives/objective:o1"]
    assert found[1].message == ("P1 — Woninginbraken terugdringen: tekst in het Frans "
                                "ontbreekt (beschrijving).")
    assert all(f.severity == "avertissement" for f in found)


def test_the_other_language_version_shows_gaps_and_keeps_the_original(reference):
    plan = brussels_plan(drop=("sections.mission",))
    before = plan.model_dump()
    french = plan_in_language(plan, "fr")
    assert plan.model_dump() == before
    assert french.metadata.language == "fr" and french.metadata.other_languages == ["nl"]
    assert french.sections.vision.startswith("FR De zone")
    assert french.sections.mission.startswith("[traduction manquante] De zone")
    assert french.objectives[0].title == "FR Woninginbraken terugdringen"
    assert french.translations["nl"]["sections.mission"] == plan.sections.mission
    assert not [f for f in check(french, reference).findings
                if f.rule == "traduction.manquante"]


def test_one_export_writes_one_document_per_language(tmp_path, reference):
    plan = brussels_plan(drop=("sections.mission",))
    results = export_languages(plan, tmp_path / "plan.docx", reference=reference)
    assert [r.path.name for r in results] == ["plan.docx", "plan.fr.docx"]
    dutch = "\n".join(document_texts(results[0].path))
    french = "\n".join(document_texts(results[1].path))
    assert "Inhoudstafel" in dutch and "Table des matières" not in dutch
    assert "Table des matières" in french and "Approuvé par le conseil zonal de sécurité" in french
    assert "FR Woninginbraken terugdringen" in french
    assert "[traduction manquante] De zone" in french


def test_translations_survive_the_plan_file_and_old_files_load(tmp_path):
    plan = brussels_plan()
    path = tmp_path / "bxl.zplan"
    create_plan_file(path, plan)
    again = read_plan(path)
    assert again.translations == plan.translations
    assert again.metadata.other_languages == ["fr"]
    single = tmp_path / "single.zplan"
    create_plan_file(single, dutch_plan())
    assert read_plan(single).translations == {}


def test_the_plan_language_cannot_be_its_own_other_language():
    plan = dutch_plan()
    with pytest.raises(ValueError):
        Plan.model_validate({**plan.model_dump(), "metadata": {
            **plan.metadata.model_dump(), "other_languages": ["nl"]}})


def test_cli_export_writes_both_documents(tmp_path, capsys):
    path = tmp_path / "bxl.zplan"
    create_plan_file(path, brussels_plan())
    assert main(["export", str(path), "-o", str(tmp_path / "bxl.docx"), "--language", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Plan geëxporteerd" in out and "bxl.fr.docx" in out
    assert (tmp_path / "bxl.docx").is_file() and (tmp_path / "bxl.fr.docx").is_file()
