"""Towns the hand table lacks, read from the shipped GeoNames gazetteer (issue 15): towns named
alone only where the text is a place, a town sharing its name only when it is much larger or a
state, province or country beside it says which, and everyday words or given names never."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.geo import NOT_TOWNS, Place, fold, resolve_place
from worldhire.ingest.shared.towns import DOMINANCE, Town, dominant, gazetteer

_towns = st.builds(
    Town,
    country=st.sampled_from(["GB", "CA", "US", "CL", "ES", "AR"]),
    admin1=st.sampled_from(["01", "08", "ENG", "TX"]),
    population=st.integers(15_000, 30_000_000),
    timezone=st.just("Europe/London"),
    primary=st.booleans(),
)


def _weight(town: Town) -> float:
    return town.population if town.primary else town.population / DOMINANCE


@given(st.lists(_towns, min_size=1, max_size=8))
def test_a_shared_name_means_a_town_only_when_it_is_much_larger(towns: list[Town]) -> None:
    chosen = dominant(towns)
    ranked = sorted(towns, key=_weight, reverse=True)
    if len(towns) == 1:
        assert chosen == towns[0]
    elif _weight(ranked[0]) >= DOMINANCE * _weight(ranked[1]):
        assert chosen is not None and _weight(chosen) == _weight(ranked[0])
    else:
        assert chosen is None


@given(st.lists(_towns, min_size=1, max_size=8), st.randoms())
def test_the_order_towns_come_in_decides_nothing(towns: list[Town], rnd: object) -> None:
    shuffled = list(towns)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert (dominant(towns) is None) == (dominant(shuffled) is None)
    if dominant(towns) is not None:
        assert _weight(dominant(towns)) == _weight(dominant(shuffled))  # type: ignore[arg-type]


@given(st.lists(_towns, min_size=1, max_size=6), _towns)
def test_a_town_ten_times_any_namesake_is_the_one_meant(others: list[Town], big: Town) -> None:
    top = max(_weight(t) for t in others)
    giant = Town(big.country, big.admin1, int(top * DOMINANCE) + 1, big.timezone, primary=True)
    assert dominant([*others, giant]) == giant


@given(st.lists(_towns, min_size=2, max_size=6))
def test_an_alternate_name_never_outweighs_a_town_of_its_own_size(towns: list[Town]) -> None:
    """ "Canton" is Guangzhou's old name and an Ohio town's own: a namesake that the name belongs
    to weighs ten times the town it is only another name of."""
    own = Town("US", "OH", 100_000, "America/New_York", primary=True)
    other = Town("CN", "30", 100_000 * int(DOMINANCE), "Asia/Shanghai", primary=False)
    assert dominant([own, other]) is None
    assert dominant([own, other, *towns]) in (None, own, *towns)


@pytest.mark.parametrize(
    ("written", "country", "zone"),
    [
        ("Ogbomosho", "NG", "Africa/Lagos"),  # GeoNames' "Ogbomoso", spelt as people do
        ("Olsztyn", "PL", "Europe/Warsaw"),
        ("Thủ Đức", "VN", "Asia/Ho_Chi_Minh"),
        ("Phường Linh Trung, Thủ Đức", "VN", "Asia/Ho_Chi_Minh"),
        ("Біла Церква, Київська обл.", "UA", "Europe/Kyiv"),
        ("Cayma, Arequipa", "PE", "America/Lima"),
        ("Banjarmasin, Kalimantan Selatan", "ID", "Asia/Makassar"),
        ("Sorocaba - SP", "BR", "America/Sao_Paulo"),
        ("Kharkov", "UA", "Europe/Kyiv"),
        ("London", "GB", "Europe/London"),  # 21 times London, Ontario
        ("Santiago", "CL", "America/Santiago"),
    ],
)
def test_a_town_named_alone_in_a_place(written: str, country: str, zone: str) -> None:
    assert resolve_place(written, bare_town=True) == Place(country, zone)


@pytest.mark.parametrize(
    ("written", "country", "zone"),
    [
        ("London, ON N6A 3K7", "CA", "America/Toronto"),
        ("Halifax, Nova Scotia", "CA", "America/Halifax"),
        ("El Paso, TX", "US", "America/Denver"),  # Texas, but Mountain time
        ("Monterrey, Nuevo León", "MX", "America/Monterrey"),
        ("Córdoba, Argentina", "AR", "America/Argentina/Cordoba"),
        ("Split, Croatia", "HR", "Europe/Zagreb"),
        ("Reading, UK", "GB", "Europe/London"),
        ("Florence, Italy", "IT", "Europe/Rome"),
        ("Ogbomosho, Nigeria", "NG", "Africa/Lagos"),
    ],
)
def test_a_state_province_or_country_beside_a_town_says_which(
    written: str, country: str, zone: str
) -> None:
    assert resolve_place(written) == Place(country, zone)


@pytest.mark.parametrize(
    ("written", "country"),
    [("Athens", "GR"), ("Santiago", "CL"), ("Kharkov", "UA"), ("Pune", "IN")],
)
def test_a_capital_or_a_town_far_larger_than_its_namesakes_alone_is_the_place(
    written: str, country: str
) -> None:
    """Athens, Georgia shares the name, but a résumé's "Athens" is Greece's capital."""
    place = resolve_place(written, bare_town=True)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "written",
    [
        "FLORENCE", "Florence", "David", "Victoria", "Reading", "Nice", "Split", "Batman",
        "Mobile", "Of", "Bath", "Sale", "Police", "Gap", "Cork", "Orange", "Nokia",
        "Halifax", "Cambridge", "Tripoli", "Springfield",
        "Google", "Canton", "DAX", "ZARA", "Male", "Oi, Mariana, tudo bem?",
        "English (fluent), Swahili (native), Kikuyu (native)", "Тема",
    ],
)
def test_words_names_and_shared_names_alone_are_no_place(written: str) -> None:
    assert resolve_place(written, bare_town=True) is None


@pytest.mark.parametrize("written", ["Olsztyn", "Ogbomosho", "Arequipa", "Sorocaba"])
def test_a_town_alone_outside_a_place_context_is_not_read(written: str) -> None:
    """An employer, a skill or a title ("Arequipa Foods", "Sorocaba"?) is no place unless the
    caller knows the text is one."""
    assert resolve_place(written) is None


def test_a_first_name_on_its_own_line_is_not_where_she_lives() -> None:
    candidate = parse_text_resume(
        "FLORENCE\nNJERI MUTUA\nCustomer Service Representative\n"
        "Machakos | +254 722 418 093 | florence.njeri@example.co.ke\n\n"
        "WORK EXPERIENCE\nCustomer Service Representative, Safaricom\nJune 2022 - To date\n"
        "- Handle 80 calls a day.\n\nHOBBIES\nReading, volunteering\n",
        "cv.txt",
    )
    assert (candidate.country, candidate.timezone) == ("KE", "Africa/Nairobi")


def test_every_word_kept_from_standing_alone_is_a_towns_name() -> None:
    """Else the word is dead weight in the list."""
    assert [w for w in sorted(NOT_TOWNS) if not gazetteer().towns(w)] == []


def test_the_shipped_table_is_folded_and_complete() -> None:
    blob = resources.files("worldhire").joinpath("data", "geo", "towns.tsv.gz").read_bytes()
    lines = gzip.decompress(blob).decode("utf-8").splitlines()
    assert lines[0].split("\t") == [
        "name", "country", "admin1", "population", "timezone", "names", "alternates",
    ]
    assert len(lines) - 1 == len(gazetteer()) == 34_006
    for line in lines[1:]:
        name, _country, _admin1, population, _zone, names, alternates = line.split("\t")
        assert int(population) >= 0
        own = names.split("|")[0]
        assert own == " ".join(fold(name).split()).strip(" .")
        for key in [*names.split("|"), *(alternates.split("|") if alternates else [])]:
            assert key == fold(key)
