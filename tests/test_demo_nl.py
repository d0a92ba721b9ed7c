"""Tests specific to the Dutch demo plan (PZ Heidebeek): language, figures, CLI, check, export.

The checks shared with the French demo (structure, links, capacity, decisions, text conventions)
run on both plans in ``test_demo.py``.
"""

from __future__ import annotations

import json
import re

import docx
import pytest

from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.model.errors import PlanError
from zonalplan.model.plan import Functionality, Plan
from zonalplan.store import PlanFile

from .test_demo import _all_texts

# Typical French words and fixed phrases of a plan zonal de sécurité; none belongs in Dutch.
_FRENCH = re.compile(
    r"(?i)\b(?:le|la|les|du|une|et|est|pour|avec|aux|sont|qui|cette|leur)\b"
    r"|\b[ldj]'|[èêàçùûîôœ]"
    r"|sécurité|zone de police|plan zonal|chef de corps|bourgmestre|procureur du roi"
    r"|conseil zonal|fonctionnement régulier|point d'attention|arrondissement judiciaire"
    r"|police locale|gouverneur de la|violences? intrafamiliales?|cambriolage|stupéfiant"
    r"|enquête|capacité|objectif|victime|habitants|commune\b"
)

# Flemish police vocabulary a real zonaal veiligheidsplan uses.
_FLEMISH_TERMS = (
    "zonaal veiligheidsplan", "zonale veiligheidsraad", "korpschef", "hoofdcommissaris",
    "wijkinspecteur", "procureur des Konings", "politiecollege", "Nationaal Veiligheidsplan",
    "Kadernota Integrale Veiligheid", "wijkwerking", "onthaal", "interventie",
    "slachtofferbejegening", "lokale opsporing", "handhaving van de openbare orde", "verkeer",
    "lokaal informatiekruispunt", "GAS", "woninginbraken", "fietsdiefstal", "intrafamiliaal geweld",
    "ondermijning", "schoolomgevingen", "argumentatiematrix", "ketenaanpak",
)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_demo_plan("nl")


def _every_text(plan: Plan) -> list[tuple[str, str]]:
    """Return (place, text) for the free texts and every short Dutch field of the plan."""
    texts = _all_texts(plan)
    texts += [(f"commune {c.name}", c.name) for c in plan.zone.communes]
    texts += [("zone", plan.zone.name), ("zone.judicial_district", plan.zone.judicial_district),
              ("approval.version_label", plan.approval.version_label)]
    texts += [(f"czs {m.id}", m.function) for m in plan.czs_members]
    texts += [(f"expectation {e.id}.author", e.author) for e in plan.expectations]
    for o in plan.objectives:
        texts += [(f"{o.code}.owner", o.owner)] + [(f"{o.code}.partner", p) for p in o.partners]
        texts += [(f"{o.code}.{i.id}", f"{i.unit} {i.source} {i.frequency}")
                  for i in o.indicators]
    return texts


def test_the_plan_is_written_in_dutch(plan: Plan) -> None:
    assert plan.metadata.language == "nl"
    hits = [(place, m.group(0)) for place, text in _every_text(plan)
            if (m := _FRENCH.search(text))]
    assert hits == []


def test_the_french_detector_finds_french() -> None:
    french = build_demo_plan("fr")
    places = {place for place, text in _all_texts(french) if _FRENCH.search(text)}
    assert len(places) > len(_all_texts(french)) // 2


def test_the_plan_uses_flemish_police_vocabulary(plan: Plan) -> None:
    corpus = "\n".join(text for _, text in _every_text(plan))
    assert [term for term in _FLEMISH_TERMS if term not in corpus] == []
    # Netherlands Dutch where Flemish police say otherwise.
    assert not re.search(r"\b(?:gemeentepolitie|politie-eenheid|wijkagenten?|aangifte doen)\b",
                         corpus)


def _nl_number(value: float) -> str:
    """Return a number written the Belgian Dutch way (47.410; 8,5)."""
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")


def test_figures_in_the_texts_match_the_plan(plan: Plan) -> None:
    zone, cap, sections = plan.zone, plan.capacity, plan.sections
    population = _nl_number(zone.total_population)
    assert f"{population} inwoners" in sections.env_territory
    assert f"{_nl_number(zone.area_km2)} km²" in sections.env_territory
    for commune in zone.communes:
        assert f"{commune.name}: {_nl_number(commune.population)} inwoners" in \
            sections.env_territory
    assert f"{cap.headcount} medewerkers" in sections.env_internal
    fte = f"{cap.available_fte:.1f}".replace(".", ",")
    assert f"{fte} beschikbare voltijdse" in sections.env_internal
    used = sum(cap.functionalities.values()) + cap.federal_missions_fte
    used += sum(o.capacity_fte or 0 for o in plan.objectives)
    assert f"overige {_nl_number(round(cap.available_fte - used, 1))} VTE" in cap.note
    officers = cap.functionalities[Functionality.NEIGHBOURHOOD]
    assert f"{_nl_number(officers)} wijkinspecteurs voor {population} inwoners" in cap.note


def test_other_languages_raise_a_french_message() -> None:
    with pytest.raises(PlanError, match="allemand"):
        build_demo_plan("de")
    with pytest.raises(PlanError, match="inconnue"):
        build_demo_plan("en")


def test_cli_writes_checks_and_exports_the_dutch_demo(tmp_path, capsys) -> None:
    path, out = tmp_path / "heidebeek.zplan", tmp_path / "heidebeek.docx"
    assert main(["demo", str(path), "--language", "nl"]) == 0
    with PlanFile.open(path) as pf:
        assert pf.load() == build_demo_plan("nl")
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["findings"] == [] and report["counts"]["erreur"] == 0
    assert main(["export", str(path), "-o", str(out)]) == 0
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "PZ Heidebeek" in body
    assert plan_first_sentence() in body


def plan_first_sentence() -> str:
    """Return the first sentence of the Dutch foreword."""
    return build_demo_plan("nl").sections.foreword.split(". ")[0]


def test_cli_refuses_a_german_demo(tmp_path, capsys) -> None:
    path = tmp_path / "de.zplan"
    assert main(["demo", str(path), "--language", "de"]) != 0
    assert "allemand" in capsys.readouterr().err
    assert not path.exists()
