"""Chapter list, guidance files, completion rules and expectation suggestions."""

from __future__ import annotations

import pytest

from zonalplan.demo import build_demo_plan
from zonalplan.guidance import (
    CHAPTERS,
    CHAPTERS_BY_ID,
    FIELD_LABELS,
    NO_COMPLETION_KINDS,
    SECTION_CHAPTER,
    chapter_of_place,
    children,
    completion,
    first_incomplete,
    guidance,
    guided_steps,
    suggested_expectations,
    top_level,
)
from zonalplan.model import SECTION_KEYS, AuthorKind, Commune, Expectation, Plan, Zone
from zonalplan.reference import load_reference


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_every_section_is_edited_by_exactly_one_chapter() -> None:
    assert sorted(SECTION_CHAPTER) == sorted(SECTION_KEYS)
    assert set(FIELD_LABELS) == set(SECTION_KEYS)


def test_chapters_follow_the_pzs_order() -> None:
    ids = [c.id for c in top_level()]
    assert ids == ["zone", "foreword", "environment", "mvv", "expectations", "strategy",
                   "decisions", "capacity", "communication", "approval", "followup", "versions"]
    assert [c.id for c in children("environment")] == [
        "env_data", "env_territory", "env_crime", "env_road_safety", "env_survey", "env_internal",
        "env_lessons"]
    assert [c.id for c in children("strategy")] == ["argument_matrix", "non_retained"]
    assert all(c.parent in (None, *CHAPTERS_BY_ID) for c in CHAPTERS)


def test_every_chapter_has_real_guidance_naming_existing_reference_items(reference) -> None:
    for chapter in CHAPTERS:
        advice = guidance(chapter.id)
        assert len(advice.summary) > 80, chapter.id
        assert advice.contents, chapter.id
        assert advice.title
        for ref_id in advice.ref_ids:
            assert reference.item(ref_id) is not None, (chapter.id, ref_id)
        for name in advice.placeholders:
            assert name in chapter.fields, (chapter.id, name)
    text_chapters = [c for c in CHAPTERS if c.kind == "text"]
    assert all(set(guidance(c.id).placeholders) == set(c.fields) for c in text_chapters)


def test_completion_empty_plan_partial_and_demo(reference) -> None:
    empty = Plan()
    demo = build_demo_plan()
    for chapter in CHAPTERS:
        expected = None if chapter.kind in NO_COMPLETION_KINDS else "empty"
        assert completion(empty, chapter.id, reference) == expected
        expected = None if chapter.kind in NO_COMPLETION_KINDS else "complete"
        assert completion(demo, chapter.id, reference) == expected, chapter.id
    demo.sections.vision = "  "
    assert completion(demo, "mvv") == "partial"
    demo.sections.env_crime = ""
    assert completion(demo, "environment") == "partial"
    assert first_incomplete(demo, reference).id == "env_crime"


def test_expectations_need_the_procureur_and_a_bourgmestre() -> None:
    plan = Plan(expectations=[Expectation(author_kind=AuthorKind.MAYOR, text="Vols")])
    assert completion(plan, "expectations") == "partial"
    plan.expectations.append(Expectation(author_kind=AuthorKind.PROSECUTOR, text="Drogues"))
    assert completion(plan, "expectations") == "complete"
    plan.expectations.append(Expectation(author_kind=AuthorKind.GOVERNOR))
    assert completion(plan, "expectations") == "partial"


def test_guided_steps_skip_overviews_and_versions() -> None:
    ids = [c.id for c in guided_steps()]
    assert "environment" not in ids and "versions" not in ids
    assert ids[0] == "zone" and ids[-1] == "approval"


def test_places_map_to_their_chapter() -> None:
    class Place:
        def __init__(self, chapter, field=None):
            self.chapter, self.field = chapter, field

    assert chapter_of_place(Place("czs")) == "zone"
    assert chapter_of_place(Place("period")) == "zone"
    assert chapter_of_place(Place("sections", "vision")) == "mvv"
    assert chapter_of_place(Place("sections", "env_crime")) == "env_crime"
    assert chapter_of_place(Place("objectives")) == "strategy"
    assert chapter_of_place(Place("communication")) == "communication"
    assert chapter_of_place(Place("inconnu")) is None


def test_suggested_expectations_cover_each_commune_and_authority() -> None:
    plan = Plan(zone=Zone(name="ZP", communes=[Commune(name="Dour"), Commune(name="Quiévrain")],
                          judicial_district="Mons", province="Hainaut"))
    kinds = [(e.author_kind, e.author) for e in suggested_expectations(plan)]
    assert kinds == [
        (AuthorKind.MAYOR, "Bourgmestre de Dour"),
        (AuthorKind.MAYOR, "Bourgmestre de Quiévrain"),
        (AuthorKind.PROSECUTOR, "Procureur du Roi de Mons — politique criminelle de "
                               "l'arrondissement"),
        (AuthorKind.GOVERNOR, "Gouverneur de la province de Hainaut"),
        (AuthorKind.DIRCO, "Police fédérale — directeur coordonnateur administratif (DirCo)"),
    ]
    plan.expectations = suggested_expectations(plan)
    assert suggested_expectations(plan) == []
    assert suggested_expectations(build_demo_plan()) == []
