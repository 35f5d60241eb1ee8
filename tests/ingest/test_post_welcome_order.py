"""A word of welcome governs what it stands before as well as what it follows: a welcome that opens
a part of a list ("Python, mile widziany Rust") welcomes the name after it, not the required one
before the comma, and a spoken language's name is governed as a tool's is ("mile widziany
angielski na poziomie B1"). Found trying a Poznań payroll post as a user."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills, nice_skills, read_post

_POST = ("Specjalista ds. płac\nNordbud S.A. · Poznań\n\nCzego oczekujemy:\n"
         "• min. 3 lata doświadczenia w kadrach i płacach\n• {item}\n")


@pytest.mark.parametrize(
    ("item", "required", "welcome"),
    [
        ("Python, mile widziany Rust", "Python", "Rust"),
        ("SQL, deseable Snowflake", "SQL", "Snowflake"),
        ("Angielski B2, mile widziany niemiecki", "English", "German"),
        ("Excel, mile widziany angielski na poziomie B1", "Microsoft Excel", "English"),
        ("Excel; mile widziana znajomość języka angielskiego", "Microsoft Excel", "English"),
        ("Java, Kotlin apprécié", "Java", "Kotlin"),  # a welcome after its name, as before
    ],
)
def test_a_welcome_governs_the_name_it_opens_a_part_with(
    item: str, required: str, welcome: str
) -> None:
    role = read_post(_POST.format(item=item))
    assert required in must_skills(role) and required not in nice_skills(role)
    assert welcome in nice_skills(role) and welcome not in must_skills(role)


@pytest.mark.parametrize(
    "post",
    [
        "Data Engineer\nLumen Labs\n\nRequirements:\n- Python\n- 3+ years building pipelines\n\n"
        "Nice to have: Kafka, Airflow. You will report to the CTO and own our dbt models.\n",
        "Data Engineer\nLumen Labs\n\nRequirements:\n- Python\n\nNice to have:\n- Kafka\n"
        "- Airflow\n\nYou'll report to the CTO and own our dbt models.\n",
    ],
)
def test_a_duty_after_a_nice_to_have_list_is_not_welcomed(post: str) -> None:
    role = read_post(post)
    assert {"Apache Kafka", "Apache Airflow"} <= nice_skills(role)
    assert "dbt" not in nice_skills(role) | must_skills(role)


def test_a_welcome_after_a_nice_to_have_list_still_welcomes() -> None:
    role = read_post("Data Engineer\n\nRequirements:\n- Python\n\nNice to have: Kafka. "
                     "You will ideally know Spark too.\n")
    assert "Apache Spark" in nice_skills(role)
