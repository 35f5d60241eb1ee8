"""A role's place and poster in words: what tells two roles of one title apart."""

from __future__ import annotations

import pytest

from worldhire.core.models import PLACE_COUNTRIES, RemotePolicy, Role
from worldhire.governance.role_access import employer


@pytest.mark.parametrize(("policy", "countries", "location", "expected"), [
    (RemotePolicy.REMOTE, [], None, "remote, anywhere"),
    (RemotePolicy.REMOTE, ["PL", "RO"], "DE", "remote from PL, RO"),
    (RemotePolicy.HYBRID, [], "DE", "hybrid in DE"),
    (RemotePolicy.ONSITE, ["FR"], None, "onsite"),
])
def test_a_roles_place(policy: RemotePolicy, countries: list[str], location: str | None,
                       expected: str) -> None:
    role = Role("ten_x", "ML Engineer", "", remote_policy=policy, allowed_countries=countries,
                location_country=location)
    assert role.place == expected


def test_a_long_country_list_says_how_many_more() -> None:
    countries = ["NL", "DE", "BE", "PL", "RO", "RS"]
    role = Role("ten_x", "ML Engineer", "", allowed_countries=countries)
    assert role.place == f"remote from NL, DE, BE, PL +{len(countries) - PLACE_COUNTRIES} more"


@pytest.mark.parametrize(("company", "account", "expected"), [
    ("Larkspur Health", "Acme AI", "Larkspur Health, posted by Acme AI"),
    ("Acme Inc.", "acme", "Acme Inc."),
    ("", "Globex", "Globex"),
    ("Dockwise B.V.", "", "Dockwise B.V."),
])
def test_who_posts_a_role(company: str, account: str, expected: str) -> None:
    assert employer(company, account) == expected
