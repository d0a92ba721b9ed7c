"""Titles and texts of national items in a language, falling back visibly to the French source.

The national frame (``reference_data``) is French; Dutch and German titles and texts are added per
item with a translation status (``working`` or ``official``). This module is the one place the
core asks for them, so the export and the CLI print the plan's language and say so when a text
is missing: a French title in a Dutch document carries the marker « [fr] », never silently.
"""

from __future__ import annotations

from typing import Any

from zonalplan.i18n import SOURCE_LANGUAGE, current

FALLBACK_MARK = " [fr]"
"""Appended to a French title or text printed in a Dutch or German document (no translation)."""


def _translated(item: Any, field: str, language: str) -> str | None:
    """Return the item's own translation of ``field`` (title or text), if the data has one."""
    method = getattr(item, f"{field}_in", None)
    if callable(method):
        try:
            value = method(language)
        except (KeyError, LookupError, ValueError):
            value = None
        if value:
            return str(value)
    table = getattr(item, f"{field}s", None)
    if not isinstance(table, dict):
        extra = getattr(item, "extra", None) or {}
        table = (extra.get("i18n", {}) or {}).get(language, {}) if isinstance(extra, dict) else {}
        value = table.get(field) if isinstance(table, dict) else None
        return str(value) if value else None
    value = table.get(language)
    return str(value) if value else None


def item_title(item: Any, language: str | None = None) -> str:
    """Return a national item's title in ``language`` (French, marked « [fr] », if missing)."""
    lang = language or current()
    if lang == SOURCE_LANGUAGE:
        return item.title
    found = _translated(item, "title", lang)
    return found if found is not None else item.title + FALLBACK_MARK


def item_text(item: Any, language: str | None = None) -> str:
    """Return a national item's text in ``language`` (the French one marked « [fr] » if missing)."""
    lang = language or current()
    if lang == SOURCE_LANGUAGE or not item.text:
        return item.text
    found = _translated(item, "text", lang)
    return found if found is not None else item.text + FALLBACK_MARK


def item_label(item: Any, language: str | None = None) -> str:
    """Return « number title » in ``language`` (or the title alone)."""
    title = item_title(item, language)
    return f"{item.number} {title}" if item.number else title


def is_fallback(text: str) -> bool:
    """Return True when a text is a French fallback (for tests and the check)."""
    return text.endswith(FALLBACK_MARK)


def item_citation(item: Any, language: str | None = None) -> str:
    """Return where an item is in its source document; marked « [fr] » in another language.

    The citation names the French edition's chapter (« PNS 2026-2029, Chapitre 2, thème 1 »);
    a translated edition may give its own in ``provenance["section_<lang>"]``.
    """
    lang = language or current()
    if lang == SOURCE_LANGUAGE:
        return item.reference
    prov = item.provenance or {}
    section = prov.get(f"section_{lang}")
    if section:
        page = f", p. {prov['page']}" if prov.get("page") else ""
        return f"{item.path[0]}, {section}{page}"
    return item.reference + FALLBACK_MARK


def translation_status(item: Any, language: str | None = None) -> str:
    """Return ``official``, ``working`` or ``missing`` for an item's title in ``language``.

    French is the source (``official``). Elsewhere the status comes from the item's provenance
    (``translation: {nl: working}`` or ``translation_nl: official``); a title without
    translation is ``missing``.
    """
    lang = language or current()
    if lang == SOURCE_LANGUAGE:
        return "official"
    if _translated(item, "title", lang) is None:
        return "missing"
    prov = getattr(item, "provenance", None) or {}
    status = prov.get(f"translation_{lang}")
    table = prov.get("translation")
    if status is None and isinstance(table, dict):
        status = table.get(lang)
    elif status is None and isinstance(table, str):
        status = table
    return "official" if status == "official" else "working"
