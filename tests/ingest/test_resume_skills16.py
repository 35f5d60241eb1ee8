"""Regressions from the dev résumés of batches resumes16-a/-b (bench/data/extraction,
*-980...1003): certificates named whole ("Microsoft Certified: Azure Developer Associate"),
products quoted with their versions and editions ("Angular 16", "Minitab 19", "MISA SME"), and
the duties of accountants, controllers, payroll clerks, nurses, midwives, teachers and buyers as
they are written in the hiring regions' languages."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.certificates import certificate_names
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker

CERTIFIED = """João Miguel Ferreira Antunes
jmf.antunes.dev@example.pt

## Experiência
Programador Sénior – Fidelidade, Lisboa
Janeiro 2022 – presente
- Desenvolvi a aplicação em Angular 16 com backend em .NET 7.

## Certificações
Microsoft Certified: Azure Developer Associate (AZ-204)
Lean Six Sigma Yellow Belt (2021)
Curso de primeiros socorros (2023)
"""


@pytest.mark.parametrize(
    ("text", "whole", "names"),
    [
        ("AWS Certified Machine Learning – Specialty (2023)", True,
         ["AWS Certified Machine Learning – Specialty"]),
        ("Chứng chỉ Kế toán trưởng (Bộ Tài chính, 2022)", True, ["Chứng chỉ Kế toán trưởng"]),
        ("• Six Sigma Black Belt (KPMG)", True, ["Six Sigma Black Belt"]),
        ("Google Ads Search Certification, 2021", True, ["Google Ads Search Certification"]),
        ("Chứng chỉ tin học văn phòng MOS Excel 2016", True,
         ["Chứng chỉ tin học văn phòng MOS Excel 2016"]),  # a version, not a date
        ("Certyfikaty: CKA – Certified Kubernetes Administrator (2022), HashiCorp Terraform "
         "Associate (2023).", False,
         ["CKA – Certified Kubernetes Administrator", "HashiCorp Terraform Associate"]),
        ("Kurs pierwszej pomocy przedmedycznej (2023)", True, []),  # a course, no certificate
        ("Worked towards the AWS Certified Developer exam", False, []),  # no certificates line
    ],
)
def test_certificate_names_are_whole_without_year_or_issuer(
    text: str, whole: bool, names: list[str]
) -> None:
    assert [n.text for n in certificate_names(text, whole)] == names


def test_a_certificates_section_gives_each_certificate_whole() -> None:
    candidate = parse_text_resume(CERTIFIED, "cv.md")
    link_skills(default_linker(), candidate)
    texts = {i.id: i.text for i in candidate.evidence}
    quotes = {texts[m.evidence_id][m.span[0] : m.span[1]]
              for m in candidate.skills if m.span and m.evidence_id}
    assert "Microsoft Certified: Azure Developer Associate" in quotes
    assert "Lean Six Sigma Yellow Belt" in quotes
    # A course names no certificate: its words may name a skill, the line is no skill itself.
    assert not any(q.startswith("Curso") for q in quotes)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Front end in Angular 16 with a .NET 7 backend", "Angular 16"),
        ("Capability studies in Minitab 19.", "Minitab 19"),
        ("Hạch toán trên phần mềm MISA SME.", "MISA SME"),
        ("Java developer, Kotlin 2019 – 2021", "Kotlin"),  # a date range after the name
        ("Python 5 years, Docker", "Python"),  # a duration
    ],
)
def test_a_products_version_or_edition_is_part_of_its_quote(text: str, quote: str) -> None:
    snippets = [m.snippet for m in default_linker().link(text)]
    # The quote ends with the version ("phần mềm MISA SME"), and no later.
    assert any(s == quote or s.endswith(" " + quote) for s in snippets), snippets


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mitarbeit am Jahresabschluss nach HGB", "prepare financial statements"),
        ("Budgetplanung und Forecast für zwei Werke", "manage budgets"),
        ("Veo bombas de infusión y monitores", "intravenous infusion"),
        ("Prowadzę dziennik i kontakt z rodzicami", "maintain relations with children's parents"),
        ("Conducted normal deliveries on the labour ward", "childbirth"),
        ("Je gère le dédouanement avec nos transitaires", "arrange customs documents"),
        ("Calculul salariilor lunare pentru 310 angajați", "manage payroll"),
    ],
)
def test_office_ward_and_classroom_duties_link_in_their_languages(text: str, label: str) -> None:
    assert label in {m.skill.label for m in default_linker().link(text)}
