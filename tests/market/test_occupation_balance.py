from __future__ import annotations

from datetime import date

from tests.factories import make_candidate, make_role
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind, OccupationRef
from worldhire.market.figures import build_report
from worldhire.market.report import render_html
from worldhire.market.schemas import MarketOut
from worldhire.market.supply import candidate_occupation, market_view

WELDER = OccupationRef("http://data.europa.eu/esco/occupation/welder", "welder", "7212", 0.9)
PIPE = OccupationRef("http://data.europa.eu/esco/occupation/pipe", "pipe welder", "7212", 0.7)
DEV = OccupationRef("http://data.europa.eu/esco/occupation/dev", "software developer", "2512",
                    0.8)


def _person(*jobs: tuple[OccupationRef | None, date]) -> Candidate:
    person = make_candidate()
    for ref, start in jobs:
        person.evidence.append(EvidenceItem(EvidenceKind.JOB, "job", "did it", start=start,
                                            occupation=ref))
    return person


def test_a_person_counts_under_the_occupation_of_their_latest_job_that_has_one() -> None:
    person = _person((DEV, date(2015, 1, 1)), (WELDER, date(2021, 1, 1)),
                     (None, date(2023, 1, 1)))
    assert candidate_occupation(person) == WELDER
    assert candidate_occupation(make_candidate()) is None


def test_demand_and_supply_are_grouped_by_occupation_and_isco_unit_group() -> None:
    roles = [make_role(occupation=WELDER), make_role(occupation=WELDER),
             make_role(occupation=DEV), make_role(occupation=None),
             make_role(occupation=PIPE, status="closed")]
    people = [_person((PIPE, date(2020, 1, 1))), _person((WELDER, date(2019, 1, 1))),
              _person((None, date(2019, 1, 1)))]
    view = market_view(roles, people)
    assert [(o.label, o.roles, o.candidates) for o in view.occupations] == [
        ("welder", 2, 1), ("software developer", 1, 0), ("pipe welder", 0, 1)]
    assert [(g.code, g.roles, g.candidates) for g in view.isco_groups] == [
        ("7212", 2, 2), ("2512", 1, 0)]
    assert view.isco_groups[0].label == "Welders and flamecutters"
    report = build_report(roles, people)
    assert MarketOut.of(report).isco_groups[0].code == "7212"
    assert "By ESCO occupation" in render_html(report)


def test_an_occupation_the_matcher_is_unsure_of_is_not_counted() -> None:
    """'Machine Learning Engineer' reads as a computer hardware engineer at 0.08: neither the
    role nor the person counts there, and the person counts under their latest sure job."""
    hardware = OccupationRef("http://data.europa.eu/esco/occupation/hw",
                             "computer hardware engineer", "2152", 0.08)
    person = _person((DEV, date(2018, 1, 1)), (hardware, date(2022, 1, 1)))
    assert candidate_occupation(person) == DEV
    view = market_view([make_role(occupation=hardware), make_role(occupation=DEV)], [person])
    assert [(o.label, o.roles, o.candidates) for o in view.occupations] == [
        ("software developer", 1, 1)]
    assert [g.code for g in view.isco_groups] == ["2512"]
