"""Police crime statistics, population survey results and any other table (mapped columns).

Headers are recognised in French, Dutch and German (« Catégorie » / « Criminele figuur » /
« Kategorie », « Commune » / « Gemeente » / « Gemeinde », « Année » / « Jaar » / « Jahr »…). Crime tables come long (a year column and a value column) or
wide (one column per year or month, as the federal police publishes them).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from zonalplan.evidence.communes import ZONE, CommuneMatcher, fold
from zonalplan.evidence.reading import DataImportError, RawTable, parse_count, parse_number
from zonalplan.evidence.statbel import Parsed
from zonalplan.i18n import _
from zonalplan.model.evidence import Cell

CATEGORY = ("categorie", "criminelefiguur", "criminelefiguren", "phenomene", "phenomenes",
            "figurecriminelle", "fait", "feit", "misdrijf", "infraction", "category", "delit",
            "kategorie", "deliktart", "phanomen")
PLACE = ("commune", "gemeente", "lieu", "plaats", "zone", "politiezone", "zonedepolice",
         "cdrefnis", "codeins", "nis", "nis5", "refnis", "gemeinde")
YEAR = ("annee", "jaar", "year", "an", "jahr")
MONTH = ("mois", "maand", "month", "monat")
VALUE = ("nombre", "aantal", "valeur", "waarde", "faits", "feiten", "value", "count", "total",
         "totaal", "anzahl", "taten")
QUESTION = ("question", "vraag", "item", "frage")
ANSWER = ("reponse", "antwoord", "answer", "modalite", "antwort")
SHARE = ("part", "pourcentage", "aandeel", "percentage", "share", "pct", "%", "anteil")
RESPONDENTS = ("repondants", "respondenten", "n", "effectif", "respondents", "aantalrespondenten",
               "nombrederepondants", "befragte")
SMALL_SAMPLE = 200
"""Below this many respondents a share is reported with a warning (margin of error above ±7 %)."""

_PERIOD = re.compile(r"^((?:19|20)\d{2})(?:[-/.](\d{1,2}))?$")


def _find(table: RawTable, names: tuple[str, ...]) -> int | None:
    folded = [fold(h) for h in table.header]
    for name in names:
        if name in folded:
            return folded.index(name)
    return None


def _require(table: RawTable, names: tuple[str, ...], label: str) -> int:
    found = _find(table, names)
    if found is None:
        raise DataImportError(_("{file} : colonne « {column} » introuvable (colonnes : "
                                "{found}).").format(file=table.file_name, column=label,
                                                    found=", ".join(table.header[:12])))
    return found


def _place(table: RawTable, communes: CommuneMatcher, cells: list[str], at: int | None
           ) -> str | None:
    if at is None:
        return ZONE
    value = cells[at].strip()
    return communes.match(value if value.isdigit() else "", value)


def parse_crime(table: RawTable, communes: CommuneMatcher, *, partial_last_year: bool = False
                ) -> Parsed:
    """Read a crime-statistics table into (year, month, commune, category, count) rows."""
    category = _require(table, CATEGORY, "catégorie / criminele figuur")
    place = _find(table, PLACE)
    year = _find(table, YEAR)
    periods = {i: _PERIOD.match(h.strip()) for i, h in enumerate(table.header)}
    wide = {i: m for i, m in periods.items() if m and i not in (category, place)}
    if year is None and not wide:
        raise DataImportError(_("{file} : ni colonne « Année / Jaar » ni colonnes par année "
                                "(2022, 2023…) : ce n'est pas un tableau de criminalité.").format(
            file=table.file_name))
    value = _find(table, VALUE) if year is not None else None
    month = _find(table, MONTH) if year is not None else None
    if year is not None and value is None:
        raise DataImportError(_("{file} : colonne « Nombre / Aantal » introuvable.").format(
            file=table.file_name))
    counts: dict[tuple[int, int | None, str, str], int] = defaultdict(int)
    seen: set[str] = set()
    for line, cells in table.rows:
        kept = _place(table, communes, cells, place)
        if place is not None:
            seen.add(cells[place])
        cells = [cell.strip() for cell in cells]
        if kept is None or not cells[category]:
            continue
        name = cells[category]
        if year is not None and value is not None:
            y = parse_count(cells[year], table.where(line, table.header[year]))
            m = parse_count(cells[month], table.where(line, table.header[month])) \
                if month is not None and cells[month] else None
            number = parse_number(cells[value], table.where(line, table.header[value]))
            if number is not None:
                counts[(y, m, kept, name)] += int(number)
            continue
        for position, match in wide.items():
            number = parse_number(cells[position], table.where(line, table.header[position]))
            if number is not None:
                m = int(match.group(2)) if match.group(2) else None
                counts[(int(match.group(1)), m, kept, name)] += int(number)
    if not counts:
        raise communes.none_kept(table.file_name, seen)
    rows: list[list[Cell]] = [[y, m, c, k, n] for (y, m, c, k), n in sorted(
        counts.items(), key=lambda item: (item[0][0], item[0][1] or 0, item[0][2], item[0][3]))]
    notes = [_("Les catégories se recouvrent (une catégorie peut en contenir d'autres) : elles "
               "ne s'additionnent jamais.")]
    last = max(y for y, *_ in counts)
    months = {m for (y, m, *_rest) in counts if y == last and m is not None}
    if partial_last_year or (months and len(months) < 12):
        span = _(" (mois {first} à {last})").format(first=min(months), last=max(months)) \
            if months else ""
        notes.append(_("L'année {year} est partielle{span} : ne la comparez pas aux années "
                       "complètes.").format(year=last, span=span))
    return ["year", "month", "commune", "category", "count"], rows, {}, len(table.rows), notes


def parse_survey(table: RawTable, communes: CommuneMatcher) -> Parsed:
    """Read survey results: question × answer share (%) with the number of respondents."""
    question = _require(table, QUESTION, "question / vraag")
    answer = _require(table, ANSWER, "réponse / antwoord")
    share = _require(table, SHARE, "part (%) / aandeel")
    respondents = _find(table, RESPONDENTS)
    year = _find(table, YEAR)
    place = _find(table, PLACE)
    rows: list[list[Cell]] = []
    small: set[int] = set()
    for line, cells in table.rows:
        kept = _place(table, communes, cells, place)
        if kept is None:
            continue
        cells = [cell.strip() for cell in cells]
        value = parse_number(cells[share], table.where(line, table.header[share]))
        if value is not None and not 0 <= value <= 100:
            raise DataImportError(_("{where} : une part doit être comprise entre 0 et 100 %."
                                    ).format(where=table.where(line, table.header[share])))
        n = parse_count(cells[respondents], table.where(line, table.header[respondents])) \
            if respondents is not None else None
        if n is not None and n < SMALL_SAMPLE:
            small.add(n)
        y = parse_count(cells[year], table.where(line, table.header[year])) \
            if year is not None and cells[year] else None
        rows.append([y, kept, cells[question], cells[answer], value, n])
    if not rows:
        raise DataImportError(_("{file} : aucune réponse pour les communes du plan.").format(
            file=table.file_name))
    notes = []
    if small:
        notes.append(_("Petit échantillon ({count} répondants) : les parts sont peu fiables "
                       "(marge d'erreur supérieure à ±7 points).").format(count=min(small)))
    if respondents is None:
        notes.append(_("Nombre de répondants inconnu : la fiabilité des parts ne peut être "
                       "jugée."))
    return (["year", "commune", "question", "answer", "share", "respondents"], rows, {},
            len(table.rows), notes)


@dataclass(frozen=True)
class ColumnMapping:
    """Which columns of any table hold the commune, the year and the values."""

    values: tuple[str, ...]
    year: str | None = None
    commune: str | None = None


def parse_mapped(table: RawTable, communes: CommuneMatcher, mapping: ColumnMapping) -> Parsed:
    """Read any table through a column mapping into (year, commune, series, value) rows."""
    if not mapping.values:
        raise DataImportError(_("{file} : indiquez au moins une colonne de valeurs.").format(
            file=table.file_name))
    year = table.column(mapping.year) if mapping.year else None
    place = table.column(mapping.commune) if mapping.commune else None
    values = [(name, table.column(name)) for name in mapping.values]
    rows: list[list[Cell]] = []
    seen: set[str] = set()
    for line, cells in table.rows:
        if place is not None:
            seen.add(cells[place])
        kept = _place(table, communes, cells, place)
        if kept is None:
            continue
        cells = [cell.strip() for cell in cells]
        y = parse_count(cells[year], table.where(line, mapping.year)) if year is not None else None
        for name, position in values:
            assert position is not None
            rows.append([y, kept, name, parse_number(cells[position], table.where(line, name))])
    if not rows:
        raise communes.none_kept(table.file_name, seen)
    return ["year", "commune", "series", "value"], rows, {}, len(table.rows), []
