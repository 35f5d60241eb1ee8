"""One geography: every country has its UN M49 areas, every region name covers all its member
countries (the AFRICA filter once held 20 of Africa's 54 states), and countries' zones come from
one reading of the tz database (teams read zone1970.tab and ingest zone.tab, and they disagreed
for 117 countries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib import resources

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worldhire.core.geo.countries import countries, sub_region_of
from worldhire.core.geo.regions import authorised_in, expand, named_regions, regions_of
from worldhire.core.geo.residency import region_for_country
from worldhire.core.geo.zones import (
    UnknownTimezone,
    country_timezone,
    country_zones,
    offset_minutes,
    seasonal_offsets,
    zone_country,
    zone_info,
)

# The 54 African UN member states (ISO 3166 alpha-2).
AFRICAN_STATES = frozenset({
    "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CD", "CG", "CI", "DJ",
    "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG",
    "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO",
    "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW",
})
ISO_CODES = frozenset(country.alpha_2 for country in pycountry.countries)
ZONES = sorted({zone for zones in country_zones().values() for zone in zones})


def test_every_iso_country_has_its_m49_areas() -> None:
    table = countries()
    assert set(table) >= ISO_CODES
    assert {c.region for c in table.values()} == {
        "Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctica"}
    assert sub_region_of("pl") == "Eastern Europe" and sub_region_of("BR") == (
        "Latin America and the Caribbean")
    assert table["KE"].intermediate_region == "Eastern Africa"
    assert sub_region_of("ZZ") is None and sub_region_of(None) is None


def test_every_iso_country_is_in_a_named_region() -> None:
    covered = frozenset().union(*named_regions().values())
    assert ISO_CODES - covered == {"AQ"}  # Antarctica: nobody is hired there


def test_regions_hold_every_member() -> None:
    regions = named_regions()
    assert len(regions["EU"]) == 27 and regions["EEA"] == regions["EU"] | {"IS", "LI", "NO"}
    assert regions["EEA"] <= regions["EUROPE"] and {"GB", "CH", "UA", "RU"} <= regions["EUROPE"]
    assert regions["AFRICA"] >= AFRICAN_STATES and expand(["africa"]) == regions["AFRICA"]
    assert {"BR", "MX", "CU", "JM", "HT", "TT", "BZ"} <= regions["LATAM"]
    assert {"US", "CA", "MX"} <= regions["NORTH-AMERICA"] and "BR" not in regions["NORTH-AMERICA"]
    assert {"IN", "VN", "PH", "AU", "NZ", "JP", "FJ"} <= regions["APAC"]
    assert not regions["APAC"] & regions["MIDDLE-EAST"]
    assert {"EG", "MA", "AE", "SA", "IL", "IR"} <= regions["MENA"]
    assert regions["EMEA"] >= regions["EUROPE"] | regions["AFRICA"] | regions["MIDDLE-EAST"]
    assert {"IN", "PK", "BD", "LK", "NP"} <= regions["SOUTH-ASIA"] and "IR" not in regions[
        "SOUTH-ASIA"]
    assert {"VN", "PH", "ID", "TH", "MY"} <= regions["SOUTHEAST-ASIA"] <= regions["APAC"]
    assert {"PL", "RO", "UA", "EE", "RS"} <= regions["EASTERN-EUROPE"] <= regions["EUROPE"]
    assert {"NG", "GH", "SN", "CI"} <= regions["WEST-AFRICA"] <= regions["AFRICA"]
    assert {"KE", "UG", "TZ", "RW", "ET"} <= regions["EAST-AFRICA"] <= regions["AFRICA"]
    assert "ZA" in regions["SOUTHERN-AFRICA"] and "EG" in regions["NORTH-AFRICA"]
    assert not regions["WEST-AFRICA"] & regions["EAST-AFRICA"]


def test_a_country_lists_the_regions_that_cover_it() -> None:
    assert regions_of("de") == ["DACH", "EEA", "EMEA", "EU", "EUROPE"]
    assert expand(["DACH"]) == {"DE", "AT", "CH"} and "NO" in expand(["NORDICS"])
    assert authorised_in(["EU"], "DE") and authorised_in(["LATAM"], "JM")
    assert not authorised_in(["EU"], "NO") and authorised_in(["EEA"], "NO")


def test_data_residency_follows_the_eea() -> None:
    assert region_for_country("NO") == "EU" and region_for_country("GB") == "GB"
    assert region_for_country(None) == "GLOBAL"


@pytest.mark.parametrize(("country", "zone"), [
    # zone1970.tab merges countries that share a clock: it named these Berlin, Dubai, Abidjan...
    ("SE", "Europe/Stockholm"), ("OM", "Asia/Muscat"), ("IS", "Atlantic/Reykjavik"),
    ("GH", "Africa/Accra"), ("BA", "Europe/Sarajevo"), ("TT", "America/Port_of_Spain"),
    # ... and gave these several zones, so the team builder left their people without one.
    ("DE", "Europe/Berlin"), ("BR", "America/Sao_Paulo"), ("UA", "Europe/Kyiv"),
    ("AR", "America/Argentina/Buenos_Aires"),
])
def test_a_country_gets_its_own_zone(country: str, zone: str) -> None:
    assert country_timezone(country) == zone and zone_country(zone) == country


def test_each_countrys_zone_is_its_own_and_the_us_has_none() -> None:
    for country in country_zones():
        zone = country_timezone(country)
        assert zone is None or zone_country(zone) == country
    assert country_timezone("US") is None and country_timezone("CA") is None


def test_zone1970s_answers_keep_the_same_clock() -> None:
    """Where the old zone1970 reading named a single zone, the zone named now keeps its clock."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone1970.tab").read_text("utf-8")
    merged: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            codes, _, zone = line.split("\t")[:3]
            for code in codes.split(","):
                merged.setdefault(code, []).append(zone)
    compared = 0
    for country, zones in merged.items():
        ours = country_timezone(country)
        if len(zones) == 1 and ours is not None:
            assert seasonal_offsets(ours) == seasonal_offsets(zones[0]), country
            compared += 1
    assert compared > 150


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(UnknownTimezone, match="Mars/Olympus"):
        zone_info("Mars/Olympus")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zone=st.sampled_from(ZONES),
       instant=st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2037, 12, 31),
                            timezones=st.just(UTC)))
def test_the_offset_is_the_wall_clock_difference(zone: str, instant: datetime) -> None:
    offset = offset_minutes(zone, instant)
    assert -12 * 60 <= offset <= 14 * 60
    wall = instant.astimezone(zone_info(zone)).replace(tzinfo=None)
    assert wall - instant.replace(tzinfo=None) == timedelta(minutes=offset)


@settings(deadline=None)
@given(zone=st.sampled_from(ZONES))
def test_seasonal_offsets_are_the_offsets_of_january_and_july(zone: str) -> None:
    january, july = seasonal_offsets(zone)
    assert january == offset_minutes(zone, datetime(2025, 1, 15, 12, tzinfo=UTC))
    assert july == offset_minutes(zone, datetime(2025, 7, 15, 12, tzinfo=UTC))
