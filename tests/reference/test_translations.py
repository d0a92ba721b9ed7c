"""The national frame in Dutch and German: loading, lookup, visible fallback, CLI, coverage."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonalplan.cli import main
from zonalplan.model import UnusableInputError
from zonalplan.reference import Reference, ensure_database, load_reference
from zonalplan.reference.build import database_path
from zonalplan.reference.sources import reference_dir
from zonalplan.reference.translations import (
    coverage_report,
    load_translations,
    translation_files,
)

IDS = {"pns.1", "pns.1.1", "gloss.pns"}
SOURCES = {"pns", "ncsi"}


def write(folder: Path, lang: str, name: str, text: str) -> Path:
    path = folder / "i18n" / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- loader -------------------------------------------------------------------------------------

def test_files_of_one_language_are_merged_with_their_status(tmp_path: Path) -> None:
    write(tmp_path, "nl", "a.yaml", "language: nl\nstatus: working\ndocuments:\n"
          "  pns: {title: Nationaal Veiligheidsplan, short_title: NVP}\n"
          "items:\n  pns.1: {title: Georganiseerde criminaliteit, text: Tekst.}\n")
    write(tmp_path, "nl", "b.yaml", "language: nl\nstatus: official\nitems:\n"
          "  pns.1.1: {title: Drugs}\n  gloss.pns: {title: NVP, status: working}\n")
    write(tmp_path, "de", "a.yaml", "language: de\nitems:\n  pns.1: {title: Organisierte "
          "Kriminalität}\n")
    tr = load_translations(tmp_path, IDS, SOURCES)
    nl = tr.items["nl"]
    assert (nl["pns.1"].title, nl["pns.1"].text, nl["pns.1"].status) == (
        "Georganiseerde criminaliteit", "Tekst.", "working")
    assert (nl["pns.1.1"].text, nl["pns.1.1"].status) == (None, "official")
    assert nl["gloss.pns"].status == "working"  # the item's own status wins over the file's
    assert tr.items["de"]["pns.1"].status == "working"  # the default status
    assert tr.documents["nl"]["pns"].short_title == "NVP"


@pytest.mark.parametrize("files, message", [
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: A}\n",
      "b.yaml": "language: nl\nitems:\n  pns.1: {title: B}\n"},
     "i18n/nl/b.yaml : « pns.1 » est déjà traduit en « nl » dans i18n/nl/a.yaml"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: A}\n  pns.1: {title: B}\n"},
     "i18n/nl/a.yaml, ligne 4 : clé « pns.1 » donnée deux fois"),
    ({"a.yaml": "language: nl\nitems:\n  pns.99: {title: A}\n"},
     "i18n/nl/a.yaml : « pns.99 » n'existe pas dans la référence"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: 2026}\n"},
     "i18n/nl/a.yaml : « pns.1 »"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: A, text: [B]}\n"},
     "i18n/nl/a.yaml : « pns.1 »"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: A, txet: B}\n"},
     "i18n/nl/a.yaml : « pns.1 »"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: A, status: draft}\n"},
     "i18n/nl/a.yaml : « pns.1 »"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: {title: ''}\n"}, "i18n/nl/a.yaml : « pns.1 »"),
    ({"a.yaml": "language: nl\nitems:\n  pns.1: Georganiseerde criminaliteit\n"},
     "i18n/nl/a.yaml : « pns.1 »"),
    ({"a.yaml": "language: nl\nstatus: working\nitem:\n  pns.1: {title: A}\n"},
     "i18n/nl/a.yaml : en-tête"),
    ({"a.yaml": "language: de\nitems:\n  pns.1: {title: A}\n"},
     "i18n/nl/a.yaml : « language: de » dans le dossier « nl »"),
    ({"a.yaml": "language: nl\ndocuments:\n  xyz: {title: A, short_title: B}\nitems: {}\n"},
     "i18n/nl/a.yaml : le document « xyz » n'existe pas"),
    ({"a.yaml": "language: nl\ndocuments:\n  pns: {title: A}\nitems: {}\n"},
     "i18n/nl/a.yaml : le document « pns »"),
    ({"a.yaml": "- language: nl\n"}, "i18n/nl/a.yaml : le fichier doit contenir"),
    ({"a.yaml": "language: nl\nitems: {pns.1: {title: 'A}\n"}, "i18n/nl/a.yaml, ligne"),
])
def test_a_bad_translation_file_stops_the_build_naming_file_and_id(
        tmp_path: Path, files: dict[str, str], message: str) -> None:
    for name, text in files.items():
        write(tmp_path, "nl", name, text)
    with pytest.raises(UnusableInputError) as err:
        load_translations(tmp_path, IDS, SOURCES)
    assert message in str(err.value)
    assert "Traceback" not in str(err.value) and "validation error" not in str(err.value)


def test_bad_type_message_is_french_and_names_the_field(tmp_path: Path) -> None:
    write(tmp_path, "nl", "a.yaml", "language: nl\nitems:\n  pns.1: {title: A, txet: B}\n")
    with pytest.raises(UnusableInputError, match="(?i)txet : n'est pas un champ connu"):
        load_translations(tmp_path, IDS, SOURCES)
    write(tmp_path, "nl", "a.yaml", "language: nl\nitems:\n  pns.1: {title: 2026}\n")
    with pytest.raises(UnusableInputError, match="Titre : doit être un texte"):
        load_translations(tmp_path, IDS, SOURCES)


# -- compiled reference with a small translation set -------------------------------------------

@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The real sources with a hand-made translation set (independent of the shipped one)."""
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(reference_dir(), src, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("lexicon", "i18n"))
    write(src, "nl", "test.yaml", "language: nl\ndocuments:\n"
          "  pns: {title: Nationaal Veiligheidsplan 2026-2029, short_title: NVP 2026-2029}\n"
          "items:\n"
          "  pns.ch2: {title: Nationale veiligheidsthema's}\n"
          "  pns.1: {title: Georganiseerde criminaliteit, text: 'De georganiseerde misdaad "
          "bedreigt onze samenleving; woninginbraken niet.'}\n"
          "  pns.1.1: {title: Drugs, status: official}\n")
    cache = tmp_path_factory.mktemp("cache")
    return Reference.open(ensure_database(cache, src))


