"""Evidence room: the zone's data (Statbel accidents and population, police crime statistics,
population surveys, any mapped table) imported with provenance, figures computed from it, charts.

Importers are pure functions from a file to a validated :class:`Dataset`; computations
(``figures``) are separate from importers; charts are rendered for the export by ``charts``.
"""

from __future__ import annotations

from zonalplan.lazy import lazy_exports

_EXPORTS = {
    "Dataset": "importing", "DataKind": "importing", "Provenance": "importing",
    "DataImportError": "reading", "read_table": "reading", "parse_number": "reading",
    "CommuneMatcher": "communes", "ZONE": "communes",
    "ColumnMapping": "tables",
    "import_file": "importing", "import_bytes": "importing", "detect_kind": "importing",
}
__all__ = sorted(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
