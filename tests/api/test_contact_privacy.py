"""A company reads a platform profile's e-mail and phone only once the person agreed to be
contacted; its own candidates and the person themself always see them."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World

EMAIL = "amara.okafor@mail.example"
PHONE = "+234 803 555 0142"
RESUME = (f"Amara Okafor\n{EMAIL}\n{PHONE}\nAbuja, Nigeria\n\n"
          "Machine learning engineer: five years of Python, PyTorch and MLOps at Flutterwave.")


def contact_of(client: TestClient, world: World, cid: str, headers: dict[str, str]
               ) -> list[Any]:
    """Every e-mail and phone the profile, its versions and the version files show."""
    profile = client.get(f"/api/v1/candidates/{cid}", headers=headers)
    assert profile.status_code == 200, profile.text
    body = profile.json()
    files = client.get(f"/api/v1/candidates/{cid}/versions", headers=headers).json()
    return [body["email"], body["phone"],
            *(v[k] for v in body["versions"] for k in ("email", "phone")),
            *(v[k] for v in files for k in ("email", "phone")),
            *(v["profile"][k] for v in files for k in ("email", "phone"))]


def test_platform_contact_needs_consent_to_outreach(client: TestClient, world: World) -> None:
    made = client.post("/api/v1/signup", files=[("files", ("amara.txt", RESUME.encode()))])
    assert made.status_code == 201, made.text
    cid = made.json()["candidate_id"]
    me = {"Authorization": f"Bearer {made.json()['token']}"}
    recruiter = world.auth("a-recruiter")
    try:
        own = contact_of(client, world, cid, me)
        assert EMAIL in own and any(v and v.endswith("0142") for v in own)
        assert set(contact_of(client, world, cid, recruiter)) == {None}
        listed = client.get("/api/v1/candidates?q=Okafor", headers=recruiter)
        assert cid in listed.text and EMAIL not in listed.text and "0142" not in listed.text

        agreed = client.post(f"/api/v1/candidates/{cid}/consent", headers=me,
                             json={"purpose": "outreach", "granted": True, "source": "form"})
        assert agreed.status_code == 201, agreed.text
        assert EMAIL in contact_of(client, world, cid, recruiter)

        client.post(f"/api/v1/candidates/{cid}/consent", headers=me,
                    json={"purpose": "outreach", "granted": False, "source": "e-mail"})
        assert set(contact_of(client, world, cid, recruiter)) == {None}
    finally:
        assert client.delete(f"/api/v1/candidates/{cid}", headers=me).status_code == 200


def test_a_company_sees_its_own_candidates_contact(client: TestClient, world: World) -> None:
    admin = world.auth("a-admin")
    shown = [client.get(f"/api/v1/candidates/{cid}", headers=admin).json()
             for cid in world.candidates_a]
    # Other tests on the shared world record consents for some of these people; the ones who
    # never agreed to outreach are the ones whose address only holding the profile can show.
    never_agreed = [p for p in shown
                    if not any(k["purpose"] == "outreach" and k["granted"] for k in p["consents"])]
    assert any(p["email"] for p in never_agreed), "the demo résumés state e-mail addresses"
