"""Figures from imported data: series per year, rates, breakdowns, joined files, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zonalplan.evidence import DataImportError, import_file, parse_number
from zonalplan.evidence.figures import all_series, breakdown, rates_per_1000


@pytest.fixture()
def series(samples, communes):
    """Return every series of the demo sample files."""
    return all_series(import_file(path, communes) for path in samples.values())


def test_accident_files_of_several_years_make_one_series(series) -> None:
    """Four yearly Statbel files give one series 2021-2024, with the demo's figures."""
    accidents = series["accidents:accidents"]
    assert accidents.zone == {2021: 104, 2022: 112, 2023: 121, 2024: 118}
    assert len(accidents.datasets) == 4
    assert accidents.change() == pytest.approx((118 - 104) / 104)
    assert sum(accidents.by_commune[c][2024] for c in ("92171", "92172", "92173")) == 118


def test_rates_per_1000_use_the_nearest_population_year(series) -> None:
    """Burglaries 2024 per 1 000 inhabitants = 212 / 45 150 × 1 000, with a note on the year."""
    rate = rates_per_1000(series["crime:Cambriolages dans une habitation"],
                          series["population:population"])
    assert rate.zone[2024] == pytest.approx(4.695, abs=0.001)
    assert any("plus proche" in note for note in rate.notes)
    assert set(rate.by_commune) == {"92171", "92172", "92173"}


def test_crime_categories_are_separate_series(series) -> None:
    """Each category is its own series; the total of the police table is not a sum of them."""
    total = series["crime:Total des faits enregistrés"].zone[2024]
    assert total == 3152
    assert series["crime:Vols de véhicule"].zone[2024] == 52


def test_breakdown_by_hour_and_road_type(samples, communes) -> None:
    """Accidents per hour add up to the year's total; labels follow the language asked."""
    data = import_file(samples["TF_ACCIDENTS_2024.txt"], communes)
    by_hour = breakdown(data, "hour")
    assert sum(total for _hour, total in by_hour) == 118
    labels_nl = [label for label, _ in breakdown(data, "road_type", language="nl")]
    assert "Autosnelweg" in labels_nl or "Gewestweg, provinciale weg of gemeenteweg" in labels_nl


@pytest.mark.parametrize(("text", "number"), [
    ("1 234,5", 1234.5), ("1.234,5", 1234.5), ("1234.5", 1234.5), ("1.234", 1234.0),
    ("12.345.678", 12345678.0), ("1,5", 1.5), ("12 %", 12.0), ("-", None), ("", None),
    ("1\u202f234", 1234.0), ("-3,25", -3.25), ("0.5", 0.5),
])
def test_parse_number_reads_belgian_and_international_notation(text: str,
                                                               number: float | None) -> None:
    """Thousands separators and decimal commas of Belgian tables are understood."""
    assert parse_number(text, "x") == number


@given(st.text(max_size=30))
def test_parse_number_returns_a_finite_number_or_a_french_error(text: str) -> None:
    """Any text gives a finite number, None, or a DataImportError naming the place."""
    try:
        value = parse_number(text, "fichier, ligne 3")
    except DataImportError as exc:
        assert "fichier, ligne 3" in str(exc)
        return
    assert value is None or value == value and abs(value) != float("inf")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_are_imported_or_refused_clearly(tmp_path_factory, communes,
                                                      data: bytes) -> None:
    """Random content never raises anything but a DataImportError, and is never changed."""
    path = tmp_path_factory.mktemp("junk") / "TF_ACCIDENTS_2024.txt"
    path.write_bytes(data)
    try:
        import_file(path, communes)
    except DataImportError as exc:
        assert "TF_ACCIDENTS_2024.txt" in str(exc) or "fichier" in str(exc)
    assert path.read_bytes() == data


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Rivemont", "Hautebise", "Ailleurs", ""]),
                          st.text(alphabet="abcé ;\"\n|", max_size=12),
                          st.text(alphabet="0123456789.,- ", max_size=8)), max_size=12))
def test_odd_crime_tables_never_crash(tmp_path_factory, communes, rows) -> None:
    """Quotes, separators and odd numbers inside cells give data or a clear refusal."""
    path = tmp_path_factory.mktemp("odd") / "crime.csv"
    lines = ["Commune;Catégorie;2024"] + [";".join(row) for row in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        data = import_file(path, communes)
    except DataImportError:
        return
    assert all(row[2] in ("92171", "92173") for row in data.rows)


def test_demo_sample_files_are_deterministic(tmp_path: Path) -> None:
    """Writing the samples twice gives the same bytes (the demo plan imports them)."""
    from zonalplan.demo.samples import write_samples

    first = {p.name: p.read_bytes() for p in write_samples(tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_samples(tmp_path / "b")}
    assert first == second and len(first) == 7
