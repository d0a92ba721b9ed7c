"""Shared fixtures of the compare tests: the reference, loaded once per session."""

from __future__ import annotations

import pytest

from zonalplan.reference import Reference, load_reference


@pytest.fixture(scope="session")
def reference() -> Reference:
    """Return the compiled national frame."""
    return load_reference()
