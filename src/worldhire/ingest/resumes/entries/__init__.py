"""Entries inside a section: jobs (title, organization, dates, bullets), projects, degrees.

Jobs are anchored on date ranges: every line holding a range belongs to one entry's header, and
that header also takes the line just above it when the date line itself says little else
("Senior ML Engineer — Acme" / "Jan 2020 – Present"). Without any dates, blank-line separated
blocks (or a non-bullet line after bullets) start entries. Titles and organizations are told apart
by job-title words ("Engineer", "Scientist", "Intern" ...).

`jobs` splits a section into jobs; `layouts` first rewrites exports' and tables' layouts,
`header_lines` finds each job's header lines and `job_header` reads them into title, employer,
place and dates (`job_dates`), with the words of `words`. `blocks` splits undated entries.
"""

from worldhire.ingest.resumes.entries.blocks import split_blocks, split_year_led
from worldhire.ingest.resumes.entries.entry import Entry, is_bullet
from worldhire.ingest.resumes.entries.header_lines import first_entry_line
from worldhire.ingest.resumes.entries.job_dates import find_range
from worldhire.ingest.resumes.entries.job_header import names_employer, own_practice_job
from worldhire.ingest.resumes.entries.jobs import split_jobs
from worldhire.ingest.resumes.entries.layouts import CELL, description_cut, unfold_row
from worldhire.ingest.resumes.entries.words import _has_title as has_title
from worldhire.ingest.resumes.entries.words import first_person, has_org, is_education, names_study

__all__ = [
    "CELL",
    "Entry",
    "description_cut",
    "find_range",
    "first_entry_line",
    "first_person",
    "has_org",
    "has_title",
    "is_bullet",
    "is_education",
    "names_employer",
    "names_study",
    "own_practice_job",
    "split_blocks",
    "split_jobs",
    "split_year_led",
    "unfold_row",
]
