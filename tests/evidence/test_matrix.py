"""The argument matrix: weighted scores, proposals, and what it feeds into the plan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from zonalplan.evidence.matrix import decisions_from_matrix, non_retained_text, results, score
from zonalplan.model.matrix import ArgumentMatrix, Cell, Criterion, MatrixRow, Proposal
from zonalplan.model.plan import Decision, PriorityDecision


def _row(name: str, scores: tuple[int, ...], **fields) -> MatrixRow:
    return MatrixRow(phenomenon=name, cells={c: Cell(score=s, note=f"{name} {c.value}")
                                             for c, s in zip(Criterion, scores, strict=True)},
                     **fields)


@pytest.mark.parametrize(("scores", "proposal"), [
    ((3, 3, 3, 2, 2), Proposal.PRIORITY),         # 13/15 = 87 %
    ((2, 2, 1, 2, 1), Proposal.ATTENTION_POINT),  # 8/15 = 53 %
    ((1, 1, 1, 1, 1), Proposal.REGULAR),          # 5/15 = 33 %
    ((1, 0, 1, 0, 1), Proposal.NOT_RETAINED),     # 3/15 = 20 %
])
def test_proposals_follow_the_thresholds(scores: tuple[int, ...], proposal: Proposal) -> None:
    """Each share of the maximum gives the proposal the rule states."""
    matrix = ArgumentMatrix(rows=[_row("x", scores)])
    assert score(matrix, matrix.rows[0]).proposal is proposal


def test_weights_change_the_outcome() -> None:
    """Doubling the weight of the figures makes a phenomenon driven by figures a priority."""
    row = _row("Cambriolages", (3, 1, 2, 2, 2))
    plain = ArgumentMatrix(rows=[row])
    weighted = ArgumentMatrix(rows=[row], weights={**plain.weights, Criterion.FIGURES: 3})
    assert score(plain, row).proposal is Proposal.ATTENTION_POINT  # 10/15
    assert score(weighted, row).proposal is Proposal.PRIORITY  # 16/21


def test_confirmed_rows_feed_decisions_and_the_non_retained_text() -> None:
    """Linked, confirmed rows set PNS decisions; non-retained rows are motivated in the text."""
    matrix = ArgumentMatrix(rows=[
        _row("Criminalité organisée", (3, 2, 3, 3, 2), ref_id="pns.1",
             decision=Proposal.PRIORITY),
        _row("Cybercriminalité", (1, 0, 1, 2, 0), ref_id="pns.3", decision=Proposal.NOT_RETAINED,
             justification="traitée par la FCCU et l'arrondissement"),
        _row("Tapage nocturne", (1, 1, 0, 0, 1)),
    ])
    current = [PriorityDecision(ref_id="pns.2", decision=Decision.REGULAR, justification="x"),
               PriorityDecision(ref_id="pns.3", decision=Decision.RETAINED, justification="y")]
    decisions = {d.ref_id: d for d in decisions_from_matrix(matrix, current)}
    assert decisions["pns.1"].decision is Decision.RETAINED
    assert decisions["pns.3"].decision is Decision.NOT_RETAINED
    assert decisions["pns.3"].justification == "traitée par la FCCU et l'arrondissement"
    assert decisions["pns.2"].justification == "x"
    text = non_retained_text(matrix)
    assert "Cybercriminalité" in text and "FCCU" in text
    assert "Tapage nocturne" in text  # its proposal is « non retenu » while unconfirmed
    assert "Criminalité organisée" not in text
    assert [r.row.phenomenon for r in results(matrix)][0] == "Criminalité organisée"


def test_bad_matrices_are_refused() -> None:
    """Scores outside 0-3, weights outside 0-5 and duplicate rows are refused by the model."""
    with pytest.raises(ValidationError):
        Cell(score=4)
    with pytest.raises(ValidationError):
        ArgumentMatrix(weights={Criterion.FIGURES: 9})
    row = _row("x", (1, 1, 1, 1, 1))
    with pytest.raises(ValidationError):
        ArgumentMatrix(rows=[row, row])


@given(st.lists(st.integers(0, 3), min_size=5, max_size=5),
       st.lists(st.integers(0, 5), min_size=5, max_size=5))
def test_any_scores_and_weights_give_a_share_between_0_and_1(scores: list[int],
                                                             weights: list[int]) -> None:
    """Zero weights included, the share stays within [0, 1]."""
    matrix = ArgumentMatrix(rows=[_row("x", tuple(scores))],
                            weights=dict(zip(Criterion, weights, strict=True)))
    result = score(matrix, matrix.rows[0])
    assert 0.0 <= result.share <= 1.0 and result.proposal in Proposal
