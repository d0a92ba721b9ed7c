"""Imported data, pictures, figures, the argument matrix and the follow-up travel in the plan file."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

from PIL import Image

from zonalplan.demo import build_demo_plan
from zonalplan.demo.plan import COMMUNES
from zonalplan.demo.samples import write_samples
from zonalplan.evidence import import_file
from zonalplan.evidence.images import picture_from_bytes
from zonalplan.model.evidence import ChapterFigure, FigureKind, PlanPicture
from zonalplan.model.followup import Action, ActionStatus, Candidate, Measurement
from zonalplan.model.matrix import Cell, Criterion, MatrixRow, Proposal
from zonalplan.store import PlanFile, create_plan_file, plan_from_json, plan_to_json, read_plan
from zonalplan.store.schema import TABLES


def _full_plan(tmp_path: Path):
    plan = build_demo_plan()
    communes = [(name, code) for name, code, _ in COMMUNES]
    now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    plan.datasets = [import_file(p, communes, now=now) for p in write_samples(tmp_path / "s")]
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(out, "PNG")
    pic = picture_from_bytes(out.getvalue(), "carte.png")
    plan.pictures = [PlanPicture(id="pic-1", file_name=pic.file_name, format=pic.format,
                                 width=pic.width, height=pic.height, sha256=pic.sha256,
                                 data=pic.data, caption="Carte de la zone")]
    plan.figures = [
        ChapterFigure(id="f1", chapter="env_road_safety", after_paragraph=1,
                      kind=FigureKind.CHART, chart="trend", series=["accidents:accidents"],
                      caption="Accidents avec lésions"),
        ChapterFigure(id="f2", chapter="env_territory", kind=FigureKind.PICTURE,
                      picture_id="pic-1")]
    plan.argument_matrix.rows = [MatrixRow(id="m1", phenomenon="Cambriolages", ref_id="pns.reg.2",
                                           cells={Criterion.FIGURES: Cell(score=3, note="+26 %")},
                                           decision=Proposal.PRIORITY)]
    plan.argument_matrix.weights[Criterion.FIGURES] = 2
    objective = plan.objectives[0]
    plan.followup.actions = [Action(id="a1", objective_id=objective.id, year=2026,
                                    title="Campagne de technoprévention", partners=["commune"],
                                    status=ActionStatus.IN_PROGRESS,
                                    start=dt.date(2026, 2, 1))]
    plan.followup.measurements = [Measurement(id="me1", objective_id=objective.id,
                                              indicator_id=objective.indicators[0].id,
                                              year=2026, quarter=2, value=101.5)]
    plan.candidates = [Candidate(id="c1", title="Cambriolages", origin="ZP X, PZS 2020-2025",
                                 links=["pns.reg.2"])]
    return plan


def test_everything_survives_the_plan_file_and_json(tmp_path: Path) -> None:
    """Save, read, re-save and JSON give back the same plan, picture bytes included."""
    plan = _full_plan(tmp_path)
    path = tmp_path / "plan.zplan"
    create_plan_file(path, plan)
    assert read_plan(path) == plan
    with PlanFile.open(path) as handle:
        handle.save(plan)
        assert handle.load() == plan
    assert plan_from_json(plan_to_json(plan)) == plan
    with sqlite3.connect(path) as conn:  # readable tables for any SQLite client
        assert conn.execute("SELECT count(*) FROM datasets").fetchone()[0] == 7
        assert conn.execute("SELECT format FROM pictures").fetchone()[0] == "PNG"
        assert conn.execute("SELECT status FROM actions").fetchone()[0] == "en_cours"


def test_a_format_1_file_opens_with_empty_new_parts(tmp_path: Path) -> None:
    """A plan written before these tables existed reads with no data, and the file is untouched."""
    plan = build_demo_plan()
    path = tmp_path / "old.zplan"
    create_plan_file(path, plan)
    with sqlite3.connect(path) as conn:
        for table in ("datasets", "pictures", "figures", "matrix_weights", "matrix_rows",
                      "actions", "measurements", "candidates"):
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0002_evidence_followup'")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'format_version'")
    before = path.read_bytes()
    loaded = read_plan(path)
    assert loaded.datasets == [] and loaded.followup.actions == []
    assert loaded.objectives == plan.objectives and loaded.metadata.format_version == 1
    assert path.read_bytes() == before
    assert "datasets" in TABLES
