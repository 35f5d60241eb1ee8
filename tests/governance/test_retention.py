"""Retention: what is past its period is erased; a dry run only lists it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import make_candidate
from worldhire.batch.repository import forget_vector_rows
from worldhire.cli.main import app
from worldhire.config import Settings, SettingsError
from worldhire.core.models import ConsentPurpose, utcnow
from worldhire.governance import erasure
from worldhire.governance.consent import record_consent, set_retention
from worldhire.governance.purges.repository import PendingPurges
from worldhire.governance.retention import run_retention
from worldhire.governance.store import Governance
from worldhire.store.sql.repository import SqlRepository


def _people(gov: Governance) -> tuple[str, str, str]:
    short, default, withdrawn = (make_candidate(name=n) for n in ("Short", "Default", "Gone"))
    gov.repo.save_candidates([short, default, withdrawn])
    set_retention(gov, short.id, 30, source="signup form: keep me 30 days")
    record_consent(gov, withdrawn.id, ConsentPurpose.RETENTION, granted=False, source="email")
    return short.id, default.id, withdrawn.id


def test_withdrawn_consent_is_due_at_once_and_periods_run_out(gov: Governance) -> None:
    short, default, withdrawn = _people(gov)
    assert [d.candidate_id for d in run_retention(gov, dry_run=True)] == [withdrawn]
    later = utcnow() + timedelta(days=40)
    due = run_retention(gov, now=later, dry_run=True)
    assert {d.candidate_id for d in due} == {short, withdrawn}
    assert gov.repo.get_candidate(short) is not None  # a dry run changes nothing
    erased = run_retention(gov, now=later)
    assert {d.candidate_id for d in erased} == {short, withdrawn}
    assert gov.repo.get_candidate(short) is None and gov.repo.get_candidate(withdrawn) is None
    assert gov.repo.get_candidate(default) is not None
    much_later = utcnow() + timedelta(days=731)
    assert [d.candidate_id for d in run_retention(gov, now=much_later)] == [default]


def test_the_default_period_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORLDHIRE_RETENTION_DAYS", "90")
    assert Settings.load().retention_days == 90
    monkeypatch.setenv("WORLDHIRE_RETENTION_DAYS", "ninety")
    with pytest.raises(SettingsError, match="WORLDHIRE_RETENTION_DAYS"):
        Settings.load()


def test_the_cli_runs_a_dry_run_then_erases(home: Path) -> None:
    home.mkdir(parents=True)
    gov = Governance(SqlRepository(f"sqlite:///{home / 'worldhire.db'}"))
    _, _, withdrawn = _people(gov)
    gov.repo.close()
    runner = CliRunner()
    dry = runner.invoke(app, ["--home", str(home), "privacy", "retention", "--dry-run"])
    assert dry.exit_code == 0 and "would erase 1 candidate" in dry.output
    assert withdrawn in dry.output
    # Asked first: a 'no' erases nobody.
    kept = runner.invoke(app, ["--home", str(home), "privacy", "retention"], input="n\n")
    assert kept.exit_code == 1 and "Erase 1 candidate(s) past their retention" in kept.output
    assert "nothing erased" in kept.output
    done = runner.invoke(app, ["--home", str(home), "privacy", "retention"], input="y\n")
    assert done.exit_code == 0 and "erased 1 candidate" in done.output
    again = runner.invoke(app, ["--home", str(home), "privacy", "retention", "--dry-run"])
    assert "would erase 0 candidate" in again.output


def test_one_failed_erasure_leaves_the_others_done_and_itself_pending(
        gov: Governance, monkeypatch: pytest.MonkeyPatch) -> None:
    short, _, withdrawn = _people(gov)
    forget = forget_vector_rows

    def locked_for_short(repo: object, candidate_id: str) -> int:
        if candidate_id == short:
            raise OSError("the vector table is locked")
        return forget(gov.repo, candidate_id)

    monkeypatch.setattr(erasure, "forget_vector_rows", locked_for_short)
    outcome = {d.candidate_id: d.failed for d in run_retention(
        gov, now=utcnow() + timedelta(days=40))}
    assert outcome == {short: "OSError", withdrawn: None}
    assert gov.repo.get_candidate(withdrawn) is None and gov.repo.get_candidate(short) is not None
    assert [p.candidate_id for p in PendingPurges(gov).listing()] == [short]
    monkeypatch.undo()
    assert run_retention(gov, now=utcnow() + timedelta(days=40))[0].failed is None
    assert gov.repo.get_candidate(short) is None and PendingPurges(gov).listing() == []
