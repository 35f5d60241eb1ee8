"""Which lines of a section make each dated job's header: its date line, and the title, employer
and place lines it claims above or below it."""

from __future__ import annotations

import re

from worldhire.ingest.lexicon import alternation, cue_pattern
from worldhire.ingest.lexicon.headings import REFERENCES
from worldhire.ingest.lexicon.job_fields import SECTOR_LABELS
from worldhire.ingest.lexicon.restrictions import REMOTE_WORDS
from worldhire.ingest.resumes.entries.entry import BULLET_RE, _strip_marks, is_bullet
from worldhire.ingest.resumes.entries.job_dates import (
    _ranged,
    _strip_range,
    _without_span,
    find_range,
)
from worldhire.ingest.resumes.entries.job_header import (
    _SENTENCE_WORDS,
    _is_place,
    _split_outside_parens,
    _trim,
    board_employer,
    described_header,
    named_first,
    names_employer,
    wrapped_end,
)
from worldhire.ingest.resumes.entries.words import (
    _ACTION,
    _ARRANGEMENT,
    _ASSIGNMENT,
    _CONTRACT_PART,
    _DURATION,
    _FIRST_PERSON,
    _LOCATION_HINT,
    _ORG_SUFFIX,
    _PLACEMENT_WORDS,
    CONTRACT_LABEL,
    _has_org,
    _has_title,
    _names_section,
    _shouted_heading,
    without_contract_label,
)
from worldhire.ingest.shared.dates import DateRange
from worldhire.ingest.shared.fields import EMAIL_RE, without_contacts
from worldhire.ingest.shared.geo import country_code
from worldhire.ingest.shared.sentences import opens_on, runs_on


def first_entry_line(lines: list[str]) -> int | None:
    """Where the first dated entry (its header included) starts, if the lines hold any."""
    headers = _entry_headers(lines)
    return min(headers[0]) if headers else None


_EMPLOYER_WORDS = 8


def _entry_headers(lines: list[str]) -> list[list[int]]:
    """The header lines of each dated entry: its date line and the lines it claims."""
    anchors = _dated_lines(lines)
    headers: list[list[int]] = []
    floor = -1  # lines up to here belong to an earlier entry's header
    for n, anchor in enumerate(anchors):
        limit = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        below = _header_below(lines, anchor, limit)
        above = _header_above(lines, anchor, max(floor, anchors[n - 1] if n else -1))
        # a job board's employer line ("Mphasis -") heads the job above its dates, whatever
        # the line under them says ("Client: Citibank")
        named_above = any(
            _has_title(lines[i]) or _has_org(lines[i]) or board_employer(lines[i]) for i in above
        )
        around = (
            bool(above and below and not any(_has_org(lines[i]) for i in above))
            and all(
                # "GlobalLogic, Харків (IT)" under Work.ua's dates: a name at its town
                (names_employer(lines[i]) or _employer_at_place(lines[i]))
                and len(lines[i].split()) <= _EMPLOYER_WORDS
                for i in below
            )
            and not _post_beside_dates(lines[anchor])
        )
        if below and not around and not named_above:
            above = []  # "04/2019 – heute" / "Data Scientist" / "SAP SE": the header is below
        if around or _employer_over_title(lines, above, below):
            # "Електромонтажник 5 розряду" / "з 03.2015 по теперішній час" / "ТОВ «...»": the
            # post above the dates, the employer below them
            claimed = [*above, anchor, *below]
        else:
            claimed = [*above, anchor] if above or not below else [anchor, *below]
        headers.append(claimed)
        floor = max(claimed)
    return headers


def _post_beside_dates(line: str) -> bool:
    """A date line that names the post after its dates, as a cell or after a dot ("2017.09 –
    2021.02 · Bérszámfejtő"): with the employer on the line below, the line above it is the end
    of the job before, not this job's post."""
    rng = find_range(line)
    if rng is None or line[: rng.span[0]].strip(" *_"):
        return False
    rest = _trim(_without_span(line[rng.span[1] :]).strip(" *_|·•–—-:,"))
    return bool(re.search(r"[^\W\d_]{3,}", rest)) and not (
        _has_org(rest) or _place_line(rest) or _is_place(rest) or _ARRANGEMENT.fullmatch(rest)
        or _CONTRACT_PART.fullmatch(rest)
    )  # fmt: skip


