"""Audit actors as a person reads them (issue 19): a company's user by e-mail address (for the
candidate, by role and company), the person themself as "the candidate", the operator as
"system", and after erasure "an erased person", never their name."""

from __future__ import annotations

from worldhire.governance.actors import ERASED, FORMER_USER, SYSTEM, ActorNames, Readers
from worldhire.governance.corrections import ProfileCorrection
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.schemas import AuditEntryOut

from .conftest import World


def test_staff_read_users_by_address_and_the_person_as_the_candidate(world: World) -> None:
    acme, names = world.acme, ActorNames(world.gov)
    assert names(acme.recruiter.actor) == "recruiter@acme.example"
    assert names(acme.admin.actor) == "admin@acme.example"
    assert names(acme.candidate_account.actor) == "the candidate"
    assert names(Principal.operator().actor) == SYSTEM
    assert names(Principal.operator().within(acme.tenant_id).actor) == SYSTEM
    assert names(None) == SYSTEM
    gone = Principal.user(acme.tenant_id, AccessRole.RECRUITER, "usr_left")
    assert names(gone.actor) == FORMER_USER
    # A pipeline imported from another system names its people its own way: kept as written.
    assert names("greenhouse:jane.doe") == "greenhouse:jane.doe"


def test_a_candidate_reads_staff_by_role_and_company(world: World) -> None:
    names = ActorNames(world.gov, Readers.CANDIDATE)
    assert names(world.acme.recruiter.actor) == "a recruiter at acme"
    assert names(world.globex.admin.actor) == "an admin at globex"
    assert world.services(world.acme.candidate_account).actor_names()(
        world.acme.admin.actor) == "an admin at acme"


def test_the_log_names_an_erased_person_so_and_never_by_name(world: World) -> None:
    person = world.acme.candidate
    own = world.services(world.acme.candidate_account)
    own.correct_profile(person.id, ProfileCorrection(headline="Inference engineer"))
    admin = world.services(world.acme.admin)
    [corrected] = [e for e in admin.audit_entries() if e.action == "correct-profile"]
    assert AuditEntryOut.of(corrected, admin.actor_names()).actor_name == "the candidate"
    own.erase(person.id)
    shown = [AuditEntryOut.of(e, admin.actor_names()).model_dump_json()
             for e in admin.audit_entries()]
    [corrected_json] = [s for s in shown if '"correct-profile"' in s]
    assert f'"actor_name":"{ERASED}"' in corrected_json
    assert not any(person.name in s or str(person.email) in s for s in shown)
