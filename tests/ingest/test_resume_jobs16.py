"""Regressions from the dev résumés of batch jobs16-a (bench/data/extraction, *-1004...1026):
jobs told in cover letters and bios, date-first job lines inside paragraphs ("2021 – actualidad:
analista de riesgos senior en Interbank", "У 2017–2020 рр. — економіст, ПАТ «Львівобленерго»"),
employers named by their legal form (Vietnamese names run on in lower-case syllables, names in
quotes, a legal form after the name with no word introducing it), two employers in one sentence,
a stint of some months told with its one year, lines that wrap after a colon or a preposition,
and names beside an e-mail address, in a "Surname, Given" form field or introduced in
Vietnamese."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.header import read_header
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.sentences import sentences

D = date


@pytest.mark.parametrize(
    ("sentence", "job"),
    [("2021 – actualidad: analista de riesgos senior en Interbank, donde mantengo los modelos.",
      ("analista de riesgos senior", "Interbank", D(2021, 1, 1), None)),
     ("Antes, 2018 – 2021: analista de datos en Rimac Seguros S.A., a cargo de los tableros.",
      ("analista de datos", "Rimac Seguros S.A", D(2018, 1, 1), D(2021, 1, 1))),
     ("У 2017–2020 рр. — економіст, ПАТ «Львівобленерго»: аналіз тарифів в Excel.",
      ("економіст", "ПАТ «Львівобленерго»", D(2017, 1, 1), D(2020, 1, 1))),
     ("До цього, з 2015 по 2017 рік, — операціоніст в АТ КБ «ПриватБанк».",
      ("операціоніст", "АТ КБ «ПриватБанк»", D(2015, 1, 1), D(2017, 1, 1))),
     ("Từ 2019 đến nay: Kỹ sư dữ liệu tại Công ty TNHH Shopee Việt Nam.",
      ("Kỹ sư dữ liệu", "Công ty TNHH Shopee Việt Nam", D(2019, 1, 1), None)),
     ("2014-2017 - Customer Service Representative, Teleperformance Philippines (Cebu), inbound.",
      ("Customer Service Representative", "Teleperformance Philippines", D(2014, 1, 1),
       D(2017, 1, 1))),
     ("Davor war ich von 2017 bis 2020 Softwareentwickler bei der Deutsche Bahn Connect GmbH.",
      ("Softwareentwickler", "Deutsche Bahn Connect GmbH", D(2017, 1, 1), D(2020, 1, 1))),
     ("Entre les deux, de fin 2020 à 2021, consultante data freelance pour des PME de la région.",
      ("consultante data freelance", None, D(2020, 1, 1), D(2021, 1, 1)))],
)  # fmt: skip
def test_a_job_line_that_opens_with_its_dates_inside_a_paragraph(
    sentence: str, job: tuple[str, str | None, date, date | None]
) -> None:
    found = [(j.title, j.organization, j.start, j.end) for j in jobs_in_sentence(sentence)]
    assert found == [job]


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [("Năm 2016, tôi thực tập 6 tháng tại Ngân hàng TMCP Á Châu (ACB) với vị trí thực tập sinh IT.",
      "Ngân hàng TMCP Á Châu"),
     ("Pierwsze doświadczenie zdobyłam jako stażystka w dziale IT Energa SA (lipiec–wrzesień "
      "2015).",
      "IT Energa SA"),
     ("Entre 2017 e 2020 estive na Critical Software, em Coimbra, como engenheira de software, "
      "a desenvolver sistemas em C++.", "Critical Software")],
)  # fmt: skip
def test_the_employer_is_the_named_company_not_a_tool_or_a_lower_case_word(
    sentence: str, employer: str
) -> None:
    assert [j.organization for j in jobs_in_sentence(sentence)] == [employer]


def test_dates_of_a_job_in_the_sentence_that_opens_with_them_only() -> None:
    assert jobs_in_sentence("Between 2018 and 2020, I travelled around Asia.") == []
    assert jobs_in_sentence("In 2019 and 2020, we grew revenue by 40% at Acme.") == []


def test_two_employers_in_one_sentence_are_two_jobs() -> None:
    text = (
        "Kavya began her career in 2012 at Mu Sigma as a decision scientist, and from 2014 to "
        "2017 worked at IBM Research India as a research engineer on text analytics."
    )
    found = [(j.title, j.organization, j.end) for j in jobs_in_sentence(text)]
    assert found == [("decision scientist", "Mu Sigma", None),
                     ("research engineer", "IBM Research India", D(2017, 1, 1))]  # fmt: skip
    moved = jobs_in_sentence(
        "After five years at Jumia as a product analyst, I moved to Moniepoint in 2022, where I "
        "now lead the analytics as a senior product analyst."
    )
    assert [(j.title, j.organization) for j in moved] == [
        ("product analyst", "Jumia"), ("senior product analyst", "Moniepoint")
    ]
    one = jobs_in_sentence("I worked at Acme as an engineer, and I enjoy hiking at Mount Kenya.")
    assert [(j.title, j.organization) for j in one] == [("engineer", "Acme")]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("Auparavant, j'ai effectué un stage de six mois en 2017 chez Sopra Steria comme "
      "développeuse.",
      2017),
     ("Saya pernah magang selama 3 bulan di KAP Purwantono pada tahun 2016 sebagai asisten "
      "auditor.",
      2016)],
)  # fmt: skip
def test_a_stint_of_some_months_told_with_its_year_began_and_ended_that_year(
    sentence: str, year: int
) -> None:
    [job] = jobs_in_sentence(sentence)
    assert (job.start, job.end) == (D(year, 1, 1), D(year, 1, 1))


def test_a_later_role_that_says_when_it_ended_starts_when_the_stint_before_it_ended() -> None:
    text = (
        "Am început în 2016 ca tester manual (intern, 6 luni) la Evozon Systems SRL, apoi am rămas "
        "acolo ca tester junior până în 2018."
    )
    found = [(j.title, j.start, j.end) for j in jobs_in_sentence(text)]
    assert found == [("tester manual", D(2016, 1, 1), D(2016, 1, 1)),
                     ("tester junior", D(2016, 1, 1), D(2018, 1, 1))]  # fmt: skip


def test_wrapped_lines_after_a_colon_an_abbreviation_or_a_preposition_stay_one_sentence() -> None:
    text = (
        "Soy economista de la PUCP y trabajo con datos desde hace siete años. 2021 – actualidad:\n"
        "analista de riesgos senior en Interbank, donde mantengo los modelos de scoring y más.\n"
        "У 2017–2020 рр. — економіст, ПАТ «Львівобленерго»: аналіз тарифів в\n"
        "Excel.\n"
        "Short line"
    )
    found = [s.text for s in sentences(text)]
    assert found[1].startswith("2021 – actualidad: analista de riesgos senior en Interbank")
    assert found[2] == "У 2017–2020 рр. — економіст, ПАТ «Львівобленерго»: аналіз тарифів в Excel."


def test_two_months_of_one_year_between_them() -> None:
    found = find_range("en el BCRP entre enero y diciembre de 2017, en el área")
    assert found is not None and (found.start, found.end) == (D(2017, 1, 1), D(2017, 12, 1))


def test_date_first_lines_with_no_blank_line_between_them_are_one_job_each() -> None:
    lines = [
        "Từ 2019 đến nay: Kỹ sư dữ liệu tại Công ty TNHH Shopee Việt Nam. Xây dựng pipeline dữ "
        "liệu đơn hàng bằng Spark và Airflow, tối ưu truy vấn Hive, viết tài liệu cho cả nhóm.",
        "2017 – 2019: Lập trình viên Java tại Công ty Cổ phần Viễn thông FPT (FPT Telecom), phát "
        "triển hệ thống tính cước cho khách hàng doanh nghiệp trên toàn quốc.",
    ]
    found = [(e.title, e.organization, e.start) for e in split_jobs(lines)]
    assert found == [
        ("Kỹ sư dữ liệu", "Công ty TNHH Shopee Việt Nam", D(2019, 1, 1)),
        ("Lập trình viên Java", "Công ty Cổ phần Viễn thông FPT", D(2017, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("lines", "name"),
    [(["From: Joy A. Reyes <joy.reyes.va@example.ph>", "Subject: Application", "", "Hi Sir,"],
      "Joy A. Reyes"),
     (["CURRÍCULUM VITAE", "", "Nombre: | MARTÍNEZ SOTO, Javiera Paz", "Correo: | jm@example.cl"],
      "MARTÍNEZ SOTO Javiera Paz"),
     (["Nume și prenume: IONESCU Andrei-Florin", "Telefon: 0722 000 111"], "IONESCU Andrei-Florin"),
     (["Kính gửi anh chị,", "", "Tôi tên là Phạm Minh Tuấn, hiện sống tại Hà Nội.",
       "Email: tuan.pham@example.vn"], "Phạm Minh Tuấn")],
)  # fmt: skip
def test_names_beside_an_address_in_a_form_field_or_introduced(lines: list[str], name: str) -> None:
    emails = [word.strip("<>") for line in lines for word in line.split() if "@" in word]
    assert read_header(lines, 0, [], emails).name == name


def test_a_cover_letter_keeps_both_jobs_of_its_sentence_and_the_signature_name() -> None:
    letter = (
        "Dear Hiring Team,\n\nAfter five years at Jumia as a product analyst, I moved to "
        "Moniepoint in 2022, where I now lead the analytics for the POS business as a senior "
        "product analyst.\n\nYours faithfully,\n\nChinedu Okafor-Bello\n"
        "chinedu.okaforbello@example.com.ng\n"
    )
    candidate = parse_text_resume(letter, "letter.txt")
    jobs = [(e.title, e.organization) for e in candidate.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == [("product analyst", "Jumia"), ("senior product analyst", "Moniepoint")]
    assert candidate.name == "Chinedu Okafor-Bello"
