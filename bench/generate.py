"""Generate large plans for benchmarks and stress tests."""

from __future__ import annotations

from zonalplan.model import (
    Commune,
    Decision,
    Domain,
    Functionality,
    Indicator,
    NationalLink,
    Objective,
    ObjectiveKind,
    Plan,
    PriorityDecision,
    Zone,
)

_TITLES = [
    "Lutter contre les cambriolages dans les habitations",
    "Réduire le nombre d'accidents de la route avec blessés",
    "Aanpak van intrafamiliaal geweld",
    "Lutter contre le trafic de stupéfiants en rue",
    "Verminderen van overlast en sluikstorten",
    "Renforcer l'intégrité et le bien-être du personnel",
]
_LINKS = ["pns.5", "pns.7", "pns.1.1", "ncsi.d2.t1", "ncsi.d2.t2", "pns.c1"]


def large_plan(objectives: int = 200, indicators_each: int = 5, *, seed: int = 0,
               zone_number: str = "5999", zone_name: str = "ZP Grande") -> Plan:
    """Return a plan with ``objectives`` objectives of ``indicators_each`` indicators each."""
    objs = []
    for i in range(objectives):
        k = (i + seed) % len(_TITLES)
        objs.append(Objective(
            id=f"o{i}", code=f"P{i + 1}", title=f"{_TITLES[k]} ({i})",
            kind=ObjectiveKind.PRIORITY if i % 3 else ObjectiveKind.ATTENTION_POINT,
            domain=Domain.INTERNAL if k == 5 else Domain.EXTERNAL,
            description=("Description de l'objectif avec son contexte local. " * 8).strip(),
            partners=["Parquet", "Communes"], owner="Officier de projet",
            tactical_objectives=["Objectif tactique A", "Objectif tactique B"],
            indicators=[Indicator(id=f"o{i}i{j}", name=f"Indicateur {j}", unit="faits",
                                  baseline_value=100 + j, baseline_year=2024,
                                  target_value=90 + j, target_year=2031, source="BNG")
                        for j in range(indicators_each)],
            links=[NationalLink(ref_id=_LINKS[k])], capacity_fte=0.1,
        ))
    return Plan(
        zone=Zone(name=zone_name, number=zone_number,
                  communes=[Commune(name=f"Commune {c}", population=15000) for c in "ABC"]),
        objectives=objs,
        decisions=[PriorityDecision(ref_id="pns.5", decision=Decision.RETAINED)],
        capacity={"available_fte": 400.0,
                  "functionalities": {f: 10.0 for f in Functionality}},
    )
