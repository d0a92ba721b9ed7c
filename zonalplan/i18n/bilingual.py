"""Plans kept in two languages (Brussels): texts per language, what is missing, one plan each.

A plan is written in ``metadata.language``; ``metadata.other_languages`` lists the languages it also
keeps (``["nl"]`` for a French-Dutch Brussels plan). Each free text has a stable *path*
(``sections.mission``, ``objectives.<id>.description``, ``decisions.<ref_id>.justification``…); its
text in another language lives in ``plan.translations[language][path]``. A missing translation is
reported by the check (:func:`missing`) and, in the exported document, printed as the original
text behind a visible marker — never filled silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from zonalplan.i18n import N_, gettext
from zonalplan.model import SECTION_KEYS, Plan, Sections

MISSING_MARK = N_("[traduction manquante]")
"""Printed, in the document's language, before an original text that has no translation."""


@dataclass(frozen=True)
class Slot:
    """One translatable text: its path, where it belongs (for findings) and its French label."""

    path: str
    chapter: str
    label: str
    text: str
    objective_id: str | None = None
    field: str | None = None
    ref_id: str | None = None


_OBJECTIVE_FIELDS = (("title", N_("intitulé")), ("description", N_("description")),
                     ("rationale", N_("motivation")), ("owner", N_("responsable")),
                     ("local_justification", N_("justification locale")))
_INDICATOR_FIELDS = (("name", N_("indicateur")), ("unit", N_("unité")), ("source", N_("source")),
                     ("frequency", N_("fréquence de mesure")))
_CHAIN_FIELDS = (
    ("prevention", N_("prévention")),
    ("repression", N_("répression et proactivité")),
    ("aftercare", N_("suivi et accompagnement")),
)


def slots(plan: Plan) -> Iterator[Slot]:
    """Yield every free text of the plan that a bilingual plan keeps in each language."""
    for key in SECTION_KEYS:
        chapter = "communication" if key.startswith("communication") else "sections"
        yield Slot(f"sections.{key}", chapter, Sections.model_fields[key].title or key,
                   getattr(plan.sections, key), field=key)
    for exp in plan.expectations:
        yield Slot(f"expectations.{exp.id}.text", "expectations", N_("attentes"), exp.text)
    for obj in plan.objectives:
        base = f"objectives.{obj.id}"
        for name, label in _OBJECTIVE_FIELDS:
            yield Slot(f"{base}.{name}", "objectives", label, getattr(obj, name), obj.id, name)
        for name, label in _CHAIN_FIELDS:
            yield Slot(f"{base}.chain.{name}", "objectives", label, getattr(obj.chain, name),
                       obj.id, "chain")
        for index, text in enumerate(obj.tactical_objectives):
            yield Slot(f"{base}.tactical_objectives.{index}", "objectives",
                       N_("objectifs tactiques"), text, obj.id, "tactical_objectives")
        for index, text in enumerate(obj.partners):
            yield Slot(f"{base}.partners.{index}", "objectives", N_("partenaires"), text,
                       obj.id, "partners")
        for ind in obj.indicators:
            for name, label in _INDICATOR_FIELDS:
                yield Slot(f"{base}.indicators.{ind.id}.{name}", "objectives", label,
                           getattr(ind, name), obj.id, "indicators")
    for dec in plan.decisions:
        yield Slot(f"decisions.{dec.ref_id}.justification", "decisions", N_("justification"),
                   dec.justification, ref_id=dec.ref_id)
    yield Slot("capacity.note", "capacity", N_("commentaire"), plan.capacity.note, field="note")


def missing(plan: Plan, language: str) -> list[Slot]:
    """Return the written texts that have no translation in ``language``."""
    known = plan.translations.get(language, {})
    return [s for s in slots(plan) if s.text.strip() and not known.get(s.path, "").strip()]


def _translated(text: str, path: str, known: dict[str, str], language: str) -> str:
    found = known.get(path, "")
    if found.strip() or not text.strip():
        return found if found.strip() else text
    return f"{gettext(MISSING_MARK, language)} {text}"


def plan_in_language(plan: Plan, language: str) -> Plan:
    """Return a copy of the plan written in ``language``: its texts replaced by their translations.

    A text without translation keeps its original wording behind the « [traduction manquante] »
    marker (in ``language``), so the document shows the gap. The copy is a plan in ``language``
    whose other language is the original one (its texts as the translations), so checking the
    copy reports the same gaps; the original plan is not touched.
    """
    if language == plan.metadata.language:
        return plan.model_copy(deep=True)
    known = plan.translations.get(language, {})
    copy = plan.model_copy(deep=True)

    def tr(text: str, path: str) -> str:
        return _translated(text, path, known, language)

    for key in SECTION_KEYS:
        setattr(copy.sections, key, tr(getattr(copy.sections, key), f"sections.{key}"))
    for exp in copy.expectations:
        exp.text = tr(exp.text, f"expectations.{exp.id}.text")
    for obj in copy.objectives:
        base = f"objectives.{obj.id}"
        for name, _label in _OBJECTIVE_FIELDS:
            setattr(obj, name, tr(getattr(obj, name), f"{base}.{name}"))
        for name, _label in _CHAIN_FIELDS:
            setattr(obj.chain, name, tr(getattr(obj.chain, name), f"{base}.chain.{name}"))
        obj.tactical_objectives = [tr(t, f"{base}.tactical_objectives.{i}")
                                   for i, t in enumerate(obj.tactical_objectives)]
        obj.partners = [tr(t, f"{base}.partners.{i}") for i, t in enumerate(obj.partners)]
        for ind in obj.indicators:
            for name, _label in _INDICATOR_FIELDS:
                setattr(ind, name, tr(getattr(ind, name), f"{base}.indicators.{ind.id}.{name}"))
    for dec in copy.decisions:
        dec.justification = tr(dec.justification, f"decisions.{dec.ref_id}.justification")
    copy.capacity.note = tr(copy.capacity.note, "capacity.note")
    original = plan.metadata.language
    copy.metadata.other_languages = [original] + [
        lang for lang in plan.metadata.other_languages if lang not in (original, language)]
    copy.metadata.language = language
    copy.translations = {original: {slot.path: slot.text for slot in slots(plan)
                                    if slot.text.strip()},
                         **{lang: dict(texts) for lang, texts in plan.translations.items()
                            if lang not in (original, language)}}
    return copy


def languages_of(plan: Plan) -> list[str]:
    """Return the plan's language followed by its other languages."""
    return [plan.metadata.language] + [lang for lang in plan.metadata.other_languages
                                       if lang != plan.metadata.language]
