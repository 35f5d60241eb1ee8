"""Relocation preferences and work authorization phrases in the ten languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.shared import fields
from worldhire.ingest.shared.mobility import relocation


@pytest.mark.parametrize(
    ("text", "willing", "countries"),
    [
        ("Willing to relocate to: Delhi", True, ["IN"]),
        ("Willing to relocate to Bangalore, Pune or Hyderabad", True, ["IN"]),
        ("Open to relocation", True, []),
        ("Not open to relocation", False, []),
        ("Relocation: no", False, []),
        ("Relocation: yes, to Germany or the Netherlands", True, ["DE", "NL"]),
        ("Gotowy do relokacji do Niemiec", True, ["DE"]),
        ("Disponível para mudança", True, []),
        ("Umzugsbereit", True, []),
        ("Bersedia ditempatkan di seluruh Indonesia", True, ["ID"]),
        # towns the gazetteer knows and the hand table lacks, read as the places they are
        ("Gotowy do relokacji: Olsztyn", True, ["PL"]),
        ("Willing to relocate to: Olsztyn, Sorocaba or Pune", True, ["PL", "BR", "IN"]),
        ("Disponível para mudança: Maringá", True, ["BR"]),
        ("Willing to relocate: Yes, open to any city", True, []),
    ],
)
def test_relocation(text: str, willing: bool, countries: list[str]) -> None:
    found = relocation(text)
    assert found is not None
    assert (found.willing, found.countries) == (willing, countries)
    assert fields.relocation(text) == found


def test_relocation_span_covers_the_place_so_it_is_never_the_location() -> None:
    text = "Bengaluru, Karnataka\nWilling to relocate to: Delhi"
    found = relocation(text)
    assert found is not None and text[found.span[0] : found.span[1]].endswith("Delhi")


@pytest.mark.parametrize(
    ("text", "needs", "country"),
    [
        ("Não preciso de visto para trabalhar em Portugal (cidadania portuguesa)", False, "PT"),
        ("Pracuję zdalnie, bez konieczności sponsorowania wizy", False, None),
        ("Necesito visa para trabajar en EE.UU.", True, None),
        ("Cetățean UE", None, "RO"),
        ("Obywatelstwo polskie", None, "PL"),
        ("Kein Visum erforderlich, EU-Bürger", False, "DE"),
        ("No visa sponsorship needed.", False, None),
    ],
)
def test_work_authorization_in_many_languages(
    text: str, needs: bool | None, country: str | None
) -> None:
    countries, sponsorship = fields.work_authorization(text)
    assert sponsorship is needs
    if country:
        assert country in countries


@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    found = relocation(text)
    if found is not None:
        assert 0 <= found.span[0] <= found.span[1] <= len(text)
    fields.work_authorization(text)
