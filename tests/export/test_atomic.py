"""Atomic writes: a locked target or a full disk leave the previous file and the plan intact."""

from __future__ import annotations

import errno
import os

import pytest

from zonalplan import fileio as atomic
from zonalplan.export import export_plan
from zonalplan.model import PlanError


@pytest.fixture
def previous(tmp_path):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"ancienne version")
    return target


def _only(folder):
    return sorted(p.name for p in folder.iterdir())


def test_target_open_in_word(monkeypatch, previous, reference, demo_plan):
    before = demo_plan.model_dump()

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(PlanError) as info:
        export_plan(demo_plan, previous, reference=reference)
    assert "ouvert dans un autre programme" in str(info.value)
    assert "n'a pas été modifié" in str(info.value)
    assert previous.read_bytes() == b"ancienne version"
    assert _only(previous.parent) == ["plan.docx"]
    assert demo_plan.model_dump() == before


def test_disk_full(monkeypatch, previous, reference, demo_plan):
    before = demo_plan.model_dump()

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(PlanError, match="le disque est plein"):
        export_plan(demo_plan, previous, reference=reference)
    assert previous.read_bytes() == b"ancienne version"
    assert _only(previous.parent) == ["plan.docx"]
    assert demo_plan.model_dump() == before


def test_successful_write_replaces_the_file(previous, reference, demo_plan):
    result = export_plan(demo_plan, previous, reference=reference)
    assert result.path == previous
    assert previous.read_bytes()[:2] == b"PK"
    assert _only(previous.parent) == ["plan.docx"]


def test_bad_output_paths_are_unusable_input(tmp_path, reference, demo_plan):
    from zonalplan.model import UnusableInputError

    with pytest.raises(UnusableInputError, match="doit finir par .docx"):
        export_plan(demo_plan, tmp_path / "plan.pdf", reference=reference)
    with pytest.raises(UnusableInputError, match="n'existe pas"):
        export_plan(demo_plan, tmp_path / "absent" / "plan.docx", reference=reference)
