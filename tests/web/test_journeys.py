"""Issue 19's journeys in Chromium, with axe-core on each page they reach and screenshots:
a recruiter finds (and saves the search), opens (the résumé as received beside the parsed
fields), corrects, adds to a pipeline, scores, drafts outreach, moves (with the keyboard, in
bulk), reads the funnel and merges a likely duplicate; a candidate joins, corrects, applies,
withdraws, exports and erases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.api.conftest import World
from tests.web.conftest import Accessibility, Shots
from tests.web.test_browser import sign_in
from tests.web.test_recruiter_cards import role_id  # noqa: F401 (a fixture used below)
from worldhire.demo.service import world_dir


def test_recruiter_finds_corrects_scores_drafts_moves_and_reports(
    page: Any, live: tuple[str, World], shots: Shots, a11y: Accessibility,
    role_id: str,  # noqa: F811
) -> None:
    base, world = live
    sign_in(page, base, world.tokens["a-recruiter"])
    page.wait_for_url(f"{base}/roles")
    person = world.candidate(world.candidates_a[2])
    page.get_by_role("link", name="Candidates", exact=True).click()
    page.get_by_label("Words").fill(person.name.split()[-1])
    page.keyboard.press("Enter")
    page.wait_for_url("**/candidates?**")
    # Saved: the search comes back from the list by name.
    page.get_by_label("Save this search as").fill("Journey: one person")
    page.get_by_role("button", name="Save search").click()
    page.wait_for_url("**/candidates?**")
    assert "Saved the search" in page.locator(".flash").inner_text()
    assert page.locator("#saved-searches").get_by_role(
        "link", name="Journey: one person").is_visible()
    a11y.check(page)
    shots.take(page, "j-r1-find")
    page.get_by_role("link", name=person.name).first.click()
    page.wait_for_url(f"**/candidates/{person.id}")
    a11y.check(page)
    # The résumé as received beside the parsed fields, and its original file.
    received = page.locator("#received")
    assert person.name.split()[0] in received.locator("pre").inner_text()
    with page.expect_download() as download:
        received.get_by_role("link", name="Download the original").click()
    assert download.value.suggested_filename == "ro-mihai-stan.md"

    page.get_by_role("link", name="Correct the parsed fields").click()
    page.get_by_label("Headline").fill("Platform ML engineer, inference")
    assert page.locator("#received pre").is_visible()  # read while correcting
    a11y.check(page)
    page.get_by_role("button", name="Save corrections").click()
    page.wait_for_url(f"**/candidates/{person.id}")
    assert "Saved: headline" in page.locator(".flash").inner_text()
    shots.take(page, "j-r2-corrected")

    page.get_by_label("Add to the pipeline of").select_option(role_id)
    page.get_by_role("button", name="Add", exact=True).click()
    page.wait_for_url(f"**/roles/{role_id}/pipeline**")
    card = page.locator("article.app-card", has_text=person.name)
    card.locator("summary", has_text="Score the interview").click()
    for select in card.locator("select[name=rating]").all():
        select.select_option("3")
    for box in card.locator("input[name=evidence]").all():
        box.fill("walked through it in the interview")
    card.get_by_label("Summary").fill("Solid on serving")
    a11y.check(page)
    card.get_by_role("button", name="Save scorecard").click()
    page.wait_for_url(f"**/roles/{role_id}/pipeline**")
    assert "Scorecard saved" in page.locator(".flash").inner_text()
    card = page.locator("article.app-card", has_text=person.name)
    assert "Solid on serving" in card.inner_text()
    # Signed by who filled it; a long address breaks inside the narrow card, not past it.
    assert "recruiter@a.example" in card.inner_text()
    assert card.evaluate("c => c.scrollWidth <= c.clientWidth")

    card.get_by_role("link", name="Draft outreach").click()
    page.wait_for_url("**/outreach")
    assert page.get_by_role("heading", name="Outreach draft").is_visible()
    a11y.check(page)
    shots.take(page, "j-r3-outreach")
    page.go_back()

    # Keyboard: focus the card's move select, choose "contacted", submit with Enter.
    card = page.locator("article.app-card", has_text=person.name)
    move = card.locator("select[name=to_stage]")
    move.focus()
    move.select_option("contacted")
    card.locator("input[name=reason]").press("Enter")
    page.wait_for_url(f"**/roles/{role_id}/pipeline**")
    assert "to “contacted”" in page.locator(".flash").inner_text()
    # Bulk: tick the card, move the selection to "screened".
    page.locator("article.app-card", has_text=person.name).locator("input.card-pick").check()
    page.get_by_label("Move the selected cards to").select_option("screened")
    page.get_by_role("button", name="Move selected").click()
    page.wait_for_url(f"**/roles/{role_id}/pipeline**")
    assert "Moved 1 to “screened”" in page.locator(".flash").inner_text()
    column = page.locator("section.column", has=page.locator("#stage-screened"))
    assert person.name in column.inner_text()
    a11y.check(page)
    shots.take(page, "j-r4-board")

    page.get_by_role("link", name="Funnel").click()
    page.wait_for_url(f"{base}/pipeline/funnel")
    assert page.locator("svg.chart:visible").count() == 1
    assert page.get_by_role("heading", name="By region").is_visible()
    a11y.check(page)
    shots.take(page, "j-r5-funnel")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert download.value.suggested_filename == "funnel.csv"

    # Two profiles of one person the importer kept apart (another e-mail, the same phone):
    # listed as likely duplicates, merged with the other's e-mail address taken.
    ingest = world.ctx.ingest(world.tenant_a)
    [keep] = ingest.ingest_bytes(
        b"Lina Haddad\nlina.haddad@mail.example | +961 3 555 014\nBeirut, Lebanon\n\n"
        b"Experience\nData analyst, Anghami (2018 - 2021)\n", "lina.txt").candidate_ids
    [other] = ingest.ingest_bytes(
        b"Lina M. Haddad-Khoury\nlina.khoury@work.example | 03 555 014\nBeirut, Lebanon\n\n"
        b"Experience\nML engineer, Murex (2021 - present)\n", "lina-work.txt").candidate_ids
    page.goto(f"{base}/candidates/{keep}")
    duplicates = page.locator("#duplicates")
    duplicates.locator("summary", has_text="Merge").click()
    duplicates.get_by_label("email").check()
    a11y.check(page)
    duplicates.get_by_role("button", name="Merge").click()
    page.wait_for_url(f"**/candidates/{keep}")
    assert "Merged: 1 résumé version" in page.locator(".flash").inner_text()
    assert "lina.khoury@work.example" in page.locator("#fields").locator("..").inner_text()
    shots.take(page, "j-r6-merged")
    assert other not in page.content()


def test_candidate_joins_corrects_applies_withdraws_exports_and_erases(
    page: Any, live: tuple[str, World], shots: Shots, a11y: Accessibility, tmp_path: Path
) -> None:
    base, _ = live
    page.goto(f"{base}/join")
    a11y.check(page)
    page.get_by_label("Your résumé").set_input_files(
        str(world_dir() / "candidates" / "mx-ivan-gutierrez.md"))
    page.get_by_role("button", name="Upload and see my report").click()
    page.wait_for_url(f"{base}/me")
    assert "Gutiérrez" in page.locator("#received pre").inner_text()
    a11y.check(page)

    page.get_by_role("link", name="Correct my profile").click()
    page.get_by_label("Headline").fill("Data engineer, streaming")
    page.get_by_label("GitHub, portfolio and other links").fill("https://github.com/ivan-g")
    a11y.check(page)
    page.get_by_role("button", name="Save corrections").click()
    page.wait_for_url(f"{base}/me")
    assert "Saved" in page.locator(".flash").inner_text()
    assert page.get_by_role("link", name="https://github.com/ivan-g").is_visible()

    apply = page.locator("section[aria-labelledby=fit]").get_by_role("button", name="Apply").first
    apply.click()
    page.wait_for_url(f"{base}/me#applications")
    assert "You applied to" in page.locator(".flash").inner_text()
    mine = page.locator("#applications")
    assert "in progress" in mine.inner_text()
    shots.take(page, "j-c1-applied")
    mine.get_by_role("button", name="Withdraw").first.click()
    page.wait_for_url(f"{base}/me#applications")
    assert "withdrawn" in page.locator("#applications").inner_text()
    a11y.check(page)
    shots.take(page, "j-c2-withdrawn")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (JSON)").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["resume"]["basics"]["name"]

    page.get_by_role("link", name="Erase my profile…").click()
    a11y.check(page)
    page.get_by_label("Type ERASE to confirm").fill("ERASE")
    page.get_by_role("button", name="Erase everything").click()
    # Erasure walks every store and index: on a loaded machine the answer takes seconds, and
    # is_visible() does not wait for it.
    erased = page.get_by_role("heading", name="Your profile is erased")
    erased.wait_for(state="visible")
    assert erased.is_visible()
    a11y.check(page)
    shots.take(page, "j-c3-erased")
