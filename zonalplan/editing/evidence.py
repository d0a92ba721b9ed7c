"""Edits of the plan's evidence: data sets, chapter figures, the argument matrix, baselines.

Each function builds an undoable command from :mod:`zonalplan.commands` (or raises
:class:`PlanError` in French); the desktop editors and scripts run them, so an import, a figure or
a matrix score is one undo step. ``series_table`` and ``series_chart`` give what an editor shows of
a series (the figures of :mod:`zonalplan.evidence.figures`, never recomputed elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass

from zonalplan.commands import Command, InsertElement, Macro, MoveElement, RemoveElement, SetValue
from zonalplan.evidence.communes import ZONE
from zonalplan.evidence.figures import Series, all_series, rates_per_1000
from zonalplan.i18n import _
from zonalplan.model import Plan, PlanError
from zonalplan.model.evidence import ChapterFigure, DataKind, Dataset, PlanPicture
from zonalplan.model.matrix import Cell, Criterion, Proposal

POPULATION_KEY = "population:population"


def plan_communes(plan: Plan) -> list[tuple[str, str | None]]:
    """Return the (name, INS code) pairs an import keeps the rows of."""
    return [(c.name, c.nis_code) for c in plan.zone.communes]


def add_dataset_command(plan: Plan, dataset: Dataset) -> Command:
    """Return the command adding ``dataset`` (replacing a data set of the same name)."""
    kept = [d for d in plan.datasets if d.name != dataset.name]
    return SetValue(("datasets",), [*kept, dataset], text=_("Importer « {name} »").format(
        name=dataset.name))


def remove_dataset_command(plan: Plan, name: str) -> Command:
    """Return the command removing the data set called ``name``."""
    if not any(d.name == name for d in plan.datasets):
        raise PlanError(_("Aucun jeu de données « {name} » dans le plan.").format(name=name))
    return SetValue(("datasets",), [d for d in plan.datasets if d.name != name],
                    text=_("Retirer « {name} »").format(name=name))


def has_population(plan: Plan) -> bool:
    """Return True when the plan holds population data (rates per 1 000 are possible)."""
    return any(d.kind is DataKind.POPULATION for d in plan.datasets)


def dataset_series(plan: Plan, name: str, *, per_1000: bool = False) -> list[Series]:
    """Return the series of one data set, years of same-kind files joined, maybe per 1 000."""
    merged = all_series(plan.datasets)
    found = [s for s in merged.values() if name in s.datasets]
    population = merged.get(POPULATION_KEY)
    if per_1000 and population is not None:
        found = [rates_per_1000(s, population) if s.key != POPULATION_KEY else s for s in found]
    return found


@dataclass(frozen=True)
class SeriesTable:
    """A series as a table: the years, one row per commune, then the zone's total."""

    years: list[int]
    rows: list[tuple[str, list[float | None]]]
    total: list[float | None]
    change: float | None


def series_table(plan: Plan, series: Series) -> SeriesTable:
    """Return ``series`` per commune (by the plan's names) and year, with the zone total."""
    names = {c.nis_code: c.name for c in plan.zone.communes if c.nis_code}
    years = sorted({y for values in series.by_commune.values() for y in values} | set(series.zone))
    rows = [(names.get(code, code), [values.get(y) for y in years])
            for code, values in sorted(series.by_commune.items(),
                                       key=lambda item: names.get(item[0], item[0]))
            if code != ZONE]
    return SeriesTable(years, rows, [series.zone.get(y) for y in years], series.change())


def series_chart(plan: Plan, series: Series):
    """Return the trend chart of one series (``zonalplan.evidence.charts.Chart``)."""
    from zonalplan.evidence.charts import Chart, ChartKind

    return Chart(ChartKind.TREND, series.label, ", ".join(series.datasets), (series,),
                 commune_names={c.nis_code: c.name for c in plan.zone.communes if c.nis_code},
                 unit=series.unit)


# -- figures in text chapters -------------------------------------------------------------------

def chapter_figures(plan: Plan, chapter: str) -> list[ChapterFigure]:
    """Return a chapter's figures in reading order (after paragraph N, then as listed)."""
    found = [f for f in plan.figures if f.chapter == chapter]
    return sorted(found, key=lambda f: f.after_paragraph)


def insert_figure_command(figure: ChapterFigure, picture: PlanPicture | None = None) -> Command:
    """Return the command adding a figure (and the picture it shows) as one undo step."""
    commands: list[Command] = []
    if picture is not None:
        commands.append(InsertElement(("pictures",), picture))
    commands.append(InsertElement(("figures",), figure))
    return Macro(commands, text=_("Insérer une figure"))


