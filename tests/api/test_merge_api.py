"""A manual merge of two profiles of one company's pool: the chosen fields are kept, versions
(with their files), evidence and applications (with notes) move, consent only one of them gave
is withdrawn, the audit log says what moved, and erasing the person later reaches what was left
under the merged profile's id."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import World
from worldhire.governance.subject_keys.repository import SubjectKeys

HOME = (b"Lina Haddad\nlina.haddad@mail.example | +961 3 555 014\nBeirut, Lebanon\n\n"
        b"Experience\nData analyst, Anghami (2018 - 2021)\n- Churn models in Python.\n")
WORK = (b"Lina M. Haddad-Khoury\nlina.khoury@work.example | 03 555 014\nBeirut, Lebanon\n\n"
        b"Experience\nML engineer, Murex (2021 - present)\n- Pricing models in PyTorch.\n")


def test_two_profiles_become_one_without_widening_consent(client: TestClient,
                                                          world: World) -> None:
    admin, recruiter = world.auth("a-admin"), world.auth("a-recruiter")
    made = client.post("/api/v1/candidates/files", headers=recruiter,
                       files=[("files", ("lina.txt", HOME)), ("files", ("lina-work.txt", WORK))])
    assert made.status_code == 201, made.text
    [keep], [other] = (r["candidate_ids"] for r in made.json()["results"])
    assert keep != other
    dupes = client.get(f"/api/v1/candidates/{keep}/duplicates", headers=recruiter).json()
    assert [d["id"] for d in dupes] == [other]
    client.post(f"/api/v1/candidates/{other}/consent", headers=admin,
                json={"purpose": "outreach", "granted": True, "source": "call"})
    applied = client.post("/api/v1/applications", headers=recruiter,
                          json={"candidate_id": other, "role_id": world.role_a})
    assert applied.status_code == 201, applied.text
    application = applied.json()["id"]
    client.post(f"/api/v1/applications/{application}/notes", headers=recruiter,
                json={"text": "Spoke on the phone"})

    assert client.post(f"/api/v1/candidates/{keep}/merge", headers=world.auth("a-viewer"),
                       json={"other_id": other}).status_code == 403
    assert client.post(f"/api/v1/candidates/{keep}/merge", headers=world.auth("b-admin"),
                       json={"other_id": other}).status_code == 404
    assert client.post(f"/api/v1/candidates/{keep}/merge", headers=recruiter,
                       json={"other_id": world.candidate_b}).status_code == 404
    assert client.post(f"/api/v1/candidates/{keep}/merge", headers=recruiter,
                       json={"other_id": other, "take": ["tenant_id"]}).status_code == 422

    merged = client.post(f"/api/v1/candidates/{keep}/merge", headers=recruiter,
                         json={"other_id": other, "take": ["email"]})
    assert merged.status_code == 200, merged.text
    moved = merged.json()
    assert (moved["versions"], moved["applications"], moved["fields_taken"]) == (1, 1,
                                                                                 ["email"])
    assert moved["consents_withdrawn"] == ["outreach"]
    profile = client.get(f"/api/v1/candidates/{keep}", headers=admin).json()
    assert (profile["name"], profile["email"]) == ("Lina Haddad", "lina.khoury@work.example")
    assert {e["organization"] for e in profile["evidence"]} >= {"Anghami", "Murex"}
    assert [v["file_name"] for v in profile["versions"]] == ["lina.txt", "lina-work.txt"]
    outreach = [k for k in profile["consents"] if k["purpose"] == "outreach"]
    assert outreach[-1]["granted"] is False  # only one profile had agreed
    assert client.get(f"/api/v1/candidates/{other}", headers=admin).status_code == 404
    moved_app = client.get(f"/api/v1/applications/{application}", headers=recruiter).json()
    assert moved_app["candidate_id"] == keep
    versions = client.get(f"/api/v1/candidates/{keep}/versions", headers=recruiter).json()
    assert versions[1]["document"]["text"].startswith("Lina M. Haddad-Khoury")

    # What was decided about the merged-away profile is found under the one that stays, each
    # entry saying which id it names.
    decisions = client.get(f"/api/v1/candidates/{keep}/export", headers=admin).json()[
        "decisions"]
    about_other = {d["action"] for d in decisions if d["about_id"] == other}
    assert "merge-candidates" in about_other, decisions
    assert {d["about_id"] for d in decisions if d["action"] == "merge-candidates"} == {
        keep, other}
    keys = SubjectKeys(world.ctx.gov)
    assert keys.key(other) is not None  # the merge's audit entry is about both
    assert client.delete(f"/api/v1/candidates/{keep}", headers=admin).status_code == 200
    assert keys.key(other) is None and keys.key(keep) is None
