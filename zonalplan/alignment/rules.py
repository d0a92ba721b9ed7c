"""The rules a DirCo or the ministers' services apply to a plan, as pure functions.

Each rule takes a :class:`Context` and yields :class:`Finding` objects with a French message, the place
and a hint. ``check`` runs them all; it is cheap enough to run after every edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from zonalplan.alignment.report import Finding, Place
from zonalplan.capacity import fte
from zonalplan.capacity import totals as capacity_totals
from zonalplan.i18n import N_, _
from zonalplan.i18n.formats import number
from zonalplan.i18n.reference_text import item_label
from zonalplan.model import (
    FUNCTIONALITY_LABELS,
    SECTION_KEYS,
    CZSRole,
    Decision,
    Domain,
    Functionality,
    Indicator,
    Objective,
    ObjectiveKind,
    Period,
    Plan,
    Sections,
)
from zonalplan.reference import Reference, fold

PNS_PERIOD = (2026, 2029)
NEIGHBOURHOOD_NORM = 4000  # inhabitants per neighbourhood officer (AR 17.09.2001, PLP 10)


@dataclass
class Context:
    """What every rule needs, computed once per check."""

    plan: Plan
    reference: Reference
    nodes: dict[str, tuple[set[str], set[str]]]

    @cached_property
    def text_parts(self) -> list[str]:
        """Return every free text of the plan (for « is it addressed somewhere? »)."""
        parts = [getattr(self.plan.sections, k) for k in SECTION_KEYS]
        parts += [e.text for e in self.plan.expectations]
        for o in self.plan.objectives:
            parts += [o.title, o.description, o.rationale, o.chain.prevention, o.chain.repression,
                      o.chain.aftercare, *o.tactical_objectives, *o.partners]
        return [p for p in parts if p.strip()]

    @cached_property
    def linked_ids(self) -> set[str]:
        """Return every item covered by at least one objective."""
        out: set[str] = set()
        for primary, secondary in self.nodes.values():
            out |= primary | secondary
        return out


def _f(rule: str, severity: str, message: str, place: Place, hint: str = "") -> Finding:
    return Finding(rule, severity, message, place, hint)  # type: ignore[arg-type]


def _int(value: int) -> str:
    """Return an integer with the current language's digit grouping (« 45 150 », « 45.150 »)."""
    return number(value)


def _label(section_key: str) -> str:
    return _(Sections.model_fields[section_key].title or section_key)


# -- identity, period, CZS ----------------------------------------------------------------------

def rule_identity(ctx: Context) -> Iterator[Finding]:
    """Zone name, number and communes are present."""
    zone = ctx.plan.zone
    if not zone.name.strip():
        yield _f("zone.nom", "erreur", _("Le nom de la zone n'est pas renseigné."),
                 Place("zone", field="name"), _("Indiquez le nom officiel, ex. « ZP "
                                                "Condroz-Famenne »."))
    if not zone.number:
        yield _f("zone.numero", "erreur", _("Le numéro de la zone n'est pas renseigné."),
                 Place("zone", field="number"), _("Le numéro à 4 chiffres figure dans "
                                                  "l'adresse police.be de la zone (ex. 5314)."))
    if not zone.communes:
        yield _f("zone.communes", "erreur", _("Aucune commune n'est renseignée."),
                 Place("zone", field="communes"), _("Ajoutez chaque commune de la zone et sa "
                                                    "population."))
    elif any(c.population is None for c in zone.communes) and zone.population is None:
        yield _f(
            "zone.population",
            "avertissement",
            _("La population n'est pas connue pour toutes les communes."),
            Place("zone", field="communes"),
            _("La population sert au calcul de la norme de travail de quartier."),
        )
    if not zone.judicial_district.strip() or not zone.province.strip():
        yield _f(
            "zone.arrondissement",
            "info",
            _("L'arrondissement judiciaire ou la province n'est pas renseigné."),
            Place("zone", field="judicial_district"),
        )


def rule_period(ctx: Context) -> Iterator[Finding]:
    """The plan's period overlaps the PNS 2026-2029."""
    p = ctx.plan.period
    if p.end_year < PNS_PERIOD[0] or p.start_year > PNS_PERIOD[1]:
        yield _f("periode.pns", "erreur", _("La période {start_year}-{end_year} ne recouvre "
                                            "pas celle du PNS 2026-2029.").format(
                start_year=p.start_year, end_year=p.end_year), Place("period"),
                 _("Le plan zonal doit s'inscrire dans le Plan national de sécurité en vigueur."))
    elif p.end_year - p.start_year + 1 != 6:
        yield _f("periode.duree", "info", _("La période couvre {value} ans ; le cycle actuel "
                                            "des plans zonaux est de 6 ans (2026-2031).").format(
                value=p.end_year - p.start_year + 1), Place("period"))


