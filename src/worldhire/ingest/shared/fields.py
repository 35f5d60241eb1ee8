"""Field extractors over free text: contact details, links, languages, work authorization,
working hours, availability, stated years of experience, an explicit time zone.

Each takes text and returns a value or None/empty: they never raise on any string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from worldhire.core.contact import same_number
from worldhire.core.geo.countries import eu_members
from worldhire.ingest.lexicon.mobility import NATIONALITIES
from worldhire.ingest.shared.dates import parse_date, parse_iso_date
from worldhire.ingest.shared.experience import years_of_experience
from worldhire.ingest.shared.geo import country_code
from worldhire.ingest.shared.hours import find_stated_hours, stated_timezone
from worldhire.ingest.shared.mobility import Relocation, authorization_phrases
from worldhire.ingest.shared.mobility import relocation as relocation_preference
from worldhire.ingest.shared.spoken_languages import find_spoken_languages
from worldhire.ingest.shared.spoken_languages import language_level as language_level
from worldhire.ingest.shared.spoken_languages import language_name as language_name

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]\"'|,]{2,300}"
    r"|\b(?:github\.com|gitlab\.com|linkedin\.com|huggingface\.co|kaggle\.com|scholar\.google\.com|"
    r"indeed\.com/r|behance\.net)"
    r"/[^\s<>()\[\]\"'|,]{1,200}",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"(?<![\w/.-])\+?\(?\d[\d\s().-]{6,20}\d(?![\w/-])")
# A German number with its area code before a slash: "0721 / 985 44 17" ("072 418 9930 / 061
# 557 2084" is two numbers: the digits before its slash hold spaces).
_AREA_CODE_PHONE = re.compile(r"(?<![\w/.-])0\d{2,4}[ \t]?/[ \t]?\d[\d \t-]{3,12}\d(?![\w/-])")
_POST_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?\s*box|box|postfach|caixa postal|apartado(?: postal)?|skr\. poczt\.)"
    r"\s*(?:no\.?\s*)?$",
    re.IGNORECASE,
)
# The label of a postal code just before a number: "CEP 13015-002" has a phone's eight digits.
_POSTAL_CODE_LABEL = re.compile(
    r"\b(?:zip(?: code)?|postal code|post ?code|pin ?code|c[oó]digo postal|code postal|"
    r"kod pocztowy|cod po[sș]tal|postleitzahl|plz|kode pos|mã bưu chính)\.?\s*[:#]?\s*$",
    re.IGNORECASE,
)
# A Brazilian CEP in its own shape: Turkish "Cep: 0532 456 78 90" is a mobile number.
_CEP_LABEL = re.compile(r"\bc\.?e\.?p\.?\s*[:#]?\s*$", re.IGNORECASE)
_CEP = re.compile(r"\d{5}-?\d{3}(?!\d)")
_DAY_FIRST_DATE = re.compile(r"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:19|20)\d\d\b")
# The label of an identity or tax number just before a number: not a phone.
_ID_LABEL = re.compile(
    r"\b(?:cnic|nic|nin|cin|id|id no|passport|passeport|pasaporte|passaporte|pesel|cnp|nif|nie|"
    r"dni|cpf|rg|ktp|nik|cccd|cmnd|ssn|aadhaar|aadhar|pan|tc kimlik(?: no)?|kimlik no|inn|іпн|"
    r"рнокпп|инн|snils|снилс|nss|sécurité sociale|n° ss|bvn|kra pin|"
    # Latin America's identity and tax numbers: "C.C. 1.036.654.217 de Itagüí", "CURP", "RUT"
    r"c\.\s?c|cc|c\.\s?i|c[ée]dula(?: de ciudadan[ií]a| de identidad)?|curp|rfc|rut|cuil|cuit|"
    r"ref|reference|req|requisition|identity|national id|"
    # Nepal's national identity document: "Citizenship No.: 27-01-74-05123"
    r"citizenship(?: certificate)?)\b\.?\s*(?:no\.?|n°|nr\.?|number)?"
    # "ID number | 870412 5839 081", "National Id No. | : | 4628175390": a table row of
    # personal details, its label's colon a cell of its own
    r"(?:\s*[:#|])*\s*$",
    re.IGNORECASE,
)
_LABELLED_PHONE = re.compile(
    r"\b(?:phone|tel|mobile|cell|whatsapp|ph)\b\.?\s*[:\-]?\s*(\+?[\d\s().-]{7,24}\d)", re.I
)

_AVAILABLE_FROM = re.compile(
    r"\bavailab\w*\s+(?:from|starting|start(?:ing)? on|as of)\s*:?\s*"
    r"(\d{4}-\d{2}(?:-\d{2})?|[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{4})",
    re.IGNORECASE,
)


# The end of an address that a narrow column wrapped onto a line of its own, letter by letter:
# "ania.lewandowska@example.co" / "m", "thabo@example.co.z" / "a".
_WRAPPED_EMAIL_TAIL = re.compile(
    r"(@[A-Za-z0-9.-]+)[ \t]*\n[ \t]*([a-z]{1,3}(?:\.[a-z]{2,3})?)[ \t]*(?=\n|$)"
)


def find_emails(text: str) -> list[str]:
    if "@" in text:
        text = _WRAPPED_EMAIL_TAIL.sub(r"\1\2", text)
    return _unique(m.group(0).strip(".").lower() for m in EMAIL_RE.finditer(text))


def find_phone(text: str) -> str | None:
    """The first phone-like number with 8 to 15 digits that is not a date range or a year span."""
    return next(iter(find_phones(text, 1)), None)


def find_phones(text: str, most: int = 3) -> list[str]:
    """The distinct phone numbers of `text` (see find_phone), labelled ones first, up to `most`:
    "Mobile : +221 77 645 12 98 / Fixe : +221 33 824 56 10"."""
    found: dict[str, str] = {}  # by the last 9 digits: "+33 6 12 ..." and "06 12 ..." are one
    for match in [*_LABELLED_PHONE.finditer(text), *_PHONE_RE.finditer(text),
                  *_AREA_CODE_PHONE.finditer(text)]:
        raw = match.group(1) if match.re is _LABELLED_PHONE else match.group(0)
        digits = re.sub(r"\D", "", raw)
        if not 8 <= len(digits) <= 15:
            continue
        if re.fullmatch(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", raw.strip(" ()")):
            continue  # "2017-2018", "(2017-2018)" in a sentence
        if re.search(r"\b(?:19|20)\d\d\s*[-.]\s*\d\d\s*[-.]\s*\d\d\b", raw):  # an ISO date
            continue
        if _DAY_FIRST_DATE.search(raw):
            continue  # "Né le 12.04.1991"
        if _POST_BOX.search(text, max(0, match.start() - 20), match.start()):
            continue  # "P.O. Box 12345-00100, Nairobi": a box and its postal code
        if _POSTAL_CODE_LABEL.search(text, max(0, match.start() - 20), match.start()) or (
            _CEP_LABEL.search(text, max(0, match.start() - 8), match.start()) and _CEP.match(raw)
        ):
            continue  # "CEP 13015-002", "ZIP code 10001-4356": an address's postal code
        if _ID_LABEL.search(text, max(0, match.start() - 30), match.start()):
            continue  # "CNIC: 35202-1234567-1", "PESEL 90010112345": an identity number, or
            # an agency's reference ("CANDIDATE PROFILE – REF 2026-0412")
        found.setdefault(same_number(digits), " ".join(raw.split()))
        if len(found) == most:
            break
    return list(found.values())


def without_contacts(text: str) -> str:
    """The text with its e-mail addresses and links blanked out, a space for each."""
    return _URL_RE.sub(" ", EMAIL_RE.sub(" ", text))


def phones_beside(text: str, email: str) -> list[str]:
    """The phones on the line of the person's e-mail address or a line next to it: where a
    résumé whose top is a sidebar ("Personal profile" first) or a pasted e-mail keeps its
    contacts."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if email in line.lower()), None)
    if at is None:
        return []
    return find_phones("\n".join(lines[max(0, at - 1) : at + 2]))


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


