"""A welcome said in the words each hiring language uses: the word for "welcome" with its verb
("Experiência com Kafka é muito bem-vinda", "será bienvenido", "est la bienvenue", "ist
willkommen", "è benvenuta", "este binevenită"), Indonesian "lebih bagus kalau" ("better if you
have used ..."), or "all the better" after what it welcomes ("Si además conocés Kotlin, mucho
mejor", "se conhecer Terraform, melhor ainda", "wenn du Flink kennst, umso besser"): what it
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
        # "all the better" after what it welcomes
        (
            "Buscamos a alguien con 3 años de Go y PostgreSQL.",
            "Si además conocés Kotlin, mucho mejor.",
        ),
        ("Necesitamos experiencia con Go y PostgreSQL.", "Si has usado Kotlin, mejor aún."),
        ("Precisamos de experiência com Go e PostgreSQL.", "Se você conhece Kotlin, melhor ainda."),
        (
            "Wir suchen jemanden mit Erfahrung in Go und PostgreSQL.",
            "Wenn du Kotlin kennst, umso besser.",
        ),
        (
            "Nous recherchons une personne qui maîtrise Go et PostgreSQL.",
            "Si vous connaissez Kotlin, c'est encore mieux.",
        ),
        ("Wymagamy znajomości Go i PostgreSQL.", "Jeśli znasz Kotlin, tym lepiej."),
        ("We need someone with Go and PostgreSQL.", "If you have shipped Kotlin, all the better."),
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
