"""Fresh explained shortlists over a store bench/e2e.py left behind: their CPU and wall time,
and what they were, to compare two versions of the ranking code.

    PYTHONPATH=src:bench .venv/bin/python bench/e2e.py --profiles 10000 --workdir /tmp/p10k \
        --roles 1 --api-roles 0 --pages 0 --real 500
    PYTHONPATH=src:bench .venv/bin/python bench/shortlists.py --workdir /tmp/p10k \
        --save /tmp/before.json            # on the old code
    PYTHONPATH=src:bench .venv/bin/python bench/shortlists.py --workdir /tmp/p10k \
        --against /tmp/before.json         # on the new code: exits 1 on any difference

A store made with `bench/e2e.py --backend postgres` is read with `--backend postgres` (its
server, under the workdir, started again as `bench/e2e.py --reuse` starts it).

The roles are bench/e2e.py's (`make_roles` with `--seed`, saved into the store once and found
again by their company names on later runs), each ranked once in this process with its
recruiter's filters by governance.decisions.audited_shortlist, the code the API calls, with the
real model embedding the role: every ranking is fresh. What is kept of each: the shown people in
order, their scores, criteria, requirement checks and "versus next" text, the pool size and the
counts of the scored and the filtered. Reported: CPU (this process, `time.process_time`) and wall
p50/p95 per shortlist, after one role ranked first to warm the process, and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from api_load import percentile
from e2e import database_url, make_roles

COMPANY = "Shortlists bench {n}"


class _Unsaved:
    """Roles are made but not saved (their filters are wanted, the roles exist already)."""

    def save_role(self, role: Any) -> None:
        pass


def stored_roles(repo: Any, tenant: str, count: int, seed: int) -> list[tuple[str, Any]]:
    """The bench's roles, made and saved on the first run and read back on later ones (by their
    company names), so two versions of the code rank the same roles."""
    known = {r.company: r.id for r in repo.list_roles(tenant)}
    names = [COMPANY.format(n=n) for n in range(count)]
    if all(name in known for name in names):
        return [(known[name], filters) for name, (_, filters)
                in zip(names, make_roles(_Unsaved(), tenant, count, seed), strict=True)]
    out = []
    for name, (role_id, filters) in zip(names, make_roles(repo, tenant, count, seed),
                                        strict=True):
        role = repo.get_role(role_id)
        role.company = name
        repo.save_role(role)
        out.append((role_id, filters))
    return out


def kept(shortlist: Any) -> dict[str, Any]:
    return {
        "pool_size": shortlist.pool_size, "filtered": len(shortlist.rejected),
        "scored": len(shortlist.results) + len(shortlist.others),
        "shown": [
            {"id": r.candidate.id, "score": r.score,
             "criteria": [[c.name, c.score, c.weight, c.detail] for c in r.explanation.criteria],
             "checks": [[c.requirement, c.status.value, c.credit, c.via, c.note,
                         [[x.evidence_id, x.evidence_title, x.snippet] for x in c.citations]]
                        for c in r.explanation.requirements],
             "versus_next": r.explanation.versus_next}
            for r in shortlist.results
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path, required=True, help="bench/e2e.py's --workdir")
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite",
                        help="the store's, as bench/e2e.py's --backend made it")
    parser.add_argument("--roles", type=int, default=30)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--save", type=Path, help="write the shortlists here")
    parser.add_argument("--against", type=Path, help="compare with shortlists saved earlier")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    home = args.workdir / "home"
    url, server = database_url(args.backend, home, args.workdir, reuse=True)
    os.environ["WORLDHIRE_DATABASE_URL"] = url
    from worldhire.embed import minilm
    from worldhire.governance.decisions import audited_shortlist
    from worldhire.governance.store import Governance
    from worldhire.store.sql.repository import SqlRepository

    repo = SqlRepository(url)
    tenant = repo.ensure_tenant("Bench Co").id
    roles = stored_roles(repo, tenant, 1 + args.roles, args.seed)
    embedder = minilm()
    gov = Governance(repo, home)
    walls, cpus = [], []
    ranked: dict[str, Any] = {}
    for n, (role_id, filters) in enumerate(roles):
        started, cpu = time.perf_counter(), time.process_time()
        shortlist, _ = audited_shortlist(gov, role_id, actor="bench", top=args.top,
                                         filters=filters, embedder=embedder, index_home=home)
        if n:  # the first pays the process's one-off costs (the model, the taxonomy, the index)
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        ranked[role_id] = kept(shortlist)
    repo.close()
    if server is not None:
        server.cleanup()
    figures: dict[str, Any] = {
        "profiles": next(iter(ranked.values()))["pool_size"], "roles": len(cpus),
        "top": args.top,
        "cpu_p50_ms": round(1000 * percentile(cpus, 0.5), 1),
        "cpu_p95_ms": round(1000 * percentile(cpus, 0.95), 1),
        "wall_p50_ms": round(1000 * percentile(walls, 0.5)),
        "wall_p95_ms": round(1000 * percentile(walls, 0.95)),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "command": "python bench/shortlists.py " + " ".join(sys.argv[1:]),
    }
    if args.save:
        args.save.write_text(json.dumps(ranked, indent=1))
    differ = []
    if args.against:
        before = json.loads(args.against.read_text())
        now = json.loads(json.dumps(ranked))
        differ = [role_id for role_id, was in before.items() if now.get(role_id) != was]
        figures["compared"] = len(before)
        figures["top10_in_common"] = round(sum(
            len({p["id"] for p in was["shown"][:10]}
                & {p["id"] for p in now.get(role_id, {"shown": []})["shown"][:10]})
            / max(1, len(was["shown"][:10])) for role_id, was in before.items()) / len(before), 3)
        figures["different"] = differ
    print(json.dumps(figures, indent=None if args.json else 2))
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
