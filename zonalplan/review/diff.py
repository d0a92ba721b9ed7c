"""Structured comparison of two versions of a plan: what changed, where, and for the alignment.

Objectives are matched by id, then (when a draft re-created an objective) by similar titles;
indicators and CZS members by id, then by name. Text fields get a word-level diff. With a
reference, the alignment check runs on both versions and the delta says which findings were fixed
and which were introduced. Review notes and file metadata are not content: they are not compared.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from zonalplan.alignment import Place, check
from zonalplan.i18n import _, gettext
from zonalplan.i18n.vocabulary import term
from zonalplan.model import (
    AUTHOR_KIND_LABELS,
    CZS_ROLE_LABELS,
    DECISION_LABELS,
    DOMAIN_LABELS,
    FUNCTIONALITY_LABELS,
    KIND_LABELS,
    Commune,
    Functionality,
    Plan,
    UnusableInputError,
)
from zonalplan.model.followup import ACTION_STATUS_LABELS
from zonalplan.reference import Reference, fold
from zonalplan.review.diff_model import (
    AlignmentDelta,
    CapacityDiff,
    DecisionChange,
    ElementDiff,
    FieldChange,
    LinkChange,
    ObjectiveDiff,
    PlanDiff,
    ValueChange,
)
from zonalplan.review.textdiff import SIMILAR_TITLE, greedy_matches, similarity, word_diff
from zonalplan.store import PlanFile, SnapshotInfo

_ENUM_LABELS: dict[Any, str] = {**KIND_LABELS, **DOMAIN_LABELS, **CZS_ROLE_LABELS,
                                **AUTHOR_KIND_LABELS, **DECISION_LABELS, **FUNCTIONALITY_LABELS,
                                **ACTION_STATUS_LABELS}


# -- the two sides ------------------------------------------------------------------------------

@dataclass
class Side:
    """One version being compared: the plan and how to name it."""

    plan: Plan
    label: str
    path: Path | None = None
    snapshot: SnapshotInfo | None = None


def load_side(path: str | os.PathLike[str], snapshot_id: int | None = None) -> Side:
    """Read a plan file's current content, or one of its snapshots, without locking the file."""
    path = Path(path)
    with PlanFile.open(path, read_only=True) as pf:
        if snapshot_id is None:
            return Side(pf.load(), path.name, path)
        infos = {s.id: s for s in pf.snapshots()}
        info = infos.get(snapshot_id)
        if info is None:
            known = ", ".join(f"{s.id} (« {s.label} »)" for s in infos.values()) or _("aucune")
            raise UnusableInputError(_("{file} : aucune version n° {snapshot_id} ; "
                                       "versions enregistrées : {known}.").format(
                                         file=path.name, snapshot_id=snapshot_id, known=known))
        plan = pf.load_snapshot(snapshot_id)
    label = f"{path.name}, version n° {info.id} « {info.label} » ({info.created_display})"
    return Side(plan, label, path, info)


def compare_files(path_a: str | os.PathLike[str], path_b: str | os.PathLike[str] | None = None, *,
                  snapshot_a: int | None = None, snapshot_b: int | None = None,
                  reference: Reference | None = None) -> PlanDiff:
    """Compare two plan files, two snapshots of one file, or a file and one of its snapshots.

    Without ``path_b`` the same file is used for both sides (to compare its snapshots).
    """
    if path_b is None:
        path_b = path_a
    a, b = load_side(path_a, snapshot_a), load_side(path_b, snapshot_b)
    return diff_plans(a.plan, b.plan, reference=reference, before_label=a.label,
                      after_label=b.label)


# -- values -------------------------------------------------------------------------------------

def _json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(_json(k)): _json(v) for k, v in value.items()}
    return value


