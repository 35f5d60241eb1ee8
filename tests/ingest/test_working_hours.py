"""Working hours and zones as people write them (issue 15, item 3)."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.models import Candidate
from worldhire.ingest.resumes.profile import fill_logistics
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.hours import (
    StatedHours,
    find_stated_hours,
    stated_hours,
    stated_timezone,
    working_window,
    zone_for_abbreviation,
    zone_for_offset,
)

WINTER = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "country", "start", "end", "zone", "offered"),
    [
        # The examples of issue 15.
        ("Working hours: 8:00–17:00 WAT", "NG", 8, 17, "Africa/Lagos", False),
        ("Available 9:00 to 18:00", "KE", 9, 18, None, False),
        ("Disponível das 8h às 17h", "BR", 8, 17, None, False),
        ("I'm happy to work European hours", "NG", 9, 17, "Europe/Berlin", True),
        ("at least 4 hours of overlap with Berlin office hours", None, 9, 17, None, False),
        # Clock ranges as people write them.
        ("9am-6pm EST", None, 9, 18, "America/New_York", False),
        ("Disponible de 9h à 18h (heure de Paris)", "FR", 9, 18, "Europe/Paris", False),
        ("Praca w godz. 8–16", "PL", 8, 16, None, False),
        ("Arbeitszeit 8-16 Uhr", "DE", 8, 16, None, False),
        ("Giờ làm việc: 8:30 - 17:30 (GMT+7)", "VN", 8.5, 17.5, "Asia/Ho_Chi_Minh", False),
        ("Jam kerja 08.00-17.00 WIB", "ID", 8, 17, "Asia/Jakarta", False),
        ("Робочі години 10:00–19:00 за київським часом", "UA", 10, 19, "Europe/Kyiv", False),
        ("Program 9-18 (EET)", "RO", 9, 18, "Europe/Bucharest", False),
        ("Horario 9 a 18 h (hora de España)", "ES", 9, 18, "Europe/Madrid", False),
        ("Hours: 9-5", None, 9, 17, None, False),
        ("I work 22:00–06:00 for US clients", None, 22, 6, None, False),
        ("IST 10 AM to 7 PM", "IN", 10, 19, "Asia/Kolkata", False),
        ("9:00-17:00 PST", "PH", 9, 17, "Asia/Manila", False),
        # "h" after a clock range that an amount would not be: wider, or opened as a range
        ("disponible 14h-18h", "FR", 14, 18, None, False),
        ("Disponível de 9h a 11h", "BR", 9, 11, None, False),
        ("9:00-17:00 PST", None, 9, 17, "America/Los_Angeles", False),
        ("10:00–19:00 (UTC+3)", None, 10, 19, "Etc/GMT-3", False),
        ("10:00–19:00 (UTC+3)", "KE", 10, 19, "Africa/Nairobi", False),
        ("happy to work 9:00-17:00 CET", "NG", 9, 17, "Europe/Berlin", True),
        # Hours in words.
        ("Làm việc giờ hành chính", "VN", 8, 17, None, False),
        ("can overlap with US East Coast mornings", "KE", 9, 12, "America/New_York", True),
        ("flexible to work CET hours", "NG", 9, 17, "Europe/Berlin", True),
        ("mogę pracować w godzinach CET", "PL", 9, 17, "Europe/Warsaw", True),
        ("disponível no horário europeu", "BR", 9, 17, "Europe/Berlin", True),
        ("Ich kann zu US-Zeiten arbeiten", "DE", 9, 17, "America/New_York", True),
    ],
)
def test_stated_hours(
    text: str, country: str | None, start: float, end: float, zone: str | None, offered: bool
) -> None:
    found = stated_hours(text, country)
    if "office hours" in text:  # the post's own office, named by city: not a candidate's hours
        assert found is not None and found.kind == "office"
        return
    assert found is not None, text
    assert (found.start, found.end, found.timezone, found.offered) == (start, end, zone, offered)
    assert 0 <= found.span[0] < found.span[1] <= len(text)


@pytest.mark.parametrize(
    "text",
    ["4-6 hours of overlap with Europe", "3-5 years of experience", "Jan 2019 - Mar 2021",
     "Salary 8-10k EUR", "IELTS 6.5-7.0", "give us time", "team of 10-12 engineers",
     "Python 3.8-3.11", "+48 601-234-567",
     # a word that opens any range, well before it, is no cue of hours
     "Conduite de chariots élévateurs (CACES 3 et 5)",
     "Distribuição regional de bebidas, 15 a 20 entregas por dia",
     "Transport internațional de mărfuri, curse de 3-4 săptămâni",
     # how long, not when: "4-5 hrs" is no window from four to five in the morning
     "Happy to overlap 4-5 hrs with CET or EST.", "Can overlap 2-3h with the US team",
     "available 6-8 hrs daily"],
)  # fmt: skip
def test_not_hours(text: str) -> None:
    assert find_stated_hours(text) == []


@pytest.mark.parametrize(
    ("text", "country", "zone"),
    [
        ("Time zone: UTC+3", "KE", "Africa/Nairobi"),
        ("Timezone: UTC+3", None, "Etc/GMT-3"),
        ("TZ: GMT+5:30", None, "Asia/Kolkata"),
        ("Fuso horário: UTC−03:00", "BR", "America/Sao_Paulo"),
        ("Strefa czasowa: CET", "PL", "Europe/Warsaw"),
        ("Часовий пояс: EET", "UA", "Europe/Kyiv"),
        ("Zeitzone: MEZ", "DE", "Europe/Berlin"),
        ("Múi giờ: GMT+7", "VN", "Asia/Ho_Chi_Minh"),
        ("Zona waktu: WIB", "ID", "Asia/Jakarta"),
        ("Time zone: IST", "IN", "Asia/Kolkata"),
        ("Time zone: IST", "IE", "Europe/Dublin"),
        ("Time zone: BST", "BD", "Asia/Dhaka"),
        ("Time zone: CST", "CN", "Asia/Shanghai"),
        ("Quezon City, Philippines (UTC+8) · day shift", "PH", "Asia/Manila"),
        ("Time zone: America/Mexico_City", None, "America/Mexico_City"),
    ],
)
def test_stated_timezone(text: str, country: str | None, zone: str) -> None:
    found = stated_timezone(text, country)
    assert found is not None and found.zone == zone
    assert fields.explicit_timezone(text, country) == zone


def test_an_offer_in_brackets_is_not_the_persons_zone() -> None:
    assert stated_timezone("Lagos. Happy to work 9:00-17:00 (CET) for a European team") is None


def test_hours_in_another_zone_convert_to_the_persons_clock() -> None:
    european = StatedHours(9, 17, "Europe/Berlin", (0, 1), offered=True)
    assert european.in_zone("Africa/Lagos", WINTER) == (9, 17)  # both UTC+1 in winter
    assert european.in_zone("Africa/Lagos", date(2026, 7, 15)) == (8, 16)
    assert european.in_zone("Asia/Kolkata", WINTER) == (13.5, 21.5)


def test_window_widens_the_day_with_an_offer() -> None:
    own = StatedHours(8, 17, "Africa/Nairobi", (0, 1))
    mornings = StatedHours(9, 12, "America/New_York", (2, 3), offered=True)
    assert working_window([own, mornings], "Africa/Nairobi", WINTER) == (8, 20)
    assert working_window([mornings], "Africa/Nairobi", WINTER) == (9, 20)  # the usual 9-17
    assert working_window([mornings], "Africa/Nairobi", WINTER, usual=None) == (17, 20)


def test_a_night_shift_offer_stands_alone() -> None:
    us_hours = StatedHours(9, 17, "America/New_York", (0, 1), offered=True)
    assert working_window([us_hours], "Asia/Manila", WINTER) == (22, 6)


def test_own_hours_win_over_an_offer_that_cannot_join_them() -> None:
    own = StatedHours(9, 18, "Europe/Kyiv", (0, 1))
    pacific = StatedHours(9, 17, "America/Los_Angeles", (2, 3), offered=True)
    assert working_window([pacific, own], "Europe/Kyiv", WINTER) == (9, 18)


def test_candidate_in_lagos_offering_european_hours_gets_them_on_lagos_time() -> None:
    person = Candidate(name="Amara", country="NG", timezone="Africa/Lagos")
    fill_logistics(person, "Based in Lagos. Happy to work European hours.")
    on_lagos_clock = StatedHours(9, 17, "Europe/Berlin", (0, 1)).in_zone("Africa/Lagos")
    assert (person.work_start_hour, person.work_end_hour) == (min(9, on_lagos_clock[0]), 17)


def test_hours_with_a_zone_say_where_the_person_is_when_nothing_else_did() -> None:
    person = Candidate(name="Wanjiru")
    fill_logistics(person, "Working hours: 8:00–17:00 EAT")
    assert (person.timezone, person.country) == ("Africa/Nairobi", "KE")
    assert (person.work_start_hour, person.work_end_hour) == (8, 17)


def test_abbreviation_and_offset_meanings() -> None:
    assert zone_for_abbreviation("PST") == "America/Los_Angeles"
    assert zone_for_abbreviation("PST", "PH") == "Asia/Manila"
    assert zone_for_abbreviation("CET", "PL") == "Europe/Warsaw"
    assert zone_for_abbreviation("CET", "NG") == "Europe/Berlin"  # Lagos keeps UTC+1 in summer
    assert zone_for_abbreviation("XYZ") is None
    assert zone_for_offset(-180, "BR") == "America/Sao_Paulo"
    assert zone_for_offset(345) == "Asia/Kathmandu"
    assert zone_for_offset(15 * 60) is None


# --- properties ---------------------------------------------------------------------------

_STYLES = (
    "{a:02d}:{am:02d}–{b:02d}:{bm:02d}", "{a}:{am:02d} to {b}:{bm:02d}", "das {a}h às {b}h",
    "de {a}h à {b}h", "godz. {a}–{b}", "{a}-{b} Uhr", "từ {a}:{am:02d} đến {b}:{bm:02d}",
)  # fmt: skip
_ZONES = {"WAT": "Africa/Lagos", "EAT": "Africa/Nairobi", "SAST": "Africa/Johannesburg",
          "PKT": "Asia/Karachi", "WIB": "Asia/Jakarta", "BRT": "America/Sao_Paulo",
          "JST": "Asia/Tokyo", "SGT": "Asia/Singapore"}  # fmt: skip


@given(
    st.integers(5, 12), st.integers(1, 11), st.sampled_from([0, 30]), st.sampled_from([0, 30]),
    st.integers(0, len(_STYLES) - 1), st.sampled_from(sorted(_ZONES)),
)  # fmt: skip
def test_written_hours_round_trip(
    start: int, length: int, start_min: int, end_min: int, style: int, abbreviation: str
) -> None:
    end = start + length
    written = _STYLES[style].format(a=start, b=end, am=start_min, bm=end_min)
    text = f"Working hours: {written} {abbreviation}"
    found = stated_hours(text)
    assert found is not None, text
    with_minutes = "{am" in _STYLES[style]
    expected_start = start + (start_min / 60 if with_minutes else 0)
    expected_end = end + (end_min / 60 if with_minutes else 0)
    assert (found.start, found.end) == (expected_start, expected_end % 24)
    assert found.timezone == _ZONES[abbreviation]


@pytest.mark.parametrize(
    "text",
    ["Rewrote the billing export, so the nightly run went from 7 hrs to 3 hrs.",
     "Brought month-end close down from 9 hrs to 2 hrs by scripting the checks"],
)  # fmt: skip
def test_a_shrinking_amount_of_hours_is_no_window(text: str) -> None:
    assert find_stated_hours(text) == []


@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from(["from", "between", "went from"]))
def test_bare_hours_never_read_as_a_day_longer_than_a_double_shift(
    first: int, second: int, opener: str
) -> None:
    for hours in find_stated_hours(f"The job ran {opener} {first} hrs to {second} hrs"):
        assert (hours.end - hours.start) % 24 <= 16


@given(st.text(max_size=300), st.sampled_from([None, "PH", "NG", "IN", "US"]))
def test_any_text_gives_sane_hours(text: str, country: str | None) -> None:
    previous_end = 0
    for hours in find_stated_hours(text, country):
        assert 0 <= hours.start <= 24 and 0 <= hours.end <= 24 and hours.start != hours.end
        assert previous_end <= hours.span[0] < hours.span[1] <= len(text)
        previous_end = hours.span[1]
        assert hours.timezone is None or zoneinfo.ZoneInfo(hours.timezone)
    stated_timezone(text, country)


@given(st.integers(-12, 14))
def test_whole_hour_offsets_give_zones_on_that_offset(hours: int) -> None:
    zone = zone_for_offset(hours * 60)
    assert zone is not None
    offset = datetime(2026, 1, 15, 12, tzinfo=UTC).astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
    assert offset is not None and offset.total_seconds() == hours * 3600


@given(st.floats(0, 23.5).map(lambda h: round(h * 2) / 2), st.sampled_from(sorted(_ZONES.values())))
def test_conversion_there_and_back(hour: float, zone: str) -> None:
    there = StatedHours(hour, (hour + 8) % 24, "Europe/Warsaw", (0, 1)).in_zone(zone, WINTER)
    back = StatedHours(there[0], there[1], zone, (0, 1)).in_zone("Europe/Warsaw", WINTER)
    assert back == (hour, (hour + 8) % 24)
