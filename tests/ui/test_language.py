"""The interface language: chosen by --language, the preference or the system; menus, Qt's own
buttons, numbers and advice follow it; changing it in the preferences offers a restart."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from ui.resources import TRANSLATIONS_DIR
from ui.shell.app import install_translations, parse_args
from ui.shell.language import choose_language, current_language
from zonalplan import guidance as guidance_module
from zonalplan.settings import Preferences, load_preferences, save_preferences

MENU_TITLES = {
    "nl": ["&Bestand", "B&ewerken", "&Hoofdstukken", "Bee&ld", "&Nalezen", "Hel&p"],
    "de": ["&Datei", "&Bearbeiten", "&Kapitel", "&Ansicht", "Du&rchsicht", "&Hilfe"],
}
CANCEL = {"nl": "Annuleren", "de": "Abbrechen"}
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def french_action_texts() -> set[str]:
    """Return every French source string of the menus and actions (context ``actions``)."""
    tree = ET.parse(TRANSLATIONS_DIR / "zonalplan_fr.ts")
    return {m.findtext("source") for c in tree.getroot().iter("context")
            if c.findtext("name") == "actions" for m in c.iter("message")}


@pytest.fixture
def speak(qapp):
    """Return a function installing a language; French and no translator again afterwards."""
    before = QLocale()

    def install(language: str) -> None:
        install_translations(qapp, language)

    yield install
    for translator in qapp.findChildren(QTranslator, "zonalplanTranslator"):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    guidance_module.set_language("fr")


@pytest.fixture
def clean_locale(monkeypatch: pytest.MonkeyPatch):
    """Clear the locale variables; the test sets the ones it needs."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("language", ["nl", "de"])
def test_main_window_started_in_a_language_shows_its_menus(speak, make_window, language):
    speak(language)
    window = make_window()
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert [a.text() for a in menus] == MENU_TITLES[language]
    french = french_action_texts()
    for action in menus:
        texts = [a.text() for a in action.menu().actions() if a.text()]
        assert not french.intersection(texts), (action.text(), french.intersection(texts))
        keys = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
        assert len(keys) == len(set(keys)), f"raccourci en double dans {action.text()} : {keys}"
    file_menu = menus[0].menu()
    assert {"nl": "Op&slaan", "de": "&Speichern"}[language] in [a.text()
                                                                 for a in file_menu.actions()]
    assert current_language() == language


def test_french_menus_have_no_duplicate_accelerators(make_window):
    window = make_window()
    for action in window.menuBar().actions():
        texts = [a.text() for a in action.menu().actions() if "&" in a.text()]
        keys = [t[t.index("&") + 1].casefold() for t in texts]
        assert len(keys) == len(set(keys)), (action.text(), keys)


