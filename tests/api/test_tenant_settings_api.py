"""A tenant admin chooses what the tenant's imports keep of a résumé as received; the
deployment's setting is the default, the change is in the audit log, and a recruiter or another
tenant cannot make it."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World

RESUMES = {
    "noor.txt": b"Noor Rahman\nnoor.rahman@mail.example | +880 1711 555 012\nDhaka, Bangladesh"
                b"\n\nExperience\nML engineer, bKash (2020 - present)\n- Fraud models, PyTorch.\n",
    "tanvir.txt": b"Tanvir Hasan\ntanvir.hasan@mail.example\nChittagong, Bangladesh\n\n"
                  b"Experience\nData engineer, Pathao (2018 - present)\n- Spark and Airflow.\n",
}


def _upload(client: TestClient, world: World, who: str, name: str) -> dict[str, Any] | None:
    made = client.post("/api/v1/candidates/files", headers=world.auth(who),
                       files=[("files", (name, RESUMES[name], "text/plain"))])
    assert made.status_code == 201, made.text
    [cid] = made.json()["results"][0]["candidate_ids"]
    [version] = client.get(f"/api/v1/candidates/{cid}/versions",
                           headers=world.auth(who)).json()
    document: dict[str, Any] | None = version["document"]
    return document


def test_a_tenant_admin_sets_what_is_kept_and_it_is_audited(client: TestClient,
                                                            world: World) -> None:
    world.own_tenant("Settings Co", "set")
    admin = world.auth("set-admin")
    shown = client.get("/api/v1/tenant/settings", headers=admin).json()
    assert shown["resume_originals_own"] is None
    assert shown["resume_originals"] == shown["resume_originals_default"] == "file"

    changed = client.put("/api/v1/tenant/settings", headers=admin,
                         json={"resume_originals": "text"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["resume_originals"] == "text"
    document = _upload(client, world, "set-recruiter", "noor.txt")
    assert document is not None
    assert "bKash" in document["text"] and not document["original_kept"]

    assert client.put("/api/v1/tenant/settings", headers=admin,
                      json={"resume_originals": "none"}).status_code == 200
    assert _upload(client, world, "set-recruiter", "tanvir.txt") is None
    # Back to the deployment's default: the file is kept again.
    back = client.put("/api/v1/tenant/settings", headers=admin,
                      json={"resume_originals": None}).json()
    assert back["resume_originals_own"] is None and back["resume_originals"] == "file"

    entries = client.get("/api/v1/audit/entries", headers=admin).json()
    changes = [e["details"] for e in entries if e["action"] == "tenant-setting"]
    assert [(c["from"], c["to"]) for c in reversed(changes)] == [
        ("deployment", "text"), ("text", "none"), ("none", "deployment")]


def test_only_the_tenants_admin_changes_it(client: TestClient, world: World) -> None:
    world.own_tenant("Settings Refused Co", "setr")
    for who in ("setr-recruiter", "setr-viewer"):
        refused = client.put("/api/v1/tenant/settings", headers=world.auth(who),
                             json={"resume_originals": "none"})
        assert refused.status_code == 403, (who, refused.text)
    assert client.put("/api/v1/tenant/settings", headers=world.auth("candidate"),
                      json={"resume_originals": "none"}).status_code == 403
    bad = client.put("/api/v1/tenant/settings", headers=world.auth("setr-admin"),
                     json={"resume_originals": "everything"})
    assert bad.status_code == 422
    # Another tenant's admin changes only their own tenant.
    client.put("/api/v1/tenant/settings", headers=world.auth("b-admin"),
               json={"resume_originals": "text"})
    try:
        own = client.get("/api/v1/tenant/settings", headers=world.auth("setr-admin")).json()
        assert own["resume_originals_own"] is None
    finally:
        client.put("/api/v1/tenant/settings", headers=world.auth("b-admin"),
                   json={"resume_originals": None})
