"""From a spec and a pool to the rows of the optimisation model, with an exact pruning of the pool.

Work is done per hours profile (zone + local hours), not per person: a pool of 10,000 has a few
hundred profiles. Coverage rows are "these profiles cover this slot on this date", deduplicated; an
overlap option is "these profiles all work through this window", and per date only the maximal
options are kept (a window whose workers are a subset of another's never helps).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from worldhire.teams.hours import (
    HORIZON_SLOTS,
    SLOT_MINUTES,
    SLOTS_PER_DAY,
    CheckDate,
    check_dates,
    hour_slots,
    shift_mask,
)
from worldhire.teams.models import Shift, TeamCandidate, TeamSpec, TeamSpecError

FIT_SCALE = 10_000  # the solver works on integers: fit to 1e-4, cost to the dollar


def skill_key(text: str) -> str:
    return " ".join(text.casefold().split())


def holds(candidate: TeamCandidate, skill: str) -> bool:
    return skill_key(skill) in {skill_key(s) for s in candidate.skills}


def overlap_slots(hours: float) -> int:
    return -(-round(hours * 60) // SLOT_MINUTES)


@dataclass
class Compiled:
    """The spec against a pool, at the level of hours profiles."""

    spec: TeamSpec
    pool: list[TeamCandidate]
    dates: list[CheckDate]
    profiles: list[Shift]
    profile_of: list[int]  # pool index -> profile index
    bits: np.ndarray  # bool [profile, date, slot of the two-day horizon]
    coverage_rows: list[tuple[int, frozenset[int], int]]  # (coverage need, profiles, min people)
    coverage_slots: list[set[int]]  # per row, the slots of the day it stands for
    overlap_groups: list[tuple[frozenset[int], ...]]  # per distinct date: maximal window options
    windows: list[list[tuple[int, frozenset[int]]]]  # per date: (start slot, profiles) maximal

    def profile_masks(self, profile: int) -> np.ndarray:
        mask: np.ndarray = self.bits[profile]
        return mask


def _unpack(mask: int) -> np.ndarray:
    raw = np.frombuffer(mask.to_bytes(HORIZON_SLOTS // 8, "little"), dtype=np.uint8)
    return np.unpackbits(raw, bitorder="little").astype(bool)


def compile_problem(spec: TeamSpec, pool: list[TeamCandidate]) -> Compiled:
    ids = [c.id for c in pool]
    if len(set(ids)) != len(ids):
        raise TeamSpecError("the pool lists a candidate id twice")
    missing = sorted(set(spec.hired) - set(ids))
    if missing:
        raise TeamSpecError(f"hired member(s) not in the pool: {', '.join(missing)}")
    profiles: list[Shift] = []
    index: dict[Shift, int] = {}
    profile_of = []
    for cand in pool:
        profile_of.append(index.setdefault(cand.hours, len(index)))
        if len(index) > len(profiles):
            profiles.append(cand.hours)
    dates = check_dates(spec.year, {p.timezone for p in profiles}, spec.timezone)
    bits = np.zeros((len(profiles), len(dates), HORIZON_SLOTS), dtype=bool)
    for p, shift in enumerate(profiles):
        for d, when in enumerate(dates):
            bits[p, d] = _unpack(shift_mask(shift, spec.timezone, when.day))

    rows: dict[tuple[int, bytes], tuple[int, frozenset[int], int]] = {}
    row_slots: dict[tuple[int, bytes], set[int]] = defaultdict(set)
    for n, need in enumerate(spec.coverage):
        if need.min_people == 0:
            continue
        slots = hour_slots(need.start_hour, need.end_hour)
        for d in range(len(dates)):
            for slot in slots:
                column = bits[:, d, slot]
                key = (n, column.tobytes())
                rows.setdefault(key, (n, frozenset(np.flatnonzero(column).tolist()),
                                      need.min_people))
                row_slots[key].add(slot)

    windows: list[list[tuple[int, frozenset[int]]]] = []
    groups: dict[frozenset[frozenset[int]], tuple[frozenset[int], ...]] = {}
    if spec.overlap is not None:
        length = overlap_slots(spec.overlap.hours)
        for d in range(len(dates)):
            options = _maximal_windows(bits[:, d, :], length)
            windows.append(options)
            sets = tuple(sorted((o for _, o in options), key=sorted))
            groups.setdefault(frozenset(sets), sets)
    return Compiled(spec, pool, dates, profiles, profile_of, bits, list(rows.values()),
                    [row_slots[key] for key in rows], list(groups.values()), windows)


def _maximal_windows(day_bits: np.ndarray, length: int) -> list[tuple[int, frozenset[int]]]:
    """Windows of `length` slots starting in the day, keeping those whose workers are maximal."""
    # works[p, w]: profile p works every slot of [w, w + length)
    cumulative = np.concatenate([np.zeros((day_bits.shape[0], 1), dtype=np.int32),
                                 np.cumsum(day_bits, axis=1, dtype=np.int32)], axis=1)
    starts = np.arange(SLOTS_PER_DAY)
    works = (cumulative[:, starts + length] - cumulative[:, starts]) == length
    distinct: dict[bytes, tuple[int, frozenset[int]]] = {}
    for w in range(SLOTS_PER_DAY):
        members = frozenset(np.flatnonzero(works[:, w]).tolist())
        if members:
            distinct.setdefault(works[:, w].tobytes(), (w, members))
    found = list(distinct.values())
    return [(w, s) for w, s in found if not any(s < other for _, other in found)]


# ---------------------------------------------------------------------------------------------
# Pruning


def _signatures(compiled: Compiled) -> np.ndarray:
    """Per profile, the bits the constraints look at: covered needed slots, window memberships."""
    spec = compiled.spec
    parts = []
    slots = sorted({s for need in spec.coverage if need.min_people
                    for s in hour_slots(need.start_hour, need.end_hour)})
    if slots:
        parts.append(compiled.bits[:, :, slots].reshape(len(compiled.profiles), -1))
    options = [o for group in compiled.overlap_groups for o in group]
    if options:
        member = np.zeros((len(compiled.profiles), len(options)), dtype=bool)
        for j, option in enumerate(options):
            member[list(option), j] = True
        parts.append(member)
    if not parts:
        return np.zeros((len(compiled.profiles), 1), dtype=bool)
    return np.concatenate(parts, axis=1)


def _superset_classes(signatures: np.ndarray) -> tuple[np.ndarray, list[list[int]]]:
    """Distinct signatures, and for each the distinct signatures that contain it (itself too)."""
    unique, inverse = np.unique(signatures, axis=0, return_inverse=True)
    packed = np.packbits(unique, axis=1)
    supers = [np.flatnonzero(((packed & packed[u]) == packed[u]).all(axis=1)).tolist()
              for u in range(len(unique))]
    return inverse.reshape(-1), supers


@dataclass
class _Class:
    costs: list[float] = field(default_factory=list)  # the smallest costs seen, at most `cap`


def prune(compiled: Compiled, *, max_picks: int, use_budget: bool = True) -> list[int]:
    """Pool indices that may appear in some optimal team; the rest provably need not.

    Candidate i dominates j when they share country and region, i works every needed slot and
    window j works, holds every needed skill j holds, fits at least as well and costs no more (ties
    broken by pool order). If j has `max_picks` dominators, any team with j leaves one of them out
    and swapping it in keeps every constraint and does not lower the fit; chains of swaps end since
    dominance is a strict order. `max_picks` bounds how many people of one country the team takes.
    """
    spec = compiled.spec
    pool = compiled.pool
    needs = [skill_key(n.skill) for n in spec.skills]
    forced = set(spec.hired)
    forced_cost = sum(c.cost for c in pool if c.id in forced)
    profile_sig, supers = _superset_classes(_signatures(compiled))
    skill_sets = [sum(1 << k for k, need in enumerate(needs)
                      if need in {skill_key(s) for s in c.skills}) for c in pool]

    def group(c: TeamCandidate) -> tuple[str, str]:
        return (c.country or "?", c.region or "?")

    # class = (group, hours signature, skill set); a superclass must share the group.
    classes: dict[tuple[tuple[str, str], int, int], _Class] = defaultdict(_Class)
    skill_variants: dict[tuple[tuple[str, str], int], set[int]] = defaultdict(set)
    order = sorted(range(len(pool)), key=lambda i: (-pool[i].fit, pool[i].cost, i))
    keep = []
    for i in order:
        cand = pool[i]
        if use_budget and spec.budget_usd is not None and cand.id not in forced \
                and forced_cost + cand.cost > spec.budget_usd:
            continue
        g, sig, skills = group(cand), int(profile_sig[compiled.profile_of[i]]), skill_sets[i]
        dominators = 0
        if cand.id not in forced:
            for s in supers[sig]:
                for other_skills in skill_variants.get((g, s), ()):
                    if other_skills & skills != skills:
                        continue
                    costs = classes[(g, s, other_skills)].costs
                    dominators += bisect.bisect_right(costs, cand.cost)
                    if dominators >= max_picks:
                        break
                if dominators >= max_picks:
                    break
        if dominators < max_picks:
            keep.append(i)
        bucket = classes[(g, sig, skills)]
        skill_variants[(g, sig)].add(skills)
        if len(bucket.costs) < max_picks or cand.cost < bucket.costs[-1]:
            bisect.insort(bucket.costs, cand.cost)
            del bucket.costs[max_picks:]
    return sorted(keep)


def max_picks_per_country(spec: TeamSpec, team_cap: int) -> int:
    """The most people of one country (and region) any feasible team of <= team_cap can hold."""
    cap = team_cap
    for share in (spec.max_country_share, spec.max_region_share):
        if share is not None:
            cap = min(cap, int(share * team_cap + 1e-9))
    return max(cap, 1)


# ---------------------------------------------------------------------------------------------
# The instance the solver sees


@dataclass
class Instance:
    spec: TeamSpec
    candidates: list[TeamCandidate]
    forced: list[int]
    skill_holders: list[list[int]]  # per spec skill need
    coverage_rows: list[tuple[int, list[int], int]]  # (coverage need, members, min people)
    coverage_slots: list[set[int]]  # per row, the slots of the day it stands for
    overlap_groups: list[list[list[int]]]  # per distinct date: options -> members
    countries: dict[str, list[int]]
    regions: dict[str, list[int]]
    size_cap: int  # hard cap used while explaining (team sizes beyond it are not considered)


def instance(compiled: Compiled, keep: list[int], *, size_cap: int | None = None) -> Instance:
    spec = compiled.spec
    cands = [compiled.pool[i] for i in keep]
    by_profile: dict[int, list[int]] = defaultdict(list)
    for local, i in enumerate(keep):
        by_profile[compiled.profile_of[i]].append(local)

    def members(profiles: frozenset[int]) -> list[int]:
        return sorted(m for p in profiles for m in by_profile.get(p, ()))

    coverage = [(n, members(ps), k) for n, ps, k in compiled.coverage_rows]
    groups: list[list[list[int]]] = []
    if spec.overlap is not None:
        least = spec.overlap.min_members or spec.min_size
        for options in compiled.overlap_groups:
            kept = [m for m in (members(o) for o in options) if len(m) >= least]
            groups.append(kept)
    countries: dict[str, list[int]] = defaultdict(list)
    regions: dict[str, list[int]] = defaultdict(list)
    for local, cand in enumerate(cands):
        countries[cand.country or "unknown"].append(local)
        regions[cand.region or "unknown"].append(local)
    return Instance(
        spec=spec,
        candidates=cands,
        forced=[k for k, c in enumerate(cands) if c.id in set(spec.hired)],
        skill_holders=[[k for k, c in enumerate(cands) if holds(c, need.skill)]
                       for need in spec.skills],
        coverage_rows=coverage,
        coverage_slots=compiled.coverage_slots,
        overlap_groups=groups,
        countries=dict(countries),
        regions=dict(regions),
        size_cap=size_cap or spec.max_size,
    )
