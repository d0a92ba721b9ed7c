"""The built-in demo plan: a complete, fictional police zone (``plan.py``; long texts in ``texts*.py``)."""

from zonalplan.demo.plan import (
    COMMUNES,
    CREATED,
    MAIN_COMMUNE,
    MODIFIED,
    PNS_DECISION_NODES,
    build_demo_plan,
)

__all__ = ["COMMUNES", "CREATED", "MAIN_COMMUNE", "MODIFIED", "PNS_DECISION_NODES",
           "build_demo_plan"]
