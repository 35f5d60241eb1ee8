"""Evidence from code: a local git clone, or a code host's export of a user's public repositories,
summarised into EvidenceItem(kind=REPOSITORY) items a reviewer can read and check.

From a clone: languages by lines (tracked files only, vendored folders skipped), the span and
cadence of the candidate's own commits (by their e-mail addresses), whether tests and CI exist,
and what the README claims. From a host export (GitHub's /users/:user/repos shape): one item per
repository that is not a fork, with its description, language, stars and dates.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from worldhire.core.errors import WorldhireError
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind, utcnow
from worldhire.store.protocol import Repository

LANGUAGES = {
    ".py": "Python", ".ipynb": "Jupyter Notebook", ".ts": "TypeScript", ".tsx": "TypeScript",
    ".js": "JavaScript", ".jsx": "JavaScript", ".go": "Go", ".rs": "Rust", ".java": "Java",
    ".kt": "Kotlin", ".scala": "Scala", ".c": "C", ".h": "C", ".cc": "C++", ".cpp": "C++",
    ".hpp": "C++", ".cu": "CUDA", ".cs": "C#", ".rb": "Ruby", ".php": "PHP", ".swift": "Swift",
    ".r": "R", ".jl": "Julia", ".sql": "SQL", ".sh": "Shell", ".m": "MATLAB", ".lua": "Lua",
    ".dart": "Dart", ".ex": "Elixir", ".hs": "Haskell", ".tf": "Terraform",
}
SKIP_PARTS = {"node_modules", "vendor", "third_party", ".venv", "venv", "dist", "build"}
TEST_FILE = re.compile(r"(^|/)(tests?|spec|__tests__)/|(^|/)test_[^/]+$|_test\.\w+$|\.spec\.\w+$")
CI_FILES = {
    ".github/workflows": "GitHub Actions", ".gitlab-ci.yml": "GitLab CI",
    ".circleci/config.yml": "CircleCI", "Jenkinsfile": "Jenkins",
    "azure-pipelines.yml": "Azure Pipelines", ".travis.yml": "Travis CI",
    "bitbucket-pipelines.yml": "Bitbucket Pipelines",
}
MAX_FILE_BYTES = 2_000_000
README_CLAIM = re.compile(r"\d|\b(used by|production|benchmark|faster|supports?|deployed)\b", re.I)


class EvidenceError(WorldhireError, ValueError):
    """The path is not a git clone, or the export is not a code host's repository list."""

    status = 422
    code = "evidence-input"


@dataclass
class RepoSummary:
    name: str
    lines_by_language: dict[str, int]
    commits_total: int
    own_commits: list[datetime]
    test_files: int
    ci: list[str]
    readme_claims: list[str]
    remote: str | None

    @property
    def active_weeks(self) -> int:
        return len({c.isocalendar()[:2] for c in self.own_commits})

    def describe(self) -> str:
        total = sum(self.lines_by_language.values())
        langs = ", ".join(
            f"{lang} {lines:,} lines ({lines / total:.0%})"
            for lang, lines in sorted(self.lines_by_language.items(), key=lambda kv: -kv[1])[:5]
        ) if total else "no source files recognised"
        parts = [f"Repository {self.name}: {langs}."]
        if self.own_commits:
            first, last = min(self.own_commits), max(self.own_commits)
            weeks = max(1, (last - first).days // 7 + 1)
            parts.append(
                f"The candidate wrote {len(self.own_commits)} of {self.commits_total} commits "
                f"from {first:%Y-%m-%d} to {last:%Y-%m-%d}, active in {self.active_weeks} of "
                f"{weeks} weeks ({len(self.own_commits) / self.active_weeks:.1f} commits per "
                "active week)."
            )
        else:
            parts.append(f"None of its {self.commits_total} commits is by the candidate's e-mail.")
        parts.append(f"Tests: {self.test_files} test files." if self.test_files else "No tests.")
        parts.append(f"CI: {', '.join(self.ci)}." if self.ci else "No CI configuration.")
        if self.readme_claims:
            parts.append("README claims: " + " ".join(self.readme_claims))
        return " ".join(parts)

    def evidence(self, source: str) -> EvidenceItem:
        start = min(self.own_commits).date() if self.own_commits else None
        end = max(self.own_commits).date() if self.own_commits else None
        return EvidenceItem(
            EvidenceKind.REPOSITORY, f"Repository {self.name}", self.describe(),
            source=source, start=start, end=end, url=self.remote,
        )


def _git(path: Path, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(path), *args], capture_output=True, text=True, check=True,
            timeout=120,
        )
    except FileNotFoundError as exc:
        raise EvidenceError("git is not installed") from exc
    except subprocess.CalledProcessError as exc:
        raise EvidenceError(f"git {args[0]} failed in {path}: {exc.stderr.strip()}") from exc
    except subprocess.TimeoutExpired as exc:
        raise EvidenceError(f"git {args[0]} took too long in {path}") from exc
    return done.stdout


