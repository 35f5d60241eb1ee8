"""The pipeline and market routes: applications through the stages over HTTP, history with the
actor of every move, pagination, boards, stage configuration, outreach drafts, webhooks to a
real receiver, the market numbers and gap analysis, each scoped to the caller's tenant."""

from __future__ import annotations

import dataclasses
import json
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import RESUMES_B, World
from tests.api.test_api import problem
from tests.faults import break_audit_log
from tests.pipeline.receiver import receiver
from worldhire.core.models import ConsentPurpose
from worldhire.demo.service import world_dir
from worldhire.market.figures import build_report
from worldhire.market.gaps import left_out
from worldhire.market.schemas import MarketOut
from worldhire.pipeline.signatures import DELIVERY_HEADER, SIGNATURE_HEADER, verify_signature


def actor_of(client: TestClient, world: World, who: str) -> str:
    me = client.get("/api/v1/me", headers=world.auth(who)).json()
    return f"{me['role']}:{me['user_id']}@{me['tenant_id']}"


def add(client: TestClient, world: World, candidate_id: str, who: str = "a-recruiter",
        role_id: str | None = None) -> dict[str, Any]:
    response = client.post("/api/v1/applications", headers=world.auth(who),
                           json={"candidate_id": candidate_id, "role_id": role_id or world.role_a})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def application_for(client: TestClient, world: World, candidate_id: str) -> dict[str, Any]:
    """The candidate's application on role A, made if this test session has none yet."""
    listed = client.get(f"/api/v1/applications?role_id={world.role_a}&limit=200",
                        headers=world.auth("a-admin")).json()["items"]
    for item in listed:
        if item["candidate_id"] == candidate_id:
            return dict(item)
    return add(client, world, candidate_id)


def move(client: TestClient, world: World, app_id: str, to: str, reason: str | None = None,
         who: str = "a-recruiter") -> Any:
    return client.post(f"/api/v1/applications/{app_id}/moves", headers=world.auth(who),
                       json={"to_stage": to, **({"reason": reason} if reason else {})})


def test_an_application_moves_through_the_stages_and_keeps_every_move(
    client: TestClient, world: World
) -> None:
    recruiter, admin = world.auth("a-recruiter"), world.auth("a-admin")
    created = application_for(client, world, world.candidates_a[1])
    assert created["stage"] == "sourced" and created["role_id"] == world.role_a
    again = client.post("/api/v1/applications", headers=recruiter,
                        json={"candidate_id": world.candidates_a[1], "role_id": world.role_a})
    assert problem(again, 409)["application_id"] == created["id"]

    app_id = created["id"]
    assert move(client, world, app_id, "contacted").json()["to_stage"] == "contacted"
    illegal = problem(move(client, world, app_id, "offer"), 409)
    assert "allowed: screened, rejected" in illegal["detail"]
    unknown = problem(move(client, world, app_id, "on-hold"), 422)
    assert "unknown stage" in unknown["detail"]
    assert move(client, world, app_id, "screened", who="a-admin").status_code == 201
    no_reason = problem(move(client, world, app_id, "rejected"), 409)
    assert "needs a reason" in no_reason["detail"]
    done = move(client, world, app_id, "rejected", reason="  visa timeline  ").json()
    assert done["reason"] == "visa timeline"
    final = problem(move(client, world, app_id, "interview"), 409)
    assert "final" in final["detail"]

    detail = client.get(f"/api/v1/applications/{app_id}", headers=recruiter).json()
    assert detail["stage"] == "rejected" and detail["rejection_reason"] == "visa timeline"
    assert detail["allowed_moves"] == []
    assert detail["candidate"]["id"] == world.candidates_a[1] and detail["candidate"]["name"]
    history = detail["history"]
    assert [(m["seq"], m["from_stage"], m["to_stage"]) for m in history] == [
        (1, None, "sourced"), (2, "sourced", "contacted"), (3, "contacted", "screened"),
        (4, "screened", "rejected")]
    who_recruits = actor_of(client, world, "a-recruiter")
    assert [m["actor"] for m in history] == [who_recruits, who_recruits,
                                             actor_of(client, world, "a-admin"), who_recruits]
    assert all(m["at"] for m in history)
    assert client.get(f"/api/v1/applications/{app_id}", headers=admin).json() == detail