@pytest.mark.parametrize("language", ["nl", "de"])
def test_qt_standard_buttons_numbers_and_advice_follow_the_language(speak, qtbot, language):
    speak(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert CANCEL[language] in [b.text() for b in box.buttons()]
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert QLocale().name() == f"{language}_BE"
    advice = guidance_module.guidance("capacity")
    assert advice.title == {"nl": "Capaciteit", "de": "Kapazität"}[language]


def test_french_interface_uses_belgian_french_numbers(speak):
    speak("fr")
    assert QLocale().name() == "fr_BE"
    assert QLocale().toString(1234.5, "f", 1).replace("\u202f", " ").replace("\xa0", " ") \
        == "1 234,5"
    assert current_language() == "fr"


def test_language_flag_is_parsed_and_wins(clean_locale, user_dirs):
    args, qt_args = parse_args(["--language", "nl", "plan.zplan", "-style", "fusion"])
    assert args.language == "nl" and args.file == Path("plan.zplan")
    assert qt_args == ["-style", "fusion"]
    save_preferences(Preferences(language="de"))
    clean_locale.setenv("LANG", "fr_BE.UTF-8")
    assert choose_language(args.language) == "nl"
    assert choose_language(None) == "de"  # the preference beats the system
    with pytest.raises(SystemExit):
        parse_args(["--language", "en"])


def test_system_locale_gives_the_default_language(clean_locale, user_dirs):
    clean_locale.setenv("LANG", "nl_BE.UTF-8")
    assert choose_language() == "nl"
    clean_locale.setenv("LANGUAGE", "de_BE:nl")
    assert choose_language() == "de"
    clean_locale.delenv("LANGUAGE")
    clean_locale.setenv("LANG", "C.UTF-8")
    assert choose_language() in ("fr", "nl", "de")  # Qt's system locale decides, else French


def test_preferences_dialog_round_trip(qtbot):
    from ui.shell.preferences_dialog import PreferencesDialog

    prefs = Preferences()
    dialog = PreferencesDialog(prefs, current_language="fr")
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == \
        ["Français", "Nederlands", "Deutsch"]
    assert dialog.language.currentData() == "fr"
    dialog.apply_to(prefs)
    assert prefs.language is None  # unchanged: keeps following the system
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.language_changed()
    dialog.apply_to(prefs)
    assert prefs.language == "nl"


@pytest.mark.parametrize("restart_now", [False, True])
def test_changing_the_language_saves_it_and_offers_a_restart(make_window, dialogs, monkeypatch,
                                                             demo_file, restart_now):
    import ui.shell.language as language_module

    restarted = []
    monkeypatch.setattr(language_module, "restart", lambda path=None: restarted.append(path) or True)

    def choose_dutch(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        return True

    dialogs.answer("exec_dialog", choose_dutch)
    dialogs.answer("confirm", restart_now)
    window = make_window()
    assert window.open_path(demo_file)
    window.show_preferences()
    assert load_preferences().language == "nl"
    assert len(dialogs.called("confirm")) == 1
    if restart_now:
        assert restarted == [demo_file] and window.session is None
    else:
        assert restarted == [] and window.session is not None


def test_same_language_asks_nothing(make_window, dialogs, monkeypatch):
    dialogs.answer("exec_dialog", True)
    window = make_window()
    window.show_preferences()
    assert dialogs.called("confirm") == []
    assert load_preferences().language is None


def test_strings_lupdate_could_not_place_in_a_class_are_still_translated(speak):
    from PySide6.QtCore import QCoreApplication

    speak("nl")
    source = "Restaurer l'état récupéré"  # also filed under the empty context
    assert QCoreApplication.translate("NoSuchClass", source) == "Herstelde toestand terugzetten"
    assert QCoreApplication.translate("NoSuchClass", "Pas dans le catalogue") == \
        "Pas dans le catalogue"
    speak("nl")  # installing again replaces, never stacks, the translators
    # Qt's gaps, Qt's catalogue, the context-free fallback and ZonalPlan's catalogue
    assert len(QCoreApplication.instance().findChildren(QTranslator, "zonalplanTranslator")) == 4


QT_ENGLISH = ("Look in", "Files of", "File name", "Cancel", "&Open", "&Save", "Detail View",
              "List View", "Parent Directory", "Create New Folder", "Date Modified", "Back",
              "Forward", "Enter a value", "&Yes", "&No", "Discard", "Size")


def _texts(widget) -> set[str]:
    from PySide6.QtWidgets import QComboBox, QWidget

    found = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        for getter in ("text", "toolTip", "windowTitle"):
            method = getattr(child, getter, None)
            try:
                value = method() if method else ""
            except TypeError:
                value = ""
            if isinstance(value, str) and value.strip():
                found.add(value)
        if isinstance(child, QComboBox):
            found |= {child.itemText(i) for i in range(child.count())}
    return found


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_qt_own_dialogs_are_fully_translated(speak, qtbot, tmp_path, language):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    speak(language)
    shown = []
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "t", str(tmp_path), "*.zplan")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        shown.append(dialog)
    buttons = QMessageBox.StandardButton
    shown.append(QMessageBox(QMessageBox.Icon.Question, "t", "m",
                             buttons.Yes | buttons.No | buttons.Save | buttons.Discard
                             | buttons.Cancel | buttons.Open))
    shown.append(QInputDialog())
    english = set()
    for dialog in shown:
        qtbot.addWidget(dialog)
        dialog.show()
        english |= {t for t in _texts(dialog)
                    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", t) for w in QT_ENGLISH)}
    assert not english, english


def test_demo_opens_in_the_interface_language(tmp_path, monkeypatch) -> None:
    """A Dutch interface gets the Flemish demo zone, a German one the German demo."""
    from ui.shell.demo_file import demo_plan_path
    from zonalplan.i18n import using
    from zonalplan.store import read_plan

    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path))
    with using("nl"):
        dutch = demo_plan_path()
    with using("de"):
        german = demo_plan_path()
    french = demo_plan_path(language="fr")
    assert dutch.name == "demo-nl.zplan" and read_plan(dutch).metadata.language == "nl"
    assert read_plan(german).metadata.language == "de"
    assert read_plan(french).metadata.language == "fr" and french.name == "demo.zplan"


def test_chapter_titles_follow_the_interface_language() -> None:
    """The navigator's chapter titles and field labels come in Dutch and German too."""
    from zonalplan.guidance import CHAPTERS_BY_ID, FIELD_LABELS
    from zonalplan.i18n import using

    with using("nl"):
        assert CHAPTERS_BY_ID["strategy"].title == "Strategie en prioriteiten"
        assert FIELD_LABELS["mission"] == "Missie"
    with using("de"):
        assert CHAPTERS_BY_ID["followup"].title == "Nachverfolgung"
    assert CHAPTERS_BY_ID["strategy"].title == "Stratégie et priorités"
