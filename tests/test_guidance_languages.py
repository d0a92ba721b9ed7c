"""Chapter advice in Dutch and German: every chapter, the same structure as the French text, and a
visible notice when a language's file is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonalplan import guidance as module
from zonalplan.guidance import (
    CHAPTERS,
    FALLBACK_NOTICE,
    GUIDANCE_DIR,
    guidance,
    guidance_path,
    set_language,
)

FRENCH_HEADINGS = ("## À inclure", "## Exemples", "## Attention", "## Aide à la saisie")


@pytest.mark.parametrize("language", ["nl", "de"])
@pytest.mark.parametrize("chapter", [c.id for c in CHAPTERS])
def test_every_chapter_has_advice_in_the_language(language: str, chapter: str) -> None:
    path = guidance_path(chapter, language)
    assert path.exists(), f"conseils absents : {path.relative_to(GUIDANCE_DIR.parent)}"
    text = path.read_text(encoding="utf-8")
    assert not any(h in text for h in FRENCH_HEADINGS)
    local, french = guidance(chapter, language=language), guidance(chapter, language="fr")
    assert local.title and local.title != french.title
    assert local.summary and not local.summary.startswith(FALLBACK_NOTICE[language])
    assert (len(local.contents), len(local.examples), len(local.tips)) == \
        (len(french.contents), len(french.examples), len(french.tips))
    assert local.ref_ids == french.ref_ids and local.sources == french.sources
    assert set(local.placeholders) == set(french.placeholders)
    assert all(local.placeholders.values())


@pytest.mark.parametrize("language, words", [("nl", ("korpschef", "zonale veiligheidsraad")),
                                             ("de", ("Korpschef", "Zonale Sicherheitsrat"))])
def test_advice_uses_the_belgian_police_vocabulary(language: str, words: tuple[str, ...]) -> None:
    text = " ".join(guidance_path(c.id, language).read_text(encoding="utf-8") for c in CHAPTERS)
    assert all(word.casefold() in text.casefold() for word in words)
    assert "conseil zonal" not in text and "chef de corps" not in text


def test_missing_translation_falls_back_to_french_with_a_notice(tmp_path: Path) -> None:
    text = "# Capacité\n\nTexte français.\n\n## À inclure\n- Un\n"
    (tmp_path / "capacity.md").write_text(text, encoding="utf-8")
    advice = guidance("capacity", tmp_path, language="nl")
    assert advice.summary.startswith(FALLBACK_NOTICE["nl"])
    assert "Texte français." in advice.summary and advice.contents == ("Un",)
    assert guidance("capacity", tmp_path, language="fr").summary == "Texte français."
    assert guidance("zone", tmp_path, language="de").summary == ""  # no file at all


def test_language_setting_chooses_the_default() -> None:
    try:
        set_language("nl")
        assert guidance("capacity").title == "Capaciteit"
        set_language("de")
        assert guidance("capacity").title == "Kapazität"
        set_language("en")
        assert module._language == "fr"
        assert guidance("capacity").title == guidance("capacity", language="fr").title
    finally:
        set_language("fr")
