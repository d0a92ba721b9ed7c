"""Adapter to the suggestion engine (``zonalplan.alignment.suggest``), imported lazily.

The engine may not be installed yet, or fail on odd text: the editor then simply shows no chips.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


def engine() -> Callable[..., Any] | None:
    """Return ``suggest_split`` when the engine is available, else None."""
    try:
        from zonalplan.alignment.suggest import suggest_split
    except Exception:  # noqa: BLE001 - any import problem means "no suggestions"
        return None
    return suggest_split


def _rankings(result: Any) -> list[list[Any]]:
    """Return the PNS and NCSI rankings from whatever shape ``suggest_split`` returns."""
    if isinstance(result, dict):
        return [list(result.get("pns", [])), list(result.get("ncsi", []))]
    if hasattr(result, "pns") and hasattr(result, "ncsi"):
        return [list(result.pns), list(result.ncsi)]
    if isinstance(result, (list, tuple)) and len(result) == 2 \
            and all(isinstance(r, (list, tuple)) for r in result):
        return [list(result[0]), list(result[1])]
    return [list(result or [])]


def suggestions_for(text: str, reference: Any, exclude: set[str], per_source: int = 3
                    ) -> list[Any] | None:
    """Return up to ``per_source`` PNS then NCSI suggestions not in ``exclude``.

    Return None when the engine is not available.
    """
    split = engine()
    if split is None or reference is None:
        return None
    if not text.strip():
        return []
    try:
        result = split(text[:20_000], reference, per_source + len(exclude) + 2)
    except Exception:  # noqa: BLE001 - a suggestion failure must never break editing
        log.exception("suggestion engine failed")
        return []
    chosen: list[Any] = []
    for ranking in _rankings(result):
        kept = [s for s in ranking if getattr(s, "item", None) is not None
                and s.item.id not in exclude]
        chosen += kept[:per_source]
    return chosen
