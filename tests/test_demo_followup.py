"""The French demo carries its data, figures, argument matrix and two years of follow-up."""

from __future__ import annotations

from zonalplan.demo import build_demo_plan
from zonalplan.evidence.figures import all_series
from zonalplan.evidence.matrix import decisions_from_matrix, results
from zonalplan.followup.status import Status, dashboard
from zonalplan.model.matrix import Proposal


def test_demo_figures_come_from_its_data() -> None:
    """The chapters' figures (accidents, burglaries) are those of the imported files."""
    plan = build_demo_plan()
    series = all_series(plan.datasets)
    assert series["accidents:accidents"].zone == {2021: 104, 2022: 112, 2023: 121, 2024: 118}
    assert "104 en 2021" in plan.sections.env_road_safety
    assert series["crime:Cambriolages dans une habitation"].zone[2024] == 212
    assert "212 en 2024" in plan.sections.env_crime
    for figure in plan.figures:
        assert all(key in series for key in figure.series)
        assert figure.chapter in type(plan.sections).model_fields


def test_demo_followup_has_two_years_and_every_status() -> None:
    """Actions and measurements for 2026 and 2027; the dashboard shows each kind of status."""
    plan = build_demo_plan()
    assert {a.year for a in plan.followup.actions} == {2026, 2027}
    assert {m.year for m in plan.followup.measurements} == {2026, 2027}
    objective_ids = {o.id for o in plan.objectives}
    indicator_ids = {(o.id, i.id) for o in plan.objectives for i in o.indicators}
    assert all(a.objective_id in objective_ids for a in plan.followup.actions)
    assert all((m.objective_id, m.indicator_id) in indicator_ids
               for m in plan.followup.measurements)
    statuses = {row.status for row in dashboard(plan.objectives, plan.followup)}
    assert {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK} <= statuses


def test_demo_matrix_agrees_with_its_decisions() -> None:
    """Every confirmed matrix row linked to a PNS theme matches the plan's recorded decision."""
    plan = build_demo_plan()
    assert [r.row.decision for r in results(plan.argument_matrix)][0] is Proposal.PRIORITY
    recorded = {d.ref_id: d.decision for d in plan.decisions}
    derived = {d.ref_id: d.decision for d in decisions_from_matrix(plan.argument_matrix, [])}
    for ref, decision in derived.items():
        if ref in recorded:
            assert recorded[ref] is decision, ref


def test_dutch_demo_figures_come_from_its_data() -> None:
    """The Dutch chapters cite the figures of PZ Heidebeek's imported files."""
    from zonalplan.evidence.baselines import baseline_changes
    from zonalplan.evidence.figures import rates_per_1000

    plan = build_demo_plan("nl")
    series = all_series(plan.datasets)
    sections = plan.sections
    accidents = series["accidents:accidents"].zone
    assert accidents == {2021: 121, 2022: 128, 2023: 134, 2024: 126}
    assert "van 121 in 2021 naar 128 in 2022, 134 in 2023 en 126 in 2024" in \
        sections.env_road_safety
    assert sum(series["accidents:dead_30_days"].zone.values()) == 11
    three_years = sum(accidents[y] for y in (2022, 2023, 2024))
    assert f"49 van de {three_years:.0f} letselongevallen van 2022 tot 2024" in \
        sections.env_road_safety
    assert "elf mensen om het leven" in sections.env_road_safety
    burglaries = series["crime:Woninginbraak"]
    change = round(burglaries.change() * 100)
    assert (burglaries.zone[2021], burglaries.zone[2024], change) == (176, 229, 30)
    assert "176 feiten in 2021, 203 in 2022, 238 in 2023 en 229 in 2024 (+30%)" in \
        sections.env_crime
    assert f"229 feiten in 2024 (+{change}% sinds 2021)" in sections.argument_matrix
    rate = rates_per_1000(burglaries, series["population:population"]).zone[2024]
    assert f"{rate:.1f}".replace(".", ",") + " feiten per 1.000 inwoners" in sections.env_crime
    assert series["population:population"].zone[2025] == plan.zone.total_population
    for key, text in (("crime:Intrafamiliaal geweld", "336 in 2023 en 352 in 2024 (+18%)"),
                      ("crime:Fietsdiefstal", "341 in 2023 en 367 in 2024 (+18%)"),
                      ("crime:Online oplichting en informaticabedrog",
                       "226 in 2023 en 259 in 2024 (+72%)")):
        assert text in sections.env_crime, key
        assert text.split(" in 2024")[0].endswith(f"{series[key].zone[2024]:.0f}"), key
        assert text.endswith(f"(+{round(series[key].change() * 100)}%)"), key
    speed = series["survey:Als ernstig ervaren buurtprobleem : te snel rijden"].zone[2025]
    assert f"te snel rijden ({speed:.0f}%)" in sections.env_survey
    assert baseline_changes(plan) == []  # indicator baselines taken from the data agree with it
    assert sum(1 for o in plan.objectives for i in o.indicators if i.series_key) >= 4


