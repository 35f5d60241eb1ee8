"""Résumés as people really write them (issue 15): one regression test per failure it lists."""

from __future__ import annotations

from datetime import date

import pytest
from tests.factories import make_candidate

from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.ingest.errors import NotAResumeError
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.shared.sentences import sentence_at, sentences
from worldhire.skills.linker import default_linker

PROSE = """Amara Okafor

I am a machine learning engineer based in Lagos, Nigeria. Since 2022 I have been at Paystack,
where I fine-tuned Llama 3 8B with QLoRA for customer support and serve it with vLLM on
Kubernetes; it now handles over 1.2M conversations a month. From 2019 to 2022, I was a data
scientist at Interswitch, building fraud models in Python and scikit-learn that cut chargebacks
by 18%.

Tools I use daily: Python, PyTorch, vLLM, Docker, Kubernetes. I speak English and Yoruba
fluently. amara.okafor@example.com
"""

JOB_BOARD = """arjun ks
Application Development Associate - Accenture

Bengaluru, Karnataka - Email me on Indeed: indeed.com/r/arjun-ks/10e7a8cb732bc43a

Willing to relocate to: Delhi

WORK EXPERIENCE

Application Development Associate

Accenture -

November 2017 to Present

Role: Currently working on Chat-bot. Developing Backend Oracle PeopleSoft Queries
for the Bot which will be triggered based on given input.

Software Engineer

Infosys Limited - Mysore, Karnataka

June 2015 to October 2017

Built banking applications for retail clients.

EDUCATION

B.E in Information science and engineering

B.v.b college of engineering and technology - Hubli, Karnataka

August 2011 to June 2015
"""


def _jobs(candidate: Candidate) -> list[EvidenceItem]:
    return [e for e in candidate.evidence if e.kind is EvidenceKind.JOB]


def _skill_labels(candidate: Candidate) -> set[str]:
    link_skills(default_linker(), candidate)
    return {m.skill.label.casefold() for m in candidate.skills}


def test_a_resume_in_paragraphs_keeps_its_jobs_skills_and_languages() -> None:
    c = parse_text_resume(PROSE, "amara.md")
    assert c.name == "Amara Okafor"
    assert (c.country, c.timezone) == ("NG", "Africa/Lagos")
    jobs = {(j.organization, j.start) for j in _jobs(c)}
    assert jobs == {("Paystack", date(2022, 1, 1)), ("Interswitch", date(2019, 1, 1))}
    [interswitch] = [j for j in _jobs(c) if j.organization == "Interswitch"]
    assert (interswitch.title, interswitch.end) == ("data scientist", date(2022, 1, 1))
    assert {"python", "pytorch", "vllm", "docker", "kubernetes"} <= _skill_labels(c)
    assert [lang.split(" (")[0] for lang in c.languages] == ["English", "Yoruba"]


CAREER_IN_PARAGRAPHS = """Wanjiru Kamau
Nairobi, Kenya · wanjiru@example.com · +254 722 481 903

Hi! I'm a machine learning engineer with about 6 years in fintech. Right now I lead a small
team at M-Kopa (since March 2022) where we built the credit scoring models that decide loans
for roughly 3 million customers and serve them with FastAPI on Kubernetes.

Before that I was a data scientist at Twiga Foods from 2019 to early 2022, forecasting demand
for fresh produce across 8,000 vendors with Prophet and later a PyTorch temporal model, and I
started out as a junior analyst at Equity Bank (2017-2019) writing SQL and building Power BI
dashboards.

I studied BSc Mathematics & Computer Science at JKUAT (2013–2017). I contribute to the Hugging
Face transformers docs in Swahili and mentor at Nairobi AI meetups.
"""


