"""Vacancy titles as job boards print them, reduced to the words that name the occupation.

"Sr. Software Engineer II (Backend, Go) - Remote US" -> "software engineer backend go";
"CDL-A Truck Driver - Home Weekly $1,800/wk" -> "truck driver";
"Pflegefachkraft (m/w/d)" -> "registered nurse".

Steps, in order: HTML entities and Unicode forms; gender markers and gendered word pairs;
pay, requisition ids and dates; the text split at " - ", "|", ",", ":" into segments, each
stripped of seniority, employment type, shift, schedule, perks and places; the segment that
names a job kept, with a short qualifier after it ("RN - ICU"); abbreviations expanded; words of
nine other languages translated through a shipped vocabulary (data/title_vocabulary.tsv).
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from worldhire.core.texts import terms

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SEPARATORS = re.compile(r"\s+[-|•·~>»]+\s+|\s*\|\s*|\s*[•·»]\s*|\s-+(?=\S)|(?<=\S)-+\s")

# "(m/w/d)", "(H/F)", "(k/m)", "(all genders)", "m/f/d" at the end.
_GENDER_MARK = re.compile(
    r"\(\s*(?:(?:m|w|f|d|h|k|x|v|i|a|b|n|divers|diverse)\s*[/|,\-\\]\s*)+"
    r"(?:m|w|f|d|h|k|x|v|i|a|b|n|divers|diverse)\s*\)"
    r"|\(\s*(?:all genders?|gn|genderneutral|any gender)\s*\)"
    r"|\b(?:m|w|f|h|k)\s*/\s*(?:m|w|f|h|k)(?:\s*/\s*(?:d|x|i))?\s*$",
    re.IGNORECASE,
)
# Word endings that mark the feminine form: "Enfermero/a", "Cozinheiro(a)", "Mitarbeiter*in".
_GENDER_SUFFIX = re.compile(
    r"(?<=\w)(?:\s*\((?:a|e|ve|ne|le|se|euse|rice|trice|ka|in|innen|ă|a\)s)\)"
    r"|/(?:a|as|e|ve|ka|in|innen|ă)\b|[*:_](?:in|innen)\b)",
    re.IGNORECASE,
)
_PAY = re.compile(
    r"(?:up to |from |starting (?:at )?|earn )?"
    r"(?:[$£€¥]|\b(?:usd|eur|gbp|pln|ron|zł|zl|rp|idr|vnd)\s?)\s?\d[\d,.]*\s?[kK]?"
    r"(?:\s?(?:-|–|to)\s?(?:[$£€]\s?)?\d[\d,.]*\s?[kK]?)?"
    r"(?:\s?(?:/|per|p/?|an?)\s?(?:hr|hour|h|ph|wk|week|yr|year|annum|day|month|mo|shift|mile)\b)?"
    r"(?:\s?(?:ph|p/h|pa|p\.a\.|/hr|/h|hourly|cpm|ote|doe|\+))*"
    r"|\b\d[\d,.]*\s?(?:zł|zl|lei|ron|eur|euro|usd|vnd|triệu|tr)\b"
    r"|\b\d[\d.,]*\s?(?:cpm|per mile)\b",
    re.IGNORECASE,
)
_REQ_ID = re.compile(
    r"\b(?:req(?:uisition)?|job|ref|id|reference|vacancy|posting)\s*(?:#|no\.?|number|id)?\s*"
    r"[:#.]?\s*(?=[\w\-/.]*\d)[A-Z0-9][A-Z0-9_\-/.]{2,}\b"
    r"|#\s?[A-Z0-9][\w\-]*|\b[A-Z]{1,5}[-_]?\d{4,}\b|\b\d{4}-\d{3,}\b|\b\d{5,}\b"
    r"|\bstore\s*#?\s*\d+\b",
    re.IGNORECASE,
)

_US_STATES = (
    "al|ak|az|ar|ca|co|ct|de|fl|ga|hi|ia|id|il|in|ks|ky|la|ma|md|me|mi|mn|mo|ms|mt|nc|nd|ne|nh|nj"
    "|nm|nv|ny|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|va|vt|wa|wi|wv|dc"
)
_CITY_STATE = re.compile(rf"\b[A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+)?,\s?(?:{_US_STATES.upper()})\b")

# Phrases that say nothing about the occupation wherever they stand (lowercase, accent-free).
_NOISE_ANYWHERE = tuple(sorted((
    # place and mode of work
    "remote", "fully remote", "100 remote", "100% remote", "remote us", "remote uk",
    "remote usa", "remote first", "hybrid", "on site", "onsite", "in office", "wfh",
    "work from home", "work from anywhere", "home based", "field based", "nationwide",
    "various locations", "multiple locations", "multi site",
    # hours and contract
    "full time", "fulltime", "part time", "parttime", "temp to perm", "temp to hire",
    "contract to hire", "fixed term contract", "fixed term", "ftc", "zero hours", "per diem",
    "prn", "locum", "seasonal", "temporary", "freelance", "flexible hours",
    "flexible schedule", "weekend nights", "night shift", "nights only", "day shift",
    "days only", "split shift", "all shifts", "rotating shifts", "1st shift", "2nd shift",
    "3rd shift", "first shift", "second shift", "third shift", "mon fri", "monday to friday",
    "mon to fri", "monday friday", "term time only", "full time nights", "full time days",
    "ft days", "ft nights", "no weekends", "36hrs", "40hrs", "nights", "weekends",
    "evenings", "overnight",
    # hiring noise and perks
    "urgently hiring", "now hiring", "hiring now", "immediate start", "start asap",
    "start monday", "apply now", "apply today", "no experience needed",
    "no experience required", "no experience necessary", "will train", "training provided",
    "full training provided", "paid training", "entry level", "weekly pay", "daily pay",
    "same day pay", "sign on bonus", "signing bonus", "home weekly", "home daily",
    "home every weekend", "home weekends", "great benefits", "full benefits", "plus tips",
    "cash tips", "commission only", "uncapped commission", "base commission",
    "relocation available", "visa sponsorship", "sponsorship available", "with sponsorship",
    "live in available", "car required", "driver preferred", "drivers needed",
    "car drivers needed", "van provided", "company car", "prevailing wage", "dog friendly",
    "lateral entry", "urgent", "asap", "hiring", "opening",
    # other languages
    "vollzeit", "teilzeit", "in teilzeit", "in vollzeit", "minijob", "befristet",
    "unbefristet", "ab sofort", "cdi", "cdd", "alternance", "temps plein", "temps partiel",
    "de nuit", "de jour", "b2b", "umowa o prace", "umowa zlecenie", "praca od zaraz",
    "od zaraz", "praca zdalna", "zdalnie", "pelny etat", "jornada completa",
    "media jornada", "tiempo completo", "tiempo parcial", "remoto", "teletrabajo",
    "turno de noche", "turno de tarde", "turno de manana", "de noche", "temporada verano",
    "plantao noturno", "escala 12x36", "meio periodo", "periodo integral", "home office",
    "norma intreaga", "program flexibil", "toan thoi gian", "ban thoi gian", "tuyen gap",
    "se busca", "dringend", "lowongan", "dibutuhkan", "segera",
), key=len, reverse=True))
# Words that are noise only when they make up the whole segment ("Teller - Bank" but not
# "Bank Teller"; "Contract" but not "Contract Manager"; "Nights" but not "Night Auditor").
_NOISE_SEGMENT_WORDS = frozenset({
    "us", "usa", "uk", "eu", "emea", "apac", "latam", "united", "states", "kingdom",
    "europe", "abroad", "worldwide", "anywhere", "ft", "pt", "temp", "contract",
    "contractor", "permanent", "perm", "casual", "bank", "flexible", "night", "nights",
    "days", "day", "evening", "mornings", "early", "afternoons", "weekend", "weekends",
    "weekly", "daily", "term", "time", "only", "school", "year", "weeks", "months",
    "new", "role", "opening", "benefits", "tips", "commission", "bonus", "relocation",
    "overtime", "ot", "union", "doe", "interim", "interimaire", "negotiable", "sponsorship",
    "temporada", "gap", "vaga", "urgente", "13", "6", "3", "12", "and", "or", "plus",
})
# Seniority and grade words dropped when another word follows ("Staff Nurse" -> "nurse",
# but "Bar Staff" keeps "staff"; "Lead Developer" -> "developer", "Shift Lead" stays).
_LEADING_MODIFIERS = frozenset({
    "senior", "sr", "snr", "junior", "jr", "jnr", "lead", "principal", "staff", "associate",
    "graduate", "grad", "trainee", "apprentice", "experienced", "qualified", "certified",
    "licensed", "mid", "intermediate", "expert", "entry", "level", "intern", "internship",
    "working", "student",
    "sénior", "júnior", "pleno", "starszy", "młodszy", "mlodszy", "stażysta", "stazysta",
    "examinierte", "examinierter", "erfahrener", "erfahrene",
})
_ANYWHERE_MODIFIERS = frozenset({
    "sr", "snr", "jr", "jnr", "ii", "iii", "iv", "vi", "l1", "l2", "l3", "l4", "l5", "l6",
    "tier", "band", "grade", "level", "mid", "senior", "junior", "sénior",
    "júnior", "pleno", "urgent", "new", "temp", "remote", "hybrid", "seasonal",
})
_TRAILING_NUMERALS = re.compile(r"(?:\s+(?:i{1,3}|iv|v|vi|[1-6]))+$")
_GRADES = re.compile(
    r"\b(?:band|grade|level|tier|lvl|year|class|cat|kat|kategori[ea]|categoria)\s*\.?\s*"
    r"(?:[0-9]+[a-z]?|i{1,3}|iv|[a-e])\b",
    re.IGNORECASE,
)

_HEAD_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|nurse|driver|manager|assistant|technician|tech"
    r"|operator|worker|clerk|officer|analyst|scientist|designer|architect|consultant|advisor"
    r"|adviser|specialist|coordinator|director|teacher|lecturer|professor|tutor|instructor"
    r"|associate|representative|rep|agent|attendant|aide|carer|caregiver|cook|chef|server"
    r"|waiter|waitress|bartender|barista|cashier|cleaner|janitor|custodian|guard|electrician"
    r"|plumber|carpenter|welder|mechanic|machinist|fitter|installer|labou?rer|picker|packer"
    r"|handler|supervisor|lead|leader|administrator|receptionist|secretary|accountant"
    r"|bookkeeper|auditor|lawyer|attorney|paralegal|therapist|pharmacist|physician|doctor"
    r"|dentist|surgeon|midwife|paramedic|emt|rn|lpn|cna|hca|recruiter|buyer|planner"
    r"|dispatcher|courier|porter|housekeeper|host|hostess|steward|pilot|captain|writer|editor"
    r"|journalist|photographer|artist|stylist|hairdresser|barber|trainer|coach|counsell?or"
    r"|executive|head|chief|president|owner|controller|estimator|surveyor|inspector"
    r"|tester|sales|marketing|support|staff|crew|team member|member|helper|hand|apprentice"
    r"|intern|trainee|student|clinician|practitioner|worker|navigator|sitter|nanny|cleaning)\b"
)

_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    # health
    (r"\brn\b", "registered nurse"), (r"\brgn\b", "registered general nurse"),
    (r"\brmn\b", "mental health nurse"), (r"\blpn\b", "licensed practical nurse"),
    (r"\blvn\b", "licensed vocational nurse"), (r"\bcna\b", "certified nursing assistant"),
    (r"\bhca\b", "healthcare assistant"), (r"\bhha\b", "home health aide"),
    (r"\bpca\b", "personal care aide"), (r"\bnp\b", "nurse practitioner"),
    (r"\bpmhnp\b", "psychiatric nurse practitioner"), (r"\bcma\b", "medical assistant"),
    (r"\bcmа\b", "medical assistant"), (r"\bmd\b", "physician"),
    (r"\bgp\b", "general practitioner"), (r"\bemt(?:-?b(?:asic)?)?\b",
                                           "emergency medical technician"),
    (r"\bslp\b", "speech language pathologist"), (r"\bota\b", "occupational therapy assistant"),
    (r"\bcota\b", "occupational therapy assistant"), (r"\bpta\b", "physiotherapy assistant"),
    (r"\bpt assistant\b", "physiotherapy assistant"), (r"\bpt aide\b", "physiotherapy aide"),
    (r"\bphysical therap", "physiotherap"), (r"\brbt\b", "behavior technician"),
    (r"\bcst\b", "surgical technologist"),
    (r"\bmls\b", "medical laboratory scientist"), (r"\bmlt\b", "medical laboratory technician"),
    (r"\bcpht\b", "pharmacy technician"), (r"\blmt\b", "massage therapist"),
    (r"\bodp\b", "operating department practitioner"), (r"\bicu\b", "intensive care"),
    (r"\bnicu\b", "neonatal intensive care"), (r"\bpicu\b", "paediatric intensive care"),
    (r"\bmed ?[/-]? ?surg\b", "medical surgical"), (r"\bl ?& ?d\b", "labour and delivery"),
    (r"\bsnf\b", "skilled nursing facility"), (r"\bltc\b", "long term care"),
    (r"\bcssd\b", "sterile services"), (r"\bvet\b", "veterinary"),
    (r"\bvet tech\b", "veterinary technician"), (r"\bdon\b", "director of nursing"),
    # transport and logistics
    (r"\bcdl[- ]?[ab]?\b", "truck"), (r"\bclass [ab] cdl\b", "truck"),
    (r"\bc\s?\+\s?e\b", "truck"), (r"\botr\b", "truck"), (r"\bspl\b", "truck"),
    (r"\b7\.5 ?(?:t|tonne|ton)\b", "truck"), (r"\bflt\b", "forklift truck"),
    (r"\bpcv\b", "bus"), (r"\bhazmat\b", "dangerous goods"),
    (r"\badr\b", "dangerous goods"), (r"\ba ?& ?p\b", "airframe and powerplant"),
    # office, sales, finance
    (r"\bcsr\b", "customer service representative"),
    (r"\bbdr\b", "business development representative"),
    (r"\bsdr\b", "sales development representative"),
    (r"\basst\.?\b", "assistant"), (r"\bmgr\.?\b", "manager"), (r"\bdir\.?\b", "director"),
    (r"\bcoord\.?\b", "coordinator"), (r"\brep\b", "representative"),
    (r"\breps\b", "representatives"), (r"\bexec\b", "executive"),
    (r"\badmin\b", "administrative"), (r"\bacct\b", "accountant"),
    (r"\bfp ?& ?a\b", "financial planning and analysis"), (r"\bap ?/ ?ar\b",
                                                           "accounts payable receivable"),
    (r"\bcpa\b", "certified public accountant"), (r"\bcfo\b", "chief financial officer"),
    (r"\bceo\b", "chief executive officer"), (r"\bcoo\b", "chief operating officer"),
    (r"\bcto\b", "chief technology officer"), (r"\bcio\b", "chief information officer"),
    (r"\bcmo\b", "chief marketing officer"), (r"\bciso\b", "chief information security officer"),
    (r"\bvp\b", "vice president"), (r"\bsvp\b", "senior vice president"),
    (r"\bm ?& ?a\b", "mergers and acquisitions"), (r"\bkyc\b", "know your customer compliance"),
    (r"\baml\b", "anti money laundering"), (r"\bifa\b", "independent financial adviser"),
    (r"\bpmo\b", "project management office"), (r"\bpm\b", "project manager"),
    (r"\bppc\b", "pay per click advertising"), (r"\bseo\b", "search engine optimisation"),
    (r"\bhr\b", "human resources"), (r"\bl ?& ?d\b", "learning and development"),
    (r"\bd ?& ?i\b", "diversity and inclusion"), (r"\bhse\b", "health safety environment"),
    (r"\behs\b", "environment health safety"), (r"\bqa\b", "quality assurance"),
    (r"\bqc\b", "quality control"), (r"\bndt\b", "non destructive testing"),
    (r"\bci\b", "continuous improvement"), (r"\be ?& ?i\b", "electrical and instrumentation"),
    (r"\bpcb\b", "printed circuit board"),
    # software
    (r"\bswe\b", "software engineer"), (r"\bsde\b", "software development engineer"),
    (r"\bsre\b", "site reliability engineer"), (r"\bsdet\b", "software test engineer"),
    (r"\bdba\b", "database administrator"), (r"\bml\b", "machine learning"),
    (r"\bai\b", "artificial intelligence"), (r"\bdev\b", "developer"),
    (r"\bdevs\b", "developers"), (r"\beng\b", "engineer"), (r"\bengr\b", "engineer"),
    (r"\bfront[ -]?end\b", "frontend"), (r"\bback[ -]?end\b", "backend"),
    (r"\bfull[ -]?stack\b", "full stack"), (r"\bui ?/ ?ux\b|\bux ?/ ?ui\b", "ui ux"),
    (r"\bsoc\b", "security operations"), (r"\bnoc\b", "network operations"),
    # education and public sector
    (r"\bsenco\b", "special educational needs coordinator"),
    (r"\besl\b|\btefl\b|\besol\b", "english language"), (r"\beyfs\b", "early years"),
    (r"\bks[1-4]\b", "primary"), (r"\bk-?12\b", "school"), (r"\bpre-?k\b", "preschool"),
    (r"\bpcso\b", "police community support officer"), (r"\btsa\b", "airport security"),
    (r"\bfe\b", "further education"),
)  # fmt: skip
_TECH_QUALIFIER = re.compile(r"\btech\b(?=\s+(?:lead|support|sales|writer|recruiter|director))")
# Short capitalised abbreviations that are ordinary words in lowercase or in other languages
# ("pe" is Romanian for "on"), so they are expanded only as written in capitals.
_CAPITAL_ABBREVIATIONS = {
    "PE": "physical education", "RE": "religious education", "TA": "teaching assistant",
    "AE": "account executive", "SEN": "special educational needs",
    "SEND": "special educational needs", "ER": "emergency room", "OR": "operating room",
    "BA": "business analyst", "AP": "accounts payable", "AR": "accounts receivable",
}


@lru_cache(maxsize=1)
def _vocabulary_rows() -> tuple[tuple[str, str], ...]:
    """Phrases and words of nine other languages (lowercase, accents off) with their English."""
    blob = resources.files("worldhire").joinpath("occupations/data/title_vocabulary.tsv")
    rows = []
    for row in csv.reader(io.StringIO(blob.read_text(encoding="utf-8")), delimiter="\t"):
        if len(row) < 3 or row[0].startswith("#") or row[0] == "lang":
            continue
        source = _fold(row[1].strip().lower())
        if source:
            rows.append((source, row[2].strip()))
    return tuple(rows)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The vocabulary's phrases as patterns, longest first."""
    rows = sorted(_vocabulary_rows(), key=lambda r: len(r[0]), reverse=True)
    return tuple(
        (re.compile(rf"(?<![\w]){re.escape(source)}(?![\w])"), english)
        for source, english in rows
    )


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[tuple[str, ...], list[str]], int]:
    """The vocabulary's phrases by their terms, each to its English terms, and the most terms
    a phrase has."""
    phrases = {tuple(terms(source)): terms(english) for source, english in _vocabulary_rows()}
    return phrases, max(map(len, phrases))


