"""Review notes: undoable commands (add, reply, resolve, reopen) and merging a reviewer's notes.

A note is anchored to a chapter (``chapter:<key>``) or an objective (``objective:<id>``). Every
edit is a :mod:`zonalplan.commands` object whose path starts with ``review_notes``, so the UI can
undo it and review mode can allow it (see :mod:`zonalplan.review.review_mode`).
``merge_notes`` brings back a reviewer's notes and replies into the author's plan without touching
anything else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from zonalplan.commands import InsertElement, SetValue
from zonalplan.i18n import N_, Translated, _
from zonalplan.model import SECTION_KEYS, NoteReply, NoteStatus, Plan, PlanError, ReviewNote
from zonalplan.model.plan import Sections


class _Capitalized(Translated):
    """Translated labels starting with a capital letter (section titles are lower case)."""

    def __getitem__(self, key):
        text = super().__getitem__(key)
        return text[:1].upper() + text[1:]


CHAPTER_LABELS = _Capitalized({
    "zone": N_("Identité de la zone"),
    "period": N_("Période du plan"),
    "czs": N_("Conseil zonal de sécurité"),
    "sections": N_("Chapitres"),
    "env": N_("Analyse de l'environnement"),
    "mvv": N_("Mission, vision, valeurs"),
    "expectations": N_("Attentes des autorités et des partenaires"),
    "objectives": N_("Objectifs stratégiques"),
    "decisions": N_("Décisions sur le Plan national de sécurité"),
    "capacity": N_("Capacité"),
    "communication": N_("Communication"),
    "approval": N_("Approbation"),
    **{key: Sections.model_fields[key].title or key for key in SECTION_KEYS},
})
"""Chapters a note can be anchored to (``chapter:<key>``), named in the current language."""

STATUS_LABELS = Translated({NoteStatus.OPEN: N_("ouvert"), NoteStatus.RESOLVED: N_("résolu")})


def chapter_anchor(key: str) -> str:
    """Return the anchor of a chapter, e.g. ``chapter:mission``."""
    return f"chapter:{key}"


def objective_anchor(objective_id: str) -> str:
    """Return the anchor of an objective, e.g. ``objective:obj-p1``."""
    return f"objective:{objective_id}"


def check_anchor(plan: Plan, anchor: str) -> str:
    """Return the anchor cleaned, or raise PlanError when it names no chapter or objective."""
    anchor = anchor.strip()
    kind, __, key = anchor.partition(":")
    if kind == "chapter" and key in CHAPTER_LABELS:
        return anchor
    if kind == "objective" and plan.objective(key) is not None:
        return anchor
    if kind == "objective":
        raise PlanError(
            _("La note vise l'objectif « {key} », qui n'existe pas dans ce plan.").format(key=key)
        )
    raise PlanError(_("Ancrage de note non reconnu : « {anchor} » (attendu « chapter:<clé> » "
                      "ou « objective:<identifiant> »).").format(anchor=anchor))


def parse_anchor(anchor: str) -> tuple[str, str]:
    """Return ``("objective", id)``, ``("chapter", key)`` or ``("", anchor)`` for an anchor.

    Besides ``objective:<id>`` and ``chapter:<key>``, finding places such as
    ``objectives/objective:obj-p1/owner`` or ``sections/mission`` are understood.
    """
    parts = [p for p in anchor.strip().split("/") if p]
    for part in parts:
        kind, __, key = part.partition(":")
        if kind in ("objective", "chapter") and key:
            return kind, key
    if len(parts) > 1 and parts[0] == "sections" and parts[1] in CHAPTER_LABELS:
        return "chapter", parts[1]
    if parts and parts[0] in CHAPTER_LABELS:
        return "chapter", parts[0]
    return "", anchor.strip()


def anchor_label(plan: Plan, anchor: str) -> str:
    """Return where a note points, in French (« Objectif P1 — … », « Chapitre « Mission » »)."""
    kind, key = parse_anchor(anchor)
    if kind == "objective":
        objective = plan.objective(key)
        return (
            _("Objectif {label}").format(label=objective.label)
            if objective
            else _("Objectif supprimé ({key})").format(key=key)
        )
    if kind == "chapter":
        return f"Chapitre « {CHAPTER_LABELS.get(key, key)} »"
    return anchor


def _note(plan: Plan, note_id: str) -> ReviewNote:
    note = next((n for n in plan.review_notes if n.id == note_id), None)
    if note is None:
        raise PlanError(_("Aucune note de relecture « {note_id} » dans ce plan.").format(
                note_id=note_id))
    return note


def _required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise PlanError(_("{what} ne peut pas être vide.").format(what=what))
    return value


def add_note_command(plan: Plan, *, anchor: str, author: str, text: str, role: str = "",
                     date: dt.datetime | None = None, note_id: str | None = None
                     ) -> InsertElement:
    """Return the command adding a new open note at the end of the plan's review notes."""
    values = {"anchor": check_anchor(plan, anchor), "author": _required(author, "L'auteur"),
              "role": role.strip(), "text": _required(text, _("Le texte de la note"))}
    if date is not None:
        values["date"] = date
    if note_id is not None:
        values["id"] = note_id
    return InsertElement(("review_notes",), ReviewNote(**values), text=_("Ajouter une note"))


