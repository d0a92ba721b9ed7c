"""The chapters of a plan zonal de sécurité, what each must contain, and how complete a plan is.

``CHAPTERS`` lists the chapters in the order of a PZS (model of the 2020-2025 plans: zone, analyse
de l'environnement, mission-vision-valeurs, attentes, stratégie, capacité, communication,
approbation). ``guidance(chapter_id)`` gives short advice for the chef de corps: what the chapter
must contain, examples from published plans and pitfalls. The text lives in
``resources/guidance/<chapter>.md`` (one file per chapter, see ``_parse``); its facts come from the
domain notes (pzs-practice.md) and the ``pzs_chapter`` items of ``reference_data/cadre-pzs.yaml``
(ids in ``Guidance.ref_ids``). ``completion`` says whether a chapter is empty, partly or fully
written; ``chapter_of_place`` maps an alignment finding's place to its chapter. No Qt here: the UI
reads these tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from zonalplan.i18n import N_, Translated
from zonalplan.paths import bundled

if TYPE_CHECKING:  # the chapter list is needed before the models are loaded (first paint)
    from zonalplan.model import Expectation, Plan

Completion = Literal["empty", "partial", "complete"]

COMPLETION_LABELS = Translated({
    "empty": N_("à rédiger"),
    "partial": N_("en cours"),
    "complete": N_("complet"),
})


@dataclass(frozen=True)
class Chapter:
    """A chapter of the plan as the application shows it."""

    id: str
    source_title: str  # French; ``title`` gives it in the current language
    # zone, text, overview, evidence, expectations, objectives, decisions, capacity, approval,
    # versions, and the follow-up kinds (FOLLOWUP_KINDS)
    kind: str
    parent: str | None = None
    fields: tuple[str, ...] = ()  # keys of Sections edited on this chapter's page
    guided: bool = True  # a step of the guided mode

    @property
    def title(self) -> str:
        """Return the chapter's title in the current language."""
        from zonalplan.i18n import gettext

        return gettext(self.source_title)


CHAPTERS: tuple[Chapter, ...] = (
    Chapter("zone", N_("Zone et CZS"), "zone"),
    Chapter("foreword", N_("Avant-propos"), "text", fields=("foreword",)),
    Chapter("environment", N_("Analyse de l'environnement"), "overview", guided=False),
    Chapter("env_data", N_("Données de la zone"), "evidence", "environment", guided=False),
    Chapter("env_territory", N_("Territoire"), "text", "environment", ("env_territory",)),
    Chapter("env_crime", N_("Criminalité"), "text", "environment", ("env_crime",)),
    Chapter("env_road_safety", N_("Sécurité routière"), "text", "environment", ("env_road_safety",)),
    Chapter("env_survey", N_("Enquête de population"), "text", "environment", ("env_survey",)),
    Chapter("env_internal", N_("Fonctionnement interne"), "text", "environment", ("env_internal",)),
    Chapter("env_lessons", N_("Enseignements du plan précédent"), "text", "environment",
            ("env_lessons",)),
    Chapter("mvv", N_("Mission, vision, valeurs"), "text", fields=("mission", "vision", "values")),
    Chapter("expectations", N_("Attentes des autorités et partenaires"), "expectations"),
    Chapter("strategy", N_("Stratégie et priorités"), "objectives"),
    Chapter("argument_matrix", N_("Matrice d'argumentation"), "text", "strategy", ("argument_matrix",)),
    Chapter("non_retained", N_("Motivation des phénomènes non retenus"), "text", "strategy",
            ("non_retained",)),
    Chapter("decisions", N_("Priorités nationales"), "decisions"),
    Chapter("capacity", N_("Capacité"), "capacity"),
    Chapter("communication", N_("Communication"), "text",
            fields=("communication_internal", "communication_external")),
    Chapter("approval", N_("Approbation"), "approval"),
    Chapter("followup", N_("Suivi"), "followup", guided=False),
    Chapter("followup_actions", N_("Plans d'action"), "followup_actions", "followup", guided=False),
    Chapter("followup_measures", N_("Mesures"), "followup_measures", "followup", guided=False),
    Chapter("followup_dashboard", N_("Tableau de bord"), "followup_dashboard", "followup",
            guided=False),
    Chapter("followup_reports", N_("Rapports"), "followup_reports", "followup", guided=False),
    Chapter("versions", N_("Versions"), "versions", guided=False),
)
FOLLOWUP_KINDS = frozenset({"followup", "followup_actions", "followup_measures",
                            "followup_dashboard", "followup_reports"})
