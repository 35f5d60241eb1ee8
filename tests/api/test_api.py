"""The REST API's behaviour: uploads and their checks, listing, the explained shortlist, consent,
export and erasure, audits, limits and errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World, context_of, make_settings
from worldhire.api.app import create_app
from worldhire.api.problems import PROBLEM_JSON, ProblemOut
from worldhire.api.schemas import MAX_OFFSET
from worldhire.core.models import Role
from worldhire.demo.service import world_dir
from worldhire.governance.principal import AccessRole


def json_resume(name: str, marker: str) -> dict[str, Any]:
    return {
        "basics": {"name": name, "email": f"{marker}@mail.example", "label": "ML Engineer",
                   "location": {"city": "Kraków", "countryCode": "PL"},
                   "summary": f"Machine learning engineer ({marker})."},
        "work": [{"name": "Allegro", "position": "ML Engineer", "startDate": "2019-01-01",
                  "summary": "Trained PyTorch ranking models and served them on Kubernetes."}],
        "skills": [{"name": "PyTorch"}, {"name": "Python"}],
    }


def problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    ProblemOut.model_validate(body)
    return body


def test_openapi_document_lists_the_api(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert "/api/v1/roles/{role_id}/shortlist" in doc["paths"]
    assert not any(p.startswith("/roles") or p == "/me" for p in doc["paths"])  # no web pages


def test_upload_files_lands_them_in_the_callers_tenant(client: TestClient, world: World) -> None:
    root = world_dir() / "candidates"
    files = [("files", (n, (root / n).read_bytes())) for n in
             ("rs-jelena-jovanovic.txt", "eg-mariam-fathy.md")]
    response = client.post("/api/v1/candidates/files", headers=world.auth("a-recruiter"),
                           files=files)
    assert response.status_code == 201, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["added", "added"]
    new_id = results[0]["candidate_ids"][0]
    got = client.get(f"/api/v1/candidates/{new_id}", headers=world.auth("a-viewer")).json()
    assert got["tenant_id"] == world.tenant_a and got["evidence"]
    # "Net salary around EUR 2,800 per month or USD 3,200/month ... (about USD 38,000/year)"
    assert got["pay_stated"]["quote"] == "USD 38,000/year"
    assert got["pay_expectation_usd"] == got["pay_stated"]["usd_year"] == 38_000
    assert got["pay_stated"]["fx_date"] and got["pay_stated"]["description"]
    assert client.get(f"/api/v1/candidates/{new_id}",
                      headers=world.auth("b-admin")).status_code == 404


def test_a_zip_of_resumes_is_uploaded_as_its_files(client: TestClient, world: World) -> None:
    """An agency's zip of CVs: each résumé inside is a file of the batch, named in the archive;
    a photo beside them is left out."""
    root = world_dir() / "candidates"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("batch/rs-jelena-jovanovic.txt",
                         (root / "rs-jelena-jovanovic.txt").read_bytes())
        archive.writestr("eg-mariam-fathy.md", (root / "eg-mariam-fathy.md").read_bytes())
        archive.writestr("logo.png", b"\x89PNG\r\n\x1a\n")
    response = client.post("/api/v1/candidates/files", headers=world.auth("a-recruiter"),
                           files=[("files", ("agency.zip", buffer.getvalue()))])
    assert response.status_code == 201, response.text
    assert [(r["filename"], r["status"]) for r in response.json()["results"]] == [
        ("agency.zip/batch/rs-jelena-jovanovic.txt", "added"),
        ("agency.zip/eg-mariam-fathy.md", "added")]


@pytest.mark.parametrize(("name", "data", "status"), [
    ("virus.exe", b"MZ\x90\x00", 415),
    ("photo.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 415),
    ("empty.txt", b"", 422),
])
def test_upload_refuses_bad_files_before_writing(client: TestClient, world: World, name: str,
                                                 data: bytes, status: int) -> None:
    a = world.auth("a-recruiter")
    before = client.get("/api/v1/candidates", headers=a).json()["total"]
    good = ("files", ("ok.txt", b"Jane Roe\njane@x.example\nPython developer, 5 years."))
    response = client.post("/api/v1/candidates/files", headers=a,
                           files=[good, ("files", (name, data))])
    problem(response, status)
    assert client.get("/api/v1/candidates", headers=a).json()["total"] == before


def test_a_refused_upload_answers_each_files_result_as_an_accepted_one_does(
        client: TestClient, world: World) -> None:
    a = world.auth("a-recruiter")
    refused = problem(client.post("/api/v1/candidates/files", headers=a,
                                  files=[("files", ("note.txt", b"Lunch at noon?"))]), 422)
    accepted = client.post("/api/v1/candidates/files", headers=a, files=[
        ("files", ("ok.txt", b"Jane Roe\njane@roe.example\nPython developer, 5 years."))])
    assert accepted.status_code == 201, accepted.text
    [result] = refused["results"]
    assert result["status"] == "error" and result.keys() == accepted.json()["results"][0].keys()
    errors = client.get("/openapi.json").json()["paths"]["/api/v1/candidates/files"]["post"][
        "responses"]["422"]["content"][PROBLEM_JSON]["schema"]
    assert errors["properties"].keys() == ProblemOut.model_fields.keys()
    assert errors["required"] == ProblemOut.model_json_schema()["required"]


def test_upload_over_the_size_limit_is_413(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, max_file_bytes=2_000, max_body_bytes=50_000))
    accounts = context_of(app).accounts
    tenant = context_of(app).repo.ensure_tenant("Small Co").id
    admin = {"Authorization": "Bearer " + accounts.issue_user_token(
        accounts.add_user(tenant, "admin@small.example", AccessRole.ADMIN))}
    client = TestClient(app)
    response = client.post("/api/v1/candidates/files", headers=admin,
                           files=[("files", ("big.txt", b"word " * 1_000))])
    assert "limit" in problem(response, 413)["detail"]
    response = client.post("/api/v1/candidates/files", headers=admin,
                           files=[("files", ("huge.txt", b"x" * 60_000))])
    problem(response, 413)
    assert context_of(app).repo.list_candidates(tenant) == []
    context_of(app).close()


def test_json_resume_list_filters_and_pages(client: TestClient, world: World) -> None:
    a = world.auth("a-recruiter")
    made = client.post("/api/v1/candidates/json-resume", headers=a,
                       json=json_resume("Zofia Filterowa", "zofia"))
    assert made.status_code == 201, made.text
    found = client.get("/api/v1/candidates?q=zofia filterowa", headers=a).json()
    assert [c["name"] for c in found["items"]] == ["Zofia Filterowa"]
    assert client.get("/api/v1/candidates?country=PL&skill=pytorch", headers=a).json()["total"] >= 1
    first = client.get("/api/v1/candidates?limit=2", headers=a).json()
    second = client.get(f"/api/v1/candidates?limit=2&offset={first['next_offset']}",
                        headers=a).json()
    assert first["next_offset"] == 2 and len(first["items"]) == 2
    assert not {c["id"] for c in first["items"]} & {c["id"] for c in second["items"]}
    # The cursor walks the same list from where each page ends, without offsets.
    by_cursor = client.get(f"/api/v1/candidates?limit=2&cursor={first['next_cursor']}",
                           headers=a).json()
    assert by_cursor["items"] == second["items"] and by_cursor["next_offset"] is None
    assert by_cursor["total"] == first["total"] and first["total_exact"] is True
    problem(client.get("/api/v1/candidates?cursor=not-ours", headers=a), 422)
    # An offset walks every row before it: deeper than MAX_OFFSET the cursor reads on.
    assert client.get(f"/api/v1/candidates?offset={MAX_OFFSET}", headers=a).status_code == 200
    too_deep = problem(client.get(f"/api/v1/candidates?offset={MAX_OFFSET + 1}", headers=a), 422)
    assert "cursor" in too_deep["detail"]
    problem(client.get("/api/v1/candidates?limit=0", headers=a), 422)
    problem(client.post("/api/v1/candidates/json-resume", headers=a, json={"work": []}), 422)


def test_shortlist_is_explained_filtered_and_audited(client: TestClient, world: World) -> None:
    a = world.auth("a-recruiter")
    view = client.get(f"/api/v1/roles/{world.role_a}/shortlist?top=3", headers=a).json()
    assert view["role"]["id"] == world.role_a and view["audit_entry"].startswith("aud_")
    assert 1 <= len(view["results"]) <= 3
    best = view["results"][0]
    assert {"met", "partial", "missing", "criteria"} <= set(best["explanation"])
    assert any(check["evidence"] for check in best["explanation"]["met"])
    only = client.get(f"/api/v1/roles/{world.role_a}/shortlist?country=KE", headers=a).json()
    countries = {client.get(f"/api/v1/candidates/{r['candidate_id']}", headers=a).json()["country"]
                 for r in only["results"]}
    assert countries <= {"KE"}
    assert any(r["reason"].startswith("outside") for r in only["rejected_reasons"])
    admin = world.auth("a-admin")
    verify = client.get("/api/v1/audit/verify", headers=admin).json()
    assert verify["ok"] and verify["entries"] >= 1
    # The anchor is the tenant's last entry by its place in the whole chain, which other
    # tenants' and the platform's entries share.
    seq, head = verify["anchor"].split(":")
    assert head == verify["head"] and int(seq) >= verify["entries"]
    held = client.get("/api/v1/audit/verify", headers=admin,
                      params={"anchor": [verify["anchor"], f"1:{'0' * 64}"]}).json()
    assert held["problems"] == ["entry 1 differs from its anchor: the log was rewritten from "
                                "there on"]
    problem(client.get("/api/v1/audit/verify?anchor=1:xyz", headers=admin), 422)


def test_a_fresh_shortlist_reads_its_role_once(
        client: TestClient, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The role the scope check read is the one ranked: not read from the store again."""
    repo = world.ctx.repo
    reads: list[str] = []
    read = repo.get_role

    def counted(role_id: str) -> Role | None:
        reads.append(role_id)
        return read(role_id)

    monkeypatch.setattr(repo, "get_role", counted)
    # A `top` no other test asks for: ranked now, not served from the cache.
    answer = client.get(f"/api/v1/roles/{world.role_a}/shortlist?top=7",
                        headers=world.auth("a-recruiter"))
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"]
    assert reads == [world.role_a]


