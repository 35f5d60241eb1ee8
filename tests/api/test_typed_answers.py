"""Every API operation that answers JSON does so with a typed model that /openapi.json lists
(issue 17): no operation returns a bare dict, and the served shortlist, sent as cached bytes
past FastAPI's own check, still fits its model."""

from __future__ import annotations

import typing

from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from pydantic import BaseModel

from tests.api.conftest import World, api_operations
from worldhire.match.schemas import ShortlistOut


def is_model(kind: object) -> bool:
    """A pydantic model, or a list of one."""
    if typing.get_origin(kind) is list:
        (kind,) = typing.get_args(kind)
    return isinstance(kind, type) and issubclass(kind, BaseModel)


def answers_json(route: APIRoute) -> bool:
    """False for a 204 and for a file download (CSV), which document their own content."""
    declared = route.responses.get(200, {}).get("content", {})
    return route.status_code != 204 and (not declared or "application/json" in declared)


def test_every_operation_has_a_typed_answer() -> None:
    untyped = [f"{op.method} {op.path}: {op.route.response_model}" for op in api_operations()
               if answers_json(op.route) and not is_model(op.route.response_model)]
    assert untyped == []


def test_the_openapi_document_lists_every_route_with_its_model(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    # A router mounted past API_MODULES would escape the check above: the document lists no more.
    listed = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    assert listed == {(op.path, op.method) for op in api_operations()}
    for operation in api_operations():
        route = operation.route
        op = doc["paths"][operation.path][operation.method.lower()]
        if not answers_json(route):
            continue
        answer = op["responses"][str(route.status_code or 200)]["content"]["application/json"]
        schema = answer["schema"]
        assert "$ref" in schema or "$ref" in schema.get("items", {}), (operation.method, route.path)


def test_no_two_models_share_a_name(client: TestClient) -> None:
    """Two models of one name are listed under their module paths
    ('worldhire__pipeline__schemas__NoteOut'): a twin to merge, or a name to make distinct."""
    names = client.get("/openapi.json").json()["components"]["schemas"]
    assert [name for name in names if name.startswith("worldhire__")] == []


def test_the_served_shortlist_fits_its_model(client: TestClient, world: World) -> None:
    answer = client.get(f"/api/v1/roles/{world.role_a}/shortlist?top=3",
                        headers=world.auth("a-recruiter"))
    shortlist = ShortlistOut.model_validate_json(answer.content)
    assert shortlist.role.id == world.role_a and shortlist.results
