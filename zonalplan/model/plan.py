"""Pydantic models of a plan zonal de sécurité, shaped like the plans zones actually write.

Every field carries a French ``title``: validation errors name fields by it (see ``errors.py``).
Free text fields use a light convention for structure: paragraphs are separated by a blank line and
lines starting with ``- `` are bullet items (see ``richtext.py``).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from zonalplan.i18n import N_, gettext
from zonalplan.i18n.vocabulary import Terms, term
from zonalplan.model.evidence import ChapterFigure, Dataset, PlanPicture
from zonalplan.model.followup import Candidate, FollowUp
from zonalplan.model.ids import new_id
from zonalplan.model.matrix import ArgumentMatrix

FORMAT_VERSION = 2
"""Version of the plan format written by this release (plan files and JSON interchange)."""

DEFAULT_START_YEAR = 2026
DEFAULT_END_YEAR = 2031


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


Text = Annotated[str, Field(max_length=2_000_000)]
Name = Annotated[str, Field(max_length=500)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False)


class Region(str, Enum):
    """Belgian region of a police zone."""

    WALLONIA = "Wallonie"
    FLANDERS = "Flandre"
    BRUSSELS = "Bruxelles-Capitale"


class Commune(_Model):
    """A municipality of the zone."""

    name: Name = Field(title="nom de la commune", min_length=1)
    nis_code: str | None = Field(default=None, title="code INS", pattern=r"^\d{5}$")
    population: int | None = Field(default=None, title="population", ge=0, le=2_000_000)


class Zone(_Model):
    """Identity of the police zone."""

    name: Name = Field(default="", title="nom de la zone")
    number: str = Field(default="", title="numéro de zone", pattern=r"^(\d{4})?$")
    communes: list[Commune] = Field(default_factory=list, title="communes", max_length=100)
    judicial_district: Name = Field(default="", title="arrondissement judiciaire")
    province: Name = Field(default="", title="province")
    region: Region | None = Field(default=None, title="région")
    population: int | None = Field(default=None, title="population totale", ge=0, le=2_000_000)
    area_km2: float | None = Field(default=None, title="superficie (km²)", ge=0, le=5_000)

    @property
    def pluricommunal(self) -> bool:
        """Return True when the zone covers several communes."""
        return len(self.communes) > 1

    @property
    def total_population(self) -> int | None:
        """Return the stated population, or the sum of the communes' populations."""
        if self.population is not None:
            return self.population
        known = [c.population for c in self.communes if c.population is not None]
        return sum(known) if known else None


class Period(_Model):
    """The plan's cycle (6 years by default)."""

    start_year: int = Field(default=DEFAULT_START_YEAR, title="année de début", ge=2000, le=2100)
    end_year: int = Field(default=DEFAULT_END_YEAR, title="année de fin", ge=2000, le=2100)

    @model_validator(mode="after")
    def _order(self) -> Period:
        if self.end_year < self.start_year:
            raise ValueError(gettext("l'année de fin précède l'année de début"))
        if self.end_year - self.start_year > 11:
            raise ValueError(
                gettext("une période de plus de 12 ans n'est pas un cycle de plan zonal")
            )
        return self

    def contains(self, year: int) -> bool:
        """Return True when ``year`` lies inside the period."""
        return self.start_year <= year <= self.end_year


class CZSRole(str, Enum):
    """Role of a member of the conseil zonal de sécurité."""

    MAYOR = "bourgmestre"
    PROSECUTOR = "procureur_du_roi"
    CHIEF_OF_POLICE = "chef_de_corps"
    DIRCO = "dirco"
    DIRJUD = "dirjud"
    OTHER = "autre"


CZS_ROLE_LABELS = Terms({
    CZSRole.MAYOR: "role.mayor",
    CZSRole.PROSECUTOR: "role.prosecutor",
    CZSRole.CHIEF_OF_POLICE: "role.chief",
    CZSRole.DIRCO: "role.dirco",
    CZSRole.DIRJUD: "role.dirjud",
    CZSRole.OTHER: "role.other_member",
})
"""Printed role of each CZS member, in the current language (:mod:`zonalplan.i18n`)."""


