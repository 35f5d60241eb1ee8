"""A live server (uvicorn on a free loopback port, in a thread) over the two-tenant world, and a
headless Debian Chromium driven by Playwright. Without /usr/bin/chromium the browser tests skip
and say why; `playwright install` is never used."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World, build_world

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_TESTS_ENV = "WORLDHIRE_BROWSER_TESTS"
SHOTS = Path("/tmp/worldhire-shots")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def web_session(world: World, token: str) -> tuple[TestClient, str]:
    """A client signed in to the web app with `token`, and its session's CSRF token."""
    client = TestClient(world.app)
    form = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text)
    assert form
    signed = client.post("/signin", data={"token": token, "csrf": form.group(1)},
                         follow_redirects=False)
    assert signed.status_code == 303, signed.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
    assert csrf
    return client, csrf.group(1)


def signed_in(live: tuple[str, World], who: str) -> tuple[TestClient, str]:
    """A web session for one of the live world's users ("a-admin"...) or its "candidate"."""
    return web_session(live[1], live[1].tokens[who])


def shortlisted(world: World, top: int) -> list[str]:
    """The ids of the first `top` candidates on tenant A's role's shortlist (compare takes
    only those)."""
    shortlist = TestClient(world.app).get(f"/api/v1/roles/{world.role_a}/shortlist",
                                          headers=world.auth("a-admin")).json()
    return [r["candidate_id"] for r in shortlist["results"][:top]]


def an_application(world: World) -> str:
    """The application of the top of tenant A's shortlist on its role (added unless already
    there): one that passes the role's filters, so outreach may be drafted."""
    api, auth = TestClient(world.app), world.auth("a-admin")
    [top] = shortlisted(world, 1)
    api.post("/api/v1/applications", headers=auth,
             json={"candidate_id": top, "role_id": world.role_a})
    listed = api.get("/api/v1/applications", params={"role_id": world.role_a},
                     headers=auth).json()
    return str(next(a["id"] for a in listed["items"] if a["candidate_id"] == top))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    import uvicorn

    world = build_world(tmp_path_factory.mktemp("web-home"))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(world.app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", world
    server.should_exit = True
    thread.join(timeout=10)
    world.ctx.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        missing = (f"{CHROMIUM} is missing: install Debian's chromium (apt-get install "
                   "chromium) to run the browser tests; .ci/run does")
        # In CI the journeys and the accessibility check must run: a skip there would pass.
        if os.environ.get(BROWSER_TESTS_ENV) == "required":
            pytest.fail(missing, pytrace=False)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    context.set_default_timeout(30_000)
    opened = context.new_page()
    yield opened
    context.close()


class Shots:
    """Screenshots into the test's tmp dir, with a copy in /tmp/worldhire-shots to look at."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def take(self, page: Any, name: str) -> Path:
        path = self.folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / path.name)
        return path


@pytest.fixture
def shots(tmp_path: Path) -> Shots:
    return Shots(tmp_path)


SERIOUS = ("serious", "critical")


class Accessibility:
    """axe-core (bundled by axe-playwright-python, injected into the page: no network) on the
    page as it stands; every serious or critical violation fails the test, named with the
    elements it was found on."""

    def __init__(self) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.checked: list[str] = []

    def check(self, page: Any) -> None:
        found = self.axe.run(page).response["violations"]
        bad = [v for v in found if v.get("impact") in SERIOUS]
        self.checked.append(page.url)
        assert not bad, f"{page.url}: " + "; ".join(
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(n["target"]) for n in v["nodes"][:3]) for v in bad)


@pytest.fixture
def a11y() -> Accessibility:
    return Accessibility()
