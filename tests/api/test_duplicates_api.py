"""Likely duplicates: profiles of one pool the importer kept apart that may be one person (a
shared phone with another e-mail address, or the same name in the same country) are listed
for the recruiter to check, never for another company."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import World

FIRST = (b"Ana Souza\nana.souza@mail.example | +55 11 91234-5678\nSao Paulo, Brazil\n\n"
         b"Experience\nData engineer, Nubank (2019 - present)\n- Spark pipelines in Scala.\n")
WORK = (b"Ana Paula Souza Lima\nana.lima@work.example | (11) 91234-5678\nSao Paulo, Brazil\n\n"
        b"Experience\nML engineer, iFood (2021 - present)\n- Ranking models in PyTorch.\n")
NAMESAKE = (b"Ana Souza\nanasouza.dev@mail.example\nCampinas, Brazil\n\n"
            b"Experience\nFrontend developer, VTEX (2020 - present)\n- React and TypeScript.\n")


def test_likely_duplicates_are_listed_with_their_reasons(client: TestClient,
                                                         world: World) -> None:
    auth = world.auth("a-recruiter")
    made = client.post("/api/v1/candidates/files", headers=auth, files=[
        ("files", ("ana.txt", FIRST)), ("files", ("ana-work.txt", WORK)),
        ("files", ("ana-2.txt", NAMESAKE))])
    assert made.status_code == 201, made.text
    [first], [work], [namesake] = (r["candidate_ids"] for r in made.json()["results"])
    assert len({first, work, namesake}) == 3  # the importer kept them apart
    found = client.get(f"/api/v1/candidates/{first}/duplicates", headers=auth)
    assert found.status_code == 200, found.text
    assert {d["id"]: d["reasons"] for d in found.json()} == {
        work: ["same phone number"], namesake: ["same name and country"]}
    assert client.get(f"/api/v1/candidates/{first}/duplicates",
                      headers=world.auth("b-admin")).status_code == 404
    page = client.get(f"/api/v1/candidates/{world.candidate_b}/duplicates",
                      headers=world.auth("b-admin"))
    assert page.status_code == 200 and first not in page.text
