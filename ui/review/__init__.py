"""Review features: compare two versions, review notes, review mode, review of many zones.

Main-window wiring (a few lines each): see the docstrings of :class:`NotesPanel`,
:class:`ReviewModeController`, :class:`ZonesReviewWindow`, :func:`compare_with_version` and
:func:`compare_two_files`.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CompareDialog": "compare", "CompareView": "compare", "compare_two_files": "compare",
    "compare_with_version": "compare", "NotesPanel": "notes_panel",
    "CommandPolicy": "review_mode", "ReviewModeController": "review_mode",
    "ZonesReviewWindow": "zones_window",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import the submodule of an exported name on first use (keeps the start-up fast)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
