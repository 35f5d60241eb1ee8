"""An acronym the experience is of ("6 months of BPO experience") in a requirement too long to
be read as a list of names: the acronym is what the post asks for."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, read_post


def test_the_acronym_before_experience_is_a_requirement() -> None:
    role = read_post(
        "Chat Support Agent\nCompany: Ventoria Care\n\nRequirements:\n"
        "- At least 6 months of KPO experience (chat or email account)\n"
        "- One year of RCM experience in a hospital billing team, with Excel\n"
    )
    assert {"kpo", "rcm"} <= {s.lower() for s in must_skills(role)}


def test_a_place_or_a_trade_before_experience_is_no_requirement() -> None:
    role = read_post(
        "Store Supervisor\nCompany: Ventoria Retail\n\nRequirements:\n"
        "- At least 2 years of UAE experience in a retail store or mall\n"
        "- 5+ years of IT experience with 2+ years in Salesforce administration\n"
    )
    assert not {"uae", "it"} & {s.lower() for s in must_skills(role)}
