"""A small, complete Flemish plan (PZ Voorbeeld) written in Dutch, for the language tests."""

from __future__ import annotations

import datetime as dt

from zonalplan.demo import PNS_DECISION_NODES
from zonalplan.model import (
    Approval,
    AuthorKind,
    Capacity,
    ChainApproach,
    Commune,
    CZSMember,
    CZSRole,
    Decision,
    Domain,
    Expectation,
    Functionality,
    Indicator,
    LinkWeight,
    Metadata,
    NationalLink,
    Objective,
    ObjectiveKind,
    Period,
    Plan,
    PriorityDecision,
    Region,
    ReviewNote,
    Sections,
    Zone,
)

TEXT = ("De zone zet in op een zichtbare en aanspreekbare politie, in nauwe samenwerking met de "
        "gemeenten en de partners.\n\n- wijkwerking in elke deelgemeente\n- snelle interventie")


def dutch_plan() -> Plan:
    """Return PZ Voorbeeld: three gemeenten, its ZVR, sections, two doelstellingen, decisions."""
    communes = [Commune(name="Voorbeeld", nis_code="11001", population=32_400),
                Commune(name="Heide", nis_code="11002", population=18_750),
                Commune(name="Bos", nis_code="11003", population=9_850)]
    members = [CZSMember(name=f"Burgemeester {c.name}", role=CZSRole.MAYOR, commune=c.name)
               for c in communes]
    members += [CZSMember(name="An Peeters", role=CZSRole.PROSECUTOR),
                CZSMember(name="Jan Janssens", role=CZSRole.CHIEF_OF_POLICE),
                CZSMember(name="Els Maes", role=CZSRole.DIRCO),
                CZSMember(name="Tom Wouters", role=CZSRole.DIRJUD)]
    sections = Sections(**{key: TEXT for key in Sections.model_fields})
    objectives = [
        Objective(
            id="o1",
            code="P1",
            title="Woninginbraken terugdringen",
            kind=ObjectiveKind.PRIORITY,
            domain=Domain.EXTERNAL,
            description=TEXT,
            rationale=TEXT,
            chain=ChainApproach(
                prevention="Technopreventief advies",
                repression="Gerichte patrouilles",
                aftercare="Slachtoffers opvolgen",
            ),
            partners=["Gemeente", "Parket"],
            owner="Wijkinspecteur Peeters",
            tactical_objectives=["Meer technopreventieve bezoeken"],
            indicators=[
                Indicator(
                    id="i1",
                    name="Aantal woninginbraken",
                    unit="feiten",
                    baseline_value=212,
                    baseline_year=2024,
                    target_value=170,
                    target_year=2031,
                    source="ANG",
                    frequency="jaarlijks",
                )
            ],
            links=[
                NationalLink(ref_id="pns.1.loc.1", weight=LinkWeight.PRIMARY),
                NationalLink(ref_id="ncsi.d2.t1", weight=LinkWeight.SECONDARY),
            ],
            capacity_fte=1.5,
            capacity_hours=2400,
        ),
        Objective(
            id="o2",
            code="P2",
            title="Een aantrekkelijke werkgever",
            kind=ObjectiveKind.ATTENTION_POINT,
            domain=Domain.INTERNAL,
            description=TEXT,
            rationale=TEXT,
            owner="Korpschef",
            local_justification="Specifiek lokaal: de zone kampt met een hoog verloop.",
            capacity_fte=0.5,
        ),
    ]
    decisions = [PriorityDecision(ref_id=ref, decision=Decision.REGULAR if i else Decision.RETAINED,
                                  justification="Opgevolgd in de reguliere werking.")
                 for i, ref in enumerate(PNS_DECISION_NODES)]
    return Plan(
        zone=Zone(name="PZ Voorbeeld", number="5999", communes=communes,
                  judicial_district="Antwerpen", province="Antwerpen", region=Region.FLANDERS,
                  area_km2=120.5),
        period=Period(start_year=2026, end_year=2031), czs_members=members, sections=sections,
        expectations=[Expectation(author_kind=AuthorKind.MAYOR, author="Burgemeester Voorbeeld",
                                  text=TEXT),
                      Expectation(author_kind=AuthorKind.PROSECUTOR, author="Procureur Antwerpen",
                                  text=TEXT)],
        objectives=objectives, decisions=decisions,
        capacity=Capacity(reference_date=dt.date(2026, 1, 1), headcount=120, available_fte=100,
                          functionalities={f: 5.0 for f in Functionality},
                          federal_missions_fte=2, note=TEXT),
        review_notes=[ReviewNote(author="Els Maes", anchor="objectives/objective:o1",
                                 text="Graag een tweede indicator.")],
        approval=Approval(czs_date=dt.date(2026, 3, 12), place="Voorbeeld",
                          version_label="Ontwerp voor de ZVR"),
        metadata=Metadata(language="nl"),
    )
