"""Alignment rules: each rule fires when it should, names the place, and disappears when fixed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.strategies import plans
from zonalplan.alignment import check
from zonalplan.demo import build_demo_plan
from zonalplan.model import (
    CZSMember,
    CZSRole,
    Decision,
    Domain,
    Functionality,
    Indicator,
    NationalLink,
    Objective,
    ObjectiveKind,
    Plan,
    PriorityDecision,
)
from zonalplan.reference import load_reference


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def rules(report) -> set[str]:
    return {f.rule for f in report.findings}


def test_demo_plan_is_ready_for_approval(ref) -> None:
    report = check(build_demo_plan(), ref)
    assert not report.has_errors, [f.message for f in report.findings]


def test_empty_plan_lists_every_missing_part(ref) -> None:
    report = check(Plan(), ref)
    expected = {"zone.nom", "zone.numero", "zone.communes", "czs.membre", "contenu.environnement",
                "contenu.mission", "contenu.communication", "attentes.absentes",
                "pns.decision.absente", "capacite.fonctionnalite"}
    assert expected <= rules(report)
    assert report.has_errors
    for f in report.findings:
        assert f.message and f.message[0].isupper()
        assert f.severity in ("erreur", "avertissement", "info")


def test_missing_decision_is_an_error_until_decided(ref) -> None:
    plan = build_demo_plan()
    road = plan.decision_for("pns.5")
    plan.decisions = [d for d in plan.decisions if d.ref_id != "pns.5"]
    found = [f for f in check(plan, ref).findings if f.rule == "pns.decision.absente"]
    assert [f.place.ref_id for f in found] == ["pns.5"] and found[0].severity == "erreur"
    plan.decisions = [*plan.decisions, road]
    assert "pns.decision.absente" not in rules(check(plan, ref))


def test_retained_theme_needs_a_linked_objective(ref) -> None:
    plan = build_demo_plan()
    for obj in plan.objectives:
        obj.links = [lk for lk in obj.links if not lk.ref_id.startswith("pns.5")]
    found = [f for f in check(plan, ref).findings if f.rule == "pns.retenu.sans-objectif"]
    assert any(f.place.ref_id == "pns.5" for f in found)


def test_not_retained_needs_justification(ref) -> None:
    plan = build_demo_plan()
    plan.decisions = [PriorityDecision(ref_id=d.ref_id, decision=d.decision,
                                       justification="" if d.ref_id == "pns.6.2" else d.justification)
                      for d in plan.decisions]
    assert "pns.non-retenu.justification" in rules(check(plan, ref))


def test_unlinked_objective_is_an_error_unless_local_specific(ref) -> None:
    plan = build_demo_plan()
    plan.objectives.append(Objective(id="x", code="P9", title="Sécurité du marché hebdomadaire"))
    found = [f for f in check(plan, ref).findings if f.rule == "objectif.lien.absent"]
    assert found and found[0].place.objective_id == "x" and "P9" in found[0].message
    plan.objectives[-1].local_justification = "Marché transfrontalier attirant 10 000 visiteurs."
    assert "objectif.lien.absent" not in rules(check(plan, ref))


def test_link_to_an_id_lost_by_an_edition_change_is_a_named_warning(ref) -> None:
    plan = build_demo_plan()
    plan.objectives[0].links.append(NationalLink(ref_id="pns.99.loc.1"))
    plan.decisions.append(PriorityDecision(ref_id="pns.42", decision=Decision.RETAINED))
    report = check(plan, ref)
    lost = [f for f in report.findings if f.rule in ("objectif.lien.inconnu",
                                                      "pns.decision.inconnue")]
    assert {f.severity for f in lost} == {"avertissement"}
    assert any("pns.99.loc.1" in f.message for f in lost)
    assert any("pns.42" in f.message for f in lost)


def test_smart_rules(ref) -> None:
    plan = build_demo_plan()
    prio = next(o for o in plan.objectives if o.kind == ObjectiveKind.PRIORITY)
    prio.indicators = [Indicator(id="i", name="Faits", target_year=2040)]
    found = {f.rule for f in check(plan, ref).for_objective(prio.id)}
    assert {"smart.indicateur.incomplet", "smart.annee.hors-periode"} <= found
    prio.indicators = []
    errors = [f for f in check(plan, ref).for_objective(prio.id)
              if f.rule == "smart.indicateur.absent"]
    assert errors and errors[0].severity == "erreur"


def test_capacity_rules(ref) -> None:
    plan = build_demo_plan()
    plan.capacity.functionalities[Functionality.RECEPTION] = 0
    plan.capacity.functionalities[Functionality.INTERVENTION] = 500
    report = check(plan, ref)
    assert {"capacite.fonctionnalite", "capacite.depassement"} <= rules(report)
    plan.capacity.functionalities[Functionality.NEIGHBOURHOOD] = 2
    assert "capacite.quartier.norme" in rules(check(plan, ref))


def test_each_commune_needs_its_mayor(ref) -> None:
    plan = build_demo_plan()
    plan.czs_members = [m for m in plan.czs_members if not (
        m.role == CZSRole.MAYOR and m.commune == plan.zone.communes[1].name)]
    found = [f for f in check(plan, ref).findings if f.rule == "czs.bourgmestre"]
    assert len(found) == 1 and plan.zone.communes[1].name in found[0].message
    plan.czs_members.append(CZSMember(name="X", role=CZSRole.MAYOR,
                                      commune=plan.zone.communes[1].name.upper()))
    assert "czs.bourgmestre" not in rules(check(plan, ref))


def test_internal_objective_without_condition_gets_a_hint(ref) -> None:
    plan = build_demo_plan()
    plan.objectives.append(Objective(id="int", code="PA9", title="Renforcer l'intégrité du personnel",
                                     domain=Domain.INTERNAL, kind=ObjectiveKind.ATTENTION_POINT,
                                     local_justification="interne"))
    found = [f for f in check(plan, ref).for_objective("int")
             if f.rule == "objectif.interne.condition"]
    assert found and found[0].hint


def test_conditions_not_addressed_are_info(ref) -> None:
    report = check(Plan(), ref)
    infos = [f for f in report.findings if f.rule == "pns.condition.absente"]
    assert len(infos) == 11 and {f.severity for f in infos} == {"info"}
    assert all(f.place.ref_id.startswith("pns.c") for f in infos)


def test_period_outside_the_pns(ref) -> None:
    plan = build_demo_plan()
    from zonalplan.model import Period

    plan.period = Period(start_year=2014, end_year=2019)
    assert "periode.pns" in rules(check(plan, ref))


def test_coverage_summary_explains_the_figures(ref) -> None:
    cov = check(build_demo_plan(), ref).coverage
    s = cov.summary
    assert s["retenu"] + s["fonctionnement_regulier"] + s["non_retenu"] + s["indecis"] == s["total"]
    assert s["total"] == len(ref.decision_nodes) and s["indecis"] == 0
    assert str(s["retenu"]) in cov.explanation
    road = next(t for t in cov.themes if t.ref_id == "pns.5")
    assert road.decision == "retenu" and road.primary
    assert len(cov.dimensions) == 6


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_check_never_raises_on_any_plan(ref, plan: Plan) -> None:
    report = check(plan, ref)
    assert report.coverage.summary["total"] == len(ref.decision_nodes)