def test_notes_and_scorecards_need_every_requirement_rated(client: TestClient,
                                                           world: World) -> None:
    recruiter = world.auth("a-recruiter")
    app_id = application_for(client, world, world.candidates_a[2])["id"]
    note = client.post(f"/api/v1/applications/{app_id}/notes", headers=recruiter,
                       json={"text": "Strong on retrieval; ask about evals."})
    assert note.status_code == 201 and note.json()["author"] == actor_of(client, world,
                                                                         "a-recruiter")
    blank = problem(client.post(f"/api/v1/applications/{app_id}/notes", headers=recruiter,
                                json={"text": "   "}), 422)
    assert "needs some text" in blank["detail"]

    role = client.get(f"/api/v1/roles/{world.role_a}", headers=recruiter).json()
    labels = [q["label"] for q in role["requirements"]]
    ratings = [{"requirement": label, "rating": 3, "evidence": f"walked through {label}"}
               for label in labels]
    partial = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter,
                          json={"ratings": ratings[:1]})
    if len(labels) > 1:
        assert "missing" in problem(partial, 422)["detail"]
    wrong = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter,
                        json={"ratings": [*ratings, {"requirement": "Cobol", "rating": 2,
                                                     "evidence": "x"}]})
    assert "not a requirement" in problem(wrong, 422)["detail"]
    out_of_scale = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter,
                               json={"ratings": [{**ratings[0], "rating": 5}]})
    problem(out_of_scale, 422)
    card = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter,
                       json={"ratings": ratings, "summary": "hire"})
    assert card.status_code == 201, card.text
    assert card.json()["mean"] == 3.0 and len(card.json()["ratings"]) == len(labels)
    detail = client.get(f"/api/v1/applications/{app_id}", headers=recruiter).json()
    assert [n["text"] for n in detail["notes"]] == ["Strong on retrieval; ask about evals."]
    assert [c["summary"] for c in detail["scorecards"]] == ["hire"]
    # Who wrote them, as a colleague reads it.
    assert {n["author_name"] for n in detail["notes"]} == {"recruiter@a.example"}
    assert {c["interviewer_name"] for c in detail["scorecards"]} == {"recruiter@a.example"}


def test_viewers_read_but_do_not_change_and_candidates_have_no_pipeline(
    client: TestClient, world: World
) -> None:
    app_id = application_for(client, world, world.candidates_a[3])["id"]
    viewer = world.auth("a-viewer")
    before = client.get(f"/api/v1/applications/{app_id}", headers=viewer)
    assert before.status_code == 200
    for path, body in [("moves", {"to_stage": "contacted"}), ("notes", {"text": "x"}),
                       ("outreach", {})]:
        problem(client.post(f"/api/v1/applications/{app_id}/{path}", headers=viewer,
                            json=body), 403)
    problem(client.post("/api/v1/applications", headers=viewer,
                        json={"candidate_id": world.candidates_a[4], "role_id": world.role_a}),
            403)
    problem(client.get("/api/v1/applications", headers=world.auth("candidate")), 403)
    problem(client.get(f"/api/v1/applications/{app_id}", headers=world.auth("candidate")), 403)
    assert client.get(f"/api/v1/applications/{app_id}", headers=viewer).json() == before.json()


