"""Saved searches over the API: a company saves a candidate search by name, lists it, runs it on
today's pool (the same answer as the candidate list), deletes it; another company never sees it,
and a candidate account has none."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import World


def test_save_list_run_and_delete(client: TestClient, world: World) -> None:
    recruiter, viewer = world.auth("a-recruiter"), world.auth("a-viewer")
    made = client.post("/api/v1/saved-searches", headers=recruiter,
                       json={"name": "  Polish  engineers ", "q": "engineer",
                             "country": "Poland"})
    assert made.status_code == 201, made.text
    search = made.json()
    assert (search["name"], search["q"], search["country"]) == ("Polish engineers", "engineer",
                                                                "PL")
    assert search["created_by"].startswith("recruiter:")
    assert search["created_by_name"] == "recruiter@a.example"  # as the audit log names them
    listed = client.get("/api/v1/saved-searches", headers=viewer).json()
    assert [(s["id"], s["created_by_name"]) for s in listed
            if s["name"] == "Polish engineers"] == [(search["id"], "recruiter@a.example")]

    ran = client.get(f"/api/v1/saved-searches/{search['id']}/candidates", headers=viewer)
    assert ran.status_code == 200, ran.text
    same = client.get("/api/v1/candidates", params={"q": "engineer", "country": "PL"},
                      headers=viewer).json()
    assert ran.json()["candidates"]["total"] == same["total"] >= 1
    assert ([c["id"] for c in ran.json()["candidates"]["items"]]
            == [c["id"] for c in same["items"]])

    again = client.post("/api/v1/saved-searches", headers=recruiter,
                        json={"name": "Polish engineers", "q": "python"})
    assert again.status_code == 422 and "already has a saved search" in again.text
    assert client.post("/api/v1/saved-searches", headers=recruiter,
                       json={"name": "Everyone"}).status_code == 422
    assert client.post("/api/v1/saved-searches", headers=recruiter,
                       json={"name": "Nowhere", "country": "Atlantis"}).status_code == 422
    assert client.post("/api/v1/saved-searches", headers=viewer,
                       json={"name": "Viewer's", "q": "x"}).status_code == 403

    other = world.auth("b-admin")
    assert search["id"] not in {s["id"] for s in
                                client.get("/api/v1/saved-searches", headers=other).json()}
    assert client.get(f"/api/v1/saved-searches/{search['id']}/candidates",
                      headers=other).status_code == 404
    assert client.delete(f"/api/v1/saved-searches/{search['id']}",
                         headers=other).status_code == 404
    assert client.get("/api/v1/saved-searches",
                      headers=world.auth("candidate")).status_code == 403

    assert client.delete(f"/api/v1/saved-searches/{search['id']}",
                         headers=recruiter).status_code == 204
    assert client.get(f"/api/v1/saved-searches/{search['id']}/candidates",
                      headers=viewer).status_code == 404
