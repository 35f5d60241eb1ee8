from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.core.models import RemotePolicy, Seniority
from worldhire.ingest.errors import IngestError
from worldhire.ingest.parse import RoleSpec, parse_role, parse_role_bytes
from worldhire.ingest.shared.pay import USD_PER_UNIT

POST = """# Senior Machine Learning Engineer
Company: Kontor Pay GmbH (Berlin, Germany)
Timezone: Europe/Berlin
Hours: 9-17
Min overlap: 4 hours
Budget: EUR 90,000 per year
Remote: hybrid
Visa sponsorship: yes
Allowed countries: PL, Romania, UA

## What you'll do
Build fraud models that run on every card payment.

## Requirements
- 3+ years of experience with PyTorch
- Python, SQL, Airflow
- Strong experience with real-time feature stores (Feast, Tecton)

## Nice to have
- Kubernetes
"""


def test_text_role() -> None:
    role = parse_role_bytes(POST.encode(), "role.md")
    assert (role.title, role.company, role.company_country) == (
        "Senior Machine Learning Engineer",
        "Kontor Pay GmbH",
        "DE",
    )
    assert role.seniority is Seniority.SE
    assert role.timezone == "Europe/Berlin"
    assert (role.work_hours.start, role.work_hours.end) == (9.0, 17.0)
    assert role.min_overlap_hours == 4.0
    assert role.budget_usd_year == pytest.approx(90_000 * USD_PER_UNIT["EUR"], abs=10)
    assert role.remote_policy is RemotePolicy.HYBRID
    assert role.visa_sponsorship is True
    assert role.allowed_countries == ["PL", "RO", "UA"]
    assert "fraud models" in role.description
    reqs = [(r.skill_id, r.must, r.min_years, r.quote) for r in role.requirements]
    assert reqs == [
        ("wh:pytorch", True, 3.0, "PyTorch"),
        ("wh:python", True, None, "Python"),
        ("wh:sql", True, None, "SQL"),
        ("wh:airflow", True, None, "Airflow"),
        ("wh:feature-stores", True, None, "feature stores"),
        ("wh:kubernetes", False, None, "Kubernetes"),
    ]


def test_json_role_with_exact_keys(tmp_path: Path) -> None:
    spec = {
        "title": "Junior Data Analyst",
        "company": "Bluebonnet Retail",
        "company_country": "US",
        "requirements": [{"skill": "SQL", "must": True, "min_years": 1}],
        "timezone": "America/Chicago",
        "work_hours": {"start": 8, "end": 16},
        "budget_usd_year": 58000,
        "remote_policy": "remote",
        "allowed_countries": ["US", "Mexico"],
    }
    path = tmp_path / "role.json"
    path.write_text(json.dumps(spec))
    role = parse_role(path)
    assert role.seniority is Seniority.EN  # inferred from "Junior"
    assert role.allowed_countries == ["US", "MX"]
    assert RoleSpec.model_validate_json(role.model_dump_json()) == role


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"timezone": "Mars/Base"}, "time zone"),
        ({"salary": 1}, "salary"),
        ({"allowed_countries": ["Atlantis"]}, "Atlantis"),
        ({"work_hours": {"start": 30, "end": 2}}, "work_hours"),
        ({"title": ""}, "title"),
    ],
)
def test_invalid_json_roles(change: dict[str, object], reason: str) -> None:
    spec = {"title": "ML Engineer", "company": "Acme"} | change
    with pytest.raises(IngestError, match=reason):
        parse_role_bytes(json.dumps(spec).encode(), "role.json")


def test_text_role_without_a_title_is_kept_and_says_it_has_none() -> None:
    # a post is never refused for where its title is not; a text asking for nothing is no post
    role = parse_role_bytes(b"## Requirements\n- Python\n", "role.md")
    assert role.title == "" and role.title_missing
    with pytest.raises(IngestError, match="title"):
        parse_role_bytes(b"Hi Anna, see you at lunch tomorrow.\n", "role.md")


@pytest.mark.parametrize("line", ["Timezone: America/New_York", "**Timezone:** America/New_York",
                                  "Timezone: _America/New_York_"])
def test_a_zone_keeps_the_underscore_of_its_name(line: str) -> None:
    role = parse_role_bytes(f"ML Engineer\nCompany: Acme\n{line}\n".encode(), "r.md")
    assert role.timezone == "America/New_York"


def test_bad_zone_in_text_role() -> None:
    with pytest.raises(IngestError, match="time zone"):
        parse_role_bytes(b"ML Engineer\nCompany: Acme\nTimezone: Berlin time\n", "r.md")


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff ML Engineer", Seniority.EX),
        ("ML Engineer", Seniority.MI),
        ("Sr. Data Scientist", Seniority.SE),
    ],
)
def test_seniority_inferred_from_title(title: str, level: Seniority) -> None:
    assert RoleSpec(title=title, company="Acme").seniority is level


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=1_000))
def test_role_bytes_raise_only_ingest_errors(data: bytes) -> None:
    with contextlib.suppress(IngestError):
        parse_role_bytes(data, "role.md")
