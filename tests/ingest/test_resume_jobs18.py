"""Regressions from the prose dev résumés whose later paragraphs gave no evidence (pl-prose-1001,
uk-prose-82) and from batch jobs18-a (bench/data/extraction, even ids 1184...1206): a career told
in sentences whose dated lines are short (a PDF's wrapped paragraph, a short paragraph of its
own), an employer and its branch above a labelled title ("Vị trí:"), an employer whose words
name a field ("en DHL Supply Chain"), Europass employer labels, and a wrapped line of a job's
duties above the next job's dates."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.labelled_entries import split_dated_jobs
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.sentences import runs_on

D = date


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None, str]]:
    candidate = parse_text_resume(text, "cv.txt")
    return [(e.title, e.organization, e.start, e.end, e.text) for e in candidate.evidence
            if e.kind is EvidenceKind.JOB]


# As PDFium gives a paragraph of a PDF: the lines wrapped at the page's width.
_WRAPPED_CAREER = """Bartosz Wiśniewski-Kot
Gdańsk · 512 774 093 · bartosz.wk.devops@example.pl · github.com/bwkot

Cześć! Jestem inżynierem DevOps z 7-letnim doświadczeniem, ostatnio głównie w e-commerce.

Od lipca 2021 pracuję w Allegro jako Senior DevOps Engineer. Przeniosłem ok. 60
mikroserwisów z maszyn wirtualnych na Kubernetesa (GKE), a całą infrastrukturę opisaliśmy w
Terraformie – nowe środowisko stawiamy teraz w 20 minut zamiast dwóch tygodni. Zbudowałem
pipeline'y w GitLab CI z testami, skanowaniem obrazów Trivy i wdrożeniami przez Argo CD.

Wcześniej, od 2018 do czerwca 2021, byłem administratorem systemów w Energa Operator:
utrzymanie serwerów Linux (RHEL, CentOS), skrypty w Bashu i Ansible, kopie zapasowe w
Veeam. Pierwsza praca to helpdesk w Asseco (2017–2018).

Wykształcenie: Politechnika Gdańska, Teleinformatyka, inż. 2017.
"""


def test_a_wrapped_paragraph_that_tells_a_job_keeps_its_sentences_as_the_job_s_text() -> None:
    jobs = _jobs(_WRAPPED_CAREER)
    energa = next(j for j in jobs if j[1] == "Energa Operator")
    assert (energa[2], energa[3]) == (D(2018, 1, 1), D(2021, 6, 1))
    assert "Ansible" in energa[4] and "Veeam" in energa[4]
    assert any(j[1] == "Asseco" and j[2] == D(2017, 1, 1) for j in jobs)
    # no job is made of a wrapped line: "utrzymanie serwerów ..." is no title
    assert all(not j[0].startswith("utrzymanie") and j[1] != "Wcześniej" for j in jobs)


# A text file: each paragraph one line, however long.
_SHORT_PARAGRAPHS = "\n".join([
    "Андрій Ткаченко",
    "Львів · +380 63 871 24 05 · andrii.tkachenko.ml@gmail.com",
    "Привіт! Я ML-інженер, маю 6 років досвіду. З 2022 року працюю Machine Learning Engineer у "
    "SoftServe, де будую системи комп'ютерного зору (YOLOv8, PyTorch).",
    "Раніше, з 2019 по 2022 рік, працював Data Scientist в компанії Lohika — прогнозування "
    "попиту на XGBoost, пайплайни даних на Airflow і BigQuery.",
    "Перша робота — Junior Python Developer в Eleks (2018–2019), писав сервіси на Django.",
    "Закінчив Львівську політехніку (прикладна математика, 2018).",
    "Англійська — C1, польська — B1.",
])


def test_a_short_sentence_that_tells_a_job_is_that_job_s_text_not_a_header() -> None:
    eleks = next(j for j in _jobs(_SHORT_PARAGRAPHS) if j[1] == "Eleks")
    assert eleks[:4] == ("Junior Python Developer", "Eleks", D(2018, 1, 1), D(2019, 1, 1))
    assert "Django" in eleks[4]


def test_entries_with_a_dated_header_and_duty_sentences_stay_entries() -> None:
    text = """Maria Popescu
maria.popescu@example.ro

