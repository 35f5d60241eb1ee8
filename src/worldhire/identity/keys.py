"""The identifiers of a person as a résumé states them, normalised so that two files of the same
person agree: e-mail addresses, phone numbers (international form, with the country's calling
code when the number is written the national way), and profile links (LinkedIn, GitHub, GitLab,
Indeed). A name is read too, but only ever to keep two people apart, never to join them.

Each identifier becomes a key string, `<kind>:<value>`, the form the store indexes and the
suppression list hashes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from urllib.parse import unquote, urlsplit

from worldhire.core.models import Candidate

EMAIL = "email"
PHONE = "phone"  # the last digits of the number: what a national and an international form share
E164 = "e164"  # the full international number, where the country is known
NATIONAL = "national"  # the number as written nationally, where the country is not known
LINK = "link"
FILE = "file"
NAME = "name"  # never looked up: only read back to keep two people apart

# Calling codes by ISO country; the hiring regions first, then the rest of the world's larger
# markets. A number written with + or 00 needs none of this.
_CALLING_CODES = """
1 US CA PR | 7 RU KZ | 20 EG | 27 ZA | 30 GR | 31 NL | 32 BE | 33 FR | 34 ES | 36 HU | 39 IT VA
| 40 RO | 41 CH | 43 AT | 44 GB | 45 DK | 46 SE | 47 NO | 48 PL | 49 DE | 51 PE | 52 MX | 53 CU
| 54 AR | 55 BR | 56 CL | 57 CO | 58 VE | 60 MY | 61 AU | 62 ID | 63 PH | 64 NZ | 65 SG | 66 TH
| 81 JP | 82 KR | 84 VN | 86 CN | 90 TR | 91 IN | 92 PK | 93 AF | 94 LK | 95 MM | 98 IR
| 211 SS | 212 MA | 213 DZ | 216 TN | 218 LY | 220 GM | 221 SN | 223 ML | 225 CI | 226 BF
| 227 NE | 228 TG | 229 BJ | 230 MU | 231 LR | 232 SL | 233 GH | 234 NG | 235 TD | 236 CF
| 237 CM | 240 GQ | 241 GA | 242 CG | 243 CD | 244 AO | 249 SD | 250 RW | 251 ET | 252 SO
| 253 DJ | 254 KE | 255 TZ | 256 UG | 257 BI | 258 MZ | 260 ZM | 261 MG | 263 ZW | 264 NA
| 265 MW | 266 LS | 267 BW | 268 SZ | 351 PT | 352 LU | 353 IE | 354 IS | 355 AL | 356 MT
| 357 CY | 358 FI | 359 BG | 370 LT | 371 LV | 372 EE | 373 MD | 374 AM | 375 BY | 376 AD
| 377 MC | 378 SM | 380 UA | 381 RS | 382 ME | 383 XK | 385 HR | 386 SI | 387 BA | 389 MK
| 420 CZ | 421 SK | 423 LI | 501 BZ | 502 GT | 503 SV | 504 HN | 505 NI | 506 CR | 507 PA
| 509 HT | 591 BO | 592 GY | 593 EC | 595 PY | 598 UY | 852 HK | 853 MO | 855 KH | 856 LA
| 880 BD | 886 TW | 960 MV | 961 LB | 962 JO | 963 SY | 964 IQ | 965 KW | 966 SA | 967 YE
| 968 OM | 970 PS | 971 AE | 972 IL | 973 BH | 974 QA | 975 BT | 976 MN | 977 NP | 992 TJ
| 993 TM | 994 AZ | 995 GE | 996 KG | 998 UZ
"""
CALLING_CODE: dict[str, str] = {
    country: entry.split()[0]
    for entry in _CALLING_CODES.split("|")
    for country in entry.split()[1:]
}
_KNOWN_CODES = frozenset(CALLING_CODE.values())
# The one country each calling code belongs to. The Vatican shares Italy's +39 and is left out;
# the US, Canada and Puerto Rico share +1, Russia and Kazakhstan +7: those codes say nothing alone.
_SOLE_COUNTRY = {
    code: sharing[0] for code in _KNOWN_CODES
    if len(sharing := [c for c, its in CALLING_CODE.items() if its == code and c != "VA"]) == 1
}
# Italy and its neighbours keep the leading 0 of the area code in the international form.
_KEEPS_ZERO = frozenset({"39", "378"})
PHONE_TAIL = 9  # digits two forms of one number always share (the subscriber number)

# Shared mailboxes of companies and agencies: they name an office, not a person.
_ROLE_MAILBOXES = frozenset({
    "admin", "apply", "careers", "contact", "cv", "cvs", "hello", "help", "hiring", "hr",
    "info", "jobs", "mail", "noreply", "no-reply", "office", "recruit", "recruiting",
    "recruitment", "resume", "resumes", "support", "talent", "team",
})
_EMAIL = re.compile(r"^[^@\s]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$")

_CYRILLIC = dict(zip(
    "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "h", "g", "d", "e", "ie", "e", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
     "iu", "ia"],
    strict=True,
))
_LATIN_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
                "þ": "th"}
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "eng", "ing", "mgr", "sr", "jr",
                     "phd", "msc", "bsc", "mba"})


def email_key(raw: str | None) -> str | None:
    """`Ana.Silva+jobs@Gmail.com` and `anasilva@gmail.com` are one mailbox."""
    if not raw:
        return None
    value = raw.strip().removeprefix("mailto:").strip().lower()
    if not _EMAIL.match(value):
        return None
    local, domain = value.rsplit("@", 1)
    local = local.split("+", 1)[0]
    if domain in {"gmail.com", "googlemail.com"}:
        local, domain = local.replace(".", ""), "gmail.com"
    if not local or local in _ROLE_MAILBOXES:
        return None
    return f"{local}@{domain}"


@dataclass(frozen=True)
class Phone:
    digits: str  # the international number without +, or the national number if not known
    international: bool

    @property
    def tail(self) -> str:
        return self.digits[-PHONE_TAIL:]


def normalise_phone(raw: str | None, country: str | None) -> Phone | None:
    """A phone number in international form where it can be: +CC from the number itself, else
    from the person's country, the national trunk prefix dropped ("0744 902 157" in Romania is
    +40744902157; "+44 (0)20 ..." is +4420 ...)."""
    if not raw:
        return None
    text = re.split(r"(?i)\s*(?:ext\.?|extension|x|wew\.?)\s*\d{1,5}\s*$", raw.strip())[0]
    digits = re.sub(r"\D", "", text)
    international = text.startswith("+") or digits.startswith("00")
    if digits.startswith("00"):
        digits = digits[2:]
    if not 7 <= len(digits) <= 15:
        return None
    if international:
        code = _calling_code(digits)
        if code is None:
            return Phone(digits, True)
        rest = digits[len(code):]
        if rest.startswith("0") and code not in _KEEPS_ZERO:
            rest = rest[1:]
        return Phone(code + rest, True)
    code = CALLING_CODE.get((country or "").upper())
    if code == "1" and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    elif code not in _KEEPS_ZERO:
        digits = digits.lstrip("0") or digits
    return Phone(digits, False) if code is None else Phone(code + digits, True)


def country_of_phone(raw: str | None) -> str | None:
    """The country of an international number whose calling code is one country's alone
    ("+91-98490 12345" -> IN); None for a national number or a code several countries share
    (+1, +7)."""
    phone = normalise_phone(raw, None)
    if phone is None or not phone.international:
        return None
    code = _calling_code(phone.digits)
    return _SOLE_COUNTRY.get(code) if code is not None else None


def _calling_code(digits: str) -> str | None:
    """The calling code an international number's digits begin with, if a known one."""
    return next((digits[:n] for n in (1, 2, 3) if digits[:n] in _KNOWN_CODES), None)


