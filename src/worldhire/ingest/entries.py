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

from worldhire.ingest.dates import RANGE_RE, DateRange, find_dates
from worldhire.ingest.dates import find_range as find_written_range
from worldhire.ingest.fields import without_contacts
from worldhire.ingest.geo import country_code, resolve_place
from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation, fold
from worldhire.ingest.lexicon import contracts as contract_words
from worldhire.ingest.lexicon import experience as experience_words
from worldhire.ingest.lexicon.companies import LEGAL_FORM, LEGAL_FORM_BEFORE
from worldhire.ingest.lexicon.headings import HEADINGS
from worldhire.ingest.prose import TITLE_HEADS, job_in_sentence
from worldhire.ingest.title_words import has_title_word, title_word_count

# A list mark: a dash, a dot, a number, or any symbol an editor or an emoji keyboard offers
# ("✅", "🔹", "➤"); not "#" (a Markdown heading), a currency sign or an opening bracket.
BULLET_RE = re.compile(
    r"^\s*(?:[-*•◦▪‣·–—>+]|\d{1,2}[.)]|[^\w\s#$€£¥₹(\[{\"'“‘«:])\ufe0f?:?\s+"
)
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


def find_range(line: str) -> DateRange | None:
    """The date range of an entry's line: a written range ("De 2016 à 2019", "Từ 05/2019 đến
    nay"), or one date with how long the job lasted, a job within that year ("2015 (8 mois)",
    "Stage de 6 mois – 2018", "Summer 2018 (3 months)", "6 mois en 2018", "lato 2017"): it starts
    and ends that date."""
    written = find_written_range(line)
    if written is None and _YEAR_JOB.match(line):
        dates = find_dates(line)
        if dates and dates[0].span[0] <= len(line) - len(line.lstrip()):
            return DateRange(dates[0].value, dates[0].value, dates[0].span)
    if written is not None or not (_DURATION.search(line) or _SEASON_YEAR.search(line)):
        return written
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    start, end = dates[0].span
    rest = f"{line[:start]} {line[end:]}"
    # The span in brackets or after a contract word ("Stage de 6 mois"); then an employer may
    # share the line ("SOCIETE GENERALE    Stage de 6 mois - 2018"), a sentence may not.
    # "(6 mesi)", "Stage de 6 mois", "6 mois en 2018", "lato 2017" (a summer job)
    stated = (
        _STATED_DURATION.search(rest) or _DURATION_IN.search(line[:start])
        or _SEASON.search(line[:start])
    )
    words = len(re.findall(r"[^\W\d_]{2,}", _CONTRACT_WORDS.sub(" ", _without_span(rest))))
    if stated is None or words > _ONE_DATE_WORDS or _FIRST_PERSON.search(rest):
        return None
    return DateRange(dates[0].value, dates[0].value, dates[0].span)


