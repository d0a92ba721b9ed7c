"""The zone's figures in the Word document: charts, tables and pictures placed between the
paragraphs of their chapter, and the argument matrix as a table, in the plan's language.

Each figure is numbered (« Figure 3 ») with its caption, then its source and import date in the
« Mention » style. Charts are drawn by the core (``zonalplan.evidence.charts``) at print quality;
pictures are the re-encoded ones stored in the plan. Images reach the document through
``add_image`` (bytes → the XML of a paragraph holding the picture), which the export gives; without
it (e.g. a template check), only captions and tables are written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from zonalplan.evidence.figures import Series, all_series, breakdown, rates_per_1000
from zonalplan.export.richxml import (
    Column,
    RawXml,
    StyleMap,
    note_xml,
    paragraph,
    table_xml,
    text_run,
)
from zonalplan.i18n import _, current
from zonalplan.i18n.formats import number, short_date
from zonalplan.model.evidence import ChapterFigure, FigureKind
from zonalplan.model.plan import Plan

ImageMaker = Callable[[bytes], str]
"""PNG or JPEG bytes → a ``w:p`` holding the picture at the text width."""
Inserts = dict[str, list[tuple[int, str]]]
"""Chapter key → (after paragraph n, XML) to insert into that chapter's text."""
TEXT_WIDTH = 9000  # twentieths of a point: the body width of the templates (about 15,9 cm)


def caption_xml(index: int, text: str, styles: StyleMap) -> str:
    """Return the caption paragraph « Figure n – text » in the « Mention » style."""
    runs = text_run(_("Figure {n}").format(n=index) + " – ", bold=True) + text_run(text)
    return paragraph(runs, styles.get("note"), keep_next=False)


def _source(series: list[Series], plan: Plan) -> str:
    """Return « source (files, imported on date) » for the data sets behind ``series``."""
    names = {name for s in series for name in s.datasets}
    by_source: dict[str, tuple[list[str], list[str]]] = {}
    for data in plan.datasets:
        if data.name in names:
            source = data.provenance.source or data.provenance.file_name
            files, dates = by_source.setdefault(source, ([], []))
            files.append(data.provenance.file_name)
            dates.append(short_date(data.provenance.imported))
    return "; ".join(
        _("{source} ({files}, importé le {date})").format(
            source=source, files=", ".join(files), date=", ".join(dict.fromkeys(dates)))
        for source, (files, dates) in by_source.items())


def _fixed(value: float | None, decimals: int) -> str:
    """Return a table number with a fixed count of decimals (« 5,0 » beside « 4,8 »)."""
    text = number(round(value, decimals) if value is not None else None, decimals)
    if decimals and value is not None and "," not in text:
        text += "," + "0" * decimals
    return text


def _series_table(series: list[Series], plan: Plan, styles: StyleMap) -> RawXml:
    names = {c.nis_code or c.name: c.name for c in plan.zone.communes}
    years = sorted({y for s in series for y in s.zone})[-8:]
    first = max(2600, TEXT_WIDTH - 900 * len(years) * len(series))
    width = (TEXT_WIDTH - first) // max(1, len(years) * len(series))
    columns = [Column(_("Commune"), first)]
    for _one in series:
        columns += [Column(str(y), width, align="right") for y in years]
    decimals = 1 if any(s.key.endswith("/1000") for s in series) else 0  # rates: « 4,8 »
    rows = []
    communes = sorted({c for s in series for c in s.by_commune}, key=lambda c: names.get(c, c))
    for code in communes:
        label = names.get(code, _("Zone") if code == "ZONE" else code)
        rows.append([label] + [_fixed(s.by_commune.get(code, {}).get(y), decimals)
                               for s in series for y in years])
    if "ZONE" not in communes:
        rows.append([_("Total de la zone")] + [_fixed(s.zone.get(y), decimals)
                                                for s in series for y in years])
    return table_xml(columns, rows, styles)


def _chart_png(figure: ChapterFigure, series: list[Series], plan: Plan, source: str) -> bytes:
    from zonalplan.evidence.charts import Chart, ChartKind, render_png

    decimal_comma = current() in ("fr", "nl", "de")
    if figure.chart == "breakdown" and figure.dataset and figure.breakdown:
        data = next(d for d in plan.datasets if d.name == figure.dataset)
        bars = tuple(breakdown(data, figure.breakdown, language=current()))
        return render_png(Chart(ChartKind.BREAKDOWN, "", "", bars=bars,
                                unit=series[0].unit if series else "",
                                decimal_comma=decimal_comma))
    kind = ChartKind.COMMUNES if figure.chart == "communes" else ChartKind.TREND
    names = {c.nis_code or c.name: c.name for c in plan.zone.communes}
    return render_png(Chart(kind, "", "", tuple(series), commune_names=names,
                            decimal_comma=decimal_comma))


