"""Small things a recruiter met in the web app (issue 19): a duplicate add is a notice, not a
success; the bias-audit entry only for those who may read it; compare says how many it takes,
inside the signed-in layout; refusals keep the layout; every page fits a 390 px phone."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from tests.api.conftest import World
from tests.web.conftest import signed_in


def flash(html: str) -> tuple[str, str]:
    found = re.search(r'<div class="flash flash-(\w+)" role="(\w+)">(.*?)</div>', html, re.S)
    assert found, "no message on the page"
    return found.group(1), unescape(found.group(3))


def test_already_in_the_pipeline_is_a_notice_not_a_success(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    person = world.candidates_a[1]
    first = client.post(f"/roles/{world.role_a}/pipeline",
                        data={"candidate_id": person, "csrf": csrf})
    kind, _ = flash(first.text)
    if "already" not in flash(first.text)[1]:
        assert kind == "success"
    again = client.post(f"/roles/{world.role_a}/pipeline",
                        data={"candidate_id": person, "csrf": csrf})
    kind, text = flash(again.text)
    assert kind == "notice" and "already in the pipeline" in text
    assert 'class="flash flash-success"' not in again.text


@pytest.mark.parametrize(("who", "shown"), [("a-admin", True), ("a-recruiter", False),
                                            ("a-viewer", False)])
def test_the_bias_audit_entry_is_shown_only_to_who_may_read_it(
        live: tuple[str, World], who: str, shown: bool) -> None:
    client, _ = signed_in(live, who)
    assert ('href="/audit"' in client.get("/roles").text) is shown


def test_compare_refuses_a_fourth_candidate_in_words_and_signed_in(
        live: tuple[str, World]) -> None:
    world = live[1]
    client, _ = signed_in(live, "a-recruiter")
    page = client.get(f"/roles/{world.role_a}/compare", params={"c": world.candidates_a[:4]})
    assert page.status_code == 200 and page.url.path == f"/roles/{world.role_a}/shortlist"
    kind, text = flash(page.text)
    assert kind == "error" and "at most 3 candidates" in text and "you ticked 4" in text
    assert "List should have" not in page.text and "Sign out" in page.text
    none = client.get(f"/roles/{world.role_a}/compare")
    assert "Tick two or three candidates" in flash(none.text)[1]


def test_a_refusal_keeps_the_signed_in_layout(live: tuple[str, World]) -> None:
    world = live[1]
    client, _ = signed_in(live, "a-recruiter")
    missing = client.get(f"/candidates/{world.candidate_b}")
    assert missing.status_code == 404 and "Sign out" in missing.text
    assert 'href="/candidates"' in missing.text  # the menu is there
    anonymous = signed_in(live, "a-recruiter")[0]
    anonymous.cookies.clear()
    assert "Sign out" not in anonymous.get("/nowhere").text


PHONE_PAGES = ["/roles", "/candidates", "/candidates/{person}", "/roles/{role}/shortlist",
               "/roles/{role}/pipeline", "/roles/{role}/compare?c={c0}&c={c1}", "/market",
               "/upload", "/roles/new"]


def test_recruiter_pages_fit_a_390_px_phone(browser: Any, live: tuple[str, World],
                                            tmp_path: Any) -> None:
    from tests.web.conftest import Shots
    from tests.web.test_browser import sign_in

    base, world = live
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.set_default_timeout(60_000)
    page = context.new_page()
    shots = Shots(tmp_path)
    try:
        sign_in(page, base, world.tokens["a-admin"])
        page.wait_for_url(f"{base}/roles")
        for path in PHONE_PAGES:
            url = path.format(person=world.candidates_a[0], role=world.role_a,
                              c0=world.candidates_a[0], c1=world.candidates_a[1])
            page.goto(base + url)
            wide = page.evaluate("document.documentElement.scrollWidth")
            name = "phone" + re.sub(r"[^a-z]+", "-", path.split("?")[0])
            shots.take(page, name)
            assert wide <= 390, f"{url} is {wide} px wide at 390"
    finally:
        context.close()
