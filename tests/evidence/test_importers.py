"""Importers of the official formats: what is kept, provenance, and clear refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from zonalplan.evidence import DataImportError, DataKind, import_file
from zonalplan.evidence.communes import ZONE
from zonalplan.evidence.tables import ColumnMapping

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def test_accidents_keep_only_the_plans_communes(samples, communes) -> None:
    """The two rows of other communes are left out; codes, labels and counts are kept."""
    data = import_file(samples["TF_ACCIDENTS_2024.txt"], communes, now=NOW)
    assert data.kind is DataKind.ACCIDENTS and data.name == "accidents 2024"
    assert data.provenance.rows_read == 120 and data.provenance.rows_kept == 118
    assert set(data.values("commune")) == {"92171", "92172", "92173"}
    assert sum(data.values("accidents")) == 118 and sum(data.values("dead_30_days")) == 3
    assert data.label("road_type", "1") == "Autoroute"
    assert data.label("road_type", "1", "nl") == "Autosnelweg"
    assert data.label("commune", "92171") == "Rivemont"
    assert len(data.provenance.sha256) == 64 and data.provenance.imported == NOW
    assert "Statbel" in data.provenance.source


def test_population_sums_cells_per_commune_and_reads_the_year_from_the_name(samples,
                                                                           communes) -> None:
    """Sex × age cells add up to each commune's population; the year comes from the file name."""
    data = import_file(samples["TF_SOC_POP_STRUCT_2025.txt"], communes)
    assert data.kind is DataKind.POPULATION
    assert {row[1]: row[2] for row in data.rows} == {"92171": 21350, "92172": 14180,
                                                     "92173": 9620}
    assert set(data.values("year")) == {2025}


def test_population_in_the_old_geography_maps_merged_communes(tmp_path: Path, communes) -> None:
    """Codes of communes merged in 2025 are mapped to the plan's commune and added up."""
    path = tmp_path / "TF_SOC_POP_STRUCT_2023.txt"
    path.write_text("\ufeffCD_MUNTY_REFNIS|MS_POPULATION\n92171|20000\n92999|1200\n92172|14000\n"
                    "92173|9500\n", encoding="utf-8")
    data = import_file(path, communes, code_map={"92999": "92171"})
    assert {row[1]: row[2] for row in data.rows}["92171"] == 21200
    assert any("fusions" in note for note in data.provenance.notes)


def test_crime_table_wide_never_sums_categories_and_flags_notes(samples, communes) -> None:
    """Every category stays apart; the overlap note is kept with the data."""
    data = import_file(samples["statistiques-criminalite-zone-5999.csv"], communes)
    assert data.kind is DataKind.CRIME
    burglaries = [r for r in data.rows if r[3] == "Cambriolages dans une habitation"]
    assert sum(r[4] for r in burglaries if r[0] == 2024) == 212
    assert any("ne s'additionnent jamais" in note for note in data.provenance.notes)


def test_crime_table_long_monthly_marks_a_partial_last_year(tmp_path: Path, communes) -> None:
    """Monthly rows that stop in June make the last year partial, and the note says so."""
    path = tmp_path / "criminaliteit.csv"
    lines = ["Gemeente;Criminele figuur;Jaar;Maand;Aantal"]
    lines += [f"Rivemont;Woninginbraak;2024;{m};{m}" for m in range(1, 13)]
    lines += [f"Rivemont;Woninginbraak;2025;{m};3" for m in range(1, 7)]
    path.write_text("\n".join(lines), encoding="utf-8")
    data = import_file(path, communes)
    assert any("2025 est partielle (mois 1 à 6)" in note for note in data.provenance.notes)


def test_zone_level_crime_rows_are_kept_as_the_zone(tmp_path: Path, communes) -> None:
    """A row for the zone itself (not a commune) is kept as the zone's figure."""
    path = tmp_path / "zone.csv"
    path.write_text("Zone;Phénomène;2023;2024\nEntre-Sambre-et-Bois;Vols;10;12\n"
                    "Autre zone;Vols;99;99\n", encoding="utf-8")
    data = import_file(path, communes, zone_names=("Entre-Sambre-et-Bois",))
    assert {row[2] for row in data.rows} == {ZONE} and data.provenance.rows_kept == 2