def test_item_in_dutch_with_status_and_localized_path(small: Reference) -> None:
    item = small.item("pns.1", "nl")
    assert (item.title, item.language, item.translation, item.fallback) == (
        "Georganiseerde criminaliteit", "nl", "working", ())
    assert item.text.startswith("De georganiseerde misdaad")
    assert item.path == ("NVP 2026-2029", "2 Nationale veiligheidsthema's",
                         "1 Georganiseerde criminaliteit")
    assert item.provenance["translation"] == "working"
    assert item.provenance["section"] == small.item("pns.1").provenance["section"]
    assert item.reference == small.item("pns.1").reference  # cites the French edition
    data = item.to_json()
    assert (data["title"], data["translation"], data["language"]) == (
        "Georganiseerde criminaliteit", "working", "nl")
    french = small.item("pns.1")
    assert (french.title, french.translation, french.language) == (
        "Criminalité organisée", "original", "fr")
    assert small.item("pns.1", "fr") is french


def test_untranslated_parts_fall_back_to_french_visibly(small: Reference) -> None:
    drugs = small.item("pns.1.1", "nl")
    assert (drugs.title, drugs.translation, drugs.fallback) == ("Drugs", "official", ("text",))
    assert drugs.text == small.item("pns.1.1").text  # French, and said so
    missing = small.item("pns.2", "nl")
    assert missing.title == small.item("pns.2").title
    assert (missing.translation, missing.fallback) == ("missing", ("title", "text"))
    assert missing.to_json()["fallback"] == ["title", "text"]
    assert not missing.translated and drugs.translated
    german = small.item("pns.1", "de")
    assert german.translation == "missing" and german.path[0] == "PNS 2026-2029"


def test_items_children_and_documents_in_a_language(small: Reference) -> None:
    kids = small.children("pns.ch2", "nl")
    assert kids[0].title == "Georganiseerde criminaliteit"
    assert {k.language for k in kids} == {"nl"}
    assert len(small.items("pns", language="nl")) == len(small.items("pns"))
    assert small.document_title("pns", "nl")[:2] == ("Nationaal Veiligheidsplan 2026-2029",
                                                     "NVP 2026-2029")
    assert small.document_title("ncsi", "nl") is None
    assert small.languages() == ["fr", "nl"]
    assert small.source_translation("pns", "nl") == "partial"
    assert small.source_translation("ncsi", "nl") == "missing"
    assert small.source_translation("pns", "fr") == "original"


