"""Job posts pasted from the job boards of Nigeria, Poland, Vietnam, Ukraine, Indonesia, Brazil,
Germany and France (batch trial27b-a): what a welcome in the later part of a requirement
governs."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post

from worldhire.ingest.shared.folded_text import fold


@pytest.mark.parametrize(
    ("line", "required"),
    [
        # a welcome word that opens the second part of the line ("prefer candidates who
        # have worked at ...") welcomes that part only, though it names no skill
        ("Có ít nhất 3 năm kinh nghiệm kế toán tổng hợp, ưu tiên ứng viên từng làm ở công ty "
         "thương mại", "kế toán tổng hợp"),
        ("Có 2 năm kinh nghiệm kế toán tổng hợp, ưu tiên ứng viên có bằng đại học",
         "kế toán tổng hợp"),
    ],
)
def test_a_welcome_after_the_comma_leaves_what_comes_before_it_required(
    line: str, required: str
) -> None:
    role = read_post(f"Vị trí: Kế toán\n\nYêu cầu ứng viên:\n- Sử dụng tốt Excel\n- {line}\n")
    assert required in " ".join(quotes(role, must=True))
    assert required not in " ".join(quotes(role, must=False))


@pytest.mark.parametrize(
    ("line", "required", "welcomed"),
    [
        # the part after a dash names what its welcome welcomes (Feast is one of the feature
        # stores the line requires, so it stays with them)
        ("Experience with Docker and a feature store (Feast or similar) – Feast experience is "
         "nice to have but not a must", "docker", None),
        ("Experience with Docker and Airflow - Dagster is a plus", "airflow", "dagster"),
        ("Solid Terraform skills — Pulumi would be a plus", "terraform", "pulumi"),
    ],
)
def test_a_welcome_after_a_dash_welcomes_what_the_dash_part_names(
    line: str, required: str, welcomed: str | None
) -> None:
    role = read_post(f"Position: Data Engineer\n\nRequirements:\n- Strong SQL\n- {line}\n")
    assert required in quotes(role, must=True)
    assert required not in quotes(role, must=False)
    assert welcomed is None or welcomed in quotes(role, must=False)


def test_a_welcome_after_a_dash_that_names_nothing_welcomes_the_line() -> None:
    role = read_post("Position: Data Engineer\n\nRequirements:\n- Strong SQL\n"
                     "- Docker and Kubernetes – nice to have\n")
    assert {"docker", "kubernetes"} <= quotes(role, must=False)
    assert quotes(role, must=True) == {"sql"}


def test_a_town_in_the_companys_name_is_no_place_when_a_line_names_one() -> None:
    # the hospital's name holds a Californian town's; the board's next line says where it is
    role = read_post(
        "Enfermeiro(a) Assistencial - UTI Adulto\nHospital Santa Clara de Ribeirão\n"
        "Ribeirão Preto - SP · Presencial · Efetivo\n\nRequisitos e qualificações\n"
        "- COREN ativo\n- Experiência em UTI adulto\n"
    )
    assert role.company == "Hospital Santa Clara de Ribeirão"
    assert (role.company_country, role.timezone) == ("BR", "America/Sao_Paulo")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a word that says the registration is in force is no part of its name
        ("COREN-SP ativo", "coren-sp"),
        ("Registro CRC vigente", "registro crc"),
        ("Active PRC license", "prc license"),
    ],
)
def test_a_licence_in_force_is_asked_by_its_name(line: str, kept: str) -> None:
    role = read_post(f"Position: Nurse\n\nRequirements:\n- BLS\n- {line}\n")
    assert kept in quotes(role, must=True)
    assert fold(line) not in {fold(q) for q in quotes(role, must=True)}
