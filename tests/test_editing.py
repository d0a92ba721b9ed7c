"""Editing rules of the core: codes, links, value parsing by language, checks before a command."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonalplan.commands import Macro, SetValue
from zonalplan.editing import (
    add_link_command,
    check_command,
    format_date,
    format_integer,
    format_number,
    insertion_index,
    new_objective,
    parse_date,
    parse_integer,
    parse_number,
    parse_year,
    propose_code,
    remove_link_command,
    set_weight_command,
)
from zonalplan.model import Domain, LinkWeight, Objective, ObjectiveKind, Plan, PlanError, Zone


def _plan() -> Plan:
    return Plan(zone=Zone(name="ZP", number="5999"), objectives=[
        Objective(id="a", code="P1", title="A"),
        Objective(id="b", code="PA2", title="B", kind=ObjectiveKind.ATTENTION_POINT)])


def test_codes_and_insertion_follow_the_kind() -> None:
    plan = _plan()
    assert propose_code(plan, ObjectiveKind.PRIORITY) == "P2"
    assert propose_code(plan, ObjectiveKind.ATTENTION_POINT) == "PA1"
    assert insertion_index(plan, ObjectiveKind.PRIORITY) == 1
    objective = new_objective(plan, ObjectiveKind.PRIORITY, Domain.EXTERNAL, "Nouvel objectif")
    assert objective.code == "P2" and objective.id not in {"a", "b"}


def test_link_commands_first_primary_then_secondary_and_undo_texts() -> None:
    plan = _plan()
    first = add_link_command(plan, "a", "pns-1", text="Lier")
    assert first is not None and first.text == "Lier"
    first.do(plan)
    assert add_link_command(plan, "a", "pns-1") is None  # already linked
    second = add_link_command(plan, "a", "pns-2")
    assert second is not None
    second.do(plan)
    assert [lk.weight for lk in plan.objectives[0].links] == [LinkWeight.PRIMARY,
                                                            LinkWeight.SECONDARY]
    weight = set_weight_command(plan, "a", "pns-2", LinkWeight.PRIMARY)
    assert weight is not None and set_weight_command(plan, "a", "pns-1",
                                                     LinkWeight.PRIMARY) is None
    removal = remove_link_command(plan, "a", "pns-1")
    assert removal is not None
    removal.do(plan)
    assert [lk.ref_id for lk in plan.objectives[0].links] == ["pns-2"]
    with pytest.raises(PlanError, match="n'existe plus"):
        add_link_command(plan, "gone", "pns-1")


def test_check_command_reports_without_changing_the_plan() -> None:
    plan = _plan()
    before = plan.model_copy(deep=True)
    assert check_command(plan, SetValue(("zone", "number"), "12"))
    assert check_command(plan, Macro([SetValue(("zone", "name"), "ZP Nord"),
                                      SetValue(("objectives", "zz", "title"), "x")]))
    assert check_command(plan, SetValue(("zone", "name"), "ZP Nord")) is None
    assert plan == before


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("1 234,5", "fr", 1234.5), ("1\u202f234,5", "fr", 1234.5), ("1.234,5", "nl", 1234.5),
    ("1.234,5", "de", 1234.5), ("1.234", "de", 1234.0), ("1.234", "fr", 1.234),
    ("12.5", "de", 12.5), ("12,5", "fr", 12.5), ("-3,5", "fr", -3.5), ("1.234.567", "fr", 1234567),
    ("", "fr", None), ("  ", "de", None), (",5", "fr", 0.5),
])
def test_parse_number_by_language(text: str, language: str, expected: float | None) -> None:
    assert parse_number(text, language) == expected


@pytest.mark.parametrize("text", ["abc", "1e5", "inf", "nan", "1.2.3", "1,2,3", "١٢", "1,234.5,6"])
def test_parse_number_refuses_what_is_not_a_number_in_french(text: str) -> None:
    with pytest.raises(ValueError, match="numérique"):
        parse_number(text)


def test_integers_years_and_dates() -> None:
    assert parse_integer("21 350") == parse_integer("21.350") == parse_integer("21350") == 21350
    with pytest.raises(ValueError, match="entier"):
        parse_integer("12.5")
    assert parse_year(" 2031 ") == 2031 and parse_year("") is None
    with pytest.raises(ValueError, match="Année"):
        parse_year("31")
    assert parse_date("12/03/2026") == parse_date("2026-03-12") == dt.date(2026, 3, 12)
    assert parse_date("12.03.2026", "de") == parse_date("12-03-2026", "nl") == dt.date(2026, 3, 12)
    with pytest.raises(ValueError, match="n'existe pas"):
        parse_date("31/02/2026")
    with pytest.raises(ValueError, match="TT.MM.JJJJ"):
        parse_date("demain", "de")
    assert format_date(dt.date(2026, 3, 12)) == "12/03/2026"
    assert format_date(dt.date(2026, 3, 12), "de") == "12.03.2026"


def test_formatting_by_language() -> None:
    assert format_number(12.5) == "12,5" and format_number(12.0) == "12"
    assert format_number(None) == ""
    assert format_integer(21350) == "21\u202f350" and format_integer(21350, "nl") == "21.350"
    assert format_number(1234.5, "de", grouping=True) == "1.234,5"
    assert format_number(168.456, decimals=2) == "168,46"
    assert "e" not in format_number(1e20)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
       st.sampled_from(["fr", "nl", "de"]), st.booleans())
def test_a_formatted_number_reads_back(value: float, language: str, grouping: bool) -> None:
    text = format_number(value, language, decimals=3, grouping=grouping)
    assert parse_number(text, language) == pytest.approx(round(value, 3), abs=1e-3)


@given(st.text(max_size=30), st.sampled_from(["fr", "nl", "de"]))
def test_parsing_any_text_gives_a_number_none_or_an_error_in_its_language(text: str,
                                                                          language: str) -> None:
    expected = {"fr": "Valeur numérique attendue", "nl": "Numerieke waarde verwacht",
                "de": "Zahlenwert erwartet"}[language]
    try:
        value = parse_number(text, language)
    except ValueError as exc:
        assert str(exc).startswith(expected)
    else:
        assert value is None or isinstance(value, float)
