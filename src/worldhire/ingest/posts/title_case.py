"""A job title written in capitals, as a reader writes it back: "SENIOR DATA ENGINEER" is
"Senior Data Engineer", "ML ENGINEER (COMPUTER VISION)" is "ML Engineer (Computer Vision)",
"ENGENHEIRO(A) DE DADOS PLENO" is "Engenheiro(a) de Dados Pleno".

Boards, agencies and chat groups shout titles; a recruiter reads them in a list of roles beside
titles typed normally. Acronyms stay in capitals: those every IT and office title uses, and any
word the post itself writes in capitals inside ordinary text ("experiencia en NLP"). A word the
post writes with capitals inside it keeps that form ("MLOps", "PyTorch", "iOS").
"""

from __future__ import annotations

import re

# Acronyms of titles and teams, in capitals whatever the post writes elsewhere.
_ACRONYMS = frozenset((
    "AI", "ML", "NLP", "LLM", "CV", "BI", "QA", "QC", "UX", "UI", "SRE", "IT", "TI", "HR", "RRHH",
    "ERP", "SAP", "AWS", "GCP", "API", "ETL", "SQL", "PHP", "SEO", "CRM", "DBA", "GIS", "CX",
    "PM", "BA", "VP", "CTO", "CEO", "CFO", "COO", "CIO", "CISO", "HSE", "SOC", "NOC", "RPA", "JS",
    "TS", "GPU", "ESG", "KYC", "AML", "PMO", "II", "III", "IV"
))  # fmt: skip
# Words a title writes in lower case, unless they open it.
_CONNECTORS = frozenset((
    "a", "à", "and", "at", "da", "das", "de", "del", "des", "di", "do", "dos", "du", "e", "el",
    "en", "et", "for", "für", "i", "in", "la", "las", "le", "los", "na", "o", "od", "of", "per",
    "pentru", "și", "the", "to", "und", "w", "y", "z", "ze", "ds", "dan", "untuk", "và", "của",
    "з", "та", "і", "в", "у", "с", "по", "ve"
))  # fmt: skip
_RUN = re.compile(r"[^\W\d_]+")


def as_written_title(title: str, text: str) -> str:
    """The title in the case a reader writes it, when the post writes it in capitals; any other
    title unchanged. `text` is the whole post."""
    letters = [c for c in title if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return title
    if len(title.split()) == 1 and len(letters) <= 5:
        return title  # "CFO", "SRE": a title that is itself an acronym
    shouted = _shouted_acronyms(text)
    words = title.split(" ")
    return " ".join(_word(w, i == 0, text, shouted) for i, w in enumerate(words))


def _word(word: str, first: bool, text: str, shouted: frozenset[str]) -> str:
    def run(match: re.Match[str]) -> str:
        part = match.group(0)
        at = match.start()
        inside = at >= 2 and word[at - 2].isalpha()  # "ENGENHEIRO(A)", "DÉVELOPPEUR·EUSE"
        if part in _ACRONYMS or part in shouted:
            return part
        if inside and word[at - 1] in "(·/" and len(part) <= 4:
            return part.lower()  # a gender ending: "(a)", "·euse", "/a"
        written = _mixed_case(part, text)
        if written:
            return written
        lower = part.lower()
        if lower in _CONNECTORS and not (first and at == 0):
            return lower
        return part[:1] + part[1:].lower()

    return _RUN.sub(run, word)


def _mixed_case(word: str, text: str) -> str | None:
    """The word as the post writes it with a capital inside ("MLOps", "DevOps", "iOS")."""
    for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
        form = found.group(0)
        if not form.isupper() and any(c.isupper() for c in form[1:]):
            return form
    return None


def _shouted_acronyms(text: str) -> frozenset[str]:
    """Short words the post writes in capitals alone inside lines that are not themselves in
    capitals ("Experiencia en NLP en producción", "ML/AI"): its acronyms. A run of such words
    is a phrase shouted ("... untuk posisi SENIOR DATA ENGINEER untuk tim"), not acronyms."""
    found: set[str] = set()
    for line in text.split("\n"):
        if not any(c.islower() for c in line):
            continue
        words = line.split()
        for at, word in enumerate(words):
            parts = _RUN.findall(word)
            neighbours = words[max(at - 1, 0) : at] + words[at + 1 : at + 2]
            if (parts and all(p.isupper() and 2 <= len(p) <= 4 for p in parts)
                    and not any(_shouted(n) for n in neighbours)):  # fmt: skip
                found.update(parts)
    return frozenset(found)


def _shouted(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
