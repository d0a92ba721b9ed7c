"""Page provenance per item for the national security strategy (issue 13), not per chapter."""

from __future__ import annotations

from zonalplan.reference import load_reference

CHAPTERS = {"ssn_vital_interest": (9, 11), "ssn_trend": (12, 17), "ssn_threat": (18, 25)}


def test_vital_interests_trends_and_threats_each_cite_their_own_page() -> None:
    ref = load_reference()
    for kind, (first, last) in CHAPTERS.items():
        items = ref.items(kind=kind)
        pages = [i.provenance["page"] for i in items]
        assert len(items) >= 6
        assert all(first <= p <= last for p in pages), (kind, pages)
        assert pages == sorted(pages), (kind, pages)  # document order
        assert len(set(pages)) >= 3, (kind, pages)  # not all the chapter's first page
        assert all("repères de page" in i.provenance.get("note", "") for i in items)
    threats = {i.id: i.provenance["page"] for i in ref.items(kind="ssn_threat")}
    assert threats["ssn.th.1"] == 18 and threats["ssn.th.10"] == 24