def remove_figure_command(plan: Plan, figure_id: str) -> Command:
    """Return the command removing a figure (and its picture when nothing else shows it)."""
    figure = next((f for f in plan.figures if f.id == figure_id), None)
    if figure is None:
        raise PlanError(_("Cette figure n'est plus dans le plan."))
    commands: list[Command] = [RemoveElement(("figures",), figure_id)]
    if figure.picture_id and not any(f.picture_id == figure.picture_id for f in plan.figures
                                     if f.id != figure_id):
        if any(p.id == figure.picture_id for p in plan.pictures):
            commands.append(RemoveElement(("pictures",), figure.picture_id))
    return Macro(commands, text=_("Retirer une figure"))


def move_figure_command(plan: Plan, figure_id: str, step: int) -> Command:
    """Return the command moving a figure one place up (-1) or down (+1) in its chapter.

    The figure takes its neighbour's paragraph and goes just past it in the plan's list (the
    order of figures placed after the same paragraph).
    """
    figure = next((f for f in plan.figures if f.id == figure_id), None)
    if figure is None:
        raise PlanError(_("Cette figure n'est plus dans le plan."))
    order = chapter_figures(plan, figure.chapter)
    position = order.index(figure) + step
    if not 0 <= position < len(order):
        raise PlanError(_("La figure est déjà à cette extrémité du chapitre."))
    other = order[position]
    rest = [f.id for f in plan.figures if f.id != figure_id]
    target = rest.index(other.id) + (1 if step > 0 else 0)
    commands: list[Command] = []
    if other.after_paragraph != figure.after_paragraph:
        commands.append(SetValue(("figures", figure_id, "after_paragraph"),
                                 other.after_paragraph))
    commands.append(MoveElement(("figures",), figure_id, target))
    return Macro(commands, text=_("Déplacer une figure"))


# -- argument matrix ----------------------------------------------------------------------------

def _row(plan: Plan, row_id: str):
    row = next((r for r in plan.argument_matrix.rows if r.id == row_id), None)
    if row is None:
        raise PlanError(_("Ce phénomène n'est plus dans la matrice."))
    return row


def matrix_cell_command(plan: Plan, row_id: str, criterion: Criterion, *,
                        score: int | None = None, note: str | None = None) -> Command:
    """Return the command setting a cell's score (0-3) and/or note."""
    row = _row(plan, row_id)
    cells = {c: cell.model_copy() for c, cell in row.cells.items()}
    cell = cells.get(criterion, Cell())
    try:
        cells[criterion] = Cell(score=cell.score if score is None else score,
                                note=cell.note if note is None else note)
    except ValueError:
        raise PlanError(_("Le score d'une cellule va de 0 à 3 ; la note compte au plus "
                          "1 000 caractères.")) from None
    return SetValue(("argument_matrix", "rows", row_id, "cells"), cells,
                    text=_("Matrice : {phenomenon}").format(phenomenon=row.phenomenon))


def matrix_weight_command(plan: Plan, criterion: Criterion, weight: int) -> Command:
    """Return the command setting the weight (0-5) of a source of evidence."""
    if not 0 <= weight <= 5:
        raise PlanError(_("Une pondération va de 0 à 5."))
    weights = {**plan.argument_matrix.weights, criterion: weight}
    return SetValue(("argument_matrix", "weights"), weights, text=_("Pondération de la matrice"))


def matrix_decision_command(plan: Plan, row_id: str, decision: Proposal | None) -> Command:
    """Return the command confirming (or clearing) the decision of a row."""
    row = _row(plan, row_id)
    return SetValue(("argument_matrix", "rows", row_id, "decision"), decision,
                    text=_("Décision : {phenomenon}").format(phenomenon=row.phenomenon))


def report_decisions_command(plan: Plan) -> Command:
    """Return the command setting the PNS decisions from the matrix's confirmed, linked rows."""
    from zonalplan.evidence.matrix import decisions_from_matrix

    if not any(r.ref_id and r.decision for r in plan.argument_matrix.rows):
        raise PlanError(_("Aucun phénomène de la matrice n'a à la fois un thème national et une "
                          "décision confirmée : rien à reporter."))
    decisions = decisions_from_matrix(plan.argument_matrix, plan.decisions)
    return SetValue(("decisions",), decisions, text=_("Reporter la matrice sur les "
                                                                   "décisions PNS"))