def test_listing_pages_and_filters(client: TestClient, world: World) -> None:
    # A role of its own: other files of the session apply people to role A (a merged profile's
    # application, the funnel's), so only here are all of a role's applications known.
    made = client.post("/api/v1/roles", headers=world.auth("a-recruiter"),
                       json={"title": "Listing walk", "company": "Acme AI"})
    assert made.status_code == 201, made.text
    role_id = made.json()["id"]
    applied = {add(client, world, c, role_id=role_id)["id"] for c in world.candidates_a}
    admin = world.auth("a-admin")
    everything = client.get(f"/api/v1/applications?role_id={role_id}&limit=200",
                            headers=admin).json()
    total = everything["total"]
    assert total == len(world.candidates_a)
    assert {i["id"] for i in everything["items"]} == applied
    seen = []
    offset: int | None = 0
    while offset is not None:
        chunk = client.get(f"/api/v1/applications?role_id={role_id}&limit=2"
                           f"&offset={offset}", headers=admin).json()
        assert chunk["total"] == total and len(chunk["items"]) <= 2
        seen += [i["id"] for i in chunk["items"]]
        offset = chunk["next_offset"]
    assert seen == [i["id"] for i in everything["items"]]
    walked: list[str] = []
    cursor: str | None = ""
    while cursor is not None:
        chunk = client.get(f"/api/v1/applications?role_id={role_id}&limit=3"
                           + (f"&cursor={cursor}" if cursor else ""), headers=admin).json()
        assert chunk["total"] == total  # the first page's count, carried by the cursor
        walked += [i["id"] for i in chunk["items"]]
        cursor = chunk["next_cursor"]
    assert walked == seen
    names = client.get("/api/v1/candidates?limit=1", headers=admin).json()["next_cursor"]
    assert names  # a cursor of another list (a name, not a time) is refused
    problem(client.get(f"/api/v1/applications?cursor={names}", headers=admin), 422)
    problem(client.get("/api/v1/applications?offset=10001", headers=admin), 422)
    sourced = client.get("/api/v1/applications?stage=sourced&limit=200", headers=admin).json()
    assert sourced["items"] and all(i["stage"] == "sourced" for i in sourced["items"])
    assert applied <= {i["id"] for i in sourced["items"]}
    problem(client.get("/api/v1/applications?limit=0", headers=admin), 422)
    problem(client.get(f"/api/v1/applications?role_id={world.role_b}", headers=admin), 404)
    # Tenant B has applications of its own (self-service ones); none of A's shows among them.
    theirs = client.get("/api/v1/applications?limit=200", headers=world.auth("b-admin")).json()
    assert not applied & {i["id"] for i in theirs["items"]}
    b_roles = client.get("/api/v1/roles?limit=200&status=all", headers=world.auth("b-admin"))
    assert {i["role_id"] for i in theirs["items"]} <= {r["id"] for r in b_roles.json()["items"]}


def test_the_board_has_a_column_per_stage_with_the_allowed_moves(client: TestClient,
                                                                 world: World) -> None:
    app_id = application_for(client, world, world.candidates_a[4])["id"]
    board = client.get(f"/api/v1/roles/{world.role_a}/board",
                       headers=world.auth("a-viewer")).json()
    stages = [c["stage"] for c in board["columns"]]
    assert stages == ["sourced", "contacted", "screened", "interview", "offer", "hired",
                      "rejected"]
    cards = {a["id"]: (c["stage"], a) for c in board["columns"] for a in c["applications"]}
    stage, card = cards[app_id]
    assert card["candidate_name"] and stage == card["stage"]
    rejected = next(c for c in board["columns"] if c["stage"] == "rejected")
    assert rejected["terminal"] and rejected["needs_reason"]
    problem(client.get(f"/api/v1/roles/{world.role_a}/board", headers=world.auth("b-admin")),
            404)


