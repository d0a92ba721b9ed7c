"""What every follow-up page gives the chapter frame (the shell's chapter-editor protocol)."""

from __future__ import annotations

from typing import Any


class FollowUpChapter:
    """Defaults for the follow-up pages: no finding points inside them; focus the first field."""

    def show_place(self, place: Any) -> bool:
        """Return False: findings never point inside this page."""
        return False

    def focus_first(self) -> None:
        """Put the keyboard focus in the page's first field."""
        self.setFocus()  # type: ignore[attr-defined]
        self.focusNextChild()  # type: ignore[attr-defined]