class CZSMember(_Model):
    """A member of the conseil zonal de sécurité, for the signature page."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    name: Name = Field(title="nom", min_length=1)
    role: CZSRole = Field(title="rôle")
    commune: Name | None = Field(default=None, title="commune")
    function: Name = Field(default="", title="fonction")

    @property
    def role_label(self) -> str:
        """Return the printed role, e.g. « Bourgmestre de Rivemont »."""
        label = CZS_ROLE_LABELS[self.role]
        if self.role is CZSRole.MAYOR and self.commune:
            return gettext("{role} de {commune}").format(role=label, commune=self.commune)
        return self.function or label


class Sections(_Model):
    """Narrative chapters of the plan."""

    foreword: Text = Field(default="", title="avant-propos")
    env_territory: Text = Field(default="", title="analyse de l'environnement — territoire")
    env_crime: Text = Field(
        default="", title="analyse de l'environnement — image de la criminalité"
    )
    env_road_safety: Text = Field(
        default="", title="analyse de l'environnement — sécurité routière"
    )
    env_survey: Text = Field(default="", title="analyse de l'environnement — enquête de population")
    env_internal: Text = Field(
        default="", title="analyse de l'environnement — fonctionnement interne"
    )
    env_lessons: Text = Field(default="", title="enseignements du plan précédent")
    mission: Text = Field(default="", title="mission")
    vision: Text = Field(default="", title="vision")
    values: Text = Field(default="", title="valeurs")
    argument_matrix: Text = Field(default="", title="matrice d'argumentation")
    non_retained: Text = Field(default="", title="motivation des phénomènes non retenus")
    communication_internal: Text = Field(default="", title="communication interne")
    communication_external: Text = Field(default="", title="communication externe")


SECTION_KEYS: tuple[str, ...] = tuple(Sections.model_fields)


class AuthorKind(str, Enum):
    """Author of expectations toward the plan."""

    MAYOR = "bourgmestre"
    PROSECUTOR = "procureur_du_roi"
    GOVERNOR = "gouverneur"
    DIRCO = "dirco"
    DIRJUD = "dirjud"
    OTHER = "autre"


AUTHOR_KIND_LABELS = Terms({
    AuthorKind.MAYOR: "role.mayor",
    AuthorKind.PROSECUTOR: "role.prosecutor",
    AuthorKind.GOVERNOR: "role.governor",
    AuthorKind.DIRCO: "role.dirco_author",
    AuthorKind.DIRJUD: "role.dirjud_author",
    AuthorKind.OTHER: "role.other_partner",
})


class Expectation(_Model):
    """Expectations of an authority or partner toward the plan."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    author_kind: AuthorKind = Field(title="type d'auteur")
    author: Name = Field(default="", title="auteur")
    text: Text = Field(default="", title="attentes")


class ObjectiveKind(str, Enum):
    """Priority (project with an action plan) or point of attention (regular work)."""

    PRIORITY = "priorite"
    ATTENTION_POINT = "point_attention"


class Domain(str, Enum):
    """External (security and quality of life) or internal (operational management) objective."""

    EXTERNAL = "externe"
    INTERNAL = "interne"


KIND_LABELS = Terms({k: f"kind.{k.value}" for k in ObjectiveKind})
DOMAIN_LABELS = Terms({d: f"domain.{d.value}" for d in Domain})


class ChainApproach(_Model):
    """The three links of the security chain for an objective."""

    prevention: Text = Field(default="", title="prévention")
    repression: Text = Field(default="", title="répression et proactivité")
    aftercare: Text = Field(default="", title="suivi et accompagnement")


class Indicator(_Model):
    """A measurable indicator of a strategic objective."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    name: Name = Field(title="indicateur", min_length=1)
    unit: Name = Field(default="", title="unité")
    baseline_value: float | None = Field(default=None, title="valeur de départ",
                                         allow_inf_nan=False)
    baseline_year: int | None = Field(default=None, title="année de départ", ge=1990, le=2100)
    target_value: float | None = Field(default=None, title="valeur cible", allow_inf_nan=False)
    target_year: int | None = Field(default=None, title="année cible", ge=1990, le=2100)
    source: Name = Field(default="", title="source")
    frequency: Name = Field(default="", title="fréquence de mesure")
    series_key: str | None = Field(default=None, title="série de données", max_length=300)


class LinkWeight(str, Enum):
    """How strongly an objective relates to a national item."""

    PRIMARY = "primary"
    SECONDARY = "secondary"


class NationalLink(_Model):
    """A link from an objective to an item of the national frame (PNS, NCSI…)."""

    ref_id: str = Field(title="élément national", min_length=1, max_length=128)
    weight: LinkWeight = Field(default=LinkWeight.PRIMARY, title="poids")


class Objective(_Model):
    """A strategic objective of the plan."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    code: Name = Field(default="", title="code")
    title: Name = Field(title="intitulé", min_length=1)
    kind: ObjectiveKind = Field(default=ObjectiveKind.PRIORITY, title="type")
    domain: Domain = Field(default=Domain.EXTERNAL, title="domaine")
    description: Text = Field(default="", title="description")
    rationale: Text = Field(default="", title="motivation")
    chain: ChainApproach = Field(default_factory=ChainApproach, title="approche en chaîne")
    partners: list[Name] = Field(default_factory=list, title="partenaires", max_length=200)
    owner: Name = Field(default="", title="responsable")
    tactical_objectives: list[Text] = Field(default_factory=list, title="objectifs tactiques",
                                            max_length=200)
    indicators: list[Indicator] = Field(default_factory=list, title="indicateurs",
                                         max_length=100)
    links: list[NationalLink] = Field(default_factory=list, title="liens nationaux",
                                       max_length=100)
    local_justification: Text = Field(default="", title="justification locale")
    capacity_fte: float | None = Field(default=None, title="capacité (ETP)", ge=0, le=10_000)
    capacity_hours: float | None = Field(default=None, title="capacité (heures/an)", ge=0, le=1e8)

    @model_validator(mode="after")
    def _unique_indicator_ids(self) -> Objective:
        ids = [i.id for i in self.indicators]
        if len(ids) != len(set(ids)):
            raise ValueError(gettext("deux indicateurs de l'objectif ont le même identifiant"))
        return self

    @property
    def label(self) -> str:
        """Return « CODE — title » or the title alone."""
        return f"{self.code} — {self.title}" if self.code else self.title


