"""Figures from imported data: totals per commune and year, rates per 1 000 inhabitants, change.

Pure functions over :class:`Dataset`; nothing here reads files or draws. A *series* is one
measurable quantity per year for the zone (and per commune), the unit an indicator baseline, a
table or a chart is made of. Crime categories overlap, so series never add categories together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from zonalplan.evidence.communes import ZONE
from zonalplan.i18n import N_, Translated, _
from zonalplan.model.evidence import Cell, DataKind, Dataset

ACCIDENT_SERIES = Translated({
    "accidents": N_("accidents avec lésions corporelles"),
    "dead_30_days": N_("accidents avec tués (30 jours)"),
    "seriously_injured": N_("accidents avec blessés graves"),
    "slightly_injured": N_("accidents avec blessés légers"),
})


@dataclass(frozen=True)
class Series:
    """One quantity per year: for each commune (INS code, or ZONE) and for the whole zone."""

    key: str  # « accidents:accidents », « crime:Vols qualifiés dans une habitation »: stable
    datasets: tuple[str, ...]  # the data sets the values come from
    label: str
    unit: str
    by_commune: dict[str, dict[int, float]]
    zone: dict[int, float]
    notes: tuple[str, ...] = field(default=())

    @property
    def years(self) -> list[int]:
        """Return the years with a value for the zone, in order."""
        return sorted(self.zone)

    def change(self) -> float | None:
        """Return the relative change (first to last year) of the zone's value, or None."""
        years = self.years
        if len(years) < 2 or not self.zone[years[0]]:
            return None
        return (self.zone[years[-1]] - self.zone[years[0]]) / self.zone[years[0]]


def _add(table: dict[str, dict[int, float]], commune: Cell, year: Cell, value: float) -> None:
    if isinstance(year, int) and isinstance(commune, str):
        table[commune][year] = table[commune].get(year, 0.0) + value


def _zone_totals(by_commune: dict[str, dict[int, float]]) -> dict[int, float]:
    if ZONE in by_commune:  # zone-level rows are the zone's figure (never added to communes)
        return dict(by_commune[ZONE])
    zone: dict[int, float] = defaultdict(float)
    for years in by_commune.values():
        for year, value in years.items():
            zone[year] += value
    return dict(zone)


def series_of(dataset: Dataset) -> list[Series]:
    """Return every series a data set offers (see module docstring)."""
    notes = tuple(dataset.provenance.notes)
    if dataset.kind is DataKind.ACCIDENTS:
        return [_sum_series(dataset, column, label, _("accidents"), notes)
                for column, label in ACCIDENT_SERIES.items() if column in dataset.columns]
    if dataset.kind is DataKind.POPULATION:
        return [_sum_series(dataset, "population", _("population"), _("habitants"), notes)]
    if dataset.kind is DataKind.CRIME:
        return _grouped_series(dataset, "category", "count", _("faits"), notes)
    if dataset.kind is DataKind.TABLE:
        return _grouped_series(dataset, "series", "value", "", notes)
    return _survey_series(dataset, notes)


def _sum_series(dataset: Dataset, column: str, label: str, unit: str,
                notes: tuple[str, ...]) -> Series:
    year, commune, value = (dataset.column(c) for c in ("year", "commune", column))
    table: dict[str, dict[int, float]] = defaultdict(dict)
    for row in dataset.rows:
        number = row[value]
        if isinstance(number, int | float):
            _add(table, row[commune], row[year], float(number))
    return Series(f"{dataset.kind.value}:{column}", (dataset.name,), label, unit, dict(table),
                  _zone_totals(table), notes)


