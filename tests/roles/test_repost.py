"""The same job post sent again leaves its role as the recruiter left it: their edits, and a
status they chose, are not read over by the post they corrected."""

from __future__ import annotations

from worldhire.core.models import RoleStatus
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.ingest.service import IngestService, Kind, Status
from worldhire.roles.service import RoleEditor
from worldhire.store.sql.repository import SqlRepository

POST = """Senior Data Engineer — Fjord Analytics (Oslo, remote within Europe)

We are looking for someone with 5+ years of Python and solid SQL. You will build our Airflow
pipelines on AWS. Kubernetes is a plus. Salary: NOK 750 000 – 900 000 a year.
"""


def test_a_post_sent_again_keeps_the_edits_and_the_status(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("Fjord Analytics").id
    ingest = IngestService(repo, tenant_id=tenant)
    first = ingest.ingest_bytes(POST.encode(), "post.txt", Kind.ROLE)
    assert first.status is Status.ADDED and first.role_id
    kari = Principal.user(tenant, AccessRole.RECRUITER, "u1", "kari@fjord.example")
    editor = RoleEditor(ScopedServices(Governance(repo), kari))
    editor.edit_fields(first.role_id, {"title": "Staff Data Engineer", "min_years": 7})
    edited = editor.set_status(first.role_id, RoleStatus.CLOSED.value)

    again = ingest.ingest_bytes(POST.encode(), "post (1).txt", Kind.ROLE)
    assert (again.status, again.role_id) == (Status.UNCHANGED, first.role_id)
    kept = repo.get_role(first.role_id)
    assert kept is not None
    assert (kept.title, kept.min_years, kept.status) == ("Staff Data Engineer", 7,
                                                          RoleStatus.CLOSED.value)
    assert kept.updated_at is not None and kept.updated_by == edited.updated_by
    assert len(repo.list_roles(tenant)) == 1
