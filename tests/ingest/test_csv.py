from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest import limits
from worldhire.ingest.errors import IngestError, NotAResumeError
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.shared.pay import USD_PER_UNIT

HEADER = (
    "name,email,location,timezone,languages,pay_expectation,work_hours,needs_sponsorship,"
    "skills,resume_text\n"
)
ANA = (
    'Ana Popescu,ana@example.ro,"Cluj-Napoca, Romania",,English (C1); Romanian (native),'
    '"EUR 4,000/month",10-18,no,"Python, PyTorch",\n'
)
CSV = (
    HEADER
    + ANA
    + """,,,,,,,,,"Kofi Mensah
kofi@example.com
Lagos, Nigeria
Experience
ML Engineer, Paystack
2020 – 2023
- Fraud models"
Nobody,,,,,,,,,
,,,,,,,,,
"""
)


def test_csv_rows_become_candidates() -> None:
    candidates = parse_resume_bytes(CSV.encode(), "people.csv")
    ana, kofi, nobody = candidates
    assert (ana.name, ana.country, ana.timezone) == ("Ana Popescu", "RO", "Europe/Bucharest")
    assert ana.languages == ["English (C1)", "Romanian (native)"]
    assert ana.pay_expectation_usd == pytest.approx(48_000 * USD_PER_UNIT["EUR"], abs=10)
    assert (ana.work_start_hour, ana.work_end_hour) == (10.0, 18.0)
    assert ana.needs_sponsorship is False
    assert any(e.kind is EvidenceKind.SKILLS and "PyTorch" in e.text for e in ana.evidence)
    assert (kofi.name, kofi.email, kofi.country) == ("Kofi Mensah", "kofi@example.com", "NG")
    job = next(e for e in kofi.evidence if e.kind is EvidenceKind.JOB)
    assert (job.title, job.organization) == ("ML Engineer", "Paystack")
    assert job.source == "people.csv#row=3"
    assert nobody.name == "Nobody"
    assert all(c.source_name == "people.csv" for c in candidates)


def test_bad_rows_are_reported_and_skipped() -> None:
    data = b"name;email\nAna;ana@example.com\n;\n;not-an-email\n"
    errors: list[tuple[int, str]] = []
    candidates = parse_resume_bytes(
        data, "p.csv", on_row_error=lambda n, e: errors.append((n, e.reason))
    )
    assert [c.name for c in candidates] == ["Ana"]
    assert errors == [(4, "row 4: no name, email or phone")]


def test_csv_without_known_columns() -> None:
    with pytest.raises(NotAResumeError, match="CSV header"):
        parse_resume_bytes(b"a,b,c\n1,2,3\n", "x.csv")


def test_csv_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CSV_ROWS", 10)
    data = "name\n" + "\n".join(f"Person {i}" for i in range(20))
    with pytest.raises(IngestError, match="more than 10 rows"):
        parse_resume_bytes(data.encode(), "big.csv")


@pytest.fixture
def csv_field_limit() -> Iterator[None]:
    """The reader sets the process-wide csv field limit: put it back after a test lowers it, or a
    later test of the same worker reading ESCO's CSV (fields over 1,000 characters) fails."""
    original = csv.field_size_limit()
    yield
    csv.field_size_limit(original)


@pytest.mark.usefixtures("csv_field_limit")
def test_huge_csv_field_is_a_row_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CSV_FIELD_CHARS", 1_000)
    data = 'name,summary\nAna,short\nBob,"' + "x" * 5_000 + '"\n'
    errors: list[int] = []
    candidates = parse_resume_bytes(
        data.encode(), "p.csv", on_row_error=lambda n, e: errors.append(n)
    )
    assert [c.name for c in candidates] == ["Ana"] and errors
