"""A recruiter's day on one profile and one board, without a browser: correct the parsed fields
(audited), add the person to a role from their profile, score the interview on the card, read an
outreach draft, and move several cards at once (one refused, the others moved)."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from tests.api.conftest import ROLE_FILE, World
from tests.web.conftest import signed_in, web_session
from worldhire.demo.service import world_dir
from worldhire.ingest.service import Kind
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.web.corrections import form_of


@pytest.fixture(scope="module")
def role_id(live: tuple[str, World], request: pytest.FixtureRequest) -> str:
    """A fresh role for each module that uses it: the same post sent twice is the same role, so
    one module's pipeline would otherwise be another's."""
    world = live[1]
    spec = json.loads((world_dir() / "roles" / ROLE_FILE).read_text(encoding="utf-8"))
    spec["title"] = f"Search Engineer, card tests ({request.module.__name__.rsplit('.', 1)[-1]})"
    spec["timezone"], spec["min_overlap_hours"] = "Europe/Warsaw", 2  # a European team
    made = world.ctx.ingest(world.tenant_a).ingest_bytes(
        json.dumps(spec).encode(), "card-role.json", Kind.ROLE).role_id
    assert made
    return made


def test_a_recruiter_corrects_a_profile_their_company_holds(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    who = world.candidates_a[1]
    page = client.get(f"/candidates/{who}")
    assert f'href="/candidates/{who}/edit"' in page.text
    form = client.get(f"/candidates/{who}/edit")
    assert form.status_code == 200 and "Correct the parsed fields" in unescape(form.text)
    person = world.candidate(who)
    refused = client.post(f"/candidates/{who}/edit",
                          data={**form_of(person), "csrf": csrf, "country": "Narnia"})
    assert refused.status_code == 422 and "not a country we know" in unescape(refused.text)
    done = client.post(f"/candidates/{who}/edit", data={
        **form_of(person), "csrf": csrf, "headline": "Search ranking engineer",
        "country": "Polska", "links": "https://github.com/example-person"})
    assert done.url.path == f"/candidates/{who}" and "Saved: headline" in unescape(done.text)
    after = world.candidate(who)
    assert after.headline == "Search ranking engineer" and after.country == "PL"
    assert (after.email, after.phone, after.evidence) == (person.email, person.phone,
                                                          person.evidence)
    trail = [r for r in world.ctx.audit.about(who)
             if r.entry.action == "correct-profile"]
    assert trail and "recruiter:" in str(trail[-1].entry.record)
    # A viewer reads the profile without the button, and cannot post the form.
    viewer, vcsrf = signed_in(live, "a-viewer")
    assert f"/candidates/{who}/edit" not in viewer.get(f"/candidates/{who}").text
    assert viewer.post(f"/candidates/{who}/edit", data={"csrf": vcsrf, "name": "x"}
                       ).status_code == 403
    # Another tenant's recruiter finds nothing there.
    other, _ = signed_in(live, "b-admin")
    assert other.get(f"/candidates/{who}/edit").status_code == 404


def test_score_draft_and_bulk_move_on_the_board(live: tuple[str, World], role_id: str) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    first, second = world.candidates_a[0], world.candidates_a[2]
    for who in (first, second):
        added = client.post(f"/candidates/{who}/pipeline",
                            data={"csrf": csrf, "role_id": role_id})
        assert "is in the pipeline" in unescape(added.text)
    store = SqlPipelineStore.on(world.ctx.repo)
    apps = {a.candidate_id: a for a in store.list_applications(role_id=role_id)}
    board = client.get(f"/roles/{role_id}/pipeline")
    role = world.role(role_id)
    assert board.text.count('name="rating"') == 2 * len(role.requirements)

    n = len(role.requirements)
    half = client.post(f"/applications/{apps[first].id}/scorecards", data={
        "csrf": csrf, "rating": ["3"] * (n - 1), "evidence": ["saw it"] * (n - 1)})
    assert half.status_code == 422 and "rate every requirement" in unescape(half.text)
    scored = client.post(f"/applications/{apps[first].id}/scorecards", data={
        "csrf": csrf, "rating": ["4"] + ["2"] * (n - 1), "evidence": ["live coding"] * n,
        "summary": "Strong on retrieval"})
    assert "Scorecard saved" in unescape(scored.text)
    assert "Strong on retrieval" in unescape(scored.text)
    assert len(store.scorecards(apps[first].id)) == 1

    draft = client.get(f"/applications/{apps[first].id}/outreach")
    assert draft.status_code == 200, re.findall(r"role=\"alert\">([^<]*)", draft.text)
    assert re.search(r'<div class="draft">[^<]{40,}', draft.text)

    client.post(f"/applications/{apps[second].id}/move",
                data={"csrf": csrf, "to_stage": "contacted"})
    moved = client.post(f"/roles/{role_id}/pipeline/moves", data={
        "csrf": csrf, "to_stage": "screened",
        "application_id": [apps[first].id, apps[second].id]})
    assert "Moved 2 to “screened”" in unescape(moved.text)
    rejected = client.post(f"/roles/{role_id}/pipeline/moves", data={
        "csrf": csrf, "to_stage": "rejected",
        "application_id": [apps[first].id, apps[second].id]})
    assert "Moved 0" in unescape(rejected.text) and "needs a reason" in unescape(rejected.text)
    now = [store.get_application(a.id) for a in apps.values()]
    assert {a.stage if a else None for a in now} == {"screened"}
    foreign = client.post(f"/roles/{role_id}/pipeline/moves", data={
        "csrf": csrf, "to_stage": "interview", "application_id": ["app_nobody"]})
    assert "not moved" in unescape(foreign.text)


def test_a_team_plans_members_link_to_their_profiles(live: tuple[str, World]) -> None:
    """From the team plan to the person, as from the shortlist and the board."""
    world = live[1]
    client, csrf = web_session(world, world.tokens["a-admin"])
    plan = client.post(f"/roles/{world.role_a}/team", headers={"hx-request": "true"}, data={
        "csrf": csrf, "size_min": "2", "size_max": "4", "coverage": "10:00-20:00",
        "min_people": "1", "overlap": "1", "max_country": "", "timezone": "UTC"})
    assert plan.status_code == 200
    rows = re.findall(r'<td class="name">(.*?)</td>', plan.text)
    assert len(rows) >= 2, plan.text
    for row in rows:
        link = re.fullmatch(r'<a href="/candidates/(cand_[0-9a-f]+)">([^<]+)</a>', row)
        assert link, row
        assert unescape(link.group(2)) == world.candidate(link.group(1)).name
