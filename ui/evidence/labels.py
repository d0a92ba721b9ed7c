"""Translated labels of the evidence model (criteria, proposals, kinds of figure)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zonalplan.model.evidence import DataKind
from zonalplan.model.matrix import Criterion, Proposal


def _tr(text: str) -> str:
    return QCoreApplication.translate("evidence", text)


def criterion_labels() -> dict[Criterion, str]:
    """Return the label of each source of evidence in the interface language."""
    return {
        Criterion.FIGURES: _tr("Chiffres et tendance"),
        Criterion.SURVEY: _tr("Enquête de population"),
        Criterion.EXPECTATIONS: _tr("Attentes des autorités et partenaires"),
        Criterion.NATIONAL: _tr("PNS et NCSI"),
        Criterion.FEASIBILITY: _tr("Faisabilité et capacité"),
    }


def proposal_labels() -> dict[Proposal, str]:
    """Return the label of each proposal of the matrix in the interface language."""
    return {
        Proposal.PRIORITY: _tr("priorité"),
        Proposal.ATTENTION_POINT: _tr("point d'attention"),
        Proposal.REGULAR: _tr("fonctionnement régulier"),
        Proposal.NOT_RETAINED: _tr("non retenu"),
    }


def rule_text() -> str:
    """Return the matrix's rule (``zonalplan.evidence.matrix.RULE_TEXT``) translated."""
    return _tr("Score pondéré = somme des scores × pondérations, rapportée au maximum possible ; "
               "à partir de 70 % : priorité, de 50 % : point d'attention, de 30 % : "
               "fonctionnement régulier, en dessous : non retenu.")


def kind_labels() -> dict[DataKind, str]:
    """Return the label of each kind of data set in the interface language."""
    return {
        DataKind.ACCIDENTS: _tr("accidents de la route (Statbel)"),
        DataKind.POPULATION: _tr("population (Statbel)"),
        DataKind.CRIME: _tr("statistiques policières de criminalité"),
        DataKind.SURVEY: _tr("enquête de population"),
        DataKind.TABLE: _tr("tableau"),
    }