def test_admins_configure_stages_and_stranding_applications_is_refused(
    client: TestClient, world: World
) -> None:
    # A tenant of its own: other files leave applications in tenant B's stages (a withdrawn
    # self-service application), which any new stage set without those stages would strand.
    world.own_tenant("Initech", "c")
    admin, recruiter = world.auth("c-admin"), world.auth("c-recruiter")
    role = client.post("/api/v1/roles", headers=recruiter,
                       json={"title": "Pipeline stages", "company": "Initech"})
    assert role.status_code == 201, role.text
    resume = (world_dir() / "candidates" / RESUMES_B[0]).read_bytes()
    uploaded = client.post("/api/v1/candidates/files", headers=recruiter,
                           files=[("files", (RESUMES_B[0], resume))])
    assert uploaded.status_code == 201, uploaded.text
    [candidate] = uploaded.json()["results"][0]["candidate_ids"]

    default = client.get("/api/v1/pipeline/stages", headers=admin).json()
    assert default["initial"] == "sourced"
    custom = {"initial": "new", "stages": [{"name": "new"}, {"name": "call"},
                                           {"name": "hired", "terminal": True},
                                           {"name": "declined", "terminal": True,
                                            "needs_reason": True}],
              "moves": {"new": ["call", "declined"], "call": ["hired", "declined"]}}
    problem(client.put("/api/v1/pipeline/stages", headers=recruiter, json=custom), 403)
    broken = {**custom, "moves": {"new": ["nowhere"]}}
    assert "unknown stage" in problem(client.put("/api/v1/pipeline/stages", headers=admin,
                                                 json=broken), 422)["detail"]
    assert client.put("/api/v1/pipeline/stages", headers=admin, json=custom).status_code == 200
    app = add(client, world, candidate, who="c-recruiter", role_id=role.json()["id"])
    assert app["stage"] == "new"
    stranded = problem(client.put("/api/v1/pipeline/stages", headers=admin, json=default), 422)
    assert "new" in stranded["detail"]
    assert move(client, world, app["id"], "declined", reason="withdrew",
                who="c-recruiter").status_code == 201
    assert "declined" in problem(client.put("/api/v1/pipeline/stages", headers=admin,
                                            json=default), 422)["detail"]
    for other in ("a-admin", "b-admin"):
        assert client.get("/api/v1/pipeline/stages",
                          headers=world.auth(other)).json()["initial"] == "sourced"


def test_outreach_drafts_cite_evidence_and_withhold_the_address_without_consent(
    client: TestClient, world: World
) -> None:
    recruiter = world.auth("a-recruiter")
    shortlist = client.get(f"/api/v1/roles/{world.role_a}/shortlist?top=1",
                           headers=recruiter).json()
    top = shortlist["results"][0]["candidate_id"]
    app_id = application_for(client, world, top)["id"]
    draft = client.post(f"/api/v1/applications/{app_id}/outreach", headers=recruiter,
                        json={"sender_name": "Ana from Acme"})
    assert draft.status_code == 200, draft.text
    body = draft.json()
    assert body["sent"] is False and "Ana from Acme" in body["body"]
    assert body["cited"] and body["cited"][0]["snippet"] in body["body"]
    assert body["to"] is None and any("consent" in w for w in body["warnings"])
    consent = client.post(f"/api/v1/candidates/{top}/consent", headers=recruiter,
                          json={"purpose": "outreach", "granted": True, "source": "call"})
    assert consent.status_code == 201
    again = client.post(f"/api/v1/applications/{app_id}/outreach", headers=recruiter,
                        json={}).json()
    assert again["to"] and "@" in again["to"]


def eventually(probe: Callable[[], Any], within_s: float = 30.0) -> Any:
    """What `probe` returns once it is truthy: the app's worker sends after the response."""
    deadline = time.monotonic() + within_s
    while not (found := probe()):
        assert time.monotonic() < deadline, "the delivery worker did not get there"
        time.sleep(0.05)
    return found


