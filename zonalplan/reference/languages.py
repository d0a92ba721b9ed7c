"""The national frame in another language: items with their translation status, visibly.

:class:`Languages` is mixed into :class:`~zonalplan.reference.api.Reference`; the translations are
read from the compiled database on first use, so a French session never pays for them.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from zonalplan.i18n import N_, Translated, _

if TYPE_CHECKING:
    from zonalplan.reference.api import Item

ORIGINAL = "fr"
"""The language of the curated sources."""

LANGUAGES = ("fr", "nl", "de")

TRANSLATION_STATUSES = ("original", "working", "official", "missing")
"""``original``: the French source text; ``working``: a working translation made for ZonalPlan;
``official``: the text published by the federal authorities; ``missing``: no translation, the
French text is shown instead (a view marks it, never passes it off as translated)."""

TRANSLATION_LABELS = Translated({
    "original": N_("texte original"), "working": N_("traduction de travail"),
    "official": N_("traduction officielle"), "missing": N_("non traduit")})


class Languages:
    """Language views of a reference: its items in Dutch or German, each with its status."""

    db_path: Path
    items_by_id: dict[str, Item]
    order: list[str]
    _localized: dict[str, dict[str, Item]]

    def ancestors(self, item_id: str) -> list[Item]:  # pragma: no cover - defined by Reference
        raise NotImplementedError

    @cached_property
    def _i18n(self) -> tuple[dict, dict, dict]:
        """Read the translations on first use (a French session never pays for them)."""
        items: dict[str, dict[str, tuple[str, str | None, str]]] = {}
        documents: dict[str, dict[str, tuple[str, str, str]]] = {}
        keywords: dict[str, dict[str, list[str]]] = {}
        conn = connect_ro(self.db_path)
        try:
            for item_id, lang, title, text, has_text, status, words in conn.execute(
                    "SELECT id, language, title, text, translated_text, status, keywords"
                    " FROM translations"):
                items.setdefault(lang, {})[item_id] = (title, text if has_text else None, status)
                if words and words != "[]":
                    keywords.setdefault(lang, {})[item_id] = json.loads(words)
            for source, lang, title, short, status in conn.execute(
                    "SELECT source, language, title, short_title, status"
                    " FROM document_translations"):
                documents.setdefault(lang, {})[source] = (title, short, status)
        except sqlite3.OperationalError:  # a database without translations
            pass
        finally:
            conn.close()
        return items, documents, keywords

    @property
    def translations(self) -> dict[str, dict[str, tuple[str, str | None, str]]]:
        """Per language, per item id: (title, text or None when untranslated, status)."""
        return self._i18n[0]

    @property
    def translated_keywords(self) -> dict[str, dict[str, list[str]]]:
        """Per language, per item id: the keywords of that language (for the suggestions)."""
        return self._i18n[2]

    @property
    def document_titles(self) -> dict[str, dict[str, tuple[str, str, str]]]:
        """Per language, per source: (title, short title, status)."""
        return self._i18n[1]

    def languages(self) -> list[str]:
        """Return French and every language the reference has translations for."""
        return [ORIGINAL, *sorted(set(self.translations) | set(self.document_titles))]

    def localize(self, item: Item, language: str | None) -> Item:
        """Return ``item`` with its title, text and path in ``language``.

        What is not translated stays French and is named in :attr:`Item.fallback` (status
        ``missing`` when even the title is French), so a view can mark it.
        """
        if not language or language == ORIGINAL or item.language == language:
            return item
        cache = self._localized.setdefault(language, {})
        done = cache.get(item.id)
        if done is None:
            base = self.items_by_id.get(item.id, item)
            tr = self.translations.get(language, {}).get(item.id)
            path = self._path(base, language)
            if tr is None:
                title, text, status = base.title, None, "missing"
                fallback: tuple[str, ...] = ("title", "text") if base.text else ("title",)
            else:
                title, text, status = tr
                fallback = ("text",) if text is None and base.text else ()
            provenance = {**base.provenance, "language": language, "translation": status,
                          "cited_short_title": base.path[0]}
            words = self.translated_keywords.get(language, {}).get(item.id)
            keywords = {**base.keywords, language: list(words)} if words else base.keywords
            done = replace(base, title=title, text=base.text if text is None else text,
                           path=path, provenance=provenance, language=language,
                           translation=status, fallback=fallback, keywords=keywords)
            cache[item.id] = done
        return done

    def _path(self, item: Item, language: str) -> tuple[str, ...]:
        doc = self.document_titles.get(language, {}).get(item.source)
        chain = [item, *self.ancestors(item.id)]
        titles = self.translations.get(language, {})
        labels = []
        for node in reversed(chain):
            title = titles[node.id][0] if node.id in titles else node.title
            labels.append(f"{node.number} {title}" if node.number else title)
        return (doc[1] if doc else item.path[0], *labels)

    def document_title(self, source: str, language: str | None = None
                       ) -> tuple[str, str, str] | None:
        """Return (title, short title, translation status) of a source document in a language.

        None when the language has no title for it (the caller shows the French one, marked).
        """
        if not language or language == ORIGINAL:
            return None
        return self.document_titles.get(language, {}).get(source)

    def source_translation(self, source: str, language: str | None) -> str:
        """Return how a source is translated into a language, for a sources note.

        ``original`` (French asked), ``official`` (every item official), ``working`` (every item
        translated, some as working translations), ``partial`` (some items untranslated) or
        ``missing`` (none translated).
        """
        if not language or language == ORIGINAL:
            return "original"
        done = self.translations.get(language, {})
        statuses = [done[i][2] if i in done else "missing"
                    for i in self.order if self.items_by_id[i].source == source]
        if not statuses or all(s == "missing" for s in statuses):
            return "missing"
        if "missing" in statuses:
            return "partial"
        return "official" if all(s == "official" for s in statuses) else "working"


def translation_note(item: Item) -> str:
    """Return the discreet note a translated or untranslated item carries (« » for French)."""
    if item.translation == "original":
        return ""
    if "title" in item.fallback:
        return _(" [{missing} : texte français]").format(missing=TRANSLATION_LABELS["missing"])
    status = TRANSLATION_LABELS.get(item.translation, item.translation)
    if item.fallback:
        return _(" [{status} ; texte en français]").format(status=status)
    return f" [{status}]"


def connect_ro(path: Path, same_thread: bool = True) -> sqlite3.Connection:
    """Open the compiled database read-only (it is never written once built)."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=same_thread)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn
