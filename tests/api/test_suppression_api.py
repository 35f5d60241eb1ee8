"""The suppression list over the API: a person who erased their profile cannot be signed up or
uploaded again by someone else; they come back only by signing up themselves with returning."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import World

RESUME = (b"Ioana Popescu\nioana.popescu.ml@mail.example | 0744 902 157\nCluj-Napoca, Romania\n\n"
          b"Experience\nML Engineer, Bitdefender (2019 - present)\n"
          b"- Trains PyTorch malware classifiers on 2B files a day.\n")
LATER = (b"IOANA POPESCU\nSenior ML engineer | ioana.popescu.ml@mail.example\n\n"
         b"Experience\nSenior ML Engineer, UiPath (2023 - present)\n"
         b"- Document understanding models in PyTorch.\n")


def test_an_erased_person_comes_back_only_by_signing_up_themselves(
    client: TestClient, world: World
) -> None:
    made = client.post("/api/v1/signup", files=[("files", ("ioana.txt", RESUME))])
    assert made.status_code == 201, made.text
    me = {"Authorization": f"Bearer {made.json()['token']}"}
    erased = client.delete(f"/api/v1/candidates/{made.json()['candidate_id']}", headers=me)
    assert erased.status_code == 200 and erased.json()["suppressed_identifiers"] >= 3

    again = client.post("/api/v1/signup", files=[("files", ("ioana-2024.txt", LATER))])
    assert again.status_code == 409 and "erased" in again.text
    back = client.post("/api/v1/signup", data={"returning": "true"},
                       files=[("files", ("ioana-2024.txt", LATER))])
    assert back.status_code == 201, back.text
    assert back.json()["candidate_id"] != made.json()["candidate_id"]
    # The shared world keeps no one of this test.
    mine = {"Authorization": f"Bearer {back.json()['token']}"}
    client.delete(f"/api/v1/candidates/{back.json()['candidate_id']}", headers=mine)


def test_an_upload_of_an_erased_candidate_is_skipped_with_its_reason(
    client: TestClient, world: World
) -> None:
    auth = world.auth("a-admin")
    first = client.post("/api/v1/candidates/files", headers=auth,
                        files=[("files", ("ioana.txt", RESUME))]).json()["results"][0]
    [cid] = first["candidate_ids"]
    assert client.delete(f"/api/v1/candidates/{cid}", headers=auth).status_code == 200
    results = client.post("/api/v1/candidates/files", headers=world.auth("a-recruiter"),
                          files=[("files", ("ioana.txt", RESUME)),
                                 ("files", ("ioana-2024.txt", LATER))]).json()["results"]
    assert [r["status"] for r in results] == ["suppressed", "suppressed"]
    assert all("erased" in r["error"] and not r["candidate_ids"] for r in results)
    # Another tenant's pool is its own.
    other = client.post("/api/v1/candidates/files", headers=world.auth("b-admin"),
                        files=[("files", ("ioana.txt", RESUME))]).json()["results"][0]
    assert other["status"] == "added"
    client.delete(f"/api/v1/candidates/{other['candidate_ids'][0]}",
                  headers=world.auth("b-admin"))
