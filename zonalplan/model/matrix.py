"""The argument matrix (*matrice d'argumentation*): why each phenomenon becomes a priority or not.

Rows are phenomena; columns are the sources of evidence real plans weigh — figures and trend,
population survey, expectations of the authorities and partners, the national frame (PNS/NCSI),
feasibility and capacity. Each cell holds a score from 0 to 3 and a short justification.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from zonalplan.i18n import N_, Translated, gettext
from zonalplan.model.ids import StrictModel as _Model
from zonalplan.model.ids import new_id

Note = Annotated[str, StringConstraints(max_length=1000)]
MAX_ROWS = 200


class Criterion(str, Enum):
    """A source of evidence (a column of the matrix)."""

    FIGURES = "chiffres"
    SURVEY = "enquete"
    EXPECTATIONS = "attentes"
    NATIONAL = "cadre_national"
    FEASIBILITY = "faisabilite"


CRITERION_LABELS = Translated({
    Criterion.FIGURES: N_("Chiffres et tendance"),
    Criterion.SURVEY: N_("Enquête de population"),
    Criterion.EXPECTATIONS: N_("Attentes des autorités et partenaires"),
    Criterion.NATIONAL: N_("PNS et NCSI"),
    Criterion.FEASIBILITY: N_("Faisabilité et capacité"),
})


class Proposal(str, Enum):
    """What the matrix proposes for a phenomenon (the user confirms)."""

    PRIORITY = "priorite"
    ATTENTION_POINT = "point_attention"
    REGULAR = "fonctionnement_regulier"
    NOT_RETAINED = "non_retenu"


PROPOSAL_LABELS = Translated({
    Proposal.PRIORITY: N_("priorité"),
    Proposal.ATTENTION_POINT: N_("point d'attention"),
    Proposal.REGULAR: N_("fonctionnement régulier"),
    Proposal.NOT_RETAINED: N_("non retenu"),
})


class Cell(_Model):
    """A score (0 none, 1 weak, 2 clear, 3 strong) and its justification."""

    score: int = Field(default=0, title="score", ge=0, le=3)
    note: Note = Field(default="", title="justification")


class MatrixRow(_Model):
    """One phenomenon weighed against every source of evidence."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    phenomenon: Annotated[str, StringConstraints(max_length=300)] = Field(
        title="phénomène", min_length=1)
    ref_id: str | None = Field(default=None, title="thème national", max_length=128)
    cells: dict[Criterion, Cell] = Field(default_factory=dict, title="cellules")
    decision: Proposal | None = Field(default=None, title="décision confirmée")
    justification: Note = Field(default="", title="motivation de la décision")


class ArgumentMatrix(_Model):
    """The matrix: weights per source of evidence and the phenomena."""

    weights: dict[Criterion, int] = Field(
        default_factory=lambda: {c: 1 for c in Criterion}, title="pondérations")
    rows: list[MatrixRow] = Field(default_factory=list, title="phénomènes", max_length=MAX_ROWS)

    @model_validator(mode="after")
    def _check(self) -> ArgumentMatrix:
        if any(not 0 <= w <= 5 for w in self.weights.values()):
            raise ValueError(gettext("une pondération doit être comprise entre 0 et 5"))
        ids = [row.id for row in self.rows]
        if len(ids) != len(set(ids)):
            raise ValueError(gettext("un phénomène de la matrice apparaît deux fois"))
        return self