"""Chapters of the six years after approval: they have no completion (they are never done)."""
NO_COMPLETION_KINDS = FOLLOWUP_KINDS | {"versions"}

CHAPTERS_BY_ID: dict[str, Chapter] = {c.id: c for c in CHAPTERS}

FIELD_LABELS = Translated({
    "foreword": N_("Avant-propos"),
    "env_territory": N_("Territoire"),
    "env_crime": N_("Criminalité"),
    "env_road_safety": N_("Sécurité routière"),
    "env_survey": N_("Enquête de population"),
    "env_internal": N_("Fonctionnement interne"),
    "env_lessons": N_("Enseignements du plan précédent"),
    "mission": N_("Mission"),
    "vision": N_("Vision"),
    "values": N_("Valeurs"),
    "argument_matrix": N_("Matrice d'argumentation"),
    "non_retained": N_("Motivation des phénomènes non retenus"),
    "communication_internal": N_("Communication interne"),
    "communication_external": N_("Communication externe"),
})

SECTION_CHAPTER: dict[str, str] = {f: c.id for c in CHAPTERS for f in c.fields}
"""Key of :class:`~zonalplan.model.Sections` → chapter id."""


@dataclass(frozen=True)
class Guidance:
    """Advice for one chapter."""

    title: str
    summary: str
    contents: tuple[str, ...]
    examples: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    ref_ids: tuple[str, ...] = ()  # pzs_chapter items of reference_data/cadre-pzs.yaml
    sources: str = ""  # sections of pzs-practice.md
    placeholders: dict[str, str] = field(default_factory=dict)  # field → hint shown when empty


GUIDANCE_DIR = bundled("resources", "guidance")
_SECTIONS = {"à inclure": "contents", "exemples": "examples", "attention": "tips",
             "aide à la saisie": "placeholders",
             "op te nemen": "contents", "voorbeelden": "examples", "let op": "tips",
             "invulhulp": "placeholders",
             "aufzunehmen": "contents", "beispiele": "examples", "achtung": "tips",
             "eingabehilfe": "placeholders"}
GUIDANCE_LANGUAGES = ("fr", "nl", "de")
"""French files are in ``resources/guidance/``, the others in ``resources/guidance/<lang>/``."""
FALLBACK_NOTICE = {"nl": "(Nog niet vertaald: Franse tekst.)",
                   "de": "(Noch nicht übersetzt: französischer Text.)"}
"""Shown first in a chapter's advice when its file is missing in the asked language."""
_language = "fr"


def set_language(language: str) -> None:
    """Choose the language of :func:`guidance` (the interface language; French if unknown)."""
    global _language
    _language = language if language in GUIDANCE_LANGUAGES else "fr"


def guidance_path(chapter_id: str, language: str = "fr", folder: Path | None = None) -> Path:
    """Return the guidance file of a chapter in a language (which may not exist)."""
    folder = folder or GUIDANCE_DIR
    return (folder if language == "fr" else folder / language) / f"{chapter_id}.md"
_META = re.compile(r"<!--\s*(.*?)\s*-->", re.S)


def _parse(text: str, name: str) -> Guidance:
    """Read a guidance file: ``# Titre``, an optional ``<!-- refs: … | sources: … -->`` line, the
    summary paragraphs, then ``## À inclure``, ``## Exemples``, ``## Attention`` and
    ``## Aide à la saisie`` (``- champ : texte``) as bullet lists."""
    title, meta, summary, lists = name, {}, [], {k: [] for k in _SECTIONS.values()}
    current: list[str] | None = None
    match = _META.search(text)
    if match:
        for part in match.group(1).split("|"):
            key, _, value = part.partition(":")
            meta[key.strip()] = value.strip()
        text = text[:match.start()] + text[match.end():]
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("# "):
            title = line[2:].strip()
        elif line.startswith("## "):
            current = lists.get(_SECTIONS.get(line[3:].strip().casefold(), ""))
        elif current is None:
            summary.append(line)
        elif line.startswith("- "):
            current.append(line[2:].strip())
        elif line.strip() and current:
            current[-1] += " " + line.strip()
    placeholders = {}
    for item in lists.pop("placeholders"):
        key, _, hint = item.partition(":")
        placeholders[key.strip()] = hint.strip()
    paragraphs = " ".join(line.strip() or "\n" for line in summary).split("\n")
    return Guidance(title=title,
                    summary="\n\n".join(p.strip() for p in paragraphs if p.strip()),
                    contents=tuple(lists["contents"]), examples=tuple(lists["examples"]),
                    tips=tuple(lists["tips"]),
                    ref_ids=tuple(r.strip() for r in meta.get("refs", "").split(",") if r.strip()),
                    sources=meta.get("sources", ""), placeholders=placeholders)


