"""Six years of follow-up: yearly actions per objective and measured values of its indicators.

A priority is run as a project with an action plan per year; a point d'attention may have one.
Each indicator gets measured values (yearly or quarterly) next to its baseline and target.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from zonalplan.i18n import N_, Translated, gettext
from zonalplan.model.ids import StrictModel as _Model
from zonalplan.model.ids import new_id

Short = Annotated[str, StringConstraints(max_length=300)]
Comment = Annotated[str, StringConstraints(max_length=5000)]
MAX_ACTIONS = 5000
MAX_MEASUREMENTS = 20000


class ActionStatus(str, Enum):
    """Where an action stands."""

    PLANNED = "prevu"
    IN_PROGRESS = "en_cours"
    DONE = "realise"
    POSTPONED = "reporte"
    ABANDONED = "abandonne"


ACTION_STATUS_LABELS = Translated({
    ActionStatus.PLANNED: N_("prévu"),
    ActionStatus.IN_PROGRESS: N_("en cours"),
    ActionStatus.DONE: N_("réalisé"),
    ActionStatus.POSTPONED: N_("reporté"),
    ActionStatus.ABANDONED: N_("abandonné"),
})
OPEN_STATUSES = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.POSTPONED})


class Action(_Model):
    """One action of an objective's action plan for one year."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    objective_id: str = Field(title="objectif", min_length=1, max_length=64)
    year: int = Field(title="année", ge=2000, le=2100)
    title: Short = Field(title="action", min_length=1)
    owner: Short = Field(default="", title="responsable")
    partners: list[Short] = Field(default_factory=list, title="partenaires", max_length=50)
    start: dt.date | None = Field(default=None, title="début")
    end: dt.date | None = Field(default=None, title="fin")
    status: ActionStatus = Field(default=ActionStatus.PLANNED, title="statut")
    capacity_hours: float | None = Field(default=None, title="capacité utilisée (heures)", ge=0,
                                         le=1e7, allow_inf_nan=False)
    comment: Comment = Field(default="", title="commentaire")
    carried_from: str | None = Field(default=None, title="reprise de l'action", max_length=64)

    @model_validator(mode="after")
    def _dates(self) -> Action:
        if self.start and self.end and self.end < self.start:
            raise ValueError(gettext("la fin de l'action précède son début"))
        return self


class Measurement(_Model):
    """A measured value of an indicator (a year, or a quarter of a year)."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    objective_id: str = Field(title="objectif", min_length=1, max_length=64)
    indicator_id: str = Field(title="indicateur", min_length=1, max_length=64)
    year: int = Field(title="année", ge=1990, le=2100)
    quarter: int | None = Field(default=None, title="trimestre", ge=1, le=4)
    value: float = Field(title="valeur mesurée", allow_inf_nan=False)
    measured_on: dt.date | None = Field(default=None, title="date de la mesure")
    source: Short = Field(default="", title="source")
    comment: Comment = Field(default="", title="commentaire")
    series_key: str | None = Field(default=None, title="série de données", max_length=300)

    @property
    def period(self) -> float:
        """Return the time of the measurement in years (a quarter counts as its end)."""
        return self.year + (self.quarter / 4 - 1 if self.quarter else 0)


class FollowUp(_Model):
    """All follow-up data of a plan."""

    actions: list[Action] = Field(default_factory=list, title="actions", max_length=MAX_ACTIONS)
    measurements: list[Measurement] = Field(default_factory=list, title="mesures",
                                            max_length=MAX_MEASUREMENTS)

    @model_validator(mode="after")
    def _unique(self) -> FollowUp:
        for label, items in ((N_("action"), self.actions), (N_("mesure"), self.measurements)):
            ids = [item.id for item in items]
            if len(ids) != len(set(ids)):
                raise ValueError(gettext("un identifiant de {what} apparaît deux fois").format(
                    what=gettext(label)))
        return self

    def actions_for(self, objective_id: str, year: int | None = None) -> list[Action]:
        """Return an objective's actions (of one year when given), in their order."""
        return [a for a in self.actions
                if a.objective_id == objective_id and (year is None or a.year == year)]

    def measurements_for(self, objective_id: str, indicator_id: str) -> list[Measurement]:
        """Return an indicator's measurements in time order."""
        return sorted((m for m in self.measurements
                       if m.objective_id == objective_id and m.indicator_id == indicator_id),
                      key=lambda m: m.period)


class Candidate(_Model):
    """An objective of a previous plan (or of a merging zone) offered for the next plan.

    Candidates are not objectives of the plan: the chief and the CZS decide which become
    priorities again, from what the evaluation says of them.
    """

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    title: Short = Field(title="intitulé", min_length=1)
    origin: Short = Field(title="origine")  # « ZP Entre-Sambre-et-Bois (5999), PZS 2026-2031 »
    kind: str = Field(default="priorite", title="type", max_length=40)
    domain: str = Field(default="externe", title="domaine", max_length=40)
    final_status: str = Field(default="", title="statut final", max_length=40)
    summary: Comment = Field(default="", title="bilan")
    links: list[Annotated[str, StringConstraints(max_length=128)]] = Field(
        default_factory=list, title="liens nationaux", max_length=50)
    source_objective_id: str = Field(default="", title="objectif d'origine", max_length=64)
