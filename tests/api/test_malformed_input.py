"""Every operation of /openapi.json driven with malformed input, one field at a time, signed in as
a tenant admin: wrong input is a 4xx (problem+json with a code), never a server error.

Where schemathesis (test_schema_fuzz.py) samples values that fit the schema at random, this test
is deterministic and aims at the values that fit the schema but not the domain (`country=ZZZ`,
an unknown stage, a time zone that does not exist) and at values that do not fit it at all."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World, build_world

# Each stands for a family of mistakes: unknown code, empty, negative, overflow, not a number,
# markup and traversal, far too long, a date that does not exist.
JUNK: list[Any] = ["ZZZ", "", "-1", "1e309", "NaN", "../../etc/passwd<script>", "ü" * 300,
                   "2024-13-45"]
JUNK_BODIES: list[Any] = [{}, [], None, "text", 0, {"unexpected": True}]
JUNK_VALUES: list[Any] = [*JUNK, None, -1, 10**30, 0.5, True, [], {}, ["ZZZ"], {"a": "ZZZ"}]


@dataclass
class Call:
    method: str
    path: str
    params: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    raw: bytes | None = None
    files: bool = False

    def label(self) -> str:
        return f"{self.method} {self.path} {self.params} {json.dumps(self.body)[:200]}"


@pytest.fixture(scope="module")
def junk_world(tmp_path_factory: pytest.TempPathFactory, small_salaries: Path) -> World:
    from worldhire.comp.estimate import load_estimator

    built = build_world(tmp_path_factory.mktemp("junk-home"), rate_per_second=10_000,
                        rate_burst=10_000)
    built.ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    return built


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def plausible(doc: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A value of the schema's shape, before one part of it is spoiled."""
    schema = _resolve(doc, schema)
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [o for o in schema[key] if _resolve(doc, o).get("type") != "null"]
            return plausible(doc, (options or schema[key])[0], depth)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        return {name: plausible(doc, sub, depth + 1)
                for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [plausible(doc, schema.get("items", {}), depth + 1)] if depth <= 4 else []
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    return "ZZZ" if schema.get("minLength", 0) <= 3 else "ZZZ" * schema["minLength"]


def real_ids(world: World) -> dict[str, str]:
    return {"candidate_id": world.candidates_a[0], "role_id": world.role_a,
            "email_or_id": "admin@a.example"}


def calls(world: World, doc: dict[str, Any]) -> Iterator[Call]:
    ids = real_ids(world)
    for template, operations in doc["paths"].items():
        for method, op in operations.items():
            params = op.get("parameters", [])
            path_params = [p["name"] for p in params if p["in"] == "path"]
            query = {p["name"]: plausible(doc, p.get("schema", {}))
                     for p in params if p["in"] == "query"}
            real = template.format(**{n: ids.get(n, "ZZZ") for n in path_params})
            for name in path_params:
                for junk in JUNK:
                    value = junk or "%20"
                    yield Call(method, template.format(**{n: value if n == name else ids.get(
                        n, "ZZZ") for n in path_params}), query)
            for name in query:
                for junk in JUNK:
                    yield Call(method, real, {**query, name: junk})
            content = op.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                schema = content["application/json"].get("schema", {})
                good = plausible(doc, schema)
                yield Call(method, real, query, good)
                yield Call(method, real, query, raw=b"{not json")
                for junk in JUNK_BODIES:
                    yield Call(method, real, query, junk)
                for key in good if isinstance(good, dict) else []:
                    for junk in JUNK_VALUES:
                        yield Call(method, real, query, {**good, key: junk})
            if "multipart/form-data" in content:
                yield Call(method, real, query, files=True)


def send(client: TestClient, world: World, call: Call) -> Any:
    headers = world.auth("a-admin")
    if call.files:
        files = [("files", ("junk.pdf", b"%PDF-1.4 ZZZ", "application/pdf")),
                 ("files", ("empty.txt", b"", "text/plain"))]
        return client.request(call.method, call.path, params=call.params, files=files,
                              headers=headers)
    if call.raw is not None:
        return client.request(call.method, call.path, params=call.params, content=call.raw,
                              headers={**headers, "content-type": "application/json"})
    if call.body is None and call.method.lower() in ("get", "delete"):
        return client.request(call.method, call.path, params=call.params, headers=headers)
    return client.request(call.method, call.path, params=call.params, json=call.body,
                          headers=headers)


@pytest.mark.slow
def test_malformed_input_never_makes_a_server_error(junk_world: World) -> None:
    client = TestClient(junk_world.app, raise_server_exceptions=False)
    doc = client.get("/openapi.json").json()
    failures = []
    sent = 0
    for call in calls(junk_world, doc):
        response = send(client, junk_world, call)
        sent += 1
        if response.status_code >= 500:
            failures.append(f"{response.status_code} {call.label()}: {response.text[:200]}")
        elif response.status_code >= 400:
            problem = response.json()
            assert problem["code"] and problem["status"] == response.status_code, call.label()
    assert sent > 1000  # the walk reached every operation's fields
    assert failures == []


def test_an_unknown_country_filter_is_refused_not_a_crash(junk_world: World) -> None:
    client = TestClient(junk_world.app, raise_server_exceptions=False)
    response = client.get(f"/api/v1/roles/{junk_world.role_a}/shortlist",
                          params={"country": "ZZZ"}, headers=junk_world.auth("a-admin"))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "unknown-country"
    assert "“ZZZ”: not a country or region we know" in response.json()["detail"]