def guidance(chapter_id: str, folder: Path | None = None,
             language: str | None = None) -> Guidance:
    """Return the advice for a chapter in ``language`` (default: :func:`set_language`'s).

    A chapter without a file in that language shows the French advice, headed by a notice that
    says so; an empty advice when there is no file at all.
    """
    return _guidance(chapter_id, folder, language or _language)


@cache
def _guidance(chapter_id: str, folder: Path | None, language: str) -> Guidance:
    chapter = CHAPTERS_BY_ID[chapter_id]
    for lang in dict.fromkeys((language, "fr")):
        try:
            text = guidance_path(chapter_id, lang, folder).read_text(encoding="utf-8")
        except OSError:
            continue
        advice = _parse(text, chapter.title)
        if lang != language and language in FALLBACK_NOTICE:
            notice = FALLBACK_NOTICE[language]
            advice = replace(advice, summary=f"{notice}\n\n{advice.summary}".strip())
        return advice
    return Guidance(title=chapter.title, summary="", contents=())


def top_level() -> list[Chapter]:
    """Return the chapters without parent, in plan order."""
    return [c for c in CHAPTERS if c.parent is None]


def children(chapter_id: str) -> list[Chapter]:
    """Return the sub-chapters of a chapter, in plan order."""
    return [c for c in CHAPTERS if c.parent == chapter_id]


def guided_steps() -> list[Chapter]:
    """Return the chapters the guided mode walks through, in order."""
    return [c for c in CHAPTERS if c.guided]


# -- completion ------------------------------------------------------------------------------------

def _grade(done: int, total: int) -> Completion:
    if total == 0 or done == 0:
        return "empty"
    return "complete" if done >= total else "partial"


def _written(text: str) -> bool:
    return bool(text and text.strip())


def completion(plan: Plan, chapter_id: str, reference: Any = None) -> Completion | None:
    """Return how far a chapter is written, or None for a chapter without content (versions,
    follow-up).

    Rules: a text chapter is complete when every one of its fields is written; the zone needs its
    name, number, communes and CZS members; expectations need a written text from the procureur du
    Roi and from at least one bourgmestre; the strategy needs objectives that each have a
    description, a motivation, the three links of the chain approach and an indicator; decisions need one per PNS theme the reference lists (any decision
    without a reference); capacity needs the available FTE and the seven basic functionalities;
    approval needs the CZS date, the place and the version label. A parent chapter sums up its
    sub-chapters.
    """
    chapter = CHAPTERS_BY_ID[chapter_id]
    if chapter.kind in NO_COMPLETION_KINDS:
        return None
    if chapter.kind == "text":
        return _grade(sum(_written(getattr(plan.sections, f)) for f in chapter.fields),
                      len(chapter.fields))
    if chapter.kind == "overview":
        grades = [completion(plan, c.id, reference) for c in children(chapter_id)]
        return _combine([g for g in grades if g is not None])
    return _COMPLETION[chapter.kind](plan, reference)


def _combine(grades: list[Completion]) -> Completion:
    if not grades or all(g == "empty" for g in grades):
        return "empty"
    return "complete" if all(g == "complete" for g in grades) else "partial"


def _evidence(plan: Plan, _reference: Any) -> Completion:
    return "complete" if plan.datasets else "empty"


def _zone(plan: Plan, _reference: Any) -> Completion:
    zone = plan.zone
    checks = [bool(zone.name.strip()), bool(zone.number), bool(zone.communes),
              bool(plan.czs_members)]
    return _grade(sum(checks), len(checks))


def _expectations(plan: Plan, _reference: Any) -> Completion:
    written = [e for e in plan.expectations if _written(e.text)]
    if not plan.expectations:
        return "empty"
    from zonalplan.model import AuthorKind

    kinds = {e.author_kind for e in written}
    needed = {AuthorKind.PROSECUTOR, AuthorKind.MAYOR}
    if needed <= kinds and len(written) == len(plan.expectations):
        return "complete"
    return "partial" if written else "empty"


def _objectives(plan: Plan, _reference: Any) -> Completion:
    if not plan.objectives:
        return "empty"
    from zonalplan.alignment.completeness import missing_objective_fields

    done = sum(1 for o in plan.objectives if _written(o.description) and o.indicators
               and not missing_objective_fields(o))
    return "complete" if done == len(plan.objectives) else "partial"


