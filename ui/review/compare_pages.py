"""The pages of a comparison (summary, zone, chapters, objectives, decisions…) and their HTML.

:class:`ComparePages` turns a :class:`~zonalplan.review.diff_model.PlanDiff` and both plans into
a list of pages, each with a change badge; :meth:`ComparePages.html` renders one page as two HTML
documents (before, after) or one for the summary and the alignment pages. Only Qt's translation
lookup is used here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.review.diff_html import (
    EMPTY,
    MUTED,
    Mark,
    SideName,
    changes_by_path,
    field_block,
    heading,
    items_html,
    marked,
    model_html,
    muted,
    page,
    segments_html,
    side_mark,
    text_html,
    value_html,
)
from zonalplan.guidance import CHAPTERS
from zonalplan.i18n import current, gettext
from zonalplan.model import FUNCTIONALITY_LABELS, SECTION_KEYS, Functionality, Plan, Sections
from zonalplan.review.diff import display
from zonalplan.review.diff_model import STATUS_LABELS, ElementDiff, ObjectiveDiff, PlanDiff
from zonalplan.review.diff_text import COVERAGE_LABELS, WEIGHT_LABELS, decision_label

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


SEVERITY_COLORS = {"erreur": "#c62828", "avertissement": "#b26a00", "info": "#1565c0"}
TEXT_CHAPTERS = [c for c in CHAPTERS if c.kind == "text"]
BETTER = {"indecis": "less", "objectifs_lies": "more", "dimensions_couvertes": "more"}
"""Which way a coverage figure should move (others are shown without judging)."""


@dataclass(frozen=True)
class ComparePage:
    """One entry of the chapter list: its key, title, change status and parent entry."""

    key: str
    title: str
    status: str = ""  # "", "added", "removed", "modified", "moved"
    parent: str | None = None
    single: bool = False  # one full-width document instead of two sides
    detail: str = ""  # more about the change (tooltip)

    @property
    def badge(self) -> str:
        """Return the French change badge: « ajouté », « supprimé », « modifié », « déplacé »."""
        return STATUS_LABELS.get(self.status, "")


@dataclass(frozen=True)
class ObjectiveEntry:
    """An objective of either version, with its difference (None when unchanged)."""

    before_id: str | None
    after_id: str | None
    diff: ObjectiveDiff | None

    @property
    def key(self) -> str:
        """Return the page key of the objective."""
        return f"objective:{self.after_id or self.before_id}"


def _section_title(key: str) -> str:
    title = Sections.model_fields[key].title
    return gettext(title) if title else key


class ComparePages:
    """Pages of the comparison of ``plan_a`` (before) with ``plan_b`` (after)."""

    def __init__(self, diff: PlanDiff, plan_a: Plan, plan_b: Plan,
                 reference: Reference | None = None):
        self.diff, self.plan_a, self.plan_b, self.reference = diff, plan_a, plan_b, reference
        self.objectives = self._objective_entries()
        self.pages = self._build_pages()
        self.by_key = {p.key: p for p in self.pages}

    # -- structure ------------------------------------------------------------------------------

    def _objective_entries(self) -> list[ObjectiveEntry]:
        a, b, diff = self.plan_a, self.plan_b, self.diff
        by_after = {d.after_id: d for d in diff.objectives if d.after_id}
        ids_a = {o.id: i for i, o in enumerate(a.objectives)}
        entries = []
        for ob in b.objectives:
            d = by_after.get(ob.id)
            before = d.before_id if d else (ob.id if ob.id in ids_a else None)
            entries.append(ObjectiveEntry(before, ob.id, d))
        for d in diff.objectives:
            if d.status != "removed" or d.before_id is None:
                continue
            position = ids_a.get(d.before_id, len(ids_a))
            at = next((i for i, e in enumerate(entries)
                       if e.before_id is not None and ids_a.get(e.before_id, -1) > position),
                      len(entries))
            entries.insert(at, ObjectiveEntry(d.before_id, None, d))
        return entries

    def _build_pages(self) -> list[ComparePage]:
        diff = self.diff
        sections = changes_by_path(diff.sections)
        pages = [ComparePage("summary", _tr("Résumé"), single=True),
                 ComparePage("zone", _tr("Zone et CZS"), _status(diff.zone or diff.period
                                                                or diff.czs_members))]
        changed_chapters = [c for c in TEXT_CHAPTERS
                            if any(f"sections/{f}" in sections for f in c.fields)]
        pages.append(ComparePage("chapters", _tr("Chapitres"), _status(changed_chapters)))
        pages += [ComparePage(f"chapter:{c.id}", c.title, _status(c in changed_chapters),
                              parent="chapters") for c in TEXT_CHAPTERS]
        if self._other_sections():
            others = any(f"sections/{k}" in sections for k in self._other_sections())
            pages.append(ComparePage("chapter:other", _tr("Autres textes"), _status(others),
                                     parent="chapters"))
        pages.append(ComparePage("expectations", _tr("Attentes des autorités"),
                                 _status(diff.expectations)))
        pages.append(ComparePage("objectives", _tr("Objectifs"), _status(diff.objectives)))
        for entry in self.objectives:
            plan = self.plan_b if entry.after_id else self.plan_a
            objective = plan.objective(entry.after_id or entry.before_id or "")
            title = objective.label if objective else (entry.after_id or "")
            pages.append(ComparePage(entry.key, title, entry.diff.status if entry.diff else "",
                                     parent="objectives"))
        pages.append(ComparePage("decisions", _tr("Décisions PNS"), _status(diff.decisions)))
        pages.append(ComparePage("capacity", _tr("Capacité"), _status(bool(diff.capacity))))
        pages.append(ComparePage("approval", _tr("Approbation"), _status(diff.approval)))
        pages.append(ComparePage("followup", _tr("Suivi"),
                                 _status(diff.actions or diff.measurements)))
        delta = diff.alignment
        detail = (_tr("{} constat(s) corrigé(s), {} nouveau(x) constat(s)").format(
            len(delta.fixed), len(delta.introduced))
            if delta is not None and (delta.fixed or delta.introduced) else "")
        pages.append(ComparePage("alignment", _tr("Alignement"), _status(detail), single=True,
                                 detail=detail))
        return pages

    def _other_sections(self) -> list[str]:
        covered = {f for c in TEXT_CHAPTERS for f in c.fields}
        return [k for k in SECTION_KEYS if k not in covered]

    def changed_keys(self) -> list[str]:
        """Return the keys of the pages with a difference, in list order."""
        return [p.key for p in self.pages if p.status]

    # -- rendering ------------------------------------------------------------------------------

    def html(self, key: str) -> tuple[str, str] | str:
        """Return the page's two documents (before, after), or one for a single page."""
        if key == "summary":
            return page(self._summary())
        if key == "alignment":
            return page(self._alignment())
        render = self._side_renderer(key)
        return page(render("a")), page(render("b"))

    def _side_renderer(self, key: str) -> Callable[[SideName], str]:
        if key.startswith("chapter:"):
            return lambda side: self._chapter(key.partition(":")[2], side)
        if key.startswith("objective:"):
            entry = next(e for e in self.objectives if e.key == key)
            return lambda side: self._objective(entry, side)
        renderers: dict[str, Callable[[SideName], str]] = {
            "zone": self._zone, "chapters": self._all_chapters,
            "expectations": self._expectations, "objectives": self._objective_list,
            "decisions": self._decisions, "capacity": self._capacity, "approval": self._approval,
            "followup": self._followup}
        return renderers[key]

    def _plan(self, side: SideName) -> Plan:
        return self.plan_a if side == "a" else self.plan_b

    def _summary(self) -> str:
        from zonalplan.review.diff_docx import SUMMARY_LABELS

        diff = self.diff
        title = (_tr("Comparaison des plans de deux zones différentes") if diff.different_zones
                 else _tr("Comparaison de deux versions du plan"))
        out = [heading(title, 2),
               field_block(_tr("Avant"), f"{text_html(diff.before_label)}<br/>"
                                    f'<span style="{MUTED}">{text_html(diff.before_title)}</span>'),
               field_block(_tr("Après"), f"{text_html(diff.after_label)}<br/>"
                                    f'<span style="{MUTED}">{text_html(diff.after_title)}</span>')]
        if diff.different_zones:
            warning = _tr("Attention : ces deux plans appartiennent à deux zones différentes. Les "
                          "différences ci-dessous ne sont pas des modifications d'une version à "
                          "l'autre.")
            out.append(f"<p><b>{escape(warning)}</b></p>")
        if diff.is_identical:
            out.append(f"<p><b>{escape(_tr('Les deux versions ont le même contenu.'))}</b></p>")
            return "".join(out)
        rows = "".join(f"<tr><td>{escape(label)}</td><td align=\"right\"><b>{count}</b></td></tr>"
                       for key, label in SUMMARY_LABELS.items()
                       if (count := diff.summary().get(key, 0)))
        out.append(heading(_tr("Différences"), 3))
        out.append(f'<table cellpadding="3" cellspacing="0">{rows}</table>')
        links = [f'<li><a href="page:{p.key}">{escape(p.title)}</a> — '
                 f"{escape(p.detail or p.badge)}</li>"
                 for p in self.pages if p.status and p.key not in ("chapters", "objectives")]
        out.append(heading(_tr("Pages modifiées"), 3))
        out.append(f"<ul>{''.join(links)}</ul>")
        return "".join(out)

    def _zone(self, side: SideName) -> str:
        plan, diff = self._plan(side), self.diff
        return "".join([
            heading(_tr("Zone"), 2),
            model_html(plan.zone, "zone", changes_by_path(diff.zone), side),
            heading(_tr("Période"), 2),
            model_html(plan.period, "period", changes_by_path(diff.period), side),
            heading(_tr("Conseil zonal de sécurité"), 2),
            self._elements(plan.czs_members, diff.czs_members, "czs_members", side,
                           lambda m: m.name)])

    def _chapter(self, chapter_id: str, side: SideName) -> str:
        if chapter_id == "other":
            title, fields = _tr("Autres textes"), self._other_sections()
        else:
            chapter = next(c for c in TEXT_CHAPTERS if c.id == chapter_id)
            title, fields = chapter.title, list(chapter.fields)
        plan, changes = self._plan(side), changes_by_path(self.diff.sections)
        out = [heading(title, 2)]
        for key in fields:
            change = changes.get(f"sections/{key}")
            out.append(field_block(_section_title(key),
                                   value_html(getattr(plan.sections, key), change, side),
                                   changed=change is not None))
        return "".join(out)

    def _all_chapters(self, side: SideName) -> str:
        keys = [c.id for c in TEXT_CHAPTERS] + (["other"] if self._other_sections() else [])
        return "".join(self._chapter(key, side) for key in keys)

    def _expectations(self, side: SideName) -> str:
        return heading(_tr("Attentes des autorités et partenaires"), 2) + self._elements(
            self._plan(side).expectations, self.diff.expectations, "expectations", side,
            lambda e: e.author or display(e.author_kind))

    def _elements(self, elements: Sequence[Any], diffs: Sequence[ElementDiff], list_path: str,
                  side: SideName, title: Callable[[Any], str]) -> str:
        """Return a list of elements (members, expectations, indicators) with their changes."""
        if not elements:
            return muted(_tr("Aucun élément dans cette version."))
        lone = "removed" if side == "a" else "added"
        mapping = {(d.before_id if side == "a" else d.after_id): d for d in diffs}
        out = []
        for element in elements:
            d = mapping.get(element.id)
            whole: Mark = side_mark(side) if d is not None and d.status == lone else None
            badge = f" — {STATUS_LABELS[d.status]}" if d is not None else ""
            how = _tr(" (apparié par le nom)") if d is not None and d.matched_by == "name" else ""
            path = f"{list_path}/{(d.after_id if d and d.after_id else element.id)}"
            out.append(f"<h4>{marked(text_html(title(element) or '—'), whole)}"
                       f'<span style="{MUTED} font-weight:normal;">{escape(badge + how)}'
                       f"</span></h4>")
            out.append(model_html(element, path, changes_by_path(d.changes) if d else {}, side,
                                  skip=("id",), whole=whole, compact=True))
        return "".join(out)

    def _objective_list(self, side: SideName) -> str:
        rows = []
        for entry in self.objectives:
            oid = entry.before_id if side == "a" else entry.after_id
            d = entry.diff
            objective = self._plan(side).objective(oid) if oid else None
            if objective is None:
                absent = _tr("(supprimé)") if side == "b" else _tr("(absent)")
                rows.append(f'<li><span style="{MUTED}"><i>{escape(absent)}</i></span></li>')
                continue
            mark: Mark = None
            if d is not None:
                mark = side_mark(side) if d.status in ("added", "removed") else "chg"
            moved = _tr(", déplacé") if d is not None and d.moved and d.status != "moved" else ""
            note = (f' <span style="{MUTED}">— {escape(STATUS_LABELS[d.status] + moved)}</span>'
                    if d else "")
            rows.append(f'<li><a href="page:{entry.key}">'
                        f"{marked(text_html(objective.label), mark)}</a>{note}</li>")
        return heading(_tr("Objectifs stratégiques"), 2) + f"<ol>{''.join(rows)}</ol>"

    def _objective(self, entry: ObjectiveEntry, side: SideName) -> str:
        d = entry.diff
        oid = entry.before_id if side == "a" else entry.after_id
        objective = self._plan(side).objective(oid) if oid else None
        if objective is None:
            gone = _tr("Objectif ajouté dans la version « après ».") if side == "a" else \
                _tr("Objectif supprimé dans la version « après ».")
            return heading(_tr("Objectif"), 2) + muted(gone)
        lone = "removed" if side == "a" else "added"
        whole: Mark = side_mark(side) if d is not None and d.status == lone else None
        note = STATUS_LABELS[d.status] if d else ""
        out = [heading(objective.label, 2, note)]
        if d is not None and d.matched_by == "title":
            out.append(muted(_tr("Apparié par l'intitulé ({:.0%}) : identifiant « {} » avant, "
                                 "« {} » après.").format(d.similarity or 0, d.before_id,
                                                          d.after_id)))
        if d is not None and d.moved:
            out.append(muted(_tr("Déplacé dans la liste des objectifs.")))
        path = f"objectives/{entry.after_id or entry.before_id}"
        changes = changes_by_path(d.changes) if d else {}
        out.append(model_html(objective, path, changes, side,
                              skip=("id", "indicators", "links"), whole=whole))
        out.append(heading(_tr("Liens au cadre national"), 3))
        out.append(self._links(objective, d, side, whole))
        out.append(heading(_tr("Indicateurs"), 3))
        out.append(self._elements(objective.indicators, d.indicators if d else [],
                                  f"{path}/indicators", side, lambda i: i.name))
        return "".join(out)

    def _links(self, objective: Any, d: ObjectiveDiff | None, side: SideName,
               whole: Mark) -> str:
        changes = {link.ref_id: link.status for link in (d.links if d else [])}
        lone = "removed" if side == "a" else "added"
        texts, marks = [], []
        for link in objective.links:
            texts.append(f"{link.ref_id} — {self._ref_title(link.ref_id)} "
                         f"({WEIGHT_LABELS.get(link.weight.value, link.weight.value)})")
            status = changes.get(link.ref_id)
            marks.append(whole or (side_mark(side) if status == lone else
                                   "chg" if status == "weight" else None))
        return items_html(texts, marks)

    def _ref_title(self, ref_id: str) -> str:
        item = self.reference.item(ref_id, current()) if self.reference is not None else None
        return item.label if item is not None else ref_id

    def _decision_ids(self) -> list[str]:
        ids = [n.id for n in self.reference.decision_nodes] if self.reference is not None else []
        ids += [d.ref_id for p in (self.plan_a, self.plan_b) for d in p.decisions]
        return list(dict.fromkeys(ids))

    def _decisions(self, side: SideName) -> str:
        plan = self._plan(side)
        by_ref = {c.ref_id: c for c in self.diff.decisions}
        out = [heading(_tr("Décisions sur le Plan national de sécurité"), 2)]
        for ref_id in self._decision_ids():
            decision = plan.decision_for(ref_id)
            change = by_ref.get(ref_id)
            value = decision_label(decision.decision.value if decision else None)
            if change is not None and change.decision_changed:
                value = marked(text_html(value), side_mark(side))
            else:
                value = text_html(value)
            out.append(f"<h4>{escape(self._ref_title(ref_id))}</h4>")
            out.append(field_block(_tr("Décision"), value,
                                   changed=bool(change and change.decision_changed),
                                   compact=True))
            justification = decision.justification if decision else ""
            jchange = change.justification if change else None
            jhtml = segments_html(jchange.segments or [], side) if jchange else \
                text_html(justification)
            out.append(field_block(_tr("Justification"), jhtml or EMPTY,
                                   changed=jchange is not None,
                                   compact=True))
        return "".join(out)

    def _capacity(self, side: SideName) -> str:
        plan, cap = self._plan(side), self.diff.capacity
        out = [heading(_tr("Capacité"), 2),
               model_html(plan.capacity, "capacity", changes_by_path(cap.changes), side,
                          skip=("functionalities",))]
        changed = {v.key for v in cap.functionalities}
        texts, marks = [], []
        for func in Functionality:
            value = plan.capacity.functionalities.get(func)
            texts.append(_tr("{} : {} ETP").format(FUNCTIONALITY_LABELS[func], _num(value)))
            marks.append(side_mark(side) if func.value in changed else None)
        out.append(field_block(_tr("Capacité par fonctionnalité de base"),
                               items_html(texts, marks), changed=bool(changed)))
        after_of = {d.before_id: d.after_id for d in self.diff.objectives
                    if d.before_id and d.after_id}
        keys = {v.key for v in cap.objectives}
        texts, marks = [], []
        for objective in plan.objectives:
            oid = after_of.get(objective.id, objective.id) if side == "a" else objective.id
            fte, hours = objective.capacity_fte, objective.capacity_hours
            if fte is None and hours is None and not any(k.startswith(oid + "/") for k in keys):
                continue
            texts.append(_tr("{} : {} ETP, {} heures/an").format(objective.label, _num(fte),
                                                                 _num(hours)))
            hit = f"{oid}/capacity_fte" in keys or f"{oid}/capacity_hours" in keys
            marks.append(side_mark(side) if hit else None)
        out.append(field_block(_tr("Capacité des objectifs"), items_html(texts, marks),
                               changed=any(marks)))
        return "".join(out)

    def _approval(self, side: SideName) -> str:
        return heading(_tr("Approbation"), 2) + model_html(
            self._plan(side).approval, "approval", changes_by_path(self.diff.approval), side)

    def _followup(self, side: SideName) -> str:
        """Return the actions and measurements that changed (the others are not repeated)."""
        plan, out = self._plan(side), []
        for title, diffs, items, path in (
                (_tr("Actions"), self.diff.actions, plan.followup.actions, "followup/actions"),
                (_tr("Mesures"), self.diff.measurements, plan.followup.measurements,
                 "followup/measurements")):
            out.append(heading(title, 2))
            labels = {(d.before_id if side == "a" else d.after_id): d.label for d in diffs}
            changed = [item for item in items if item.id in labels]
            out.append(self._elements(changed, diffs, path, side, lambda e, n=labels: n[e.id])
                       if changed else muted(_tr("Aucun changement dans cette version.")))
        return "".join(out)

    def _alignment(self) -> str:
        delta = self.diff.alignment
        out = [heading(_tr("Alignement national"), 2)]
        if delta is None:
            out.append(muted(_tr("Le référentiel national n'était pas chargé : l'alignement n'a "
                                 "pas été comparé.")))
            return "".join(out)
        out.append(heading(_tr("Constats"), 3))
        rows = [(_tr("Erreurs"), "erreur"), (_tr("Avertissements"), "avertissement"),
                (_tr("Informations"), "info")]
        out.append(_before_after_table([(label, delta.counts_before.get(k, 0),
                                         delta.counts_after.get(k, 0), "less")
                                        for label, k in rows]))
        out.append(heading(_tr("Couverture du cadre national"), 3))
        out.append(_before_after_table([(label[:1].upper() + label[1:],
                                         delta.coverage_before.get(k, 0),
                                         delta.coverage_after.get(k, 0), BETTER.get(k))
                                        for k, label in COVERAGE_LABELS.items()]))
        out.append(heading(_tr("Constats corrigés ({})").format(len(delta.fixed)), 3))
        out.append(_findings(delta.fixed, "✓", "#2e7d32"))
        out.append(heading(_tr("Nouveaux constats ({})").format(len(delta.introduced)), 3))
        out.append(_findings(delta.introduced, "✗", "#c62828"))
        return "".join(out)


