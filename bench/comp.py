"""Pay-model benchmark by time: fit on the rows before year Y, predict the rows of year Y.

This is how issue 20 measures pay: the median |log error| of p50 overall and for rows living
outside the US, and the share of true pay inside [p10, p90] overall, outside the US and per
residence region with enough rows; also both by the rows behind each estimate (its role family x
level x residence country in the fit: the count the product shows, low data under 10). Beside
the model: the naive baselines (the training median per role family x level, and per residence
country; a backoff over title, level and country), and a reference that is not a prediction at
all: each test row's own cell median in the test year (in-sample, cells of 5 rows or more), which
shows how much of the error is noise within a cell. The model is given each test row's columns
but its pay, its pay currency included (set by whoever posts the job, like the company size); the
row "pay currency not given" asks the same rows without it (each then the mix of its country's
currencies in the fit).

The test year is never used to fit or calibrate; by default it is the newest year in the data
(2024 in the bundled file: fit on the 10,475 rows of 2020-2023, test on the 62,229 rows of 2024),
so the same command measures a newer file the same way. Tune on the year before it instead
(--test-year 2023: fit on 2020-2022, test on 2023), never on the test year.

Per region, beside its error and coverage (also asked without the pay currency): the bias
(median of p50 minus true log pay: negative when the region was paid more than foreseen), the
in-sample cell-median error of its rows in cells of 5 or more (noise a prediction cannot remove),
and the 90% sampling band of a coverage of 0.80 measured on that many distinct postings (exact
repeats count once): a region whose band is wider than +-0.05 has too few rows to be judged
against 0.75-0.85 by one year.

A region has enough rows to be judged against 0.75-0.85 when that band is within +-0.05 (174
distinct postings or more); the summary line under the region table counts those inside the goal
and names the thinner regions whose whole band misses it.

    python bench/comp.py [--test-year Y] [--min-region-rows 30] [--json]

What the data allows (issue 20 asks MdAE <= 0.22 on 2024): in cells of 5 rows or more, each
test row's own in-sample cell median misses by 0.245 (the midpoint of the densest half of each
cell: 0.236), so the goal is below the noise of the columns a query has. Holding out a random
20% of the 2024 rows and fitting on all other rows (same-year rows in the fit) gives 0.252 /
non-US 0.258: that split, not this one, comes near the 0.251 quoted in the issue. Measured on
2024 to check the claim that 0.22 lies below what the columns allow: the cell median is not the
lowest MdAE one point per cell can reach (pay is skewed); the lowest, found over every row with
the pay currency in the cell ("lowest MdAE any function ..." in the output), is 0.204 in-sample,
so 0.22 is not below every function of the columns. It is below every one measured that does
not see the row's own pay: the median of the other rows of the row's own cell in the same year
(leave one out, cells of 2 or more: 99.8% of the rows) misses by 0.255 (0.253 in cells of 5
or more), and the model forecasts a year it has not seen. On the tuning
year 2023 the pay currency as a term took non-US 0.304 -> 0.273 (overall 0.229 -> 0.230; not
given, the mix: 0.233 / 0.295; with country x currency too 0.232 / 0.265, not given 0.233 /
0.301). Tried on 2023 before it and not better: Student-t residuals (0.231 /
0.305), a year slope per region (0.242 / 0.318) or outside the US (0.244 / 0.300), country x
level (0.229 / 0.306), country x remote (0.231 / 0.297), title x level (0.231 / 0.305), country x
family (0.233 / 0.316), country x year or region x year shocks (0.240 / 0.312, 0.238 / 0.307),
repeats counted in full (0.231 / 0.304), recency weights (0.230 / 0.310), gradient boosting
(absolute loss 0.238 / 0.309; on the model's residuals 0.233 / 0.319). Calibration variants
(region groups pooled as 100-inf pseudo-rows, region before depth) moved 2023 region coverage
by 0.02-0.04 either way: that year's calibration rests on 2022 predicted by a 293-row fit. A
country-year shift variance for every country but the US (held-out country means' squared
residual beyond sampling noise, sd 0.32) raised 2023 non-US coverage 0.734 -> 0.794 (UK 0.677 ->
0.805) but counts twice what the posterior variance of a country's effect already holds (net of
it the shift averages 0.007 in 2022-23), and on 2024 it widened Canada to 0.873: not kept.
Kept from 2023 after that: currency x level (given the currency 0.230 / 0.273 -> 0.231 / 0.259;
not given 0.234 / 0.297 -> 0.235 / 0.301), a query without a currency answered with the quantiles
of the mixture of its currencies' distributions (not given, non-US 0.300 -> 0.297), and each
region calibrated over all its depths, the fall-back of a depth bin it has no scores in (the
shipped fit put the UK, Canada, India and Germany one bin deeper than any calibration fit did,
where the bin held the US's or other regions' scores; 2023 coverage 0.773 / 0.763 -> 0.762 /
0.770). Tried and not kept: currency x remote (0.231 / 0.269), region x currency (0.231 / 0.272),
currency x family (0.230 / 0.274), the currency mix by residence and employer country together
(not given 0.234 / 0.300), 30 or 300 calibration pseudo-rows instead of 100 (non-US coverage
0.784 / 0.769 vs 0.781; Latin America's p90/p10 9.6 at 30). On 2024, measured once after them:
MdAE 0.266 -> 0.266, non-US 0.285 -> 0.286 (not given 0.268 / 0.299 -> 0.268 / 0.297); coverage
0.786 / 0.785 -> 0.790 / 0.808.

The year drift (comp/model.py): the linear trend's slope comes out negative (-0.013 a year fit on
2020-22: the mix of the few early rows sets it) while each calibration year ran above its
forecast (US median miss +0.004 in 2022, +0.056 in 2023); a year after the data now moves by the
calibration years' median held-out miss (+0.025 for the 2023 test, +0.042 for 2024). Tuning year
2023: 0.231 / 0.259 -> 0.226 / 0.268, coverage 0.762 / 0.781 -> 0.768 / 0.777; then once on 2024:
0.266 / 0.286 -> 0.265 / 0.288 (US bias -0.044 -> +0.008), coverage 0.790 / 0.808 -> 0.784 /
0.782; pay currency not given 0.268 / 0.297 -> 0.268 / 0.313. Outside the US the drift costs in
both years (a region's own miss flips sign from year to year and dwarfs it), but the held-out
misses there were positive too (+0.178 in 2022, +0.051 in 2023), so the calibration years give
no ground for a drift that stops at the US border; the estimates of the data's own years (the
product's default) do not move. Tried on 2023 and not kept: calibration groups by the depth of
the residence region (thin / mid / deep between the country's depth bin and the region; non-US
coverage 0.777 -> 0.773, thin regions unchanged at 0.778).

Kept after the drift: broader calibration groups count each region of each held-out year the
same instead of each row (comp/calibration.py), so a thin region borrows how a typical region
strayed, not how a typical row did (British, Canadian). On 2023 with regions of 8 rows and more
(--min-region-rows 8; the bands are wide there): mean |coverage - 0.80| over the 13 regions
0.105 -> 0.090 (Oceania 0.579 -> 0.789, South Asia 0.677 -> 0.742, South-East Asia 0.615 ->
0.692; but the UK 0.774 -> 0.867, Southern Europe 0.859 -> 0.909, Central-Eastern Europe 0.794 ->
0.912), coverage 0.768 / 0.777 -> 0.785 / 0.838, MdAE unchanged. Then once on 2024: coverage
0.784 / 0.782 -> 0.786 / 0.808; regions inside 0.75-0.85: 8 of 14 instead of 6 (Central-Eastern
Europe 0.723 -> 0.803, Latin America 0.706 -> 0.776, Middle East 0.705 -> 0.750, South-East Asia
0.727 -> 0.818), still under: Southern Europe 0.569 -> 0.661, South Asia 0.662 -> 0.676, North
Africa 0.400 -> 0.500 (its 40 rows are 30 postings from Egypt paid 110k USD; the fit had 5 rows
from the region, the model says 41k); over: Sub-Saharan Africa 0.919 -> 0.952, Nordics 0.820 ->
0.960, Oceania 0.836 -> 0.858. Mean |coverage - 0.80| over the 14 regions 0.099 -> 0.083.

Titles by their role and their kind of work (comp/features.py): a title's key drops the words that
say its level ('Senior Software Engineer' and 'Software Engineer' at SE were 164k and 184k in the
shipped fit: the first lost the software engineer rows), and two terms pool a title with the
others of its head word ('software engineer' with the engineers), alone and by level. Many 2024
rows are titles the fit never saw (23,118; 'software engineer' 7,756, its family one row before).
Tuned on 2020-22 -> 2023: titles held out of the fit one at a time (the 12 commonest of 2023;
the head terms alone) 0.232 -> 0.228; 2023 rows of unseen titles 0.292 -> 0.262; MdAE 0.226 /
0.268 -> 0.230 / 0.261, coverage 0.785 / 0.838 -> 0.781 / 0.854. That year's MdAE moves with the
drift more than with any term (the level words alone moved the drift from +0.025 to -0.007: the
fit of 2020-21 it comes from has 300 rows); with each variant's own median bias taken out, 0.228
-> 0.231 / 0.266 -> 0.262. Then once on 2024: MdAE 0.265 / 0.288 -> 0.260 / 0.291 (US 0.262 ->
0.256; rows with no family x level x country rows 0.283 -> 0.270), coverage 0.786 / 0.808 ->
0.785 / 0.803. Tried on 2023 and not kept: each title's shock of the newest year carried to the
next (title x year, before the head terms; 0.226 / 0.268 -> 0.226 / 0.270); a family group term
(the five groups of skills/titles.py, alone and by level) over the head terms: 2023 0.230 / 0.261
-> 0.230 / 0.263 (0.231 / 0.257 by level), families held out of the fit one at a time (the 10
commonest of 2023) 0.249 -> 0.250 (0.247).

Region calibration by rows that share a year (tuned on 2023, --min-region-rows 8, not kept): a
region's own scores weighed as the effective rows of their region-year, m / (1 + (m - 1) rho),
since rows that share one year's shift say less about the next year than as many independent
ones: rho 0.02-0.1 pulled the UK toward the wider outside-US factor (0.867 -> 0.908-0.928;
non-US coverage 0.854 -> 0.871-0.880), other regions unchanged. Calibration pseudo-rows 50 / 25
instead of 100: the UK 0.867 -> 0.836 / 0.823, but mean |coverage - 0.80| over the 13 regions
0.066 -> 0.072 / 0.085 (Western Europe 0.771 -> 0.757 / 0.714, South Asia 0.806 -> 0.774 /
0.710). A target of 0.85 for the US (under in both years: 0.771 on 2023, 0.783 on 2024): US
0.771 -> 0.803 on 2023, but the US is already inside the goal on 2024, and one year cannot set a
second target. Terms tried on 2023 for the non-US error and not kept (0.230 / 0.261, coverage
0.781 / 0.854 before): residence region x title head 0.230 / 0.263; company size x level 0.231 /
0.258 (regions inside 0.75-0.85: 6 -> 5 of 13); foreign employer x level 0.232 / 0.265 (coverage
0.754 / 0.819). On 2024 (unchanged model): 6 of the 6 regions with enough rows inside 0.75-0.85;
of the 8 thinner, the bands of Southern Europe (0.677 +- 0.061), North Africa (0.475 +- 0.120)
and Sub-Saharan Africa (0.952 +- 0.094) miss it; each of them moved as a block (bias -0.167,
-0.901, +0.106), which no scale set from the years before foresees.

Tried on 2023 for the error (0.2296 / 0.2611, coverage 0.781 / 0.854 before), one term added
each, none kept (none lowers both, and each moves the drift, which moves that year's MdAE by as
much): company size x residence region 0.227 / 0.267, size x remote 0.231 / 0.260, family x size
0.232 / 0.259, title x level 0.230 / 0.258, level x employment type 0.230 / 0.265, remote x level
0.236 / 0.267, residence x company country 0.236 / 0.262, company country x currency 0.230 /
0.277, residence country x currency 0.232 / 0.264. Gradient boosting with absolute loss on the
columns as categories (three settings) forecasts 2023 at 0.231-0.234 / 0.279-0.293 and 2024 at
0.266 / 0.290-0.294; averaged with the model (weight 0.25 / 0.5) on 2023 0.232 / 0.255, 0.230 /
0.268. How far 0.22 is from what the columns allow even when the year is seen:
bench/comp_seen_year.py (each fold of the year predicted by fits that saw its other folds): on
2024 the model 0.251 / non-US 0.248, boosting 0.259 / 0.252.

What a level adjustment for the new year could buy at most (the rows "model + test-year shift":
the model's p50 moved by each group's own median miss in the test year; in-sample, no
prediction): on 2024 one shift for all rows 0.260 / non-US 0.291 -> 0.259 / 0.286, one per
residence region 0.258 / 0.269, per country 0.258 / 0.263, per country x pay currency 0.257 /
0.255, per country x currency x level 0.255 / 0.239 (2023: 0.231 / 0.259, 0.230 / 0.264, 0.227 /
0.228, 0.225 / 0.213, 0.223 / 0.203). No drift or region or country level, however well
foreseen, brings the overall error near 0.22: the US rows (91% of 2024) stay at 0.256-0.257,
above their in-sample cell floor of 0.248. The non-US goal of 0.25 needs the new year's own shift
of each country x currency x level known in advance; the shifts flip sign from year to year
(region biases above), so the years before do not foresee them.

Tried on 2023 after that (0.2296 / 0.2611, coverage 0.781 / 0.854 before), none kept: the title's
ESCO occupation as a term (its ISCO unit group from the shipped title matcher, top 1; the 288
titles take 6 s of CPU) 0.2290 / 0.2623, with its two-digit group and x level 0.2297 / 0.2655,
and on titles held out of the fit one at a time (the 12 commonest of 2023) 0.2302 -> 0.2314
(ISCO 2511, systems analysts, holds the data scientists, engineers and analysts alike); the
p50 offset z50 per group (the median standardised training residual, shrunk with 30 pseudo-rows)
by region 0.2289 / 0.2618, by pay currency 0.2295 / 0.2616, by level 0.2318 / 0.2619; the drift
as the calibration years' growth (each inner fit's slope plus its held-out miss) less the fit's
own slope, so that a slope that changed sign between the inner fits and the fit is not counted
with the drift: 0.2475 / 0.2763 (US bias -0.070 -> -0.130: the 2020-21 fit's slope was steep
and negative); a robust fit (Huber weights min(1, c / |standardised residual|), two reweighted
refits) c = 1.0 / 1.5 / 2.5: 0.2385 / 0.2635, 0.2341 / 0.2632, 0.2311 / 0.2665. The pay currency
a country's rows are paid in moves as much as its level (GB rows 2020-22: 96% GBP, 2023: 73%;
Canada 43% -> 8% CAD), so a query without its currency misses by more (the "not given" row);
shares from the newest fit year only, or halved per year back, left 2023's "not given" row where
it was (0.2313 / 0.3012 -> 0.2324 / 0.2985, 0.2320 / 0.3014).

How far one year's figure can be trusted (the line under the table): the model's MdAE moves
within +-0.013 overall / +-0.018 non-US on 2023 (+-0.0075 / +-0.011 on 2024; 90% band) when the
test year's distinct postings are drawn again, a posting's repeats together. Most variants
recorded above moved 2023 by less than that; two variants compared on the same rows differ by
less noise than this band, but their gap is still one year's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from worldhire.comp.calibration import weighted_quantiles
from worldhire.comp.data import SalaryRecord, load_salaries
from worldhire.comp.features import record_cell, support_key
from worldhire.comp.model import fit_pay_model
from worldhire.comp.regions import region_of
from worldhire.skills.titles import normalize_title

Key = Callable[[SalaryRecord], Hashable]
# The query columns a test row is estimated from: its cell in the in-sample reference.
_CELL_COLUMNS = (
    "job_title", "experience_level", "employment_type", "employee_residence", "remote_ratio",
    "company_location", "company_size",
)  # fmt: skip
_MIN_CELL_ROWS = 5
# "A region with enough rows" (issue 20): one whose coverage one year measures to within +-0.05
# (the 90% sampling band of 0.80; 174 distinct postings or more), narrower than the goal's own
# half-width. A thinner region is only shown out of the goal when its band misses 0.75-0.85.
_JUDGED_BAND = 0.05
_GOAL = (0.75, 0.85)
# Rows behind a test row's estimate (its family x level x country in the training fit), by bin;
# below LOW_DATA_ROWS the product flags the estimate as low data.
_DEPTH_BINS = ((0, 1, "0 rows"), (1, 10, "1-9 rows (low data)"), (10, 100, "10-99 rows"),
               (100, 10**12, "100+ rows"))  # fmt: skip
# Groups of the in-sample level-shift references: the model's p50 moved by each group's own
# median miss in the test year (it reads the test year's pay, so it is no prediction): the lowest
# error a level adjustment by that group (a drift, a region's or a country's shift) could buy.
_SHIFT_GROUPS: dict[str, Key] = {
    "all": lambda r: None,
    "region": lambda r: region_of(r.employee_residence),
    "country": lambda r: r.employee_residence,
    "country x currency": lambda r: (r.employee_residence, r.salary_currency),
    "country x cur. x level": lambda r: (
        r.employee_residence,
        r.salary_currency,
        r.experience_level,
    ),
}


def _medians(rows: Sequence[SalaryRecord], key: Key) -> dict[Hashable, float]:
    groups: dict[Hashable, list[float]] = defaultdict(list)
    for r in rows:
        groups[key(r)].append(float(np.log(r.salary_in_usd)))
    return {k: float(np.median(v)) for k, v in groups.items()}


def backoff_predictions(
    train: Sequence[SalaryRecord], test: Sequence[SalaryRecord], keys: Sequence[Key]
) -> np.ndarray:
    """Training median of the first key (finest first) that has rows, else the global median."""
    world = float(np.median(np.log([r.salary_in_usd for r in train])))
    tables = [_medians(train, k) for k in keys]
    out = []
    for r in test:
        for key, table in zip(keys, tables, strict=True):
            if (median := table.get(key(r))) is not None:
                out.append(median)
                break
        else:
            out.append(world)
    return np.array(out)


def _family(r: SalaryRecord) -> str:
    return normalize_title(r.job_title).family


def baselines(train: Sequence[SalaryRecord], test: Sequence[SalaryRecord]) -> dict[str, Any]:
    keys: dict[str, list[Key]] = {
        "median by family x level": [lambda r: (_family(r), r.experience_level), _family],
        "median by residence country": [
            lambda r: r.employee_residence,
            lambda r: region_of(r.employee_residence),
        ],
        "backoff title+level+country": [
            lambda r: (r.job_title, r.experience_level, r.employee_residence),
            lambda r: (r.job_title, r.experience_level),
            lambda r: r.job_title,
        ],
    }
    return {name: backoff_predictions(train, test, k) for name, k in keys.items()}


def in_sample_cell_medians(test: Sequence[SalaryRecord]) -> tuple[np.ndarray, np.ndarray]:
    """Each row's own cell median in the test year, and whether the cell has enough rows."""
    cells: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i, r in enumerate(test):
        cells[tuple(getattr(r, c) for c in _CELL_COLUMNS)].append(i)
    y = np.log([r.salary_in_usd for r in test])
    median = np.empty(len(test))
    enough = np.zeros(len(test), dtype=bool)
    for members in cells.values():
        median[members] = np.median(y[members])
        enough[members] = len(members) >= _MIN_CELL_ROWS
    return median, enough