def _decisions(plan: Plan, reference: Any) -> Completion:
    if not plan.decisions:
        return "empty"
    if reference is None:
        return "partial"
    nodes = [n.id for n in reference.decision_nodes]
    decided = {d.ref_id for d in plan.decisions}
    return "complete" if all(n in decided for n in nodes) else "partial"


def _capacity(plan: Plan, _reference: Any) -> Completion:
    from zonalplan.model import Functionality

    cap = plan.capacity
    checks = [cap.available_fte is not None,
              all(f in cap.functionalities for f in Functionality)]
    if cap.available_fte is None and not cap.functionalities and cap.headcount is None:
        return "empty"
    return _grade(sum(checks), len(checks)) if any(checks) else "partial"


def _approval(plan: Plan, _reference: Any) -> Completion:
    ap = plan.approval
    checks = [ap.czs_date is not None, bool(ap.place.strip()), bool(ap.version_label.strip())]
    others = [ap.submitted_date, ap.approved_date, ap.classification.strip() or None]
    if not any(checks) and not any(others):
        return "empty"
    return "complete" if all(checks) else "partial"


_COMPLETION = {"zone": _zone, "evidence": _evidence, "expectations": _expectations, "objectives": _objectives,
               "decisions": _decisions, "capacity": _capacity, "approval": _approval}


def first_incomplete(plan: Plan, reference: Any = None) -> Chapter:
    """Return the first guided step that is not complete (the last step when all are)."""
    steps = guided_steps()
    for chapter in steps:
        if completion(plan, chapter.id, reference) != "complete":
            return chapter
    return steps[-1]


# -- findings ----------------------------------------------------------------------------------

def chapter_of_place(place: Any) -> str | None:
    """Return the chapter id where a finding's place is edited (``place``: chapter, field)."""
    chapter = getattr(place, "chapter", None)
    name = getattr(place, "field", None)
    if chapter in ("zone", "czs", "period"):
        return "zone"
    if chapter == "followup":
        return "followup_measures" if name == "measurements" else "followup_actions"
    if chapter == "sections":
        return SECTION_CHAPTER.get(name or "", "foreword")
    if chapter == "objectives":
        return "strategy"
    if chapter in CHAPTERS_BY_ID:
        return chapter
    return None


# -- expectations ------------------------------------------------------------------------------

def suggested_expectations(plan: Plan) -> list[Expectation]:
    """Return empty expectations for the usual authors a plan lacks.

    A plan records the expectations of each bourgmestre (one per commune), of the procureur du Roi,
    of the gouverneur and of the federal police (DirCo). Authors already present (same kind, and for
    bourgmestres the same commune in the author text) are not suggested again.
    """
    from zonalplan.i18n import gettext
    from zonalplan.model import AuthorKind, CZSRole, Expectation

    lang = plan.metadata.language  # the authors are written into the plan: its language
    present = [(e.author_kind, e.author.casefold()) for e in plan.expectations]
    suggestions: list[Expectation] = []
    mayors = {m.commune: m.name for m in plan.czs_members
              if m.role is CZSRole.MAYOR and m.commune}
    for commune in plan.zone.communes:
        if any(k is AuthorKind.MAYOR and commune.name.casefold() in a for k, a in present):
            continue
        name = mayors.get(commune.name, "")
        author = gettext("{name}, bourgmestre de {commune}", lang).format(
            name=name, commune=commune.name) if name else \
            gettext("Bourgmestre de {commune}", lang).format(commune=commune.name)
        suggestions.append(Expectation(author_kind=AuthorKind.MAYOR, author=author))
    others = [
        (AuthorKind.PROSECUTOR, gettext("Procureur du Roi — politique criminelle de "
                                        "l'arrondissement", lang)),
        (AuthorKind.GOVERNOR, gettext("Gouverneur de la province", lang)),
        (AuthorKind.DIRCO, gettext("Police fédérale — directeur coordonnateur administratif "
                                   "(DirCo)", lang)),
    ]
    district = plan.zone.judicial_district.strip()
    province = plan.zone.province.strip()
    for kind, author in others:
        if any(k is kind for k, _author in present):
            continue
        if kind is AuthorKind.PROSECUTOR and district:
            author = gettext("Procureur du Roi de {district} — politique criminelle de "
                             "l'arrondissement", lang).format(district=district)
        if kind is AuthorKind.GOVERNOR and province:
            author = gettext("Gouverneur de la province de {province}", lang).format(
                province=province)
        suggestions.append(Expectation(author_kind=kind, author=author))
    return suggestions
