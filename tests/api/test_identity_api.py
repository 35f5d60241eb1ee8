"""One person, one candidate over the API: a second file joins as a version, and a signup
cannot take over a profile the platform already has."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import World

FIRST = (b"Tomasz Kowal\ntomasz.kowal@mail.example | +48 601 234 567\nGdansk, Poland\n\n"
         b"Experience\nData Engineer, Baltic Freight (2017 - 2020)\n"
         b"- Built Airflow pipelines loading 2TB a day into BigQuery.\n")
SECOND = (b"Tomasz Kowal\nML engineer | 601-234-567 | tomasz.kowal@mail.example\n\n"
          b"Experience\nML Engineer, Allegro (2021 - present)\n"
          b"- Trains PyTorch ranking models for search.\n")


def test_a_second_file_of_a_person_joins_as_a_version(client: TestClient, world: World) -> None:
    auth = world.auth("a-recruiter")
    first = client.post("/api/v1/candidates/files", headers=auth,
                        files=[("files", ("tomasz-2020.txt", FIRST))]).json()["results"][0]
    second = client.post("/api/v1/candidates/files", headers=auth,
                         files=[("files", ("tomasz-2024.txt", SECOND))]).json()["results"][0]
    assert (first["status"], second["status"]) == ("added", "merged")
    [cid] = first["candidate_ids"]
    assert second["joined"] == [{"candidate_id": cid, "because": "same e-mail address and "
                                 "phone number"}]
    detail = client.get(f"/api/v1/candidates/{cid}", headers=world.auth("a-viewer")).json()
    assert [v["file_name"] for v in detail["versions"]] == ["tomasz-2020.txt", "tomasz-2024.txt"]
    assert {e["organization"] for e in detail["evidence"]} >= {"Baltic Freight", "Allegro"}
    versions = client.get(f"/api/v1/candidates/{cid}/versions", headers=auth).json()
    assert "Airflow pipelines" in versions[0]["evidence"][0]["text"]
    assert client.get(f"/api/v1/candidates/{cid}/versions",
                      headers=world.auth("b-admin")).status_code == 404
    exported = client.get(f"/api/v1/candidates/{cid}/export",
                          headers=world.auth("a-admin")).json()
    assert len(exported["versions"]) == 2


def test_a_signup_cannot_take_over_a_registered_person(client: TestClient) -> None:
    made = client.post("/api/v1/signup", files=[("files", ("me.txt", FIRST))])
    assert made.status_code == 201, made.text
    # Another file with the same e-mail address: not a second account on that profile.
    again = client.post("/api/v1/signup", files=[("files", ("me-too.txt", SECOND))])
    assert again.status_code == 409, again.text
