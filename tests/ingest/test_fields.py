from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.dates import find_range, merged_years, parse_date
from worldhire.ingest.shared.geo import resolve_place


@pytest.mark.parametrize(
    ("text", "country", "zone"),
    [
        ("Pune, India", "IN", "Asia/Kolkata"),
        ("Bengaluru, Karnataka", "IN", "Asia/Kolkata"),
        ("Kraków, Poland", "PL", "Europe/Warsaw"),
        ("Łódź", "PL", "Europe/Warsaw"),
        ("Cluj-Napoca", "RO", "Europe/Bucharest"),
        ("Novi Sad, Serbia", "RS", "Europe/Belgrade"),
        ("Lviv", "UA", "Europe/Kyiv"),
        ("Ho Chi Minh City, Vietnam", "VN", "Asia/Ho_Chi_Minh"),
        ("Cebu City", "PH", "Asia/Manila"),
        ("São Paulo, Brasil", "BR", "America/Sao_Paulo"),
        ("Manaus, Brazil", "BR", "America/Manaus"),
        ("Recife", "BR", "America/Recife"),
        ("Brazil", "BR", "America/Sao_Paulo"),
        ("Guadalajara, Jalisco, México", "MX", "America/Mexico_City"),
        ("Tijuana, Mexico", "MX", "America/Tijuana"),
        ("Cancún", "MX", "America/Cancun"),
        ("Lagos, Nigeria", "NG", "Africa/Lagos"),
        ("Nairobi", "KE", "Africa/Nairobi"),
        ("Alexandria, Egypt", "EG", "Africa/Cairo"),
        ("Austin, TX", "US", "America/Chicago"),
        ("Seattle, WA, USA", "US", "America/Los_Angeles"),
        ("Springfield, IL", "US", "America/Chicago"),
        ("Denver, Colorado", "US", "America/Denver"),
        ("Phoenix, AZ", "US", "America/Phoenix"),
        ("Remote (Lagos)", "NG", "Africa/Lagos"),
        ("Remote — Poland", "PL", "Europe/Warsaw"),
        ("Belo Horizonte, MG", "BR", "America/Sao_Paulo"),
        ("Lagos, Portugal", "PT", "Europe/Lisbon"),
        ("Kenya", "KE", "Africa/Nairobi"),
    ],
)
def test_resolve_place(text: str, country: str, zone: str) -> None:
    place = resolve_place(text)
    assert place is not None
    assert (place.country, place.timezone) == (country, zone)


@pytest.mark.parametrize("text", ["United States", "USA", "Canada"])
def test_multi_zone_country_without_city_has_no_zone(text: str) -> None:
    place = resolve_place(text)
    assert place is not None and place.country is not None and place.timezone is None


@pytest.mark.parametrize("text", ["Remote", "AI / ML", "NLP, ML", "", "x" * 1000])
def test_no_place(text: str) -> None:
    assert resolve_place(text) is None


def test_contacts_and_links() -> None:
    text = "Jane | jane.doe+cv@mail.example.com | +48 601 234 567 | github.com/jane | https://jane.dev."
    assert fields.find_emails(text) == ["jane.doe+cv@mail.example.com"]
    assert fields.find_phone(text) == "+48 601 234 567"
    assert fields.find_links(text) == ["https://github.com/jane", "https://jane.dev"]


def test_date_range_is_not_a_phone() -> None:
    assert fields.find_phone("Acme 2019 - 2021") is None


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("P.O. Box 12345-00100, Nairobi | +254 712 345 678", "+254 712 345 678"),
        ("PO Box 4521 - 00200 Nairobi, Tel 0722 123456", "0722 123456"),
        ("Caixa Postal 12345-678, Recife", None),
    ],
)
def test_a_post_box_and_its_postal_code_are_no_phone(text: str, phone: str | None) -> None:
    assert fields.find_phone(text) == phone


