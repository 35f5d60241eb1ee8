"""Section headings in the ten hiring-region languages and Europass (issue 15, item 2)."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.sections import heading_key


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
    from worldhire.ingest.resumes.sections import split_sections

    tech = split_sections("SKILLS\nJava (2 years)\nLanguages : Core Java, J2EE, SQL, PL/SQL")
    assert [(s.key, s.lines) for s in tech.sections][-1] == (
        "skills", ["Core Java, J2EE, SQL, PL/SQL"])
    spoken = split_sections("SKILLS\nJava\nLanguages Known: English, Hindi, Tamil")
    assert "languages" in [s.key for s in spoken.sections]


def test_pay_and_notice_lines_after_another_section_are_availability() -> None:
    """"Aspiración salarial: USD 4.500 mensuales" after Educación is pay, not a school, and so
    is the notice period after a salary line."""
    from worldhire.ingest.resumes.sections import split_sections

    split = split_sections("Educación\nIngeniería de Sistemas, EAFIT (2014 – 2018)\n"
                           "Aspiración salarial: USD 4.500 mensuales")
    assert [(s.key, s.lines) for s in split.sections] == [
        ("education", ["Ingeniería de Sistemas, EAFIT (2014 – 2018)"]),
        ("availability", ["USD 4.500 mensuales"]),
    ]
    split = split_sections("CERTIFICATIONS\nTensorFlow Developer Certificate (2021)\n"
                           "Expected salary: USD 5,500/month.\nNotice period: 1 month.")
    assert [s.key for s in split.sections] == ["certifications", "availability"]


def test_a_label_set_off_by_a_dash_opens_its_section() -> None:
    """ "Languages - English (fluent), Twi (native)" is a labelled line as "Languages:" is; a
    job line with a dash ("Data Scientist - Google") is no heading."""
    from worldhire.ingest.resumes.sections import split_sections, spoken_languages_line

    split = split_sections("Open source: maintainer of twi-nlp (1.2k stars)\n"
                           "Languages - English (fluent), Twi (native), French (conversational).")
    assert [s.key for s in split.sections][:2] == ["open_source", "languages"]
    assert spoken_languages_line("• Languages – English, Hindi") == "English, Hindi"
    assert [s.key for s in split_sections("EXPERIENCE\nData Scientist - Google").sections] == [
        "experience"]


def test_a_sentence_after_one_labelled_line_of_study_is_no_study() -> None:
    """ "Education: BSc Computer Science, KNUST, 2019." names the degree; the sentence under it
    ("Happy to overlap 4-5 hrs with CET or EST.") is no part of it, nor is one under a
    languages line that follows the study; a school on the next line still is."""
    from worldhire.ingest.resumes.sections import split_sections

    split = split_sections("Education: BSc Computer Science, KNUST, 2019.\n"
                           "Happy to overlap 4-5 hrs with CET or EST.")
    assert [(s.key, s.lines) for s in split.sections] == [
        ("education", ["BSc Computer Science, KNUST, 2019."]),
        ("other", ["Happy to overlap 4-5 hrs with CET or EST."]),
    ]
    split = split_sections("Estudios: Ingeniería de Sistemas, UNI (2012-2017).\n"
                           "Idiomas: español nativo, inglés avanzado (C1).\n"
                           "Disponible para trabajar remoto con horario de EE.UU.")
    assert [s.key for s in split.sections] == ["education", "languages", "other"]
    split = split_sections("Education: Bachelor of Commerce in Accounting\n"
                           "University of Lagos, Akoka, 2011 - 2015")
    assert [s.key for s in split.sections] == ["education"]


def test_an_employer_in_capitals_before_a_dash_is_no_label() -> None:
    """ "GEODIS LOGISTICS – Saran (45)" heads a job under its section: the employer and its town,
    not a section named by a word in the employer's name."""
    from worldhire.ingest.resumes.sections import split_sections

    split = split_sections("EXPÉRIENCES PROFESSIONNELLES\n\nGEODIS LOGISTICS – Saran (45)\n"
                           "Chef d'équipe préparation de commandes – CDI\nJanvier 2019 à ce jour")
    assert [s.key for s in split.sections] == ["experience"]


def test_a_dashed_label_ends_one_labelled_line_as_a_colon_does() -> None:
    """ "Tools - Excel, SQL, Power BI, Python" / "Work done - cleaned ... data": the work done is
    no part of the tools, as it would not be after "Tools:"."""
    from worldhire.ingest.resumes.sections import split_sections

    split = split_sections("Internship - Data Analyst Intern, Techvolt, Jan 2024 to Jun 2024\n"
                           "Tools - Excel, SQL, Power BI, Python (pandas, matplotlib)\n"
                           "Work done - cleaned and merged warranty claim data into one table")
    assert [(s.key, s.lines) for s in split.sections][-2:] == [
        ("skills", ["Excel, SQL, Power BI, Python (pandas, matplotlib)"]),
        ("other", ["Work done - cleaned and merged warranty claim data into one table"]),
    ]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("الخبرات العملية", "experience"),
        ("المؤهلات الدراسية", "education"),
        ("اللغات", "languages"),
        ("ประวัติการทำงาน", "experience"),
        ("ความสามารถทางภาษา", "languages"),
        ("Kemahiran", "skills"),
        ("SZAKMAI TAPASZTALAT", "experience"),
        ("Tanulmányok", "education"),
        ("NYELVTUDÁS", "languages"),
        ("РАДНО ИСКУСТВО", "experience"),
        ("ОБРАЗОВАЊЕ И ОСПОСОБЉАВАЊЕ", "education"),
        ("ЈЕЗИЧКЕ ВЕШТИНЕ", "languages"),
        ("Професионален опит", "experience"),
    ],
)
def test_headings_of_more_regions(line: str, key: str) -> None:
    assert heading_key(line) == key
