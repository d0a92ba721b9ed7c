"""Review many zones' plans at once: one row per zone, skipped files with the French reason.

``review_folder`` reads every ``*.zplan`` of a folder (an arrondissement, a province, all 185
zones) read-only: no lock file is created, nothing is written, a plan being saved (journal beside
it) or locked by someone else is listed as skipped. Each plan is read once and checked against a
reference loaded once by the caller.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zonalplan.alignment import check
from zonalplan.alignment.chart_data import theme_bars
from zonalplan.i18n import LANGUAGES, SOURCE_LANGUAGE, _, current
from zonalplan.i18n.reference_text import item_title
from zonalplan.i18n.vocabulary import local_abbreviations
from zonalplan.model import ObjectiveKind, PlanError, UnusableInputError
from zonalplan.reference import Reference
from zonalplan.store import SUFFIX, read_lock, read_plan

DECISION_SHORT = {"retenu": "retenu", "fonctionnement_regulier": "régulier",
                  "non_retenu": "non retenu", None: "indécis"}
"""Short French label of a decision in the review table."""


class ReviewCancelled(PlanError):
    """The user cancelled the review of a folder."""


@dataclass
class ZoneRow:
    """What the review table shows for one zone's plan."""

    file: str
    zone_name: str
    zone_number: str
    period: str
    modified: str  # plan's last save (metadata), ISO
    file_modified: str  # file system time, ISO
    decisions: dict[str, str | None]  # PNS decision node id -> decision value (None: indécis)
    errors: int
    warnings: int
    infos: int
    dimensions: dict[str, int]  # NCSI dimension id -> number of objectives covering it
    objectives: int
    priorities: int
    attention_points: int
    retained_as: dict[str, str | None] = field(default_factory=dict)
    """PNS decision node id -> « priorite » or « point_attention » (kind of the objectives linked
    to it by a primary link; a priority wins), None when no objective serves it first."""

    def decision_label(self, ref_id: str) -> str:
        """Return the short French label of the zone's decision on a PNS node."""
        return DECISION_SHORT.get(self.decisions.get(ref_id), "indécis")

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"file": self.file, "zone_name": self.zone_name, "zone_number": self.zone_number,
                "period": self.period, "modified": self.modified,
                "file_modified": self.file_modified, "decisions": self.decisions,
                "errors": self.errors, "warnings": self.warnings, "infos": self.infos,
                "dimensions": self.dimensions, "objectives": self.objectives,
                "priorities": self.priorities, "attention_points": self.attention_points,
                "retained_as": self.retained_as}


@dataclass(frozen=True)
class Skipped:
    """A file of the folder that was not reviewed, and why (French)."""

    file: str
    reason: str

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"file": self.file, "reason": self.reason}


@dataclass(frozen=True)
class Column:
    """A PNS decision node or an NCSI dimension shown as a column."""

    id: str
    number: str
    title: str
    translated: tuple[tuple[str, str], ...] = ()
    """(language, title) pairs from the national frame (a missing one is marked « [fr] »)."""

    def title_in(self, language: str) -> str:
        """Return the title in ``language`` (French by default)."""
        return dict(self.translated).get(language, self.title)

    def to_json(self) -> dict:
        """Return a JSON-ready dict (the French title)."""
        return {"id": self.id, "number": self.number, "title": self.title}

    @property
    def short(self) -> str:
        """Return a compact column heading (« PNS 1.1 », « NCSI 2 »; « NVP 1.1 » in Dutch)."""
        prefix = local_abbreviations("PNS" if self.id.startswith("pns") else "NCSI")
        return f"{prefix} {self.number}" if self.number else self.title_in(current())

    @property
    def heading(self) -> str:
        """Return the number and title in the current language (« 1.1 Drugshandel »)."""
        return f"{self.number} {self.title_in(current())}".strip()


@dataclass
class FolderReview:
    """The review of a folder: one row per zone plan, the skipped files, the columns."""

    folder: Path
    rows: list[ZoneRow] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    decision_columns: list[Column] = field(default_factory=list)
    dimension_columns: list[Column] = field(default_factory=list)
    reference_edition: str = ""

    def decision_totals(self) -> dict[str, dict[str, int]]:
        """Return, per PNS node, how many zones took each decision."""
        totals: dict[str, dict[str, int]] = {}
        for col in self.decision_columns:
            counts = dict.fromkeys(DECISION_SHORT.values(), 0)
            for row in self.rows:
                counts[row.decision_label(col.id)] += 1
            totals[col.id] = counts
        return totals

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {
            "folder": str(self.folder),
            "decision_columns": [c.to_json() for c in self.decision_columns],
            "dimension_columns": [c.to_json() for c in self.dimension_columns],
            "zones": [r.to_json() for r in self.rows],
            "skipped": [s.to_json() for s in self.skipped],
            "decision_totals": self.decision_totals(),
        }


def _iso_mtime(path: Path) -> str:
    stamp = path.stat().st_mtime
    return dt.datetime.fromtimestamp(stamp, dt.UTC).replace(microsecond=0).isoformat()