_ONE_DATE_WORDS = 5
# "2016 : Stage de fin d'études – 6 mois chez Thales (Vélizy)", beside "2017-2019 : Data
# Scientist chez Orange (Paris)": a year, then a job held at an employer within it.
_YEAR_JOB = re.compile(
    r"\s*(?:19|20)\d\d\s*[:–—]\s+[^\W\d_][^.;]{2,80}?\s(?:chez|at|bei|presso)\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)
# A season just before the year: the job lasted a summer ("lato 2017", "Été 2015", "Summer 2018").
_SEASONS = (
    r"(?:summer|winter|spring|autumn|fall|été|hiver|printemps|automne|lato|zima|wiosna|jesień|"
    r"verano|invierno|primavera|otoño|verão|inverno|outono|sommer|frühling|herbst|estate|"
    r"autunno|vara|iarna|toamna|toamnă|літо|зима|лето)"
)
_SEASON = re.compile(rf"(?<![^\W\d_]){_SEASONS}\s+$", re.IGNORECASE)
_SEASON_YEAR = re.compile(rf"(?<![^\W\d_]){_SEASONS}\s+(?:19|20)\d\d\b", re.IGNORECASE)


def split_jobs(lines: list[str]) -> list[Entry]:
    """Job entries anchored on their date lines. Header lines (title, organisation) are found
    above a date line, blank lines between them or not ("Title" / "Accenture -" / "November 2017
    to Present"), or below a bare date line ("04/2019 – heute" / "Data Scientist" / "SAP SE")."""
    lines = job_board_blocks(join_dangling_ranges([p for line in lines for p in unfold_row(line)]))
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


# A range broken after its dash: "Март 2021 —" / "настоящее время" (hh.ru), "Ocak 2022 –" /
# "Halen". The end on the next line is a date or a present word only.
_DANGLING = re.compile(r"\s*[—–-]\s*$")


def join_dangling_ranges(lines: list[str]) -> list[str]:
    """Lines with each range that was broken after its dash joined again."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (
            _DANGLING.search(previous)
            and find_dates(_DANGLING.sub("", previous))
            and line.strip()
            and len(line.split()) <= 4
            and find_range(f"{_DANGLING.sub('', previous)} – {line.strip()}") is not None
        ):
            out[-1] = f"{_DANGLING.sub('', previous)} – {line.strip()}"
            continue
        out.append(line)
    return out


_BOARD_HEADER_LINES = 5


def job_board_blocks(lines: list[str]) -> list[str]:
    """hh.ru's export writes each job as range, duration, employer, "city, site", industry,
    title, then the duties ("Март 2021 — настоящее время" / "3 года 9 месяцев" / "Kaspi.kz" /
    "Казахстан, kaspi.kz" / "Финансовый сектор" / "Ведущий специалист ..."). Such a block is
    rewritten as title, employer and range, the order the header reader knows; the place and
    industry lines are dropped. A range without its duration is left as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        rng = find_range(line) if line.strip() and not is_bullet(line) else None
        if rng is None:
            out.append(line)
            i += 1
            continue
        rest = _strip_range(line, rng)
        inline = _DURATION.search(rest) is not None and not _DURATION.sub("", rest).strip(" ()")
        below = i + 1 < len(lines) and bool(_DURATION.fullmatch(lines[i + 1].strip()))
        above = next((x.strip() for x in reversed(out) if x.strip()), "")
        # LinkedIn writes "Title" / "April 2023 - Present (1 year 10 months)": a header above.
        headed = bool(above) and not above.endswith(".") and (_has_title(above) or _has_org(above))
        if not (below or (inline and not headed)) or (rest.strip(" —–-()") and not inline):
            out.append(line)
            i += 1
            continue
        start = i + 1 + int(below)
        while below and start < len(lines) and not lines[start].strip():
            start += 1  # a Word table's cell break: the dates in one cell, the job in the next
        head: list[str] = []
        j = start
        while j < len(lines) and len(head) < _BOARD_HEADER_LINES:
            text = _strip_marks(lines[j]).strip()
            if not text or is_bullet(lines[j]) or len(text.split()) > 10 or text.endswith("."):
                break
            head.append(text)
            j += 1
        # The title is the first titled line under the employer: a duty wrapped short below it
        # ("Прогнозирование отказов ... (Python, scikit-learn," / "PostgreSQL).") is body.
        titled = next((k for k in range(1, len(head)) if _has_title(head[k])), None)
        if titled is None:
            out.append(line)
            i += 1
            continue
        out += [head[titled], head[0], line[rng.span[0] : rng.span[1]]]
        i = start + titled + 1
    return out


CELL = " | "  # how the document readers join the cells of a table row
# Where a cell's head (a title, an employer) ends and what was done begins: "Kỹ sư AI. Xây dựng
# ...", "ПриватБанк, Data Scientist: моделі ...", "Data Engineer; pipelines ...".
CELL_DESCRIPTION = re.compile(r"(?<=[\w»”\")])(?:[:;]|\.(?=\s+[^\W\d_a-z]))\s+|\s;\s")
_HEAD_CELL_WORDS = 6


def unfold_row(line: str) -> list[str]:
    """A table row whose cells hold the dates, the job and what was done ("2019 - 2021 |
    Ingénieure ML, Criteo | Modèles de prédiction de clics, tests A/B") as the header row and the
    description as a bullet below it, so the header is read like any other and the work like
    any bullet. Other lines are returned as they are."""
    cells = [c.strip() for c in line.split(CELL)]
    dates = [i for i, c in enumerate(cells) if _is_date_cell(c)]
    if len(cells) < 2 or len(dates) != 1:
        return [line]
    header, described = [cells[dates[0]]], []
    for cell in (c for i, c in enumerate(cells) if i != dates[0] and c):
        cut = CELL_DESCRIPTION.search(cell)
        head, rest = (cell[: cut.start()], cell[cut.end() :]) if cut else (cell, "")
        post = CELL_DESCRIPTION.split(rest, maxsplit=1)[0] if rest else ""
        if _has_org(head) and not _has_title(head) and _has_title(post) and len(post.split()) <= 4:
            # "ТОВ «Епіцентр К», розподільчий центр; водій навантажувача. Навантаження ...":
            # the employer, then the post, then what was done
            head, rest = f"{head}, {post}", rest[len(post) :].lstrip(" .;:")
        short = len(re.sub(r"\([^()]*\)", " ", head).split()) <= _HEAD_CELL_WORDS
        if len(header) == 1 or (short and (_has_title(head) or _has_org(head) or not rest)):
            header.append(head)
            described += [rest] if rest else []
        else:
            described.append(cell)
    if not described:
        return [line]
    return [CELL.join(header), *(f"- {text}" for text in described)]


def _is_date_cell(cell: str) -> bool:
    """A cell that holds a date range and little else ("Tháng 3/2021 – nay", "2016 - 2018
    (2 ans)")."""
    rng = find_range(cell)
    if rng is None:
        return False
    rest = re.sub(r"\([^()]*\)", " ", _DURATION.sub(" ", _strip_range(cell, rng)))
    return len(rest.split()) <= 1


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
        named_above = any(_has_title(lines[i]) or _has_org(lines[i]) for i in above)
        around = bool(above and below and not any(_has_org(lines[i]) for i in above)) and all(
            names_employer(lines[i]) and len(lines[i].split()) <= _EMPLOYER_WORDS for i in below
        )
        if below and not around and not named_above:
            above = []  # "04/2019 – heute" / "Data Scientist" / "SAP SE": the header is below
        if around:
            # "Електромонтажник 5 розряду" / "з 03.2015 по теперішній час" / "ТОВ «...»": the
            # post above the dates, the employer below them
            claimed = [*above, anchor, *below]
        else:
            claimed = [*above, anchor] if above or not below else [anchor, *below]
        headers.append(claimed)
        floor = max(claimed)
    return headers


_CONTRACT_WORDS = re.compile(
    rf"(?<!\w)(?:{alternation(contract_words.CONTRACTS)}){NOT_LETTER_AFTER}", re.IGNORECASE
)
# "(2 yrs 3 mos)", "8 mois", "3 роки": how long a job lasted, in the words of stated experience.
_DURATION = re.compile(
    rf"\(?\s*(?:\d+\s*(?:{alternation(experience_words.YEAR_WORDS + experience_words.MONTH_WORDS)})"
    r"\.?(?![^\W\d_])\s*){1,2}\)?",
    re.IGNORECASE,
)
_PLACEMENT_WORDS = re.compile(
    rf"(?<!\w)(?:{alternation(contract_words.PLACEMENTS)}){NOT_LETTER_AFTER}", re.IGNORECASE
)
# "6 mois en 2018", "3 months in 2019": how long, then the year it was in.
_DURATION_IN = re.compile(rf"{_DURATION.pattern}\s*(?:en|in|w|em|im|în|nel)\s*$", re.IGNORECASE)
# "(8 mois)", "Stage de 6 mois", "CDD de 3 mois": how long the job lasted, as a date line says it.
_STATED_DURATION = re.compile(
    rf"\(\s*{_DURATION.pattern}\s*\)|(?:{_CONTRACT_WORDS.pattern}|{_PLACEMENT_WORDS.pattern})"
    rf"\s+(?:de\s+|of\s+|von\s+)?{_DURATION.pattern}",
    re.IGNORECASE,
)


def _dated_lines(lines: list[str]) -> list[int]:
    """Lines that anchor a job: a date range in a short line (a sentence that mentions dates
    is body, not a header); "since 2021" anchors only when no line has a real range."""
    ranged: list[int] = []
    since: list[int] = []
    for i, line in enumerate(lines):
        rng = find_range(line)
        if rng is None or ((ranged or since) and _ASSIGNMENT.match(_strip_marks(line))):
            continue  # "Mission chez Enedis (2020-2021)": a part of the job above
        bare = BULLET_RE.sub("", line)
        rest = header_part(_strip_range(bare, rng))
        # "- **Infirmière vacataire**, Clinique de l'Espoir, Yaoundé — *2017 - 2019*": a
        # bullet that names the job and closes on its dates is the job's header
        closes_job = _closes_job(line, rng, rest)
        if is_bullet(line) and len(rest.split()) >= 2 and not (
            rng.span[0] <= 2 and len(rest.split()) <= 12 and (_has_title(rest) or _has_org(rest))
        ) and not closes_job:
            continue  # a bullet about the job, unless it is the job: "- 2016–2020: Engineer, Acme"
        rest = re.sub(r"\([^()]*\)", " ", rest)  # "(AI products: speech, OCR; 350 people)"
        if len(rest.split()) > 16 or (
            _FIRST_PERSON.search(rest) and (len(rest.split()) > 8 or bare.rstrip().endswith("."))
        ):
            continue  # a sentence that mentions dates: "From 2019 to 2022 I was …"
        opens = rng.span[0] <= len(line) - len(line.lstrip()) + 2 and len(rest.split()) <= 12
        # "Analyste BI | Depuis janvier 2022": the date in a cell of its own after the title;
        # "MTN Côte d'Ivoire – Ingénieur Réseau (CDI) Depuis mars 2021": the date set flush
        # right after the employer and the title
        closes = (
            not line[rng.span[1] :].strip(" |·•()*_") and len(rest.split()) <= 12
            and (bool(_CELL_BEFORE.search(line, 0, rng.span[0])) or closes_job)
        )
        bare_rest = rest.strip(" -–—|,.()*·•")
        if _ranged(line) or not bare_rest or _CONTRACT_PART.fullmatch(bare_rest) or (
            opens and (_has_title(rest) or _has_org(rest) or _CELL_AFTER.match(line, rng.span[1]))
        ) or (closes and (_has_title(rest) or _has_org(rest))):
            # A range, a line that is only "depuis mars 2022" (and the contract: "Depuis mars
            # 2021 · CDI"), or one that opens with it:
            # "seit 04/2019 | Senior Machine Learning Engineer, Siemens Healthineers", "seit
            # 08/2018 | **Fachkraft für Lagerlogistik**" (the job in a cell of its own)
            ranged.append(i)
        else:
            since.append(i)
    return ranged or since


def _closes_job(line: str, rng: DateRange, rest: str) -> bool:
    """A line that ends on its dates after a job title and one more part (the employer):
    "Acme – Data Engineer – depuis janvier 2021", "- **Title**, Employer — *2017 - 2019*"."""
    if line[rng.span[1] :].strip(" |·•()*_"):
        return False
    parts = [p for p in map(_trim, _split_outside_parens(_strip_marks(rest))) if p]
    return 2 <= len(parts) <= 4 and len(rest.split()) <= 12 and _has_title(rest)


def _only_contacts(line: str) -> bool:
    """A line of the person's contacts (e-mail, links, phone), no words of a job."""
    rest = without_contacts(line)  # "francesca.ferraro@example.com · github.com/fferraro"
    return not any(c.isalpha() for c in rest) and (rest != line or sum(map(str.isdigit, rest)) >= 7)

_CELL_AFTER = re.compile(r"\s*(?:\||\t|:\s)")
_CELL_BEFORE = re.compile(r"\s(?:\||·|•|\t)\s*$")
_DESCRIPTION = re.compile(r"\s[—–]\s|:\s|;\s")


def header_part(line: str) -> str:
    """A header without the description run onto it: "Data Analyst · Daraz, Karachi — pricing
    analytics, SQL on Hive" -> "Data Analyst · Daraz, Karachi"."""
    for match in _DESCRIPTION.finditer(line):
        after = line[match.end() :]
        if len(after.split()) >= 5 and len(line[: match.start()].split()) >= 2:
            return line[: match.start()].strip()
    return line


_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|my|we|our|ich|je|j'ai|yo|eu|ja|я|eu|tôi|saya|aku|"
    # the verb says who it is where the pronoun is dropped: "Fui analista…", "Pracowałem w…"
    r"sou|fui|trabalho|trabalhei|atuei|soy|trabajo|trabajé|jestem|byłem|byłam|pracuję|"
    r"pracowałem|pracowałam|suis|étais|travaille|travaillé|bin|war|arbeite|arbeitete|sunt|"
    r"lucrez|am lucrat|працюю|працював|працювала|був|була|работаю|работал|работала|был|была|"
    r"начинал|начинала|починав|починала|"
    r"lavoro|lavoravo|ho lavorato|sono stat[oa]|mi occupo|ho|"
    # Turkish puts the person in the verb's ending: "çalışıyorum", "çalıştım", "görev yaptım"
    r"\w+[ıiuü]yorum|\w+[dt][ıiuü]m)\b",
    re.IGNORECASE,
)


