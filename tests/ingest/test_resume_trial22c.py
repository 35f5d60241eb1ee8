"""Regressions from helper trial22c's user trial of issue 15: job-board exports, agency CVs and
Vietnamese and Indonesian CVs from South and Southeast Asia, as people send them."""

from __future__ import annotations

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.sections import heading_key, spoken_languages_line


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]


def test_a_dated_certificate_under_an_indeed_certifications_heading_is_no_job() -> None:
    # Indeed exports head certificates "CERTIFICATIONS/LICENSES" and date them like jobs
    text = (
        "priya rathod\nSenior Test Engineer\nPune, Maharashtra\n\n"
        "WORK EXPERIENCE\n\nTest Engineer\n\nMindtree Ltd -\n\nJune 2019 to Present\n\n"
        "Manual testing of an e-commerce web application.\n\n"
        "CERTIFICATIONS/LICENSES\n\nISTQB Foundation Level\nSeptember 2019 to Present\n"
    )
    assert _jobs(text) == [("Test Engineer", "Mindtree Ltd")]
    for heading, key in [("Certifications & Licenses", "certifications"),
                         ("Kursy / szkolenia", "certifications"),
                         ("EDUCATION/QUALIFICATIONS", "education")]:
        assert heading_key(heading) == key
    # a line of two words that name no section is no heading
    assert heading_key("Sales/Marketing") is None


def test_a_line_labelled_by_a_language_in_a_skills_list_is_a_spoken_language() -> None:
    text = (
        "Nguyễn Thị Thu Hà\nBusiness Analyst\nthuha.nguyen@example.vn\n\n"
        "KINH NGHIỆM LÀM VIỆC\nFPT Software\nBusiness Analyst | 03/2019 - 07/2021\n"
        "- Viết truy vấn SQL để kiểm tra dữ liệu\n\n"
        "KỸ NĂNG\n- SQL, Jira, Confluence\n- Tiếng Anh: IELTS 7.0\n- Tiếng Nhật: N3\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.languages == ["English (C1)", "Japanese"]
    # a tool with its years, or a language with no level, stays in the skills list
    assert spoken_languages_line("Java: 5 years") == ""
    assert spoken_languages_line("English: used daily with clients in the US and UK") == ""


def test_an_employer_line_right_under_the_last_bullet_heads_the_next_job() -> None:
    # a PDF keeps no blank line between the last bullet of a job and the next employer
    text = (
        "Nguyễn Thị Thu Hà\nthuha.nguyen@example.vn\n\nKINH NGHIỆM LÀM VIỆC\n"
        "Công ty Cổ phần MISA\nBusiness Analyst | 08/2021 - Hiện tại\n"
        "• Làm việc với team dev theo mô hình Scrum, quản lý backlog trên Jira\n"
        "FPT Software\nJunior Business Analyst | 03/2019 - 07/2021\n"
        "• Viết truy vấn SQL để kiểm tra dữ liệu, hỗ trợ UAT\n"
    )
    assert _jobs(text) == [("Business Analyst", "Công ty Cổ phần MISA"),
                           ("Junior Business Analyst", "FPT Software")]


def test_a_title_whose_dash_goes_on_with_its_team_keeps_it_when_a_line_names_the_employer() -> None:
    text = (
        "CANDIDATE PROFILE\nRef. No.: BPS-2024-0317\n\nEmployment History\n\n"
        "Team Leader – Customer Care, Telco account\nConcentrix Philippines, Quezon City\n"
        "Aug 2021 – Present\n- Handles a team of 16 agents, daily huddles and coaching\n\n"
        "Customer Service Representative – Convergys Philippines\nJun 2016 – Jan 2018\n"
        "- Inbound technical support for internet subscribers\n"
    )
    assert _jobs(text) == [
        ("Team Leader – Customer Care, Telco account", "Concentrix Philippines"),
        ("Customer Service Representative", "Convergys Philippines"),
    ]
