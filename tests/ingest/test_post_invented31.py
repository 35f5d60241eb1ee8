"""Must-haves a post does not ask for (issue 15, zero invented requirements): the words around a
name that say how it is held or what is done with it ("Paham", "samodzielne", "Integrating"),
read as part of the name."""

from __future__ import annotations

import re

import pytest
from tests.ingest.post_reading import quotes, read_post


@pytest.mark.parametrize(
    ("post", "name"),
    [
        (
            "Cientista de Dados\n\nRequisitos:\n- Python e SQL\n"
            "- Conhecimento sólido de estatística e modelos de regressão\n",
            "estatística",
        ),
        (
            "Staf Akuntansi\n\nKualifikasi:\n- Menguasai Microsoft Excel\n"
            "- Paham kepabeanan (PIB, PEB) dan e-Faktur\n- Teliti dan jujur\n",
            "kepabeanan",
        ),
        (
            "Eksekutif Akaun\n\nKelayakan:\n- Mahir menggunakan Zahir Ledger\n"
            "- Mahir Microsoft Excel\n",
            "zahir ledger",
        ),
        (
            "Księgowa\n\nWymagania:\n- znajomość Excela\n"
            "- samodzielne zamknięcia kwartalne i roczne\n- znajomość języka angielskiego\n",
            "zamknięcia kwartalne i roczne",
        ),
        (
            "Mobile Engineer\n\nRequirements:\n- 3+ years with Flutter\n"
            "- Integrating loyalty SDKs (Talon, Voucherify)\n- Git\n",
            "loyalty sdks",
        ),
        (
            "SAP FI Consultant\n\nRequirements:\n- SAP FI configuration\n"
            "- Solid understanding of integration with SD and MM\n",
            "sd",
        ),
    ],
)
def test_the_words_that_say_how_a_skill_is_held_are_no_part_of_its_name(
    post: str, name: str
) -> None:
    named = quotes(read_post(post), must=True)
    assert name in named
    assert not any(q != name and q.endswith(name) for q in named)


@pytest.mark.parametrize(
    ("post", "wanted", "unwanted"),
    [
        # in brackets after the product: which part of it the work uses
        (
            "Jefe de Almacén\n\nRequisitos:\n- Manejo de SAP (módulo WM)\n- Excel intermedio\n",
            {"sap"},
            "wm",
        ),
        (
            "Consultor ERP\n\nRequisitos:\n- Vivência com Oracle EBS (módulo PO) ou outro ERP\n"
            "- Excel avançado\n",
            {"oracle ebs"},
            "po",
        ),
        # after the modules' names: the kind of thing they are
        (
            "SAP Consultant\n\nRequirements:\n- SAP FI configuration\n"
            "- Hands-on knowledge of FI and CO modules\n",
            {"fi", "co"},
            "modules",
        ),
    ],
)
def test_the_word_module_names_no_requirement(post: str, wanted: set[str], unwanted: str) -> None:
    named = quotes(read_post(post), must=True)
    assert wanted <= named
    assert not any(re.search(rf"\b{unwanted}\b", q) for q in named)


def test_a_working_students_subject_of_study_is_no_requirement() -> None:
    role = read_post(
        "Werkstudent Einkauf (m/w/d)\n\nDein Profil:\n"
        "- Eingeschriebene Studentin (m/w/d) der Betriebswirtschaft oder Statistik\n"
        "- Sicherer Umgang mit MS Excel\n"
    )
    named = quotes(role, must=True)
    assert "ms excel" in named
    assert not any("statistik" in q for q in named)
