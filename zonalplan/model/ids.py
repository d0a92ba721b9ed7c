"""What every model module shares: element identifiers and the strict base model."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """A model that refuses unknown fields and validates every assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def new_id() -> str:
    """Return a short random identifier for a new plan element."""
    return uuid.uuid4().hex[:12]
