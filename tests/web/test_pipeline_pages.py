"""The pipeline board and the market page without a browser: forms need the session's CSRF
token, moves follow the stage machine, and each tenant sees only its own board."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import ROLE_FILE, World
from tests.faults import break_audit_log
from tests.web.conftest import signed_in
from worldhire.demo.service import world_dir
from worldhire.ingest.service import Kind
from worldhire.pipeline.repository import SqlPipelineStore

TITLE = "Retrieval Engineer, board tests"


@pytest.fixture(scope="module")
def role_id(live: tuple[str, World]) -> str:
    """A role of tenant A's own for these tests, so the browser tests' role A stays untouched."""
    world = live[1]
    spec = json.loads((world_dir() / "roles" / ROLE_FILE).read_text(encoding="utf-8"))
    spec["title"] = TITLE
    made = world.ctx.ingest(world.tenant_a).ingest_bytes(
        json.dumps(spec).encode(), "board-role.json", Kind.ROLE).role_id
    assert made
    return made


def stage_of(live: tuple[str, World], role_id: str, candidate_id: str) -> str | None:
    found = SqlPipelineStore.on(live[1].ctx.repo).find_application(candidate_id,
                                                                            role_id)
    return found.stage if found else None


def column(html: str, stage: str) -> str:
    """The HTML of one stage's column on the board."""
    match = re.search(rf'aria-labelledby="stage-{stage}"[^>]*>(.*?)</section>', html, re.S)
    assert match, stage
    return match.group(1)


def test_the_board_adds_moves_and_notes_with_csrf(live: tuple[str, World], role_id: str) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    person = world.candidates_a[2]
    empty = client.get(f"/roles/{role_id}/pipeline")
    assert empty.status_code == 200 and TITLE in empty.text
    assert "Nobody here yet." in column(empty.text, "sourced")

    forged = client.post(f"/roles/{role_id}/pipeline", data={"candidate_id": person,
                                                             "csrf": "forged"})
    assert forged.status_code == 403 and stage_of(live, role_id, person) is None
    added = client.post(f"/roles/{role_id}/pipeline", data={"candidate_id": person,
                                                            "csrf": csrf})
    assert added.status_code == 200 and "is in the pipeline" in unescape(added.text)
    assert stage_of(live, role_id, person) == "sourced"
    twice = client.post(f"/roles/{role_id}/pipeline", data={"candidate_id": person,
                                                            "csrf": csrf})
    assert "already in the pipeline" in unescape(twice.text)

    app_id = SqlPipelineStore.on(world.ctx.repo).find_application(person, role_id)
    assert app_id is not None
    sourced = column(client.get(f"/roles/{role_id}/pipeline").text, "sourced")
    assert f'id="a-{app_id.id}"' in sourced
    moves = re.search(r'<select id="to-[^"]+" name="to_stage">(.*?)</select>', sourced)
    assert moves
    assert re.findall(r'<option value="([^"]+)"', moves.group(1)) == [
        "contacted", "screened", "rejected"]

    url = f"/applications/{app_id.id}/move"
    assert client.post(url, data={"to_stage": "contacted"}).status_code == 422  # no csrf
    assert client.post(url, data={"to_stage": "contacted", "csrf": "x"}).status_code == 403
    assert stage_of(live, role_id, person) == "sourced"
    moved = client.post(url, data={"to_stage": "contacted", "csrf": csrf})
    assert moved.status_code == 200 and stage_of(live, role_id, person) == "contacted"
    assert f'id="a-{app_id.id}"' in column(moved.text, "contacted")

    illegal = client.post(url, data={"to_stage": "hired", "csrf": csrf})
    assert illegal.status_code == 409 and 'role="alert"' in illegal.text
    assert "allowed: screened, rejected" in unescape(illegal.text)
    no_reason = client.post(url, data={"to_stage": "rejected", "reason": " ", "csrf": csrf})
    assert no_reason.status_code == 409 and "needs a reason" in unescape(no_reason.text)
    assert stage_of(live, role_id, person) == "contacted"

    noted = client.post(f"/applications/{app_id.id}/notes",
                        data={"text": "Prefers async interviews", "csrf": csrf})
    assert "Prefers async interviews" in noted.text
    assert "· recruiter@a.example</span> Prefers async interviews" in noted.text  # who wrote it
    rejected = client.post(url, data={"to_stage": "rejected", "reason": "salary gap",
                                      "csrf": csrf})
    final = column(rejected.text, "rejected")
    assert "salary gap" in final and f'action="/applications/{app_id.id}/move"' not in final


