"""Small things a recruiter met in the web app (issue 19): a duplicate add is a notice, not a
success; the bias-audit entry only for those who may read it; compare says how many it takes,
inside the signed-in layout; refusals keep the layout; every page fits a 390 px phone."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from tests.api.conftest import World
from tests.web.conftest import an_application, shortlisted, signed_in


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


SIGNED_OUT_PAGES = ["/", "/signin", "/join"]
# Every page a company's admin opens (the recruiter's and the admin's), with details shown open.
PHONE_PAGES = ["/roles", "/roles/new", "/roles/{role}/shortlist", "/roles/{role}/edit",
               "/roles/{role}/team", "/roles/{role}/pipeline",
               "/roles/{role}/compare?c={c0}&c={c1}", "/candidates",
               "/candidates?q=python&country=Poland", "/candidates/{person}",
               "/candidates/{person}/edit", "/upload", "/market",
               "/pay?more=Germany,Kenya,Viet+Nam,Philippines", "/audit", "/pipeline/funnel",
               "/settings", "/api/docs", "/applications/{application}/outreach"]
CANDIDATE_PAGES = ["/me", "/me/edit", "/me/erase"]


def _too_wide(page: Any, base: str, paths: list[str], shots: Any, **ids: str) -> list[str]:
    """The pages wider than the phone's 390 px, each with its width and widest element."""
    wide_pages = []
    for path in paths:
        url = path.format(**ids)
        response = page.goto(base + url)
        assert response is not None and response.status < 400, f"{url}: {response.status}"
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        wide = page.evaluate("document.documentElement.scrollWidth")
        shots.take(page, "phone" + re.sub(r"[^a-z]+", "-", path.split("?")[0]))
        if wide > 390:
            culprit = page.evaluate("""() => {
                let worst = null;
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > 390 && (!worst || r.right > worst[1]))
                    worst = [e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''),
                             r.right];
                }
                return worst ? worst[0] : '';
            }""")
            wide_pages.append(f"{url}: {wide} px ({culprit})")
    return wide_pages


def test_every_page_fits_a_390_px_phone(browser: Any, live: tuple[str, World],
                                        tmp_path: Any) -> None:
    from tests.web.conftest import Shots
    from tests.web.test_browser import sign_in

    base, world = live
    shots = Shots(tmp_path)
    top_two = shortlisted(world, 2)
    on_board = an_application(world)
    wide_pages = []
    for who, landing, paths in [(None, "", SIGNED_OUT_PAGES), ("a-admin", "/roles", PHONE_PAGES),
                                ("candidate", "/me", CANDIDATE_PAGES)]:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.set_default_timeout(60_000)
        page = context.new_page()
        try:
            if who is not None:
                sign_in(page, base, world.tokens[who])
                page.wait_for_url(f"{base}{landing}")
            wide_pages += _too_wide(page, base, paths, shots, person=world.candidates_a[0],
                                    role=world.role_a, c0=top_two[0], c1=top_two[1],
                                    application=on_board)
        finally:
            context.close()
    assert wide_pages == []