def link_key(raw: str) -> str | None:
    """A profile's own address: linkedin.com/in/<name>, github.com/<user>, gitlab.com/<user>,
    indeed.com/r/<name>/<id>. A repository or a company page is not a person."""
    text = raw.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = [unquote(p).lower() for p in parts.path.split("/") if p]
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        if len(path) >= 2 and path[0] in {"in", "pub"}:
            return "linkedin/" + "/".join(path[1:] if path[0] == "in" else path)[:200]
        return None
    if host in {"github.com", "gitlab.com"}:
        reserved = {"orgs", "features", "topics", "sponsors", "explore", "about", "marketplace"}
        if len(path) == 1 and path[0] not in reserved:
            return f"{host.split('.')[0]}/{path[0][:100]}"
        return None
    if host == "indeed.com" or host.endswith(".indeed.com"):
        if len(path) >= 3 and path[0] == "r":
            return f"indeed/{path[2][:100]}"
        if len(path) >= 2 and path[0] == "p":
            return f"indeed/p/{path[1][:100]}"
    return None


def name_tokens(name: str | None) -> tuple[str, ...]:
    """A name folded to Latin letters without marks, in words, titles dropped: "Олександр
    Бондаренко", "Ołeksandr Bondarenko" and "OLEKSANDR BONDARENKO" agree."""
    if not name:
        return ()
    text = "".join(_CYRILLIC.get(ch, _LATIN_EXTRA.get(ch, ch)) for ch in name.casefold())
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return tuple(w for w in re.findall(r"[a-z]+", text) if w not in _TITLES)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8


