"""Progress reporting and cancellation (Qt-free protocol)."""

from __future__ import annotations

import pytest

from zonalplan.export import ExportCancelled, export_plan


class Recorder:
    def __init__(self, cancel_after: int | None = None):
        self.calls: list[tuple[float, str]] = []
        self.cancel_after = cancel_after

    def __call__(self, fraction: float, message: str) -> None:
        self.calls.append((fraction, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.calls) >= self.cancel_after


def test_progress_goes_up_to_one(tmp_path, reference, demo_plan):
    recorder = Recorder()
    export_plan(demo_plan, tmp_path / "p.docx", reference=reference, progress=recorder)
    fractions = [f for f, _ in recorder.calls]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in recorder.calls)


def test_plain_callable_without_cancelled(tmp_path, reference, demo_plan):
    seen = []
    export_plan(demo_plan, tmp_path / "p.docx", reference=reference,
                progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0


def test_cancel_writes_nothing(tmp_path, reference, demo_plan):
    with pytest.raises(ExportCancelled):
        export_plan(demo_plan, tmp_path / "p.docx", reference=reference,
                    progress=Recorder(cancel_after=2))
    assert list(tmp_path.iterdir()) == []
