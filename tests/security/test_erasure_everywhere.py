"""Issue 18's measure of export and erasure. A person is seeded through the real services (two
résumé files uploaded over the API, a consent, a shortlist, an application moved to rejected
with a reason naming them, a note, a scorecard, webhook deliveries, a stored batch shortlist, saved
searches for them by name, e-mail and phone),
then:

- every row of every table that names them (name, e-mail, phone, a unique résumé word, their
  candidate, application, scorecard or delivery ids, their subject key) is shown by the
  subject-access export, value by value;
- after erasure no file under the home (database, write-ahead log, indexes, caches, uploaded
  originals, logs), no answer of any GET route of the API and no page of the web app, asked as
  the tenant's recruiter and admin, holds their name, e-mail, phone or the résumé word, in any
  case."""

from __future__ import annotations

import base64
import json
import random
import re
import sqlite3
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute, Route

from tests.api.conftest import context_of, make_settings
from worldhire.api.app import create_app
from worldhire.batch.rematch import KIND
from worldhire.batch.repository import RunLedger, store_shortlist
from worldhire.batch.stored_shortlist import ScoredPair, ShortlistWhyOut
from worldhire.demo.service import world_dir
from worldhire.governance.personal_data import PERSONAL_DATA, SEARCH_INDEX_TABLES, entry
from worldhire.governance.principal import AccessRole
from worldhire.ingest.service import Kind
from worldhire.store.sql import schema as t

ROLE_FILE = "01-senior-ml-engineer-llm-platform.json"
MAX_LIMIT = 200  # the most a list route of the API answers at once
RESUME = """{name}
{email} | {phone} | Bogotá, Colombia

Summary
Machine learning engineer, 7 years. Built the {word} retrieval service in PyTorch.

Experience
Senior ML Engineer, Andes Data (2018 - present)
- Trained PyTorch ranking models for {word}, 3M requests a day on Kubernetes.
- Python, LLM evaluation, retrieval-augmented generation, vector search.

Skills
Python, PyTorch, Kubernetes, LLM fine-tuning (LoRA), RAG

Languages
English (C1), Spanish (native)
"""


@dataclass
class Seeded:
    app: FastAPI
    home: Path
    headers: dict[str, dict[str, str]]
    role_id: str
    candidate_id: str
    name: str
    email: str
    phone: str
    word: str
    ids: list[str] = field(default_factory=list)  # every id of theirs, candidate's first

    @property
    def words(self) -> list[str]:
        """What must not survive erasure anywhere, in any case."""
        digits = re.sub(r"\D", "", self.phone)
        return [self.name, self.name.split()[1], self.email, self.phone, digits, self.word]


def _surname() -> str:
    return "Qz" + "".join(random.choices(string.ascii_lowercase, k=8))


def _upload(client: TestClient, headers: dict[str, str], name: str, text: str) -> list[str]:
    answer = client.post("/api/v1/candidates/files", headers=headers,
                         files=[("files", (name, text.encode(), "text/plain"))])
    assert answer.status_code == 201, answer.text
    return [i for r in answer.json()["results"] for i in r["candidate_ids"]]