def test_a_career_told_in_paragraphs_keeps_every_jobs_words_and_no_degree_as_a_job() -> None:
    """Split at its dated lines as if they were entries, the second paragraph gave Equity Bank
    a wrapped line as header and the next paragraph as text, so SQL and Power BI were lost;
    the degree became a job without a title."""
    c = parse_text_resume(CAREER_IN_PARAGRAPHS, "wanjiru.txt")
    jobs = {(j.title, j.organization, j.start) for j in _jobs(c)}
    assert jobs == {
        ("machine learning engineer", "M-Kopa", date(2022, 3, 1)),
        ("data scientist", "Twiga Foods", date(2019, 1, 1)),
        ("junior analyst", "Equity Bank", date(2017, 1, 1)),
    }
    [equity] = [j for j in _jobs(c) if j.organization == "Equity Bank"]
    assert "writing SQL and building Power BI dashboards" in equity.text
    assert {"sql", "business intelligence", "prophet"} <= _skill_labels(c)


def test_a_short_paragraph_wrapped_at_the_documents_width_is_one_sentence() -> None:
    c = parse_text_resume(CAREER_IN_PARAGRAPHS, "wanjiru.txt")
    told = " ".join(e.text for e in c.evidence)
    assert "I contribute to the Hugging Face transformers docs" in told


def test_a_tools_line_in_prose_is_not_dropped() -> None:
    c = parse_text_resume(
        "Ana Lima\nana@example.com\n\nTools I use daily: Python, PyTorch, vLLM, Docker, Kubernetes",
        "ana.txt",
    )
    [skills] = [e for e in c.evidence if e.kind is EvidenceKind.SKILLS]
    assert "vLLM" in skills.text


def test_markdown_name_heading_is_the_name_not_the_email() -> None:
    c = parse_text_resume(
        "# Amara Surname\n\nI train speech models for Yoruba and Hausa at a Lagos startup. "
        "I built the data pipeline in Python and Airflow. I deployed the models with Triton.\n\n"
        "amara@example.com",
        "amara.md",
    )
    assert (c.name, c.email) == ("Amara Surname", "amara@example.com")
    assert c.evidence and any(e.kind is not EvidenceKind.SUMMARY for e in c.evidence)


def test_job_board_export_keeps_title_organisation_and_dates_together() -> None:
    c = parse_text_resume(JOB_BOARD, "arjun.txt")
    assert c.name == "Arjun Ks"
    jobs = [(j.title, j.organization, j.start, j.end) for j in _jobs(c)]
    assert jobs == [
        ("Application Development Associate", "Accenture", date(2017, 11, 1), None),
        ("Software Engineer", "Infosys Limited", date(2015, 6, 1), date(2017, 10, 1)),
    ]


def test_willing_to_relocate_is_not_where_someone_lives() -> None:
    c = parse_text_resume(JOB_BOARD, "arjun.txt")
    assert c.location is not None and "Bengaluru" in c.location
    assert c.country == "IN"


def test_a_name_with_a_lower_case_word_and_only_a_profile_link_is_accepted() -> None:
    c = parse_text_resume(
        "Vamsi krishna\nData Analyst\n\nHyderabad, Telangana - Email me on Indeed: "
        "indeed.com/r/Vamsi-krishna/6f3a2b\n\nWORK EXPERIENCE\n\nData Analyst\n\nDeloitte -\n\n"
        "May 2019 to Present\n\nBuilt dashboards in Tableau and SQL.",
        "vamsi.txt",
    )
    assert c.name == "Vamsi krishna"


@pytest.mark.parametrize(
    "top",
    [
        "Executive Summary\nSenior data engineer with eight years in banking.",
        "Full-time\nSenior data engineer with eight years in banking.",
        "Haifa\nSenior data engineer with eight years in banking.",
        "CURRICULUM VITAE\nCandidate 4411\nSenior data engineer with eight years in banking.",
    ],
)
def test_an_anonymised_cv_keeps_no_name_and_is_not_refused(top: str) -> None:
    text = (
        f"{top}\n\nExperience\n\nData Engineer, a Tier-1 bank, 2019 - present\n"
        "- Built Spark pipelines for risk reporting, cutting runtime by 40%.\n"
        "- Migrated 60 Oracle jobs to Airflow.\n\nSkills\nPython, Spark, Airflow, SQL\n"
    )
    c = parse_text_resume(text, "anon.pdf")
    assert c.name == ""
    assert c.display_name.startswith("Candidate ")
    assert _jobs(c)


