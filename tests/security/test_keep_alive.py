"""Issue 18, finding 6: a 500 also dropped the client's keep-alive connection. Starlette answers
an exception no handler took and re-raises it, and uvicorn closes the connection of a request
whose app raised, so every request a client had queued on that connection failed too. A crash
in a route or in the rate limiter's authentication is answered as a problem and the connection
stays open for the next request."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from tests.api.conftest import context_of, make_settings
from tests.web.conftest import free_port
from worldhire.api.app import create_app
from worldhire.governance.accounts import Accounts

# Well formed (wh_<16 hex>_<43 url-safe>), so the rate limiter authenticates it.
TOKEN = "wh_0123456789abcdef_" + "A" * 43


def crash() -> None:
    raise RuntimeError("a bug, not the client's fault")


def crash_authenticating(_: Accounts, credential: str) -> None:
    crash()


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    import uvicorn

    # The rate limiter holds the bound method from here on: every bearer token crashes it.
    monkeypatch.setattr(Accounts, "authenticate", crash_authenticating)
    app: FastAPI = create_app(make_settings(tmp_path / "home"))
    app.add_api_route("/api/v1/crash-probe", crash)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="critical", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)
    context_of(app).close()


def ask(conn: http.client.HTTPConnection, path: str, token: str | None = None
        ) -> tuple[int, dict[str, object], str | None]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    conn.request("GET", path, headers=headers)
    answer = conn.getresponse()
    body = json.loads(answer.read())
    return answer.status, body, answer.getheader("connection")


@pytest.mark.parametrize(("path", "token"), [
    ("/api/v1/crash-probe", None),  # in a route
    ("/api/v1/me", TOKEN),  # in the rate limiter, before any route
])
def test_a_server_error_keeps_the_connection(server: int, path: str, token: str | None) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=30)
    status, body, connection = ask(conn, path, token)
    assert status == 500 and body["code"] == "internal"
    assert "bug" not in json.dumps(body)  # the exception's text stays in the log
    assert connection != "close"
    assert conn.sock is not None
    used = conn.sock.getsockname()
    # The next request goes over the same connection and is answered.
    status, _, _ = ask(conn, "/api/v1/me")
    assert status == 401
    assert conn.sock is not None and conn.sock.getsockname() == used
    conn.close()