def _seed(home: Path) -> Seeded:
    # The walks ask every route in a burst: under the usual rate limit most answers were a 429
    # problem, which holds no one, and the search of them could not fail.
    app = create_app(make_settings(home, rate_per_second=1e6, rate_burst=1e6))
    ctx = context_of(app)
    tenant = ctx.repo.ensure_tenant("Acme AI").id
    role_bytes = (world_dir() / "roles" / ROLE_FILE).read_bytes()
    role_id = ctx.ingest(tenant).ingest_bytes(role_bytes, ROLE_FILE, Kind.ROLE).role_id
    assert role_id is not None
    headers = {}
    for access in (AccessRole.ADMIN, AccessRole.RECRUITER):
        user = ctx.accounts.add_user(tenant, f"{access.value}@acme.example", access)
        headers[access.value] = {
            "Authorization": f"Bearer {ctx.accounts.issue_user_token(user)}"}
    client = TestClient(app)
    admin, recruiter = headers["admin"], headers["recruiter"]
    for form in ("json", "slack"):
        hook = client.post("/api/v1/webhooks", headers=admin, json={
            "url": f"http://127.0.0.1:9/{form}", "format": form,
            "events": ["candidate.shortlisted", "application.stage_changed"]})
        assert hook.status_code == 201, hook.text

    surname = _surname()
    name, word = f"Zofia {surname}", f"Vistulatron{_surname().lower()}"
    email = f"zofia.{surname.lower()}@poczta.example"
    phone = f"+57 310 {random.randint(100, 999)} {random.randint(1000, 9999)}"
    details = {"name": name, "email": email, "phone": phone, "word": word}
    [candidate_id] = _upload(client, recruiter, f"{surname}.txt", RESUME.format(**details))
    # The same person again (same e-mail): a second résumé version of one candidate.
    again = _upload(client, recruiter, f"{surname}-2024.txt",
                    RESUME.format(**details).replace("7 years", "8 years"))
    assert again == [candidate_id]
    consent = client.post(f"/api/v1/candidates/{candidate_id}/consent", headers=recruiter,
                          json={"purpose": "outreach", "granted": True, "source": "call"})
    assert consent.status_code == 201, consent.text

    shortlist = client.get(f"/api/v1/roles/{role_id}/shortlist?top=10", headers=recruiter)
    assert shortlist.status_code == 200, shortlist.text
    assert candidate_id in shortlist.text
    application = client.post("/api/v1/applications", headers=recruiter,
                              json={"candidate_id": candidate_id, "role_id": role_id}).json()
    app_id = application["id"]
    note = client.post(f"/api/v1/applications/{app_id}/notes", headers=recruiter,
                       json={"text": f"Called {name}; {word} is her own project."})
    assert note.status_code == 201, note.text
    labels = [q["label"] for q in client.get(f"/api/v1/roles/{role_id}",
                                             headers=recruiter).json()["requirements"]]
    card = client.post(f"/api/v1/applications/{app_id}/scorecards", headers=recruiter, json={
        "ratings": [{"requirement": label, "rating": 3, "evidence": f"{word}: {label}"}
                    for label in labels], "summary": f"{name} knows retrieval"})
    assert card.status_code == 201, card.text
    moved = client.post(f"/api/v1/applications/{app_id}/moves", headers=recruiter, json={
        "to_stage": "rejected", "reason": f"{name} ({email}) asks 40% above the budget"})
    assert moved.status_code == 201, moved.text

    # A recruiter's searches for them: by name, by e-mail, by phone typed another way.
    digits = re.sub(r"\D", "", phone)
    for search in ({"name": f"Call back {name}", "q": "pytorch"},
                   {"name": "the retrieval one", "q": email.upper()},
                   {"name": "from the phone", "q": f"{digits[:2]}-{digits[2:]}"}):
        saved = client.post("/api/v1/saved-searches", headers=recruiter, json=search)
        assert saved.status_code == 201, saved.text
    kept = client.post("/api/v1/saved-searches", headers=recruiter,
                       json={"name": "Zofia, any", "q": "retrieval"})
    assert kept.status_code == 201, kept.text

    # What the nightly re-match stores for the role (its ranking needs Ray): this shortlist.
    run = RunLedger.on(ctx.repo).open(KIND, {"top": 10}, fresh=True)
    store_shortlist(ctx.repo, run.id, role_id, [ScoredPair(
        candidate_id, 0.8125, ShortlistWhyOut(criteria={"skills": 0.8125}, met=["PyTorch"],
                                              partial=[], missing=[]))])

    seeded = Seeded(app, home, headers, role_id, candidate_id, name, email, phone, word)
    seeded.ids = [candidate_id, app_id, card.json()["id"]]
    return seeded


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    world = _seed(tmp_path_factory.mktemp("erasure-home"))
    yield world
    context_of(world.app).close()


# the scan ----------------------------------------------------------------------------------------


