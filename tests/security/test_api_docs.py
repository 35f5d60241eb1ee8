"""Issue 18, item 7: /api/docs works under the app's own Content-Security-Policy. It was
Swagger UI from a CDN with an inline bootstrap script, both refused by `script-src 'self'`."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.api.conftest import context_of, make_settings
from worldhire.api.app import create_app


def test_the_api_reference_loads_nothing_the_csp_refuses(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    client = TestClient(app)
    page = client.get("/api/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    html = page.text
    # Every script and stylesheet comes from this server, none inline.
    for src in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html):
        assert src.startswith("/"), src
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "cdn" not in html.lower()
    # It documents the API: every operation of the OpenAPI document is on it.
    schema = client.get("/openapi.json").json()
    for path in schema["paths"]:
        assert f"<code>{path}</code>" in html
    assert "/api/v1/roles/{role_id}/shortlist" in html
    context_of(app).close()
