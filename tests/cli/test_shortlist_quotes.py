"""The CLI shortlist's citations: a quote shows the words it is cited for."""

from __future__ import annotations

from worldhire.cli.match import _named
from worldhire.match.models import RequirementCheck, RequirementStatus

SENTENCE = ("At Paystack (2021 – now) I rebuilt the lending data platform: Python and SQL "
            "pipelines orchestrated with Airflow, dbt models on BigQuery, and Kafka streams for "
            "card events (about 40M a day).")


def check(requirement: str, via: str | None = None) -> RequirementCheck:
    return RequirementCheck(requirement, True, RequirementStatus.MET, 1.0, via)


def test_a_requirement_is_found_by_its_name_or_the_word_the_text_uses() -> None:
    assert _named(SENTENCE, check("Python")) == "Python"
    assert _named(SENTENCE, check("Apache Kafka")) == "Kafka"  # written without "Apache"
    assert _named(SENTENCE, check("MLOps", via="Apache Airflow")) == ""
    assert _named(SENTENCE, check("orchestration tools", via="Airflow")) == "Airflow"
