"""Everything a plan shows, as the typed answer (teams.schemas.TeamPlanOut) that the API
returns, the web page and the terminal view show, and --json prints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from worldhire.teams.adapt import Skipped
from worldhire.teams.check import team_masks
from worldhire.teams.hours import SLOT_MINUTES, SLOTS_PER_DAY, hour_slots, slot_instant, zone
from worldhire.teams.models import TeamCandidate, clock
from worldhire.teams.plan import Plan
from worldhire.teams.problem import holds, overlap_slots
from worldhire.teams.schemas import (
    ConflictOut,
    ConstraintOut,
    CostOut,
    Handoff,
    HandoffDay,
    HourCoverage,
    MemberOut,
    OverlapWindow,
    RelaxationOut,
    ShareOut,
    SkippedOut,
    SlotCoverage,
    TeamPlanOut,
    WindowMember,
)

SLOTS_PER_HOUR = 60 // SLOT_MINUTES


def _slot_clock(slot: int) -> str:
    return clock((slot % SLOTS_PER_DAY) * SLOT_MINUTES / 60)


def _local(member: TeamCandidate, spec_zone: str, day: date, first: int, stop: int) -> str:
    tz = zone(member.timezone)
    start = slot_instant(spec_zone, day, first).astimezone(tz)
    end = slot_instant(spec_zone, day, stop).astimezone(tz)
    return f"{start:%H:%M}-{end:%H:%M}"


def report(plan: Plan, skipped: Sequence[Skipped] = ()) -> TeamPlanOut:
    """The plan, with the people left out of the pool and why. The parts a plan lacks (no
    conflict, no team, no overlap asked for) are left unset, so the answer leaves them out."""
    spec = plan.spec
    # A part assigned below counts as set (model_dump(exclude_unset=True) keeps it); the others
    # stay out of the answer.
    out = TeamPlanOut(
        status=plan.status, total_fit=plan.total_fit, bound=plan.bound, gap=plan.gap,
        pool_size=plan.pool_size, pruned_pool_size=plan.pruned_size,
        checked_dates=len(plan.dates),
        days_covered_by_check=sum(d.stands_for for d in plan.dates), timezone=spec.timezone,
        seconds={k: round(v, 4) for k, v in plan.seconds.items()},
        skipped=[SkippedOut(candidate_id=s.candidate_id, name=s.name, reason=s.reason)
                 for s in skipped],
    )
    if plan.conflict is not None:
        out.conflict = ConflictOut(
            summary=plan.conflict.summary,
            constraints=[ConstraintOut(key=g.key, description=g.description)
                         for g in plan.conflict.groups],
            relaxations=[RelaxationOut(constraint=r.group, suggestion=r.suggestion, value=r.value)
                         for r in plan.conflict.relaxations],
        )
    if plan.team:
        team = sorted(plan.team, key=lambda m: (-m.fit, m.id))
        out.team = [MemberOut(
            id=m.id, name=m.name, country=m.country, region=m.region, timezone=m.timezone,
            local_hours=f"{clock(m.work_start_hour)}-{clock(m.work_end_hour)}", fit=m.fit,
            cost_usd=m.cost, required_skills=[n.skill for n in spec.skills if holds(m, n.skill)],
            hired=m.id in spec.hired,
        ) for m in team]
        out.cost = CostOut(
            total_usd=plan.cost, budget_usd=spec.budget_usd,
            left_usd=None if spec.budget_usd is None else spec.budget_usd - plan.cost)
        out.shares = {key: _shares(team, key) for key in ("country", "region")}
        all_masks = {d.day: team_masks(team, spec, d) for d in plan.dates}
        out.coverage_by_hour = _coverage(plan, all_masks)
        out.coverage_by_slot = _coverage_slots(plan, all_masks)
        if spec.overlap is not None:
            out.overlap_windows = _overlaps(plan, team, all_masks)
        out.handoffs = _handoffs(plan, team, all_masks)
    return out


def _shares(team: list[TeamCandidate], key: str) -> list[ShareOut]:
    counts = Counter(getattr(m, key) or "unknown" for m in team)
    return [ShareOut(name=k, members=v, share=v / len(team)) for k, v in counts.most_common()]


def _required(plan: Plan) -> list[int]:
    need = [0] * SLOTS_PER_DAY
    for c in plan.spec.coverage:
        for s in hour_slots(c.start_hour, c.end_hour):
            need[s] = max(need[s], c.min_people)
    return need


def _staffed(masks: list[int], slot: int) -> int:
    return sum(m >> slot & 1 for m in masks)


def _coverage_slots(plan: Plan, all_masks: dict[date, list[int]]) -> list[SlotCoverage]:
    need = _required(plan)
    rows = []
    for s in range(SLOTS_PER_DAY):
        counts = [_staffed(masks, s) for masks in all_masks.values()]
        rows.append(SlotCoverage(slot=s, start=_slot_clock(s), worst=min(counts),
                                 best=max(counts), required=need[s]))
    return rows


def _coverage(plan: Plan, all_masks: dict[date, list[int]]) -> list[HourCoverage]:
    """Per hour of the spec's day: fewest and most people at work over its slots and all dates."""
    need = _required(plan)
    rows = []
    for hour in range(24):
        slots = range(hour * SLOTS_PER_HOUR, (hour + 1) * SLOTS_PER_HOUR)
        counts = [_staffed(masks, s) for masks in all_masks.values() for s in slots]
        rows.append(HourCoverage(hour=clock(hour), worst=min(counts), best=max(counts),
                                 required=max(need[s] for s in slots)))
    return rows


