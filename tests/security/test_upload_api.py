"""Issue 18, finding 1 through the API: an unauthenticated sign-up with a hostile file must not
hold the server. Uploads are parsed in the app's worker processes under the per-document budget,
and sign-ups are limited per client address."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import make_settings
from tests.security import hostile
from tests.security.worker_probe import pause
from worldhire.api.app import create_app
from worldhire.governance.principal import AccessRole
from worldhire.ingest import limits


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(make_settings(tmp_path, parser_workers=1, signup_burst=3.0))
    with TestClient(app) as client:
        yield client


def signup(client: TestClient, name: str, data: bytes) -> tuple[int, str]:
    answer = client.post("/api/v1/signup", files=[("files", (name, data))])
    return answer.status_code, answer.json().get("detail", "")


def test_hostile_pdf_sign_up_is_refused_by_the_caps(client: TestClient) -> None:
    status, detail = signup(client, "cv.pdf", hostile.shared_content_stream_pdf())
    assert status == 422 and "work limits" in detail


def test_sign_up_over_budget_is_stopped_while_other_requests_are_served(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Caps lifted, the crafted PDF reaches PDFium; the worker is killed at the CPU budget, and
    the server answers other requests meanwhile (the parse is in another process)."""
    for cap in ("MAX_PDF_PAGE_TEXT_OPS", "MAX_PDF_TEXT_OPS", "MAX_PDF_PAGE_CONTENT_BYTES",
                "MAX_PDF_CONTENT_BYTES"):
        monkeypatch.setattr(limits, cap, 10**9)
    monkeypatch.setattr(limits, "MAX_DOCUMENT_CPU_SECONDS", 1.0)
    outcome: list[tuple[int, str]] = []
    upload = threading.Thread(target=lambda: outcome.append(
        signup(client, "cv.pdf", hostile.shared_content_stream_pdf(pieces=2_000_000))))
    upload.start()
    served_meanwhile = 0
    while upload.is_alive():
        assert client.get("/api/v1/me").status_code == 401  # answered, not queued
        served_meanwhile += upload.is_alive()
        time.sleep(0.1)  # under the per-client request rate
    upload.join()
    [(status, detail)] = outcome
    # PDFium may outgrow the memory budget before it spends the CPU one: both stop it.
    assert status == 422
    assert re.match(r"cv.pdf: (took too long to read \(over 1 s of CPU\)|needed too much memory)",
                    detail), detail
    assert served_meanwhile >= 1
    normal = hostile.normal_pdf()
    assert signup(client, "jane.pdf", normal)[0] == 201  # a new worker took the killed one's place


def test_sign_ups_are_limited_per_client_address(client: TestClient) -> None:
    answers = [client.post("/api/v1/signup", files=[("files", ("x.txt", b""))])
               for _ in range(4)]
    assert [a.status_code for a in answers] == [422, 422, 422, 429]
    assert int(answers[-1].headers["Retry-After"]) >= 1


