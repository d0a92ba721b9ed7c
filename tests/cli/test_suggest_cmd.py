"""``zonalplan suggest``: human and JSON output, source filter, limit, and unusable input."""

from __future__ import annotations

import json

import pytest

from zonalplan.cli import main


def run(*args: str) -> int:
    return main([str(a) for a in args])


def test_human_output_lists_both_sources_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("suggest", "Woninginbraken") == 0
    out = capsys.readouterr().out
    assert "Plan national de sécurité (PNS)" in out
    assert "Note-cadre de sécurité intégrale (NCSI)" in out
    assert "pns.reg.2" in out and "ncsi.d2.t1" in out
    assert "Fonctionnement régulier : infractions contre la propriété" in out
    assert "NCSI 6.2 › thème 1 — Délits contre les biens" in out
    assert "mot composé" in out
    assert out.index("pns.reg.2") < out.index("ncsi.d2.t1")


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("suggest", "Lutter contre les cambriolages", "--json", "--limit", "2") == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and 1 <= len(data) <= 4
    for entry in data:
        assert set(entry) == {"id", "source", "kind", "number", "title", "label", "path",
                              "score", "why", "language", "translation"}
        assert entry["source"] in ("pns", "ncsi")
        assert isinstance(entry["why"], list) and entry["why"]
        assert isinstance(entry["path"], list)
    assert next(e for e in data if e["source"] == "pns")["id"] == "pns.reg.2"
    pns_scores = [e["score"] for e in data if e["source"] == "pns"]
    assert pns_scores == sorted(pns_scores, reverse=True)


def test_source_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("suggest", "Verkeersveiligheid", "--source", "ncsi", "--json", "--limit", "1") == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in data] == ["ncsi.d2.t3"]
    assert run("suggest", "Verkeersveiligheid", "--source", "pns") == 0
    out = capsys.readouterr().out
    assert "pns.5" in out and "NCSI" not in out


def test_no_match_is_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("suggest", "😀 ?!") == 0
    assert "Aucune suggestion" in capsys.readouterr().out
    assert run("suggest", "Борьба", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("args", [["suggest", ""], ["suggest", "   "],
                                  ["suggest", "drugs", "--limit", "0"],
                                  ["suggest", "drugs", "--limit", "500"]])
def test_unusable_input_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*args) == 2
    err = capsys.readouterr().err
    assert err.startswith("zonalplan : ") and err.count("\n") == 1


def test_bad_source_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run("suggest", "drugs", "--source", "ssn")
    assert exc.value.code == 2


def test_json_titles_in_the_requested_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("suggest", "Woninginbraken", "--json", "--source", "pns",
               "--language", "nl") == 0
    data = json.loads(capsys.readouterr().out)
    top = data[0]
    assert (top["id"], top["title"], top["translation"]) == (
        "pns.reg.2", "Eigendomsdelicten", "working")