def test_webhooks_deliver_signed_events_to_a_real_receiver_and_replay(
    client: TestClient, world: World
) -> None:
    admin = world.auth("a-admin")
    problem(client.get("/api/v1/webhooks", headers=world.auth("a-recruiter")), 403)
    with receiver() as rx:
        made = client.post("/api/v1/webhooks", headers=admin,
                           json={"url": rx.url, "events": ["application.stage_changed"]})
        assert made.status_code == 201, made.text
        hook = made.json()
        try:
            assert len(hook["secret"]) >= 32
            listed = client.get("/api/v1/webhooks", headers=admin).json()
            assert hook["id"] in {h["id"] for h in listed}
            assert all("secret" not in h for h in listed)
            theirs = client.get("/api/v1/webhooks", headers=world.auth("b-admin")).json()
            assert hook["id"] not in {h["id"] for h in theirs}

            app_id = application_for(client, world, world.candidates_a[5])["id"]
            assert move(client, world, app_id, "contacted").status_code == 201
            [got] = eventually(lambda: rx.received)  # the app's worker sends it
            verify_signature(hook["secret"], got.headers[SIGNATURE_HEADER], got.body)
            payload = json.loads(got.body)
            assert payload["data"]["application_id"] == app_id
            assert payload["data"]["to_stage"] == "contacted"

            def mine_now() -> dict[str, Any]:
                found = client.get("/api/v1/webhooks/deliveries", headers=admin).json()
                return next(d for d in found if d["id"] == got.headers[DELIVERY_HEADER])

            mine = eventually(lambda: mine_now() if mine_now()["status"] == "delivered" else None)
            assert mine["attempts"][0]["status_code"] == 204
            theirs = client.get("/api/v1/webhooks/deliveries",
                                headers=world.auth("b-admin")).json()
            assert mine["id"] not in {d["id"] for d in theirs}
            problem(client.post(f"/api/v1/webhooks/deliveries/{mine['id']}/replay",
                                headers=world.auth("b-admin")), 404)
            replayed = client.post(f"/api/v1/webhooks/deliveries/{mine['id']}/replay",
                                   headers=admin)
            assert replayed.status_code == 202 and replayed.json()["status"] == "pending"
            eventually(lambda: len(mine_now()["attempts"]) == 2)
            assert len(rx.received) == 2 and rx.received[1].body == got.body
            problem(client.delete(f"/api/v1/webhooks/{hook['id']}",
                                  headers=world.auth("b-admin")), 404)
        finally:
            assert client.delete(f"/api/v1/webhooks/{hook['id']}",
                                 headers=admin).status_code == 204
    assert not next(h for h in client.get("/api/v1/webhooks", headers=admin).json()
                    if h["id"] == hook["id"])["active"]
    stopped = client.post(f"/api/v1/webhooks/deliveries/{mine['id']}/replay", headers=admin)
    assert "deactivated" in problem(stopped, 409)["detail"]
    assert len(rx.received) == 2
    bad = client.post("/api/v1/webhooks", headers=admin,
                      json={"url": "ftp://example.com/x", "events": ["consent.withdrawn"]})
    assert "http(s)" in problem(bad, 422)["detail"]


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:5432/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/x",
    "http://10.0.0.5/hook", "http://[::ffff:192.168.1.1]/x",
])
def test_webhooks_cannot_point_into_the_servers_own_network(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    services = world.ctx.services
    deployed = services.settings.model_copy(update={"webhook_allow_private": False})
    monkeypatch.setattr(services, "settings", deployed)
    before = client.get("/api/v1/webhooks", headers=world.auth("a-admin")).json()
    refused = client.post("/api/v1/webhooks", headers=world.auth("a-admin"),
                          json={"url": url, "events": ["consent.withdrawn"]})
    assert "only go to public addresses" in problem(refused, 422)["detail"]
    assert client.get("/api/v1/webhooks", headers=world.auth("a-admin")).json() == before


def test_the_market_is_the_callers_tenant_and_matches_the_report(
    client: TestClient, world: World, small_salaries: Path
) -> None:
    from worldhire.comp.estimate import load_estimator

    ctx = world.ctx
    ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    data = client.get("/api/v1/market", headers=world.auth("a-viewer")).json()
    roles = ctx.repo.list_roles(world.tenant_a)
    pool = [c for c in ctx.repo.list_candidates(world.tenant_a, include_platform=True)
            if c.tenant_id == world.tenant_a or c.consented(ConsentPurpose.MATCHING)]
    direct = MarketOut.of(build_report(roles, pool)).model_dump(mode="json")
    assert data["open_roles"] == direct["open_roles"] >= 1
    assert data["candidates"] == direct["candidates"] == len(pool)
    assert data["families"] == direct["families"] and data["regions"] == direct["regions"]
    assert data["skills"] == direct["skills"] and data["scarcest"] == direct["scarcest"]
    assert data["scarcest"] and data["region_pay"] and data["trends"]
    assert {p["role_title"] for p in data["region_pay"]} == {r.title for r in roles
                                                             if r.status == "open"}
    problem(client.get("/api/v1/market", headers=world.auth("candidate")), 403)
    other = client.get("/api/v1/market?pay=false", headers=world.auth("b-admin")).json()
    assert other["region_pay"] == [] and other["candidates"] < data["candidates"]


@pytest.mark.parametrize("who", ["a-recruiter", "a-viewer"])
def test_gaps_for_a_candidate_in_scope(client: TestClient, world: World, who: str) -> None:
    found = client.get(f"/api/v1/candidates/{world.candidates_a[0]}/gaps?top=5",
                       headers=world.auth(who))
    assert found.status_code == 200, found.text
    own_roles = {r.id for r in world.ctx.repo.list_roles(world.tenant_a)}
    for gap in found.json():
        assert gap["total_gain"] > 0 and gap["roles"]
        assert {r["role_id"] for r in gap["roles"]} <= own_roles
        # Why the gap counts in each role: the requirement missing, or partial and why.
        assert all(r["status"] in ("missing", "partial") and isinstance(r["note"], str)
                   for r in gap["roles"])
    problem(client.get(f"/api/v1/candidates/{world.candidates_a[0]}/gaps",
                       headers=world.auth("b-admin")), 404)


def test_a_candidate_sees_only_their_own_gaps(client: TestClient, world: World) -> None:
    me = world.auth("candidate")
    own = client.get(f"/api/v1/candidates/{world.self_registered}/gaps", headers=me)
    assert own.status_code == 200 and isinstance(own.json(), list)
    problem(client.get(f"/api/v1/candidates/{world.candidates_a[0]}/gaps", headers=me), 404)


def test_left_out_says_which_filters_keep_a_candidate_from_the_tenants_open_roles(
    client: TestClient, world: World
) -> None:
    repo = world.ctx.repo
    person = repo.get_candidate(world.candidates_a[0])
    assert person is not None
    # A country no role allows and no zone: every role with a region or overlap filter drops them.
    moved = dataclasses.replace(person, country="AQ", timezone=None)
    repo.save_candidate(moved)
    try:
        found = client.get(f"/api/v1/candidates/{person.id}/left-out",
                           headers=world.auth("a-recruiter"))
        other = client.get(f"/api/v1/candidates/{person.id}/left-out",
                           headers=world.auth("b-admin"))
    finally:
        repo.save_candidate(person)  # the world is shared by the whole session
    assert found.status_code == 200, found.text
    open_roles = [r for r in repo.list_roles(world.tenant_a) if r.status == "open"]
    assert found.json() and sum(r["roles"] for r in found.json()) <= len(open_roles)
    assert found.json() == [
        {"reason": o.reason, "roles": len(o.roles),
         "left_out_of": [{"role_id": r.role_id, "role_title": r.role_title} for r in o.roles]}
        for o in left_out(moved, open_roles)]
    # The roles named are the tenant's own (as the gaps' roles are): never another company's.
    assert {r["role_id"] for o in found.json() for r in o["left_out_of"]} <= {
        r.id for r in open_roles}
    problem(other, 404)


def test_withdrawing_consent_does_not_wait_for_a_receiver_that_never_answers(
    client: TestClient, world: World
) -> None:
    """The withdrawal is recorded and answered while the delivery to a receiver that accepts
    the connection and never replies is still queued, untried: nothing is sent in the request."""
    admin = world.auth("a-admin")
    person = world.candidates_a[2]
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)  # accepts into the backlog, never reads, never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
        hooks = [client.post("/api/v1/webhooks", headers=admin,
                             json={"url": url, "events": ["consent.withdrawn"]}).json()
                 for _ in range(6)]
        try:
            withdrawn = client.post(f"/api/v1/candidates/{person}/consent", headers=admin,
                                    json={"purpose": "outreach", "granted": False,
                                          "source": "call"})
            assert withdrawn.status_code == 201, withdrawn.text
            queued = [d for d in client.get("/api/v1/webhooks/deliveries", headers=admin).json()
                      if d["event"] == "consent.withdrawn" and d["status"] == "pending"]
            assert len(queued) >= 6
            assert all(d["attempts"] == [] for d in queued)
        finally:
            for hook in hooks:
                client.delete(f"/api/v1/webhooks/{hook['id']}", headers=admin)


