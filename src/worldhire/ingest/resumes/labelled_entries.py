"""Jobs written as labelled fields, one field a line or table row, as the old Europass template,
job-board exports and many local CV forms lay them out:

    Perioada | 2017 – prezent                          Stanowisko: Samodzielna księgowa
    Funcția sau postul ocupat | Electrician            Pracodawca: Biuro Rachunkowe "Bilans"
    Activități și responsabilități principale | ...    Okres zatrudnienia: 02.2018 - obecnie
    Numele și adresa angajatorului | Continental SRL   Obowiązki: ...

A field seen again starts the next job. Lines that are no job field (duties, bullets) are the
job's body; a field's own value of duties is body too. A section that also dates lines outside
the fields is a classic one whose entries merely hold labelled details: it is left to entries.py.
"""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation
from worldhire.ingest.lexicon import contracts as contract_words
from worldhire.ingest.lexicon.job_fields import JOB_FIELDS
from worldhire.ingest.resumes.entries import (
    CELL,
    Entry,
    description_cut,
    has_org,
    has_title,
    is_bullet,
    names_employer,
    split_jobs,
)
from worldhire.ingest.resumes.entries import find_range as find_job_range
from worldhire.ingest.resumes.entries.job_dates import _without_span
from worldhire.ingest.shared.dates import DateRange, find_dates, find_range, parse_date
from worldhire.ingest.shared.geo import resolve_place

_BY_LABEL = {fold(label): key for key, labels in JOB_FIELDS.items() for label in labels}
# "• Date (da – a) | Da marzo 2016 ad oggi": the Italian European format marks each label.
# ... and a numbered job opens with its number: "1) Company: Sundaram Castings", "2. Employer: X".
_FIELD_LINE = re.compile(
    r"^\s*(?:•\s*|\(?\d{1,2}[.)]\s*)?[*_]*([^\W\d][^:|]{1,60}?)[*_]*\s*(?::|\|)\s*(.*)$"
)
_MIN_JOBS_WITH_TITLE = 1


def labelled_jobs(lines: list[str]) -> list[Entry] | None:
    """The jobs of a section written as labelled fields, or None when it is not one (fewer
    than two kinds of job field, or no title)."""
    entries: list[Entry] = []
    seen: set[str] = set()
    current: Entry | None = None
    kinds: set[str] = set()
    employer: str | None = None  # "CÔNG TY TNHH SAMSUNG" above "Chức vụ: ..." / "Thời gian: ..."
    employers: set[int] = set()  # the jobs whose dated bullets are roles of their own
    for index, line in enumerate(lines):
        fields = _fields(line)
        if not fields:
            role = _role_line(line, current)
            if role is not None and current is not None:
                # "2) Delhivery Ltd." / "Duration: Jan 2018 – Jul 2021" / "- Team Leader –
                # Sorting (Jan 2018 – Mar 2019): ...": a role at the employer above
                employers.add(id(current))
                entries.append(role)
                current = role
                continue
            if find_range(line) is not None:
                return None  # dated entries of their own ("Project: X / Role: Y" under each)
            if current is not None and current.start is None and _dated_alone(line, current):
                continue
            unnumbered = _NUMBERED.sub("", line.strip(" *_"))  # "1) Safexpress Pvt. Ltd."
            if unnumbered and not is_bullet(unnumbered) and (
                names_employer(unnumbered) or _heads_next_job(lines, index)
            ):
                employer = _employer_line(unnumbered)
                if current is not None and (
                    current.organization or (current.title and current.start)
                ):
                    current = None  # the next employer's fields start its own job
            elif current is not None and line.strip():
                current.body.append(line)
            continue
        for key, value in fields:
            before = current
            current, seen = _take(entries, current, seen, kinds, key, value)
            if employer and current is not before and current and not current.organization:
                current.organization = employer
        employer = None
    # an employer's own dates over its roles are no job of their own
    entries = [e for e in entries if e.title or id(e) not in employers]
    titled = [e for e in entries if e.title]
    if len(kinds) < 2 or len(titled) < _MIN_JOBS_WITH_TITLE:
        return None
    for entry in entries:
        entry.header = " | ".join(p for p in (entry.title, entry.organization or "") if p)
    return [e for e in entries if e.title or e.organization]


# "- Senior Executive – Operations (Apr 2019 – Jul 2021): sorting and dispatch"
_ROLE_LINE = re.compile(
    r"^\s*[-•*]\s+(?P<title>[^():]{3,80}?)\s*\((?P<dates>[^()]+)\)\s*(?::\s*(?P<duties>.*))?$"
)
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s*")