def test_text_with_no_person_and_no_work_is_still_refused() -> None:
    with pytest.raises(NotAResumeError, match="not a résumé"):
        parse_text_resume("Lorem ipsum dolor sit amet.\nMore words here.", "x.txt")


def test_quotes_are_whole_sentences_across_decimals_and_wrapped_lines() -> None:
    text = (
        "It now handles over 1.2M conversations a month and the repository has 1.4k GitHub\n"
        "stars from the community. Next sentence."
    )
    start = text.index("1.2M")
    assert sentence_at(text, (start, start + 4)) == (
        "It now handles over 1.2M conversations a month and the repository has 1.4k GitHub "
        "stars from the community."
    )


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Worked at Acme Sp. z o.o. with J. Smith, e.g. on U.S. data. Done."
    found = [s.text for s in sentences(text)]
    assert found == ["Worked at Acme Sp. z o.o. with J. Smith, e.g. on U.S. data.", "Done."]


def test_snippets_in_skills_are_whole_sentences() -> None:
    c = parse_text_resume(PROSE, "amara.md")
    link_skills(default_linker(), c)
    shown = {e.id for e in c.evidence if e.kind is not EvidenceKind.SKILLS}
    [vllm] = [m for m in c.skills if m.skill.label == "vLLM" and m.evidence_id in shown]
    assert "1.2M conversations" in vllm.snippet


def test_languages_outside_a_languages_section() -> None:
    c = parse_text_resume(
        "Wanjiru Kamau\nwanjiru@example.com\n\nI speak English and Swahili fluently.\n"
        "Data analyst at Safaricom since 2021, building churn dashboards.",
        "w.txt",
    )
    assert {lang.split(" (")[0] for lang in c.languages} == {"English", "Swahili"}


def test_a_date_line_above_its_title_and_employer() -> None:
    text = (
        "Jan Kowalski\njan@example.pl\n\nExperience\n04/2019 – 12/2022\nData Scientist\n"
        "SAP SE, Walldorf\n• Built demand forecasts.\n"
    )
    [job] = _jobs(parse_text_resume(text, "jan.txt"))
    assert (job.title, job.organization) == ("Data Scientist", "SAP SE")
    assert (job.start, job.end) == (date(2019, 4, 1), date(2022, 12, 1))


LINKEDIN_GROUPED = """Sai Teja Reddy
GenAI Engineer at Deloitte
Hyderabad, Telangana, India

Experience

Deloitte
GenAI Engineer
February 2025 - Present (11 months)
RAG assistant for a pharma client's regulatory documents.

Tata Consultancy Services
3 years 7 months
Machine Learning Engineer
April 2023 - January 2025 (1 year 10 months)
Customer-service chatbot for a UK bank using LangChain.
Assistant Systems Engineer
July 2021 - March 2023 (1 year 9 months)
Built ETL jobs in Python.
"""


def test_a_linkedin_group_of_roles_shares_its_employer() -> None:
    c = parse_text_resume(LINKEDIN_GROUPED, "sai.txt")
    jobs = [(j.title, j.organization, j.start) for j in _jobs(c)]
    assert jobs == [
        ("GenAI Engineer", "Deloitte", date(2025, 2, 1)),
        ("Machine Learning Engineer", "Tata Consultancy Services", date(2023, 4, 1)),
        ("Assistant Systems Engineer", "Tata Consultancy Services", date(2021, 7, 1)),
    ]


