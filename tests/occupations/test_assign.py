from __future__ import annotations

from datetime import date

import pytest

from tests.factories import make_candidate, make_role
from worldhire.core.models import EvidenceItem, EvidenceKind, OccupationRef
from worldhire.ingest.posts.role import RoleSpec
from worldhire.ingest.service import IngestService, ReadResume
from worldhire.occupations.assign import assign_job_occupations, occupation_of
from worldhire.occupations.service import TitleMatcher
from worldhire.roles.editing import edit_fields
from worldhire.store.sql.repository import SqlRepository


def test_every_job_with_a_title_gets_its_occupation_and_nothing_else_does(
        hash_matcher: TitleMatcher) -> None:
    first, second = make_candidate(), make_candidate(name="Bo Example")
    first.evidence += [
        EvidenceItem(EvidenceKind.JOB, "Forklift Driver (Nights)", "Moved pallets."),
        EvidenceItem(EvidenceKind.EDUCATION, "Welder apprenticeship", "Welding school."),
        EvidenceItem(EvidenceKind.JOB, "   ", "No title given."),
    ]
    second.evidence.append(EvidenceItem(EvidenceKind.JOB, "Bricklayer", "Built walls."))
    assign_job_occupations([first, second], lambda: hash_matcher)
    forklift, school, untitled = first.evidence
    assert forklift.occupation is not None
    assert (forklift.occupation.label, forklift.occupation.isco_code) == ("forklift operator",
                                                                          "8344")
    assert school.occupation is None and untitled.occupation is None
    assert second.evidence[0].occupation is not None
    assert second.evidence[0].occupation.label == "bricklayer"


def test_a_role_title_maps_to_one_occupation(hash_matcher: TitleMatcher) -> None:
    ref = occupation_of("Welder - 2nd Shift", hash_matcher)
    assert ref is not None and ref.label == "welder" and 0.0 < ref.score <= 1.0
    assert occupation_of("", hash_matcher) is None


def test_the_store_keeps_the_occupations_of_jobs_and_roles(repo: SqlRepository) -> None:
    ref = OccupationRef("http://data.europa.eu/esco/occupation/x", "welder", "7212", 0.8)
    candidate = make_candidate()
    candidate.evidence.append(EvidenceItem(EvidenceKind.JOB, "Welder", "MIG welding.",
                                           start=date(2020, 1, 1), occupation=ref))
    repo.save_candidates([candidate])
    loaded = repo.get_candidate(candidate.id)
    assert loaded is not None and loaded.evidence[-1].occupation == ref
    role = make_role(tenant_id=repo.ensure_tenant("acme").id, occupation=ref)
    repo.save_role(role)
    stored = repo.get_role(role.id)
    assert stored is not None and stored.occupation == ref


def test_ingest_sets_the_occupation_of_a_resume_job_and_of_a_role(
        repo: SqlRepository, hash_matcher: TitleMatcher) -> None:
    service = IngestService(repo, occupations=hash_matcher)
    role = service.role_from_spec(RoleSpec(title="Bricklayer (m/w/d)", company="Acme"), "ten_x")
    assert role.occupation is not None and role.occupation.label == "bricklayer"
    person = make_candidate()
    person.evidence.append(EvidenceItem(EvidenceKind.JOB, "Forklift Driver", "Moved pallets."))
    service.place_resumes([ReadResume("resume.pdf", "digest", [person])])
    assert person.evidence[-1].occupation is not None
    assert person.evidence[-1].occupation.label == "forklift operator"


def test_files_without_a_job_title_never_load_the_matcher(
        repo: SqlRepository, monkeypatch: pytest.MonkeyPatch) -> None:
    """The matcher loads the embedding model (about 200 MB with its index): `worldhire ingest`
    of a refused file, or of résumés without a titled job, does without it."""
    def not_needed() -> TitleMatcher:
        raise AssertionError("the occupation matcher was loaded")

    monkeypatch.setattr("worldhire.occupations.service.default_matcher", not_needed)
    service = IngestService(repo)
    person = make_candidate()
    person.evidence = [e for e in person.evidence if e.kind is not EvidenceKind.JOB]
    writes, placed = service.place_resumes([ReadResume("refused.pdf", "d1", []),
                                            ReadResume("resume.pdf", "d2", [person])])
    assert len(placed) == 2 and len(writes) == 1


def test_a_new_title_is_matched_again_and_other_edits_keep_the_occupation(
        hash_matcher: TitleMatcher) -> None:
    role = make_role(title="Welder")
    role.occupation = occupation_of(role.title, hash_matcher)
    edit_fields(role, {"min_years": 4}, hash_matcher)
    assert role.occupation is not None and role.occupation.label == "welder"
    assert edit_fields(role, {"title": "Bricklayer"}, hash_matcher) == ["title"]
    assert role.occupation is not None and role.occupation.label == "bricklayer"