def shifted_by_group(p50: np.ndarray, y: np.ndarray, keys: Sequence[Hashable]) -> np.ndarray:
    """p50 moved, within each group of equal keys, by that group's median of y - p50."""
    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        members[key].append(i)
    moved = p50.copy()
    for rows in members.values():
        moved[rows] += np.median(y[rows] - p50[rows])
    return moved


def best_window_rows(values: np.ndarray, half_width: float) -> int:
    """The most of `values` one point can have within `half_width` of it."""
    ordered = np.sort(values)
    ends = np.searchsorted(ordered, ordered + 2 * half_width, side="right")
    return int(np.max(ends - np.arange(len(ordered))))


def mdae_lower_bound(groups: Sequence[np.ndarray], tolerance: float = 1e-4) -> float:
    """The lowest median |error| any one point per group can reach on these values (found by
    bisection: the smallest m at which the best point of each group has, in all, half the values
    within m). In-sample, it bounds from below every prediction made from the group's columns."""
    total = sum(len(g) for g in groups)
    low, high = 0.0, float(max(np.ptp(g) for g in groups)) + tolerance
    while high - low > tolerance:
        mid = (low + high) / 2
        if 2 * sum(best_window_rows(g, mid) for g in groups) >= total:
            high = mid
        else:
            low = mid
    return high


