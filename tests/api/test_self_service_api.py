"""The API of issue 19's corrections: a company corrects a profile it holds (PATCH, audited), a
newer résumé becomes a version of a profile, and a candidate applies to a role and withdraws."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import ROLE_FILE, World
from tests.api.test_api import problem
from tests.faults import break_audit_log
from worldhire.demo.service import world_dir
from worldhire.ingest.formats import FORMATS
from worldhire.ingest.service import Kind


def test_openapi_lists_profile_update_versions_and_applications(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "patch" in paths["/api/v1/candidates/{candidate_id}"]
    assert "post" in paths["/api/v1/candidates/{candidate_id}/versions"]
    assert {"get", "post"} <= set(paths["/api/v1/me/applications"])
    assert "post" in paths["/api/v1/me/applications/{application_id}/withdraw"]
    for path in ("/api/v1/candidates/{candidate_id}", "/api/v1/me/applications"):
        for operation in paths[path].values():
            ok = next(v for k, v in operation["responses"].items() if k.startswith("2"))
            assert ok.get("content", {}).get("application/json", {}).get("schema"), path


def test_a_recruiter_corrects_a_profile_of_their_company(client: TestClient, world: World
                                                         ) -> None:
    who = world.candidates_a[1]
    done = client.patch(f"/api/v1/candidates/{who}", headers=world.auth("a-recruiter"),
                        json={"headline": "Forecasting engineer", "country": "Deutschland",
                              "links": ["https://github.com/someone"]})
    assert done.status_code == 200, done.text
    assert set(done.json()["changed"]) >= {"headline", "links"}
    got = client.get(f"/api/v1/candidates/{who}", headers=world.auth("a-viewer")).json()
    assert got["headline"] == "Forecasting engineer" and got["country"] == "DE"
    trail = client.get("/api/v1/audit/entries", headers=world.auth("a-admin")).json()
    # Who corrected it: the recruiter's address beside the id the hashed entry keeps.
    assert any(e["action"] == "correct-profile" and e["actor_name"] == "recruiter@a.example"
               and e["actor"].startswith("recruiter:usr_") for e in trail)


def test_histories_and_the_candidates_own_log_name_who_acted(client: TestClient, world: World
                                                             ) -> None:
    from tests.web.conftest import an_application

    detail = client.get(f"/api/v1/applications/{an_application(world)}",
                        headers=world.auth("a-viewer")).json()
    # Whoever added it first (an earlier test of the shared world may have): named by address.
    first = detail["history"][0]
    role = first["actor"].partition(":")[0]
    assert role in {"admin", "recruiter"} and first["actor_name"] == f"{role}@a.example"
    client.get(f"/api/v1/roles/{world.role_a}/shortlist", headers=world.auth("a-admin"))
    # The candidate reads who ranked them by role and company, not by a colleague's address.
    own = client.get("/api/v1/audit/entries", headers=world.auth("candidate")).json()
    ranked = [e["actor_name"] for e in own if e["action"] == "rank-candidates"]
    # Whoever of the shared world's staff ranked them (other tests rank as recruiters too).
    assert ranked and all(re.fullmatch(r"an? (admin|recruiter) at (Acme AI|Globex)", who)
                          for who in ranked)
    assert not any("@" in e["actor_name"] for e in own)
    held = client.get(f"/api/v1/candidates/{world.self_registered}/export",
                      headers=world.auth("candidate")).json()
    assert {d["actor_name"] for d in held["decisions"]} >= set(ranked)


def test_profile_corrections_are_refused_where_they_should_be(client: TestClient, world: World
                                                               ) -> None:
    who = world.candidates_a[1]
    url = f"/api/v1/candidates/{who}"
    assert client.patch(url, headers=world.auth("a-viewer"), json={"headline": "x"}
                        ).status_code == 403
    assert client.patch(url, headers=world.auth("b-admin"), json={"headline": "x"}
                        ).status_code == 404
    assert client.patch(url, headers=world.auth("a-recruiter"), json={"country": "Atlantis"}
                        ).status_code == 422
    assert client.patch(url, headers=world.auth("a-recruiter"), json={"links": ["ftp:x"]}
                        ).status_code == 422
    # A platform profile is the person's own: a company that sees it does not correct it.
    assert client.patch(f"/api/v1/candidates/{world.self_registered}",
                        headers=world.auth("a-recruiter"), json={"headline": "x"}
                        ).status_code == 404


def test_a_newer_resume_joins_the_profile_as_a_version(client: TestClient, world: World) -> None:
    who = world.candidates_a[2]
    before = client.get(f"/api/v1/candidates/{who}/versions", headers=world.auth("a-viewer"))
    text = "\n".join(["Mihai Stan", "Bucharest, Romania", "",
                      "Senior ML engineer, Bitdefender, 2024 - present",
                      "Built Rust services for model inference and Kubernetes autoscaling."])
    done = client.post(f"/api/v1/candidates/{who}/versions", headers=world.auth("a-recruiter"),
                       files={"files": ("mihai-2026.txt", text.encode())})
    assert done.status_code == 201, done.text
    assert done.json()["candidate_ids"] == [who]
    after = client.get(f"/api/v1/candidates/{who}/versions", headers=world.auth("a-viewer"))
    assert len(after.json()) == len(before.json()) + 1
    other = (world_dir() / "candidates" / "vn-tran-minh-quan.json").read_bytes()
    refused = client.post(f"/api/v1/candidates/{world.candidates_a[0]}/versions",
                          headers=world.auth("a-recruiter"),
                          files={"files": ("x.txt", b"")})
    assert refused.status_code == 422
    assert client.post(f"/api/v1/candidates/{world.candidate_b}/versions",
                       headers=world.auth("a-recruiter"),
                       files={"files": ("v.json", other)}).status_code == 404


def test_a_candidate_applies_and_withdraws(client: TestClient, world: World) -> None:
    me = world.auth("candidate")
    client.post(f"/api/v1/candidates/{world.self_registered}/consent", headers=me,
                json={"purpose": "matching", "granted": False, "source": "test"})
    hidden = client.post("/api/v1/me/applications", headers=me, json={"role_id": world.role_b})
    assert hidden.status_code == 409 and "Match me with open roles" in hidden.json()["detail"]
    client.post(f"/api/v1/candidates/{world.self_registered}/consent", headers=me,
                json={"purpose": "matching", "granted": True, "source": "test"})
    applied = client.post("/api/v1/me/applications", headers=me, json={"role_id": world.role_b})
    assert applied.status_code == 201, applied.text
    assert applied.json()["state"] == "in progress"
    # Which of two roles of one title: named as the roles to apply to name it.
    assert applied.json()["employer"].endswith(", posted by Globex")
    app_id = applied.json()["id"]
    board = client.get(f"/api/v1/roles/{world.role_b}/board", headers=world.auth("b-admin"))
    assert app_id in board.text
    assert client.post("/api/v1/me/applications", headers=me, json={"role_id": world.role_b}
                       ).status_code == 409
    assert client.post("/api/v1/me/applications", headers=world.auth("a-recruiter"),
                       json={"role_id": world.role_a}).status_code == 403
    assert client.post(f"/api/v1/me/applications/{app_id}/withdraw",
                       headers=world.auth("b-admin")).status_code == 403
    done = client.post(f"/api/v1/me/applications/{app_id}/withdraw", headers=me)
    assert done.status_code == 200 and done.json()["state"] == "withdrawn"
    assert client.post(f"/api/v1/me/applications/{app_id}/withdraw", headers=me
                       ).status_code == 409
    assert [a["state"] for a in client.get("/api/v1/me/applications", headers=me).json()
            if a["id"] == app_id] == ["withdrawn"]


def test_a_candidate_tells_two_open_roles_of_one_title_apart(
        client: TestClient, world: World) -> None:
    """Both companies of the shared world post the same role file (one title, one company in
    the post): the open roles a candidate lists name who posted each, and where the work is."""
    found = client.get("/api/v1/roles?status=open&limit=200", headers=world.auth("candidate"))
    assert found.status_code == 200, found.text
    roles = {r["id"]: r for r in found.json()["items"]}
    a, b = roles[world.role_a], roles[world.role_b]
    assert a["title"] == b["title"] and a["company"] == b["company"]
    assert (a["employer"], a["place"]) != (b["employer"], b["place"])
    assert a["employer"] == f"{a['company']}, posted by Acme AI"
    assert a["place"].startswith("remote")
    one = client.get(f"/api/v1/roles/{world.role_b}", headers=world.auth("candidate")).json()
    assert one["employer"] == roles[world.role_b]["employer"]


def test_the_roles_a_candidate_fits_name_who_posts_them_and_where(
        client: TestClient, world: World) -> None:
    me = world.auth("candidate")
    fits = client.get(f"/api/v1/candidates/{world.self_registered}/roles?top=50", headers=me)
    assert fits.status_code == 200, fits.text
    assert fits.json(), "the shared world's candidate fits no role: nothing to check"
    for fit in fits.json():
        role = client.get(f"/api/v1/roles/{fit['role_id']}", headers=me).json()
        assert (fit["role_title"], fit["employer"], fit["place"]) == (
            role["title"], role["employer"], role["place"])
    # Both companies post the same role file: where the candidate fits both, the two read apart.
    # (Other tests of the shared world add look-alike roles of one company, which may read alike.)
    labels = {f["role_id"]: (f["role_title"], f["employer"], f["place"]) for f in fits.json()}
    assert world.role_a in labels and world.role_b in labels
    assert labels[world.role_a] != labels[world.role_b]


def _role_open_to_me(client: TestClient, world: World, title: str,
                     filename: str) -> tuple[str | None, dict[str, str]]:
    """A new role of company A (the demo's role file under another title), and the signed-in
    candidate's headers once they agreed to matching."""
    spec = json.loads((world_dir() / "roles" / ROLE_FILE).read_text(encoding="utf-8"))
    spec["title"] = title
    role_id = world.ctx.ingest(world.tenant_a).ingest_bytes(
        json.dumps(spec).encode(), filename, Kind.ROLE).role_id
    me = world.auth("candidate")
    client.post(f"/api/v1/candidates/{world.self_registered}/consent", headers=me,
                json={"purpose": "matching", "granted": True, "source": "test"})
    return role_id, me


def test_a_withdrawal_whose_audit_entry_cannot_be_written_is_not_made(
        client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    role_id, me = _role_open_to_me(client, world, "Search Engineer, withdrawal tests",
                                   "withdrawal-role.json")
    applied = client.post("/api/v1/me/applications", headers=me, json={"role_id": role_id})
    assert applied.status_code == 201, applied.text
    app_id = applied.json()["id"]

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, raise_server_exceptions=False)
    assert failing.post(f"/api/v1/me/applications/{app_id}/withdraw", headers=me
                        ).status_code == 500
    monkeypatch.undo()
    [still] = [a for a in client.get("/api/v1/me/applications", headers=me).json()
               if a["id"] == app_id]
    assert still["state"] == "in progress"


def test_an_application_whose_audit_entry_cannot_be_written_is_not_made(
        client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A candidate's own application and its add-to-pipeline entry are one unit of work: when
    the entry cannot be written, no application is left (the role's board and their list show
    none), and applying again once the log is back works, audited once."""
    role_id, me = _role_open_to_me(client, world, "Search Engineer, application audit tests",
                                   "application-audit-role.json")

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, raise_server_exceptions=False)
    assert failing.post("/api/v1/me/applications", headers=me, json={"role_id": role_id}
                        ).status_code == 500
    monkeypatch.undo()
    mine = client.get("/api/v1/me/applications", headers=me).json()
    assert [a for a in mine if a["role_id"] == role_id] == []
    board = client.get(f"/api/v1/roles/{role_id}/board", headers=world.auth("a-admin"))
    assert board.status_code == 200 and world.self_registered not in board.text

    applied = client.post("/api/v1/me/applications", headers=me, json={"role_id": role_id})
    assert applied.status_code == 201, applied.text
    entries = [r.entry for r in world.ctx.audit.about(world.self_registered)
               if r.entry.action == "add-to-pipeline"
               and r.entry.record["details"]["role_id"] == role_id]
    assert [e.record["details"]["application_id"] for e in entries] == [applied.json()["id"]]


def test_a_country_is_read_by_name_or_code_and_refused_naming_its_field(
        client: TestClient, world: World) -> None:
    recruiter = world.auth("a-recruiter")
    by_code = client.get("/api/v1/candidates", params={"country": "pl"}, headers=recruiter)
    by_name = client.get("/api/v1/candidates", params={"country": "Polska"}, headers=recruiter)
    assert by_code.status_code == 200 and by_code.json() == by_name.json()
    for refused in (
        client.get("/api/v1/candidates", params={"country": "ZZ"}, headers=recruiter),
        client.patch(f"/api/v1/candidates/{world.candidates_a[1]}", headers=recruiter,
                     json={"country": "ZZ"}),
        client.post("/api/v1/saved-searches", headers=recruiter,
                    json={"name": "Nowhere", "country": "ZZ"}),
    ):
        body = problem(refused, 422)
        assert (body["code"], body["field"]) == ("unknown-country", "country")
        assert body["detail"].startswith("“ZZ”: not a country we know")


def test_the_upload_routes_describe_the_registrys_formats(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    uploads = paths["/api/v1/candidates/files"]["post"]["summary"]
    posts = paths["/api/v1/roles/from-post"]["post"]["summary"]
    assert all(f.title in uploads for f in FORMATS), uploads
    assert [f.title in posts for f in FORMATS] == [f.holds_posts for f in FORMATS], posts
