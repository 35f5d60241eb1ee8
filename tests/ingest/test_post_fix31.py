"""Post errors left by the last round (helper postfix31)."""

from __future__ import annotations

from tests.ingest.post_reading import read_post


def test_the_company_is_no_firm_whose_link_sits_in_the_boards_list_of_other_posts() -> None:
    role = read_post(
        "Payroll Officer\n\n"
        "We pay 300 people every month and need a careful hand on it.\n\n"
        "Requirements:\n- 3 years of payroll work\n- Sage Payroll\n\n"
        "Similar jobs\n"
        "Payroll Clerk at Brightwater Foods - apply on brightwaterfoods.example/careers\n"
        "Accountant at Brightwater Foods\n"
    )
    assert not role.company
