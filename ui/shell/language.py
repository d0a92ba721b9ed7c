"""The interface language: which one, installing its translations, changing it.

The language is ``zonalplan --language``, else the preference, else the system's
(:func:`zonalplan.settings.interface_language`). :func:`install` loads ZonalPlan's ``.qm`` and Qt's
own (standard buttons, file dialogs), sets the locale of numbers and dates and the language of the
chapters' advice. A new choice in the preferences applies at the next start; the window offers to
restart at once (:func:`offer_restart`), after closing the plan like any close does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator
from PySide6.QtWidgets import QApplication

LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
"""Interface language → the Qt locale of its numbers and dates (Belgian conventions)."""
TRANSLATOR_NAME = "zonalplanTranslator"


def choose_language(forced: str | None = None, prefs_path: Path | None = None) -> str:
    """Return the interface language: ``--language``, else the preference, else the system's."""
    from zonalplan.settings import interface_language, load_preferences

    prefs = load_preferences(prefs_path)
    return interface_language(prefs, forced, fallback=QLocale.system().name())


def current_language() -> str:
    """Return the language the interface was started in (from the default locale)."""
    code = QLocale().name().split("_")[0]
    return code if code in LOCALES else "fr"


def install(app: QApplication, language: str = "fr") -> list[QTranslator]:
    """Load Qt's own strings and ZonalPlan's translation for a language (kept alive by the app);
    set the locale of numbers and dates and the language of the chapters' advice."""
    from ui.resources import translation_file
    from zonalplan.guidance import set_language

    language = language if language in LOCALES else "fr"
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    QLocale.setDefault(QLocale(LOCALES[language]))
    set_language(language)
    try:  # the core's messages and labels, when its language layer is present
        from zonalplan.i18n import set_language as set_core_language
    except ImportError:
        pass
    else:
        set_core_language(language)
    translators: list[QTranslator] = []
    gaps = _QtGaps(language, app)  # installed first: consulted after Qt's own catalogue
    app.installTranslator(gaps)
    translators.append(gaps)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (Path(qt_dir) / f"qtbase_{language}.qm", translation_file(language)):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if path.exists() and translator.load(str(path)):
            if path.name.startswith("zonalplan_"):
                fallback = _ContextFree(translator, app)
                app.installTranslator(fallback)  # consulted last, after the translators below
                translators.append(fallback)
            app.installTranslator(translator)
            translators.append(translator)
        else:
            translator.setParent(None)
    return translators


QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {("QFileDialog", "&Look in:"): "&Regarder dans\u00a0:",
           ("QFileDialog", "Files of &type:"): "&Type de fichier\u00a0:"},
    "nl": {("QFileDialog", "&Look in:"): "&Zoeken in:",
           ("QFileDialog", "Files of &type:"): "Bestands&type:"},
    "de": {},
}
"""Strings of Qt's own dialogs that Qt's catalogue of the language lacks (checked by a test that
walks Qt's file, message and input dialogs in every language)."""


class _QtGaps(QTranslator):
    """Translate the few strings of Qt's own dialogs that its catalogue leaves in English."""

    def __init__(self, language: str, parent: QApplication):
        super().__init__(parent)
        self.setObjectName(TRANSLATOR_NAME)
        self._strings = QT_GAPS.get(language, {})

    def translate(self, context, source, disambiguation=None, n=-1):
        return self._strings.get((context, source)) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self._strings


class _ContextFree(QTranslator):
    """Answer from the catalogue's context-free entries when a context has no translation.

    lupdate files a ``tr("…")`` it cannot place in a class (a nested helper, a mixin it does not
    follow) under the empty context, while Qt asks with the class names; this translator is
    installed before the catalogue, so Qt consults it only after every other lookup failed.
    """

    def __init__(self, catalogue: QTranslator, parent: QApplication):
        super().__init__(parent)
        self.setObjectName(TRANSLATOR_NAME)
        self._catalogue = catalogue

    def translate(self, context, source, disambiguation=None, n=-1):
        if not context or not source:
            return None
        return self._catalogue.translate("", source, disambiguation, n) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return self._catalogue.isEmpty()


def restart(path: Path | None = None) -> bool:
    """Start ZonalPlan again (in the language of the preferences), on ``path`` if given."""
    args = ["-m", "ui.launcher", *([str(path)] if path else [])]
    return QProcess.startDetached(sys.executable, args)[0]


def offer_restart(window: Any, dialog: Any) -> None:
    """After the preferences, offer to restart when another language was chosen.

    The window closes first (its usual question about unsaved changes); the new process reopens
    the plan that was open. Nothing happens if the user keeps the window open.
    """
    from ui.widgets import dialogs

    if not dialog.language_changed():
        return

    if not dialogs.confirm(
            window, QCoreApplication.translate("MainWindow", "Langue de l'interface"),
            QCoreApplication.translate(
                "MainWindow",
                "La nouvelle langue s'applique au prochain démarrage de ZonalPlan. Redémarrer "
                "maintenant ? Le plan ouvert est d'abord fermé ; s'il a des modifications, vous "
                "pourrez les enregistrer."),
            ok=QCoreApplication.translate("MainWindow", "Redémarrer maintenant")):
        return
    session = window.session
    path = session.path if session is not None else None
    if window.close():
        restart(path)
