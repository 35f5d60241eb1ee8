"""Section headings in the ten hiring-region languages and Europass (issue 15, item 2)."""

from __future__ import annotations

import pytest

from worldhire.ingest.sections import heading_key


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        # Headings that became invented names on anonymised CVs (issue 15).
        ("Trayectoria Profesional", "experience"),
        ("Expériences Professionnelles", "experience"),
        ("Pengalaman Kerja", "experience"),
        ("Histórico Profissional", "experience"),
        ("Kinh Nghiệm Làm Việc", "experience"),
        # Every key in the ten languages.
        ("Doświadczenie zawodowe", "experience"),
        ("Досвід роботи", "experience"),
        ("Experiența profesională", "experience"),
        ("BERUFSERFAHRUNG", "experience"),
        ("## Beruflicher Werdegang", "experience"),
        ("Proyectos", "projects"),
        ("Dự án", "projects"),
        ("Contribuições open source", "open_source"),
        ("Publikacje", "publications"),
        ("Wykształcenie", "education"),
        ("Освіта", "education"),
        ("Educație și formare", "education"),
        ("Formação académica", "education"),
        ("Riwayat Pendidikan", "education"),
        ("Umiejętności", "skills"),
        ("Compétences techniques", "skills"),
        ("EDV-Kenntnisse", "skills"),
        ("Kỹ năng", "skills"),
        ("Keahlian", "skills"),
        ("Idiomas", "languages"),
        ("Języki obce", "languages"),
        ("Мови", "languages"),
        ("Limbi străine", "languages"),
        ("Sprachkenntnisse", "languages"),
        ("Ngoại ngữ", "languages"),
        ("Bahasa", "languages"),
        ("Certyfikaty", "certifications"),
        ("Chứng chỉ", "certifications"),
        ("Sobre mí", "summary"),
        ("Mục tiêu nghề nghiệp", "summary"),
        ("Dane osobowe", "contact"),
        ("Angaben zur Person", "contact"),
        ("Oczekiwania finansowe", "availability"),
        ("Pretensão salarial", "availability"),
        ("Zainteresowania", "other"),
        # Europass.
        ("Personal information", "contact"),
        ("Work experience", "experience"),
        ("Education and training", "education"),
        ("Personal skills", "skills"),
        ("Mother tongue(s)", "languages"),
        ("Other language(s)", "languages"),
        ("Digital skills", "skills"),
        ("Driving licence", "other"),
        ("Additional information", "availability"),
        # Without accents, as people type them.
        ("Experiencia profissional", "experience"),
        ("Wyksztalcenie", "education"),
        ("Ky nang", "skills"),
        # Markdown headings in a person's own words.
        ("## Mi trayectoria laboral", "experience"),
        ("## Über mich", "summary"),
    ],
)
def test_heading_vocabulary(heading: str, key: str) -> None:
    assert heading_key(heading) == key


@pytest.mark.parametrize("line", ["Résumé", "РЕЗЮМЕ", "Ana Souza", "Kraków, Polska"])
def test_not_headings(line: str) -> None:
    assert heading_key(line) is None


def test_a_languages_row_of_programming_languages_is_skills() -> None:
    """"Languages : Core Java, J2EE, SQL" in a technical skills table (issue 20): skills, while a
    row of spoken languages stays the Languages section."""
    from worldhire.ingest.sections import split_sections

    tech = split_sections("SKILLS\nJava (2 years)\nLanguages : Core Java, J2EE, SQL, PL/SQL")
    assert [(s.key, s.lines) for s in tech.sections][-1] == (
        "skills", ["Core Java, J2EE, SQL, PL/SQL"])
    spoken = split_sections("SKILLS\nJava\nLanguages Known: English, Hindi, Tamil")
    assert "languages" in [s.key for s in spoken.sections]


def test_pay_and_notice_lines_after_another_section_are_availability() -> None:
    """"Aspiración salarial: USD 4.500 mensuales" after Educación is pay, not a school, and so
    is the notice period after a salary line."""
    from worldhire.ingest.sections import split_sections

    split = split_sections("Educación\nIngeniería de Sistemas, EAFIT (2014 – 2018)\n"
                           "Aspiración salarial: USD 4.500 mensuales")
    assert [(s.key, s.lines) for s in split.sections] == [
        ("education", ["Ingeniería de Sistemas, EAFIT (2014 – 2018)"]),
        ("availability", ["USD 4.500 mensuales"]),
    ]
    split = split_sections("CERTIFICATIONS\nTensorFlow Developer Certificate (2021)\n"
                           "Expected salary: USD 5,500/month.\nNotice period: 1 month.")
    assert [s.key for s in split.sections] == ["certifications", "availability"]
