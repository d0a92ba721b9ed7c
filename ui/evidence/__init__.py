"""The zone's evidence in the application: data sets, chapter figures, argument matrix."""

from zonalplan.lazy import lazy_exports

_EXPORTS = {"DataEditor": "data_editor"}

__getattr__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)
