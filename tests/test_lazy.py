"""Lazy package exports resolve on first use and refuse unknown names."""

import pytest


def test_lazy_exports_resolve_and_refuse_unknown_names() -> None:
    import zonalplan.review as compare
    from zonalplan.review.diff import diff_plans

    assert compare.diff_plans is diff_plans
    with pytest.raises(AttributeError, match="nope"):
        compare.nope  # noqa: B018
