"""Properties of the stage machine on the real store: whatever sequence of moves is tried, only
the allowed ones land, and the history holds every one of them, in order, with who and when."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tests.pipeline.conftest import World, build_world
from worldhire.core.models import utcnow
from worldhire.pipeline.models import StageMove
from worldhire.pipeline.stages import PipelineError, StageConfig, default_config, linear
from worldhire.store.sql.repository import SqlRepository

CONFIGS: dict[str, StageConfig] = {
    "default": default_config(),
    "short": linear(["applied", "tech-screen", "onsite", "offer", "hired"], rejection="declined"),
}
ALL_STAGES = sorted({n for c in CONFIGS.values() for n in c.names} | {"limbo"})
ACTORS = ("recruiter:u1@t", "admin:u2@t", "operator:local operator")


@lru_cache(maxsize=1)
def shared_world() -> World:
    """One store for the whole run: every example works on a fresh application in it (a store
    per example would spend the test's time on migrations)."""
    folder = Path(tempfile.mkdtemp(prefix="wh-pipeline-"))
    return build_world(SqlRepository(f"sqlite:///{folder / 'store.db'}"))


class StageMachine(RuleBasedStateMachine):
    @initialize(config_name=st.sampled_from(sorted(CONFIGS)))
    def start(self, config_name: str) -> None:
        self.world = shared_world()
        self.config = CONFIGS[config_name]
        service = self.world.service
        service.store.set_config(self.world.tenant.id, self.config)
        # A new role per example keeps the candidate x role pair unique.
        role = self.world.repo.get_role(self.world.role.id)
        assert role is not None
        role.id = f"role_prop_{id(self)}_{utcnow().timestamp()}"
        self.world.repo.save_role(role)
        self.clock = utcnow()
        self.app = service.add(self.world.people[0].id, role.id, actor=ACTORS[0], at=self.clock)
        self.expected = [StageMove(self.app.id, 1, None, self.config.initial, ACTORS[0],
                                   self.clock)]

    @rule(
        stage=st.sampled_from(ALL_STAGES),
        actor=st.sampled_from(ACTORS),
        reason=st.none() | st.sampled_from(["", "  ", "salary mismatch", "withdrew"]),
    )
    def try_move(self, stage: str, actor: str, reason: str | None) -> None:
        current = self.expected[-1].to_stage
        stage_known = stage in self.config.names
        legal = (
            stage_known
            and stage in self.config.allowed(current)
            and (not self.config.stage(stage).needs_reason or bool(reason and reason.strip()))
        )
        self.clock += timedelta(minutes=1)
        try:
            move = self.world.service.move(
                self.app.id, stage, actor=actor, reason=reason, at=self.clock
            )
        except PipelineError:
            assert not legal, f"legal move {current} -> {stage} refused"
            return
        assert legal, f"illegal move {current} -> {stage} succeeded"
        assert (move.from_stage, move.to_stage, move.actor) == (current, stage, actor)
        self.expected.append(move)

    @invariant()
    def history_is_complete_and_ordered(self) -> None:
        history = self.world.service.history(self.app.id)
        assert history == self.expected
        assert [m.seq for m in history] == list(range(1, len(history) + 1))
        for before, after in pairwise(history):
            assert after.from_stage == before.to_stage
            assert after.at >= before.at
            assert after.to_stage in self.config.allowed(before.to_stage)
        assert self.world.service.get(self.app.id).stage == history[-1].to_stage


StageMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStageMachine = StageMachine.TestCase