def _role_line(line: str, current: Entry | None) -> Entry | None:
    """A bullet that opens with a role and its dates in brackets, under a job that names its
    employer: a role held there."""
    match = _ROLE_LINE.match(line)
    if match is None or current is None or not current.organization:
        return None
    found = find_range(match.group("dates"))
    if found is None or not has_title(match.group("title")):
        return None
    duties = match.group("duties")
    return Entry(
        header="", title=match.group("title").strip(), organization=current.organization,
        start=found.start, end=found.end, body=[duties] if duties else [],
    )  # fmt: skip


def _heads_next_job(lines: list[str], index: int) -> bool:
    """A short line alone after a blank line, right above the next job's title field: that
    job's employer, whatever its words ("Almacenes La Rebaja" / "Cargo: Cajero")."""
    line = lines[index].strip()
    after = _fields(lines[index + 1]) if index + 1 < len(lines) else []
    return (
        (index == 0 or not lines[index - 1].strip())
        and bool(after) and after[0][0] == "title"
        and len(line.split()) <= _EMPLOYER_WORDS and not line.endswith((".", ":", ";"))
        and find_dates(line) == []
    )  # fmt: skip


_EMPLOYER_WORDS = 6


def _dated_alone(line: str, current: Entry) -> bool:
    """A line holding only a date and how long the job lasted ("2015 (3 meses)"), under a job
    its fields left undated: it dates that job, within its year."""
    found = find_job_range(line)
    if found is None:
        return False
    rest = _without_span(line[: found.span[0]] + " " + line[found.span[1] :])
    if re.sub(r"[\W_]+", "", rest):
        return False
    current.start, current.end = found.start, found.end
    return True


def _employer_line(name: str) -> str:
    """"Reliance Retail Ltd. (Trends), Kalyan" -> "Reliance Retail Ltd. (Trends)": the name
    without the site after it, where the name has a legal form."""
    head, comma, _ = name.partition(",")
    return head.strip() if comma and has_org(head) else _without_place(name)


def _take(
    entries: list[Entry], current: Entry | None, seen: set[str], kinds: set[str], key: str,
    value: str,
) -> tuple[Entry | None, set[str]]:
    if key == "job":
        job = _job_in_one_value(value)
        if job.organization is None and job.start is None:
            key = "title"  # "Current position: Senior Accounts Officer" / "Company: ..." below
        else:
            entries.append(job)
            kinds.update({"title", "organization"})
            return job, {"title", "organization", "period"}
    if key == "since" and current is not None:
        # "Desde: Febrero 2019 hasta la fecha", "Desde: Agosto 2016 Hasta: Enero 2019": the
        # value may hold the whole period, its end labelled on the same line
        found = _period(value)
        if found is not None:
            current.start, current.end = found.start, found.end
        else:
            current.start, current.end = parse_date(value), None
        kinds.add("period")
        return current, seen | {"period"}
    if key in {"title", "organization", "period"}:
        kinds.add(key)
        if current is None or key in seen:
            current = Entry(header="")
            entries.append(current)
            seen = set()
        seen.add(key)
        _fill(current, key, value)
    elif current is not None and key == "duties" and value:
        current.body.append(value)
    return current, seen


def _fields(line: str) -> list[tuple[str, str]]:
    """The job fields of a line: one ("Perioada | 2017 – prezent", "Stanowisko: X") or several
    ("Pracodawca: X | Lokalizacja: Y | Okres zatrudnienia: 07.2012 - 01.2018")."""
    chunks = re.split(r"\s+\|\s+", line)
    if len(chunks) > 1:
        several = [_field(chunk) for chunk in chunks]
        if all(f is not None for f in several):
            return [f for f in several if f is not None]
    whole = _field(line)
    return [whole] if whole is not None else []


def _field(text: str) -> tuple[str, str] | None:
    match = _FIELD_LINE.match(text)
    if match is None:
        return None
    key = _BY_LABEL.get(fold(match.group(1)).strip(" *_"))
    return (key, match.group(2).strip(" |*_")) if key is not None else None


def _fill(entry: Entry, key: str, value: str) -> None:
    if key == "title":
        # "Impiegata amministrativa – contratto a tempo indeterminato": how the job was held
        entry.title = _CONTRACT_TAIL.sub("", value) or value
    elif key == "organization":
        entry.organization = _without_place(_without_address(value)) or None
    else:
        found = _period(value)
        if found is not None:
            entry.start, entry.end = found.start, found.end


# The end's label inside a period's value: "Agosto 2016 Hasta: Enero 2019", "March 2018 To: May
# 2020".
_END_LABEL = re.compile(
    rf"(?<!\w)((?:{alternation(JOB_FIELDS['until'])}))\s*:", re.IGNORECASE
)


def _period(value: str) -> DateRange | None:
    return find_range(_END_LABEL.sub(r"\1 ", value))


_SINCE = re.compile(
    r"[,;]?\s*\b(?:since|depuis|desde|seit|od|від|din|từ|sejak)\s+(?P<date>[^,;]+)$",
    re.IGNORECASE,
)
_AT = re.compile(r"\s+(?:at|@|chez|bei|no|na|em|en|w|la|di|tại|в|у)\s+", re.IGNORECASE)


