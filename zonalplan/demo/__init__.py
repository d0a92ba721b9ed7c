"""The built-in demo plans: complete, fictional police zones in French, Dutch and German.

``build_demo_plan()`` gives the Walloon zone Entre-Sambre-et-Bois (``plan.py``),
``build_demo_plan("nl")`` the Flemish zone Heidebeek (``plan_nl.py``) and ``build_demo_plan("de")``
the German-speaking zone Venntal (``plan_de.py``); shared building blocks live in ``build.py`` and
long texts in ``texts*.py``.
"""

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
