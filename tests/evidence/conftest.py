"""Fixtures: the demo zone's sample files in the official formats, written to a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonalplan.demo.plan import COMMUNES
from zonalplan.demo.samples import write_samples


@pytest.fixture()
def samples(tmp_path: Path) -> dict[str, Path]:
    """Return the demo sample files by name."""
    return {path.name: path for path in write_samples(tmp_path / "samples")}


@pytest.fixture(scope="session")
def communes() -> list[tuple[str, str | None]]:
    """Return the demo plan's communes as (name, INS code)."""
    return [(name, code) for name, code, _people in COMMUNES]
