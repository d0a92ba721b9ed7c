"""Numbers, years and dates as a user types them, and as the editors show them, by language.

French writes « 1 234,5 » (spaces group the thousands), Dutch and German « 1.234,5 ». Every
language accepts a comma as decimal mark and spaces (normal, non-breaking, narrow) between groups;
a dot is a decimal mark unless it separates groups of three digits (« 1.234.567 », or « 1.234 »
in Dutch and German), and when a dot and a comma are both typed the last one is the decimal
mark. Parsing raises :class:`ValueError` with a French message; empty text is ``None``.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from zonalplan.i18n import N_, gettext

LANGUAGES = ("fr", "nl", "de")
"""Languages a plan or the interface may use (``Metadata.language``)."""

GROUP_SEPARATOR = {"fr": "\u202f", "nl": ".", "de": "."}
DATE_FORMAT = {"fr": "%d/%m/%Y", "nl": "%d-%m-%Y", "de": "%d.%m.%Y"}
DATE_HINT = {"fr": "jj/mm/aaaa", "nl": "dd-mm-jjjj", "de": "TT.MM.JJJJ"}

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_PLAIN = re.compile(r"^[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)$")
_DOT_GROUPS = re.compile(r"^[+-]?[0-9]{1,3}(\.[0-9]{3})+$")
_MIXED = re.compile(r"^[+-]?[0-9]{1,3}([.,][0-9]{3})*[.,][0-9]*$")
NUMBER_EXPECTED = N_("Valeur numérique attendue (par ex. 12 ou 12,5).")


def _language(language: str) -> str:
    return language if language in LANGUAGES else "fr"


def _canonical(text: str, language: str) -> str | None:
    """Return the number in Python syntax (dot as decimal mark), None when empty."""
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    if "." in cleaned and "," in cleaned:
        if not _MIXED.match(cleaned):
            raise ValueError(gettext(NUMBER_EXPECTED, _language(language)))
        decimal = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        group = "," if decimal == "." else "."
        head, _, tail = cleaned.rpartition(decimal)
        if decimal in head:
            raise ValueError(gettext(NUMBER_EXPECTED, _language(language)))
        return head.replace(group, "") + "." + tail
    if cleaned.count(".") > 1 or (_language(language) != "fr" and _DOT_GROUPS.match(cleaned)):
        if not _DOT_GROUPS.match(cleaned):
            raise ValueError(gettext(NUMBER_EXPECTED, _language(language)))
        return cleaned.replace(".", "")
    if not _PLAIN.match(cleaned):
        raise ValueError(gettext(NUMBER_EXPECTED, _language(language)))
    return cleaned.replace(",", ".")


def parse_number(text: str, language: str = "fr") -> float | None:
    """Return the number typed (see module docstring), None when empty.

    Raise ValueError when the text is not a finite number.
    """
    canonical = _canonical(text, language)
    if canonical is None:
        return None
    value = float(canonical)
    if not math.isfinite(value):
        raise ValueError(gettext(NUMBER_EXPECTED, _language(language)))
    return value


def parse_integer(text: str, language: str = "fr") -> int | None:
    """Return the whole number typed (« 21 350 », « 21.350 », « 21350 »), None when empty.

    Spaces, and dots between groups of three digits, group thousands in every language. Raise
    ValueError otherwise.
    """
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    if _DOT_GROUPS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"[0-9]+", cleaned):
        raise ValueError(gettext("Nombre entier attendu, par exemple 21 350.",
                                 _language(language)))
    return int(cleaned)


def parse_year(text: str) -> int | None:
    """Return the year typed (four digits), None when empty; raise ValueError otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if not re.fullmatch(r"[0-9]{4}", cleaned):
        raise ValueError(gettext("Année attendue (quatre chiffres, par ex. 2031)."))
    return int(cleaned)


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_number(value: float | int | None, language: str = "fr", *,
                  decimals: int | None = None, grouping: bool = False) -> str:
    """Return a number the way a user of ``language`` writes it (no trailing zeros).

    ``decimals`` rounds to at most that many decimals (None: six significant digits);
    ``grouping`` separates thousands (« 21 350 » in French, « 21.350 » in Dutch and German).
    """
    if value is None:
        return ""
    language = _language(language)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        text = str(value)
    elif decimals is not None:
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.6g}"
        if "e" in text:
            text = f"{value:f}".rstrip("0").rstrip(".")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if grouping:
        whole = _group(whole, GROUP_SEPARATOR[language])
    return sign + whole + ("," + fraction if fraction else "")


def format_integer(value: int | float | None, language: str = "fr") -> str:
    """Return a whole number with the thousands grouped the way ``language`` writes them."""
    return "" if value is None else format_number(int(value), language, grouping=True)


def parse_date(text: str, language: str = "fr") -> dt.date | None:
    """Return the date typed, day first (« 12/03/2026 », « 12.03.2026 », « 12-03-2026 ») or ISO.

    Empty text is None; raise ValueError when the text is not a date of the calendar.
    """
    raw = text.strip()
    if not raw:
        return None
    iso = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", raw)
    match = iso or re.fullmatch(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})", raw)
    if not match:
        raise ValueError(gettext("Date attendue au format {hint}.", _language(language)).format(
            hint=DATE_HINT[_language(language)]))
    a, b, c = (int(g) for g in match.groups())
    year, month, day = (a, b, c) if iso else (c, b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(gettext("Cette date n'existe pas.", _language(language))) from None


def format_date(value: dt.date | None, language: str = "fr") -> str:
    """Return a date the way ``language`` writes it (« 12/03/2026 » in French)."""
    return value.strftime(DATE_FORMAT[_language(language)]) if isinstance(value, dt.date) else ""
