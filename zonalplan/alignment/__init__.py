"""Alignment of a plan with the national priorities: rules, coverage, link suggestions.

``check(plan, reference)`` is the entry point. Submodules are imported on first use, so that a
module needing only the report types (``zonalplan.alignment.report``) stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from zonalplan.alignment.report import (
    SEVERITIES,
    SEVERITY_LABELS,
    Coverage,
    Finding,
    Place,
    Report,
)

if TYPE_CHECKING:
    from zonalplan.model import Plan
    from zonalplan.reference import Reference


def check(plan: Plan, reference: Reference) -> Report:
    """Check a plan against the national frame; return the findings and the coverage."""
    coverage = importlib.import_module("zonalplan.alignment.coverage")
    rules = importlib.import_module("zonalplan.alignment.rules")
    editions = importlib.import_module("zonalplan.alignment.rules_editions")
    # names and items as the plan's edition set words them (NCSI 2026-2029 for a 2026 plan)
    reference = importlib.import_module("zonalplan.reference.editions").reference_for_plan(
        plan, reference)
    nodes = coverage.objective_nodes(plan, reference)
    ctx = rules.Context(plan, reference, nodes)
    followup = importlib.import_module("zonalplan.alignment.rules_followup")
    completeness = importlib.import_module("zonalplan.alignment.completeness")
    findings = [finding for rule in (*rules.RULES, *completeness.RULES, *followup.RULES)
                for finding in rule(ctx)]
    findings += editions.rule_newer_edition(plan, reference)
    findings.sort(key=lambda f: _ORDER[f.severity])
    return Report(findings, coverage.compute_coverage(plan, reference, nodes))


_ORDER = {s: i for i, s in enumerate(SEVERITIES)}


def __getattr__(name: str) -> Any:
    """Give access to the submodules (``zonalplan.alignment.suggest``…) on first use."""
    if name in ("completeness", "coverage", "rules", "suggest", "suggest_index", "suggest_lexicon", "textnorm"):
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SEVERITIES", "SEVERITY_LABELS", "Coverage", "Finding", "Place", "Report", "check"]