def test_dutch_demo_has_followup_matrix_and_figures_in_dutch() -> None:
    """Two years of follow-up, a matrix agreeing with the decisions, Dutch captions and names."""
    plan = build_demo_plan("nl")
    assert {a.year for a in plan.followup.actions} == {2026, 2027}
    priorities = {o.id for o in plan.objectives if o.kind.value == "priorite"}
    assert priorities <= {a.objective_id for a in plan.followup.actions if a.year == 2026}
    statuses = {row.status for row in dashboard(plan.objectives, plan.followup)}
    assert {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK} <= statuses
    recorded = {d.ref_id: d.decision for d in plan.decisions}
    derived = {d.ref_id: d.decision for d in decisions_from_matrix(plan.argument_matrix, [])}
    assert {ref for ref in derived if ref in recorded} >= {"pns.1.1", "pns.5", "pns.7", "pns.4"}
    assert all(recorded[ref] is decision for ref, decision in derived.items() if ref in recorded)
    proposals = [(r.row.decision, r.proposal) for r in results(plan.argument_matrix)]
    assert all(decision is proposal for decision, proposal in proposals)
    assert len(plan.figures) >= 5 and {f.chapter for f in plan.figures} == {
        "env_crime", "env_road_safety"}
    assert {d.name for d in plan.datasets} >= {"ongevallen 2024", "bevolking 2025"}
    assert all("Statbel" in d.provenance.source or "politie" in d.provenance.source.lower()
               or d.kind.value == "survey" for d in plan.datasets)


def test_german_demo_figures_come_from_its_data() -> None:
    """The German chapters cite PZ Venntal's imported files; the matrix matches its decisions."""
    from zonalplan.evidence.baselines import baseline_changes
    from zonalplan.evidence.figures import rates_per_1000

    plan = build_demo_plan("de")
    series = all_series(plan.datasets)
    sections = plan.sections
    assert series["accidents:accidents"].zone == {2021: 98, 2022: 104, 2023: 111, 2024: 107}
    assert "von 98 im Jahr 2021 auf 104 im Jahr 2022, 111 im Jahr 2023 und 107 im Jahr 2024" in \
        sections.env_road_safety
    assert sum(series["accidents:dead_30_days"].zone.values()) == 14
    three_years = sum(series["accidents:accidents"].zone[y] for y in (2022, 2023, 2024))
    assert f"42 der {three_years:.0f} Unfälle mit Personenschaden" in sections.env_road_safety
    burglaries = series["crime:Wohnungseinbruch"]
    assert burglaries.zone[2024] == 176 and round(burglaries.change() * 100) == 25
    assert "187 im Jahr 2023 und 176 im Jahr 2024 (+25 %)" in sections.env_crime
    assert "176 Taten im Jahr 2024 (+25 % seit 2021)" in sections.argument_matrix
    rate = rates_per_1000(burglaries, series["population:population"]).zone[2024]
    assert f"{rate:.1f}".replace(".", ",") + " Taten je 1.000 Einwohner" in sections.env_crime
    fraud = series["crime:Telefon- und Onlinebetrug"]
    assert (fraud.zone[2024], round(fraud.change() * 100)) == (204, 73)
    assert "204 im Jahr 2024 (+73 %)" in sections.env_crime
    assert baseline_changes(plan) == []
    recorded = {d.ref_id: d.decision for d in plan.decisions}
    derived = decisions_from_matrix(plan.argument_matrix, [])
    assert all(recorded[d.ref_id] is d.decision for d in derived if d.ref_id in recorded)
    assert {d.name for d in plan.datasets} >= {"Unfälle 2024", "Kriminalität"}
    statuses = {row.status for row in dashboard(plan.objectives, plan.followup)}
    assert {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK} <= statuses
