"""The interface translations: complete, faithful to the source strings, compiled and in step.

A string added in ``ui/`` without running ``resources/translations/update_ts.py`` (lupdate), or left
without a Dutch or German translation, or a ``.qm`` not rebuilt after a ``.ts`` change, fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.resources import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("nl", "de")
PLACEHOLDER = re.compile(r"%\d|%n|\{[^}]*\}|&nbsp;|<[^>]+>")
TOOLS = Path(sys.executable).parent


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """Return (context, source, translation element) for every message of a .ts file."""
    tree = ET.parse(TRANSLATIONS_DIR / f"zonalplan_{language}.ts")
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.find("translation"))
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def keys(language: str) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _ in messages(language)}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    missing = [(context, source) for context, source, tr in messages(language)
               if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished")
               or not (tr.text or "").strip()]
    assert not missing, f"{len(missing)} chaîne(s) sans traduction ({language}) : {missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_spaces(language: str) -> None:
    for context, source, tr in messages(language):
        text = tr.text or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), \
            (context, source, text)
        assert source.replace("&nbsp;", "").count("&") == text.replace("&nbsp;", "").count("&"), \
            (context, source, text)
        assert (source[:1] == " ", source[-1:] == " ") == (text[:1] == " ", text[-1:] == " "), \
            (context, source, text)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_language_has_the_same_strings_as_the_source(language: str) -> None:
    assert keys(language) == keys("fr")


def test_helper_marked_strings_are_listed_for_lupdate() -> None:
    """``_tr("…")`` helpers are invisible to lupdate: update_ts.py lists them for it."""
    result = subprocess.run([sys.executable, str(TRANSLATIONS_DIR / "update_ts.py"), "--check"],
                            cwd=ROOT)
    assert result.returncode == 0, "marked_strings.py est périmé : lancez update_ts.py"
    fr = keys("fr")
    assert ("actions", "&Fichier") in fr and ("help", "Raccourcis clavier") in fr
    assert ("review", "Résumé") in fr and ("session", "Restaurer l'état récupéré") in fr


def test_sources_have_no_string_missing_from_the_ts(tmp_path: Path) -> None:
    """Running lupdate on the code finds no string the committed .ts files do not have."""
    copy = tmp_path / "zonalplan_fr.ts"
    shutil.copy(TRANSLATIONS_DIR / "zonalplan_fr.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources,
                    str(TRANSLATIONS_DIR / "marked_strings.py"), "-source-language", "fr_BE",
                    "-target-language", "fr_BE", "-no-obsolete", "-silent", "-ts", str(copy)],
                   check=True, capture_output=True)
    tree = ET.parse(copy)
    found = {(c.findtext("name") or "", m.findtext("source") or "")
             for c in tree.getroot().iter("context") for m in c.iter("message")}
    assert found == keys("fr"), f"à mettre à jour : {sorted(found ^ keys('fr'))[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_qm_matches_its_ts(language: str, tmp_path: Path) -> None:
    out = tmp_path / f"zonalplan_{language}.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent",
                    str(TRANSLATIONS_DIR / f"zonalplan_{language}.ts"), "-qm", str(out)],
                   check=True, capture_output=True)
    committed = TRANSLATIONS_DIR / f"zonalplan_{language}.qm"
    assert committed.read_bytes() == out.read_bytes(), \
        f"{committed.name} est périmé : pyside6-lrelease {committed.with_suffix('.ts').name}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_qm_loads_and_translates(qapp, language: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / f"zonalplan_{language}.qm"))
    expected = {"nl": "&Bestand", "de": "&Datei"}[language]
    assert translator.translate("actions", "&Fichier") == expected
    for context, source, tr in messages(language)[:50]:
        assert translator.translate(context, source) == tr.text


def test_a_moved_string_keeps_its_translation_and_a_new_one_stays_unfinished(tmp_path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_ts", TRANSLATIONS_DIR / "update_ts.py")
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)
    ts = tmp_path / "zonalplan_nl.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
<context>
    <name>Old</name>
    <message>
        <source>Plan enregistré.</source>
        <translation>Plan opgeslagen.</translation>
    </message>
</context>
<context>
    <name>New</name>
    <message>
        <source>Plan enregistré.</source>
        <oldsource>Plan enregistre</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte nouveau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
""", encoding="utf-8")
    assert update_ts.reuse_translations(ts) == 1
    tree = ET.parse(ts)
    found = {(c.findtext("name"), m.findtext("source")): m.find("translation")
             for c in tree.getroot().iter("context") for m in c.iter("message")}
    moved = found[("New", "Plan enregistré.")]
    assert moved.text == "Plan opgeslagen." and moved.get("type") is None
    assert found[("New", "Texte nouveau")].get("type") == "unfinished"
