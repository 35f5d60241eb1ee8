from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.pipeline.conftest import World
from worldhire.core.models import ConsentPurpose
from worldhire.governance.access import ScopedServices
from worldhire.governance.consent import record_consent
from worldhire.governance.errors import NotInScope
from worldhire.governance.principal import Principal
from worldhire.governance.store import Governance
from worldhire.pipeline.outreach import OutreachDraft
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.pipeline.service import RatingInput
from worldhire.pipeline.stages import IllegalMove, PipelineError, linear
from worldhire.pipeline.webhooks import Webhooks
from worldhire.store.sql import schema_pipeline
from worldhire.store.sql.repository import SqlRepository
from worldhire.store.sql.schema import metadata

ME = "recruiter:u1@acme"


def test_application_starts_in_the_initial_stage_with_history(world: World) -> None:
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    assert app.stage == "sourced"
    [first] = world.service.history(app.id)
    assert (first.seq, first.from_stage, first.to_stage, first.actor) == (1, None, "sourced", ME)


def test_a_candidate_is_on_a_role_once(world: World) -> None:
    world.service.add(world.people[0].id, world.role.id, actor=ME)
    with pytest.raises(PipelineError, match="already has an application"):
        world.service.add(world.people[0].id, world.role.id, actor=ME)


def test_unknown_ids_and_other_tenants_are_refused(world: World) -> None:
    with pytest.raises(PipelineError, match="no role"):
        world.service.add(world.people[0].id, "role_missing", actor=ME)
    with pytest.raises(PipelineError, match="no candidate"):
        world.service.add("cand_missing", world.role.id, actor=ME)
    other = world.repo.ensure_tenant("globex")
    world.people[1].tenant_id = other.id
    world.repo.save_candidate(world.people[1])
    with pytest.raises(PipelineError, match="another tenant"):
        world.service.add(world.people[1].id, world.role.id, actor=ME)


def test_moves_rejection_and_history(world: World) -> None:
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    world.service.move(app.id, "contacted", actor=ME)
    world.service.move(app.id, "screened", actor="recruiter:u2@acme")
    with pytest.raises(IllegalMove, match="needs a reason"):
        world.service.move(app.id, "rejected", actor=ME)
    world.service.move(app.id, "rejected", actor=ME, reason="wants onsite only")
    with pytest.raises(IllegalMove, match="final"):
        world.service.move(app.id, "interview", actor=ME)
    view = world.service.show(app.id)
    assert view.application.stage == "rejected"
    assert view.application.rejection_reason == "wants onsite only"
    assert [(m.from_stage, m.to_stage, m.actor) for m in view.history] == [
        (None, "sourced", ME), ("sourced", "contacted", ME),
        ("contacted", "screened", "recruiter:u2@acme"), ("screened", "rejected", ME),
    ]
    assert view.allowed == ()


def test_a_stale_move_is_refused(world: World) -> None:
    """Two recruiters look at the same application; the second one's move is based on a stage
    it no longer has."""
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    world.service.move(app.id, "contacted", actor=ME)
    from worldhire.core.models import utcnow
    from worldhire.pipeline.models import StageMove

    stale = StageMove(app.id, 2, "sourced", "screened", "recruiter:u2@acme", utcnow())
    with pytest.raises(IllegalMove, match="no longer in 'sourced'"):
        world.service.store.record_move(stale, None)
    assert [m.to_stage for m in world.service.history(app.id)] == ["sourced", "contacted"]


def test_notes(world: World) -> None:
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    world.service.note(app.id, "  Prefers async standups. ", author=ME)
    with pytest.raises(PipelineError, match="needs some text"):
        world.service.note(app.id, "   ", author=ME)
    [note] = world.service.show(app.id).notes
    assert (note.text, note.author) == ("Prefers async standups.", ME)


