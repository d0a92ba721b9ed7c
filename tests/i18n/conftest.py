"""Fixtures of the language tests."""

from __future__ import annotations

import pytest

from zonalplan.i18n import set_language


@pytest.fixture
def french_afterwards(monkeypatch):
    """Clear the locale variables for the test; the process speaks French again afterwards."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    set_language("fr")