def test_the_shortlist_reads_countries_and_regions_as_people_write_them(
    client: TestClient, world: World
) -> None:
    a = world.auth("a-recruiter")
    path = f"/api/v1/roles/{world.role_a}/shortlist"

    def ranked(*countries: str) -> list[str]:
        answer = client.get(path, params={"country": list(countries), "top": 50}, headers=a)
        assert answer.status_code == 200, answer.text
        return [r["candidate_id"] for r in answer.json()["results"]]

    kenyans = ranked("KE")
    assert kenyans and ranked("kenya") == ranked("ke") == kenyans
    assert set(kenyans) <= set(ranked("Africa")) == set(ranked("africa", "Sub-Saharan Africa"))
    assert set(ranked("Sub-Saharan Africa")) == set(ranked("Africa"))  # no North African here
    for typed in ("ZZZ", "ZZ", "Atlantis"):
        refused = problem(client.get(path, params={"country": ["Germany", typed]}, headers=a),
                          422)
        assert refused["code"] == "unknown-country" and refused["field"] == "country"
        assert f"“{typed}”: not a country or region we know" in refused["detail"]


def test_roles_create_list_and_validate(client: TestClient, world: World) -> None:
    a = world.auth("a-recruiter")
    body = {"title": "NLP Engineer", "company": "Acme AI", "seniority": "SE",
            "timezone": "Europe/Berlin", "requirements": [{"skill": "PyTorch"},
                                                          {"skill": "spaCy", "must": False}]}
    made = client.post("/api/v1/roles", headers=a, json=body)
    assert made.status_code == 201, made.text
    assert made.json()["tenant_id"] == world.tenant_a
    listed = client.get("/api/v1/roles?limit=50", headers=a).json()
    assert made.json()["id"] in {r["id"] for r in listed["items"]}
    walked, cursor = [], ""
    while True:  # a page at a time by cursor: the same roles in the same order
        part = client.get(f"/api/v1/roles?limit=1{cursor}", headers=a).json()
        walked += part["items"]
        if part["next_cursor"] is None:
            break
        cursor = f"&cursor={part['next_cursor']}"
    assert walked == listed["items"]
    bad = problem(client.post("/api/v1/roles", headers=a, json={**body, "timezone": "Mars/Base"}),
                  422)
    assert "timezone" in bad["detail"]