def test_scorecard_rates_every_requirement_once(world: World) -> None:
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    good = [
        RatingInput("PyTorch", 4, "walked through a custom CUDA kernel"),
        RatingInput("wh:python", 3, "clean typed code in the pairing task"),
        RatingInput("kubernetes", 2, "used it, never operated a cluster"),
    ]
    card = world.service.score(app.id, good, interviewer="u3", summary="strong hire")
    assert [r.label for r in card.ratings] == ["PyTorch", "Python", "Kubernetes"]
    assert card.mean == pytest.approx(3.0)
    [stored] = world.service.show(app.id).scorecards
    assert stored == card
    with pytest.raises(PipelineError, match="missing: Kubernetes"):
        world.service.score(app.id, good[:2], interviewer="u3")
    with pytest.raises(PipelineError, match="rated twice"):
        world.service.score(app.id, [*good, good[0]], interviewer="u3")
    with pytest.raises(PipelineError, match="not a requirement"):
        world.service.score(app.id, [*good, RatingInput("COBOL", 1, "x")], interviewer="u3")
    with pytest.raises(PipelineError, match="must be 1-4"):
        world.service.score(app.id, [RatingInput("PyTorch", 5, "x"), *good[1:]], interviewer="u")
    with pytest.raises(PipelineError, match="say what you saw"):
        world.service.score(app.id, [RatingInput("PyTorch", 3, " "), *good[1:]], interviewer="u")
    assert len(world.service.show(app.id).scorecards) == 1


def test_tenant_configures_its_stages(world: World) -> None:
    custom = linear(["applied", "tech-screen", "onsite", "hired"], rejection="declined")
    world.service.configure(world.tenant.id, custom)
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    assert app.stage == "applied"
    with pytest.raises(IllegalMove):
        world.service.move(app.id, "onsite", actor=ME)
    world.service.move(app.id, "tech-screen", actor=ME)
    board = world.service.board(world.role.id)
    assert list(board.columns) == ["applied", "tech-screen", "onsite", "hired", "declined"]
    assert [a.id for a in board.columns["tech-screen"]] == [app.id]
    assert [p.id for p in board.people.values() if p] == [world.people[0].id]
    # Dropping a stage that holds applications would strand them.
    with pytest.raises(PipelineError, match="tech-screen"):
        world.service.configure(world.tenant.id, linear(["applied", "hired"]))


def test_resaving_a_candidate_or_role_keeps_the_pipeline(world: World) -> None:
    """The repository saves by delete and insert; that must not wipe applications."""
    app = world.service.add(world.people[0].id, world.role.id, actor=ME)
    world.repo.save_candidate(world.people[0])
    world.repo.save_role(world.role)
    assert world.service.show(app.id).application.stage == "sourced"


def test_migration_creates_the_pipeline_tables_as_declared(repo: SqlRepository) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    ours = {t.name for t in metadata.sorted_tables if t.name in vars(schema_pipeline)}
    assert "applications" in ours
    with repo.engine.connect() as conn:
        assert ours <= set(inspect(conn).get_table_names())
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # Another area's tables may be missing from `metadata` here; only ours are judged.
    touching = [d for d in diff if any(f"'{n}'" in repr(d) or f"<{n}>" in repr(d) for n in ours)]
    assert touching == []


class Outbox:
    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []

    def send(self, message: EmailMessage) -> None:
        self.sent.append(message)


def test_a_company_sends_outreach_on_its_own_applications_only(world: World, tmp_path: Path
                                                              ) -> None:
    gov = Governance(world.repo, tmp_path)
    person = world.people[1]  # the company's own
    record_consent(gov, person.id, ConsentPurpose.OUTREACH, granted=True, source="test")
    app = world.service.add(person.id, world.role.id, actor=ME)
    draft = OutreachDraft(person.id, world.role.id, person.email, "Hello", "A role for you",
                          [], [])

    def pipeline(tenant_id: str) -> ScopedPipeline:
        scoped = ScopedServices(gov, Principal.operator().within(tenant_id))
        return ScopedPipeline(scoped, world.service, Webhooks.on(world.repo))

    outbox = Outbox()
    other = pipeline(world.repo.ensure_tenant("globex").id)
    with pytest.raises(NotInScope):
        other.send_outreach(app.id, draft, outbox, from_address="x@globex.test", from_name="X")
    assert outbox.sent == [] and world.service.store.notes(app.id) == []
    own = pipeline(world.tenant.id)
    note = own.send_outreach(app.id, draft, outbox, from_address="sam@acme.test",
                             from_name="Sam")
    assert [m["To"] for m in outbox.sent] == [person.email]
    assert note.author == own.actor == f"operator:local operator@{world.tenant.id}"
    assert world.service.store.notes(app.id) == [note]
