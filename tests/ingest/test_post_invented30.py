"""Must-haves a post does not ask for (issue 15, zero invented requirements; batch
invented30-a)."""

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

