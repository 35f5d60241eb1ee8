"""A section's job entries, anchored on their date lines; an employer heading a group of roles
gives them its name."""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.lexicon.personal_fields import AVAILABILITY_LABELS, PERSONAL_FIELDS
from worldhire.ingest.resumes.entries.blocks import split_blocks
from worldhire.ingest.resumes.entries.entry import Entry, _strip_marks
from worldhire.ingest.resumes.entries.header_lines import (
    _employer_at_place,
    _entry_headers,
    _header_candidate,
    _only_contacts,
    unnumbered_dated_title,
)
from worldhire.ingest.resumes.entries.job_dates import _strip_range, find_range
from worldhire.ingest.resumes.entries.job_header import _as_job, _job_from_header, names_employer
from worldhire.ingest.resumes.entries.layouts import (
    dotted_profile_lines,
    europass_place_lines,
    job_board_blocks,
    join_dangling_ranges,
    unfold_row,
    unfold_then_lines,
)
from worldhire.ingest.resumes.entries.words import _DURATION, _has_title, has_org
from worldhire.ingest.shared.pay import PAY_CUE


def split_jobs(lines: list[str]) -> list[Entry]:
    """Job entries anchored on their date lines. Header lines (title, organisation) are found
    above a date line, blank lines between them or not ("Title" / "Accenture -" / "November 2017
    to Present"), or below a bare date line ("04/2019 – heute" / "Data Scientist" / "SAP SE")."""
    lines = europass_place_lines(
        [unnumbered_dated_title(line) for line in dotted_profile_lines(lines)])
    unfolded = unfold_then_lines([p for line in lines for p in unfold_row(line)])
    lines = job_board_blocks(join_dangling_ranges(unfolded))
    headers = _entry_headers(lines)
    if not headers:
        return _jobs([_as_job(e) for e in split_blocks(lines)])
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
        if opened and entry.organization and len(claimed) == 2 and entry.header == _strip_marks(
            lines[min(claimed)]
        ):
            # "Team Lead - Customer Support" right under its group's employer: that employer
            # is the role's, so the words after the dash are the title's
            entry.title, entry.organization = entry.header, None
        if entry.organization and not opened:
            group = None
        elif group is not None and entry.title:
            entry.organization = entry.organization or group
        elif (entry.title and not entry.organization and n
              and (_next_role(lines, headers[n - 1], claimed)
                   or _role_under_employer(lines, headers[n - 1], claimed)
                   or _linkedin_next_role(lines, headers[n - 1], claimed))):
            entry.organization = entries[-1].organization
        entries.append(entry)
    return _jobs(_employers_over_roles(entries))


def _employers_over_roles(entries: list[Entry]) -> list[Entry]:
    """An employer's dated line with nothing under it but roles dated within its span ("INFOSYS
    LIMITED, Chennai  Jul 2019 – Present" / "Technology Lead  Apr 2022 – Present" / "Senior
    Systems Engineer  Jul 2019 – Mar 2022") is no job of its own: it names their employer."""
    out: list[Entry] = []
    i = 0
    while i < len(entries):
        head = entries[i]
        roles: list[Entry] = []
        if _names_only_employer(head):
            for role in entries[i + 1 :]:
                if not _role_within(role, head):
                    break
                roles.append(role)
        for role in roles:
            if role.organization:  # "Technology Lead – QA": under its employer, the dash's
                role.title = role.header  # words are the title's
            role.organization = head.organization or head.title
            role.location = role.location or head.location
        out += roles or [head]
        i += len(roles) + 1
    return out


def _names_only_employer(entry: Entry) -> bool:
    return (
        entry.start is not None
        and not any(line.strip() for line in entry.body)
        # "مكتب حازم حسن (KPMG) – القاهرة": a name at its town names the employer, whatever its
        # words
        and (names_employer(entry.header) or has_org(entry.header)
             or _employer_at_place(entry.header))
        and not _has_title(entry.header)
    )  # fmt: skip


def _role_within(role: Entry, employer: Entry) -> bool:
    """A titled role naming no employer of its own (its line may part the title at a dash,
    "Technology Lead – QA"), dated within the employer's years."""
    if not role.title or role.start is None or employer.start is None:
        return False
    if role.organization and (
        has_org(role.organization) or names_employer(role.organization) or "|" in role.header
    ):
        return False
    if role.start.year < employer.start.year:
        return False
    return employer.end is None or (role.end is not None and role.end.year <= employer.end.year)


