"""Regressions from helper trial31b's trial of issue 15 with job posts as people write them: a UN
vacancy notice, a UK job description with a person specification, a recruiter's e-mail offering
two roles (invented sentences, not the corpus documents)."""

from __future__ import annotations

from tests.ingest.post_reading import read_post


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
