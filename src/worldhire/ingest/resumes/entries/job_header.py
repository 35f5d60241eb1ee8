"""A job's header lines read into its title, employer, place and dates."""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation
from worldhire.ingest.lexicon import contracts as contract_words
from worldhire.ingest.lexicon.companies import LEGAL_FORM
from worldhire.ingest.lexicon.job_fields import JOB_FIELDS
from worldhire.ingest.resumes.entries.entry import Entry, _strip_marks
from worldhire.ingest.resumes.entries.job_dates import (
    _ranged,
    _strip_range,
    _without_span,
    find_range,
)
from worldhire.ingest.resumes.entries.words import (
    _ARRANGEMENT,
    _CONTRACT_PART,
    _CONTRACT_WORDS,
    _DURATION,
    _FIRST_PERSON,
    _LOCATION_HINT,
    _ORG_SUFFIX,
    _PLACEMENT_LABEL,
    _PLACEMENT_WORDS,
    _TITLE_WORDS,
    _has_org,
    _has_title,
    _names_section,
    _title_score,
    has_org,
    without_contract_label,
)
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.prose_titles import TITLE_HEADS
from worldhire.ingest.resumes.wrapping import wrapped_tail
from worldhire.ingest.shared.dates import DateRange
from worldhire.ingest.shared.fields import without_contacts
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.sentences import runs_on, sentences

# "Estagiário de Desenvolvimento —Accenture": a long dash typed against the name after it
# parts the cells too
_SEPARATORS = re.compile(
    r"\s+(?:—|–|-|\||·|•|@|at)\s+|\s+[—–](?=[^\W\d_])|\s*[|•·]\s*|,\s+", re.IGNORECASE
)


# The practice word and the mark after it: how the job was held, neither title nor employer
_OWN_PRACTICE = re.compile(
    rf"(?:{alternation(contract_words.SELF_EMPLOYED)}){NOT_LETTER_AFTER}(?P<mark>\s*[–—|:·,-]\s+)?",
    re.IGNORECASE,
)


def own_practice_job(entry: Entry) -> Entry | None:
    """A projects section's dated entry that opens with the person's own practice ("Freelance
    – Consultor de ML · ene. 2021 – actualidad", "Self-employed · 2019 – 2022"): the job its
    client projects were done in, read as a job header; None for any other entry."""
    header = _strip_marks(entry.header)
    practice = _OWN_PRACTICE.match(header)
    if entry.start is None or practice is None:
        return None
    return _job_from_header([header[practice.end() if practice["mark"] else 0 :]], entry.body)