def _skip_reason(path: Path) -> str | None:
    """Return why a file is not reviewed before reading it, or None when it can be read."""
    name = path.name
    if name.endswith(SUFFIX + ".lock"):
        return _("fichier de verrou d'un plan (ignoré)")
    if name.endswith(SUFFIX + "-journal"):
        return _("journal d'enregistrement d'un plan (ignoré)")
    if not name.endswith(SUFFIX):
        return _("ce n'est pas un fichier de plan ZonalPlan (.zplan)")
    journal = path.with_name(name + "-journal")
    if journal.is_file() and journal.stat().st_size > 0:
        return _("un enregistrement est en cours ou a été interrompu (journal présent) ; rouvrez "
                 "le plan dans ZonalPlan pour le rétablir")
    try:
        holder = read_lock(path)
    except PlanError as exc:
        return _strip_name(str(exc), name)
    if holder is not None:
        return _("plan en cours de modification {who} ; relisez-le plus tard").format(
            who=holder.describe())
    return None


def _row(path: Path, plan: Any, report: Any, decision_ids: list[str],
         dimension_ids: list[str]) -> ZoneRow:
    decisions = {d.ref_id: d.decision.value for d in plan.decisions}
    counts = report.counts()
    dims = {d.ref_id: len(d.objectives) for d in report.coverage.dimensions}
    priorities = sum(1 for o in plan.objectives if o.kind is ObjectiveKind.PRIORITY)
    bars = theme_bars(report.coverage, {o.id: o.kind for o in plan.objectives}, decision_ids)
    retained_as = {bar.ref_id: ObjectiveKind.PRIORITY.value if bar.priorities else
                   ObjectiveKind.ATTENTION_POINT.value if bar.attention_points else None
                   for bar in bars}
    return ZoneRow(
        file=path.name, zone_name=plan.zone.name, zone_number=plan.zone.number,
        period=f"{plan.period.start_year}-{plan.period.end_year}",
        modified=plan.metadata.modified.isoformat(), file_modified=_iso_mtime(path),
        decisions={ref: decisions.get(ref) for ref in decision_ids},
        errors=counts.get("erreur", 0), warnings=counts.get("avertissement", 0),
        infos=counts.get("info", 0), dimensions={d: dims.get(d, 0) for d in dimension_ids},
        objectives=len(plan.objectives), priorities=priorities,
        attention_points=len(plan.objectives) - priorities,
        retained_as={ref: retained_as.get(ref) for ref in decision_ids})


def _report(progress: Callable[[float, str], Any] | None, fraction: float, message: str) -> None:
    if progress is None:
        return
    cancelled = getattr(progress, "cancelled", None)
    if callable(cancelled) and cancelled():
        raise ReviewCancelled(_("Relecture du dossier annulée."))
    progress(fraction, message)


def review_folder(folder: str | os.PathLike[str], reference: Reference,
                  progress: Callable[[float, str], Any] | None = None) -> FolderReview:
    """Review every plan of a folder (read-only); list other files as skipped with the reason.

    ``progress`` is called as ``progress(fraction, message)``; when it has a ``cancelled()``
    method returning True, the review stops with :class:`ReviewCancelled`.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise UnusableInputError(_("« {folder} » n'est pas un dossier.").format(folder=folder))
    decision_cols = [Column(n.id, n.number or "", n.title,
                            tuple((lang, item_title(n, lang)) for lang in LANGUAGES
                                  if lang != SOURCE_LANGUAGE))
                     for n in reference.decision_nodes]
    dimension_cols = [Column(d.id, d.number or "", d.title,
                             tuple((lang, item_title(d, lang)) for lang in LANGUAGES
                                   if lang != SOURCE_LANGUAGE))
                      for d in reference.items(source="ncsi", kind="ncsi_dimension")]
    result = FolderReview(folder, decision_columns=decision_cols, dimension_columns=dimension_cols)
    try:
        entries = sorted((p for p in folder.iterdir() if not p.name.startswith(".")),
                         key=lambda p: p.name.casefold())
    except OSError as exc:
        from zonalplan.store.sqlitefile import sqlite_reason

        raise PlanError(_("Lecture du dossier « {folder} » impossible ({reason}).").format(
                            folder=folder, reason=sqlite_reason(exc))) from exc
    files = [p for p in entries if not _is_dir(p)]
    decision_ids = [c.id for c in decision_cols]
    dimension_ids = [c.id for c in dimension_cols]
    for index, path in enumerate(files):
        _report(progress, index / max(1, len(files)), f"Lecture de {path.name}")
        try:
            reason = _skip_reason(path) or _review_one(path, reference, result, decision_ids,
                                                       dimension_ids)
        except ReviewCancelled:
            raise
        except PlanError as exc:
            reason = _strip_name(str(exc), path.name)
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            from zonalplan.store.sqlitefile import sqlite_reason

            reason = _("fichier inutilisable ({reason})").format(reason=sqlite_reason(exc))
        if reason:
            result.skipped.append(Skipped(path.name, reason))
    _report(progress, 1.0, _("{read} plans relus, {skipped} fichiers ignorés").format(
        read=len(result.rows), skipped=len(result.skipped)))
    result.rows.sort(key=lambda r: (r.zone_number or "9999", r.zone_name.casefold(), r.file))
    return result


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _review_one(path: Path, reference: Reference, result: FolderReview, decision_ids: list[str],
                dimension_ids: list[str]) -> str:
    """Read and check one plan, add its row; return an empty reason."""
    plan = read_plan(path)
    report = check(plan, reference)
    result.rows.append(_row(path, plan, report, decision_ids, dimension_ids))
    return ""


def _strip_name(message: str, name: str) -> str:
    """Return an error message without the leading « name : » (the file is shown beside it)."""
    prefix = f"{name} : "
    message = " ".join(message.split())
    return message[len(prefix):] if message.startswith(prefix) else message
