"""Identifiers of plan elements (shared by every model module, imported by none of them first)."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """Return a short random identifier for a new plan element."""
    return uuid.uuid4().hex[:12]
