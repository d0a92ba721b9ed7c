"""Charts drawn by the core for the export: real PNG images at print quality, any figures."""

from __future__ import annotations

import struct

import pytest

from zonalplan.evidence import import_file
from zonalplan.evidence.charts import Chart, ChartKind, render_png
from zonalplan.evidence.figures import Series, all_series, breakdown


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


@pytest.fixture()
def series(samples, communes):
    """Return every series of the demo sample files."""
    return all_series(import_file(path, communes) for path in samples.values())


def test_trend_chart_is_a_print_quality_png(series) -> None:
    """A trend of two series is a PNG of about 1 180 × 590 pixels (15 × 7,5 cm at 200 dpi)."""
    png = render_png(Chart(ChartKind.TREND, "Accidents", "Statbel",
                           (series["accidents:accidents"], series["accidents:dead_30_days"])))
    width, height = _size(png)
    assert 1100 <= width <= 1250 and 550 <= height <= 620


def test_communes_and_breakdown_charts(series, samples, communes) -> None:
    """Bars per commune and per hour render; all 24 hours are present in the breakdown."""
    png = render_png(Chart(ChartKind.COMMUNES, "Cambriolages", "Police",
                           (series["crime:Cambriolages dans une habitation"],),
                           commune_names={"92171": "Rivemont"}))
    assert _size(png)[0] > 1000
    hours = breakdown(import_file(samples["TF_ACCIDENTS_2024.txt"], communes), "hour")
    assert [label for label, _ in hours][:3] == ["0 h", "1 h", "2 h"] and len(hours) == 24
    assert _size(render_png(Chart(ChartKind.BREAKDOWN, "Par heure", "Statbel",
                                  bars=tuple(hours))))[0] > 1000


def test_empty_and_single_point_series_still_draw() -> None:
    """No data, or one year only, gives a drawing rather than an error."""
    empty = Series("x:y", ("x",), "rien", "", {}, {})
    single = Series("x:z", ("x",), "un point", "faits", {"92171": {2024: 3.0}}, {2024: 3.0})
    for chart in (Chart(ChartKind.TREND, "Vide", "", (empty,)),
                  Chart(ChartKind.TREND, "Un point", "", (single,)),
                  Chart(ChartKind.COMMUNES, "Communes", "", (empty,)),
                  Chart(ChartKind.BREAKDOWN, "Rien", "", bars=())):
        assert _size(render_png(chart))[0] > 0


def test_stacked_bars_grow_with_their_rows_and_are_kept_once_drawn() -> None:
    """Thirteen themes make a taller picture than three; drawing again returns the kept bytes,
    and a change of any value draws anew."""
    from zonalplan.evidence import charts
    from zonalplan.evidence.charts import Segment, clear_cache, render_stacked_png

    segments = [Segment("Priorité", "#1f4e79"), Segment("Point d'attention", "#9dc3e6")]
    few = [(f"Thème {i}", (i, 1)) for i in range(3)]
    many = [(f"{i} Un thème au titre nettement plus long que la marge" * (i % 2 + 1), (i, 0))
            for i in range(13)]
    clear_cache()
    small, tall = render_stacked_png(few, segments), render_stacked_png(many, segments)
    assert _size(small)[0] == _size(tall)[0] and _size(tall)[1] > 1.5 * _size(small)[1]
    assert len(charts._CACHE) == 2
    assert render_stacked_png(few, segments) is small
    assert render_stacked_png([("Thème 0", (0, 2)), *few[1:]], segments) != small
    assert _size(render_stacked_png([], segments))[0] > 0  # nothing to draw still draws
    assert _size(render_stacked_png([("Zéro", (0, 0))], segments))[0] > 0
    clear_cache()
    assert render_stacked_png(few, segments) is not small


def test_kept_charts_are_bounded() -> None:
    """Only the last CACHE_SIZE charts stay kept."""
    from zonalplan.evidence import charts

    charts.clear_cache()
    for i in range(charts.CACHE_SIZE + 3):
        charts._cached(("essai", i), lambda i=i: bytes([i]))
    assert len(charts._CACHE) == charts.CACHE_SIZE
    assert charts._cached(("essai", 0), lambda: b"neuf") == b"neuf"  # the oldest was dropped


def test_charts_drawn_from_several_threads_at_once_are_all_whole() -> None:
    """The interface draws on worker threads while an export draws too: one chart at a time."""
    import threading

    from zonalplan.evidence import charts as charts_module

    results: list[bytes] = []
    errors: list[BaseException] = []

    def draw(n: int) -> None:
        try:
            for i in range(3):
                results.append(charts_module.render_progress_png(
                    f"Objectif {n}.{i}", [("Indicateur", [(2026, 0.0), (2027, 40.0 + n)])],
                    [(2026, 2031)], source="test"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=draw, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors and len(results) == 12
    assert all(png.startswith(b"\x89PNG") for png in results)
    assert charts_module._DRAWING.acquire(blocking=False)
    charts_module._DRAWING.release()