def _job_from_header(header_lines: list[str], body: list[str]) -> Entry:
    start = end = None
    texts = []
    # "Mkopo Mobile Group, Nairobi (remote from Kisumu since 2022) - MLOps Engineer" / "Jan 2021
    # - present": a line's real range dates the job before a "since" said in passing
    dated = [i for i, line in enumerate(header_lines) if find_range(line) is not None]
    dating = next((i for i in dated if _ranged(header_lines[i])), dated[0] if dated else None)
    if dating is not None:
        role, duties = _role_then_duties(header_lines[dating])
        if duties:
            header_lines = [*header_lines[:dating], role, *header_lines[dating + 1 :]]
            body = [duties, *body]
        told_next = _next_sentence(header_lines[dating], find_range(header_lines[dating]))
        if told_next:
            # "... кол-центру в компанії Київстар. Прийом" / "вхідних дзвінків, ...": a paragraph
            # wrapped after the next sentence's first words, which say what the job was
            cut = header_lines[dating][: -len(told_next)].rstrip().rstrip(".")
            body = [told_next, *header_lines[dating + 1 :], *body]
            header_lines = [*header_lines[:dating], cut]
    continued = None  # the header line that only goes on with the dated line's sentence
    for i, line in enumerate(header_lines):
        if i == continued:
            continue
        rng = find_range(line)
        if rng is not None and i == dating:
            start, end = rng.start, rng.end
            whole = _strip_range(line, rng)
            line = named_first(header_lines[i], rng, whole)
            if line == whole or len(_BRACKETED.sub(" ", whole).split()) <= _SENTENCE_WORDS:
                # a header that is no longer than one keeps its parts: "2015 : Enquêteur
                # (mission de 4 mois), Projet PROSPERER – FIDA, enquêtes de terrain ..."
                line = whole
            else:
                # what the job was, told after the comma, is its evidence, with the words a
                # narrow column wrapped onto the next line ("... và kiểm kê trên" / "hệ thống
                # WMS.")
                what = whole.strip(" :–—-")
                if i + 1 < len(header_lines) and runs_on(line, header_lines[i + 1]):
                    continued = i + 1
                    what = f"{what} {header_lines[continued].strip()}"
                body = [what, *body]
        # "Stage de 3 mois a la BICICI": how long it lasted goes, the placement stays the post
        line = _without_span(_PLACEMENT_SPAN.sub(r"\g<post> ", line)) if rng is not None else line
        # "andres.gomez.dev@example.co Desarrollador Senior": a two-column PDF's contact column
        # run into the job's line
        texts.append(without_contract_label(_strip_marks(without_contacts(line))))
    texts = [t for t in texts if t.strip(" -–—|,")]
    if texts:
        # "Speditionskauffrau, Kühne + Nagel KG, Bremen – Disposition" / "von Seefracht- und
        # ...": what was done, run onto the header after its dash, opens the job's evidence
        goes_on = bool(body) and runs_on(header_lines[-1], body[0])
        head, duties = described_header(texts[-1], body[0] if goes_on else "")
        if duties and _names_job_and_employer([*texts[:-1], head]):
            # not "ingénieur méthodes – Renault Maroc, usine de Tanger": there the words after
            # the dash name the employer the rest lacks
            texts[-1], body = head, [duties, *body]
    if len(texts) >= 2 and (
        texts[0].count("(") > texts[0].count(")")
        # "Assistenz der Personalabteilung" / "(Karenzvertretung)": the title's note, wrapped
        or _BRACKETED.fullmatch(texts[1].strip()) is not None
        or (
            len(texts[0]) >= 75 and len(texts[1].split()) <= 2 and not _TITLE_WORDS.search(texts[1])
        )
        # "Chuyên viên Phân tích Dữ liệu — Công ty TNHH Shopee Việt" / "Nam": an employer's
        # name (its legal form or kind says so) a narrow column wrapped; not a town on a line
        # of its own under "Senior ML Engineer — Siemens Healthineers"
        or (len(texts[0]) >= 40 and wrapped_end(texts[1])
            and has_org(_SEPARATORS.split(texts[0])[-1]))
    ):
        texts = [f"{texts[0]} {texts[1]}", *texts[2:]]  # one header wrapped onto a second line
    if len(texts) >= 2 and texts[0].rstrip().endswith(",") and _is_place(texts[1]):
        # "NYSC – Mathematics Teacher – Government Secondary School," / "Ilorin, Kwara State": a
        # header cut after its comma (wrapped again or not) goes on with the employer's town
        texts = [f"{texts[0]} {texts[1]}", *texts[2:]]
    entry = Entry(header=" | ".join(texts), start=start, end=end, body=body)
    # the sentence read without its list and emphasis marks ("* **Engenheira de Dados** @ ...")
    told = (
        job_in_sentence(_strip_marks(header_lines[0]))
        if len(texts) == 1 and _is_sentence(texts[0]) else None
    )  # fmt: skip
    employer = _employer_line(texts)
    if told is not None and told.title and told.organization:
        # "Comecei como estagiária de planejamento no Grupo Pão de Açúcar, de jan/2018 a ...":
        # a dated sentence, read as prose.
        entry.title, entry.organization = told.title, told.organization
    elif len(texts) == 2 and _has_title(texts[0]) and board_employer(texts[1]):
        # "Assistant System Engineer - Trainee" / "Tata Consultancy Services - Chennai": over a
        # job board's employer line, the title line is the title whole
        entry.title = _trim(texts[0])[:200]
        parts = [p for p in map(_trim, _BOARD_DASH.split(texts[1])) if p]
        entry.organization = parts[0][:200]
        entry.location = parts[1][:120] if len(parts) > 1 else entry.location
    elif employer is not None:
        # "DHL SUPPLY CHAIN" / "Mozo de almacén" / "De 2017 a 2021": the line in capitals (or
        # with a legal form) is the employer, the other lines say the job.
        job_lines = [t for i, t in enumerate(texts) if i != employer]
        if len(job_lines) == 1 and _title_with_commas(job_lines[0]):
            entry.title = _trim(job_lines[0])[:200]  # "Senior Officer, Financial Reporting"
        else:
            _fill_title_org(entry, job_lines)
        employer_text = _unlabelled(texts[employer])
        parts = [p for p in map(_trim, _split_outside_parens(employer_text)) if p]
        entry.organization = parts[0][:200]
        places = [p for p in parts[1:] if _is_place(p)]
        entry.location = places[0][:120] if places else entry.location
    else:
        _fill_title_org(entry, texts)
        told = job_in_sentence(texts[0]) if len(texts) == 1 and not entry.organization else None
        if told is not None and told.title and told.organization:
            # "касир в компанії Сільпо": a short header told as a clause, employer after its word
            entry.title, entry.organization = told.title, told.organization
    described = [line for line in header_lines if _DESCRIBED_TITLE.search(line)]
    if described:
        # "Software engineer with 3 years in Python and Django at Infosys (2021 - present)":
        # the header is a sentence; its words are the job's evidence too.
        entry.body = [*(_strip_marks(line) for line in described), *body]
    entry.title = _DESCRIBED_TITLE.split(entry.title, maxsplit=1)[0].strip() or entry.title
    unread = [t for t in _unread_header_lines(texts, entry) if t not in entry.body]
    if unread:
        # "08/2012 – 03/2018 | Buchhalterin , Steuerbüro Hartmann, Göttingen" / "Lohn- und
        # Gehaltsabrechnung mit DATEV": a line claimed under a whole header that gave no field
        # is what the job was, and its skills would be lost with it
        entry.body = [*unread, *entry.body]
    return entry