def _job_in_one_value(value: str) -> Entry:
    """ "Comptable, Cabinet Ndiaye & Associés (Dakar), depuis 2019", "Enfermeira na Unidade
    Santa Clara, 2017–2019", "Accounts Executive, ACI Limited, 2016-2019"."""
    entry = Entry(header="")
    found = find_range(value)
    if found is not None:
        entry.start, entry.end = found.start, found.end
        value = value[: found.span[0]] + value[found.span[1] :]
    else:
        since = _SINCE.search(value)
        if since is not None:
            entry.start = parse_date(since.group("date"))
            value = value[: since.start()]
    value = value.strip(" ,;–-")
    at = _AT.split(value, maxsplit=1)
    parts = at if len(at) == 2 else [p.strip() for p in value.split(",", 1)]
    entry.title = parts[0].strip(" ,")
    if len(parts) > 1:
        entry.organization = _without_place(parts[1].strip(" ,")) or None
    return entry


_CONTRACT_TAIL = re.compile(
    rf"\s*[–—,(/-]\s*(?:{alternation(contract_words.CONTRACTS)}){NOT_LETTER_AFTER}.*$",
    re.IGNORECASE,
)
# "Lavazza S.p.A., Via Bologna 32, 10152 Torino": the Italian European format asks for the
# employer's name and address in one field.
# "Geodis Logistics, ZI Les Estroublans, 13127 Vitrolles", "Carrefour Supply Chain, 13340
# Rognac": an industrial zone, or the postal code before the town, starts the address too.
_ADDRESS = re.compile(
    r",\s*(?:(?:via|viale|corso|piazza|piazzale|largo|strada|rue|avenue|boulevard|calle|avenida|"
    r"rua|ul\.|ulica|str\.|straße|strasse|zi|za|zac|zone industrielle|chemin|allée|route)\s"
    r"|(?:[A-Z]{1,2}-?)?\d{2}[\d -]{2,6}\s+[^\W\d_]).*$",
    re.IGNORECASE,
)


def _without_address(value: str) -> str:
    return _ADDRESS.sub("", value).strip()


def _without_place(value: str) -> str:
    """"Continental Automotive Systems SRL, Timișoara" -> the employer without its town."""
    head, _, tail = value.rpartition(",")
    if head and resolve_place(tail.strip()) is not None:
        return head.strip()
    return value.strip()


def split_dated_jobs(lines: list[str]) -> list[Entry]:
    """Dated job entries (entries.split_jobs) in a table that labels some of its cells: the
    column-header row ("Thời gian | Công ty / Vị trí / Công việc", "Період | Місце роботи,
    посада") is no job, and a labelled title under the date row ("04/2020 - nay | Công ty TNHH
    Hoàng Phát" / "Vị trí: Kế toán tổng hợp") names the job."""
    table = _column_table(lines)
    if table is not None:
        first, last, jobs = table
        return [*split_dated_jobs(lines[:first]), *jobs, *split_dated_jobs(lines[last:])]
    below = _next_text_lines(lines)
    entries = split_jobs(
        ["" if _column_labels(line) or _column_heads(line, below[n]) else line
         for n, line in enumerate(lines)]
    )  # fmt: skip
    for entry in entries:
        _take_labelled_lines(entry)
    return entries


def _take_labelled_lines(entry: Entry) -> None:
    """A job's first body lines that label its title ("Vị trí: Kế toán tổng hợp") or, where
    its header named none, its employer ("Numele şi adresa angajatorului: Banca Transilvania,
    Cluj-Napoca" under "iul. 2014 – sept. 2014 | Practică de vară") fill those fields."""
    titled = False
    for line in list(entry.body[:2]):
        field = _field(line)
        if field is None or not field[1]:
            continue
        key, value = field
        if key == "organization" and not entry.organization:
            _fill(entry, key, value)
        elif key == "title" and not titled:
            titled = True
            if entry.title and entry.organization:
                if not names_employer(entry.title):
                    continue
                # "Công ty Cổ phần Sữa Việt Nam (Vinamilk) - Chi nhánh Hà Nội" / "Vị trí: Nhân
                # viên kinh doanh": the header split in two was the employer and its branch;
                # the line labelled as the post is the title
                entry.organization = entry.title
            if entry.title and not entry.organization:
                entry.organization = entry.title
            entry.title = value
        else:
            continue
        entry.body.remove(line)


_COLUMN_PART = re.compile(r"\s*(?:[/,;&+]|\b(?:and|und|et|i|și|і|та|và|y|e|dan|и)\b)\s*")


_COLUMNS = frozenset({"period", "title", "organization", "since", "until"})
_NAMED_COLUMNS = ["organization", "period", "title"]  # sorted