def test_search_finds_dutch_words_and_answers_in_the_language(small: Reference) -> None:
    hits = small.search("bedreigt samenleving", language="nl")
    assert hits and hits[0].item.id == "pns.1"
    assert hits[0].item.title == "Georganiseerde criminaliteit"
    assert "«bedreigt»" in hits[0].snippet
    french = small.search("bedreigt samenleving")  # found in French too, titles in French
    assert french[0].item.id == "pns.1" and french[0].item.title == "Criminalité organisée"
    mixed = {h.item.id: h for h in small.search("georganiseerde misdaad", language="nl")}
    assert "misdaad" in mixed["pns.1"].snippet and mixed["pns.1"].item.language == "nl"
    assert small.search("criminalité organisée", language="nl")[0].item.language == "nl"


def test_database_is_keyed_by_translation_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(reference_dir(), src, ignore=shutil.ignore_patterns("lexicon", "i18n"))
    before = database_path(tmp_path, src)
    path = write(src, "nl", "x.yaml", "language: nl\nitems:\n  pns.1: {title: A}\n")
    with_file = database_path(tmp_path, src)
    assert with_file != before
    path.write_text("language: nl\nitems:\n  pns.1: {title: B}\n", encoding="utf-8")
    assert database_path(tmp_path, src) not in (before, with_file)


# -- the shipped translations ------------------------------------------------------------------

