"""Regressions from a user's trial of issue 15 with résumés in the hiring regions' languages (the
`trial25a-a` corpus batch): a Polish CV pasted into an e-mail without Polish letters, a
TopCV export, language levels in words and CEFR."""

from __future__ import annotations

from datetime import date

from tests.ingest.conftest import job_rows, read_cv

from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker


def test_polish_language_word_before_the_name_belongs_to_it_typed_without_polish_letters() -> None:
    # "jezyk niemiecki - komunikatywny (B1)": Polish names a language as "język" and its
    # adjective, and an e-mail typed on a phone drops the "ę"
    person = read_cv(
        "Kamil Wisniewski\ntel. 603 447 129\n\nUMIEJETNOSCI\n- programy: Excel, Word\n"
        "- jezyk niemiecki - komunikatywny (B1), jezyk angielski - podstawowy (A2)\n"
    )
    assert set(person.languages) == {"German (B1)", "English (A2)"}


def test_employer_above_the_dates_and_title_below_them_is_one_job() -> None:
    # TopCV's export: the employer, then the dates, then the post on a line of its own
    person = read_cv(
        "Lê Thị Mai\nEmail: lethimai.kt@example.vn\n\nKinh nghiệm làm việc\n"
        "Công ty TNHH Dệt may Phú Thành\n04/2020 - Hiện tại\nKế toán kho\n"
        "• Theo dõi nhập xuất tồn và kiểm kê kho hàng tháng\n"
        "Công ty Cổ phần Thép Hòa Bình\n07/2017 - 03/2020\nKế toán thuế\n"
        "• Lập tờ khai thuế GTGT hàng tháng\n"
    )
    assert job_rows(person) == [
        ("Kế toán kho", "Công ty TNHH Dệt may Phú Thành", date(2020, 4, 1), None),
        ("Kế toán thuế", "Công ty Cổ phần Thép Hòa Bình", date(2017, 7, 1), date(2020, 3, 1)),
    ]


def test_dates_and_post_under_a_job_headed_by_its_employer_are_a_role_at_that_employer() -> None:
    # TopCV lists a promotion as dates and post only, under the employer's first role
    person = read_cv(
        "Lê Thị Mai\nEmail: lethimai.kt@example.vn\n\nKinh nghiệm làm việc\n"
        "Công ty TNHH Dệt may Phú Thành\n04/2020 - Hiện tại\nKế toán tổng hợp\n"
        "• Lập báo cáo tài chính quý\n"
        "06/2018 - 03/2020\nKế toán công nợ\n"
        "• Đối chiếu công nợ với khách hàng hàng tháng\n"
    )
    assert [(title, employer) for title, employer, _, _ in job_rows(person)] == [
        ("Kế toán tổng hợp", "Công ty TNHH Dệt may Phú Thành"),
        ("Kế toán công nợ", "Công ty TNHH Dệt may Phú Thành"),
    ]


def test_a_bracketed_level_wrapped_onto_its_own_line_is_the_level_of_the_line_above() -> None:
    # a narrow sidebar wraps "Italienisch – Grundkenntnisse (A2)" before its bracket
    person = read_cv(
        "Katharina Hofer\nkatharina.hofer@example.at\n\nSPRACHEN\nDeutsch – Muttersprache\n"
        "Italienisch – Grundkenntnisse\n(A2)\nEnglisch – fließend (C1)\n"
    )
    assert person.languages == ["German (native)", "Italian (A2)", "English (C1)"]


def test_a_job_boards_preferences_heading_closes_the_skills_list() -> None:
    # Bumeran's "Preferencias laborales" after "Conocimientos y habilidades" is no skill
    person = read_cv(
        "Lucía Ferreyra\nEmail: lucia.ferreyra@example.com.ar\n\nConocimientos y habilidades\n\n"
        "Salesforce    Avanzado\nExcel    Intermedio\n\nPreferencias laborales\n"
        "Disponibilidad: Full-time, lunes a viernes de 9 a 18 hs\n"
    )
    link_skills(default_linker(), person)
    texts = {item.id: item.text for item in person.evidence}
    quotes = {texts[m.evidence_id][m.span[0] : m.span[1]]
              for m in person.skills if m.span and m.evidence_id}  # fmt: skip
    assert "Salesforce" in quotes
    assert not any("Preferencias" in quote for quote in quotes)


def test_an_age_on_a_personal_details_line_is_no_years_of_experience() -> None:
    # "Situation | Célibataire, 31 ans": the marital status and the age, in a Word CV's table
    person = read_cv(
        "NDIAYE Fatou Binetou\nE-mail : fatou.ndiaye@example.sn\nSituation : Célibataire, 31 ans\n"
        "Permis : catégorie B\n\nEXPÉRIENCES PROFESSIONNELLES\n"
        "Depuis mars 2021 : Déclarante en douane – Bolloré Transport & Logistics Sénégal\n"
    )
    assert person.years_experience != 31  # the years come from the job's dates, if from anything


def test_a_degree_after_the_name_is_no_headline() -> None:
    # Austrians write their degree after the name: "Katharina Hofer, BA", "Lukas Gruber, MSc"
    for degree in ("BA", "MSc", "BSc (WU)"):
        person = read_cv(f"Katharina Hofer, {degree}\nkatharina.hofer@example.at\nWien\n")
        assert (person.name, person.headline) == ("Katharina Hofer", "")


def test_a_degree_that_is_also_a_us_state_code_after_the_name_is_no_address() -> None:
    # "MA" and "MD" are Massachusetts and Maryland after a town, degrees after a name: the
    # name line stays the name, and the place comes from the line that states one
    for degree in ("MA", "MD", "MS"):
        person = read_cv(
            f"Katharina Hofer, {degree}\nkatharina.hofer@example.at | Wien, Österreich\n\n"
            "Berufserfahrung\n03/2020 – heute  HR Generalistin, Billa AG, Wien\n"
        )
        assert (person.name, person.headline, person.country) == ("Katharina Hofer", "", "AT")


def test_a_town_with_its_state_code_under_the_name_is_still_the_address() -> None:
    person = read_cv("Dana Whitfield\nNeedham, MA\ndana.whitfield@example.com\n")
    assert (person.name, person.location, person.country) == ("Dana Whitfield", "Needham, MA", "US")
