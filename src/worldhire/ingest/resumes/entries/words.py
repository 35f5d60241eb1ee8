"""The words that tell a header's parts apart: job titles, employers' names, contracts and
placements, how long a job lasted, sentences about work done, schools and degrees."""

from __future__ import annotations

import re

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation, cue_pattern
from worldhire.ingest.lexicon import contracts as contract_words
from worldhire.ingest.lexicon import experience as experience_words
from worldhire.ingest.lexicon.companies import LEGAL_FORM, LEGAL_FORM_BEFORE
from worldhire.ingest.lexicon.degrees import DEGREES, SCHOOLS
from worldhire.ingest.lexicon.headings import HEADINGS
from worldhire.ingest.resumes.entries.entry import Entry
from worldhire.ingest.resumes.prose import PLACEMENT_WORD
from worldhire.ingest.resumes.prose_titles import TITLE_HEADS
from worldhire.ingest.resumes.title_words import has_title_word, title_word_count

_TITLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|developer|analyst|researcher|research|lead|manager|intern|internship|"
    r"consultant|architect|head|director|founder|co-founder|cto|ceo|vp|specialist|associate|"
    r"assistant|fellow|programmer|administrator|designer|officer|student|teaching|freelance|"
    r"freelancer|contractor|principal|staff|senior|junior|trainee|ml|ai|data|mlops|devops|sre|"
    r"technician|tutor|instructor|professor|lecturer|postdoc|phd|member|owner|partner)\b",
    re.IGNORECASE,
)

_LOCATION_HINT = re.compile(r"\b(?:remote|hybrid|onsite|on-site)\b", re.IGNORECASE)

_CONTRACT_WORDS = re.compile(
    rf"(?<!\w)(?:{alternation(contract_words.CONTRACTS)}){NOT_LETTER_AFTER}", re.IGNORECASE
)

# "(2 yrs 3 mos)", "8 mois", "3 роки": how long a job lasted, in the words of stated experience.
_DURATION = re.compile(
    rf"\(?\s*(?:\d+\s*(?:{alternation(experience_words.YEAR_WORDS + experience_words.MONTH_WORDS)})"
    r"\.?(?![^\W\d_])\s*){1,2}\)?",
    re.IGNORECASE,
)