def rule_czs(ctx: Context) -> Iterator[Finding]:
    """The CZS has its legal members: mayors of every commune, procureur, chef de corps, DirCo."""
    members = ctx.plan.czs_members
    roles = {m.role for m in members}
    for role, label in ((CZSRole.CHIEF_OF_POLICE, _("le chef de corps")),
                        (CZSRole.PROSECUTOR, _("le procureur du Roi")),
                        (CZSRole.DIRCO, _("le directeur coordonnateur (DirCo)"))):
        if role not in roles:
            yield _f("czs.membre", "erreur", _("Le conseil zonal de sécurité ne compte pas "
                                               "{label}.").format(label=label),
                     Place("czs"), _("Membres légaux (art. 35 LPI) : bourgmestres, procureur "
                                     "du Roi, chef de corps, DirCo ; ils signent le plan."))
    mayors = {fold(m.commune or "") for m in members if m.role == CZSRole.MAYOR}
    for commune in ctx.plan.zone.communes:
        if fold(commune.name) not in mayors:
            yield _f(
                "czs.bourgmestre",
                "erreur",
                _("Aucun bourgmestre de {name} parmi les membres du CZS.").format(
                    name=commune.name
                ),
                Place("czs"),
                _("Ajoutez le bourgmestre et indiquez sa commune."),
            )
    if CZSRole.DIRJUD not in roles:
        yield _f(
            "czs.dirjud",
            "info",
            _("Le directeur judiciaire (DirJud) ne figure pas parmi les membres du CZS."),
            Place("czs"),
            _("Il est souvent invité au CZS."),
        )


# -- narrative content --------------------------------------------------------------------------

ENV_KEYS = ("env_territory", "env_crime", "env_road_safety", "env_survey", "env_internal",
            "env_lessons")


def rule_content(ctx: Context) -> Iterator[Finding]:
    """Required chapters are written."""
    s = ctx.plan.sections
    if not any(getattr(s, k).strip() for k in ENV_KEYS):
        yield _f("contenu.environnement", "erreur", _("L'analyse de l'environnement est vide."),
                 Place("sections", field="env_territory"),
                 _("Décrivez le territoire, l'image de la criminalité, la sécurité routière, "
                   "l'enquête de population, le fonctionnement interne et les enseignements du "
                   "plan précédent."))
    else:
        for key in ENV_KEYS:
            if not getattr(s, key).strip():
                yield _f(
                    "contenu.environnement.partie",
                    "avertissement",
                    _("La partie « {key} » est vide.").format(key=_label(key)),
                    Place("sections", field=key),
                )
    if not s.mission.strip():
        yield _f("contenu.mission", "erreur", _("La mission n'est pas rédigée."),
                 Place("sections", field="mission"))
    for key in ("vision", "values"):
        if not getattr(s, key).strip():
            yield _f("contenu.mvv", "avertissement", _("La partie « {key} » est vide.").format(
                    key=_label(key)),
                     Place("sections", field=key))
    if not s.communication_internal.strip() and not s.communication_external.strip():
        yield _f(
            "contenu.communication",
            "erreur",
            _("La politique de communication n'est pas rédigée."),
            Place("communication", field="communication_external"),
            _(
                "Prévoyez la communication interne (personnel) et externe (population, "
                "autorités, partenaires)."
            ),
        )
    else:
        for key in ("communication_internal", "communication_external"):
            if not getattr(s, key).strip():
                yield _f(
                    "contenu.communication.partie",
                    "avertissement",
                    _("La partie « {key} » est vide.").format(key=_label(key)),
                    Place("communication", field=key),
                )
    if not s.foreword.strip():
        yield _f("contenu.avant-propos", "info", _("L'avant-propos du chef de corps n'est pas "
                                                   "rédigé."),
                 Place("sections", field="foreword"))


