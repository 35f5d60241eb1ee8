"""A candidate's own actions in the web app: a newer résumé becomes a version of their profile
(never someone else's), they apply to an open role (the company sees them on its board) and
withdraw (the board shows why the application closed)."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import SELF_REGISTERED, World
from tests.faults import break_audit_log
from tests.web.conftest import web_session
from worldhire.demo.service import world_dir
from worldhire.ingest.service import Kind
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import WITHDRAWN

RESUME = "eg-mariam-fathy.md"


@pytest.fixture(scope="module")
def own(live: tuple[str, World]) -> tuple[TestClient, str, str]:
    world = live[1]
    ctx = world.ctx
    data = (world_dir() / "candidates" / RESUME).read_bytes()
    [candidate_id] = ctx.ingest(None).ingest_bytes(data, RESUME, Kind.RESUME).candidate_ids
    client, csrf = web_session(world, ctx.accounts.issue_candidate_token(candidate_id))
    return client, csrf, candidate_id


def _python_role(world: World, title: str, **fields: object) -> str:
    """A role company A's recruiter posts through the API, asking for Python."""
    made = TestClient(world.app).post("/api/v1/roles", headers=world.auth("a-recruiter"), json={
        "title": title, **fields,
        "requirements": [{"skill": "Python", "skill_id": "wh:python"}]})
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