Data Analyst, Banca Transilvania (2019 – 2022)
Built the monthly risk dashboards in Power BI for the retail division.
Wrote the SQL that feeds them from the data warehouse every night.
Junior Analyst, Endava (2017 – 2019)
Tested reporting jobs and fixed their SQL.
"""
    jobs = _jobs(text)
    assert [(j[0], j[1]) for j in jobs] == [
        ("Data Analyst", "Banca Transilvania"), ("Junior Analyst", "Endava"),
    ]
    assert "Power BI" in jobs[0][4]


def test_a_labelled_title_under_an_employer_and_its_branch_names_the_job() -> None:
    entry = split_dated_jobs([
        "Công ty Cổ phần Sữa Việt Nam (Vinamilk) - Chi nhánh Hà Nội",
        "Tháng 3/2020 – nay",
        "Vị trí: Nhân viên kinh doanh kênh GT",
        "• Quản lý 85 điểm bán lẻ",
    ])[0]
    assert (entry.title, entry.organization) == (
        "Nhân viên kinh doanh kênh GT", "Công ty Cổ phần Sữa Việt Nam (Vinamilk)"
    )
    assert entry.start == D(2020, 3, 1) and entry.end is None


def test_an_employer_whose_words_name_a_field_is_still_the_employer() -> None:
    told = jobs_in_sentence(
        "Antes, entre 2015 y 2019, fui coordinadora de turno en DHL Supply Chain en Quart de "
        "Poblet."
    )
    assert [(j.title, j.organization) for j in told] == [
        ("coordinadora de turno", "DHL Supply Chain")
    ]
    # a tool after "w" / "в" is still no employer
    assert all(j.organization != "Excelu" for j in jobs_in_sentence(
        "Od 2019 robię analizy w Excelu i od 2021 pracuję w Allegro jako analityk."
    ))


_EUROPASS = """# Curriculum vitae Europass
Ionescu Andreea-Maria
andreea.ionescu.ctb@example.ro

Experienţa profesională
01.03.2019 – prezent | Contabil șef
Numele şi adresa angajatorului: Emerson SRL, Cluj-Napoca
Activităţi şi responsabilităţi: închiderea lunară, bilanț, declarații ANAF (D300, D394), raportare
IFRS către grup în SAP FI
15.09.2015 – 28.02.2019 | Contabil
Numele şi adresa angajatorului: Expert Audit Consulting SRL, Cluj-Napoca
Activităţi şi responsabilităţi: evidența contabilă pentru 25 de clienți IMM în
Saga C, state de plată în Revisal
iul. 2014 – sept. 2014 | Practică de vară
Numele şi adresa angajatorului: Banca Transilvania, Cluj-Napoca
"""


def test_europass_employers_lose_their_label_and_a_wrapped_duty_line_is_no_header() -> None:
    jobs = [(j[0], j[1]) for j in _jobs(_EUROPASS)]
    assert jobs == [
        ("Contabil șef", "Emerson SRL"),
        ("Contabil", "Expert Audit Consulting SRL"),
        ("Practică de vară", "Banca Transilvania"),
    ]


def test_a_line_runs_on_only_where_its_sentence_surely_goes_on() -> None:
    assert runs_on("evidența contabilă pentru 25 de clienți IMM în", "Saga C, state de plată")
    assert runs_on("Managed the team and", "Built the pipeline")
    assert runs_on("Wrote the reports for the", "finance team")
    assert not runs_on("Built the billing system in Go.", "Senior Engineer, Acme")
    assert not runs_on("Senior Engineer, Acme", "• Built the billing system")
    assert not runs_on("Activităţi şi responsabilităţi:", "Saga C")


# A header wrapped after its comma, and an employer written with a small first letter.
_HEADERS_OF_THEIR_OWN = """Adaeze Okonkwo
Lagos · adaeze.okonkwo@example.com

Experience
Senior Customer Care Executive
Teleperformance - Noida
Aug 2022 to Present
• Automated weekly reports with Python (pandas), saving the team 6 hours a week.
NYSC Corps Member (Data Entry / ICT Unit) — Federal Inland Revenue Service,
Abuja
Feb 2020 – Jan 2021
• Captured and validated taxpayer records.
Customer Care Executive
iEnergizer - Noida
Oct 2019 to Jan 2020
• Chat support for credit card customers
"""


def test_a_headers_own_wrap_and_a_small_lettered_employer_keep_their_jobs() -> None:
    jobs = [(j[0], j[1]) for j in _jobs(_HEADERS_OF_THEIR_OWN)]
    assert ("Customer Care Executive", "iEnergizer") in jobs
    assert any(title.startswith("NYSC Corps Member") and (org or "").startswith("Federal Inland")
               for title, org in jobs)
    assert len(jobs) == 3
