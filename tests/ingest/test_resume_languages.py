"""Regressions from the dev résumés of batch dev-resume-languages (bench/data/extraction, *-51):
job tables whose cells hold the dates, the job and what was done, their column-head rows,
numbered section headings, title nouns that look like verbs, French titles and employers told
in prose, and towns among the parts of an address line."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.entries import CELL, split_jobs, unfold_row
from worldhire.ingest.resumes.labelled_entries import split_dated_jobs
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.residence import place_in_line
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import heading_key, split_sections
from worldhire.ingest.shared.fields import find_emails


@pytest.mark.parametrize(
    ("row", "title", "organization", "work"),
    [
        ("Tháng 3/2021 – nay | Công ty Cổ phần VinBigData | Kỹ sư AI. Xây dựng mô hình nhận dạng "
         "giọng nói; tinh chỉnh mô hình ngôn ngữ lớn với LoRA.", "Kỹ sư AI",
         "Công ty Cổ phần VinBigData", "Xây dựng mô hình nhận dạng giọng nói"),
        ("02.2022 – по теперішній час | ПриватБанк, Data Scientist: моделі кредитного скорингу "
         "(LightGBM), A/B-тестування.", "Data Scientist", "ПриватБанк", "LightGBM"),
        ("2019 - 2021 | Ingénieure en apprentissage automatique – Criteo | Modèles de prédiction "
         "de clics, tests A/B, pipelines Spark.", "Ingénieure en apprentissage automatique",
         "Criteo", "pipelines Spark"),
    ],
)  # fmt: skip
def test_a_table_row_holds_the_job_and_its_work(
    row: str, title: str, organization: str, work: str
) -> None:
    (job,) = split_jobs([row])
    assert (job.title, job.organization) == (title, organization)
    assert work in job.text  # the work is the job's text, where its skills are read


def test_a_row_without_a_description_is_left_as_it_is() -> None:
    row = "Tháng 1/2018 – Tháng 6/2018 | Trung tâm Không gian mạng Viettel | Thực tập sinh"
    assert unfold_row(row) == [row]
    (job,) = split_jobs([row])
    assert (job.title, job.organization) == ("Thực tập sinh", "Trung tâm Không gian mạng Viettel")


_CELL_TEXT = st.text(
    st.characters(categories=("L", "N", "Zs", "P"), exclude_characters="|\n"), max_size=60
)


@given(
    st.lists(_CELL_TEXT, min_size=1, max_size=4),
    st.sampled_from(["2019 - 2021", "03/2020 – nay"]),
)
def test_unfolding_a_row_keeps_every_word(cells: list[str], dates: str) -> None:
    row = CELL.join([dates, *cells])
    words = re.findall(r"\w+", row)
    unfolded = " ".join(re.sub(r"^- ", "", line) for line in unfold_row(row))
    assert sorted(re.findall(r"\w+", unfolded)) == sorted(words)


def test_the_column_heads_of_a_job_table_are_no_job() -> None:
    lines = [
        "Période | Poste / Entreprise | Missions",
        "2017 - 2019 | Data scientist, Cdiscount | Systèmes de recommandation, analyse de données "
        "clients en SQL et Python.",
    ]
    (job,) = split_dated_jobs(lines)
    assert (job.title, job.organization) == ("Data scientist", "Cdiscount")


def test_a_long_job_table_keeps_every_row_and_drops_only_its_column_heads() -> None:
    # Each line's next text line is found once for the whole section (it was rescanned for every
    # line, quadratic in the section's length); thousands of rows and blank lines still read.
    rows = [f"{1970 + n % 50} - {1971 + n % 50} | Analyste {n}, Société {n} | Rapports."
            for n in range(700)]
    lines = ["Période | Poste / Entreprise | Missions", *[x for row in rows for x in (row, "", "")]]
    jobs = split_dated_jobs(lines)
    assert len(jobs) == 700
    assert (jobs[0].title, jobs[-1].organization) == ("Analyste 0", "Société 699")
    assert not any("Période" in (job.title or "") for job in jobs)


@pytest.mark.parametrize(
    ("line", "key"),
    [("I. KINH NGHIỆM LÀM VIỆC", "experience"), ("2) FORMATION", "education"),
     ("III - НАВИЧКИ", "skills")],
)  # fmt: skip
def test_numbered_headings(line: str, key: str) -> None:
    assert heading_key(line) == key


def test_a_title_noun_is_not_an_action() -> None:
    lines = [
        "sept. 2019 – dic. 2021 | Indra, Alcobendas",
        "Desarrolladora Big Data",
        "• Procesos ETL en Spark y Scala, orquestación con Airflow",
    ]
    (job,) = split_jobs(lines)
    assert (job.title, job.organization) == ("Desarrolladora Big Data", "Indra")


@pytest.mark.parametrize(
    ("sentence", "title", "organization"),
    [
        ("Je travaille depuis 2020 comme ingénieure en vision par ordinateur chez Barco, à "
         "Courtrai.", "ingénieure en vision par ordinateur", "Barco"),
        ("Avant cela, de 2016 à 2020, j'étais assistante de recherche à l'UCLouvain : j'y ai "
         "préparé une thèse.", "assistante de recherche", "UCLouvain"),
        ("Desde 2020 trabajo como ingeniero en Globant.", "ingeniero", "Globant"),
    ],
)  # fmt: skip
def test_french_titles_and_employers_in_prose(sentence: str, title: str, organization: str) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.title, job.organization) == (title, organization)


@pytest.mark.parametrize(
    ("line", "country"),
    [("м. Київ, тел. 050 318 27 64, e-mail: iryna.t@example.com", "UA"),
     ("Jl. Kaliurang Km 5, Sleman, D.I. Yogyakarta", "ID")],
)  # fmt: skip
def test_a_town_among_the_parts_of_an_address(line: str, country: str) -> None:
    found = place_in_line(line)
    assert found is not None and found[1].country == country


def test_skills_separated_by_commas_are_no_address() -> None:
    assert place_in_line("Python, SQL, 5 years, Docker") is None


@pytest.mark.parametrize(
    ("text", "email"),
    [("tel. 698 221 504\nania.lewandowska@example.co\nm\nGdańsk", "ania.lewandowska@example.com"),
     ("+27 82 614 3390\nthabo.mokoena@example.co.z\na\nRandburg", "thabo.mokoena@example.co.za")],
)  # fmt: skip
def test_an_email_wrapped_by_a_narrow_column(text: str, email: str) -> None:
    assert find_emails(text) == [email]


def test_a_word_below_an_email_is_not_its_end() -> None:
    assert find_emails("jan@example.com\nKraków") == ["jan@example.com"]


def test_a_one_word_employer_in_cyrillic_is_no_heading() -> None:
    # "Київстар" has no Latin lower case, so it passed for a heading in capitals: it closed the
    # experience section and the job under it lost its title and employer (uk-headed-31).
    text = ("Олена Коваленко\nolena@example.com.ua\nДОСВІД РОБОТИ\nQA Engineer\nSoftServe\n"
            "2020 – 2021\n• Тестування API.\nОператор кол-центру\nКиївстар\n2016 – 2018\n"
            "• Консультування абонентів.\nОСВІТА\n2012–2016 — Львівська політехніка")
    experience = [s for s in split_sections(text).sections if s.key == "experience"]
    (section,) = experience
    jobs = split_dated_jobs(section.lines)
    assert [(j.title, j.organization) for j in jobs] == [
        ("QA Engineer", "SoftServe"), ("Оператор кол-центру", "Київстар")]


def test_a_summary_naming_a_language_in_passing_stays_evidence() -> None:
    # The sentence went to the spoken languages only, so its skills were never linked.
    text = ("Dimas Pratama\ndimas@example.co.id\nRINGKASAN\nMachine learning engineer dengan "
            "pengalaman 4 tahun di bidang pembelajaran mesin dan pemrosesan bahasa alami untuk "
            "Bahasa Indonesia.\nBAHASA\nBahasa Inggris (aktif)")
    candidate = parse_text_resume(text, "cv.txt")
    assert any("pembelajaran mesin" in item.text for item in candidate.evidence)
    assert "Indonesian" in " ".join(candidate.languages)
    short = parse_text_resume("Ana Lima\nana@example.pt\nFalo inglês e espanhol.", "cv.txt")
    assert not any("inglês" in item.text for item in short.evidence)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Je maîtrise Excel et SAP, et je parle français et un peu l'anglais.",
     "Je maîtrise Excel et SAP"),
    ("I keep the stock sheets in Excel and speak English and Swahili.",
     "I keep the stock sheets in Excel"),
])  # fmt: skip
def test_what_a_short_sentence_says_before_its_languages_stays_evidence(
    sentence: str, kept: str
) -> None:
    """A short sentence that turns to languages at its end said something else first: that
    clause stays evidence (its tools are linked); the languages are read as before."""
    candidate = parse_text_resume(f"Awa Diallo\nawa@example.sn\n\n{sentence}", "cv.txt")
    assert kept in [item.text for item in candidate.evidence]
    assert "English" in " ".join(candidate.languages)
    assert not any("parle" in item.text or "speak" in item.text for item in candidate.evidence)
