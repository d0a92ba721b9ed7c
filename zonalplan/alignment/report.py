"""Findings, coverage and the report returned by ``check(plan, reference)``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from zonalplan.i18n.vocabulary import Terms

Severity = Literal["erreur", "avertissement", "info"]
SEVERITIES: tuple[Severity, ...] = ("erreur", "avertissement", "info")
SEVERITY_LABELS = Terms({s: f"severities.{s}" for s in SEVERITIES})
"""Plural title of each severity, in the current language."""


@dataclass(frozen=True)
class Place:
    """Where a finding applies: a chapter, optionally an objective, a field, a national item.

    ``chapter`` is one of: ``zone``, ``czs``, ``sections`` (with ``field`` = a key of
    :class:`~zonalplan.model.Sections`), ``expectations``, ``objectives``, ``decisions``,
    ``capacity``, ``communication``, ``approval``, ``period``.
    """

    chapter: str
    objective_id: str | None = None
    field: str | None = None
    ref_id: str | None = None

    def key(self) -> str:
        """Return a stable text key (used to anchor Word comments and review notes)."""
        parts = [self.chapter]
        if self.objective_id:
            parts.append(f"objective:{self.objective_id}")
        if self.field:
            parts.append(self.field)
        if self.ref_id:
            parts.append(f"ref:{self.ref_id}")
        return "/".join(parts)


@dataclass(frozen=True)
class Finding:
    """One result of a rule: what is wrong or worth knowing, where, and how to fix it."""

    rule: str
    severity: Severity
    message: str
    place: Place
    hint: str = ""

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"rule": self.rule, "severity": self.severity, "message": self.message,
                "place": self.place.key(), "chapter": self.place.chapter,
                "objective_id": self.place.objective_id, "field": self.place.field,
                "ref_id": self.place.ref_id, "hint": self.hint}


@dataclass(frozen=True)
class ThemeCoverage:
    """One PNS theme or sub-theme: the zone's decision and the objectives linked to it."""

    ref_id: str
    number: str | None
    title: str
    decision: str | None  # "retenu" | "fonctionnement_regulier" | "non_retenu" | None (indécis)
    primary: tuple[str, ...]  # objective ids linked with weight primary (to it or its children)
    secondary: tuple[str, ...]


@dataclass(frozen=True)
class DimensionCoverage:
    """One NCSI dimension and the objectives linked to it (directly or through a theme)."""

    ref_id: str
    number: str | None
    title: str
    objectives: tuple[str, ...]


@dataclass
class Coverage:
    """Matrices PNS themes × objectives and NCSI dimensions × objectives, with summary figures."""

    themes: list[ThemeCoverage] = field(default_factory=list)
    dimensions: list[DimensionCoverage] = field(default_factory=list)
    summary: dict[str, int] = field(default_factory=dict)
    explanation: str = ""

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {
            "themes": [{"id": t.ref_id, "number": t.number, "title": t.title,
                        "decision": t.decision, "primary": list(t.primary),
                        "secondary": list(t.secondary)} for t in self.themes],
            "dimensions": [{"id": d.ref_id, "number": d.number, "title": d.title,
                            "objectives": list(d.objectives)} for d in self.dimensions],
            "summary": self.summary,
            "explanation": self.explanation,
        }


@dataclass
class Report:
    """Everything ``check`` found."""

    findings: list[Finding] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)

    def by_severity(self, severity: Severity) -> list[Finding]:
        """Return the findings of one severity."""
        return [f for f in self.findings if f.severity == severity]

    @property
    def has_errors(self) -> bool:
        """Return True when at least one finding is an erreur."""
        return any(f.severity == "erreur" for f in self.findings)

    def counts(self) -> dict[str, int]:
        """Return the number of findings per severity."""
        return {s: len(self.by_severity(s)) for s in SEVERITIES}

    def for_objective(self, objective_id: str) -> list[Finding]:
        """Return the findings about one objective."""
        return [f for f in self.findings if f.place.objective_id == objective_id]

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"counts": self.counts(), "findings": [f.to_json() for f in self.findings],
                "coverage": self.coverage.to_json()}