def test_a_role_posted_is_embedded_after_the_request_and_searched_with(
        client: TestClient, world: World) -> None:
    """The role's text is embedded by the app's worker once the role is written; each edit
    drops the vector and the worker embeds the new text."""
    a = world.auth("a-recruiter")
    body = {"title": "Speech Recognition Engineer", "company": "Acme AI", "seniority": "SE",
            "timezone": "Europe/Berlin", "requirements": [{"skill": "PyTorch"}]}
    made = client.post("/api/v1/roles", headers=a, json=body)
    assert made.status_code == 201, made.text
    role_id = made.json()["id"]
    ctx = world.ctx
    embedder = ctx.services.embedder
    assert embedder is not None and ctx.embedding.wait_idle(120)
    first = ctx.repo.role_vector(role_id, embedder.name)
    assert first is not None
    edited = client.patch(f"/api/v1/roles/{role_id}", headers=a,
                          json={"title": "Speech and Audio Engineer"})
    assert edited.status_code == 200, edited.text
    assert ctx.embedding.wait_idle(120)
    again = ctx.repo.role_vector(role_id, embedder.name)
    assert again is not None and again.fingerprint != first.fingerprint


def test_consent_withdrawal_takes_a_candidate_out_of_shortlists(client: TestClient,
                                                                world: World) -> None:
    a = world.auth("a-recruiter")
    made = client.post("/api/v1/candidates/json-resume", headers=a,
                       json=json_resume("Piotr Zgoda", "piotr")).json()
    cid = made["candidate_ids"][0]
    shortlist = f"/api/v1/roles/{world.role_a}/shortlist?top=50"

    before = client.get(shortlist, headers=a).json()
    record = client.post(f"/api/v1/candidates/{cid}/consent", headers=a,
                         json={"purpose": "matching", "granted": False, "source": "e-mail"})
    assert record.status_code == 201 and record.json()[-1]["granted"] is False
    # Out of the pool altogether: not ranked, not listed as rejected, not counted, not named.
    after = client.get(shortlist, headers=a)
    assert cid not in after.text and "Piotr" not in after.text
    assert after.json()["pool_size"] == before["pool_size"] - 1
    problem(client.post(f"/api/v1/candidates/{cid}/consent", headers=a,
                        json={"purpose": "sharing", "granted": True, "source": "form"}), 422)


