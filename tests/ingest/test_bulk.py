"""The bulk path: CSV and JSON Lines profiles written thousands to a transaction, skills
resolved against the taxonomy, embeddings queued, bad rows reported and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worldhire.core.models import ConsentPurpose, EvidenceKind
from worldhire.ingest.bulk import BulkFormatError, Resolver, load, taxonomy_resolver
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql.repository import SqlRepository

CSV = (
    "Full Name,E-mail,Location,Title,Experience,Skills,Expected salary,Needs sponsorship\n"
    'Ana Souza,ana@example.com,"São Paulo, Brazil",ML Engineer,"Fine-tuned LLMs with PyTorch '
    'and served them on Kubernetes.","PyTorch; Kubernetes; Rust",USD 70000/year,no\n'
    ",,,,nobody to contact,,,\n"
    'Kofi Mensah,kofi@example.com,"Accra, Ghana",Data Scientist,Forecasting demand.,'
    '"Python, SQL",52000,yes\n'
)


@pytest.fixture(scope="module")
def resolve() -> Resolver:
    return taxonomy_resolver()


def test_a_csv_loads_with_skills_evidence_consent_and_queued_embeddings(
    repo: SqlRepository, tmp_path: Path, resolve: Resolver
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    report = load(repo, path, consent_source="bulk load test", chunk=1, resolve=resolve)
    assert (report.loaded, report.skipped) == (2, 1)
    assert report.errors[0][0] == 3  # the row without a name, e-mail or phone, by its number
    assert repo.embedding_backlog() == 2
    ana = next(c for c in repo.list_candidates() if c.name == "Ana Souza")
    assert (ana.country, ana.pay_expectation_usd, ana.needs_sponsorship) == ("BR", 70000, False)
    assert ana.consented(ConsentPurpose.MATCHING)
    job = next(e for e in ana.evidence if e.kind is EvidenceKind.JOB)
    by_label = {m.skill.label: m for m in ana.skills}
    assert by_label["PyTorch"].skill.id == "wh:pytorch"
    assert by_label["PyTorch"].evidence_id == job.id  # shown in the experience
    assert by_label["Rust"].evidence_id != job.id  # only listed
    assert [cid for cid, _ in repo.search_profiles(PoolFilter(None), ["kubernetes"], 5)] == [
        ana.id]


def test_json_lines_take_lists_and_skip_broken_lines(
    repo: SqlRepository, tmp_path: Path, resolve: Resolver
) -> None:
    tenant = repo.ensure_tenant("acme").id
    path = tmp_path / "people.jsonl"
    lines = [
        json.dumps({"name": "Li Wei", "country": "SG", "skills": ["Python", "vLLM"],
                    "work_authorization": ["SG", "DE"], "years_experience": 4}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"email": "x@example.com", "headline": "MLOps"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load(repo, path, tenant_id=tenant, resolve=resolve)
    assert (report.loaded, report.skipped) == (2, 2)
    assert [row for row, _ in report.errors] == [2, 3]
    li = next(c for c in repo.list_candidates(tenant) if c.name == "Li Wei")
    assert li.tenant_id == tenant and li.work_authorization == ["SG", "DE"]
    assert {m.skill.label for m in li.skills} >= {"Python"}
    assert not li.consented(ConsentPurpose.MATCHING)  # nobody vouched for it


def test_other_files_are_refused_with_a_reason(repo: SqlRepository, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(BulkFormatError, match=r"\.jsonl"):
        load(repo, path, resolve=lambda name: None)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(BulkFormatError, match="first row"):
        load(repo, empty, resolve=lambda name: None)
