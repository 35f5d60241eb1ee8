"""Must-haves a post does not ask for (issue 15, zero invented requirements), continued: the
laws of a named country read as the practice of tax law in general, and the word for
communication that says how a spoken language is used."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, quotes, read_post


def test_a_countrys_tax_laws_keep_the_country_in_the_requirements_words() -> None:
    role = read_post(
        "Finance Officer\n\nRequirements:\n- CPA (K) with 3 years in audit\n"
        "- Working knowledge of Ugandan tax laws\n- Advanced Excel\n"
    )
    assert "ugandan tax laws" in quotes(role, must=True)
    role = read_post(
        "Accountant\n\nRequirements:\n- QuickBooks\n- Understanding of local tax laws and IFRS\n"
    )
    assert "local tax laws" in quotes(role, must=True)


def test_tax_laws_without_a_country_are_read_as_written() -> None:
    role = read_post("Tax Assistant\n\nRequirements:\n- Excel\n- Knowledge of tax laws\n")
    assert "tax laws" in quotes(role, must=True)


def test_communication_in_a_spoken_language_asks_for_the_language_only() -> None:
    role = read_post(
        "Backend Engineer\n\nRequirements:\n- Go and PostgreSQL\n"
        "- Clear communication in English with our clients in Lisbon\n"
    )
    assert "English" in must_skills(role)
    assert "communication" not in must_skills(role)
    role = read_post(
        "Kỹ sư Backend\n\nYêu cầu:\n- Thành thạo Go và MySQL\n"
        "- Tiếng Anh giao tiếp khá với đối tác Nhật\n"
    )
    assert "communication" not in must_skills(role)
    role = read_post(
        "Backend Developer\n\nKualifikasi:\n- Menguasai Go dan Redis\n"
        "- Bisa komunikasi dalam bahasa Inggris secara tertulis\n"
    )
    assert "communication" not in must_skills(role)


def test_communication_skills_beside_a_language_are_still_asked_for() -> None:
    role = read_post(
        "Support Agent\n\nRequirements:\n- Zendesk\n"
        "- Very good communication skills in English and Tagalog\n"
    )
    assert "communication" in must_skills(role)


def test_a_bodys_acronym_before_qualification_is_the_qualification_asked_for() -> None:
    role = read_post(
        "Finance Manager\n\nRequirements:\n- Excel\n- ICAG or CIMA qualification (or in view)\n"
    )
    assert "cima" in quotes(role, must=True)
    assert "cima qualification" not in quotes(role, must=True)
