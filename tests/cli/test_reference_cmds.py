"""``zonalplan reference build|search|show|export``."""

import json

from zonalplan.cli import main

EXPORT_KEYS = {"id", "source", "edition", "kind", "number", "title", "text", "parent_id", "path",
               "provenance", "keywords"}


def test_build_search_show(capsys) -> None:
    assert main(["reference", "build"]) == 0
    assert "éléments" in capsys.readouterr().out
    assert main(["reference", "search", "cambriolage", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and set(hits[0]) >= EXPORT_KEYS
    assert main(["reference", "show", "pns.5"]) == 0
    out = capsys.readouterr().out
    assert "Sécurité routière" in out and "PNS 2026-2029" in out


def test_show_unknown_id_fails_with_message(capsys) -> None:
    assert main(["reference", "show", "pns.99"]) == 1
    assert "pns.99" in capsys.readouterr().err


def test_export_every_item_with_the_documented_fields(capsys) -> None:
    assert main(["reference", "export", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) > 400
    sources = {i["source"] for i in items}
    assert sources == {"pns", "ncsi", "ssn", "goci", "mfa", "pzs"}
    for item in items:
        assert set(item) >= EXPORT_KEYS
        if item["kind"] == "pns_objective":
            assert item["level"] in ("federal", "local", "integrated")