def first_person(text: str) -> bool:
    """The text speaks of its writer: "I", "я", or a verb whose ending says so ("çalıştım")."""
    return bool(_FIRST_PERSON.search(text))


def _ranged(line: str) -> bool:
    """A line holding a date range, or one date with its duration ("2015 (8 mois)"); a "since
    2022" inside a header line does not count."""
    if RANGE_RE.search(line) is not None:
        return True
    rng = find_range(line)
    return rng is not None and rng.end == rng.start


# "Mission chez BNP Paribas via Capgemini", "Client: Allianz", "Proyecto para Iberdrola".
_ASSIGNMENT = re.compile(
    rf"(?:{alternation(contract_words.ASSIGNMENTS)})(?:\s*:|\s+(?:"
    rf"{alternation(contract_words.ASSIGNMENT_LINKS)})\s)",
    re.IGNORECASE,
)


def _header_candidate(line: str) -> bool:
    stripped = line.strip()
    if not stripped or is_bullet(line) or len(stripped) > 120 or _only_contacts(stripped):
        return False  # "francesca.ferraro@example.com · +39 ...": the person's contacts
    if _shouted_heading(stripped) and _names_section(stripped):
        return False  # "EXPERIENCIA PROFESIONAL", not "DHL SUPPLY CHAIN" (an employer)
    if _DURATION.fullmatch(stripped):
        return False
    # A sentence ends in a full stop; a company may too ("Acme Ltd.", "Sp. z o.o.").
    sentence = re.search(r"([^\W\d_]{4})\.$", stripped)  # any script: "код-ревью."
    return not (sentence and sentence.group(1).islower()) or any(
        m.end() >= len(stripped) - 1 for m in _ORG_SUFFIX.finditer(stripped)
    )  # fmt: skip


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
        if not _header_candidate(lines[i]) or _ranged(lines[i]):
            break
        if not named and _place_line(lines[i]):
            # "Data Scientist" / "Alan" / "CDI · Paris" / "janv. 2022 - aujourd'hui": the city
            # and the contract between the employer and the dates
            claimed.append(i)
            i -= 1
            continue
        if _ACTION.match(_strip_marks(lines[i])) and not (
            _isolated(lines, i, floor) and _has_title(lines[i]) and len(lines[i].split()) <= 6
        ):
            break  # "Worked on banking apps": the last line of the job above (a French
            # "Responsable d'exploitation" alone under a blank line is a title)
        known = " ".join([rest, *(lines[j] for j in claimed)])
        has_title, has_org = _has_title(known), _has_org(known)
        if named and (
            (has_title and has_org)
            or len(lines[named[-1]].split()) > 12
            or (
                len(lines[i].split()) > 8
                and not names_employer(lines[i])
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
        if not named and len(rest.split()) >= 3 and has_title and (
            _has_title(lines[i]) or not _isolated(lines, i, floor)
        ) and not _employer_at_place(lines[i]):
            break  # "ML Engineer - Acme, 2024 to now" with a bullet of the last job above
        claimed.append(i)
        named.append(i)
        i -= 1
    return sorted(claimed) if named else []


def _place_line(line: str) -> bool:
    """A header line that only says where and how the job was held: "Stryków, Polska", "CDI ·
    Paris", "Alternance · Paris", "Lévis (QC)"."""
    text = _strip_marks(line)
    parts = [p for p in map(_trim, _split_outside_parens(text)) if p]
    if len(parts) <= 1 or (_is_place(text) and not any(_names_town(p) for p in parts)):
        return _is_place(text)  # "Stryków, Polska": a town the table lacks, in its country
    # Every part where one names a town: in "Italcementi – Bergamo", "Elm Company, Riyadh" the
    # other part is the employer.
    return any(_is_place(p) for p in parts) and all(
        _is_place(p) or _CONTRACT_PART.fullmatch(p) or _ARRANGEMENT.fullmatch(p)
        or _LOCATION_HINT.fullmatch(p) or _PLACEMENT_WORDS.fullmatch(p)
        for p in parts
    )  # fmt: skip


def _names_town(part: str) -> bool:
    """A place that is more than a country: "Bergamo", "Riyadh", not "Polska"."""
    return _is_place(part) and country_code(part) is None


def _employer_at_place(line: str) -> bool:
    """"Wave Mobile Money – Dakar" above "Chargée de reporting | Avril 2019 – décembre 2021":
    an employer and its town, no job title, heading the job below."""
    parts = [p for p in map(_trim, _split_outside_parens(_strip_marks(line))) if p]
    return len(parts) >= 2 and _is_place(parts[-1]) and not _has_title(line)


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
        and (is_bullet(previous) or previous.endswith((".", "!", ";")))
        and not is_bullet(lines[i])
        and line[:1].isupper()
        and len(line.split()) <= 6
        and not line.endswith((".", ",", ";", ":"))
        and line.count("(") == line.count(")")  # "LangChain)": a bullet wrapped in brackets
    )


def _over_bullets(lines: list[str], i: int) -> bool:
    """A short line between a dated title and the job's bullets: its employer ("09/2019 –
    05/2021 | Tester" / "FPT Software Đà Nẵng – dự án khách hàng Nhật" / "- Thực hiện test")."""
    following = next((line for line in lines[i + 1 :] if line.strip()), "")
    line = _strip_marks(lines[i])
    return (
        is_bullet(following)
        and len(line.split()) <= _EMPLOYER_LINE_WORDS
        and not line.endswith((".", ";", ":"))
        and not _FIRST_PERSON.search(line)
    )


_EMPLOYER_LINE_WORDS = 10


def _header_below(lines: list[str], anchor: int, limit: int) -> list[int]:
    rng = find_range(lines[anchor])
    rest = _without_span(_strip_range(lines[anchor], rng) if rng else lines[anchor])
    if len(rest.split()) >= 3:
        # "06/2015–12/2019 | Senior QA Engineer" / "Ciklum, Kharkiv (Ukraine)": the employer below
        nxt = anchor + 1
        if not (
            nxt < limit
            and _header_candidate(lines[nxt])
            and not _ranged(lines[nxt])
            and not _ACTION.match(_strip_marks(lines[nxt]))
            and len(lines[nxt].split()) <= 8
        ):
            return []
        below = lines[nxt]
        if not _has_org(rest) and (
            (_has_title(rest) and (_has_org(below) or not _has_title(below)))
            or (names_employer(below) and not _has_title(below))
        ):
            # "seit 08/2018 | Fachkraft für Lagerlogistik" / "DACHSER SE, Niederlassung Dortmund"
            return [nxt]
        if (
            # "03/2021 - nay | Công ty CP Thế Giới Di Động" / "Nhân viên kinh doanh": title below
            _has_org(rest)
            and not _has_title(rest)
            and _has_title(below)
            and not _has_org(below)
            and not _LABELLED.match(below)  # "Vị trí: Kế toán": the labelled title's rule
        ):
            return [nxt]
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
        ):
            break
        known = " ".join([rest, *(lines[j] for j in claimed)])
        if claimed and ((_has_title(known) and _has_org(known)) or len(lines[i]) > 80):
            break
        if len(lines[i]) > 100 or (claimed and _has_title(lines[i]) and _has_title(known)):
            break
        claimed.append(i)
    return claimed


