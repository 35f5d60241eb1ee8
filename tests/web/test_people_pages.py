"""The candidate list and profile pages without a browser: the same scope as the API (a tenant's
own and consenting platform profiles), search in the store, skills with their words, the
tenant's audit trail, links to the person from the shortlist and the board, and a merge of two
profiles."""

from __future__ import annotations

import re
from datetime import date
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World, build_world
from tests.factories import make_candidate
from tests.web.conftest import signed_in, web_session
from worldhire.core.models import EvidenceItem, EvidenceKind, OccupationRef
from worldhire.ingest.service import Kind
from worldhire.web.profile_view import skill_rows


def names(html: str) -> list[str]:
    return [unescape(n) for n in re.findall(r'<a class="name" href="/candidates/[^"]+">([^<]+)</a>',
                                              html)]


LINA_HOME = (b"Lina Haddad\nlina.haddad@mail.example | +961 3 555 014\nBeirut, Lebanon\n\n"
             b"Experience\nData analyst, Anghami (2018 - 2021)\n- Churn models in Python.\n")
LINA_WORK = (b"Lina M. Haddad-Khoury\nlina.khoury@work.example | 03 555 014\nBeirut, Lebanon\n\n"
             b"Experience\nML engineer, Murex (2021 - present)\n- Pricing models in PyTorch.\n")


@pytest.fixture(scope="module")
def recruiter(live: tuple[str, World]) -> TestClient:
    return signed_in(live, "a-recruiter")[0]


def test_the_list_shows_the_tenants_pool_as_the_api_does(live: tuple[str, World],
                                                         recruiter: TestClient) -> None:
    world = live[1]
    page = recruiter.get("/candidates")
    assert page.status_code == 200
    api = TestClient(world.app).get("/api/v1/candidates?limit=200",
                                    headers=world.auth("a-recruiter")).json()
    assert sorted(names(page.text)) == sorted(c["name"] for c in api["items"])
    assert f'{api["total"]} candidates' in page.text
    ids = set(re.findall(r'href="/candidates/(cand_[^"]+)"', page.text))
    assert world.self_registered in ids  # the consenting platform profile
    assert world.candidate_b not in ids  # another tenant's
    other = set(re.findall(r'href="/candidates/(cand_[^"]+)"',
                           signed_in(live, "b-admin")[0].get("/candidates").text))
    assert {world.candidate_b, world.self_registered} <= other
    assert not other & set(world.candidates_a)


def test_search_by_words_country_name_and_skill(live: tuple[str, World],
                                                recruiter: TestClient) -> None:
    world = live[1]
    everyone = names(recruiter.get("/candidates").text)
    by_name = recruiter.get("/candidates", params={"q": "katarzyna"})
    assert names(by_name.text) == [n for n in everyone if "Katarzyna" in n]
    poland = recruiter.get("/candidates", params={"country": "Poland"})
    assert names(poland.text) == names(recruiter.get("/candidates",
                                                     params={"country": "pl"}).text)
    # Where tenant A's people live is read from the store now: the live world is shared, and
    # the recruiter card tests correct Arjun's country to Poland.
    repo = world.ctx.repo
    lives_in = {p.display_name: p.country
                for p in map(repo.get_candidate, world.candidates_a) if p is not None}
    assert "PL" in lives_in.values() and set(lives_in.values()) != {"PL"}
    assert {n for n in names(poland.text) if n in lives_in} == {
        n for n, country in lives_in.items() if country == "PL"}
    unknown = recruiter.get("/candidates", params={"country": "Atlantis"})
    assert unknown.status_code == 422
    assert "“Atlantis”: not a country we know" in unescape(unknown.text)

    api = TestClient(world.app)
    person = api.get(f"/api/v1/candidates/{world.candidates_a[0]}",
                     headers=world.auth("a-recruiter")).json()
    skill = person["skills"][0]
    by_skill = names(recruiter.get("/candidates", params={"skill": skill}).text)
    assert person["name"] in by_skill
    # A word of a skill's label finds the people with that skill, like the skill filter does.
    word = skill.split()[0].lower()
    assert person["name"] in names(recruiter.get("/candidates", params={"q": word}).text)
    nobody = recruiter.get("/candidates", params={"q": "zzqx-nobody"})
    assert nobody.status_code == 200 and "No candidate matches" in nobody.text


