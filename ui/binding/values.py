"""Numbers and dates in fields: the core's parsers in the language the user types in."""

from __future__ import annotations

import datetime as dt

from zonalplan import editing

_LANGUAGE = "fr"


def input_language() -> str:
    """Return the language numbers and dates are typed in (fr, nl or de)."""
    return _LANGUAGE


def set_input_language(language: str) -> None:
    """Type numbers and dates the way ``language`` writes them (unknown: French)."""
    global _LANGUAGE
    _LANGUAGE = language if language in editing.LANGUAGES else "fr"


def parse_number(text: str) -> float | None:
    """Return the decimal number typed (None when empty); raise ValueError otherwise."""
    return editing.parse_number(text, _LANGUAGE)


def parse_integer(text: str) -> int | None:
    """Return the whole number typed (None when empty); raise ValueError otherwise."""
    return editing.parse_integer(text, _LANGUAGE)


def parse_year(text: str) -> int | None:
    """Return the year typed (None when empty); raise ValueError otherwise."""
    return editing.parse_year(text)


def parse_date(text: str) -> dt.date | None:
    """Return the date typed (None when empty); raise ValueError otherwise."""
    return editing.parse_date(text, _LANGUAGE)


def format_number(value: float | int | None, *, decimals: int | None = None) -> str:
    """Return a decimal number as the user writes it."""
    return editing.format_number(value, _LANGUAGE, decimals=decimals)


def format_integer(value: float | int | None) -> str:
    """Return a whole number with its thousands grouped."""
    return editing.format_integer(value, _LANGUAGE)


def format_date(value: dt.date | None) -> str:
    """Return a date as the user writes it."""
    return editing.format_date(value, _LANGUAGE)


def date_hint() -> str:
    """Return the date format shown in an empty date field (« jj/mm/aaaa »)."""
    return editing.values.DATE_HINT[_LANGUAGE]
