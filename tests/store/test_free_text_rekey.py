"""Migration 0043: free-text skill ids stored by the older rules are made again from their labels,
so a stored role's "Kế toán thuế" is met by a résumé's "Kế toán thuế" (skills/text.free_text_id)."""

from __future__ import annotations

import json

from sqlalchemy import text

from tests.factories import PYTORCH, make_candidate, make_role
from tests.store.conftest import migrate
from worldhire.core.models import EvidenceKind, Requirement, Skill
from worldhire.skills.text import free_text_id
from worldhire.store.sql.repository import SqlRepository

TAX = "Kế toán thuế"
LEDGER = "Податковий облік"
SAGE = "Sage 300"


def test_old_free_text_ids_are_made_again_from_their_labels(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("Acme").id
    role = make_role([
        Requirement(Skill(free_text_id(TAX), TAX),
                    alternatives=[Skill(free_text_id(LEDGER), LEDGER), PYTORCH]),
    ], tenant_id=tenant)
    repo.save_role(role)
    person = make_candidate({Skill(free_text_id(SAGE), SAGE): EvidenceKind.JOB,
                             PYTORCH: EvidenceKind.JOB})
    repo.save_candidate(person)
    migrate(repo, "downgrade", "0042")
    with repo.engine.begin() as conn:  # as the older rules stored them
        conn.execute(text("UPDATE role_requirements SET skill_id = 'text:k-to-n-thu', "
                          "alternatives = :old"),
                     {"old": json.dumps([{"id": "text:skill", "label": LEDGER},
                                         {"id": "wh:pytorch", "label": "PyTorch"}])})
        conn.execute(text("UPDATE candidate_skills SET skill_id = 'text:sage 300' "
                          "WHERE label = :label"), {"label": SAGE})
    migrate(repo, "upgrade", "head")
    stored = repo.get_role(role.id)
    assert stored is not None
    [requirement] = stored.requirements
    assert requirement.skill.id == free_text_id(TAX) == "text:ke-toan-thue"
    assert [s.id for s in requirement.alternatives] == [free_text_id(LEDGER), "wh:pytorch"]
    again = repo.get_candidate(person.id)
    assert again is not None
    assert {m.skill.id for m in again.skills} == {free_text_id(SAGE), "wh:pytorch"}


def test_ids_written_before_the_one_fold_fold_as_well(repo: SqlRepository) -> None:
    """Migration 0045: "Obsługa klienta" was keyed with its "ł"; a résumé read now folds it."""
    label = "Obsługa klienta"
    person = make_candidate({Skill(free_text_id(label), label): EvidenceKind.JOB})
    repo.save_candidate(person)
    migrate(repo, "downgrade", "0044")
    with repo.engine.begin() as conn:
        conn.execute(text("UPDATE candidate_skills SET skill_id = 'text:obsługa-klienta' "
                          "WHERE label = :label"), {"label": label})
    migrate(repo, "upgrade", "head")
    again = repo.get_candidate(person.id)
    assert again is not None
    assert [m.skill.id for m in again.skills] == ["text:obsluga-klienta"] == [free_text_id(label)]
