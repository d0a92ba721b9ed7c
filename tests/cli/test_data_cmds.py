"""``zonalplan data``: import, list, show and remove the zone's data in the plan file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.demo.samples import write_samples
from zonalplan.store import create_plan_file, read_plan


@pytest.fixture()
def plan_file(tmp_path: Path) -> Path:
    """Return the demo plan without its imported data."""
    plan = build_demo_plan()
    plan.datasets = []
    path = tmp_path / "plan.zplan"
    create_plan_file(path, plan)
    return path


def test_import_list_show_remove(plan_file: Path, tmp_path: Path, capsys) -> None:
    """An accidents file is imported, listed, shown per commune, then removed."""
    samples = {p.name: p for p in write_samples(tmp_path / "s")}
    assert main(["data", "import", str(plan_file), str(samples["TF_ACCIDENTS_2024.txt"])]) == 0
    assert "118 ligne(s) gardée(s) sur 120" in capsys.readouterr().out
    assert main(["data", "list", str(plan_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["name"], d["kind"], d["rows"]) for d in listed] == [("accidents 2024",
                                                                    "accidents", 118)]
    assert main(["data", "show", str(plan_file), "accidents 2024", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    accidents = next(s for s in shown["series"] if s["key"] == "accidents:accidents")
    assert accidents["zone"] == {"2024": 118.0}
    assert main(["data", "show", str(plan_file), "accidents 2024"]) == 0
    assert "Total zone" in capsys.readouterr().out
    assert main(["data", "remove", str(plan_file), "accidents 2024"]) == 0
    assert read_plan(plan_file).datasets == []


def test_reimport_reports_changed_baselines(plan_file: Path, tmp_path: Path, capsys) -> None:
    """An indicator whose baseline came from a series is named when the data changes."""
    samples = {p.name: p for p in write_samples(tmp_path / "s")}
    main(["data", "import", str(plan_file), str(samples["TF_ACCIDENTS_2024.txt"])])
    plan = read_plan(plan_file)
    indicator = plan.objectives[2].indicators[0]  # accidents with injuries, baseline 2024
    indicator.series_key, indicator.baseline_value = "accidents:accidents", 118.0
    create_plan_file(plan_file, plan, overwrite=True)
    changed = tmp_path / "TF_ACCIDENTS_2024.txt"
    lines = samples["TF_ACCIDENTS_2024.txt"].read_text(encoding="utf-8").splitlines()
    changed.write_text("\n".join(lines[:-12]) + "\n", encoding="utf-8")  # ten fewer accidents
    capsys.readouterr()
    assert main(["data", "import", str(plan_file), str(changed)]) == 0
    out = capsys.readouterr().out
    assert "remplacé" in out and "Valeurs de départ à revoir" in out and "108" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--map", "123"], "écrivez ANCIEN=NOUVEAU"),
    (["--value-column", "inconnue"], "colonne inconnue absente"),
    (["--kind", "population"], "colonne MS_POPULATION absente"),
])
def test_bad_imports_exit_2_and_leave_the_plan_unchanged(plan_file: Path, tmp_path: Path,
                                                         capsys, args, message) -> None:
    """Each bad import gives exit code 2, a French message, and the file is not modified."""
    samples = {p.name: p for p in write_samples(tmp_path / "s")}
    before = plan_file.read_bytes()
    code = main(["data", "import", str(plan_file), str(samples["TF_ACCIDENTS_2024.txt"]), *args])
    assert code == 2
    assert message in capsys.readouterr().err
    assert plan_file.read_bytes() == before


def test_show_names_the_data_sets_when_one_is_missing(plan_file: Path, capsys) -> None:
    """Asking for an unknown data set lists those that exist."""
    assert main(["data", "show", str(plan_file), "inconnu"]) == 2
    assert "aucun jeu de données « inconnu »" in capsys.readouterr().err