def _unread_header_lines(texts: list[str], entry: Entry) -> list[str]:
    """The header lines after the first whose words are in none of the entry's title,
    employer and town."""
    fields = [f for f in (entry.title, entry.organization, entry.location) if f]
    return [t.strip() for t in texts[1:] if not any(f in t or t in f for f in fields)]


# "Agent de transit (mars 2019 – févr. 2021) : dédouanement des marchandises, ..."
_DATED_BEFORE_COLON = re.compile(
    r"^(?P<role>[^():]+?\((?P<dates>[^()]+)\))\s*:\s*(?P<duties>\S.*)$"
)


def _role_then_duties(line: str) -> tuple[str, str]:
    """A role dated in brackets, then after a colon what was done in it: the role with its
    dates, and the duties ("" when the line is not so written)."""
    match = _DATED_BEFORE_COLON.match(line)
    if match is None or find_range(match["dates"]) is None:
        return line, ""
    return match["role"], match["duties"]


def _next_sentence(line: str, rng: DateRange | None) -> str:
    """What a dated header line says after its first sentence, where that sentence holds the
    dates and three words or more besides and another starts after it; "" otherwise (in "Senior
    Engineer, Acme Ltd. Lagos" an abbreviation's dot ends no sentence; "Data Analyst. Safaricom
    PLC. 2020 - 2022" is one header written with stops)."""
    found = sentences(line)
    if rng is None or len(found) < 2 or not found[1].text[:1].isalpha():
        return ""
    first, second = found[0], found[1]
    besides = line[first.start : rng.span[0]] + " " + line[rng.span[1] : first.end]
    if rng.span[1] > first.end or len(re.findall(r"[^\W\d_]+", besides)) < 3:
        return ""
    return line[second.start :].strip()


_HEADER_WORDS = 12
_SENTENCE_WORDS = 16  # more words after a line's dates make it a sentence (header_lines)
_BRACKETED = re.compile(r"\([^()]*\)")


def named_first(line: str, rng: DateRange, rest: str) -> str:
    """The words of a line that opens with its dates and names the job in its first clause,
    without what it says the job was after the comma: "2017 - 2019: Nhân viên kho tại Lazada
    Việt Nam, phụ trách nhập xuất hàng và kiểm kê trên" is dated by "Nhân viên kho tại Lazada
    Việt Nam", as "2019 - 2021: Warehouse assistant at Jumia, receiving and dispatching
    orders" is. Any other line, or one told in the first person, stays whole."""
    if rng.span[0] > len(line) - len(line.lstrip()) + 2 or len(rest.split()) <= _HEADER_WORDS:
        return rest
    head = rest.split(",", 1)[0]
    if (len(head.split()) <= _HEADER_WORDS and (_has_title(head) or _has_org(head))
            and not _FIRST_PERSON.search(rest)):
        return head
    return rest


# Job boards (Indeed) export a job as "Title" / "Employer - City, State" / "November 2017 to
# Present", and keep the dash where the city was left out ("Accenture -").
_BOARD_DASH = re.compile(r"\s+[-–—](?:\s+|$)")
_DANGLING_DASH = re.compile(r"\S\s+[-–—]$")


