"""Identity resolution: résumé versions per candidate and the identifiers candidates are found
by (e-mail, phone, profile links, file hashes), filled in for the candidates already stored.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "candidate_versions",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "candidate_id", sa.String(40), sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("parsed_at", TZ, nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.UniqueConstraint("candidate_id", "content_hash", name="uq_candidate_versions_file"),
    )
    op.create_table(
        "candidate_identifiers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "candidate_id", sa.String(40), sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("tenant_id", sa.String(40)),
        sa.Column("key", sa.String(400), nullable=False),
        sa.UniqueConstraint("candidate_id", "key", name="uq_candidate_identifiers_key"),
    )
    op.create_index("ix_candidate_identifiers_key", "candidate_identifiers",
                    ["key", "tenant_id"])
    _identify_stored_candidates()


def _identify_stored_candidates() -> None:
    """Candidates stored before this revision get their identifiers, so a new file of one of
    them joins it. Their versions start with the next file (the profile as stored becomes the
    first)."""
    conn = op.get_bind()
    people = sa.table(
        "candidates", sa.column("id"), sa.column("tenant_id"), sa.column("name"),
        sa.column("email"), sa.column("phone"), sa.column("country"),
        sa.column("links", sa.JSON), sa.column("source_hash"),
    )
    identifiers = sa.table("candidate_identifiers", sa.column("candidate_id"),
                           sa.column("tenant_id"), sa.column("key"))
    rows = []
    for r in conn.execute(sa.select(people)).all():
        keys = _stored_keys(r.name, r.email, r.phone, r.country, list(r.links or []))
        keys += [f"file:{r.source_hash}"] if r.source_hash else []
        rows += [{"candidate_id": r.id, "tenant_id": r.tenant_id, "key": k[:400]}
                 for k in dict.fromkeys(keys)]
    if rows:
        op.bulk_insert(identifiers, rows)


# The keys as worldhire.identity.keys wrote them at this revision, frozen here: a migration
# reads no capability's code, which goes on changing after it (Identity.of(...).stored_keys()
# for a candidate with one phone number).

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




def _stored_keys(name: str | None, email: str | None, phone: str | None, country: str | None,
                 links: list[str]) -> list[str]:
    mailbox = _email_key(email)
    number = _normalise_phone(phone, country)
    profiles = sorted({k for k in map(_link_key, links) if k})
    keys = [f"email:{mailbox}"] if mailbox else []
    keys += [f"link:{link}" for link in profiles]
    if number is not None:
        digits, international = number
        keys += [f"phone:{digits[-PHONE_TAIL:]}",
                 f"{'e164' if international else 'national'}:{digits}"]
    words = _name_tokens(name)
    keys += [f"name:{' '.join(words)}"] if words else []
    return keys


def _email_key(raw: str | None) -> str | None:
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


def _normalise_phone(raw: str | None, country: str | None) -> tuple[str, bool] | None:
    """The number's digits and whether they are the international form."""
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
        code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in _KNOWN_CODES), None)
        if code is None:
            return digits, True
        rest = digits[len(code):]
        if rest.startswith("0") and code not in _KEEPS_ZERO:
            rest = rest[1:]
        return code + rest, True
    code = CALLING_CODE.get((country or "").upper())
    if code == "1" and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    elif code not in _KEEPS_ZERO:
        digits = digits.lstrip("0") or digits
    return (digits, False) if code is None else (code + digits, True)


def _link_key(raw: str) -> str | None:
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


def _name_tokens(name: str | None) -> tuple[str, ...]:
    if not name:
        return ()
    text = "".join(_CYRILLIC.get(ch, _LATIN_EXTRA.get(ch, ch)) for ch in name.casefold())
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return tuple(w for w in re.findall(r"[a-z]+", text) if w not in _TITLES)


def downgrade() -> None:
    op.drop_index("ix_candidate_identifiers_key", "candidate_identifiers")
    op.drop_table("candidate_identifiers")
    op.drop_table("candidate_versions")
