"""Data import, the data and reference commands, the new cycle and the plan-file errors speak the
language asked: no French fixed text reaches a Dutch or German user, and no French literal is
raised to a user without the catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from zonalplan.cli import main
from zonalplan.demo import build_demo_plan
from zonalplan.demo.samples import write_samples
from zonalplan.evidence.importing import import_bytes
from zonalplan.evidence.reading import DataImportError
from zonalplan.followup.cycle import new_cycle
from zonalplan.i18n import LOCALE_DIR, using
from zonalplan.model import PlanError
from zonalplan.store import create_plan_file, read_plan

ROOT = LOCALE_DIR.parents[2]
COMMUNES = [("Rivemont", "92171"), ("Sambrecourt", "92172")]
FRENCH = re.compile(r"\b(ligne|colonne|fichier|n'est pas|aucune?|introuvable|illisible|importé|"
                    r"Remarque|Jeu de données|remplacé|gardée|source :|commune|objectif|"
                    r"plan précédent|candidats|chefs de corps|fusionnée|traduction|thème du|"
                    r"écrit|période)\b", re.IGNORECASE)


pytestmark = pytest.mark.usefixtures("french_afterwards")


BAD_FILES = {
    "vide.csv": b"",
    "binaire.csv": b"\x00\x01\x02" * 50,
    "sans-separateur.csv": b"uneseulecolonne\nvaleur\n",
    "en-tete-vide.csv": b";;\n1;2;3\n",
    "mauvaise-largeur.csv": "Commune;Catégorie;2023\nRivemont;Vols;1;2\n".encode(),
    "sans-lignes.csv": "Commune;Catégorie;2023\n".encode(),
    "pas-un-nombre.csv": "Commune;Catégorie;2023\nRivemont;Vols;beaucoup\n".encode(),
    "negatif.txt": b"DT_DAY|CD_MUNTY_REFNIS|MS_ACCT\n2024-01-02|92171|-3\n",
    "mauvaise-date.txt": b"DT_DAY|CD_MUNTY_REFNIS|MS_ACCT\nhier|92171|1\n",
    "autres-communes.txt": b"DT_DAY|CD_MUNTY_REFNIS|MS_ACCT\n2024-01-02|11111|1\n",
    "colonne-absente.txt": b"DT_DAY|MS_ACCT\n2024-01-02|1\n",
    "inconnu.csv": b"a;b;c\n1;2;3\n",
    "sans-annee-2.txt": b"CD_REFNIS|MS_POPULATION\n92171|12\n",
    "part-hors-bornes.csv": "Question;Réponse;Part (%)\nQ;R;140\n".encode(),
    "classeur.xlsx": b"PK\x03\x04 pas vraiment un classeur",
}
"""One file per refusal path of the import: empty, binary, no delimiter, empty header, wrong width,
no rows, not a number, negative count, bad date, other communes, missing column, unknown format,
unknown year, share out of range, damaged workbook."""


def _refusal(name: str, data: bytes, language: str) -> str:
    with using(language), pytest.raises(DataImportError) as caught:
        import_bytes(name, data, COMMUNES)
    return str(caught.value)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_import_refusal_is_translated_and_names_the_file(name):
    french = _refusal(name, BAD_FILES[name], "fr")
    for language in ("nl", "de"):
        message = _refusal(name, BAD_FILES[name], language)
        assert message != french, (language, message)
        assert name in message
        assert not FRENCH.search(message.replace(name, "")), (language, message)


def test_a_bad_cell_is_named_by_file_line_and_column_in_dutch():
    data = "Commune;Catégorie;2022;2023\nRivemont;Vols;12;douze\n".encode()
    message = _refusal("criminaliteit.csv", data, "nl")
    assert message == "criminaliteit.csv, regel 2, kolom 2023: « douze » is geen getal."
    german = _refusal("kriminalitaet.csv", data, "de")
    assert german == "kriminalitaet.csv, Zeile 2, Spalte 2023: « douze » ist keine Zahl."


def test_import_notes_and_default_source_follow_the_language():
    data = "Commune;Catégorie;2023\nRivemont;Vols;3\n".encode("cp1252")
    with using("nl"):
        dataset = import_bytes("crime.csv", data, COMMUNES)
    assert dataset.provenance.source == "Federale politie, politiële criminaliteitsstatistieken"
    assert any("overlappen" in note for note in dataset.provenance.notes)
    assert dataset.name == "criminaliteit"


@pytest.fixture
def data_plan(tmp_path: Path) -> Path:
    plan = build_demo_plan("nl")
    plan.datasets = []
    path = tmp_path / "voorbeeld.zplan"
    create_plan_file(path, plan)
    return path


def _samples(tmp_path: Path) -> dict[str, Path]:
    return {p.name: p for p in write_samples(tmp_path / "samples")}


def test_data_commands_in_dutch_print_no_french_fixed_text(data_plan, tmp_path, capsys):
    samples = _samples(tmp_path)
    plan = read_plan(data_plan)
    codes = [c.nis_code for c in plan.zone.communes]
    source = samples["TF_ACCIDENTS_2024.txt"]
    text = source.read_text(encoding="utf-8-sig")
    for old, new in zip(("92171", "92172", "92173"), codes):  # the Flemish zone's INS codes
        text = text.replace(old, new)
    source.write_text(text, encoding="utf-8")
    assert main(["data", "import", str(data_plan), str(source), "--language", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Gegevensset « ongevallen 2024 » geïmporteerd" in out and "verkeersongevallen" in out
    assert main(["data", "list", str(data_plan), "--language", "nl"]) == 0
    listed = capsys.readouterr().out
    assert "geïmporteerd op" in listed and "bron: Statbel (Algemene Directie Statistiek)" in listed
    assert main(["data", "show", str(data_plan), "ongevallen 2024", "--language", "nl"]) == 0
    shown = capsys.readouterr().out
    assert "ongevallen met lichamelijk letsel" in shown and "Totaal zone" in shown
    for printed in (out, listed, shown):
        assert not FRENCH.search(printed.replace(source.name, "")), printed


def test_data_errors_in_german(data_plan, tmp_path, capsys):
    bad = tmp_path / "leer.csv"
    bad.write_bytes(b"")
    assert main(["data", "import", str(data_plan), str(bad), "--language", "de"]) == 2
    assert "leer.csv: die Datei ist leer." in capsys.readouterr().err
    assert main(["data", "show", str(data_plan), "nichts", "--language", "de"]) == 2
    assert "kein Datensatz « nichts »" in capsys.readouterr().err


def test_reference_show_in_dutch_has_no_french_fixed_text(capsys):
    assert main(["reference", "show", "pns.1", "--language", "nl"]) == 0
    out = capsys.readouterr().out
    head, _source, rest = out.partition("Bron:")  # the citation names the French edition
    assert "[pns.1] thema van het NVP [werkvertaling]" in head
    assert "vastgestelde overeenkomst" in rest or "vermeld door de bron" in rest
    for french in ("thème du PNS", "traduction de travail", "(derived)", "(cited)"):
        assert french not in out


def test_reference_follows_the_locale_without_option(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert main(["reference", "show", "pns.1"]) == 0
    assert "Georganiseerde criminaliteit" in capsys.readouterr().out


def test_new_cycle_notes_and_lessons_in_dutch():
    previous = build_demo_plan("nl")
    with using("nl"):
        plan, report = new_cycle([previous], previous.period.end_year + 1)
    notes = " ".join(report.notes)
    assert "doelstelling(en) van de vorige cyclus voorgesteld als kandidaten" in notes
    assert not FRENCH.search(notes), notes
    assert plan.sections.env_lessons.startswith("Balans van")
    assert "Aan te vullen door de staf" in plan.sections.env_lessons


def test_merger_notes_in_german():
    first, second = build_demo_plan("de"), build_demo_plan("nl")
    second.zone.number = "5999" if first.zone.number != "5999" else "5998"
    second.zone.communes = [c.model_copy(update={"name": c.name + " Nord", "nis_code": None})
                            for c in second.zone.communes]
    second.czs_members = [m.model_copy(update={"id": f"nl-{m.id}"}) for m in second.czs_members]
    with using("de"):
        _plan, report = new_cycle([first, second], 2032)
    notes = " ".join(report.notes)
    assert "Fusionierte Zone aus 2 Zonen" in notes
    assert not FRENCH.search(notes), notes


def test_plan_file_errors_in_dutch(tmp_path):
    existing = tmp_path / "bestaand.zplan"
    create_plan_file(existing, build_demo_plan("nl"))
    with using("nl"), pytest.raises(PlanError) as caught:
        create_plan_file(existing, build_demo_plan("nl"))
    assert str(caught.value) == ("bestaand.zplan bestaat al; kies een andere naam (er is niets "
                                 "geschreven).")
    broken = tmp_path / "kapot.zplan"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with using("nl"), pytest.raises(PlanError) as caught:
        read_plan(broken)
    assert str(caught.value).startswith("kapot.zplan: ") and not FRENCH.search(str(caught.value))


# -- the whole class: no French literal raised or printed without the catalogue ----------------

ERRORS = {"PlanError", "UnusableInputError", "DataImportError", "TemplateProblem",
          "LimitExceeded", "ValueError", "ReviewCancelled"}
FINDINGS = {"Finding", "_f"}
CURATION = {"zonalplan/reference/sources.py", "zonalplan/reference/translations.py",
            "zonalplan/alignment/suggest_lexicon.py"}
"""Modules that read the maintainers' curated data files at build time (French on purpose)."""


