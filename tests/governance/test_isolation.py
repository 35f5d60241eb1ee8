"""The isolation suite: every service call, tried by another tenant's users (each role) and by a
candidate account against someone else, is refused and changes nothing; the owner's own call
goes through (so a refusal is about scope, not a broken call).

Add a row to CALLS for each new service call; the API routes add theirs the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest

from tests.factories import make_candidate, make_role
from tests.governance.conftest import World
from worldhire.core.models import ConsentPurpose
from worldhire.governance.access import ScopedServices
from worldhire.governance.corrections import ProfileCorrection
from worldhire.governance.errors import AccessDenied
from worldhire.governance.principal import AccessRole, Principal


@dataclass(frozen=True)
class Target:
    tenant_id: str
    candidate_id: str
    role_id: str
    token_id: str


@dataclass(frozen=True)
class ServiceCall:
    name: str
    call: Callable[[ScopedServices, Target], object]
    # Open job posts are public to candidate accounts: reading one is not a breach.
    candidates_may: bool = False


def _save_candidate(svc: ScopedServices, t: Target) -> None:
    stored = svc.gov.repo.get_candidate(t.candidate_id)
    assert stored is not None
    svc.save_candidate(replace(stored, name="Mallory"))


def _save_role(svc: ScopedServices, t: Target) -> None:
    stored = svc.gov.repo.get_role(t.role_id)
    assert stored is not None
    svc.save_role(replace(stored, title="Hijacked"))


CALLS = [
    ServiceCall("get_candidate", lambda s, t: s.get_candidate(t.candidate_id)),
    ServiceCall("save_candidate", _save_candidate),
    ServiceCall("save_candidate_into_tenant",
                lambda s, t: s.save_candidate(make_candidate(tenant_id=t.tenant_id))),
    ServiceCall("correct_profile", lambda s, t: s.correct_profile(
        t.candidate_id, ProfileCorrection(name="Mallory"))),
    ServiceCall("candidate_audit", lambda s, t: s.candidate_audit(t.candidate_id)),
    ServiceCall("contact", lambda s, t: s.contact(t.candidate_id)),
    ServiceCall("share_with", lambda s, t: s.share_with(t.candidate_id, "Initech")),
    ServiceCall("record_consent", lambda s, t: s.record_consent(
        t.candidate_id, ConsentPurpose.OUTREACH, granted=False, source="forged")),
    ServiceCall("set_retention", lambda s, t: s.set_retention(t.candidate_id, 1, source="x")),
    ServiceCall("export", lambda s, t: s.export(t.candidate_id)),
    ServiceCall("erase", lambda s, t: s.erase(t.candidate_id)),
    ServiceCall("roles_for", lambda s, t: s.roles_for(t.candidate_id)),
    ServiceCall("get_role", lambda s, t: s.get_role(t.role_id), candidates_may=True),
    ServiceCall("save_role", _save_role),
    ServiceCall("save_role_into_tenant",
                lambda s, t: s.save_role(make_role(tenant_id=t.tenant_id))),
    ServiceCall("shortlist", lambda s, t: s.shortlist(t.role_id, top=3)),
    ServiceCall("revoke_token", lambda s, t: s.revoke_token(t.token_id)),
]


def _attacks(world: World) -> list[tuple[Principal, Target]]:
    a, b = world.acme, world.globex
    on_globex = Target(b.tenant_id, b.candidate.id, b.role.id, b.token_id)
    attacks = [(p, on_globex) for p in (a.admin, a.recruiter, a.viewer)]
    # A candidate account against a neighbour in its own tenant, and against another tenant's.
    for other in (a.other_candidate.id, b.candidate.id):
        attacks.append((a.candidate_account,
                        Target(b.tenant_id, other, b.role.id, b.token_id)))
    return attacks


def _snapshot(world: World) -> tuple[object, ...]:
    repo = world.gov.repo
    everyone = repo.list_candidates(world.acme.tenant_id, include_platform=False)
    everyone += repo.list_candidates(world.globex.tenant_id, include_platform=False)
    people = sorted((c.id, c.name, len(c.consents)) for c in everyone)
    roles = sorted((r.id, r.title) for r in repo.list_roles())
    audit = len(list(world.services(Principal.operator()).audit_entries()))
    return tuple(people), tuple(roles), audit


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
def test_no_principal_reaches_outside_its_scope(world: World, call: ServiceCall) -> None:
    before = _snapshot(world)
    for principal, target in _attacks(world):
        if call.candidates_may and principal.role is AccessRole.CANDIDATE:
            continue
        with pytest.raises(AccessDenied):
            call.call(world.services(principal), target)
    assert _snapshot(world) == before


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
def test_the_owner_may(world: World, call: ServiceCall) -> None:
    b = world.globex
    own = Target(b.tenant_id, b.candidate.id, b.role.id, b.token_id)
    call.call(world.services(b.admin), own)


def test_lists_hold_only_what_is_in_scope(world: World) -> None:
    a, b = world.acme, world.globex
    mine = {c.id for c in world.services(a.recruiter).list_candidates()}
    assert {a.candidate.id, a.other_candidate.id, world.platform.id} <= mine
    assert b.candidate.id not in mine and b.other_candidate.id not in mine
    assert world.private_platform.id not in mine  # no consent to matching: not in any pool
    assert {r.id for r in world.services(a.viewer).list_roles()} == {a.role.id}
    assert [c.id for c in world.services(a.candidate_account).list_candidates()] == [
        a.candidate.id
    ]
    assert {u.email for u in world.services(a.admin).list_users()} == {
        "admin@acme.example", "recruiter@acme.example", "viewer@acme.example"
    }


def test_audit_entries_are_scoped(world: World) -> None:
    a, b = world.acme, world.globex
    world.services(b.recruiter).shortlist(b.role.id)
    world.services(a.recruiter).shortlist(a.role.id)
    acme_entries = world.services(a.admin).audit_entries()
    assert [e.tenant_id for e in acme_entries] == [a.tenant_id]
    # The candidate sees the ranking they were part of, and only that one.
    seen = world.services(a.candidate_account).audit_entries()
    assert [e.entry_id for e in seen] == [acme_entries[0].entry_id]


@pytest.mark.parametrize("action", [
    lambda s: s.add_user("new@acme.example", AccessRole.ADMIN),
    lambda s: s.list_users(),
    lambda s: s.issue_token("viewer@acme.example"),
    lambda s: s.list_tokens(),
    lambda s: s.audit_entries(),
    lambda s: s.verify_audit(),
])
def test_recruiters_and_viewers_cannot_manage_users_or_read_the_audit_log(
    world: World, action: Callable[[ScopedServices], object]
) -> None:
    for principal in (world.acme.recruiter, world.acme.viewer):
        with pytest.raises(AccessDenied, match="may not"):
            action(world.services(principal))
    action(world.services(world.acme.admin))


@pytest.mark.parametrize("action", [
    lambda s, w: s.save_candidate(make_candidate(tenant_id=w.acme.tenant_id)),
    lambda s, w: s.save_role(make_role(tenant_id=w.acme.tenant_id)),
    lambda s, w: s.shortlist(w.acme.role.id),
    lambda s, w: s.record_consent(w.acme.candidate.id, ConsentPurpose.MATCHING, granted=False,
                                  source="x"),
    lambda s, w: s.erase(w.acme.candidate.id),
    lambda s, w: s.export(w.acme.candidate.id),
    lambda s, w: s.contact(w.acme.candidate.id),
])
def test_viewers_cannot_write(world: World, action: Callable[[ScopedServices, World], object]
                              ) -> None:
    before = _snapshot(world)
    with pytest.raises(AccessDenied, match="a viewer may not"):
        action(world.services(world.acme.viewer), world)
    assert _snapshot(world) == before


def test_a_candidate_account_can_see_export_and_erase_itself(world: World) -> None:
    me = world.services(world.acme.candidate_account)
    assert me.get_candidate(world.acme.candidate.id).name == "acme Person 0"
    assert me.export(world.acme.candidate.id).candidate_id == world.acme.candidate.id
    me.erase(world.acme.candidate.id)
    assert world.gov.repo.get_candidate(world.acme.candidate.id) is None


def test_refusals_do_not_reveal_whether_an_object_exists(world: World) -> None:
    svc = world.services(world.acme.admin)
    messages = []
    for candidate_id in (world.globex.candidate.id, "cand_doesnotexist00"):
        with pytest.raises(AccessDenied) as caught:
            svc.get_candidate(candidate_id)
        messages.append(str(caught.value).replace(candidate_id, "ID"))
    assert messages[0] == messages[1]