def _tables(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _subject_key(db: sqlite3.Connection, candidate_id: str) -> bytes:
    row = db.execute("SELECT key FROM subject_keys WHERE candidate_id = ?",
                     (candidate_id,)).fetchone()
    return bytes(row[0])


def _names(value: Any, needles: list[str], key: bytes) -> bool:
    if isinstance(value, bytes):
        return key in value or any(n.lower().encode() in value.lower() for n in needles)
    return isinstance(value, str) and any(n.lower() in value.lower() for n in needles)


def scan(path: Path, needles: list[str], key: bytes) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table with a cell holding one of `needles` or the subject key."""
    db = sqlite3.connect(path)
    found: dict[str, list[dict[str, Any]]] = {}
    for table in _tables(db):
        if table in SEARCH_INDEX_TABLES:
            continue  # candidate_text's index: its rows are candidate_text's (checked below)
        cursor = db.execute(f'SELECT * FROM "{table}"')
        columns = [c[0] for c in cursor.description]
        for row in cursor:
            if any(_names(v, needles, key) for v in row):
                found.setdefault(table, []).append(dict(zip(columns, row, strict=True)))
    db.close()
    return found


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None and not isinstance(value, bool):
        yield _plain(str(value))


def _plain(text: str) -> str:
    """Times as SQLite stores them and as ISO writes them compare equal."""
    if re.match(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d", text):
        return text[:10] + " " + text[11:19]
    return text


def _cell_values(value: Any) -> list[str]:
    """The values a cell shows: a JSON cell's leaves, a file (bytes) in base64, or the cell
    itself."""
    if isinstance(value, bytes):
        return [base64.b64encode(value).decode("ascii")]
    if isinstance(value, str) and (value[:1] in "[{" or value == "null"):
        try:
            return list(_leaves(json.loads(value)))
        except ValueError:
            pass
    return list(_leaves(value))


def _row_numbers(table: str) -> set[str]:
    """A table's own integer row number: the database's bookkeeping, not the person's data."""
    key = list(t.metadata.tables[table].primary_key.columns)
    return {key[0].name} if len(key) == 1 and key[0].autoincrement is True else set()


def _missing(table: str, row: dict[str, Any], shown: set[str],
             decisions: set[str]) -> list[str]:
    held = entry(table)
    assert held is not None, f"{table} names the person but is not in the registry"
    if table == "audit_log":
        # The hash chain and sealed boxes are not the person's to read: the entry is shown
        # (opened with their key) in "decisions", by its number.
        return [] if str(row["seq"]) in decisions else [f"seq {row['seq']}"]
    # A lower-cased copy of a value the export shows (the list's sort key) tells them nothing new.
    folded = {v.casefold() for v in shown}
    out = []
    for column, value in row.items():
        if column in held.withheld or column in _row_numbers(table) or value is None:
            continue
        out += [f"{column}={v!r}" for v in _cell_values(value)
                if v not in shown and v.casefold() not in folded]
    return out


def test_the_export_shows_every_row_that_names_the_person(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    exported = client.get(f"/api/v1/candidates/{seeded.candidate_id}/export",
                          headers=seeded.headers["admin"])
    assert exported.status_code == 200, exported.text
    document = exported.json()
    deliveries = [d["id"] for d in document["webhook_deliveries"]]
    assert len(deliveries) >= 3  # shortlisted, rejected (JSON and Slack)
    db_path = seeded.home / "worldhire.db"
    key = _subject_key(sqlite3.connect(db_path), seeded.candidate_id)
    needles = [seeded.name, seeded.email, seeded.phone, seeded.word, *seeded.ids, *deliveries]
    found = scan(db_path, needles, key)
    # The scan is real: the tables the seeding wrote to are all found.
    assert {"candidates", "evidence", "candidate_versions", "candidate_identifiers",
            "candidate_text", "applications", "application_moves", "application_notes",
            "scorecards", "scorecard_ratings", "webhook_deliveries", "webhook_attempts",
            "stored_shortlists", "subject_keys", "ingest_log", "consents", "saved_searches",
            } <= set(found), sorted(found)
    # The audit log names them by a pseudonym made with their key, which no scan can match: the
    # export opens their sealed part of each entry.
    assert document["decisions"] and document["decisions"][0]["about_you"]
    shown = set(_leaves(document))
    decisions = {str(d["seq"]) for d in document["decisions"]}
    gaps = {f"{table}: {', '.join(miss)}"
            for table, rows in found.items() for row in rows
            if (miss := _missing(table, row, shown, decisions))}
    assert gaps == set(), "\n".join(sorted(gaps))
    # Every registered table the person has rows in is one the scan saw.
    assert {e.table for e in PERSONAL_DATA if e.export != "none"} >= set(found)


# after erasure -----------------------------------------------------------------------------------


def _get_paths(app: FastAPI) -> list[str]:
    paths = app.openapi()["paths"]
    return [p for p, ops in paths.items() if "get" in ops]


def _walk(client: TestClient, seeded: Seeded, headers: dict[str, str]) -> dict[str, str]:
    """Every GET route of the API with its path filled in with the erased person's ids (and the
    role's, and a saved search that finds them before erasure), plus the routes' list forms;
    the answers by URL."""
    searches = client.get("/api/v1/saved-searches", headers=headers).json()
    values = {"candidate_id": seeded.candidate_id, "role_id": seeded.role_id,
              "application_id": seeded.ids[1], "search_id": searches[0]["id"]}
    answers = {}
    for path in _get_paths(seeded.app):
        url = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "x"), path)
        for query in ("", f"?limit={MAX_LIMIT}", f"?role_id={seeded.role_id}&limit={MAX_LIMIT}",
                      f"?candidate_id={seeded.candidate_id}"):
            answer = client.get(url + query, headers=headers)
            # A list form the route refuses would search an error's text (limit=500 was: every
            # list route takes at most 200, so those forms read nothing).
            assert "query.limit" not in answer.text, f"{url + query}: {answer.text}"
            assert answer.status_code != 429, url + query
            answers[url + query] = answer.text
    return answers


