"""A section's job entries, anchored on their date lines; an employer heading a group of roles
gives them its name."""

from __future__ import annotations

from worldhire.ingest.entries.blocks import split_blocks
from worldhire.ingest.entries.entry import Entry, _strip_marks
from worldhire.ingest.entries.header_lines import _entry_headers, _header_candidate, _only_contacts
from worldhire.ingest.entries.job_dates import find_range
from worldhire.ingest.entries.job_header import _as_job, _job_from_header
from worldhire.ingest.entries.layouts import (
    job_board_blocks,
    join_dangling_ranges,
    unfold_row,
    unfold_then_lines,
)
from worldhire.ingest.entries.words import _DURATION, _has_title


def split_jobs(lines: list[str]) -> list[Entry]:
    """Job entries anchored on their date lines. Header lines (title, organisation) are found
    above a date line, blank lines between them or not ("Title" / "Accenture -" / "November 2017
    to Present"), or below a bare date line ("04/2019 – heute" / "Data Scientist" / "SAP SE")."""
    unfolded = unfold_then_lines([p for line in lines for p in unfold_row(line)])
    lines = job_board_blocks(join_dangling_ranges(unfolded))
    headers = _entry_headers(lines)
    if not headers:
        return [_as_job(e) for e in split_blocks(lines)]
    groups = [i for i in range(len(lines)) if _group_employer(lines, i)]
    entries: list[Entry] = []
    first = min(headers[0])
    before = min([first, *(g for g in groups if g < first)])
    lead = [line for line in lines[:before] if not _only_contacts(line.strip())]
    if any(line.strip() for line in lead):  # not the contact column beside a two-column CV
        entries += [_as_job(e) for e in split_blocks(lead)]
    group: str | None = None  # the employer of a group of roles ("Acme" / "3 years 7 months")
    for n, claimed in enumerate(headers):
        end = min(headers[n + 1]) if n + 1 < len(headers) else len(lines)
        top = min(claimed)
        opened = [g for g in groups if (min(headers[n - 1]) if n else -1) < g < top]
        if opened:
            group = _strip_marks(lines[opened[-1]])
        body_end = min([end, *(g for g in groups if max(claimed) < g < end)])
        entry = _job_from_header([lines[i] for i in claimed], lines[max(claimed) + 1 : body_end])
        if entry.organization and not opened:
            group = None
        elif group is not None and entry.title:
            entry.organization = entry.organization or group
        entries.append(entry)
    return [e for e in entries if e.title or e.organization or e.body]


def _group_employer(lines: list[str], i: int) -> bool:
    """An employer heading a group of roles, as LinkedIn exports them: "Tata Consultancy
    Services" / "3 years 7 months" / "Machine Learning Engineer" / "April 2023 - January 2025"."""
    if not _header_candidate(lines[i]) or find_range(lines[i]) or _has_title(lines[i]):
        return False
    following = [j for j in range(i + 1, min(len(lines), i + 6)) if lines[j].strip()]
    return (
        len(following) >= 3
        and bool(_DURATION.fullmatch(lines[following[0]].strip()))
        and find_range(lines[following[0]]) is None
        and find_range(lines[following[2]]) is not None
    )
