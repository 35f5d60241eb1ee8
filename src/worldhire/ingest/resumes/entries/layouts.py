"""Job lines as exports and tables lay them out, rewritten into the order the header reader
knows: hh.ru's blocks, a table row of dates, job and duties, a range broken after its dash."""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import alternation
from worldhire.ingest.lexicon.job_fields import PLACE_LABELS
from worldhire.ingest.resumes.entries.entry import _strip_marks, is_bullet
from worldhire.ingest.resumes.entries.job_dates import _strip_range, find_range
from worldhire.ingest.resumes.entries.words import _CONTRACT_PART, _DURATION, _has_org, _has_title
from worldhire.ingest.resumes.prose import PLACEMENT_WORD as _PLACEMENT
from worldhire.ingest.shared.dates import find_dates
from worldhire.ingest.shared.sentences import ends_on_abbreviation

# "Endava Romania SRL Oraș: Iași | Țară: România": the employer, then its labelled city and
# country (the new Europass form)
_LABELLED_PLACE = re.compile(
    rf"(?P<name>\S.*?)\s+(?:{alternation(PLACE_LABELS)})\s*:\s*(?P<city>[^|:]+?)"
    rf"(?:\s*\|\s*(?:{alternation(PLACE_LABELS)})\s*:\s*(?P<country>[^|:]+?))?\s*",
    re.IGNORECASE,
)


def europass_place_lines(lines: list[str]) -> list[str]:
    """Lines with an employer's labelled city and country written as its place after a comma
    ("Endava Romania SRL, Iași, România"), as the header reader knows an employer's line."""
    out = []
    for line in lines:
        match = None if is_bullet(line) else _LABELLED_PLACE.fullmatch(line.strip())
        if match is None:
            out.append(line)
            continue
        out.append(", ".join(p for p in (match["name"], match["city"], match["country"]) if p))
    return out


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


# LinkedIn's profile page copied as text parts the facts of one line with a middle dot:
# "Mphasis · Full-time", "Full-time · 4 yrs 2 mos", "Apr 2023 - Present · 1 yr 11 mos".
_DOT = re.compile(r"\s+·\s+")
# The alt text of an employer's logo, copied above its name: "Careem logo", "Logotipo da Nubank".
_LOGO = re.compile(
    r"^(?:logo(?:tipo)?\s+(?:d[aeo]s?\s+|del\s+)?(?P<after>.+)|(?P<before>.+?)\s+logo)$",
    re.IGNORECASE,
)


def dotted_profile_lines(lines: list[str]) -> list[str]:
    """A profile page pasted as text, in the lines the header reader knows: a logo's alt text
    above the employer it shows is dropped, and the parts of a dotted line that only say how
    long a job lasted ("2 yrs 3 mos") leave it, as do those that say how it was held
    ("Full-time", "Internship") after an employer's legal form or a title, so "Infosys Ltd ·
    Full-time" is the employer and "Full-time · 4 yrs 2 mos" the duration under a group of
    roles."""
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        logo = _LOGO.match(stripped)
        if logo is not None:
            shown = logo.group("after") or logo.group("before")
            following = next((x.strip() for x in lines[i + 1 : i + 4] if x.strip()), "")
            if shown and fold(following).startswith(fold(shown)):
                continue
        parts = _DOT.split(stripped)
        if len(parts) < 2 or is_bullet(line):
            out.append(line)
            continue
        held = [bool(_CONTRACT_PART.fullmatch(p) or _PLACEMENT.fullmatch(p)) for p in parts]
        lasted = [bool(_DURATION.fullmatch(p)) for p in parts]
        facts = all(h or d for h, d in zip(held, lasted, strict=True))
        if _CONTRACT_PART.fullmatch(parts[0]) and facts:
            # "Full-time · 4 yrs 2 mos" under an employer: the duration of its group of roles.
            out += [p for p, d in zip(parts, lasted, strict=True) if d][:1]
            continue
        # "Kaduna Electric · Internship": a bare name keeps how the job was held, which says
        # the name is the employer's (a legal form or a title says what "Interswitch Group"
        # or "Data Analyst" is)
        bare_name = not (_has_org(parts[0]) or _has_title(parts[0]) or held[0] or lasted[0])
        kept = [
            p for n, p in enumerate(parts)
            if n == 0 or not (lasted[n] or (held[n] and not bare_name))
        ]  # fmt: skip
        out.append(" · ".join(kept) if len(kept) < len(parts) else line)
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
# ...", "ПриватБанк, Data Scientist: моделі ...", "Data Engineer; pipelines ...", French's
# spaced colon before the work in lower case ("Stagiaire PFE : conception d'une carte"; before a
# capital it labels: "Poste : Technicien").
CELL_DESCRIPTION = re.compile(
    r"(?<=[\w»”\")])(?:[:;]|\.(?=\s+[^\W\d_a-z]))\s+|\s;\s|\s:\s+(?=[^\W\d_A-ZÀ-ÖØ-Þ])"
)

