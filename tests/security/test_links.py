"""Issue 18, item 7: only web links are stored. A JSON Résumé's `url` and profiles, and a DOCX's
hyperlinks, may be `javascript:`, `file:` or `data:`; they were stored and returned by the API."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from fastapi.testclient import TestClient

from tests.api.conftest import make_settings
from worldhire.api.app import create_app
from worldhire.core.contact import web_link
from worldhire.demo.service import world_dir

HOSTILE = ["javascript:alert(document.cookie)", "JavaScript:alert(1)", "file:///etc/passwd",
           "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
           "https://x.example/\"onmouseover=alert(1)", "http:///no-host", " java\tscript:x"]


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(make_settings(tmp_path, parser_workers=1))) as client:
        yield client


def stored_links(client: TestClient, name: str, data: bytes) -> list[str]:
    answer = client.post("/api/v1/signup", files=[("files", (name, data))])
    assert answer.status_code == 201, answer.text
    body = answer.json()
    profile = client.get(f"/api/v1/candidates/{body['candidate_id']}",
                         headers={"Authorization": f"Bearer {body['token']}"})
    assert profile.status_code == 200
    links: list[str] = profile.json()["links"]
    return links


@pytest.mark.parametrize("url", HOSTILE)
def test_other_schemes_are_not_links(url: str) -> None:
    assert web_link(url) is None


def test_a_json_resume_keeps_only_its_web_links(client: TestClient) -> None:
    doc = json.loads((world_dir() / "candidates" / "in-arjun-mehta.json").read_text())
    doc["basics"]["url"] = HOSTILE[0]
    doc["basics"]["profiles"] = [{"network": "x", "url": u} for u in HOSTILE[1:]] + [
        {"network": "GitHub", "url": "https://github.com/arjun-m"}]
    links = stored_links(client, "arjun.json", json.dumps(doc).encode())
    assert links == ["https://github.com/arjun-m"]


def test_a_docx_keeps_only_its_web_links(client: TestClient) -> None:
    source = Document(str(world_dir() / "candidates" / "eg-omar-hassan.docx"))
    part = source.part
    for url in [*HOSTILE[:4], "https://omar.example/portfolio"]:
        rel = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        source.add_paragraph(f"link {rel}")
    out = io.BytesIO()
    source.save(out)
    links = stored_links(client, "omar.docx", out.getvalue())
    assert "https://omar.example/portfolio" in links
    assert all(link.startswith(("http://", "https://")) for link in links)
