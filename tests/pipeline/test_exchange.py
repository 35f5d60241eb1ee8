from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import make_candidate, make_role
from tests.pipeline.conftest import World, build_world
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.resumes.jsonresume import parse_json_resume
from worldhire.pipeline.exchange import (
    CSV_COLUMNS,
    ExchangeError,
    candidates_csv,
    export_ats,
    import_ats,
    json_resume,
    parse_ats,
)
from worldhire.pipeline.models import Application
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import RatingInput
from worldhire.store.sql.repository import SqlRepository


def busy(world: World) -> None:
    a = world.service.add(world.people[0].id, world.role.id, actor="u1", source="shortlist")
    world.service.move(a.id, "contacted", actor="u1")
    world.service.move(a.id, "screened", actor="u2")
    world.service.move(a.id, "interview", actor="u2")
    world.service.note(a.id, "Great systems answers.", author="u2")
    world.service.score(a.id, [
        RatingInput("PyTorch", 4, "custom autograd function"),
        RatingInput("Python", 3, "typed, tested"),
        RatingInput("Kubernetes", 1, "never used it"),
    ], interviewer="u3", summary="hire")
    b = world.service.add(world.people[1].id, world.role.id, actor="u1")
    world.service.move(b.id, "rejected", actor="u1", reason="needs sponsorship")


def platform(world: World) -> list[Candidate]:
    return [replace(p, tenant_id=None) for p in world.people]


