"""A role's text is embedded once, after the role is written (the embedding queue's worker), and
every shortlist for it searches with that stored vector instead of embedding in the request."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from tests.store.conftest import postgres, repo
from worldhire.core.models import EvidenceKind, Requirement, RoleStatus
from worldhire.core.texts import role_text
from worldhire.embed.hashing import HashEmbedder
from worldhire.embed.protocol import Vectors
from worldhire.index.queue import drain
from worldhire.index.role_vectors import role_vector
from worldhire.match import service
from worldhire.match.service import shortlist
from worldhire.store.protocol import RoleVector
from worldhire.store.sql.repository import SqlRepository

__all__ = ["postgres", "repo"]  # every test runs on SQLite and on PostgreSQL


class CountingEmbedder(HashEmbedder):
    """The hash embedder, counting the texts it is asked to embed (a fresh instance has nothing
    in the process's query cache, embed.queries)."""

    def __init__(self) -> None:
        super().__init__(dim=64)
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts += texts
        return super().embed(texts)


@pytest.fixture
def pool(repo: SqlRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A tenant whose profiles are embedded and whose pool takes the store's retrieval."""
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    tenant = repo.ensure_tenant("acme")
    repo.save_candidates([make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}",
                                         tenant_id=tenant.id) for i in range(6)])
    drain(repo, HashEmbedder(dim=64), tmp_path)
    return tenant.id


def test_the_queue_embeds_open_roles_and_again_once_one_is_edited(
    repo: SqlRepository, tmp_path: Path, pool: str
) -> None:
    embedder = CountingEmbedder()
    role = make_role(tenant_id=pool, title="ML Engineer")
    closed = make_role(tenant_id=pool, title="Data Engineer", status=RoleStatus.CLOSED)
    repo.save_role(role)
    repo.save_role(closed)
    assert drain(repo, embedder, tmp_path).roles == 1
    assert embedder.texts == [role_text(role)]
    stored = repo.role_vector(role.id, embedder.name)
    assert stored is not None
    assert np.array_equal(np.frombuffer(stored.vector, dtype=np.float32),
                          HashEmbedder(dim=64).embed([role_text(role)])[0])
    assert repo.role_vector(closed.id, embedder.name) is None
    assert drain(repo, embedder, tmp_path).roles == 0  # nothing written since

    role.requirements.append(Requirement(KUBERNETES, must=True))
    repo.save_role(role)  # any save drops the vector: the role is embedded again
    assert repo.role_vector(role.id, embedder.name) is None
    assert drain(repo, embedder, tmp_path).roles == 1
    assert embedder.texts[-1] == role_text(role)


def test_a_shortlist_searches_with_the_stored_vector_and_embeds_nothing(
    repo: SqlRepository, tmp_path: Path, pool: str
) -> None:
    role = make_role(tenant_id=pool)
    repo.save_role(role)
    drain(repo, HashEmbedder(dim=64), tmp_path)
    embedder = CountingEmbedder()
    ranked = shortlist(repo, role.id, embedder=embedder, index_home=tmp_path)
    assert embedder.texts == []
    assert ranked.results and all(r.explanation.criteria[-1].name == "relevance"
                                  for r in ranked.results)
    assert any("by meaning" in r.explanation.criteria[-1].detail for r in ranked.results)


def test_a_role_the_queue_has_not_come_to_is_embedded_once_and_kept(
    repo: SqlRepository, tmp_path: Path, pool: str
) -> None:
    role = make_role(tenant_id=pool)
    repo.save_role(role)
    first, second = CountingEmbedder(), CountingEmbedder()
    ranked = shortlist(repo, role.id, embedder=first, index_home=tmp_path)
    again = shortlist(repo, role.id, embedder=second, index_home=tmp_path)
    assert first.texts == [role_text(role)]
    assert second.texts == []  # another process would read it from the store too
    assert [(r.candidate.id, r.score) for r in again.results] == [
        (r.candidate.id, r.score) for r in ranked.results]


def test_a_vector_of_other_text_is_not_used(repo: SqlRepository, pool: str) -> None:
    """A role changed by a path that did not drop its vector (or a text format changed by an
    upgrade) is embedded anew: the fingerprint tells the texts apart."""
    embedder = CountingEmbedder()
    role = make_role(tenant_id=pool)
    repo.save_role(role)
    stale = HashEmbedder(dim=64).embed(["an older text"])[0]
    repo.save_role_vectors([RoleVector(role.id, embedder.name, "0" * 16, stale.tobytes())])
    found = role_vector(repo, embedder, role)
    assert embedder.texts == [role_text(role)]
    assert np.array_equal(found, HashEmbedder(dim=64).embed([role_text(role)])[0])
    kept = repo.role_vector(role.id, embedder.name)
    assert kept is not None and kept.fingerprint != "0" * 16


def test_a_vector_for_a_role_deleted_meanwhile_is_not_written(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    repo.save_role_vectors([RoleVector("rol_gone", "m", "f" * 16, b"\0" * 8)])
    assert repo.role_vector("rol_gone", "m") is None
    assert repo.roles_to_embed("m", 10) == []
    role = make_role(tenant_id=tenant.id)
    repo.save_role(role)
    assert [r.id for r in repo.roles_to_embed("m", 10)] == [role.id]
