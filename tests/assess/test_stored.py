"""The stored form of the rubric's role-independent part reads back as the same assessment, and
a ranking that reads it scores as one that computes it."""

from __future__ import annotations

from tests.assess.test_rubric import strong
from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate, make_role
from worldhire.assess import stored
from worldhire.assess.rubric import general_assessment
from worldhire.core.models import Requirement
from worldhire.match.service import rank, shortlist
from worldhire.store.sql.repository import SqlRepository


def test_the_stored_form_reads_back_as_the_computed_assessment() -> None:
    for person in (strong(), make_candidate(languages=["Polish", "English B2"])):
        row = stored.assessor(person)
        assert stored._assessment(row) == general_assessment(person)


def test_the_version_names_the_extractor_and_its_shape() -> None:
    shape, digest = stored.extractor_version().split(":")
    assert shape == str(stored.SHAPE) and len(digest) == 16


def test_a_shortlist_reads_the_stored_assessment(repo: SqlRepository) -> None:
    repo.assess_on_write(stored.assessor)
    people = [strong(name="A"), strong(name="B", languages=()), make_candidate(name="C")]
    for person in people:
        repo.save_candidate(person)
    role = make_role([Requirement(s, must=False) for s in (PYTHON, PYTORCH, KUBERNETES)],
                     tenant_id=repo.ensure_tenant("acme").id)
    repo.save_role(role)
    computed = rank(people, role)
    read = shortlist(repo, role.id, top=10)
    assert [(r.candidate.id, r.score, r.explanation.criteria) for r in read.results] == [
        (r.candidate.id, r.score, r.explanation.criteria) for r in computed.results]

    # What is stored is what is read: a stored score that differs shows in the ranking.
    row = repo.stored_assessments([people[2].id])[people[2].id]
    row.body["scores"]["production"][0] = 1.0
    repo.save_assessments([row])
    stored.forget(people[2].id)  # rows read are kept in memory: read this one from the store
    changed = {r.candidate.id: r for r in shortlist(repo, role.id, top=10).results}
    production = next(c for c in changed[people[2].id].explanation.criteria
                      if c.name == "production")
    assert production.score == 1.0
