"""The one reading of a country typed into a box, an option or a request field: every code in any
case, every country's names as pycountry and the UN M49 table write them, in any case, without
accents or with curly apostrophes; anything else is one UnknownCountry naming the field. A
filter on where people live reads a region as well ("latam", "Sub-Saharan Africa"), and a list
keeps a name with a comma in it ("Korea, Republic of") whole."""

from __future__ import annotations

import pickle
import string

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.geo.countries import countries, in_areas
from worldhire.core.geo.regions import expand
from worldhire.ingest.shared.country_input import (
    UnknownCountry,
    country_entries,
    optional_country,
    typed_areas,
    typed_countries,
    typed_country,
)
from worldhire.ingest.shared.geo import fold

CODES = sorted(countries())
NAMED = sorted(
    {(str(c.alpha_2), n) for c in pycountry.countries
     for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)) if n}
    | {(code, c.name) for code, c in countries().items()}
)
# Codes ISO 3166 keeps for users' own purposes: never a country (XK, Kosovo's code in use, aside).
USER_ASSIGNED = sorted({"AA", "ZZ", *(f"Q{x}" for x in "MNOPQRSTUVWXYZ"),
                        *(f"X{x}" for x in string.ascii_uppercase)} - {"XK"})
WRITTEN = [str, str.lower, str.upper, str.title, fold,
           lambda n: n.replace("'", "’"), lambda n: f"  {n} "]


def any_case(text: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(text), max_size=len(text)).map(
        lambda upper: "".join(c.upper() if u else c.lower() for c, u in zip(text, upper,
                                                                         strict=True)))


@given(st.sampled_from(CODES).flatmap(any_case), st.sampled_from(["", " ", "\t"]))
def test_every_code_reads_in_any_case(typed: str, space: str) -> None:
    assert typed_country(f"{space}{typed}{space}") == typed.upper()


@given(st.sampled_from(NAMED), st.sampled_from(WRITTEN))
def test_every_name_reads_as_people_type_it(named: tuple[str, str], written: object) -> None:
    code, name = named
    assert callable(written)
    assert typed_country(written(name)) == code


@given(st.sampled_from(CODES).flatmap(any_case))
def test_a_code_read_reads_back_as_itself(typed: str) -> None:
    code = typed_country(typed)
    assert code in countries() and typed_country(code) == code


@given(st.one_of(st.sampled_from(USER_ASSIGNED).flatmap(any_case),
                 st.text(string.ascii_letters + " ", max_size=20).map(lambda t: f"{t}7")),
       st.sampled_from(["country", "--country", "company_location"]))
def test_what_is_no_country_is_refused_naming_the_field(typed: str, field: str) -> None:
    with pytest.raises(UnknownCountry) as refused:
        typed_country(typed, field=field)
    assert refused.value.extra == {"field": field} and refused.value.status == 422
    assert refused.value.code == "unknown-country" and refused.value.exit_code == 2
    assert f"“{typed.strip()}”: not a country we know" in str(refused.value)


@pytest.mark.parametrize(("typed", "code"), [
    ("DE", "DE"), ("Germany", "DE"), ("deutschland", "DE"), ("Deutschland", "DE"),
    ("Côte d'Ivoire", "CI"), ("cote d’ivoire", "CI"), ("Georgia", "GE"), ("Viet Nam", "VN"),
    ("uk", "GB"), ("USA", "US"), ("deu", "DE"), ("DR Congo", "CD"),
])
def test_the_forms_people_write(typed: str, code: str) -> None:
    assert typed_country(typed) == code


def test_the_error_crosses_to_another_process_as_it_was() -> None:
    sent = UnknownCountry(["ZZ", "Atlantis"], field="--country")
    back = pickle.loads(pickle.dumps(sent))
    assert (str(back), back.typed, back.extra) == (str(sent), sent.typed, sent.extra)


def test_nothing_typed_is_no_country_only_where_a_country_is_optional() -> None:
    assert optional_country(None) is None and optional_country("  ") is None
    with pytest.raises(UnknownCountry):
        typed_country(" ")