def test_a_newer_resume_is_a_version_of_the_same_profile(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    client, csrf, candidate_id = own
    repo = live[1].ctx.repo
    before = repo.versions_of(candidate_id)
    text = (world_dir() / "candidates" / RESUME).read_text(encoding="utf-8")
    newer = text + "\n\n## Projects\n\nKubernetes operator for model serving, 2025 (Go, Helm).\n"
    done = client.post("/me/versions", data={"csrf": csrf},
                       files={"files": ("mariam-2026.md", newer.encode(), "text/markdown")})
    assert done.status_code == 200 and done.url.path == "/me"
    assert "mariam-2026.md is now the newest version" in unescape(done.text)
    after = repo.versions_of(candidate_id)
    assert len(after) == len(before) + 1 and after[-1].file_name == "mariam-2026.md"
    assert any("Kubernetes" in e.text for e in live[1].candidate(candidate_id).evidence)
    assert "mariam-2026.md" in done.text


def test_someone_elses_resume_is_refused_and_changes_nothing(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    client, csrf, candidate_id = own
    repo = live[1].ctx.repo
    before = live[1].candidate(candidate_id)
    versions = len(repo.versions_of(candidate_id))
    # The file of the shared world's own platform profile: someone else.
    data = (world_dir() / "candidates" / SELF_REGISTERED).read_bytes()
    refused = client.post("/me/versions", data={"csrf": csrf},
                          files={"files": (SELF_REGISTERED, data, "text/plain")})
    assert "names someone else already on the platform" in unescape(refused.text)
    assert len(repo.versions_of(candidate_id)) == versions
    assert live[1].candidate(candidate_id).name == before.name


def test_two_open_roles_of_one_title_read_apart(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    """The shared world's two companies post the same role file: one title, one company named
    in the post. The list says who posted each, and where the work is. (Run before this
    person applies to either.)"""
    client, _, _ = own
    world = live[1]
    page = client.get("/me").text
    options = page.split('id="apply-any"')[1].split("</select>")[0]
    labels = {role_id: unescape(options.split(f'<option value="{role_id}">')[1].split("<")[0])
              for role_id in (world.role_a, world.role_b)}
    assert labels[world.role_a] != labels[world.role_b]
    assert "posted by Acme AI" in labels[world.role_a] and "remote" in labels[world.role_a]
    assert "posted by Globex" in labels[world.role_b]


def test_apply_then_withdraw_shows_on_the_company_board(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    client, csrf, candidate_id = own
    world = live[1]
    applied = client.post("/me/applications", data={"csrf": csrf, "role_id": world.role_a})
    assert applied.status_code == 200 and "You applied to" in unescape(applied.text)
    # Said as the roles to apply to name it, one full stop after a name that ends in one
    # ("Larkspur Health Analytics, Inc.." before).
    role = world.role(world.role_a)
    [said] = re.findall(r'<div class="flash[^"]*"[^>]*>(.*?)</div>', applied.text, re.S)
    assert unescape(said).strip() == (
        f"You applied to {role.title} at {role.company}, posted by Acme AI.")
    # Which of the two roles of this title: the row says who posted it, as the list to apply did.
    mine_table = unescape(applied.text).split('id="applications-title"')[1].split("</table>")[0]
    assert "posted by Acme AI" in mine_table
    again = client.post("/me/applications", data={"csrf": csrf, "role_id": world.role_a},
                        follow_redirects=False)
    # The refusal opens the page at the top, where its message is, not scrolled past it.
    assert again.headers["location"] == "/me"
    assert "you already applied" in unescape(client.get("/me").text)
    [mine] = SqlPipelineStore.on(world.ctx.repo).applications_of(candidate_id)
    assert mine.source == "applied" and mine.stage == "sourced"

    recruiter, _ = web_session(world, world.tokens["a-recruiter"])
    board = recruiter.get(f"/roles/{world.role_a}/pipeline")
    person = world.candidate(candidate_id)
    assert person.name in unescape(board.text)

    withdrawn = client.post(f"/me/applications/{mine.id}/withdraw", data={"csrf": csrf})
    assert "Your application is withdrawn" in unescape(withdrawn.text)
    assert ">withdrawn<" in withdrawn.text
    board = recruiter.get(f"/roles/{world.role_a}/pipeline")
    assert WITHDRAWN in unescape(board.text)
    twice = client.post(f"/me/applications/{mine.id}/withdraw", data={"csrf": csrf},
                        follow_redirects=False)
    assert twice.headers["location"] == "/me"
    assert "already final" in unescape(client.get("/me").text)


def test_another_persons_application_cannot_be_withdrawn(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    client, csrf, _ = own
    world = live[1]
    recruiter, rcsrf = web_session(world, world.tokens["a-recruiter"])
    someone = world.candidates_a[-1]
    recruiter.post(f"/roles/{world.role_a}/pipeline", data={"csrf": rcsrf, "candidate_id": someone})
    store = SqlPipelineStore.on(world.ctx.repo)
    [theirs] = [a for a in store.applications_of(someone) if a.role_id == world.role_a]
    refused = client.post(f"/me/applications/{theirs.id}/withdraw", data={"csrf": csrf})
    assert refused.status_code == 404
    assert store.get_application(theirs.id) == theirs


def test_any_open_role_can_be_applied_to_not_only_the_best_fits(
        live: tuple[str, World], own: tuple[TestClient, str, str]) -> None:
    """A person who came for one role (a post they read) applies to it though it is not among
    the roles they fit best: here its allowed countries filter them out of their matches."""
    client, csrf, candidate_id = own
    world = live[1]
    role_id = _python_role(world, "Forecasting Engineer, Berlin office", allowed_countries=["DE"])
    page = client.get("/me")
    fits = page.text.split('id="fit"')[1].split("</section>")[0]
    assert f'<option value="{role_id}">Forecasting Engineer, Berlin office' in fits
    assert f'name="role_id" value="{role_id}"' not in fits  # not one of the best fits

    applied = client.post("/me/applications", data={"csrf": csrf, "role_id": role_id})
    assert "You applied to Forecasting Engineer, Berlin office" in unescape(applied.text)
    assert f'<option value="{role_id}">' not in applied.text  # offered no more
    store = SqlPipelineStore.on(world.ctx.repo)
    assert role_id in {a.role_id for a in store.applications_of(candidate_id)}



def test_a_withdrawal_whose_audit_entry_cannot_be_written_is_not_made(
        live: tuple[str, World], own: tuple[TestClient, str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    client, csrf, candidate_id = own
    world = live[1]
    role_id = _python_role(world, "Search Engineer, withdrawal tests")
    client.post("/me/applications", data={"csrf": csrf, "role_id": role_id})
    store = SqlPipelineStore.on(world.ctx.repo)
    [mine] = [a for a in store.applications_of(candidate_id) if a.role_id == role_id]

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, cookies=client.cookies, raise_server_exceptions=False)
    assert failing.post(f"/me/applications/{mine.id}/withdraw",
                        data={"csrf": csrf}).status_code == 500
    monkeypatch.undo()
    assert store.get_application(mine.id) == mine
    assert [m.to_stage for m in store.history(mine.id)] == ["sourced"]


def test_an_application_whose_audit_entry_cannot_be_written_is_not_made(
        live: tuple[str, World], own: tuple[TestClient, str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Applying from /me writes the application and its add-to-pipeline entry in one unit of
    work: an entry that cannot be written leaves no application; once the log is back the
    person applies, audited once."""
    client, csrf, candidate_id = own
    world = live[1]
    role_id = _python_role(world, "Search Engineer, application audit tests")
    store = SqlPipelineStore.on(world.ctx.repo)

    break_audit_log(monkeypatch)
    failing = TestClient(world.app, cookies=client.cookies, raise_server_exceptions=False)
    assert failing.post("/me/applications",
                        data={"csrf": csrf, "role_id": role_id}).status_code == 500
    monkeypatch.undo()
    assert store.find_application(candidate_id, role_id) is None

    applied = client.post("/me/applications", data={"csrf": csrf, "role_id": role_id})
    assert "You applied to Search Engineer, application audit tests" in unescape(applied.text)
    found = store.find_application(candidate_id, role_id)
    assert found is not None
    entries = [r.entry for r in world.ctx.audit.about(candidate_id)
               if r.entry.action == "add-to-pipeline"
               and r.entry.record["details"]["role_id"] == role_id]
    assert [e.record["details"]["application_id"] for e in entries] == [found.id]
