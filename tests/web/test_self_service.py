"""A candidate corrects their own profile in the web app: fields checked like the parser's,
GitHub and portfolio links, the audit log naming what changed, and the parser's notes."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World
from worldhire.demo.service import world_dir
from worldhire.governance.export_schemas import ExportOut
from worldhire.ingest.service import Kind

RESUME = "rs-jelena-jovanovic.txt"


@pytest.fixture(scope="module")
def own(live: tuple[str, World]) -> tuple[TestClient, str, str]:
    """A platform profile of its own for these tests, signed in: client, csrf, candidate id."""
    world = live[1]
    ctx = world.ctx
    data = (world_dir() / "candidates" / RESUME).read_bytes()
    [candidate_id] = ctx.ingest(None).ingest_bytes(data, RESUME, Kind.RESUME).candidate_ids
    token = ctx.accounts.issue_candidate_token(candidate_id)
    client = TestClient(world.app)
    form = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text)
    assert form
    client.post("/signin", data={"token": token, "csrf": form.group(1)})
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/me/edit").text)
    assert csrf
    return client, csrf.group(1), candidate_id


def test_the_candidates_own_page_is_headed_with_their_name(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    client, _, candidate_id = own
    page = client.get("/me")
    assert f"<h1>{live[1].candidate(candidate_id).name}</h1>" in unescape(page.text)


def test_a_candidate_corrects_fields_and_adds_links(live: tuple[str, World],
                                                    own: tuple[TestClient, str, str]) -> None:
    client, csrf, candidate_id = own
    before = live[1].candidate(candidate_id)
    page = client.get("/me/edit")
    assert page.status_code == 200 and before.name in unescape(page.text)
    saved = client.post("/me/edit", data={
        "csrf": csrf, "name": before.name, "headline": "Applied ML engineer, forecasting",
        "country": "Serbia", "timezone": "Europe/Belgrade", "email": "jelena@example.org",
        "years": "6.5", "summary": before.summary,
        "links": "https://github.com/jelena-j\n\nhttps://jelena.dev",
        "location": before.location or "", "phone": before.phone or ""})
    assert saved.status_code == 200 and saved.url.path == "/me"
    assert "Saved: headline" in unescape(saved.text)
    after = live[1].candidate(candidate_id)
    assert after.headline == "Applied ML engineer, forecasting" and after.country == "RS"
    assert after.links == ["https://github.com/jelena-j", "https://jelena.dev"]
    assert after.email == "jelena@example.org" and after.years_experience == 6.5
    assert after.consents == before.consents and after.evidence == before.evidence
    assert 'href="https://github.com/jelena-j"' in saved.text
    entries = [r for r in live[1].ctx.audit.about(candidate_id)
               if r.entry.action == "correct-profile"]
    assert entries and "links" in entries[-1].entry.record["details"]["fields"]
    assert "jelena" not in str(entries[-1].entry.record)  # values stay out of the log


@pytest.mark.parametrize(("field", "value", "says"), [
    ("links", "javascript:alert(1)", "is not a web link"),
    ("country", "Atlantis", "not a country we know"),
    ("timezone", "Mars/Olympus", "is not a time zone"),
    ("email", "a@x.org, b@y.org", "is not one e-mail address"),
    ("years", "six", "must be a number"),
    ("name", " ", "the name cannot be empty"),
])
def test_bad_corrections_are_refused_and_change_nothing(
        live: tuple[str, World], own: tuple[TestClient, str, str], field: str, value: str,
        says: str) -> None:
    client, csrf, candidate_id = own
    before = live[1].candidate(candidate_id)
    refused = client.post("/me/edit", data={"csrf": csrf, "name": before.name,
                                            "headline": "changed", field: value})
    assert refused.status_code == 422 and says in unescape(refused.text)
    assert live[1].candidate(candidate_id).headline == before.headline


def test_the_edit_form_needs_the_csrf_token_and_a_candidate(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    client, _, _ = own
    assert client.post("/me/edit", data={"csrf": "forged", "name": "X"}).status_code == 403
    recruiter = TestClient(live[1].app)
    form = re.search(r'name="csrf" value="([^"]+)"', recruiter.get("/signin").text)
    assert form
    recruiter.post("/signin", data={"token": live[1].tokens["a-recruiter"],
                                    "csrf": form.group(1)})
    assert recruiter.get("/me/edit").status_code == 403


def test_the_parser_notes_say_what_was_not_found(live: tuple[str, World]) -> None:
    from worldhire.core.models import Candidate
    from worldhire.web.profile_view import profile_notes

    empty = Candidate(name="")
    notes = " ".join(profile_notes(empty))
    assert "No job, project or education was found" in notes and "scanned PDF" in notes
    assert "No location" in notes and "No e-mail" in notes and "No name" in notes
    full = live[1].candidate(live[1].candidates_a[0])
    assert not any("No job" in n for n in profile_notes(full))


def test_the_export_download_is_the_subject_access_document(
        own: tuple[TestClient, str, str]) -> None:
    client, _, candidate_id = own
    download = client.get("/me/export")
    assert download.status_code == 200
    assert download.headers["cache-control"] == "no-store"
    document = ExportOut.model_validate_json(download.content)
    assert document.candidate_id == candidate_id and document.evidence
    # The JSON Resume part keeps the schema's own names.
    raw = download.json()
    assert raw["resume"]["$schema"].endswith("schema.json")
    assert all("startDate" in job for job in raw["resume"]["work"])


def test_a_profile_the_roles_filters_leave_out_is_told_why(live: tuple[str, World]) -> None:
    """A résumé without a location: the role that needs 4 h of overlap leaves it out, and the
    page says so and what to correct, never that the evidence covers what the roles ask."""
    from tests.web.conftest import web_session

    world = live[1]
    thin = b"Jan Kowalczyk\njan.kowalczyk@poczta.example\n\nI like computers.\n"
    [candidate_id] = world.ctx.ingest(None).ingest_bytes(thin, "jan.txt",
                                                         Kind.RESUME).candidate_ids
    client, _ = web_session(world, world.ctx.accounts.issue_candidate_token(candidate_id))
    page = unescape(client.get("/me").text)
    gaps = page.split('id="gaps"')[1].split("</section>")[0]
    assert "your evidence covers" not in gaps
    reason = re.search(r"<li>(\d+) roles?: time zone unknown, so the required overlap cannot "
                       r"be shown</li>", gaps)
    assert reason and int(reason.group(1)) >= 1  # the shared world's role, at least
    assert 'href="/me/edit">correct your profile</a>' in gaps
