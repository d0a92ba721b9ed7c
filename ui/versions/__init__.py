"""The versions chapter."""

from ui.versions.versions_editor import VersionsEditor

__all__ = ["VersionsEditor"]