_DESCRIPTION = re.compile(r"\s[—–]\s|:\s|;\s")


def described_header(line: str, following: str = "") -> tuple[str, str]:
    """A header line without the description run onto it, and that description: "Data Analyst ·
    Daraz, Karachi — pricing analytics, SQL on Hive" -> "Data Analyst · Daraz, Karachi", "pricing
    analytics, SQL on Hive". Five words or more, counting `following`, the line it runs on into
    where a cell wrapped it ("..., Bremen – Disposition" / "von Seefracht- und
    Luftfrachtsendungen, ..."); a title after the dash is no description ("Rohde & Schwarz GmbH,
    München – Senior Engineer")."""
    for match in _DESCRIPTION.finditer(line):
        after = line[match.end() :].strip()
        words = len(after.split()) + len(following.split())
        if (words >= 5 and len(line[: match.start()].split()) >= 2
                and not _has_title(_split_outside_parens(after)[0])):
            return line[: match.start()].strip(), after
    return line, ""


def _names_job_and_employer(texts: list[str]) -> bool:
    """Header texts that name the employer (by its legal form, or its town beside it) and more
    than it: "Speditionskauffrau, Kühne + Nagel KG, Bremen", "Adecco (intérim), Lyon" over
    "Assistante RH"; not a bare "ingénieur méthodes"."""
    parts = [t for text in texts for p in _split_outside_parens(text) if (t := _trim(p))]
    return len(parts) >= 2 and any(has_org(p) or _is_place(p) for p in parts)


def board_employer(line: str) -> bool:
    """A job board's employer line: one that ends on its dash ("Accenture -"), or an employer
    then a place after a dash ("Tata Consultancy Services - Chennai, Tamil Nadu", "Robert Bosch
    Engineering and Business Solutions - Bengaluru, Karnataka"; not "Data Engineer - Pune")."""
    text = _strip_marks(line)
    if _DANGLING_DASH.search(text):
        return True
    parts = [p for p in map(_trim, _BOARD_DASH.split(text)) if p]
    return (
        len(parts) == 2 and (has_org(parts[0]) or not _has_title(parts[0]))
        and not _is_place(parts[0]) and _is_place(parts[1])
    )  # fmt: skip


def _employer_line(texts: list[str]) -> int | None:
    """Which header line only names the employer, where exactly one does and another line is
    left for the job."""
    if len(texts) < 2:
        return None
    named = [i for i, text in enumerate(texts) if names_employer(text)]
    return named[0] if len(named) == 1 else None


def names_employer(line: str) -> bool:
    """A line that opens with an employer's name: in capitals ("GEODIS LOGISTICS – Saran",
    "CONG TY TNHH AXON ACTIVE VIET NAM") or with a legal form ("Công ty Cổ phần Masan"), and
    no job title in it."""
    parts = _split_outside_parens(_strip_marks(line))
    head = _trim(parts[0]) if parts else ""
    if not head or _CONTRACT_WORDS.fullmatch(head) or _PLACEMENT_WORDS.fullmatch(head):
        return False  # "NYSC – Accounts Clerk": the scheme the post was held in, in capitals
    if has_org(head):  # a title word inside a company's name: "CONG TY ... KY THUAT SO FPT"
        return not (TITLE_HEADS.search(head) or _TITLE_WORDS.search(head))
    if len(parts) >= 2 and all(_employment_type(_trim(p)) for p in parts[1:]):
        # "Kaduna Electric · Internship", as LinkedIn sets it under the title: the employment
        # type after the name says the name is the employer's, however bare
        return not (_has_title(head) or _is_place(head) or _employment_type(head))
    letters = [c for c in head if c.isalpha()]
    shouted = len(letters) >= 3 and all(c.isupper() for c in letters)
    return shouted and not _has_title(head) and not _names_section(head)


def _employment_type(part: str) -> bool:
    """"Full-time", "Internship", "Contract": how a job was held, with no name in it."""
    return bool(part) and bool(
        _ARRANGEMENT.fullmatch(part) or _CONTRACT_PART.fullmatch(part)
        or _PLACEMENT_WORDS.fullmatch(part)
    )  # fmt: skip


def wrapped_end(line: str) -> bool:
    """A line of one or two words that name no job, no employer and no place: the end of the
    header line above it, which a narrow column wrapped ("Chuyên viên Phân tích Dữ liệu — Công
    ty TNHH Shopee Việt" / "Nam", "... Глушкова НАН" / "України")."""
    return (wrapped_tail(_strip_marks(line)) and not _has_title(line) and not has_org(line)
            and not _is_place(line) and find_range(line) is None)