def non_retained_command(plan: Plan) -> Command:
    """Return the command writing the « phénomènes non retenus » text from the matrix."""
    from zonalplan.evidence.matrix import non_retained_text

    text = non_retained_text(plan.argument_matrix)
    if not text:
        raise PlanError(_("Aucun phénomène de la matrice n'est « non retenu » : rien à "
                          "rédiger."))
    return SetValue(("sections", "non_retained"), text,
                    text=_("Rédiger la motivation des phénomènes non retenus"))


# -- indicator baselines ------------------------------------------------------------------------

def baseline_command(plan: Plan, objective_id: str, indicator_id: str, series: Series,
                     year: int) -> Command:
    """Return the command filling an indicator's baseline from ``series`` in ``year``."""
    from zonalplan.evidence.baselines import baseline_from

    objective = next((o for o in plan.objectives if o.id == objective_id), None)
    indicator = next((i for i in objective.indicators if i.id == indicator_id),
                     None) if objective else None
    if indicator is None:
        raise PlanError(_("Cet indicateur n'est plus dans le plan."))
    fields = baseline_from(indicator, series, year)
    path = ("objectives", objective_id, "indicators", indicator_id)
    return Macro([SetValue((*path, name), value) for name, value in fields.items()],
                 text=_("Valeur de départ de « {name} »").format(name=indicator.name))


@dataclass(frozen=True)
class Probe:
    """What the import dialog shows of a file before importing it."""

    file_name: str
    header: list[str]
    first_rows: list[list[str]]
    kind: DataKind | None  # None: not an official format, the columns must be mapped


def probe_file(path, rows: int = 5) -> Probe:
    """Read a data file's header and first rows and recognise its kind (DataImportError)."""
    from zonalplan.evidence.importing import detect_kind
    from zonalplan.evidence.reading import DataImportError, read_table

    table = read_table(path)
    try:
        kind: DataKind | None = detect_kind(table)
    except DataImportError:
        kind = None
    return Probe(table.file_name, list(table.header), [cells for _line, cells in table.rows[:rows]],
                 kind)


BREAKDOWNS = ("hour", "weekday", "road_type", "light_condition", "collision_type",
              "built_up_area", "commune")


def paragraph_count(plan: Plan, fields: tuple[str, ...]) -> int:
    """Return how many paragraphs (non-empty lines) the chapter's texts hold."""
    return sum(1 for name in fields for line in getattr(plan.sections, name, "").splitlines()
               if line.strip())


def breakdown_options(plan: Plan) -> list[tuple[str, str]]:
    """Return the (data set, column) pairs a breakdown chart can use (accidents data)."""
    return [(d.name, column) for d in plan.datasets if d.kind is DataKind.ACCIDENTS
            for column in BREAKDOWNS if column in d.columns]


def picture_for_plan(path, caption: str = "") -> PlanPicture:
    """Check the picture at ``path`` (core checks: format, size, bombs) and return it to store."""
    from pydantic import ValidationError

    from zonalplan.evidence.images import read_picture
    from zonalplan.model import validation_message

    picture = read_picture(path)
    try:
        return PlanPicture(file_name=picture.file_name or "image", format=picture.format,
                           width=picture.width, height=picture.height, sha256=picture.sha256,
                           data=picture.data, caption=caption)
    except ValidationError as exc:
        raise PlanError(f"{picture.file_name} : {validation_message(PlanPicture, exc)}") from None


def caption_command(plan: Plan, figure_id: str, caption: str) -> Command:
    """Return the command changing a figure's caption."""
    if not any(f.id == figure_id for f in plan.figures):
        raise PlanError(_("Cette figure n'est plus dans le plan."))
    return SetValue(("figures", figure_id, "caption"), caption.strip(),
                    text=_("Modifier la légende"))


def parse_code_map(text: str) -> dict[str, str]:
    """Return the INS code correspondences « ANCIEN=NOUVEAU » typed by the user (commas, spaces
    or lines between pairs) for communes merged on 1 January 2025; PlanError when one is odd."""
    import re

    mapping: dict[str, str] = {}
    for pair in (p for p in re.split(r"[\s,;]+", text) if p):
        old, sep, new = pair.partition("=")
        if not sep or not re.fullmatch(r"\d{5}", old) or not re.fullmatch(r"\d{5}", new):
            raise PlanError(_("« {pair} » : écrivez ANCIEN=NOUVEAU avec deux codes INS de cinq "
                              "chiffres (ex. 57081=57097).").format(pair=pair))
        mapping[old] = new
    return mapping
