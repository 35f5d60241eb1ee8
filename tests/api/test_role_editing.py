"""Recruiters correct roles over the API: fields, requirements, status; recorded in the audit
log; closed roles are not ranked and take no applications; other tenants cannot touch them."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World
from worldhire.core.models import NO_TITLE_WARNING

POST = """# Senior ML Engineer, Document AI

**Lumen Labs** · Berlin

## What we're looking for
- 5+ years of professional Python.
- Hands-on experience with large language models: fine-tuning, RAG and evaluation
- SQL and data pipelines
- Experience with MDM

## Logistics
Salary: up to USD 120,000 per year. We can't sponsor visas.
"""


UPLOADS = itertools.count(1)


@pytest.fixture
def role(client: TestClient, world: World) -> dict[str, Any]:
    """A fresh role of tenant A, read from a job post uploaded as a file. Each test's file
    differs by its trailing blank lines: the same file sent again is the role already read."""
    a = world.auth("a-recruiter")
    data = (POST + "\n" * next(UPLOADS)).encode()
    response = client.post("/api/v1/roles/from-post", headers=a,
                           files={"file": ("post.md", data, "text/markdown")})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_a_post_uploaded_reads_as_a_role_with_its_words(role: dict[str, Any]) -> None:
    by_id = {r["skill_id"]: r for r in role["requirements"]}
    assert by_id["wh:llm-evaluation"]["quote"] == "evaluation"
    # "MDM" links by the post's field (its data requirements), sure enough to need no review.
    mdm = next(r for r in role["requirements"] if r["quote"] == "MDM")
    assert mdm["skill_id"] == "wh:data-governance" and 0.75 <= mdm["confidence"] < 1
    assert mdm["must"] and not mdm["needs_review"]
    assert role["budget"]["currency"] == "USD" and role["budget"]["low"] is None
    assert role["visa_sponsorship"] is False


def test_an_unsure_link_is_a_nice_to_have_flagged_for_review(client: TestClient,
                                                            world: World) -> None:
    made = client.post("/api/v1/roles", headers=world.auth("a-recruiter"), json={
        "title": "Data Engineer", "requirements": [
            {"skill": "Python", "skill_id": "wh:python"},
            {"skill": "MDM", "skill_id": "wh:data-governance", "quote": "MDM",
             "confidence": 0.4}]})
    assert made.status_code == 201, made.text
    unsure = next(r for r in made.json()["requirements"] if r["quote"] == "MDM")
    assert unsure["needs_review"] and not unsure["must"] and unsure["confidence"] == 0.4


def test_patch_changes_fields_and_records_who(client: TestClient, world: World,
                                             role: dict[str, Any]) -> None:
    a = world.auth("a-recruiter")
    response = client.patch(f"/api/v1/roles/{role['id']}", headers=a,
                            json={"title": "Staff ML Engineer", "visa_sponsorship": None,
                                  "budget": {"currency": "EUR", "low": 70000, "high": 85000}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["title"] == "Staff ML Engineer" and body["visa_sponsorship"] is None
    assert body["budget"]["currency"] == "EUR" and body["budget_usd_year"] > 85_000
    assert body["updated_by"] and body["updated_at"]
    assert body["updated_by_name"] == "recruiter@a.example"  # as the audit log names them
    shown = client.get(f"/api/v1/roles/{role['id']}", headers=world.auth("a-viewer")).json()
    assert shown["updated_by_name"] == "recruiter@a.example"
    admin = world.auth("a-admin")
    entries = client.get("/api/v1/audit/entries", headers=admin).json()
    items = entries["items"] if isinstance(entries, dict) else entries
    edits = [e for e in items if e["action"] == "edit-role"
             and e["details"]["role_id"] == role["id"]]
    assert edits and set(edits[0]["details"]["changed"]) >= {"title", "visa_sponsorship"}
    bad = client.patch(f"/api/v1/roles/{role['id']}", headers=a, json={"timezone": "Mars/Base"})
    assert bad.status_code == 422
    assert client.patch(f"/api/v1/roles/{role['id']}", headers=a,
                        json={"salary": 1}).status_code == 422


def test_requirements_added_removed_and_replaced(client: TestClient, world: World,
                                                 role: dict[str, Any]) -> None:
    a = world.auth("a-recruiter")
    base = f"/api/v1/roles/{role['id']}/requirements"
    added = client.post(base, headers=a, json={"skill": "Kubernetes", "must": False})
    assert added.status_code == 201, added.text
    assert any(r["skill_id"] == "wh:kubernetes" and not r["must"]
               for r in added.json()["requirements"])
    # Confirming the one read from the post by id makes it a sure must-have, in the post's words.
    confirmed = client.post(base, headers=a, json={"skill_id": "wh:data-governance",
                                                   "min_years": 2}).json()
    mdm = next(r for r in confirmed["requirements"] if r["skill_id"] == "wh:data-governance")
    assert mdm["must"] and not mdm["needs_review"] and mdm["confidence"] == 1.0
    assert mdm["quote"] == "MDM"
    removed = client.delete(f"{base}/Kubernetes", headers=a)
    assert removed.status_code == 200
    assert "wh:kubernetes" not in {r["skill_id"] for r in removed.json()["requirements"]}
    assert client.delete(f"{base}/Haskell", headers=a).status_code == 404
    assert client.post(base, headers=a, json={"skill_id": "wh:nope"}).status_code == 422
    replaced = client.put(base, headers=a, json=[{"skill": "Python", "min_years": 5},
                                                 {"skill": "GPU performance tuning"}])
    assert replaced.status_code == 200
    reqs = replaced.json()["requirements"]
    assert [r["skill_id"] for r in reqs] == ["wh:python", "text:gpu-performance-tuning"]
    assert reqs[1]["free_text"]


def test_a_closed_role_is_not_ranked_and_takes_no_applications(
    client: TestClient, world: World, role: dict[str, Any]
) -> None:
    a = world.auth("a-recruiter")
    closed = client.post(f"/api/v1/roles/{role['id']}/close", headers=a)
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert client.get(f"/api/v1/roles/{role['id']}/shortlist",
                      headers=a).status_code == 409
    applied = client.post("/api/v1/applications", headers=a,
                          json={"candidate_id": world.candidates_a[0], "role_id": role["id"]})
    assert applied.status_code == 409
    archived = client.post(f"/api/v1/roles/{role['id']}/archive", headers=a).json()
    assert archived["status"] == "archived"
    listed = client.get("/api/v1/roles?limit=200", headers=a).json()["items"]
    assert role["id"] not in {r["id"] for r in listed}
    every = client.get("/api/v1/roles?limit=200&status=all", headers=a).json()["items"]
    assert role["id"] in {r["id"] for r in every}
    reopened = client.post(f"/api/v1/roles/{role['id']}/reopen", headers=a).json()
    assert reopened["status"] == "open"
    assert client.get(f"/api/v1/roles/{role['id']}/shortlist", headers=a).status_code == 200


def test_another_tenant_cannot_edit(client: TestClient, world: World,
                                    role: dict[str, Any]) -> None:
    b = world.auth("b-admin")
    assert client.patch(f"/api/v1/roles/{role['id']}", headers=b,
                        json={"title": "mine"}).status_code == 404
    assert client.post(f"/api/v1/roles/{role['id']}/close", headers=b).status_code == 404
    assert client.delete(f"/api/v1/roles/{role['id']}/requirements/1",
                         headers=b).status_code == 404
    a = world.auth("a-recruiter")
    assert client.get(f"/api/v1/roles/{role['id']}", headers=a).json()["title"] == role["title"]


def test_openapi_lists_role_editing(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "patch" in paths["/api/v1/roles/{role_id}"]
    assert "post" in paths["/api/v1/roles/{role_id}/close"]
    assert "put" in paths["/api/v1/roles/{role_id}/requirements"]
    schema = paths["/api/v1/roles/{role_id}"]["patch"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"]["$ref"].endswith("/RoleOut")


def test_a_new_title_gets_its_own_occupation(client: TestClient, world: World) -> None:
    a = world.auth("a-recruiter")
    made = client.post("/api/v1/roles", headers=a, json={"title": "Data Engineer"})
    assert made.status_code == 201, made.text
    renamed = client.patch(f"/api/v1/roles/{made.json()['id']}", headers=a,
                           json={"title": "Welder"})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["occupation"]["label"] == "welder"


def test_a_removed_requirement_leaves_the_scorecards_and_the_market(
        client: TestClient, world: World) -> None:
    """Issue 19: a wrong requirement stayed in the role, its scorecards and the market view for
    good. Removed, the market of the company no longer counts it and a scorecard neither asks
    for it nor takes a rating of it. In a company of its own: other tests' roles in tenant A
    would count in its market."""
    world.own_tenant("Requirement Fixers", "rq")
    recruiter = world.auth("rq-recruiter")
    made = client.post("/api/v1/roles", headers=recruiter, json={
        "title": "Data Engineer", "company": "Requirement Fixers",
        "requirements": [{"skill": "Python"}, {"skill": "COBOL"}]})
    assert made.status_code == 201, made.text
    role_id = made.json()["id"]
    labels = {q["skill_id"]: q["label"] for q in made.json()["requirements"]}
    [cobol] = [skill for skill in labels if "cobol" in skill.casefold()]

    def demanded() -> set[str]:
        market = client.get("/api/v1/market?pay=false", headers=recruiter)
        assert market.status_code == 200, market.text
        return {s["skill_id"] for s in market.json()["skills"] if s["demand"]}

    assert cobol in demanded()
    person = client.post("/api/v1/candidates/files", headers=recruiter, files=[(
        "files", ("lee.txt", b"Lee Park\nlee.park@mail.example\nSeoul, South Korea\n\n"
                  b"Experience\nData engineer, Hanbit Pay (2020 - present)\n"
                  b"- Python pipelines on Airflow.\n"))])
    assert person.status_code == 201, person.text
    [candidate] = person.json()["results"][0]["candidate_ids"]
    application = client.post("/api/v1/applications", headers=recruiter,
                              json={"candidate_id": candidate, "role_id": role_id})
    assert application.status_code == 201, application.text
    app_id = application.json()["id"]

    removed = client.delete(f"/api/v1/roles/{role_id}/requirements/{labels[cobol]}",
                            headers=recruiter)
    assert removed.status_code == 200, removed.text
    assert cobol not in demanded()
    rated = [{"requirement": labels[cobol], "rating": 2, "evidence": "never used it"}]
    python = [{"requirement": label, "rating": 3, "evidence": "typed pipelines"}
              for skill, label in labels.items() if skill != cobol]
    refused = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter,
                          json={"ratings": python + rated})
    assert refused.status_code == 422 and "not a requirement" in refused.json()["detail"]
    scored = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter,
                         json={"ratings": python})
    assert scored.status_code == 201, scored.text


def test_a_post_with_no_title_says_so_until_one_is_added(client: TestClient, world: World) -> None:
    a = world.auth("a-recruiter")
    data = b"## Requirements\n- Python\n- SQL\n- Airflow\n\nSalary: up to USD 90,000 per year.\n"
    response = client.post("/api/v1/roles/from-post", headers=a,
                           files={"file": ("post.md", data, "text/markdown")})
    assert response.status_code == 201, response.text
    role = response.json()
    assert role["title"] == "" and role["warnings"] == [NO_TITLE_WARNING]
    edited = client.patch(f"/api/v1/roles/{role['id']}", headers=a, json={"title": "Data Engineer"})
    assert edited.status_code == 200, edited.text
    assert edited.json()["title"] == "Data Engineer" and edited.json()["warnings"] == []
    # a role written as JSON names its title
    typed = client.post("/api/v1/roles", headers=a, json={"company": "Acme"})
    assert typed.status_code == 422 and "title" in typed.text


def test_alternatives_and_a_band_of_zones_over_the_api(client: TestClient,
                                                       world: World) -> None:
    """A requirement names the other skills that meet it; a role names the UTC offsets its
    people must work from; both are read back, changed and removed."""
    a = world.auth("a-recruiter")
    made = client.post("/api/v1/roles", headers=a, json={
        "title": "Research Engineer", "zone_band": {"low": 1, "high": 4},
        "requirements": [{"skill": "PyTorch", "alternatives": ["JAX", {"skill": "TensorFlow"}]},
                         {"skill": "Python"}]})
    assert made.status_code == 201, made.text
    body = made.json()
    either = body["requirements"][0]
    assert either["label"] == "PyTorch" and either["shown_as"] == "PyTorch, JAX or TensorFlow"
    assert [x["skill_id"] for x in either["alternatives"]] == ["wh:jax", "wh:tensorflow"]
    assert body["requirements"][1]["alternatives"] == []
    assert body["zone_band"] == {"low": 1, "high": 4, "quote": "",
                                 "described": "UTC+1 to UTC+4"}

    role_id = body["id"]
    replaced = client.put(f"/api/v1/roles/{role_id}/requirements", headers=a, json=[
        {"skill": "AWS", "alternatives": ["GCP", "wh:azure"]}])
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["requirements"][0]["shown_as"] == (
        "Amazon Web Services, Google Cloud Platform or Microsoft Azure")
    moved = client.patch(f"/api/v1/roles/{role_id}", headers=a,
                         json={"zone_band": {"low": -5, "high": -3}})
    assert moved.json()["zone_band"]["described"] == "UTC-5 to UTC-3"
    backwards = client.patch(f"/api/v1/roles/{role_id}", headers=a,
                             json={"zone_band": {"low": 4, "high": 1}})
    assert backwards.status_code == 422
    removed = client.patch(f"/api/v1/roles/{role_id}", headers=a, json={"zone_band": None})
    assert removed.json()["zone_band"] is None


def test_the_zone_of_a_team_elsewhere_over_the_api(client: TestClient, world: World) -> None:
    """A Casablanca role whose hire shares hours with the Dakar team: the overlap zone is set,
    read back, refused when unknown, and the role's own zone makes the team local again."""
    a = world.auth("a-recruiter")
    made = client.post("/api/v1/roles", headers=a, json={
        "title": "Support Agent", "timezone": "Africa/Casablanca", "min_overlap_hours": 3,
        "overlap_timezone": "Africa/Dakar"})
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["timezone"], body["overlap_timezone"]) == ("Africa/Casablanca", "Africa/Dakar")
    role_id = body["id"]
    unknown = client.patch(f"/api/v1/roles/{role_id}", headers=a,
                           json={"overlap_timezone": "Mars/Base"})
    assert unknown.status_code == 422 and "Mars/Base" in unknown.text
    local = client.patch(f"/api/v1/roles/{role_id}", headers=a,
                         json={"overlap_timezone": "Africa/Casablanca"})
    assert local.json()["overlap_timezone"] == "Africa/Casablanca"
    moved = client.patch(f"/api/v1/roles/{role_id}", headers=a,
                         json={"timezone": "Europe/Lisbon"})
    assert moved.json()["overlap_timezone"] == "Europe/Lisbon"
