"""The national frame (PNS, NCSI, SSN, crime index…) as curated, compiled, searchable data."""

from zonalplan.reference.api import (
    KIND_LABELS,
    LEVEL_LABELS,
    SOURCE_LABELS,
    TRANSLATION_LABELS,
    TRANSLATION_STATUSES,
    Item,
    Link,
    Reference,
    SearchHit,
    fold,
    load_reference,
    translation_note,
)

__all__ = ["KIND_LABELS", "LEVEL_LABELS", "SOURCE_LABELS", "TRANSLATION_LABELS",
           "TRANSLATION_STATUSES", "Item", "Link", "Reference", "SearchHit", "ensure_database",
           "fold", "load_reference", "translation_note"]


def ensure_database(*args, **kwargs):
    """Return the compiled reference database, building it when missing or stale."""
    from zonalplan.reference.build import ensure_database as build

    return build(*args, **kwargs)