_ORG_SUFFIX = re.compile(
    rf"(?:\b{LEGAL_FORM}(?!\w)"
    r"|\b(?:corporation|company|group|grupo|groupe|gruppe|grupa|labs?|technologies|solutions|consulting|bank|banco|"
    r"bancorp|credit union|university|universidad|universidade|universitat|uniwersytet|"
    r"université|universität|universitas|institute|instituto|hospital|clinic|foods|ventures|"
    r"studio|agency|partners|holdings|limited|ministry|government|council|school|college|"
    r"fundação|fundación|fundacja|stiftung|npo|ngo)\b"
    rf"|\b{LEGAL_FORM_BEFORE}(?=\s+\S)"  # "PT Cendana", "ТОВ «Епіцентр К»"
    r"|\bNg[âa]n h[àa]ng\b|\bT[ậa]p đo[àa]n\b|\bTap doan\b)",
    re.IGNORECASE,
)


# Lines that tell what someone did, not what the job was called.
_ACTION = re.compile(
    r"(?:worked|working|built|developed|designed|led|managed|created|implemented|responsible|"
    r"delivered|maintained|improved|reduced|migrated|wrote|supported|handled|trained|"
    r"deployed|owned|ran|shipped|analy[sz]ed|collaborated|participated|involved|"
    # (not the people who do it: "Desarrolladora Big Data", "Розробник", "Entwicklerin")
    r"desarroll(?!ador)\w+|trabaj\w+|implement\w+|responsable|desenvolv(?!edor)\w+|trabalh\w+|"
    r"odpowiedzialn\w+|tworzenie|rozwój|wdroż\w+|розроб(?!ник)\w+|відповідал\w*|"
    r"dezvolt(?!ator)\w+|développ(?!eu)\w+|conception|mise en|entwickl(?!er)\w+|verantwortlich|"
    r"betreuung|phát triển|"
    r"chịu trách nhiệm|mengembangkan|bertanggung)\b",
    re.IGNORECASE,
)


