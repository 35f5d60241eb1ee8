"""The hiring funnel of a tenant: for each stage, how many applications reached it, how many sit
there now, the share that went on to the next stage, and the median time spent in it; overall,
by role and by the candidate's region. One service for the web page, the API and the CLI.

Reached counts every application whose history entered the stage, so an application that
skipped a stage (inbound applicants skip "contacted") is not counted there. Conversion is the
share that went on to a later stage of the pipeline's order (skipping one still counts as going
on; the rejection stage is not "on") among the applications decided at this stage: those that went
on or ended (hired elsewhere in the order, rejected, withdrawn). Applications still open there
have no outcome yet, so they are left out of the denominator: counting them as "not on" would make
every stage with a queue look like it loses people. Conversion is left empty for final stages
and where no application has been decided yet. Time in stage is measured
on finished stays only (the application moved on), so a stage where everyone still waits has no
median yet instead of a figure that grows by the minute."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from statistics import median

from worldhire.comp.regions import OTHER_REGION, region_label, region_of
from worldhire.pipeline.exchange import spreadsheet_cell
from worldhire.pipeline.models import Application, Grouping, StageMove
from worldhire.pipeline.stages import StageConfig

OVERALL = "all"
CSV_COLUMNS = ["grouping", "group", "stage", "reached", "in_stage_now", "decided",
               "conversion_to_next",
               "median_days_in_stage", "finished_stays"]
DAY_S = 86_400.0


@dataclass(frozen=True)
class StageFigures:
    stage: str
    reached: int
    in_stage_now: int
    decided: int  # reached it and went on or ended; the denominator of conversion_to_next
    conversion_to_next: float | None  # None: a final stage, or nothing decided there yet
    median_days: float | None  # None: no finished stay yet
    finished_stays: int


@dataclass(frozen=True)
class FunnelGroup:
    grouping: Grouping  # "stage" (the whole tenant), "role" or "region"
    key: str  # "all", a role id or a region code
    label: str  # "All roles", a role title, a region name
    applications: int
    stages: tuple[StageFigures, ...]


@dataclass(frozen=True)
class FunnelReport:
    groups: tuple[FunnelGroup, ...]

    @property
    def overall(self) -> FunnelGroup:
        return self.groups[0]

    def by(self, grouping: str) -> list[FunnelGroup]:
        return [g for g in self.groups if g.grouping == grouping]

    def csv(self) -> str:
        out = io.StringIO()
        # RFC 4180 line ends: with "\n" alone a carriage return in a title is left unquoted.
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for g in self.groups:
            for s in g.stages:
                # A role's title and a stage's name are typed by people (or read from a post).
                writer.writerow([
                    g.grouping, spreadsheet_cell(g.label), spreadsheet_cell(s.stage), s.reached,
                    s.in_stage_now, s.decided,
                    "" if s.conversion_to_next is None else f"{s.conversion_to_next:.3f}",
                    "" if s.median_days is None else f"{s.median_days:.1f}", s.finished_stays,
                ])
        return out.getvalue()


def _figures(config: StageConfig, applications: Sequence[Application],
             moves: Mapping[str, Sequence[StageMove]]) -> tuple[StageFigures, ...]:
    reached: dict[str, int] = dict.fromkeys(config.names, 0)
    stays: dict[str, list[float]] = {n: [] for n in config.names}
    now: dict[str, int] = dict.fromkeys(config.names, 0)
    went_on: dict[str, int] = dict.fromkeys(config.names, 0)
    decided: dict[str, int] = dict.fromkeys(config.names, 0)
    ended = {s.name for s in config.stages if s.terminal}
    order = [s.name for s in config.stages if not s.needs_reason]
    later = {here: set(order[i + 1:]) for i, here in enumerate(order) if order[i + 1:]}
    for a in applications:
        if a.stage in now:
            now[a.stage] += 1
        history = sorted(moves.get(a.id, ()), key=lambda m: m.seq)
        entered = {m.to_stage for m in history}
        for stage in entered & reached.keys():
            reached[stage] += 1
            if entered & later.get(stage, set()):
                went_on[stage] += 1
                decided[stage] += 1
            elif a.stage in ended:
                decided[stage] += 1
        for here, after in pairwise(history):
            if here.to_stage in stays:
                stays[here.to_stage].append(_days(here.at, after.at))
    out = []
    for s in config.stages:
        done = stays[s.name]
        convertible = not s.terminal and s.name in later and decided[s.name] > 0
        out.append(StageFigures(
            s.name, reached[s.name], now[s.name], decided[s.name],
            went_on[s.name] / decided[s.name] if convertible else None,
            round(median(done), 2) if done else None, len(done),
        ))
    return tuple(out)


def _days(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / DAY_S)


def funnel(
    config: StageConfig, applications: Sequence[Application],
    moves: Mapping[str, Sequence[StageMove]], *, role_titles: Mapping[str, str],
    countries: Mapping[str, str | None],
) -> FunnelReport:
    """The report from a tenant's applications and their moves. `countries` maps a candidate id
    to the ISO code of where they live (None when unknown: their region is "other")."""
    def region(a: Application) -> str:
        code = countries.get(a.candidate_id)
        return region_of(code) if code else OTHER_REGION

    groups = [FunnelGroup("stage", OVERALL, "All roles", len(applications),
                          _figures(config, applications, moves))]
    by_role = _split(applications, lambda a: a.role_id)
    for role_id in sorted(by_role, key=lambda r: (role_titles.get(r, r).casefold(), r)):
        chosen = by_role[role_id]
        groups.append(FunnelGroup("role", role_id, role_titles.get(role_id, role_id),
                                  len(chosen), _figures(config, chosen, moves)))
    by_region = _split(applications, region)
    for code in sorted(by_region, key=lambda c: (c == OTHER_REGION, region_label(c))):
        chosen = by_region[code]
        groups.append(FunnelGroup("region", code, region_label(code), len(chosen),
                                  _figures(config, chosen, moves)))
    return FunnelReport(tuple(groups))


def _split(applications: Iterable[Application], key: Callable[[Application], str]
           ) -> dict[str, list[Application]]:
    out: dict[str, list[Application]] = {}
    for a in applications:
        out.setdefault(key(a), []).append(a)
    return out
