"""Check a team against a spec directly from the members' shifts, without the solver's model.

The planner runs this on every plan it returns, and the tests use it as the brute-force oracle: it
shares the shift masks with the model but none of the deduplication, pruning or linearisation.
"""

from __future__ import annotations

from collections import Counter

from worldhire.teams.hours import SLOTS_PER_DAY, CheckDate, hour_slots, shift_mask
from worldhire.teams.models import TeamCandidate, TeamSpec
from worldhire.teams.problem import holds, overlap_slots


def team_masks(team: list[TeamCandidate], spec: TeamSpec, when: CheckDate) -> list[int]:
    return [shift_mask(m.hours, spec.timezone, when.day) for m in team]


def violations(team: list[TeamCandidate], spec: TeamSpec, dates: list[CheckDate]) -> list[str]:
    """Every way the team breaks the spec, in words; empty when the team satisfies it."""
    out = []
    size = len(team)
    ids = {m.id for m in team}
    if not spec.min_size <= size <= spec.max_size:
        out.append(f"team size {size} outside {spec.min_size}-{spec.max_size}")
    out += [f"hired member {h} missing" for h in spec.hired if h not in ids]
    for need in spec.skills:
        count = sum(holds(m, need.skill) for m in team)
        if count < need.min_people:
            out.append(f"{count} member(s) with {need.skill}, need {need.min_people}")
    cost = sum(round(m.cost) for m in team)
    if spec.budget_usd is not None and cost > spec.budget_usd:
        out.append(f"cost {cost:,.0f} over budget {spec.budget_usd:,.0f}")
    for share, key in ((spec.max_country_share, "country"), (spec.max_region_share, "region")):
        if share is None or not team:
            continue
        counts = Counter(getattr(m, key) or "unknown" for m in team)
        place, most = counts.most_common(1)[0]
        if most > share * size + 1e-9:
            out.append(f"{most} of {size} members in {key} {place}, above {share:.0%}")
    for when in dates:
        masks = team_masks(team, spec, when)
        for cover in spec.coverage:
            for slot in hour_slots(cover.start_hour, cover.end_hour):
                staffed = sum(mask >> slot & 1 for mask in masks)
                if staffed < cover.min_people:
                    out.append(f"{when.day}: slot {slot} of {cover.label} has {staffed}, "
                               f"need {cover.min_people}")
                    break
        if spec.overlap is not None and not _has_window(masks, spec, size):
            out.append(f"{when.day}: no {spec.overlap.hours:g} h overlap window")
    return out


def _has_window(masks: list[int], spec: TeamSpec, size: int) -> bool:
    assert spec.overlap is not None
    length = overlap_slots(spec.overlap.hours)
    need = spec.overlap.min_members if spec.overlap.min_members is not None else size
    full = (1 << length) - 1
    return any(sum((mask >> w) & full == full for mask in masks) >= need
               for w in range(SLOTS_PER_DAY))
