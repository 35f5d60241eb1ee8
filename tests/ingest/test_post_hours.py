"""Team hours and overlap as English posts state them (batch dev-posts-hours): a weekly meeting,
an opening time or a clause beside the hours is no overlap asked for, a worded overlap beats a
meeting window, and a zone abbreviation at a company on the same clock is the company's zone;
what a post says is not required is asked for no more; short bullet posts are posts."""

from __future__ import annotations

import pytest

from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.posts.fields import overlap_in, overlap_of
from worldhire.ingest.posts.places import office_clock_zone
from worldhire.ingest.posts.post import read_post
from worldhire.skills.linker import default_linker


@pytest.mark.parametrize(
    "sentence",
    [
        "Customer calls from 9am to 11am PT happen twice a week.",
        "Our weekly all-hands meetings from 16:00 to 17:00 CET are recorded.",
        "Sprint demos are on Thursdays, online between 14:00 and 16:00 CET.",
        "Online courses and a learning budget; gym open 6am-10pm.",
        "Our support desk is online from 7am to 9pm SAST, seven days a week.",
    ],
)
def test_hours_that_are_not_asked_of_the_hire_every_day_are_no_overlap(sentence: str) -> None:
    assert overlap_in(sentence) is None


def test_a_daily_window_beside_office_days_is_still_the_overlap() -> None:
    found = overlap_in("Hybrid, 2 days a week in the office, and online 10:00-14:00 CET.")
    assert found is not None
    assert (found.hours, found.zone) == (4.0, "Europe/Berlin")


def test_overlap_asked_in_words_beats_an_earlier_meeting_window() -> None:
    found = overlap_of([
        "We hold online meetings from 10:00 to 11:00 CET.",
        "You need at least 4 hours of overlap with US Eastern.",
    ])  # fmt: skip
    assert found is not None
    assert (found.hours, found.zone) == (4.0, "America/New_York")


def test_a_meeting_window_alone_is_the_overlap() -> None:
    found = overlap_of(["Team meetings between 9 and 11 Pacific, the rest is async."])
    assert found is not None
    assert (found.hours, found.zone) == (2.0, "America/Los_Angeles")


@pytest.mark.parametrize(
    ("zone", "office", "text", "expected"),
    [
        # "Eastern" at a Toronto company, "CET" at an Amsterdam one: the office's clock
        ("America/New_York", "America/Toronto", "meetings 11:00-13:00 Eastern", "America/Toronto"),
        ("Europe/Berlin", "Europe/Amsterdam", "overlap 10:00-15:00 CET", "Europe/Amsterdam"),
        # another clock, a city the post names, or no office: the zone as read
        ("America/New_York", "Asia/Kolkata", "overlap with ET", "America/New_York"),
        ("Europe/Berlin", "Europe/Vienna", "overlap with Berlin (CET)", "Europe/Berlin"),
        ("Europe/Berlin", None, "overlap with CET", "Europe/Berlin"),
        # a zone named by its city is not an abbreviation's default
        ("Europe/Madrid", "Europe/Paris", "hora peninsular", "Europe/Madrid"),
    ],
)
def test_a_zone_abbreviation_at_a_company_on_its_clock_is_the_companys_zone(
    zone: str, office: str | None, text: str, expected: str
) -> None:
    assert office_clock_zone(zone, office, text) == expected


# -- what a post says is not required (batch dev-posts-wild and dev-posts-hours) -----------------


def _asked(text: str) -> dict[str, bool]:
    read = read_post(f"Data Analyst at Wayfarer Maps\n\nRequirements:\n{text}\n\nApply now.",
                     default_linker())  # fmt: skip
    return {r.label: r.must for r in read.requirements}


def test_a_spoken_language_said_not_required_is_no_requirement() -> None:
    asked = _asked("- SQL\n- Fluent English; German is not required\n"
                   "- English (the team works in English, Portuguese not required)")  # fmt: skip
    assert asked.get("English") is True
    assert "German" not in asked
    assert "Portuguese" not in asked


def test_a_skill_said_not_required_is_no_requirement() -> None:
    asked = _asked("- SQL\n- Kubernetes is not required")
    assert asked == {"SQL": True}


# -- posts without a requirements heading are still posts --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a bullet list whose pay line is "comp:"
        "ML Engineer – Recommendations\nCompany: Plumtree Media\nLocation: Remote\n\n"
        "- 4+ yrs shipping ML models to production\n- Python, PyTorch\n"
        "- nice: Spark\n- comp: USD 150-180k\n- we don't sponsor visas\n",
        # a social post: a welcome, a residence rule and a call to DM
        "Pebble Ledger is hiring a Senior Python Developer!\n\n- 5+ years of Python\n"
        "- Celery and Redis would be great\n\nOnsite in Nairobi, Kenyan citizens or residents "
        "only\n\nDM me or email jobs@pebbleledger.example\n",
    ],
)
def test_short_posts_in_bullets_read_as_posts(text: str) -> None:
    assert looks_like_post(text)
