"""The built-in demo plans: complete, fictional police zones in French, Dutch and German.

``build_demo_plan()`` gives the Walloon zone Entre-Sambre-et-Bois (``plan.py``),
``build_demo_plan("nl")`` the Flemish zone Heidebeek (``plan_nl.py``) and ``build_demo_plan("de")``
the German-speaking zone Venntal (``plan_de.py``); shared building blocks live in ``build.py``,
long texts in ``texts*.py``, each zone's data files (``samples.py``), chapter figures, argument
matrix and follow-up in ``followup_fr.py``, ``followup_nl.py`` and ``followup_de.py``.
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
           "build_demo_plan", "demo_fingerprint"]


def demo_fingerprint(language: str = "fr") -> str:
    """Return a short fingerprint of the demo plan's content in ``language``.

    It changes whenever the demo's modules or ZonalPlan's version change, so a copy of the demo
    written earlier (the interface keeps one in the user data folder) can be told out of date
    without building the plan again; where the modules' sources cannot be read (a frozen
    build), the built plan itself is hashed.
    """
    import hashlib
    from importlib import resources

    from zonalplan import __version__

    digest = hashlib.sha256(f"{__version__}|{language}".encode())
    try:
        files = sorted((f for f in resources.files(__name__).iterdir()
                        if f.name.endswith(".py")), key=lambda f: f.name)
        if not files:
            raise OSError
        for file in files:
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    except (OSError, TypeError):
        digest.update(build_demo_plan(language).model_dump_json().encode())
    return digest.hexdigest()[:16]
