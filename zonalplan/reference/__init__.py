"""The national frame (PNS, NCSI, SSN, crime index…) as curated, compiled, searchable data."""

from zonalplan.reference.api import (
    KIND_LABELS,
    LEVEL_LABELS,
    SOURCE_LABELS,
    Item,
    Link,
    Reference,
    SearchHit,
    fold,
    load_reference,
)
from zonalplan.reference.build import ensure_database

__all__ = ["KIND_LABELS", "LEVEL_LABELS", "SOURCE_LABELS", "Item", "Link", "Reference", "SearchHit",
           "ensure_database", "fold", "load_reference"]
