"""Alignment of a plan with the national priorities: rules, coverage, link suggestions."""

from __future__ import annotations

from zonalplan.alignment.coverage import compute_coverage, objective_nodes
from zonalplan.alignment.report import (
    SEVERITIES,
    SEVERITY_LABELS,
    Coverage,
    Finding,
    Place,
    Report,
)
from zonalplan.alignment.rules import RULES, Context
from zonalplan.model import Plan
from zonalplan.reference import Reference

_ORDER = {s: i for i, s in enumerate(SEVERITIES)}


def check(plan: Plan, reference: Reference) -> Report:
    """Check a plan against the national frame; return the findings and the coverage."""
    nodes = objective_nodes(plan, reference)
    ctx = Context(plan, reference, nodes)
    findings = [finding for rule in RULES for finding in rule(ctx)]
    findings.sort(key=lambda f: _ORDER[f.severity])
    return Report(findings, compute_coverage(plan, reference, nodes))


__all__ = ["SEVERITIES", "SEVERITY_LABELS", "Coverage", "Finding", "Place", "Report", "check"]
