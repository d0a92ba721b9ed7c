"""Human text rendering of a plan comparison (for the command line)."""

from __future__ import annotations

from zonalplan.i18n import N_, Translated, _
from zonalplan.model import DECISION_LABELS, Decision
from zonalplan.review.diff_model import (
    STATUS_LABELS,
    ElementDiff,
    FieldChange,
    LinkChange,
    ObjectiveDiff,
    PlanDiff,
)
from zonalplan.review.textdiff import render_segments

WEIGHT_LABELS = Translated(
    {"primary": N_("principal"), "secondary": N_("secondaire"), None: N_("—")}
)
COVERAGE_LABELS = Translated({
    "retenu": N_("thèmes retenus"), "fonctionnement_regulier": N_("en fonctionnement régulier"),
    "non_retenu": N_("non retenus"), "indecis": N_("sans décision"), "objectifs": N_("objectifs"),
    "objectifs_lies": N_("objectifs liés au cadre national"),
    "dimensions_couvertes": N_("dimensions NCSI couvertes"),
})
SEVERITY_SHORT = {"erreur": "erreur", "avertissement": "avertissement", "info": "info"}
SECTION_TITLES = Translated(
    {
        "zone": N_("Identité de la zone"),
        "period": N_("Période"),
        "sections": N_("Chapitres"),
        "expectations": N_("Attentes des autorités"),
        "czs_members": N_("Membres du CZS"),
        "objectives": N_("Objectifs stratégiques"),
        "decisions": N_("Décisions sur le PNS"),
        "capacity": N_("Capacité"),
        "approval": N_("Approbation"),
        "actions": N_("Suivi : actions"),
        "measurements": N_("Suivi : mesures"),
        "alignment": N_("Alignement national"),
    }
)


def decision_label(value: str | None) -> str:
    """Return the French label of a decision value (« Indécis » for none)."""
    return DECISION_LABELS[Decision(value)] if value else _("Indécis (pas de décision)")


def field_line(change: FieldChange, *, context: int | None = 12) -> str:
    """Return one line describing a field change."""
    if change.segments is not None:
        if change.before == "":
            return f"{change.label} : ajouté « {_short(change.after_text)} »"
        if change.after == "":
            return f"{change.label} : supprimé (était « {_short(change.before_text)} »)"
        return f"{change.label} : {render_segments(change.segments, context=context)}"
    if change.added or change.removed:
        parts = [f"+ « {item} »" for item in change.added]
        parts += [f"− « {item} »" for item in change.removed]
        return f"{change.label} : {' ; '.join(parts)}"
    return f"{change.label} : {change.before_text} → {change.after_text}"


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def link_line(link: LinkChange) -> str:
    """Return one line describing a change of a national link."""
    if link.status == "added":
        return f"+ lien {link.ref_id} « {link.title} » ({WEIGHT_LABELS[link.after_weight]})"
    if link.status == "removed":
        return f"− lien {link.ref_id} « {link.title} » ({WEIGHT_LABELS[link.before_weight]})"
    return _("~ lien {ref_id} « {title} » : {value} → {value2}").format(
        ref_id=link.ref_id,
        title=link.title,
        value=WEIGHT_LABELS[link.before_weight],
        value2=WEIGHT_LABELS[link.after_weight],
    )


def element_lines(element: ElementDiff, indent: str = "  ") -> list[str]:
    """Return the lines describing an added, removed or modified element."""
    sign = {"added": "+", "removed": "−"}.get(element.status, "~")
    how = _(" (apparié par le nom)") if element.matched_by == "name" else ""
    lines = [f"{indent}{sign} {element.label} — {STATUS_LABELS[element.status]}{how}"]
    lines += [f"{indent}    {field_line(c)}" for c in element.changes]
    return lines


def objective_head(diff: ObjectiveDiff, *, sign: bool = True) -> str:
    """Return the heading line of an objective difference (with a leading +, −, ~ or ↕)."""
    mark = {"added": "+ ", "removed": "− ", "moved": "↕ "}.get(diff.status, "~ ") if sign else ""
    notes = [STATUS_LABELS[diff.status]]
    if diff.matched_by == "title":
        notes.append(_("apparié par l'intitulé ({value:.0%}), ancien identifiant « {before_id} "
                       "», nouveau « {after_id} »").format(
                value=diff.similarity or 0, before_id=diff.before_id, after_id=diff.after_id))
        if diff.before_label != diff.label:
            notes.append(_("ancien intitulé « {before_label} »").format(
                    before_label=diff.before_label))
    if diff.moved and diff.status != "moved":
        notes.append(_("déplacé"))
    return f"{mark}{diff.label} ({' ; '.join(notes)})"