def test_survey_warns_about_small_samples(tmp_path: Path, communes) -> None:
    """Fewer than 200 respondents: the shares are kept with a warning."""
    path = tmp_path / "bevraging.csv"
    path.write_text("Vraag;Antwoord;Aandeel;Respondenten\nOnveiligheidsgevoel;soms;14,5;86\n",
                    encoding="utf-8")
    data = import_file(path, communes)
    assert data.kind is DataKind.SURVEY and data.rows[0][4] == 14.5
    assert any("Petit échantillon (86 répondants)" in note for note in data.provenance.notes)


def test_mapped_table_reads_named_columns(tmp_path: Path, communes) -> None:
    """Any table becomes (year, commune, series, value) rows through a column mapping."""
    path = tmp_path / "GAS-boetes.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Gemeente", "Jaar", "GAS-boetes", "Opmerking"])
    sheet.append(["Rivemont", 2024, 1250, "ok"])
    sheet.append(["Sambrecourt", 2024, "1.234", ""])
    book.save(path)
    data = import_file(path, communes, mapping=ColumnMapping(("GAS-boetes",), "Jaar", "Gemeente"))
    assert data.kind is DataKind.TABLE
    assert sorted(row[3] for row in data.rows) == [1234.0, 1250.0]


@pytest.mark.parametrize(("content", "expected"), [
    (b"\x00\x01\x02binary junk" * 100, "fichier binaire"),
    (b"", "le fichier est vide"),
    (b"DT_DAY,DT_HOUR\n2024-01-01,3\n", "colonne CD_MUNTY_REFNIS absente"),
    (b"just one column\nvalue\n", "aucun séparateur de colonnes"),
    (b"DT_DAY|DT_HOUR|CD_MUNTY_REFNIS|MS_ACCT\n2024-01-01|3|92171|1\n2024-13-45|3|92171|1\n"
, "ligne 3, colonne DT_DAY"),
    (b"DT_DAY|DT_HOUR|CD_MUNTY_REFNIS|MS_ACCT\n2024-01-01|3|92171|un\n",
     "ligne 2, colonne MS_ACCT"),
    (b"DT_DAY|DT_HOUR|CD_MUNTY_REFNIS|MS_ACCT\n2024-01-01|3|92171\n",
     "ligne 2 : 3 colonnes au lieu de 4"),
    (b"DT_DAY|DT_HOUR|CD_MUNTY_REFNIS|MS_ACCT\n2024-01-01|3|11001|1\n",
     "aucune ligne ne concerne les communes du plan"),
    (b"a;b\n1;2\n", "format non reconnu"),
])
def test_bad_files_are_refused_with_the_place(tmp_path: Path, communes, content: bytes,
                                              expected: str) -> None:
    """Each bad file gets a French message naming the file (and line/column where it applies)."""
    path = tmp_path / "TF_ACCIDENTS_2024.txt"
    path.write_bytes(content)
    with pytest.raises(DataImportError) as caught:
        import_file(path, communes)
    assert expected in str(caught.value) and "TF_ACCIDENTS_2024.txt" in str(caught.value)


def test_non_regular_and_oversized_files_are_refused(tmp_path: Path, communes,
                                                     monkeypatch) -> None:
    """A folder or FIFO is refused at once; a file over the limit is refused before reading."""
    with pytest.raises(DataImportError, match="pas un fichier ordinaire"):
        import_file(tmp_path, communes)
    big = tmp_path / "big.txt"
    big.write_text("a|b\n1|2\n")
    monkeypatch.setattr("zonalplan.evidence.reading.MAX_FILE_BYTES", 4)
    with pytest.raises(DataImportError, match="trop volumineux"):
        import_file(big, communes)


def test_a_plan_without_communes_is_told_what_to_do(samples) -> None:
    """Importing before the communes are known names the missing step."""
    with pytest.raises(DataImportError, match="ajoutez ses communes"):
        import_file(samples["TF_ACCIDENTS_2024.txt"], [])


def test_reading_never_changes_the_file(samples, communes) -> None:
    """The imported file is left byte for byte as it was."""
    path = samples["TF_ACCIDENTS_2023.txt"]
    before = path.read_bytes()
    import_file(path, communes)
    assert path.read_bytes() == before
