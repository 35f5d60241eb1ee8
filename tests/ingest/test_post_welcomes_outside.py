"""A welcome written under a heading that is no requirements heading ("Informações adicionais",
"Benefits"): the skills it welcomes are nice-to-haves, while what the team offers is none."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, nice_skills, read_post


def test_a_welcome_line_under_an_offer_heading_is_a_nice_to_have() -> None:
    role = read_post(
        "Analista de Dados Pleno\nEmpresa: Ventoria Seguros\n\n"
        "Requisitos e qualificações\n- SQL: 2+ anos\n- Power BI\n\n"
        "Informações adicionais\n- Desejável: Python e Airflow\n"
        "- Conhecimento de Tableau será um diferencial\n"
        "- Bônus anual e plano de saúde\n- Trabalho remoto opcional\n"
    )
    nice = {s.lower() for s in nice_skills(role)}
    assert {"python", "apache airflow", "tableau"} <= nice
    assert "sql" in {s.lower() for s in must_skills(role)}


def test_what_an_offer_section_offers_is_no_nice_to_have() -> None:
    role = read_post(
        "Data Analyst\nCompany: Ventoria Insurance\n\nRequirements\n- SQL and Power BI\n\n"
        "Benefits\n- Annual bonus and private health insurance\n- Optional office days\n"
        "- Learning budget, helpful for a Tableau certificate\n"
    )
    assert not nice_skills(role)
