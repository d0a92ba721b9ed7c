"""A Dutch plan exports as a Dutch document: no French fixed text remains anywhere in it."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.i18n.dutch_plan import dutch_plan
from zonalplan.export import export_plan, export_report
from zonalplan.export.api import template_path
from zonalplan.i18n import using
from zonalplan.i18n.catalog import extract, po_path
from zonalplan.i18n.reference_text import FALLBACK_MARK
from zonalplan.i18n.vocabulary import TERMS
from zonalplan.reference import load_reference

FRENCH_WORDS = ("Approbation", "Approuvé", "Annexe", "Table des matières", "conseil zonal",
                "Chef de corps", "Bourgmestre", "Procureur du Roi", "Capacité", "Rubrique",
                "Constats", "Priorité", "Point d'attention", "Fonctionnalités", "Signature",
                "Plan zonal", "Plan national", "Objectif", "Lieu", "Abréviation", "ETP",
                "mars 2026", "Synthèse", "Indicateur", "Thème", "Décision", "Glossaire")


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def document_texts(path: Path) -> list[str]:
    """Return every paragraph of a .docx (body, headers, footers, comments, properties)."""
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"(word/(document|header\d*|footer\d*|comments)|docProps/core)\.xml$",
                            name):
                continue
            xml = z.read(name).decode("utf-8")
            if name.startswith("docProps"):
                texts += re.findall(r">([^<]+)<", xml)
                continue
            for paragraph in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph))
                if text.strip():
                    texts.append(text)
    return texts


def french_fixed_texts() -> set[str]:
    """Return the French fixed fragments of the export (catalogue messages, vocabulary terms)."""
    fragments = set()
    for message in extract():
        for piece in re.split(r"\{\{.*?\}\}|\{%.*?%\}|\{[^{}]*\}", message.msgid):
            piece = piece.strip(" :;,.()«»—-\n")
            if len(piece) >= 8 and " " in piece:
                fragments.add(piece)
    fragments |= {t.fr for t in TERMS.values() if len(t.fr) >= 8 and t.fr != t.nl}
    return fragments


def _own_content(text: str) -> bool:
    """Return True for texts of the plan itself or French national titles marked « [fr] »."""
    return FALLBACK_MARK.strip() in text


@pytest.fixture(scope="module")
def dutch_docx(tmp_path_factory, reference) -> Path:
    out = tmp_path_factory.mktemp("nl") / "plan.docx"
    export_plan(dutch_plan(), out, reference=reference)
    return out


def test_dutch_plan_leaves_no_french_fixed_text(dutch_docx):
    texts = [t for t in document_texts(dutch_docx) if not _own_content(t)]
    whole = "\n".join(texts)
    found = sorted(f for f in french_fixed_texts() if f in whole)
    assert not found, f"texte fixe français dans le document néerlandais : {found[:10]}"
    words = [w for w in FRENCH_WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", whole)]
    assert not words, words


def test_dutch_plan_speaks_dutch_everywhere(dutch_docx):
    whole = "\n".join(document_texts(dutch_docx))
    for expected in ("Zonaal veiligheidsplan", "Inhoudstafel", "Voorwoord", "Omgevingsanalyse",
                     "Missie, visie, waarden", "Strategische prioriteiten", "Capaciteit",
                     "Wijkwerking", "Politionele slachtofferbejegening", "Goedkeuring",
                     "Goedgekeurd door de zonale veiligheidsraad in zijn vergadering van "
                     "12 maart 2026.", "Lid van de zonale veiligheidsraad", "Korpschef",
                     "Burgemeester van Heide", "Procureur des Konings", "Handtekening:",
                     "Bijlage A — Afstemmingsrapport", "Bijlage B — Lijst van afkortingen",
                     "Pagina", "Weerhouden", "61.000 inwoners", "1,5\u00a0VTE",
                     "ZVR", "Zonale veiligheidsraad"):
        assert expected in whole, expected


def test_dutch_document_is_marked_dutch(dutch_docx):
    with zipfile.ZipFile(dutch_docx) as z:
        styles = z.read("word/styles.xml").decode()
        core = z.read("docProps/core.xml").decode()
    assert '<w:lang w:val="nl-BE"' in styles
    assert "nl-BE" in core


def test_report_in_dutch(tmp_path, reference):
    out = tmp_path / "rapport.docx"
    export_report(dutch_plan(), out, reference=reference)
    whole = "\n".join(document_texts(out))
    assert "Afstemmingsrapport" in whole and "Openstaande bevindingen" in whole
    assert "Rapport d'alignement" not in whole


def test_german_plan_has_german_titles_and_labels(tmp_path, reference):
    plan = dutch_plan()
    plan.metadata.language = "de"
    out = tmp_path / "plan.docx"
    export_plan(plan, out, reference=reference)
    whole = "\n".join(document_texts(out))
    for expected in (
        "Zonaler Sicherheitsplan",
        "Inhaltsverzeichnis",
        "Genehmigung",
        "Mitglied des zonalen Sicherheitsrats",
        "Korpschef",
        "Bürgermeister von Heide",
        "Prokurator des Königs",
        "Basisfunktionalitäten",
        "12. März 2026",
        "Anhang A — Abstimmungsbericht",
        "Seite",
    ):
        assert expected in whole, expected
    assert "Table des matières" not in whole and "Approbation" not in whole


def test_a_french_interface_exports_a_dutch_plan_and_stays_french(tmp_path, reference):
    steps = []
    with using("fr"):
        export_plan(dutch_plan(), tmp_path / "plan.docx", reference=reference,
                    progress=lambda fraction, message: steps.append(message))
    assert "Export terminé" in steps and "Mise en page du document" in steps
    assert "Inhoudstafel" in "\n".join(document_texts(tmp_path / "plan.docx"))


def test_templates_per_language_and_a_zone_template_for_every_language(tmp_path):
    assert template_path(None, "plan.docx", "nl").name == "plan.nl.docx"
    assert template_path(None, "plan.docx", "fr").name == "plan.docx"
    custom = tmp_path / "modeles"
    custom.mkdir()
    (custom / "plan.docx").write_bytes(template_path(None, "plan.docx").read_bytes())
    assert template_path(custom, "plan.docx", "nl") == custom / "plan.docx"
    (custom / "plan.nl.docx").write_bytes(template_path(None, "plan.docx", "nl").read_bytes())
    assert template_path(custom, "plan.docx", "nl") == custom / "plan.nl.docx"
    assert template_path(custom, "plan.docx", "de") == custom / "plan.docx"


def test_a_zone_template_gets_labels_in_the_plan_language(tmp_path, reference):
    """A zone's own French template exported for a Dutch plan: generated labels are Dutch."""
    from tests.export.helpers import make_template

    folder = tmp_path / "zone"
    make_template(folder, "{{ headings.capacity }} — {{ approval.sentence }}",
                  "{% for f in capacity.functionalities %}{{ f.label }};{% endfor %}")
    out = tmp_path / "plan.docx"
    export_plan(dutch_plan(), out, reference=reference, template_dir=folder, comments=False)
    whole = "\n".join(document_texts(out))
    assert "Capaciteit — Goedgekeurd door de zonale veiligheidsraad" in whole
    assert "Wijkwerking;Onthaal;" in whole


def test_the_catalogue_is_read_for_every_export_language():
    with po_path("nl").open("rb") as handle:
        assert read_po(handle).get("Table des matières").string == "Inhoudstafel"


def test_the_cover_says_how_the_national_titles_are_translated(dutch_docx):
    whole = "\n".join(document_texts(dutch_docx))
    assert ("De titels uit het nationale kader zijn werkvertalingen voor ZonalPlan" in whole
            or "Titels zonder vertaling staan in het Frans" in whole)


def test_translation_status_of_a_national_item(reference):
    from zonalplan.i18n.reference_text import translation_status

    item = reference.item("pns.1")
    assert translation_status(item, "fr") == "official"
    assert translation_status(item, "nl") in ("working", "official", "missing")
