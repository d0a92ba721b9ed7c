"""Structured diff of two drafts: each kind of change, matching, alignment delta, sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.model import (
    Decision,
    Functionality,
    Indicator,
    LinkWeight,
    NationalLink,
    Objective,
    ObjectiveKind,
    Plan,
    UnusableInputError,
)
from zonalplan.review.diff import compare_files, diff_plans, load_side
from zonalplan.review.diff_text import render_text
from zonalplan.review.textdiff import Segment, greedy_matches, render_segments, word_diff
from zonalplan.store import PlanFile, create_plan_file

RENAMED_TITLE = "Lutter contre le trafic de stupéfiants et le deal en rue"
REMOVED_LINK = "ncsi.d2.t3"


def drafts() -> tuple[Plan, Plan]:
    """Return a first draft and a second draft of the demo plan with one change of each kind."""
    before = build_demo_plan()
    before.objective("obj-p2").owner = ""  # finding objectif.responsable, fixed in the new draft
    before.objective("obj-p3").description = ""  # finding kept across the renaming of P3
    after = build_demo_plan()
    after.objective("obj-p3").description = ""
    p1 = after.objective("obj-p1")
    p1.description = p1.description.replace("cambriolages", "vols dans les habitations", 1)
    p1.partners = [*p1.partners, "Service des gardiens de la paix"]
    p1.indicators[0].target_value = 150
    p1.indicators = [*p1.indicators, Indicator(id="ind-new", name="Visites de technoprévention",
                                               unit="visites", baseline_value=120,
                                               baseline_year=2024, target_value=240,
                                               target_year=2031, source="Zone",
                                               frequency="annuelle")]
    p1.capacity_fte = (p1.capacity_fte or 0) + 0.5
    p2 = after.objective("obj-p2")
    p2.id, p2.title = "obj-drogue", RENAMED_TITLE  # new id: matched by title similarity
    p3 = after.objective("obj-p3")
    p3.id = "obj-route"  # same title, new id
    assert p3.links[-1].ref_id == REMOVED_LINK
    p3.links = [*p3.links[:-1], NationalLink(ref_id="pns.1.1", weight=LinkWeight.SECONDARY)]
    p4 = after.objective("obj-p4")
    p4.indicators[0].id = "ind-renamed"  # same name: matched by name
    after.objectives = [o for o in after.objectives if o.id != "obj-pa3"]
    after.objectives.append(Objective(
        id="obj-pa5", code="PA5", title="Accompagner les commerçants face aux vols à l'étalage",
        kind=ObjectiveKind.ATTENTION_POINT, description="Sensibiliser les commerçants.",
        owner="Service de proximité", links=[NationalLink(ref_id="pns.2")]))
    j = next(d for d in after.decisions if d.ref_id == "pns.1.2")
    j.decision, j.justification = Decision.NOT_RETAINED, "La zone ne retient pas ce thème."
    after.capacity.available_fte = 74.0
    after.capacity.functionalities = {**after.capacity.functionalities,
                                      Functionality.NEIGHBOURHOOD: 13.0}
    after.czs_members[1].name = "Olivier Mahieu-Lambert"
    after.czs_members[2].id = "czs-30"  # same name: matched by name
    after.zone.area_km2 = 170.0
    after.period.end_year = 2032
    after.sections.mission = after.sections.mission + " Nous rendons compte de notre action."
    after.sections.foreword = ""  # finding contenu.avant-propos, introduced
    return before, after


def test_identical_plans(reference) -> None:
    diff = diff_plans(build_demo_plan(), build_demo_plan(), reference=reference)
    assert diff.is_identical
    assert diff.alignment is not None and not diff.alignment.fixed and not diff.alignment.introduced
    assert "même contenu" in render_text(diff)
    assert json.loads(json.dumps(diff.to_json()))["identical"] is True


def test_review_notes_and_metadata_are_not_content() -> None:
    a, b = build_demo_plan(), build_demo_plan()
    b.metadata.language = "nl"
    from zonalplan.model import ReviewNote
    b.review_notes = [ReviewNote(author="DirCo", anchor="chapter:mission", text="À revoir")]
    assert diff_plans(a, b).is_identical


def test_each_kind_of_change_is_detected(reference) -> None:
    before, after = drafts()
    diff = diff_plans(before, after, reference=reference)
    assert not diff.is_identical
    by_before = {o.before_id: o for o in diff.objectives if o.before_id}
    by_after = {o.after_id: o for o in diff.objectives if o.after_id}

    # objective modified, with a word-level diff of its description
    p1 = by_after["obj-p1"]
    assert p1.status == "modified" and p1.matched_by == "id"
    description = next(c for c in p1.changes if c.path.endswith("/description"))
    assert Segment("delete", "cambriolages") in description.segments
    assert Segment("insert", "vols dans les habitations") in description.segments
    partners = next(c for c in p1.changes if c.path.endswith("/partners"))
    assert partners.added == ["Service des gardiens de la paix"] and partners.removed == []
    # indicators: target changed, one added, one matched by name despite a new id
    target = next(i for i in p1.indicators if i.status == "modified")
    assert [c.label for c in target.changes] == ["valeur cible"]
    assert any(i.status == "added" and i.after_id == "ind-new" for i in p1.indicators)
    p4 = by_after["obj-p4"]
    assert [(i.status, i.matched_by, i.changes) for i in p4.indicators] == [
        ("modified", "name", [])]

    # objective renamed with a new id: matched by title similarity
    p2 = by_after["obj-drogue"]
    assert (p2.before_id, p2.matched_by) == ("obj-p2", "title")
    assert p2.similarity is not None and p2.similarity >= 0.6
    assert any(c.path.endswith("/title") for c in p2.changes)
    assert by_after["obj-route"].matched_by == "title" and by_after["obj-route"].similarity == 1.0

    # national links added and removed
    links = {(link.status, link.ref_id) for link in by_after["obj-route"].links}
    assert ("added", "pns.1.1") in links
    assert ("removed", REMOVED_LINK) in links

    # objectives added and removed
    assert by_after["obj-pa5"].status == "added"
    assert by_before["obj-pa3"].status == "removed"
    assert {(link.status, link.ref_id) for link in by_after["obj-pa5"].links} == {
        ("added", "pns.2")}

    # PNS decision and its justification
    decision = next(d for d in diff.decisions if d.ref_id == "pns.1.2")
    assert (decision.before, decision.after) == ("fonctionnement_regulier", "non_retenu")
    assert decision.justification is not None and decision.justification.segments

    # capacity: available, per functionality, per objective
    assert [c.path for c in diff.capacity.changes] == ["capacity/available_fte"]
    assert [(v.key, v.before, v.after) for v in diff.capacity.functionalities] == [
        ("quartier", 12.0, 13.0)]
    cap_keys = {v.key for v in diff.capacity.objectives}
    assert "obj-p1/capacity_fte" in cap_keys

    # CZS members: changed by id, matched by name despite a new id
    members = {(m.status, m.matched_by, m.after_id) for m in diff.czs_members}
    assert ("modified", "id", "czs-2") in members
    assert ("modified", "name", "czs-30") in members

    # zone, period and sections
    assert [c.path for c in diff.zone] == ["zone/area_km2"]
    assert [(c.before, c.after) for c in diff.period] == [(2031, 2032)]
    assert {c.path for c in diff.sections} == {"sections/mission", "sections/foreword"}

    # alignment delta: a fixed and an introduced finding; a finding on a renamed objective stays
    delta = diff.alignment
    assert delta is not None
    fixed = {(f["rule"], f["objective_id"]) for f in delta.fixed}
    introduced = {f["rule"] for f in delta.introduced}
    assert ("objectif.responsable", "obj-p2") in fixed
    assert "contenu.avant-propos" in introduced
    assert not any(f["rule"] == "objectif.description" for f in delta.fixed + delta.introduced)
    assert delta.coverage_before["non_retenu"] + 1 == delta.coverage_after["non_retenu"]

    summary = diff.summary()
    assert summary["objectives_added"] == 1 and summary["objectives_removed"] == 1
    assert summary["findings_fixed"] >= 1 and summary["findings_introduced"] >= 1
    text = render_text(diff)
    assert "[-cambriolages-]{+vols dans les habitations+}" in text
    assert "apparié par l'intitulé" in text
    json.dumps(diff.to_json(), ensure_ascii=False)


def test_moved_objective_is_reported() -> None:
    a, b = build_demo_plan(), build_demo_plan()
    b.objectives.insert(0, b.objectives.pop(3))
    diff = diff_plans(a, b)
    assert [(o.after_id, o.status) for o in diff.objectives] == [("obj-p4", "moved")]
    assert not diff.is_identical


def test_dissimilar_titles_are_not_matched() -> None:
    assert greedy_matches({"a": "Réduire les cambriolages"},
                          {"b": "Renforcer le bien-être du personnel"}) == []
    pairs = greedy_matches({"a1": "Sécurité routière", "a2": "Trafic de stupéfiants"},
                           {"b1": "Trafic de stupefiants en rue", "b2": "La sécurité routière"})
    assert {(a, b) for a, b, _ in pairs} == {("a1", "b2"), ("a2", "b1")}


def test_word_diff_groups_changes_and_renders() -> None:
    segments = word_diff("a b c d", "a x y d")
    assert segments == [Segment("equal", "a "), Segment("delete", "b c"),
                        Segment("insert", "x y"), Segment("equal", " d")]
    assert render_segments(segments) == "a [-b c-]{+x y+} d"
    assert "".join(s.text for s in segments if s.op != "insert") == "a b c d"
    assert "".join(s.text for s in segments if s.op != "delete") == "a x y d"


# -- sources: files, snapshots, unusable input -------------------------------------------------

def test_snapshot_versus_current(tmp_path: Path, reference) -> None:
    path = create_plan_file(tmp_path / "plan.zplan", build_demo_plan())
    with PlanFile.open(path) as pf:
        snap = pf.create_snapshot("Projet soumis au CZS", author="Marie")
        plan = pf.load()
        plan.sections.vision = plan.sections.vision + " Une zone proche des citoyens."
        pf.save(plan)
    diff = compare_files(path, snapshot_a=snap, reference=reference)
    assert [c.path for c in diff.sections] == ["sections/vision"]
    assert "Projet soumis au CZS" in diff.before_label
    reverse = compare_files(path, snapshot_b=snap)  # current (A) against the snapshot (B)
    assert reverse.sections[0].after == diff.sections[0].before
    assert not (tmp_path / "plan.zplan.lock").exists()


def test_a_version_compared_with_itself_is_identical(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "plan.zplan", build_demo_plan())
    with PlanFile.open(path) as pf:
        snap = pf.create_snapshot("v1")
    assert compare_files(path, path, snapshot_a=snap, snapshot_b=snap).is_identical
    assert compare_files(path).is_identical


def test_unknown_snapshot_and_bad_files_are_unusable(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "plan.zplan", build_demo_plan())
    with pytest.raises(UnusableInputError, match="aucune version n° 42"):
        load_side(path, 42)
    junk = tmp_path / "junk.zplan"
    junk.write_bytes(b"\x00garbage" * 50)
    with pytest.raises(UnusableInputError):
        compare_files(path, junk)
    with pytest.raises(UnusableInputError):
        compare_files(path, tmp_path / "missing.zplan")