def _count_lines(path: Path) -> int:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return 0
        data = path.read_bytes()
    except OSError:
        return 0
    if b"\0" in data[:4096]:
        return 0
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def _readme_claims(root: Path, files: Sequence[str], limit: int = 3) -> list[str]:
    readme = next((f for f in files if re.fullmatch(r"readme(\.\w+)?", f, re.I)), None)
    if readme is None:
        return []
    text = (root / readme).read_text(encoding="utf-8", errors="replace")[:20000]
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    sentences = re.split(r"(?<=[.!?])\s+|\n{2,}", text)
    claims = []
    for s in sentences:
        clean = " ".join(s.replace("#", " ").split())
        if 20 <= len(clean) <= 240 and README_CLAIM.search(clean):
            claims.append(clean if clean.endswith((".", "!", "?")) else clean + ".")
        if len(claims) == limit:
            break
    return claims


def summarise_clone(path: Path, author_emails: Sequence[str]) -> RepoSummary:
    """Read a local git clone; `author_emails` are the candidate's (case-insensitive)."""
    path = Path(path).expanduser()
    if not path.is_dir():
        raise EvidenceError(f"{path} is not a folder")
    root = Path(_git(path, "rev-parse", "--show-toplevel").strip())
    files = [f for f in _git(root, "ls-files", "-z").split("\0") if f]
    lines: Counter[str] = Counter()
    tests = 0
    for f in files:
        if SKIP_PARTS & set(Path(f).parts):
            continue
        if TEST_FILE.search(f):
            tests += 1
        language = LANGUAGES.get(Path(f).suffix.lower())
        if language:
            lines[language] += _count_lines(root / f)
    ci = sorted({name for marker, name in CI_FILES.items()
                 if any(f == marker or f.startswith(marker + "/") for f in files)})
    wanted = {e.strip().lower() for e in author_emails if e.strip()}
    try:
        log = _git(root, "log", "--format=%ae%x09%at")
    except EvidenceError:
        log = ""  # a clone with no commits yet
    commits = [line.split("\t") for line in log.splitlines() if "\t" in line]
    own = [datetime.fromtimestamp(int(ts), UTC) for email, ts in commits
           if email.lower() in wanted]
    try:
        remote: str | None = _git(root, "remote", "get-url", "origin").strip() or None
    except EvidenceError:
        remote = None
    return RepoSummary(
        name=root.name, lines_by_language=dict(lines), commits_total=len(commits),
        own_commits=own, test_files=tests, ci=ci, readme_claims=_readme_claims(root, files),
        remote=remote,
    )


class _HostRepo(BaseModel):
    """The fields of GitHub's repository object that say something about the work."""

    model_config = ConfigDict(extra="ignore")

    name: str
    full_name: str | None = None
    html_url: str | None = None
    description: str | None = None
    language: str | None = None
    stargazers_count: int = 0
    forks_count: int = 0
    fork: bool = False
    archived: bool = False
    topics: list[str] = []
    created_at: datetime | None = None
    pushed_at: datetime | None = None


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment else None


def host_export_evidence(data: bytes, source: str) -> list[EvidenceItem]:
    """Items from a JSON array of repositories (GitHub's /users/:user/repos); forks are skipped,
    as they show someone else's work."""
    try:
        raw = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvidenceError(f"{source} is not JSON: {exc}") from exc
    if not isinstance(raw, list):
        raise EvidenceError(f"{source} must be a JSON array of repositories")
    items = []
    for position, entry in enumerate(raw):
        try:
            repo = _HostRepo.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise EvidenceError(
                f"{source}: repository #{position + 1} has a bad {where}: {first['msg']}"
            ) from exc
        if repo.fork:
            continue
        name = repo.full_name or repo.name
        parts = [f"Public repository {name}" + (f": {repo.description.strip()}"
                                                 if repo.description else ".")]
        if repo.language:
            parts.append(f"Main language {repo.language}.")
        parts.append(f"{repo.stargazers_count} GitHub stars, {repo.forks_count} forks.")
        if repo.topics:
            parts.append(f"Topics: {', '.join(repo.topics)}.")
        if repo.created_at and repo.pushed_at:
            parts.append(
                f"Created {repo.created_at:%Y-%m-%d}, last pushed {repo.pushed_at:%Y-%m-%d}."
            )
        if repo.archived:
            parts.append("Archived.")
        items.append(EvidenceItem(
            EvidenceKind.REPOSITORY, f"Repository {name}", " ".join(parts),
            source=f"{source}#{name}", start=_day(repo.created_at), end=_day(repo.pushed_at),
            url=repo.html_url,
        ))
    return items


def attach_evidence(
    repo: Repository, candidate_id: str, items: Sequence[EvidenceItem]
) -> Candidate:
    """Save items on the candidate, replacing earlier items from the same source (re-running is
    idempotent), and re-link the candidate's skills so the new evidence backs them."""
    from worldhire.ingest.service import IngestService

    candidate = repo.get_candidate(candidate_id)
    if candidate is None:
        raise EvidenceError(f"no candidate with id {candidate_id!r}")
    sources = {i.source for i in items}
    candidate.evidence = [e for e in candidate.evidence if e.source not in sources] + list(items)
    IngestService(repo, tenant_id=candidate.tenant_id).link_skills(candidate)
    candidate.updated_at = utcnow()
    repo.save_candidate(candidate)
    return candidate
