"""The national frame: complete against the documents, clean, linked, searchable, rebuilt when changed."""

from __future__ import annotations

import collections
import hashlib
import shutil
from pathlib import Path

import pytest

from zonalplan.reference import Reference, ensure_database, load_reference
from zonalplan.reference.schema import ocr_artefacts
from zonalplan.reference.sources import load_corpus, reference_dir


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def kinds(ref: Reference, source: str | None = None) -> collections.Counter:
    return collections.Counter(i.kind for i in ref.items(source=source))


def test_pns_counts_match_the_document(ref: Reference) -> None:
    k = kinds(ref, "pns")
    assert k["pns_theme"] == 7
    assert k["pns_subtheme"] == 9
    assert [i.number for i in ref.items(kind="pns_theme")] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [i.number for i in ref.items(kind="pns_subtheme")] == [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "6.1", "6.2"]
    conditions = [i for i in ref.items(kind="pns_condition") if i.parent_id == "pns.ch2"
                  or not i.id.count(".") > 1]
    top = [i for i in ref.items(kind="pns_condition") if i.id.count(".") == 1]
    assert len(top) == 11 and conditions
    assert len(ref.children("pns.c4")) == 6  # the 6 points of the Plan Grandes villes
    assert k["pns_regular_theme"] == 8
    assert 80 <= k["glossary_term"] <= 90
    assert {"pns.ch3", "pns.ch4"} <= set(ref.items_by_id)


def test_every_theme_has_objectives_with_levels(ref: Reference) -> None:
    for theme in ref.items(kind=("pns_theme", "pns_subtheme")):
        objectives = [c for c in ref.children(theme.id) if c.kind == "pns_objective"]
        subthemes = [c for c in ref.children(theme.id) if c.kind == "pns_subtheme"]
        assert objectives or subthemes, theme.id
        for obj in objectives:
            assert obj.level in ("federal", "local", "integrated"), obj.id
    groups = {o.group for o in ref.children("pns.7") if o.kind == "pns_objective"}
    assert groups == {"violence intrafamiliale", "violence sexuelle"}
    assert {o.level for o in ref.children("pns.7") if o.kind == "pns_objective"} == {"integrated"}
    assert ref.item("pns.5.loc.1").title.startswith("Renforcer la sécurité routière")


def test_ncsi_counts_and_editions(ref: Reference) -> None:
    k = kinds(ref, "ncsi")
    assert k["ncsi_dimension"] == 6
    assert k["ncsi_theme"] == 26
    assert k["ncsi_subtheme"] == 7
    assert k["ncsi_axis"] == 15
    d5 = ref.item("ncsi.d5")
    assert d5.extra["title_2026_2029"] == "Sécurité de l’espace public et valeurs démocratiques"
    assert all(d.extra.get("motto") for d in ref.items(kind="ncsi_dimension"))


def test_other_sources_counts(ref: Reference) -> None:
    k = kinds(ref)
    assert (k["ssn_vital_interest"], k["ssn_trend"], k["ssn_threat"]) == (6, 7, 10)
    assert len(ref.roots("ssn")) >= 4 and len(
        [i for i in ref.items(kind="ssn_orientation") if i.parent_id is None]) == 4
    assert k["mfa_objective"] == 4
    assert k["pzs_functionality"] == 7
    assert k["goci_market"] > 0 and k["goci_actor"] > 0 and k["goci_resilience"] > 0
    assert k["pzs_chapter"] >= 10


def test_no_ocr_artefacts_anywhere(ref: Reference) -> None:
    problems = []
    for item in ref.items():
        for text in (item.title, item.text, *[v for v in item.extra.values() if isinstance(v, str)]):
            problems += [f"{item.id}: {p}" for p in ocr_artefacts(text)]
    assert problems == []


def test_ids_unique_provenance_everywhere(ref: Reference) -> None:
    corpus = load_corpus()
    ids = [li.item.id for li in corpus.items]
    assert len(ids) == len(set(ids))
    for item in ref.items():
        assert item.provenance.get("section") and item.provenance.get("document"), item.id


def test_every_pns_theme_links_to_the_ncsi(ref: Reference) -> None:
    for theme in ref.items(kind=("pns_theme",)):
        targets = {lk.target_id for lk in ref.links_from(theme.id)}
        assert any(t.startswith("ncsi.") for t in targets), theme.id
    relations = {lk.relation for lk in ref.links}
    assert {"cited", "derived"} <= relations
    assert any(lk.target_id.startswith("ssn.") for lk in ref.links)


@pytest.mark.parametrize("query, expected", [
    ("cambriolage", "ncsi.d2.t1"), ("stupéfiants", "pns.1.1"), ("stupefiants", "pns.1.1"),
    ("violence intrafamiliale", "pns.7"), ("VIOLENCE INTRAFAMILIALE", "pns.7"),
    ("radicalisation", "pns.3"), ("radicalisation", "ncsi.d5.t2"),
    ("sécurité routière", "pns.5"), ("securite routiere", "pns.5"),
])
def test_full_text_search_is_accent_and_case_insensitive(ref: Reference, query: str,
                                                          expected: str) -> None:
    ids = [h.item.id for h in ref.search(query, limit=15)]
    assert expected in ids, (query, ids)


def test_search_with_junk_returns_nothing_without_error(ref: Reference) -> None:
    for query in ("", "   ", "!!!", '"*', "🚓", "AND OR NOT", "x" * 10000):
        assert isinstance(ref.search(query), list)


def test_build_is_deterministic_and_rebuilt_when_a_source_changes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(reference_dir(), src, ignore=shutil.ignore_patterns("lexicon"))
    a = ensure_database(tmp_path / "c1", src) if (tmp_path / "c1").mkdir() is None else None
    b = ensure_database(tmp_path / "c2", src) if (tmp_path / "c2").mkdir() is None else None
    one = Reference.open(a)
    two = Reference.open(b)
    assert one.order == two.order and one.content_hash == two.content_hash
    assert [one.item(i) for i in one.order] == [two.item(i) for i in two.order]
    digest = hashlib.sha256(a.read_bytes()).hexdigest()
    assert ensure_database(tmp_path / "c1", src) == a  # up to date: not rebuilt
    assert hashlib.sha256(a.read_bytes()).hexdigest() == digest
    target = src / "affaires-etrangeres-terrorisme.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace(
        "mfa_objective", "mfa_objective", 1) + "\n# relu\n", encoding="utf-8")
    c = ensure_database(tmp_path / "c1", src)
    assert c != a and c.exists() and not a.exists()
