"""The catalogues are complete (Dutch), cover the labels (German), match their .po and the code."""

from __future__ import annotations

import gettext
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from zonalplan.i18n import LANGUAGES, LOCALE_DIR, translations
from zonalplan.i18n.catalog import compile_po, extract, po_path
from zonalplan.i18n.vocabulary import TERMS, glossary_markdown

ROOT = LOCALE_DIR.parents[2]


@pytest.fixture(scope="module")
def messages():
    return extract()


@pytest.fixture(scope="module")
def catalogues():
    out = {}
    for language in ("nl", "de"):
        with po_path(language).open("rb") as handle:
            out[language] = read_po(handle, locale=language)
    return out


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_message_of_the_code_is_in_the_catalogues(messages, catalogues):
    for language, catalogue in catalogues.items():
        absent = [m.msgid for m in messages if catalogue.get(m.msgid) is None]
        assert not absent, f"{language}.po : messages absents (lancez python -m " \
                           f"zonalplan.i18n.catalog) : {absent[:5]}"


def test_every_message_has_a_dutch_translation(messages, catalogues):
    catalogue = catalogues["nl"]
    untranslated = [m.msgid for m in messages if not catalogue.get(m.msgid).string]
    assert not untranslated, f"sans traduction néerlandaise : {untranslated[:10]}"


def test_german_translates_every_title_and_label(messages, catalogues):
    """German: at least titles and labels (short texts that are not sentences)."""
    catalogue = catalogues["de"]
    labels = [m.msgid for m in messages
              if len(m.msgid) <= 60 and not m.msgid.rstrip().endswith((".", ":"))]
    assert len(labels) > 150
    missing = [m for m in labels if not catalogue.get(m).string]
    assert not missing, f"libellés sans traduction allemande : {missing[:10]}"


def test_translations_keep_the_placeholders(messages, catalogues):
    for language, catalogue in catalogues.items():
        for m in messages:
            translated = catalogue.get(m.msgid).string
            if translated:
                assert _fields(translated) == _fields(m.msgid), (language, m.msgid, translated)
                assert translated.count("{{") == m.msgid.count("{{"), (language, m.msgid)
                assert translated.count("{%") == m.msgid.count("{%"), (language, m.msgid)


@pytest.mark.parametrize("language", ["nl", "de"])
def test_compiled_catalogue_matches_its_source(language):
    committed = po_path(language).with_suffix(".mo")
    fresh = gettext.GNUTranslations(__import__("io").BytesIO(compile_po(language)))
    assert committed.is_file()
    with committed.open("rb") as handle:
        loaded = gettext.GNUTranslations(handle)
    assert loaded._catalog == fresh._catalog, (
        f"{committed.name} ne correspond plus au .po : lancez python -m zonalplan.i18n.catalog")


def test_translations_are_read_from_the_compiled_catalogue():
    assert translations("nl").gettext("Capacité disponible") == "Beschikbare capaciteit"
    assert translations("de").gettext("Capacité disponible") == "Verfügbare Kapazität"
    assert translations("fr").gettext("Capacité disponible") == "Capacité disponible"


def test_no_message_is_an_f_string():
    """extract() refuses ``_(f"…")``: such a message could never be translated."""
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (ROOT / "zonalplan").rglob("*.py"))
    assert not re.search(r"\b_\(f[\"']", source)


def test_vocabulary_has_every_term_in_every_language():
    for key, entry in TERMS.items():
        for language in LANGUAGES:
            assert getattr(entry, language).strip(), (key, language)


def test_vocabulary_uses_belgian_police_terms():
    assert TERMS["role.chief"].nl == "Korpschef"
    assert TERMS["org.czs"].nl == "Zonale veiligheidsraad"
    assert TERMS["role.prosecutor"].nl == "Procureur des Konings"
    assert TERMS["role.neighbourhood_officer"].nl == "Wijkinspecteur"
    assert TERMS["doc.pns"].nl == "Nationaal Veiligheidsplan"
    assert TERMS["doc.ncsi"].nl == "Kadernota Integrale Veiligheid"
    assert [TERMS[f"func.{f}"].nl for f in ("quartier", "accueil", "intervention", "victimes",
                                            "recherche", "ordre_public", "circulation")] == [
        "Wijkwerking", "Onthaal", "Interventie", "Politionele slachtofferbejegening",
        "Lokale opsporing en onderzoek", "Handhaving van de openbare orde", "Verkeer"]


def test_glossary_document_is_generated_from_the_vocabulary():
    committed = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    assert (
        committed == glossary_markdown()
    ), "docs/glossary.md : régénérez-le (python -m zonalplan.i18n.vocabulary > docs/glossary.md)"


def test_catalogue_files_are_where_the_package_reads_them():
    for language in ("nl", "de"):
        assert Path(LOCALE_DIR / language / "LC_MESSAGES" / "zonalplan.mo").is_file()
