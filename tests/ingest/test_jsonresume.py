from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.errors import CorruptFileError, IngestError, NotAResumeError
from worldhire.ingest.parse import parse_resume_bytes

RESUME = {
    "basics": {
        "name": "Camila Ferreira",
        "label": "Data Scientist",
        "email": "camila@example.com.br",
        "phone": "+55 11 91234-5678",
        "summary": "7 years of experience. Salary expectation: USD 60,000/year.",
        "location": {"city": "Recife", "countryCode": "BR"},
        "profiles": [{"network": "GitHub", "username": "camilaf"}],
    },
    "work": [
        {
            "name": "Nubank",
            "position": "Senior Data Scientist",
            "startDate": "2021-03",
            "highlights": ["Credit risk models with LightGBM"],
        }
    ],
    "projects": [
        {"name": "pix-fraud", "description": "Graph features", "type": "open source library"},
        {"name": "Churn dashboard", "description": "Streamlit app"},
    ],
    "publications": [{"name": "Fraud graphs", "publisher": "KDD", "releaseDate": "2022-08-01"}],
    "education": [{"institution": "USP", "area": "Statistics", "studyType": "BSc"}],
    "skills": [{"name": "ML", "keywords": ["Python", "LightGBM"]}],
    "languages": [
        {"language": "Portuguese", "fluency": "Native"},
        {"language": "English", "fluency": "C1"},
    ],
}  # fmt: skip


def _parse(document: object) -> list[Candidate]:
    return parse_resume_bytes(json.dumps(document).encode(), "camila.json")


def test_json_resume_fields() -> None:
    [c] = _parse(RESUME)
    assert (c.name, c.email, c.headline) == (
        "Camila Ferreira",
        "camila@example.com.br",
        "Data Scientist",
    )
    assert (c.country, c.timezone) == ("BR", "America/Recife")
    assert c.links == ["https://github.com/camilaf"]
    assert c.languages == ["Portuguese (native)", "English (C1)"]
    assert c.years_experience == 7.0
    assert c.pay_expectation_usd == 60_000
    kinds = [e.kind for e in c.evidence]
    assert kinds.count(EvidenceKind.JOB) == 1
    assert EvidenceKind.REPOSITORY in kinds and EvidenceKind.PROJECT in kinds
    assert EvidenceKind.PUBLICATION in kinds and EvidenceKind.EDUCATION in kinds
    job = next(e for e in c.evidence if e.kind is EvidenceKind.JOB)
    assert (job.organization, job.start, job.end) == ("Nubank", date(2021, 3, 1), None)


def test_wrong_types_are_ignored_field_by_field() -> None:
    document = {"basics": {"name": "Ana", "email": 42, "location": "Lisbon"}, "work": "none"}
    [c] = _parse(document)
    assert c.name == "Ana" and c.email is None and c.evidence == []


@pytest.mark.parametrize(
    "document", [[1, 2, 3], {"name": "Ana"}, {"basics": "Ana"}, "text", {"basics": {}}]
)
def test_json_that_is_not_a_resume(document: object) -> None:
    with pytest.raises(NotAResumeError):
        _parse(document)


def test_invalid_json() -> None:
    with pytest.raises(CorruptFileError, match="invalid JSON"):
        parse_resume_bytes(b'{"basics": {"name": "Ana"', "broken.json")


def test_deeply_nested_json_is_refused_cleanly() -> None:
    with pytest.raises(IngestError):
        parse_resume_bytes(b"{" + b'"a":[' * 100_000 + b"]" * 100_000 + b"}", "deep.json")


_word = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=12)
_name = st.builds(lambda a, b: f"{a.title()} {b.title()}", _word, _word)
_month = st.dates(date(1990, 1, 1), date(2024, 12, 1)).map(lambda d: d.replace(day=1))


@settings(max_examples=50, deadline=None)
@given(
    name=_name,
    user=st.from_regex(r"[a-z]{3,10}", fullmatch=True),
    country=st.sampled_from(["IN", "PL", "RO", "RS", "UA", "VN", "PH", "KE", "NG", "EG"]),
    jobs=st.lists(st.tuples(_word, _word, _month), min_size=1, max_size=5),
)
def test_json_resume_round_trip(
    name: str, user: str, country: str, jobs: list[tuple[str, str, date]]
) -> None:
    document = {
        "basics": {
            "name": name,
            "email": f"{user}@example.org",
            "location": {"countryCode": country},
        },
        "work": [
            {"name": org, "position": title, "startDate": start.isoformat()[:7]}
            for title, org, start in jobs
        ],
    }
    [c] = _parse(document)
    assert c.name == _nfkc(name)  # text is NFKC-normalised: "ĳ" reads back as "ij"
    assert c.email == f"{user}@example.org"
    assert c.country == country and c.timezone is not None
    parsed = [(e.title, e.organization, e.start) for e in c.evidence if e.kind is EvidenceKind.JOB]
    assert parsed == [(_nfkc(title), _nfkc(org), start) for title, org, start in jobs]


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_meta_extension_wins_over_text() -> None:
    document = RESUME | {
        "meta": {
            "timezone": "America/Sao_Paulo",
            "payExpectationUSD": {"amount": 5_000, "period": "month"},
            "workAuthorization": ["BR", "pt"],
            "needsSponsorship": True,
            "workingHours": "08:00-17:00 America/Sao_Paulo",
            "availableFrom": "2025-10-01",
        }
    }
    [c] = _parse(document)
    assert c.timezone == "America/Sao_Paulo"
    assert c.pay_expectation_usd == 60_000
    assert c.work_authorization == ["BR", "PT"]
    assert c.needs_sponsorship is True
    assert (c.work_start_hour, c.work_end_hour) == (8.0, 17.0)
    assert c.available_from == date(2025, 10, 1)


def test_meta_with_wrong_types_is_ignored() -> None:
    [c] = _parse(
        RESUME | {"meta": {"timezone": 3, "payExpectationUSD": "lots", "needsSponsorship": "y"}}
    )
    assert c.timezone == "America/Recife" and c.pay_expectation_usd == 60_000