def test_viewers_see_the_board_without_forms(live: tuple[str, World], role_id: str) -> None:
    client, csrf = signed_in(live, "a-viewer")
    page = client.get(f"/roles/{role_id}/pipeline")
    assert page.status_code == 200 and "read only" in page.text
    assert 'action="/applications/' not in page.text
    refused = client.post(f"/roles/{role_id}/pipeline",
                          data={"candidate_id": live[1].candidates_a[3], "csrf": csrf})
    assert refused.status_code == 403
    assert stage_of(live, role_id, live[1].candidates_a[3]) is None


def test_other_tenants_and_candidates_do_not_reach_the_board(live: tuple[str, World],
                                                             role_id: str) -> None:
    other, csrf = signed_in(live, "b-admin")
    response = other.get(f"/roles/{role_id}/pipeline")
    assert response.status_code == 404 and TITLE not in response.text
    added = other.post(f"/roles/{role_id}/pipeline",
                       data={"candidate_id": live[1].candidates_a[4], "csrf": csrf})
    assert added.status_code == 404
    assert stage_of(live, role_id, live[1].candidates_a[4]) is None
    candidate = TestClient(live[1].app)
    page = candidate.get("/signin")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    candidate.post("/signin", data={"token": live[1].tokens["candidate"],
                                    "csrf": token.group(1)})
    assert candidate.get(f"/roles/{role_id}/pipeline").status_code == 403
    assert candidate.get("/market").status_code == 403


def test_the_shortlist_offers_add_to_pipeline_only_to_writers(live: tuple[str, World]) -> None:
    world = live[1]
    writer, _ = signed_in(live, "a-admin")
    page = writer.get(f"/roles/{world.role_a}/shortlist?top=3")
    forms = re.findall(r'<form id="add-([^"]+)" class="add-form" method="post" '
                       rf'action="/roles/{world.role_a}/pipeline">', page.text)
    # Other tests of the session put some of role A's top people on its pipeline: their card
    # says so instead of offering to add them again.
    there = page.text.count('class="small in-pipeline"')
    assert len(forms) + there == 3
    assert page.text.count("Add to pipeline") == len(forms)


def test_the_market_page_shows_scarce_skills_and_regions(live: tuple[str, World],
                                                         role_id: str) -> None:
    client, _ = signed_in(live, "a-viewer")
    page = client.get("/market?pay=false")
    assert page.status_code == 200
    assert 'aria-labelledby="supply-title supply-desc"' in page.text
    assert "Scarcest skills" in page.text and "By region" in page.text
    assert "Salaries by year" in page.text and "Include pay by region" in page.text
    assert "<style" not in page.text and "style=" not in page.text  # the CSP allows neither


def test_a_move_whose_audit_entry_cannot_be_written_is_not_made(
    live: tuple[str, World], role_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    person = world.candidates_a[3]
    client.post(f"/roles/{role_id}/pipeline", data={"candidate_id": person, "csrf": csrf})
    found = SqlPipelineStore.on(world.ctx.repo).find_application(person, role_id)
    assert found is not None and found.stage == "sourced"

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, cookies=client.cookies, raise_server_exceptions=False)
    one = failing.post(f"/applications/{found.id}/move",
                       data={"to_stage": "contacted", "csrf": csrf})
    bulk = failing.post(f"/roles/{role_id}/pipeline/moves",
                        data={"to_stage": "contacted", "application_id": found.id, "csrf": csrf})
    assert (one.status_code, bulk.status_code) == (500, 500)
    monkeypatch.undo()
    assert stage_of(live, role_id, person) == "sourced"
    assert [m.to_stage for m in SqlPipelineStore.on(world.ctx.repo).history(found.id)] == [
        "sourced"]


def test_an_add_whose_audit_entry_cannot_be_written_is_not_made(
    live: tuple[str, World], role_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    person = world.candidates_a[4]
    assert stage_of(live, role_id, person) is None

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, cookies=client.cookies, raise_server_exceptions=False)
    refused = failing.post(f"/roles/{role_id}/pipeline",
                           data={"candidate_id": person, "csrf": csrf})
    assert refused.status_code == 500
    monkeypatch.undo()
    assert stage_of(live, role_id, person) is None
    client.post(f"/roles/{role_id}/pipeline", data={"candidate_id": person, "csrf": csrf})
    found = SqlPipelineStore.on(world.ctx.repo).find_application(person, role_id)
    assert found is not None
    [entry] = [r.entry for r in world.ctx.audit.about(person)
               if r.entry.action == "add-to-pipeline"
               and r.entry.record["details"]["application_id"] == found.id]
    assert entry.record["details"]["source"] == "shortlist" and "recruiter:" in str(entry.actor)
