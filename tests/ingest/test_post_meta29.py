"""A job post's title, company and time zone where last round left them wrong (helper
postfix29): a web page's navigation pasted one link a line above the post's own head, a page's
heading read as the employer."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post


def test_a_pages_navigation_one_link_a_line_is_no_part_of_the_head() -> None:
    """A page copied from the top keeps its skip link and the menu under it, one link a line,
    up to the first blank line; the employer and the title are below it."""
    role = read_post(
        "Skip to main content\nJobsite\nHome\nMy Network\nJobs\nMessaging\nNotifications\n"
        "Alerts\n\nOkapi Freight\nData Analyst – Pricing\n"
        "Nairobi, Nairobi County, Kenya · 3 days ago · 40 applicants\nHybrid · Full-time\n\n"
        "What you'll do\n- Price container routes across East Africa\n\n"
        "Requirements\n- SQL\n- Python\n"
    )
    assert role.title == "Data Analyst – Pricing"
    assert role.company == "Okapi Freight"


def test_a_heading_in_lower_case_words_is_no_employer() -> None:
    """"About the job" under a board's card is the heading of the post's text: a name of
    several words ends with a capitalised one."""
    role = read_post(
        "Okapi Freight\nData Analyst – Pricing\nNairobi · Hybrid · Full-time\n\n"
        "About the job\nWe move containers across East Africa and need an analyst for our "
        "pricing team.\n\nRequirements\n- SQL\n- Python\n"
    )
    assert role.company == "Okapi Freight"


@pytest.mark.parametrize("name", ["Zawadi Capital", "Zawadi Africa"])
def test_a_one_word_name_is_the_full_name_a_line_of_its_own_gives(name: str) -> None:
    """"At Zawadi we lend ..." under a card headed "Zawadi Capital": the card's line names the
    employer in full, its arm in a region too."""
    role = read_post(
        f"{name}\nCredit Risk Analyst\nLagos, Nigeria · 2 days ago · 30 applicants\n"
        "Hybrid · Full-time\n\n"
        "At Zawadi we lend to 20,000 market traders and need an analyst for our credit models."
        "\n\nRequirements\n- SQL\n- Python\n"
    )
    assert role.company == name


def test_a_boards_list_of_other_posts_names_no_employer() -> None:
    """The list of other posts a board prints below the post ("Similar jobs", "Việc làm liên
    quan") ends the post: a line of it ("Tax Accountant - Work at Okeodo Hub") names no
    sender's employer."""
    role = read_post(
        "Senior Accountant\nSalary: ₦400,000 - ₦550,000 monthly\nLocation: Lagos\n\n"
        "Responsibilities\n- Prepare monthly management accounts\n- Reconcile bank statements\n"
        "\nRequirements\n- ICAN certification\n- Excel\n\n"
        "Similar jobs\nJunior Accountant - Remote\nTax Accountant - Work at Okeodo Hub\n"
    )
    assert role.company == ""


def test_a_name_ending_in_a_legal_form_with_a_capital_is_a_name() -> None:
    """"Kanzlei Vogt & Partner mbB": a last word with a capital inside still ends a name."""
    role = read_post(
        "Lohnbuchhalter (m/w/d)\nKanzlei Vogt & Partner mbB · Bremen\n\n"
        "Ihre Aufgaben\n- Lohn- und Gehaltsabrechnungen\n\nIhr Profil\n- DATEV\n- Excel\n"
    )
    assert role.company == "Kanzlei Vogt & Partner mbB"
