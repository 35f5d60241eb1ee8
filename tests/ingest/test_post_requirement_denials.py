"""What a post says it does not need, will teach, or gives as a reason asks for nothing; a welcome
in the same clause still makes it a nice-to-have."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_markdown_post


def _post(requirement: str, heading: str = "Requirements") -> str:
    return f"# Backend Engineer\n\n## {heading}\n- Python and SQL\n- {requirement}\n"


@pytest.mark.parametrize(
    ("line", "denied"),
    [
        ("You don't need Kubernetes experience; our platform team deploys", "kubernetes"),
        ("Strong Go; no Java needed on the job itself", "java"),
        ("No necesitas experiencia en Kubernetes: de eso se encarga otro equipo", "kubernetes"),
        ("Não precisa saber Java: vamos olhar para Python na entrevista", "java"),
        ("Płatnik – nie wymagamy znajomości SAP, choć część klientów go używa", "sap"),
        ("Nie musisz znać Kubernetesa – wdrożeniami zajmuje się inny zespół", "kubernetes"),
        ("Pas besoin de connaître Spark : nos volumes tiennent dans un entrepôt", "spark"),
        ("Java-Kenntnisse brauchst du nicht – wir lösen die Anwendung ab", "java"),
        ("Không yêu cầu kinh nghiệm về Docker", "docker"),
        ("Airflow a gente usa, mas vamos te ensinar", "airflow"),
        ("Terraforma nauczymy Cię na miejscu, jeśli go nie znasz", "terraform"),
        # a contrast: what comes after ", not" is what the post does not ask for
        ("Shipped a model to production (we care about outcomes, not notebooks)", "notebook"),
        ("Strong SQL, but not Hadoop", "hadoop"),
    ],
)
def test_a_clause_that_denies_a_need_asks_for_nothing(line: str, denied: str) -> None:
    role = read_markdown_post(_post(line))
    named = {r.skill.lower() for r in role.requirements} | {
        r.quote.lower() for r in role.requirements
    }
    assert not any(denied in name for name in named)
    assert {"python", "sql"} <= quotes(role, must=True)


def test_a_welcome_in_the_denying_clause_keeps_it_a_nice_to_have() -> None:
    role = read_markdown_post(_post("Docker is a plus, but you don't need it"))
    assert "docker" in quotes(role, must=False)
    assert "docker" not in quotes(role, must=True)


def test_what_a_welcome_heading_lists_stays_welcome_though_the_team_would_teach_it() -> None:
    role = read_markdown_post(
        "# Data Analyst\n\n## Requirements\n- SQL\n\n## Deseable\n"
        "- dbt: lo usamos para los modelos, pero te enseñaremos desde cero\n"
    )
    assert "dbt" in quotes(role, must=False)


def test_a_denial_reaches_no_further_than_its_clause() -> None:
    role = read_markdown_post(_post("Strong Docker skills. You don't need Kubernetes experience"))
    assert "docker" in quotes(role, must=True)


def test_the_everyday_words_of_a_reason_ask_for_nothing() -> None:
    role = read_markdown_post(
        "# Data Analyst\n\n## Lo que buscamos\n"
        "- Que te manejes en SQL, porque todo pasa por nuestra base de datos en PostgreSQL\n"
        "- Boa comunicação escrita, porque somos remotos e assíncronos\n"
    )
    named = {r.quote.lower() for r in role.requirements}
    assert {"sql", "postgresql"} <= named
    assert not named & {"base de datos", "assíncronos", "remotos"}


def test_a_time_zone_is_no_requirement() -> None:
    role = read_markdown_post(_post("Must overlap at least 5 hours with US Eastern time (EST)"))
    assert "EST" not in {r.quote for r in role.requirements}


def test_a_big_advantage_welcomes() -> None:
    role = read_markdown_post(_post("QuickBooks or Xero experience would be a big advantage"))
    assert not quotes(role, must=True) - {"python", "sql"}


@pytest.mark.parametrize(
    "degree",
    [
        "Graduate of BS Computer Science, IT, or any related course",
        "BSc in Statistics, Mathematics, Computer Science or equivalent practical experience.",
    ],
)
def test_a_degree_with_its_alternative_names_no_field_as_a_skill(degree: str) -> None:
    role = read_markdown_post(f"# Data Analyst\n\n## Requirements\n- {degree}\n- SQL\n")
    assert {r.quote.lower() for r in role.requirements} == {"sql"}


def test_personal_status_asks_for_no_skill() -> None:
    role = read_markdown_post(_post("Military status: Completed or Exempted"))
    assert quotes(role, must=True) == {"python", "sql"}


def test_not_just_a_thing_still_asks_for_it() -> None:
    role = read_markdown_post(_post("Docker, not just docker-compose but Kubernetes too"))
    assert "docker" in quotes(role, must=True)


@pytest.mark.parametrize(
    ("line", "denied"),
    [
        ("Kubernetes is not required; the platform team deploys", "kubernetes"),
        ("Knowledge of Scala is not mandatory", "scala"),
        ("Conhecimento de Java não é necessário", "java"),
        ("Experiența cu Docker nu este necesară", "docker"),
        ("Docker-Kenntnisse sind nicht erforderlich", "docker"),
    ],
)
def test_a_tool_said_not_required_is_neither_a_must_nor_a_nice_to_have(
    line: str, denied: str
) -> None:
    role = read_markdown_post(_post(line))
    named = {r.skill.lower() for r in role.requirements} | {
        r.quote.lower() for r in role.requirements
    }
    assert not any(denied in name for name in named)
    assert {"python", "sql"} <= quotes(role, must=True)


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Docker is not required but would help",
        "Docker is a big plus but not required",
        "Docker is desirable but not essential",
    ],
)
def test_a_tool_said_not_required_but_welcome_stays_a_nice_to_have(line: str) -> None:
    role = read_markdown_post(_post(line))
    assert "docker" in quotes(role, must=False)
    assert "docker" not in quotes(role, must=True)


@pytest.mark.parametrize(
    "line",
    [
        "Comfortable using Trello (we'll teach you everything else)",
        "Daily work in Trello (no other tools needed)",
    ],
)
def test_a_denial_in_brackets_reaches_no_further_back_than_its_bracket(line: str) -> None:
    role = read_markdown_post(_post(line))
    assert "trello" in quotes(role, must=True)
