"""Charts of the zone's figures for the Word export and the application (PNG, print quality).

matplotlib is imported on first use (Agg back-end, no screen), so neither the start of the
application nor a command that draws nothing pays for it. Every chart carries its caption, source
and date below the drawing; colours stay readable in black and white.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from enum import Enum

from zonalplan.evidence.communes import ZONE
from zonalplan.evidence.figures import Series

DPI = 200
WIDTH_CM, HEIGHT_CM = 15.0, 7.5
PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#595959")
MARKERS = ("o", "s", "^", "D", "v", "P")


class ChartKind(str, Enum):
    """The kinds of chart a chapter can show."""

    TREND = "trend"  # the zone's series over the years (one line per series)
    COMMUNES = "communes"  # bars per commune for the last year
    BREAKDOWN = "breakdown"  # bars of one breakdown (accidents per hour, per road type…)


@dataclass(frozen=True)
class Chart:
    """What to draw: a kind, the series or the (label, value) bars, and the texts around it."""

    kind: ChartKind
    title: str
    source: str
    series: tuple[Series, ...] = ()
    bars: tuple[tuple[str, float], ...] = ()
    commune_names: dict[str, str] = field(default_factory=dict)
    unit: str = ""
    decimal_comma: bool = True


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _png(figure, source: str, *, bottom: float = 0.2, top: float = 0.86) -> bytes:
    """Write the source line under the drawing, fix the margins and return the PNG bytes."""
    figure.text(0.01, 0.01, f"Source : {source}" if source else "", fontsize=6, color="#404040")
    figure.subplots_adjust(left=0.09, right=0.98, top=top, bottom=bottom)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _style(axes, title: str, size: float = 8) -> None:
    axes.set_title(title if len(title) <= 90 else title[:89] + "…", fontsize=size, loc="left",
                   fontweight="bold")
    axes.tick_params(labelsize=7)
    axes.spines[["top", "right"]].set_visible(False)


def _number(value: float, chart: Chart) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.1f}"
    text = text.replace(",", "\u202f")
    return text.replace(".", ",") if chart.decimal_comma else text


def render_png(chart: Chart) -> bytes:
    """Return the chart as PNG bytes (about 1 180 × 590 pixels)."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(WIDTH_CM / 2.54, HEIGHT_CM / 2.54), dpi=DPI)
    try:
        if chart.kind is ChartKind.TREND:
            _trend(axes, chart)
        elif chart.kind is ChartKind.COMMUNES:
            _communes(axes, chart)
        else:
            _bars(axes, chart.bars, axes_label=chart.unit, chart=chart)
        _style(axes, chart.title, 9)
        rotated = any(label.get_rotation() for label in axes.get_xticklabels())
        return _png(figure, chart.source, bottom=0.3 if rotated else (0.16 if chart.source else 0.1),
                    top=0.88 if chart.title else 0.96)
    finally:
        plt.close(figure)


def _trend(axes, chart: Chart) -> None:
    years = sorted({y for s in chart.series for y in s.zone})
    for index, series in enumerate(chart.series):
        points = [(y, series.zone[y]) for y in years if y in series.zone]
        axes.plot([p[0] for p in points], [p[1] for p in points], marker=MARKERS[index % 6],
                  color=PALETTE[index % 6], linewidth=1.6, markersize=4, label=series.label)
        for year, value in points:
            axes.annotate(_number(value, chart), (year, value), textcoords="offset points",
                          xytext=(0, 5), ha="center", fontsize=6)
    axes.set_xticks(years)
    axes.set_ylim(bottom=0)
    axes.set_ylabel(chart.unit or (chart.series[0].unit if chart.series else ""), fontsize=7)
    if len(chart.series) > 1:
        axes.legend(fontsize=6, frameon=False)


def _communes(axes, chart: Chart) -> None:
    series = chart.series[0]
    year = max(series.zone) if series.zone else None
    bars = [(chart.commune_names.get(code, "Zone" if code == ZONE else code),
             years.get(year, 0.0)) for code, years in sorted(series.by_commune.items())
            if year is not None]
    _bars(axes, tuple(bars), axes_label=chart.unit or series.unit, chart=chart)


def _bars(axes, bars: tuple[tuple[str, float], ...], *, axes_label: str, chart: Chart) -> None:
    labels = [label if len(label) <= 28 else label[:27] + "…" for label, _ in bars]
    values = [value for _, value in bars]
    drawn = axes.bar(range(len(values)), values, color=PALETTE[0], width=0.7)
    crowded = len(values) * max((len(label) for label in labels), default=0) > 110
    axes.set_xticks(range(len(values)), labels, rotation=45 if crowded else 0,
                    ha="right" if crowded else "center")
    for rect, value in zip(drawn, values, strict=True):
        axes.annotate(_number(value, chart), (rect.get_x() + rect.get_width() / 2, value),
                      textcoords="offset points", xytext=(0, 2), ha="center", fontsize=6)
    axes.set_ylabel(axes_label, fontsize=7)


def render_progress_png(title: str, lines: list[tuple[str, list[tuple[float, float]]]],
                        trajectories: list[tuple[int, int]], *, source: str = "") -> bytes:
    """Return one chart of an objective: each indicator's progress toward its target, in %.

    ``lines`` holds, per indicator, (period, progress %) points where 0 % is the baseline and
    100 % the target; ``trajectories`` the (baseline year, target year) pairs drawn as dashed
    lines from 0 % to 100 %. Indicators of different units so share one readable scale.
    """
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(WIDTH_CM / 2.54, 5.5 / 2.54), dpi=DPI)
    try:
        for start, end in sorted(set(trajectories)):
            axes.plot([start, end], [0, 100], linestyle="--", color="#9a9a9a", linewidth=0.9)
        for index, (label, points) in enumerate(lines):
            short = label if len(label) <= 60 else label[:59] + "…"
            axes.plot([p[0] for p in points], [p[1] for p in points], marker=MARKERS[index % 6],
                      color=PALETTE[index % 6], linewidth=1.5, markersize=4, label=short)
        axes.axhline(100, color=PALETTE[2], linewidth=0.8)
        _style(axes, title)
        axes.set_ylabel("progression vers la cible (%)", fontsize=6)
        years = sorted({int(y) for pair in trajectories for y in pair}
                       | {int(p[0]) for _, points in lines for p in points})
        if years:
            axes.set_xticks(years)
        axes.legend(fontsize=5.5, frameon=False, loc="upper left")
        return _png(figure, source)
    finally:
        plt.close(figure)
