"""Tests of the Dutch (PZ Heidebeek) and German (PZ Venntal) demo plans: language, figures, CLI.

The checks shared with the French demo (structure, links, capacity, decisions, text conventions)
run on every demo in ``test_demo.py``.
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

# Typical French words and phrases of a plan zonal de sécurité: none belongs in Dutch or German.
_FRENCH = re.compile(
    r"(?i)\b(?:le|la|les|du|une|et|est|pour|avec|aux|sont|qui|cette|leur)\b"
    r"|\b[ldj]'|[èêàçùûîôœ]"
    r"|sécurité|zone de police|plan zonal|chef de corps|bourgmestre|procureur du roi"
    r"|conseil zonal|fonctionnement régulier|point d'attention|arrondissement judiciaire"
    r"|police locale|gouverneur de la|violences? intrafamiliales?|cambriolage|stupéfiant"
    r"|enquête|capacité|objectif|victime|habitants|commune\b"
)

# Police vocabulary a real plan uses: Flemish for the Dutch demo, East-Belgian for the German one.
_VOCABULARY = {
    "nl": (
        "zonaal veiligheidsplan", "zonale veiligheidsraad", "korpschef", "hoofdcommissaris",
        "wijkinspecteur", "procureur des Konings", "politiecollege", "Nationaal Veiligheidsplan",
        "Kadernota Integrale Veiligheid", "wijkwerking", "onthaal", "interventie",
        "slachtofferbejegening", "lokale opsporing", "handhaving van de openbare orde", "verkeer",
        "lokaal informatiekruispunt", "GAS", "woninginbraken", "fietsdiefstal",
        "intrafamiliaal geweld", "ondermijning", "schoolomgevingen", "argumentatiematrix",
        "ketenaanpak",
    ),
    "de": (
        "zonalen Sicherheitsplan", "zonale Sicherheitsrat", "Zonenchef", "Revierbeamte",
        "Prokurator des Königs", "Polizeikollegium", "Nationalen Sicherheitsplan",
        "Rahmennote Integrale Sicherheit", "Revierarbeit", "Empfang", "Einsatz", "Opferbeistand",
        "lokale Ermittlungen", "öffentliche Ordnung", "Verkehr", "Wohnungseinbrüche",
        "innerfamiliäre Gewalt", "Kettenansatz", "Argumentationsmatrix", "ÖSHZ",
        "kommunalen Verwaltungssanktionen", "Gerichtsbezirk Eupen",
    ),
}

# Per language: the words of the figures test (inhabitants, staff, FTE available, FTE left,
# neighbourhood officers).
_FIGURE_WORDS = {
    "nl": ("inwoners", "medewerkers", "beschikbare voltijdse", "overige {} VTE",
           "wijkinspecteurs voor"),
    "de": ("Einwohner", "Mitarbeiter", "verfügbare Vollzeitäquivalente", "übrigen {} VZÄ",
           "Revierbeamte für"),
}


@pytest.fixture(scope="module", params=("nl", "de"))
def plan(request) -> Plan:
    return build_demo_plan(request.param)


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


def test_the_plan_has_no_french(plan: Plan) -> None:
    assert plan.metadata.language in {"nl", "de"}
    hits = [(place, m.group(0)) for place, text in _every_text(plan)
            if (m := _FRENCH.search(text))]
    assert hits == []


def test_the_french_detector_finds_french() -> None:
    french = build_demo_plan("fr")
    places = {place for place, text in _all_texts(french) if _FRENCH.search(text)}
    assert len(places) > len(_all_texts(french)) // 2


def test_the_plan_uses_local_police_vocabulary(plan: Plan) -> None:
    corpus = "\n".join(text for _, text in _every_text(plan))
    language = plan.metadata.language
    assert [term for term in _VOCABULARY[language] if term not in corpus] == []
    # Netherlands Dutch where Flemish police say otherwise.
    assert not re.search(r"\b(?:gemeentepolitie|politie-eenheid|wijkagenten?|aangifte doen)\b",
                         corpus)


def test_the_two_demos_are_distinct_zones() -> None:
    dutch, german = build_demo_plan("nl"), build_demo_plan("de")
    assert dutch.metadata.language == "nl" and german.metadata.language == "de"
    numbers = {p.zone.number for p in (dutch, german, build_demo_plan("fr"))}
    assert len(numbers) == 3


def _nl_number(value: float) -> str:
    """Return a number written the Belgian Dutch and German way (47.410; 8,5)."""
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")


def test_figures_in_the_texts_match_the_plan(plan: Plan) -> None:
    zone, cap, sections = plan.zone, plan.capacity, plan.sections
    people, staff, fte_words, left, officers_for = _FIGURE_WORDS[plan.metadata.language]
    population = _nl_number(zone.total_population)
    assert f"{population} {people}" in sections.env_territory
    assert f"{_nl_number(zone.area_km2)} km²" in sections.env_territory
    for commune in zone.communes:
        assert f"{commune.name}: {_nl_number(commune.population)} {people}" in \
            sections.env_territory
    assert f"{cap.headcount} {staff}" in sections.env_internal
    fte = f"{cap.available_fte:.1f}".replace(".", ",")
    assert f"{fte} {fte_words}" in sections.env_internal
    used = sum(cap.functionalities.values()) + cap.federal_missions_fte
    used += sum(o.capacity_fte or 0 for o in plan.objectives)
    assert left.format(_nl_number(round(cap.available_fte - used, 1))) in cap.note
    officers = _nl_number(cap.functionalities[Functionality.NEIGHBOURHOOD])
    assert f"{officers} {officers_for} {population} {people}" in cap.note


def test_an_unknown_language_raises_a_french_message() -> None:
    with pytest.raises(PlanError, match="Langue du plan de démonstration inconnue"):
        build_demo_plan("en")


def test_cli_writes_checks_and_exports_the_demo(plan: Plan, tmp_path, capsys) -> None:
    language = plan.metadata.language
    path, out = tmp_path / f"demo-{language}.zplan", tmp_path / f"demo-{language}.docx"
    assert main(["demo", str(path), "--language", language]) == 0
    with PlanFile.open(path) as pf:
        assert pf.load() == plan
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["erreur"] == 0 and report["counts"]["avertissement"] == 0
    if language == "nl":  # the text analysis reads French and Dutch, not yet German
        assert report["findings"] == []
    assert main(["export", str(path), "-o", str(out)]) == 0
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert plan.zone.name in body
    assert plan.sections.foreword.split(". ")[0] in body


def test_cli_refuses_an_unknown_language(tmp_path, capsys) -> None:
    path = tmp_path / "en.zplan"
    with pytest.raises(SystemExit) as excinfo:
        main(["demo", str(path), "--language", "en"])
    assert excinfo.value.code == 2
    assert "--language" in capsys.readouterr().err
    assert not path.exists()
