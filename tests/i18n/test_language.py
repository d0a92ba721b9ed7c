"""The current language: locale detection, overrides per block, labels and formats."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from zonalplan.i18n import (
    _,
    current,
    from_environment,
    normalize,
    set_language,
    using,
)
from zonalplan.i18n.formats import join_list, long_date, number, short_date
from zonalplan.model import CZS_ROLE_LABELS, FUNCTIONALITY_LABELS, CZSRole, Functionality


@pytest.fixture(autouse=True)
def _french_afterwards():
    yield
    set_language("fr")


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "de_BE.UTF-8"}, "de"),
    ({"LANG": "fr_BE.UTF-8"}, "fr"),
    ({"LANGUAGE": "nl:fr", "LANG": "fr_BE.UTF-8"}, "nl"),
    ({"LANGUAGE": "en:de", "LANG": "fr_BE.UTF-8"}, "de"),
    ({"LC_ALL": "nl_NL.UTF-8", "LANG": "fr_BE"}, "nl"),
    ({"LANG": "en_US.UTF-8"}, "fr"),
    ({"LANG": "C"}, "fr"),
    ({}, "fr"),
])
def test_language_from_the_locale(environ, expected):
    assert from_environment(environ) == expected


def test_normalize_accepts_codes_and_locales():
    assert normalize("nl-BE") == "nl"
    assert normalize("DE") == "de"
    assert normalize("en") is None
    assert normalize("") is None


def test_set_language_refuses_an_unknown_language():
    with pytest.raises(ValueError, match="fr, nl ou de"):
        set_language("en")


def test_using_overrides_for_one_block_and_restores():
    set_language("nl")
    with using("de"):
        assert current() == "de"
        assert _("Capacité") == "Kapazität"
        with using("fr"):
            assert _("Capacité") == "Capacité"
        assert current() == "de"
    assert current() == "nl"
    assert _("Capacité") == "Capaciteit"


def test_override_does_not_leak_into_another_thread():
    seen = []
    with using("de"):
        thread = threading.Thread(target=lambda: seen.append(current()))
        thread.start()
        thread.join()
    assert seen == ["fr"]


def test_label_tables_follow_the_language():
    assert CZS_ROLE_LABELS[CZSRole.CHIEF_OF_POLICE] == "Chef de corps"
    with using("nl"):
        assert CZS_ROLE_LABELS[CZSRole.CHIEF_OF_POLICE] == "Korpschef"
        assert FUNCTIONALITY_LABELS[Functionality.VICTIM_ASSISTANCE] == (
            "Politionele slachtofferbejegening")
        assert dict(CZS_ROLE_LABELS)[CZSRole.MAYOR] == "Burgemeester"
    with using("de"):
        assert CZS_ROLE_LABELS[CZSRole.MAYOR] == "Bürgermeister"


def test_dates_numbers_and_lists_per_language():
    day = dt.date(2026, 3, 1)
    assert long_date(day, language="fr") == "1er mars 2026"
    assert long_date(day, language="nl") == "1 maart 2026"
    assert long_date(day, language="de") == "1. März 2026"
    assert short_date(dt.date(2026, 3, 12), language="nl") == "12/03/2026"
    assert short_date(dt.date(2026, 3, 12), language="de") == "12.03.2026"
    assert number(1234.5, language="fr") == "1\u00a0234,5"
    assert number(1234.5, language="nl") == "1.234,5"
    assert number(21350, language="de") == "21.350"
    assert number(52.0, language="nl") == "52"
    assert join_list(["A", "B", "C"], language="nl") == "A, B en C"
    assert join_list(["A", "B"], language="de") == "A und B"


def test_validation_messages_follow_the_language():
    from pydantic import ValidationError

    from zonalplan.model import Zone, validation_message

    with pytest.raises(ValidationError) as caught:
        Zone(number="12")
    with using("nl"):
        message = validation_message(Zone, caught.value)
    assert message.startswith("Zonenummer: heeft niet het juiste formaat (4 cijfers")