def _scores(
    err: np.ndarray, covered: np.ndarray | None, mask: np.ndarray, ratio: np.ndarray | None = None
) -> dict[str, float]:
    scores: dict[str, float] = {
        "rows": int(mask.sum()),
        "median_abs_log_error": round(float(np.median(err[mask])), 4),
    }
    if covered is not None:
        scores["coverage_p10_p90"] = round(float(np.mean(covered[mask])), 4)
    if ratio is not None:
        scores["median_p90_over_p10"] = round(float(np.median(ratio[mask])), 3)
    return scores


def posting_ids(test: Sequence[SalaryRecord]) -> np.ndarray:
    """One id per distinct posting (the query columns and the pay): exact repeats share it."""
    keys = [(*(getattr(r, c) for c in _CELL_COLUMNS), r.salary_in_usd) for r in test]
    index: dict[tuple[Any, ...], int] = {}
    return np.array([index.setdefault(k, len(index)) for k in keys])


def mdae_band(err: np.ndarray, postings: np.ndarray, draws: int = 200, seed: int = 0) -> float:
    """Half-width of the 90% band of the MdAE when the distinct postings are drawn again
    (Poisson bootstrap: a posting's repeats move together), the sampling noise of one year."""
    rng = np.random.default_rng(seed)
    _, ids = np.unique(postings, return_inverse=True)
    medians = [
        float(weighted_quantiles(err, rng.poisson(1.0, ids.max() + 1)[ids].astype(float), [0.5])[0])
        for _ in range(draws)
    ]
    low, high = np.quantile(medians, [0.05, 0.95])
    return float(high - low) / 2


