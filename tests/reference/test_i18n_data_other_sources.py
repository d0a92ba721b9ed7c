"""Dutch and German working translations of the national frame (NCSI, SSN, crime index, MFA, PZS).

Checked with yaml only: each translation file names only ids of its French source, every French
item has a title and a text in Dutch and in German, every figure of the French text is kept, and no
text carries OCR debris or stray French.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2] / "reference_data"
I18N = ROOT / "i18n"

# French file -> source id (its `document.source`, which is also the translation file's stem).
SOURCES = {
    "affaires-etrangeres-terrorisme.yaml": "mfa",
    "cadre-pzs.yaml": "pzs",
    "indice-criminalite-organisee-belgique.yaml": "goci",
    "strategie-securite-nationale.yaml": "ssn",
    "ncsi-2022-2024.yaml": "ncsi",
}
STATUSES = {"working", "official"}
OCR_DEBRIS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]|(?<=[a-z])-\n|\s{3,}\S|\w[’']\s")
FRENCH_WORDS = re.compile(
    r"\b(?:les|des|dans|avec|pour|une|sont|leurs?|aux|également|notamment)\b", re.IGNORECASE)
# "des" and "une" are German words too ("des Königs"); German texts are checked without them.
FRENCH_WORDS_DE = re.compile(
    r"\b(?:les|dans|avec|pour|sont|leurs?|aux|également|notamment)\b", re.IGNORECASE)


def _french(name: str) -> dict:
    data = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    return {item["id"]: item for item in data["items"]}


def _translation(language: str, source: str) -> dict:
    path = I18N / language / f"{source}.yaml"
    assert path.is_file(), f"missing translation file {path}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    assert data.get("language") == language, path
    assert data.get("status") in STATUSES, path
    # `documents` (edition and provenance of the translated texts) may be added beside the items.
    assert set(data) <= {"language", "status", "items", "documents"}, path
    assert isinstance(data["items"], dict) and data["items"], path
    return data["items"]


def _check_entries(entries: dict, french: dict, *, need_text: bool) -> None:
    unknown = sorted(set(entries) - set(french))
    assert not unknown, f"ids absent from the French file: {unknown}"
    missing = sorted(set(french) - set(entries))
    assert not missing, f"French items without translation: {missing}"
    for item_id, entry in entries.items():
        assert isinstance(entry, dict), item_id
        # `keywords`: words of this language the link suggestions match (strings, no repeats).
        assert set(entry) <= {"title", "keywords", "text", "status"}, item_id
        words = entry.get("keywords", [])
        assert isinstance(words, list), item_id
        assert all(isinstance(w, str) and w.strip() == w and w for w in words), item_id
        assert len({w.casefold() for w in words}) == len(words), item_id
        assert entry.get("status", "working") in STATUSES, item_id
        title = entry.get("title")
        assert isinstance(title, str) and title.strip() == title and title, item_id
        if need_text:
            text = entry.get("text")
            assert isinstance(text, str) and len(text.strip()) >= 20, item_id
        for value in (entry.get("title"), entry.get("text")):
            if value is None:
                continue
            assert isinstance(value, str), item_id
            assert not OCR_DEBRIS.search(value), (item_id, value)


@pytest.mark.parametrize(("name", "source"), sorted(SOURCES.items()))
def test_dutch_gives_title_and_text_for_every_item(name: str, source: str) -> None:
    french = _french(name)
    entries = _translation("nl", source)
    _check_entries(entries, french, need_text=True)
    for item_id, entry in entries.items():
        # Quoted proper names (a French project title such as PAALCO) may stay in French.
        unquoted = re.sub(r'"[^"]*"', "", entry["title"] + " " + entry["text"])
        words = FRENCH_WORDS.findall(unquoted)
        assert len(words) <= 2, (item_id, words)


@pytest.mark.parametrize(("name", "source"), sorted(SOURCES.items()))
def test_german_gives_title_and_text_for_every_item(name: str, source: str) -> None:
    french = _french(name)
    entries = _translation("de", source)
    _check_entries(entries, french, need_text=True)


@pytest.mark.parametrize("language", ["nl", "de"])
@pytest.mark.parametrize(("name", "source"), sorted(SOURCES.items()))
def test_translations_keep_the_numbers_of_the_french_text(
        name: str, source: str, language: str) -> None:
    """Every figure of a French title or text (years, counts, articles) stays in the translation."""
    french = _french(name)
    entries = _translation(language, source)
    for item_id, entry in entries.items():
        original = french[item_id]
        for key in ("title", "text"):
            if entry.get(key) is None:
                continue
            fr_numbers = set(re.findall(r"\d+", original.get(key) or ""))
            numbers = set(re.findall(r"\d+", entry[key]))
            lost = fr_numbers - numbers
            assert not lost, (item_id, key, sorted(lost))


@pytest.mark.parametrize(("name", "source"), sorted(SOURCES.items()))
def test_german_texts_carry_no_french_sentence(name: str, source: str) -> None:
    entries = _translation("de", source)
    for item_id, entry in entries.items():
        unquoted = re.sub(r'[„"][^“"]*[“"]', "", entry["title"] + " " + entry.get("text", ""))
        words = FRENCH_WORDS_DE.findall(unquoted)
        assert len(words) <= 2, (item_id, words)
