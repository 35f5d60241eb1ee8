"""GET /api/v1/pipeline/funnel and its CSV: the tenant's own applications only."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from tests.api.conftest import World


def test_funnel_counts_the_tenants_applications_only(client: TestClient, world: World) -> None:
    recruiter = world.auth("a-recruiter")
    added = client.post("/api/v1/applications", headers=recruiter,
                        json={"candidate_id": world.candidates_a[0], "role_id": world.role_a})
    assert added.status_code in (201, 409)
    funnel = client.get("/api/v1/pipeline/funnel", headers=world.auth("a-viewer"))
    assert funnel.status_code == 200
    groups = funnel.json()["groups"]
    overall = groups[0]
    assert overall["grouping"] == "stage" and overall["applications"] >= 1
    assert overall["stages"][0]["stage"] == "sourced"
    assert overall["stages"][0]["reached"] == overall["applications"]
    assert any(g["grouping"] == "role" and g["key"] == world.role_a for g in groups)
    assert not any(g["key"] == world.role_b for g in groups)
    rows = list(csv.DictReader(io.StringIO(
        client.get("/api/v1/pipeline/funnel.csv", headers=recruiter).text)))
    assert rows[0]["grouping"] == "stage" and rows[0]["stage"] == "sourced"
    assert int(rows[0]["reached"]) == overall["applications"]
    assert client.get("/api/v1/pipeline/funnel", headers=world.auth("candidate")
                      ).status_code == 403
    doc = client.get("/openapi.json").json()["paths"]
    schema = doc["/api/v1/pipeline/funnel"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"]["$ref"].endswith("/FunnelOut")
