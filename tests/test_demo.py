"""Tests of the built-in demo plans (zonalplan.demo): the French, Dutch and German demos."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from zonalplan.demo import PNS_DECISION_NODES, build_demo_plan
from zonalplan.model.plan import (
    SECTION_KEYS,
    CZSRole,
    Decision,
    Domain,
    Functionality,
    LinkWeight,
    ObjectiveKind,
    Plan,
    Region,
)
from zonalplan.model.richtext import blocks

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "reference_data"

EXPECTED_PNS_NODES = {
    "pns.1", "pns.1.1", "pns.1.2", "pns.1.3", "pns.1.4", "pns.1.5", "pns.1.6", "pns.1.7",
    "pns.2", "pns.3", "pns.4", "pns.5", "pns.6", "pns.6.1", "pns.6.2", "pns.7",
}


DEMO_LANGUAGES = ("fr", "nl", "de")

# Per language: zone number, region, CZS date, version label, date last modified.
EXPECTED_IDENTITY = {
    "fr": ("5999", Region.WALLONIA, dt.date(2026, 3, 12), "Projet soumis au CZS",
           dt.date(2026, 3, 2)),
    "nl": ("5998", Region.FLANDERS, dt.date(2026, 3, 19), "Ontwerp voorgelegd aan de ZVR",
           dt.date(2026, 3, 4)),
    "de": ("5997", Region.WALLONIA, dt.date(2026, 3, 26), "Entwurf für den zonalen Sicherheitsrat",
           dt.date(2026, 3, 5)),
}


@pytest.fixture(scope="module", params=DEMO_LANGUAGES)
def plan(request) -> Plan:
    return build_demo_plan(request.param)


def _all_texts(plan: Plan) -> list[tuple[str, str]]:
    """Return (place, text) for every free text of the plan."""
    texts = [(f"sections.{key}", getattr(plan.sections, key)) for key in SECTION_KEYS]
    texts += [(f"expectation {e.id}", e.text) for e in plan.expectations]
    texts += [(f"decision {d.ref_id}", d.justification) for d in plan.decisions]
    texts.append(("capacity.note", plan.capacity.note))
    for o in plan.objectives:
        texts += [(f"{o.code}.{name}", getattr(o, name))
                  for name in ("title", "description", "rationale", "local_justification")]
        texts += [(f"{o.code}.chain.{name}", getattr(o.chain, name))
                  for name in ("prevention", "repression", "aftercare")]
        texts += [(f"{o.code}.tactical", t) for t in o.tactical_objectives]
        texts += [(f"{o.code}.indicator", i.name) for i in o.indicators]
    return [(place, text) for place, text in texts if text]


def test_plan_validates_and_round_trips(plan: Plan) -> None:
    again = Plan.model_validate_json(plan.model_dump_json())
    assert again == plan
    assert Plan.model_validate(plan.model_dump()) == plan


def test_plan_is_deterministic(plan: Plan) -> None:
    other = build_demo_plan(plan.metadata.language)
    assert other == plan
    assert other.model_dump_json() == plan.model_dump_json()
    assert other is not plan


def test_zone_identity(plan: Plan) -> None:
    zone = plan.zone
    assert zone.name and re.fullmatch(r"\d{4}", zone.number)
    assert len(zone.communes) == 3
    populations = [c.population for c in zone.communes]
    assert all(p is not None and p > 0 for p in populations)
    assert 40_000 <= sum(populations) <= 50_000
    assert zone.total_population == sum(populations)
    assert all(c.nis_code and re.fullmatch(r"\d{5}", c.nis_code) for c in zone.communes)
    assert len({c.nis_code for c in zone.communes}) == 3
    assert zone.region is not None and zone.province and zone.judicial_district
    assert zone.area_km2 and zone.area_km2 > 0
    assert (plan.period.start_year, plan.period.end_year) == (2026, 2031)


def test_objective_counts_and_domains(plan: Plan) -> None:
    priorities = [o for o in plan.objectives if o.kind is ObjectiveKind.PRIORITY]
    attention = [o for o in plan.objectives if o.kind is ObjectiveKind.ATTENTION_POINT]
    assert 4 <= len(priorities) <= 6
    assert 3 <= len(attention) <= 4
    assert {o.domain for o in plan.objectives} == {Domain.EXTERNAL, Domain.INTERNAL}
    assert len({o.code for o in plan.objectives}) == len(plan.objectives)


def test_every_section_is_written(plan: Plan) -> None:
    for key in SECTION_KEYS:
        text = getattr(plan.sections, key)
        assert text.strip(), key
        assert blocks(text), key
    # Long chapters have several paragraphs or bullets, as real plans do.
    for key in ("env_territory", "env_crime", "env_road_safety", "env_survey", "env_internal",
                "env_lessons", "argument_matrix", "non_retained"):
        assert len(blocks(getattr(plan.sections, key))) >= 4, key
    for key in ("values", "communication_internal", "communication_external"):
        assert any(b.kind == "bullet" for b in blocks(getattr(plan.sections, key))), key


def test_objectives_are_complete(plan: Plan) -> None:
    for o in plan.objectives:
        assert o.code and o.title and o.description and o.rationale and o.owner, o.code
        assert o.chain.prevention and o.chain.repression and o.chain.aftercare, o.code
        assert o.partners, o.code
        assert 2 <= len(o.tactical_objectives) <= 4, o.code
        assert o.capacity_fte is not None and o.capacity_fte > 0, o.code


def test_every_objective_has_measurable_indicators(plan: Plan) -> None:
    for o in plan.objectives:
        assert 1 <= len(o.indicators) <= 3, o.code
        for ind in o.indicators:
            assert ind.unit and ind.source and ind.frequency, ind.id
            assert ind.baseline_value is not None and ind.baseline_year is not None, ind.id
            assert ind.target_value is not None and ind.target_year is not None, ind.id
            assert plan.period.contains(ind.target_year), ind.id
            assert ind.baseline_year < plan.period.start_year, ind.id
            assert ind.baseline_value != ind.target_value, ind.id


def test_national_links(plan: Plan) -> None:
    for o in plan.objectives:
        primaries = [link for link in o.links if link.weight is LinkWeight.PRIMARY]
        if o.links:
            assert len(primaries) == 1, o.code
            assert len({link.ref_id for link in o.links}) == len(o.links), o.code
        else:
            assert o.local_justification, f"{o.code}: objectif local sans justification"
    local_only = [o for o in plan.objectives if not o.links]
    assert len(local_only) == 1
    assert local_only[0].kind is ObjectiveKind.ATTENTION_POINT


def _reference_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted(REFERENCE_DIR.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            continue
        ids.update(item["id"] for item in data.get("items") or [] if "id" in item)
    return ids


def test_links_and_decisions_use_existing_reference_ids(plan: Plan) -> None:
    ids = _reference_ids()
    if not any(i.startswith("pns.") for i in ids) or not any(i.startswith("ncsi.") for i in ids):
        pytest.skip("données de référence PNS/NCSI absentes")
    used = {link.ref_id for o in plan.objectives for link in o.links}
    used |= {d.ref_id for d in plan.decisions}
    assert sorted(used - ids) == []


def test_capacity(plan: Plan) -> None:
    cap = plan.capacity
    assert cap.reference_date == dt.date(2026, 1, 1)
    assert cap.headcount and cap.available_fte and cap.available_fte <= cap.headcount
    assert set(cap.functionalities) == set(Functionality)
    assert all(fte > 0 for fte in cap.functionalities.values())
    assert cap.functionalities[Functionality.INTERVENTION] == max(cap.functionalities.values())
    # At least one neighbourhood officer per 4 000 inhabitants.
    assert cap.functionalities[Functionality.NEIGHBOURHOOD] >= plan.zone.total_population / 4_000
    objectives_fte = sum(o.capacity_fte or 0 for o in plan.objectives)
    total = sum(cap.functionalities.values()) + objectives_fte + (cap.federal_missions_fte or 0)
    assert total <= cap.available_fte
    assert cap.federal_missions_fte and cap.note


def test_decision_for_every_pns_node(plan: Plan) -> None:
    assert set(PNS_DECISION_NODES) == EXPECTED_PNS_NODES
    assert {d.ref_id for d in plan.decisions} == EXPECTED_PNS_NODES
    for d in plan.decisions:
        assert len(d.justification) > 40, d.ref_id
    linked = {link.ref_id for o in plan.objectives for link in o.links}
    for d in plan.decisions:
        if d.decision is Decision.RETAINED:
            covered = any(ref == d.ref_id or ref.startswith(d.ref_id + ".") for ref in linked)
            assert covered, d.ref_id
    assert plan.decision_for("pns.4").decision is Decision.NOT_RETAINED
    assert plan.decision_for("pns.6.2").decision is Decision.NOT_RETAINED


def test_czs_roles(plan: Plan) -> None:
    roles = [m.role for m in plan.czs_members]
    for role in (CZSRole.CHIEF_OF_POLICE, CZSRole.PROSECUTOR, CZSRole.DIRCO):
        assert roles.count(role) == 1, role
    mayors = {m.commune for m in plan.czs_members if m.role is CZSRole.MAYOR}
    assert mayors == {c.name for c in plan.zone.communes}


def test_expectations(plan: Plan) -> None:
    kinds = [e.author_kind.value for e in plan.expectations]
    assert kinds.count("bourgmestre") == len(plan.zone.communes)
    assert {"procureur_du_roi", "gouverneur", "dirco"} <= set(kinds)
    assert all(e.author and e.text for e in plan.expectations)


def test_default_demo_is_the_french_one() -> None:
    plan = build_demo_plan()
    assert plan == build_demo_plan("fr")
    assert plan.metadata.language == "fr"
    assert plan.zone.name == "ZP Entre-Sambre-et-Bois"


def test_approval_and_metadata(plan: Plan) -> None:
    number, region, czs_date, label, modified = EXPECTED_IDENTITY[plan.metadata.language]
    assert plan.zone.number == number and plan.zone.region is region
    assert plan.approval.czs_date == czs_date
    assert plan.approval.place in {c.name for c in plan.zone.communes}
    assert plan.approval.version_label == label
    assert plan.approval.classification == ""
    assert plan.metadata.reference_edition == "PNS 2026-2029 / NCSI 2026-2029"
    assert plan.metadata.created.date() == dt.date(2026, 1, 15)
    assert plan.metadata.modified.date() == modified


_BULLET_LIKE = re.compile(r"^\s*(?:[-*•–▪◦·]|\d{1,2}[.)])\s+")
_FORBIDDEN = re.compile(r"(?i)lorem|ipsum|todo|xxx|à compléter|placeholder|\bgénéré|\[|\]")


def test_texts_follow_the_conventions(plan: Plan) -> None:
    for place, text in _all_texts(plan):
        assert text == text.strip(), place
        assert not _FORBIDDEN.search(text), place
        assert "  " not in text and "\t" not in text and "\n\n\n" not in text, place
        assert '"' not in text, place
        assert text.count("«") == text.count("»"), place
        assert not re.search(r"«\S|\S»", text), place
        for line in text.split("\n"):
            if _BULLET_LIKE.match(line):
                assert line.startswith("- "), f"{place}: {line[:40]}"
