"""What a post's parts do to its requirements: MoSCoW priorities, a skill matrix whose column says
which rows are required, questions put to the reader, a welcome heading no list names, the list
before it, the team's stack line, a short heading over prose, examples in brackets, and words
that only look like a skill (a modal, a Spanish gerund, an inflected trait, an acronym written
as an everyday word)."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_markdown_post

from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.text import split_post


def test_moscow_should_and_could_haves_are_welcome_and_wont_needs_are_not_asked() -> None:
    role = read_markdown_post(
        "# QA Automation Engineer\n\n**Must have**\n* Playwright\n* TypeScript\n\n"
        "**Should have**\n* JMeter\n\n**Could have**\n* Cucumber\n\n"
        "**Won't need**\n* Selenium\n"
    )
    assert {"playwright", "typescript"} <= quotes(role, must=True)
    assert {"jmeter", "cucumber"} <= quotes(role, must=False)
    assert "selenium" not in quotes(role, must=True) | quotes(role, must=False)


@pytest.mark.parametrize(
    "table",
    [
        # a Markdown table
        "| Skill | Min. years | Mandatory / Good to have |\n|---|---|---|\n"
        "| Azure Data Factory | 3 | Mandatory |\n| SQL | 4 | Mandatory |\n"
        "| Azure Synapse | 1 | Good to have |\n| Python | 2 | Mandatory |\n",
        # a Word table read as text: no outer pipes, no rule
        "Skill | Min. years | Mandatory / Good to have\nAzure Data Factory | 3 | Mandatory\n"
        "SQL | 4 | Mandatory\nAzure Synapse | 1 | Good to have\nPython | 2 | Mandatory\n",
    ],
)
def test_a_skill_matrix_asks_for_each_row_as_its_priority_cell_says(table: str) -> None:
    role = read_markdown_post(
        "# Azure Data Engineer\n\nGreetings! We have an urgent opening for our client.\n"
        f"Skill matrix (please fill in)\n{table}"
    )
    assert {"sql", "python"} <= quotes(role, must=True)
    assert "azure synapse" in quotes(role, must=False)
    assert not any("mandatory" in q or q == "skill" for q in quotes(role, must=False))


def test_a_skill_matrix_row_keeps_its_years() -> None:
    role = read_markdown_post(
        "# Inginer DevOps\n\n## Ce căutăm\n\n| Tehnologie | Experiență minimă | Obligatoriu? |\n"
        "|---|---|---|\n| Linux | 3 ani | Da |\n| Kubernetes | 2 ani | Da |\n"
        "| Ansible | - | Nu, constituie un avantaj |\n"
    )
    assert role.min_years == 3
    assert "ansible" in quotes(role, must=False)


def test_questions_to_the_reader_ask_for_what_they_name_unless_their_paragraph_welcomes_it() -> (
    None
):
    role = read_markdown_post(
        "# Applied ML Engineer\n\nWe build triage tools for rural clinics.\n\n"
        "### Before you read further, ask yourself:\n\n"
        "**Have you shipped a model with PyTorch** that real people used?\n\n"
        "**Can you write production Python** that someone else will maintain?\n\n"
        "**Have you worked with Whisper?** If not, no worries. (This one's a bonus.)\n"
    )
    assert {"pytorch", "python"} <= quotes(role, must=True)
    assert "whisper" in quotes(role, must=False)


def test_a_question_that_asks_for_nothing_a_reader_has_asks_for_nothing() -> None:
    post = split_post("# Data Engineer\n\nAre you ready to join us? We ship every day.\n")
    assert not post.items(SectionKind.MUST)


def test_the_list_before_a_welcome_heading_no_list_names_is_the_requirements() -> None:
    role = read_markdown_post(
        "🚀 VAGA: Dev Back-end | Tucano Pay\n\n"
        "🛠️ Tech stack: Node.js / Redis / Datadog\n\n"
        "✅ O que a gente precisa:\n👉 3+ anos com Node.js e TypeScript\n👉 Kafka\n\n"
        "➕ Vai ser um diferencial:\n⭐ Terraform\n\n"
        "🏖️ Benefícios: Gympass, notebook da empresa\n"
    )
    assert {"node.js", "typescript", "kafka"} <= quotes(role, must=True)
    assert "terraform" in quotes(role, must=False)
    assert not {"redis", "datadog"} & quotes(role, must=True)


def test_the_team_stack_line_of_a_bullet_soup_is_no_requirement_unless_it_grades_tools() -> None:
    soup = "# Backend Dev\n\n- Tech stack: Go / Redis / Datadog\n- 3+ years of Go\n- Kafka\n"
    assert "redis" not in quotes(read_markdown_post(soup), must=True)
    graded = "# Backend Dev\n\n- Tech stack: Redis – advanced\n- 3+ years of Go\n"
    assert "redis" in quotes(read_markdown_post(graded), must=True)


def test_a_short_line_naming_a_section_ends_the_list_above_it() -> None:
    post = split_post(
        "Software Engineer\n\nPreferred qualifications:\nExperience with Kafka.\n\n"
        "About the job\nYou will design the feature store that feeds our models.\n"
    )
    nice = [i.text(post.text) for i in post.items(SectionKind.NICE)]
    assert nice == ["Experience with Kafka."]


def test_examples_in_brackets_of_a_required_item_are_asked_for_with_it() -> None:
    role = read_markdown_post(
        "# Software Engineer\n\n## Minimum qualifications\n"
        "- 3 years of software development in one or more languages (e.g., Java, C++)\n"
    )
    assert {"java", "c++"} <= quotes(role, must=True)


@pytest.mark.parametrize(
    ("bullet", "not_a_skill"),
    [
        ("Can start ASAP", "can start asap"),
        ("2+ años como analista de datos, de producto o de negocio", "producto"),
        ("Experiencia diseñando y analizando pruebas A/B", "diseñando"),
        ("umiejętności pracy w zespole i sumienności", "sumienności"),
    ],
)
def test_words_that_only_look_like_a_skill_are_no_requirement(
    bullet: str, not_a_skill: str
) -> None:
    role = read_markdown_post(f"# Analyst\n\n## Requirements\n- SQL\n- {bullet}\n")
    assert not_a_skill not in quotes(role, must=True)
    assert "sql" in quotes(role, must=True)


@pytest.mark.parametrize(
    "line",
    [
        "- core hours 10-2 EST, the rest of your day is yours",
        "- Disponibilité de 9h à 13h pour les points d'équipe, le reste de la journée est libre.",
    ],
)
def test_an_everyday_word_is_not_the_acronym_it_spells(line: str) -> None:
    role = read_markdown_post(f"# Backend Engineer\n\n## Requirements\n- Java\n{line}\n")
    assert not any(r.skill_id == "wh:apis" for r in role.requirements)


def test_an_acronym_in_capitals_still_counts() -> None:
    role = read_markdown_post(
        "# Backend Engineer\n\n## Requirements\n- Java\n- the REST APIs of our apps\n"
    )
    assert any(r.skill_id == "wh:apis" for r in role.requirements)


@pytest.mark.parametrize(
    "sentence",
    [
        "It'd be great if you also know MLflow or Weights & Biases.",
        "Jeżeli znasz MLflow albo Weights & Biases, dodatkowy atut.",
    ],
)
def test_a_welcome_heading_said_as_a_sentence_welcomes_what_it_names(sentence: str) -> None:
    role = read_markdown_post(
        f"# MLOps Engineer\n\n## Requirements\n- Python\n- Terraform\n\n{sentence}\n"
    )
    # (read as one requirement with Weights & Biases: "MLflow or Weights & Biases")
    assert any(q.startswith("mlflow") for q in quotes(role, must=False))
    assert not any("mlflow" in q for q in quotes(role, must=True))


def test_a_clause_about_the_team_in_a_requirement_list_is_no_requirement() -> None:
    role = read_markdown_post(
        "# Senior ML Engineer\n\nWhat we're looking for\n"
        "- 5+ years building ML systems in Python\n"
        "- you write clear English; we are async-first\n"
    )
    read = quotes(role, must=True) | quotes(role, must=False)
    assert "python" in read
    assert not any("async" in q for q in read)


@pytest.mark.parametrize(
    "item",
    [
        "— щоденна співпраця з тімлідом і тестувальником",
        "— спільна робота з маркетологом і менеджером",
        "— sprawna współpraca z kierownikiem i projektantem",
    ],
)
def test_the_people_a_hire_works_with_are_no_requirement_in_any_case_ending(item: str) -> None:
    role = read_markdown_post(f"# Frontend Developer\n\n## Вимоги\n— React\n— TypeScript\n{item}\n")
    read = quotes(role, must=True) | quotes(role, must=False)
    assert "react" in read
    assert not any(
        w in q for q in read for w in ("тестувальн", "менеджер", "projektant", "kierown")
    )


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("- Hands-on with Stripe or other card payment APIs", "apis"),
        ("- Experience integrating Stripe or other card payment APIs", "apis"),
    ],
)
def test_the_kind_after_or_other_is_no_requirement_beside_the_name_it_follows(
    item: str, kind: str
) -> None:
    role = read_markdown_post(f"# Backend Engineer\n\n## Requirements\n- Go\n{item}\n")
    read = quotes(role, must=True) | quotes(role, must=False)
    assert {"go", "stripe"} <= read
    assert not any(kind in q for q in read)


def test_a_kind_noun_and_colon_make_the_word_before_a_category_even_when_one_name_is_unknown() -> (
    None
):
    role = read_markdown_post(
        "# Accountant\n\n## Requirements\n- IFRS\n"
        "- Daily use of one of the accounting packages: MYOB, Pastel Evolution or Xero\n"
    )
    read = quotes(role, must=True) | quotes(role, must=False)
    assert {"myob", "xero"} <= read
    assert "accounting" not in read
