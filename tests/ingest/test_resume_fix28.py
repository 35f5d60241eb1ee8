"""Résumé errors left by trial27a (issue 15, resumefix28): what a user's try of the product got
wrong on résumés pasted into e-mails and read by OCR."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.shared.fields import find_phones
from worldhire.skills.linker import default_linker


def _skill_words(text: str) -> set[str]:
    resume = parse_text_resume(text, "cv.txt")
    link_skills(default_linker(), resume)
    return {mention.skill.label.lower() for mention in resume.skills}


def test_the_message_quoted_under_an_e_mail_reply_is_not_the_candidates() -> None:
    """A CV pasted into a reply keeps the recruiter's message quoted under it ("> ..."): those
    are the other person's words, so their job title gives the candidate no skill."""
    text = (
        "Hello Marta,\n\nPlease find my CV below.\n\n"
        "OTIENO BARASA\notieno.barasa@example.com | +254 711 222 333\n\n"
        "EXPERIENCE\nSupport Engineer, Kopo Ltd\nMay 2021 - Present\n"
        "I look after our Linux servers and write Bash scripts.\n\n"
        "SKILLS\nLinux, Bash\n\nRegards,\nOtieno\n\n"
        "> On 2 Dec 2026, at 10:40, Marta Njeri wrote:\n>\n> Dear Otieno,\n>\n"
        "> Kindly send your CV for the payroll role.\n>\n> Marta Njeri\n"
        "> Talent Acquisition Partner | Payroll Accounting Ltd\n"
    )
    words = _skill_words(text)
    assert {"linux", "bash"} <= words
    assert not {"recruit employees", "manage payroll", "accounting", "dear otieno"} & words


OCR_READ = """CURRICULUM VITAE

Narne          : PRIYA NAIR
Mobi1e         : +91 98470 11223
E-mail         : ti11.nair@example.in

WORK EXPERIENCE
Organisation   : Sunrise Hospita1, Thrissur
Designation    : Staff Nurse
Duration       : 0ct 2020 to ti11 date
"""


def test_ocr_confusions_in_label_words_and_dates_are_read_through() -> None:
    """A scanned CV read by OCR writes "Narne" for Name, "0ct" for Oct and "ti11 date" for till
    date: label words, month names and "till date" are read through those confusions (0/O,
    1/l, rn/m); names, e-mails and other words are left as written."""
    resume = parse_text_resume(OCR_READ, "cv.txt")
    assert resume.name == "Priya Nair"
    assert resume.email == "ti11.nair@example.in"
    jobs = [
        (e.title, e.organization, e.start, e.end)
        for e in resume.evidence
        if e.kind is EvidenceKind.JOB
    ]
    assert jobs == [("Staff Nurse", "Sunrise Hospita1, Thrissur", date(2020, 10, 1), None)]


def test_a_freelancers_rate_under_a_rate_heading_is_the_pay_asked() -> None:
    """A freelancer states pay under "Tarifa" (es, pt), "Stawka" (pl), "Stundensatz" (de): the
    amount under it is what the person asks for, though no salary word is on its line."""
    text = (
        "# Camila Rojas\ncamila.rojas@example.co\n\n## Experiencia\n"
        "Desarrolladora backend – Rappi, Bogotá · mar. 2019 – actualidad\n\n"
        "## Tarifa\nUSD 38 por hora, o COP 12.000.000 al mes con dedicación completa.\n"
    )
    pay = parse_text_resume(text, "cv.md").pay_stated
    assert pay is not None
    assert (pay.currency, pay.low, pay.period) == ("USD", 38.0, "hour")


def test_a_postal_code_after_its_label_is_not_a_phone() -> None:
    """A Brazilian CEP has eight digits ("CEP 04538-132") and looks like a phone number; after
    its label (CEP, ZIP, postal code, código postal, kode pos) it is part of the address."""
    assert find_phones("Rua Tabapuã, 540 – Itaim Bibi, São Paulo – SP, CEP 04538-132") == []
    assert find_phones("Jl. Kemang Raya 12, Kode Pos 12730-001 · +62 812 3456 7890") == [
        "+62 812 3456 7890"
    ]
    # Turkish "Cep" is a mobile phone: its number is not a CEP's shape
    assert find_phones("Bursa · Cep: 0532 456 78 90") == ["0532 456 78 90"]
