"""The six years after approval: yearly action plans, measurements, dashboard, reports, and the
next plan (a new cycle, or the first plan of merging zones).

Views and thin controllers over :mod:`zonalplan.followup`; every change is a core command.
"""

from typing import TYPE_CHECKING

from zonalplan.lazy import lazy_exports

if TYPE_CHECKING:
    from ui.followup.actions import ActionsEditor  # noqa: F401
    from ui.followup.cycle_dialog import CycleDialog  # noqa: F401
    from ui.followup.dashboard import DashboardEditor  # noqa: F401
    from ui.followup.home import FollowUpHome  # noqa: F401
    from ui.followup.measures import MeasuresEditor  # noqa: F401
    from ui.followup.reports import ReportsEditor  # noqa: F401

_EXPORTS = {"ActionsEditor": "actions", "CycleDialog": "cycle_dialog",
            "DashboardEditor": "dashboard", "FollowUpHome": "home", "MeasuresEditor": "measures",
            "ReportsEditor": "reports"}

__getattr__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)