_PLACEMENT_WORDS = PLACEMENT_WORD  # "stage", "internship": the words prose reads placements by
# A placement written as a line's label: the placement words, and those only the label makes one
# ("Practică: Primăria Municipiului Brașov · 2015")
_PLACEMENT_LABEL = re.compile(
    rf"{_PLACEMENT_WORDS.pattern}"
    rf"|(?<!\w)(?:{alternation(contract_words.PLACEMENT_LABELS)}){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)

# "Alternance : technicien réseaux – SNCF Réseau", "Mission d'intérim : câbleur", "Job d'été :
# employé polyvalent": how the job was held, written as a label before its title.
CONTRACT_LABEL = re.compile(
    rf"^\s*(?:mission\s+(?:d['’]\s?)?)?(?:(?P<contract>{_CONTRACT_WORDS.pattern})"
    rf"|{_PLACEMENT_LABEL.pattern})\s*:\s+(?=\S)",
    re.IGNORECASE,
)


# "Staf Gudang (Kontrak via PT Gunung Sewu Outsourcing)", "Analyst (contract through Hays)": a
# bracket after the title that says the job was held through an agency; the agency's legal
# form ("PT ...") names no employer of the job.
_CONTRACT_BRACKET = re.compile(
    rf"\s*\((?:{_CONTRACT_WORDS.pattern})[^()]*?(?<!\w)(?:via|through|thru|przez|melalui|prin|"
    rf"qua|über|por meio de|através de)\s[^()]*\)",
    re.IGNORECASE,
)


def without_contract_label(text: str) -> str:
    """A job's line without the contract written as its label ("Job d'été : employé
    polyvalent") or, with the agency, in a bracket after its title ("Staf Gudang (Kontrak via PT
    ...)"); a
    placement label stays where no title follows it, since the placement is then the job
    ("Industrial Attachment: Kenya Power, Kisumu")."""
    text = _CONTRACT_BRACKET.sub("", text)
    label = CONTRACT_LABEL.match(text)
    if label is None:
        return text
    rest = text[label.end() :]
    return rest if label.group("contract") or _has_title(rest) else text

# "6 mois en 2018", "3 months in 2019": how long, then the year it was in.
_DURATION_IN = re.compile(rf"{_DURATION.pattern}\s*(?:en|in|w|em|im|în|nel)\s*$", re.IGNORECASE)

# "(8 mois)", "Stage de 6 mois", "CDD de 3 mois": how long the job lasted, as a date line says it.
_STATED_DURATION = re.compile(
    rf"\(\s*{_DURATION.pattern}\s*\)|(?:{_CONTRACT_WORDS.pattern}|{_PLACEMENT_WORDS.pattern})"
    rf"\s+(?:de\s+|of\s+|von\s+)?{_DURATION.pattern}",
    re.IGNORECASE,
)

_FIRST_PERSON = re.compile(
    # English "I" in its capital only: the lower-case "i" is the "and" of Polish, Croatian and
    # Czech ("Specjalista ds. kadr i płac")
    r"\b(?:(?-i:I)|I'm|I've|my|we|our|ich|je|j'ai|yo|eu|ja|я|eu|tôi|saya|aku|"
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


# "Mission chez BNP Paribas via Capgemini", "Client: Allianz", "Proyecto para Iberdrola".
_ASSIGNMENT = re.compile(
    rf"(?:{alternation(contract_words.ASSIGNMENTS)})(?:\s*:|\s+(?:"
    rf"{alternation(contract_words.ASSIGNMENT_LINKS)})\s)",
    re.IGNORECASE,
)

_ORG_SUFFIX = re.compile(
    rf"(?:\b{LEGAL_FORM}(?!\w)"
    # "Acme Trading Company"; "Company Nurse", "Company Secretary" open with it and are roles
    r"|(?<=\w\W)company\b"
    r"|\b(?:corporation|group|grupo|groupe|gruppe|grupa|labs?|technologies|solutions|consulting|bank|banco|"
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

_EDUCATION = cue_pattern((), DEGREES, SCHOOLS)


def names_study(text: str) -> bool:
    """The text names a degree or a school ("BSc", "Universidad", "Politechnika")."""
    return _EDUCATION.search(text) is not None


def is_education(entry: Entry) -> bool:
    """An entry about study, not work: a degree or a school, and no job title."""
    header = f"{entry.title} {entry.organization or ''} {entry.header}"
    return names_study(header) and not TITLE_HEADS.search(entry.title)


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
    text = _NAME_OPENING.sub(" ", text)
    return bool(TITLE_HEADS.search(text) or _TITLE_WORDS.search(text)) or has_title_word(text)


# "Grupo Comercial Chedraui", "Banco Comercial Português": the word after a group's or a bank's
# own word is its name's, though alone it may name a post ("Comercial": a salesperson)
_NAME_OPENING = re.compile(
    r"\b(?:grupo|groupe|gruppe|grupa|grupul|banco|banca|compañía|companhia)\s+[^\W\d_]+",
    re.IGNORECASE,
)


def _has_org(text: str) -> bool:
    return has_org(text) or bool(re.search(r"\s(?:at|@)\s", text))


def has_org(text: str) -> bool:
    """Words that make a phrase a company's name ("GRUPO ÉXITO", "Acme Ltd", "Banco do Brasil")."""
    return bool(_ORG_SUFFIX.search(text))


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

_WEAK_HEADS = re.compile(
    r"\b(?:contractor|freelancer|freelance|consultant|member|owner|partner|volunteer|"
    r"independent|self-employed)\b",
    re.IGNORECASE,
)


# A bracketed aside inside a header part: "(partner driver)", "(Mobile Money)".
_ASIDE = re.compile(r"\([^()]*\)")


def _title_score(part: str) -> float:
    named = _ASIDE.sub(" ", part)
    if named.strip() and named != part and _plain_title_score(named) <= 0:
        # "Grab Philippines (partner driver)": title words only in the brackets after a name
        # say how the job was held there, and weigh less than a title of its own
        return _plain_title_score(part) / 2
    return _plain_title_score(part)


def _plain_title_score(part: str) -> float:
    heads: float = max(len(TITLE_HEADS.findall(part)), title_word_count(part))
    heads -= len(_WEAK_HEADS.findall(part)) / 2
    words = len(_TITLE_WORDS.findall(part))
    org = 2 if _ORG_SUFFIX.search(part) else 0
    # "Stage comunicazione", "Internship – Marketing": a placement and what it was in
    placement = 1 if _PLACEMENT_WORDS.match(part) else 0
    return 2 * heads + words + placement - org
