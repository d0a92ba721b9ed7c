"""Preferences file: defaults, round trip, atomic writes, damaged and future files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zonalplan.model import PlanError
from zonalplan.settings import (
    MAX_RECENT,
    SCHEMA_VERSION,
    Preferences,
    interface_language,
    load_preferences,
    save_preferences,
    settings_path,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    prefs = load_preferences(tmp_path / "settings.json")
    assert prefs == Preferences()
    assert prefs.autosave_minutes == 2 and prefs.reopen_last


def test_round_trip_writes_schema_version_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    prefs = Preferences(author="Commissaire Dupont", autosave_minutes=5)
    prefs.add_recent(tmp_path / "a.zplan")
    save_preferences(prefs, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert load_preferences(path) == prefs
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_default_path_is_in_the_user_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path / "data"))
    save_preferences(Preferences(author="X"))
    assert settings_path() == tmp_path / "data" / "settings.json"
    assert load_preferences().author == "X"


def test_recent_files_are_unique_most_recent_first_and_bounded(tmp_path: Path) -> None:
    prefs = Preferences()
    for i in range(MAX_RECENT + 3):
        prefs.add_recent(tmp_path / f"p{i}.zplan")
    prefs.add_recent(tmp_path / "p5.zplan")
    assert len(prefs.recent_files) == MAX_RECENT
    assert prefs.recent_files[0].endswith("p5.zplan")
    assert len(set(prefs.recent_files)) == MAX_RECENT
    assert prefs.last_file == prefs.recent_files[0]
    prefs.forget_recent(tmp_path / "p5.zplan")
    assert not any(p.endswith("p5.zplan") for p in prefs.recent_files)
    assert prefs.last_file is None


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe\x00garbage"])
def test_damaged_file_gives_defaults_and_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_preferences(path) == Preferences()
    assert not path.exists()
    assert (tmp_path / "settings.json.illisible").read_bytes() == content


def test_bad_field_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "autosave_minutes": "souvent",
                                "author": "Chef"}), encoding="utf-8")
    prefs = load_preferences(path)
    assert prefs.autosave_minutes == 2 and prefs.author == "Chef"


def test_future_fields_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "author": "A",
                                "nouveau_reglage": {"x": 1}}), encoding="utf-8")
    prefs = load_preferences(path)
    prefs.author = "B"
    save_preferences(prefs, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["nouveau_reglage"] == {"x": 1}
    assert data["schema_version"] == SCHEMA_VERSION + 1 and data["author"] == "B"


def test_invalid_assignment_is_refused() -> None:
    prefs = Preferences()
    with pytest.raises(ValueError):
        prefs.autosave_minutes = -1


def test_unwritable_folder_raises_a_french_error(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(PlanError, match="Préférences non enregistrées"):
        save_preferences(Preferences(), blocker / "settings.json")


@pytest.mark.parametrize("field, value", [
    ("recent_files", "un seul fichier"), ("recent_files", [1, 2]), ("guided", ["zone"]),
    ("reopen_last", "oui"), ("autosave_minutes", True), ("author", "x" * 201),
    ("export_folder", 3),
])
def test_each_known_field_refuses_a_wrong_type(field: str, value: object) -> None:
    prefs = Preferences()
    with pytest.raises(ValueError, match=field):
        setattr(prefs, field, value)
    assert getattr(prefs, field) == getattr(Preferences(), field)


def test_fields_of_a_newer_release_read_as_attributes(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"review_role": "DirCo", "recent_files": "pas une liste"}),
                    encoding="utf-8")
    prefs = load_preferences(path)
    assert prefs.review_role == "DirCo" and prefs.recent_files == []


def test_preferences_load_without_the_plan_models() -> None:
    import subprocess
    import sys

    code = ("import sys; from zonalplan.settings import load_preferences; load_preferences();"
            "print('pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_language_preference_round_trip_and_check(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_preferences(path).language is None  # follow the system
    save_preferences(Preferences(language="nl"), path)
    assert load_preferences(path).language == "nl"
    with pytest.raises(ValueError, match="fr, nl ou de"):
        Preferences(language="en")
    path.write_text('{"language": "klingon", "author": "Marie"}', encoding="utf-8")
    prefs = load_preferences(path)
    assert prefs.language is None and prefs.author == "Marie"


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "de_BE.UTF-8"}, "de"),
    ({"LANG": "fr_BE.UTF-8"}, "fr"),
    ({"LANGUAGE": "nl_BE:fr", "LANG": "fr_BE.UTF-8"}, "nl"),
    ({"LANGUAGE": "en_GB:de", "LANG": "C.UTF-8"}, "de"),
    ({"LC_ALL": "de_DE@euro", "LANG": "nl_BE"}, "de"),
    ({"LANG": "en_US.UTF-8"}, "fr"),
    ({"LANG": "C"}, "fr"),
    ({}, "fr"),
])
def test_interface_language_follows_the_system_locale(environ: dict, expected: str) -> None:
    assert interface_language(Preferences(), environ=environ) == expected


def test_interface_language_order_flag_preference_system_fallback() -> None:
    environ = {"LANG": "de_BE.UTF-8"}
    assert interface_language(Preferences(language="nl"), "fr", environ) == "fr"
    assert interface_language(Preferences(language="nl"), None, environ) == "nl"
    assert interface_language(Preferences(), None, environ) == "de"
    assert interface_language(Preferences(), None, {}, fallback="nl_BE") == "nl"
    assert interface_language(Preferences(), None, {}, fallback="en_US") == "fr"


def test_new_plans_are_proposed_in_documents_not_in_the_app_folder(tmp_path, monkeypatch):
    import platformdirs

    from zonalplan.paths import user_data_dir

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    prefs = Preferences()
    assert prefs.plans_folder() == str(documents)
    prefs.add_recent(user_data_dir() / "demo.zplan")  # the demo plan lives in the app folder
    assert prefs.plans_folder() == str(documents)
    chosen = tmp_path / "zone" / "plans"
    chosen.mkdir(parents=True)
    prefs.add_recent(chosen / "pzs.zplan")
    assert prefs.plans_folder() == str(chosen.resolve())  # the last folder is remembered
    prefs.last_folder = str(tmp_path / "gone")
    assert prefs.plans_folder() == str(documents)
