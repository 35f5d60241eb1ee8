"""Candidate fields every résumé format fills the same way from free text."""

from __future__ import annotations

import itertools
import re
from datetime import date

from worldhire.core.geo.zones import zone_country
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.dates import merged_years
from worldhire.ingest.shared.experience import headline_years
from worldhire.ingest.shared.hours import find_stated_hours, working_window
from worldhire.ingest.shared.pay import MONTHLY_CUSTOM, PAY_CUE, stated_pay


def fill_years(candidate: Candidate, text: str) -> None:
    """Stated years win (in the text, or as a field of the headline: "Quality Analyst | BPO | 7
    years"); otherwise the union of the job date ranges (overlaps counted once)."""
    stated = fields.stated_years(text)
    if stated is None and candidate.headline:
        stated = headline_years(candidate.headline)
    if stated is not None:
        candidate.years_experience = stated
        return
    today = date.today()
    ranges = [
        (e.start, e.end or today)
        for e in candidate.evidence
        if e.kind is EvidenceKind.JOB and e.start is not None
    ]
    if ranges:
        candidate.years_experience = merged_years(ranges)


def fill_logistics(candidate: Candidate, text: str, pay_section: str = "") -> None:
    """Pay expectation, work authorization, sponsorship, working hours, availability, time zone.
    Lines of `pay_section` (text under a heading like "Expected salary") need no pay cue word."""
    for line, under_pay_heading, bare in pay_lines(text, pay_section):
        pay = stated_pay(line, candidate.country, cued=under_pay_heading)
        if pay is not None and bare and not (
            (pay.period_stated or pay.currency in MONTHLY_CUSTOM)
            and (
                len(pay.quote) >= 0.6 * len(line.strip())
                or (pay.span is not None and _after_headline(line, pay.span))
            )
        ):
            # "Cost savings of $200k": an amount alone says pay only with its period, or in a
            # currency whose people state monthly pay ("35 000 грн" under a work.ua headline)
            continue
        if pay is not None:
            candidate.pay_stated = pay
            candidate.pay_expectation_usd = pay.usd_year
            break
    countries, needs = fields.work_authorization(text)
    if candidate.country and not countries:
        countries = [candidate.country]  # people may work where they live unless they say otherwise
    candidate.work_authorization = countries
    candidate.needs_sponsorship = bool(needs)
    candidate.available_from = fields.available_from(text)
    zone = fields.explicit_timezone(text, candidate.country)
    if zone is not None:
        candidate.timezone = zone
        candidate.country = candidate.country or zone_country(zone)
    fill_hours(candidate, text)


def _after_headline(line: str, span: tuple[int, int]) -> bool:
    """The amount closes a short headline after its comma, as Work.ua heads a CV with the post
    sought and its monthly pay ("QA Engineer, 45 000 грн")."""
    head = line[: span[0]].rstrip()
    return head.endswith(",") and not line[span[1] :].strip() and len(head.split()) <= 5


# Pay the person has now, not what they ask for: read after every other pay line.
_CURRENT_PAY = re.compile(
    r"\b(?:current|present|last drawn|actual|aktuell\w*|derzeitig\w*|obecn\w+|atual|actuel\w*|"
    r"hiện tại|saat ini|поточн\w+)\b",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"(?<=[.;|])\s+(?=[^\W\d_])")
_SENTENCE = re.compile(r"[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){3,}")  # four words: a sentence


def pay_lines(text: str, pay_section: str = "") -> list[tuple[str, bool, bool]]:
    """Lines that may state the person's pay, best first, each with whether it sits under a pay
    heading (it then needs no cue word) and whether it is a bare amount: the pay section; lines
    with a pay word, what the person asks for before what they earn now ("Current CTC: 5.2
    LPA" / "Expected CTC: 7 LPA"); a line under a heading that is only a pay word ("Gaji yang
    diharapkan" / "Rp 7.500.000 per bulan"); then a line that is only an amount ("52.000 €
    brutto/Jahr" in a table whose labels a PDF put elsewhere)."""
    lines = text.split("\n")
    cued = [line for line in lines if PAY_CUE.search(line)]
    asked = [line for line in cued if not _CURRENT_PAY.search(line)]
    current = [line for line in cued if _CURRENT_PAY.search(line)]
    # "Current salary: ₦650,000 per month (gross). Expected: ₦900k – ₦1m monthly": what the
    # person asks for, told on the line of what they earn now
    asked += [
        part
        for line in current
        for part in _CLAUSES.split(line)
        if PAY_CUE.search(part) and not _CURRENT_PAY.search(part)
    ]
    under_heading = [
        nxt
        for line, nxt in itertools.pairwise(lines)
        if PAY_CUE.search(line) and not any(c.isdigit() for c in line) and len(line) <= 60
    ]
    bare = [
        line
        for line in lines
        if any(c.isdigit() for c in line) and len(line) <= 60 and not _SENTENCE.search(line)
        and line not in cued
    ]
    section = pay_section.split("\n")
    return [
        *((line, True, False) for line in section if not _CURRENT_PAY.search(line)),
        *((line, False, False) for line in asked),
        *((line, True, False) for line in under_heading),
        *((line, True, False) for line in section if _CURRENT_PAY.search(line)),
        *((line, False, False) for line in current),
        *((line, False, True) for line in bare),
    ]


def fill_hours(candidate: Candidate, text: str) -> None:
    """Working hours on the person's own clock. Hours stated in a zone ("8:00–17:00 WAT") say
    where the person is when nothing else did; offers to work another region's hours ("happy to
    work European hours") widen their day (or the usual 9-17) while the union stays a
    plausible working day (see hours.working_window)."""
    statements = find_stated_hours(text, candidate.country)
    if not statements:
        return
    if candidate.timezone is None:
        own = next((h.timezone for h in statements if h.timezone and not h.offered), None)
        if own is not None:
            candidate.timezone = own
            candidate.country = candidate.country or zone_country(own)
    usual = (candidate.work_start_hour, candidate.work_end_hour)
    window = working_window(statements, candidate.timezone, usual=usual)
    if window is not None:
        candidate.work_start_hour, candidate.work_end_hour = window