@pytest.mark.parametrize(("sentence", "title", "organization"), [
    ("Before that I was a merchandiser at Ha-Meem Group (2016–2020), where I followed up "
     "production.", "merchandiser", "Ha-Meem Group"),
    ("I currently work as an OTR driver for Werner Enterprises out of their Dallas terminal "
     "(since March 2019).", "OTR driver", "Werner Enterprises"),
    ("Before trucking I worked as a forklift operator at a Walmart distribution center from "
     "2012 to 2014.", "forklift operator", "Walmart"),
])
def test_jobs_told_in_sentences_with_any_occupation(
    sentence: str, title: str, organization: str
) -> None:
    c = parse_text_resume(f"Darnell Brooks\ndarnell@example.com\n\n{sentence}\n", "d.txt")
    assert [(j.title, j.organization) for j in _jobs(c)] == [(title, organization)]


def test_a_job_dated_since_beside_closed_ranges_is_still_a_job() -> None:
    c = parse_text_resume(
        "Léa Fontaine\nlea@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Ingénieure NLP — Schneider Electric, Grenoble\ndepuis mars 2022\n"
        "- Moteur de recherche sémantique sur 300 000 documents.\n"
        "Ingénieure R&D — Laboratoire d'informatique de Grenoble\nsept. 2020 – févr. 2022\n"
        "- Reconnaissance d'entités nommées (spaCy).\n\n"
        "BERUFSERFAHRUNG\n"
        "seit 04/2019 | **Senior Machine Learning Engineer**, Siemens Healthineers\n"
        "– Segmentierung von MRT-Aufnahmen (PyTorch)\n"
        "10/2016 – 03/2019 | **Data Scientist**, BMW Group, München\n"
        "– Anomalieerkennung in Sensordaten\n\n"
        "GRUPO ÉXITO\nPracticante de Analítica\nJulio 2018 - Diciembre 2018\n"
        "* Tableros en Tableau para el área comercial.\n",
        "lea.txt",
    )
    jobs = {(j.title, j.organization, j.start) for j in _jobs(c)}
    assert {
        ("Ingénieure NLP", "Schneider Electric", date(2022, 3, 1)),
        ("Senior Machine Learning Engineer", "Siemens Healthineers", date(2019, 4, 1)),
        ("Practicante de Analítica", "GRUPO ÉXITO", date(2018, 7, 1)),
    } <= jobs


@pytest.mark.parametrize(("top", "country"), [
    ("Darnell Brooks\nPhone: (214) 555-0187\ndarnell@example.com\n", None),
    ("Frédéric Lemaire\n12 rue Solférino, 59000 Lille\nfredo@example.fr\n", "FR"),
    ("Сергій Шевченко\nМісто проживання: Дніпро\nГотовий переїхати: Київ, Польща\n"
     "Телефон: +380 50 318 72 64\n", "UA"),
])
def test_where_someone_lives_is_not_a_phone_or_a_relocation_wish(
    top: str, country: str | None
) -> None:
    c = parse_text_resume(f"{top}\nSince 2019 I have been a driver at Werner Enterprises.\n",
                          "cv.txt")
    assert c.country == country


def test_a_job_written_as_one_sentence_keeps_its_title_and_its_skills() -> None:
    c = parse_text_resume(
        "Vamsi krishna\nhttps://www.linkedin.com/in/vamsi-krishna-0a1b2c\n\nSoftware engineer "
        "with 3 years in Python and Django at Infosys, Hyderabad (2021 - present).",
        "vamsi.txt",
    )
    [job] = _jobs(c)
    assert (job.title, job.organization, job.start) == ("Software engineer", "Infosys",
                                                        date(2021, 1, 1))
    assert "Python and Django" in job.text
    assert {"python", "django"} <= _skill_labels(c)


