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


@pytest.mark.parametrize(
    "line",
    [
        "Not a deal breaker if you have never worked with Kafka – they will ramp you up.",
        "Not a dealbreaker if you haven't used Kafka yet.",
        "Kafka is nice but we'll ramp you up on it.",
    ],
)
def test_a_tool_the_post_says_it_can_do_without_is_no_must(line: str) -> None:
    role = read_post(
        "Position: Senior Backend Engineer\n\nMust haves:\n- 5 years of Go\n"
        f"- Solid PostgreSQL and Redis\n\n{line}\n\nKindly send your CV.\n"
    )
    assert {"postgresql", "redis"} <= quotes(role, must=True)
    assert "kafka" not in quotes(role, must=True)
