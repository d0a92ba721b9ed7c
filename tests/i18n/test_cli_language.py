"""The command line speaks the language of --language or of the locale; JSON keys never change."""

from __future__ import annotations

import json

import pytest

from tests.i18n.dutch_plan import dutch_plan
from zonalplan.cli import main
from zonalplan.store import create_plan_file

pytestmark = pytest.mark.usefixtures("french_afterwards")


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "voorbeeld.zplan"
    create_plan_file(path, dutch_plan())
    return path


def test_check_in_dutch_with_the_option(plan_path, capsys):
    assert main(["check", str(plan_path), "--language", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Waarschuwingen" in out and "Avertissements" not in out
    assert "onder de norm van één wijkinspecteur" in out


def test_check_in_dutch_from_the_locale(plan_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    main(["check", str(plan_path)])
    assert "Waarschuwingen" in capsys.readouterr().out


def test_option_before_the_subcommand_and_german(plan_path, capsys):
    main(["--language", "de", "show", str(plan_path)])
    out = capsys.readouterr().out
    assert "Gemeinden: Voorbeeld, Heide, Bos" in out and "Bürgermeister von Heide" in out


def test_errors_follow_the_language(plan_path, tmp_path, capsys):
    code = main(["export", str(plan_path), "-o", str(tmp_path / "x.txt"), "--language", "nl"])
    assert code == 2
    assert "het uitvoerbestand moet eindigen op .docx" in capsys.readouterr().err


def test_json_keys_stay_language_neutral(plan_path, capsys):
    main(["check", str(plan_path), "--json", "--language", "fr"])
    french = json.loads(capsys.readouterr().out)
    main(["check", str(plan_path), "--json", "--language", "nl"])
    dutch = json.loads(capsys.readouterr().out)
    assert french.keys() == dutch.keys()
    assert french["counts"].keys() == dutch["counts"].keys() == {"erreur", "avertissement", "info"}
    assert [f["rule"] for f in french["findings"]] == [f["rule"] for f in dutch["findings"]]
    assert french["findings"][0]["message"] != dutch["findings"][0]["message"]


def test_help_in_dutch(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help", "--language", "nl"])
    assert "taal van de berichten" in capsys.readouterr().out


def test_json_titles_follow_the_language(plan_path, capsys):
    main(["check", str(plan_path), "--json", "--language", "fr"])
    french = json.loads(capsys.readouterr().out)["coverage"]["themes"][0]
    main(["check", str(plan_path), "--json", "--language", "nl"])
    dutch = json.loads(capsys.readouterr().out)["coverage"]["themes"][0]
    assert french["id"] == dutch["id"] and french["title"] != dutch["title"]
    assert not french["title"].endswith("[fr]")  # Dutch: its own title or the marked French one
