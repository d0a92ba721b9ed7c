"""Word comments for open review notes and open alignment findings (post-pass on the render).

Each comment is anchored on a heading: the objective's heading for notes and findings about an
objective, the chapter's heading otherwise (see ``labels.PLACE_HEADINGS``).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from zonalplan.alignment.report import Finding, Report
from zonalplan.export.docxutil import heading_style_levels, paragraph_text
from zonalplan.export.labels import HEADINGS, PLACE_HEADINGS, SEVERITY_SINGULAR, short_date
from zonalplan.i18n import N_, _
from zonalplan.model import SECTION_KEYS, NoteStatus, Plan, ReviewNote
from zonalplan.model.richtext import blocks, clean_text

FINDING_AUTHOR = N_("ZonalPlan — contrôle d'alignement")
COMMENTED_SEVERITIES = ("erreur", "avertissement")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


class HeadingIndex:
    """The headings of a rendered document, found by chapter key or by objective."""

    def __init__(self, document, plan: Plan):
        self._document = document
        levels = heading_style_levels(document)
        self.headings: list[tuple[str, object]] = []
        body = document.element.body
        for p in body.iterchildren(qn("w:p")):
            style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val")) in levels:
                self.headings.append((_fold(paragraph_text(p)), p))
        by_text: dict[str, list[object]] = defaultdict(list)
        for text, p in self.headings:
            by_text[text].append(p)
        self._objectives: dict[str, object] = {}
        for obj in plan.objectives:
            queue = by_text.get(_fold(clean_text(obj.label)))
            if queue:
                self._objectives[obj.id] = queue.pop(0)

    def _first(self):
        if self.headings:
            return self.headings[0][1]
        return next(self._document.element.body.iterchildren(qn("w:p")), None)

    def for_key(self, key: str | None):
        """Return the heading of a chapter or section key of :data:`HEADINGS` (or the first)."""
        wanted = _fold(HEADINGS.get(key or "", ""))
        if wanted:
            for text, p in self.headings:
                if text == wanted:
                    return p
            for text, p in self.headings:
                if text.startswith(wanted) or wanted in text:
                    return p
        return self._first()

    def for_objective(self, objective_id: str | None):
        """Return the heading of an objective, or None when it is not in the document."""
        return self._objectives.get(objective_id or "")


def _key_for(chapter: str, field: str | None) -> str:
    if chapter == "sections" and field:
        return field if field in HEADINGS else "env"
    if chapter in SECTION_KEYS:
        return chapter
    return PLACE_HEADINGS.get(chapter, chapter)


def anchor_target(anchor: str, plan: Plan, index: HeadingIndex):
    """Return the heading paragraph a review note's anchor designates."""
    parts = [p for p in anchor.strip().split("/") if p]
    objective_id = next((p.split(":", 1)[1] for p in parts if p.startswith("objective:")), None)
    if objective_id is None and len(parts) == 1:
        match = next((o for o in plan.objectives if anchor.strip() in (o.id, o.code)), None)
        objective_id = match.id if match else None
    if objective_id and index.for_objective(objective_id) is not None:
        return index.for_objective(objective_id)
    chapter = parts[0].removeprefix("chapter:") if parts else ""
    field = parts[1] if len(parts) > 1 and not parts[1].startswith("objective:") else None
    return index.for_key(_key_for(chapter, field))


def _initials(name: str) -> str:
    letters = [w[0] for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(letters[:3]).upper()


def _attach(document, p_element, author: str, paragraphs: list[str]) -> bool:
    if p_element is None:
        return False
    paragraph = Paragraph(p_element, document._body)
    runs = paragraph.runs or [paragraph.add_run("")]
    texts = [t for t in paragraphs if t] or [_("(sans texte)")]
    comment = document.add_comment(runs, text=texts[0], author=author[:200],
                                   initials=_initials(author))
    for text in texts[1:]:
        comment.add_paragraph(text)
    return True


def _note_paragraphs(note: ReviewNote) -> list[str]:
    texts = [b.text for b in blocks(note.text)]
    for reply in note.replies:
        who = clean_text(reply.author) + (f" ({clean_text(reply.role)})" if reply.role else "")
        body = " ".join(b.text for b in blocks(reply.text))
        texts.append(_("Réponse de {who}, le {date} : {text}").format(
            who=who, date=short_date(reply.date), text=body))
    return texts


def _finding_paragraphs(finding: Finding) -> list[str]:
    message = " ".join(clean_text(finding.message).split())
    texts = [_("{severity} : {message}").format(severity=SEVERITY_SINGULAR[finding.severity],
                                                 message=message)]
    if finding.hint:
        texts.append(_("Piste : {hint}").format(hint=" ".join(clean_text(finding.hint).split())))
    return texts


def add_comments(document, plan: Plan, report: Report) -> int:
    """Add open review notes and open erreur/avertissement findings as comments; return count."""
    notes = [n for n in plan.review_notes if n.status is NoteStatus.OPEN]
    findings = [f for f in report.findings if f.severity in COMMENTED_SEVERITIES]
    if not notes and not findings:
        return 0
    index = HeadingIndex(document, plan)
    added = 0
    for note in notes:
        author = clean_text(note.author) + (f" ({clean_text(note.role)})" if note.role else "")
        added += _attach(document, anchor_target(note.anchor, plan, index), author,
                         _note_paragraphs(note))
    for finding in findings:
        place = finding.place
        target = index.for_objective(place.objective_id) if place.objective_id else None
        if target is None:
            target = index.for_key(_key_for(place.chapter, place.field))
        added += _attach(document, target, _(FINDING_AUTHOR), _finding_paragraphs(finding))
    return added
