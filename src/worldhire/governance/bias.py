"""Bias audits of automated decisions (NYC Local Law 144; the EEOC four-fifths rule).

Selection rate: the share of a group that was selected. Impact ratio: a group's rate over the
highest group's rate; under 0.8 the group is flagged. For scores, LL144's scoring rate: the share
of a group scoring above the median of the whole sample, with impact ratios the same way.
With two group columns the intersections (every pair of values) are audited as well. A group of
fewer than ten decisions, or under 2% of them, is marked as a small sample: its ratio swings with
one decision, and LL144 lets an audit leave such groups out (saying so)."""

from __future__ import annotations

import csv
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from worldhire.governance.errors import GovernanceError
from worldhire.governance.schemas import BiasAuditOut, GroupRateOut, GroupRatesOut, ScoringOut

FOUR_FIFTHS = 0.8
SMALL_GROUP_COUNT = 10
SMALL_GROUP_SHARE = 0.02
_YES = {"1", "true", "yes", "y", "t", "selected", "hired", "advanced", "shortlisted"}
_NO = {"0", "false", "no", "n", "f", "not selected", "rejected", "not shortlisted"}
MAX_GROUP_COLUMNS = 2


class BiasInputError(GovernanceError):
    """A decisions file the audit cannot read: a missing column or a value it cannot interpret."""

    status = 422
    code = "bias-input"


@dataclass(frozen=True)
class GroupStats:
    count: int
    hits: int
    rate: float
    impact_ratio: float
    small_sample: bool

    @property
    def flagged(self) -> bool:
        return self.impact_ratio < FOUR_FIFTHS

    def view(self, *, scoring: bool = False) -> GroupRateOut:
        """The group as a selection rate, or as LL144's scoring rate."""
        return GroupRateOut(
            selection_rate=None if scoring else self.rate,
            scoring_rate=self.rate if scoring else None,
            impact_ratio=self.impact_ratio, count=self.count, flagged=self.flagged,
            small_sample=self.small_sample,
        )


def group_rates(groups: Sequence[str], hits: Sequence[bool]) -> dict[str, GroupStats]:
    """Per group: how many, how many hits, the hit rate, the ratio to the best group's rate and
    whether the group is a small sample."""
    counts: dict[str, list[int]] = {}
    for group, hit in zip(groups, hits, strict=True):
        tally = counts.setdefault(group, [0, 0])
        tally[0] += 1
        tally[1] += int(hit)
    rates = {g: h / n for g, (n, h) in counts.items()}
    best = max(rates.values(), default=0.0)
    total = len(groups)
    return {
        # With no hits in any group there is no disparity to measure: every ratio is 1.
        g: GroupStats(n, h, rates[g], rates[g] / best if best > 0 else 1.0,
                      n < SMALL_GROUP_COUNT or n < SMALL_GROUP_SHARE * total)
        for g, (n, h) in sorted(counts.items())
    }


def above_median(scores: Sequence[float]) -> tuple[float, list[bool]]:
    median = statistics.median(scores)
    return median, [s > median for s in scores]


def intersection_label(a: str, b: str) -> str:
    return f"{a} | {b}"