def test_a_list_names_every_part_that_is_no_country_at_once() -> None:
    assert typed_countries(["Germany, pl; Kenya,, DE", "ke"]) == ["DE", "PL", "KE"]
    with pytest.raises(UnknownCountry) as refused:
        typed_countries(["Germany, Atlantis", "ZZ"], field="more")
    assert refused.value.typed == ("Atlantis", "ZZ") and refused.value.field == "more"
    assert str(refused.value).startswith("“Atlantis”, “ZZ”: not a country we know.")


# Every country's name that ISO writes with a comma in it ("Korea, Republic of").
WITH_COMMA = [(code, name) for code, name in NAMED if "," in name]


@given(st.sampled_from(WITH_COMMA), st.sampled_from(CODES), st.sampled_from([", ", ",", "; "]),
       st.booleans())
def test_a_name_with_a_comma_in_it_is_one_entry_of_a_list(
    named: tuple[str, str], other: str, between: str, first: bool
) -> None:
    code, name = named
    typed = f"{name}{between}{other}" if first else f"{other}{between}{name}"
    expected = [code, other] if first else [other, code]
    assert typed_countries([typed]) == list(dict.fromkeys(expected))
    assert name in country_entries(typed)


def test_a_list_is_parted_by_commas_semicolons_and_lines() -> None:
    assert country_entries("Korea, Republic of, Germany; pl\nViet Nam,, Kenya") == [
        "Korea, Republic of", "Germany", "pl", "Viet Nam", "Kenya"]
    assert typed_countries(["Korea, Republic of"]) == ["KR"]
    with pytest.raises(UnknownCountry) as refused:
        typed_countries(["Korea, Atlantis"])
    assert refused.value.typed == ("Atlantis",)


@pytest.mark.parametrize(("typed", "area"), [
    ("germany", "DE"), ("Deutschland", "DE"), ("de", "DE"), ("DEU", "DE"), ("Georgia", "GE"),
    ("latam", "LATAM"), ("LATAM", "LATAM"), ("Latin America", "LATAM"),
    ("América Latina", "LATAM"), ("eu", "EU"), ("Africa", "AFRICA"),
    ("Middle East", "MIDDLE-EAST"), ("north america", "NORTH-AMERICA"),
    ("NORTH-AMERICA", "NORTH-AMERICA"), ("CEE", "EASTERN-EUROPE"),
    ("asia", "ASIA"), ("Sub-Saharan Africa", "Sub-Saharan Africa"),
    ("sub-saharan africa", "Sub-Saharan Africa"), ("western europe", "Western Europe"),
    ("Korea, Republic of", "KR"),
])
def test_a_filter_reads_a_country_or_a_region(typed: str, area: str) -> None:
    assert typed_areas([f" {typed} "]) == (area,)
    assert expand(typed_areas([typed]))  # the matcher expands what was read


def test_a_filter_reads_a_list_of_places_each_once() -> None:
    assert typed_areas(["Germany, LATAM; de", "Sub-Saharan Africa"]) == (
        "DE", "LATAM", "Sub-Saharan Africa")
    assert expand(typed_areas(["Sub-Saharan Africa"])) == in_areas("Sub-Saharan Africa")
    assert "NG" in expand(["sub-saharan africa"]) and "EG" not in expand(["Sub-Saharan Africa"])


@pytest.mark.parametrize("typed", ["ZZZ", "ZZ", "Atlantis", "Europe Minor", "EU7"])
def test_a_filter_names_what_is_neither_country_nor_region(typed: str) -> None:
    with pytest.raises(UnknownCountry) as refused:
        typed_areas(["Germany", typed], field="--country")
    assert refused.value.typed == (typed,) and refused.value.field == "--country"
    assert refused.value.status == 422 and refused.value.code == "unknown-country"
    assert f"“{typed}”: not a country or region we know" in str(refused.value)
    back = pickle.loads(pickle.dumps(refused.value))
    assert str(back) == str(refused.value)