_EDUCATION = re.compile(
    r"\b(?:bachelor\w*|master\w*|b\.?\s?sc|m\.?\s?sc|b\.?\s?e\b|b\.?\s?tech|m\.?\s?tech|mba|ph\.?\s?d|"
    r"doctorate|diploma|degree|licenciatur\w*|licenciad\w*|grado en|maestr[íi]a|máster|"
    r"doutorado|mestrado|bacharel\w*|graduação|pós-graduação|magister\w*|licencjat|studia|"
    r"бакалавр\w*|магістр\w*|аспірантур\w*|licen[țt][ăa]|doctorat|dipl[ôo]me|licence|"
    r"baccalauréat|abitur|studium|diplom\w*|cử nhân|thạc sĩ|tiến sĩ|sarjana|s1|s2|"
    r"university|universidad|universidade|universitat|uniwersytet|університет|universitatea|"
    r"université|universität|hochschule|đại học|universitas|politechnika|politecnico|"
    r"polytechnic|college|school|liceum|ліцей|liceo|colegio|lycée|gymnasium|institut[eo]? of)\b",
    re.IGNORECASE,
)


def is_education(entry: Entry) -> bool:
    """An entry about study, not work: a degree or a school, and no job title."""
    header = f"{entry.title} {entry.organization or ''} {entry.header}"
    return bool(_EDUCATION.search(header)) and not TITLE_HEADS.search(entry.title)