def test_a_job_board_degree_over_three_lines_is_one_study_and_its_link_is_kept() -> None:
    c = parse_text_resume(
        "arjun ks\nBangalore City, Karnataka\nEmail me on Indeed: indeed.com/r/arjun-ks/1a2b3c\n\n"
        "WORK EXPERIENCE\n\nApplication Development Associate\n\nAccenture -\n\n"
        "November 2017 to Present\n\nWorked on Java microservices.\n\nEDUCATION\n\n"
        "B.E in Computer Science\n\nVTU - Bangalore, Karnataka\n\n2013 to 2017\n",
        "arjun.txt",
    )
    studies = [e for e in c.evidence if e.kind is EvidenceKind.EDUCATION]
    assert [(s.title, s.organization, s.start, s.end) for s in studies] == [
        ("B.E in Computer Science", "VTU", date(2013, 1, 1), date(2017, 1, 1))
    ]
    assert c.links == ["https://indeed.com/r/arjun-ks/1a2b3c"]
    assert "Indeed" not in c.summary


BRAZILIAN_PROSE = """Lucas Andrade
São Paulo - SP | lucas.andrade@email.com.br

Sou engenheiro de dados há 6 anos. Desde março de 2020 trabalho no Nubank como engenheiro de
dados sênior, construindo pipelines em Spark e Airflow sobre AWS. Antes, entre 2017 e 2020, fui
analista de dados no Itaú Unibanco, onde automatizei relatórios em Python e SQL.
Inglês avançado. Pretensão: R$ 22.000 por mês (CLT). Trabalho das 9h às 18h.
"""


def test_a_brazilian_resume_in_prose_keeps_zone_titles_and_language() -> None:
    c = parse_text_resume(BRAZILIAN_PROSE, "lucas.txt")
    assert (c.country, c.timezone) == ("BR", "America/Sao_Paulo")  # CLT is a labour regime here
    assert {(j.title, j.organization) for j in _jobs(c)} == {
        ("engenheiro de dados sênior", "Nubank"),
        ("analista de dados", "Itaú Unibanco"),
    }
    assert c.languages == ["English (advanced)"]
    labels = _skill_labels(c)
    assert {"python", "sql", "apache spark"} <= labels
    assert "r" not in labels  # "R$ 22.000" is reais


def test_a_year_after_the_employer_opens_the_dates() -> None:
    c = parse_text_resume(
        "Ana Souza\nRecife, Brasil\n\nFui engenheira de software no Itaú de 2017 a 2020.\n", "a.txt"
    )
    assert [(j.organization, j.start) for j in _jobs(c)] == [("Itaú", date(2017, 1, 1))]


WORD_TABLE_GERMAN = """Martina Huber
Bilanzbuchhalterin (IHK)
Leopoldstraße 14
80331 München
SAP FI/CO
m.huber@example.de
BERUFLICHER WERDEGANG
Bilanzbuchhalterin
Brauerei Aumüller GmbH & Co. KG, München
seit 04/2019
- Erstellung der Monats- und Jahresabschlüsse nach HGB
- Kreditoren- und Debitorenbuchhaltung, Zahlungsverkehr
Finanzbuchhalterin
Steuerkanzlei Berger & Partner, Freising
08/2014 – 03/2019
- Laufende Finanzbuchhaltung für Mandanten in DATEV
Gehaltsvorstellung: 65k brutto p.a.
"""


def test_a_german_word_table_cv_keeps_both_jobs_its_city_and_pay_currency() -> None:
    c = parse_text_resume(WORD_TABLE_GERMAN, "huber.docx")
    assert [(j.title, j.organization) for j in _jobs(c)] == [
        ("Bilanzbuchhalterin", "Brauerei Aumüller GmbH & Co. KG"),
        ("Finanzbuchhalterin", "Steuerkanzlei Berger & Partner"),
    ]
    assert (c.country, c.timezone) == ("DE", "Europe/Berlin")  # not Colorado ("FI/CO")
    assert c.pay_stated is not None and c.pay_stated.currency == "EUR"


