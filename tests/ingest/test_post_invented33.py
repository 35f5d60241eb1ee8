"""Must-haves a post does not ask for (issue 15, zero invented requirements), continued: a word
that names a field read where it names another thing."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, quotes, read_markdown_post, read_post


def test_a_field_before_engineering_names_a_discipline_of_its_own() -> None:
    role = read_post(
        "Analytics Engineer\n\nRequirements:\n- 3+ years of analytics engineering with dbt\n"
        "- Strong SQL\n"
    )
    assert "data analysis" not in must_skills(role)
    assert "analytics engineering" in quotes(role, must=True)
    assert "SQL" in must_skills(role)


def test_a_field_a_named_practice_is_done_for_is_no_requirement_of_its_own() -> None:
    role = read_post(
        "Data Engineer\n\nRequirements:\n- Python and SQL\n"
        "- Dimensional data modelling for analytics (star schemas)\n"
    )
    named = must_skills(role)
    assert "data modelling" in named
    assert "data analysis" not in named


def test_the_way_a_team_works_asks_nothing_of_the_hire() -> None:
    role = read_post(
        "Backend Developer (Go)\n\nSobre nós\nFazemos software de logística para transportadoras.\n"
        "Como trabalhamos\nTimes pequenos, rituais ágeis (Scrum), code review obrigatório e "
        "deploy contínuo.\n\nRequisitos\n- 3 anos com Go\n- PostgreSQL\n"
    )
    named = must_skills(role)
    assert {"Go", "PostgreSQL"} <= named
    assert "Agile methodologies" not in named
    assert "code review" not in quotes(role, must=True)


def test_the_advanced_constructs_of_sql_are_asked_for_beside_it() -> None:
    role = read_post(
        "Analista de Dados\n\nRequisitos:\n- SQL avançado (CTEs, funções de janela)\n"
        "- Noções de SQL para consultas simples (SELECT, WHERE)\n- Power BI\n"
    )
    named = quotes(role, must=True)
    assert "ctes" in named
    assert not {"select", "where"} & named


def test_a_reason_told_with_a_participle_of_being_asks_for_nothing() -> None:
    role = read_markdown_post(
        "# Ingénieur DevOps\n\n## Profil\n\nVous maîtrisez Terraform et AWS. Un bon niveau "
        "d'anglais écrit est nécessaire, la documentation de nos partenaires étant en anglais.\n"
    )
    named = must_skills(role)
    assert {"Terraform", "English"} <= named
    assert "technical writing" not in named


def test_an_age_asked_for_under_its_label_is_no_skill() -> None:
    role = read_post(
        "Sales Representative\n\nRequirements:\n✔️ Degree in Marketing or Business\n"
        "✔️ Age: 24-32 years\n✔️ Proficient in MS Excel\n"
    )
    named = must_skills(role)
    assert "Microsoft Excel" in named
    assert not {"age"} & {s.lower() for s in named}


def test_a_team_named_after_its_field_asks_for_no_skill() -> None:
    role = read_post(
        "Científico de Datos\n\nRequisitos:\n- Python y SQL\n"
        "- Llevar modelos a producción junto al equipo de ingeniería de datos\n"
        "- Work closely with our data engineering team\n"
    )
    named = must_skills(role)
    assert {"Python", "SQL"} <= named
    assert "data engineering" not in named
