"""`worldhire tenants`, `audit verify` and acting through a token on the command line."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import PYTORCH, make_candidate, make_role
from worldhire.cli.main import app
from worldhire.core.models import EvidenceKind
from worldhire.governance.audit import AuditLog
from worldhire.governance.decisions import audited_shortlist
from worldhire.governance.purges.repository import PendingPurges, PurgeReason
from worldhire.governance.schemas import AuditEntryOut
from worldhire.governance.store import Governance
from worldhire.store.sql.repository import SqlRepository

runner = CliRunner()
TOKEN = re.compile(r"wh_[0-9a-f]{16}_[A-Za-z0-9_-]{43}")


def cli(home: Path, *args: str, code: int = 0) -> str:
    done = runner.invoke(app, ["--home", str(home), *args])
    assert done.exit_code == code, done.output
    return done.output


def test_tenants_users_and_tokens(home: Path) -> None:
    assert "tenant Acme: ten_" in cli(home, "tenants", "create", "Acme")
    added = cli(home, "tenants", "add-user", "Acme", "ana@acme.example", "--role", "admin")
    assert "ana@acme.example is an admin of Acme" in " ".join(added.split())
    added = cli(home, "tenants", "add-user", "Acme", "rui@acme.example")  # recruiter by default
    assert "rui@acme.example is a recruiter of Acme" in " ".join(added.split())
    assert "already a user" in cli(home, "tenants", "add-user", "Acme", "ana@acme.example",
                                   code=2)
    assert "no tenant" in cli(home, "tenants", "add-user", "Nope", "x@y.example", code=3)
    users = cli(home, "tenants", "users", "Acme")
    assert "admin" in users and "recruiter" in users
    token = TOKEN.search(cli(home, "tenants", "token", "create", "Acme", "rui@acme.example"))
    assert token is not None
    listed = cli(home, "tenants", "token", "list", "Acme")
    assert token.group(0) not in listed and "active" in listed
    # The recruiter's token may not export (admins and the person only) ...
    assert "may not export" in cli(home, "privacy", "export", "cand_x", "-", "--token",
                                   token.group(0), code=4)
    token_id = token.group(0).split("_")[1]
    assert "nothing revoked" in cli(home, "tenants", "token", "revoke", token_id, code=1)
    assert "active" in cli(home, "tenants", "token", "list", "Acme")  # asked, not revoked
    cli(home, "tenants", "token", "revoke", token_id, "--yes")
    assert "invalid or revoked" in cli(home, "audit", "verify", "--token", token.group(0),
                                       code=4)


def test_a_candidate_token_exports_its_own_data_only(home: Path) -> None:
    home.mkdir(parents=True)
    repo = SqlRepository(f"sqlite:///{home / 'worldhire.db'}")
    me, other = make_candidate(name="Me Myself"), make_candidate(name="Some One Else")
    repo.save_candidates([me, other])
    repo.close()
    token = TOKEN.search(cli(home, "tenants", "token", "create", "--candidate", me.id))
    assert token is not None
    assert '"name": "Me Myself"' in cli(home, "privacy", "export", me.id, "-", "--token",
                                        token.group(0))
    cli(home, "privacy", "export", other.id, "-", "--token", token.group(0), code=3)
    cli(home, "privacy", "erase", other.id, "--token", token.group(0), code=3)


def test_audit_verify_fails_with_code_1_on_tampering(home: Path) -> None:
    home.mkdir(parents=True)
    gov = Governance(SqlRepository(f"sqlite:///{home / 'worldhire.db'}"))
    tenant = gov.repo.ensure_tenant("acme")
    gov.repo.save_candidate(make_candidate({PYTORCH: EvidenceKind.JOB}))
    role = make_role(tenant_id=tenant.id)
    gov.repo.save_role(role)
    for _ in range(3):
        audited_shortlist(gov, role.id, actor="test")
    gov.repo.close()
    intact = cli(home, "audit", "verify")
    assert "intact: 3 entries" in intact
    anchor = re.search(r"anchor \(keep outside the database\): (3:[0-9a-f]{64})", intact)
    assert anchor is not None
    assert "intact" in cli(home, "audit", "verify", "--anchor", anchor.group(1))
    assert "not an anchor" in cli(home, "audit", "verify", "--anchor", "3:abc", code=2)
    # The API's model, so the last entry's number and hash are the anchor verify printed.
    logged = [AuditEntryOut.model_validate(e)
              for e in json.loads(cli(home, "audit", "log", "--json"))]
    assert [(e.action, e.people) for e in logged] == [("rank-candidates", 1)] * 3
    assert f"{logged[-1].seq}:{logged[-1].hash}" == anchor.group(1)
    assert "rank-candid" in cli(home, "audit", "log")
    with sqlite3.connect(home / "worldhire.db") as db:
        db.execute("DELETE FROM audit_log WHERE seq = 2")
    out = cli(home, "audit", "verify", code=1)
    assert "tampered" in out and "entry 2" in out
    with sqlite3.connect(home / "worldhire.db") as db:  # cut the tail, rewrite the head
        db.execute("DELETE FROM audit_log WHERE seq >= 2")
        db.execute("UPDATE audit_head SET seq = 1, hash = (SELECT hash FROM audit_log)")
    assert "intact: 1 entries" in cli(home, "audit", "verify")
    out = cli(home, "audit", "verify", "--anchor", anchor.group(1), code=1)
    assert "anchor 3 is past the end of the log" in out


def test_consent_and_residency_commands(home: Path) -> None:
    home.mkdir(parents=True)
    repo = SqlRepository(f"sqlite:///{home / 'worldhire.db'}")
    person = make_candidate(country="IN")
    repo.save_candidate(person)
    repo.close()
    cli(home, "privacy", "consent", person.id, "outreach", "--source", "signup form")
    cli(home, "privacy", "consent", person.id, "sharing", "--source", "form", code=2)
    cli(home, "privacy", "consent", person.id, "sharing", "--source", "form", "--company", "X")
    assert "kept until" in cli(home, "privacy", "retain", person.id, "365", "--source", "form")
    assert "region IN" in cli(home, "privacy", "residency", person.id)
    assert "WORLDHIRE_RESIDENCY" in cli(home, "privacy", "residency", person.id, "--set", "EU",
                                        code=2)


def test_pending_purges_are_shown_and_retried(home: Path) -> None:
    home.mkdir(parents=True)
    repo = SqlRepository(f"sqlite:///{home / 'worldhire.db'}")
    person = make_candidate(name="Ilona Wiśniewska")
    repo.save_candidate(person)
    # An erasure whose database part did not commit everywhere: the person is pending and
    # their profile is still stored.
    PendingPurges(Governance(repo)).add(person.id, PurgeReason.REQUESTED)
    repo.close()
    assert "no pending purges" not in cli(home, "privacy", "purges", code=1)
    [shown] = json.loads(cli(home, "privacy", "purges", "--json", code=1))
    assert shown["candidate_id"] == person.id and shown["attempts"] == 0
    assert shown["reason"] == "erased-on-request"
    retried = cli(home, "privacy", "purges", "--retry")
    assert f"{person.id}: rows left in a database removed" in retried
    assert "no pending purges" in retried
    assert b"Wi\xc5\x9bniewska" not in (home / "worldhire.db").read_bytes()
    assert cli(home, "privacy", "purges", "--json") == "[]\n"


def test_resume_originals_follow_the_setting(home: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are kept by default; with WORLDHIRE_RESUME_ORIGINALS=text new imports keep only
    the text, and --apply drops the files stored before; with none nothing is kept."""
    first, second = tmp_path / "ana.txt", tmp_path / "rui.txt"
    first.write_text("Ana Duarte\nana.duarte@mail.example\nLisbon, Portugal\n\nExperience\n"
                     "Data engineer, Feedzai (2019 - present)\n- Spark pipelines in Python.\n")
    second.write_text("Rui Lopes\nrui.lopes@mail.example\nPorto, Portugal\n\nExperience\n"
                      "Backend developer, Talkdesk (2020 - present)\n- Go services.\n")
    cli(home, "ingest", str(first), "--no-embed")
    assert "1 résumé text(s), 1 file(s)" in cli(home, "privacy", "originals")
    monkeypatch.setenv("WORLDHIRE_RESUME_ORIGINALS", "text")
    cli(home, "ingest", str(second), "--no-embed")
    shown = cli(home, "privacy", "originals", code=1)
    assert "2 résumé text(s), 1 file(s)" in shown and "--apply" in shown
    assert "1 stored document(s) reduced" in cli(home, "privacy", "originals", "--apply", "--yes")
    assert b"Feedzai (2019" in (home / "worldhire.db").read_bytes()  # the text stays
    monkeypatch.setenv("WORLDHIRE_RESUME_ORIGINALS", "none")
    cli(home, "privacy", "originals", "--apply", "--yes")
    assert "0 résumé text(s), 0 file(s)" in cli(home, "privacy", "originals")
    monkeypatch.setenv("WORLDHIRE_RESUME_ORIGINALS", "everything")
    assert "WORLDHIRE_RESUME_ORIGINALS" in cli(home, "privacy", "originals", code=1)