def _is_sentence(text: str) -> bool:
    """A header written as a sentence: eight words or more, a lower-case one among the first
    three ("Comecei como estagiária ...", not "Senior Data Engineer | Acme"), and no cells
    parted by a bar or a dot ("Municipalidad de Rosario · Pasante en Mesa de Entradas": the
    "de" is the employer's)."""
    words = text.split()
    return (
        len(words) >= 8 and any(w[:1].islower() for w in words[1:3])
        and not _CELL_MARK.search(text)
    )  # fmt: skip


_CELL_MARK = re.compile(r"\s[|·•]\s")


# What follows a title when a header is written as a sentence: "Engineer with 3 years in ...".
_DESCRIBED_TITLE = re.compile(
    r"\s(?:with|using|specialising in|specializing in|experienced in|working on|focused on)\s",
    re.IGNORECASE,
)


def _as_job(entry: Entry) -> Entry:
    """An undated block or bullet: its title part ("Acme — what I did") names the job. A block
    that opens with its dates and tells the job in a sentence ("Từ 2019 đến nay: Kỹ sư dữ liệu
    tại Công ty TNHH Shopee Việt Nam. Xây dựng ...") is read as that sentence."""
    opening = sentences(entry.header)[:1]
    rng = find_range(opening[0].text) if opening else None
    told = job_in_sentence(opening[0].text) if rng is not None and rng.span[0] <= 3 else None
    if told is not None and told.title and told.organization:
        entry.title, entry.organization = told.title[:200], told.organization[:200]
        return entry
    _fill_title_org(entry, [entry.title or entry.header])
    return entry


# A comma between a company's name and its legal form, which ends the part ("LBC Express,
# Inc.", "Acme, LLC").
_COMMA_BEFORE_LEGAL_FORM = re.compile(rf"(?<=\w),(?=\s+{LEGAL_FORM}\.?\s*(?:$|[,|–—·(-]))")


def _split_outside_parens(text: str) -> list[str]:
    """Split on separators, but not inside parentheses: "Scientist (lead, 3 people) — Acme"."""
    protected = re.sub(
        r"\([^()]*\)", lambda m: m.group(0).replace(",", "\0").replace("—", "\1"), text
    )
    protected = _COMMA_BEFORE_LEGAL_FORM.sub("\0", protected)  # "LBC Express, Inc. – Pasig"
    return [p.replace("\0", ",").replace("\1", "—") for p in _SEPARATORS.split(protected) if p]


# "Firma: Brainly, Kraków (zdalnie)", "Numele şi adresa angajatorului: Emerson SRL, Cluj-Napoca"
# under a title, "Poste : Conducteur SPL (CDI)" under the employer's line: the label is neither
# the employer's name nor the title's.
_FIELD_KEYS = {fold(label): key for key in ("title", "organization") for label in JOB_FIELDS[key]}
_FIELD_LABEL = re.compile(r"^\s*([^\W\d][^:]{1,60}?)\s*:\s*")


def _field_key(text: str) -> str | None:
    """The job field ("title", "organization") whose label opens the text, if one does."""
    label = _FIELD_LABEL.match(text)
    return _FIELD_KEYS.get(fold(label.group(1))) if label else None


def _unlabelled(text: str) -> str:
    """The text without the label of a job's title or employer before it."""
    label = _FIELD_LABEL.match(text)
    return text[label.end() :] if label and fold(label.group(1)) in _FIELD_KEYS else text


_EMPLOYER_SPLIT = re.compile(r"\s(?:at|@)\s", re.IGNORECASE)

# Employer words of other languages split a header only after a job title ("Inżynier ML w Allegro").
_FOREIGN_EMPLOYER_SPLIT = re.compile(
    # "Agent technique au niveau d'Algérie Télécom": Algerian French for "at"
    # "Produktionshelfer bei der Robert Bosch GmbH", "stages d'été à l'OCP"
    r"\s(?:au niveau d(?:e\s|u\s|['’]\s?)|à l['’]\s?|bei de[rm]\s|"
    r"(?:en|em|w|bei|chez|tại|di|à la|a la|au|la|в|у|na|presso)\s)"
)

# A placement and how long it lasted ("Stage de 3 mois", "Internship of 6 months")
_PLACEMENT_SPAN = re.compile(
    rf"(?P<post>{_PLACEMENT_WORDS.pattern})\s+(?:de\s+|of\s+|von\s+)?{_DURATION.pattern}",
    re.IGNORECASE,
)