def coverage_band(postings: int, coverage: float = 0.8, z: float = 1.645) -> float:
    """Half-width of the 90% sampling band of a coverage measured on `postings` independent rows."""
    return z * float(np.sqrt(coverage * (1 - coverage) / max(postings, 1)))


def _region_scores(
    test: Sequence[SalaryRecord], q: np.ndarray, y: np.ndarray, mask: np.ndarray,
    cell_err: np.ndarray, enough: np.ndarray,
) -> dict[str, float | None]:  # fmt: skip
    err = np.abs(q[:, 1] - y)
    covered = (q[:, 0] <= y) & (y <= q[:, 2])
    scores: dict[str, float | None] = {**_scores(err, covered, mask, np.exp(q[:, 2] - q[:, 0]))}
    scores["bias"] = round(float(np.median(q[mask, 1] - y[mask])), 4)
    floor = mask & enough
    scores["in_sample_floor"] = round(float(np.median(cell_err[floor])), 4) if floor.any() else None
    postings = len({(*(getattr(r, c) for c in _CELL_COLUMNS), r.salary_in_usd)
                    for r, m in zip(test, mask, strict=True) if m})  # fmt: skip
    scores["distinct_postings"] = postings
    scores["coverage_band"] = round(coverage_band(postings), 3)
    scores["judged"] = coverage_band(postings) <= _JUDGED_BAND
    return scores