def test_the_list_is_paged_by_the_store(live: tuple[str, World], recruiter: TestClient,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from worldhire.web import people_pages

    monkeypatch.setattr(people_pages, "PAGE_SIZE", 3)
    first = recruiter.get("/candidates")
    assert len(names(first.text)) == 3 and 'rel="next"' in first.text
    assert 'rel="prev"' not in first.text
    second = recruiter.get("/candidates", params={"offset": 3})
    assert 'rel="prev"' in second.text
    assert not set(names(first.text)) & set(names(second.text))


def test_the_profile_shows_fields_evidence_spans_and_source(live: tuple[str, World],
                                                           recruiter: TestClient) -> None:
    world = live[1]
    person_id = world.candidates_a[0]
    page = recruiter.get(f"/candidates/{person_id}")
    assert page.status_code == 200
    text = unescape(page.text)
    stored = world.candidate(person_id)
    assert stored.display_name in text and "What the parser read" in text
    assert stored.email and stored.email in text  # the tenant's own candidate
    mention = next(m for m in stored.skills if m.span and m.evidence_id)
    item = next(e for e in stored.evidence if e.id == mention.evidence_id)
    assert mention.span is not None
    words = item.text[mention.span[0]:mention.span[1]]
    assert f'<mark title="{mention.skill.label}">{words}</mark>' in text
    assert f'href="#ev-{item.id}"' in page.text
    assert stored.source_name and stored.source_name in text
    assert "Only your company's admins read the audit trail." in text
    # an item whose title is its kind ("Summary") is not labelled twice ("Summary summary")
    named_by_kind = [e for e in stored.evidence if e.title.casefold() == e.kind.casefold()]
    assert named_by_kind
    for e in named_by_kind:
        entry = page.text.split(f'id="ev-{e.id}"')[1].split("</summary>")[0]
        assert f'<span class="pill">{e.kind}</span>' not in entry


def test_platform_profiles_hide_contact_without_outreach_consent(
        live: tuple[str, World], recruiter: TestClient) -> None:
    world = live[1]
    stored = world.candidate(world.self_registered)
    page = unescape(recruiter.get(f"/candidates/{world.self_registered}").text)
    assert "Platform profile" in page
    assert stored.email is None or stored.email not in page
    assert "has not agreed to be contacted" in page


def test_another_tenants_candidate_is_not_found_and_candidates_are_refused(
        live: tuple[str, World], recruiter: TestClient) -> None:
    world = live[1]
    hidden = recruiter.get(f"/candidates/{world.candidate_b}")
    assert hidden.status_code == 404
    stored = world.candidate(world.candidate_b)
    assert stored.display_name not in unescape(hidden.text)
    candidate = signed_in(live, "candidate")[0]
    assert candidate.get("/candidates").status_code == 403
    assert candidate.get(f"/candidates/{world.self_registered}").status_code == 403


def test_admins_read_the_tenants_audit_trail_about_the_person(live: tuple[str, World]) -> None:
    world = live[1]
    admin = signed_in(live, "a-admin")[0]
    shortlist = admin.get(f"/roles/{world.role_a}/shortlist?top=3")
    first = re.search(r'<a class="name" href="/candidates/([^"]+)">', shortlist.text)
    assert first, "the shortlist links each result to the person"
    page = unescape(admin.get(f"/candidates/{first.group(1)}").text)
    assert "rank-candidates" in page and "shortlisted at rank 1" in page
    role = world.ctx.repo.get_role(world.role_a)
    assert role is not None  # the entry links its role by title
    assert f'<a href="/roles/{world.role_a}/shortlist">{role.title}</a>' in page
    # Tenant B ranks the same platform profile: A's page never shows B's entries.
    b_admin = signed_in(live, "b-admin")[0]
    b_admin.get(f"/roles/{world.role_b}/shortlist?top=10")
    b_page = unescape(b_admin.get(f"/candidates/{world.self_registered}").text)
    a_page = unescape(admin.get(f"/candidates/{world.self_registered}").text)
    # Who acted reads as the user's address, never as an id.
    assert "admin@b.example" in b_page and "admin@a.example" in page
    assert "admin:" not in page and "@b.example" not in a_page


def test_board_cards_link_to_the_person_by_name(live: tuple[str, World]) -> None:
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    person = world.candidates_a[4]
    client.post(f"/roles/{world.role_a}/pipeline", data={"candidate_id": person, "csrf": csrf})
    board = client.get(f"/roles/{world.role_a}/pipeline").text
    name = world.candidate(person).display_name
    assert f'href="/candidates/{person}">{name}</a>' in unescape(board)


def test_the_resume_as_received_sits_beside_the_parsed_fields(live: tuple[str, World],
                                                              recruiter: TestClient) -> None:
    world = live[1]
    cid = world.candidates_a[0]  # read from a PDF
    for path in (f"/candidates/{cid}", f"/candidates/{cid}/edit"):
        page = unescape(recruiter.get(path).text)
        assert "The résumé as received" in page and "Katarzyna" in page, path
    link = re.search(r'href="(/candidates/[^"]+/original)"', recruiter.get(f"/candidates/{cid}")
                     .text)
    assert link
    got = recruiter.get(link.group(1))
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    assert signed_in(live, "b-admin")[0].get(link.group(1)).status_code == 404
    # A platform profile that did not agree to be contacted: its file states contact details.
    platform = unescape(recruiter.get(f"/candidates/{world.self_registered}").text)
    assert "it is shown once they agree to be contacted" in platform
    assert "/original" not in platform


def test_a_candidate_reads_and_downloads_their_own_resume(live: tuple[str, World]) -> None:
    world = live[1]
    me = signed_in(live, "candidate")[0]
    own = world.ctx.repo.versions_of(world.self_registered, documents=True)
    assert own[-1].document is not None
    for path in ("/me", "/me/edit"):
        page = unescape(me.get(path).text)
        assert "The résumé as received" in page and own[-1].document.text[:40] in page, path
    got = me.get(f"/me/versions/{own[-1].id}/original")
    assert got.status_code == 200 and got.content == own[-1].document.original
    assert got.headers["content-type"].startswith("text/plain")
    [other] = world.ctx.repo.versions_of(world.candidates_a[0])
    assert me.get(f"/me/versions/{other.id}/original").status_code == 404


def test_a_search_is_saved_listed_rerun_and_deleted(live: tuple[str, World]) -> None:
    client, csrf = signed_in(live, "a-recruiter")
    searched = client.get("/candidates", params={"q": "engineer", "country": "Poland"})
    assert "Save this search as" in searched.text
    saved = client.post("/candidates/searches", data={
        "csrf": csrf, "name": "Polish engineers (web)", "q": "engineer", "country": "Poland"})
    assert saved.status_code == 200 and "Saved the search" in unescape(saved.text)
    listing = unescape(client.get("/candidates").text)
    link = re.search(r'<a href="([^"]+)">Polish engineers \(web\)</a>', listing)
    assert link and "country=PL" in link.group(1)
    assert re.search(r"Polish engineers \(web\)</a> <span[^>]*>[^<]*saved by "
                     r"recruiter@a\.example</span>", listing)
    rerun = client.get(unescape(link.group(1)))
    assert names(rerun.text) == names(searched.text) != []
    again = client.post("/candidates/searches", data={
        "csrf": csrf, "name": "Polish engineers (web)", "q": "python"})
    assert "already has a saved search" in unescape(again.text)
    other, other_csrf = signed_in(live, "b-admin")
    assert "Polish engineers (web)" not in other.get("/candidates").text
    search_id = re.search(r'/candidates/searches/([^/]+)/delete"[^>]*>(?:(?!</form>).)*'
                          r"Polish engineers \(web\)", listing, re.S)
    assert search_id
    assert other.post(f"/candidates/searches/{search_id.group(1)}/delete",
                      data={"csrf": other_csrf}).status_code == 404
    gone = client.post(f"/candidates/searches/{search_id.group(1)}/delete", data={"csrf": csrf})
    assert "Deleted the saved search" in gone.text
    assert "Polish engineers (web)" not in unescape(client.get("/candidates").text)


def test_a_merge_from_the_profile_page_says_what_moved(tmp_path: Path) -> None:
    world = build_world(tmp_path / "home")
    ingest = world.ctx.ingest(world.tenant_a)
    [keep] = ingest.ingest_bytes(LINA_HOME, "lina.txt", Kind.RESUME).candidate_ids
    [other] = ingest.ingest_bytes(LINA_WORK, "lina-work.txt", Kind.RESUME).candidate_ids
    client, csrf = web_session(world, world.tokens["a-recruiter"])
    merged = client.post(f"/candidates/{keep}/merge",
                         data={"csrf": csrf, "other_id": other, "take": "email"})
    assert merged.status_code == 200 and merged.url.path == f"/candidates/{keep}"
    assert "Merged: 1 résumé version(s)" in unescape(merged.text)
    assert world.ctx.repo.get_candidate(other) is None
    world.ctx.close()


def test_an_upload_lists_each_file_with_its_outcome(tmp_path: Path) -> None:
    world = build_world(tmp_path / "home")
    client, csrf = web_session(world, world.tokens["a-recruiter"])
    done = client.post("/upload", data={"csrf": csrf},
                       files=[("files", ("lina.txt", LINA_HOME)),
                              ("files", ("garbled.txt", b"\xff\xfe\x00"))])
    assert done.status_code == 200
    rows = re.findall(r"<tr><td>([^<]+)</td>\s*<td>(.*?)</td>\s*<td[^>]*>([^<]*)</td></tr>",
                      done.text, flags=re.S)
    outcomes = {name: (status, ids) for name, status, ids in rows}
    status, ids = outcomes["lina.txt"]
    assert "error" not in status and world.ctx.repo.get_candidate(ids.strip()) is not None
    assert "pill bad" in outcomes["garbled.txt"][0]
    world.ctx.close()


def test_the_profile_shows_the_persons_pipelines_and_offers_only_the_other_roles(
        live: tuple[str, World]) -> None:
    """A recruiter opening a profile sees which of the company's roles the person is already
    on, at which stage (a link to their card), and is offered the other open roles only; the
    shortlist says the same instead of offering to add them again."""
    world = live[1]
    client, csrf = signed_in(live, "a-recruiter")
    made = TestClient(world.app).post("/api/v1/roles", headers=world.auth("a-recruiter"), json={
        "title": "Evaluation Engineer, profile pipeline tests",
        "requirements": [{"skill": "Python", "skill_id": "wh:python"}]})
    assert made.status_code == 201, made.text
    role_id = made.json()["id"]
    top = client.get(f"/roles/{role_id}/shortlist?top=1").text
    [person] = re.findall(r'<li class="result" id="c-([^"]+)">', top)
    offered = client.get(f"/candidates/{person}").text
    assert f'<option value="{role_id}">' in offered
    client.post(f"/roles/{role_id}/pipeline", data={"candidate_id": person, "csrf": csrf})
    [app_id] = [a["id"] for a in TestClient(world.app).get(
        "/api/v1/applications", params={"role_id": role_id},
        headers=world.auth("a-recruiter")).json()["items"]]
    client.post(f"/applications/{app_id}/move", data={"to_stage": "contacted", "csrf": csrf})

    page = client.get(f"/candidates/{person}").text
    pipelines = unescape(page.split('id="pipelines"')[1].split("</section>")[0])
    assert f'href="/roles/{role_id}/pipeline#a-{app_id}">' in pipelines
    assert "Evaluation Engineer, profile pipeline tests" in pipelines and "contacted" in pipelines
    assert f'<option value="{role_id}">' not in page  # not offered again
    # Another company's roles are not shown: B's admin sees none of A's applications.
    assert 'id="pipelines"' not in signed_in(live, "b-admin")[0].get(
        f"/candidates/{person}").text

    ranked = client.get(f"/roles/{role_id}/shortlist?top=1").text
    assert f'id="add-{person}"' not in ranked
    card = unescape(ranked.split(f'id="c-{person}"')[1].split("</li>")[0])
    assert f'href="/roles/{role_id}/pipeline#a-{app_id}"' in card and "contacted" in card


def test_a_list_row_names_the_persons_strongest_skills(live: tuple[str, World],
                                                       recruiter: TestClient) -> None:
    """The six skills a row shows are the first six of the profile's list (strongest first),
    not the alphabet's first six."""
    world = live[1]
    person = world.candidate(world.candidates_a[0])
    page = recruiter.get("/candidates", params={"q": person.name.split()[-1]}).text
    row = page.split(f'href="/candidates/{person.id}"')[1].split("</tr>")[0]
    pills = [unescape(p) for p in re.findall(r'<span class="pill">([^<+][^<]*)</span>', row)]
    assert pills == [r.label for r in skill_rows(person)][:6]
    assert pills != sorted(pills)  # this résumé's strongest are not in alphabetical order


def test_a_jobs_occupation_is_named_only_when_the_matcher_is_sure(
        live: tuple[str, World], recruiter: TestClient) -> None:
    """'ML Engineer' was labelled a computer hardware engineer (probability 0.08) on the
    profile: an occupation below OccupationRef.sure is not shown; the API still answers it,
    saying it is unsure."""
    world = live[1]
    person = make_candidate(name="Noor Haddad", tenant_id=world.tenant_a)
    person.evidence += [
        EvidenceItem(EvidenceKind.JOB, "ML Engineer", "Trained ranking models.",
                     start=date(2022, 1, 1), occupation=OccupationRef(
                         "http://data.europa.eu/esco/occupation/hw",
                         "computer hardware engineer", "2152", 0.08)),
        EvidenceItem(EvidenceKind.JOB, "Data Scientist", "Built churn models.",
                     start=date(2019, 1, 1), occupation=OccupationRef(
                         "http://data.europa.eu/esco/occupation/ds", "data scientist", "2511",
                         0.95)),
    ]
    world.ctx.repo.save_candidates([person])
    page = unescape(recruiter.get(f"/candidates/{person.id}").text)
    assert "ML Engineer" in page and "computer hardware engineer" not in page
    assert ">data scientist</span>" in page
    answer = TestClient(world.app).get(f"/api/v1/candidates/{person.id}",
                                       headers=world.auth("a-recruiter")).json()
    assert {e["occupation"]["label"]: e["occupation"]["sure"] for e in answer["evidence"]
            if e["occupation"]} == {"computer hardware engineer": False, "data scientist": True}


def test_a_job_told_without_its_title_is_headed_by_its_employer(
        live: tuple[str, World], recruiter: TestClient) -> None:
    """A job read from "For the last two years I've been at mPharma" has no title: its heading
    was " · mPharma"."""
    world = live[1]
    person = make_candidate(name="Kofi Boateng", tenant_id=world.tenant_a)
    person.evidence += [EvidenceItem(EvidenceKind.JOB, "", "I run our Airflow DAGs.",
                                     organization="mPharma", start=date(2024, 12, 1))]
    world.ctx.repo.save_candidates([person])
    page = unescape(recruiter.get(f"/candidates/{person.id}").text)
    assert "<summary>mPharma" in page and "<summary> · mPharma" not in page
