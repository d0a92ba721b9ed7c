"""Hypothesis strategies producing arbitrary valid plans (odd Unicode included)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

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
    NoteReply,
    NoteStatus,
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

# Any Unicode text SQLite and JSON can hold: no surrogates; NUL and controls are allowed on purpose.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
long_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
name = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
ident = st.text("abcdef0123456789-", min_size=1, max_size=12)
number = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
year = st.integers(1990, 2100)
aware = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                     timezones=st.just(dt.UTC)).map(lambda d: d.replace(microsecond=0))
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1))
fte = st.floats(min_value=0, max_value=1000, allow_nan=False)


def _unique_ids(items: list, attr: str = "id") -> list:
    seen, out = set(), []
    for item in items:
        if getattr(item, attr) not in seen:
            seen.add(getattr(item, attr))
            out.append(item)
    return out


indicators = st.builds(
    Indicator, id=ident, name=name, unit=text, baseline_value=st.none() | number,
    baseline_year=st.none() | year, target_value=st.none() | number, target_year=st.none() | year,
    source=text, frequency=text,
)
objectives = st.builds(
    Objective, id=ident, code=text, title=name, kind=st.sampled_from(ObjectiveKind),
    domain=st.sampled_from(Domain), description=long_text, rationale=text,
    chain=st.builds(ChainApproach, prevention=text, repression=text, aftercare=text),
    partners=st.lists(text, max_size=3), owner=text, tactical_objectives=st.lists(text, max_size=3),
    indicators=st.lists(indicators, max_size=3).map(_unique_ids),
    links=st.lists(st.builds(NationalLink, ref_id=name, weight=st.sampled_from(LinkWeight)),
                   max_size=3),
    local_justification=text, capacity_fte=st.none() | fte, capacity_hours=st.none() | fte,
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """Draw an arbitrary valid plan."""
    start = draw(st.integers(2000, 2090))
    decisions = draw(st.lists(st.builds(PriorityDecision, ref_id=name,
                                        decision=st.sampled_from(Decision), justification=text),
                              max_size=4))
    return Plan(
        zone=draw(st.builds(
            Zone, name=text, number=st.sampled_from(["", "5314", "0001"]),
            communes=st.lists(st.builds(Commune, name=name,
                                        nis_code=st.none() | st.from_regex(r"\A\d{5}\Z"),
                                        population=st.none() | st.integers(0, 2_000_000)),
                              max_size=4),
            judicial_district=text, province=text, region=st.none() | st.sampled_from(Region),
            population=st.none() | st.integers(0, 2_000_000),
            area_km2=st.none() | st.floats(0, 5000),
        )),
        period=Period(start_year=start, end_year=start + draw(st.integers(0, 10))),
        czs_members=_unique_ids(draw(st.lists(st.builds(
            CZSMember, id=ident, name=name, role=st.sampled_from(CZSRole),
            commune=st.none() | text, function=text), max_size=5))),
        sections=draw(st.builds(Sections, **{k: long_text for k in Sections.model_fields})),
        expectations=_unique_ids(draw(st.lists(st.builds(
            Expectation, id=ident, author_kind=st.sampled_from(AuthorKind), author=text,
            text=long_text), max_size=3))),
        objectives=_unique_ids(draw(st.lists(objectives, max_size=4))),
        decisions=_unique_ids(decisions, "ref_id"),
        capacity=draw(st.builds(
            Capacity, reference_date=st.none() | dates, headcount=st.none() | st.integers(0, 5000),
            available_fte=st.none() | fte,
            functionalities=st.dictionaries(st.sampled_from(Functionality), fte),
            federal_missions_fte=st.none() | fte, note=text)),
        review_notes=_unique_ids(draw(st.lists(st.builds(
            ReviewNote, id=ident, author=name, role=text, anchor=name, text=name,
            status=st.sampled_from(NoteStatus), date=aware,
            replies=st.lists(st.builds(NoteReply, author=name, role=text, date=aware, text=name),
                             max_size=2)), max_size=2))),
        approval=draw(st.builds(Approval, czs_date=st.none() | dates, place=text,
                                submitted_date=st.none() | dates, approved_date=st.none() | dates,
                                classification=text, version_label=text)),
        metadata=draw(st.builds(Metadata, created=aware, modified=aware, reference_edition=text,
                                language=st.sampled_from(["fr", "nl"]))),
    )