def chapter_inserts(plan: Plan, styles: StyleMap, add_image: ImageMaker | None) -> Inserts:
    """Return the XML of every figure, by chapter and position (see module docstring)."""
    if not plan.figures:
        return {}
    found = all_series(plan.datasets)
    population = found.get("population:population")
    pictures = {p.id: p for p in plan.pictures}
    inserts: Inserts = defaultdict(list)
    for index, figure in enumerate(plan.figures, start=1):
        xml = _figure_xml(figure, index, plan, styles, add_image, found, population, pictures)
        if xml:
            inserts[figure.chapter].append((figure.after_paragraph, xml))
    return dict(inserts)


def _figure_xml(figure: ChapterFigure, index: int, plan: Plan, styles: StyleMap,
                add_image: ImageMaker | None, found: dict[str, Series],
                population: Series | None, pictures: dict) -> str:
    if figure.kind is FigureKind.PICTURE:
        picture = pictures.get(figure.picture_id)
        if picture is None:
            return ""
        body = add_image(picture.data) if add_image else ""
        caption = figure.caption or picture.caption
        source = picture.source
        return body + caption_xml(index, caption, styles) + (
            note_xml(_("Source : {source}").format(source=source), styles).__html__()
            if source else "")
    series = [found[key] for key in figure.series if key in found]
    if figure.per_1000 and population is not None:
        series = [rates_per_1000(s, population) for s in series]
    if not series and not (figure.breakdown and figure.dataset):
        return ""
    source = _source(series, plan) if series else ""
    if figure.breakdown and figure.dataset and not series:
        data = next((d for d in plan.datasets if d.name == figure.dataset), None)
        if data is None:
            return ""
        source = _("{source} ({file})").format(source=data.provenance.source,
                                               file=data.provenance.file_name)
    if figure.kind is FigureKind.TABLE:
        body = _series_table(series, plan, styles).__html__()
    else:
        body = add_image(_chart_png(figure, series, plan, source)) if add_image else ""
    notes = "".join(note_xml(n, styles).__html__()
                    for n in dict.fromkeys(n for s in series for n in s.notes))
    return (body + caption_xml(index, figure.caption, styles)
            + note_xml(_("Source : {source}").format(source=source), styles).__html__() + notes)


def matrix_xml(plan: Plan, styles: StyleMap) -> str:
    """Return the argument matrix as a table with its rule, or '' when the plan has none."""
    matrix = plan.argument_matrix
    if not matrix.rows:
        return ""
    from zonalplan.evidence.matrix import results
    from zonalplan.model.matrix import Criterion, Proposal

    heads = {Criterion.FIGURES: _("Chiffres"), Criterion.SURVEY: _("Enquête"),
             Criterion.EXPECTATIONS: _("Attentes"), Criterion.NATIONAL: _("PNS / NCSI"),
             Criterion.FEASIBILITY: _("Faisabilité")}
    decisions = {Proposal.PRIORITY: _("priorité"), Proposal.ATTENTION_POINT: _("point d'attention"),
                 Proposal.REGULAR: _("fonctionnement régulier"),
                 Proposal.NOT_RETAINED: _("non retenu")}
    columns = [Column(_("Phénomène"), 2050)]
    columns += [Column(heads[c], 1010, align="center", head_size=14) for c in Criterion]
    columns += [Column(_("Score"), 820, align="right", head_size=14),
                Column(_("Décision"), 1080, head_size=14)]
    rows = []
    for result in results(matrix):
        row = result.row
        rows.append([row.phenomenon]
                    + [str(row.cells[c].score) if c in row.cells else "0" for c in Criterion]
                    + [f"{number(result.share * 100, 0)} %", decisions[result.decided]])
    rule = _("Scores de 0 (aucun argument) à 3 (argument fort) ; score pondéré rapporté au "
             "maximum possible. À partir de 70 % : priorité ; de 50 % : point d'attention ; de "
             "30 % : fonctionnement régulier ; en dessous : non retenu. La décision est celle "
             "confirmée par le conseil zonal de sécurité.")
    return table_xml(columns, rows, styles).__html__() + note_xml(rule, styles).__html__()
