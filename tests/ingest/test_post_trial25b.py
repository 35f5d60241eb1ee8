"""Job posts as companies and recruiters in the hiring regions write them (batch trial25b-a):
what the post says of schooling, of a tool it does not need, of its perks and of who posts it."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post


@pytest.mark.parametrize(
    "line",
    [
        "Secundaria terminada (indispensable)",
        "Preparatoria concluida",
        "Bachillerato completo",
        "Ensino médio completo",
    ],
)
def test_a_school_leaving_level_is_no_skill(line: str) -> None:
    role = read_post(
        "Auxiliar de almacén\n\nRequisitos:\n"
        f"- {line}\n- Manejo de Excel\n- Experiencia en inventarios\n"
    )
    named = quotes(role, must=True) | quotes(role, must=False)
    assert "excel" in named
    assert not any(word in q for q in named for word in line.lower().split())
