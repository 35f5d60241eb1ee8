"""Job posts as companies and recruiters in the hiring regions write them (batch trial25b-a):
what the post says of schooling, of a tool it does not need, of its perks and of who posts it."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post


@pytest.mark.parametrize(
    "line",
    [
        "Secundaria terminada (indispensable)",
        "Preparatoria concluida",
        "Bachillerato completo",
        "Ensino médio completo",
    ],
)
def test_a_school_leaving_level_is_no_skill(line: str) -> None:
    role = read_post(
        "Auxiliar de almacén\n\nRequisitos:\n"
        f"- {line}\n- Manejo de Excel\n- Experiencia en inventarios\n"
    )
    named = quotes(role, must=True) | quotes(role, must=False)
    assert "excel" in named
    assert not any(word in q for q in named for word in line.lower().split())


@pytest.mark.parametrize(
    "line",
    [
        "Not a deal breaker if you have never worked with Kafka – they will ramp you up.",
        "Not a dealbreaker if you haven't used Kafka yet.",
        "Kafka is nice but we'll ramp you up on it.",
    ],
)
def test_a_tool_the_post_says_it_can_do_without_is_no_must(line: str) -> None:
    role = read_post(
        "Position: Senior Backend Engineer\n\nMust haves:\n- 5 years of Go\n"
        f"- Solid PostgreSQL and Redis\n\n{line}\n\nKindly send your CV.\n"
    )
    assert {"postgresql", "redis"} <= quotes(role, must=True)
    assert "kafka" not in quotes(role, must=True)


def test_a_careers_sites_header_links_are_no_company() -> None:
    role = read_post(
        "Skip to main content\nKestrel Finance Careers\nSearch for Jobs\nSign In\n\n"
        "Data Engineer II\nApply\nlocations\nPune, Maharashtra, India\ntime type\nFull time\n\n"
        "Required Qualifications\n- Strong SQL and Python\n- Airflow\n"
    )
    assert role.company == "Kestrel Finance"


def test_an_urgent_announcement_is_no_company_and_a_bold_name_that_seeks_is() -> None:
    role = read_post(
        "*Reenviado*\n🚨🚨 *VACANTE URGENTE* 🚨🚨\n*AUXILIAR DE ALMACÉN* – turno nocturno\n"
        "📍 CEDIS Querétaro\n\n*Transportes Maguey Bajío* (paquetería y última milla para "
        "tiendas en línea) busca personal para su centro de distribución.\n\n*Requisitos:*\n"
        "✔️ Experiencia en almacén\n✔️ Manejo de montacargas\n"
    )
    assert role.company == "Transportes Maguey Bajío"


def test_a_feed_posts_author_and_its_shout_are_no_company() -> None:
    role = read_post(
        "Joy Santos Reyes • 2nd\nRecruitment Lead at Bayani Outsourcing Inc. | We're hiring!\n"
        "1d • 🌐\n\nWE'RE HIRING!!! 📣📣 Technical Support Representative (Tier 2) – US Account\n\n"
        "Hello LinkedIn fam! 👋 Our client, a US-based SaaS company, is expanding their support "
        "team here in Davao!\n\n✅ What we need:\n➡️ At least 1 year BPO experience\n"
        "➡️ Experience with Zendesk or Freshdesk\n\n#hiring #BPO\n"
    )
    assert role.title == "Technical Support Representative (Tier 2)"
    assert role.company not in {"Joy Santos Reyes", "HIRING"}

def test_a_vietnamese_notice_in_capitals_names_the_firm_before_its_verb() -> None:
    role = read_post(
        "[HCM] CÔNG TY TNHH CÔNG NGHỆ BIỂN XANH TUYỂN 02 NHÂN VIÊN KINH DOANH PHẦN MỀM 🔥 "
        "Biển Xanh là công ty phần mềm cho nhà hàng. Yêu cầu: có ít nhất 1 năm kinh nghiệm "
        "sales B2B, sử dụng thành thạo Excel và CRM. Quyền lợi: lương cứng 10 - 12 triệu/tháng."
    )
    assert role.company == "CÔNG TY TNHH CÔNG NGHỆ BIỂN XANH"


def test_a_weekly_wage_in_a_town_of_greater_mexico_city_is_in_pesos_a_week() -> None:
    role = read_post(
        "*AUXILIAR DE ALMACÉN* – turno nocturno\n📍 CEDIS Cuautitlán Izcalli, Edo. Méx.\n\n"
        "*Requisitos:*\n✔️ Experiencia en almacén\n✔️ Manejo de montacargas\n\n*Ofrecemos:*\n"
        "💵 $3,100 semanales libres + bono de puntualidad\n"
    )
    assert role.timezone == "America/Mexico_City"
    assert role.budget is not None
    assert (role.budget.currency, role.budget.period) == ("MXN", "week")


@pytest.mark.parametrize(
    "field",
    ["Requisição: 48213", "job requisition id\nJR-48213", "Job ID: 48213", "Ref. 48213",
     "Código da vaga: 48213"],
)
def test_a_postings_reference_number_is_no_budget(field: str) -> None:
    role = read_post(
        "Vagas Grupo Pequi\nBuscar vagas | Entrar\n\nAnalista Contábil Sênior\n"
        "Data de publicação: 28/11/2026\nLocalização: Campinas, SP, BR\nEmpresa: Pequi S.A.\n"
        f"Área: Controladoria\nTipo de contratação: CLT\n{field}\n\n"
        "Requisitos\n• Excel avançado\n• IFRS\n\nBenefícios\n"
        "• Salário: R$ 11.000 a R$ 13.500 por mês (CLT)\n"
    )
    assert role.budget is not None
    assert (role.budget.low, role.budget.high) == (11000, 13500)


def test_a_title_announced_with_a_count_ends_at_an_emoji() -> None:
    role = read_post(
        "[HCM] CÔNG TY TNHH CÔNG NGHỆ BIỂN XANH TUYỂN 02 NHÂN VIÊN KINH DOANH PHẦN MỀM 🔥 Biển "
        "Xanh là công ty phần mềm cho nhà hàng. Yêu cầu: có ít nhất 1 năm kinh nghiệm sales "
        "B2B, sử dụng thành thạo Excel và CRM. Quyền lợi: lương cứng 10 - 12 triệu/tháng."
    )
    assert role.title.casefold() == "nhân viên kinh doanh phần mềm"


@pytest.mark.parametrize("gap", [" – ", " - ", ": "])
def test_a_category_word_before_a_dash_and_a_choice_asks_for_one_of_the_names(gap: str) -> None:
    # "any one cloud – AWS or Azure" asks for AWS or Azure, not for cloud computing as well
    role = read_post(
        "Data Engineer\n\nWhat we need\n- 3+ years building pipelines in Python\n"
        f"- Experience with any one cloud{gap}AWS or Azure\n- Strong SQL\n"
    )
    assert "cloud" not in quotes(role, must=True)
    assert "aws or azure" in quotes(role, must=True)
