"""Candidate fields every résumé format fills the same way from free text."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest import fields
from worldhire.ingest.dates import merged_years
from worldhire.ingest.geo import zone_country
from worldhire.ingest.pay import PAY_CUE, stated_pay


def fill_years(candidate: Candidate, text: str) -> None:
    """Stated years win; otherwise the union of the job date ranges (overlaps counted once)."""
    stated = fields.stated_years(text)
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
    cued = [line for line in text.split("\n") if PAY_CUE.search(line)]
    lines = [(line, True) for line in pay_section.split("\n")] + [(line, False) for line in cued]
    for line, under_pay_heading in lines:
        pay = stated_pay(line, candidate.country, cued=under_pay_heading)
        if pay is not None:
            candidate.pay_stated = pay
            candidate.pay_expectation_usd = pay.usd_year
            break
    countries, needs = fields.work_authorization(text)
    if candidate.country and not countries:
        countries = [candidate.country]  # people may work where they live unless they say otherwise
    candidate.work_authorization = countries
    candidate.needs_sponsorship = bool(needs)
    hours = fields.working_hours(text)
    if hours is not None:
        candidate.work_start_hour, candidate.work_end_hour = hours
    candidate.available_from = fields.available_from(text)
    zone = fields.explicit_timezone(text)
    if zone is not None:
        candidate.timezone = zone
        candidate.country = candidate.country or zone_country(zone)