def _employer_over_title(lines: list[str], above: list[int], below: list[int]) -> bool:
    """The employer above the dates and the post on the one line below them, as TopCV exports a
    job ("Công ty TNHH Dệt may Phú Thành" / "04/2020 - Hiện tại" / "Kế toán kho")."""
    return (
        bool(above) and len(below) == 1
        and all(names_employer(lines[i]) for i in above)
        and _has_title(lines[below[0]]) and not _has_org(lines[below[0]])
    )  # fmt: skip


def _dated_lines(lines: list[str]) -> list[int]:
    """Lines that anchor a job: a date range in a short line (a sentence that mentions dates
    is body, not a header); "since 2021" anchors only when no line has a real range."""
    ranged: list[int] = []
    since: list[int] = []
    for i, line in enumerate(lines):
        rng = find_range(line)
        if rng is None or ((ranged or since) and _ASSIGNMENT.match(_strip_marks(line))):
            continue  # "Mission chez Enedis (2020-2021)": a part of the job above
        if EMAIL_RE.search(line):
            # the person's contact line, which may say since when they live where they do
            continue  # "Wrocław, Польща (з 2022 р.) · +48 731 220 915 · d.t@example.com"
        if i and line.rstrip().endswith(".") and opens_on(lines[i - 1]):
            # "... à l'École polytechnique de" / "Yaoundé comme vacataire depuis 2020.": the
            # dates close a sentence wrapped after a word no sentence ends on
            continue
        bare = BULLET_RE.sub("", line)
        # the range found again without the bullet, whose marks shift its span
        labelled = _strip_range(bare, find_range(bare) or rng)
        undescribed = without_contract_label(labelled)
        rest, _ = described_header(undescribed)
        # "- **Infirmière vacataire**, Clinique de l'Espoir, Yaoundé — *2017 - 2019*": a
        # bullet that names the job and closes on its dates is the job's header; so is "Chef
        # d'équipe — Marjane Holding, plateforme de Bouskoura — Depuis mars 2022", whose words
        # after the dash tell where, not what was done
        # "- Job d'été : vendangeur – Domaine Lafarge – 2017": the contract's label says it is
        # a job where the post, in lower case, has no title word
        closes_job = _closes_job(line, rng, undescribed) or (
            labelled != undescribed and _closes_job(line, rng, labelled)
        )
        header_words = _SENTENCE_WORDS if _DATES_THEN_COLON.match(line, rng.span[1]) else 12
        if is_bullet(line) and len(rest.split()) >= 2 and not (
            rng.span[0] <= 2 and len(rest.split()) <= header_words
            and (_has_title(rest) or _has_org(rest) or _PLACEMENT_WORDS.match(rest))
        ) and not closes_job:
            continue  # a bullet about the job, unless it is the job: "- 2016–2020: Engineer, Acme"
        rest = re.sub(r"\([^()]*\)", " ", rest)  # "(AI products: speech, OCR; 350 people)"
        rest = named_first(line, rng, rest)
        if len(rest.split()) > _SENTENCE_WORDS or (
            _FIRST_PERSON.search(rest) and (len(rest.split()) > 8 or bare.rstrip().endswith("."))
        ):
            continue  # a sentence that mentions dates: "From 2019 to 2022 I was …"
        opens = (
            rng.span[0] <= len(line) - len(line.lstrip()) + 2
            and len(rest.split()) <= header_words
        )
        # "Analyste BI | Depuis janvier 2022": the date in a cell of its own after the title;
        # "MTN Côte d'Ivoire – Ingénieur Réseau (CDI) Depuis mars 2021": the date set flush
        # right after the employer and the title
        # "Groupe SEB – Écully (69)<tab>Depuis mars 2021" over the title: the employer at its
        # town, then the dates at the line's end (the tab read as a space)
        employer_first = _employer_at_place(rest)
        closes = (
            not line[rng.span[1] :].strip(" |·•()*_") and len(rest.split()) <= 12
            and (bool(_CELL_BEFORE.search(line, 0, rng.span[0])) or closes_job or employer_first)
        )
        bare_rest = rest.strip(" -–—|,.()*·•")
        if _ranged(line) or not bare_rest or _CONTRACT_PART.fullmatch(bare_rest) or (
            opens and (_has_title(rest) or _has_org(rest) or _CELL_AFTER.match(line, rng.span[1]))
        ) or (closes and (_has_title(rest) or _has_org(rest) or employer_first)):
            # A range, a line that is only "depuis mars 2022" (and the contract: "Depuis mars
            # 2021 · CDI"), or one that opens with it:
            # "seit 04/2019 | Senior Machine Learning Engineer, Siemens Healthineers", "seit
            # 08/2018 | **Fachkraft für Lagerlogistik**" (the job in a cell of its own)
            ranged.append(i)
        else:
            since.append(i)
    return ranged or since


