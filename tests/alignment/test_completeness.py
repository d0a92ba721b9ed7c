"""Honest completeness: each required part left empty is a finding, and the chapter is not complete."""

from __future__ import annotations

import pytest

from zonalplan.alignment import check
from zonalplan.alignment.completeness import (
    EMPTY_PART_RULES,
    OBJECTIVE_FIELDS,
    preflight,
)
from zonalplan.demo import build_demo_plan
from zonalplan.guidance import SECTION_CHAPTER, chapter_of_place, completion
from zonalplan.model import SECTION_KEYS, ObjectiveKind
from zonalplan.reference import load_reference


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.fixture(scope="module")
def demo():
    return build_demo_plan()


def _set(obj, path: str, value: str) -> None:
    *parents, name = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, name, value)


def test_the_complete_demo_has_no_empty_part(demo, ref) -> None:
    assert not preflight(check(demo, ref)).empty_parts


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_an_empty_section_is_a_finding_and_its_chapter_is_not_complete(demo, ref, key) -> None:
    plan = demo.model_copy(deep=True)
    setattr(plan.sections, key, "")
    report = check(plan, ref)
    found = [f for f in report.findings if f.place.field == key]
    assert found, f"no finding for the empty section {key}"
    assert all(f.rule in EMPTY_PART_RULES for f in found)
    chapter = SECTION_CHAPTER[key]
    assert {chapter_of_place(f.place) for f in found} == {chapter}
    assert completion(plan, chapter, ref) != "complete"
    assert preflight(report).empty_parts


@pytest.mark.parametrize("path", OBJECTIVE_FIELDS)
@pytest.mark.parametrize("kind", list(ObjectiveKind))
def test_an_empty_objective_field_names_the_objective_and_the_field(demo, ref, path,
                                                                    kind) -> None:
    plan = demo.model_copy(deep=True)
    obj = next(o for o in plan.objectives if o.kind == kind)
    _set(obj, path, "   ")
    report = check(plan, ref)
    found = [f for f in report.for_objective(obj.id) if f.place.field == path]
    assert len(found) == 1
    finding = found[0]
    assert obj.label in finding.message
    expected = ("avertissement" if kind == ObjectiveKind.PRIORITY or path == "description"
                else "info")
    assert finding.severity == expected
    assert chapter_of_place(finding.place) == "strategy"
    assert completion(plan, "strategy", ref) != "complete"
    assert finding in preflight(report).empty_parts
    assert any(obj.label in line for line in preflight(report).lines(limit=100))


def test_empty_part_findings_follow_every_edit_and_the_language(demo, ref) -> None:
    """The findings remembered per objective follow its label, its kind, its texts and the
    reader's language (a check after an edit must never show a stale one)."""
    from zonalplan.i18n import using

    plan = demo.model_copy(deep=True)
    obj = next(o for o in plan.objectives if o.kind == ObjectiveKind.PRIORITY)
    obj.chain.aftercare = ""

    def aftercare() -> list:
        return [f for f in check(plan, ref).for_objective(obj.id)
                if f.place.field == "chain.aftercare"]

    assert [f.severity for f in aftercare()] == ["avertissement"]
    obj.title = "Titre changé"
    assert "Titre changé" in aftercare()[0].message
    with using("nl"):
        assert "nazorg" in aftercare()[0].message
    assert "suivi et accompagnement" in aftercare()[0].message
    obj.kind = ObjectiveKind.ATTENTION_POINT
    assert [f.severity for f in aftercare()] == ["info"]
    obj.chain.aftercare = "Orientation des victimes vers le CAW/CAV."
    assert aftercare() == []


def test_an_empty_expectation_names_its_author(demo, ref) -> None:
    plan = demo.model_copy(deep=True)
    exp = plan.expectations[-1]
    exp.text = ""
    report = check(plan, ref)
    found = [f for f in report.findings if f.rule == "attentes.texte"]
    assert len(found) == 1 and exp.author in found[0].message
    assert found[0].place.chapter == "expectations" and exp.id in found[0].place.field
    assert completion(plan, "expectations", ref) != "complete"


def test_preflight_counts_in_words_with_plurals(demo, ref) -> None:
    plan = demo.model_copy(deep=True)
    plan.objectives[0].rationale = ""
    summary = preflight(check(plan, ref)).summary()
    assert "1 partie vide" in summary and "0 erreur" in summary
    assert "parties" not in summary
