"""Entries without a date range to anchor them: blocks parted by blank lines, headings or
bullets, one a line, or led by a year alone on its line (hh.ru's studies)."""

from __future__ import annotations

import re
from datetime import date

from worldhire.ingest.resumes.entries.entry import Entry, _strip_marks, is_bullet
from worldhire.ingest.resumes.entries.job_dates import find_range
from worldhire.ingest.resumes.wrapping import wrapped_tail

# A year alone on its line, as hh.ru sets the year a study or a course ended above it.
_YEAR_LINE = re.compile(r"\s*(?:19[5-9]\d|20\d\d)\s*")


def split_year_led(lines: list[str]) -> list[Entry] | None:
    """Studies or courses each led by a year alone on its line, as hh.ru writes them: "2016" /
    "Московский физико-технический институт" / "Факультет инноваций и высоких технологий,
    Прикладная математика и информатика" is one entry (ended that year), not three. The level
    hh.ru writes once above the first year ("Высшее", "Магистр") stays with the first entry.
    None when no line is a year alone, or when a whole entry comes before the first year: the
    years then close their entries ("B.Com" / "University of Delhi" / "2012", as job-board
    exports write them)."""
    years = [i for i, line in enumerate(lines) if _YEAR_LINE.fullmatch(line)]
    if not years:
        return None
    above = [line.strip() for line in lines[: years[0]] if line.strip()]
    if len(above) > 1:
        return None
    entries: list[Entry] = []
    for n, at in enumerate(years):
        end = years[n + 1] if n + 1 < len(years) else len(lines)
        content = [line.strip() for line in lines[at + 1 : end] if line.strip()]
        if not content:
            continue
        entries.append(
            Entry(
                header=content[0],
                title=content[0],
                end=date(int(lines[at]), 1, 1),
                body=[*content[1:], *([] if entries else above)],
            )
        )
    return entries or None


def split_blocks(lines: list[str], one_per_line: bool = False) -> list[Entry]:
    """Entries without dates to anchor them: by blank lines, headings, or a non-bullet line that
    follows bullets; a list made only of bullets gives one entry per bullet, and so does a list
    of plain lines when `one_per_line` (degrees, papers, certificates: one a line)."""
    content = [line for line in lines if line.strip()]
    if content and all(is_bullet(line) for line in content):
        return [_bullet_entry(line) for line in content]
    if one_per_line and content and not any(is_bullet(line) for line in content):
        return [_bullet_entry(line) for line in _unwrapped(content)]
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
            or _opens_with_dates(line)
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


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines, each with the wrapped last word of its name put back: a LinkedIn sidebar wraps
    "COPC Certified CX Professional" after "CX"; a line with a year or a closing mark is whole.
    A tail is one capitalised word ("Administrator" of "SAPP Certified Payroll" /
    "Administrator"): two words, or an acronym ("CKA"), are a certificate of their own."""
    out: list[str] = []
    for line in lines:
        tail = wrapped_tail(line, most_words=1) and line.strip().istitle()
        if out and tail and not re.search(r"[\d.,;:)]\s*$|\d", out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _opens_with_dates(line: str) -> bool:
    """A line that opens with a date range and goes on to tell what was done then ("2017 – 2019:
    Lập trình viên Java tại Công ty ..."): one entry a line, as people list jobs in a paragraph
    with no blank line between them."""
    rng = find_range(line)
    return (
        rng is not None and rng.span[0] <= 3 and not is_bullet(line)
        and len(line[rng.span[1] :].split()) >= 3
    )


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
