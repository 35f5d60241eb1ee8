"""Corrections by hand: each field checked as strictly as the parser's reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import PYTORCH, make_candidate
from worldhire.core.errors import InvalidInput
from worldhire.core.models import EvidenceKind
from worldhire.governance.corrections import ProfileCorrection, apply_correction


def test_only_given_fields_change_and_blanks_clear() -> None:
    person = make_candidate({PYTORCH: EvidenceKind.JOB}, phone="+48 600 000 000")
    changed = apply_correction(person, ProfileCorrection(
        headline=" ML engineer ", phone="", country="de", links=("https://a.dev", "",
                                                                  "https://a.dev")))
    assert changed == ["headline", "country", "phone", "links"]
    assert person.headline == "ML engineer" and person.phone is None and person.country == "DE"
    assert person.links == ["https://a.dev"] and person.name == "Ada Example"
    assert apply_correction(person, ProfileCorrection(headline="ML engineer")) == []


@pytest.mark.parametrize("correction", [
    ProfileCorrection(name=""), ProfileCorrection(country="Germany"),
    ProfileCorrection(timezone="Europe/Nowhere"), ProfileCorrection(email="not an address"),
    ProfileCorrection(years_experience=-1.0), ProfileCorrection(links=("ftp://x.org",)),
    ProfileCorrection(links=tuple(f"https://x{i}.org" for i in range(21))),
])
def test_bad_values_are_refused_before_anything_changes(correction: ProfileCorrection) -> None:
    person = make_candidate()
    before = (person.name, person.country, person.timezone, person.email, person.links)
    with pytest.raises(InvalidInput):
        apply_correction(person, correction)
    assert (person.name, person.country, person.timezone, person.email, person.links) == before


@given(st.lists(st.text(max_size=40), max_size=5))
def test_stored_links_are_always_web_links(links: list[str]) -> None:
    from worldhire.core.contact import web_link

    person = make_candidate()
    try:
        apply_correction(person, ProfileCorrection(links=tuple(links)))
    except InvalidInput:
        return
    assert all(web_link(link) == link for link in person.links)