def test_languages_with_levels() -> None:
    text = "English (C1), Polish – native; German: basic\nFilipino, Tagalog"
    assert fields.find_languages(text) == [
        "English (C1)",
        "Polish (native)",
        "German (basic)",
        "Filipino",
        "Tagalog",
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [("8+ years of experience in ML", 8.0), ("Experience: 4.5", 4.5), ("I love 3D", None)],
)
def test_stated_years(text: str, years: float | None) -> None:
    assert fields.stated_years(text) == years


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Working hours: 10:00-19:00", (10.0, 19.0)),
        ("Available 9am to 5pm", (9.0, 17.0)),
        ("Hours: 9-5", (9.0, 17.0)),
        ("I work 22:00–06:00 for US clients", (22.0, 6.0)),
    ],
)
def test_working_hours(text: str, hours: tuple[float, float]) -> None:
    assert fields.working_hours(text) == hours


@pytest.mark.parametrize(
    ("text", "countries", "needs"),
    [
        ("US citizen", ["US"], None),
        ("Authorized to work in Germany without sponsorship", ["DE"], False),
        ("EU citizen (Polish passport)", None, None),
        ("On an H-1B, will need visa sponsorship", [], True),
        ("No visa sponsorship needed.", [], False),
    ],
)
def test_work_authorization(text: str, countries: list[str] | None, needs: bool | None) -> None:
    found, sponsorship = fields.work_authorization(text)
    if countries is None:
        assert "PL" in found and "DE" in found  # an EU citizen may work in every member state
    else:
        assert found == countries
    assert sponsorship is needs


def test_explicit_timezone_and_availability() -> None:
    text = "Time zone: America/Mexico_City. Available from 2025-09-01."
    assert fields.explicit_timezone(text) == "America/Mexico_City"
    assert fields.available_from(text) == date(2025, 9, 1)
    assert fields.explicit_timezone("Mars/Olympus_Mons and Foo/Bar") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2020 – Present", date(2020, 1, 1), None),
        ("2019-03 to 2021-06", date(2019, 3, 1), date(2021, 6, 1)),
        ("Sept 2019 - Mar 2021", date(2019, 9, 1), date(2021, 3, 1)),
        ("03/2017 – 12/2019", date(2017, 3, 1), date(2019, 12, 1)),
        ("May '19 – now", date(2019, 5, 1), None),
        ("Acme | 2015 - 2016 | Pune", date(2015, 1, 1), date(2016, 1, 1)),
        ("since 2021", date(2021, 1, 1), None),
    ],
)
def test_date_ranges(text: str, start: date, end: date | None) -> None:
    found = find_range(text)
    assert found is not None and (found.start, found.end) == (start, end)


def test_parse_date_rejects_nonsense() -> None:
    assert parse_date("13/2020") is None
    assert parse_date("2020-13") is None


def test_overlapping_jobs_are_counted_once() -> None:
    ranges = [
        (date(2015, 1, 1), date(2019, 1, 1)),
        (date(2017, 1, 1), date(2020, 1, 1)),  # overlaps the first
        (date(2021, 1, 1), date(2022, 1, 1)),
    ]
    assert merged_years(ranges) == pytest.approx(6.0, abs=0.05)


@given(
    st.lists(
        st.tuples(st.dates(date(1990, 1, 1), date(2030, 1, 1)), st.integers(0, 4000)),
        max_size=8,
    )
)
def test_merged_years_bounds(spans: list[tuple[date, int]]) -> None:
    from datetime import timedelta

    ranges = [(start, start + timedelta(days=days)) for start, days in spans]
    total = merged_years(ranges)
    assert total <= round(sum(days for _, days in spans) / 365.25, 1) + 0.1
    assert total >= round(max((days for _, days in spans), default=0) / 365.25, 1) - 0.1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Education\nB.Com, University of Mumbai, 2016\n\nLanguages Known: English, Hindi, Marathi"
         "\n\nCurrent CTC: 5.2 LPA", ["English", "Hindi", "Marathi"]),
        ("COMPETENȚE PERSONALE\nLimba maternă | Română\nAlte limbi străine: Italiană – B1",
         ["Romanian (native)", "Italian (B1)"]),
    ],
)  # fmt: skip
def test_a_languages_line_inside_another_section(text: str, expected: list[str]) -> None:
    c = parse_text_resume("Priya Nair\npriya@example.in\n\n" + text, "cv.txt")
    assert c.languages == expected


def test_words_of_other_languages_are_no_iso_language_names() -> None:
    text = "Română – nativ\nEngleză – avansat (C1)\nSalariu dorit: 7.500 lei net/lună"
    assert fields.find_languages(text) == ["Romanian (native)", "English (C1)"]