def audit_rows(
    rows: Sequence[Mapping[str, object]],
    group_cols: Sequence[str],
    selected: Sequence[bool],
    scores: Sequence[float] | None = None,
) -> BiasAuditOut:
    if not 1 <= len(group_cols) <= MAX_GROUP_COLUMNS:
        raise BiasInputError("name one or two group columns")
    if not rows:
        raise BiasInputError("there are no decisions to audit")
    columns = {col: [_label(r.get(col)) for r in rows] for col in group_cols}
    cuts: dict[str, list[str]] = dict(columns)
    intersection = " × ".join(group_cols) if len(group_cols) == MAX_GROUP_COLUMNS else None
    if intersection is not None:
        first, second = (columns[c] for c in group_cols)
        cuts[intersection] = [intersection_label(a, b) for a, b in zip(first, second,
                                                                       strict=True)]

    def report(hits: Sequence[bool], *, scoring: bool) -> GroupRatesOut:
        by_cut = {
            name: {g: s.view(scoring=scoring) for g, s in group_rates(labels, hits).items()}
            for name, labels in cuts.items()
        }
        return GroupRatesOut(
            groups=by_cut[group_cols[0]],
            by_column={c: by_cut[c] for c in group_cols},
            intersections=by_cut[intersection] if intersection is not None else None,
            flagged=_named(by_cut, lambda v: v.flagged),
            small_groups=_named(by_cut, lambda v: v.small_sample),
        )

    scoring = None
    if scores is not None:
        median, high = above_median(scores)
        scoring = ScoringOut(method="LL144 scoring rate: share scoring above the median",
                             median=median, **dict(report(high, scoring=True)))
    return BiasAuditOut(rows=len(rows), group_cols=list(group_cols), threshold=FOUR_FIFTHS,
                        scoring=scoring, **dict(report(selected, scoring=False)))


def _named(by_cut: Mapping[str, Mapping[str, GroupRateOut]],
           test: Callable[[GroupRateOut], bool]) -> list[str]:
    return sorted(f"{name}={g}" for name, groups in by_cut.items()
                  for g, v in groups.items() if test(v))


Cell = str | int | float | bool | None


def audit_decisions(rows: Sequence[dict[str, Cell]], group_cols: Sequence[str],
                    selected_col: str, score_col: str | None = None) -> BiasAuditOut:
    """Decisions given as rows of cells (the API's JSON), each naming its groups, whether the
    person was selected and, optionally, their score."""
    for col in [*group_cols, selected_col, *([score_col] if score_col else [])]:
        if any(col not in row for row in rows):
            raise BiasInputError(f"every row needs the column {col!r}")
    selected = [_cell_flag(row[selected_col], selected_col) for row in rows]
    scores = [_cell_score(row[score_col], score_col) for row in rows] if score_col else None
    return audit_rows(rows, group_cols, selected, scores)


def _cell_flag(value: Cell, column: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise BiasInputError(f"column {column!r}: {value!r} is neither selected nor not selected")


def _cell_score(value: Cell, column: str) -> float:
    if isinstance(value, bool) or value is None:
        raise BiasInputError(f"column {column!r}: {value!r} is not a score")
    try:
        return float(value)
    except ValueError as exc:
        raise BiasInputError(f"column {column!r}: {value!r} is not a score") from exc


def read_decisions(
    path: Path, group_cols: Sequence[str], selected_col: str, score_col: str | None = None
) -> tuple[list[dict[str, str]], list[bool], list[float] | None]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise BiasInputError(f"cannot read {path}: {exc}") from exc
    wanted = [*group_cols, selected_col, *([score_col] if score_col else [])]
    missing = [c for c in wanted if c not in header]
    if missing:
        raise BiasInputError(
            f"{path.name} has no column {', '.join(missing)} (it has: {', '.join(header)})"
        )
    selected = [_flag(r[selected_col], n, selected_col) for n, r in enumerate(rows, start=2)]
    scores = (
        [_number(r[score_col], n, score_col) for n, r in enumerate(rows, start=2)]
        if score_col else None
    )
    return rows, selected, scores


def bias_audit_csv(
    path: Path, group_cols: Sequence[str], selected_col: str, score_col: str | None = None
) -> BiasAuditOut:
    rows, selected, scores = read_decisions(path, group_cols, selected_col, score_col)
    return audit_rows(rows, group_cols, selected, scores)


def _label(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text or "(blank)"


def _flag(value: str | None, line: int, column: str) -> bool:
    text = (value or "").strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise BiasInputError(f"line {line}: {column}={value!r} is not a yes/no (1/0) value")


def _number(value: str | None, line: int, column: str) -> float:
    try:
        number = float((value or "").strip())
    except ValueError as exc:
        raise BiasInputError(f"line {line}: {column}={value!r} is not a number") from exc
    if number != number or number in (float("inf"), float("-inf")):
        raise BiasInputError(f"line {line}: {column}={value!r} is not a finite number")
    return number
