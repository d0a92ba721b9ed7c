"""Charts of the zone's figures for the Word export and the application (PNG, print quality).

matplotlib is imported on first use (Agg back-end, no screen), so neither the start of the
application nor a command that draws nothing pays for it. Every chart carries its caption, source
and date below the drawing; colours stay readable in black and white.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from zonalplan.evidence.communes import ZONE
from zonalplan.evidence.figures import Series
from zonalplan.i18n import _

DPI = 200
WIDTH_CM, HEIGHT_CM = 15.0, 7.5
PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#595959")
MARKERS = ("o", "s", "^", "D", "v", "P")
CACHE_SIZE = 32
"""Charts kept drawn: exporting the same plan again (or previewing then exporting) redraws none."""
_CACHE: OrderedDict[str, bytes] = OrderedDict()
_DRAWING = threading.RLock()
"""One chart at a time: matplotlib's fonts (FreeType) are shared and not thread-safe, and the
interface draws some charts on worker threads while an export may draw others."""


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


def _figure(height_cm: float):
    """Return a new (figure, axes) of the text width drawn by Agg, outside pyplot's registry.

    No global state is touched, so a chart can be drawn off the interface thread while another
    is drawn on it; the figure is freed with its last reference (nothing to close).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_CM / 2.54, height_cm / 2.54), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure, figure.subplots()


def _png(figure, source: str, *, bottom: float = 0.2, top: float = 0.86) -> bytes:
    """Write the source line under the drawing, fix the margins and return the PNG bytes."""
    figure.text(0.01, 0.01, _("Source : {source}").format(source=source) if source else "",
                fontsize=6, color="#404040")
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


def _cached(key: object, draw: Callable[[], bytes]) -> bytes:
    """Return the PNG drawn for ``key`` before, or draw it and keep it (least recent dropped)."""
    digest = hashlib.sha256(repr((DPI, key)).encode("utf-8", "surrogatepass")).hexdigest()
    with _DRAWING:
        png = _CACHE.get(digest)
        if png is None:
            png = draw()
            _CACHE[digest] = png
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
        else:
            _CACHE.move_to_end(digest)
        return png


def clear_cache() -> None:
    """Forget the charts drawn so far (benchmarks time real drawing)."""
    _CACHE.clear()


def render_png(chart: Chart) -> bytes:
    """Return the chart as PNG bytes (about 1 180 × 590 pixels)."""
    return _cached(("chart", chart), lambda: _render_png(chart))


def _render_png(chart: Chart) -> bytes:
    figure, axes = _figure(HEIGHT_CM)
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
        figure.clear()  # break the artists' reference cycles at once


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
    with _DRAWING:
        return _render_progress(title, lines, trajectories, source)


def _render_progress(title: str, lines: list[tuple[str, list[tuple[float, float]]]],
                     trajectories: list[tuple[int, int]], source: str) -> bytes:
    figure, axes = _figure(5.5)
    try:
        for start, end in sorted(set(trajectories)):
            axes.plot([start, end], [0, 100], linestyle="--", color="#9a9a9a", linewidth=0.9)
        for index, (label, points) in enumerate(lines):
            short = label if len(label) <= 60 else label[:59] + "…"
            axes.plot([p[0] for p in points], [p[1] for p in points], marker=MARKERS[index % 6],
                      color=PALETTE[index % 6], linewidth=1.5, markersize=4, label=short)
        axes.axhline(100, color=PALETTE[2], linewidth=0.8)
        _style(axes, title)
        axes.set_ylabel(_("progression vers la cible (%)"), fontsize=6)
        years = sorted({int(y) for pair in trajectories for y in pair}
                       | {int(p[0]) for _, points in lines for p in points})
        if years:
            axes.set_xticks(years)
        axes.legend(fontsize=5.5, frameon=False, loc="upper left")
        return _png(figure, source)
    finally:
        figure.clear()  # break the artists' reference cycles at once


@dataclass(frozen=True)
class Segment:
    """One part of stacked bars: its legend label and colour."""

    label: str
    colour: str