def _jobs(entries: list[Entry]) -> list[Entry]:
    return [
        e for e in entries
        if (e.title or e.organization or e.body)
        and not ((_aside(e.title) or _personal_label(e.title)) and not e.organization)
    ]


_PERSONAL_LABELS = frozenset([*PERSONAL_FIELDS["skip"], *AVAILABILITY_LABELS])


def _personal_label(title: str) -> bool:
    """A personal detail's or pay line's label where a title would be ("Date of Birth" /
    "12/03/1990", "Expected CTC" / "9 LPA" below the last job): no job. A label with a pay word
    and no title's word is a pay line in any phrasing ("Gaji yang diharapkan", "Sueldo
    pretendido"); "Payroll Officer" names a post."""
    return fold(title).strip(" :") in _PERSONAL_LABELS or (
        PAY_CUE.search(title) is not None and not _has_title(title)
    )


def _aside(title: str) -> bool:
    """A line wholly in brackets where a title would be: a note on the years it dates ("(2019–2021:
    took care of my father after his stroke)"), not a job."""
    return bool(title) and title.startswith("(") and title.endswith(")")


def _next_role(lines: list[str], before: list[int], claimed: list[int]) -> bool:
    """A role on one line with its dates, right under the role above it, which stood under its
    employer: a promotion at that employer ("Indomaret – DC Cikarang" / "Supervisor Gudang · Agt
    2021 – skrg" / "Staff Gudang · Feb 2018 – Jul 2021")."""
    if len(claimed) != 1 or len(before) < 2 or find_range(lines[min(before)]) is not None:
        return False
    role, above = lines[claimed[0]], lines[max(before)]
    return (
        _titled_range(role)
        and _titled_range(above)
        and not any(line.strip() for line in lines[max(before) + 1 : claimed[0]])
    )


def _role_under_employer(lines: list[str], before: list[int], claimed: list[int]) -> bool:
    """Dates and a post only, under a job whose header opened with its employer on a line of its
    own above the dates: an earlier role at that employer, as TopCV lists one ("Công ty TNHH
    ..." / "04/2020 - Hiện tại" / "Kế toán tổng hợp", then "06/2018 - 03/2020" / "Kế toán công
    nợ")."""
    return (
        len(before) == 3 and len(claimed) == 2
        and names_employer(lines[before[0]]) and find_range(lines[before[1]]) is not None
        and find_range(lines[claimed[0]]) is not None
    )  # fmt: skip


def _linkedin_next_role(lines: list[str], before: list[int], claimed: list[int]) -> bool:
    """A title over its dates and their duration, under a job whose header opened with its
    employer above its title and such dates: a later role at that employer, as LinkedIn's PDF
    export lists one ("Shoprite Ghana" / "Store Manager" / "March 2020 - Present (4 years 10
    months)", then "Assistant Store Manager" / "January 2017 - February 2020 (3 years 2
    months)")."""
    return (
        len(before) >= 3 and len(claimed) >= 2
        and find_range(lines[before[0]]) is None and find_range(lines[before[1]]) is None
        and not _has_title(lines[before[0]]) and _has_title(lines[before[1]])
        and _with_duration(lines[before[2]])
        and find_range(lines[claimed[0]]) is None and _has_title(lines[claimed[0]])
        and _with_duration(lines[claimed[1]])
    )  # fmt: skip


def _with_duration(line: str) -> bool:
    """Dates followed by how long they lasted: "January 2017 - February 2020 (3 years 2
    months)"."""
    found = find_range(line)
    return found is not None and bool(_DURATION.fullmatch(line[found.span[1] :].strip()))


def _titled_range(line: str) -> bool:
    """A line holding a role's dates and more words: "Staff Gudang · Feb 2018 – Jul 2021"."""
    found = find_range(line)
    return found is not None and bool(re.sub(r"[\W\d_]+", "", _strip_range(line, found)))


def _group_employer(lines: list[str], i: int) -> bool:
    """An employer heading a group of roles, as LinkedIn exports them: "Tata Consultancy
    Services" / "3 years 7 months" / "Machine Learning Engineer" / "April 2023 - January 2025"."""
    if not _header_candidate(lines[i]) or find_range(lines[i]) or _has_title(lines[i]):
        return False
    following = [j for j in range(i + 1, min(len(lines), i + 6)) if lines[j].strip()]
    # The roles' header may stand below the employer's place ("Pune, Maharashtra, India").
    return (
        len(following) >= 3
        and bool(_DURATION.fullmatch(lines[following[0]].strip()))
        and find_range(lines[following[0]]) is None
        and any(find_range(lines[j]) is not None for j in following[2:4])
    )