VIETNAMESE_TABLE = """Họ và tên: NGUYỄN THỊ THU HÀ
Email: thuha@example.com
KINH NGHIỆM LÀM VIỆC
Thời gian: Công ty / Vị trí / Công việc
04/2020 - nay | Công ty TNHH Thương mại Hoàng Phát
Vị trí: Kế toán tổng hợp
- Hạch toán chứng từ, kê khai thuế GTGT hàng tháng trên phần mềm MISA.
07/2016 - 03/2020 | Công ty Cổ phần Xây dựng An Bình
Vị trí: Kế toán công nợ
- Theo dõi công nợ phải thu, phải trả.
"""


def test_a_table_with_a_header_row_and_labelled_titles_gives_titled_jobs() -> None:
    c = parse_text_resume(VIETNAMESE_TABLE, "ha.docx")
    assert [(j.title, j.organization, j.start) for j in _jobs(c)] == [
        ("Kế toán tổng hợp", "Công ty TNHH Thương mại Hoàng Phát", date(2020, 4, 1)),
        ("Kế toán công nợ", "Công ty Cổ phần Xây dựng An Bình", date(2016, 7, 1)),
    ]


def test_an_agency_profile_names_nobody_and_pay_is_what_is_asked() -> None:
    text = (
        "Kandidatenprofil\n\nZielposition\nRegion\nVerfügbarkeit\n\nBerufserfahrung\n"
        "Teamleiterin Kundenservice\nVersandhändler GmbH, Hamburg\n01/2020 – heute\n"
        "- Führung von 18 Mitarbeitenden im Kundenservice.\n\n"
        "Current CTC: 5.2 LPA\nExpected CTC: 7 LPA\n"
    )
    c = parse_text_resume(text, "profil.pdf")
    assert c.name == ""
    assert c.pay_stated is not None and c.pay_stated.low == 700_000


@pytest.mark.parametrize(
    ("text", "low"),
    [("Gaji yang diharapkan\nRp 7.500.000 per bulan", 7_500_000),
     ("Profile\n52.000 € brutto/Jahr", 52_000),
     ("Cost savings of $200k", None)],
)  # fmt: skip
def test_pay_under_a_heading_or_alone_with_its_period(text: str, low: float | None) -> None:
    head = "Dewi Anggraini\ndewi@example.co.id\nJakarta, Indonesia\n"
    c = parse_text_resume(head + text, "cv.txt")
    assert (c.pay_stated.low if c.pay_stated else None) == low


def test_a_bullet_wrapped_in_brackets_is_not_the_next_title() -> None:
    text = (
        "Jana Weber\njana@example.de\n\nBerufserfahrung\nSenior Data Scientist – Zalando SE\n"
        "01/2022 – heute\n• Aufbau eines Tools zur Zusammenfassung (OpenAI API,\nLangChain)\n"
        "Data Scientist – FREE NOW, Hamburg\n07/2019 – 12/2021\n• Preisgestaltung\n"
    )
    c = parse_text_resume(text, "weber.pdf")
    assert [(j.title, j.organization) for j in _jobs(c)] == [
        ("Senior Data Scientist", "Zalando SE"),
        ("Data Scientist", "FREE NOW"),
    ]


def test_a_degree_line_links_no_skill_but_the_thesis_below_it_does() -> None:
    """ "B.Tech in Information Technology | VIT University" names a field of study and a school
    (issue 20: "VIT" became vision transformers), not a skill; the lines below are read, and so
    is an entry whose first line names no degree."""
    c = make_candidate(name="Ravi Teja")
    c.evidence.append(EvidenceItem(
        EvidenceKind.EDUCATION, "B.Tech", "B.Tech in Computer Science | VIT University\n"
        "Thesis: object detection with PyTorch."))
    c.evidence.append(EvidenceItem(
        EvidenceKind.EDUCATION, "Tools", "Tally ERP 9, SAP FICO, MS Excel (pivot tables)"))
    link_skills(default_linker(), c)
    assert {m.skill.label for m in c.skills} == {
        "PyTorch", "object detection", "maintain financial records", "ERP systems",
        "Microsoft Excel"}
