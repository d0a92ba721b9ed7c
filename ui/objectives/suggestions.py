"""Suggestions of national items for an objective (``zonalplan.alignment.suggest``)."""

from __future__ import annotations

from zonalplan.alignment.suggest import Suggestion, suggest_split
from zonalplan.i18n import current as current_language
from zonalplan.reference.api import Reference


def suggestions_for(text: str, reference: Reference, exclude: set[str], per_source: int = 3,
                    language: str | None = None) -> list[Suggestion]:
    """Return up to ``per_source`` PNS then NCSI suggestions not in ``exclude``.

    Labels, titles and reasons are in ``language``, by default the interface's.
    """
    if not text.strip():
        return []
    result = suggest_split(text[:20_000], reference, per_source + len(exclude) + 2,
                           language or current_language())
    chosen: list[Suggestion] = []
    for ranking in (result.pns, result.ncsi):
        chosen += [s for s in ranking if s.item.id not in exclude][:per_source]
    return chosen
