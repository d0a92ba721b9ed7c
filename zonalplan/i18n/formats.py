"""Dates, numbers and lists the way each language writes them in Belgium."""

from __future__ import annotations

import datetime as dt

from zonalplan.i18n import current

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}

_GROUP = {"fr": "\u00a0", "nl": ".", "de": "."}
_AND = {"fr": " et ", "nl": " en ", "de": " und "}


def long_date(value: dt.date | dt.datetime | None, empty: str = "",
              language: str | None = None) -> str:
    """Return « 1er mars 2026 », « 1 maart 2026 » or « 1. März 2026 »."""
    if value is None:
        return empty
    lang = language or current()
    month = MONTHS[lang][value.month - 1]
    if lang == "de":
        return f"{value.day}. {month} {value.year}"
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def short_date(value: dt.date | dt.datetime | None, empty: str = "",
               language: str | None = None) -> str:
    """Return « 12/03/2026 » (French, Dutch) or « 12.03.2026 » (German)."""
    if value is None:
        return empty
    return value.strftime("%d.%m.%Y" if (language or current()) == "de" else "%d/%m/%Y")


def number(value: float | int | None, decimals: int = 1, empty: str = "—",
           language: str | None = None) -> str:
    """Return « 21 350 » / « 21.350 » and « 52,5 » (no trailing ``,0``)."""
    if value is None:
        return empty
    group = _GROUP[language or current()]
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(round(value)):,}".replace(",", group)
    text = f"{value:,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", group)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def join_list(items: list[str], language: str | None = None) -> str:
    """Join names as « A, B et C » / « A, B en C » / « A, B und C »."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + _AND[language or current()] + items[-1]