def test_candidate_registers_exports_and_erases(client: TestClient, world: World) -> None:
    data = b"Ngozi Marker\nngozi.marker@mail.example\nLagos, Nigeria\nData scientist with Python."
    made = client.post("/api/v1/signup", files=[("files", ("ngozi.txt", data))])
    assert made.status_code == 201, made.text
    me = {"Authorization": f"Bearer {made.json()['token']}"}
    cid = made.json()["candidate_id"]
    again = client.post("/api/v1/signup", files=[("files", ("ngozi.txt", data))])
    problem(again, 409)  # the same résumé cannot open a second account on the profile
    who = client.get("/api/v1/me", headers=me).json()
    assert (who["candidate_id"], who["name"], who["role"]) == (cid, "Ngozi Marker", "candidate")
    exported = client.get(f"/api/v1/candidates/{cid}/export", headers=me).json()
    assert exported["resume"]["basics"]["email"] == "ngozi.marker@mail.example"
    shortlist = f"/api/v1/roles/{world.role_a}/shortlist?top=50"
    before = client.get(shortlist, headers=world.auth("a-recruiter")).text
    assert cid in before  # platform profiles are in the tenant's pool
    erased = client.delete(f"/api/v1/candidates/{cid}", headers=me)
    assert erased.status_code == 200 and erased.json()["profile_deleted"]
    problem(client.get("/api/v1/me", headers=me), 401)  # the account went with the profile
    admin = world.auth("a-admin")
    assert client.get(f"/api/v1/candidates/{cid}", headers=admin).status_code == 404
    assert cid not in client.get(shortlist, headers=world.auth("a-recruiter")).text


