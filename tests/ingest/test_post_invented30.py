"""Must-haves a post does not ask for (issue 15, zero invented requirements): the perks under a
job board's "reasons to join" heading, and a certificate named with the word that says it is held
("ACCA qualified")."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post


@pytest.mark.parametrize(
    "heading",
    [
        # ITviec's perks box, in Vietnamese and in English, with and without its count
        "3 Lý do để gia nhập công ty",
        "Lý do gia nhập công ty",
        "Top 3 reasons to join us",
        "Reasons to join",
    ],
)
def test_a_job_boards_reasons_to_join_are_perks_not_requirements(heading: str) -> None:
    role = read_post(
        "Kỹ sư Backend (Java)\nUp to $2,000\n\nKỹ năng: Java   MySQL   Payment\n\n"
        f"{heading}\n- Laptop MacBook Pro\n- Thưởng tháng 13\n\n"
        "Yêu cầu công việc\n- Ít nhất 3 năm kinh nghiệm với Java\n- Thành thạo MySQL\n"
    )
    named = quotes(role, must=True) | quotes(role, must=False)
    assert not any("macbook" in name for name in named)
    assert {"java", "mysql"} <= quotes(role, must=True)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("CIMA or ACCA qualified", {"cima or acca", "acca"}),
        ("CIPD qualified, with payroll experience", {"cipd"}),
        ("ICAN certified (must)", {"ican"}),
    ],
)
def test_the_word_that_says_a_certificate_is_held_is_no_part_of_its_name(
    line: str, names: set[str]
) -> None:
    role = read_post(
        f"Position: Finance Manager\n\nRequirements:\n- Strong Excel\n- {line}\n"
    )
    named = quotes(role, must=True)
    assert names <= named
    assert not any("qualified" in name or "certified" in name for name in named)
