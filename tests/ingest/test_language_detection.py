"""Language detection of documents and sentences (issue 15, item 2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.lexicon.stopwords import STOPWORDS
from worldhire.ingest.shared.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fine-tuned Llama 3 8B with QLoRA and served it with vLLM on Kubernetes.", "en"),
        ("Desarrollé un sistema de recomendación para la empresa con PyTorch.", "es"),
        ("Trabalhei como engenheira de dados na Nubank por 3 anos.", "pt"),
        ("Pracowałem jako inżynier danych w firmie Allegro, głównie w Pythonie.", "pl"),
        ("Працював інженером даних у компанії SoftServe.", "uk"),
        ("Работал инженером данных в компании, которая делает платежи.", "ru"),
        ("Am lucrat ca inginer de date la o companie din Cluj.", "ro"),
        ("J'ai travaillé comme ingénieur de données chez Criteo.", "fr"),
        ("Ich habe als Dateningenieur bei Zalando gearbeitet.", "de"),
        ("Tôi làm kỹ sư dữ liệu tại công ty FPT trong 3 năm.", "vi"),
        ("toi lam ky su du lieu tai cong ty FPT trong 3 nam", "vi"),
        ("Saya bekerja sebagai data engineer di Tokopedia selama 3 tahun.", "id"),
    ],
)
def test_sentences(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_polish_resume_full_of_english_tool_names_is_polish() -> None:
    text = (
        "Doświadczenie zawodowe\nSenior Data Engineer – Allegro, Poznań (03.2021 – obecnie)\n"
        "- Budowa pipeline'ów w Apache Airflow, dbt i Spark na GCP\n"
        "- Wdrożenie monitoringu jakości danych (Great Expectations)\n"
        "Umiejętności: Python, SQL, Kafka, Docker, Kubernetes, Terraform"
    )
    assert detect_language(text) == "pl"


@pytest.mark.parametrize("text", ["", "Python, PyTorch, Docker", "2019 – 2021", "+48 601 234 567"])
def test_too_little_to_tell(text: str) -> None:
    assert detect_language(text) is None


@given(st.text(max_size=400))
def test_any_text_gives_a_known_code_or_none(text: str) -> None:
    assert detect_language(text) in {None, *STOPWORDS}
