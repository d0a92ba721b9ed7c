"""Awkward user text: XML-illegal characters, 100 KB fields, emoji, Dutch diacritics, bullets."""

from __future__ import annotations

import docx

from zonalplan.export import export_plan

from .helpers import all_text


def _export(tmp_path, plan, reference):
    out = tmp_path / "plan.docx"
    export_plan(plan, out, reference=reference)
    return docx.Document(str(out))


def test_illegal_xml_characters_are_removed(tmp_path, reference, demo_plan):
    demo_plan.objectives[0].description = "Avant\x00\x01\x0b\x0c\x1f\ufffe après\x7f."
    demo_plan.zone.name = "ZP\x07 Sambre\x1b"
    demo_plan.sections.mission = "Mission\x0c avec saut de page"
    document = _export(tmp_path, demo_plan, reference)
    texts = [p.text for p in document.paragraphs]
    assert "Avant après." in texts
    assert "Mission avec saut de page" in texts
    assert "ZP Sambre (5999)" in texts


def test_hundred_kilobyte_field_survives(tmp_path, reference, demo_plan):
    big = ("Analyse détaillée du quartier de la gare. " * 2500)[:100_000].strip()
    demo_plan.sections.env_crime = big
    demo_plan.objectives[0].rationale = big
    document = _export(tmp_path, demo_plan, reference)
    texts = [p.text for p in document.paragraphs]
    assert texts.count(big) == 2


def test_emoji_and_dutch_diacritics_survive(tmp_path, reference, demo_plan):
    text = "Coöperatie met de politie 🚓 — België, Zoë, ruïne, IJzer, œuvre, Ærø ✓"
    demo_plan.objectives[1].title = "Aanpak van drugs 🚨 in België"
    demo_plan.sections.values = text
    demo_plan.czs_members[0].name = "Zoë Vandeweyer-Ëlsen"
    document = _export(tmp_path, demo_plan, reference)
    body = all_text(document)
    assert text in body
    assert "Aanpak van drugs 🚨 in België" in body
    assert "Zoë Vandeweyer-Ëlsen" in body


def test_bullets_and_paragraphs_get_their_styles(tmp_path, reference, demo_plan):
    demo_plan.sections.vision = ("Premier paragraphe\nsur deux lignes.\n\n- puce une\n- puce deux"
                                 "\n\nDernier paragraphe.")
    document = _export(tmp_path, demo_plan, reference)
    pairs = [(p.style.name, p.text) for p in document.paragraphs]
    start = pairs.index(("Normal", "Premier paragraphe sur deux lignes."))
    assert pairs[start:start + 4] == [
        ("Normal", "Premier paragraphe sur deux lignes."), ("List Bullet", "puce une"),
        ("List Bullet", "puce deux"), ("Normal", "Dernier paragraphe.")]


def test_empty_plan_exports_with_placeholders(tmp_path, reference):
    from zonalplan.model import Plan

    document = _export(tmp_path, Plan(), reference)
    texts = [p.text for p in document.paragraphs]
    assert "À compléter." in texts
    assert "Aucun objectif n'est défini dans ce domaine." in texts
    assert any(t.startswith("Projet de plan : la séance du conseil zonal de sécurité")
               for t in texts)
    assert not any(t.startswith("Approuvé par") for t in texts)
