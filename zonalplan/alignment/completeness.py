"""Honest completeness: every required part the export would print as « À compléter » is a finding.

The rules here report the parts of a plan that are required but empty (an objective's motivation and
chain approach, an authority's expectations, the motivation of phenomena not retained…), each with a
:class:`Place` that leads the editor to the field. ``OBJECTIVE_FIELDS`` is shared with the
navigator's chapter status (``zonalplan.guidance.completion``), so both agree. ``preflight`` sums up
what is still open before an export.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from zonalplan.alignment.report import Finding, Place, Report
from zonalplan.i18n import _, current, ngettext
from zonalplan.i18n.vocabulary import term

if TYPE_CHECKING:
    from zonalplan.alignment.rules import Context
    from zonalplan.model import Objective

OBJECTIVE_FIELDS: tuple[str, ...] = ("description", "rationale", "chain.prevention",
                                     "chain.repression", "chain.aftercare")
"""Text fields every strategic objective needs (path in the objective)."""

EMPTY_PART_RULES = frozenset({
    "objectif.description", "objectif.motivation", "objectif.chaine", "attentes.texte",
    "attentes.absentes", "contenu.environnement", "contenu.environnement.partie",
    "contenu.mission", "contenu.mvv", "contenu.communication", "contenu.communication.partie",
    "contenu.avant-propos", "contenu.non-retenus", "contenu.matrice",
})
"""Rules whose findings are a required part left empty (« À compléter » in the document)."""


_TEXT_GETTERS = {path: attrgetter(path) for path in OBJECTIVE_FIELDS}


def objective_text(obj: Objective, path: str) -> str:
    """Return the text of an objective's field given as ``description`` or ``chain.prevention``."""
    return str((_TEXT_GETTERS.get(path) or attrgetter(path))(obj) or "")


def missing_objective_fields(obj: Objective) -> list[str]:
    """Return the paths of the required text fields of an objective that are empty."""
    return [path for path in OBJECTIVE_FIELDS
            if path != "description" and not objective_text(obj, path).strip()]


def rule_objective_texts(ctx: Context) -> Iterator[Finding]:
    """Every objective has its motivation and the three links of its chain approach written."""
    from zonalplan.model import ObjectiveKind

    language = current()
    for obj in ctx.plan.objectives:
        missing = missing_objective_fields(obj)
        if missing:
            yield from _objective_text_findings(language, obj.id, obj.label,
                                                obj.kind == ObjectiveKind.PRIORITY,
                                                tuple(missing))


@lru_cache(maxsize=4096)
def _objective_text_findings(language: str, objective_id: str, label: str, priority: bool,
                             missing: tuple[str, ...]) -> tuple[Finding, ...]:
    """Return the findings of an objective's empty fields (remembered: a check after an edit
    rebuilds only those of the objective that changed, where a large plan has hundreds)."""
    severity = "avertissement" if priority else "info"
    chain = _("{label} : le volet « {part} » de l'approche en chaîne n'est pas rédigé.", language)
    motivation = _("{label} : la motivation n'est pas rédigée.", language)
    hint = _("Le document imprimerait « À compléter » à cet endroit.", language)
    findings = []
    for path in missing:
        if path.startswith("chain."):
            rule = "objectif.chaine"
            message = chain.format(label=label, part=term(path, language).lower())
        else:
            rule, message = "objectif.motivation", motivation.format(label=label)
        findings.append(Finding(rule, severity,  # type: ignore[arg-type]
                                message, Place("objectives", objective_id, path), hint))
    return tuple(findings)


def rule_expectation_texts(ctx: Context) -> Iterator[Finding]:
    """Every recorded authority or partner has its expectations written."""
    from zonalplan.model import AUTHOR_KIND_LABELS

    for exp in ctx.plan.expectations:
        if exp.text.strip():
            continue
        author = " ".join(exp.author.split()) or AUTHOR_KIND_LABELS[exp.author_kind]
        yield Finding("attentes.texte", "avertissement",
                      _("Attentes de {author} : le texte n'est pas rédigé.").format(author=author),
                      Place("expectations", field=f"expectations/{exp.id}"),
                      _("Consignez ses attentes, ou retirez cet auteur de la liste."))


def rule_strategy_texts(ctx: Context) -> Iterator[Finding]:
    """The motivation of phenomena not retained and the argument matrix are written."""
    from zonalplan.model import Decision

    sections = ctx.plan.sections
    if not sections.non_retained.strip():
        dropped = any(d.decision == Decision.NOT_RETAINED for d in ctx.plan.decisions)
        yield Finding("contenu.non-retenus", "avertissement" if dropped else "info",
                      _("La motivation des phénomènes non retenus n'est pas rédigée."),
                      Place("sections", field="non_retained"),
                      _("Expliquez pourquoi les phénomènes de l'image de sécurité qui ne sont "
                        "pas des priorités n'ont pas été retenus."))
    if not sections.argument_matrix.strip():
        yield Finding("contenu.matrice", "info",
                      _("Le commentaire de la matrice d'argumentation n'est pas rédigé."),
                      Place("sections", field="argument_matrix"),
                      _("Expliquez comment la matrice a conduit au choix des priorités."))


RULES = [rule_objective_texts, rule_expectation_texts, rule_strategy_texts]


# -- export pre-flight ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Preflight:
    """What is still open in a plan before it is exported."""

    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    empty_parts: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """Return True when nothing is open (no error, no warning, no empty part)."""
        return not (self.errors or self.warnings or self.empty_parts)

    def summary(self) -> str:
        """Return one sentence counting the open errors, warnings and empty parts."""
        if self.clean:
            return _("Le contrôle ne signale aucune erreur, aucun avertissement ni partie vide.")
        return _("Avant l'export : {errors}, {warnings}, {empty}.").format(
            errors=ngettext("{n} erreur", "{n} erreurs", len(self.errors)).format(
                n=len(self.errors)),
            warnings=ngettext("{n} avertissement", "{n} avertissements",
                              len(self.warnings)).format(n=len(self.warnings)),
            empty=ngettext("{n} partie vide (« À compléter » dans le document)",
                           "{n} parties vides (« À compléter » dans le document)",
                           len(self.empty_parts)).format(n=len(self.empty_parts)))

    def lines(self, limit: int = 12) -> list[str]:
        """Return the summary and the first open findings, errors first, one line each."""
        out = [self.summary()]
        listed = [*self.errors, *self.warnings,
                  *[f for f in self.empty_parts if f.severity == "info"]]
        for finding in listed[:limit]:
            out.append(f"  - {finding.message}")
        if len(listed) > limit:
            out.append("  " + _("… et {count} autres (zonalplan check pour la liste "
                                "complète).").format(count=len(listed) - limit))
        return out

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"errors": len(self.errors), "warnings": len(self.warnings),
                "empty_parts": [f.to_json() for f in self.empty_parts],
                "findings": [f.to_json() for f in (*self.errors, *self.warnings)]}


def preflight(report: Report) -> Preflight:
    """Return the open errors, warnings and empty parts of a checked plan (before an export)."""
    findings = report.findings
    return Preflight(errors=[f for f in findings if f.severity == "erreur"],
                     warnings=[f for f in findings if f.severity == "avertissement"],
                     empty_parts=[f for f in findings if f.rule in EMPTY_PART_RULES])
