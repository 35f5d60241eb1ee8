"""The stages an application moves through, and the machine that refuses illegal moves.

A tenant configures its own stages; every configuration is checked when it is set, so a move is
only ever judged against a coherent graph: known stages, one entry stage, terminal stages with no
way out, and a rejection stage that demands a reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from worldhire.core.errors import WorldhireError


class PipelineError(WorldhireError, ValueError):
    """Bad input to the pipeline: an unknown application, a malformed configuration ..."""

    status = 422
    code = "pipeline-input"


class IllegalMove(PipelineError):
    """A move the tenant's stage machine does not allow."""

    status = 409
    code = "illegal-move"


@dataclass(frozen=True)
class Stage:
    name: str
    terminal: bool = False
    # Moving here needs a reason (rejections); the reason is kept on the application.
    needs_reason: bool = False


@dataclass(frozen=True)
class StageConfig:
    """Stages in display order; `initial` is where every application starts; `moves` maps a stage
    to the stages it may move to. Terminal stages have no moves out."""

    stages: tuple[Stage, ...]
    initial: str
    moves: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        names = [s.name for s in self.stages]
        if not names:
            raise PipelineError("a pipeline needs at least one stage")
        if len(set(names)) != len(names):
            raise PipelineError(f"stage names repeat: {names}")
        for name in names:
            if not name or not name.replace("_", "").replace("-", "").isalnum():
                raise PipelineError(f"stage name {name!r} must be letters, digits, - or _")
        if self.initial not in names:
            raise PipelineError(f"the initial stage {self.initial!r} is not one of {names}")
        by_name = {s.name: s for s in self.stages}
        if by_name[self.initial].terminal:
            raise PipelineError("the initial stage cannot be terminal")
        for source, targets in self.moves.items():
            if source not in by_name:
                raise PipelineError(f"moves from unknown stage {source!r}")
            if by_name[source].terminal and targets:
                raise PipelineError(f"{source!r} is terminal and cannot move on")
            for target in targets:
                if target not in by_name:
                    raise PipelineError(f"{source!r} moves to unknown stage {target!r}")
                if target == source:
                    raise PipelineError(f"{source!r} cannot move to itself")
        if not any(s.terminal for s in self.stages):
            raise PipelineError("a pipeline needs a terminal stage (hired, rejected ...)")

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def stage(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise PipelineError(f"unknown stage {name!r}; stages are {', '.join(self.names)}")

    def allowed(self, current: str) -> tuple[str, ...]:
        return tuple(self.moves.get(current, ()))

    def check(self, current: str, target: str, reason: str | None) -> None:
        """Raise IllegalMove unless `current` -> `target` is allowed (with a reason if needed)."""
        self.stage(target)
        if self.stage(current).terminal:
            raise IllegalMove(f"{current!r} is final; the application cannot move to {target!r}")
        allowed = self.allowed(current)
        if target not in allowed:
            options = ", ".join(allowed) or "nothing"
            raise IllegalMove(f"cannot move from {current!r} to {target!r}; allowed: {options}")
        if self.stage(target).needs_reason and not (reason and reason.strip()):
            raise IllegalMove(f"moving to {target!r} needs a reason")

    def to_dict(self) -> dict[str, Any]:
        return {
            "initial": self.initial,
            "stages": [
                {"name": s.name, "terminal": s.terminal, "needs_reason": s.needs_reason}
                for s in self.stages
            ],
            "moves": {k: list(v) for k, v in self.moves.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StageConfig:
        """Read a configuration (JSON/YAML shaped); malformed input raises PipelineError."""
        try:
            stages = tuple(
                Stage(str(s["name"]), bool(s.get("terminal", False)),
                      bool(s.get("needs_reason", False)))
                for s in data["stages"]
            )
            moves = {str(k): tuple(str(t) for t in v) for k, v in data.get("moves", {}).items()}
            return cls(stages, str(data["initial"]), moves)
        except (KeyError, TypeError, AttributeError) as exc:
            raise PipelineError(f"malformed stage configuration ({exc!r})") from exc


def linear(
    names: Sequence[str], *, rejection: str = "rejected", terminal: Sequence[str] = ()
) -> StageConfig:
    """Stages in a line (each moves to the next), the last one final, and from every open stage
    a move to the rejection stage, which needs a reason."""
    final = set(terminal) | {names[-1]}
    stages = [Stage(n, terminal=n in final) for n in names]
    stages.append(Stage(rejection, terminal=True, needs_reason=True))
    moves: dict[str, tuple[str, ...]] = {}
    for here, after in pairwise(names):
        if here not in final:
            moves[here] = (after, rejection)
    return StageConfig(tuple(stages), names[0], moves)


def default_config() -> StageConfig:
    """sourced -> contacted -> screened -> interview -> offer -> hired, or rejected (with a reason)
    from any open stage. Inbound applicants may skip `contacted`."""
    base = linear(["sourced", "contacted", "screened", "interview", "offer", "hired"])
    moves = dict(base.moves)
    moves["sourced"] = ("contacted", "screened", "rejected")
    return StageConfig(base.stages, base.initial, moves)
