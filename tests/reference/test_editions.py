"""Editions of the national frame and reference packs (issue 13).

A 2026-2031 plan cites the NCSI under the names the PNS 2026-2029 uses; a pack with a renamed and a
removed item changes what the check says for a plan; hostile packs are refused with nothing
written.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import yaml

from zonalplan.alignment import check
from zonalplan.alignment.rules_editions import changes_for_plan
from zonalplan.cli import main as cli_main
from zonalplan.demo import build_demo_plan
from zonalplan.model import PlanError
from zonalplan.reference import load_reference
from zonalplan.reference.editions import (
    apply_packs,
    editions,
    imported_dir,
    pack_checksum,
    plan_editions,
    read_pack_file,
    reference_for_plan,
)
from zonalplan.reference.packs import MAX_FILE, PackError, import_pack, read_pack

NEW_D5 = "Sécurité de l’espace public et valeurs démocratiques"
OLD_D5 = "Sécurité de l’espace public et protection des normes et valeurs"


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _plan(start: int = 2026, record: str = ""):
    plan = build_demo_plan()
    plan.period.start_year, plan.period.end_year = start, start + 5
    plan.metadata.reference_edition = record
    return plan


def test_editions_list_the_base_and_the_bundled_ncsi_2026(ref, capsys) -> None:
    ids = {e.id: e for e in editions(ref)}
    assert {"pns-2026-2029", "ncsi-2022-2024", "ncsi-2026-2029"} <= set(ids)
    assert ids["ncsi-2026-2029"].origin == "intégrée" and ids["ncsi-2026-2029"].replaces == \
        "2022-2024"
    assert cli_main(["reference", "editions", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(d["id"] == "ncsi-2026-2029" and d["checksum"].startswith("sha256:") for d in data)


def test_a_2026_plan_uses_the_ncsi_names_the_pns_cites(ref) -> None:
    plan = _plan(2026)
    assert plan_editions(plan, ref)["ncsi"].id == "ncsi-2026-2029"
    view = reference_for_plan(plan, ref)
    assert view.item("ncsi.d5").title == NEW_D5 and view.item("ncsi.d5").edition == "2026-2029"
    assert view.item("ncsi.d5.t1").path[:2] == ("NCSI 2026-2029", f"6.5 {NEW_D5}")
    assert ref.item("ncsi.d5").title == OLD_D5  # the previous edition stays browsable
    coverage = check(plan, ref).coverage.to_json()
    assert NEW_D5 in json.dumps(coverage, ensure_ascii=False)
    assert OLD_D5 not in json.dumps(coverage, ensure_ascii=False)


def test_an_older_plan_keeps_the_names_of_its_period(ref) -> None:
    plan = _plan(2022)
    assert plan_editions(plan, ref)["ncsi"].id == "ncsi-2022-2024"
    assert reference_for_plan(plan, ref).item("ncsi.d5").title == OLD_D5


def test_the_demo_coverage_prints_the_new_names(tmp_path: Path, capsys) -> None:
    out = tmp_path / "demo.zplan"
    assert cli_main(["demo", str(out)]) == 0
    capsys.readouterr()
    assert cli_main(["coverage", str(out), "--json"]) == 0
    text = capsys.readouterr().out
    assert NEW_D5 in text and OLD_D5 not in text


def test_a_plan_on_the_old_edition_is_told_what_changes(ref) -> None:
    plan = _plan(2026, "PNS 2026-2029 / NCSI 2022-2024")
    plan.objectives[0].links[0].ref_id = "ncsi.d5"
    findings = [f for f in check(plan, ref).findings if f.rule == "edition"]
    assert len(findings) == 1
    message = findings[0].message
    assert "NCSI 2026-2029" in message and "ncsi.d5" in message and "renommé" in message
    assert NEW_D5 in message


# -- packs ---------------------------------------------------------------------------------------

def _pack(**over) -> dict:
    data = {
        "edition": {"id": "ncsi-2030", "source": "ncsi", "edition": "2030-2033",
                    "replaces": "2022-2024", "date": "2030-01-15", "title": "NCSI 2030-2033",
                    "source_text": "Note-cadre de sécurité intégrale 2030-2033, texte officiel",
                    "valid_from": 2026, "valid_to": 2033, "checksum": "sha256:" + "0" * 64},
        "changes": {"ncsi.d2.t1": {"title": "Criminalité contre les biens"}},
        "removed": ["ncsi.d6.t3"],
        "added": [],
    }
    data.update(over)
    return data


def _sealed(data: dict) -> dict:
    from zonalplan.reference.editions import Pack

    data["edition"]["checksum"] = pack_checksum(Pack.model_validate(data))
    return data


def _write(folder: Path, data: dict | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
    (folder / "edition.yaml").write_text(text, encoding="utf-8")
    return folder


def test_import_a_pack_with_a_renamed_and_a_removed_item(ref, tmp_path, data_dir, capsys) -> None:
    folder = _write(tmp_path / "pack", _sealed(_pack()))
    assert cli_main(["reference", "import", str(folder)]) == 0
    assert "ncsi-2030" in capsys.readouterr().out
    installed = imported_dir() / "ncsi-2030.yaml"
    assert read_pack_file(installed).edition.edition == "2030-2033"
    plan = _plan(2030, "PNS 2026-2029 / NCSI 2022-2024")
    plan.period.end_year = 2031
    plan.objectives[0].links[0].ref_id = "ncsi.d2.t1"
    plan.objectives[1].links[0].ref_id = "ncsi.d6.t3"
    [finding] = [f for f in check(plan, ref).findings if f.rule == "edition"]
    assert "NCSI 2030-2033" in finding.message
    assert "« 1 Délits contre les biens » (ncsi.d2.t1), lié au plan, est renommé" in \
        finding.message and "Criminalité contre les biens" in finding.message
    assert "(ncsi.d6.t3), lié au plan, est retiré" in finding.message
    assert finding.severity == "avertissement"


def test_changes_name_moves_and_new_items(ref) -> None:
    from zonalplan.reference.editions import Pack

    added = {"id": "ncsi.d6.t4", "kind": "ncsi_theme", "number": "4", "title": "Rançongiciels",
             "parent": "ncsi.d6", "wording": "verbatim",
             "provenance": {"section": "6.6 – 4", "page": 60}}
    pack = Pack.model_validate(_sealed(_pack(
        changes={"ncsi.d6.t2": {"parent": "ncsi.d3"}}, removed=[], added=[added])))
    new = apply_packs(ref, [pack])
    plan = _plan(2030)
    plan.objectives[0].links[0].ref_id = "ncsi.d6.t2"
    changes = changes_for_plan(plan, ref, new, "ncsi")
    assert any("est déplacé sous « 6.3 Sécurité économique »" in c for c in changes)
    assert any("nouvel élément « 4 Rançongiciels » (ncsi.d6.t4)" in c for c in changes)


def _zip(tmp_path: Path, entries: dict[str, bytes], name: str = "pack.zip") -> Path:
    target = tmp_path / name
    with zipfile.ZipFile(target, "w") as archive:
        for entry, raw in entries.items():
            archive.writestr(entry, raw)
    return target


def _good_bytes() -> bytes:
    return yaml.safe_dump(_sealed(_pack()), allow_unicode=True).encode("utf-8")


def test_a_good_zip_is_accepted(ref, tmp_path, data_dir) -> None:
    edition = import_pack(_zip(tmp_path, {"ncsi-2030/edition.yaml": _good_bytes()}), ref)
    assert edition.id == "ncsi-2030" and edition.origin == "importée"


@pytest.mark.parametrize("case", [
    "bad_yaml", "wrong_types", "unknown_field", "checksum", "alias", "not_utf8", "huge",
    "traversal", "absolute", "extra_file", "unknown_item", "wrong_base", "not_a_pack",
])
def test_hostile_packs_are_refused_with_nothing_written(ref, tmp_path, data_dir,
                                                        case: str) -> None:
    good = _good_bytes()
    if case == "bad_yaml":
        pack = _write(tmp_path / "p", "edition: [unclosed\n  - :")
    elif case == "wrong_types":
        data = _sealed(_pack())
        data["edition"]["valid_from"] = "deux mille"
        data["removed"] = "ncsi.d6.t3"
        pack = _write(tmp_path / "p", data)
    elif case == "unknown_field":
        data = _sealed(_pack())
        data["script"] = "rm -rf /"
        pack = _write(tmp_path / "p", data)
    elif case == "checksum":
        data = _sealed(_pack())
        data["changes"]["ncsi.d2.t1"]["title"] = "Autre titre"
        pack = _write(tmp_path / "p", data)
    elif case == "alias":
        pack = _write(tmp_path / "p", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
    elif case == "not_utf8":
        pack = _zip(tmp_path, {"edition.yaml": "édition: é".encode("latin-1")})
    elif case == "huge":
        pack = _zip(tmp_path, {"edition.yaml": good + b"#" * (MAX_FILE + 10)})
    elif case == "traversal":
        pack = _zip(tmp_path, {"../../edition.yaml": good})
    elif case == "absolute":
        pack = _zip(tmp_path, {"/etc/edition.yaml": good})
    elif case == "extra_file":
        pack = _zip(tmp_path, {"edition.yaml": good, "run.py": b"print(1)"})
    elif case == "unknown_item":
        pack = _write(tmp_path / "p", _sealed(_pack(removed=["ncsi.d9.t9"])))
    elif case == "wrong_base":
        data = _pack()
        data["edition"]["replaces"] = "2018-2021"
        pack = _write(tmp_path / "p", _sealed(data))
    else:
        pack = tmp_path / "notes.txt"
        pack.write_text("bonjour", encoding="utf-8")
    with pytest.raises(PlanError) as info:
        import_pack(pack, ref)
    message = str(info.value)
    assert isinstance(info.value, PackError) and message
    assert "Traceback" not in message and "Error" not in message
    assert not (data_dir / "editions").exists() or not any((data_dir / "editions").iterdir())
    assert {e.id for e in editions(ref)} == {e.id for e in editions(ref) if e.origin != "importée"}


def test_a_symlinked_pack_is_refused(ref, tmp_path, data_dir) -> None:
    folder = _write(tmp_path / "p", _sealed(_pack()))
    (folder / "README.md").symlink_to("/etc/passwd")
    with pytest.raises(PackError, match="n'a pas sa place"):
        read_pack(folder, ref)


def test_refused_pack_message_reaches_the_user_in_french(tmp_path, data_dir, capsys) -> None:
    pack = _zip(tmp_path, {"../evil/edition.yaml": b"x: 1"})
    assert cli_main(["reference", "import", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "sort du paquet" in err and "Traceback" not in err
