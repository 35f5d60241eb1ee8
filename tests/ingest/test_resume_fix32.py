"""Work entries on résumés left by earlier rounds (issue 15, helper resumefix32)."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.labelled_entries import split_dated_jobs


def test_a_table_cell_of_a_title_then_its_work_after_a_dash_gives_the_title() -> None:
    """A profile README's table "When | Where | What" puts the title and what was done in one
    cell, parted by a dash ("Perception Engineer — trained depth models ..."): the words before
    the dash are the title, the employer is the cell beside it."""
    lines = [
        "When | Where | What",
        "2021/03 – now | Lumen Robotics | Perception Engineer — trained depth models for "
        "warehouse robots and served them on Jetson boards",
        "2018/09 – 2021/02 | Caravel Analytics | Data Analyst Intern — churn dashboards in Looker",
    ]
    jobs = [(j.title, j.organization) for j in split_dated_jobs(lines)]
    assert jobs == [
        ("Perception Engineer", "Lumen Robotics"),
        ("Data Analyst Intern", "Caravel Analytics"),
    ]


def test_a_sentence_ending_on_a_lower_case_group_is_no_header_of_the_job_below() -> None:
    """ "... run the monthly journal group." ends a sentence of the job above: "group" in lower
    case is a word, not the end of a company's name ("Acme Group."), so the line is no employer
    of the dated line below it."""
    lines = [
        "Research Fellow, Institute of Marine Studies | Jan. 2022 – present",
        "Coordinated field surveys along the northern coast;",
        "",
        "mentor two doctoral students; run the monthly journal group.",
        "Visiting Researcher, Oceanix Robotics, Lisbon | Mar 2020 – Aug 2020",
        "Calibrated sonar arrays for the reef survey.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Research Fellow", "Institute of Marine Studies"),
        ("Visiting Researcher", "Oceanix Robotics"),
    ]


def test_common_russian_titles_head_their_job_board_entries() -> None:
    """hh.ru sets each job as its dates, how long, the employer, its town, its industry, then
    the post and what was done; the post is the first line under the employer that reads as a
    title, so a common Russian title ("Операционист", "Экономист") must read as one, or a duty
    line below it is taken for the post."""
    lines = [
        "Май 2019 —",
        "Октябрь 2022",
        "3 года 6 месяцев",
        "ООО «Северный ветер»",
        "Самара",
        "Оптовая торговля",
        "Экономист",
        "Планирование бюджета, отчеты для собственника",
        "",
        "Март 2016 —",
        "Апрель 2019",
        "3 года 2 месяца",
        "ПАО «Волжский кредит»",
        "Самара",
        "Банки",
        "Операционист",
        "Открытие вкладов, платежи физических лиц",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Экономист", "ООО «Северный ветер»"),
        ("Операционист", "ПАО «Волжский кредит»"),
    ]


def test_a_linkedin_employment_type_line_leaves_room_for_the_employer_above_the_title() -> None:
    """LinkedIn writes the employment type under the title ("Tempo integral", "Full-time"):
    that line says how the job was held, so the employer's line above the title still heads
    the job and ends the group of roles above it."""
    lines = [
        "Aurora Pagamentos",
        "3 anos 2 meses",
        "",
        "Analista de Dados Sênior",
        "Tempo integral",
        "jan de 2022 - o momento · 3 anos",
        "São Paulo, Brasil",
        "- Modelos de risco de crédito",
        "",
        "Analista de Dados",
        "Tempo integral",
        "nov de 2021 - dez de 2021 · 2 meses",
        "",
        "Lojas Farol",
        "Assistente de BI",
        "Tempo integral",
        "mar de 2019 - out de 2021 · 2 anos 8 meses",
        "Recife, Brasil",
        "Relatórios de vendas no Power BI.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Analista de Dados Sênior", "Aurora Pagamentos"),
        ("Analista de Dados", "Aurora Pagamentos"),
        ("Assistente de BI", "Lojas Farol"),
    ]


def test_an_employer_line_wrapped_before_its_country_names_the_job_above_it() -> None:
    """Europass sets the title beside the dates and the employer with its town on the line
    below, which a PDF wraps before the country ("(Romania)"): that line is the employer,
    though neither a legal form nor a bullet below says so."""
    lines = [
        "01/2020 – Present | Staff nurse",
        "Centrul Medical „Sf. Elena”, Brașov",
        "(Romania)",
        "Post-operative care and wound dressing for thirty",
        "patients a day.",
        "03/2016 – 12/2019 | Nurse",
        "Casa de Bătrâni „Speranța”, Sibiu",
        "(Romania)",
        "Medication rounds for the residents.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Staff nurse", "Centrul Medical „Sf. Elena”"),
        ("Nurse", "Casa de Bătrâni „Speranța”"),
    ]


def test_a_german_trainee_teachers_title_reads_as_a_title() -> None:
    """"Referendar" / "Referendarin" (a trainee teacher or lawyer, as German CVs name the
    post) is a title, so the line under it that names the seminar is its employer."""
    lines = [
        "seit 09/2021 · Gymnasiallehrer (Deutsch und Geschichte)",
        "Goethe-Gymnasium Kassel",
        "Tätigkeiten:",
        "- Unterricht in den Klassen 7 bis 13",
        "10/2019 – 08/2021 · Referendar",
        "Studienseminar für Gymnasien Kassel, Ausbildungsschule: Wilhelmsgymnasium",
        "Kassel",
        "Tätigkeiten:",
        "- eigenständiger Unterricht in Deutsch und Geschichte",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Gymnasiallehrer (Deutsch und Geschichte)", "Goethe-Gymnasium Kassel"),
        ("Referendar", "Studienseminar für Gymnasien Kassel"),
    ]


def test_a_vietnamese_year_then_a_job_at_its_employer_is_a_job() -> None:
    """"- 2019: Thuc tap sinh tai Cong ty ..." (Vietnamese "tại", at, written with or without
    its marks): one year, then a post held at an employer, as "2019 : Stage chez Thales" is."""
    lines = [
        "- 09/2020 - nay: Nhan vien kinh doanh tai Cong ty TNHH Thuong mai Hoa Sen",
        "Cham soc khach hang dai ly",
        "- 2019: Thực tập sinh tại Công ty Kiểm toán Việt Tín (3 tháng)",
    ]
    jobs = [(j.title, j.organization, j.start, j.end) for j in split_jobs(lines)]
    assert jobs[1:] == [
        ("Thực tập sinh", "Công ty Kiểm toán Việt Tín", date(2019, 1, 1), date(2019, 1, 1)),
    ]


def test_an_employer_at_its_town_under_a_dated_title_is_the_employer_whatever_its_words() -> None:
    """Europass puts the title beside the dates and the employer at its town below: under a
    title, "Oracle Development Centre Romania, Cluj-Napoca (Romania)" is the employer, though
    "Development" is a word titles have too."""
    lines = [
        "05/2019–Present | Senior Software Engineer",
        "Oracle Development Centre Romania, Cluj-Napoca (Romania)",
        "▪ Built billing services in Java.",
        "09/2014–04/2019 | Software Developer",
        "Bosch Engineering Center Cluj, Cluj-Napoca (Romania)",
        "▪ Wrote firmware for braking sensors.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Senior Software Engineer", "Oracle Development Centre Romania"),
        ("Software Developer", "Bosch Engineering Center Cluj"),
    ]


def test_a_cell_of_a_title_then_its_employer_after_a_dash_stays_one_head() -> None:
    """"Junior Android Developer — Brain Station 23, Dhaka | Jan 2021 – May 2022": beside its
    dates alone, the cell's words after the dash are the employer, not what was done."""
    lines = [
        "Android Developer — Nimbus Apps, Dhaka | Jun 2022 – Present",
        "• Built payment screens in Kotlin.",
        "Junior Android Developer — Brain Station 23, Dhaka | Jan 2021 – May 2022",
        "• Wrote REST clients with Retrofit.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Android Developer", "Nimbus Apps"),
        ("Junior Android Developer", "Brain Station 23"),
    ]
