"""Certificates a résumé names, kept whole as skills in the person's own words.

A certificate's name is a skill a reader credits as written ("AWS Certified Machine Learning –
Specialty", "Lean Six Sigma Yellow Belt", "Chứng chỉ Kế toán trưởng"): more than the product it
holds (a linked "AWS" or "Power BI" says less). Read from a certificates section's lines and from
a "Certifications:" line anywhere, one name per item; a name is kept only where it says it is a
certificate (a word of the certifying trade) or, short, is named by a code ("Cisco CCNA", "OSHA
30", "ISO 9001:2015 Lead Auditor"), so a course line ("Kurs pierwszej pomocy przedmedycznej
(2023)") or an issuer stays out. The year and the issuer in brackets after a name are no part of
it.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.languages import JOINERS
from worldhire.ingest.resumes.skill_lists import ListedName

MAX_CERTIFICATE_WORDS = 12
# Words that make a name a certificate's, in the hiring regions' languages.
_CERTIFICATE_WORD = re.compile(
    r"(?<!\w)(?:certified|certificate|certification|associate|professional|specialty|expert"
    r"|practitioner|belt|zertifikat|zertifiziert|certyfikat|certificado|certificação|"
    r"certificat|certificación|certificare|сертифікат|сертификат|chứng chỉ|sertifikat)(?!\w)",
    re.IGNORECASE,
)
# A line that introduces certificates: "Certifications: …", "Certyfikaty: …", "Chứng chỉ: …".
_LABEL = re.compile(
    r"^[\s•·▪*\-–]*(?:certifications?|certificates?|certificados?|certificações|certyfikaty"
    r"|certificări|certificats|zertifikate|zertifizierungen|сертифікати|сертификаты"
    r"|chứng chỉ|sertifikat|sertifikasi)\s*[:：]\s*",
    re.IGNORECASE,
)
# A section's line holds one name, or several set apart by middle dots, bullets or bars, or by a
# comma right after a bracket ("Cisco CCNA (2019) · OSHA 30", "… Certificate (2023), Content
# Writing (2021)"): a comma elsewhere may be the issuer's ("Professional Data Engineer, Google").
_SECTION_SEPARATOR = re.compile(r";|\s[·•▪|]\s|(?<=\)),")
_LABELLED_SEPARATOR = re.compile(r"[;,]")
# A code that names a certificate: its awarding body's or its standard's capitals ("CCNA",
# "OSHA", "ITIL", "CILT", "ISO"), with a level or number after a hyphen ("PL-300").
_CODE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*[A-Z](?:-\d+)?(?![\w-])")
MAX_CODED_WORDS = 5  # longer, a line that mentions codes ("Basic Life Support (BLS) – …")
# What follows a name: bracketed years, codes or issuers ("(2023)", "(AZ-204)", "(KPMG)"), a
# year set off by a comma or a dash ("Google Ads Search Certification, 2021"), a full stop. A
# year right after a word is the version a name holds ("MOS Excel 2016").
_TAIL = re.compile(r"(?:\s*\([^()]*\)|\s*[,–—-]\s*(?:19|20)\d\d|[\s.,;:])+$")
_LEAD = re.compile(r"^[\s•·▪*\-–\d.)]*")
# LinkedIn's dates and credential after a certificate's name and its issuer ("Google Cloud
# Certified Professional Data Engineer Google Cloud Issued Jun 2024 · Credential ID 7F3A").
_ISSUED = re.compile(
    r"(?<!\S)(?:(?:issued|expires)\s+(?:[^\W\d_]{3,9}\.?\s+)?(?:19|20)\d\d|credential id)\b.*$",
    re.IGNORECASE,
)


def certificate_names(text: str, whole: bool) -> list[ListedName]:
    """The certificates of a text: every line when `whole` (a certificates section's entry),
    else only the items of a line that opens with a certificates label."""
    out = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        label = _LABEL.match(line)
        if label is None and not whole:
            continue
        begin = start + (label.end() if label else 0)
        # Within a labelled line, items run to a semicolon or a comma; a section's line is one
        # name, whose commas may be its issuer's ("Google Cloud Professional Data Engineer,
        # Google").
        items = _split_items(text, begin, end, by_comma=label is not None)
        out += [name for a, b in items if (name := _name(text, a, b)) is not None]
    return out


def _split_items(text: str, start: int, end: int, by_comma: bool) -> list[tuple[int, int]]:
    separator = _LABELLED_SEPARATOR if by_comma else _SECTION_SEPARATOR
    items = []
    for mark in [*separator.finditer(text, start, end), None]:
        stop = mark.start() if mark else end
        if stop > start:
            items.append((start, stop))
        start = mark.end() if mark else end
    return items


def _name(text: str, start: int, end: int) -> ListedName | None:
    piece = text[start:end]
    lead = _LEAD.match(piece)
    start += lead.end() if lead else 0
    issued = _ISSUED.search(text, start, end)
    if issued:
        end = _without_issuer(text, start, issued.start())
    piece = text[start:end]
    tail = _TAIL.search(piece)
    if tail:
        end = start + tail.start()
    name = text[start:end]
    named = _CERTIFICATE_WORD.search(name) or _named_by_code(name)
    if (not name or not named
            or len(name.split()) > MAX_CERTIFICATE_WORDS or not any(c.isalpha() for c in name)):
        return None
    return ListedName(start, end, name)


def _without_issuer(text: str, start: int, end: int) -> int:
    """Where a name followed by its issuer ends: the issuer is the name's first words again
    ("Google Cloud ... Google Cloud", "Microsoft Certified: ... Microsoft")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for size in range(len(words) // 2, 0, -1):
        first = [w.group().rstrip(":").casefold() for w in words[:size]]
        if first == [w.group().casefold() for w in words[-size:]]:
            return start + words[-size].start()
    return end


def _named_by_code(name: str) -> bool:
    """A short name with a code in it, and no "and" between two things ("BLS y ACLS": each is
    linked on its own)."""
    words = name.split()
    return (bool(_CODE.search(name)) and len(words) <= MAX_CODED_WORDS
            and not any(w.casefold() in JOINERS for w in words))
