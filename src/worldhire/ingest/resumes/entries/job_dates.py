"""The dates of an entry's line: a written range, or one date with how long the job lasted; and
the line without them."""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import alternation, cue_pattern
from worldhire.ingest.lexicon.degrees import DEGREES
from worldhire.ingest.lexicon.job_fields import JOB_FIELDS
from worldhire.ingest.resumes.entries.words import (
    _CONTRACT_WORDS,
    _DURATION,
    _DURATION_IN,
    _EDUCATION,
    _FIRST_PERSON,
    _PLACEMENT_WORDS,
    _STATED_DURATION,
    CONTRACT_LABEL,
    _has_title,
    has_org,
)
from worldhire.ingest.shared.dates import RANGE_RE, DateRange, find_dates
from worldhire.ingest.shared.dates import find_range as find_written_range


def find_range(line: str) -> DateRange | None:
    """The date range of an entry's line: a written range ("De 2016 à 2019", "Từ 05/2019 đến
    nay"), or one date with how long the job lasted, a job within that year ("2015 (8 mois)",
    "Stage de 6 mois – 2018", "Summer 2018 (3 months)", "6 mois en 2018", "lato 2017"): it starts
    and ends that date."""
    written = find_written_range(line)
    if written is None and _year_job(line):
        dates = find_dates(line)
        if dates and dates[0].span[0] <= len(line) - len(line.lstrip(" \t-•*▪·")):
            return DateRange(dates[0].value, dates[0].value, dates[0].span)
    if written is None:
        closing = _YEAR_CLOSING.search(line)
        before = line[: closing.start()] if closing else ""
        # a line of cells ("Thực tập sinh kế toán · Công ty TNHH Kiểm toán Deloitte Việt Nam ·
        # 2016") is no sentence, however many words (or a language's syllables) its cells hold
        most = _SENTENCE_WORDS if _CELLS.search(before) else _CLOSED_WORDS
        if closing is None:
            closing = _YEAR_BRACKETED.search(line)
            before = line[: closing.start()] if closing else ""
            # a year in brackets closes a degree as often as a job: only after a post and the
            # employer it was held at ("Tutor — Faculty of Physics, University of Nairobi")
            if closing is not None and (_DEGREE.search(before) or not _CELLS.search(before)):
                closing = None
        if (
            closing is not None and len(before.split()) <= most
            and (
                _has_title(before) or _PLACEMENT_WORDS.search(before)
                or CONTRACT_LABEL.match(before.lstrip("-–•*▪· "))
            )
            and not _FIRST_PERSON.search(before)
            and not _CERTIFICATE.search(before)
        ):
            year = find_dates(closing.group(1))[0].value
            return DateRange(year, year, closing.span(1))
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
        or _SEASON.search(line[:start]) or _DURATION_FIRST.fullmatch(line[:start])
    )
    words = len(re.findall(r"[^\W\d_]{2,}", _CONTRACT_WORDS.sub(" ", _without_span(rest))))
    if stated is None or words > _ONE_DATE_WORDS or _FIRST_PERSON.search(rest):
        return None
    return DateRange(dates[0].value, dates[0].value, dates[0].span)


_ONE_DATE_WORDS = 5
# "3 bulan, 2016", "6 months – 2019": how long, then the year it was in, opening the line, after
# the field's label or not ("Duration: 6 months, 2017").
_PERIOD_LABEL = rf"(?:(?:{alternation(JOB_FIELDS['period'])})\s*:\s*)?"
_DURATION_FIRST = re.compile(
    rf"\s*[-•*▪·]?\s*{_PERIOD_LABEL}{_DURATION.pattern}\s*[,–—-]?\s*", re.IGNORECASE
)

# "Job d'été : employé polyvalent – McDonald's – 2018", "Stage pratique — 2016", "Réceptionniste
# (CDD), 2017", "NSIA Banque · Stagiaire · 2017", "**Stage**, Hôpital Laquintinie — *2016*": a job
# title closed by the one year the job was in (after a dash, a comma, a bar or a middle dot, in
# Markdown emphasis or not; a year in brackets is as often a degree's).
_YEAR_CLOSING = re.compile(
    r"(?:\s[–—-]|,|\s[|·•])\s*[*_]{0,2}((?:19|20)\d\d)[*_]{0,2}\s*(?:\([^()]{1,30}\))?\s*$"
)
# "Tutor — Faculty of Physics, University of Nairobi (2019)": the year alone in brackets
_YEAR_BRACKETED = re.compile(r"\s\(\s*((?:19|20)\d\d)\s*\)\s*$")
_DEGREE = cue_pattern((), DEGREES)
_CLOSED_WORDS = 12
_SENTENCE_WORDS = 16
# A bar, a middle dot or a spaced dash between a line's cells
_CELLS = re.compile(r"\s[|·•—–]\s")

# "AWS Certified Solutions Architect – Associate, 2022", "Chứng chỉ Kế toán trưởng – Bộ Tài
# chính, 2022": a certificate named with the year it was earned, in whatever section the
# writer put it, is no job even though a title word is in its name.
_CERTIFICATE = re.compile(
    r"(?<!\w)(?:certifi(?:cate|cation|ed|é|ée|cat|cado|cação|care)|certyfikat\w*|zertifi\w*|"
    r"chứng chỉ|chứng nhận|sertifika\w*|сертифікат\w*|сертификат\w*)(?!\w)",
    re.IGNORECASE,
)

