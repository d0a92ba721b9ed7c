"""Statbel open data: road accidents (``TF_ACCIDENTS_YYYY``) and population (``TF_SOC_POP_STRUCT``).

Both are pipe-delimited UTF-8 text with a byte-order mark (or the same table as .xlsx). Only the
rows of the plan's communes are kept; a national accidents year (about 35 000 rows) leaves a few
hundred.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from zonalplan.evidence.communes import CommuneMatcher
from zonalplan.evidence.reading import DataImportError, RawTable, parse_count
from zonalplan.i18n import _
from zonalplan.model.evidence import Cell

ACCIDENT_MEASURES = {
    "MS_ACCT": "accidents",
    "MS_ACCT_WITH_DEAD": "dead",
    "MS_ACCT_WITH_DEAD_30_DAYS": "dead_30_days",
    "MS_ACCT_WITH_MORY_INJ": "mortally_injured",
    "MS_ACCT_WITH_SERLY_INJ": "seriously_injured",
    "MS_ACCT_WITH_SLY_INJ": "slightly_injured",
}
ACCIDENT_CODES = {
    "CD_BUILD_UP_AREA": "built_up_area",
    "CD_COLL_TYPE": "collision_type",
    "CD_LIGHT_COND": "light_condition",
    "CD_ROAD_TYPE": "road_type",
}
ACCIDENT_COLUMNS = ["date", "year", "month", "weekday", "hour", "commune",
                    *ACCIDENT_CODES.values(), *ACCIDENT_MEASURES.values()]

Parsed = tuple[list[str], list[list[Cell]], dict[str, dict[str, str]], int, list[str]]
"""columns, rows, labels, rows read, notes."""


def _date(text: str, where: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%Y%m%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text[:10], pattern).date()
        except ValueError:
            continue
    raise DataImportError(_("{where} : « {text} » n'est pas une date (AAAA-MM-JJ).").format(
        where=where, text=text[:20]))


def _label_columns(table: RawTable, code_column: str) -> dict[str, int | None]:
    stem = code_column.removeprefix("CD_")
    return {language: table.index(f"TX_{stem}_DESCR_{language.upper()}")
            for language in ("fr", "nl")}


def parse_accidents(table: RawTable, communes: CommuneMatcher) -> Parsed:
    """Keep the plan's rows of a Statbel accidents file, with codes, labels and counts."""
    day = table.column("DT_DAY")
    hour = table.index("DT_HOUR")
    commune = table.column("CD_MUNTY_REFNIS")
    commune_names = [i for i in (table.index("TX_MUNTY_DESCR_FR"),
                                 table.index("TX_MUNTY_DESCR_NL")) if i is not None]
    table.column("MS_ACCT")  # the one count every accidents file has
    measures = {at: (name, out) for name, out in ACCIDENT_MEASURES.items()
                if (at := table.index(name)) is not None}
    codes = {at: (name, out) for name, out in ACCIDENT_CODES.items()
             if (at := table.index(name)) is not None}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    label_at = {out: _label_columns(table, name) for _, (name, out) in codes.items()}
    rows: list[list[Cell]] = []
    seen: set[str] = set()
    for line, cells in table.rows:
        code = cells[commune].strip()
        seen.add(code)
        kept = communes.match(code, *(cells[i] for i in commune_names))
        if kept is None:
            continue
        cells = [cell.strip() for cell in cells]
        date = _date(cells[day], table.where(line, "DT_DAY"))
        hour_value: int | None = None
        if hour is not None and cells[hour].strip().isdigit() and int(cells[hour]) < 24:
            hour_value = int(cells[hour])
        coded: dict[str, Cell] = {}
        for position, (_code, out) in codes.items():
            value = cells[position] or None
            coded[out] = value
            for language, at in label_at[out].items():
                if value is not None and at is not None and cells[at]:
                    key = out if language == "fr" else f"{out}@{language}"
                    labels[key].setdefault(value, cells[at])
        counted = {out: parse_count(cells[position], table.where(line, name))
                   for position, (name, out) in measures.items()}
        for name_index in commune_names:
            labels["commune"].setdefault(kept, cells[name_index])
            break
        rows.append([date.isoformat(), date.year, date.month, date.isoweekday(), hour_value, kept,
                     *(coded.get(out) for out in ACCIDENT_CODES.values()),
                     *(counted.get(out, 0) for out in ACCIDENT_MEASURES.values())])
    if not rows:
        raise communes.none_kept(table.file_name, seen)
    return ACCIDENT_COLUMNS, rows, dict(labels), len(table.rows), []


def parse_population(table: RawTable, communes: CommuneMatcher, year: int | None) -> Parsed:
    """Sum a Statbel population-structure file per commune (the plan's communes only).

    The commune column is ``CD_REFNIS`` in recent years and ``CD_MUNTY_REFNIS`` in older ones;
    the year comes from a ``DT_REFDATE``/year column, the file name (``…_2024``) or ``year``.
    """
    commune = table.column("CD_REFNIS", "CD_MUNTY_REFNIS")
    value = table.column("MS_POPULATION")
    names = [i for i in (table.index("TX_DESCR_FR", "TX_MUNTY_DESCR_FR"),
                         table.index("TX_DESCR_NL", "TX_MUNTY_DESCR_NL"))
             if i is not None]
    year_column = table.index("DT_REFDATE", "CD_YEAR", "YEAR")
    file_year = re.search(r"(19|20)\d{2}", table.file_name)
    default_year = year or (int(file_year.group(0)) if file_year else None)
    if default_year is None and year_column is None:
        raise DataImportError(_("{file} : année inconnue (ni colonne d'année ni année dans le "
                                "nom du fichier) : indiquez l'année.").format(
            file=table.file_name))
    totals: dict[tuple[int, str], int] = defaultdict(int)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    seen: set[str] = set()
    for line, cells in table.rows:
        code = cells[commune].strip()
        seen.add(code)
        kept = communes.match(code, *(cells[i] for i in names))
        if kept is None:
            continue
        cells = [cell.strip() for cell in cells]
        row_year = default_year
        if year_column is not None and cells[year_column]:
            row_year = _date(cells[year_column], table.where(line, table.header[year_column])).year \
                if not cells[year_column].isdigit() else int(cells[year_column])
        assert row_year is not None
        totals[(row_year, kept)] += parse_count(cells[value], table.where(line, "MS_POPULATION"))
        if names and code == kept:
            labels["commune"].setdefault(kept, cells[names[0]])
    if not totals:
        raise communes.none_kept(table.file_name, seen)
    rows: list[list[Cell]] = [[y, c, n] for (y, c), n in sorted(totals.items())]
    notes = []
    merged = {communes.code_map[c] for c in seen if c in communes.code_map}
    if merged:
        notes.append(_("Ancienne géographie (avant les fusions de 2025) : population additionnée "
                       "pour {count} commune(s) du plan.").format(count=len(merged)))
    return ["year", "commune", "population"], rows, dict(labels), len(table.rows), notes

