"""Entries inside a section: jobs (title, organization, dates, bullets), projects, degrees.

Jobs are anchored on date ranges: every line holding a range belongs to one entry's header, and
that header also takes the line just above it when the date line itself says little else
("Senior ML Engineer — Acme" / "Jan 2020 – Present"). Without any dates, blank-line separated
blocks (or a non-bullet line after bullets) start entries. Titles and organizations are told apart
by job-title words ("Engineer", "Scientist", "Intern" ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from worldhire.ingest.dates import RANGE_RE, DateRange, find_range

BULLET_RE = re.compile(r"^\s*(?:[-*•◦▪‣·–—>+]|\d{1,2}[.)])\s+")
_SEPARATORS = re.compile(r"\s+(?:—|–|-|\||·|•|@|at)\s+|\s*[|•·]\s*|,\s+", re.IGNORECASE)
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|developer|analyst|researcher|research|lead|manager|intern|internship|"
    r"consultant|architect|head|director|founder|co-founder|cto|ceo|vp|specialist|associate|"
    r"assistant|fellow|programmer|administrator|designer|officer|student|teaching|freelance|"
    r"freelancer|contractor|principal|staff|senior|junior|trainee|ml|ai|data|mlops|devops|sre|"
    r"technician|tutor|instructor|professor|lecturer|postdoc|phd|member|owner|partner)\b",
    re.IGNORECASE,
)
_LOCATION_HINT = re.compile(r"\b(?:remote|hybrid|onsite|on-site)\b", re.IGNORECASE)


@dataclass
class Entry:
    header: str
    title: str = ""
    organization: str | None = None
    location: str | None = None
    start: date | None = None
    end: date | None = None
    body: list[str] = field(default_factory=list)
    url: str | None = None

    @property
    def text(self) -> str:
        lines = [BULLET_RE.sub("", line).strip() for line in self.body]
        return "\n".join(line for line in lines if line)


def is_bullet(line: str) -> bool:
    return bool(BULLET_RE.match(line))


def split_jobs(lines: list[str]) -> list[Entry]:
    dated = _dated_lines(lines)
    if not dated:
        return [_as_job(e) for e in split_blocks(lines)]
    starts: list[int] = []
    for i in dated:
        above = i - 1
        if _claims_line_above(lines, i, above, dated, starts):
            # A header wrapped over two lines: "Data Scientist — Acme, Ho Chi Minh" / "City".
            wrapped = above - 1
            if len(lines[above].split()) <= 4 and _claims_line_above(
                lines, above, wrapped, dated, starts
            ):
                starts.append(wrapped)
            else:
                starts.append(above)
        else:
            starts.append(i)
    entries: list[Entry] = []
    if starts[0] > 0 and any(line.strip() for line in lines[: starts[0]]):
        entries += [_as_job(e) for e in split_blocks(lines[: starts[0]])]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = lines[start:end]
        header_count = dated[n] - start + 1
        header_lines = [line for line in block[:header_count] if line.strip()]
        body = block[header_count:]
        # A title or organization line directly under a bare date line is header too.
        if header_count == 1 and body and body[0].strip() and not is_bullet(body[0]):
            rng = find_range(header_lines[0])
            if rng and len(_strip_range(header_lines[0], rng).split()) < 2 and len(body[0]) <= 120:
                header_lines.append(body[0])
                body = body[1:]
        entries.append(_job_from_header(header_lines, body))
    return [e for e in entries if e.title or e.organization or e.body]


def _dated_lines(lines: list[str]) -> list[int]:
    """Lines that anchor a job: a date range outside bullets (a bullet that is only a date,
    "— 2020–present", counts). "since 2021" anchors only when no line has a real range."""
    ranged: list[int] = []
    since: list[int] = []
    for i, line in enumerate(lines):
        rng = find_range(line)
        if rng is None:
            continue
        if is_bullet(line) and len(_strip_range(BULLET_RE.sub("", line), rng).split()) >= 2:
            continue
        (ranged if RANGE_RE.search(line) else since).append(i)
    return ranged or since


def _claims_line_above(
    lines: list[str], i: int, above: int, dated: list[int], starts: list[int]
) -> bool:
    if above < 0 or not lines[above].strip() or is_bullet(lines[above]) or above in dated:
        return False
    if (starts and above <= starts[-1]) or len(lines[above]) > 150:
        return False
    rng = find_range(lines[i])
    rest = _strip_range(lines[i], rng) if rng else lines[i]
    return (
        len(rest.split()) < 3
        or not _TITLE_WORDS.search(rest)
        # "Acme Ltda." above "ML Engineer - 2024 to now": the organization line
        or (not _TITLE_WORDS.search(lines[above]) and (above == 0 or not lines[above - 1].strip()))
    )


def _strip_range(line: str, rng: DateRange) -> str:
    cut = line[: rng.span[0]] + " " + line[rng.span[1] :]
    cut = re.sub(r"\(\s*\)|\[\s*\]", " ", cut)
    return re.sub(r"^[\s|,–—\-:•·]+|[\s|,–—\-:•·(]+$", "", cut).strip()


def _job_from_header(header_lines: list[str], body: list[str]) -> Entry:
    start = end = None
    texts = []
    for line in header_lines:
        rng = find_range(line)
        if rng is not None and start is None:
            start, end = rng.start, rng.end
            line = _strip_range(line, rng)
        texts.append(_strip_marks(line))
    texts = [t for t in texts if t]
    if len(texts) >= 2 and (
        texts[0].count("(") > texts[0].count(")")
        or (
            len(texts[0]) >= 75 and len(texts[1].split()) <= 2 and not _TITLE_WORDS.search(texts[1])
        )
    ):
        texts = [f"{texts[0]} {texts[1]}", *texts[2:]]  # one header wrapped onto a second line
    entry = Entry(header=" | ".join(texts), start=start, end=end, body=body)
    _fill_title_org(entry, texts)
    return entry


def _as_job(entry: Entry) -> Entry:
    """An undated block or bullet: its title part ("Acme — what I did") names the job."""
    _fill_title_org(entry, [entry.title or entry.header])
    return entry


def _split_outside_parens(text: str) -> list[str]:
    """Split on separators, but not inside parentheses: "Scientist (lead, 3 people) — Acme"."""
    protected = re.sub(
        r"\([^()]*\)", lambda m: m.group(0).replace(",", "\0").replace("—", "\1"), text
    )
    return [p.replace("\0", ",").replace("\1", "—") for p in _SEPARATORS.split(protected) if p]


def _fill_title_org(entry: Entry, header_texts: list[str]) -> None:
    parts: list[str] = []
    for text in header_texts:
        if re.search(r"\s(?:at|@)\s", text, re.IGNORECASE):
            title, org = re.split(r"\s(?:at|@)\s", text, maxsplit=1, flags=re.IGNORECASE)
            parts += [title.strip(), *[p for p in _split_outside_parens(org) if p.strip()]]
        else:
            parts += [p.strip() for p in _split_outside_parens(text) if p.strip()]
    parts = [trimmed for p in parts if (trimmed := _trim(p))]
    if not parts:
        return
    title_index = next((i for i, p in enumerate(parts) if _TITLE_WORDS.search(p)), 0)
    entry.title = parts[title_index][:200]
    others = [p for i, p in enumerate(parts) if i != title_index]
    if others:
        entry.organization = others[0][:200]
    for other in others[1:]:
        if _LOCATION_HINT.search(other) or entry.location is None:
            entry.location = other[:120]


def _trim(part: str) -> str:
    """Strip spaces and marks, and a parenthesis only when it has lost its partner."""
    part = part.strip(" []*_.;")
    if part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:]
    if part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1]
    return part.strip()


def _strip_marks(line: str) -> str:
    return re.sub(r"^#+\s*|\*\*|__|`", "", BULLET_RE.sub("", line)).strip()


def split_blocks(lines: list[str], one_per_line: bool = False) -> list[Entry]:
    """Entries without dates to anchor them: by blank lines, headings, or a non-bullet line that
    follows bullets; a list made only of bullets gives one entry per bullet, and so does a list
    of plain lines when `one_per_line` (degrees, papers, certificates: one a line)."""
    content = [line for line in lines if line.strip()]
    if content and all(is_bullet(line) for line in content):
        return [_bullet_entry(line) for line in content]
    if one_per_line and content and not any(is_bullet(line) for line in content):
        return [_bullet_entry(line) for line in content]
    entries: list[Entry] = []
    current: Entry | None = None
    previous = ""
    for line in lines:
        if not line.strip():
            previous = ""
            continue
        starts_new = (
            current is None
            or line.lstrip().startswith("#")
            or (not is_bullet(line) and previous == "")
            or (not is_bullet(line) and is_bullet(previous) and _looks_like_header(line, previous))
        )
        if starts_new:
            header = _strip_marks(line)
            title, rest = _split_title(header)
            current = Entry(header=header, title=title)
            if rest:
                current.body.append(rest)
            rng = find_range(line)
            if rng:
                current.start, current.end = rng.start, rng.end
            entries.append(current)
        elif current is not None:
            current.body.append(line)
        previous = line
    return entries


def _looks_like_header(line: str, previous_bullet: str) -> bool:
    if line[:1].islower():
        return False  # a wrapped bullet continues in lower case
    return bool(re.search(r"[.!?)]$", previous_bullet.strip())) or len(line) <= 80


def _bullet_entry(line: str) -> Entry:
    text = _strip_marks(line)
    title, rest = _split_title(text)
    entry = Entry(header=text, title=title, body=[rest] if rest else [])
    rng = find_range(text)
    if rng is not None:
        entry.start, entry.end = rng.start, rng.end
    return entry


def _split_title(text: str) -> tuple[str, str]:
    """ "Name — what it is" / "Name: what it is" -> (name, description) when the name is short."""
    match = re.match(r"^(.{2,80}?)(?:\s+[—–-]\s+|:\s+|\s+\|\s+)(.+)$", text)
    if match:
        return match.group(1).strip(" *_"), match.group(2).strip()
    if len(text) <= 80:
        return text, ""
    return text[:80].rsplit(" ", 1)[0], text