def render_stacked_png(rows: Sequence[tuple[str, Sequence[float]]], segments: Sequence[Segment],
                       *, axis_label: str = "", decimal_comma: bool = True) -> bytes:
    """Return horizontal stacked bars: one bar per row (top to bottom), one colour per segment.

    ``rows`` holds (label, one value per segment); each bar ends with its total (unless all bars
    have the same) and each wide enough part shows its value. Segments that are zero everywhere stay out of the legend. The
    height grows with the number of rows (about 0,55 cm each) so labels never overlap.
    """
    key = ("stacked", tuple((label, tuple(values)) for label, values in rows), tuple(segments),
           axis_label, decimal_comma)
    return _cached(key, lambda: _render_stacked(rows, segments, axis_label, decimal_comma))


def _render_stacked(rows: Sequence[tuple[str, Sequence[float]]], segments: Sequence[Segment],
                    axis_label: str, decimal_comma: bool) -> bytes:
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    shown = [i for i in range(len(segments)) if any(values[i] for _, values in rows)]
    columns = 3 if len(shown) > 4 else max(1, len(shown))
    legend_cm = 0.42 * -(-len(shown) // columns) if shown else 0.0
    height_cm = 1.5 + legend_cm + 0.55 * max(1, len(rows))
    figure, axes = _figure(height_cm)
    chart = Chart(ChartKind.BREAKDOWN, "", "", decimal_comma=decimal_comma)
    try:
        labels = [(label if len(label) <= 60 else label[:59] + "…").replace("$", r"\$")
                  for label, _ in rows]  # a « $ » is text, never the start of a formula
        totals = [sum(values) for _, values in rows]
        widest = max(totals, default=0) or 1
        left = [0.0] * len(rows)
        positions = range(len(rows) - 1, -1, -1)  # first row on top
        handles = []
        for index, segment in enumerate(segments):
            values = [float(values[index]) for _, values in rows]
            boxes = [((start, position - 0.31), (start + value, position - 0.31),
                      (start + value, position + 0.31), (start, position + 0.31))
                     for start, value, position in zip(left, values, positions, strict=True)
                     if value]
            # one collection per segment: far cheaper to lay out than one patch per bar
            axes.add_collection(PolyCollection(boxes, facecolors=segment.colour,
                                               edgecolors="white", linewidths=0.5))
            if index in shown:
                handles.append((Patch(facecolor=segment.colour), segment.label))
            ink = "white" if _dark(segment.colour) else "black"
            for start, value, position in zip(left, values, positions, strict=True):
                if value and value / widest >= 0.05:
                    axes.text(start + value / 2, position, _number(value, chart), ha="center",
                              va="center", fontsize=6, color=ink)
            left = [a + b for a, b in zip(left, values, strict=True)]
        same = len(set(totals)) == 1 and len(totals) > 1  # e.g. every zone counted per theme
        for position, total in zip(positions, () if same else totals, strict=False):
            axes.text(total + widest * 0.01, position, _number(total, chart), va="center",
                      fontsize=6, fontweight="bold")
        axes.set_ylim(-0.6, max(1, len(rows)) - 0.4)
        axes.set_yticks(list(positions), labels)
        axes.set_xlim(0, widest * (1.0 if same else 1.08))
        whole = all(float(v).is_integer() for _, values in rows for v in values)
        axes.xaxis.set_major_locator(MaxNLocator(integer=whole))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: _number(value, chart)))
        axes.set_xlabel(axis_label, fontsize=7)
        _style(axes, "")
        if handles:
            figure.legend([h for h, _ in handles], [label for _, label in handles], fontsize=6,
                          frameon=False, ncols=columns, loc="upper center",
                          bbox_to_anchor=(0.5, 1 - 0.1 / height_cm))
        figure.subplots_adjust(left=_label_margin(figure, labels), right=0.97,
                               bottom=0.95 / height_cm, top=1 - (0.25 + legend_cm) / height_cm)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
        return buffer.getvalue()
    finally:
        figure.clear()  # break the artists' reference cycles at once


def _label_margin(figure, labels: Sequence[str]) -> float:
    """Return the left margin (share of the width) that the widest row label needs."""
    from matplotlib.font_manager import FontProperties

    renderer = figure.canvas.get_renderer()
    font = FontProperties(size=7)
    widest = max((renderer.get_text_width_height_descent(label, font, ismath=False)[0]
                  for label in labels), default=0.0)
    return min(0.62, max(0.05, (widest + 8 * DPI / 72) / (figure.get_figwidth() * DPI)))


def _dark(colour: str) -> bool:
    """Return True when white text reads better than black on ``colour`` (« #rrggbb »)."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue < 140
