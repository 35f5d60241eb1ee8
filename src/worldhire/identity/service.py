"""One person as a company's user sees them: the use case behind the web app's candidate page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from worldhire.core.models import Candidate, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.audit import SubjectRecord
from worldhire.governance.documents import Received, received
from worldhire.governance.principal import Action
from worldhire.pipeline.models import Application
from worldhire.pipeline.scoped import ScopedPipeline


@dataclass(frozen=True)
class PersonProfile:
    """A person's profile with what the reader may do about them: whether they see the
    contact details, whether the profile is their company's own, the roles of theirs the person
    is on (with each title) and the open ones the person may be added to, the profiles that may
    be the same person, the résumé files, and the audit entries about them (None: the reader
    may not read the audit log) with the names of who did each and the titles of the roles."""

    candidate: Candidate
    contact: bool
    own: bool
    may_write: bool
    applications: list[tuple[Application, str]]
    open_roles: list[Role]
    duplicates: list[tuple[Candidate, list[str]]]
    document: Received
    trail: list[SubjectRecord] | None
    actor_names: Callable[[str | None], str]
    role_titles: dict[str, str]


def person_profile(scoped: ScopedServices, pipeline: ScopedPipeline, candidate_id: str, *,
                   download: str) -> PersonProfile:
    """`download` is the shell's path to a résumé version's original file, with `{version_id}`
    in it. NotInScope (404) for a person the reader may not see."""
    person = scoped.get_candidate(candidate_id)
    roles = scoped.list_roles()
    titles = {r.id: r.title for r in roles}
    may_write = scoped.principal.may(Action.WRITE)
    # The roles the person is already on, at their stage; the others are offered to add to.
    applications = sorted(((a, titles[a.role_id]) for a in pipeline.applications_of(person.id)
                           if a.role_id in titles), key=lambda pair: pair[1].casefold())
    on_roles = {a.role_id for a, _ in applications}
    open_roles = ([r for r in roles if r.is_open and r.id not in on_roles] if may_write else [])
    may_audit = scoped.principal.may(Action.READ_AUDIT)
    return PersonProfile(
        candidate=person, contact=scoped.may_contact(person),
        own=person.tenant_id == scoped.principal.tenant_id, may_write=may_write,
        applications=applications,
        open_roles=sorted(open_roles, key=lambda r: r.title.casefold()),
        duplicates=scoped.likely_duplicates(person.id),
        document=received(scoped, person.id, download),
        trail=scoped.candidate_audit(person.id) if may_audit else None,
        actor_names=scoped.actor_names(), role_titles=titles)
