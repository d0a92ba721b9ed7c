"""Open review notes and open findings become Word comments on the right heading."""

from __future__ import annotations

import datetime as dt
import zipfile

import docx
from docx.oxml.ns import qn

from zonalplan.alignment.report import Finding, Place, Report
from zonalplan.export import api, export_plan
from zonalplan.model import NoteReply, NoteStatus, ReviewNote


def _commented_headings(path) -> dict[str, str]:
    """Return {comment id: text of the paragraph where the comment starts}."""
    document = docx.Document(str(path))
    found = {}
    for p in document.element.body.iter(qn("w:p")):
        for start in p.iter(qn("w:commentRangeStart")):
            found[start.get(qn("w:id"))] = "".join(t.text or "" for t in p.iter(qn("w:t")))
    return found


def _comments_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/comments.xml").decode()


def test_review_notes_and_findings_become_comments(tmp_path, monkeypatch, reference, demo_plan):
    p1 = demo_plan.objectives[0]
    demo_plan.review_notes = [
        ReviewNote(id="n1", author="Marie Dubois", role="DirCo", anchor=f"objective:{p1.id}",
                   text="Préciser la cible de l'indicateur 2.",
                   replies=[NoteReply(author="Xavier Lemaire", text="Cible revue à 130.",
                                      date=dt.datetime(2026, 2, 3, tzinfo=dt.UTC))]),
        ReviewNote(id="n2", author="Paul Martin", anchor="capacity", text="Vérifier le total."),
        ReviewNote(id="n3", author="Paul Martin", anchor="sections/env_crime",
                   text="Note résolue.", status=NoteStatus.RESOLVED),
    ]
    findings = [
        Finding("r1", "erreur", "Indicateur sans valeur cible.", Place("objectives", p1.id),
                "Ajoutez une cible."),
        Finding("r2", "avertissement", "Capacité non justifiée.", Place("capacity")),
        Finding("r3", "info", "Information seulement.", Place("zone")),
    ]
    monkeypatch.setattr(api, "run_check", lambda plan, ref: (Report(findings=findings), True))
    out = tmp_path / "plan.docx"
    result = export_plan(demo_plan, out, reference=reference)
    assert result.comments == 4
    anchors = sorted(_commented_headings(out).values())
    assert anchors == sorted([p1.label, p1.label, "Capacité", "Capacité"])
    xml = _comments_xml(out)
    assert "Préciser la cible de l'indicateur 2." in xml
    assert "Réponse de Xavier Lemaire, le 03/02/2026 : Cible revue à 130." in xml
    assert 'w:author="Marie Dubois (DirCo)"' in xml
    assert "Erreur : Indicateur sans valeur cible." in xml and "Piste : Ajoutez une cible." in xml
    assert "Note résolue." not in xml and "Information seulement." not in xml


def test_section_anchor_and_unknown_anchor(tmp_path, reference, demo_plan):
    demo_plan.review_notes = [
        ReviewNote(id="n1", author="A", anchor="sections/env_crime", text="Chiffres 2025 ?"),
        ReviewNote(id="n2", author="B", anchor="nimporte/quoi", text="Ancre inconnue."),
        ReviewNote(id="n3", author="C", anchor="PA3", text="Par code d'objectif."),
    ]
    out = tmp_path / "plan.docx"
    assert export_plan(demo_plan, out, reference=reference).comments == 3
    anchors = sorted(_commented_headings(out).values())
    pa3 = next(o for o in demo_plan.objectives if o.code == "PA3")
    assert anchors == sorted(["Image de la criminalité", "Avant-propos", pa3.label])


def test_comments_can_be_turned_off(tmp_path, reference, demo_plan):
    demo_plan.review_notes = [ReviewNote(author="A", anchor="capacity", text="Note.")]
    out = tmp_path / "plan.docx"
    assert export_plan(demo_plan, out, reference=reference, comments=False).comments == 0
    assert not _commented_headings(out)


def test_review_mode_anchors_chapter_and_objective(tmp_path, reference, demo_plan):
    p1 = next(o for o in demo_plan.objectives if o.code == "P1")
    demo_plan.review_notes = [
        ReviewNote(id="n1", author="A", anchor="chapter:env_road_safety", text="Données 2025 ?"),
        ReviewNote(id="n2", author="B", anchor=f"objective:{p1.id}", text="Cible ambitieuse."),
    ]
    out = tmp_path / "plan.docx"
    assert export_plan(demo_plan, out, reference=reference).comments == 2
    anchors = sorted(_commented_headings(out).values())
    assert anchors == sorted(["Sécurité routière", p1.label])
