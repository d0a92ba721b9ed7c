"""Test-wide settings: no screen needed, user folders isolated per session."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.mkdtemp(prefix="zonalplan-tests-")
os.environ.setdefault("ZONALPLAN_DATA_DIR", os.path.join(_TMP, "data"))
os.environ.setdefault("ZONALPLAN_CACHE_DIR", os.path.join(_TMP, "cache"))


@pytest.fixture(autouse=True)
def _core_language_back_to_french():
    """Give every test the core in French, whatever language a previous test installed."""
    yield
    from zonalplan.i18n import set_language

    set_language("fr")
