"""The approval chapter."""

from ui.approval.approval_editor import ApprovalEditor

__all__ = ["ApprovalEditor"]
