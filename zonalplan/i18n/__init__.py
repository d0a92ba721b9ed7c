"""The core's language layer: message catalogues, the current language, locale formats.

Messages are written in French in the code and marked ``_("…")`` (translated now) or ``N_("…")``
(marked for the catalogue, translated where shown). Dutch and German come from the gettext
catalogues ``locale/<lang>/LC_MESSAGES/zonalplan.po`` (compiled ``.mo`` committed next to them;
``python -m zonalplan.i18n.catalog`` extracts, updates and compiles). Domain terms (CZS/ZVR,
korpschef, the basic functionalities, chapter names, enum labels) live in one table,
:mod:`zonalplan.i18n.vocabulary`.

The current language is the process default (``set_language``: the CLI's ``--language``, the
interface preference, else the locale from ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``),
overridden for one block by ``using(lang)`` — the export uses the plan's language whatever the
interface speaks. The override is a context variable, so threads and tasks do not leak languages.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import gettext as _gettext

LANGUAGES: tuple[str, ...] = ("fr", "nl", "de")
"""Languages a plan may be written in and the core speaks (French is the source language)."""

SOURCE_LANGUAGE = "fr"
DOMAIN = "zonalplan"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "de": "Deutsch"}
"""Each language's name in itself (for language pickers)."""

_default = SOURCE_LANGUAGE
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("zonalplan_language",
                                                                       default=None)


def normalize(code: str | None) -> str | None:
    """Return ``fr``, ``nl`` or ``de`` for a language or locale code (``nl_BE.UTF-8``) or None."""
    if not code:
        return None
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """Return the language the locale asks for (``LANGUAGE``, ``LC_ALL``, ``LANG``…).

    ``LANGUAGE`` may list several languages (``nl:fr``): the first supported one wins. A locale we
    do not speak (``en_US``) or ``C`` gives French.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            found = normalize(part)
            if found:
                return found
        if name != "LANGUAGE":
            break  # the first set locale variable decides, as in the C library
    return SOURCE_LANGUAGE


def checked(language: str) -> str:
    """Return a supported language code or raise ValueError naming the accepted ones."""
    found = normalize(language)
    if found is None or found != language.strip().lower():
        raise ValueError(_("langue inconnue « {language} » (fr, nl ou de)").format(
                             language=language))
    return found


def set_language(language: str) -> None:
    """Set the process's default language (CLI option, interface preference)."""
    global _default
    _default = checked(language)


def current() -> str:
    """Return the language messages are produced in now."""
    return _override.get() or _default


@contextlib.contextmanager
def using(language: str | None) -> Iterator[str]:
    """Produce messages in ``language`` inside the block (None keeps the current language)."""
    if language is None:
        yield current()
        return
    token = _override.set(checked(language))
    try:
        yield language
    finally:
        _override.reset(token)


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """Return the compiled catalogue of a language (French: identity)."""
    import gettext as _gettext  # on first use: a French start never loads it

    if language == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as handle:
            return _gettext.GNUTranslations(handle)
    except OSError:  # a missing catalogue shows French rather than nothing
        return _gettext.NullTranslations()


def gettext(message: str, language: str | None = None) -> str:
    """Return ``message`` (French source text) in ``language`` or the current language."""
    if not message:
        return message
    lang = language or current()
    if lang == SOURCE_LANGUAGE:
        return message
    return translations(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int, language: str | None = None) -> str:
    """Return the singular or plural form of a message for ``n``, translated."""
    lang = language or current()
    if lang == SOURCE_LANGUAGE:
        return singular if n <= 1 else plural
    return translations(lang).ngettext(singular, plural, n)


_ = gettext


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a message for the catalogue without translating it (translated where shown)."""
    return message


class Translated(Mapping):
    """A mapping whose values are French messages, returned translated in the current language.

    Module-level label tables (``{key: N_("Capacité")}``) keep their shape for every caller while
    following the language of the moment.
    """

    __slots__ = ("_source",)

    def __init__(self, source: Mapping[Any, str]):
        self._source = dict(source)

    def _translate(self, value: str, language: str | None = None) -> str:
        return gettext(value, language)

    def __getitem__(self, key: Any) -> str:
        return self._translate(self._source[key])

    def __iter__(self):
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)

    def in_language(self, language: str) -> dict[Any, str]:
        """Return the whole table in one language."""
        return {k: self._translate(v, language) for k, v in self._source.items()}


__all__ = ["DOMAIN", "LANGUAGES", "LANGUAGE_NAMES", "SOURCE_LANGUAGE", "N_", "Translated", "_",
           "checked", "current", "from_environment", "gettext", "ngettext", "normalize",
           "set_language", "translations", "using"]