_HEAD_CELL_WORDS = 6


def description_cut(cell: str) -> re.Match[str] | None:
    """Where a cell's head ends and what was done begins (`CELL_DESCRIPTION`); an abbreviation's
    full stop ends no head: "Rohde & Schwarz GmbH & Co. KG, München", "Sp. z o.o. Kraków"."""
    return next(
        (m for m in CELL_DESCRIPTION.finditer(cell)
         if not (m.group().startswith(".") and ends_on_abbreviation(cell[: m.start()]))),
        None,
    )  # fmt: skip


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
        # a dash parts the title from the work only beside a cell already read as a head
        # (the employer's): "Title — Employer, Town | dates" is one head
        dash = _title_dash_cut(cell) if len(header) > 1 else None
        cut = min(
            (m for m in (description_cut(cell), dash) if m is not None),
            key=lambda m: m.start(), default=None,
        )  # fmt: skip
        head, rest = (cell[: cut.start()], cell[cut.end() :]) if cut else (cell, "")
        next_cut = description_cut(rest)
        post = rest[: next_cut.start()] if next_cut else rest
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


_CELL_DASH = re.compile(r"\s+[—–-]\s+")


def _title_dash_cut(cell: str) -> re.Match[str] | None:
    """Where a cell too long to be a head parts its title from what was done at a dash, as a
    profile README's "What" column writes it ("Data Engineer — Airflow pipelines for an
    insurer, dbt models on BigQuery"); a dash before an employer ("Analyst – Acme Labs, ...")
    parts no work."""
    if len(cell.split()) <= _HEAD_CELL_WORDS:
        return None
    dash = _CELL_DASH.search(cell)
    if dash is None:
        return None
    head, rest = cell[: dash.start()], cell[dash.end() :]
    short = len(head.split()) <= _HEAD_CELL_WORDS
    employer = _has_org(head) or _has_org(rest.split(",")[0])
    return dash if short and _has_title(head) and not employer else None


# "Renault Maroc – ingénieur méthodes (2018-2020), puis responsable amélioration continue
# (2020-2021)", "PT Indomaret — Kasir (Juni 2017 – Mei 2019), kemudian Kepala Toko (Juni 2019 –
# Februari 2021)": one employer, two posts each dated in brackets, told one after the other.
_THEN_POSTS = re.compile(
    r"(?P<head>.*?)(?P<first>[^\s()–—|,;:][^()–—|;:]*?)\s*\((?P<r1>[^()]+)\)\s*,?\s*"
    r"(?:(?:and\s+)?(?:then|later)|puis|ensuite|apoi|luego|después|dann|danach|potem|następnie|"
    r"kemudian|lalu|sau đó|rồi|потім|затем)\s+"
    r"(?P<second>[^()]+?)\s*\((?P<r2>[^()]+)\)\s*\.?\s*",
    re.IGNORECASE,
)


def unfold_then_lines(lines: list[str]) -> list[str]:
    """`unfold_then` on each line, and on a line joined with the next where a PDF wrapped the
    second post's dates onto a line of their own ("..., kemudian Kepala Toko" / "(Juni 2019 –
    Februari 2021)")."""
    out: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        unfolded = unfold_then(line)
        if len(unfolded) == 1 and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("("):
            joined = unfold_then(f"{line.rstrip()} {lines[i + 1].strip()}")
            if len(joined) == 2:
                unfolded, skip = joined, True
        out += unfolded
    return out


def unfold_then(line: str) -> list[str]:
    """A line telling two posts at one employer, each with its dates in brackets, as two lines
    that share the employer; other lines as they are."""
    if line.count("(") < 2:
        return [line]  # most lines: no need to try the pattern
    match = _THEN_POSTS.fullmatch(line)
    if match is None or find_range(match["r1"]) is None or find_range(match["r2"]) is None:
        return [line]
    head = match["head"]
    outer = find_range(head)
    if outer is not None:  # "2018 - 2021 : Renault Maroc – ...": the employer's own span
        head = head[: outer.span[0]] + head[outer.span[1] :]
    employer = head.strip(" -–—|,:;•*")
    at = f" – {employer}" if employer else ""
    return [f"{match['first']}{at} ({match['r1']})", f"{match['second']}{at} ({match['r2']})"]


def _is_date_cell(cell: str) -> bool:
    """A cell that holds a date range and little else ("Tháng 3/2021 – nay", "2016 - 2018
    (2 ans)")."""
    rng = find_range(cell)
    if rng is None:
        return False
    rest = re.sub(r"\([^()]*\)", " ", _DURATION.sub(" ", _strip_range(cell, rng)))
    return len(rest.split()) <= 1