def rule_expectations(ctx: Context) -> Iterator[Finding]:
    """Expectations of the authorities are recorded, at least the procureur du Roi's."""
    exps = [e for e in ctx.plan.expectations if e.text.strip()]
    if not exps:
        yield _f(
            "attentes.absentes",
            "erreur",
            _("Les attentes des autorités et des partenaires ne sont pas consignées."),
            Place("expectations"),
            _(
                "Recueillez les attentes de chaque bourgmestre, du procureur du Roi, du "
                "gouverneur et du DirCo."
            ),
        )
        return
    kinds = {e.author_kind.value for e in exps}
    if "procureur_du_roi" not in kinds:
        yield _f("attentes.procureur", "avertissement", _("Les attentes du procureur du Roi "
                                                          "(politique criminelle) ne sont pas "
                                                          "consignées."), Place("expectations"))
    if "bourgmestre" not in kinds:
        yield _f(
            "attentes.bourgmestres",
            "avertissement",
            _("Aucune attente de bourgmestre n'est consignée."),
            Place("expectations"),
        )


# -- national priorities ------------------------------------------------------------------------

def rule_decisions(ctx: Context) -> Iterator[Finding]:
    """Every PNS theme with local objectives has a justified decision consistent with the plan."""
    ref = ctx.reference
    decisions = {d.ref_id: d for d in ctx.plan.decisions}
    for node in ref.decision_nodes:
        place = Place("decisions", ref_id=node.id)
        name = f"« {item_label(node)} »"
        d = decisions.get(node.id)
        if d is None:
            yield _f("pns.decision.absente", "erreur", _("Aucune décision sur le thème du PNS "
                                                         "{name}.").format(name=name),
                     place, _("Choisissez : retenu (avec un objectif), fonctionnement régulier "
                              "(dites comment) ou non retenu (justifiez, ex. phénomène absent "
                              "de l'image de la zone)."))
            continue
        if d.decision == Decision.RETAINED and node.id not in ctx.linked_ids:
            yield _f("pns.retenu.sans-objectif", "erreur", _("Le thème {name} est retenu mais "
                                                             "aucun objectif stratégique n'y "
                                                             "est lié.").format(name=name), place,
                     _("Liez un objectif à ce thème ou à l'un de ses objectifs pour la police "
                       "locale."))
        if d.decision == Decision.NOT_RETAINED and not d.justification.strip():
            yield _f(
                "pns.non-retenu.justification",
                "erreur",
                _("Le thème {name} n'est pas retenu sans justification.").format(name=name),
                place,
                _("Justifiez ce choix (image de la zone, capacité, autre approche)."),
            )
        if d.decision == Decision.REGULAR and not d.justification.strip():
            yield _f(
                "pns.regulier.comment",
                "avertissement",
                _(
                    "Le thème {name} est suivi en fonctionnement régulier sans dire comment."
                ).format(name=name),
                place,
                _("Précisez le service, les actions et le suivi prévus."),
            )
    for ref_id in decisions:
        if ref_id not in ref:
            yield _f(
                "pns.decision.inconnue",
                "avertissement",
                _(
                    "La décision porte sur « "
                    "{ref_id} », qui n'existe pas "
                    "dans la référence nationale "
                    "actuelle (édition changée)."
                ).format(ref_id=ref_id),
                Place("decisions", ref_id=ref_id),
                _(
                    "Supprimez-la ou reportez-la sur le "
                    "thème correspondant de l'édition en "
                    "vigueur."
                ),
            )


def rule_objective_links(ctx: Context) -> Iterator[Finding]:
    """Every objective links to the national frame or is justified as local-specific."""
    ref = ctx.reference
    decisions = {d.ref_id: d.decision for d in ctx.plan.decisions}
    for obj in ctx.plan.objectives:
        known = [lk for lk in obj.links if lk.ref_id in ref]
        for lk in obj.links:
            if lk.ref_id not in ref:
                yield _f(
                    "objectif.lien.inconnu",
                    "avertissement",
                    _(
                        "{label} : le lien vers « "
                        "{ref_id} » ne correspond à "
                        "aucun élément de la référence "
                        "actuelle."
                    ).format(label=obj.label, ref_id=lk.ref_id),
                    Place("objectives", obj.id, "links", lk.ref_id),
                    _("L'édition de référence a changé : choisissez l'élément équivalent."),
                )
        if not known and not obj.local_justification.strip():
            yield _f("objectif.lien.absent", "erreur", _("{label} n'est lié à aucune priorité "
                                                         "nationale et n'est pas justifié "
                                                         "comme spécifiquement local.").format(
                    label=obj.label),
                     Place("objectives", obj.id, "links"),
                     _("Liez-le à un thème ou un objectif du PNS ou à la NCSI (voir les "
                       "suggestions), ou justifiez son caractère local."))
        if obj.kind == ObjectiveKind.PRIORITY:
            for lk in known:
                theme = ref.theme_of(lk.ref_id)
                if theme and decisions.get(theme.id) == Decision.NOT_RETAINED:
                    yield _f(
                        "objectif.theme.non-retenu",
                        "avertissement",
                        _(
                            "{label} est lié à « {label2} », que la zone déclare non retenu."
                        ).format(label=obj.label, label2=item_label(theme)),
                        Place("objectives", obj.id, "links", lk.ref_id),
                        _("Revoyez la décision sur ce thème ou le lien de l'objectif."),
                    )