def _grouped_series(dataset: Dataset, group: str, column: str, unit: str,
                    notes: tuple[str, ...]) -> list[Series]:
    year, commune, key, value = (dataset.column(c) for c in ("year", "commune", group, column))
    groups: dict[str, dict[str, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for row in dataset.rows:
        number = row[value]
        if isinstance(number, int | float) and isinstance(row[key], str):
            _add(groups[row[key]], row[commune], row[year], float(number))  # type: ignore[index]
    return [Series(f"{dataset.kind.value}:{name}", (dataset.name,), name, unit, dict(table),
                   _zone_totals(table), notes) for name, table in groups.items()]


def _survey_series(dataset: Dataset, notes: tuple[str, ...]) -> list[Series]:
    year, commune, question, answer, share = (dataset.column(c) for c in (
        "year", "commune", "question", "answer", "share"))
    result: dict[str, dict[str, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for row in dataset.rows:
        if isinstance(row[share], int | float):
            label = f"{row[question]} : {row[answer]}"
            result[label][str(row[commune])][int(row[year] or 0)] = float(row[share])  # type: ignore[arg-type]
    return [Series(f"{dataset.kind.value}:{label}", (dataset.name,), label, "%", dict(table),
                   dict(table.get(ZONE) or next(iter(table.values()))), notes)
            for label, table in result.items()]


def _nearest(years: dict[int, float], year: int) -> float | None:
    if year in years:
        return years[year] or None
    if not years:
        return None
    closest = min(years, key=lambda y: (abs(y - year), -y))
    return years[closest] or None


def rates_per_1000(series: Series, population: Series) -> Series:
    """Return ``series`` per 1 000 inhabitants.

    Each year uses that year's population, or the nearest year imported (a note says so): the
    population at 1 January 2025 serves for the facts of 2021-2024 when it is the only one.
    """
    by_commune: dict[str, dict[int, float]] = {}
    for commune, years in series.by_commune.items():
        people = population.by_commune.get(commune, {})
        rates = {y: v * 1000 / n for y, v in years.items() if (n := _nearest(people, y))}
        if rates:
            by_commune[commune] = rates
    zone = {y: v * 1000 / n for y, v in series.zone.items()
            if (n := _nearest(population.zone, y))}
    missing = sorted(set(zone) - set(population.zone))
    notes = series.notes
    if missing:
        notes += (_("Taux calculés avec la population de l'année disponible la plus proche pour "
                    "{years}.").format(years=", ".join(map(str, missing))),)
    return Series(f"{series.key}/1000", series.datasets,
                  _("{label} pour 1 000 habitants").format(label=series.label),
                  _("pour 1 000 hab."), by_commune, zone, notes)


WEEKDAYS = {"fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
            "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")}
UNKNOWN = {"fr": "inconnu", "nl": "onbekend", "de": "unbekannt"}


def breakdown(dataset: Dataset, column: str, measure: str = "accidents",
              language: str = "fr") -> list[tuple[str, float]]:
    """Return the total of ``measure`` per value of ``column`` (e.g. accidents per hour).

    Hours (0 h to 23 h) and weekdays (Monday to Sunday) are all listed, with 0 where nothing
    happened, so that charts of different years compare; other columns list the codes present.
    """
    by, value = dataset.column(column), dataset.column(measure)
    totals: dict[Cell, float] = defaultdict(float)
    for row in dataset.rows:
        number = row[value]
        if isinstance(number, int | float):
            totals[row[by]] += float(number)
    if column == "hour":
        return [(f"{h} h", totals.get(h, 0.0)) for h in range(24)] + (
            [(UNKNOWN.get(language, "?"), totals[None])] if totals.get(None) else [])
    if column == "weekday":
        names = WEEKDAYS.get(language, WEEKDAYS["fr"])
        return [(names[d - 1], totals.get(d, 0.0)) for d in range(1, 8)]
    ordered = sorted(totals.items(), key=lambda item: (item[0] is None, str(item[0]).zfill(4)))
    return [(dataset.label(column, key, language) if key is not None
             else UNKNOWN.get(language, "?"), total) for key, total in ordered]


def all_series(datasets: Iterable[Dataset]) -> dict[str, Series]:
    """Return every series of the plan's data sets by key, years of several files joined.

    Several files of one kind (accidents 2021, 2022, 2023) make one series; where two files give
    the same year, the one imported later wins.
    """
    merged: dict[str, Series] = {}
    for dataset in sorted(datasets, key=lambda d: d.provenance.imported):
        for series in series_of(dataset):
            old = merged.get(series.key)
            if old is None:
                merged[series.key] = series
                continue
            by_commune = {c: dict(y) for c, y in old.by_commune.items()}
            for commune, years in series.by_commune.items():
                by_commune.setdefault(commune, {}).update(years)
            merged[series.key] = Series(
                series.key, old.datasets + series.datasets, series.label, series.unit, by_commune,
                {**old.zone, **series.zone}, tuple(dict.fromkeys(old.notes + series.notes)))
    return merged
