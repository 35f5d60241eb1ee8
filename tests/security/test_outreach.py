"""Issue 18, item 7: outreach goes to exactly one checked address, and no stored text can add a
header. A JSON résumé's 'a@x, attacker@evil' was stored verbatim and sent to both; a line break
in a role title crashed `--send`."""

from __future__ import annotations

from dataclasses import replace
from email import message_from_bytes
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.pipeline.conftest import build_world
from tests.pipeline.test_outreach import Inbox, smtp  # noqa: F401 - the SMTP server fixture
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.core.contact import mail_address
from worldhire.core.models import Consent, ConsentPurpose
from worldhire.ingest.resumes.jsonresume import parse_json_resume
from worldhire.store.sql.repository import SqlRepository

runner = CliRunner()
TWO = "ada@example.com, attacker@evil.example"


@pytest.mark.parametrize("text", [
    TWO, "ada@example.com\r\nBcc: attacker@evil.example", "Ada <ada@example.com>",
    "ada@example.com;attacker@evil.example", "ada @example.com", "ada@example", "",
])
def test_only_one_plain_address_is_an_address(text: str) -> None:
    assert mail_address(text) is None


@pytest.mark.parametrize("text", ["ada@example.com", " Ada.Nowak+cv@Example.co.uk ",
                                  "zoë@bücher.de"])
def test_plain_addresses_pass(text: str) -> None:
    assert mail_address(text) == text.strip().lower()


def test_a_json_resume_with_two_addresses_stores_none() -> None:
    doc = {"basics": {"name": "Ada Nowak", "email": TWO}}
    assert parse_json_resume(doc, "ada.json").email is None
    doc["basics"]["email"] = "Ada Nowak <Ada@Example.com>"
    person = parse_json_resume(doc, "ada.json")
    assert person.email == "ada@example.com"


def send(home: Path, application: str, port: int, code: int) -> str:
    result = runner.invoke(app, ["--home", str(home), "pipeline", "outreach", application,
                                 "--send", "--smtp-host", "127.0.0.1", "--smtp-port", str(port),
                                 "--no-starttls", "--from", "sam@acme.test"])
    assert result.exit_code == code, result.output
    return result.output


def test_send_goes_to_one_address_and_a_title_cannot_add_headers(
    tmp_path: Path, smtp: tuple[Inbox, int],  # noqa: F811
) -> None:
    inbox, port = smtp
    home = tmp_path / "home"
    repo = SqlRepository(Settings.load(home).database_url)
    world = build_world(repo)
    ada = world.people[0]
    ada.consents.append(Consent(ConsentPurpose.OUTREACH, True, "form"))
    repo.save_candidates([replace(ada, email=TWO)])
    repo.save_role(replace(world.role, title="ML Engineer\nBcc: attacker@evil.example"))
    application = world.service.add(ada.id, world.role.id, actor="u1").id
    repo.close()

    assert "not one valid e-mail address" in send(home, application, port, code=2)
    assert inbox.messages == []

    repo = SqlRepository(Settings.load(home).database_url)
    repo.save_candidates([replace(ada, email="ada@example.com")])
    repo.close()
    send(home, application, port, code=0)
    [(_, recipients, content)] = inbox.messages
    assert recipients == ["ada@example.com"]
    received = message_from_bytes(content)
    assert received["Subject"] == "ML Engineer Bcc: attacker@evil.example at Acme"
    assert received["Bcc"] is None