@lru_cache(maxsize=4096)
def _near_conditions_cached(content_hash: str, ref: Reference, text: str) -> tuple[str, ...]:
    from zonalplan.alignment.suggest import suggest

    return tuple(s.item.id for s in suggest(text, ref, limit=15)
                 if s.item.kind == "pns_condition")[:3]


def _near_conditions(text: str, ref: Reference) -> tuple[str, ...]:
    """Return the ids of the (at most 3) PNS conditions suggested for a text (cached per text).

    The check runs after every edit: the objectives that did not change keep their answer.
    """
    return _near_conditions_cached(ref.content_hash, ref, text)


def rule_internal_conditions(ctx: Context) -> Iterator[Finding]:
    """Internal objectives relate to the conditions of chapter 8 of the PNS."""
    ref = ctx.reference
    for obj in ctx.plan.objectives:
        if obj.domain != Domain.INTERNAL:
            continue
        kinds = {ref.item(lk.ref_id).kind for lk in obj.links if lk.ref_id in ref}
        if "pns_condition" in kinds:
            continue
        hint = _("Par exemple : intégrité, formation, transformation digitale, partenariats, "
                 "ILP.")
        found = [ref.item(i) for i in _near_conditions(f"{obj.title} {obj.description}", ref)]
        if found:
            hint = _("Conditions proches : ") + " ; ".join(item_label(i) for i in found)
        yield _f("objectif.interne.condition", "avertissement",
                 _("{label} (gestion opérationnelle) n'est relié à aucune condition du chapitre "
                   "8 du PNS.").format(label=obj.label),
                 Place("objectives", obj.id, "links"), hint)


# -- SMART --------------------------------------------------------------------------------------

def rule_smart(ctx: Context) -> Iterator[Finding]:
    """Priorities have measurable indicators with baseline, target, unit and year in the period."""
    period = ctx.plan.period
    for obj in ctx.plan.objectives:
        priority = obj.kind == ObjectiveKind.PRIORITY
        if not obj.indicators:
            yield _f(
                "smart.indicateur.absent",
                "erreur" if priority else "info",
                _("{label} n'a aucun indicateur.").format(label=obj.label),
                Place("objectives", obj.id, "indicators"),
                _(
                    "Ajoutez au moins un indicateur avec une valeur de départ, une cible "
                    "chiffrée, une unité et une année cible."
                ),
            )
            continue
        for ind in obj.indicators:
            yield from _indicator_findings(obj, ind, priority, period)
        if priority and not obj.owner.strip():
            yield _f("objectif.responsable", "avertissement", _("{label} n'a pas de "
                                                                "responsable.").format(
                    label=obj.label), Place("objectives", obj.id, "owner"),
                     _("Une priorité est menée en projet : nommez le responsable du plan "
                       "d'action."))
        if not obj.description.strip():
            yield _f("objectif.description", "avertissement", _("{label} n'a pas de "
                                                                "description.").format(
                    label=obj.label), Place("objectives", obj.id, "description"))