def test_candidates_csv(world: World) -> None:
    rows = list(csv.DictReader(io.StringIO(candidates_csv(world.people))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["name"] for r in rows] == ["Ada Nowak", "Bola Eze"]
    assert rows[0]["skills"] == "PyTorch; Python"
    assert rows[1]["country"] == "NG"


def test_json_resume_shape(world: World) -> None:
    doc = json_resume(world.people[0])
    assert doc["basics"]["name"] == "Ada Nowak"
    assert doc["basics"]["email"] == "ada@example.com"
    assert [w["position"] for w in doc["work"]] == ["PyTorch work"]
    assert doc["work"][0]["startDate"] == "2020-01-01"
    assert [p["name"] for p in doc["projects"]] == ["Python work"]
    assert doc["projects"][0]["keywords"] == ["Python"]
    assert {s["name"] for s in doc["skills"]} == {"PyTorch", "Python"}
    assert doc["meta"]["worldhireId"] == world.people[0].id


def test_a_written_json_resume_reads_back(world: World) -> None:
    person = replace(world.people[1], location="Lagos, Nigeria",
                     languages=["English (native)", "Yoruba"])
    doc = json.loads(json.dumps(json_resume(person)))
    assert None not in doc["basics"].values()  # the schema's strings admit no null
    back = parse_json_resume(doc, "bola.json")
    assert (back.name, back.email, back.country) == ("Bola Eze", "bola@example.com", "NG")
    assert back.location == "Lagos, Nigeria"
    assert back.languages == ["English (native)", "Yoruba"]
    assert [e.organization for e in back.evidence if e.kind is EvidenceKind.JOB] == [
        e.organization for e in person.evidence if e.kind is EvidenceKind.JOB]


def test_ats_export_import_round_trip(world: World, tmp_path: Path) -> None:
    busy(world)
    world.role.overlap_timezone = "Asia/Manila"  # its team works elsewhere
    world.repo.save_role(world.role)
    exported = export_ats(world.repo, world.service.store)
    assert len(exported.applications) == 2
    assert exported.roles[0].overlap_timezone == "Asia/Manila"
    text = exported.model_dump_json(indent=2)

    other = SqlRepository(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        # Candidates travel as résumés; the receiving store already has them (as platform
        # profiles: tenant ids differ between stores).
        other.save_candidates(platform(world))
        store = SqlPipelineStore.on(other)
        restored: list[Application] = []
        assert import_ats(other, store, parse_ats(text), added=restored.append) == (1, 2)
        # Each written application is told, as it stands after its history.
        assert {(a.id, a.stage) for a in restored} == {
            (a.id, a.stage) for a in exported.applications}
        again = export_ats(other, store)
        assert again.model_dump(exclude={"exported_at"}) == exported.model_dump(
            exclude={"exported_at"}
        )
        # Importing twice does not duplicate.
        assert import_ats(other, store, parse_ats(text), added=restored.append) == (1, 0)
        assert len(store.list_applications()) == 2 and len(restored) == 2
    finally:
        other.close()


def test_import_refuses_unknown_candidates_and_broken_history(
    world: World, tmp_path: Path
) -> None:
    busy(world)
    data = json.loads(export_ats(world.repo, world.service.store).model_dump_json())
    other = SqlRepository(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        store = SqlPipelineStore.on(other)
        restored: list[Application] = []
        with pytest.raises(ExchangeError, match="unknown candidate"):
            import_ats(other, store, parse_ats(json.dumps(data)), added=restored.append)
        assert other.list_roles() == []  # nothing written
        other.save_candidates(platform(world))
        data["applications"][0]["history"][2]["from_stage"] = "offer"
        with pytest.raises(ExchangeError, match="not a chain"):
            import_ats(other, store, parse_ats(json.dumps(data)), added=restored.append)
        data["applications"][0]["history"][2]["from_stage"] = "contacted"
        data["applications"][0]["history"][3]["to_stage"] = "panel"
        data["applications"][0]["stage"] = "panel"
        with pytest.raises(ExchangeError, match="not the tenant's stages"):
            import_ats(other, store, parse_ats(json.dumps(data)), added=restored.append)
        assert store.list_applications() == [] and restored == []
    finally:
        other.close()


@pytest.mark.parametrize(("text", "words"), [
    ("{", "not an ATS document"),
    ('{"exported_at": "2026-01-01T00:00:00Z", "roles": [], "applications": [], "x": 1}',
     "Extra inputs"),
    ('{"format": "greenhouse", "exported_at": "2026-01-01T00:00:00Z", "roles": [],'
     ' "applications": []}', "unknown format"),
])
def test_bad_documents_are_refused(text: str, words: str) -> None:
    with pytest.raises(ExchangeError, match=words):
        parse_ats(text)


def test_export_is_scoped_to_a_tenant(repo: SqlRepository) -> None:
    world = build_world(repo)
    busy(world)
    from tests.factories import make_role

    other = repo.ensure_tenant("globex")
    repo.save_role(make_role(tenant_id=other.id, title="Globex role"))
    exported = export_ats(world.repo, world.service.store, tenant_id=world.tenant.id)
    assert [r.title for r in exported.roles] == ["ML Engineer"]
    assert {a.role_id for a in exported.applications} == {world.role.id}
    assert len(export_ats(world.repo, world.service.store).roles) == 2


def test_import_keeps_each_company_to_its_own(world: World) -> None:
    """An imported file comes from another tool: like the pipeline's add, it may not put one
    company's candidate on another company's role, nor rewrite another company's role by its
    id (both were written: the role moved to the file's company)."""
    busy(world)
    data = json.loads(export_ats(world.repo, world.service.store).model_dump_json())
    globex = world.repo.ensure_tenant("globex").id
    private = make_candidate(name="Gina Globex", email="gina@globex.example", tenant_id=globex)
    theirs = make_role(tenant_id=globex, title="Globex role")
    world.repo.save_candidates([private])
    world.repo.save_role(theirs)
    store = world.service.store

    crafted = {**data["applications"][0], "id": "app_crafted", "candidate_id": private.id,
               "notes": [], "scorecards": []}
    with pytest.raises(ExchangeError, match=f"candidate {private.id} is another company's"):
        import_ats(world.repo, store, parse_ats(json.dumps({**data, "applications": [crafted]})),
                   added=lambda _: None)
    assert store.find_application(private.id, world.role.id) is None

    taken = {**data["roles"][0], "id": theirs.id, "title": "Ours now"}
    with pytest.raises(ExchangeError, match=f"role {theirs.id} is another company's"):
        import_ats(world.repo, store, parse_ats(json.dumps(
            {**data, "roles": [taken], "applications": []})), added=lambda _: None)
    kept = world.repo.get_role(theirs.id)
    assert kept is not None and (kept.tenant_id, kept.title) == (globex, "Globex role")
    # The company's own file still imports (its applications are there already).
    assert import_ats(world.repo, store, parse_ats(json.dumps(data)),
                      added=lambda _: None) == (1, 0)


def test_import_refuses_note_and_scorecard_ids_already_in_use(world: World) -> None:
    """A file reusing a held note or scorecard id is refused up front, naming the id; before,
    the write failed half-way on the store's unique key."""
    busy(world)
    data = json.loads(export_ats(world.repo, world.service.store).model_dump_json())
    [scored] = [a for a in data["applications"] if a["notes"]]
    newcomer = make_candidate(name="Noor Newcomer", email="noor@mail.example")
    world.repo.save_candidates([newcomer])
    copy = {**scored, "id": "app_copy", "candidate_id": newcomer.id}
    note_id = scored["notes"][0]["id"]
    with pytest.raises(ExchangeError, match=f"note or scorecard {note_id}: id already in use"):
        import_ats(world.repo, world.service.store,
                   parse_ats(json.dumps({**data, "applications": [copy]})), added=lambda _: None)
    assert world.service.store.get_application("app_copy") is None

    fresh = {**copy, "notes": [{**scored["notes"][0], "id": "note_twice"}] * 2,
             "scorecards": []}
    with pytest.raises(ExchangeError, match="note or scorecard note_twice: id already in use"):
        import_ats(world.repo, world.service.store,
                   parse_ats(json.dumps({**data, "applications": [fresh]})), added=lambda _: None)
    assert world.service.store.get_application("app_copy") is None