# "- 2019 - 2021: lam ke toan cong no o Nha may ...": a colon after the dates that open a line
# says the rest is what was done then; a header of a language written in syllables, or without
# its marks, may run past twelve words.
_DATES_THEN_COLON = re.compile(r"\s*:\s")


def _closes_job(line: str, rng: DateRange, rest: str) -> bool:
    """A line that ends on its dates after a job title and one more part (the employer):
    "Acme – Data Engineer – depuis janvier 2021", "- **Title**, Employer — *2017 - 2019*"."""
    after = line[rng.span[1] :].strip(" |·•*_")
    # "- **Développeur PHP** chez Ouest-France, 2018 – 2021 (CDI)": the contract, the span or
    # the work arrangement ("abr. 2023 – atual (remoto)") in brackets after the dates still
    # closes the line
    bracketed = re.fullmatch(r"\(([^()]*)\)", after)
    if after.strip("()") and not (
        bracketed
        and (_CONTRACT_PART.fullmatch(bracketed.group(1)) or _DURATION.fullmatch(after)
             or _REMOTE_NOTE.fullmatch(bracketed.group(1).strip()))
    ):
        return False
    parts = [p for p in map(_trim, _split_outside_parens(_strip_marks(rest))) if p]
    if len(parts) == 1:  # "Développeur backend senior chez Lengow (Nantes), depuis 2022"
        parts = _AT_EMPLOYER.split(parts[0], maxsplit=1)
    return 2 <= len(parts) <= 4 and len(rest.split()) <= 12 and (
        _has_title(rest) or bool(_PLACEMENT_WORDS.search(rest) or CONTRACT_LABEL.match(rest))
    )


_REMOTE_NOTE = cue_pattern(REMOTE_WORDS)

_AT_EMPLOYER = re.compile(r"\s(?:chez|at|@|bei|presso)\s", re.IGNORECASE)


def _only_contacts(line: str) -> bool:
    """A line of the person's contacts (e-mail, links, phone), no words of a job."""
    rest = without_contacts(line)  # "francesca.ferraro@example.com · github.com/fferraro"
    return not any(c.isalpha() for c in rest) and (rest != line or sum(map(str.isdigit, rest)) >= 7)


_CELL_AFTER = re.compile(r"\s*(?:\||\t|:\s)")

_CELL_BEFORE = re.compile(r"\s(?:\||·|•|\t)\s*$")

# "Tools I use daily: Python, PyTorch, vLLM, Docker, Kubernetes": a label and five or more short
# items is a list, not a title or an employer (a header names one or two, and a place).
_LABELLED_LIST = re.compile(r"^[^:,]{2,40}:\s*[^,]{1,30}(?:,\s*[^,]{1,30}){4,}$")


# "Skills: Apache Kafka · BigQuery": a list of two items or more under a section's name.
_SECTION_LABELLED_LIST = re.compile(r"^([^:]{2,30}):\s*[^,·•|]+(?:\s*[,·•|]\s*[^,·•|]+)+$")


# "Activităţi şi responsabilităţi: evidența contabilă ...": a labelled line of a job's duties
_LABELLED_DUTY = re.compile(r"^[^:]{3,40}:\s+\S")


def _duty_wrapped_into(lines: list[str], i: int) -> bool:
    """Whether line `i` ends a sentence of the duty line above (a bullet, a line under one, a
    labelled line), not the wrapped end of a header or of an employer's line."""
    above = without_contacts(lines[i - 1])
    duty = (is_bullet(lines[i - 1]) or _under_bullet(lines, i - 1)
            or bool(_LABELLED_DUTY.match(above.strip())))
    return duty and runs_on(above, without_contacts(lines[i]))