class Decision(str, Enum):
    """The zone's decision on a national priority."""

    RETAINED = "retenu"
    REGULAR = "fonctionnement_regulier"
    NOT_RETAINED = "non_retenu"


DECISION_LABELS = Terms({d: f"decision.{d.value}" for d in Decision})


class PriorityDecision(_Model):
    """The zone's decision on a PNS theme or sub-theme, with its justification."""

    ref_id: str = Field(title="thème national", min_length=1, max_length=128)
    decision: Decision = Field(title="décision")
    justification: Text = Field(default="", title="justification")


class Functionality(str, Enum):
    """The 7 basic functionalities of the local police."""

    NEIGHBOURHOOD = "quartier"
    RECEPTION = "accueil"
    INTERVENTION = "intervention"
    VICTIM_ASSISTANCE = "victimes"
    INVESTIGATION = "recherche"
    PUBLIC_ORDER = "ordre_public"
    TRAFFIC = "circulation"


FUNCTIONALITY_LABELS = Terms({f: f"func.{f.value}" for f in Functionality})


class Capacity(_Model):
    """Available capacity and its allocation to the basic functionalities."""

    reference_date: dt.date | None = Field(default=None, title="date de référence")
    headcount: int | None = Field(default=None, title="effectif", ge=0, le=100_000)
    available_fte: float | None = Field(default=None, title="capacité disponible (ETP)", ge=0,
                                        le=100_000)
    functionalities: dict[Functionality, float] = Field(
        default_factory=dict, title="capacité par fonctionnalité de base (ETP)"
    )
    federal_missions_fte: float | None = Field(default=None, title="missions fédérales (ETP)",
                                               ge=0, le=100_000)
    note: Text = Field(default="", title="commentaire")

    @field_validator("functionalities")
    @classmethod
    def _non_negative(cls, value: dict[Functionality, float]) -> dict[Functionality, float]:
        for key, fte in value.items():
            if fte < 0 or fte != fte or fte > 100_000:
                raise ValueError(gettext("capacité invalide pour « {name} »").format(
                    name=FUNCTIONALITY_LABELS[key]))
        return value


class NoteStatus(str, Enum):
    """Status of a review note."""

    OPEN = "ouvert"
    RESOLVED = "resolu"


class NoteReply(_Model):
    """A reply in a review note's thread."""

    author: Name = Field(title="auteur", min_length=1)
    role: Name = Field(default="", title="rôle")
    date: dt.datetime = Field(default_factory=_now, title="date")
    text: Text = Field(title="texte", min_length=1)