def _status(changed: Any) -> str:
    return "modified" if changed else ""


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _before_after_table(rows: list[tuple[str, int, int, str | None]]) -> str:
    """Return a before/after table; a change is green or red when ``better`` says which way."""
    cells = [(f'<tr><th align="left">&nbsp;</th><th align="right">{escape(_tr("Avant"))}</th>'
              f'<th align="right">{escape(_tr("Après"))}</th></tr>')]
    for label, before, after, better in rows:
        color = ""
        if before != after:
            good = None if better is None else (after < before) == (better == "less")
            tint = {True: "color:#2e7d32; ", False: "color:#c62828; "}.get(good, "")
            color = f' style="{tint}font-weight:600;"'
        cells.append(f"<tr><td>{escape(label)}</td><td align=\"right\">{before}</td>"
                     f"<td align=\"right\"{color}>{after}</td></tr>")
    return f'<table cellpadding="3" cellspacing="0">{"".join(cells)}</table>'


def _findings(findings: list[dict], sign: str, color: str) -> str:
    if not findings:
        return muted(_tr("Aucun."))
    items = []
    for f in findings:
        severity = str(f.get("severity", ""))
        sev_color = SEVERITY_COLORS.get(severity, "#66727d")
        items.append(f'<li><span style="color:{color}; font-weight:600;">{sign}</span> '
                     f'<span style="color:{sev_color};">[{escape(severity)}]</span> '
                     f"{text_html(str(f.get('message', '')))}</li>")
    return f"<ul>{''.join(items)}</ul>"
