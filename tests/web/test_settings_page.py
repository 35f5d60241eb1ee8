"""The company settings page: admins choose what is kept of each résumé received, the others
read it; the choice is the one the API and the imports use, and it is audited."""

from __future__ import annotations

from html import unescape

from tests.api.conftest import World
from tests.web.conftest import web_session
from worldhire.governance.audit import AuditLog


def test_an_admin_chooses_what_is_kept_and_the_others_only_read_it(
        live: tuple[str, World]) -> None:
    world = live[1]
    tenant = world.own_tenant("Settings page tenant", "settings")
    admin, csrf = web_session(world, world.tokens["settings-admin"])
    page = admin.get("/settings")
    assert page.status_code == 200 and 'aria-current="page">Settings' in page.text
    assert "(the deployment's default)" in unescape(page.text)

    saved = admin.post("/settings", data={"csrf": csrf, "resume_originals": "none"})
    assert saved.status_code == 200 and "Saved: new résumés keep nothing of it" in unescape(
        saved.text)
    assert world.ctx.repo.tenant_resume_originals(tenant) == "none"
    api = admin.get("/api/v1/tenant/settings", headers=world.auth("settings-admin")).json()
    assert api["resume_originals"] == "none"
    actions = [e.action for e in AuditLog(world.ctx.gov).entries(tenant)]
    assert "tenant-setting" in actions

    refused = admin.post("/settings", data={"csrf": csrf, "resume_originals": "everything"})
    assert refused.status_code == 422 and "one of file, text, none" in unescape(refused.text)
    forged = admin.post("/settings", data={"csrf": "forged", "resume_originals": "file"})
    assert forged.status_code == 403
    back = admin.post("/settings", data={"csrf": csrf, "resume_originals": "deployment"})
    assert back.status_code == 200 and world.ctx.repo.tenant_resume_originals(tenant) is None

    recruiter, rcsrf = web_session(world, world.tokens["settings-recruiter"])
    read_only = recruiter.get("/settings")
    assert read_only.status_code == 200 and "Only your company's admins" in unescape(
        read_only.text)
    assert 'href="/settings"' not in recruiter.get("/roles").text
    denied = recruiter.post("/settings", data={"csrf": rcsrf, "resume_originals": "none"})
    assert denied.status_code == 403
    assert world.ctx.repo.tenant_resume_originals(tenant) is None


def test_candidates_have_no_company_settings(live: tuple[str, World]) -> None:
    world = live[1]
    candidate, _ = web_session(world, world.tokens["candidate"])
    assert candidate.get("/settings").status_code == 403
