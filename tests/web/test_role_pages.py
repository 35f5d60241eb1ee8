"""Roles in the web app without a browser: a role typed with budgets as people write them, or
read from a job post pasted or uploaded; its fields and requirements edited (the post's words,
link confidence and review flag shown, an unsure link confirmed); closed, archived and reopened;
each change audited and kept to the recruiter's own tenant."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.web.conftest import signed_in
from worldhire.core.models import NO_TITLE_WARNING, UNTITLED_LABEL
from worldhire.governance.audit import AuditLog
from worldhire.ingest.service import Kind

POST = """Senior ML Engineer – Document AI
Lumen Labs · Berlin

What we're looking for
- 5+ years of professional Python.
- Hands-on experience with large language models: fine-tuning, RAG and evaluation
- SQL and data pipelines
- Experience with MDM

Salary: up to USD 120,000 per year. We can't sponsor visas.
"""

FORM = {"title": "Applied Scientist, search", "company": "Acme AI", "seniority": "SE",
        "timezone": "Europe/Warsaw", "work_start": "9", "work_end": "17",
        "min_overlap_hours": "2", "remote_policy": "remote", "requirements": "Python\nPyTorch 3y"}


def role_id_in(response: Any) -> str:
    found = re.search(r"/roles/([^/]+)/(?:shortlist|edit)", response.headers["location"])
    assert found, response.headers["location"]
    return found.group(1)


def errors_of(html: str) -> str:
    found = re.search(r'<div class="alert" role="alert">(.*?)</div>', html, re.S)
    assert found, "no error shown"
    return unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


def test_a_role_typed_with_budget_visa_and_countries(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    made = client.post("/roles/new", follow_redirects=False, data={
        **FORM, "csrf": csrf, "budget": "140k", "visa_sponsorship": "yes",
        "allowed_countries": "Poland, ro; Ukraine", "company_country": "Germany"})
    assert made.status_code == 303, made.text
    role = world.role(role_id_in(made))
    assert role.budget is not None and (role.budget.currency, role.budget.high) == ("USD",
                                                                                   140_000)
    assert role.budget_usd_year == 140_000
    assert role.visa_sponsorship is True and role.allowed_countries == ["PL", "RO", "UA"]
    assert role.location_country == "DE"  # not Georgia
    assert [r.skill.label for r in role.requirements][:1] == ["Python"]

    rupees = client.post("/roles/new", follow_redirects=False, data={
        **FORM, "csrf": csrf, "title": "ML Engineer, Pune", "budget": "₹30 LPA"})
    role = world.role(role_id_in(rupees))
    assert role.budget is not None and role.budget.currency == "INR"
    assert role.budget_usd_year is not None and 20_000 < role.budget_usd_year < 60_000


def test_a_role_without_a_company_says_where_the_work_is(live: tuple[str, World]) -> None:
    """A post need not name its company: the pages then start with what they know, not an
    empty name and a dot, and say where the work is ("hybrid in DE")."""
    client, csrf = signed_in(live, "a-recruiter")
    made = client.post("/roles/new", follow_redirects=False, data={
        **FORM, "csrf": csrf, "title": "Forecasting Engineer, no company", "company": "",
        "remote_policy": "hybrid", "company_country": "Germany"})
    role_id = role_id_in(made)
    try:
        shortlist = unescape(client.get(f"/roles/{role_id}/shortlist").text)
        assert '<p class="muted">senior · hybrid in DE · team' in shortlist
        listed = unescape(client.get("/roles").text).split(role_id)[1].split("</td>")[0]
        assert '<div class="small muted">hybrid in DE' in listed
        board = unescape(client.get(f"/roles/{role_id}/pipeline").text)
        assert '<p class="muted">0 candidates in the pipeline' in board
    finally:  # the world is shared by the session: the role leaves every list of open roles
        client.post(f"/roles/{role_id}/status", data={"csrf": csrf, "status": "archived"})


def test_bad_input_is_said_in_the_form_words_and_nothing_is_saved(
        live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    before = len(world.ctx.repo.list_roles(world.tenant_a))
    refused = client.post("/roles/new", data={
        **FORM, "csrf": csrf, "budget": "lots", "timezone": "Mars/Base",
        "allowed_countries": "Atlantis"})
    assert refused.status_code == 422
    said = errors_of(refused.text)
    assert "budget: cannot read 'lots' as pay" in said and "140k" in said
    assert "time zone: unknown IANA time zone 'Mars/Base'" in said
    assert "allowed countries: “Atlantis”: not a country we know" in said
    assert "Input should" not in said and "Value error" not in said
    assert 'value="lots"' in refused.text  # what was typed stays in the form
    assert len(world.ctx.repo.list_roles(world.tenant_a)) == before


def unsure_role(world: World, title: str) -> str:
    """A role with a link below the review threshold (a nice-to-have to review), as a post's
    reader stores one it is unsure of."""
    spec = {"title": title, "company": "Acme AI", "requirements": [
        {"skill": "Python", "skill_id": "wh:python", "quote": "Python", "confidence": 0.95},
        {"skill": "MDM", "skill_id": "wh:data-governance", "quote": "MDM", "confidence": 0.4}]}
    made = world.ctx.ingest(world.tenant_a).ingest_bytes(
        json.dumps(spec).encode(), f"{title}.json", Kind.ROLE).role_id
    assert made
    return made


def row_of(html: str, quote: str) -> str:
    row = re.search(rf"<tr>(?:(?!</tr>).)*“{quote}”.*?</tr>", unescape(html), re.S)
    assert row, quote
    return row.group(0)


def test_a_pasted_post_becomes_a_role_with_its_words(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    read = client.post("/roles/from-post", data={"csrf": csrf, "post": POST},
                       follow_redirects=False)
    assert read.status_code == 303 and read.headers["location"].endswith("/edit")
    role = world.role(role_id_in(read))
    assert role.tenant_id == world.tenant_a and role.visa_sponsorship is False
    mdm = next(r for r in role.requirements if r.quote == "MDM")

    page = client.get(read.headers["location"])
    assert page.status_code == 200 and "read from the post with" in unescape(page.text)
    row = row_of(page.text, "MDM")
    assert mdm.skill.label in row and f"{mdm.confidence * 100:.0f}%" in row


def test_an_unsure_link_shows_for_review_and_is_confirmed(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    role_id = unsure_role(world, "Data Engineer, review")
    row = row_of(client.get(f"/roles/{role_id}/edit").text, "MDM")
    assert "needs review" in row and "40%" in row and "nice to have" in row
    assert "Confirm: must" in row and "Confirm: nice to have" in row

    confirm = client.post(f"/roles/{role_id}/requirements", follow_redirects=False,
                          data={"csrf": csrf, "lines": "wh:data-governance"})
    assert confirm.status_code == 303
    now = next(r for r in world.role(role_id).requirements if r.quote == "MDM")
    assert now.must and not now.needs_review and now.confidence == 1.0
    assert "needs review" not in row_of(client.get(f"/roles/{role_id}/edit").text, "MDM")


def test_an_uploaded_post_becomes_a_role(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    text = POST.replace("Document AI", "Search Quality")
    read = client.post("/roles/from-post", data={"csrf": csrf},
                       files={"file": ("post.md", text.encode(), "text/markdown")},
                       follow_redirects=False)
    assert read.status_code == 303, read.text
    role = world.role(role_id_in(read))
    assert "Search Quality" in role.title and role.budget is not None
    assert role.budget.low is None and role.budget.high == 120_000


def test_a_post_that_is_missing_or_unreadable_is_said(live: tuple[str, World]) -> None:
    client, csrf = signed_in(live, "a-recruiter")
    empty = client.post("/roles/from-post", data={"csrf": csrf, "post": "  "})
    assert empty.status_code == 422
    assert "paste the text of a job post" in errors_of(empty.text)
    binary = client.post("/roles/from-post", data={"csrf": csrf},
                         files={"file": ("post.pdf", b"\x00\x01 not a pdf", "application/pdf")})
    assert binary.status_code >= 400 and "post.pdf" in errors_of(binary.text)


def _new_role(live: tuple[str, World], client: TestClient, csrf: str, title: str) -> str:
    made = client.post("/roles/new", follow_redirects=False,
                       data={**FORM, "csrf": csrf, "title": title, "budget": "€70–85k"})
    assert made.status_code == 303, made.text
    return role_id_in(made)


def test_fields_are_edited_checked_and_audited(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    role_id = _new_role(live, client, csrf, "Edit me")
    form = client.get(f"/roles/{role_id}/edit")
    assert form.status_code == 200 and 'value="€70–85k"' in unescape(form.text)

    edited = client.post(f"/roles/{role_id}/edit", follow_redirects=False, data={
        **FORM, "csrf": csrf, "title": "Edited title", "budget": "€70–85k",
        "visa_sponsorship": "no", "allowed_countries": "Poland"})
    assert edited.status_code == 303
    role = world.role(role_id)
    assert role.title == "Edited title" and role.visa_sponsorship is False
    assert role.allowed_countries == ["PL"]
    assert role.budget is not None and role.budget.currency == "EUR"  # unchanged text: kept
    assert role.updated_by is not None and role.updated_by.startswith("recruiter:")
    again = unescape(client.get(f"/roles/{role_id}/edit").text)
    assert "UTC by recruiter@a.example" in again and role.updated_by not in again
    edits = [e.record["details"] for e in AuditLog(world.ctx.gov).entries(
        world.tenant_a) if e.action == "edit-role" and e.record["details"]["role_id"] == role_id]
    assert {"title", "visa_sponsorship", "allowed_countries"} <= set(edits[-1]["changed"])

    client.post(f"/roles/{role_id}/edit", data={**FORM, "csrf": csrf,
                                                "budget": "USD 120,000 per year"})
    role = world.role(role_id)
    assert role.budget is not None and role.budget.currency == "USD"
    assert role.budget_usd_year == 120_000

    bad = client.post(f"/roles/{role_id}/edit", data={**FORM, "csrf": csrf, "budget": "140",
                                                      "title": "Not saved"})
    assert bad.status_code == 422 and "budget: cannot read '140'" in errors_of(bad.text)
    assert world.role(role_id).title == FORM["title"]


def test_requirements_are_added_and_removed(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    role_id = unsure_role(world, "Data Engineer, requirements")

    added = client.post(f"/roles/{role_id}/requirements", data={
        "csrf": csrf, "lines": "Kubernetes 3y\n? Kubernets"})
    assert added.status_code == 200
    assert "kept as words (close names: Kubernetes" in unescape(added.text)
    labels = {r.skill.label: r for r in world.role(role_id).requirements}
    assert labels["Kubernetes"].min_years == 3 and not labels["Kubernets"].must

    removed = client.post(f"/roles/{role_id}/requirements/remove", follow_redirects=False,
                          data={"csrf": csrf, "key": labels["Kubernetes"].skill.id})
    assert removed.status_code == 303
    assert "Kubernetes" not in {r.skill.label for r in world.role(role_id).requirements}
    missing = client.post(f"/roles/{role_id}/requirements/remove",
                          data={"csrf": csrf, "key": "wh:not-there"})
    assert missing.status_code == 404 and "has no requirement" in errors_of(missing.text)
    blank = client.post(f"/roles/{role_id}/requirements", data={"csrf": csrf, "lines": " "})
    assert blank.status_code == 422


def test_a_role_is_closed_archived_and_reopened(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    role_id = _new_role(live, client, csrf, "Status role")

    client.post(f"/roles/{role_id}/status", data={"csrf": csrf, "status": "closed"})
    assert world.role(role_id).status == "closed"
    ranked = client.get(f"/roles/{role_id}/shortlist", follow_redirects=False)
    assert ranked.status_code == 303 and ranked.headers["location"].endswith("/edit")
    page = client.get(ranked.headers["location"])
    assert "is closed: reopen it to rank candidates" in unescape(page.text)
    assert "Reopen role" in page.text

    client.post(f"/roles/{role_id}/status", data={"csrf": csrf, "status": "archived"})
    assert world.role(role_id).status == "archived"
    assert "Status role" not in client.get("/roles").text
    listed = client.get("/roles?archived=true")
    assert "Status role" in listed.text and "archived" in listed.text

    client.post(f"/roles/{role_id}/status", data={"csrf": csrf, "status": "open"})
    assert world.role(role_id).status == "open"
    odd = client.post(f"/roles/{role_id}/status", data={"csrf": csrf, "status": "paused"})
    assert odd.status_code == 422 and world.role(role_id).status == "open"


def test_only_the_tenant_s_writers_change_a_role(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    role_id = _new_role(live, client, csrf, "Guarded role")

    forged = client.post(f"/roles/{role_id}/status", data={"csrf": "forged", "status": "closed"})
    assert forged.status_code == 403

    viewer, viewer_csrf = signed_in(live, "a-viewer")
    shown = viewer.get(f"/roles/{role_id}/edit")
    assert shown.status_code == 200 and "Save details" not in shown.text
    refused = viewer.post(f"/roles/{role_id}/status", data={"csrf": viewer_csrf,
                                                            "status": "closed"})
    assert refused.status_code == 403

    other, other_csrf = signed_in(live, "b-admin")
    assert other.get(f"/roles/{role_id}/edit").status_code == 404
    hidden = other.post(f"/roles/{role_id}/edit", data={**FORM, "csrf": other_csrf,
                                                        "title": "Taken over"})
    assert hidden.status_code == 404
    assert world.role(role_id).status == "open"
    assert world.role(role_id).title == "Guarded role"


def test_the_roles_list_is_paged_open_roles_first_then_by_title(
    live: tuple[str, World], monkeypatch: Any
) -> None:
    from worldhire.web import role_pages

    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    closed = _new_role(live, client, csrf, "aaa Closed first by title")
    client.post(f"/roles/{closed}/status", data={"csrf": csrf, "status": "closed"})
    _new_role(live, client, csrf, "Zz last open role")
    monkeypatch.setattr(role_pages, "ROLES_PAGE", 2)
    stored = world.app.state.ctx.repo.list_roles(world.tenant_a)
    expected = [r.id for r in sorted(stored, key=lambda r: (r.status != "open",
                                                             r.title.casefold(), r.id))
                if r.status != "archived"]
    walked, link = [], "/roles"
    while link:
        html = client.get(link).text
        walked += re.findall(r'class="name" href="/roles/([^/"]+)/', html)
        following = re.search(r'href="([^"]+)" rel="next"', html)
        link = unescape(following.group(1)) if following else ""
    assert walked == expected and f"{len(expected)} roles in your company" in html


def test_the_shortlist_shows_its_filters_back_and_htmx_gets_the_results_alone(
        live: tuple[str, World]) -> None:
    world = live[1]
    client = signed_in(live, "a-recruiter")[0]
    path = f"/roles/{world.role_a}/shortlist?top=3&min_overlap=2&max_pay=90000&countries=PL"
    page = client.get(path)
    assert page.status_code == 200
    for name, value in (("min_overlap", "2"), ("max_pay", "90000"), ("countries", "PL")):
        assert re.search(rf'name="{name}"[^>]*value="{value}"', page.text), name
    partial = client.get(path, headers={"hx-request": "true"})
    assert partial.status_code == 200 and "shown of" in partial.text
    assert 'name="min_overlap"' not in partial.text


def test_the_shortlist_filters_by_countries_and_regions_by_name(live: tuple[str, World]) -> None:
    world = live[1]
    client = signed_in(live, "a-recruiter")[0]
    path = f"/roles/{world.role_a}/shortlist"

    def shown(countries: str) -> list[str]:
        page = client.get(path, params={"top": 50, "countries": countries},
                          headers={"hx-request": "true"})
        assert page.status_code == 200, page.text
        return re.findall(r'href="/candidates/([^"/]+)"', page.text)

    assert shown("Kenya") == shown("ke") and shown("africa") == shown("Sub-Saharan Africa")
    assert set(shown("Kenya")) <= set(shown("Africa"))
    refused = client.get(path, params={"countries": "Germany, ZZZ"})
    assert refused.status_code == 422
    assert "“ZZZ”: not a country or region we know" in unescape(refused.text)


def test_the_team_form_says_which_spec_field_each_problem_is_in(live: tuple[str, World]
                                                                ) -> None:
    client, csrf = signed_in(live, "a-recruiter")
    page = client.post(f"/roles/{live[1].role_a}/team", data={
        "csrf": csrf, "overlap": "two", "max_country": "half", "budget": "lots"})
    assert page.status_code == 200
    said = unescape(page.text)
    assert all(f"{field}: " in said for field in ("overlap.hours", "max_share.country",
                                                  "budget_usd"))


UNTITLED_POST = "## Requirements\n- Python\n- SQL\n- Airflow\n\nSalary: up to USD 90,000 a year.\n"


def test_a_pasted_post_with_no_title_asks_for_one(live: tuple[str, World]) -> None:
    client, csrf = signed_in(live, "a-recruiter")
    read = client.post("/roles/from-post", data={"csrf": csrf, "post": UNTITLED_POST},
                       follow_redirects=False)
    assert read.status_code == 303 and read.headers["location"].endswith("/edit")
    page = unescape(client.get(read.headers["location"]).text)
    assert NO_TITLE_WARNING in page and f"<h1>{UNTITLED_LABEL}</h1>" in page
    assert UNTITLED_LABEL in unescape(client.get("/roles").text)


def test_alternatives_and_a_band_of_zones_are_typed_shown_and_edited(
    live: tuple[str, World],
) -> None:
    """"PyTorch or JAX" on a requirement line is one requirement either meets; "UTC+1 to UTC+4"
    is the band people must work from; both show on the edit page, the list and the
    shortlist, and a band the form cannot read is said in its words."""
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    made = client.post("/roles/new", follow_redirects=False, data={
        **FORM, "csrf": csrf, "title": "Research Engineer, either framework",
        "requirements": "Python\nPyTorch or JAX 2y", "zone_band": "UTC+1 to UTC+4"})
    assert made.status_code == 303, made.text
    role_id = role_id_in(made)
    role = world.role(role_id)
    either = role.requirements[1]
    assert (either.label, either.min_years) == ("PyTorch or JAX", 2)
    assert role.zone_band is not None and (role.zone_band.low, role.zone_band.high) == (1, 4)
    page = unescape(client.get(f"/roles/{role_id}/edit").text)
    assert "PyTorch or JAX" in page and "(any one meets it)" in page
    assert 'value="UTC+1 to UTC+4"' in page
    assert "from UTC+1 to UTC+4" in unescape(client.get("/roles").text)
    assert "PyTorch or JAX" in unescape(client.get(f"/roles/{role_id}/shortlist").text)

    changed = client.post(f"/roles/{role_id}/edit", follow_redirects=False, data={
        **FORM, "csrf": csrf, "title": role.title, "zone_band": "-5..-3"})
    assert changed.status_code == 303
    band = world.role(role_id).zone_band
    assert band is not None and (band.low, band.high) == (-5, -3)
    client.post(f"/roles/{role_id}/edit", data={**FORM, "csrf": csrf, "title": role.title,
                                                 "zone_band": ""})
    assert world.role(role_id).zone_band is None
    bad = client.post(f"/roles/{role_id}/edit", data={**FORM, "csrf": csrf,
                                                       "zone_band": "somewhere warm"})
    assert bad.status_code == 422
    assert "time zones: cannot read “somewhere warm”" in errors_of(bad.text)

    client.post(f"/roles/{role_id}/requirements", data={"csrf": csrf,
                                                        "lines": "AWS | GCP | Azure"})
    labels = [r.label for r in world.role(role_id).requirements]
    assert "Amazon Web Services, Google Cloud Platform or Microsoft Azure" in labels