# "2016 : Stage de fin d'études – 6 mois chez Thales (Vélizy)", beside "2017-2019 : Data
# Scientist chez Orange (Paris)": a year, then a job held at an employer within it, named after a
# preposition or a comma ("2020 : Chargée d'études statistiques, ANSD", "2023 | Conseillère
# beauté, Sephora", "2018 : CDD de 6 mois a la SIB comme guichetier", "2019 : Stage au niveau de
# Djezzy"), "2018 (6 mois) : Stagiaire, Institut National de la Statistique" (how long in
# brackets after the year), "- 2018: Thực tập sinh tại Công ty Kiểm toán AASC" (Vietnamese "tại",
# at, its marks kept or not).
_YEAR_JOB = re.compile(
    rf"\s*(?:[-•*▪·]\s*)?(?:19|20)\d\d\s*(?:\(\s*{_DURATION.pattern}\s*\)\s*)?"
    r"(?:[:–—|]|\s-)\s+(?P<what>[^\W\d_][^.;]{2,80}?)"
    r"(?:\s(?:chez|at|bei|presso|à|a|au|aux|auprès|en|em|na|no|w|comme|as|tại|tai)\s+"
    r"(?:(?:la|le|les|l['’]|du|des|de\s+la|d['’]|niveau\s+d[eu']\s*)\s*)?|(?P<comma>,)\s*)"
    r"(?-i:[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)


def _year_job(line: str) -> bool:
    """A year, then a job at an employer (`_YEAR_JOB`) or a title in a cell of its own
    (`_YEAR_CELL`); a degree at its school is no job ("2016 : Diplôme d'ingénieur, Centrale
    Nantes", "2018 | Diplôme d'ingénieur en génie logiciel – INSAT")."""
    match = _YEAR_JOB.match(line)
    if match is not None:
        return not (match["comma"] and _EDUCATION.search(match["what"]))
    cell = _YEAR_CELL.fullmatch(line)
    return (
        cell is not None and len(cell["what"].split()) <= _CELL_TITLE_WORDS
        and (_has_title(cell["what"]) or bool(_PLACEMENT_WORDS.match(cell["what"])))
        and not _EDUCATION.search(cell["what"])
        # "2016 | Apprenti électricien (contrat": a cell cut inside its bracket is no whole title
        and cell["what"].count("(") == cell["what"].count(")")
    )  # fmt: skip


# "2018 | Poste : Stagiaire": a year, then the post (labelled or not) in a cell of its own
_YEAR_CELL = re.compile(r"\s*(?:[-•*▪·]\s*)?(?:19|20)\d\d\s*\|\s*(?P<what>[^\W\d_][^|]*?)\s*")
_CELL_TITLE_WORDS = 6

# A season just before the year: the job lasted a summer ("lato 2017", "Été 2015", "Summer 2018").
_SEASONS = (
    r"(?:summer|winter|spring|autumn|fall|été|hiver|printemps|automne|lato|zima|wiosna|jesień|"
    r"verano|invierno|primavera|otoño|verão|inverno|outono|sommer|frühling|herbst|estate|"
    r"autunno|vara|iarna|toamna|toamnă|літо|зима|лето)"
)

_SEASON = re.compile(rf"(?<![^\W\d_]){_SEASONS}\s+$", re.IGNORECASE)

_SEASON_YEAR = re.compile(rf"(?<![^\W\d_]){_SEASONS}\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _ranged(line: str) -> bool:
    """A line holding a date range, summers of several years ("Étés 2016 et 2017") included, or
    one date with its duration ("2015 (8 mois)"); a "since 2022" inside a header line does not
    count."""
    if RANGE_RE.search(line) is not None:
        return True
    rng = find_range(line)
    return rng is not None and rng.end is not None


# "Thời gian:", "Période :", "Okres:" before a date range: the field's name, no employer.
_DATE_LABEL = re.compile(r"[\W_]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s?:\s*")


def _without_span(text: str) -> str:
    """A date line's words without how long the job lasted ("(3 ans)", "Stage de 6 mois"),
    brackets that only held it included ("Doctorante (contrat de 3 ans)", "Enquêteur (mission
    de 4 mois)")."""
    return _DURATION.sub(" ", _STATED_DURATION.sub(" ", _BRACKETED_SPAN.sub(" ", text)))


# "(contrat de 3 ans)", "(mission de 4 mois)", "(PFE, 6 mois)": a bracket of at most three
# words before the span it ends with.
_BRACKETED_SPAN = re.compile(
    rf"\((?:[^\W\d_][\w'’]*[\s,]+){{0,3}}(?:de\s+|of\s+)?{_DURATION.pattern}\s*\)"
)


# Every field a job's lines label, folded: "Período", "Data", "Employer" are labels
_FIELD_LABELS = frozenset(fold(label) for labels in JOB_FIELDS.values() for label in labels)


def _capitalised_name(before: str) -> bool:
    """ "Magazine Luiza: " before the dates: two words or more, each capitalised, that no job
    field is called: the employer's name, not the dates' label ("Thời gian:", "Período :")."""
    words = before.strip(" :").split()
    return (
        len(words) >= 2 and all(w[:1].isupper() for w in words)
        and fold(" ".join(words)) not in _FIELD_LABELS
    )  # fmt: skip


def _strip_range(line: str, rng: DateRange) -> str:
    before = line[: rng.span[0]]
    if (
        _DATE_LABEL.fullmatch(before) and not has_org(before) and before != before.upper()
        and not _has_title(before)  # "Data Engineer: Feb 2018 – Aug 2021" names the job
        and not _capitalised_name(before)
    ):
        before = ""
    cut = before + " " + line[rng.span[1] :]
    cut = re.sub(r"\(\s*\)|\[\s*\]", " ", cut)
    return re.sub(r"^[\s|,–—\-:•·]+|[\s|,–—\-:•·(]+$", "", cut).strip()