def reply_command(plan: Plan, note_id: str, *, author: str, text: str, role: str = "",
                  date: dt.datetime | None = None) -> InsertElement:
    """Return the command appending a reply to a note's thread."""
    note = _note(plan, note_id)
    reply = NoteReply(author=_required(author, "L'auteur"), role=role.strip(),
                      text=_required(text, _("Le texte de la réponse")),
                      **({"date": date} if date is not None else {}))
    return InsertElement(("review_notes", note_id, "replies"), reply,
                         index=len(note.replies), text=_("Répondre à une note"))


def set_status_command(plan: Plan, note_id: str, status: NoteStatus) -> SetValue:
    """Return the command setting a note's status (ouvert / résolu)."""
    _note(plan, note_id)
    text = _("Résoudre une note") if status is NoteStatus.RESOLVED else _("Rouvrir une note")
    return SetValue(("review_notes", note_id, "status"), NoteStatus(status), text=text)


def resolve_command(plan: Plan, note_id: str) -> SetValue:
    """Return the command marking a note as resolved."""
    return set_status_command(plan, note_id, NoteStatus.RESOLVED)


def reopen_command(plan: Plan, note_id: str) -> SetValue:
    """Return the command reopening a resolved note."""
    return set_status_command(plan, note_id, NoteStatus.OPEN)


# -- merging a reviewer's notes -----------------------------------------------------------------

@dataclass
class MergeSummary:
    """What ``merge_notes`` brought back from the reviewer's plan."""

    added: list[str] = field(default_factory=list)  # note ids
    replies_added: dict[str, int] = field(default_factory=dict)  # note id -> replies appended
    status_changed: list[tuple[str, str, str]] = field(default_factory=list)  # id, before, after
    text_differs: list[str] = field(default_factory=list)  # ids whose text was kept as is
    orphans: list[str] = field(default_factory=list)  # ids anchored to a missing objective

    @property
    def changed(self) -> bool:
        """Return True when the merge changed anything."""
        return bool(self.added or self.replies_added or self.status_changed)

    def to_json(self) -> dict:
        """Return a JSON-ready dict."""
        return {"added": self.added, "replies_added": self.replies_added,
                "status_changed": [{"id": i, "before": b, "after": a}
                                   for i, b, a in self.status_changed],
                "text_differs": self.text_differs, "orphans": self.orphans,
                "changed": self.changed}

    def text(self) -> str:
        """Return a French one-paragraph account of the merge."""
        if not self.changed:
            return "Aucune nouvelle note, réponse ni changement de statut à reprendre."
        replies = sum(self.replies_added.values())
        parts = [
            _("{added} note(s) ajoutée(s)").format(added=len(self.added)),
            _("{replies} réponse(s) ajoutée(s)").format(replies=replies),
            _("{status_changed} statut(s) mis à jour").format(
                status_changed=len(self.status_changed)
            ),
        ]
        out = _("Notes reprises : ") + ", ".join(parts) + "."
        if self.orphans:
            out += (_(" {orphans} note(s) visent un objectif absent de ce plan ; elles sont "
                      "conservées.").format(orphans=len(self.orphans)))
        if self.text_differs:
            out += (_(" {text_differs} note(s) ont un texte différent chez le relecteur ; le "
                      "texte du plan a été gardé.").format(text_differs=len(self.text_differs)))
        return out


