"""Translated names, colours and sentences of the follow-up (the core keeps French values)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ui.binding.values import format_number
from zonalplan.followup.status import IndicatorStatus, Status
from zonalplan.model.followup import ActionStatus
from zonalplan.model.plan import Domain, ObjectiveKind

CONTEXT = "followup"

ACTION_STATUS_TEXT = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("followup", "prévu"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("followup", "en cours"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("followup", "réalisé"),
    ActionStatus.POSTPONED: QT_TRANSLATE_NOOP("followup", "reporté"),
    ActionStatus.ABANDONED: QT_TRANSLATE_NOOP("followup", "abandonné"),
}
STATUS_TEXT = {
    Status.ON_TRACK: QT_TRANSLATE_NOOP("followup", "en bonne voie"),
    Status.AT_RISK: QT_TRANSLATE_NOOP("followup", "à surveiller"),
    Status.OFF_TRACK: QT_TRANSLATE_NOOP("followup", "en retard"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("followup", "non évaluable"),
}
STATUS_COLOURS = {Status.ON_TRACK: "#2e7d32", Status.AT_RISK: "#b26a00",
                  Status.OFF_TRACK: "#c62828", Status.UNKNOWN: "#6b6b6b"}
KIND_TEXT = {
    ObjectiveKind.PRIORITY: QT_TRANSLATE_NOOP("followup", "priorité"),
    ObjectiveKind.ATTENTION_POINT: QT_TRANSLATE_NOOP("followup", "point d'attention"),
}
DOMAIN_TEXT = {
    Domain.EXTERNAL: QT_TRANSLATE_NOOP("followup", "fonctionnement externe"),
    Domain.INTERNAL: QT_TRANSLATE_NOOP("followup", "fonctionnement interne"),
}
RULE = QT_TRANSLATE_NOOP(
    "followup", "Trajectoire en ligne droite de la valeur de départ à la valeur cible ; la "
    "dernière mesure est « en bonne voie » si elle accuse au plus 10 % de retard sur la distance "
    "totale, « à surveiller » de 10 à 30 %, « en retard » au-delà.")
"""The core's :data:`zonalplan.followup.status.RULE_TEXT`, marked for translation (a test keeps
them equal)."""


def tr(text: str) -> str:
    """Translate a text of the follow-up context."""
    return QCoreApplication.translate(CONTEXT, text)


def action_status(status: ActionStatus) -> str:
    """Return the translated name of an action status."""
    return tr(str(ACTION_STATUS_TEXT[status]))


def status_text(status: Status) -> str:
    """Return the translated name of an indicator or objective status."""
    return tr(str(STATUS_TEXT[status]))


def status_colour(status: Status) -> QColor:
    """Return the colour of a status (green, orange, red, grey)."""
    return QColor(STATUS_COLOURS[status])


def kind_text(kind: ObjectiveKind) -> str:
    """Return the translated kind of an objective."""
    return tr(str(KIND_TEXT.get(kind, kind.value)))


def domain_text(domain: Domain) -> str:
    """Return the translated domain of an objective."""
    return tr(str(DOMAIN_TEXT.get(domain, domain.value)))


def rule_text() -> str:
    """Return the status rule as the user reads it."""
    return tr(str(RULE))


def period_text(year: int, quarter: int | None) -> str:
    """Return « 2027 » or « 2027 T2 » (quarter mark translated)."""
    return f"{year}" if not quarter else tr("%1 T%2").replace("%1", str(year)).replace(
        "%2", str(quarter))


def reason_text(status: IndicatorStatus) -> str:
    """Return why an indicator has its status, in the user's language and number format."""
    if status.last is None:
        return tr("aucune mesure")
    if status.expected is None or status.gap is None:
        return tr("valeur de départ ou cible manquante")
    template = tr("mesure %1 en %2, attendu %3 ; retard de %4 % de la distance à la cible") \
        if status.gap > 0 else \
        tr("mesure %1 en %2, attendu %3 ; avance de %4 % de la distance à la cible")
    return (template.replace("%1", format_number(status.last.value))
            .replace("%2", period_text(status.last.year, status.last.quarter))
            .replace("%3", format_number(round(status.expected, 1)))
            .replace("%4", f"{abs(status.gap) * 100:.0f}"))