def names_contradict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both stated and without a single word in common: two different people."""
    left, right = [w for w in a if len(w) > 1], [w for w in b if len(w) > 1]
    if not left or not right:
        return False
    return not any(_same_word(x, y) for x in left for y in right)


def names_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    """Every word of the shorter name is in the longer one ("Ana Silva", "Ana Maria Silva"),
    or one of them is not stated. Sharing a surname is not enough: families share phones."""
    left, right = list(a), list(b)
    if not left or not right:
        return True
    short, long_ = sorted((left, right), key=len)
    return all(any(_same_word(x, y) for y in long_) for x in short)


@dataclass(frozen=True)
class Identity:
    """What identifies one person: from one file, or the union of every file of a candidate."""

    emails: frozenset[str] = frozenset()
    phones: frozenset[Phone] = frozenset()
    links: frozenset[str] = frozenset()
    names: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def of(cls, candidate: Candidate, *, named: bool = True) -> Identity:
        """Without `named`, the name is left out (a suppression check needs none: a name is
        never suppressed, and folding it is most of the cost)."""
        email = email_key(candidate.email)
        phones = (normalise_phone(p, candidate.country) for p in candidate.phones)
        name = name_tokens(candidate.name) if named else ()
        return cls(
            emails=frozenset([email] if email else []),
            phones=frozenset(p for p in phones if p),
            links=frozenset(k for k in map(link_key, candidate.links) if k),
            names=frozenset([name] if name else []),
        )

    @classmethod
    def from_keys(cls, keys: Iterable[str]) -> Identity:
        """The identity a stored set of keys describes."""
        emails, links, phones, names = set(), set(), set(), set()
        for key in keys:
            kind, _, value = key.partition(":")
            if kind == EMAIL:
                emails.add(value)
            elif kind == LINK:
                links.add(value)
            elif kind in (E164, NATIONAL):
                phones.add(Phone(value, kind == E164))
            elif kind == NAME and value:
                names.add(tuple(value.split()))
        return cls(frozenset(emails), frozenset(phones), frozenset(links), frozenset(names))

    def lookup_keys(self) -> list[str]:
        """The keys a known candidate is found by (a name is not one of them)."""
        return ([f"{EMAIL}:{e}" for e in sorted(self.emails)]
                + [f"{LINK}:{link}" for link in sorted(self.links)]
                + [f"{PHONE}:{p.tail}" for p in sorted(self.phones, key=lambda p: p.digits)])

    def stored_keys(self) -> list[str]:
        """Everything the store keeps to find and tell apart this person later."""
        keys = self.lookup_keys()
        keys += [f"{E164 if p.international else NATIONAL}:{p.digits}"
                 for p in sorted(self.phones, key=lambda p: p.digits)]
        keys += [f"{NAME}:{' '.join(name)}" for name in sorted(self.names)]
        return keys

    def union(self, other: Identity) -> Identity:
        return Identity(self.emails | other.emails, self.phones | other.phones,
                        self.links | other.links, self.names | other.names)

    def contradicts_name(self, other: Identity) -> bool:
        """Every name of one is unlike every name of the other (both stated)."""
        return bool(self.names and other.names) and all(
            names_contradict(a, b) for a in self.names for b in other.names
        )

    def agrees_on_name(self, other: Identity) -> bool:
        return not (self.names and other.names) or any(
            names_agree(a, b) for a in self.names for b in other.names
        )


def phones_match(a: Iterable[Phone], b: Iterable[Phone]) -> bool:
    """One number in both: the same international number, or, where one side could not be put
    in international form, a national number the other ends with."""
    for x in a:
        for y in b:
            if x.international and y.international:
                if x.digits == y.digits:
                    return True
            else:
                short, long_ = sorted((x.digits, y.digits), key=len)
                if len(short) >= 8 and long_.endswith(short):
                    return True
    return False
