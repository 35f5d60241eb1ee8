"""The funnel report page: counts, conversion and median time in stage, for the whole tenant,
by role and by region (worldhire.pipeline.funnel, the same service as the API and the CLI),
with the figures as CSV."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from worldhire.pipeline.schemas import FunnelOut
from worldhire.web.app import Visit, recruiter
from worldhire.web.charts import funnel_chart

router = APIRouter()
Page = Annotated[Visit, Depends(recruiter)]


@router.get("/pipeline/funnel")
def funnel(page: Page) -> Response:
    report = FunnelOut.of(page.ctx.pipeline(page.services.principal).funnel())
    overall = report.groups[0]
    return page.render(
        "funnel.html", overall=overall, chart=funnel_chart(overall.stages),
        stages=[s.stage for s in overall.stages],
        roles=[g for g in report.groups if g.grouping == "role"],
        regions=[g for g in report.groups if g.grouping == "region"],
    )


@router.get("/pipeline/funnel.csv")
def funnel_csv(page: Page) -> Response:
    response = Response(page.ctx.pipeline(page.services.principal).funnel().csv(),
                        media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="funnel.csv"',
                                 "Cache-Control": "no-store"})
    page.save(response)
    return response