def objective_lines(diff: ObjectiveDiff) -> list[str]:
    """Return the lines describing one objective difference."""
    lines = [f"  {objective_head(diff)}"]
    lines += [f"      {field_line(c)}" for c in diff.changes]
    lines += [f"      {link_line(link)}" for link in diff.links]
    for indicator in diff.indicators:
        lines += [line.replace("  ", "      ", 1) for line in element_lines(indicator)]
    return lines


def render_text(diff: PlanDiff) -> str:
    """Return the comparison as readable French text."""
    out = [f"Comparaison de « {diff.before_label} » (avant) et « {diff.after_label} » (après)"]
    if diff.is_identical:
        out.append(_("Les deux versions ont le même contenu."))
        return "\n".join(out) + "\n"
    s = diff.summary()
    out.append(
        _(
            "Objectifs : {value} ajoutés, {value2} supprimés, {value3} modifiés ; "
            "décisions PNS modifiées : {value4} ; chapitres modifiés : {value5}."
        ).format(
            value=s["objectives_added"],
            value2=s["objectives_removed"],
            value3=s["objectives_modified"],
            value4=s["decisions_changed"],
            value5=s["sections_changed"],
        )
    )

    def section(key: str, lines: list[str]) -> None:
        if lines:
            out.append(f"\n== {SECTION_TITLES[key]} ==")
            out.extend(lines)

    section("zone", [f"  ~ {field_line(c)}" for c in diff.zone])
    section("period", [f"  ~ {field_line(c)}" for c in diff.period])
    section("sections", [f"  ~ {field_line(c)}" for c in diff.sections])
    section("expectations", [line for e in diff.expectations for line in element_lines(e)])
    section("czs_members", [line for e in diff.czs_members for line in element_lines(e)])
    section("objectives", [line for o in diff.objectives for line in objective_lines(o)])
    decisions = []
    for d in diff.decisions:
        if d.decision_changed:
            decisions.append(f"  ~ {d.title} : {decision_label(d.before)} → "
                             f"{decision_label(d.after)}")
        else:
            decisions.append(_("  ~ {title} : {after} (justification modifiée)").format(
                    title=d.title, after=decision_label(d.after)))
        if d.justification:
            decisions.append(f"      {field_line(d.justification)}")
    section("decisions", decisions)
    capacity = [f"  ~ {field_line(c)}" for c in diff.capacity.changes]
    capacity += [f"  ~ {v.label} : {_num(v.before)} → {_num(v.after)} ETP"
                 for v in diff.capacity.functionalities]
    capacity += [f"  ~ {v.label} : {_num(v.before)} → {_num(v.after)}"
                 for v in diff.capacity.objectives]
    section("capacity", capacity)
    section("approval", [f"  ~ {field_line(c)}" for c in diff.approval])
    section("actions", [line for e in diff.actions for line in element_lines(e)])
    section("measurements", [line for e in diff.measurements for line in element_lines(e)])
    if diff.alignment is not None:
        section("alignment", alignment_lines(diff))
    return "\n".join(out) + "\n"


def alignment_lines(diff: PlanDiff) -> list[str]:
    """Return the lines of the alignment delta."""
    delta = diff.alignment
    if delta is None:
        return []
    lines = [f"  Constats corrigés ({len(delta.fixed)})"]
    lines += [f"    ✓ [{f['severity']}] {f['message']}" for f in delta.fixed]
    lines.append(_("  Nouveaux constats ({introduced})").format(introduced=len(delta.introduced)))
    lines += [f"    ✗ [{f['severity']}] {f['message']}" for f in delta.introduced]
    counts = " ; ".join(f"{k} {delta.counts_before.get(k, 0)} → {delta.counts_after.get(k, 0)}"
                        for k in ("erreur", "avertissement", "info"))
    lines.append(_("  Constats : {counts}").format(counts=counts))
    changed = [f"{label} {delta.coverage_before.get(k, 0)} → {delta.coverage_after.get(k, 0)}"
               for k, label in COVERAGE_LABELS.items()]
    lines.append(_("  Couverture : {changed}").format(changed=" ; ".join(changed)))
    return lines


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"
