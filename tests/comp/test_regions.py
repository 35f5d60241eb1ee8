from __future__ import annotations

import pycountry
import pytest

from worldhire.comp.regions import OTHER_REGION, pay_regions, region_label, region_of


@pytest.mark.parametrize(("region", "label"), [
    ("latin_america", "Latin America"), ("central_eastern_europe", "Central and Eastern Europe"),
    ("us", "United States"), ("sub_saharan_africa", "Sub-Saharan Africa"),
])
def test_region_labels_read_as_people_write_them(region: str, label: str) -> None:
    assert region_label(region) == label


def test_every_country_but_antarctica_is_pooled() -> None:
    pooled = pay_regions()
    assert {country.alpha_2 for country in pycountry.countries} - set(pooled) == {"AQ"}
    assert region_of("AQ") == OTHER_REGION


@pytest.mark.parametrize(("country", "region"), [
    ("US", "us"), ("GB", "uk_ireland"), ("GL", "nordics"), ("EE", "central_eastern_europe"),
    ("HR", "central_eastern_europe"), ("GE", "eastern_europe_caucasus"), ("CY", "southern_europe"),
    ("IR", "middle_east"), ("MN", "central_asia"), ("KE", "sub_saharan_africa"),
    ("MX", "latin_america"), ("JM", "caribbean_atlantic"), ("FJ", "oceania"),
])
def test_pools_follow_m49_with_their_splits(country: str, region: str) -> None:
    assert region_of(country) == region