def _indicator_findings(obj: Objective, ind: Indicator, priority: bool,
                        period: Period) -> Iterator[Finding]:
    """Return what is wrong with one indicator of an objective."""
    unit = ind.unit.strip()
    incomplete = priority and (ind.baseline_value is None or ind.baseline_year is None
                               or ind.target_value is None or ind.target_year is None or not unit)
    outside = ind.target_year is not None and not period.contains(ind.target_year)
    percent = unit == "%" and ind.target_value is not None and not 0 <= ind.target_value <= 100
    if not (incomplete or outside or percent):
        return  # nothing built nor translated for a sound one: a large plan has a thousand
    place = Place("objectives", obj.id, f"indicators/{ind.id}")
    missing = [
        _(label)
        for label, value in (
            (N_("valeur de départ"), ind.baseline_value),
            (N_("année de départ"), ind.baseline_year),
            (N_("valeur cible"), ind.target_value),
            (N_("année cible"), ind.target_year),
            (N_("unité"), unit or None),
        )
        if value is None
    ]
    if incomplete:
        yield _f(
            "smart.indicateur.incomplet",
            "avertissement",
            _("{label} — indicateur « {name} » : {missing} manquant(e)s.").format(
                label=obj.label, name=ind.name, missing=", ".join(missing)
            ),
            place,
            _("Un objectif SMART se mesure : départ, cible, unité, échéance."),
        )
    if outside:
        yield _f(
            "smart.annee.hors-periode",
            "avertissement",
            _(
                "{label} — indicateur « {name} » : l'année cible {target_year} est "
                "hors de la période {start_year}-{end_year}."
            ).format(
                label=obj.label,
                name=ind.name,
                target_year=ind.target_year,
                start_year=period.start_year,
                end_year=period.end_year,
            ),
            place,
        )
    if percent:
        yield _f("smart.pourcentage", "avertissement", _("{label} — indicateur « {name} "
                                                         "» : une cible de "
                                                         "{target_value:g} % n'est pas "
                                                         "un pourcentage.").format(
                label=obj.label, name=ind.name, target_value=ind.target_value), place)


# -- capacity -----------------------------------------------------------------------------------

def rule_capacity(ctx: Context) -> Iterator[Finding]:
    """Allocations stay within the available capacity; every functionality and priority is staffed."""
    cap = ctx.plan.capacity
    functionalities = {Functionality(k): v for k, v in cap.functionalities.items()}
    for func in Functionality:
        if functionalities.get(func, 0) <= 0:
            yield _f(
                "capacite.fonctionnalite",
                "erreur",
                _("La fonctionnalité de base « {value} » n'a aucune capacité.").format(
                    value=FUNCTIONALITY_LABELS[func]
                ),
                Place("capacity", field=func.value),
                _("Les 7 fonctionnalités de base doivent être assurées (AR du 17/09/2001)."),
            )
    sums = capacity_totals(ctx.plan)
    if cap.available_fte is None:
        yield _f(
            "capacite.disponible",
            "avertissement",
            _("La capacité disponible (ETP) n'est pas renseignée."),
            Place("capacity", field="available_fte"),
        )
    elif sums.over_allocated:
        yield _f("capacite.depassement", "erreur", _("Les affectations ({allocated} ETP) "
                                                     "dépassent la capacité disponible "
                                                     "({available_fte} ETP).").format(
                allocated=fte(sums.allocated), available_fte=fte(cap.available_fte)),
                 Place("capacity", field="available_fte"),
                 _("Réduisez les affectations ou revoyez l'ambition des priorités."))
    for obj in ctx.plan.objectives:
        if obj.kind == ObjectiveKind.PRIORITY and not (obj.capacity_fte or obj.capacity_hours):
            yield _f(
                "capacite.priorite",
                "avertissement",
                _("{label} n'a pas de capacité affectée.").format(label=obj.label),
                Place("objectives", obj.id, "capacity_fte"),
                _("Une priorité mobilise une capacité résiduelle : indiquez les ETP ou heures."),
            )
    population = ctx.plan.zone.total_population
    quartier = functionalities.get(Functionality.NEIGHBOURHOOD, 0)
    if population and quartier > 0 and quartier < population / NEIGHBOURHOOD_NORM:
        yield _f(
            "capacite.quartier.norme",
            "avertissement",
            _(
                "Travail de quartier : "
                "{quartier} ETP pour "
                "{population} habitants, sous "
                "la norme d'un agent de "
                "quartier pour "
                "{NEIGHBOURHOOD_NORM} habitants "
                "({fte})."
            ).format(
                quartier=fte(quartier),
                population=_int(population),
                NEIGHBOURHOOD_NORM=_int(NEIGHBOURHOOD_NORM),
                fte=fte(population / NEIGHBOURHOOD_NORM),
            ),
            Place("capacity", field=Functionality.NEIGHBOURHOOD.value),
        )


# -- transversal conditions ---------------------------------------------------------------------

_PATTERNS: dict[tuple[str, str], re.Pattern[str]] = {}