def test_the_server_links_skills_only_in_its_workers(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second résumé of one person merges into their profile, whose skills are linked again:
    in a worker, like the files, so the server never builds the linker (200 MB, and about 3 s
    of CPU the first merge's request waited for: the hostile bench's UTF-16 upload, a merge,
    cost 3.4 s)."""
    def not_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server process built the skill linker")

    monkeypatch.setattr("worldhire.ingest.service.default_linker", not_here)
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    tenant = ctx.repo.ensure_tenant("acme").id
    user = ctx.accounts.add_user(tenant, "r@acme.example", AccessRole.RECRUITER)
    headers = {"Authorization": f"Bearer {ctx.accounts.issue_user_token(user)}"}
    # The same person twice (same e-mail): the second file merges into the first's profile.
    for name, data in (("a.pdf", hostile.normal_pdf()), ("b.docx", hostile.normal_docx())):
        answer = client.post("/api/v1/candidates/files", headers=headers,
                             files=[("files", (name, data))])
        assert answer.status_code == 201, answer.text
    assert answer.json()["results"][0]["status"] == "merged"


def test_web_sign_ups_share_the_per_address_limit(client: TestClient) -> None:
    """The sign-up page (/join) registers with a résumé as the API's /signup does, open to
    anyone: it spends the same per-address bucket (it had none; the API's limit covers /api only),
    so alternating the two does not double the allowance."""
    form = re.search(r'name="csrf" value="([^"]+)"', client.get("/join").text)
    assert form

    def join() -> int:
        return client.post("/join", data={"csrf": form.group(1)},
                           files=[("files", ("x.txt", b""))]).status_code

    answers = [join(), signup(client, "x.txt", b"")[0], join(), join()]
    assert answers == [422, 422, 422, 429]
    refused = client.post("/join", data={"csrf": form.group(1)},
                          files=[("files", ("x.txt", b""))])
    assert "too many sign-ups" in refused.text
    assert int(refused.headers["Retry-After"]) >= 1


def test_uploads_past_the_parsers_queue_are_refused_while_others_are_served(
        tmp_path: Path) -> None:
    """Each upload waits for a parser worker on one of the server's request threads: one
    self-registered account's 60 costly uploads took them all, and another user's GET /roles
    waited 98 s. Past the queue an upload is answered 503 at once, and the rest is served."""
    app = create_app(make_settings(tmp_path, parser_workers=1, parser_queue=1))
    with TestClient(app) as client:
        ctx = client.app.state.ctx  # type: ignore[attr-defined]
        tenant = ctx.repo.ensure_tenant("acme").id
        user = ctx.accounts.add_user(tenant, "r@acme.example", AccessRole.RECRUITER)
        headers = {"Authorization": f"Bearer {ctx.accounts.issue_user_token(user)}"}
        assert ctx.parsers.run(pause, 0.0) == 0.0  # the worker is up
        busy = [threading.Thread(target=ctx.parsers.run, args=(pause, 4.0)) for _ in range(2)]
        for thread in busy:
            thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        refused = client.post("/api/v1/candidates/files", headers=headers,
                              files=[("files", ("jane.pdf", hostile.normal_pdf()))])
        assert refused.status_code == 503, refused.text
        assert refused.json()["code"] == "readers-busy"
        assert time.monotonic() - started < 2.0
        assert client.get("/api/v1/roles", headers=headers).status_code == 200
        for thread in busy:
            thread.join()
        again = client.post("/api/v1/candidates/files", headers=headers,
                            files=[("files", ("jane.pdf", hostile.normal_pdf()))])
        assert again.status_code == 201, again.text


def test_a_json_resume_body_is_read_in_the_workers(client: TestClient) -> None:
    """POST /candidates/json-resume parsed its body in the server (JSON, then the model, then
    written back to JSON for the reader): 21 MB of small objects cost the server process 5 s of
    CPU, partly on the event loop every request waits on, and 886 MB more resident memory
    (issue 18's goal: 512 MB). The body now goes to the parser workers as the file it is."""
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    tenant = ctx.repo.ensure_tenant("acme").id
    user = ctx.accounts.add_user(tenant, "r@acme.example", AccessRole.RECRUITER)
    headers = {"Authorization": f"Bearer {ctx.accounts.issue_user_token(user)}",
               "Content-Type": "application/json"}
    assert client.post("/api/v1/candidates/json-resume", headers=headers,
                       content=b'{"basics": {"name": "Warm Up"}}').status_code == 201
    body = ('{"basics": {"name": "Jane Doe"}, "work": ['
            + ",".join(['{"a": [1, 2, 3]}'] * 500_000) + "]}").encode()
    started = time.process_time()
    answer = client.post("/api/v1/candidates/json-resume", headers=headers, content=body)
    assert answer.status_code in (201, 422), answer.text
    assert time.process_time() - started < 0.5
