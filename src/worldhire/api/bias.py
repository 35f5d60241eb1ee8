"""Bias audits over HTTP: decisions posted as JSON rows, and the tenant's own shortlists."""

from __future__ import annotations

from typing import Any

from worldhire.api.problems import Problem
from worldhire.governance.access import ScopedServices
from worldhire.governance.bias import audit_rows
from worldhire.governance.residency import region_for_country

_YES = {"1", "true", "yes", "y", "selected", "hired", "advanced", "shortlisted"}
_NO = {"0", "false", "no", "n", "not selected", "rejected", "not shortlisted"}
Cell = str | int | float | bool | None


def flag(value: Cell, column: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise Problem(422, f"column {column!r}: {value!r} is neither selected nor not selected")


def number(value: Cell, column: str) -> float:
    if isinstance(value, bool) or value is None:
        raise Problem(422, f"column {column!r}: {value!r} is not a score")
    try:
        return float(value)
    except ValueError as exc:
        raise Problem(422, f"column {column!r}: {value!r} is not a score") from exc


def tenant_shortlist_audit(scoped: ScopedServices, *, top: int, by: str) -> dict[str, Any]:
    """Each open role of the tenant ranked over the pool the tenant sees; the first `top` are
    selected, everyone else (hard-filtered included) is not. Grouped by region or country."""
    from worldhire.match.service import rank

    pool = scoped.list_candidates()
    rows: list[dict[str, Any]] = []
    selected: list[bool] = []
    roles = [r for r in scoped.list_roles() if r.status == "open"]
    for role in roles:
        chosen = {r.candidate.id for r in rank(pool, role, top=top).results}
        for c in pool:
            group = (c.country or "unknown") if by == "country" else region_for_country(c.country)
            rows.append({by: group})
            selected.append(c.id in chosen)
    if not rows:
        return {"top": top, "by": by, "roles": len(roles), "rows": 0, "groups": {}, "flagged": []}
    return {"top": top, "by": by, "roles": len(roles), **audit_rows(rows, [by], selected)}