def goal_summary(by_region: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Regions with enough rows inside the coverage goal, and the thinner ones whose sampling
    band misses it."""
    judged = {g: s["coverage_p10_p90"] for g, s in by_region.items() if s["judged"]}
    thin_out = [g for g, s in by_region.items() if not s["judged"]
                and (s["coverage_p10_p90"] + s["coverage_band"] < _GOAL[0]
                     or s["coverage_p10_p90"] - s["coverage_band"] > _GOAL[1])]  # fmt: skip
    return {
        "judged": len(judged),
        "judged_inside": sum(_GOAL[0] <= c <= _GOAL[1] for c in judged.values()),
        "judged_outside": sorted(g for g, c in judged.items() if not _GOAL[0] <= c <= _GOAL[1]),
        "thin": len(by_region) - len(judged),
        "thin_band_misses_goal": thin_out,
    }


def run(test_year: int | None, min_region_rows: int) -> dict[str, Any]:
    records = load_salaries()
    year = test_year if test_year is not None else max(r.work_year for r in records)
    train = [r for r in records if r.work_year < year]
    test = [r for r in records if r.work_year == year]
    if not train or not test:
        raise SystemExit(f"no rows to train before {year} or to test in it")

    y_test = np.log([r.salary_in_usd for r in test])
    non_us = np.array([r.employee_residence != "US" for r in test])
    everyone = np.ones(len(test), dtype=bool)
    started = time.perf_counter()
    fit = fit_pay_model([record_cell(r) for r in train], np.log([r.salary_in_usd for r in train]))
    fit_seconds = time.perf_counter() - started
    q = np.log(fit.quantiles([record_cell(r) for r in test]))
    err = np.abs(q[:, 1] - y_test)
    postings = posting_ids(test)
    covered = (q[:, 0] <= y_test) & (y_test <= q[:, 2])
    ratio = np.exp(q[:, 2] - q[:, 0])
    # The same rows asked without their pay currency: each is the mix of its country's currencies.
    q_mix = np.log(fit.quantiles([replace(record_cell(r), currency=None) for r in test]))
    err_mix = np.abs(q_mix[:, 1] - y_test)
    covered_mix = (q_mix[:, 0] <= y_test) & (y_test <= q_mix[:, 2])

    shifted = {
        name: np.abs(shifted_by_group(q[:, 1], y_test, [key(r) for r in test]) - y_test)
        for name, key in _SHIFT_GROUPS.items()
    }
    cell_median, enough = in_sample_cell_medians(test)
    query_cells: dict[tuple[Any, ...], list[float]] = defaultdict(list)
    for r, pay in zip(test, y_test, strict=True):
        query_cells[(*(getattr(r, c) for c in _CELL_COLUMNS), r.salary_currency)].append(pay)
    lower_bound = mdae_lower_bound([np.array(v) for v in query_cells.values()])
    cell_err = np.abs(cell_median - y_test)
    regions = np.array([region_of(r.employee_residence) for r in test])
    by_region = {
        region: {
            **_region_scores(test, q, y_test, regions == region, cell_err, enough),
            "coverage_currency_not_given": round(float(np.mean(covered_mix[regions == region])), 4),
        }
        for region in sorted(set(regions), key=lambda g: (-int(np.sum(regions == g)), g))
        if np.sum(regions == region) >= min_region_rows
    }
    support = np.array([fit.support.get(support_key(record_cell(r)), 0) for r in test])
    by_depth = {
        label: _scores(err, covered, (support >= lo) & (support < hi), ratio)
        for lo, hi, label in _DEPTH_BINS
        if np.any((support >= lo) & (support < hi))
    }
    return {
        "test_year": year,
        "train_years": [min(r.work_year for r in train), max(r.work_year for r in train)],
        "train_rows": len(train),
        "test_rows": len(test),
        "fit_seconds": round(fit_seconds, 1),
        "model": {
            "overall": _scores(err, covered, everyone, ratio),
            "non_us": _scores(err, covered, non_us, ratio),
            "by_region": by_region,
            "region_goal": goal_summary(by_region),
            "by_data_depth": by_depth,
        },
        "model_mdae_band": {
            "overall": round(mdae_band(err, postings), 4),
            "non_us": round(mdae_band(err[non_us], postings[non_us]), 4),
        },
        "model_currency_not_given": {
            "overall": _scores(err_mix, covered_mix, everyone),
            "non_us": _scores(err_mix, covered_mix, non_us),
        },
        "baselines": {
            name: {
                "overall": _scores(np.abs(pred - y_test), None, everyone),
                "non_us": _scores(np.abs(pred - y_test), None, non_us),
            }
            for name, pred in baselines(train, test).items()
        },
        "in_sample_level_shift": {
            name: {"overall": _scores(e, None, everyone), "non_us": _scores(e, None, non_us)}
            for name, e in shifted.items()
        },
        "in_sample_mdae_lower_bound": round(lower_bound, 4),
        "in_sample_cell_median": {
            "overall": _scores(cell_err, None, enough),
            "non_us": _scores(cell_err, None, enough & non_us),
        },
        "reproduce": f"python bench/comp.py --test-year {year} --min-region-rows "
        f"{min_region_rows} --json",
    }


def _print(results: dict[str, Any]) -> None:
    first, last = results["train_years"]
    print(f"fit on {first}-{last} ({results['train_rows']} rows), test on {results['test_year']} "
          f"({results['test_rows']} rows), fit {results['fit_seconds']}s")  # fmt: skip
    rows = [
        ("model", results["model"]),
        ("model, pay currency not given", results["model_currency_not_given"]),
        *results["baselines"].items(),
        ("(in-sample test-year cell median)", results["in_sample_cell_median"]),
        *(
            (f"(model + test-year shift, {name})", scores)
            for name, scores in results["in_sample_level_shift"].items()
        ),
    ]
    heads = ("MdAE log (all)", "MdAE (non-US)", "cov (all)", "cov (non-US)")
    print(f"{'':50s} {heads[0]:>15s} {heads[1]:>14s} {heads[2]:>10s} {heads[3]:>13s}")
    for name, scores in rows:
        cov_all = scores["overall"].get("coverage_p10_p90")
        cov_non = scores["non_us"].get("coverage_p10_p90")
        print(f"{name:50s} {scores['overall']['median_abs_log_error']:>15.4f} "
              f"{scores['non_us']['median_abs_log_error']:>14.4f} "
              f"{'' if cov_all is None else f'{cov_all:.3f}':>10s} "
              f"{'' if cov_non is None else f'{cov_non:.3f}':>13s}")  # fmt: skip
    band = results["model_mdae_band"]
    print(f"(model MdAE, 90% sampling band over the test year's postings: +-{band['overall']:.4f} "
          f"all, +-{band['non_us']:.4f} non-US)")  # fmt: skip
    print(
        "\nmodel by residence region (goal: coverage 0.75-0.85 in each; floor: in-sample cell "
        "median error; band: +- sampling band of coverage 0.80 on that many distinct postings)"
    )
    print(f"{'region':24s} {'rows':>6s} {'postings':>8s} {'MdAE':>6s} {'floor':>6s} {'bias':>7s} "
          f"{'cov':>6s} {'band':>6s} {'p90/p10':>8s} {'cov, no currency':>17s}")  # fmt: skip
    for region, s in results["model"]["by_region"].items():
        floor = "" if s["in_sample_floor"] is None else f"{s['in_sample_floor']:.3f}"
        print(f"{region:24s} {s['rows']:>6d} {s['distinct_postings']:>8d} "
              f"{s['median_abs_log_error']:>6.3f} {floor:>6s} {s['bias']:>+7.3f} "
              f"{s['coverage_p10_p90']:>6.3f} {s['coverage_band']:>6.3f} "
              f"{s['median_p90_over_p10']:>8.2f} "
              f"{s['coverage_currency_not_given']:>17.3f}")  # fmt: skip
    goal = results["model"]["region_goal"]
    out = f" (out: {', '.join(goal['judged_outside'])})" if goal["judged_outside"] else ""
    thin_out = ", ".join(goal["thin_band_misses_goal"]) or "none"
    print(f"regions with enough rows (band <= +-{_JUDGED_BAND}): {goal['judged_inside']} of "
          f"{goal['judged']} inside {_GOAL[0]}-{_GOAL[1]}{out}; of the {goal['thin']} thinner, "
          f"those whose band misses it: {thin_out}")  # fmt: skip
    print("\nmodel by the rows behind the estimate (family x level x residence country)")
    print(f"{'rows':28s} {'rows':>7s} {'MdAE':>7s} {'cov':>6s} {'p90/p10':>8s}")
    for label, s in results["model"]["by_data_depth"].items():
        print(f"{label:28s} {s['rows']:>7d} {s['median_abs_log_error']:>7.3f} "
              f"{s['coverage_p10_p90']:>6.3f} {s['median_p90_over_p10']:>8.2f}")  # fmt: skip
    print(f"\n(lowest MdAE any function of a row's query columns, pay currency included, can "
          f"reach in-sample on the test year: {results['in_sample_mdae_lower_bound']:.4f})")
    print(f"reproduce: {results['reproduce']}")
    print(f"tune on: python bench/comp.py --test-year {results['test_year'] - 1}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--test-year", type=int, default=None, help="default: the newest year")
    parser.add_argument("--min-region-rows", type=int, default=30,
                        help="test rows a region needs to be reported on its own")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = run(args.test_year, args.min_region_rows)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        _print(results)


if __name__ == "__main__":
    main()