@lru_cache(maxsize=32768)
def _conditions_in_cached(content_hash: str, ref: Reference, text: str) -> frozenset[str]:
    folded = " " + fold(text)
    return frozenset(c.id for c in ref.items(source="pns", kind="pns_condition")
                     if _condition_pattern(ref, c.id).search(folded))


def _conditions_in(ref: Reference, text: str) -> frozenset[str]:
    """Return the conditions whose keywords appear in ``text`` (cached per text)."""
    return _conditions_in_cached(ref.content_hash, ref, text)


def _condition_pattern(ref: Reference, cond_id: str) -> re.Pattern[str]:
    """Return one regex matching any keyword of a condition at a word start (cached)."""
    key = (ref.content_hash, cond_id)
    if key not in _PATTERNS:
        item = ref.item(cond_id)
        terms = sorted({fold(t) for t in item.keywords.get("fr", []) + item.keywords.get("nl", [])
                        if len(t) > 3}, key=len, reverse=True)
        body = "|".join(re.escape(t) for t in terms) or "(?!x)x"
        _PATTERNS[key] = re.compile(rf"\b(?:{body})")
    return _PATTERNS[key]


def rule_conditions(ctx: Context) -> Iterator[Finding]:
    """The PNS conditions (intégrité, mineurs et victimes, partenariats…) are addressed somewhere."""
    ref = ctx.reference
    conditions = [c for c in ref.items(source="pns", kind="pns_condition")
                  if not (c.parent_id and ref.item(c.parent_id).kind == "pns_condition")]
    pending = [c for c in conditions if c.id not in ctx.linked_ids]
    addressed: set[str] = set()
    if pending:
        for part in ctx.text_parts:
            addressed |= _conditions_in(ref, part)
    for cond in pending:
        if cond.id in addressed:
            continue
        yield _f("pns.condition.absente", "info", _("La condition du PNS « {label} » n'est "
                                                    "abordée nulle part dans le plan.").format(
                label=item_label(cond)), Place("objectives", ref_id=cond.id),
                 _("Mentionnez comment la zone y répond, ou liez-la à un objectif interne."))


# -- bilingual plans ----------------------------------------------------------------------------

def rule_translations(ctx: Context) -> Iterator[Finding]:
    """A bilingual plan has every written text in each of its languages (never filled silently)."""
    plan = ctx.plan
    if not plan.metadata.other_languages:
        return
    from zonalplan.i18n.bilingual import missing

    for language in plan.metadata.other_languages:
        name = _(LANGUAGE_LABELS[language])
        groups: dict[tuple[str, str | None, str | None, str | None], list[str]] = {}
        for slot in missing(plan, language):
            field = slot.field if slot.objective_id is None else None
            key = (slot.chapter, slot.objective_id, field, slot.ref_id)
            labels = groups.setdefault(key, [])
            if _(slot.label) not in labels:
                labels.append(_(slot.label))
        for (chapter, objective_id, field, ref_id), labels in groups.items():
            obj = plan.objective(objective_id) if objective_id else None
            where = obj.label if obj else place_name(chapter, field, ref_id, ctx.reference)
            where = where[:1].upper() + where[1:]
            yield _f("traduction.manquante", "avertissement",
                     _("{place} : texte {language} manquant ({fields}).").format(
                         place=where, language=name, fields=", ".join(labels)),
                     Place(chapter, objective_id, field, ref_id),
                     _("Le document en {language} montrera le texte d'origine précédé de "
                       "« traduction manquante ».").format(language=name))


LANGUAGE_LABELS = {"fr": N_("français"), "nl": N_("néerlandais"), "de": N_("allemand")}


def place_name(chapter: str, field: str | None, ref_id: str | None, ref: Reference) -> str:
    """Return the name of a chapter, a section or a PNS theme, for a finding's message."""
    if ref_id and ref_id in ref:
        return f"« {item_label(ref.item(ref_id))} »"
    if field and field in Sections.model_fields:
        return _label(field)
    from zonalplan.export.labels import PLACE_LABELS

    return PLACE_LABELS.get(chapter, chapter)


RULES: list[Callable[[Context], Iterator[Finding]]] = [
    rule_identity, rule_period, rule_czs, rule_content, rule_expectations, rule_decisions,
    rule_objective_links, rule_internal_conditions, rule_smart, rule_capacity, rule_conditions,
    rule_translations,
]