def _fill_title_org(entry: Entry, header_texts: list[str]) -> None:
    labelled = [t for t in header_texts if _field_key(t) == "title"]
    if len(labelled) == 1 and len(header_texts) > 1:
        # "Transports Lebrun – Valenciennes" / "Poste : Conducteur SPL grands routiers (CDI)":
        # the line its writer labelled as the post is the title, whatever its words
        # the other line names the employer first, then where ("XPO Logistics – Lesquin")
        title, rest = (
            [p for p in _split_parenthesised_places(_labelled_parts(text)) if p]
            for text in (labelled[0], " – ".join(t for t in header_texts if t is not labelled[0]))
        )
        title = [p for p in title if not _CONTRACT_PART.fullmatch(p)] or title
        rest = [p for p in rest if not _CONTRACT_PART.fullmatch(p)]
        if title:
            entry.title = title[0][:200]
        if rest:
            entry.organization = rest[0][:200]
            entry.location = rest[1][:120] if len(rest) > 1 else entry.location
        return
    parts: list[str] = []
    for text in map(_unlabelled, header_texts):
        at_as = _AT_AS.fullmatch(text.strip())
        if at_as:  # "a la SIB comme guichetier" (a "CDD de 6 mois" before it): title, employer
            parts += [at_as["title"], at_as["org"]]
            continue
        masked = _MASKED_EMPLOYER.fullmatch(text.strip())
        if masked and _has_title(masked["title"]):
            # "Manager, AI & Data — a Big Four firm": the title whole, commas and all
            parts += [masked["title"], *_split_outside_parens(masked["org"])]
            continue
        placed = _PLACEMENT_AT.fullmatch(text)
        if placed:  # "Industrial Attachment: Kenya Power, Kisumu": the placement, then where
            parts.append(placed.group(1))
            text = placed.group(2)
        pieces = _EMPLOYER_SPLIT.split(text, maxsplit=1)
        if len(pieces) == 1:
            foreign = _FOREIGN_EMPLOYER_SPLIT.split(text, maxsplit=1)
            if (
                len(foreign) == 2 and foreign[1][:1].isupper()
                # "Stage académique de trois mois au Ministère": a placement opens the title
                and (_has_title(foreign[0]) or _PLACEMENT_WORDS.match(foreign[0].strip()))
                # not "Programista – instytut badawczy w Łodzi" (the employer follows the dash)
                # nor "Engineer – firma (projekt dla banku w Europie)" (a place in brackets)
                and len(_split_outside_parens(foreign[0])) == 1
                and foreign[0].count("(") == foreign[0].count(")")
            ):
                pieces = foreign
        if len(pieces) == 2:
            org_parts = [p for p in _split_outside_parens(pieces[1]) if p.strip()]
            parts += [pieces[0].strip(), *org_parts]
        else:
            # "Conseillère principale, service à la clientèle" above "Desjardins | Lévis": a comma
            # before a lower-case word goes on with the title where another line names the
            # employer (alone, "QA Engineer, mobile banking app" says what the job was about)
            kept = _TITLE_GOES_ON.sub("\3", text) if len(header_texts) > 1 else text
            kept = _dash_going_on(kept, len(header_texts) > 1)
            if (_title_with_commas(text) or _title_with_commas(_ONE_DASH.sub(", ", text, 1))) and (
                _employer_elsewhere(text, header_texts)
            ):
                # "Team Leader, Inbound Sales" above "Teleperformance Romania, Iași", "Team
                # Leader – Customer Care" above "Concentrix Philippines, Quezon City": another
                # line names the employer, so the title's comma or dash is the title's own
                parts.append(text)
                continue
            parts += [p.replace("\3", ", ").replace("\4", " ").strip()
                      for p in _split_outside_parens(kept)]
    parts = [trimmed for p in _split_parenthesised_places(parts) if (trimmed := _trim(p))]
    if not parts:
        return
    parts = [p for p in parts if not _CONTRACT_PART.fullmatch(p)] or parts
    if any(_title_score(p) > 0 and not _PLACEMENT_WORDS.fullmatch(p) for p in parts):
        # "Alternance – Technicienne support" / "Leroy Merlin France": the placement says how
        # the job was held beside its title; it is no employer
        parts = [p for p in parts if not _PLACEMENT_WORDS.fullmatch(p)]
    places = [_is_place(p) for p in parts]
    scores = [_title_score(p) for p in parts]
    best = max(range(len(parts)), key=lambda i: (scores[i], -i))
    if scores[best] > 0 or not _ORG_SUFFIX.search(parts[best]):
        if scores[best] <= 0:
            best = next((i for i in range(len(parts)) if not places[i]), 0)
        entry.title = parts[best][:200]
    else:
        best = -1
    others = [i for i in range(len(parts)) if i != best and not _ARRANGEMENT.fullmatch(parts[i])]
    orgs = [i for i in others if not places[i] and not _LOCATION_HINT.fullmatch(parts[i])]
    if orgs:
        org = max(orgs, key=lambda i: (bool(_ORG_SUFFIX.search(parts[i])), -i))
        entry.organization = parts[org][:200]
        others = [i for i in others if i != org]
    for i in others:
        if places[i] or _LOCATION_HINT.search(parts[i]) or entry.location is None:
            entry.location = parts[i][:120]
            if places[i]:
                break


