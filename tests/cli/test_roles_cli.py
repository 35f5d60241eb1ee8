"""`worldhire roles ...`: recruiters correct roles read from posts, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from worldhire.cli.main import app
from worldhire.core.models import NO_TITLE_WARNING, UNTITLED_LABEL, Role
from worldhire.ingest.posts.role import WorkHours
from worldhire.roles.schemas import RoleEdit
from worldhire.roles.service import RoleEditor

POSTS = Path(__file__).resolve().parents[1] / "ingest" / "posts"
runner = CliRunner()


def run(home: Path, *args: str) -> Result:
    return runner.invoke(app, ["--home", str(home), *args])


def ok(home: Path, *args: str) -> str:
    result = run(home, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def home_with_a_post(tmp_path: Path) -> tuple[Path, str]:
    ok(tmp_path, "ingest", str(POSTS / "en-lumen.md"), "--tenant", "lumen")
    ok(tmp_path, "ingest", str(POSTS / "de-stelle.md"), "--tenant", "halde")
    roles = json.loads(ok(tmp_path, "roles", "list", "--tenant", "lumen", "--json"))
    [role] = roles
    return tmp_path, role["id"]


def test_show_flags_what_needs_review(home_with_a_post: tuple[Path, str]) -> None:
    home, role_id = home_with_a_post
    shown = " ".join(ok(home, "roles", "show", role_id, "--tenant", "lumen").split())
    assert "Lumen Labs" in shown and "LLM evaluation" in shown and "evaluation" in shown
    assert "visa sponsorship not offered" in shown and "up to USD 120,000 a year" in shown


def test_edit_fields_and_requirements(home_with_a_post: tuple[Path, str]) -> None:
    home, role_id = home_with_a_post
    ok(home, "roles", "edit", role_id, "--tenant", "lumen", "--title", "Staff ML Engineer",
       "--visa", "unknown", "--hours", "8-16", "--countries", "PL,RO")
    ok(home, "roles", "requirements", "add", role_id, "Kubernetes", "--nice", "--tenant", "lumen")
    typo = " ".join(
        ok(home, "roles", "requirements", "add", role_id, "Kubernets", "--tenant", "lumen").split()
    )
    assert "free text" in typo and "Kubernetes" in typo  # the suggestion
    ok(home, "roles", "requirements", "remove", role_id, "Kubernets", "--tenant", "lumen")
    ok(home, "roles", "requirements", "remove", role_id, "wh:gpu-computing", "--tenant", "lumen")
    view = json.loads(ok(home, "roles", "show", role_id, "--json"))
    assert view["title"] == "Staff ML Engineer" and view["visa_sponsorship"] is None
    assert view["work_hours"] == {"start": 8.0, "end": 16.0}
    assert view["allowed_countries"] == ["PL", "RO"]
    ids = {r["skill_id"]: r for r in view["requirements"]}
    assert not ids["wh:kubernetes"]["must"] and "wh:gpu-computing" not in ids
    assert view["updated_by"].startswith("operator")
    assert view["updated_by_name"] == "system"  # the command line's own changes, as history
    shown = " ".join(ok(home, "roles", "show", role_id, "--tenant", "lumen").split())
    assert " by system" in shown and "operator:" not in shown
    ok(home, "roles", "requirements", "set", role_id, "Python 5y", "? wh:rag", "--tenant",
       "lumen")
    view = json.loads(ok(home, "roles", "show", role_id, "--json"))
    assert [(r["skill_id"], r["must"], r["min_years"]) for r in view["requirements"]] == [
        ("wh:python", True, 5.0), ("wh:rag", False, None)]
    log = ok(home, "audit", "log", "-n", "20")
    assert "edit-role" in log and "system" in log and "operator:" not in log


def test_alternatives_and_a_band_of_zones_from_the_command_line(
    home_with_a_post: tuple[Path, str],
) -> None:
    home, role_id = home_with_a_post
    ok(home, "roles", "edit", role_id, "--tenant", "lumen", "--zones", "UTC+1 to UTC+4")
    ok(home, "roles", "requirements", "add", role_id, "PyTorch or JAX", "--tenant", "lumen")
    view = json.loads(ok(home, "roles", "show", role_id, "--json"))
    assert view["zone_band"]["described"] == "UTC+1 to UTC+4"
    assert "PyTorch or JAX" in {r["shown_as"] for r in view["requirements"]}
    shown = " ".join(ok(home, "roles", "show", role_id, "--tenant", "lumen").split())
    assert "zones UTC+1 to UTC+4" in shown and "PyTorch or JAX" in shown
    assert run(home, "roles", "edit", role_id, "--zones", "somewhere").exit_code == 2
    ok(home, "roles", "edit", role_id, "--tenant", "lumen", "--zones", "any")
    assert json.loads(ok(home, "roles", "show", role_id, "--json"))["zone_band"] is None


def test_close_archive_reopen(home_with_a_post: tuple[Path, str]) -> None:
    home, role_id = home_with_a_post
    ok(home, "roles", "close", role_id, "--tenant", "lumen")
    refused = run(home, "shortlist", role_id)
    assert refused.exit_code == 5 and "closed" in refused.output
    ok(home, "roles", "archive", role_id, "--tenant", "lumen")
    assert json.loads(ok(home, "roles", "list", "--tenant", "lumen", "--json")) == []
    archived = json.loads(ok(home, "roles", "list", "--status", "archived", "--json"))
    assert [r["id"] for r in archived] == [role_id]
    ok(home, "roles", "reopen", role_id)
    assert json.loads(ok(home, "roles", "show", role_id, "--json"))["status"] == "open"


def test_the_wrong_tenant_or_bad_input_is_refused(home_with_a_post: tuple[Path, str]) -> None:
    home, role_id = home_with_a_post
    other = run(home, "roles", "edit", role_id, "--tenant", "halde", "--title", "mine")
    assert other.exit_code == 3 and "in your scope" in other.output
    assert run(home, "roles", "edit", role_id, "--timezone", "Mars/Base").exit_code == 2
    assert run(home, "roles", "edit", role_id).exit_code == 2
    assert run(home, "roles", "requirements", "remove", role_id, "Haskell").exit_code == 3
    assert json.loads(ok(home, "roles", "show", role_id, "--json"))["title"] != "mine"


def test_edit_sends_the_apis_request_through_the_same_use_case(
    home_with_a_post: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, role_id = home_with_a_post
    sent: list[RoleEdit] = []
    update = RoleEditor.update

    def spy(editor: RoleEditor, changed: str, edit: RoleEdit) -> Role:
        sent.append(edit)
        return update(editor, changed, edit)

    monkeypatch.setattr(RoleEditor, "update", spy)
    ok(home, "roles", "edit", role_id, "--tenant", "lumen", "--visa", "unknown", "--overlap", "3",
       "--countries", "any", "--hours", "8-16")
    [edit] = sent
    assert edit == RoleEdit(visa_sponsorship=None, min_overlap_hours=3, allowed_countries=[],
                            work_hours=WorkHours(start=8, end=16))
    assert edit.model_fields_set == {"visa_sponsorship", "min_overlap_hours",
                                     "allowed_countries", "work_hours"}
    # The body's own checks, in the role form's words, as the API refuses them.
    refused = run(home, "roles", "edit", role_id, "--tenant", "lumen", "--overlap", "30",
                  "--remote", "sometimes")
    said = " ".join(refused.output.split())
    assert refused.exit_code == 2
    assert "minimum overlap: Input should be less than or equal to 24" in said
    assert "work mode: Input should be 'remote', 'hybrid' or 'onsite'" in said
    assert len(sent) == 1


def test_a_post_with_no_title_is_kept_and_asks_for_one(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("## Requirements\n- Python\n- SQL\n- Airflow\n\n"
                    "Salary: up to USD 90,000 per year.\n", encoding="utf-8")
    read = " ".join(ok(tmp_path, "ingest", str(post), "--kind", "role", "--tenant", "acme").split())
    assert "no job title in this post" in read
    [role] = json.loads(ok(tmp_path, "roles", "list", "--tenant", "acme", "--json"))
    assert role["title"] == "" and role["warnings"] == [NO_TITLE_WARNING]
    shown = " ".join(ok(tmp_path, "roles", "show", role["id"], "--tenant", "acme").split())
    assert UNTITLED_LABEL in shown and NO_TITLE_WARNING in shown
    ok(tmp_path, "roles", "edit", role["id"], "--tenant", "acme", "--title", "Data Engineer")
    [role] = json.loads(ok(tmp_path, "roles", "list", "--tenant", "acme", "--json"))
    assert role["title"] == "Data Engineer" and role["warnings"] == []


def test_the_zone_of_a_team_elsewhere_from_the_command_line(
    home_with_a_post: tuple[Path, str],
) -> None:
    home, role_id = home_with_a_post
    ok(home, "roles", "edit", role_id, "--tenant", "lumen", "--team-timezone", "Asia/Manila",
       "--hours", "8-16")
    view = json.loads(ok(home, "roles", "show", role_id, "--json"))
    assert view["overlap_timezone"] == "Asia/Manila"
    assert view["work_hours"] == {"start": 8.0, "end": 16.0}
    shown = " ".join(ok(home, "roles", "show", role_id, "--tenant", "lumen").split())
    assert "team hours 8-16 Asia/Manila" in shown
    assert run(home, "roles", "edit", role_id, "--tenant", "lumen",
               "--team-timezone", "Mars/Base").exit_code == 2
