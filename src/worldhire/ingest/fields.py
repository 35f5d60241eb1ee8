"""Field extractors over free text: contact details, links, languages, work authorization,
working hours, availability, stated years of experience, an explicit time zone.

Each takes text and returns a value or None/empty: they never raise on any string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import pycountry

from worldhire.ingest.dates import parse_date, parse_iso_date
from worldhire.ingest.geo import country_code
from worldhire.ingest.hours import find_stated_hours, stated_timezone

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]\"'|,]{2,300}"
    r"|\b(?:github\.com|gitlab\.com|linkedin\.com|huggingface\.co|kaggle\.com|scholar\.google\.com)"
    r"/[^\s<>()\[\]\"'|,]{1,200}",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"(?<![\w/.-])\+?\(?\d[\d\s().-]{6,20}\d(?![\w/-])")
_LABELLED_PHONE = re.compile(
    r"\b(?:phone|tel|mobile|cell|whatsapp|ph)\b\.?\s*[:\-]?\s*(\+?[\d\s().-]{7,24}\d)", re.I
)

_CEFR = re.compile(r"\b([ABC][12])\b", re.IGNORECASE)
_LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    ("native", "native"), ("mother tongue", "native"), ("bilingual", "native"),
    ("full professional", "fluent"), ("fluent", "fluent"), ("proficient", "fluent"),
    ("advanced", "C1"), ("professional", "professional"), ("upper.intermediate", "B2"),
    ("intermediate", "B1"), ("conversational", "B1"), ("working", "professional"),
    ("elementary", "A2"), ("basic", "A1"), ("beginner", "A1"),
)  # fmt: skip
_LANGUAGE_ALIASES = {
    "farsi": "Persian", "filipino": "Filipino", "tagalog": "Tagalog", "mandarin": "Chinese",
    "cantonese": "Chinese", "swahili": "Swahili", "kiswahili": "Swahili", "castilian": "Spanish",
    "serbo-croatian": "Serbian",
}  # fmt: skip
_YEARS_STATED = re.compile(
    r"(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:\w+\s+){0,3}?"
    r"(?:experience|exp\b|in industry)",
    re.IGNORECASE,
)
_YEARS_LABEL = re.compile(
    r"\b(?:years of experience|experience|yoe)\s*[:\-]\s*(\d{1,2}(?:\.\d)?)\b", re.I
)
_AVAILABLE_FROM = re.compile(
    r"\bavailab\w*\s+(?:from|starting|start(?:ing)? on|as of)\s*:?\s*"
    r"(\d{4}-\d{2}(?:-\d{2})?|[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{4})",
    re.IGNORECASE,
)
EU_COUNTRIES = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]  # fmt: skip


def find_emails(text: str) -> list[str]:
    return _unique(m.group(0).strip(".").lower() for m in EMAIL_RE.finditer(text))


def find_phone(text: str) -> str | None:
    """The first phone-like number with 8 to 15 digits that is not a date range or a year span."""
    for match in [*_LABELLED_PHONE.finditer(text), *_PHONE_RE.finditer(text)]:
        raw = match.group(1) if match.re is _LABELLED_PHONE else match.group(0)
        digits = re.sub(r"\D", "", raw)
        if not 8 <= len(digits) <= 15:
            continue
        if re.fullmatch(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", raw.strip()):
            continue
        if re.search(r"\b(?:19|20)\d\d\s*[-.]\s*\d\d\s*[-.]\s*\d\d\b", raw):  # an ISO date
            continue
        return " ".join(raw.split())
    return None


def find_links(text: str) -> list[str]:
    links = []
    for match in _URL_RE.finditer(text):
        url = match.group(0).rstrip(".,;:)]}>'\"")
        if "@" in url.split("/")[0]:
            continue
        if not url.lower().startswith("http"):
            url = "https://" + url
        links.append(url)
    return _unique(links)


def find_languages(text: str) -> list[str]:
    """Spoken languages with a level when stated: "English (C1)", "Hindi (native)", "Polish".

    Reads lists like "English (C1), Polish – native; German: basic" or one language per line;
    a level belongs to the language written before it. Levels come out as a CEFR level (A1..C2)
    or one of native/fluent/professional.
    """
    found: list[str] = []
    for chunk in re.split(r"[\n;,•·|]", text[:5_000]):
        if len(chunk) > 120:
            continue
        words = list(re.finditer(r"[^\W\d_][\w-]*", chunk))
        hits: list[tuple[int, int, str]] = []  # (start, end, name)
        i = 0
        while i < len(words):
            pair = f"{words[i].group(0)} {words[i + 1].group(0)}" if i + 1 < len(words) else ""
            name = language_name(pair) if pair else None
            if name is not None:
                hits.append((words[i].start(), words[i + 1].end(), name))
                i += 2
                continue
            name = language_name(words[i].group(0))
            if name is not None:
                hits.append((words[i].start(), words[i].end(), name))
            i += 1
        for n, (_, end, name) in enumerate(hits):
            level_text = chunk[end : hits[n + 1][0] if n + 1 < len(hits) else len(chunk)]
            level = language_level(level_text)
            if not any(f.split(" (")[0] == name for f in found):
                found.append(f"{name} ({level})" if level else name)
    return found


def language_name(word: str) -> str | None:
    folded = word.strip().lower()
    if folded in _LANGUAGE_ALIASES:
        return _LANGUAGE_ALIASES[folded]
    if len(folded) < 4 or folded in {
        "basic",
        "native",
        "fluent",
        "working",
        "level",
        "good",
        "full",
    }:
        return None
    try:
        language = pycountry.languages.lookup(folded)
    except LookupError:
        return None
    name = str(language.name)
    # pycountry also knows ancient and constructed languages; keep living ones people list on CVs.
    if getattr(language, "type", "L") != "L" or name.lower() != folded:
        return None
    return name


def language_level(text: str) -> str | None:
    cefr = _CEFR.search(text)
    if cefr:
        return cefr.group(1).upper()
    lowered = text.lower()
    for word, level in _LEVEL_WORDS:
        if re.search(word, lowered):
            return level
    return None


def stated_years(text: str) -> float | None:
    """The largest "N+ years of experience" stated (bounded to a working life)."""
    values = [float(m.group(1)) for m in _YEARS_STATED.finditer(text[:20_000])]
    values += [float(m.group(1)) for m in _YEARS_LABEL.finditer(text[:20_000])]
    values = [v for v in values if 0 < v <= 50]
    return max(values) if values else None


def explicit_timezone(text: str, country: str | None = None) -> str | None:
    """The person's own zone when the text states it: an IANA name ("Time zone: Europe/Warsaw"),
    a labelled abbreviation or offset ("Time zone: EAT", "Strefa czasowa: CET", "TZ: UTC+3"),
    or one in brackets beside their place ("Manila (UTC+8)"). `country` picks the meaning of
    an ambiguous abbreviation and the zone of an offset (see hours.py)."""
    stated = stated_timezone(text, country)
    return stated.zone if stated is not None else None


def working_hours(text: str) -> tuple[float, float] | None:
    """The first clock range stated ("Working hours: 10:00-19:00", "available 9am to 5pm",
    "das 8h às 17h"), as written: in the zone it names, if any (`hours.stated_hours` says which)."""
    clock = [h for h in find_stated_hours(text) if h.kind == "clock"]
    return (clock[0].start, clock[0].end) if clock else None


def available_from(text: str) -> date | None:
    match = _AVAILABLE_FROM.search(text[:20_000])
    if not match:
        return None
    raw = match.group(1)
    return parse_iso_date(raw) or parse_date(raw)


def work_authorization(text: str) -> tuple[list[str], bool | None]:
    """(countries the person may work in, needs sponsorship) from statements such as
    "US citizen", "Authorized to work in Germany", "EU work permit", "H-1B: requires sponsorship",
    "No visa sponsorship needed". Sponsorship is None when nothing is said about it."""
    lowered = text[:20_000].lower()
    countries: list[str] = []
    if re.search(
        r"\beu (?:citizen|passport|work permit|national)|\beuropean union citizen",
        lowered,
    ):
        countries += EU_COUNTRIES
    if re.search(
        r"\b(?:us|u\.s\.|american) citizen|green card"
        r"|permanent resident of the (?:us|united states)",
        lowered,
    ):
        countries.append("US")
    for match in re.finditer(
        r"(?:authori[sz]ed|eligible|permit(?:ted)?|right) to work in (?:the )?"
        r"([a-z .'-]{2,40}?)(?=[,.;\n)]|$| without| and| with)",
        lowered,
    ):
        code = _country_or_union(match.group(1))
        countries += code
    for match in re.finditer(
        r"\b([a-z]+(?: [a-z]+)?) (?:citizen|citizenship|passport|national)\b", lowered
    ):
        code = _country_or_union(match.group(1))
        countries += code
    needs: bool | None = None
    if re.search(
        r"(?:no|not|never|don't|do not|does not|without)\s+(?:\w+\s+){0,3}(?:visa\s+)?sponsorship"
        r"|sponsorship\s*(?::|-)?\s*(?:not (?:required|needed)|no\b)",
        lowered,
    ):
        needs = False
    elif re.search(
        r"(?:require|need|seeking|will need|requires)\w*\s+(?:\w+\s+){0,2}(?:visa\s+)?sponsorship"
        r"|(?:need|require)s?\s+(?:a\s+)?(?:work\s+)?visa\b"
        r"|\bh-?1b\b|sponsorship\s*(?::|-)?\s*(?:required|needed|yes)",
        lowered,
    ):
        needs = True
    return _unique(countries), needs


def _country_or_union(name: str) -> list[str]:
    name = name.strip()
    if name in {"eu", "european union", "the eu"}:
        return list(EU_COUNTRIES)
    adjectives = {"indian": "IN", "polish": "PL", "romanian": "RO", "serbian": "RS",
                  "ukrainian": "UA", "vietnamese": "VN", "filipino": "PH", "brazilian": "BR",
                  "mexican": "MX", "nigerian": "NG", "kenyan": "KE", "egyptian": "EG",
                  "german": "DE", "french": "FR", "british": "GB", "canadian": "CA",
                  "spanish": "ES", "italian": "IT", "dutch": "NL", "portuguese": "PT"}  # fmt: skip
    last = name.split()[-1] if name.split() else ""
    if last in adjectives:
        return [adjectives[last]]
    code = country_code(name) if len(name) > 2 else country_code(name.upper())
    return [code] if code else []


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