@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def test_cli_shows_an_item_in_dutch_with_its_status(capsys: pytest.CaptureFixture) -> None:
    assert main(["reference", "show", "pns.1", "--language", "nl", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Georganiseerde criminaliteit"
    assert "georganiseerde criminaliteit" in data["text"].lower()
    assert (data["translation"], data["language"], data["fallback"]) == ("working", "nl", [])
    assert data["path"][0].startswith("NVP")
    assert set(data) >= {"id", "kind", "title", "text", "path", "provenance", "children"}
    assert main(["reference", "show", "pns.1", "--language", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Georganiseerde criminaliteit" in out and "[werkvertaling]" in out
    assert "traduction" not in out and "thème du PNS" not in out and "(derived)" not in out


def test_cli_search_and_export_in_a_language(capsys: pytest.CaptureFixture) -> None:
    assert main(["reference", "search", "verkeersveiligheid", "--language", "nl", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert "pns.5" in [h["id"] for h in hits][:3]
    assert all(h["language"] == "nl" for h in hits)
    assert main(["reference", "export", "--json", "--language", "de"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)}
    assert items["pns.5"]["translation"] == "working" and items["pns.5"]["language"] == "de"
    assert main(["reference", "export", "--json"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)}
    assert items["pns.5"]["translation"] == "original"


def _missing(ref: Reference, lang: str, source: str, field: str = "title") -> list[str]:
    items = ref.items(source=source, language=lang)
    return [i.id for i in items if field in i.fallback]


def test_every_pns_item_has_a_dutch_and_a_german_title(ref: Reference) -> None:
    assert _missing(ref, "nl", "pns") == []
    assert _missing(ref, "de", "pns") == []
    assert _missing(ref, "nl", "pns", "text") == []  # every text too, action plans included
    assert _missing(ref, "de", "pns", "text") == []
    assert ref.source_translation("pns", "nl") == "working"


def test_every_source_has_its_document_title_in_dutch_and_german(ref: Reference) -> None:
    sources = {i.source for i in ref.items()}
    for lang in ("nl", "de"):
        assert {s for s in sources if ref.document_title(s, lang) is None} == set(), lang


@pytest.mark.parametrize("source", ["pns", "ncsi", "ssn", "goci", "mfa", "pzs"])
def test_every_item_of_every_source_is_translated(ref: Reference, source: str) -> None:
    """Dutch: title and text of every item; German: every title (the ids missing are listed)."""
    assert _missing(ref, "nl", source) == []
    assert _missing(ref, "nl", source, "text") == []
    assert _missing(ref, "de", source) == []
    assert ref.source_translation(source, "nl") in ("working", "official")


def test_shipped_files_follow_the_layout() -> None:
    files = translation_files(reference_dir())
    assert {p.parent.name for p in files} == {"nl", "de"}
    assert all(p.suffix == ".yaml" for p in files)


FRENCH_WORDS = re.compile(r"\b(le|la|les|du|et|est|une|pour|avec|qui|que|aux|ou|sont)\b")


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_translations_are_not_french_left_untranslated(ref: Reference, lang: str) -> None:
    """A field with two or more French function words was probably copied, not translated.

    Quoted names (a French project title such as « Pour une Approche… » (PAALCO)) may stay French.
    """
    suspicious = []
    for item_id, (title, text, _status) in sorted(ref.translations.get(lang, {}).items()):
        for value in (title, text or ""):
            unquoted = re.sub(r'"[^"]*"|«[^»]*»|„[^“]*“', "", value)
            words = set(FRENCH_WORDS.findall(unquoted.lower()))
            if len(words) >= 2:
                suspicious.append(f"{item_id}: {sorted(words)} « {value[:60]} »")
    assert suspicious == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(max_size=300),
    st.builds(lambda k, v: f"language: nl\nitems:\n  {k}: {v}\n",
              st.sampled_from(["pns.1", "pns.99", "[a]", "? [x]", "1", "null", "~", "pns.1.1"]),
              st.text(max_size=60)),
    st.sampled_from(["language: nl\nitems:\n  ? [a, b]\n  : {title: A}\n",
                     "language: nl\nitems: !!python/object:os.system {}\n",
                     "language: nl\nitems: &a [*a]\n", "\ufeff\x00\x01", "language: [nl]\n",
                     "language: nl\nstatus: 3\nitems: {}\n", "language: nl\nitems: []\n"])))
def test_any_file_content_loads_or_gives_a_french_message(tmp_path: Path, content: str) -> None:
    path = write(tmp_path, "nl", "x.yaml", "")
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    try:
        tr = load_translations(tmp_path, IDS, SOURCES)
    except UnusableInputError as exc:
        assert str(exc).startswith("i18n/nl/x.yaml")
    else:
        assert set(tr.items.get("nl", {})) <= IDS


def test_coverage_report_names_what_is_missing(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(reference_dir(), src, ignore=shutil.ignore_patterns("lexicon", "i18n"))
    write(src, "nl", "x.yaml", "language: nl\nitems:\n  pns.1: {title: A}\n  pns.2: {title: B, "
          "text: C}\n")
    lines = coverage_report(src)
    pns = lines[[n for n, line in enumerate(lines) if line.startswith("nl pns:")][0]:]
    items = load_reference().items("pns")
    assert pns[0] == (f"nl pns: 2/{len(items)} titres, "
                      f"1/{sum(1 for i in items if i.text)} textes")
    assert pns[1].startswith("  sans titre : pns.ch1, pns.reg.1")
    assert pns[2].startswith("  sans texte : pns.1") and "(et " not in pns[2]


def test_build_with_translations_is_deterministic(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(reference_dir(), src, ignore=shutil.ignore_patterns("lexicon"))
    one, two = (Reference.open(ensure_database(tmp_path / name, src))
                for name in ("c1", "c2") if (tmp_path / name).mkdir() is None)
    assert one.translations == two.translations and one.translations["nl"]
    assert one.document_titles == two.document_titles
    assert [one.item(i, "nl") for i in one.order] == [two.item(i, "nl") for i in two.order]
    assert [h.item.id for h in one.search("verkeer", language="nl")] == [
        h.item.id for h in two.search("verkeer", language="nl")]


def test_an_item_answers_for_its_title_and_text_in_a_language(ref: Reference) -> None:
    """What a view asking ``item.title_in(lang)`` gets: the translation, or None (never French)."""
    theme = ref.item("pns.5")
    assert theme.title_in("nl") == "Verkeersveiligheid"
    assert theme.title_in("de") == "Verkehrssicherheit"
    assert theme.title_in("fr") == "Sécurité routière"
    assert theme.text_in("nl").startswith("De verkeersonveiligheid")
    assert ref.item("pns.5", "de").title_in("nl") == "Verkeersveiligheid"
    assert theme.title_in("en") is None and theme.text_in("en") is None
    assert theme == ref.item("pns.5")  # the back-reference takes no part in equality
