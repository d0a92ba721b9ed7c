"""Imported data sets: validated rows with their provenance, stored inside the plan file.

A data set is a small table in a fixed shape per kind (accidents, population, crime, survey, or a
mapped table): named columns, rows of codes, texts and numbers, and labels for the codes. Only the
rows of the plan's communes are kept, so a national file leaves a few hundred rows.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from zonalplan.i18n import N_, Translated, gettext
from zonalplan.model.ids import StrictModel as _Model
from zonalplan.model.ids import new_id

Cell = str | int | float | None
MAX_ROWS = 200_000
"""No zone keeps more rows than this (a national accidents year has about 35 000 in all)."""

Label = Annotated[str, StringConstraints(max_length=500)]


class DataKind(str, Enum):
    """The official formats ZonalPlan reads, and the generic mapped table."""

    ACCIDENTS = "accidents"
    POPULATION = "population"
    CRIME = "crime"
    SURVEY = "survey"
    TABLE = "table"


KIND_LABELS = Translated({
    DataKind.ACCIDENTS: N_("accidents de la route (Statbel)"),
    DataKind.POPULATION: N_("population (Statbel)"),
    DataKind.CRIME: N_("statistiques policières de criminalité"),
    DataKind.SURVEY: N_("enquête de population"),
    DataKind.TABLE: N_("tableau"),
})


class Provenance(_Model):
    """Where the rows come from: the file, when it was read, what was kept."""

    file_name: Label = Field(title="fichier d'origine", min_length=1)
    imported: dt.datetime = Field(title="importé le")
    source: Label = Field(default="", title="source")
    sha256: str = Field(title="empreinte SHA-256", pattern=r"^[0-9a-f]{64}$")
    size_bytes: int = Field(title="taille", ge=0)
    rows_read: int = Field(title="lignes lues", ge=0)
    rows_kept: int = Field(title="lignes gardées", ge=0)
    notes: list[Label] = Field(default_factory=list, title="remarques", max_length=50)


class Dataset(_Model):
    """One imported table (see module docstring)."""

    name: str = Field(title="nom", min_length=1, max_length=80, pattern=r"^[\w .()'’-]+$")
    kind: DataKind = Field(title="type de données")
    provenance: Provenance = Field(title="provenance")
    columns: list[Annotated[str, StringConstraints(min_length=1, max_length=60)]] = Field(
        title="colonnes", min_length=1, max_length=60)
    rows: list[list[Cell]] = Field(default_factory=list, title="lignes", max_length=MAX_ROWS)
    labels: dict[str, dict[str, Label]] = Field(default_factory=dict, title="libellés")
    """For a coded column, code → label (e.g. road types), in the file's language(s)."""

    @model_validator(mode="after")
    def _shape(self) -> Dataset:
        width = len(self.columns)
        if len(set(self.columns)) != width:
            raise ValueError(gettext("deux colonnes portent le même nom"))
        for number, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(gettext("la ligne {number} a {count} valeurs au lieu de {width}"
                                         ).format(number=number, count=len(row), width=width))
            for value in row:
                if isinstance(value, float) and value != value:  # NaN
                    raise ValueError(gettext("la ligne {number} contient une valeur non "
                                             "numérique").format(number=number))
                if isinstance(value, str) and len(value) > 500:
                    raise ValueError(gettext("la ligne {number} contient un texte trop long"
                                             ).format(number=number))
        return self

    def column(self, name: str) -> int:
        """Return the position of a column (KeyError when absent)."""
        return self.columns.index(name)

    def values(self, name: str) -> list[Cell]:
        """Return the values of one column, row by row."""
        index = self.column(name)
        return [row[index] for row in self.rows]

    def label(self, column: str, code: Cell, language: str = "fr") -> str:
        """Return the label of a code in a coded column, in ``language`` when the file had it.

        Labels are kept per column (``road_type``) and per language (``road_type@nl``); a code
        without a label is shown as itself.
        """
        key = str(code)
        for table in (self.labels.get(f"{column}@{language}"), self.labels.get(column)):
            if table and key in table:
                return table[key]
        return key


class PlanPicture(_Model):
    """A picture stored in the plan (a map, an organigram, a photo), checked when added.

    ``data`` is PNG or JPEG re-encoded by ``zonalplan.evidence.images``; in JSON it is base64.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True,
                              ser_json_bytes="base64", val_json_bytes="base64")

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    file_name: Label = Field(title="fichier d'origine", min_length=1)
    format: str = Field(title="format", pattern=r"^(PNG|JPEG)$")
    width: int = Field(title="largeur (pixels)", ge=1, le=20_000)
    height: int = Field(title="hauteur (pixels)", ge=1, le=20_000)
    sha256: str = Field(title="empreinte SHA-256", pattern=r"^[0-9a-f]{64}$")
    data: bytes = Field(title="image", min_length=8, max_length=20 * 2**20)
    caption: Label = Field(default="", title="légende")
    source: Label = Field(default="", title="source")


class FigureKind(str, Enum):
    """What a chapter shows between its paragraphs."""

    CHART = "graphique"
    TABLE = "tableau"
    PICTURE = "image"


class ChapterFigure(_Model):
    """A chart, table or picture placed in a chapter after a given paragraph of its text."""

    id: str = Field(default_factory=new_id, title="identifiant", min_length=1, max_length=64)
    chapter: str = Field(title="chapitre", min_length=1, max_length=60)
    after_paragraph: int = Field(default=0, title="après le paragraphe", ge=0, le=10_000)
    kind: FigureKind = Field(title="type de figure")
    chart: str | None = Field(default=None, title="type de graphique",
                              pattern=r"^(trend|communes|breakdown)$")
    series: list[Annotated[str, StringConstraints(max_length=300)]] = Field(
        default_factory=list, title="séries", max_length=6)
    per_1000: bool = Field(default=False, title="pour 1 000 habitants")
    dataset: str | None = Field(default=None, title="jeu de données", max_length=80)
    breakdown: str | None = Field(default=None, title="ventilation",
                                  pattern=r"^(hour|weekday|road_type|light_condition|"
                                          r"collision_type|built_up_area|commune)$")
    picture_id: str | None = Field(default=None, title="image", max_length=64)
    caption: Label = Field(default="", title="légende")

    @model_validator(mode="after")
    def _complete(self) -> ChapterFigure:
        if self.kind is FigureKind.PICTURE and not self.picture_id:
            raise ValueError(gettext("une figure de type image doit désigner une image"))
        if self.kind is not FigureKind.PICTURE and not self.series and not self.breakdown:
            raise ValueError(gettext("un graphique ou un tableau doit désigner au moins une "
                                     "série"))
        return self
