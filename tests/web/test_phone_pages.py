"""Pages on a 390 px phone (issue 19). A candidate's own page: the skill-gap table and the table
of their applications fit their cards (they scrolled sideways inside them), a link to a section
lands below the sticky header (the applications' heading was hidden under it), and after a
withdrawal the role among their fits says so (it said "You applied."). A recruiter's candidate
list: one block per person, skills in sight (five columns scrolled inside the card); a profile's
fields and skills fit the screen, and so does its audit trail for an admin, one entry a block
(four columns scrolled inside the card)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.conftest import World
from tests.web.conftest import Accessibility, Shots, shortlisted
from tests.web.test_browser import sign_in
from worldhire.demo.service import world_dir

# Each table's overflow inside its card: 0 when it fits.
OVERFLOW = """sel => { const card = document.querySelector(sel).closest('.card');
                     return card.scrollWidth - card.clientWidth; }"""
# How far the heading's top is below the sticky header's bottom (negative: hidden under it).
BELOW_HEADER = """sel => document.querySelector(sel).getBoundingClientRect().top
                        - document.querySelector('header.top').getBoundingClientRect().bottom"""


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A page in a fresh browser context the size of a 390 px phone, closed after the test."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.set_default_timeout(60_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_the_candidates_tables_fit_a_phone_and_links_land_below_the_header(
    phone: Any, live: tuple[str, World], shots: Shots, a11y: Accessibility
) -> None:
    base, page = live[0], phone
    joined = False
    try:
        page.goto(f"{base}/join")
        page.get_by_label("Your résumé").set_input_files(
            str(world_dir() / "candidates" / "mx-sofia-castillo.json"))
        page.get_by_role("button", name="Upload and see my report").click()
        page.wait_for_url(f"{base}/me")
        joined = True
        fits = page.locator("section[aria-labelledby=fit]")
        role = fits.locator("li.result .name").first.inner_text(timeout=5_000)
        fits.get_by_role("button", name="Apply").first.click()
        page.wait_for_url(f"{base}/me#applications")
        assert page.locator("#gaps ~ table").count() == 1, "no skill gaps to show"
        assert page.evaluate(OVERFLOW, "#gaps ~ table") <= 0
        assert page.evaluate(OVERFLOW, "#applications table") <= 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.evaluate(BELOW_HEADER, "#applications-title") >= 0
        a11y.check(page)
        shots.take(page, "me-phone-applied")
        page.locator("section[aria-labelledby=gaps]").screenshot(
            path=str(shots.folder / "me-phone-gaps.png"))
        page.locator("#applications").get_by_role("button", name="Withdraw").click()
        page.wait_for_url(f"{base}/me#applications")
        assert page.evaluate(BELOW_HEADER, "#applications-title") >= 0
        assert "You withdrew your application." in fits.locator(
            "li.result", has_text=role.split(" · ")[0]).first.inner_text()
        shots.take(page, "me-phone-withdrawn")
    finally:
        # The world is shared by the session: the profile joined here goes again.
        if joined:
            page.goto(f"{base}/me/erase")
            page.get_by_label("Type ERASE to confirm").fill("ERASE")
            page.get_by_role("button", name="Erase everything").click()
            page.get_by_role("heading", name="Your profile is erased").wait_for()


def test_the_candidate_list_reads_one_person_a_block_on_a_phone(
    phone: Any, live: tuple[str, World], shots: Shots, a11y: Accessibility
) -> None:
    (base, world), page = live, phone
    sign_in(page, base, world.tokens["a-recruiter"])
    page.wait_for_url(f"{base}/roles")
    page.goto(f"{base}/candidates")
    assert page.evaluate(OVERFLOW, "table.stacks-phone") <= 0
    first = page.locator("table.stacks-phone tbody tr").first
    assert first.locator(".tags .pill").first.is_visible()
    # The name and the skills each take the whole width: they are stacked, not side by side.
    name, tags = first.locator("td").first.bounding_box(), first.locator(".tags").bounding_box()
    assert name and tags and tags["y"] > name["y"] + name["height"] - 1
    a11y.check(page)
    shots.take(page, "candidates-phone")
    # The profile: the fields read and the skills with their words fit the screen (values
    # were cut at the card's edge).
    first.locator("a.name").click()
    page.wait_for_url("**/candidates/cand_*")
    assert page.evaluate(OVERFLOW, "#fields ~ table") <= 0
    assert page.evaluate(OVERFLOW, "#skills ~ table") <= 0
    a11y.check(page)
    shots.take(page, "profile-phone")


def test_a_profiles_audit_trail_reads_one_entry_a_block_on_a_phone(
    phone: Any, live: tuple[str, World], shots: Shots, a11y: Accessibility
) -> None:
    (base, world), page = live, phone
    # Ranking the shortlist is itself an entry about each person ranked: the trail is not empty,
    # and nothing of the shared world changes.
    [person] = shortlisted(world, 1)
    sign_in(page, base, world.tokens["a-admin"])
    page.wait_for_url(f"{base}/roles")
    page.goto(f"{base}/candidates/{person}#trail")
    rows = page.locator("#trail ~ table tbody tr")
    assert rows.count() >= 1
    assert page.evaluate(OVERFLOW, "#trail ~ table") <= 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # When, then what and by whom, then what it says: stacked, not four columns.
    when, said = rows.first.locator("td").first, rows.first.locator("td").last
    first, last = when.bounding_box(), said.bounding_box()
    assert first and last and last["y"] > first["y"] + first["height"] - 1
    a11y.check(page)
    page.locator("section[aria-labelledby=trail]").screenshot(
        path=str(shots.folder / "profile-phone-trail.png"))
