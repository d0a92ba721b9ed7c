"""Import one data file for a plan: read it, recognise its kind, keep the plan's rows, validate.

``import_file`` is a pure function from a file to a validated :class:`Dataset` with its provenance;
it never changes the plan (adding the data set is a command) and raises :class:`DataImportError`
naming the file, line and column when the file cannot be used — nothing is half-imported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

from zonalplan.evidence.communes import CommuneMatcher
from zonalplan.evidence.reading import DataImportError, RawTable, table_from_bytes
from zonalplan.evidence.statbel import parse_accidents, parse_population
from zonalplan.evidence.tables import (
    ANSWER,
    CATEGORY,
    QUESTION,
    ColumnMapping,
    _find,
    parse_crime,
    parse_mapped,
    parse_survey,
)
from zonalplan.i18n import N_, Translated, _
from zonalplan.model.evidence import DataKind, Dataset, Provenance

DEFAULT_SOURCES = Translated({
    DataKind.ACCIDENTS: N_("Statbel (Direction générale Statistique), accidents de la "
                           "circulation"),
    DataKind.POPULATION: N_("Statbel (Direction générale Statistique), structure de la "
                            "population"),
    DataKind.CRIME: N_("Police fédérale, statistiques policières de criminalité"),
    DataKind.SURVEY: N_("Enquête de population"),
    DataKind.TABLE: "",
})
"""The source cited when the user gives none, in the language of the import."""


def detect_kind(table: RawTable) -> DataKind:
    """Return the kind of a table from its columns (official formats first)."""
    header = {h.upper() for h in table.header}
    if "DT_DAY" in header or "MS_ACCT" in header:  # Statbel accidents (columns checked next)
        return DataKind.ACCIDENTS
    if "MS_POPULATION" in header:
        return DataKind.POPULATION
    if _find(table, QUESTION) is not None and _find(table, ANSWER) is not None:
        return DataKind.SURVEY
    if _find(table, CATEGORY) is not None:
        return DataKind.CRIME
    raise DataImportError(_("{file} : format non reconnu (ni accidents ni population Statbel, ni "
                            "criminalité, ni enquête) : importez-le comme tableau en indiquant "
                            "ses colonnes.").format(file=table.file_name))


def default_name(kind: DataKind, file_name: str) -> str:
    """Return a readable data-set name (« accidents 2023 ») from the kind and the file name."""
    year = re.search(r"(19|20)\d{2}", file_name)
    stem = {DataKind.ACCIDENTS: _("accidents"), DataKind.POPULATION: _("population"),
            DataKind.CRIME: _("criminalité"), DataKind.SURVEY: _("enquête"),
            DataKind.TABLE: re.sub(r"[^\w .()'-]+", " ", Path(file_name).stem).strip()[:60]
            or _("tableau")}[kind]
    return f"{stem} {year.group(0)}" if year and kind is not DataKind.TABLE else stem


def import_file(path: Path, communes: list[tuple[str, str | None]], **options) -> Dataset:
    """Read the file at ``path`` and return the data set of the plan's communes."""
    from zonalplan.evidence.reading import check_file

    size = check_file(path)
    with path.open("rb") as handle:
        data = handle.read(size + 1)
    return import_bytes(path.name, data, communes, **options)


def import_bytes(file_name: str, data: bytes, communes: list[tuple[str, str | None]], *,
                kind: DataKind | None = None, name: str | None = None, source: str = "",
                year: int | None = None, code_map: Mapping[str, str] | None = None,
                mapping: ColumnMapping | None = None, zone_names: tuple[str, ...] = (),
                partial_last_year: bool = False, sheet: str | None = None,
                now: dt.datetime | None = None) -> Dataset:
    """Return the data set of the plan's communes from a file's bytes (see module docstring)."""
    matcher = CommuneMatcher.for_plan(communes, code_map, zone_names)
    table = table_from_bytes(file_name, data, sheet=sheet)
    if not table.rows:
        raise DataImportError(_("{file} : aucune ligne de données sous l'en-tête.").format(
            file=table.file_name))
    if kind is None:
        kind = DataKind.TABLE if mapping else detect_kind(table)
    if kind is DataKind.ACCIDENTS:
        parsed = parse_accidents(table, matcher)
    elif kind is DataKind.POPULATION:
        parsed = parse_population(table, matcher, year)
    elif kind is DataKind.CRIME:
        parsed = parse_crime(table, matcher, partial_last_year=partial_last_year)
    elif kind is DataKind.SURVEY:
        parsed = parse_survey(table, matcher)
    else:
        if mapping is None:
            raise DataImportError(_("{file} : pour un tableau, indiquez la colonne des valeurs "
                                    "(et celles de l'année et de la commune).").format(
                file=table.file_name))
        parsed = parse_mapped(table, matcher, mapping)
    columns, rows, labels, read, notes = parsed
    if table.encoding == "cp1252":
        notes = [*notes, _("Fichier lu en Windows-1252 (il n'était pas en UTF-8).")]
    provenance = Provenance(
        file_name=table.file_name[:500], imported=now or dt.datetime.now(dt.UTC),
        source=source or DEFAULT_SOURCES[kind], sha256=table.sha256,
        size_bytes=table.size_bytes, rows_read=read, rows_kept=len(rows), notes=notes)
    from pydantic import ValidationError

    from zonalplan.model.errors import validation_message

    try:
        return Dataset(name=name or default_name(kind, table.file_name), kind=kind,
                       provenance=provenance, columns=columns, rows=rows, labels=labels)
    except ValidationError as exc:
        raise DataImportError(f"{table.file_name} : {validation_message(Dataset, exc)}") from None