def _header_candidate(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 120 or _only_contacts(stripped):
        return False  # "francesca.ferraro@example.com · +39 ...": the person's contacts
    if is_bullet(line) and not _numbered_title(stripped):
        return False
    if _shouted_heading(stripped) and _names_section(stripped):
        return False  # "EXPERIENCIA PROFESIONAL", not "DHL SUPPLY CHAIN" (an employer)
    if _DURATION.fullmatch(stripped) or _LABELLED_LIST.match(stripped):
        return False
    if _REFERENCES_NOTE.match(_strip_marks(stripped)):
        return False  # "Referees Furnished On Demand" under the last job: not its employer
    section_list = _SECTION_LABELLED_LIST.match(stripped)
    if section_list and _names_section(section_list.group(1)):
        return False  # "Skills: Go · PostgreSQL · Redis" under a role, as LinkedIn sets it
    # A sentence ends in a full stop; a company may too ("Acme Ltd.", "Sp. z o.o.", "Acme
    # Group."), whose word is capitalised: "... the weekly reading group." is a sentence.
    sentence = re.search(r"([^\W\d_]{4})\.$", stripped)  # any script: "код-ревью."
    said = bool(sentence and sentence.group(1).islower()) or _lower_case_sentence(stripped)
    return not said or any(
        m.end() >= len(stripped) - 1 and not m.group().islower()
        for m in _ORG_SUFFIX.finditer(stripped)
    )  # fmt: skip


# A line that opens with the referees' heading word says where they are ("References Available
# Upon Request", "Références sur demande"): it closes the jobs, naming no post or employer.
_REFERENCES_NOTE = re.compile(rf"(?:{alternation(REFERENCES)})(?![^\W\d_])", re.IGNORECASE)


_SENTENCE_LENGTH = 5


def _lower_case_sentence(line: str) -> bool:
    """A full stop after words most of which open in lower case, as a sentence's do, whatever
    its last word ("Cleaned the sales data of 30 depots in R.", "merged into the main repo as 3
    PRs."); a name's words are capitalised ("Bank of the West Ltd.")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    return (
        line.endswith(".") and len(words) >= _SENTENCE_LENGTH
        and 2 * sum(w[:1].islower() for w in words) > len(words)
    )  # fmt: skip


# "**1. Accounts Officer**": a job numbered in a list of jobs
_NUMBERED = re.compile(r"[*_]*\d{1,2}[.)]\s+(?P<rest>[^.:;]+?)[*_]*")


def _numbered_title(line: str) -> bool:
    """A numbered line that is a short job title, not a numbered duty ("1. Prepared the VAT
    returns")."""
    match = _NUMBERED.fullmatch(line)
    return (match is not None and len(match["rest"].split()) <= _HEADER_LINE_WORDS
            and _has_title(match["rest"]) and not _ACTION.match(match["rest"]))


_LIST_NUMBER = re.compile(r"^\s*[*_]*\d{1,2}[.)]\s+")


def unnumbered_dated_title(line: str) -> str:
    """A job numbered in a list of jobs with its dates on its line ("1. Senior Accounts Officer
    ( January 1, 2021 - Continuing)", as Bdjobs exports them): the line without its number, so
    it heads its job as the unnumbered line would; any other line as it is (a numbered duty,
    "2. Cut month-end close from 10 to 4 days in 2023", keeps its number)."""
    number = _LIST_NUMBER.match(line)
    rest = line[number.end() :] if number else ""
    rng = find_range(rest) if rest else None
    if rng is None:
        return line
    before = rest[: rng.span[0]].strip(" (|,–—-")
    titled = (bool(before) and len(before.split()) <= _HEADER_LINE_WORDS and _has_title(before)
              and not _ACTION.match(before))  # fmt: skip
    return rest if titled else line


def _header_above(lines: list[str], anchor: int, floor: int) -> list[int]:
    rng = find_range(lines[anchor])
    rest = _without_span(_strip_range(lines[anchor], rng) if rng else lines[anchor]).strip()
    claimed: list[int] = []
    named: list[int] = []  # the claimed lines that say more than where and how the job was held
    i = anchor - 1
    while i > floor and len(named) < 2:
        if not lines[i].strip():
            i -= 1
            continue
        if (
            not _header_candidate(lines[i]) or _ranged(lines[i]) or _under_bullet(lines, i)
            # "... evidența contabilă pentru 25 de clienți IMM în" / "Saga C, state de plată în
            # Revisal": the end of a wrapped duty line of the job above, not the next job's header
            # (a contact column run into the lines is no part of their sentences)
            # (a header's own wrap, "NYSC Corps Member — Federal Inland Revenue Service," /
            # "Abuja", is no such end)
            or (i > 0 and _duty_wrapped_into(lines, i))
            or _labels_job_above(lines, i)
            or _sector_line(lines[i])
        ):
            break
        if not named and (_place_line(lines[i]) or _employment_type_line(lines[i])):
            # "Data Scientist" / "Alan" / "CDI · Paris" / "janv. 2022 - aujourd'hui": the city
            # and the contract between the employer and the dates (LinkedIn's "Tempo
            # integral" under the title, the employer's line above it)
            claimed.append(i)
            i -= 1
            continue
        held = any(_employment_type_line(lines[j]) for j in claimed)
        if named and held and i > 0 and lines[i - 1].strip():
            break  # LinkedIn's employer heads its block after a blank line; "São Paulo, Brasil
            # · Remota" right under the role above is that role's place, not this employer
        # the words before a dash: "Responsable de Nóminas — Grupo industrial (Aragón)"
        lead = _TITLE_DASH.split(_strip_marks(lines[i]), maxsplit=1)[0]
        if _ACTION.match(_strip_marks(lines[i])) and not (
            _isolated(lines, i, floor) and _has_title(lines[i]) and len(lead.split()) <= 6
        ):
            break  # "Worked on banking apps": the last line of the job above (a French
            # "Responsable d'exploitation" alone under a blank line is a title, and so is one
            # with its employer after a dash)
        known = " ".join([rest, *(lines[j] for j in claimed)])
        # a job board's employer line names no job, whatever its words ("Staffing company
        # (temporary employment services) –"): the title is the line above it
        titled = " ".join([rest, *(lines[j] for j in claimed if not board_employer(lines[j]))])
        has_title, has_org = _has_title(titled), _has_org(known)
        if named and (
            (has_title and has_org)
            or len(lines[named[-1]].split()) > 12
            or (
                len(lines[i].split()) > 8
                and not names_employer(lines[i])
                # "NYSC – Physics Teacher (...) – Community Grammar School,": the scheme opens it
                and not _PLACEMENT_WORDS.match(_strip_marks(lines[i]))
                and not wrapped_end(lines[named[-1]])
                # "Officer — PT Bank Central Asia Tbk (Halo" / "BCA), Surabaya": one header
                and lines[i].count("(") <= lines[i].count(")")
            )
            or not (
                _has_title(lines[i])
                or _isolated(lines, i, floor)
                or _after_body(lines, i)
                or names_employer(lines[i])
            )
        ):
            break
        if not named and len(rest.split()) >= 3 and has_title and has_org:
            break
        # a bracket says how the job was held, not what it was: "Staff Nurse (Contractual,
        # DOH) — Sept. 2019–Jan. 2022" is two words of job under its hospital's line
        if not named and len(re.sub(r"\([^()]*\)", " ", rest).split()) >= 3 and has_title and (
            _has_title(lines[i]) or not _isolated(lines, i, floor)
        ) and not _employer_at_place(lines[i]) and not names_employer(lines[i]) and not (
            _after_body(lines, i) and not _TITLE_DASH.search(rest) and "," not in rest
        ):
            # "ML Engineer - Acme, 2024 to now" with a bullet of the last job above; not
            # "AUCHAN – Faches-Thumesnil" (an employer in capitals, at a town the gazetteer
            # lacks) above "Employée commerciale | CDD puis CDI | 2017 – 2021", nor "FPT
            # Software" right under the last bullet above "Junior Business Analyst | 03/2019 -
            # 07/2021" (a PDF keeps no blank line): a dated line that names only the title
            # takes its employer from the short line above it
            break
        claimed.append(i)
        named.append(i)
        i -= 1
    if (
        named and named == claimed and named[0] == anchor - 1 and not re.search(r"[^\W\d_]", rest)
        and _category_under_employer(lines, named[0], floor)
    ):  # fmt: skip
        # "Ejecutiva de cuentas" / "Telecom Argentina S.A." / "Telecomunicaciones | Ventas" /
        # "mar. 2021 - Actualidad": the title and employer over the board's category line
        return [named[0] - 2, named[0] - 1]
    return sorted(claimed) if named else []


def _category_under_employer(lines: list[str], category: int, floor: int) -> bool:
    """A job board's line of the employer's industry and the job's area, parted by a bar, right
    under an employer's line that is itself under the title, the block's first line
    ("Vendedora de salón" / "Garbarino S.A.I.C.e I." / "Comercio minorista | Ventas"): it names
    neither the job nor its employer."""
    employer, top = category - 1, category - 2
    if top <= floor:
        return False
    cells = [p for p in map(_trim, lines[category].split(" | ")) if p]
    title = _strip_marks(lines[top])
    return (
        len(cells) == 2 and not _has_org(lines[category]) and not any(map(_is_place, cells))
        and _header_candidate(lines[employer]) and not _ranged(lines[employer])
        and not _has_title(lines[employer]) and len(lines[employer].split()) <= _EMPLOYER_WORDS
        and _header_candidate(lines[top]) and not _ranged(lines[top]) and _has_title(title)
        and len(title.split()) <= _HEADER_LINE_WORDS and _isolated(lines, top, floor)
    )  # fmt: skip


_TITLE_DASH = re.compile(r"\s+[—–|-]\s+")


def _employment_type_line(line: str) -> bool:
    """LinkedIn's line under a title that says how the job was held: a contract ("Tempo
    integral", "CDI") or a placement ("Estágio", "Internship")."""
    return bool(_CONTRACT_PART.fullmatch(line.strip()) or _PLACEMENT_WORDS.fullmatch(line.strip()))


def _labels_job_above(lines: list[str], i: int) -> bool:
    """A labelled line right under the dates of a job whose dated line names no title
    ("01/2020 - nay: Công ty Cổ phần Vincom Retail" / "Vị trí: Chuyên viên marketing", "Acme
    Ltd" / "2019 – 2021" / "Position: Analyst"): that job's title, not the next job's header."""
    if i == 0 or not _LABELLED.match(lines[i].strip()):
        return False
    rng = find_range(lines[i - 1])
    return rng is not None and not _has_title(_without_span(_strip_range(lines[i - 1], rng)))


# A label of several words needs no colon, which a PDF drops with the cell border after it
# ("Business or sector Information and communication"); "Sector" alone may begin a title.
_SECTOR = re.compile(
    rf"\W*(?:(?:{alternation(SECTOR_LABELS)})\s*[:|]"
    rf"|(?:{alternation([label for label in SECTOR_LABELS if ' ' in label])})\s)",
    re.IGNORECASE,
)


def _sector_line(line: str) -> bool:
    """ "Business or sector: Human health activities": the last line of a Europass job above."""
    return bool(_SECTOR.match(line))


def _under_bullet(lines: list[str], i: int) -> bool:
    """A line of words right under a dated bullet that holds a whole job: what was done in it
    ("• Depuis 2021 : Technicienne réseaux chez Mobilis" / "Maintenance des sites BTS,
    supervision NOC, interventions sur incidents"), not the next job's title."""
    return (
        i > 0 and is_bullet(lines[i - 1]) and not is_bullet(lines[i])
        and find_range(lines[i - 1]) is not None and len(lines[i].split()) > _HEADER_LINE_WORDS
    )


_HEADER_LINE_WORDS = 6


def _place_line(line: str) -> bool:
    """A header line that only says where and how the job was held: "Stryków, Polska", "CDI ·
    Paris", "Alternance · Paris", "Lévis (QC)"."""
    text = _strip_marks(line)
    parts = [p for p in map(_trim, _split_outside_parens(text)) if p]
    if len(parts) <= 1 or (_is_place(text) and not any(_names_town(p) for p in parts)):
        return _is_place(text)  # "Stryków, Polska": a town the table lacks, in its country
    if _town_and_region(text):
        return True
    # Every part where one names a town: in "Italcementi – Bergamo", "Elm Company, Riyadh" the
    # other part is the employer.
    return any(_is_place(p) for p in parts) and all(
        _is_place(p) or _CONTRACT_PART.fullmatch(p) or _ARRANGEMENT.fullmatch(p)
        or _LOCATION_HINT.fullmatch(p) or _PLACEMENT_WORDS.fullmatch(p)
        for p in parts
    )  # fmt: skip


# A region's name after its town: one to three capitalised words ("Punjab", "Western Province").
_REGION_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s?){1,3}")


def _town_and_region(text: str) -> bool:
    """"Lahore, Punjab", "Colombo, Western Province": a town, then after a comma its region,
    which the gazetteer may not know (several countries name a region so)."""
    town, comma, region = text.rstrip(" -–—").partition(",")
    region = region.strip()
    return (
        bool(comma) and _names_town(town.strip()) and bool(_REGION_NAME.fullmatch(region))
        and not _has_org(region) and not _has_title(region)
    )  # fmt: skip


def _names_town(part: str) -> bool:
    """A place that is more than a country: "Bergamo", "Riyadh", not "Polska"."""
    return _is_place(part) and country_code(part) is None


def _employer_at_place(line: str) -> bool:
    """"Wave Mobile Money – Dakar" above "Chargée de reporting | Avril 2019 – décembre 2021":
    an employer and its town, no job title, heading the job below."""
    return _at_place(line) and not _has_title(line)


def _at_place(line: str) -> bool:
    """A name, then its town as a part of its own: "Wave Mobile Money – Dakar"."""
    parts = [p for p in map(_trim, _split_outside_parens(_strip_marks(line))) if p]
    return len(parts) >= 2 and _is_place(parts[-1])


def _isolated(lines: list[str], i: int, floor: int) -> bool:
    """A line with a blank line or the start of the section above it: a header, not a body line."""
    return i - 1 <= floor or not lines[i - 1].strip()


def _after_body(lines: list[str], i: int) -> bool:
    """A short line right after the last bullet or sentence of the job above: the next job's
    title, where no blank line parts them ("- Lohnabrechnungen" / "Finanzbuchhalterin" /
    "Steuerkanzlei Berger & Partner" / "08/2014 – 03/2019"). A bullet wrapped onto this line
    goes on in lower case or runs long."""
    line = _strip_marks(lines[i])
    previous = lines[i - 1].strip() if i > 0 else ""
    return (
        bool(previous)
        and (
            is_bullet(previous) or previous.endswith((".", "!", ";"))
            or _wrapped_bullet_end(lines, i - 1)
        )
        and not is_bullet(lines[i])
        and line[:1].isupper()
        and len(line.split()) <= 6
        and not line.endswith((".", ",", ";", ":"))
        and line.count("(") == line.count(")")  # "LangChain)": a bullet wrapped in brackets
    )


def _wrapped_bullet_end(lines: list[str], i: int) -> bool:
    """The last line of a bullet wrapped onto lines that go on in lower case ("• Wrote macros
    for new product" / "launches"), as a PDF keeps them without a blank line after."""
    while i > 0 and lines[i].strip()[:1].islower():
        i -= 1
        if is_bullet(lines[i]):
            return True
    return False


def _over_bullets(lines: list[str], i: int) -> bool:
    """A short line between a dated title and the job's bullets: its employer ("09/2019 –
    05/2021 | Tester" / "FPT Software Đà Nẵng – dự án khách hàng Nhật" / "- Thực hiện test"),
    or above its own town or country wrapped onto the next line ("Nurse" / "Centrul Medical
    „Sf. Ana”, Iași" / "(Romania)")."""
    following = _next_content(lines, i)
    line = _strip_marks(lines[i])
    return (
        (
            is_bullet(following) or _is_place(following.strip(" ()"))
            # the section's last line, capitalised as a name is ("Bidvest Panalpina Logistics,
            # Kempton Park"): the last job's employer, no bullet under it
            or (not following and _capitalised_words(line))
        )
        and len(line.split()) <= _EMPLOYER_LINE_WORDS
        and not line.endswith((".", ";", ":"))
        and not _FIRST_PERSON.search(line)
    )


_EMPLOYER_LINE_WORDS = 10


def _capitalised_words(line: str) -> bool:
    """Every word of four letters or more opens with a capital, as a name's words do."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", line) if len(w) >= 4]
    return bool(words) and all(w[:1].isupper() for w in words)


def _header_below(lines: list[str], anchor: int, limit: int) -> list[int]:
    rng = find_range(lines[anchor])
    rest = _without_span(_strip_range(lines[anchor], rng) if rng else lines[anchor])
    if len(rest.split()) >= 3:
        # "06/2015–12/2019 | Senior QA Engineer" / "Ciklum, Kharkiv (Ukraine)": the employer below
        nxt = anchor + 1
        # "Jänner 2017 – August 2018 · Assistenz der Personalabteilung" / "(Karenzvertretung)":
        # the title's note a narrow column wrapped stands between the title and its employer
        note = [nxt] if nxt + 1 < limit and _BRACKETED_LINE.fullmatch(lines[nxt].strip()) else []
        nxt += len(note)
        # "Assistante RH – gestion administrative, contrats de travail, ...": the title, then
        # what was done after its dash
        below = described_header(lines[nxt])[0] if nxt < limit else ""
        if not (
            nxt < limit
            and _header_candidate(lines[nxt])
            and not _ranged(lines[nxt])
            and not _ACTION.match(_strip_marks(lines[nxt]))
            and len(below.split()) <= 8
        ):
            return []
        if not _has_org(rest) and (
            (_has_title(rest) and (_has_org(below) or not _has_title(below) or _at_place(below)))
            or (names_employer(below) and not _has_title(below))
            # "Sauveteuse de piscine  Étés 2016 et 2017" / "Ville de Lévis" / "- Surveillance":
            # a name between the dated post and its bullets, whatever the post's words
            or (not _has_title(below) and is_bullet(_next_content(lines, nxt))
                and _capitalised_words(below) and not _place_line(below))
        ):
            # "seit 08/2018 | Fachkraft für Lagerlogistik" / "DACHSER SE, Niederlassung Dortmund";
            # "04/2020–Present | Senior Software Engineer" / "Amazon Development Center Romania,
            # Iași (Romania)": under a title, a name at its town is the employer, whatever
            # its words
            return [*note, nxt]
        if (
            # "03/2021 - nay | Công ty CP Thế Giới Di Động" / "Nhân viên kinh doanh": title below;
            # "Cabinet Fiducial Expertise, Villeurbanne sept. 2017 – févr. 2021" / "Assistante
            # paie": an employer at its town, no legal form
            (_has_org(rest) or _employer_at_place(rest))
            and not _has_title(rest)
            and _has_title(below)
            and not _has_org(below)
            and not _LABELLED.match(below)  # "Vị trí: Kế toán": the labelled title's rule
        ):
            return [*note, nxt]
        return []
    claimed: list[int] = []
    for i in range(anchor + 1, min(limit, anchor + 4)):
        if not lines[i].strip():
            if claimed:
                break
            continue
        if not _header_candidate(lines[i]) or _ranged(lines[i]):
            break
        if _ACTION.match(_strip_marks(lines[i])) or not (
            _has_title(lines[i])
            or _has_org(lines[i])
            or len(lines[i].split()) <= 4
            or (not claimed and _has_title(rest) and _over_bullets(lines, i))
            # "jun 2016. – feb. 2019." / "Vozač dostavnog vozila" / "Delhaize Serbia (Maxi),
            # Novi Sad": under the title, a name at its town is the employer, whatever its words
            or (claimed and _has_title(lines[claimed[-1]]) and _employer_at_place(lines[i]))
        ):
            break
        known = " ".join([rest, *(lines[j] for j in claimed)])
        if claimed and ((_has_title(known) and _has_org(known)) or len(lines[i]) > 80):
            break
        if len(lines[i]) > 100 or (claimed and _has_title(lines[i]) and _has_title(known)):
            break
        claimed.append(i)
    return claimed


def _next_content(lines: list[str], i: int) -> str:
    return next((line for line in lines[i + 1 :] if line.strip()), "")


_LABELLED = re.compile(r"[^:|]{1,25}:\s")

_BRACKETED_LINE = re.compile(r"\([^()]{2,60}\)")
