"""Job posts pasted from the job boards of Nigeria, Poland, Vietnam, Ukraine, Indonesia, Brazil,
Germany and France (batch trial27b-a): what a welcome in the later part of a requirement
governs."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post


@pytest.mark.parametrize(
    ("line", "required"),
    [
        # a welcome word that opens the second part of the line ("prefer candidates who
        # have worked at ...") welcomes that part only, though it names no skill
        ("Có ít nhất 3 năm kinh nghiệm kế toán tổng hợp, ưu tiên ứng viên từng làm ở công ty "
         "thương mại", "kế toán tổng hợp"),
        ("Có 2 năm kinh nghiệm kế toán tổng hợp, ưu tiên ứng viên có bằng đại học",
         "kế toán tổng hợp"),
    ],
)
def test_a_welcome_after_the_comma_leaves_what_comes_before_it_required(
    line: str, required: str
) -> None:
    role = read_post(f"Vị trí: Kế toán\n\nYêu cầu ứng viên:\n- Sử dụng tốt Excel\n- {line}\n")
    assert required in " ".join(quotes(role, must=True))
    assert required not in " ".join(quotes(role, must=False))

