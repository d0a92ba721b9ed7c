"""What the alignment report's charts count: objectives per PNS theme and per NCSI dimension."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zonalplan.alignment.chart_data import dimension_bars, theme_bars
from zonalplan.alignment.report import Coverage, DimensionCoverage, ThemeCoverage
from zonalplan.model import ObjectiveKind

OBJECTIVES = [f"o{i}" for i in range(8)]
NODES = ["pns.1", "pns.1.1", "pns.2", "pns.5"]

ids = st.lists(st.sampled_from(OBJECTIVES + ["supprime"]), max_size=10)
kinds = st.dictionaries(st.sampled_from(OBJECTIVES), st.sampled_from(list(ObjectiveKind)))


@st.composite
def coverages(draw) -> Coverage:
    """Return a coverage whose themes and dimensions link any objectives, even deleted ones."""
    themes = [ThemeCoverage(node, node[4:], f"Thème {node}",
                            draw(st.sampled_from([None, "retenu", "non_retenu"])),
                            tuple(draw(ids)), tuple(draw(ids)))
              for node in draw(st.lists(st.sampled_from(NODES), unique=True))]
    dims = [DimensionCoverage(f"ncsi.d{i}", f"6.{i}", f"Dimension {i}", tuple(draw(ids)))
            for i in range(draw(st.integers(0, 6)))]
    return Coverage(themes=themes, dimensions=dims)


@settings(max_examples=150, deadline=None)
@given(coverages(), kinds)
def test_theme_bars_count_each_known_objective_once(coverage: Coverage, known: dict) -> None:
    """A bar per decision node the coverage knows, in order; primary objectives split by kind,
    secondary ones counted apart; deleted objectives and repeats never counted."""
    bars = theme_bars(coverage, known, NODES)
    assert [b.ref_id for b in bars] == [n for n in NODES
                                        if n in {t.ref_id for t in coverage.themes}]
    for bar in bars:
        theme = next(t for t in coverage.themes if t.ref_id == bar.ref_id)
        primary = {o for o in theme.primary if o in known}
        assert bar.priorities == sum(1 for o in primary if known[o] is ObjectiveKind.PRIORITY)
        assert bar.priorities + bar.attention_points == len(primary)
        assert bar.secondary == len({o for o in theme.secondary if o in known} - set(theme.primary))
        assert bar.total == bar.priorities + bar.attention_points + bar.secondary
        assert bar.decision == theme.decision


@settings(max_examples=100, deadline=None)
@given(coverages(), kinds)
def test_dimension_bars_split_linked_objectives_by_kind(coverage: Coverage, known: dict) -> None:
    """One bar per dimension: its distinct known objectives, as priorities or points of attention."""
    bars = dimension_bars(coverage, known)
    assert [b.ref_id for b in bars] == [d.ref_id for d in coverage.dimensions]
    for bar, dim in zip(bars, coverage.dimensions, strict=True):
        linked = {o for o in dim.objectives if o in known}
        assert bar.total == len(linked) and bar.secondary == 0
        assert bar.priorities == sum(1 for o in linked if known[o] is ObjectiveKind.PRIORITY)


def test_demo_themes_the_report_draws() -> None:
    """The demo: 1.1 served by one priority, 2 by one point of attention, 1.2 by none."""
    from zonalplan.alignment import check
    from zonalplan.demo import build_demo_plan
    from zonalplan.reference import load_reference

    reference = load_reference()
    plan = build_demo_plan()
    report = check(plan, reference)
    bars = {b.ref_id: b for b in theme_bars(report.coverage, {o.id: o.kind for o in
                                                              plan.objectives},
                                           [n.id for n in reference.decision_nodes])}
    assert len(bars) == len(reference.decision_nodes)
    assert (bars["pns.1.1"].priorities, bars["pns.1.1"].attention_points) == (1, 0)
    assert (bars["pns.2"].priorities, bars["pns.2"].attention_points) == (0, 1)
    assert bars["pns.1.2"].total == 0 and bars["pns.1"].secondary == 1
