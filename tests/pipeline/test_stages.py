from __future__ import annotations

import pytest

from worldhire.pipeline.stages import (
    IllegalMove,
    PipelineError,
    Stage,
    StageConfig,
    default_config,
    linear,
)


def test_default_stages_and_moves() -> None:
    config = default_config()
    assert config.names == [
        "sourced", "contacted", "screened", "interview", "offer", "hired", "rejected",
    ]
    assert config.initial == "sourced"
    assert config.allowed("sourced") == ("contacted", "screened", "rejected")
    assert config.allowed("offer") == ("hired", "rejected")
    assert config.allowed("hired") == ()
    assert config.allowed("rejected") == ()


@pytest.mark.parametrize(("current", "target", "reason", "words"), [
    ("sourced", "offer", None, "allowed: contacted, screened, rejected"),
    ("hired", "rejected", "changed mind", "final"),
    ("rejected", "sourced", None, "final"),
    ("interview", "rejected", "  ", "needs a reason"),
    ("interview", "nowhere", None, "unknown stage"),
])
def test_illegal_moves_are_refused_with_a_reason(
    current: str, target: str, reason: str | None, words: str
) -> None:
    with pytest.raises(PipelineError, match=words):
        default_config().check(current, target, reason)


def test_legal_moves_pass() -> None:
    config = default_config()
    config.check("sourced", "screened", None)
    config.check("interview", "rejected", "no production experience")


@pytest.mark.parametrize(("data", "words"), [
    ({"stages": [], "initial": "a"}, "at least one stage"),
    ({"stages": [{"name": "a"}, {"name": "a", "terminal": True}], "initial": "a"}, "repeat"),
    ({"stages": [{"name": "a"}, {"name": "b", "terminal": True}], "initial": "c"}, "initial"),
    ({"stages": [{"name": "a", "terminal": True}], "initial": "a"}, "cannot be terminal"),
    ({"stages": [{"name": "a"}, {"name": "b", "terminal": True}], "initial": "a",
      "moves": {"b": ["a"]}}, "terminal and cannot move"),
    ({"stages": [{"name": "a"}, {"name": "b", "terminal": True}], "initial": "a",
      "moves": {"a": ["z"]}}, "unknown stage"),
    ({"stages": [{"name": "a"}, {"name": "b"}], "initial": "a"}, "needs a terminal"),
    ({"stages": [{"name": "a b"}], "initial": "a b"}, "letters, digits"),
    ({"initial": "a"}, "malformed"),
])
def test_bad_configurations_are_refused(data: dict[str, object], words: str) -> None:
    with pytest.raises(PipelineError, match=words):
        StageConfig.from_dict(data)


def test_configuration_round_trips_through_dict() -> None:
    config = linear(["applied", "tech-screen", "onsite", "hired"], rejection="declined")
    assert StageConfig.from_dict(config.to_dict()) == config
    assert config.stage("declined") == Stage("declined", terminal=True, needs_reason=True)
    with pytest.raises(IllegalMove):
        config.check("applied", "onsite", None)
