"""HR and payroll duties as résumés in the hiring regions' languages write them (issue 15: dev
résumés outside '*-b' labelled these as skills and linked nothing): recruitment written with
its selection or its stages ("Recrutarea și selecția personalului", "proses rekrutmen", "ön
eleme", "підбору персоналу"), job interviews ("mülakat", "interviuri", "állásinterjúk") and the
social-insurance filings of a payroll ("bảo hiểm xã hội", "BPJS Ketenagakerjaan", "seguros
sociales", "SGK işlemleri", "déclarations sociales", "rozliczenia ZUS")."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        (
            "Recrutarea și selecția personalului pentru trei magazine.",
            "recruit employees",
            "Recrutarea și selecția personalului",
        ),
        (
            "Menangani proses rekrutmen staf gudang dan kasir.",
            "recruit employees",
            "proses rekrutmen",
        ),
        ("Aday başvurularının ön eleme ve raporlanması.", "recruit employees", "ön eleme"),
        (
            "Організація підбору персоналу для call-центру.",
            "recruit employees",
            "підбору персоналу",
        ),
        (
            "Подбор и адаптация сотрудников розничной сети.",
            "recruit employees",
            "Подбор и адаптация сотрудников",
        ),
        (
            "Toborzás és kiválasztás a raktári pozíciókra.",
            "recruit employees",
            "Toborzás és kiválasztás",
        ),
        (
            "Tri des candidatures et relances des candidats.",
            "recruit employees",
            "Tri des candidatures",
        ),
        ("Mülakat planlaması ve aday geri bildirimleri.", "interview people", "Mülakat"),
        (
            "Am organizat interviuri cu candidații pentru posturile de vânzări.",
            "interview people",
            "interviuri",
        ),
        ("Állásinterjúk lebonyolítása a vezetőkkel.", "interview people", "Állásinterjúk"),
        ("Làm thủ tục bảo hiểm xã hội cho nhân viên mới.", "manage payroll", "bảo hiểm xã hội"),
        (
            "Mengurus administrasi BPJS Ketenagakerjaan karyawan.",
            "manage payroll",
            "BPJS Ketenagakerjaan",
        ),
        (
            "Gestión de seguros sociales y altas en la Seguridad Social.",
            "manage payroll",
            "seguros sociales",
        ),
        ("Personelin SGK işlemleri ve işe giriş bildirgeleri.", "manage payroll", "SGK işlemleri"),
        (
            "Établissement des déclarations sociales mensuelles.",
            "manage payroll",
            "déclarations sociales",
        ),
        ("Comiesięczne rozliczenia ZUS dla 120 pracowników.", "manage payroll", "rozliczenia ZUS"),
    ],
)
def test_hr_duties_link_in_the_regions_languages(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "Salariu net, asigurare medicală privată și tichete de masă.",
        "Maintenance préventive et entretien des chariots.",
    ],
)
def test_benefits_and_maintenance_are_no_hr_duty(linker: SkillLinker, text: str) -> None:
    found = snippets(linker, text)
    assert not {"recruit employees", "interview people", "manage payroll"} & set(found)