def find_languages(text: str, listed: bool = True) -> list[str]:
    """Spoken languages with a level when stated: "English (C1)", "Hindi (native)", "Polish".

    `listed` (the default): the text is a Languages section, where every language name counts
    ("English (C1), Polish – native; Deutsch: Grundkenntnisse"). Otherwise (the whole résumé) a
    name counts only where the text says the person speaks it ("I speak English and Swahili
    fluently", "Other: English C1", "I work in English daily"); see spoken_languages.py.
    """
    return [found.label for found in find_spoken_languages(text, listed=listed)]


def stated_years(text: str) -> float | None:
    """Years of experience the person states (see experience.py); None when they state none."""
    return years_of_experience(text)


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
    "No visa sponsorship needed", and their equivalents in the other nine languages ("não
    preciso de visto", "bez konieczności sponsorowania wizy", "cetățean UE", "obywatelstwo
    polskie"). Sponsorship is None when nothing is said about it."""
    lowered = text[:20_000].lower()
    countries: list[str] = []
    if re.search(
        r"\beu (?:citizen|passport|work permit|national)|\beuropean union citizen",
        lowered,
    ):
        countries += sorted(eu_members())
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
    local_countries, local_needs = authorization_phrases(text)
    for local in local_countries:
        countries += sorted(eu_members()) if local == "EU" else [local]
    if needs is None:
        needs = local_needs
    return _unique(countries), needs


def relocation(text: str) -> Relocation | None:
    """A relocation preference ("Willing to relocate to: Delhi", "open to relocation",
    "gotowy do relokacji"): where the person would move, never where they live."""
    return relocation_preference(text)


def _country_or_union(name: str) -> list[str]:
    name = name.strip()
    if name in {"eu", "european union", "the eu"}:
        return sorted(eu_members())
    last = name.split()[-1] if name.split() else ""
    if last in NATIONALITIES:
        return [NATIONALITIES[last]]
    code = country_code(name) if len(name) > 2 else country_code(name.upper())
    return [code] if code else []


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
