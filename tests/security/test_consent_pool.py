"""Issue 18, finding 5: a platform person who withdrew consent to matching was still read into
every tenant's pool, listed by name among a shortlist's rejections ("no consent to matching"),
and a decision was logged about them. Nobody without that consent is read into any pool: not
scored, not rejected, not counted, not handed to the audit."""

from __future__ import annotations

from tests.factories import make_candidate, make_role
from worldhire.core.models import Candidate, Consent, ConsentPurpose
from worldhire.match.models import Shortlist
from worldhire.match.service import MatchFilters, shortlist
from worldhire.store.sql.repository import SqlRepository


def test_a_platform_person_who_withdrew_is_in_no_tenants_pool(repo: SqlRepository) -> None:
    acme, globex = repo.ensure_tenant("acme").id, repo.ensure_tenant("globex").id
    stays = make_candidate(name="Pat Platform", email="pat@example.com")
    leaves = make_candidate(name="Wanda Withdrawn", email="wanda@example.com")
    leaves.consents.append(Consent(ConsentPurpose.MATCHING, False, "e-mail"))
    own = make_candidate(name="Olga Own", email="olga@example.com", tenant_id=acme)
    repo.save_candidates([stays, leaves, own])

    for tenant in (acme, globex, None):
        ids = {c.id for c in repo.matching_pool(tenant)}
        assert stays.id in ids and leaves.id not in ids
    assert repo.pool_size(acme) == 2 and repo.pool_size(globex) == 1

    # A filter that rejects everyone (they are all in Poland): the withdrawn person is not
    # among the rejections, and the pool the audit is handed does not hold them.
    role = make_role(tenant_id=acme)
    repo.save_role(role)
    audited: list[list[Candidate]] = []

    def audit(ranking: Shortlist, pool: list[Candidate]) -> None:
        audited.append(pool)

    result = shortlist(repo, role.id, filters=MatchFilters(countries=("DE",)), audit=audit)
    assert result.results == [] and result.pool_size == 2
    assert {r.candidate.id for r in result.rejected} == {stays.id, own.id}
    [pool] = audited
    assert leaves.id not in {c.id for c in pool}
