"""What the `batch` commands print with --json (the report of each run)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from worldhire.assess.stored import BackfillReport
    from worldhire.batch.embed import EmbedReport
    from worldhire.batch.rematch import RematchReport


class EmbedPartOut(BaseModel):
    total: int
    embedded: int = Field(description="texts new or changed since the last run")
    pruned: int = Field(description="vectors of texts no longer held")


class EmbedReportOut(BaseModel):
    parts: dict[str, EmbedPartOut] = Field(description="profiles and evidence")
    seconds: float
    texts_per_second: float
    gpus: float

    @classmethod
    def of(cls, report: EmbedReport) -> EmbedReportOut:
        return cls(
            parts={p.name: EmbedPartOut(total=p.total, embedded=p.embedded, pruned=p.pruned)
                   for p in report.parts},
            seconds=round(report.seconds, 2),
            texts_per_second=round(report.texts_per_second, 1), gpus=report.gpus)


class AssessReportOut(BaseModel):
    assessed: int
    seconds: float
    per_second: float
    version: str = Field(description="the extractor the assessments were made with")

    @classmethod
    def of(cls, report: BackfillReport, version: str) -> AssessReportOut:
        return cls(assessed=report.assessed, seconds=round(report.seconds, 1),
                   per_second=round(report.per_second, 1), version=version)


class RematchReportOut(BaseModel):
    run_id: str
    resumed: bool
    roles: int = Field(description="open roles")
    roles_already_done: int = Field(description="ranked by an earlier attempt of this run")
    pairs: int = Field(description="candidate-role pairs in the pools of the roles ranked")
    scored: int = Field(description="pairs scored; the rest failed a hard filter or were "
                                    "beyond retrieval")
    seconds: float
    pairs_per_second: float

    @classmethod
    def of(cls, report: RematchReport) -> RematchReportOut:
        return cls(run_id=report.run_id, resumed=report.resumed, roles=report.roles,
                   roles_already_done=report.roles_skipped, pairs=report.pairs,
                   scored=report.scored, seconds=round(report.seconds, 2),
                   pairs_per_second=round(report.pairs_per_second, 1))
