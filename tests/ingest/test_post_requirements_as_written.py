"""Requirements and nice-to-haves as boards, recruiters and founders write them (the
`dev-posts-requirements` batch): a must/nice table of ticks, a question that opens the
requirements, prose in other languages than English, hiring steps and sign-offs that ask for
nothing, and phrases that are no skill (a trait, a grade of a language, a degree's fields)."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills, nice_skills, quotes, read_post

from worldhire.ingest.service import looks_like_role


def _all(text: str) -> set[str]:
    role = read_post(text)
    return {s.lower() for s in must_skills(role) | nice_skills(role)}


def test_a_table_of_ticks_under_must_and_nice_columns_sorts_each_row() -> None:
    role = read_post(
        "# Search Engineer\n\nBirchline · Remote\n\n## What you'll need\n\n"
        "| Skill | Must have | Nice to have |\n|---|---|---|\n"
        "| Python | ✔ | |\n| Elasticsearch | | ✔ |\n| Kubernetes | x | |\n"
    )
    assert {"Python", "Kubernetes"} <= must_skills(role)
    assert "Elasticsearch" in nice_skills(role)
    assert "Elasticsearch" not in must_skills(role)


def test_a_tick_table_mostly_ticked_must_still_sorts_its_nice_rows() -> None:
    # Most rows ticked under "Must have": that column is no priority column of its own, whose
    # blank cells would drop the rows ticked under "Nice to have".
    role = read_post(
        "# Search Engineer\n\nBirchline · Remote\n\n## What you'll need\n\n"
        "| Skill | Must have | Nice to have |\n|---|---|---|\n"
        "| Python | ✔ | |\n| Kubernetes | ✔ | |\n| Elasticsearch | | ✔ |\n"
        "| Docker | ✔ | |\n| Terraform | ✔ | |\n"
    )
    assert {"Python", "Kubernetes", "Docker", "Terraform"} <= must_skills(role)
    assert "Elasticsearch" in nice_skills(role)


def test_a_question_naming_the_requirements_opens_them() -> None:
    role = read_post(
        "Stiamo crescendo! In Pioppo Labs cerchiamo un Data Engineer, full remote.\n\n"
        "Chi cerchiamo? Una persona che abbia già lavorato con Airflow e dbt. "
        "Ci aspettiamo un buon inglese.\n\nCosa offriamo: RAL 40-48k.\n"
        "Il processo: una call, un esercizio da fare a casa.\n"
    )
    assert {"Apache Airflow", "dbt", "English"} <= must_skills(role)
    assert not any("bank" in s.lower() for s in must_skills(role))  # "a casa"


@pytest.mark.parametrize(
    ("prose", "wanted"),
    [
        ("Encajarás si dominas Docker y Kubernetes. Escribes Python limpio.",
         {"Docker", "Kubernetes", "Python"}),
        ("Tu maîtrises Python et tu as déjà orchestré des pipelines avec Airflow.",
         {"Python", "Apache Airflow"}),
    ],
)  # fmt: skip
def test_requirements_written_only_as_sentences_in_other_languages(
    prose: str, wanted: set[str]
) -> None:
    role = read_post(f"# Platform Engineer\n\nSomos Limonar, una startup de Murcia.\n\n{prose}\n")
    assert wanted <= must_skills(role)


def test_a_recruiters_prose_in_the_third_person_asks_in_italian() -> None:
    # A recruiter writes of the candidate, not to them ("la persona ... conosce", "ha maturato
    # esperienza nella", "è richiesta la conoscenza di"), and has no requirements heading.
    role = read_post(
        "Oggetto: Posizione Data Engineer - Padova\n\nBuongiorno Sara,\n\n"
        "seguo per un cliente del settore energetico la ricerca di un Data Engineer.\n\n"
        "Il candidato ideale ha maturato esperienza nella gestione di pipeline con Airflow e "
        "conosce bene Snowflake. È richiesta la padronanza di Scala.\n\n"
        "Offriamo RAL 42-50k e due giorni di smart working.\n\nCordiali saluti,\n"
        "Matteo Russo\nRecruiter\n"
    )
    assert {"Apache Airflow", "Snowflake", "Scala"} <= must_skills(role)


def test_ml_engineering_written_in_spanish_is_the_practice_not_bare_ml() -> None:
    # "ingeniería de ML" is ML engineering (MLOps), not machine learning read from "ML" alone.
    role = read_post(
        "# Ingeniera de Plataforma\n\n## Requisitos\n- 2 años en ingeniería de ML\n- Go y gRPC\n"
    )
    assert "MLOps" in must_skills(role)
    assert "machine learning" not in must_skills(role)


@pytest.mark.parametrize(
    ("prose", "wanted"),
    [
        ("La persona que buscan maneja SQL a diario y conoce dbt. Se requiere dominio de "
         "Scala.", {"SQL", "dbt", "Scala"}),
        ("O candidato domina Kotlin e conhece Kafka. É necessário Terraform.",
         {"Kotlin", "Apache Kafka", "Terraform"}),
    ],
)  # fmt: skip
def test_a_recruiters_prose_in_the_third_person_asks_in_spanish_and_portuguese(
    prose: str, wanted: set[str]
) -> None:
    role = read_post(
        f"Asunto: Vacante Data Engineer\n\nHola Inés,\n\n{prose}\n\nUn saludo,\nPilar\n"
    )
    assert wanted <= must_skills(role)


def test_a_founders_prose_post_in_spanish_is_a_post() -> None:
    text = (
        "# Data Engineer (remoto)\n\nSomos Cardo, una startup de Zaragoza.\n\n"
        "Encajarás si ya has montado pipelines con Airflow. Si además conoces dbt, nos "
        "encantará oírlo, pero no es imprescindible.\n\nEscríbenos a equipo@cardo.example\n"
    )
    assert looks_like_role(text.encode(), "post.md")
    role = read_post(text)
    assert "Apache Airflow" in must_skills(role)
    assert "dbt" in nice_skills(role)


def test_hiring_steps_and_the_signature_ask_for_nothing() -> None:
    skills = _all(
        "Objet : Poste Data Engineer – Rennes\n\nBonjour Alix,\n\nCompétences attendues :\n"
        "- Python et SQL\n- Airflow\n\nDéroulement des entretiens\n"
        "1. Échange avec notre Talent Acquisition (30 min)\n2. Cas pratique technique\n\n"
        "Processus : entretien RH, test technique en ligne.\n\nAu plaisir d'échanger,\n"
        "Salomé Vernier\nChargée de recrutement – Ardoise Data\n"
    )
    assert {"python", "sql", "apache airflow"} <= skills
    assert not skills & {"recruit employees", "use measurement instruments"}


def test_a_welcome_that_goes_on_welcomes_what_follows_too() -> None:
    role = read_post(
        "# Data Engineer\n\n## Profil recherché\n"
        "- Python et SQL\n- La connaissance de dbt est un plus, tout comme une première "
        "expérience avec Terraform.\n"
    )
    assert {"dbt", "Terraform"} <= nice_skills(role)
    assert "Terraform" not in must_skills(role)


def test_an_article_after_a_comma_opens_what_a_welcome_governs() -> None:
    role = read_post(
        "# Data Scientist\n\nIl profilo che cerchiamo:\n1. Python\n"
        "2. inglese fluente, il francese è un plus\n"
    )
    assert "English" in must_skills(role)
    assert "French" in nice_skills(role)


@pytest.mark.parametrize(
    ("line", "not_a_skill"),
    [
        ("- samodzielność i komunikatywność", "samodzielność"),
        ("- Teliti dan jujur", "teliti"),
        ("- rigueur et autonomie", "rigueur"),
        ("- досвід роботи аналітиком від 2 років", "аналітиком від"),
        ("- Experiencia mínima de 2 años", "mínima de"),
        ("- 1 año de experiencia en puesto similar", "puesto similar"),
        ("- Bancos relacionais e não relacionais", "não relacionais"),
        ("- Bom nível de inglês, falado e escrito", "falado"),
        ("- Deutsch in Wort und Schrift", "schrift"),
    ],
)
def test_phrases_that_name_no_skill_are_no_requirement(line: str, not_a_skill: str) -> None:
    skills = _all(f"# Analyst\n\n## Requirements\n- SQL\n{line}\n")
    assert "sql" in skills
    assert not_a_skill not in skills


def test_a_b_tests_in_another_language_stay_one_name() -> None:
    role = read_post("# Аналітик\n\nВимоги:\n- розуміння A/B тестів і базової статистики\n")
    skills = {s.lower() for s in must_skills(role)}
    assert "a/b тестів" in skills or "a/b testing" in skills
    assert "/b тестів" not in skills and "базової статистики" not in skills


@pytest.mark.parametrize(
    "degree",
    [
        "- Ingeniero(a) Comercial, Civil Industrial o carrera afín",
        "- CA / ICWA / MBA Finance preferred",
        "- Minimal D3 Teknik Informatika",
        "- Lic. en Contaduría (titulado)",
    ],
)
def test_degree_lines_as_written_ask_for_no_skill(degree: str) -> None:
    skills = _all(f"# Accountant\n\n## Requirements\n{degree}\n- Excel\n")
    assert skills == {"microsoft excel"} or skills == {"excel"}


def test_asking_for_a_cv_in_italian_is_no_computer_vision() -> None:
    skills = _all(
        "# Data Scientist\n\nRequisiti:\n- Python\n\nSe interessata, mi mandi un CV aggiornato?\n"
    )
    assert "computer vision" not in skills


@pytest.mark.parametrize(
    "apply",
    [
        "Osoby zainteresowane prosimy o przesłanie CV przez formularz.",
        "Interessierte senden uns bitte ihren Lebenslauf und CV per Formular.",
        "Interesados: envíanos tu CV por el formulario.",
        "Submit your CV through the form below.",
        "Silakan kirimkan CV terbaru melalui formulir.",
    ],
)
def test_a_sentence_asking_for_the_cv_by_a_noun_or_inflected_verb_asks_no_skill(
    apply: str,
) -> None:
    # The sending is written as a noun ("przesłanie") or an inflected verb ("senden",
    # "envíanos", "kirimkan"), with no address in the sentence: "CV" is still the résumé.
    skills = _all(f"# Data Scientist\n\nRequirements:\n- Python\n\n{apply}\n")
    assert "computer vision" not in skills


def test_a_generic_word_ending_a_capitalised_name_keeps_the_name() -> None:
    role = read_post(
        "# SAP FICO Consultant\n\n## Requirements\n"
        "- Strong knowledge of GL, AP, Asset Accounting and Bank Accounting\n"
        "- Strong Accounting background\n"
    )
    skills = must_skills(role)
    assert {"Asset Accounting", "Bank Accounting"} <= skills
    assert "Strong Accounting" not in skills


def test_a_category_before_an_open_list_of_instances_asks_for_the_instances() -> None:
    role = read_post(
        "# Data Engineer\n\n## Profil recherché\n"
        "- dbt et un entrepôt cloud (BigQuery, Snowflake…)\n"
    )
    skills = must_skills(role)
    assert {"BigQuery", "Snowflake"} <= skills
    assert "cloud computing" not in skills


def test_polish_o_is_about_not_or() -> None:
    # "ustawy o rachunkowości" is the Accounting Act, one requirement, not "ustawy" or
    # "rachunkowości"; the Spanish "o" still offers alternatives.
    polish = read_post(
        "# Księgowa\n\nWymagania:\n- znajomość ustawy o rachunkowości\n- Excel\n"
    )
    assert not any(r.alternatives for r in polish.requirements)
    assert "ustawy" not in quotes(polish, must=True)
    spanish = read_post(
        "# Contador\n\nRequisitos:\n- conocimientos de contabilidad o auditoría\n- Excel\n"
    )
    assert any(r.alternatives for r in spanish.requirements)
