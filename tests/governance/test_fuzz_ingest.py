"""Hostile inputs through the real IngestService: over 10,000 of them across these tests. Every
one ends as a clean outcome (added, or an error with a reason); none escapes as an exception,
and a refused input writes nothing but its line in the ingest ledger."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from worldhire.ingest.service import IngestService, Kind, Status
from worldhire.skills.linker import default_linker
from worldhire.store.sql.repository import SqlRepository

SUFFIXES = [".pdf", ".docx", ".txt", ".md", ".json", ".csv", ".text", ""]
TABLES = ["tenants", "candidates", "evidence", "candidate_skills", "consents", "roles",
          "role_requirements"]
COUNTS = text("SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in TABLES))
FAST = settings(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

_WORLD = Path(str(files("worldhire.demo") / "world"))
SEEDS = {
    name: (_WORLD / sub / name).read_bytes()
    for sub, name in [
        ("candidates", "br-camila-ferreira.json"), ("candidates", "br-mariana-lopes.pdf"),
        ("candidates", "br-thiago-nascimento.docx"), ("candidates", "br-rafael-oliveira.txt"),
        ("candidates", "eg-mariam-fathy.md"),
        ("roles", "01-senior-ml-engineer-llm-platform.json"),
        ("roles", "02-senior-data-scientist-fraud-risk.md"),
    ]
}
SLOW_SEEDS = {"02-senior-data-scientist-fraud-risk.md"}
SEEDS["people.csv"] = (
    b"name,email,country,skills\nAda Lovelace,ada@example.com,GB,Python;PyTorch\n"
    b"Alan Turing,alan@example.com,GB,Mathematics\n"
)


class Harness:
    """One in-memory store and service for a whole hypothesis run (fast, and isolated)."""

    def __init__(self) -> None:
        self.repo = SqlRepository("sqlite:///:memory:")
        self.service = IngestService(self.repo, linker=default_linker())
        self.seen = 0
        self.last: tuple[int, ...] | None = None  # row counts after the last input

    def counts(self) -> tuple[int, ...]:
        with self.repo.engine.begin() as conn:
            return tuple(conn.execute(COUNTS).one())

    def check(self, data: bytes, filename: str, kind: Kind = Kind.AUTO) -> None:
        self.seen += 1
        before = self.last
        if before is None:
            before = self.last = self.counts()
        outcome = self.service.ingest_bytes(data, filename, kind)  # nothing may escape
        assert outcome.status in (Status.ADDED, Status.MERGED, Status.UNCHANGED, Status.ERROR)
        if outcome.status is Status.ERROR:
            assert isinstance(outcome.error, str) and outcome.error.strip()
            assert self.counts() == before, f"partial write for {filename}: {outcome.error}"
        elif outcome.status is Status.UNCHANGED:
            # The same bytes again (hypothesis repeats inputs): the stored role stays as it is.
            assert outcome.role_id or outcome.candidate_ids
            assert self.counts() == before, f"an unchanged {filename} wrote rows"
        else:
            self.last = None  # rows were added: count afresh next time
            assert outcome.candidate_ids or outcome.role_id
            for candidate_id in outcome.candidate_ids:
                assert self.repo.get_candidate(candidate_id) is not None


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    h = Harness()
    yield h
    print(f"\nhostile inputs ingested: {h.seen}")
    h.repo.close()


def _mutate(seed: bytes, rng: random.Random, edits: int) -> bytes:
    data = bytearray(seed)
    for _ in range(edits):
        op = rng.randrange(4)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif op == 1:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        elif op == 2:
            del data[at:at + rng.randrange(1, 64)]
        else:
            data = data[:at]
    return bytes(data)


@settings(FAST, max_examples=5030)
@given(data=st.binary(max_size=512), suffix=st.sampled_from(SUFFIXES),
       kind=st.sampled_from(list(Kind)))
def test_random_bytes(harness: Harness, data: bytes, suffix: str, kind: Kind) -> None:
    harness.check(data, f"upload{suffix}", kind)


@settings(FAST, max_examples=700)
@given(seed=st.sampled_from(sorted(s for s in SEEDS if s not in SLOW_SEEDS)),
       salt=st.integers(0, 2**32), edits=st.integers(1, 12))
def test_mutated_real_files(harness: Harness, seed: str, salt: int, edits: int) -> None:
    data = _mutate(SEEDS[seed], random.Random(salt), edits)
    harness.check(data, seed)


@settings(FAST, max_examples=30)
@given(seed=st.sampled_from(sorted(SLOW_SEEDS)), salt=st.integers(0, 2**32),
       edits=st.integers(1, 12))
def test_mutated_role_posts(harness: Harness, seed: str, salt: int, edits: int) -> None:
    # Fewer: a role post that still parses resolves each requirement against the taxonomy
    # (about 0.1 s each).
    harness.check(_mutate(SEEDS[seed], random.Random(salt), edits), seed)


JSON_LEAF = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["basics", "name", "email", "work", "skills", "title", "company",
                         "requirements", "skill", "must", "timezone", "work_hours", "start",
                         "end", "location", "countryCode", "languages", "seniority",
                         "budget_usd_year", "remote_policy", "allowed_countries", "x"]),
        inner, max_size=6),
    max_leaves=12,
)


@settings(FAST, max_examples=2500)
@given(value=JSON_VALUE, kind=st.sampled_from([Kind.RESUME, Kind.ROLE, Kind.AUTO]))
def test_hostile_json(harness: Harness, value: object, kind: Kind) -> None:
    harness.check(json.dumps(value).encode(), "profile.json", kind)


def test_deeply_nested_json(harness: Harness) -> None:
    for depth in (100, 1000, 100_000):
        for kind in (Kind.RESUME, Kind.ROLE):
            harness.check(b"[" * depth + b"]" * depth, "deep.json", kind)
            harness.check(b'{"a":' * depth + b"1" + b"}" * depth, "deep.json", kind)


@settings(FAST, max_examples=1800)
@given(body=st.text(max_size=400), suffix=st.sampled_from([".txt", ".md", ".csv"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_hostile_text(harness: Harness, body: str, suffix: str, encoding: str) -> None:
    harness.check(body.encode(encoding, errors="replace"), f"notes{suffix}")


def test_the_run_covers_ten_thousand_inputs(harness: Harness) -> None:
    # Runs last in this module: the generated tests above fed the same harness.
    assert harness.seen >= 10_000
