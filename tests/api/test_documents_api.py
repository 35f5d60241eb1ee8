"""The résumé as received beside what was read from it: each version's text, and its original
file as a download (attachment, the stored type, never sniffed), scoped like the profile, and
shown to a company that does not hold the profile only once the person agreed to be contacted
(the file states their contact details)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import RESUMES_A, World
from worldhire.demo.service import world_dir

OWN = (b"Amina Diallo\namina.diallo@mail.example | +221 77 555 01 42\nDakar, Senegal\n\n"
       b"Experience\nData scientist, Wave (2019 - present)\n- Fraud models in Python.\n")


def test_a_pdf_version_keeps_its_text_and_file(client: TestClient, world: World) -> None:
    cid = world.candidates_a[0]
    auth = world.auth("a-viewer")
    [version] = client.get(f"/api/v1/candidates/{cid}/versions", headers=auth).json()
    document = version["document"]
    assert document["media_type"] == "application/pdf"
    assert "Katarzyna" in document["text"] and document["original_kept"]
    sent = (world_dir() / "candidates" / RESUMES_A[0]).read_bytes()
    assert document["original_bytes"] == len(sent)
    got = client.get(f"/api/v1/candidates/{cid}/versions/{version['id']}/original",
                     headers=auth)
    assert got.status_code == 200, got.text
    assert got.content == sent
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["content-disposition"].startswith(
        'attachment; filename="pl-katarzyna-nowak.pdf"')
    assert got.headers["x-content-type-options"] == "nosniff"
    for who in ("b-admin", "candidate"):
        refused = client.get(f"/api/v1/candidates/{cid}/versions/{version['id']}/original",
                             headers=world.auth(who))
        assert refused.status_code == 404, (who, refused.text)
    unknown = client.get(f"/api/v1/candidates/{cid}/versions/ver_nope/original", headers=auth)
    assert unknown.status_code == 404


def test_a_bulk_file_is_kept_with_none_of_its_people(client: TestClient, world: World) -> None:
    rows = ("name,email,headline\nBea Santos,bea.santos@mail.example,Data engineer\n"
            "Rui Lopes,rui.lopes@mail.example,ML engineer\n")
    made = client.post("/api/v1/candidates/files", headers=world.auth("a-recruiter"),
                       files=[("files", ("people.csv", rows.encode(), "text/csv"))])
    assert made.status_code == 201, made.text
    for cid in made.json()["results"][0]["candidate_ids"]:
        [version] = client.get(f"/api/v1/candidates/{cid}/versions",
                               headers=world.auth("a-admin")).json()
        assert version["document"] is None


def test_a_platform_file_needs_consent_to_outreach(client: TestClient, world: World) -> None:
    made = client.post("/api/v1/signup", files=[("files", ("amina.txt", OWN))])
    assert made.status_code == 201, made.text
    cid = made.json()["candidate_id"]
    me = {"Authorization": f"Bearer {made.json()['token']}"}
    recruiter = world.auth("a-recruiter")
    try:
        [mine] = client.get(f"/api/v1/candidates/{cid}/versions", headers=me).json()
        assert mine["document"]["text"].startswith("Amina Diallo")
        path = f"/api/v1/candidates/{cid}/versions/{mine['id']}/original"
        own = client.get(path, headers=me)
        assert own.content == OWN and own.headers["content-type"].startswith("text/plain")
        [theirs] = client.get(f"/api/v1/candidates/{cid}/versions", headers=recruiter).json()
        assert theirs["document"] is None
        assert client.get(path, headers=recruiter).status_code == 409
        agreed = client.post(f"/api/v1/candidates/{cid}/consent", headers=me,
                             json={"purpose": "outreach", "granted": True, "source": "form"})
        assert agreed.status_code == 201, agreed.text
        assert client.get(path, headers=recruiter).content == OWN
        exported = client.get(f"/api/v1/candidates/{cid}/export", headers=me).json()
        assert exported["versions"][0]["document"]["text"].startswith("Amina Diallo")
    finally:
        assert client.delete(f"/api/v1/candidates/{cid}", headers=me).status_code == 200
    assert client.get(path, headers=me).status_code in (401, 404)