class ReviewNote(_Model):
    """A reviewer's note anchored to a chapter or an objective."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    author: Name = Field(title="auteur", min_length=1)
    role: Name = Field(default="", title="rôle")
    anchor: str = Field(title="ancrage", min_length=1, max_length=200)
    text: Text = Field(title="texte", min_length=1)
    status: NoteStatus = Field(default=NoteStatus.OPEN, title="statut")
    date: dt.datetime = Field(default_factory=_now, title="date")
    replies: list[NoteReply] = Field(default_factory=list, title="réponses", max_length=1000)


class Approval(_Model):
    """Approval facts printed on the title and signature pages."""

    czs_date: dt.date | None = Field(default=None, title="date de la décision du CZS")
    place: Name = Field(default="", title="lieu de signature")
    submitted_date: dt.date | None = Field(default=None, title="date d'envoi aux ministres")
    approved_date: dt.date | None = Field(default=None, title="date d'approbation ministérielle")
    classification: Name = Field(default="", title="mention de classification")
    version_label: Name = Field(default="", title="version")


class Metadata(_Model):
    """Bookkeeping of the plan file."""

    format_version: int = Field(default=FORMAT_VERSION, title="version du format", ge=1)
    created: dt.datetime = Field(default_factory=_now, title="créé le")
    modified: dt.datetime = Field(default_factory=_now, title="modifié le")
    reference_edition: str = Field(default="", title="édition de référence", max_length=200)
    language: str = Field(default="fr", title="langue", pattern=r"^(fr|nl|de)$")
    other_languages: list[Annotated[str, Field(pattern=r"^(fr|nl|de)$")]] = Field(
        default_factory=list, title="autres langues du plan", max_length=2)
    """Languages the plan also keeps its texts in (a bilingual Brussels plan: ``["nl"]``)."""


class Plan(_Model):
    """A whole plan zonal de sécurité."""

    zone: Zone = Field(default_factory=Zone, title="zone")
    period: Period = Field(default_factory=Period, title="période")
    czs_members: list[CZSMember] = Field(default_factory=list, title="membres du CZS",
                                         max_length=200)
    sections: Sections = Field(default_factory=Sections, title="chapitres")
    expectations: list[Expectation] = Field(default_factory=list, title="attentes",
                                            max_length=1000)
    objectives: list[Objective] = Field(default_factory=list, title="objectifs stratégiques",
                                        max_length=500)
    decisions: list[PriorityDecision] = Field(default_factory=list, title="décisions nationales",
                                               max_length=500)
    capacity: Capacity = Field(default_factory=Capacity, title="capacité")
    review_notes: list[ReviewNote] = Field(default_factory=list, title="notes de relecture",
                                          max_length=10_000)
    approval: Approval = Field(default_factory=Approval, title="approbation")
    metadata: Metadata = Field(default_factory=Metadata, title="métadonnées")
    datasets: list[Dataset] = Field(default_factory=list, title="données importées",
                                    max_length=100)
    pictures: list[PlanPicture] = Field(default_factory=list, title="images", max_length=200)
    figures: list[ChapterFigure] = Field(default_factory=list, title="figures des chapitres",
                                         max_length=500)
    argument_matrix: ArgumentMatrix = Field(default_factory=ArgumentMatrix,
                                            title="matrice d'argumentation")
    followup: FollowUp = Field(default_factory=FollowUp, title="suivi")
    candidates: list[Candidate] = Field(default_factory=list, title="objectifs candidats",
                                        max_length=2000)
    translations: dict[Annotated[str, Field(pattern=r"^(fr|nl|de)$")],
                       dict[Annotated[str, Field(max_length=300)], Text]] = Field(
        default_factory=dict, title="traductions")
    """Texts in the other languages: language → {text path → text} (see ``i18n.bilingual``)."""

    @model_validator(mode="after")
    def _unique_ids(self) -> Plan:
        for label, items in (
            (N_("objectif"), self.objectives),
            (N_("membre du CZS"), self.czs_members),
            (N_("attente"), self.expectations),
            (N_("note"), self.review_notes),
        ):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise ValueError(gettext("l'identifiant de {what} « {id} » apparaît deux "
                                             "fois").format(what=gettext(label), id=item.id))
                seen.add(item.id)
        if self.metadata.language in self.metadata.other_languages:
            raise ValueError(gettext("la langue du plan figure aussi parmi ses autres langues"))
        refs = [d.ref_id for d in self.decisions]
        if len(refs) != len(set(refs)):
            raise ValueError(gettext("un thème national a plusieurs décisions"))
        for label, keys in ((N_("jeu de données"), [d.name for d in self.datasets]),
                            (N_("image"), [p.id for p in self.pictures]),
                            (N_("figure"), [f.id for f in self.figures]),
                            (N_("candidat"), [c.id for c in self.candidates])):
            if len(keys) != len(set(keys)):
                raise ValueError(gettext("un identifiant de {what} apparaît deux fois").format(
                    what=gettext(label)))
        return self

    @property
    def title(self) -> str:
        """Return the plan's display title."""
        lang = self.metadata.language
        zone = self.zone.name or gettext("Zone sans nom", lang)
        number = f" ({self.zone.number})" if self.zone.number else ""
        return (f"{term('doc.pzs', lang)} {self.period.start_year}-{self.period.end_year} — "
                f"{zone}{number}")

    def objective(self, objective_id: str) -> Objective | None:
        """Return the objective with this id, if any."""
        return next((o for o in self.objectives if o.id == objective_id), None)

    def decision_for(self, ref_id: str) -> PriorityDecision | None:
        """Return the decision on this national item, if any."""
        return next((d for d in self.decisions if d.ref_id == ref_id), None)
