"""The web app's parts without a browser: sessions, charts, skill gaps, CSRF and sign-in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.responses import Response

from tests.api.conftest import World
from tests.web.conftest import signed_in
from worldhire.api.uploads import accepted_suffixes
from worldhire.comp.schemas import PayCompareRow
from worldhire.ingest.formats import FORMATS, ResumeFormat, post_accept
from worldhire.teams.schemas import SlotCoverage
from worldhire.web.charts import coverage_chart, pay_chart, score_bar
from worldhire.web.session import COOKIE, Session, Sessions


@pytest.fixture
def client(live: tuple[str, World]) -> TestClient:
    return TestClient(live[1].app)


def _request(cookie: str | None = None, scheme: str = "http") -> Request:
    headers = [(b"cookie", f"{COOKIE}={cookie}".encode())] if cookie else []
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers,
                    "scheme": scheme, "server": ("testserver", 80), "query_string": b""})


def _cookie(response: Response) -> str:
    header = response.headers["set-cookie"]
    match = re.match(rf"{COOKIE}=([^;]+)", header)
    assert match
    return match.group(1)


def test_session_round_trips_and_rejects_tampering_and_other_keys() -> None:
    sessions = Sessions("secret-one", 3600)
    session = Session()
    session.sign_in("wh_token", "server-session-secret")
    response = Response()
    sessions.save(_request(), response, session)
    header = response.headers["set-cookie"]
    assert "httponly" in header.lower() and "samesite=lax" in header.lower()
    assert "secure" not in header.lower()
    value = _cookie(response)
    assert "wh_token" not in value  # encrypted, not just signed
    assert sessions.load(_request(value)).token == "wh_token"
    tampered = value[:-4] + ("AAAA" if not value.endswith("AAAA") else "BBBB")
    assert sessions.load(_request(tampered)).token is None
    assert Sessions("secret-two", 3600).load(_request(value)).token is None
    over_https = Response()
    sessions.save(_request(scheme="https"), over_https, session)
    assert "secure" in over_https.headers["set-cookie"].lower()


def test_csrf_token_is_checked_in_constant_time_and_renewed_on_sign_in() -> None:
    session = Session()
    before = session.csrf
    assert session.csrf_ok(before) and not session.csrf_ok("forged") and not session.csrf_ok(None)
    session.sign_in("wh_token", "server-session-secret")
    assert not session.csrf_ok(before)


def test_coverage_chart_is_valid_svg_with_a_description() -> None:
    slots = [SlotCoverage(slot=s, start="", worst=1 if 24 <= s < 72 else 0,
                          best=2 if 24 <= s < 72 else 0, required=1 if 28 <= s < 68 else 0)
             for s in range(96)]
    drawings = ET.fromstring(f"<div>{coverage_chart(slots, 'UTC')}</div>")
    ns = "{http://www.w3.org/2000/svg}"
    svgs = list(drawings.iter(f"{ns}svg"))  # the laptop's and the phone's
    assert [svg.get("viewBox") for svg in svgs] == ["0 0 760 240", "0 0 330 200"]
    for svg in svgs:
        assert svg.get("role") == "img"
        desc = svg.find(f"{ns}desc")
        assert desc is not None and "at least 0 people" in (desc.text or "")
        assert len(svg.findall(f"{ns}rect")) == 2 * 48
    # Ids are unique on the page: each drawing's title and desc are its own.
    labels = [svg.get("aria-labelledby") for svg in svgs]
    assert len(set(labels)) == 2


def pay_row(country: str, p10: float, p50: float, p90: float, *, total_p50: float
            ) -> PayCompareRow:
    return PayCompareRow(country=country, p10=p10, p50=p50, p90=p90, support=100,
                         low_data=False, contribution_rate=0.2, cross_border=False,
                         total_p10=p10 * 1.2, total_p50=total_p50, total_p90=p90 * 1.2,
                         warnings=[])


def test_pay_chart_names_the_cheapest_country() -> None:
    rows = [pay_row("US", 120e3, 160e3, 220e3, total_p50=190e3),
            pay_row("IN", 20e3, 40e3, 80e3, total_p50=52e3)]
    drawings = ET.fromstring(f"<div>{pay_chart(rows)}</div>")
    for svg in drawings.iter("{http://www.w3.org/2000/svg}svg"):  # the laptop's and the phone's
        desc = svg.find("{http://www.w3.org/2000/svg}desc")
        assert desc is not None and "IN (52,000 USD)" in (desc.text or "")
    assert len(list(drawings.iter("{http://www.w3.org/2000/svg}svg"))) == 2


def test_score_bar_clamps_and_labels() -> None:
    bar = ET.fromstring(str(score_bar(1.7, width=100, label="skills")))
    assert bar.get("aria-label") == "skills 1.00 of 1"
    assert bar.findall("{http://www.w3.org/2000/svg}rect")[1].get("width") == "100.0"


def test_sign_in_with_a_bad_token_and_pages_need_a_session(client: TestClient) -> None:
    page = client.get("/signin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    refused = client.post("/signin", data={"token": "wh_nope", "csrf": csrf.group(1)})
    assert refused.status_code == 401 and "not valid" in refused.text
    assert client.post("/signin", data={"token": "x", "csrf": "forged"}).status_code == 403
    redirect = client.get("/roles", follow_redirects=False)
    assert redirect.status_code == 303 and redirect.headers["location"] == "/signin?next=/roles"
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_a_candidate_session_cannot_open_recruiter_pages(client: TestClient,
                                                        live: tuple[str, World]) -> None:
    world = live[1]
    page = client.get("/signin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    client.post("/signin", data={"token": world.tokens["candidate"], "csrf": csrf.group(1)})
    me = client.get("/me")
    assert me.status_code == 200
    assert "Pay you ask: 2,600 USD gross/month ≈ USD 31,200/yr at the 2025-06-30 rate" in me.text
    assert client.get(f"/roles/{world.role_a}/shortlist").status_code == 403
    assert client.get("/audit").status_code == 403


def _signed_in(client: TestClient, token: str) -> TestClient:
    page = client.get("/signin")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    assert client.post("/signin", data={"token": token, "csrf": csrf.group(1)},
                       follow_redirects=False).status_code == 303
    return client


@pytest.mark.parametrize("path", ["/roles/{role}/shortlist", "/roles/{role}/team",
                                  "/roles/{role}/compare?c={c0}&c={c1}"])
def test_pages_refuse_another_tenants_role(client: TestClient, live: tuple[str, World],
                                           path: str) -> None:
    world = live[1]
    other = _signed_in(client, world.tokens["b-admin"])
    url = path.format(role=world.role_a, c0=world.candidates_a[0], c1=world.candidates_a[1])
    response = other.get(url)
    assert response.status_code == 404
    assert world.candidates_a[0] not in response.text


@pytest.mark.parametrize(("who", "path", "csv"), [
    (None, "/join", False), ("candidate", "/me", False), ("a-recruiter", "/upload", True)])
def test_the_upload_forms_offer_what_the_upload_check_takes(
        live: tuple[str, World], who: str | None, path: str, csv: bool) -> None:
    client = TestClient(live[1].app) if who is None else signed_in(live, who)[0]
    page = client.get(path)
    assert page.status_code == 200
    offered = re.findall(r'type="file"[^>]*accept="([^"]+)"', page.text)
    assert offered == [",".join(accepted_suffixes(allow_csv=csv))]
    assert (".csv" in offered[0]) is csv


def test_the_role_form_offers_the_formats_a_job_post_comes_in(live: tuple[str, World]) -> None:
    page = signed_in(live, "a-recruiter")[0].get("/roles/new")
    assert page.status_code == 200
    offered = re.findall(r'type="file"[^>]*accept="([^"]+)"', page.text)
    assert offered == [",".join(post_accept())]


@pytest.mark.parametrize(("who", "path", "formats"), [
    (None, "/join", [f for f in FORMATS if not f.several_people]),
    ("a-recruiter", "/upload", list(FORMATS)),
    ("a-recruiter", "/roles/new", [f for f in FORMATS if f.holds_posts]),
])
def test_the_upload_hints_name_the_registrys_formats(
        live: tuple[str, World], who: str | None, path: str, formats: list[ResumeFormat]) -> None:
    client = TestClient(live[1].app) if who is None else signed_in(live, who)[0]
    hints = " ".join(re.findall(r'<p class="muted[^"]*">(.*?)</p>', client.get(path).text))
    assert all(f.title in hints for f in formats), hints
    assert all(f.title not in hints for f in FORMATS if f not in formats), hints
