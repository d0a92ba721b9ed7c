"""The one rule that turns a typing burst into one undo step."""

from __future__ import annotations

import time

BURST_PAUSE_S = 2.0
"""A pause longer than this (seconds) between two edits of a field starts a new undo step."""


class TypingMerge:
    """Give the edits of one typing burst in one field a shared merge id.

    A burst ends after a pause of :data:`BURST_PAUSE_S`, when another field is edited, or when
    :meth:`cut` is called (the field lost the focus, a choice was made, the plan changed
    elsewhere). ``SetValue`` commands with the same ``merge_id`` merge into one undo step.
    """

    def __init__(self, prefix: str = "") -> None:
        self._prefix = prefix or f"{id(self):x}"
        self._key: str | None = None
        self._last = 0.0
        self._burst = 0

    def merge_id(self, key: str) -> str:
        """Return the merge id of an edit of the field named ``key``."""
        now = time.monotonic()
        if key != self._key or now - self._last > BURST_PAUSE_S:
            self._burst += 1
        self._key, self._last = key, now
        return f"{self._prefix}:{key}#{self._burst}"

    def cut(self) -> None:
        """End the current burst (the next edit starts a new undo step)."""
        self._key = None