_SHOUTED_HEADING = re.compile(r"[^\W\d_a-zß]{3,}(?:[ &/-]+[^\W\d_a-zß]+){0,3}:?")


def _shouted_heading(line: str) -> bool:
    """A few words in capitals ("EXPERIENCIA PROFESIONAL", "ДОСВІД РОБОТИ"); a name in lower
    case letters of another script ("Київстар") is none."""
    return bool(_SHOUTED_HEADING.fullmatch(line)) and line == line.upper()


_SECTION_PHRASES = frozenset(fold(p) for _, phrases in HEADINGS for p in phrases)


def _names_section(line: str) -> bool:
    """A line whose words are a section's heading, or hold one ("EXPERIENCIAS LABORALES
    RECIENTES")."""
    folded = " ".join(fold(line).strip(" :").split())
    words = folded.split()
    return folded in _SECTION_PHRASES or any(
        (phrase in folded) if " " in phrase else (phrase in words) for phrase in _SECTION_PHRASES
        if len(phrase) >= 4
    )


def _has_title(text: str) -> bool:
    return bool(TITLE_HEADS.search(text) or _TITLE_WORDS.search(text)) or has_title_word(text)


def _has_org(text: str) -> bool:
    return has_org(text) or bool(re.search(r"\s(?:at|@)\s", text))


