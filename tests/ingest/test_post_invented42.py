"""Must-haves a post does not ask for (issue 15, zero invented requirements), continued: the
lesser thing a "not just" contrasts with what is asked, the night shift a job is worked on, and
a list under a Spanish "Opcionales" heading, which only welcomes."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, nice_skills, read_post


def test_what_not_just_sets_aside_is_not_asked_for() -> None:
    role = read_post(
        "Applied Scientist\n\nRequirements:\n"
        "- Ranking models you have put behind a live API, not just in notebooks\n"
        "- Python and LightGBM\n"
    )
    named = must_skills(role)
    assert {"Python", "LightGBM"} <= named
    assert "Python data stack" not in named


def test_not_only_followed_by_but_asks_for_both() -> None:
    role = read_post(
        "Backend Engineer\n\nRequirements:\n- Not only Rust but also Elixir in production\n"
    )
    assert {"Rust", "Elixir"} <= must_skills(role)


def test_a_night_shift_the_job_is_worked_on_is_no_scheduling_skill() -> None:
    role = read_post(
        "Chat Support Agent\n\nQualifications:\n- Clear written English\n"
        "- Okay to report to our Cebu site on a night shift schedule\n- Freshdesk\n"
    )
    named = must_skills(role)
    assert "English" in named
    assert "schedule shifts" not in named


def test_an_optional_heading_in_spanish_welcomes_its_list() -> None:
    role = read_post(
        "Analista de Riesgos\n\nRequisitos\n• SQL avanzado\n• Python\n\n"
        "Opcionales\n• Looker o Qlik\n• Kotlin\n\nCondiciones\n• Contrato indefinido\n"
    )
    assert {"SQL", "Python"} <= must_skills(role)
    assert "Kotlin" in nice_skills(role)
    assert "Kotlin" not in must_skills(role)


def test_a_welcome_line_above_a_visa_line_in_one_paragraph_still_welcomes() -> None:
    # A chat post's unbulleted lines run into one paragraph: the visa line in it asks nothing,
    # the welcome line above it still welcomes.
    role = read_post(
        "Se busca Desarrollador Backend para Ñandú Pagos\nRequisitos:\n- Go\n- PostgreSQL\n"
        "Suma si manejas Kotlin o Scala\nPaga: USD 3.000 mensuales\n"
        "Horario de Chile, con 4 h de solapamiento\nNo hay patrocinio de visa, es remoto.\n"
    )
    assert {"Go", "PostgreSQL"} <= must_skills(role)
    assert "Kotlin" in nice_skills(role)


def test_the_line_after_a_how_to_apply_line_still_tells_how_to_apply() -> None:
    role = read_post(
        "Se busca Agente de Soporte para Ñandú Pagos\nRequisitos:\n- Zendesk\n- Inglés B2\n"
        'Envía tu CV a rrhh@nandu.example\nEn el asunto pon "CSR-Noche" y tu ciudad.\n'
    )
    assert "corporate social responsibility" not in must_skills(role) | nice_skills(role)
