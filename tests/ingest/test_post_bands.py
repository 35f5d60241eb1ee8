"""The band of time zones a post asks its hire to work from (ingest.posts.bands)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.models import utc_offset_name
from worldhire.ingest.posts.bands import end_offset, parse_zone_band, zone_band_in
from worldhire.ingest.posts.role import role_from_text


@pytest.mark.parametrize(("sentence", "band"), [
    ("You must work within UTC+1 to UTC+4.", (1, 4)),
    ("We hire between GMT-3 and GMT+1.", (-3, 1)),
    ("UTC−5 to UTC−3 only, please.", (-5, -3)),
    ("Candidates in a time zone between CET and IST.", (1, 5.5)),
    ("Zona horaria entre UTC-6 y UTC-3.", (-6, -3)),
    ("Fuso horário entre UTC-3 e UTC+1.", (-3, 1)),
    ("Strefa czasowa od UTC+0 do UTC+3.", (0, 3)),
    ("Часовий пояс від UTC+0 до UTC+3.", (0, 3)),
    ("Zeitzone zwischen UTC+0 und UTC+3.", (0, 3)),
    ("Fuseau horaire entre UTC-1 et UTC+3.", (-1, 3)),
    ("Fus orar între UTC+0 și UTC+3.", (0, 3)),
    ("Múi giờ từ UTC+7 đến UTC+9.", (7, 9)),
    ("Zona waktu antara UTC+7 dan UTC+9.", (7, 9)),
    ("Americas time zones only.", (-10, -3)),
    ("Anyone in European time zones.", (0, 3)),
    ("From UTC+5:30 – UTC+8.", (5.5, 8)),
    ("Between CEST and EEST.", (2, 3)),
])
def test_a_band_is_read_with_its_words(sentence: str, band: tuple[float, float]) -> None:
    found = zone_band_in([sentence])
    assert found is not None
    assert (found.low, found.high) == band
    assert found.quote and found.quote in sentence


@pytest.mark.parametrize("sentence", [
    "Our offices are in CET and IST.",  # two places, no band
    "Core hours 9:00–17:00 CET.",  # a working window
    "Le poste est à pourvoir rapidement.",  # "est" is a word, not a zone
    "Happy to work European hours.",  # an offer of hours, not a band
    "Join us: time zones do not matter.",
])
def test_no_band_where_the_post_states_none(sentence: str) -> None:
    assert zone_band_in([sentence]) is None


def test_a_post_gives_the_role_its_band() -> None:
    spec = role_from_text("# Data Engineer\nCompany: Lumen Labs\n\n## Requirements\n- Python\n\n"
                          "## Logistics\nFully remote, within UTC+1 to UTC+4.\n")
    assert spec.zone_band is not None
    assert (spec.zone_band.low, spec.zone_band.high, spec.zone_band.quote) == (
        1, 4, "UTC+1 to UTC+4")


_OFFSETS = st.integers(-12, 14)


@given(_OFFSETS, _OFFSETS, st.sampled_from(["UTC", "GMT"]),
       st.sampled_from([" to ", " – ", "-", " do ", " hasta "]))
def test_any_two_offsets_make_a_band_west_to_east(
    a: int, b: int, prefix: str, joint: str
) -> None:
    found = zone_band_in([f"Work from {prefix}{a:+d}{joint}{prefix}{b:+d}."])
    if a == b:
        assert found is None  # one zone is no band
        return
    assert found is not None
    assert (found.low, found.high) == (min(a, b), max(a, b))


@given(st.integers(-12 * 4, 14 * 4).map(lambda q: q / 4))
def test_an_offset_name_reads_back_as_the_offset(hours: float) -> None:
    assert end_offset(utc_offset_name(hours)) == hours


@pytest.mark.parametrize(("typed", "band"), [
    ("UTC+1 to UTC+4", (1, 4)), ("+1 to +4", (1, 4)), ("-5..-3", (-5, -3)),
    ("CET - IST", (1, 5.5)),
])
def test_a_typed_band(typed: str, band: tuple[float, float]) -> None:
    found = parse_zone_band(typed)
    assert found is not None and (found.low, found.high) == band


def test_a_typed_band_that_is_none() -> None:
    assert parse_zone_band("somewhere nice") is None
