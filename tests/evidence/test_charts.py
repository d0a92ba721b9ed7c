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