def test_bias_audit_of_posted_decisions(client: TestClient, world: World) -> None:
    rows = ([{"g": "x", "sel": "yes"}] * 8 + [{"g": "x", "sel": "no"}] * 2
            + [{"g": "y", "sel": True}] * 4 + [{"g": "y", "sel": False}] * 6)
    body = {"rows": rows, "group_cols": ["g"], "selected_col": "sel"}
    report = client.post("/api/v1/audit/bias", headers=world.auth("a-admin"), json=body).json()
    assert report["groups"]["x"]["selection_rate"] == pytest.approx(0.8)
    assert report["groups"]["y"]["impact_ratio"] == pytest.approx(0.5)
    assert report["groups"]["y"]["flagged"] and not report["groups"]["x"]["flagged"]
    assert report["small_groups"] == [] and "intersections" not in report
    problem(client.post("/api/v1/audit/bias", headers=world.auth("a-admin"),
                        json={**body, "selected_col": "nope"}), 422)
    own = client.get("/api/v1/audit/bias/shortlists?top=2", headers=world.auth("a-admin")).json()
    assert own["roles"] >= 1 and own["groups"] and set(own["by_role"]) <= {
        r["id"] for r in client.get("/api/v1/roles", headers=world.auth("a-admin")).json()["items"]}


def test_team_plan_from_an_inline_pool(client: TestClient, world: World) -> None:
    pool = [{"id": f"p{i}", "name": f"P{i}", "timezone": zone, "fit": 0.5 + i / 10,
             "pay_usd": 50_000} for i, zone in enumerate(
                 ["Asia/Kolkata", "Europe/Warsaw", "America/Sao_Paulo", "Asia/Manila"])]
    spec = {"size": 3, "coverage": [{"hours": "06:00-18:00", "min_people": 1}], "pool": pool}
    plan = client.post("/api/v1/team-plans", headers=world.auth("a-recruiter"),
                       json={"spec": spec, "time_limit": 5})
    assert plan.status_code == 200, plan.text
    data = plan.json()
    assert len(data["team"]) == 3 and len(data["coverage_by_slot"]) == 96
    assert all(row["worst"] >= row["required"] for row in data["coverage_by_slot"])
    problem(client.post("/api/v1/team-plans", headers=world.auth("a-recruiter"),
                        json={"spec": {"size": 2}}), 422)


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    # A refill this slow cannot let a request through however slowly the machine runs the test.
    app = create_app(make_settings(tmp_path, rate_per_second=0.01, rate_burst=3))
    client = TestClient(app)
    statuses = [client.get("/api/v1/me").status_code for _ in range(5)]
    assert statuses[:3] == [401, 401, 401] and statuses[3:] == [429, 429]
    limited = client.get("/api/v1/me")
    problem(limited, 429)
    assert int(limited.headers["retry-after"]) >= 1
    assert client.get("/signin").status_code == 200  # pages are not rate limited
    context_of(app).close()


def test_oversized_json_body_is_413(client: TestClient, world: World) -> None:
    huge = {"basics": {"name": "x", "summary": "y" * (world.ctx.settings.max_body_bytes)}}
    problem(client.post("/api/v1/candidates/json-resume", headers=world.auth("a-admin"),
                        json=huge), 413)


def test_security_headers_and_unknown_paths(client: TestClient) -> None:
    response = client.get("/api/v1/nowhere")
    problem(response, 404)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in response.headers["content-security-policy"]


@pytest.mark.slow
def test_pay_routes_on_a_real_model(world: World, small_salaries: Path) -> None:
    from worldhire.comp.estimate import load_estimator

    world.ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    client = TestClient(world.app)
    a = world.auth("a-viewer")
    one = client.get("/api/v1/pay/estimate?title=Machine Learning Engineer&country=PL&level=SE",
                     headers=a).json()
    assert one["p10"] < one["p50"] < one["p90"]
    # A sample of 485 rows holds few senior ML engineers in Poland: said, with the count.
    assert one["low_data"] is (one["support"] < 10)
    assert one["low_data"] and one["warnings"][0].startswith("low data: ")
    rows = client.get("/api/v1/pay/compare?title=Data Scientist&country=US&country=IN",
                      headers=a).json()
    assert {r["country"] for r in rows} == {"US", "IN"}
    assert all(r["total_p50"] > r["p50"] for r in rows)
    by_country = {r["country"]: r for r in rows}
    assert not by_country["US"]["low_data"] and by_country["US"]["support"] >= 10
    assert by_country["IN"]["low_data"] is (by_country["IN"]["support"] < 10)
    assert by_country["IN"]["low_data"] == any(
        w.startswith("low data: ") for w in by_country["IN"]["warnings"])
