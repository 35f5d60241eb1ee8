from __future__ import annotations

import pytest

from worldhire.core.models import OccupationRef
from worldhire.occupations.families import salary_family


@pytest.mark.parametrize(("label", "family"), [
    ("data scientist", "data_scientist"),
    ("software developer", "software_engineer"),
    ("data analyst", "data_analyst"),
    ("welder", None),
    ("nurse responsible for general care", None),
])
def test_occupations_map_to_a_salary_family_only_where_the_data_has_one(
        label: str, family: str | None) -> None:
    assert salary_family(OccupationRef("uri", label, "0000", 1.0)) == family