def _overlaps(plan: Plan, team: list[TeamCandidate],
              all_masks: dict[date, list[int]]) -> list[OverlapWindow]:
    """Per date the window (widest group, then earliest) stretched while that group still works;
    dates with the same window share one entry."""
    spec = plan.spec
    assert spec.overlap is not None
    length = overlap_slots(spec.overlap.hours)
    full = (1 << length) - 1
    found: dict[tuple[int, int, tuple[str, ...]], OverlapWindow] = {}
    for when in plan.dates:
        masks = all_masks[when.day]
        best = max(range(SLOTS_PER_DAY), key=lambda w: (
            sum((m >> w) & full == full for m in masks), -w))
        group = [k for k, m in enumerate(masks) if (m >> best) & full == full]
        stop = best + length
        while stop < best + SLOTS_PER_DAY and all(masks[k] >> stop & 1 for k in group):
            stop += 1
        key = (best, stop, tuple(team[k].id for k in group))
        entry = found.get(key)
        if entry is None:
            entry = found[key] = OverlapWindow(
                start=_slot_clock(best), end=_slot_clock(stop),
                hours=(stop - best) * SLOT_MINUTES / 60, dates=[], days=0,
                members=[WindowMember(id=team[k].id, name=team[k].name,
                                      local=_local(team[k], spec.timezone, when.day, best, stop))
                         for k in group])
        entry.dates.append(when.day.isoformat())
        entry.days += when.stands_for
    return sorted(found.values(), key=lambda e: -e.days)


def _handoffs(plan: Plan, team: list[TeamCandidate],
              all_masks: dict[date, list[int]]) -> list[HandoffDay]:
    """The order in which members start work through the spec's day, with the hand-off times."""
    found: dict[tuple[tuple[str, str, str], ...], HandoffDay] = {}
    for when in plan.dates:
        shifts = []
        for member, mask in zip(team, all_masks[when.day], strict=True):
            # the shift that starts in the day (slot 96 is the next midnight, i.e. 00:00);
            # a shift running on from the day before is the previous day's hand-off
            first = next((s for s in range(1, SLOTS_PER_DAY + 1)
                          if mask >> s & 1 and not mask >> (s - 1) & 1), None)
            if first is None:
                continue
            stop = first
            while mask >> stop & 1:
                stop += 1
            shifts.append((first, stop, member))
        shifts.sort(key=lambda t: (t[0], t[2].id))
        sequence = [Handoff(
            id=m.id, name=m.name, starts=_slot_clock(a), ends=_slot_clock(b),
            local=_local(m, plan.spec.timezone, when.day, a, b),
            hands_to=shifts[(k + 1) % len(shifts)][2].name,
            at=_slot_clock(shifts[(k + 1) % len(shifts)][0]),
        ) for k, (a, b, m) in enumerate(shifts)]
        key = tuple((s.id, s.starts, s.ends) for s in sequence)
        entry = found.setdefault(key, HandoffDay(dates=[], days=0, sequence=sequence))
        entry.dates.append(when.day.isoformat())
        entry.days += when.stands_for
    return sorted(found.values(), key=lambda e: -e.days)
