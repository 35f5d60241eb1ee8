"""The user's path, no bench code in the timed part: `worldhire ingest` of a CSV, then a cold
`worldhire shortlist`, and `worldhire --help` (issue 16).

    .venv/bin/python bench/cli_path.py --profiles 2000
    .venv/bin/python bench/cli_path.py --profiles 20000 --json

A CSV of `--profiles` realistic candidates (bench/pool.py's generator: one row a person, the
columns a recruiting export has, pay written several ways) and a job post in prose are written to
a temp folder; then, each as its own `worldhire` process against a fresh WORLDHIRE_HOME:

1. `worldhire ingest people.csv` (parse, link skills, write, embed every profile with the real
   model, index): profiles per second, wall and CPU (the child's user + system time);
2. `worldhire ingest post.md --kind role`, then `worldhire roles list --json` for its id;
3. `worldhire shortlist ROLE_ID --top 10` from a cold process, twice (the first may pay for
   anything built lazily on first use): seconds, wall and CPU, and peak resident memory;
4. `worldhire --help`, three times: the best and the worst wall seconds.

Each process is waited for alone (os.wait4), so its CPU and peak RSS are its own.

Goals on 2 cores: ingest >= 70 profiles/s, cold shortlist <= 5 s, `--help` <= 1 s. The machine
may be shared, so the load average is printed with the figures and CPU seconds next to wall.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from pool import FAMILIES, SENIORITY_TITLES, profile

COUNTRY_NAMES = {"IN": "Bengaluru, India", "PL": "Kraków, Poland", "RO": "Cluj-Napoca, Romania",
                 "RS": "Belgrade, Serbia", "UA": "Lviv, Ukraine", "VN": "Ho Chi Minh City, Vietnam",
                 "PH": "Manila, Philippines", "BR": "São Paulo, Brazil",
                 "MX": "Guadalajara, Mexico", "NG": "Lagos, Nigeria", "KE": "Nairobi, Kenya",
                 "EG": "Cairo, Egypt", "US": "Chicago, IL, USA"}  # fmt: skip

POST = """# Senior LLM Engineer (remote, EMEA or APAC)

We are a small team building a retrieval-augmented assistant over 40k support articles.
You will own fine-tuning and evaluation of open-weight models and the serving path.

## What you need
- 4+ years of Python
- PyTorch and Hugging Face Transformers in production
- RAG: chunking, vector search (FAISS or Qdrant), evaluation
- LLM fine-tuning (LoRA)

## Nice to have
- vLLM, Kubernetes, Docker

Budget up to USD 120,000 a year. Fully remote; at least 3 hours overlap with CET.
"""


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pay_as_written(i: int, usd: float) -> str:
    """Pay the ways people type it in a spreadsheet."""
    amount = int(round(usd, -3))
    return [f"USD {amount:,}/year", f"{amount // 1000}k", str(amount), f"${amount:,}"][i % 4]


def write_csv(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Full Name", "E-mail", "Location", "Title", "Summary", "Skills",
                         "Years", "Expected Salary", "Needs Sponsorship"])
        for i in range(count):
            p = profile(i)
            level = SENIORITY_TITLES[min(3, int(p.years // 3))]
            title = " ".join(w for w in (level, FAMILIES[p.family].title) if w)
            writer.writerow([
                f"Person{i} Surname{i % 991}", f"person{i}@example.com",
                COUNTRY_NAMES.get(p.country, p.country), title, p.text,
                "; ".join(p.skills) if i % 2 else ", ".join(p.skills),
                f"{p.years:g}", pay_as_written(i, p.pay_usd), "yes" if i % 5 == 0 else "no",
            ])


class Run(NamedTuple):
    """One `worldhire` process: wall and CPU seconds, peak resident memory, what it printed."""

    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    stdout: str


def worldhire(args: list[str], env: dict[str, str]) -> Run:
    """Run one `worldhire` process and wait for it alone, so its own rusage is read."""
    command = [sys.executable, "-m", "worldhire", *args]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read()
        if child.returncode != 0:
            raise SystemExit(f"`worldhire {' '.join(args)}` failed ({child.returncode}):\n"
                             f"{stdout[-2000:]}\n{err.read()[-4000:]}")
    # ru_maxrss is in KiB on Linux.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="Keep the temp folder (printed).")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="worldhire-cli-path-"))
    env = {**os.environ, "WORLDHIRE_HOME": str(workdir / "home"), "COLUMNS": "120"}
    figures: dict[str, Any] = {"profiles": args.profiles}
    try:
        people = workdir / "people.csv"
        write_csv(people, args.profiles)
        post = workdir / "post.md"
        post.write_text(POST, encoding="utf-8")

        log(f"ingest {args.profiles} rows ...")
        ingest = worldhire(["ingest", str(people)], env)
        figures["ingest"] = {"seconds": round(ingest.wall_s, 1), "cpu_s": round(ingest.cpu_s, 1),
                             "per_s": round(args.profiles / ingest.wall_s, 1),
                             "per_cpu_s": round(args.profiles / ingest.cpu_s, 1),
                             "peak_rss_mb": round(ingest.peak_rss_mb),
                             "summary": " | ".join(line.strip()
                                                   for line in ingest.stdout.splitlines()
                                                   if "added" in line or "embedded" in line)}

        worldhire(["ingest", str(post), "--kind", "role"], env)
        role_id = json.loads(worldhire(["roles", "list", "--json"], env).stdout)[0]["id"]
        for name in ("shortlist_first", "shortlist_again"):
            shortlist = worldhire(["shortlist", role_id, "--top", "10"], env)
            figures[name] = {"seconds": round(shortlist.wall_s, 2),
                             "cpu_s": round(shortlist.cpu_s, 2),
                             "peak_rss_mb": round(shortlist.peak_rss_mb)}

        helps = [worldhire(["--help"], env) for _ in range(3)]
        figures["help"] = {"best_s": round(min(h.wall_s for h in helps), 2),
                           "worst_s": round(max(h.wall_s for h in helps), 2),
                           "cpu_s": round(min(h.cpu_s for h in helps), 2),
                           "peak_rss_mb": round(min(h.peak_rss_mb for h in helps))}
        figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
        figures["cores"] = os.cpu_count()
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    print(f"reproduce: PYTHONPATH=src python bench/cli_path.py --profiles {args.profiles}"
          + (" --json" if args.json else ""))


if __name__ == "__main__":
    main()
