from __future__ import annotations

import pytest

from worldhire.core.geo.countries import sub_region_of
from worldhire.teams.models import TeamCandidate


def person(cid: str, tz: str, *, fit: float = 0.5, cost: float = 100_000,
           skills: tuple[str, ...] = (), country: str | None = None, start: float = 9.0,
           end: float = 17.0) -> TeamCandidate:
    return TeamCandidate(id=cid, name=cid.upper(), timezone=tz, fit=fit, cost=cost,
                         skills=frozenset(skills), country=country, region=sub_region_of(country),
                         work_start_hour=start, work_end_hour=end)


@pytest.fixture
def make_person():
    return person