def _reply_key(reply: NoteReply) -> tuple[str, str, str]:
    return reply.author.strip(), reply.date.isoformat(), reply.text.strip()


def merged_notes(author_notes: list[ReviewNote], reviewer_notes: list[ReviewNote],
                 plan: Plan) -> tuple[list[ReviewNote], MergeSummary]:
    """Return the merged list of notes (author's first, reviewer's new ones after) and a summary."""
    summary = MergeSummary()
    result = [n.model_copy(deep=True) for n in author_notes]
    by_id = {n.id: n for n in result}
    for theirs in reviewer_notes:
        ours = by_id.get(theirs.id)
        if ours is None:
            copy = theirs.model_copy(deep=True)
            result.append(copy)
            by_id[copy.id] = copy
            summary.added.append(copy.id)
            kind, key = parse_anchor(copy.anchor)
            if kind == "objective" and plan.objective(key) is None:
                summary.orphans.append(copy.id)
            continue
        known = {_reply_key(r) for r in ours.replies}
        new = [r.model_copy(deep=True) for r in theirs.replies if _reply_key(r) not in known]
        if new:
            ours.replies = [*ours.replies, *new]
            summary.replies_added[ours.id] = len(new)
        if theirs.status != ours.status:
            summary.status_changed.append((ours.id, ours.status.value, theirs.status.value))
            ours.status = theirs.status
        if theirs.text.strip() != ours.text.strip():
            summary.text_differs.append(ours.id)
    return result, summary


def _same_zone(author_plan: Plan, reviewer_plan: Plan) -> None:
    """Refuse to merge notes written on another zone's plan (a wrong file is easily picked)."""
    a, b = author_plan.zone.number.strip(), reviewer_plan.zone.number.strip()
    if a != b:
        raise PlanError(_("Le plan du relecteur concerne la zone {b} et celui de l'auteur la "
                          "zone {a} : les notes n'ont pas été reprises.").format(
                              b=b or _("(sans numéro)"), a=a or _("(sans numéro)")))
    if not a and author_plan.zone.name.strip().casefold() != \
            reviewer_plan.zone.name.strip().casefold():
        raise PlanError(_("Le plan du relecteur concerne la zone « {b} » et celui de l'auteur la "
                          "zone « {a} » (sans numéro de zone) : les notes n'ont pas été "
                          "reprises.").format(b=reviewer_plan.zone.name, a=author_plan.zone.name))


def merge_notes(author_plan: Plan, reviewer_plan: Plan) -> tuple[Plan, MergeSummary]:
    """Return a copy of the author's plan with the reviewer's notes and replies brought back.

    Notes are matched by id: new notes are added, new replies appended to known notes, and the
    reviewer's status taken. Nothing but ``review_notes`` differs from the author's plan; notes
    only the author has are kept. Plans of two different zones are refused (PlanError).
    """
    _same_zone(author_plan, reviewer_plan)
    merged = author_plan.model_copy(deep=True)
    notes, summary = merged_notes(author_plan.review_notes, reviewer_plan.review_notes,
                                  author_plan)
    merged.review_notes = notes
    return merged, summary


def merge_notes_command(author_plan: Plan, reviewer_plan: Plan) -> tuple[SetValue, MergeSummary]:
    """Return an undoable command replacing the plan's notes by the merged notes, and a summary."""
    _same_zone(author_plan, reviewer_plan)
    notes, summary = merged_notes(author_plan.review_notes, reviewer_plan.review_notes,
                                  author_plan)
    return SetValue(("review_notes",), notes, text=_("Reprendre les notes du relecteur")), summary


def note_to_json(plan: Plan, note: ReviewNote) -> dict:
    """Return a note as a JSON-ready dict with the label of its anchor."""
    data = note.model_dump(mode="json")
    data["anchor_label"] = anchor_label(plan, note.anchor)
    return data