def english_terms(title: str) -> list[str]:
    """The terms (`core.texts.terms`) of a title as written, with each phrase the vocabulary
    knows put in English, the longest first: "Analista de datos" gives data analyst, "Młodsza
    księgowa" mlodsza accountant. Only the vocabulary of `clean_title`, none of its other
    steps: a dictionary look-up per word, quick enough for every job of a pool, where
    clean_title's hundreds of patterns take about half a millisecond a title."""
    words = terms(title)
    phrases, longest = _phrases()
    out: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(longest, len(words) - at), 0, -1):
            english = phrases.get(tuple(words[at : at + size]))
            if english is not None:
                out += english
                at += size
                break
        else:
            out.append(words[at])
            at += 1
    return out


def _fold(text: str) -> str:
    """Accents and diacritics off ("Kỹ sư" -> "ky su", "Köchin" -> "kochin"); đ/ł kept apart
    by NFKD are mapped by hand. Not `core.texts.fold` on purpose: the title model's weights
    (data/title_model.json) were fitted on titles cleaned with this fold, which keeps ß, ø and
    æ; folding them too would change its matches without refitting it."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _drop_symbols(text: str) -> str:
    return "".join(" " if unicodedata.category(c)[0] in "SC" and c not in "+#&/$£€%" else c
                   for c in text)


def _gender_pairs(text: str) -> str:
    """ "Koch / Köchin" -> "Koch", "Waiter/Waitress" -> "Waiter": two words sharing a stem."""
    def keep_first(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        a, b = _fold(left.lower()), _fold(right.lower())
        shared = 0
        while shared < min(len(a), len(b)) and a[shared] == b[shared]:
            shared += 1
        return left if shared >= min(4, len(a) - 1) else match.group(0)

    return re.sub(r"(\w[\w\-]*)\s*/\s*(\w[\w\-]*)", keep_first, text)


def _strip_segment(segment: str) -> str:
    s = _fold(segment.lower())
    s = _GRADES.sub(" ", s)
    s = re.sub(r"[()\[\]{}\"“”'’!?*]+", " ", s)
    s = re.sub(r"\b\d{1,2}\s?(?:a|am|p|pm)\s?-\s?\d{1,2}\s?(?:a|am|p|pm)\b", " ", s)
    s = re.sub(r"\b\d+\s?(?:hrs?|hours?|h|x\s?\d+)\b(?:\s?/\s?(?:wk|week|day))?", " ", s)
    s = re.sub(r"\b(?:19|20)\d\d(?:\s?-\s?\d{2,4})?\b", " ", s)
    s = " " + re.sub(r"\s+", " ", s).strip() + " "
    for phrase in _NOISE_ANYWHERE:
        s = s.replace(f" {phrase} ", " ")
        s = s.replace(f" {phrase} ", " ")  # overlapping occurrences
    words = s.split()
    return "" if all(w in _NOISE_SEGMENT_WORDS for w in words) else " ".join(words)


def _drop_modifiers(words: list[str]) -> list[str]:
    out = [w for w in words if w not in _ANYWHERE_MODIFIERS or len(words) == 1]
    while len(out) > 1 and (out[0] in _LEADING_MODIFIERS or out[0] in {"of", "-"}):
        out = out[1:]
    text = _TRAILING_NUMERALS.sub("", " ".join(out))
    return text.split() or words


def _pick_segments(segments: list[str]) -> str:
    """The first segment that names a job (else the first), with one short qualifier."""
    kept = [s for s in segments if s]
    if not kept:
        return ""
    main = next((i for i, s in enumerate(kept) if _HEAD_WORDS.search(s)), 0)
    chosen = [kept[main]]
    if main + 1 < len(kept):
        follower = kept[main + 1]
        size = len(follower.split())
        # "Director, Analytics and Data Science": a bare head word before the comma is named
        # by the field after it however long, or "director" alone picks a film director.
        bare_head = len(chosen[0].split()) == 1 and size <= 6
        if (size <= 3 or bare_head) and (not _HEAD_WORDS.search(follower) or size <= 2):
            chosen.append(follower)
    return " ".join(chosen)


def _translate(text: str) -> str:
    for pattern, english in _vocabulary():
        text = pattern.sub(english, text)
    return text


def _expand(text: str) -> str:
    text = re.sub(r"\btech\b", "technician", _TECH_QUALIFIER.sub("technical", text))
    for pattern, replacement in _ABBREVIATIONS:
        text = re.sub(pattern, replacement, text)
    return text


@lru_cache(maxsize=65536)
def clean_title(raw: str) -> str:
    """The matching form of a vacancy title (lowercase, English where the vocabulary knows the
    words). Never empty for a non-empty title: if cleaning removed everything, the folded
    original comes back."""
    text = unicodedata.normalize("NFKC", html.unescape(raw or ""))
    text = _DASHES.sub("-", text).replace("–", "-").replace("—", "-")
    text = _drop_symbols(text)
    text = _GENDER_MARK.sub(" ", text)
    text = _GENDER_SUFFIX.sub("", text)
    text = _gender_pairs(text)
    text = _PAY.sub(" ", text)
    text = _CITY_STATE.sub(" ", text)
    text = _REQ_ID.sub(" ", text)
    text = re.sub(r"\bsr\.|\bjr\.|\bsnr\.", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<![\w-])[A-Z]{2,4}(?![\w-])",
                  lambda m: _CAPITAL_ABBREVIATIONS.get(m.group(0), m.group(0)), text)
    text = re.sub(r"\b(?:kat|cat|class|categoria|kategorii)?\.?\s*\bc\s?\+\s?e\b", " truck ", text,
                  flags=re.IGNORECASE)
    # Keep short parentheticals as qualifiers, after their own noise is gone.
    text = re.sub(r"\(([^()]*)\)", lambda m: " , " + m.group(1) + " , "
                  if len(m.group(1).split()) <= 2 else " , ", text)
    pieces = [p for part in _SEPARATORS.split(text)
              for p in re.split(r"[,;:]\s*|\s+[/@]\s+|\s+at\s+", part)]
    segments = []
    for piece in pieces:
        words = _translate(" " + _strip_segment(piece) + " ").split()
        if words and not all(w in _ANYWHERE_MODIFIERS or w in _LEADING_MODIFIERS
                             for w in words):
            segments.append(" ".join(_drop_modifiers(words)))
    picked = _pick_segments(segments)
    picked = _expand(picked)
    picked = re.sub(r"[^\w+#&/. ]+", " ", picked)
    # Words once: "CDL-A Truck Driver" gives "truck truck driver", "RN (RN)" the nurse twice.
    picked = " ".join(dict.fromkeys(w for w in picked.lower().split()
                                    if w not in {"-", "/", ".", "&"}))
    if not picked:
        return " ".join(_fold((raw or "").lower()).split())
    return picked.lower()
