"""The preferences dialog (interface language, autosave interval, author name, start-up, advice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from zonalplan.settings import LANGUAGES, Preferences


class PreferencesDialog(QDialog):
    """Edit the preferences; :meth:`apply_to` writes the values once the dialog is accepted."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, *,
                 current_language: str | None = None):
        super().__init__(parent)
        if current_language is None:
            from ui.shell.language import current_language as started_in

            current_language = started_in()
        self.setWindowTitle(self.tr("Préférences"))
        self.setMinimumWidth(480)  # room for the longest (German) labels
        self.current_language = current_language
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():  # each language named in itself, never translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language)))
        self.language.setToolTip(self.tr("Menus, fenêtres et conseils. Par défaut, la langue du "
                                         "système ; prend effet au prochain démarrage."))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, 60)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setSpecialValueText(self.tr("jamais"))
        self.autosave.setValue(prefs.autosave_minutes)
        self.autosave.setToolTip(self.tr("Une copie de récupération est écrite dans votre "
                                         "dossier de données, jamais sur le fichier du plan."))
        self.author = QLineEdit(prefs.author, self)
        self.author.setPlaceholderText(self.tr("Nom inscrit dans les versions du plan"))
        self.reopen = QCheckBox(self.tr("Rouvrir le dernier plan au démarrage"), self)
        self.reopen.setChecked(prefs.reopen_last)
        self.guidance = QCheckBox(self.tr("Déplier les conseils de chaque chapitre"), self)
        self.guidance.setChecked(prefs.guidance_expanded)
        form = QFormLayout(self)
        form.addRow(self.tr("Langue de l'interface"), self.language)
        form.addRow(self.tr("Sauvegarde de récupération toutes les"), self.autosave)
        form.addRow(self.tr("Votre nom"), self.author)
        form.addRow(self.reopen)
        form.addRow(self.guidance)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply_to(self, prefs: Preferences) -> None:
        """Write the dialog's values into ``prefs``."""
        prefs.autosave_minutes = self.autosave.value()
        prefs.author = self.author.text().strip()
        prefs.reopen_last = self.reopen.isChecked()
        prefs.guidance_expanded = self.guidance.isChecked()
        if self.language_changed():
            prefs.language = self.language.currentData()

    def language_changed(self) -> bool:
        """Return True when another interface language than the current one is chosen."""
        return self.language.currentData() != self.current_language