def test_each_tenant_keeps_what_it_chose(home: Path, tmp_path: Path) -> None:
    """A tenant's own setting (set by its admin with a token, or by the operator) beats the
    deployment's for its imports, and `privacy originals --apply` reduces each pool to its own:
    the platform pool and a tenant that chose nothing keep their files."""
    resume = tmp_path / "lea.txt"
    resume.write_text("Léa Moreau\nlea.moreau@mail.example\nLyon, France\n\nExperience\n"
                      "Data engineer, Doctolib (2019 - present)\n- Airflow and dbt.\n")
    cli(home, "tenants", "create", "Lumen")
    cli(home, "tenants", "create", "Quartz")
    cli(home, "tenants", "add-user", "Lumen", "admin@lumen.example", "--role", "admin")
    cli(home, "tenants", "add-user", "Lumen", "rec@lumen.example")
    admin = TOKEN.search(cli(home, "tenants", "token", "create", "Lumen", "admin@lumen.example"))
    recruiter = TOKEN.search(cli(home, "tenants", "token", "create", "Lumen",
                                 "rec@lumen.example"))
    assert admin and recruiter
    for pool in ("Lumen", "Quartz"):
        cli(home, "ingest", str(resume), "--no-embed", "--tenant", pool)
    cli(home, "ingest", str(resume), "--no-embed")  # the platform pool
    assert "deployment's default" in cli(home, "tenants", "settings", "Lumen")
    cli(home, "tenants", "settings", "--resume-originals", "text", "--token",
        recruiter.group(0), code=4)  # a recruiter may not
    shown = cli(home, "tenants", "settings", "--resume-originals", "text",
                "--token", admin.group(0))
    assert "kept: text (the tenant's choice" in shown

    checked = cli(home, "privacy", "originals", code=1)
    assert "3 résumé text(s), 3 file(s)" in checked
    cli(home, "privacy", "originals", "--apply", "--yes")
    assert "3 résumé text(s), 2 file(s)" in cli(home, "privacy", "originals")
    # The operator sets another tenant's; a new import into it follows.
    cli(home, "tenants", "settings", "Quartz", "--resume-originals", "none")
    cli(home, "privacy", "originals", "--apply", "--yes")
    assert "2 résumé text(s), 1 file(s)" in cli(home, "privacy", "originals")
    cli(home, "tenants", "settings", "Quartz", "--resume-originals", "default")
    assert "deployment's default" in cli(home, "tenants", "settings", "Quartz")
    repo = SqlRepository(f"sqlite:///{home / 'worldhire.db'}")
    try:
        changes = [(e.record["details"]["from"], e.record["details"]["to"])
                   for e in AuditLog(Governance(repo)).entries(everything=True)
                   if e.action == "tenant-setting"]
    finally:
        repo.close()
    assert changes == [("deployment", "text"), ("deployment", "none"), ("none", "deployment")]