def _page_paths(routes: Iterable[BaseRoute], prefix: str = "") -> Iterator[str]:
    """The web app's GET pages (its routers are left out of the OpenAPI document)."""
    for route in routes:
        inner = getattr(route, "original_router", None)  # an included router
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from _page_paths(inner.routes, prefix + getattr(context, "prefix", ""))
        elif isinstance(route, Route) and "GET" in (route.methods or ()):
            path = prefix + route.path
            if not path.startswith("/api/") and path != "/openapi.json":
                yield path


def _pages(seeded: Seeded, headers: dict[str, str]) -> dict[str, str]:
    """Every page of the web app, signed in with the same token, with the person's ids (a
    bearer header reaches no page: each answered the sign-in form)."""
    client = TestClient(seeded.app)
    form = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text)
    assert form
    token = headers["Authorization"].removeprefix("Bearer ")
    signed = client.post("/signin", data={"token": token, "csrf": form.group(1)},
                         follow_redirects=False)
    assert signed.status_code == 303, signed.text
    values = {"candidate_id": seeded.candidate_id, "role_id": seeded.role_id,
              "application_id": seeded.ids[1], "version_id": "x"}
    answers = {}
    for path in sorted(set(_page_paths(seeded.app.routes))):
        url = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "x"), path)
        answers[url] = client.get(url).text
    return answers


def _in_files(home: Path, words: list[str]) -> list[str]:
    wanted = [w.lower().encode() for w in words]
    hits = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            hits += [f"{path.relative_to(home)}: {w.decode()}" for w in wanted if w in data]
    return hits


def test_after_erasure_no_file_or_answer_holds_the_person(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    recruiter, admin = seeded.headers["recruiter"], seeded.headers["admin"]
    # The searches are real: before erasure they find the person.
    assert _in_files(seeded.home, seeded.words)
    before = _walk(client, seeded, recruiter)
    assert any(seeded.email in text for text in before.values())
    assert any("/saved-searches/" in url and seeded.name in text for url, text in before.items())
    pages = _pages(seeded, recruiter)
    assert seeded.name in pages[f"/candidates/{seeded.candidate_id}"]
    assert seeded.name in pages[f"/roles/{seeded.role_id}/pipeline"]

    erased = client.delete(f"/api/v1/candidates/{seeded.candidate_id}", headers=admin)
    assert erased.status_code == 200, erased.text
    # The files while the server still runs, as erasure answered: its write-ahead log and
    # index files are the live ones, not the ones a shutdown folds back in.
    assert _in_files(seeded.home, seeded.words) == []

    # The searches for them went (the phone one too, typed another way); a search that names
    # no one of theirs stays.
    searches = client.get("/api/v1/saved-searches", headers=recruiter).json()
    assert [s["name"] for s in searches] == ["Zofia, any"]
    for who in (recruiter, admin):
        answers = _walk(client, seeded, who) | _pages(seeded, who)
        leaks = {f"{url}: {w}" for url, text in answers.items()
                 for w in seeded.words if w.lower() in text.lower()}
        assert leaks == set()
    context_of(seeded.app).close()
    assert _in_files(seeded.home, seeded.words) == []