def test_a_move_whose_audit_entry_cannot_be_written_is_not_made(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = application_for(client, world, world.candidates_a[2])
    admin = world.auth("a-admin")
    before = client.get(f"/api/v1/applications/{created['id']}", headers=admin).json()
    to_stage = before["allowed_moves"][0]

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, raise_server_exceptions=False)
    refused = failing.post(f"/api/v1/applications/{created['id']}/moves",
                           headers=world.auth("a-recruiter"),
                           json={"to_stage": to_stage, "reason": "budget"})
    assert refused.status_code == 500
    monkeypatch.undo()
    after = client.get(f"/api/v1/applications/{created['id']}", headers=admin).json()
    assert (after["stage"], after["history"]) == (before["stage"], before["history"])


def test_an_add_is_audited_with_the_person_sealed(client: TestClient, world: World) -> None:
    made = client.post("/api/v1/roles", headers=world.auth("a-recruiter"),
                       json={"title": "Audited add", "company": "Acme AI"})
    assert made.status_code == 201, made.text
    person = world.candidates_a[1]
    added = add(client, world, person, role_id=made.json()["id"])
    trail = [r for r in world.ctx.audit.about(person)
             if r.entry.action == "add-to-pipeline"
             and r.entry.record["details"]["application_id"] == added["id"]]
    assert len(trail) == 1
    entry = trail[0].entry
    assert entry.tenant_id == world.tenant_a and "recruiter:" in str(entry.actor)
    assert entry.record["details"]["role_id"] == made.json()["id"]
    assert trail[0].about == {"candidate_id": person, "outcome": "added", "stage": "sourced"}
    assert person not in json.dumps(entry.record)  # the person only in the sealed part


def test_an_add_whose_audit_entry_cannot_be_written_is_not_made(
    client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = client.post("/api/v1/roles", headers=world.auth("a-recruiter"),
                       json={"title": "Unaudited add", "company": "Acme AI"})
    role_id = made.json()["id"]

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, raise_server_exceptions=False)
    refused = failing.post("/api/v1/applications", headers=world.auth("a-recruiter"),
                           json={"candidate_id": world.candidates_a[1], "role_id": role_id})
    assert refused.status_code == 500
    monkeypatch.undo()
    listed = client.get(f"/api/v1/applications?role_id={role_id}",
                        headers=world.auth("a-admin")).json()
    assert listed["total"] == 0
    add(client, world, world.candidates_a[1], role_id=role_id)  # the store took no half of it