def _literal_words(node: ast.expr) -> str:
    parts = [node] if isinstance(node, ast.Constant) else \
        node.values if isinstance(node, ast.JoinedStr) else []
    return "".join(p.value for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str))


def test_no_error_or_cli_output_is_a_french_literal():
    found = []
    for path in sorted((ROOT / "zonalplan").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in CURATION or "/demo/" in rel:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            shown = [node.args[0]] if name in ERRORS or (
                name == "print" and rel.startswith("zonalplan/cli/")) else \
                node.args[2:5:2] if name in FINDINGS else []  # a finding's message and hint
            if any(re.search(r"[A-Za-zÀ-ÿ]{3,}", _literal_words(arg)) for arg in shown):
                found.append(f"{rel}:{node.lineno}")
    assert not found, f"messages sans _() : {found}"



def test_dutch_cover_names_the_frame_editions_with_dutch_abbreviations(tmp_path):
    from tests.i18n.test_export_languages import document_texts
    from zonalplan.export import export_plan
    from zonalplan.i18n.vocabulary import local_abbreviations
    from zonalplan.reference import load_reference

    out = tmp_path / "voorbeeld.docx"
    export_plan(build_demo_plan("nl"), out, reference=load_reference())
    cover = " ".join(document_texts(out))
    assert "Nationaal referentiekader: NVP 2026-2029 / KIV 2026-2029" in cover
    assert local_abbreviations("PNS 2026-2029 / NCSI 2026-2029", "de") == \
        "NSP 2026-2029 / RNIS 2026-2029"


def test_refused_reference_pack_is_explained_in_dutch_and_german(tmp_path) -> None:
    """A hostile reference pack is refused in the user's language, naming the entry."""
    import zipfile

    from zonalplan.i18n import using
    from zonalplan.reference import load_reference
    from zonalplan.reference.packs import PackError, read_pack

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../etc/x.yaml", "a: 1")
    reference = load_reference()
    for language, words in (("nl", "Archief geweigerd"), ("de", "Archiv abgelehnt")):
        with using(language):
            try:
                read_pack(evil, reference)
            except PackError as exc:
                assert words in str(exc) and "../../etc/x.yaml" in str(exc)
                assert "refusée" not in str(exc)
            else:
                raise AssertionError("pack accepted")