# A dash between words, which may go on with a title as a comma does.
_ONE_DASH = re.compile(r"\s[—–-]\s")
# Separators other than a comma: a line split by them names more than its title.
_NOT_COMMA_SEPARATOR = re.compile(r"\s(?:—|–|-|\||·|•|@|at)\s|[|•·]", re.IGNORECASE)


def _title_with_commas(text: str) -> bool:
    """A title whose comma goes on with its field or team, as titles are written ("Team
    Leader, Inbound Sales", "Senior Officer, Financial Reporting", "Jefa de Turno, Atención al
    Cliente"): a title before the comma, and after it no place, employer, contract or mode of
    work."""
    if "," not in text or _NOT_COMMA_SEPARATOR.search(text):
        return False
    first, *rest = [_trim(p) for p in _split_outside_parens(text)]
    return _has_title(first) and all(
        0 < len(part.split()) <= 4 and not has_org(part) and not _how_or_where(part)
        for part in rest
    )  # fmt: skip


def _how_or_where(part: str) -> bool:
    """A part of a job's line that says where or how the job was held: a place, a contract or a
    mode of work."""
    return bool(_is_place(part) or _CONTRACT_PART.fullmatch(part) or _ARRANGEMENT.fullmatch(part)
                or _LOCATION_HINT.search(part))


# A name of up to six words, each capitalised or a joining word ("Teleperformance Romania",
# "Banco de Bogotá", "CI&T").
_NAME_WORDS = re.compile(
    r"(?:[^\W\d_a-zà-öø-ÿ]|\d)\S*(?:\s+(?:(?:[^\W\d_a-zà-öø-ÿ]|\d)\S*|"
    r"de|do|da|del|des|du|of|and|&|y|e|i|und|et)){0,5}"
)


def _employer_elsewhere(text: str, header_texts: list[str]) -> bool:
    """Another header line opens with what can only be the employer: a name (its words
    capitalised, not a sentence of duties) that is no title, place, contract or mode of work,
    with its legal form or its place after it ("Teleperformance Romania, Iași"; a lone
    "Erlangen" the gazetteer lacks is no employer)."""
    for other in header_texts:
        if other is text:
            continue
        parts = [p for p in map(_trim, _split_outside_parens(_unlabelled(other))) if p]
        # a name with a cell after it ("Concentrix Philippines, Alabang", "Teleperformance
        # Philippines | Cebu IT Park"): the employer at a place the gazetteer may lack
        placed = len(parts) >= 2
        if (
            parts and (placed or has_org(parts[0])) and _NAME_WORDS.fullmatch(parts[0])
            and not _has_title(parts[0]) and not _how_or_where(parts[0])
        ):  # fmt: skip
            return True
    return False


_AT_AS = re.compile(
    r"(?:chez|à|a|au|aux)\s+(?:la\s+|le\s+|les\s+|l['’]\s?)?(?P<org>(?-i:[A-ZÀ-ÖØ-Þ])[^,;()]*?)"
    r"\s+(?:comme|en tant que|en qualité de)\s+(?P<title>[^,;()]+)",
    re.IGNORECASE,
)

# An anonymised CV describes the employer it hides, with an article, after the title's dash:
# "Manager, AI & Data — a Big Four firm", "Analista — una empresa del IBEX 35".
_MASKED_EMPLOYER = re.compile(
    r"(?P<title>\S.*?)\s+[—–|-]\s+(?P<org>(?:an?|una?|uma?|une?)\s+\S.*)", re.IGNORECASE
)