def has_org(text: str) -> bool:
    """Words that make a phrase a company's name ("GRUPO ÉXITO", "Acme Ltd", "Banco do Brasil")."""
    return bool(_ORG_SUFFIX.search(text))


# "Thời gian:", "Période :", "Okres:" before a date range: the field's name, no employer.
_DATE_LABEL = re.compile(r"[\W_]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s?:\s*")


def _without_span(text: str) -> str:
    """A date line's words without how long the job lasted ("(3 ans)", "Stage de 6 mois")."""
    return _DURATION.sub(" ", _STATED_DURATION.sub(" ", text))


def _strip_range(line: str, rng: DateRange) -> str:
    before = line[: rng.span[0]]
    if (
        _DATE_LABEL.fullmatch(before) and not has_org(before) and before != before.upper()
        and not _has_title(before)  # "Data Engineer: Feb 2018 – Aug 2021" names the job
    ):
        before = ""
    cut = before + " " + line[rng.span[1] :]
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
        line = _without_span(line) if rng is not None else line
        # "andres.gomez.dev@example.co Desarrollador Senior": a two-column PDF's contact column
        # run into the job's line
        texts.append(_strip_marks(without_contacts(line)))
    texts = [t for t in texts if t.strip(" -–—|,")]
    if len(texts) >= 2 and (
        texts[0].count("(") > texts[0].count(")")
        or (
            len(texts[0]) >= 75 and len(texts[1].split()) <= 2 and not _TITLE_WORDS.search(texts[1])
        )
    ):
        texts = [f"{texts[0]} {texts[1]}", *texts[2:]]  # one header wrapped onto a second line
    entry = Entry(header=" | ".join(texts), start=start, end=end, body=body)
    told = job_in_sentence(header_lines[0]) if len(texts) == 1 and _is_sentence(texts[0]) else None
    employer = _employer_line(texts)
    if told is not None and told.title and told.organization:
        # "Comecei como estagiária de planejamento no Grupo Pão de Açúcar, de jan/2018 a ...":
        # a dated sentence, read as prose.
        entry.title, entry.organization = told.title, told.organization
    elif employer is not None:
        # "DHL SUPPLY CHAIN" / "Mozo de almacén" / "De 2017 a 2021": the line in capitals (or
        # with a legal form) is the employer, the other lines say the job.
        _fill_title_org(entry, [t for i, t in enumerate(texts) if i != employer])
        employer_text = _EMPLOYER_LABEL.sub("", texts[employer])
        parts = [p for p in map(_trim, _split_outside_parens(employer_text)) if p]
        entry.organization = parts[0][:200]
        places = [p for p in parts[1:] if _is_place(p)]
        entry.location = places[0][:120] if places else entry.location
    else:
        _fill_title_org(entry, texts)
    described = [line for line in header_lines if _DESCRIBED_TITLE.search(line)]
    if described:
        # "Software engineer with 3 years in Python and Django at Infosys (2021 - present)":
        # the header is a sentence; its words are the job's evidence too.
        entry.body = [*(_strip_marks(line) for line in described), *body]
    entry.title = _DESCRIBED_TITLE.split(entry.title, maxsplit=1)[0].strip() or entry.title
    return entry


_LABELLED = re.compile(r"[^:|]{1,25}:\s")


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
    if not head or _CONTRACT_WORDS.fullmatch(head):
        return False
    if has_org(head):  # a title word inside a company's name: "CONG TY ... KY THUAT SO FPT"
        return not (TITLE_HEADS.search(head) or _TITLE_WORDS.search(head))
    letters = [c for c in head if c.isalpha()]
    shouted = len(letters) >= 3 and all(c.isupper() for c in letters)
    return shouted and not _has_title(head) and not _names_section(head)


def _is_sentence(text: str) -> bool:
    """A header written as a sentence: eight words or more, a lower-case one among the first
    three ("Comecei como estagiária ...", not "Senior Data Engineer | Acme")."""
    words = text.split()
    return len(words) >= 8 and any(w[:1].islower() for w in words[1:3])


# What follows a title when a header is written as a sentence: "Engineer with 3 years in ...".
_DESCRIBED_TITLE = re.compile(
    r"\s(?:with|using|specialising in|specializing in|experienced in|working on|focused on)\s",
    re.IGNORECASE,
)


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


