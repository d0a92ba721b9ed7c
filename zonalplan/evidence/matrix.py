"""Scores, proposals and what the argument matrix feeds: PNS decisions and the non-retained text.

The rule, shown to the user: the weighted score of a phenomenon is the sum of score × weight over
the sources of evidence, divided by the maximum possible (3 × the sum of the weights). From 70 %
the matrix proposes a priority, from 50 % a point d'attention, from 30 % the regular functioning,
below that « non retenu ». The proposal is only a proposal: the chief confirms each row.
"""

from __future__ import annotations

from dataclasses import dataclass

from zonalplan.i18n import N_, _
from zonalplan.model.matrix import (
    CRITERION_LABELS,
    PROPOSAL_LABELS,
    ArgumentMatrix,
    Criterion,
    MatrixRow,
    Proposal,
)
from zonalplan.model.plan import Decision, PriorityDecision

THRESHOLDS = ((0.70, Proposal.PRIORITY), (0.50, Proposal.ATTENTION_POINT),
              (0.30, Proposal.REGULAR))
RULE_TEXT = N_("Score pondéré = somme des scores × pondérations, rapportée au maximum possible ; "
             "à partir de 70 % : priorité, de 50 % : point d'attention, de 30 % : fonctionnement "
             "régulier, en dessous : non retenu.")
TO_DECISION = {Proposal.PRIORITY: Decision.RETAINED, Proposal.ATTENTION_POINT: Decision.REGULAR,
               Proposal.REGULAR: Decision.REGULAR, Proposal.NOT_RETAINED: Decision.NOT_RETAINED}


@dataclass(frozen=True)
class RowResult:
    """A row's total, its share of the maximum and the matrix's proposal."""

    row: MatrixRow
    total: int
    maximum: int
    share: float
    proposal: Proposal

    @property
    def decided(self) -> Proposal:
        """Return the confirmed decision, or the proposal while none is confirmed."""
        return self.row.decision or self.proposal


def score(matrix: ArgumentMatrix, row: MatrixRow) -> RowResult:
    """Return the weighted total and the proposal of one row (see module docstring)."""
    weights = {c: matrix.weights.get(c, 1) for c in Criterion}
    total = sum(row.cells[c].score * w for c, w in weights.items() if c in row.cells)
    maximum = 3 * sum(weights.values())
    share = total / maximum if maximum else 0.0
    proposal = next((p for limit, p in THRESHOLDS if share >= limit - 1e-9),
                    Proposal.NOT_RETAINED)
    return RowResult(row, total, maximum, share, proposal)


def results(matrix: ArgumentMatrix) -> list[RowResult]:
    """Return every row's result, highest share first (ties keep the rows' order)."""
    scored = [score(matrix, row) for row in matrix.rows]
    return sorted(scored, key=lambda r: -r.share)


def decisions_from_matrix(matrix: ArgumentMatrix, current: list[PriorityDecision]
                          ) -> list[PriorityDecision]:
    """Return the PNS decisions with those of confirmed, linked rows set from the matrix.

    Decisions the matrix does not speak of are kept; a decision already recorded keeps its
    justification unless the row gives one.
    """
    by_ref = {d.ref_id: d.model_copy(deep=True) for d in current}
    for row in matrix.rows:
        if not row.ref_id or row.decision is None:
            continue
        existing = by_ref.get(row.ref_id)
        justification = row.justification or (existing.justification if existing else "")
        by_ref[row.ref_id] = PriorityDecision(ref_id=row.ref_id,
                                              decision=TO_DECISION[row.decision],
                                              justification=justification)
    order = [d.ref_id for d in current] + [r for r in by_ref if r not in {d.ref_id
                                                                         for d in current}]
    return [by_ref[ref] for ref in order]


def non_retained_text(matrix: ArgumentMatrix) -> str:
    """Return the « motivation des phénomènes non retenus » paragraph from the matrix."""
    lines = []
    for result in results(matrix):
        if result.decided is not Proposal.NOT_RETAINED:
            continue
        reasons = "; ".join(f"{CRITERION_LABELS[c].lower()} : {cell.note}"
                            for c, cell in result.row.cells.items() if cell.note)
        why = result.row.justification or reasons or _("score insuffisant dans la matrice")
        lines.append(_("- {phenomenon} (score {share} %) : {why}.").format(
            phenomenon=result.row.phenomenon, share=f"{result.share * 100:.0f}", why=why))
    if not lines:
        return ""
    return (_("Les phénomènes suivants n'ont pas été retenus au terme de la matrice "
              "d'argumentation :") + "\n" + "\n".join(lines))


def proposal_label(proposal: Proposal) -> str:
    """Return the French label of a proposal."""
    return PROPOSAL_LABELS[proposal]
