"""Where a job post lets people work from (issue 15): restrictions as posts write them, the
company's own place, exclusions, and countries named beside their region."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.geo.regions import named_regions
from worldhire.ingest.posts.allowed import allowed_countries_in, allowed_countries_of
from worldhire.ingest.posts.post import _allowed
from worldhire.ingest.posts.text import split_post

REGIONS = named_regions()
# Countries the post tables name in English, with the region each lies in.
_NAMED = {"Germany": "DE", "France": "FR", "Poland": "PL", "Spain": "ES", "Portugal": "PT"}


def test_the_company_s_own_place_beside_a_region_leaves_the_region_whole() -> None:
    africa = allowed_countries_of(
        ["Location: Remote within Africa (our office is located in Lagos, Nigeria)"]
    )
    assert set(africa) == REGIONS["AFRICA"]
    europe = allowed_countries_of(
        [
            "Nordlicht is headquartered in Hamburg, Germany.",
            "Remote, anywhere in Europe. We hire through our own entity in Germany.",
        ]
    )
    assert set(europe) == REGIONS["EUROPE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We're spread across Portugal, Poland and Brazil, and you can work from anywhere in the "
        "world.",
        "Andina es una empresa con sede en Bogotá, Colombia desde 2012.",
        "Bałtyk IT to software house z siedzibą w Gdańsku, Polska, tylko dobre projekty.",
        "Our headquarters are located in Toronto, Canada; we only hire great people.",
        # "e-Residency" is Estonia's programme, not a word for where the hire resides.
        "The company is registered in Estonia (e-Residency), so you invoice an EU company.",
    ],
)
def test_a_company_s_place_restricts_nothing(sentence: str) -> None:
    assert allowed_countries_of([sentence]) == []


@given(
    region=st.sampled_from(["EU", "EMEA", "Europe"]),
    cut=st.lists(st.sampled_from(sorted(_NAMED)), min_size=1, max_size=2, unique=True),
    phrase=st.sampled_from(
        ["except", "excluding", "but we are not able to hire in", "— we can't hire in"]
    ),
)
def test_excluded_countries_leave_their_region(region: str, cut: list[str], phrase: str) -> None:
    found = set(allowed_countries_in(f"Remote within {region}, {phrase} {' or '.join(cut)}."))
    assert found == REGIONS[region.upper()] - {_NAMED[c] for c in cut}


def test_an_exclusion_in_its_own_sentence_still_cuts_the_region() -> None:
    found = allowed_countries_of(
        ["Remote (EMEA).", "Unfortunately we are unable to hire in Germany or France."]
    )
    assert set(found) == REGIONS["EMEA"] - {"DE", "FR"}


def test_two_countries_inside_a_region_win_and_one_beside_any_other_does_not() -> None:
    listed = allowed_countries_of(
        ["Remote, LATAM only.", "Candidates in Mexico, Colombia or Peru, please."]
    )
    assert listed == ["MX", "CO", "PE"]
    other = allowed_countries_of(["praca zdalna z terenu Polski lub innego kraju UE"])
    assert set(other) == REGIONS["EU"]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("We hire in the US, Canada, the UK and Ireland.", {"US", "CA", "GB", "IE"}),
        ("Télétravail depuis la France, la Belgique ou la Suisse", {"FR", "BE", "CH"}),
        ("Remote aus Deutschland, Österreich oder der Schweiz", {"DE", "AT", "CH"}),
        ("Remote, terbuka untuk kandidat dari Indonesia, Malaysia, atau Filipina",
         {"ID", "MY", "PH"}),
        ("Tamamen uzaktan; sadece Türkiye'de ikamet eden adaylar.", {"TR"}),
        ("Aceitamos candidatos de toda a América Latina.", set(REGIONS["LATAM"])),
        ("Avrupa'da yaşayan adaylara açık (Türkiye dahil)", set(REGIONS["EUROPE"]) | {"TR"}),
        ("Applicants must be South African citizens.", {"ZA"}),
        ("Visa: USC/GC only, no H-1B sponsorship", {"US"}),
        ("Posisi ini hanya untuk WNI.", {"ID"}),
        ("Executive Assistant (Remote, Philippines)", {"PH"}),
        ("We are a team of 40 in Berlin.", set()),
        ("Remote from anywhere in South Asia.", set(REGIONS["SOUTH-ASIA"])),
        ("Zatrudniamy zdalnie w Europie Środkowo-Wschodniej", set(REGIONS["EASTERN-EUROPE"])),
        ("Remote (CEE), B2B", set(REGIONS["EASTERN-EUROPE"])),
        ("Only candidates based in Southeast Asia.", set(REGIONS["SOUTHEAST-ASIA"])),
        ("Remote, but you need to be in LATAM (we pay through Deel)", set(REGIONS["LATAM"])),
        ("We need to be in touch with customers in Germany.", set()),
        ("100 % télétravail depuis l'Afrique de l'Ouest (fuseau GMT)",
         set(REGIONS["WEST-AFRICA"])),
        ("Remote within East Africa (EAT).", set(REGIONS["EAST-AFRICA"])),
        ("Open to candidates anywhere in Africa.", set(REGIONS["AFRICA"])),
    ],
)  # fmt: skip
def test_restrictions_as_posts_write_them(sentence: str, codes: set[str]) -> None:
    assert set(allowed_countries_in(sentence)) == codes


def test_a_post_s_logistics_line_beats_the_company_s_seat() -> None:
    post = split_post(
        "DevOps Engineer\nCompany: Brightwave Labs\n\nWe are based in Austin, United States.\n\n"
        "Requirements:\n- Terraform\n- AWS\n\n"
        "Location: remote from Latin America, except Venezuela and Cuba (sanctions)\n"
    )
    assert set(_allowed(post, [line for _, line in post.head])) == REGIONS["LATAM"] - {"VE", "CU"}


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # Countries in the post's own language, after a preposition, from the gazetteer.
        ("Praca zdalna z Czech albo z Litwy.", {"CZ", "LT"}),
        ("Remoto desde Guatemala u Honduras.", {"GT", "HN"}),
        ("Ouvert uniquement aux candidats résidant au Sénégal.", {"SN"}),
        ("Homeoffice innerhalb Österreichs.", {"AT"}),
        ("Lavoro da remoto dalla Grecia.", {"GR"}),
        # Codes in a slash group and names with a typo.
        ("Remote (UK/IE only)", {"GB", "IE"}),
        ("Candidates must live in Argnetina or Urugauy.", {"AR", "UY"}),
        # A negated "outside" restricts to the place.
        ("Sorry, we can't hire anyone outside Canada yet.", {"CA"}),
    ],
)  # fmt: skip
def test_places_in_any_hiring_language_and_as_typed(sentence: str, codes: set[str]) -> None:
    assert set(allowed_countries_of([sentence])) == codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Our client is a leading US based logistics company.",
        "We have offices in Madrid, Warsaw and Nairobi and clients in Germany and Kenya.",
        "We hire through an employer of record in 120+ countries, so you can live anywhere.",
        "You will only visit our team in Portugal twice a year.",
        "We sponsor work permits for Germany and help you relocate.",
        "Remote, and we are happy to hire outside Brazil too.",
        "German speakers only.",
        "Remote from my own desk, wherever it is.",
    ],
)
def test_a_place_no_restriction_cue_governs_restricts_nothing(sentence: str) -> None:
    assert allowed_countries_of([sentence]) == []


def test_a_title_s_region_loses_the_countries_the_body_excludes() -> None:
    post = split_post(
        "Data Engineer - Remote EMEA\nCompany: Northgate Labs\n\n"
        "Requirements:\n- Python\n- SQL\n\n"
        "Nice to have:\n- dbt. Unfortunately we cannot hire in Russia or Belarus.\n"
    )
    found = set(_allowed(post, [line for _, line in post.head]))
    assert found == REGIONS["EMEA"] - {"RU", "BY"}


@pytest.mark.parametrize("sentence", [
    "Kandydaci z Niemiec: klauzula o przetwarzaniu danych osobowych poniżej.",
    "Bewerber aus Deutschland: Hinweise zur Verarbeitung personenbezogener Daten finden Sie hier.",
    "Candidati in Italia: informativa sul trattamento dei dati personali.",
    "Applicants in the EU: see Regulation 2016/679 for how we process applications.",
    "Candidats en France : voir notre politique de protection des données.",
    "Kandydaci z Polski: ochrona danych zgodnie z polityką firmy.",
])
def test_a_sentence_about_applicants_data_restricts_nobody(sentence: str) -> None:
    # personal data as every language declines it, the law by its number: the same words a
    # CV's consent clause is read by (core.data_protection)
    assert allowed_countries_of([sentence]) == []