# "Industrial Attachment (SIWES): Anambra State Universal Basic Education Board, Awka": the
# scheme or length in brackets after the placement's name is part of it
_PLACEMENT_AT = re.compile(
    rf"((?:{_PLACEMENT_LABEL.pattern})(?:\s*\([^()]{{1,40}}\))?)\s*:\s+(\S.*)", re.IGNORECASE
)

_NOT_GOING_ON = (
    r"(?:remote|hybrid|on-?site|full|part|contract|freelance|permanent|"
    r"temporary|internship|télétravail|stage|alternance|intérim|zdalnie|remoto)\b"
)
_TITLE_GOES_ON = re.compile(rf",\s+(?=[a-zà-öø-ÿ])(?!{_NOT_GOING_ON})")
# How or where a job was held, in lower case after a title's dash: no more of the title
_TITLE_GOES_ON_NOT = re.compile(_NOT_GOING_ON, re.IGNORECASE)


def _dash_going_on(text: str, employer_below: bool) -> str:
    """The text with the spaces around a title's dash masked where lower-case words follow it
    ("Stażysta – tester oprogramowania — Nokia, Wrocław", "Стажиста – летња пракса" over its
    employer's line): an employer's name opens with a capital, so they go on with the title.
    Where no other line names the employer, another part of the line must."""
    for dash in _ONE_DASH.finditer(text):
        before, after = text[: dash.start()], text[dash.end() :].lstrip()
        # in lower case throughout, not a name with a capital inside it ("bKash Limited") or
        # an anonymised employer at its town ("instytut badawczy w Łodzi")
        cell = _split_outside_parens(after)[0] if after else ""
        going_on = (
            cell.islower() and not _TITLE_GOES_ON_NOT.match(after)
            and len(_split_outside_parens(before)) == 1
            and (_has_title(before) or bool(_PLACEMENT_WORDS.match(before.strip())))
        )  # fmt: skip
        if going_on:
            masked = before + dash.group().replace(" ", "\4") + text[dash.end() :]
            if employer_below or len(_split_outside_parens(masked)) > 1:
                return masked
        return text
    return text


def _labelled_parts(text: str) -> list[str]:
    text = _unlabelled(text)
    return [trimmed for p in _split_outside_parens(text) if (trimmed := _trim(p))]


def _split_parenthesised_places(parts: list[str]) -> list[str]:
    """"Scale AI (Remote)" -> "Scale AI", "Remote"; "Employé libre-service (CDD)" ->
    "Employé libre-service", "CDD"; "Stagiaire ingénieur (stage de fin d'études)" ->
    "Stagiaire ingénieur"; "Scientist (lead, 3 people)" stays."""
    out = []
    for part in parts:
        match = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)", part)
        inner = match.group(2) if match else ""
        if match and (_is_place(inner) or _CONTRACT_PART.fullmatch(inner)):
            out += [match.group(1), match.group(2)]
        elif (
            match and _PLACEMENT_WORDS.match(inner) and not _PLACEMENT_WORDS.fullmatch(inner)
            and _has_title(match.group(1))
        ):
            # "Stagiaire ingénieur (stage de fin d'études)": a note on how the titled job was
            # held (a bare "Młodszy tester (staż)" says what the job was and keeps it)
            out.append(match.group(1))
        else:
            out.append(part)
    return out


def _is_place(part: str) -> bool:
    if _ORG_SUFFIX.search(part) or _has_title(part) or len(part.split()) > 5:
        return False
    # "Carquefou (44)", "Castel San Giovanni (PC)", "Lévis (QC)": the département or province
    # after the town names no other place
    town = _REGION_WORD.sub("", _AREA_CODE.sub("", part))
    return resolve_place(part) is not None or (town != part and resolve_place(town) is not None)


_AREA_CODE = re.compile(r"\s*\((?:\d{2,3}|[A-Z]{2})\)$")

# "Kisumu Region", "Nakuru County": the area around a town
_REGION_WORD = re.compile(r"\s+(?:region|county|district|province|area)$", re.IGNORECASE)


def _trim(part: str) -> str:
    """Strip spaces and marks, and a parenthesis only when it has lost its partner."""
    part = part.strip(" []*_.;-–—|,:")
    if part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:]
    if part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1]
    # "6 mois chez Thales (Vélizy)" left as "chez Thales (Vélizy)": the employer after its link
    return _LEADING_LINK.sub("", part.strip())


_LEADING_LINK = re.compile(r"^(?:chez|at|bei|presso)\s+(?-i:(?=[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE)
