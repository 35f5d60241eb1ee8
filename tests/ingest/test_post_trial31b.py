"""Regressions from helper trial31b's trial of issue 15 with job posts as people write them: a UN
vacancy notice, a UK job description with a person specification, a recruiter's e-mail offering
two roles (invented sentences, not the corpus documents)."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, nice_skills, quotes, read_post

from worldhire.ingest.posts.detection import looks_like_post


def test_a_position_title_label_is_no_part_of_the_title() -> None:
    role = read_post(
        "VACANCY ANNOUNCEMENT\n\nVacancy Notice No.: ABC/2026/7\n"
        "Position Title: Programme Data Analyst (Monitoring & Evaluation)\nGrade: P-2\n"
        "Duty Station: Kampala, Uganda\n\nWork Experience\n"
        "A minimum of two years of experience in data analysis is required.\n"
    )
    assert role.title == "Programme Data Analyst (Monitoring & Evaluation)"


def test_a_title_s_specialism_in_brackets_stays_in_the_title() -> None:
    role = read_post(
        "Job title: Payroll Officer (Accounts Payable & Expenses)\n"
        "Organisation: Hollin Brook Care Trust\nLocation: Sheffield\n\n"
        "Essential: at least 2 years in a payroll role; Excel.\n"
    )
    assert role.title == "Payroll Officer (Accounts Payable & Expenses)"


def test_a_vacancy_notice_with_education_and_experience_headings_is_a_post() -> None:
    notice = (
        "REGIONAL HEALTH ALLIANCE\nVACANCY ANNOUNCEMENT\n\n"
        "Vacancy Notice No.: RHA/2027/04\nPosition Title: Monitoring Officer\nGrade: NO-B\n"
        "Deadline for Applications: 3 March 2027\n\n"
        "Responsibilities\n• Maintain the programme's indicator database;\n\n"
        "Education\nUniversity degree in public health, statistics or a related field.\n\n"
        "Work Experience\nA minimum of three years of experience in monitoring and evaluation "
        "is required. Experience with DHIS2 is desirable.\n\n"
        "Languages\nFluency in English is required. Knowledge of Portuguese is an advantage.\n\n"
        "Qualified female candidates are encouraged to apply.\n"
    )
    assert looks_like_post(notice)


def test_the_reader_s_own_employer_in_a_recruiter_s_e_mail_is_not_the_company() -> None:
    role = read_post(
        "Subject: Theatre nurse role in Leeds, happy to chat\n\nHi Ama,\n\n"
        "I found your profile on LinkedIn and your theatre experience at Harrowgate General "
        "caught my eye. I'm a recruiter at Meadowlane Health and I'm currently working on a "
        "Scrub Nurse role with one of our NHS partner trusts in Leeds.\n"
        "- You'd need: NMC registration and 2 years of theatre experience\n"
        "- £35,000 – £42,000 per year\n\nBest,\nTom\n"
    )
    assert role.company == ""



_NOTICE = (
    "VACANCY ANNOUNCEMENT\n\nPosition Title: Monitoring Officer\nGrade: NO-B\n"
    "Deadline for Applications: 3 March 2027\n\n"
    "Organizational Setting\nThe country office runs its finance on Oracle.\n\n"
    "Competencies\nCore competencies: Communication, Teamwork.\n\n"
    "Education\nAdvanced university degree (Master's or equivalent) in economics, data science, "
    "geography or a related field. A first-level degree with two additional years of "
    "experience may be accepted.\n\n"
    "Work Experience\nA minimum of three years of experience with SQL is required.\n\n"
    "Languages\nEnglish and Portuguese are the working languages of the Secretariat. Fluency "
    "in English is required. Knowledge of Portuguese is desirable.\n\n"
    "Special Notice\nThe Alliance does not charge a fee at any stage of the recruitment "
    "process.\n"
)


def test_a_vacancy_notice_s_education_names_fields_of_study_not_requirements() -> None:
    must = must_skills(read_post(_NOTICE))
    assert {"data science", "geography", "Oracle"}.isdisjoint(must)
    assert "SQL" in must


def test_a_vacancy_notice_s_languages_section_welcomes_what_it_calls_desirable() -> None:
    role = read_post(_NOTICE)
    assert "English" in must_skills(role)
    assert "Portuguese" not in must_skills(role)
    assert "Portuguese" in nice_skills(role)


def test_a_vacancy_notice_s_special_notice_asks_for_nothing() -> None:
    assert not any("recruit" in s for s in must_skills(read_post(_NOTICE)))


def test_argentine_secondary_school_completed_is_schooling_not_a_skill() -> None:
    role = read_post(
        "Repositor de góndola\nSupermercados El Ceibo S.A.\nZona de trabajo: Rosario, Santa Fe\n\n"
        "Requisitos excluyentes:\n- Secundario completo\n- Experiencia de 1 año en reposición\n"
        "- Manejo de Excel básico\n"
    )
    assert "secundario completo" not in quotes(role, must=True)
