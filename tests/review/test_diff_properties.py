"""Properties of the diff: a plan compared with itself (or a copy) is identical."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import plans
from zonalplan.review.diff import diff_plans
from zonalplan.review.diff_text import render_text
from zonalplan.review.textdiff import word_diff


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans())
def test_diff_of_a_plan_with_itself_is_identical(reference, plan) -> None:
    diff = diff_plans(plan, plan.model_copy(deep=True), reference=reference)
    assert diff.is_identical
    assert diff.alignment is not None
    assert not diff.alignment.fixed and not diff.alignment.introduced
    assert json.loads(json.dumps(diff.to_json()))["identical"]
    assert render_text(diff)


@settings(max_examples=25, deadline=None)
@given(plans(), plans())
def test_diff_of_two_plans_is_json_ready_and_symmetric_in_identity(a, b) -> None:
    forward, backward = diff_plans(a, b), diff_plans(b, a)
    assert forward.is_identical == backward.is_identical
    json.dumps(forward.to_json())
    render_text(forward)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_word_diff_rebuilds_both_texts(before, after) -> None:
    segments = word_diff(before, after)
    assert "".join(s.text for s in segments if s.op != "insert") == before
    assert "".join(s.text for s in segments if s.op != "delete") == after
