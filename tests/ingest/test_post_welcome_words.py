"""A welcome said as the word for "welcome" with its verb ("Experiência com Kafka é muito
bem-vinda", "será bienvenido", "est la bienvenue", "ist willkommen", "è benvenuta", "este
binevenită"), or as Indonesian "lebih bagus kalau" ("better if you have used ..."): what it
welcomes is a nice-to-have, not a must-have."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills, nice_skills, read_post


@pytest.mark.parametrize(
    ("asked", "welcomed"),
    [
        (
            "Buscamos alguém com experiência em Go e PostgreSQL.",
            "Experiência com Kotlin é muito bem-vinda.",
        ),
        ("Buscamos a alguien con experiencia en Go y PostgreSQL.", "Kotlin será bienvenido."),
        (
            "Nous recherchons une personne qui maîtrise Go et PostgreSQL.",
            "Une expérience de Kotlin est la bienvenue.",
        ),
        (
            "Wir suchen jemanden mit Erfahrung in Go und PostgreSQL.",
            "Erfahrung mit Kotlin ist willkommen.",
        ),
        (
            "Cerchiamo una persona che conosca Go e PostgreSQL.",
            "La conoscenza di Kotlin è benvenuta.",
        ),
        (
            "Căutăm pe cineva cu experiență în Go și PostgreSQL.",
            "Experiența cu Kotlin este binevenită.",
        ),
        (
            "Kami mencari kandidat yang menguasai Go dan PostgreSQL.",
            "Lebih bagus kalau kamu pernah pakai Kotlin.",
        ),
    ],
)
def test_what_a_welcome_word_welcomes_is_a_nice_to_have(asked: str, welcomed: str) -> None:
    role = read_post(
        "Backend Engineer at Ñandú Pagos\n\nYou will build our payments API.\n\n"
        f"{asked} {welcomed}\n\nPay: USD 3,000 a month.\n"
    )
    assert {"Go", "PostgreSQL"} <= must_skills(role)
    assert "Kotlin" in nice_skills(role)
    assert "Kotlin" not in must_skills(role)