def display(value: Any) -> str:
    """Return a value as a reader sees it (French labels, dates JJ/MM/AAAA, « — » for nothing)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Enum):
        return _ENUM_LABELS.get(value, str(value.value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Commune):
        extra = [f"INS {value.nis_code}" if value.nis_code else "",
                 gettext("{count} hab.").format(count=value.population)
                 if value.population is not None else ""]
        extra = [e for e in extra if e]
        return value.name + (f" ({', '.join(extra)})" if extra else "")
    if isinstance(value, (list, tuple)):
        return " ; ".join(display(v) for v in value)
    return str(value)


def value_change(path: str, label: str, before: Any, after: Any) -> FieldChange:
    """Return the change of one field, with a word diff for texts and items for lists."""
    change = FieldChange(path, label, _json(before), _json(after), display(before), display(after))
    if isinstance(before, str) and isinstance(after, str) and not isinstance(before, Enum):
        change.segments = word_diff(before, after)
    elif isinstance(before, list) and isinstance(after, list):
        items_a, items_b = [display(v) for v in before], [display(v) for v in after]
        count_a, count_b = Counter(items_a), Counter(items_b)
        change.added = list((count_b - count_a).elements())
        change.removed = list((count_a - count_b).elements())
    return change


def compare_fields(a: BaseModel, b: BaseModel, path: str, *, skip: Sequence[str] = (),
                   label_prefix: str = "") -> list[FieldChange]:
    """Return the changes between two models of the same class, nested models included."""
    out: list[FieldChange] = []
    for name, info in type(a).model_fields.items():
        if name in skip:
            continue
        va, vb = getattr(a, name), getattr(b, name)
        if va == vb:
            continue
        title = gettext(info.title) if info.title else name
        label = f"{label_prefix} › {title}" if label_prefix else title
        sub = f"{path}/{name}" if path else name
        if isinstance(va, BaseModel) and isinstance(vb, BaseModel):
            out += compare_fields(va, vb, sub, label_prefix=label)
        else:
            out.append(value_change(sub, label, va, vb))
    return out


# -- matching -----------------------------------------------------------------------------------

def match_elements(before: Sequence[Any], after: Sequence[Any],
                   name: Callable[[Any], str]) -> tuple[list[tuple[Any, Any, str]], list, list]:
    """Pair elements by id, then by folded name; return (pairs with how, removed, added)."""
    by_id = {e.id: e for e in after}
    pairs: list[tuple[Any, Any, str]] = []
    left: list[Any] = []
    used: set[str] = set()
    for e in before:
        other = by_id.get(e.id)
        if other is not None:
            pairs.append((e, other, "id"))
            used.add(e.id)
        else:
            left.append(e)
    right = [e for e in after if e.id not in used]
    by_name: dict[str, list[Any]] = {}
    for e in right:
        by_name.setdefault(" ".join(fold(name(e)).split()), []).append(e)
    removed = []
    for e in left:
        queue = by_name.get(" ".join(fold(name(e)).split()))
        if queue:
            other = queue.pop(0)
            pairs.append((e, other, "name"))
            used.add(other.id)
        else:
            removed.append(e)
    added = [e for e in right if e.id not in used]
    return pairs, removed, added


def _element_diffs(before: Sequence[Any], after: Sequence[Any], path: str,
                   name: Callable[[Any], str]) -> list[ElementDiff]:
    pairs, removed, added = match_elements(before, after, name)
    out = [ElementDiff("removed", name(e), e.id, None) for e in removed]
    for a, b, how in pairs:
        changes = compare_fields(a, b, f"{path}/{b.id}", skip=("id",))
        if changes or how != "id":
            out.append(ElementDiff("modified", name(b), a.id, b.id, how, changes))
    out += [ElementDiff("added", name(e), None, e.id) for e in added]
    return out


def _moved(pairs_in_after_order: list[int]) -> set[int]:
    """Return the positions (in after order) that are not part of a longest increasing run."""
    tails: list[int] = []
    tails_at: list[int] = []
    parent = [-1] * len(pairs_in_after_order)
    for i, value in enumerate(pairs_in_after_order):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tails_at.append(i)
        else:
            tails[k], tails_at[k] = value, i
        parent[i] = tails_at[k - 1] if k else -1
    keep: set[int] = set()
    i = tails_at[-1] if tails_at else -1
    while i >= 0:
        keep.add(i)
        i = parent[i]
    return set(range(len(pairs_in_after_order))) - keep


# -- objectives ---------------------------------------------------------------------------------

def _ref_title(reference: Reference | None, ref_id: str) -> str:
    item = reference.item(ref_id) if reference is not None else None
    return item.label if item is not None else ref_id


def _link_changes(a: Any, b: Any, reference: Reference | None) -> list[LinkChange]:
    before = {link.ref_id: link.weight.value for link in (a.links if a else [])}
    after = {link.ref_id: link.weight.value for link in (b.links if b else [])}
    out = [LinkChange("removed", r, _ref_title(reference, r), w, None)
           for r, w in before.items() if r not in after]
    out += [LinkChange("weight", r, _ref_title(reference, r), w, after[r])
            for r, w in before.items() if r in after and after[r] != w]
    out += [LinkChange("added", r, _ref_title(reference, r), None, w)
            for r, w in after.items() if r not in before]
    return out


def _objective_pairs(a: Plan, b: Plan) -> tuple[list[tuple[Any, Any, str, float | None]], list,
                                                 list]:
    by_id_a = {o.id: o for o in a.objectives}
    by_id_b = {o.id: o for o in b.objectives}
    pairs: list[tuple[Any, Any, str, float | None]] = [
        (o, by_id_b[o.id], "id", None) for o in a.objectives if o.id in by_id_b]
    left = {o.id: o.title for o in a.objectives if o.id not in by_id_b}
    right = {o.id: o.title for o in b.objectives if o.id not in by_id_a}
    for ka, kb, ratio in greedy_matches(left, right, SIMILAR_TITLE):
        pairs.append((by_id_a[ka], by_id_b[kb], "title", ratio))
        left.pop(ka)
        right.pop(kb)
    return pairs, [by_id_a[k] for k in left], [by_id_b[k] for k in right]


def _objective_diffs(a: Plan, b: Plan, reference: Reference | None
                     ) -> tuple[list[ObjectiveDiff], dict[str, str]]:
    pairs, removed, added = _objective_pairs(a, b)
    position_a = {o.id: i for i, o in enumerate(a.objectives)}
    position_b = {o.id: i for i, o in enumerate(b.objectives)}
    pairs.sort(key=lambda p: position_b[p[1].id])
    moved = _moved([position_a[p[0].id] for p in pairs])
    by_after: dict[str, ObjectiveDiff] = {}
    for index, (oa, ob, how, ratio) in enumerate(pairs):
        path = f"objectives/{ob.id}"
        changes = compare_fields(oa, ob, path, skip=("id", "indicators", "links"))
        links = _link_changes(oa, ob, reference)
        indicators = _element_diffs(oa.indicators, ob.indicators, f"{path}/indicators",
                                    lambda i: i.name)
        is_moved = index in moved
        if not (changes or links or indicators or is_moved or how != "id"):
            continue
        status = "modified" if (changes or links or indicators or how != "id") else "moved"
        by_after[ob.id] = ObjectiveDiff(status, ob.label, oa.id, ob.id, oa.label, how, ratio,
                                        is_moved, changes, links, indicators)
    for ob in added:
        by_after[ob.id] = ObjectiveDiff("added", ob.label, None, ob.id,
                                        links=_link_changes(None, ob, reference))
    ordered = [by_after[o.id] for o in b.objectives if o.id in by_after]
    removed_diffs = [ObjectiveDiff("removed", oa.label, oa.id, None, oa.label,
                                   links=_link_changes(oa, None, reference)) for oa in removed]
    for diff in removed_diffs:  # show a removed objective where it stood
        position = position_a[diff.before_id or ""]
        at = next((i for i, d in enumerate(ordered)
                   if d.before_id is not None and position_a.get(d.before_id, -1) > position),
                  len(ordered))
        ordered.insert(at, diff)
    renamed = {ob.id: oa.id for oa, ob, _, _ in pairs}
    return ordered, renamed


# -- decisions and capacity ---------------------------------------------------------------------

def _decision_changes(a: Plan, b: Plan, reference: Reference | None) -> list[DecisionChange]:
    before = {d.ref_id: d for d in a.decisions}
    after = {d.ref_id: d for d in b.decisions}
    order: list[str] = [n.id for n in reference.decision_nodes] if reference is not None else []
    order += [r for r in [*before, *after] if r not in order]
    out = []
    for ref_id in dict.fromkeys(order):
        da, db = before.get(ref_id), after.get(ref_id)
        if da == db:
            continue
        ja, jb = (da.justification if da else ""), (db.justification if db else "")
        justification = (value_change(f"decisions/{ref_id}/justification", "justification", ja, jb)
                         if ja != jb else None)
        out.append(DecisionChange(ref_id, _ref_title(reference, ref_id),
                                  da.decision.value if da else None,
                                  db.decision.value if db else None, justification))
    return out


def _capacity_diff(a: Plan, b: Plan, renamed: dict[str, str]) -> CapacityDiff:
    result = CapacityDiff(compare_fields(a.capacity, b.capacity, "capacity",
                                         skip=("functionalities",)))
    fa, fb = a.capacity.functionalities, b.capacity.functionalities
    for func in Functionality:
        if fa.get(func) != fb.get(func):
            result.functionalities.append(ValueChange(func.value, FUNCTIONALITY_LABELS[func],
                                                      fa.get(func), fb.get(func)))
    back = {v: k for k, v in renamed.items()}
    by_id_a = {o.id: o for o in a.objectives}
    for ob in b.objectives:
        oa = by_id_a.get(renamed[ob.id]) if ob.id in renamed else None
        for name in ("capacity_fte", "capacity_hours"):
            va, vb = (getattr(oa, name) if oa else None), getattr(ob, name)
            if va != vb:
                result.objectives.append(ValueChange(f"{ob.id}/{name}", _cap_label(ob, name),
                                                     va, vb))
    for oa in a.objectives:
        if oa.id in back:
            continue
        for name in ("capacity_fte", "capacity_hours"):
            if getattr(oa, name) is not None:
                result.objectives.append(ValueChange(f"{oa.id}/{name}", _cap_label(oa, name),
                                                     getattr(oa, name), None))
    return result


def _cap_label(objective: Any, name: str) -> str:
    unit = term("term.fte") if name == "capacity_fte" else gettext("heures/an")
    return f"{objective.label} ({unit})"


# -- alignment ----------------------------------------------------------------------------------

def _finding_key(finding: Any, renamed: dict[str, str]) -> tuple[str, str]:
    place = finding.place
    if place.objective_id in renamed:
        place = Place(place.chapter, renamed[place.objective_id], place.field, place.ref_id)
    return finding.rule, place.key()


def _alignment_delta(a: Plan, b: Plan, reference: Reference,
                     renamed: dict[str, str]) -> AlignmentDelta:
    ra, rb = check(a, reference), check(b, reference)
    keys_a = {_finding_key(f, {}) for f in ra.findings}
    keys_b = {_finding_key(f, renamed) for f in rb.findings}
    return AlignmentDelta(
        fixed=[f.to_json() for f in ra.findings if _finding_key(f, {}) not in keys_b],
        introduced=[f.to_json() for f in rb.findings if _finding_key(f, renamed) not in keys_a],
        counts_before=ra.counts(), counts_after=rb.counts(),
        coverage_before=dict(ra.coverage.summary), coverage_after=dict(rb.coverage.summary))


# -- follow-up ----------------------------------------------------------------------------------

def _followup_diffs(a: Plan, b: Plan) -> tuple[list[ElementDiff], list[ElementDiff]]:
    """Return the changed actions and measurements, each named by its objective and year."""
    objectives = {o.id: o for o in [*a.objectives, *b.objectives]}
    indicators = {(o.id, i.id): i.name for o in objectives.values() for i in o.indicators}

    def objective(objective_id: str) -> str:
        found = objectives.get(objective_id)
        return found.label if found is not None else objective_id

    def action_name(action: Any) -> str:
        return f"{objective(action.objective_id)} — {action.year} — {action.title}"

    def measurement_name(m: Any) -> str:
        quarter = f" T{m.quarter}" if m.quarter else ""
        name = indicators.get((m.objective_id, m.indicator_id), m.indicator_id)
        return f"{objective(m.objective_id)} — {name} — {m.year}{quarter}"

    return (_element_diffs(a.followup.actions, b.followup.actions, "followup/actions",
                           action_name),
            _element_diffs(a.followup.measurements, b.followup.measurements,
                           "followup/measurements", measurement_name))


# -- the whole plan -----------------------------------------------------------------------------

def different_zones(a: Plan, b: Plan) -> bool:
    """Return True when two plans belong to two different zones (not two versions of one plan)."""
    number_a, number_b = a.zone.number.strip(), b.zone.number.strip()
    if number_a and number_b:
        return number_a != number_b
    name_a, name_b = a.zone.name.strip().casefold(), b.zone.name.strip().casefold()
    return bool(name_a and name_b and name_a != name_b)


def diff_plans(before: Plan, after: Plan, *, reference: Reference | None = None,
               before_label: str | None = None, after_label: str | None = None) -> PlanDiff:
    """Compare two versions of a plan; with a reference, add the alignment delta."""
    objectives, renamed = _objective_diffs(before, after, reference)
    before_label = before_label or gettext("version précédente")
    after_label = after_label or gettext("version actuelle")
    actions, measurements = _followup_diffs(before, after)
    result = PlanDiff(
        before_label, after_label,
        zone=compare_fields(before.zone, after.zone, "zone"),
        period=compare_fields(before.period, after.period, "period"),
        sections=compare_fields(before.sections, after.sections, "sections"),
        expectations=_element_diffs(before.expectations, after.expectations, "expectations",
                                    lambda e: e.author or display(e.author_kind)),
        czs_members=_element_diffs(before.czs_members, after.czs_members, "czs_members",
                                   lambda m: m.name),
        objectives=objectives,
        decisions=_decision_changes(before, after, reference),
        capacity=_capacity_diff(before, after, renamed),
        approval=compare_fields(before.approval, after.approval, "approval"),
        actions=actions, measurements=measurements,
        before_title=before.title, after_title=after.title, language=after.metadata.language,
        different_zones=different_zones(before, after),
    )
    if reference is not None:
        result.alignment = _alignment_delta(before, after, reference, renamed)
    return result


__all__ = ["Side", "compare_files", "diff_plans", "different_zones", "display", "load_side", "similarity"]
