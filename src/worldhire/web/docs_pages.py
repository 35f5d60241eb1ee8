"""The API reference at /api/docs, rendered here from the app's OpenAPI document.

Swagger UI needs its scripts from a CDN and an inline bootstrap script, both of which the app's
Content-Security-Policy refuses (script-src 'self'), so that page showed nothing. This page is
plain HTML from the same document, with no script at all; /openapi.json stays for tools."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from worldhire.web.app import Visit, visit

router = APIRouter()
Page = Annotated[Visit, Depends(visit)]
_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    parameters: list[str]
    body: bool
    needs_token: bool


def operations(schema: dict[str, Any]) -> dict[str, list[Operation]]:
    """The documented operations by tag, in the document's order."""
    by_tag: dict[str, list[Operation]] = {}
    for path, item in schema.get("paths", {}).items():
        for method in _METHODS:
            if method not in item:
                continue
            spec = item[method]
            operation = Operation(
                method.upper(), path, spec.get("summary", ""),
                [f"{p['name']} ({p['in']})" for p in spec.get("parameters", [])],
                "requestBody" in spec, "401" in spec.get("responses", {}),
            )
            for tag in spec.get("tags", ["other"]):
                by_tag.setdefault(tag, []).append(operation)
    return by_tag


@router.get("/api/docs")
def api_docs(page: Page) -> Response:
    schema = page.request.app.openapi()
    return page.render("api_docs.html", info=schema.get("info", {}), tags=operations(schema))