# "Firma: Brainly, Kraków (zdalnie)" under a title: the label is not the employer's name.
_EMPLOYER_LABEL = re.compile(
    r"^\s*(?:firma|pracodawca|company|employer|entreprise|employeur|société|empresa|azienda|"
    r"datore di lavoro|arbeitgeber|unternehmen)\s*:\s*",
    re.IGNORECASE,
)
# "Poste : Conducteur SPL (CDI)" under the employer's line: the label is not the title's.
_TITLE_LABEL = re.compile(
    r"^\s*(?:poste(?: occupé)?|fonction|intitulé du poste|position|job title|title|role|"
    r"puesto|cargo|função|stanowisko|posada|посада|vị trí|chức vụ|posisi|jabatan|"
    r"funcția|funcție|ruolo|posizione|pozisyon|görev|unvan)\s*:\s*",
    re.IGNORECASE,
)
_EMPLOYER_SPLIT = re.compile(r"\s(?:at|@)\s", re.IGNORECASE)
# Employer words of other languages split a header only after a job title ("Inżynier ML w Allegro").
_FOREIGN_EMPLOYER_SPLIT = re.compile(
    r"\s(?:en|em|w|bei|chez|tại|di|à la|au|la|в|у|na|presso)\s"
)


def _fill_title_org(entry: Entry, header_texts: list[str]) -> None:
    labelled = [t for t in header_texts if _TITLE_LABEL.match(t)]
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
    for text in (_TITLE_LABEL.sub("", _EMPLOYER_LABEL.sub("", t)) for t in header_texts):
        placed = _PLACEMENT_AT.fullmatch(text)
        if placed:  # "Industrial Attachment: Kenya Power, Kisumu": the placement, then where
            parts.append(placed.group(1))
            text = placed.group(2)
        pieces = _EMPLOYER_SPLIT.split(text, maxsplit=1)
        if len(pieces) == 1:
            foreign = _FOREIGN_EMPLOYER_SPLIT.split(text, maxsplit=1)
            if (
                len(foreign) == 2 and _has_title(foreign[0]) and foreign[1][:1].isupper()
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
            parts += [p.replace("\3", ", ").strip() for p in _split_outside_parens(kept)]
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


_PLACEMENT_AT = re.compile(rf"((?:{_PLACEMENT_WORDS.pattern}))\s*:\s+(\S.*)", re.IGNORECASE)
_TITLE_GOES_ON = re.compile(
    r",\s+(?=[a-zà-öø-ÿ])(?!(?:remote|hybrid|on-?site|full|part|contract|freelance|permanent|"
    r"temporary|internship|télétravail|stage|alternance|intérim|zdalnie|remoto)\b)"
)
# How the job was worked, not where or for whom: "(remote, full-time)".
_ARRANGEMENT = re.compile(
    r"(?:(?:fully |100% )?remote(?:ly)?|hybrid|on-?site|full[- ]time|part[- ]time|contract|"
    r"freelance|permanent|temporary|internship|[\s,/;&+]|and|or)+",
    re.IGNORECASE,
)


# "CDI", "CDD puis CDI", "Stage de 6 mois", "umowa o pracę": how the job was held.
_CONTRACT_PART = re.compile(
    rf"(?:{_STATED_DURATION.pattern}|{_CONTRACT_WORDS.pattern}"
    rf"|\s+|[,/;&+]|(?:{alternation(contract_words.CONTRACT_JOINERS)}){NOT_LETTER_AFTER})+",
    re.IGNORECASE,
)


def _labelled_parts(text: str) -> list[str]:
    text = _TITLE_LABEL.sub("", _EMPLOYER_LABEL.sub("", text))
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


_WEAK_HEADS = re.compile(
    r"\b(?:contractor|freelancer|freelance|consultant|member|owner|partner|volunteer|"
    r"independent|self-employed)\b",
    re.IGNORECASE,
)


def _title_score(part: str) -> float:
    heads: float = max(len(TITLE_HEADS.findall(part)), title_word_count(part))
    heads -= len(_WEAK_HEADS.findall(part)) / 2
    words = len(_TITLE_WORDS.findall(part))
    org = 2 if _ORG_SUFFIX.search(part) else 0
    # "Stage comunicazione", "Internship – Marketing": a placement and what it was in
    placement = 1 if _PLACEMENT_WORDS.match(part) else 0
    return 2 * heads + words + placement - org


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


def _strip_marks(line: str) -> str:
    return re.sub(r"^#+\s*|\*\*|__|`", "", BULLET_RE.sub("", line)).strip()


# A year alone on its line, as hh.ru sets the year a study or a course ended above it.
_YEAR_LINE = re.compile(r"\s*(?:19[5-9]\d|20\d\d)\s*")


def split_year_led(lines: list[str]) -> list[Entry] | None:
    """Studies or courses each led by a year alone on its line, as hh.ru writes them: "2016" /
    "Московский физико-технический институт" / "Факультет инноваций и высоких технологий,
    Прикладная математика и информатика" is one entry (ended that year), not three. The level
    hh.ru writes once above the first year ("Высшее", "Магистр") stays with the first entry.
    None when no line is a year alone."""
    years = [i for i, line in enumerate(lines) if _YEAR_LINE.fullmatch(line)]
    if not years:
        return None
    above = [line.strip() for line in lines[: years[0]] if line.strip()]
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