def _column_keys(line: str) -> list[str] | None:
    """What each column of a table holds, from its header row ("Zeitraum | Arbeitgeber |
    Position und Aufgaben": period, organization, title): the first job-field label in each
    cell. None unless the row names one period, one title and one employer column, each
    in a cell of its own ("Poste / Entreprise" names two things in one column); a start and
    an end column ("Từ | Đến", "From | To") are one period."""
    keys: list[str] = []
    for cell in line.split(CELL):
        labels = [
            _BY_LABEL.get(fold(part).strip(" *_:"))
            for part in _COLUMN_PART.split(cell.strip())
            if part.strip()
        ]
        named = [k for k in labels if k in _COLUMNS]
        if len(set(named)) > 1:
            return None
        keys.append(named[0] if named else next((k for k in labels if k), "other"))
    if keys.count("since") == 1 and keys.count("until") == 1 and "period" not in keys:
        keys[keys.index("since")] = "period"  # its start column, with its end column beside it
    named = sorted(k for k in keys if k in _COLUMNS)
    if named not in (_NAMED_COLUMNS, sorted([*_NAMED_COLUMNS, "until"])):
        return None
    return keys


def holds_column_table(lines: list[str]) -> bool:
    """Whether the lines hold a job table whose header row names its columns."""
    return _column_table(lines) is not None


def _column_table(lines: list[str]) -> tuple[int, int, list[Entry]] | None:
    """A job table whose header row names its columns, read by those names: (the header's
    index, the index after the table, its jobs). Rows of as many cells with a date in the period
    column are jobs; the lines under a row (its work, in bullets) are that job's body; the
    table ends at a line that is neither (the next heading's text, another table)."""
    heads = ((n, _column_keys(line)) for n, line in enumerate(lines) if _column_labels(line))
    start, keys = next(((n, k) for n, k in heads if k is not None), (0, None))
    if keys is None:
        return None
    jobs: list[Entry] = []
    end = start + 1
    for end in range(start + 1, len(lines) + 1):
        if end == len(lines):
            break
        row = lines[end]
        job = _column_row(row, keys)
        if job is not None:
            jobs.append(job)
        elif jobs and (not row.strip() or CELL not in row):
            jobs[-1].body.append(row)
        elif row.strip():
            break
    return (start, end, jobs) if jobs else None


def _column_row(row: str, keys: list[str]) -> Entry | None:
    cells = [c.strip() for c in row.split(CELL)]
    if len(cells) != len(keys):
        return None
    by_key = dict(zip(keys, cells, strict=True))
    period = f"{by_key['period']} – {by_key['until']}" if "until" in by_key else by_key["period"]
    found = find_range(period)
    if found is not None:
        start, end = found.start, found.end
    else:
        dates = find_dates(period)
        if not dates:
            return None
        start = end = dates[0].value  # "2016 (6 mois)": a job within one year
    title, body = by_key["title"], []
    cut = description_cut(title)
    if cut is not None:  # "Kỹ sư AI. Xây dựng ...": the title, then what was done
        title, body = title[: cut.start()], [f"- {title[cut.end() :]}"]
    body += [f"- {cell}" for key, cell in zip(keys, cells, strict=True)
             if key not in _COLUMNS and cell]  # fmt: skip
    return Entry(
        header=CELL.join(c for c in (title, by_key["organization"]) if c),
        title=title.strip(" ,"),
        organization=_without_place(by_key["organization"].strip(" ,")) or None,
        start=start,
        end=end,
        body=body,
    )


def _next_text_lines(lines: list[str]) -> list[str]:
    """For each line, the next line below it that holds text ("" for none), found in one pass
    from the bottom: a section of thousands of lines must not be rescanned for each of them."""
    below = [""] * len(lines)
    following = ""
    for n in range(len(lines) - 1, -1, -1):
        below[n] = following
        if lines[n].strip():
            following = lines[n]
    return below


def _column_heads(line: str, below: str) -> bool:
    """A table's header row in words we have no label for ("Période | Poste / Entreprise |
    Missions"): short cells without a digit, above (`below` is the next line with text) a dated
    row of as many cells."""
    cells = line.split(CELL)
    return (
        len(cells) >= 2
        and not re.search(r"\d", line)
        and all(0 < len(re.findall(r"\w+", c)) <= 4 for c in cells)
        and len(below.split(CELL)) == len(cells)
        and find_range(below) is not None
    )


def _column_labels(line: str) -> bool:
    """A table's header row: cells that are mostly job-field labels."""
    cells = [c for c in (fold(c).strip(" *_") for c in re.split(r"[:|/,;]", line)) if c]
    known = sum(c in _BY_LABEL for c in cells)
    return len(cells) >= 2 and known >= 2 and 2 * known >= len(cells)
